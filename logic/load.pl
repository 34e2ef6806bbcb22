/*  load.pl -- load pyenforce's law into a plain swipl.

        $ swipl logic/load.pl
        ?- check_file('tests/cases/nl-kz-2023.json').

    Loads the rule language, the explainer, the knowledge base, every
    instrument, every forum and every analysis (compare, what-if,
    timeline, interview). Adding a forum or an instrument is adding a file
    under forums/ or instruments/: they are all loaded here.
*/
:- module(pyenforce, [check_file/1, check_file/2, evaluate_file/3]).
:- use_module(library(http/json)).
:- use_module(library(readutil)).

:- use_module(law).
:- use_module(case).
:- use_module(world).
:- use_module(explain).
:- use_module(decision).
:- use_module(api).
:- use_module(analysis).
:- use_module(batch_lines).
:- use_module(user_rules).

load_law_files :-
    prolog_load_context(directory, Dir),
    forall(( member(Sub, [instruments, forums, analyses]),
             atomic_list_concat([Dir, Sub, '*.pl'], '/', Pattern),
             expand_file_name(Pattern, Files0), msort(Files0, Files),
             member(F, Files) ),
           use_module(F)).

:- initialization(load_law_files, now).

%!  check_file(+File) is det.
%!  check_file(+File, +AsOf) is det.
%
%   Evaluate the case in File (JSON) and print its result as JSON.

check_file(File) :- check_file(File, "").
check_file(File, AsOf) :-
    evaluate_file(File, AsOf, Out),
    format("~w~n", [Out]).

%!  evaluate_file(+File, +AsOf, -Out) is det.
evaluate_file(File, AsOf, Out) :-
    read_file_to_string(File, Text, [encoding(utf8)]),
    file_base_name(File, Base), file_name_extension(Id, _, Base),
    atom_string(Id, IdS),
    evaluate_json(Text, AsOf, [explain(true), default_id(IdS)], Out).
