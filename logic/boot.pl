/*  boot.pl -- load the law strictly.

    strict_load(+File, -Messages): load File; Messages lists every error
    or warning printed while loading it (empty when the load is clean).
    pyenforce refuses to run on a knowledge base that loads with a
    warning: a misspelt predicate must not silently read as "false".
*/
:- module(boot, [strict_load/2, strict_load_json/2]).
:- use_module(library(http/json)).

:- dynamic collected/1.
:- thread_local collected/1.

strict_load(File, Messages) :-
    retractall(collected(_)),
    setup_call_cleanup(
        asserta((user:message_hook(T, Kind, Lines) :- boot:collect(T, Kind, Lines)), Ref),
        catch(load_files(File, [if(not_loaded)]), E,
              ( message_to_codes(E, Text), assertz(collected(Text)) )),
        erase(Ref)),
    findall(M, retract(collected(M)), Messages).

%!  strict_load_json(+File, -Out) is det.
%
%   As strict_load/2; Out is an atom holding the messages as a JSON list.

strict_load_json(File, Out) :-
    strict_load(File, Messages),
    with_output_to(string(S), json_write(current_output, Messages, [width(0)])),
    atom_string(Out, S).

%   An error or warning is collected, and not printed: the caller reports
%   it. Other messages print as usual.
collect(_, Kind, Lines) :-
    memberchk(Kind, [error, warning]),
    message_lines_to_text(Lines, Text),
    assertz(collected(Text)).

message_lines_to_text(Lines, Text) :-
    catch(( with_output_to(string(Text), print_message_lines(current_output, '', Lines)) ),
          _, format(string(Text), "~q", [Lines])).

message_to_codes(E, Text) :-
    catch(message_to_codes(E, _, Codes), _, fail), !,
    string_codes(Text, Codes).
message_to_codes(E, Text) :-
    format(string(Text), "~q", [E]).
