"""Golden test: the knowledge graph of the project's seed article."""
from pathlib import Path

import pytest

from eventwire.gkg import GkgRecord, date_of_clause, extract_gkg_text
from eventwire.gkg.dates import ClauseDate
from eventwire.gkg.export import gkg_row
from eventwire.records import Article

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "corpus" / "seed-article.txt"


@pytest.fixture(scope="module")
def article():
    if not SEED.exists():
        pytest.skip(f"seed article missing: {SEED}")
    return Article(id="seed", text=SEED.read_text(encoding="utf-8"), date="2023-07-01")


@pytest.fixture(scope="module")
def record(nlp, article) -> GkgRecord:
    return extract_gkg_text(article, nlp)


def test_wang_yi_quotations(record):
    by_text = {q.text: q for q in record.quotations}
    direct = next(q for t, q in by_text.items() if t.startswith("The more intense the hegemonic"))
    assert (direct.speaker, direct.kind) == ("Wang Yi", "direct")
    reported = next(q for t, q in by_text.items() if t.startswith("their cooperation yields tangible benefits"))
    assert (reported.speaker, reported.kind) == ("Wang Yi", "reported")


def test_amounts_of_trade(record):
    found = {(a.value, a.unit): a for a in record.amounts}
    assert found[(40.0, "percent")].object == "trade"
    assert found[(40.0, "percent")].direction == "surge"
    assert found[(2e11, "USD")].object == "trade"
    assert found[(2e11, "USD")].direction == "surpass"


def test_dates(record):
    values = {(d.text, d.value, d.granularity) for d in record.dates}
    assert ("March this year", "2023-03", "month") in values
    assert ("March", "2023-03", "month") in values
    assert ("February 2022", "2022-02", "month") in values
    assert ("May", "2023-05", "month") in values


def test_places(record):
    places = {loc.name: loc for loc in record.locations}
    assert (places["Moscow"].country, places["Moscow"].feature) == ("RUS", "city")
    assert places["Moscow"].lat == pytest.approx(55.75, abs=0.1)
    assert (places["Ukraine"].country, places["Ukraine"].feature) == ("UKR", "country")


def test_persons(record):
    persons = {p.name for p in record.persons}
    assert {"Sergey Lavrov", "Wang Yi", "Xi Jinping", "Vladimir Putin", "Mikhail Mishustin"} <= persons
    assert "Wang" not in persons and "Lavrov" not in persons


def test_organizations(record):
    names = {o.name for o in record.organizations} | {o.short for o in record.organizations}
    for org in ["United Nations General Assembly", "APEC", "G7", "CNN", "Reuters", "Kremlin"]:
        assert org in names, org
    assert not {p.name for p in record.persons} & {o.name for o in record.organizations}


def test_themes(record):
    themes = {t.theme for t in record.themes}
    assert {"diplomacy", "trade", "sanctions"} <= themes


def test_tone_fields(record):
    tone = record.tone
    assert tone.word_count > 400
    assert tone.tone == pytest.approx(tone.positive - tone.negative)
    assert tone.self_group_density > 0     # "our", "we", "us"


def test_row_and_clause_date(record, article, nlp):
    assert len(gkg_row(record, article).split("\t")) == 27
    sentence = next(s for s in nlp(article.text).sents if "February 2022" in s.text)
    assert date_of_clause(sentence, article.date) == ClauseDate("2022-02", "month")
