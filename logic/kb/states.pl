/*  states.pl -- the state codes a case may name.

    ISO 3166-1 alpha-2 (country codes) and, for the United States, ISO
    3166-2 subdivision codes (US-NY) that select a state's own law.
    Generated once from the ISO 3166 tables shipped with the pycountry
    package (26.2.16); `GB` stands for the law of England and Wales.
*/
:- module(states, [iso_country/2, us_subdivision/2, state_code/1, country_of/2, same_country/2]).

%!  iso_country(?Code, ?Name) is nondet.
%   Code is an ISO 3166-1 alpha-2 code; Name its short English name.
iso_country('AD', "Andorra").
iso_country('AE', "United Arab Emirates").
iso_country('AF', "Afghanistan").
iso_country('AG', "Antigua and Barbuda").
iso_country('AI', "Anguilla").
iso_country('AL', "Albania").
iso_country('AM', "Armenia").
iso_country('AO', "Angola").
iso_country('AQ', "Antarctica").
iso_country('AR', "Argentina").
iso_country('AS', "American Samoa").
iso_country('AT', "Austria").
iso_country('AU', "Australia").
iso_country('AW', "Aruba").
iso_country('AX', "Åland Islands").
iso_country('AZ', "Azerbaijan").
iso_country('BA', "Bosnia and Herzegovina").
iso_country('BB', "Barbados").
iso_country('BD', "Bangladesh").
iso_country('BE', "Belgium").
iso_country('BF', "Burkina Faso").
iso_country('BG', "Bulgaria").
iso_country('BH', "Bahrain").
iso_country('BI', "Burundi").
iso_country('BJ', "Benin").
iso_country('BL', "Saint Barthélemy").
iso_country('BM', "Bermuda").
iso_country('BN', "Brunei Darussalam").
iso_country('BO', "Bolivia").
iso_country('BQ', "Bonaire, Sint Eustatius and Saba").
iso_country('BR', "Brazil").
iso_country('BS', "Bahamas").
iso_country('BT', "Bhutan").
iso_country('BV', "Bouvet Island").
iso_country('BW', "Botswana").
iso_country('BY', "Belarus").
iso_country('BZ', "Belize").
iso_country('CA', "Canada").
iso_country('CC', "Cocos (Keeling) Islands").
iso_country('CD', "Congo, The Democratic Republic of the").
iso_country('CF', "Central African Republic").
iso_country('CG', "Congo").
iso_country('CH', "Switzerland").
iso_country('CI', "Côte d'Ivoire").
iso_country('CK', "Cook Islands").
iso_country('CL', "Chile").
iso_country('CM', "Cameroon").
iso_country('CN', "China").
iso_country('CO', "Colombia").
iso_country('CR', "Costa Rica").
iso_country('CU', "Cuba").
iso_country('CV', "Cabo Verde").
iso_country('CW', "Curaçao").
iso_country('CX', "Christmas Island").
iso_country('CY', "Cyprus").
iso_country('CZ', "Czechia").
iso_country('DE', "Germany").
iso_country('DJ', "Djibouti").
iso_country('DK', "Denmark").
iso_country('DM', "Dominica").
iso_country('DO', "Dominican Republic").
iso_country('DZ', "Algeria").
iso_country('EC', "Ecuador").
iso_country('EE', "Estonia").
iso_country('EG', "Egypt").
iso_country('EH', "Western Sahara").
iso_country('ER', "Eritrea").
iso_country('ES', "Spain").
iso_country('ET', "Ethiopia").
iso_country('FI', "Finland").
iso_country('FJ', "Fiji").
iso_country('FK', "Falkland Islands (Malvinas)").
iso_country('FM', "Micronesia, Federated States of").
iso_country('FO', "Faroe Islands").
iso_country('FR', "France").
iso_country('GA', "Gabon").
iso_country('GB', "United Kingdom").
iso_country('GD', "Grenada").
iso_country('GE', "Georgia").
iso_country('GF', "French Guiana").
iso_country('GG', "Guernsey").
iso_country('GH', "Ghana").
iso_country('GI', "Gibraltar").
iso_country('GL', "Greenland").
iso_country('GM', "Gambia").
iso_country('GN', "Guinea").
iso_country('GP', "Guadeloupe").
iso_country('GQ', "Equatorial Guinea").
iso_country('GR', "Greece").
iso_country('GS', "South Georgia and the South Sandwich Islands").
iso_country('GT', "Guatemala").
iso_country('GU', "Guam").
iso_country('GW', "Guinea-Bissau").
iso_country('GY', "Guyana").
iso_country('HK', "Hong Kong").
iso_country('HM', "Heard Island and McDonald Islands").
iso_country('HN', "Honduras").
iso_country('HR', "Croatia").
iso_country('HT', "Haiti").
iso_country('HU', "Hungary").
iso_country('ID', "Indonesia").
iso_country('IE', "Ireland").
iso_country('IL', "Israel").
iso_country('IM', "Isle of Man").
iso_country('IN', "India").
iso_country('IO', "British Indian Ocean Territory").
iso_country('IQ', "Iraq").
iso_country('IR', "Iran").
iso_country('IS', "Iceland").
iso_country('IT', "Italy").
iso_country('JE', "Jersey").
iso_country('JM', "Jamaica").
iso_country('JO', "Jordan").
iso_country('JP', "Japan").
iso_country('KE', "Kenya").
iso_country('KG', "Kyrgyzstan").
iso_country('KH', "Cambodia").
iso_country('KI', "Kiribati").
iso_country('KM', "Comoros").
iso_country('KN', "Saint Kitts and Nevis").
iso_country('KP', "North Korea").
iso_country('KR', "South Korea").
iso_country('KW', "Kuwait").
iso_country('KY', "Cayman Islands").
iso_country('KZ', "Kazakhstan").
iso_country('LA', "Laos").
iso_country('LB', "Lebanon").
iso_country('LC', "Saint Lucia").
iso_country('LI', "Liechtenstein").
iso_country('LK', "Sri Lanka").
iso_country('LR', "Liberia").
iso_country('LS', "Lesotho").
iso_country('LT', "Lithuania").
iso_country('LU', "Luxembourg").
iso_country('LV', "Latvia").
iso_country('LY', "Libya").
iso_country('MA', "Morocco").
iso_country('MC', "Monaco").
iso_country('MD', "Moldova").
iso_country('ME', "Montenegro").
iso_country('MF', "Saint Martin (French part)").
iso_country('MG', "Madagascar").
iso_country('MH', "Marshall Islands").
iso_country('MK', "North Macedonia").
iso_country('ML', "Mali").
iso_country('MM', "Myanmar").
iso_country('MN', "Mongolia").
iso_country('MO', "Macao").
iso_country('MP', "Northern Mariana Islands").
iso_country('MQ', "Martinique").
iso_country('MR', "Mauritania").
iso_country('MS', "Montserrat").
iso_country('MT', "Malta").
iso_country('MU', "Mauritius").
iso_country('MV', "Maldives").
iso_country('MW', "Malawi").
iso_country('MX', "Mexico").
iso_country('MY', "Malaysia").
iso_country('MZ', "Mozambique").
iso_country('NA', "Namibia").
iso_country('NC', "New Caledonia").
iso_country('NE', "Niger").
iso_country('NF', "Norfolk Island").
iso_country('NG', "Nigeria").
iso_country('NI', "Nicaragua").
iso_country('NL', "Netherlands").
iso_country('NO', "Norway").
iso_country('NP', "Nepal").
iso_country('NR', "Nauru").
iso_country('NU', "Niue").
iso_country('NZ', "New Zealand").
iso_country('OM', "Oman").
iso_country('PA', "Panama").
iso_country('PE', "Peru").
iso_country('PF', "French Polynesia").
iso_country('PG', "Papua New Guinea").
iso_country('PH', "Philippines").
iso_country('PK', "Pakistan").
iso_country('PL', "Poland").
iso_country('PM', "Saint Pierre and Miquelon").
iso_country('PN', "Pitcairn").
iso_country('PR', "Puerto Rico").
iso_country('PS', "Palestine, State of").
iso_country('PT', "Portugal").
iso_country('PW', "Palau").
iso_country('PY', "Paraguay").
iso_country('QA', "Qatar").
iso_country('RE', "Réunion").
iso_country('RO', "Romania").
iso_country('RS', "Serbia").
iso_country('RU', "Russian Federation").
iso_country('RW', "Rwanda").
iso_country('SA', "Saudi Arabia").
iso_country('SB', "Solomon Islands").
iso_country('SC', "Seychelles").
iso_country('SD', "Sudan").
iso_country('SE', "Sweden").
iso_country('SG', "Singapore").
iso_country('SH', "Saint Helena, Ascension and Tristan da Cunha").
iso_country('SI', "Slovenia").
iso_country('SJ', "Svalbard and Jan Mayen").
iso_country('SK', "Slovakia").
iso_country('SL', "Sierra Leone").
iso_country('SM', "San Marino").
iso_country('SN', "Senegal").
iso_country('SO', "Somalia").
iso_country('SR', "Suriname").
iso_country('SS', "South Sudan").
iso_country('ST', "Sao Tome and Principe").
iso_country('SV', "El Salvador").
iso_country('SX', "Sint Maarten (Dutch part)").
iso_country('SY', "Syria").
iso_country('SZ', "Eswatini").
iso_country('TC', "Turks and Caicos Islands").
iso_country('TD', "Chad").
iso_country('TF', "French Southern Territories").
iso_country('TG', "Togo").
iso_country('TH', "Thailand").
iso_country('TJ', "Tajikistan").
iso_country('TK', "Tokelau").
iso_country('TL', "Timor-Leste").
iso_country('TM', "Turkmenistan").
iso_country('TN', "Tunisia").
iso_country('TO', "Tonga").
iso_country('TR', "Türkiye").
iso_country('TT', "Trinidad and Tobago").
iso_country('TV', "Tuvalu").
iso_country('TW', "Taiwan").
iso_country('TZ', "Tanzania").
iso_country('UA', "Ukraine").
iso_country('UG', "Uganda").
iso_country('UM', "United States Minor Outlying Islands").
iso_country('US', "United States").
iso_country('UY', "Uruguay").
iso_country('UZ', "Uzbekistan").
iso_country('VA', "Holy See (Vatican City State)").
iso_country('VC', "Saint Vincent and the Grenadines").
iso_country('VE', "Venezuela").
iso_country('VG', "Virgin Islands, British").
iso_country('VI', "Virgin Islands, U.S.").
iso_country('VN', "Vietnam").
iso_country('VU', "Vanuatu").
iso_country('WF', "Wallis and Futuna").
iso_country('WS', "Samoa").
iso_country('YE', "Yemen").
iso_country('YT', "Mayotte").
iso_country('ZA', "South Africa").
iso_country('ZM', "Zambia").
iso_country('ZW', "Zimbabwe").

%!  us_subdivision(?Code, ?Name) is nondet.
%   Code is the ISO 3166-2 code of a US state, district or territory.
us_subdivision('US-AK', "Alaska").
us_subdivision('US-AL', "Alabama").
us_subdivision('US-AR', "Arkansas").
us_subdivision('US-AS', "American Samoa").
us_subdivision('US-AZ', "Arizona").
us_subdivision('US-CA', "California").
us_subdivision('US-CO', "Colorado").
us_subdivision('US-CT', "Connecticut").
us_subdivision('US-DC', "District of Columbia").
us_subdivision('US-DE', "Delaware").
us_subdivision('US-FL', "Florida").
us_subdivision('US-GA', "Georgia").
us_subdivision('US-GU', "Guam").
us_subdivision('US-HI', "Hawaii").
us_subdivision('US-IA', "Iowa").
us_subdivision('US-ID', "Idaho").
us_subdivision('US-IL', "Illinois").
us_subdivision('US-IN', "Indiana").
us_subdivision('US-KS', "Kansas").
us_subdivision('US-KY', "Kentucky").
us_subdivision('US-LA', "Louisiana").
us_subdivision('US-MA', "Massachusetts").
us_subdivision('US-MD', "Maryland").
us_subdivision('US-ME', "Maine").
us_subdivision('US-MI', "Michigan").
us_subdivision('US-MN', "Minnesota").
us_subdivision('US-MO', "Missouri").
us_subdivision('US-MP', "Northern Mariana Islands").
us_subdivision('US-MS', "Mississippi").
us_subdivision('US-MT', "Montana").
us_subdivision('US-NC', "North Carolina").
us_subdivision('US-ND', "North Dakota").
us_subdivision('US-NE', "Nebraska").
us_subdivision('US-NH', "New Hampshire").
us_subdivision('US-NJ', "New Jersey").
us_subdivision('US-NM', "New Mexico").
us_subdivision('US-NV', "Nevada").
us_subdivision('US-NY', "New York").
us_subdivision('US-OH', "Ohio").
us_subdivision('US-OK', "Oklahoma").
us_subdivision('US-OR', "Oregon").
us_subdivision('US-PA', "Pennsylvania").
us_subdivision('US-PR', "Puerto Rico").
us_subdivision('US-RI', "Rhode Island").
us_subdivision('US-SC', "South Carolina").
us_subdivision('US-SD', "South Dakota").
us_subdivision('US-TN', "Tennessee").
us_subdivision('US-TX', "Texas").
us_subdivision('US-UM', "United States Minor Outlying Islands").
us_subdivision('US-UT', "Utah").
us_subdivision('US-VA', "Virginia").
us_subdivision('US-VI', "Virgin Islands, U.S.").
us_subdivision('US-VT', "Vermont").
us_subdivision('US-WA', "Washington").
us_subdivision('US-WI', "Wisconsin").
us_subdivision('US-WV', "West Virginia").
us_subdivision('US-WY', "Wyoming").

%!  state_code(?Code) is nondet.
%   Code is a state code a case may use.
state_code(C) :- iso_country(C, _).
state_code(C) :- us_subdivision(C, _).

%!  country_of(+Code, -Country) is det.
%   The country a state code belongs to: 'US-NY' belongs to 'US'.
country_of(Code, Country) :-
    (   us_subdivision(Code, _)
    ->  Country = 'US'
    ;   Country = Code
    ).

%!  same_country(+A, +B) is semidet.
%   Two state codes (atoms or strings) of one country: a decision of the
%   one is not foreign in the other ('US-NY' and 'US-TX' are both 'US').
same_country(A0, B0) :-
    atom_string(A, A0), atom_string(B, B0),
    country_of(A, C), country_of(B, C).
