/*  language.pl -- the language in which an evaluation speaks.

    Texts are made in English (en, the default) or Russian (ru). The
    language is chosen for one evaluation with the option lang(en|ru)
    (api:evaluate_json/4, decision:evaluate/2, decision:result_json/3)
    and held, for the duration of that goal only, in the thread's global
    variable pyenforce_lang; it is restored afterwards, also when the
    goal fails or throws, so that it never leaks into the next case.

    Where a text is made, the English and the Russian stand side by side:

        tr("All of the following must hold.",
           "Должны выполняться все следующие условия.", Text)
        trf("Recognition is sought in ~s.", "Признание испрашивается в государстве: ~s.", [N], Text)

    Rule sentences: text("...") in the rule's metadata (English) and
    lang_ru:ru_text/2 (ru.pl). A rule without a Russian sentence is shown,
    under lang(ru), as its English sentence marked "[нет перевода]", and
    a test fails (ru.plt, tests/test_lang.py).
*/
:- module(language,
          [ lang_code/1,                % ?Lang
            current_lang/1,             % -Lang
            with_lang/2,                % +Lang, :Goal
            with_lang_option/2,         % +Options, :Goal
            tr/3,                       % +English, +Russian, -Text
            trf/4,                      % +EnglishFormat, +RussianFormat, +Args, -Text
            tr_format/5,                % +EnFormat, +EnArgs, +RuFormat, +RuArgs, -Text
            rule_sentence/3,            % +Id, +Meta, -Text
            rule_lacks_sentence/2       % ?Id, ?Lang
          ]).
:- use_module(library(error)).
:- use_module(library(option)).
:- use_module('../law').
:- use_module(ru).

:- meta_predicate with_lang(+, 0), with_lang_option(+, 0).

%!  lang_code(?Lang) is nondet.
lang_code(en).
lang_code(ru).

%!  current_lang(-Lang) is det.
%
%   The language of the evaluation under way; en outside any.

current_lang(L) :-
    (   nb_current(pyenforce_lang, L0), lang_code(L0) -> L = L0 ; L = en ).

%!  with_lang(+Lang, :Goal) is semidet.
%
%   Run Goal once with Lang as the current language, then restore the
%   language that was current before.

with_lang(L, Goal) :-
    (   atom(L), lang_code(L) -> true ; domain_error(lang, L) ),
    current_lang(Old),
    setup_call_cleanup(nb_setval(pyenforce_lang, L),
                       once(Goal),
                       nb_setval(pyenforce_lang, Old)).

%!  with_lang_option(+Options, :Goal) is semidet.
%
%   As with_lang/2 with the language of option lang(L); without it,
%   Goal runs in the current language.

with_lang_option(Options, Goal) :-
    (   option(lang(L), Options) -> with_lang(L, Goal) ; once(Goal) ).

%!  tr(+English, +Russian, -Text) is det.
tr(En, Ru, T) :-
    current_lang(L),
    (   L == ru -> T = Ru ; T = En ).

%!  trf(+EnglishFormat, +RussianFormat, +Args, -Text) is det.
trf(En, Ru, Args, T) :-
    tr(En, Ru, F),
    format(string(T), F, Args).

%!  tr_format(+EnFormat, +EnArgs, +RuFormat, +RuArgs, -Text) is det.
%
%   As trf/4, where the two sentences take their arguments in another
%   order, or in other words.
tr_format(En, EnArgs, Ru, RuArgs, T) :-
    current_lang(L),
    (   L == ru -> format(string(T), Ru, RuArgs) ; format(string(T), En, EnArgs) ).

%!  rule_sentence(+Id, +Meta, -Text) is det.
%
%   Rule Id's sentence in the current language ("" when it has none).

rule_sentence(Id, Meta, Text) :-
    (   memberchk(text(En), Meta) -> true ; En = "" ),
    current_lang(L),
    (   L == ru
    ->  (   lang_ru:ru_text(Id, Ru) -> Text = Ru
        ;   En == "" -> Text = ""
        ;   format(string(Text), "[нет перевода] ~s", [En])
        )
    ;   Text = En
    ).

%!  rule_lacks_sentence(?Id, ?Lang) is nondet.
%
%   Rule Id has no non-empty sentence in Lang.

rule_lacks_sentence(Id, Lang) :-
    law:rule(Id, Meta, _, _),
    lang_code(Lang),
    \+ has_sentence(Lang, Id, Meta).

has_sentence(en, _, Meta) :- memberchk(text(T), Meta), string(T), T \== "".
has_sentence(ru, Id, _) :- lang_ru:ru_text(Id, T), string(T), T \== "".
