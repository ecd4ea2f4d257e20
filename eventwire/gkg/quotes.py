"""Quotations: direct quotes and reported speech, each with its speaker.

Direct quotes are found in the text by their quote marks (straight or curly;
a quote left open at a paragraph's end closes there, as newswires write
multi-paragraph quotes). A quote's speaker is the subject of a speech verb just
after it ("…," Wang emphasized), just before it (Ms Hewitt said: "…"), between
the halves of a split quote, or the previous quote's speaker when a quote
follows it with no attribution. Reported speech is the complement clause of a
speech verb ("Wang stated that …"). Speakers resolve to actors through the
lead's Mentions; "he"/"she" go to the most recent person, bare surnames to the
full name (see names.canonical_person).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ..records import Mention
from .lexicon import load_yaml, word_set
from .names import Hit, canonical_person, strip_titles
from .records import Quotation

LEXICON = "quotes.yaml"
_PARAGRAPH = re.compile(r"\n[ \t]*\n|\n(?=[ \t]{2,}\S)")
QUOTE_MARKS = '"“”'
_SPEAKER_LABELS = {"PERSON", "ORG", "GPE", "NORP"}


@dataclass
class _Context:
    """What speaker resolution needs from the article."""
    doc: Doc
    mentions: list[Mention]
    persons: list[Hit]
    quotes: list[tuple[int, int]]
    speakers: list[tuple[int, str, str]] = field(default_factory=list)   # (offset, name, code) so far
    text: str = ""            # doc.text, computed once (spaCy rebuilds it on every access)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Character ranges of the paragraphs: blank lines, or an indented new line (newswire)."""
    bounds, start = [], 0
    for m in _PARAGRAPH.finditer(text):
        bounds.append((start, m.start()))
        start = m.end()
    bounds.append((start, len(text)))
    return [(s, e) for s, e in bounds if text[s:e].strip()]


def _opens(text: str, i: int) -> bool:
    """A quote mark that opens a quote: curly “, or straight after a space and before a word."""
    if text[i] != '"':
        return text[i] == "“"
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([—-") and not after.isspace()


def _quotes_in(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Quoted ranges (inside the marks) of one paragraph. An opening mark while a quote is open
    starts a new quote (newswire style for a quote running on over paragraphs); a quote still
    open at the paragraph's end runs to it."""
    found, opened = [], None
    for i in range(start, end):
        if text[i] not in QUOTE_MARKS:
            continue
        if _opens(text, i):
            if opened is not None:
                found.append((opened, i))
            opened = i + 1
        elif opened is not None:
            found.append((opened, i))
            opened = None
    if opened is not None:
        found.append((opened, end))
    return found


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and (text[end - 1].isspace() or text[end - 1] in ","):
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return start, end


def quoted_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges inside quote marks, paragraph by paragraph, in order (a quote may run on
    over several sentences of its paragraph)."""
    return [q for p_start, p_end in paragraphs(text) for q in _quotes_in(text, p_start, p_end)]


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges of direct quotes (without the marks), scare quotes left out."""
    min_words = load_yaml(LEXICON)["min_quote_words"]
    spans = []
    for s, e in quoted_ranges(text):
        s, e = _trim(text, s, e)
        if len(text[s:e].split()) >= min_words:
            spans.append((s, e))
    return spans


def _inside(pos: int, ranges: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in ranges)


def _is_speech_verb(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in word_set(LEXICON, "speech_verbs")


def _subject(verb: Token) -> Token | None:
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects:
        return subjects[0]
    after = [t for t in verb.rights if t.pos_ in ("PROPN", "PRON", "NOUN")][:1]
    return after[0] if after else None


def _window_after(ctx: _Context, end: int) -> list[Token]:
    """Tokens after a closing quote mark, up to the next quote mark or sentence end."""
    size, doc = load_yaml(LEXICON)["attribution_window"], ctx.doc
    span = doc.char_span(end, min(len(ctx.text), end + 1), alignment_mode="expand")
    i = span.start if span is not None else len(doc)
    while i < len(doc) and (doc[i].text in QUOTE_MARKS or doc[i].text in ",.?!"):
        i += 1
    tokens: list[Token] = []
    while i < len(doc) and len(tokens) < size and doc[i].text not in QUOTE_MARKS:
        tokens.append(doc[i])
        if doc[i].text in (".", "?", "!"):
            break
        i += 1
    return tokens


def _window_before(ctx: _Context, start: int) -> list[Token]:
    """Tokens before an opening quote mark, back to the sentence start; empty unless they end in , or :."""
    size, doc = load_yaml(LEXICON)["attribution_window"], ctx.doc
    span = doc.char_span(max(0, start - 1), start, alignment_mode="expand")
    if span is None or span.start == 0:
        return []
    i = span.start - 1
    while i >= 0 and doc[i].text in QUOTE_MARKS:
        i -= 1
    if i < 0 or doc[i].text not in (",", ":") and not _is_speech_verb(doc[i]):
        return []
    tokens = []
    while i >= 0 and len(tokens) < size and doc[i].text not in QUOTE_MARKS + ".?!":
        tokens.insert(0, doc[i])
        i -= 1
    return tokens


def _attribution(tokens: list[Token], ctx: _Context) -> Token | None:
    """The speech verb of an attribution window, outside any quote."""
    for token in tokens:
        if _is_speech_verb(token) and not _inside(token.idx, ctx.quotes):
            return token
    return None


def _entity(token: Token) -> Span:
    """The named entity a token is part of (the token alone when none)."""
    doc, start, end = token.doc, token.i, token.i + 1
    if not token.ent_type_:
        return doc[start:end]
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def speaker_span(subject: Token) -> Span:
    """The words naming a speaker: its entity, a named apposition, or its noun phrase."""
    if subject.ent_type_ in _SPEAKER_LABELS:
        return _entity(subject)
    for token in subject.subtree:
        if token.ent_type_ == "PERSON" and token.dep_ in ("appos", "compound", "pobj"):
            return _entity(token)
    left = [t.i for t in subject.lefts if t.dep_ in ("compound", "amod", "poss")]
    return subject.doc[min(left + [subject.i]):subject.i + 1]


def _overlapping(mentions: list[Mention], start: int, end: int) -> Mention | None:
    return next((m for m in mentions if m.start < end and start < m.end), None)


def _person_code(name: str, ctx: _Context) -> str:
    """The actor code of any Mention over any mention of a person."""
    for hit in ctx.persons:
        mention = _overlapping(ctx.mentions, hit.start, hit.end) if hit.name == name else None
        if mention is not None:
            return mention.actor.code
    return ""


def _subject_persons(ctx: _Context, before: int) -> list[tuple[int, str, str]]:
    """Persons named as the subject of a clause before an offset, as (offset, name, code)."""
    found = []
    for hit in ctx.persons:
        span = ctx.doc.char_span(hit.start, hit.end, alignment_mode="expand")
        if hit.end <= before and span is not None and span.root.dep_ in ("nsubj", "nsubjpass"):
            found.append((hit.start, hit.name, _person_code(hit.name, ctx)))
    return found


def _pronoun_speaker(span: Span, ctx: _Context) -> tuple[str, str]:
    """He/she: the latest earlier speaker or person named as a subject."""
    if span.text.lower() not in word_set(LEXICON, "person_pronouns"):
        return "", ""
    before = span.start_char
    earlier = [c for c in ctx.speakers if c[0] < before] + _subject_persons(ctx, before)
    if not earlier:
        earlier = [(h.start, h.name, _person_code(h.name, ctx)) for h in ctx.persons if h.end <= before]
    if not earlier:
        return "", ""
    _, name, code = max(earlier, key=lambda c: c[0])
    return name, code


def resolve_speaker(span: Span, ctx: _Context) -> tuple[str, str]:
    """Canonical name and actor code of a speaker span ("" where unknown); remembered for pronouns."""
    name, code = _resolve(span, ctx)
    if name and not (len(span) == 1 and span[0].pos_ == "PRON"):
        ctx.speakers.append((span.start_char, name, code))
    return name, code


def _resolve(span: Span, ctx: _Context) -> tuple[str, str]:
    mention = _overlapping(ctx.mentions, span.start_char, span.end_char)
    code = mention.actor.code if mention is not None else ""
    if len(span) == 1 and span[0].pos_ == "PRON":
        name, person_code = _pronoun_speaker(span, ctx)
        return name, code or person_code
    person = next((h for h in ctx.persons if h.start < span.end_char and span.start_char < h.end), None)
    if person is not None:
        return person.name, code or _person_code(person.name, ctx)
    words = " ".join(t.text for t in span if t.dep_ != "det" and t.pos_ != "PUNCT" and not t.is_space)
    if words[:1].isupper():     # a name NER did not tag PERSON here: "Mr Cable", "McIvor"
        full = sorted({h.name for h in ctx.persons if " " in h.name}, key=lambda n: (-len(n), n))   # (ties: not set order)
        words = canonical_person(strip_titles(words), full)
    return words, code


def _closes_sentence(text: str, end: int) -> bool:
    return text[:end].rstrip()[-1:] in (".", "?", "!")


def _speech_verb_near(ctx: _Context, start: int, end: int) -> tuple[Token, str] | None:
    """The attribution of a quote: a speech verb after it, else before it."""
    after = _window_after(ctx, end)
    if _closes_sentence(ctx.text, end) and len(after) > 6:
        after = []
    verb = _attribution(after, ctx)
    if verb is not None:
        return verb, "after"
    verb = _attribution(_window_before(ctx, start), ctx)
    return (verb, "before") if verb is not None else None


def _direct_quote(start: int, end: int, ctx: _Context, previous: Quotation | None) -> Quotation:
    quote = Quotation(text=ctx.text[start:end], start=start, end=end)
    found = _speech_verb_near(ctx, start, end)
    subject = _subject(found[0]) if found else None
    if found and subject is not None:
        quote.speaker, quote.speaker_code = resolve_speaker(speaker_span(subject), ctx)
        quote.verb, quote.attribution = found[0].lemma_.lower(), found[1]
    elif previous is not None and start - previous.end <= load_yaml(LEXICON)["continuation_chars"]:
        quote.speaker, quote.speaker_code = previous.speaker, previous.speaker_code
        quote.verb, quote.attribution = previous.verb, "continued"
    return quote


def _direct_quotes(ctx: _Context) -> list[Quotation]:
    quotes: list[Quotation] = []
    for start, end in ctx.quotes:
        quotes.append(_direct_quote(start, end, ctx, quotes[-1] if quotes else None))
    return quotes


def _clause(head: Token) -> Span:
    """A complement clause without its "that" and closing punctuation."""
    tokens = sorted(head.subtree, key=lambda t: t.i)
    while tokens and (tokens[0].dep_ == "mark" or tokens[0].is_punct):
        tokens.pop(0)
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    doc = head.doc
    return doc[tokens[0].i:tokens[-1].i + 1] if tokens else doc[head.i:head.i]


def _reported(verb: Token, ctx: _Context) -> Quotation | None:
    complements = [c for c in verb.children if c.dep_ == "ccomp"]
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not complements or not subjects:
        return None
    clause = _clause(complements[0])
    quoted = any(s < clause.end_char and clause.start_char < e for s, e in ctx.quotes)
    if len(clause) < load_yaml(LEXICON)["min_reported_tokens"] or quoted:
        return None
    speaker, code = resolve_speaker(speaker_span(subjects[0]), ctx)
    return Quotation(text=clause.text, start=clause.start_char, end=clause.end_char, speaker=speaker,
                     speaker_code=code, verb=verb.lemma_.lower(), kind="reported", attribution="subject")


def _reported_speech(ctx: _Context) -> list[Quotation]:
    found = (_reported(t, ctx) for t in ctx.doc if _is_speech_verb(t) and not _inside(t.idx, ctx.quotes))
    return [q for q in found if q is not None]


def extract_quotations(doc: Doc, mentions: list[Mention], persons: list[Hit]) -> list[Quotation]:
    """Direct quotes and reported speech of an article, in text order, with speakers."""
    text = doc.text
    ctx = _Context(doc=doc, mentions=mentions, persons=sorted(persons, key=lambda h: h.start),
                   quotes=quote_spans(text), text=text)
    reported = _reported_speech(ctx)
    return _outermost(_direct_quotes(ctx) + reported)


def _outermost(quotes: list[Quotation]) -> list[Quotation]:
    """Quotations in text order, less those inside another ("he could not deny that …" in a clause)."""
    def inside(q: Quotation) -> bool:
        return any(o is not q and o.start <= q.start and q.end <= o.end and (o.start, o.end) != (q.start, q.end)
                   for o in quotes)
    return sorted((q for q in quotes if not inside(q)), key=lambda q: q.start)
