/*  foreign_law.pl -- what a state's law permits (de jure reciprocity).

    law_permits(Origin, Forum, Subject, Bool, Source, Status)
        Under Origin's law, Origin's courts may (Bool = true) or may not
        recognise decisions of Forum's courts on Subject (any = every
        civil subject). Forum = any: decisions of any state.

    A case file's evidence origin_law_permits_recognition overrides these.
*/
:- module(foreign_law, [law_permits/6]).

%!  law_permits(?Origin, ?Forum, ?Subject, ?Bool, ?Source, ?Status) is nondet.

% The Uniform Foreign-Country Money Judgments Recognition Acts impose no
% reciprocity requirement; some states add one (not yet modelled).
law_permits('US', any, money, true, u8,
            unconfirmed("some states add a non-uniform reciprocity requirement; which ones is not confirmed")).
% Japan's Act on Recognition of and Assistance for Foreign Insolvency
% Proceedings (2000) has no reciprocity requirement: the Shanghai court
% found no Japanese legal obstacle to recognising PRC insolvency decisions.
law_permits('JP', any, insolvency, true, x7, confirmed).
% German insolvency law recognises foreign insolvency proceedings
% (InsO s. 343) without reciprocity; applied by Beijing No.1 IPC in 2023.
law_permits('DE', any, insolvency, true, c9, confirmed).
% English common law enforces foreign money judgments without reciprocity.
law_permits('GB', any, money, true, c9, confirmed).
% Dutch law: without a treaty a foreign judgment is not enforced as such
% (Rv art. 431(1)), but in the new proceedings of art. 431(2) the court
% gives it effect where (i) the origin court's jurisdiction rests on a
% ground acceptable by international standards, (ii) the proceedings met
% the requirements of a proper administration of justice, (iii) it is not
% contrary to Dutch public policy, and (iv) it is not irreconcilable with
% an earlier decision -- no reciprocity is required (Hoge Raad
% 26 Sep 2014, Gazprombank, ECLI:NL:HR:2014:2838).
law_permits('NL', any, money, true, nl_gazprombank, confirmed).
law_permits('NL', any, non_money, true, nl_gazprombank, confirmed).
