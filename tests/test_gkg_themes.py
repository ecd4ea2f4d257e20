"""Theme taxonomy: size, documentation, matching on a hand-built Doc (no model)."""
from pathlib import Path

from spacy.tokens import Doc
from spacy.vocab import Vocab

from eventwire.gkg.themes import extract_themes, theme_names

DOCS = Path(__file__).resolve().parents[1] / "docs" / "themes.md"


def test_taxonomy_has_at_least_40_themes():
    assert len(theme_names()) >= 40


def test_every_theme_is_documented():
    documented = DOCS.read_text(encoding="utf-8")
    missing = [t for t in theme_names() if f"`{t}`" not in documented]
    assert not missing, f"themes missing from docs/themes.md: {missing}"


def test_themes_match_lemmas_and_phrases_but_not_dates():
    words = ["The", "G7", "imposed", "sanctions", "in", "March", "after", "the", "foreign", "minister", "spoke"]
    lemmas = ["the", "G7", "impose", "sanction", "in", "March", "after", "the", "foreign", "minister", "speak"]
    ents = ["O", "O", "O", "O", "O", "B-DATE", "O", "O", "O", "O", "O"]
    themes = {t.theme: t for t in extract_themes(Doc(Vocab(), words=words, lemmas=lemmas, ents=ents))}
    assert themes["sanctions"].evidence == ["sanction"]
    assert "foreign minister" in themes["diplomacy"].evidence
    assert "international_organizations" in themes
    assert "protest" not in themes      # "March" is a date here
