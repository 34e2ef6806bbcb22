% A fictional treaty: Kazakhstan recognises decisions of Brazilian courts from 2024.
treaty_party('BR').
rule(kz_br_fictional_treaty,
     [ citation("Treaty between Kazakhstan and Brazil on legal assistance (fictional, 2024), art. 20"),
       text("Kazakhstan recognises decisions of the courts of Brazil under the (fictional) 2024 treaty."),
       valid('2024-01-01', open) ],
     legal_basis('KZ', treaty(bilateral)),
     ( kind_is(judgment), origin_is(O), treaty_party(O) )).
