% A fictional treaty between Germany and Brazil, in force from 1 January 2025.
rule(de_br_fictional_treaty,
     [ citation("Treaty between Germany and Brazil on the recognition of judgments (fictional, 2025), art. 1"),
       text("Germany recognises judgments of the courts of Brazil under the (fictional) 2025 treaty."),
       valid('2025-01-01', open) ],
     legal_basis('DE', treaty(bilateral)),
     ( kind_is(judgment), origin_is('BR') )).
