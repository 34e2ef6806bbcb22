"""The same facts, different law: each date at which issue 3 says the answer changes."""
from __future__ import annotations

import pytest

from pyenforce import Case


def case(origin, forum, date, subject="money", started=None, **extra):
    facts = {"final": True, "enforceable_in_origin": True, "defendant_notified": True,
             "defendant_heard": True, "origin_had_jurisdiction": True,
             "forum_exclusive_jurisdiction": False, "conflicting_judgment": False,
             "forum_proceedings_pending": False, "fraud": False,
             "public_policy_violation": False, "time_limit_met": True,
             "origin_system_impartial": True, "respondent_under_foreign_sanctions": False}
    facts.update(extra.pop("facts", {}))
    decision = {"subject": subject}
    if started:
        decision["proceedings_started"] = started
    return Case.from_dict({"origin": origin, "forum": forum, "application_date": date,
                           "decision": decision, "facts": facts, **extra})


def outcome(engine, c, as_of=None):
    return engine.evaluate(c, as_of=as_of)


def test_nanning_statement_8_june_2017(engine):
    c = case("TH", "CN", "2017-06-07")
    before, after = outcome(engine, c), outcome(engine, c, as_of="2017-06-08")
    assert (before.outcome, after.outcome) == ("refused", "recognised")
    assert [b.rule for b in after.bases] == ["cn_nanning_statement_presumed_reciprocity"]
    assert [g.ground for g in before.refusal_grounds] == ["no_reciprocity"]


def test_conference_summary_2022(engine):
    # English law permits recognising Chinese money judgments (knowledge base);
    # the UK has signed no Belt and Road cooperation document
    c = case("GB", "CN", "2022-01-23", facts={"origin_belt_and_road_partner": False})
    before, after = outcome(engine, c), outcome(engine, c, as_of="2022-01-24")
    assert (before.outcome, after.outcome) == ("refused", "recognised")
    assert [b.rule for b in after.bases] == ["cn_summary_2022_de_jure_reciprocity"]


def test_russia_after_28_february_2022(engine):
    c = case("US", "RU", "2022-01-15")
    before, after = outcome(engine, c), outcome(engine, c, as_of="2022-11-15")
    assert (before.outcome, after.outcome) == ("recognised", "refused")
    assert [b.rule for b in before.bases] == ["ru_practice_reciprocity_de_jure"]
    assert [g.ground for g in after.refusal_grounds] == ["no_reciprocity"]


@pytest.mark.parametrize("forum", ["FR", "DE"])
def test_hague_2019_for_proceedings_from_1_september_2023(engine, forum):
    early = outcome(engine, case("UA", forum, "2024-06-01", started="2023-08-31"))
    late = outcome(engine, case("UA", forum, "2024-06-01", started="2023-09-01"))
    assert late.outcome == "recognised"
    assert "hague2019_art_4" in [b.rule for b in late.bases]
    assert "hague2019_art_4" not in [b.rule for b in early.bases]
    assert early.outcome != "recognised" or early.bases != late.bases


def test_hague_2019_for_the_uk_from_1_july_2025(engine):
    early = outcome(engine, case("GB", "FR", "2026-01-01", started="2025-06-30"))
    late = outcome(engine, case("GB", "FR", "2026-01-01", started="2025-07-01"))
    assert (early.outcome, late.outcome) == ("undetermined", "recognised")
    assert [b.rule for b in late.bases] == ["hague2019_art_4"]


def test_new_york_switch_june_2021(engine):
    c = case("DE", "US-NY", "2021-06-10", facts={"defendant_heard": False})
    before, after = outcome(engine, c), outcome(engine, c, as_of="2021-06-11")
    assert (before.outcome, after.outcome) == ("recognised", "refused")
    assert [b.rule for b in before.bases] == ["us_ufmjra1962_money_judgment"]
    assert [(g.ground, g.discretionary) for g in after.refusal_grounds] == [("not_heard", True)]


def test_circular_reciprocity_is_named_as_the_reason(engine):
    # Germany requires guaranteed reciprocity; Kazakhstan requires reciprocity;
    # neither has recognised the other's judgments: each waits for the other.
    r = outcome(engine, case("KZ", "DE", "2023-03-01"))
    assert r.outcome == "refused"
    assert [g.ground for g in r.refusal_grounds] == ["no_reciprocity"]
    cycles = [n for n in r.derivation.walk() if n.rule == "reciprocity_cycle"]
    assert cycles and "Circular reciprocity" in cycles[0].text
    assert any("circular reciprocity between" in note for n in cycles for note in n.notes)


def test_origin_law_computed_from_its_own_rules_with_roles_swapped(engine):
    # Does Chinese law permit recognising a Kazakh judgment? China's own rules say
    # yes (the CN-KZ treaty): Kazakhstan's de jure reciprocity rests on that.
    r = outcome(engine, case("CN", "KZ", "2023-03-01"))
    node = next(n for n in r.derivation.walk() if n.rule == "law_of_origin")
    assert node.status == "holds"
    assert any(c.rule == "cn_cpl_299_treaty_bilateral" for c in node.walk())


def test_caveat_when_the_basis_rests_on_an_unconfirmed_fact(engine):
    # The CN-KZ treaty's date of entry into force comes from one secondary source
    r = outcome(engine, case("CN", "KZ", "2023-03-01"))
    assert "kz_cpc_501_treaty_bilateral" in [b.rule for b in r.bases]
    assert any(c.rule == "kb:bilateral_treaty" and "one secondary list" in c.note for c in r.caveats)


def test_evidence_dated_after_the_as_of_date_does_not_count(engine):
    ev = {"origin_law_permits_recognition": False,
          "origin_recognised_forum_judgments": [{"ref": "Rio 2024", "date": "2024-05-01"}]}
    c = case("BR", "KZ", "2024-06-01", evidence=ev)
    assert outcome(engine, c).outcome == "recognised"
    assert outcome(engine, c, as_of="2024-04-30").outcome == "refused"


def test_belt_and_road_opinion_december_2019(engine):
    c = case("CL", "CN", "2019-12-08", facts={"origin_belt_and_road_partner": True},
             evidence={"origin_law_permits_recognition": False})
    before, after = outcome(engine, c), outcome(engine, c, as_of="2019-12-09")
    assert (before.outcome, after.outcome) == ("refused", "recognised")
    assert [b.rule for b in after.bases] == ["cn_bri_2019_presumed_reciprocity"]
