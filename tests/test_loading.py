"""The knowledge base loads strictly; the wheel carries it; plunit runs."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from conftest import ROOT, example, run_cli

LOGIC = ROOT / "logic"


def check_with_broken_law(tmp_path, forum_file: str, clause: str):
    """`pyenforce check` on a copy of logic/ with ``clause`` appended to a forum file."""
    broken = tmp_path / "logic"
    shutil.copytree(LOGIC, broken)
    with (broken / "forums" / forum_file).open("a") as fh:
        fh.write("\n" + clause + "\n")
    return run_cli("check", str(example("nl-kz-2023")), env={"PYENFORCE_LOGIC": str(broken)})


def test_a_warning_in_the_law_stops_the_engine_loudly(tmp_path):
    out = check_with_broken_law(tmp_path, "kz.pl",
                                "law:rule(broken_rule, [], legal_basis('KZ', reciprocity(x)), (Unused = 1)).")
    assert out.returncode == 1
    assert "did not load cleanly" in out.stderr and "Singleton" in out.stderr
    assert "Traceback" not in out.stderr and out.stdout == ""


def test_a_syntax_error_in_the_law_stops_the_engine_loudly(tmp_path):
    out = check_with_broken_law(tmp_path, "ru.pl", "law:rule(oops, [, legal_basis).")
    assert out.returncode == 1 and "did not load cleanly" in out.stderr


def test_logic_answers_in_plain_swipl():
    out = subprocess.run(["swipl", "-g", f"check_file('{example('nl-kz-2023')}')", "-t", "halt",
                          str(LOGIC / "load.pl")], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert '"outcome":"recognised"' in out.stdout.replace(" ", "")


def test_the_wheel_carries_the_law_and_works_outside_the_repo(tmp_path):
    dist = tmp_path / "dist"
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist),
                            str(ROOT)], capture_output=True, text=True, timeout=600)
    assert build.returncode == 0, build.stderr
    [wheel] = dist.glob("pyenforce-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    for pl in ["pyenforce/logic/load.pl", "pyenforce/logic/boot.pl",
               "pyenforce/logic/forums/kz.pl", "pyenforce/logic/kb/states.pl"]:
        assert pl in names
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    code = ("import pyenforce, pyenforce.engine as e; "
            "from pyenforce import Engine, Case; "
            f"r = Engine().evaluate(Case.from_file({str(example('jp-cn-2022'))!r})); "
            "print(pyenforce.__file__); print(e.logic_dir()); print(r.outcome)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path,
                         env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"}, timeout=120)
    assert out.returncode == 0, out.stderr
    file, logic, outcome = out.stdout.split()
    assert file.startswith(str(site)) and logic.startswith(str(site))
    assert outcome == "recognised"


def plunit_units() -> list[str]:
    units = []
    for plt in sorted(LOGIC.rglob("*.plt")):
        units += re.findall(r"^:- begin_tests\((\w+)", plt.read_text(), flags=re.M)
    return units


def test_there_are_plunit_tests_for_every_forum():
    units = set(plunit_units())
    assert {"forum_kz", "forum_ru", "forum_cn", "forum_us", "case", "explain"} <= units


@pytest.mark.parametrize("unit", plunit_units())
def test_plunit(unit):
    out = subprocess.run(["swipl", "-g", f"load_test_files([]), run_tests({unit})", "-t", "halt",
                          str(LOGIC / "load.pl")], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "passed" in out.stdout + out.stderr


def test_every_basis_and_ground_both_holds_and_fails_in_some_plunit_test():
    out = subprocess.run(["swipl", "-g", "coverage:main", "-t", "halt", str(LOGIC / "load.pl"),
                          str(LOGIC / "coverage.pl")], capture_output=True, text=True, timeout=600)
    assert "some tests failed" not in out.stderr
    assert out.returncode == 0, out.stdout[-3000:]
    assert "every basis and ground rule both holds and fails" in out.stdout


def test_every_rule_has_a_citation_and_a_sentence():
    code = ("forall(law:rule(Id, Meta, _, _), "
            "((memberchk(citation(C), Meta), string(C), C \\== \"\", "
            "memberchk(text(T), Meta), string(T), T \\== \"\") -> true "
            "; (format(\"~w~n\", [Id]), fail)))")
    out = subprocess.run(["swipl", "-g", code, "-t", "halt", str(LOGIC / "load.pl")],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, "rules without a citation or a sentence: " + out.stdout
