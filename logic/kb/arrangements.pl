/*  arrangements.pl -- memoranda, joint statements and other arrangements
    on reciprocity between two states' courts or governments, short of a
    treaty.

    They are evidence of consensual reciprocity: a forum's law decides
    what such an arrangement is worth (China's 2015 Belt and Road Opinion
    and 2022 Conference Summary count one; see forums/cn.pl). A case
    file's evidence (reciprocity_arrangements) adds to them, and nothing
    dated after the "as of" date counts (world.pl).

    arrangement(StateA, StateB, Date, Subject, Ref, Source, Status)
      the arrangement binds, or guides, the courts of both states;
      Subject   the subject it covers (any, or a subject of the case
                format): it speaks to nothing else
      Status    confirmed | unconfirmed(Why)

    Not here: the Memorandum of Guidance between the Supreme Court of
    Kazakhstan and the DIFC Courts (28 Aug 2015). It covers the courts of
    the Dubai International Financial Centre only, and a case names its
    origin by state (AE), not by court, so it would be read as covering
    every court of the UAE. A case file may state it as evidence.
*/
:- module(arrangements, [arrangement/7, arrangement_between/7]).

%!  arrangement_between(?State, ?Other, ?Date, ?Subject, ?Ref, ?Source, ?Status) is nondet.
%
%   An arrangement binding State and Other, whichever of the two is
%   written first below.

arrangement_between(X, Y, Date, Subject, Ref, Source, Status) :-
    (   arrangement(X, Y, Date, Subject, Ref, Source, Status)
    ;   arrangement(Y, X, Date, Subject, Ref, Source, Status)
    ).

%!  arrangement(?StateA, ?StateB, ?Date, ?Subject, ?Ref, ?Source, ?Status) is nondet.

%  "On 31 August 2018, the Supreme Court of Singapore and the Supreme
%  People's Court signed a Memorandum of Guidance ... on the standards and
%  procedures for money judgments issued by the Singapore courts in
%  commercial cases to be recognized and enforced in the Chinese courts,
%  and vice versa" [x21]. It has no binding effect; judgments on
%  intellectual property, unfair competition and monopoly are outside it.
arrangement('CN', 'SG', '2018-08-31', money,
            "Memorandum of Guidance between the Supreme People's Court and the Supreme Court of Singapore on the Recognition and Enforcement of Money Judgments in Commercial Cases (31 Aug 2018)",
            x21,
            unconfirmed("non-binding guidance; read here from law-firm summaries, not from the memorandum's text")).
