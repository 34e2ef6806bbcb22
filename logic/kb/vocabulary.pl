/*  vocabulary.pl -- the words a case file may use (format 1).

    This is the whitelist: a case may state only these facts, evidence
    keys, subjects and decision kinds. Each fact carries the sentence that
    the explainer shows for it (../shared/spec/case-format.md, "Fact
    vocabulary (format 1)").
*/
:- module(vocabulary,
          [ case_fact_name/2,           % ?Name, ?Sentence
            case_fact_sentence/3,       % ?Lang, ?Name, ?Sentence
            decision_subject/1,         % ?Subject
            decision_kind/1,            % ?Kind
            refusal_ground_code/1       % ?Code
          ]).

%!  case_fact_name(?Name, ?Sentence) is nondet.
%
%   Name is a fact of the format-1 vocabulary; Sentence says what its
%   being true means.

case_fact_name(final, "the decision has entered into legal force: it is final and conclusive in the state of origin").
case_fact_name(enforceable_in_origin, "the decision is enforceable in the state of origin").
case_fact_name(defendant_notified, "the defendant was duly notified of the proceedings in time to arrange a defence").
case_fact_name(defendant_heard, "the defendant had a fair opportunity to present its case").
case_fact_name(origin_had_jurisdiction, "the court of origin had jurisdiction by the standard the forum applies (indirect jurisdiction)").
case_fact_name(forum_exclusive_jurisdiction, "the dispute falls within the exclusive jurisdiction of the forum's courts").
case_fact_name(conflicting_judgment, "an irreconcilable judgment between the same parties exists in the forum, or an earlier recognisable third-state judgment").
case_fact_name(forum_proceedings_pending, "earlier proceedings on the same dispute between the same parties are pending in the forum").
case_fact_name(fraud, "the decision was obtained by fraud").
case_fact_name(public_policy_violation, "recognition would be manifestly contrary to the forum's public policy, on grounds other than sanctions").
case_fact_name(time_limit_met, "the application was filed within the forum's time limit for such applications").
case_fact_name(origin_system_impartial, "the judicial system of the state of origin as a whole provides impartial tribunals and due process").
case_fact_name(speech_protection_adequate, "the origin's law protected speech at least as much as the forum's constitution, or the defendant would be liable under forum law too").
case_fact_name(respondent_under_foreign_sanctions, "the party resisting enforcement is a forum person subject to foreign restrictive measures").
case_fact_name(arbitration_agreement_valid, "the parties had capacity and the arbitration agreement is valid").
case_fact_name(award_within_submission, "the award stays within the terms of the submission to arbitration").
case_fact_name(tribunal_properly_constituted, "the arbitral tribunal and procedure followed the agreement or the law of the seat").
case_fact_name(arbitrable, "the subject matter is capable of settlement by arbitration under the forum's law").
% Added to format 1 (new keys): the US Acts' grounds on a forum agreement,
% an inconvenient forum and the rendering court's integrity, and the Hague
% 2019 Convention's art. 7(1)(d).
case_fact_name(proceedings_contrary_to_forum_agreement, "the proceedings in the court of origin were contrary to an agreement under which the dispute was to be decided otherwise than in that court").
case_fact_name(origin_seriously_inconvenient_forum, "the court of origin's jurisdiction rested only on personal service, and it was a seriously inconvenient forum for the trial").
case_fact_name(origin_court_integrity_doubtful, "the judgment was rendered in circumstances that raise substantial doubt about the integrity of the court of origin with respect to it").
% Added to format 1 (a new key): China's 2019 Belt and Road Opinion
% presumes reciprocity for partner states, and no source lists them.
case_fact_name(origin_belt_and_road_partner, "the state of origin has signed a Belt and Road cooperation document with China").

:- encoding(utf8).

%!  case_fact_sentence(?Lang, ?Name, ?Sentence) is nondet.
%
%   Sentence says what fact Name's being true means, in language Lang
%   (en, ru; see ../lang/language.pl). Every fact has a sentence in each.

case_fact_sentence(en, F, S) :- case_fact_name(F, S).
case_fact_sentence(ru, F, S) :- case_fact_name_ru(F, S).

case_fact_name_ru(final, "решение вступило в законную силу: оно является окончательным и бесспорным в государстве происхождения").
case_fact_name_ru(enforceable_in_origin, "решение подлежит исполнению в государстве происхождения").
case_fact_name_ru(defendant_notified, "ответчик был надлежащим образом извещён о разбирательстве своевременно, чтобы подготовить защиту").
case_fact_name_ru(defendant_heard, "ответчик имел справедливую возможность изложить свою позицию").
case_fact_name_ru(origin_had_jurisdiction, "суд государства происхождения обладал компетенцией по критериям, которые применяет государство признания (косвенная компетенция)").
case_fact_name_ru(forum_exclusive_jurisdiction, "спор относится к исключительной компетенции судов государства признания").
case_fact_name_ru(conflicting_judgment, "в государстве признания имеется несовместимое решение между теми же сторонами либо ранее вынесенное решение третьего государства, подлежащее признанию").
case_fact_name_ru(forum_proceedings_pending, "в государстве признания находится на рассмотрении ранее начатое производство по тому же спору между теми же сторонами").
case_fact_name_ru(fraud, "решение получено обманным путём").
case_fact_name_ru(public_policy_violation, "признание явно противоречило бы публичному порядку государства признания по основаниям, не связанным с санкциями").
case_fact_name_ru(time_limit_met, "заявление подано в пределах срока, установленного для таких заявлений в государстве признания").
case_fact_name_ru(origin_system_impartial, "судебная система государства происхождения в целом обеспечивает беспристрастность судов и надлежащую правовую процедуру").
case_fact_name_ru(proceedings_contrary_to_forum_agreement, "разбирательство в суде государства происхождения противоречило соглашению, по которому спор подлежал разрешению иначе, чем в этом суде").
case_fact_name_ru(origin_seriously_inconvenient_forum, "компетенция суда государства происхождения основывалась лишь на личном вручении, и этот суд был крайне неудобным местом рассмотрения дела").
case_fact_name_ru(origin_court_integrity_doubtful, "решение вынесено при обстоятельствах, вызывающих серьёзные сомнения в добросовестности суда государства происхождения в отношении этого решения").
case_fact_name_ru(origin_belt_and_road_partner, "государство происхождения подписало с Китаем документ о сотрудничестве в рамках инициативы «Пояс и путь»").
case_fact_name_ru(speech_protection_adequate, "право государства происхождения защищало свободу слова не меньше, чем конституция государства признания, либо ответчик нёс бы ответственность и по праву государства признания").
case_fact_name_ru(respondent_under_foreign_sanctions, "сторона, возражающая против исполнения, — лицо государства признания, в отношении которого действуют иностранные ограничительные меры").
case_fact_name_ru(arbitration_agreement_valid, "стороны обладали дееспособностью, и арбитражное соглашение действительно").
case_fact_name_ru(award_within_submission, "арбитражное решение не выходит за пределы условий передачи спора на арбитраж").
case_fact_name_ru(tribunal_properly_constituted, "состав арбитражного органа и арбитражный процесс соответствовали соглашению сторон или закону места арбитража").
case_fact_name_ru(arbitrable, "объект спора может быть предметом арбитражного разбирательства по праву государства признания").

%!  decision_subject(?Subject) is nondet.
decision_subject(money).
decision_subject(non_money).
decision_subject(insolvency).
decision_subject(family).
decision_subject(defamation).
decision_subject(penalty).
decision_subject(tax).

%!  decision_kind(?Kind) is nondet.
decision_kind(judgment).
decision_kind(arbitral_award).

%!  refusal_ground_code(?Code) is nondet.
%
%   The ground codes of format 1; a refusal_ground/2 rule head may use
%   no other (tests/test_rules.plt checks it).

refusal_ground_code(Code) :-
    member(Code, [ not_final, not_enforceable, no_notice, not_heard,
                   no_jurisdiction, exclusive_jurisdiction,
                   conflicting_judgment, pending_proceedings, fraud,
                   public_policy, sanctions, time_limit,
                   systemic_due_process, free_speech, no_reciprocity,
                   no_legal_basis, out_of_scope,
                   invalid_arbitration_agreement, beyond_submission,
                   irregular_tribunal, not_arbitrable ]).
