"""eventwire's own scoring gives the project scorer's figures (the contract in score.py)."""
import json
import subprocess
import sys

from eventwire.evaluate import confusion, score, worst_sentences

GOLD = [
    {"id": "s1", "text": "Iran attacked Iraq.", "events": [
        {"plover": "ASSAULT", "cameo": None, "source": [{"text": "Iran", "country": "IRN"}],
         "target": [{"text": "Iraq", "country": "IRQ"}]}]},
    {"id": "s2", "text": "Russia and China signed an agreement.", "events": [
        {"plover": None, "cameo": "057", "source": [{"text": None, "country": "RUS"}],
         "target": [{"text": None, "country": "CHN"}]}]},
    {"id": "s3", "text": "The weather was fine.", "events": [], "no_event": True},
]
EVENTS = [
    {"DocId": "s1", "EventCode": "190", "Actor1CountryCode": "IRN", "Actor2CountryCode": "IRQ",
     "Actor1Text": "Iran", "Actor2Text": "Iraq"},
    {"DocId": "s2", "EventCode": "057", "Actor1CountryCode": "CHN", "Actor2CountryCode": "RUS",
     "Actor1Text": "China", "Actor2Text": "Russia"},
    {"DocId": "s3", "EventCode": "141", "Actor1CountryCode": "", "Actor2CountryCode": "",
     "Actor1Text": "", "Actor2Text": ""},
]


def test_figures_by_hand():
    s = score(GOLD, EVENTS)
    assert s["type"]["tp"] == 2 and s["type"]["sys"] == 3 and s["type"]["gold"] == 2
    assert s["dyad"]["tp"] == 1 and s["dyad"]["sys"] == 2          # CHN→RUS is the wrong direction
    assert s["cameo"]["tp"] == 1 and s["cameo"]["sys"] == 2        # s3 is a no-event CAMEO sentence
    assert s["pair"] == {"accuracy": 1.0, "macro_f1": 1.0, "n": 1, "none": 0}


def test_confusion_and_worst():
    assert confusion(GOLD, EVENTS)[("NONE", "PROTEST")] == 1
    assert [r["id"] for r in worst_sentences(GOLD, EVENTS)] == ["s3"]


def test_same_figures_as_the_project_scorer(shared, tmp_path):
    gold_path, events_path = tmp_path / "gold.jsonl", tmp_path / "events.jsonl"
    gold_path.write_text("".join(json.dumps(g) + "\n" for g in GOLD))
    events_path.write_text("".join(json.dumps(e) + "\n" for e in EVENTS))
    res = subprocess.run([sys.executable, str(shared / "eval" / "score.py"), str(gold_path), str(events_path),
                          "--json"], capture_output=True, text=True, check=True)
    theirs = json.loads(res.stdout)
    ours = score(GOLD, EVENTS)
    ours.pop("per_type_f1")
    assert ours == theirs
