"""Language identification: detect_language and mark_language."""
from __future__ import annotations

import time

import pytest

from eventwire.language import detect_language, mark_language
from eventwire.records import Article

SAMPLES = {
    "en": "The foreign minister met his counterpart in Geneva on Thursday to discuss a "
          "ceasefire, but officials on both sides said no agreement was reached.",
    "fr": "Le ministre des affaires étrangères a rencontré son homologue à Genève jeudi pour "
          "discuter d'un cessez-le-feu, mais aucun accord n'a été trouvé selon les deux camps.",
    "de": "Der Außenminister traf am Donnerstag in Genf seinen Amtskollegen, um über eine "
          "Waffenruhe zu sprechen, doch nach Angaben beider Seiten gab es keine Einigung.",
    "es": "El ministro de Asuntos Exteriores se reunió el jueves en Ginebra con su homólogo para "
          "hablar de un alto el fuego, pero ambas partes dijeron que no hubo acuerdo.",
    "zh": "外交部长星期四在日内瓦会见了对方的外长，讨论停火问题，但双方官员表示没有达成任何协议。",
}


@pytest.mark.parametrize("code", sorted(SAMPLES))
def test_detects_the_language_of_news_sentences(code):
    found, confidence = detect_language(SAMPLES[code])
    assert found == code
    assert 0.5 < confidence <= 1.0


def test_all_capitals_wire_copy_is_still_english():
    text = ("NIGERIAN OIL MINISTER SAID TODAY GOVERNMENT SUBSIDY ON DOMESTIC OIL PRODUCTS HAD "
            "RISEN FROM 20 TO 85 PCT AFTER THE FLOTATION OF THE CURRENCY LAST SEPTEMBER.")
    assert detect_language(text)[0] == "en"


@pytest.mark.parametrize("text", ["", "   ", "12 345 678", "OK"])
def test_too_little_text_has_no_language(text):
    assert detect_language(text) == ("", 0.0)


def test_only_the_first_part_of_a_long_text_is_classified():
    long_text = SAMPLES["en"] * 2000          # ~300 kB
    detect_language(long_text)                # load the model outside the timing
    start = time.perf_counter()
    assert detect_language(long_text)[0] == "en"
    assert time.perf_counter() - start < 0.05


def test_mark_language_sets_lang_and_respects_a_declared_one():
    art = Article(id="a", text=SAMPLES["de"], title="Keine Einigung in Genf")
    assert mark_language(art).lang == "de"
    declared = Article(id="b", text=SAMPLES["de"], lang="en")
    assert mark_language(declared).lang == "en"
    assert mark_language(declared, overwrite=True).lang == "de"
