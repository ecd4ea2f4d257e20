"""Page furniture: what a news page carries besides the story, told apart from the story.

Readers hand every article's text to ``separate_story``. It works line by line (a caption,
a credit or a link is a line of its own once a page is turned into text) and removes:

- ``caption``: a line that ends with a picture credit ("… on Feb. 24. Andrew Harnik/AP",
  "… Photograph: Joshua Lott/Getty Images", "(Photo: …)"), opens with one ("EPA Despot Kim
  Jong-un threatened …", no closing full stop) or with share buttons ("Facebook Twitter Pinterest");
- ``credit``: a line that is only a credit ("Melina Mara/The Washington Post", "Getty Images",
  "Photograph: …", "Contributing: The Associated Press");
- ``byline``: "By Kevin Liptak, CNN"; a line of names alone just above a dateline;
- ``dateline``: the opening "RAMALLAH, West Bank — ", "WASHINGTON (Reuters) - ", "(CNN) ",
  "Monday, August 3, 2020 " of the first story line (only that prefix goes; its place is kept
  as the article's ``dateline``);
- ``link``: "Read more" / "Related" / "See also" / "WATCH:" lines, lines ending in "Read more",
  and the short headline-like lines listed under a "Related" or "Read more" header;
- ``slideshow``: "Photos: …", "Hide Caption 3 of 12", "1 of 12", a line that is only a date
  ("Wed, November 30, 2016");
- ``newsletter``: sign-up and subscription boxes;
- ``embed``: an embedded post, a line ending with its signature ("… — Hu Xijin (@HuXijin_GT)
  August 24, 2019").

The words these patterns are built from are data (``eventwire/data/furniture.yaml``). The story
text that remains is what is stored and coded, so events' offsets point into it; every removed
part is kept beside it (``Removed``: kind, text, and the offset in the story text where it stood).
A text with nothing to remove is returned unchanged, character for character.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

import yaml

from .records import Article, Rejected, Removed

DATA = Path(__file__).resolve().parent / "data" / "furniture.yaml"

_WORD = r"[A-Z][\w.'’&-]*"
_NAME = rf"{_WORD}(?:\s+(?:{_WORD}|de|van|von|al|bin|da|di|del|la|le)){{0,4}}"
_ORG = rf"(?:The\s+)?{_WORD}(?:\s+{_WORD}){{0,4}}"
_END = r"[.!?…\"”’'):;,]$"
_MONTH = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?")
_WEEKDAY = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?"
_TIME = r"\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s*[A-Z]{2,4})?"
_DATE = (rf"(?:{_WEEKDAY},?\s+)?(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|"
         rf"\d{{1,2}}\s+{_MONTH},?\s+\d{{4}})")
TAIL = 240                 # characters at a line's end where a credit or a "Read more" is looked for
_NOT_PLACES = {"UPDATE", "UPDATED", "BREAKING", "EXCLUSIVE", "ANALYSIS", "OPINION", "WATCH", "LIVE",
               "NOTE", "EDITOR'S", "CORRECTION", "FILE", "PHOTO", "VIDEO"}


@dataclass
class Story:
    """An article's text split into the story and the furniture removed from it."""
    text: str
    removed: list[Removed] = field(default_factory=list)
    dateline: str = ""        # the place the dateline names, e.g. "Ramallah, West Bank"


@dataclass(frozen=True)
class _Patterns:
    credit_only: re.Pattern
    caption_end: re.Pattern
    caption_start: re.Pattern
    caption_label: re.Pattern
    byline: re.Pattern
    names_only: re.Pattern
    link: re.Pattern
    link_end: re.Pattern
    link_header: re.Pattern
    teaser_open: re.Pattern
    slideshow: re.Pattern
    newsletter_open: re.Pattern
    newsletter_words: re.Pattern
    newsletter_actions: re.Pattern
    dateline: re.Pattern
    embed: re.Pattern
    agencies: frozenset[str]


def _alternatives(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def patterns() -> _Patterns:
    """The line patterns, built once from the furniture lexicon."""
    with open(DATA, encoding="utf-8") as f:
        lex = yaml.safe_load(f)
    agency, label = _alternatives(lex["agencies"]), _alternatives(lex["credit_labels"])
    credit = rf"(?:{_NAME}\s*/\s*{_ORG}|(?:{agency})\s*/\s*{_NAME}|(?:{agency}))"
    labelled = rf"(?:{label})\s*:\s*[^.!?()]{{1,80}}"
    return _Patterns(
        credit_only=re.compile(rf"^\(?(?:{labelled}|(?:(?:{label})\s*:\s*)?(?:{_NAME}\s*(?:,|for|via)\s*)?{credit}"
                               rf"|Contributing:?\s+{_ORG}(?:(?:,|\s+and)\s+{_ORG})*)\)?\.?$"),
        caption_end=re.compile(rf"(?:(?:^|[.!?\"”’')]\s*|\s)(?:\(\s*{labelled}\)|{labelled}|\((?:{agency})(?:\s+Photo)?\))"
                               rf"|[.!?\"”’')]\s+(?P<credit>{_NAME}\s*/\s*{_ORG})(?<!\.))$"),
        caption_start=re.compile(rf"^(?:(?:{_alternatives(lex['share_buttons'])})\s|"
                                 rf"(?:{agency})(?:\s*/\s*{_NAME})?\s+[A-Z\"“'‘])"),
        caption_label=re.compile(rf"^(?:{_alternatives(lex['caption_labels'])})\s*(?::|\s[-–—])\s"),
        byline=re.compile(rf"^(?:By|Written by|Reported by)\s+(?!{_MONTH}\b|{_WEEKDAY}\b){_NAME}"
                          rf"(?:\s*(?:,|and|&)\s*{_ORG})*\.?$"),
        names_only=re.compile(rf"^{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*$"),
        link=re.compile(rf"^(?:(?:{_alternatives(lex['link_labels'])})\s*[:|»›>]"
                        rf"|(?:WATCH|LISTEN|READ MORE|RELATED|MORE|SEE ALSO|ALSO READ|RELATED COVERAGE)\b"
                        rf"|(?:Related (?:Coverage|Stories|Content|Articles)|Related [A-Z]+ Stories"
                        rf"|Continue reading)\b)"),
        link_end=re.compile(r"\bRead (?:more|More|MORE)\s*[.:›»>]*$"),
        link_header=re.compile(rf"^(?:{_alternatives(lex['link_headers'])})\s*:?$", re.IGNORECASE),
        teaser_open=re.compile(rf"^(?:{_alternatives(lex['teaser_openers'])})\b"),
        embed=re.compile(rf"(?:^|\s)[—–-]\s*[^()—–]{{1,80}}\(@\w+\)\s*(?:{_DATE}|{_MONTH}\s+\d{{1,2}},?\s+\d{{4}})$"),
        slideshow=re.compile(rf"Hide Caption \d+ of \d+|^(?:(?:Photo|Image|Slide|Picture)s?\s+)?\d+\s+of\s+\d+$"
                             rf"|^Photos?:\s|^(?:(?:Updated|Published|Posted)\s*:?\s*)?(?:{_TIME},?\s*)?{_DATE}"
                             rf"(?:,?\s*(?:at\s+)?{_TIME})?$"),
        newsletter_open=re.compile(rf"^(?:{_alternatives(lex['newsletter_openers'])})\b", re.IGNORECASE),
        newsletter_words=re.compile(rf"\b(?:{_alternatives(lex['newsletter_words'])})", re.IGNORECASE),
        newsletter_actions=re.compile(rf"\b(?:{_alternatives(lex['newsletter_actions'])})\b", re.IGNORECASE),
        dateline=re.compile(
            rf"^\s*(?:(?P<place>[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){{0,3}}(?:,\s*{_WORD}(?:\s+{_WORD}){{0,3}})?)"
            rf"(?:\s*\((?P<agency>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){{0,2}})\))?(?:\s*[—–−]\s*|\s*--\s*|\s+-\s+)"
            rf"|\((?P<agency_only>CNN|CNN Business|Reuters|AP|AFP|UPI|CNSNews\.com)\)\s*(?:[—–−-]\s*)?"
            # ("Hong Kong/Beijing/Taipei (CNN) US House Speaker …", "Washington (CNN) - …": places
            # written in title case before an agency's name in brackets)
            rf"|(?P<titled>[A-Z][\w.'’-]+(?:(?:\s+|\s*[/,]\s*)[A-Z][\w.'’-]+){{0,5}})"
            rf"\s*\((?:CNN|CNN Business|Reuters|AP|AFP|UPI)\)\s*(?:[—–−-]\s*)?"
            rf"|(?P<date>{_WEEKDAY},\s+{_DATE})\s+)(?=[A-Z0-9\"“'‘])"),
        agencies=frozenset(lex["agencies"]),
    )


def kind_of_line(line: str, teaser: bool = False) -> str:
    """The kind of furniture a stripped line is ("" for story text). ``teaser``: the line
    follows a link-list header, so a short headline without a full stop is a link."""
    p = patterns()
    if not line:
        return ""
    tail = line if len(line) <= TAIL else " " + line[-TAIL:]   # credits and "Read more" end a line
    if (len(line) <= TAIL or "Caption" in line) and p.slideshow.search(line):
        return "slideshow"
    if p.credit_only.match(line):
        return "credit"
    if p.embed.search(tail):
        return "embed"
    if p.link.match(line) or p.link_end.search(tail) or p.link_header.match(line) or p.teaser_open.match(line):
        return "link"
    if p.newsletter_open.match(line) or (p.newsletter_words.search(line) and p.newsletter_actions.search(line)):
        return "newsletter"
    if p.byline.match(line) and len(line) <= 100:
        return "byline"
    if _caption_credit(tail) or p.caption_label.match(line) or (
            p.caption_start.match(line) and not re.search(_END, line)):
        return "caption"
    if teaser and len(line.split()) <= 20 and not re.search(_END, line):
        return "link"
    return ""


def _caption_credit(line: str) -> bool:
    """The line ends with a picture credit; "EUR/USD" or "HIV/AIDS" (two short capital codes) is none."""
    m = patterns().caption_end.search(line)
    return bool(m) and not (m["credit"] and re.fullmatch(r"[A-Z]{2,5}\s*/\s*[A-Z]{2,5}", m["credit"])
                            and m["credit"].split("/")[-1].strip() not in patterns().agencies)


def _kinds(lines: list[str]) -> list[str]:
    """The furniture kind of every line; blank lines keep a link list open."""
    kinds, teaser = [], False
    for line in lines:
        kind = kind_of_line(line, teaser)
        kinds.append(kind)
        if line:
            teaser = bool(patterns().link_header.match(line) or patterns().teaser_open.match(line)) or \
                (teaser and kind == "link")
    return kinds


def _place(raw: str) -> str:
    """ "RAMALLAH, West Bank" → "Ramallah, West Bank"; "NEW YORK" → "New York"."""
    head, _, rest = raw.partition(",")
    words = [w if re.fullmatch(r"(?:[A-Z]\.)+", w) else w.capitalize() for w in head.split()]
    return ", ".join(x for x in (" ".join(words), rest.strip()) if x)


def _dateline(line: str) -> tuple[int, str] | None:
    """(length of the dateline prefix, its place) when a story line opens with a dateline."""
    m = patterns().dateline.match(line)
    if not m:
        return None
    if m["titled"]:       # (the first of several places: "Hong Kong/Beijing/Taipei")
        place = m["titled"].split("/")[0].strip()
        return (None if place.split(",")[0].split()[0] in _NOT_PLACES else (m.end(), place))
    place = m["place"] or ""
    if place and (place.split(",")[0].split()[0] in _NOT_PLACES or len(re.sub(r"[^A-Z]", "", place)) < 2):
        return None
    return m.end(), _place(place) if place else ""


def dateline_length(line: str) -> int | None:
    """How many characters of a line that opens with a dateline the dateline takes, else None."""
    found = _dateline(line)
    return found[0] if found else None


def _byline_before(lines: list[str], kinds: list[str], i: int) -> bool:
    """A line of names alone ("Kim Hjelmgaard and Suha Husein") directly above a dateline."""
    nxt = next((j for j in range(i + 1, len(lines)) if lines[j].strip()), None)
    return (nxt is not None and not kinds[nxt] and len(lines[i].split()) <= 8
            and bool(patterns().names_only.match(lines[i].strip())) and _dateline(lines[nxt]) is not None)


def separate_story(text: str) -> Story:
    """The story text of an article and the furniture removed from it (see the module doc)."""
    lines = text.splitlines(keepends=True)
    kinds = _kinds([line.strip() for line in lines])
    story, removed, place, pos = [], [], "", 0
    opened = skip_blank = False
    for i, line in enumerate(lines):
        kind = kinds[i] or ("byline" if not opened and line.strip() and _byline_before(lines, kinds, i) else "")
        if kind:
            removed.append(Removed(kind=kind, text=line.strip(), at=pos))
            skip_blank = True
            continue
        if skip_blank and not line.strip():
            continue
        skip_blank = False
        if not opened and line.strip():
            opened = True
            if found := _dateline(line):
                cut, place = found
                removed.append(Removed(kind="dateline", text=line[:cut].strip(), at=pos))
                line = line[cut:]
        story.append(line)
        pos += len(line)
    story_text = without_name_cards("".join(story), removed)
    if not removed:
        return Story(text=text)
    return Story(text=story_text, removed=removed, dateline=place)


# A name followed by the same person's full name run into the headlines of stories about them,
# up to "MORE" (a hover card: "Donald Trump Donald John TrumpTop US diplomat suggested he could
# 'quit' over Ukraine dealings … MORE on Tuesday"): the first name stays, the card goes.
_NAME_CARD = re.compile(r"\b(?P<name>[A-Z][a-z]+)(?P<card> (?:(?:[A-Z][a-z]*\.?|\([A-Za-z]+\)) ){1,4}(?P=name)"
                        r"(?=[A-Z0-9'\"‘“])[^\n]{0,400}?\bMORE\b)")


def without_name_cards(text: str, removed: list[Removed]) -> str:
    """The text with its name cards taken out, each kept in ``removed`` as a link where it stood
    (and what was removed after it moved up by its length)."""
    cards = [(m.start("card"), m.end("card"), m["card"]) for m in _NAME_CARD.finditer(text)]
    if not cards:
        return text
    removed[:] = [replace(r, at=r.at - sum(e - b for b, e, _ in cards if e <= r.at)) for r in removed]
    out, last = [], 0
    for start, end, card in cards:
        out.append(text[last:start])
        removed.append(Removed(kind="link", text=card.strip(), at=sum(len(x) for x in out)))
        last = end
    return "".join(out) + text[last:]


def strip_furniture(item: Article | Rejected) -> Article | Rejected:
    """An article with its story text only (furniture kept in ``removed``, the dateline's place
    in ``dateline``); a Rejected when nothing but furniture is left. Rejected pass through."""
    if not isinstance(item, Article):
        return item
    story = separate_story(item.text)
    if not story.removed:
        return item
    if not story.text.strip():
        return Rejected(origin=item.origin, stage="read", doc_id=item.id,
                        reason=f"no story text: only page furniture ({', '.join(sorted({r.kind for r in story.removed}))})")
    return replace(item, text=story.text, removed=story.removed, dateline=story.dateline)
