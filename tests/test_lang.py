"""Plain language in two languages (issue 6, item 2): --lang en|ru.

Every rule has a sentence in English (text("...") in its metadata) and in
Russian (logic/lang/ru.pl); with --lang ru every node of every example's
derivation speaks Russian; English stays the default, unchanged.
"""
from __future__ import annotations

import json
import re
import subprocess
import threading
from pathlib import Path

import pytest

from conftest import EXAMPLE_IDS, ROOT, example, run_cli

LOGIC = ROOT / "logic"
REAL_CASES = sorted((ROOT / "tests" / "cases").rglob("*.json"))

_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_LATIN_WORD = re.compile(r"[A-Za-z]+(?:['’-][A-Za-z]+)*")
_QUOTED = re.compile(r"«[^»]*»")          # titles of decisions and orders, quoted as given


def english_runs(text: str, run: int = 4) -> list[str]:
    """The runs of ``run`` or more consecutive English (Latin-letter) words
    in ``text``, outside «quoted» titles; numbers and punctuation between
    words do not break a run, a Cyrillic word does."""
    found, current = [], []
    for word in _WORD.findall(_QUOTED.sub(" ", text)):
        if _LATIN_WORD.fullmatch(word):
            current.append(word)
            continue
        if len(current) >= run:
            found.append(" ".join(current))
        current = []
    if len(current) >= run:
        found.append(" ".join(current))
    return found


def russian_problem(text: str) -> str | None:
    """Why ``text`` is not a Russian sentence, or None when it is."""
    if not text or not text.strip():
        return "empty"
    if not _CYRILLIC.search(text):
        return "no Cyrillic letter"
    runs = english_runs(text)
    if runs:
        return f"English words: {runs[0]!r}"
    return None


def test_the_checker_tells_russian_from_english():
    assert russian_problem("Иностранное решение признаётся и приводится в исполнение.") is None
    assert russian_problem("Признание испрашивается в государстве: штат Нью-Йорк (США).") is None
    assert russian_problem("Суды признали решение: «KG Berlin, 18 May 2006, 20 Sch 13/04» (2006-05-18).") is None
    assert russian_problem("Регламент Брюссель Ia (№ 1215/2012) связывает государства.") is None
    assert russian_problem("") == "empty"
    assert russian_problem("The decision is final.") == "no Cyrillic letter"
    assert russian_problem("Решение: the decision is final and conclusive.").startswith("English words")
    assert russian_problem("[нет перевода] Recognition is refused where it is contrary.").startswith("English")


def nodes(node: dict):
    yield node
    for child in node.get("children", []):
        yield from nodes(child)


def russian_problems(result: dict) -> list[str]:
    return [f"{n['rule']}: {problem}: {n['text']!r}"
            for n in nodes(result["derivation"])
            if (problem := russian_problem(n["text"]))]


@pytest.mark.parametrize("name", EXAMPLE_IDS)
def test_lang_ru_gives_a_russian_sentence_for_every_node(name):
    out = run_cli("explain", "--lang", "ru", "--format", "json", str(example(name)))
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    count = sum(1 for _ in nodes(result["derivation"]))
    assert count > 10
    assert russian_problems(result) == []
    # the notes too are Russian (an UNCONFIRMED note quotes its source's words)
    for n in nodes(result["derivation"]):
        for note in n.get("notes", []):
            assert _CYRILLIC.search(note), (n["rule"], note)


@pytest.mark.parametrize("path", REAL_CASES, ids=lambda p: p.stem)
def test_lang_ru_speaks_russian_for_the_real_cases_too(engine, path):
    from pyenforce import Case
    for case in [Case.from_file(str(path))]:
        result = engine.evaluate_dict(case, lang="ru")
        assert russian_problems(result) == []


@pytest.mark.parametrize("name", EXAMPLE_IDS)
def test_english_is_the_default_and_unchanged(name):
    default = run_cli("explain", "--format", "json", str(example(name)))
    english = run_cli("explain", "--lang", "en", "--format", "json", str(example(name)))
    assert default.returncode == english.returncode == 0
    assert default.stdout == english.stdout
    result = json.loads(default.stdout)
    assert not any(_CYRILLIC.search(n["text"]) for n in nodes(result["derivation"]))
    assert result["derivation"]["text"].startswith("A foreign decision is recognised")


def test_russian_does_not_change_the_outcome(engine):
    from pyenforce import Case
    for name in EXAMPLE_IDS:
        case = Case.from_file(str(example(name)))
        en, ru = engine.evaluate_dict(case, lang="en"), engine.evaluate_dict(case, lang="ru")
        for key in ["outcome", "bases", "refusal_grounds", "missing_facts", "assumptions", "caveats"]:
            assert en[key] == ru[key], (name, key)
        pairs = list(zip(nodes(en["derivation"]), nodes(ru["derivation"])))
        assert all((a["rule"], a["holds"], a["citation"]) == (b["rule"], b["holds"], b["citation"])
                   for a, b in pairs)


def test_the_language_does_not_leak_into_the_next_evaluation(engine):
    from pyenforce import Case
    case = Case.from_file(str(example("us-ru-2023")))
    engine.evaluate_dict(case, lang="ru")
    after = engine.evaluate_dict(case)
    assert not any(_CYRILLIC.search(n["text"]) for n in nodes(after["derivation"]))
    text = engine.evaluate_text(case.to_json())
    assert not _CYRILLIC.search(text)


def test_threads_each_get_their_own_language(engine):
    from pyenforce import Case
    case = Case.from_file(str(example("th-cn-2024")))
    results: dict[tuple[str, int], dict] = {}

    def work(lang: str, i: int) -> None:
        results[(lang, i)] = engine.evaluate_dict(case, lang=lang)

    threads = [threading.Thread(target=work, args=(lang, i)) for i in range(3) for lang in ("en", "ru")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for (lang, _), result in results.items():
        has_cyrillic = any(_CYRILLIC.search(n["text"]) for n in nodes(result["derivation"]))
        assert has_cyrillic == (lang == "ru")


def test_an_unknown_language_is_refused_before_it_reaches_prolog(engine):
    from pyenforce import Case
    case = Case.from_file(str(example("nl-kz-2023")))
    for bad in ["fr", "ru)", "ru), halt, (x", "", None]:
        with pytest.raises(ValueError):
            engine.evaluate_dict(case, lang=bad)  # type: ignore[arg-type]


def test_prolog_refuses_an_unknown_language_as_data():
    from pyenforce.engine import _query, _text
    from pyenforce.prolog_text import pl_string
    case = example("nl-kz-2023").read_text(encoding="utf-8")
    rows = _query("api:evaluate_json(" + pl_string(case) + ", \"\", [lang(fr)], Out)")
    err = json.loads(_text(rows[0]["Out"]))["error"]
    assert err["kind"] == "case" and err["key"] == "--lang" and "ru" in err["expected"]


@pytest.mark.parametrize("command", ["check", "explain"])
def test_the_cli_offers_lang(command):
    out = run_cli(command, "--help")
    assert out.returncode == 0
    assert "--lang [en|ru]" in out.stdout
    bad = run_cli(command, "--lang", "fr", str(example("nl-kz-2023")))
    assert bad.returncode == 2 and "fr" in bad.stderr


def test_check_explain_in_russian():
    out = run_cli("check", "--explain", "--lang", "ru", str(example("us-ru-2023")))
    assert out.returncode == 0, out.stderr
    assert "В признании отказывается" in out.stdout or "Иностранное решение" in out.stdout


def test_every_rule_has_an_english_and_a_russian_sentence():
    code = ("forall(language:rule_lacks_sentence(Id, Lang), format(\"~w ~w~n\", [Lang, Id])), "
            "( language:rule_lacks_sentence(_, _) -> halt(1) ; true )")
    out = subprocess.run(["swipl", "-g", code, "-t", "halt", str(LOGIC / "load.pl")],
                         capture_output=True, text=True, timeout=60)
    assert out.stdout == "" and out.returncode == 0, "rules lacking a sentence (language id):\n" + out.stdout


def test_a_rule_without_a_russian_sentence_is_caught(tmp_path):
    """The check above can fail: a rule added without ru_text is named."""
    extra = tmp_path / "extra.pl"
    extra.write_text(":- multifile law:rule/4.\n"
                     "law:rule(test_rule_without_russian, [citation(\"c\"), text(\"A sentence.\")],\n"
                     "    legal_basis('KZ', reciprocity(test)), true).\n", encoding="utf-8")
    code = (f"load_files({str(extra)!r}, []), "
            "forall(language:rule_lacks_sentence(Id, Lang), format(\"~w ~w~n\", [Lang, Id]))")
    out = subprocess.run(["swipl", "-g", code, "-t", "halt", str(LOGIC / "load.pl")],
                         capture_output=True, text=True, timeout=60)
    assert out.stdout.split() == ["ru", "test_rule_without_russian"], out.stdout + out.stderr


def test_every_fact_of_the_vocabulary_has_a_russian_sentence():
    code = ("forall(vocabulary:case_fact_name(F, _), "
            "( vocabulary:case_fact_sentence(ru, F, _) -> true ; format(\"~w~n\", [F]) ))")
    out = subprocess.run(["swipl", "-g", code, "-t", "halt", str(LOGIC / "load.pl")],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0 and out.stdout == "", out.stdout + out.stderr
