/*  official_lists.pl -- official lists and policy statements that name states.

    unfriendly_state(State, From, Act, Source, Status)
        Russia's list of foreign states committing unfriendly acts
        (Government Order 430-r of 5 March 2022, implementing Decree 95,
        and its additions), each entry with the date it took effect.
    nanning_participant(State, Source, Status)
        States whose judiciaries took part in the 2nd China-ASEAN Justice
        Forum and its Nanning Statement (8 June 2017).
*/
:- module(official_lists, [unfriendly_state/5, nanning_participant/3]).

%!  unfriendly_state(?State, ?From, ?Act, ?Source, ?Status) is nondet.

unfriendly_state(S, '2022-03-05', "Government Order No. 430-r of 5 March 2022", r13, confirmed) :-
    member(S, [ 'AU', 'AL', 'AD', 'GB', 'JE', 'AI', 'VG', 'GI', 'IS', 'CA', 'LI',
                'FM', 'MC', 'NZ', 'NO', 'KR', 'SM', 'MK', 'SG', 'US', 'TW', 'UA',
                'ME', 'CH', 'JP',
                % the member states of the European Union
                'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE',
                'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT',
                'RO', 'SK', 'SI', 'ES', 'SE' ]).
unfriendly_state(S, '2022-07-24', "Government Order of 24 July 2022 (addition to Order No. 430-r)", r13,
                 unconfirmed("date and number of the amending order taken from press reports")) :-
    member(S, ['BS', 'GG', 'IM']).
unfriendly_state(S, '2022-10-30', "Government Order of October 2022 (British Overseas Territories)", r13,
                 unconfirmed("date and number of the amending order taken from press reports")) :-
    member(S, ['BM', 'IO', 'KY', 'FK', 'MS', 'PN', 'SH', 'GS', 'TC']).

%!  nanning_participant(?State, ?Source, ?Status) is nondet.

nanning_participant('TH', c12, confirmed).
nanning_participant('CN', c5, confirmed).
nanning_participant(S, c5, unconfirmed("participation of each ASEAN member's judiciary in the Nanning Statement not confirmed")) :-
    member(S, ['BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'VN']).
