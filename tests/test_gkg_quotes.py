"""Quotations: quote marks without a model; speakers with the English pipeline."""

from eventwire.gkg.quotes import quote_spans
from eventwire.gkg import extract_gkg_text
from eventwire.records import Actor, Article, Mention


def _quoted(text):
    return [text[s:e] for s, e in quote_spans(text)]


def test_scare_quotes_are_left_out():
    assert _quoted('The Tories dismissed the plan as "desperate", she said.') == []


def test_split_quote_gives_two_parts():
    text = '"We will not give up," he said, "whatever the cost may be."'
    assert _quoted(text) == ["We will not give up", "whatever the cost may be."]


def test_newswire_quote_running_over_paragraphs():
    text = ('    "We have made a firm commitment to this plan.\n'
            '    "We will extend the pay to nine months," she said.')
    assert _quoted(text) == ["We have made a firm commitment to this plan.",
                             "We will extend the pay to nine months"]


def test_quote_reopened_without_closing():
    text = 'She said: "We doubled maternity pay already. "We are going to extend it further."'
    assert _quoted(text) == ["We doubled maternity pay already.", "We are going to extend it further."]


def _quotes(nlp, text, mentions=()):
    return extract_gkg_text(Article(id="t", text=text, date="2023-07-01"), nlp, list(mentions)).quotations


def test_split_quote_and_pronoun_speaker(nlp):
    text = ('Foreign Minister Sergey Lavrov met reporters in Moscow. '
            '"We are ready to talk to anyone," he said, "but not under pressure from outside."')
    quotes = [q for q in _quotes(nlp, text) if q.kind == "direct"]
    assert [q.speaker for q in quotes] == ["Sergey Lavrov", "Sergey Lavrov"]


def test_speaker_before_the_quote(nlp):
    text = 'Prime Minister Boris Johnson said: "We will take back control of our borders and our laws."'
    [quote] = [q for q in _quotes(nlp, text) if q.kind == "direct"]
    assert quote.speaker == "Boris Johnson" and quote.attribution == "before"


def test_reported_speech_with_surname_and_mention_code(nlp):
    text = ('Chinese Foreign Minister Wang Yi arrived in Moscow on Tuesday. '
            'Wang stated that their cooperation yields tangible benefits for both countries.')
    start = text.index("Wang Yi")
    mention = Mention(text="Wang Yi", start=start, end=start + 7,
                      actor=Actor(code="CHNGOV", name="China", country="CHN", type1="GOV"), kind="person")
    [quote] = [q for q in _quotes(nlp, text, [mention]) if q.kind == "reported"]
    assert quote.text.startswith("their cooperation yields tangible benefits")
    assert (quote.speaker, quote.speaker_code) == ("Wang Yi", "CHNGOV")
