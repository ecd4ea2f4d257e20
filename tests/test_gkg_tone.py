"""V2Tone arithmetic (no model)."""
import pytest

from eventwire.gkg.tone import Word, compute_tone, valences


def test_tone_fields_are_word_percentages():
    assert valences()["peace"] > 0 and valences()["war"] < 0
    words = [Word("we"), Word("want"), Word("peace", False), Word("not"), Word("war"),
             Word("and"), Word("we"), Word("talk", True), Word("today"), Word("calmly")]
    words[1] = Word("want", True)
    tone = compute_tone(words)
    lex = valences()
    pos = sum(1 for w in words if lex.get(w.lower, 0) > 0)
    neg = sum(1 for w in words if lex.get(w.lower, 0) < 0)
    assert tone.word_count == 10
    assert tone.positive == pytest.approx(100 * pos / 10)
    assert tone.negative == pytest.approx(100 * neg / 10)
    assert tone.tone == pytest.approx(tone.positive - tone.negative)
    assert tone.polarity == pytest.approx(tone.positive + tone.negative)
    assert tone.activity_density == pytest.approx(20.0)
    assert tone.self_group_density == pytest.approx(20.0)


def test_empty_text_has_zero_tone():
    tone = compute_tone([])
    assert (tone.tone, tone.word_count) == (0.0, 0)
