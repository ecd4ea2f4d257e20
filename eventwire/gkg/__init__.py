"""eventwire.gkg: the per-article knowledge graph (a GDELT-GKG-style record).

    record = extract_gkg(article, doc, mentions)   # doc: spaCy Doc of article.text
    record.to_dict()                                # JSON-ready
    from eventwire.gkg.export import gkg_row        # one GDELT GKG 2.1 line

Lexicons live in eventwire/data/gkg/; nothing is loaded at import time.
"""
from .dates import date_of_clause
from .extract import extract_gkg, extract_gkg_text
from .places import action_location
from .records import Amount, DateMention, GkgRecord, Location, Name, Quotation, Theme, Tone

__all__ = ["extract_gkg", "extract_gkg_text", "date_of_clause", "action_location", "GkgRecord",
           "Quotation", "Amount", "DateMention", "Location", "Name", "Theme", "Tone"]
