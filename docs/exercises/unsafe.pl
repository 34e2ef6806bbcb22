% Not allowed: a helper that runs a shell command.
rule(kz_unsafe, [citation("none"), text("An unsafe rule.")],
     legal_basis('KZ', treaty(bilateral)),
     ( kind_is(judgment), helper )).
helper :- shell('echo hello').
