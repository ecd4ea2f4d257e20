"""Language identification of articles with py3langid (its model ships in the package).

Only the first ``SAMPLE_CHARS`` characters are classified: a news lede is
plenty to tell languages apart, and it keeps the cost flat for long articles
(about 0.7 ms per article once the model is loaded). The sample is lower-cased:
all-capital wire copy (old Reuters stories) otherwise comes out as Lingala or
Nigerian Pidgin, and case carries little language signal.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from .records import Article

SAMPLE_CHARS = 2000
MIN_LETTERS = 10          # below this there is too little text to say anything
MIN_PROBABILITY = 0.5     # a weaker guess (short headlines, lists of names) is "unknown", not a language
NO_LANGUAGE = ("", 0.0)

# py3langid labels without an ISO 639-1 code of their own, folded into the
# macrolanguage that has one; "zxx" means "no linguistic content".
ALIASES = {"arz": "ar", "ary": "ar", "yue": "zh", "wuu": "zh", "uzs": "uz", "gug": "gn",
           "fuv": "ff", "zxx": ""}


@lru_cache(maxsize=1)
def identifier() -> Any:
    """The py3langid model with normalised probabilities, loaded once on first use."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[str, float]:
    """(ISO 639-1 code, probability) of the text's language; ("", 0.0) when it has too few letters."""
    sample = text[:SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
        return NO_LANGUAGE
    code, prob = identifier().classify(sample.lower())
    code = ALIASES.get(code, code)
    return (code, float(prob)) if code and prob >= MIN_PROBABILITY else NO_LANGUAGE


def mark_language(article: Article, overwrite: bool = False) -> Article:
    """Set ``article.lang`` from its title and text, unless the source already declared one."""
    if article.lang and not overwrite:
        return article
    code, _ = detect_language(f"{article.title}\n{article.text}" if article.title else article.text)
    article.lang = code
    return article
