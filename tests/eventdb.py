"""A hand-made events database for the server and dashboard tests (no model needed)."""
import random

from eventwire.records import Actor, Article, ArticleResult, Event, Mention, Sentence
from eventwire.store import Store

ACTORS = ["RUSGOV", "RUSMIL", "UKRGOV", "UKR", "USA", "CHN", "IGOUNO", "TUR"]
CODES = ["036", "042", "057", "112", "130", "173", "190", "195"]
PLACES = [("Kyiv", "UKR", 50.45, 30.52), ("Moscow", "RUS", 55.75, 37.62), ("Ankara", "TUR", 39.93, 32.86), None]
XSS_TEXT = ('Russia attacked Ukraine <script>window.pwned = 1</script> near Kharkiv. '
            'Turkey condemned the raid <img src=x onerror="window.pwned = 2"> on Tuesday.')


class Place:
    def __init__(self, name, country, lat, lon):
        self.name, self.country, self.lat, self.lon = name, country, lat, lon


def actor(code: str) -> Actor:
    igo = code.startswith("IGO")
    return Actor(code, code, country="" if igo else code[:3], known_group="UNO" if igo else "")


def mention(text: str, at: int, code: str) -> Mention:
    return Mention(text, at, at + len(text), actor(code))


def random_article(rng: random.Random, n: int) -> ArticleResult:
    a1s = [rng.sample(ACTORS, 2) for _ in range(rng.randint(1, 5))]
    sentences_text = [f"{a} hit {b} at dawn number {i}." for i, (a, b) in enumerate(a1s)]
    text = " ".join(sentences_text)
    doc_id, date = f"doc{n:03d}", f"2024-{rng.randint(1, 6):02d}-{rng.randint(1, 28):02d}"
    events, sentences, at = [], [], 0
    for i, ((a, b), s) in enumerate(zip(a1s, sentences_text)):
        sent = Sentence(doc_id, i, s, at, at + len(s))
        e = Event(doc_id, sent, rng.choice(CODES), mention(a, at, a), mention(b, at + len(a) + 5, b), "hit",
                  date=date, confidence=rng.choice([0.1, 0.5, 0.9]), mode=rng.choice(["", "", "", "negated"]))
        place = rng.choice(PLACES)
        e.location = Place(*place) if place else None
        events.append(e)
        sentences.append(sent)
        at += len(s) + 1
    return ArticleResult(article=Article(id=doc_id, text=text, date=date, title=f"Story {n}",
                                         source=f"src{n % 4}"), sentences=sentences, events=events)


def xss_article() -> ArticleResult:
    """An article whose text carries markup: it must show as text, never run."""
    text = XSS_TEXT
    first_end = text.index("Kharkiv.") + len("Kharkiv.")
    s1 = Sentence("xss", 0, text[:first_end], 0, first_end)
    s2 = Sentence("xss", 1, text[first_end + 1:], first_end + 1, len(text))
    turkey = text.index("Turkey")
    e1 = Event("xss", s1, "190", mention("Russia", 0, "RUS"), mention("Ukraine", 16, "UKR"), "attacked",
               date="2024-03-05", confidence=0.9)
    e2 = Event("xss", s2, "111", mention("Turkey", turkey, "TUR"), None, "condemned", date="2024-03-05",
               confidence=0.8)
    return ArticleResult(article=Article(id="xss", text=text, date="2024-03-05",
                                         title='<b onmouseover="window.pwned = 3">Raid</b>'),
                         sentences=[s1, s2], events=[e1, e2])


def build(path: str, articles: int = 80, seed: int = 3) -> str:
    rng = random.Random(seed)
    with Store(path) as store:
        for n in range(articles):
            store.add_result(random_article(rng, n))
        store.add_result(xss_article())
    return path
