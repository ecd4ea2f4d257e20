"""Story text only: captions, credits, bylines, datelines, links, slideshow labels and newsletter
boxes are taken out of articles, kept beside them, and never coded."""
import json

import duckdb
import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.furniture import kind_of_line, separate_story, strip_furniture
from eventwire.records import Article, Rejected, Removed

PAGE = (
    "By Jane Doe, Example News\n\n"
    "RAMALLAH, West Bank — An Israeli military court indicted Ahed Tamimi on Monday.\n\n"
    "Ahed Tamimi at the military court in Ofer. Melina Mara/The Washington Post\n\n"
    "Melina Mara/The Washington Post\n\n"
    "EPA Despot Kim Jong-un threatened to 'sink' Japan\n\n"
    "Read more: North Korea fires missile over Japan\n\n"
    "Related\n\n"
    "North Korea tests another rocket\n"
    "Japan protests to Pyongyang\n\n"
    "Wed, November 30, 2016\n\n"
    "1 of 12\n\n"
    "Sign up for our daily newsletter to get the news in your inbox.\n\n"
    "The court will decide on bail next week.\n"
)
STORY = "An Israeli military court indicted Ahed Tamimi on Monday.\n\nThe court will decide on bail next week.\n"


def test_story_and_removed_parts():
    story = separate_story(PAGE)
    assert story.text == STORY
    assert story.dateline == "Ramallah, West Bank"
    assert [(r.kind, r.text, r.at) for r in story.removed] == [
        ("byline", "By Jane Doe, Example News", 0),
        ("dateline", "RAMALLAH, West Bank —", 0),
        ("caption", "Ahed Tamimi at the military court in Ofer. Melina Mara/The Washington Post", 59),
        ("credit", "Melina Mara/The Washington Post", 59),
        ("caption", "EPA Despot Kim Jong-un threatened to 'sink' Japan", 59),
        ("link", "Read more: North Korea fires missile over Japan", 59),
        ("link", "Related", 59),
        ("link", "North Korea tests another rocket", 59),
        ("link", "Japan protests to Pyongyang", 59),
        ("slideshow", "Wed, November 30, 2016", 59),
        ("slideshow", "1 of 12", 59),
        ("newsletter", "Sign up for our daily newsletter to get the news in your inbox.", 59),
    ]


@pytest.mark.parametrize("line, kind", [
    ("Getty Images", "credit"),
    ("EPA", "credit"),
    ("Photograph: Joshua Lott/Getty Images", "credit"),
    ("Contributing: The Associated Press", "credit"),
    ("Facebook Twitter Pinterest Sanders greets the crowd in Des Moines. Photograph: Joshua Lott/Getty Images",
     "caption"),
    ("Protesters gather outside the White House on Feb. 24. Andrew Harnik/AP", "caption"),
    ("President Trump speaks in the Oval Office on Oct. 19, 2017. (Photo: Evan Vucci, AP)", "caption"),
    ("Trump and Clinton share Delaware tax 'loophole' address with 285,000 firms Read more", "link"),
    ("Related Coverage Pompeo says he did not write the column", "link"),
    ("WATCH: The president's full speech", "link"),
    ("See also: Iran's nuclear programme explained", "link"),
    ("Photos: Terror attacks in Brussels An injured woman leaves the airport. Hide Caption 1 of 36", "slideshow"),
    ("By Kevin Liptak, CNN", "byline"),
    ("Subscribe to The Week Escape your echo chamber.", "newsletter"),
    ("— Hu Xijin 胡锡进 (@HuXijin_GT) August 24, 2019", "embed"),
    ("We have nothing more to lose. — Hu Xijin 胡锡进 (@HuXijin_GT) August 24, 2019", "embed"),
    ("Iran rejected the offer — a senior official (@official) said on Monday.", ""),
    # story text stays
    ("EPA Administrator Scott Pruitt said on Monday that the agency would act.", ""),
    ("By Friday, the message had changed.", ""),
    ("By March 2013, the Army got a blunt warning from the Pentagon.", ""),
    ("The dollar fell 0.2% against the euro. EUR/USD", ""),
    ("George W. Bush set up a programme to fight HIV/AIDS.", ""),
    ("Israel won 59 of 120 seats in the vote.", ""),
    ("Related talks between the two sides resumed on Monday.", ""),
    ("Getty Images was sold to a new owner on Monday.", ""),
])
def test_kind_of_line(line, kind):
    assert kind_of_line(line) == kind


@pytest.mark.parametrize("text, story, dateline, cut", [
    ("WASHINGTON (Reuters) - The U.S. Senate passed the bill.", "The U.S. Senate passed the bill.", "Washington",
     "WASHINGTON (Reuters) -"),
    ("(CNN) Vermont Sen. Bernie Sanders ended his bid.", "Vermont Sen. Bernie Sanders ended his bid.", "", "(CNN)"),
    ("SAN FRANCISCO (AP) — Hackers attacked five banks.", "Hackers attacked five banks.", "San Francisco",
     "SAN FRANCISCO (AP) —"),
    ("Monday, August 3, 2020 On Thursday, the opposition held a rally.", "On Thursday, the opposition held a rally.",
     "", "Monday, August 3, 2020"),
    # places in title case before an agency's name (CNN's style), the first of several
    ("Washington (CNN) Harold A. Schaitberger spoke with Biden.", "Harold A. Schaitberger spoke with Biden.",
     "Washington", "Washington (CNN)"),
    ("Hong Kong/Beijing/Taipei (CNN) US House Speaker Nancy Pelosi landed in Taiwan.",
     "US House Speaker Nancy Pelosi landed in Taiwan.", "Hong Kong", "Hong Kong/Beijing/Taipei (CNN)"),
    ("Lake Buena Vista, Florida (CNN) - In a speech, he spoke.", "In a speech, he spoke.", "Lake Buena Vista, Florida",
     "Lake Buena Vista, Florida (CNN) -"),
])
def test_datelines(text, story, dateline, cut):
    found = separate_story(text)
    assert (found.text, found.dateline, [r.text for r in found.removed]) == (story, dateline, [cut])


def test_a_dateline_only_opens_the_story():
    text = "Talks resumed on Monday.\n\nLONDON — Britain expelled two diplomats.\n"
    assert separate_story(text).text == text


def test_names_alone_above_a_dateline_are_a_byline():
    found = separate_story("Kim Hjelmgaard and Suha Husein\n\nRAMALLAH, West Bank − Farhat waits for news.\n")
    assert found.text == "Farhat waits for news.\n"
    assert [r.kind for r in found.removed] == ["byline", "dateline"]


def test_text_without_furniture_is_unchanged():
    text = "Iran threatened to attack Israel on Monday.\n\nNATO - the alliance - met in Brussels.\n"
    found = separate_story(text)
    assert found.text is text and found.removed == [] and found.dateline == ""


def test_an_article_of_furniture_only_is_rejected():
    item = strip_furniture(Article(id="x", text="Getty Images\n\nRead more: Iran talks\n", origin="f.txt"))
    assert isinstance(item, Rejected)
    assert item.origin == "f.txt" and item.reason == "no story text: only page furniture (credit, link)"


def test_strip_furniture_keeps_removed_parts_on_the_article():
    item = strip_furniture(Article(id="a", text=PAGE))
    assert item.text == STORY and item.dateline == "Ramallah, West Bank"
    assert item.removed[0] == Removed(kind="byline", text="By Jane Doe, Example News", at=0)


@pytest.fixture
def page_file(tmp_path):
    path = tmp_path / "page.jsonl"
    path.write_text(json.dumps({"id": "ramallah", "date": "2018-01-03", "text": PAGE}) + "\n", encoding="utf-8")
    return path


def test_extract_shows_what_was_removed(page_file):
    res = CliRunner().invoke(app, ["extract", str(page_file)])
    assert res.exit_code == 0, res.output
    row = json.loads(res.output)
    assert row["text"] == STORY and row["dateline"] == "Ramallah, West Bank"
    assert [r["kind"] for r in row["removed"]] == ["byline", "dateline", "caption", "credit", "caption", "link",
                                                   "link", "link", "link", "slideshow", "slideshow", "newsletter"]


@pytest.mark.model
def test_only_the_story_is_coded_and_stored(page_file, tmp_path, nlp):
    db = tmp_path / "news.duckdb"
    res = CliRunner().invoke(app, ["ingest", str(page_file), "--db", str(db)])
    assert res.exit_code == 0, res.output
    con = duckdb.connect(str(db))
    text, dateline, removed = con.execute("SELECT text, dateline, removed FROM articles").fetchone()
    assert (text, dateline, len(json.loads(removed))) == (STORY, "Ramallah, West Bank", 12)
    events = con.execute("""SELECT Actor1Code, EventCode, SQLDATE, DateGranularity, ActionGeo_FullName,
                                   SentenceText, SentenceStart, SentenceEnd FROM events""").fetchall()
    assert [e[:6] for e in events] == [("ISRMIL", "112", 20180101, "day", "Ramallah",
                                        "An Israeli military court indicted Ahed Tamimi on Monday.")]
    assert all(text[e[6]:e[7]] == e[5] for e in events)   # offsets point into the stored text


def test_agency_file_photo_captions_are_furniture():
    assert kind_of_line("FILE PHOTO: Detainees sleep in a holding cell at a U.S. Customs facility in Tucson, "
                        "Arizona, U.S., June 10, 2014.") == "caption"
    assert kind_of_line("FILE - In this Jan. 5, 2018 file photo, President Trump speaks at Camp David.") == "caption"
    assert kind_of_line("File photos show the damage the storm did to the coast.") == ""


def test_story_highlights_are_a_teaser_list_not_story_text():
    # CNN restates its story in short lines under "Story highlights": coded, they would count its events twice
    text = ("Story highlights Democrats say bill would ensure that women do not face pay discrimination\n\n"
            "Republicans counter that it would reward trial lawyers\n\n"
            "Sponsor vows to bring measure back until it passes\n\n"
            "An election-year Democratic measure was blocked Tuesday by Republicans.\n\nThe vote was 52-40.")
    story = separate_story(text)
    assert story.text.startswith("An election-year Democratic measure") and story.text.endswith("52-40.")
    assert [r.kind for r in story.removed] == ["link", "link", "link"]


def test_video_teasers_are_furniture():
    text = ("Women earn 77 cents on the dollar.\n\n"
            "JUST WATCHED A gridlocked Congress Replay More Videos ... MUST WATCH A gridlocked Congress 04:20\n\n"
            "Republicans argued that they oppose pay discrimination.")
    story = separate_story(text)
    assert story.text == "Women earn 77 cents on the dollar.\n\nRepublicans argued that they oppose pay discrimination."


def test_a_name_card_run_into_a_sentence_is_furniture():
    # The Hill's hover cards: the person's full name run into headlines about them, up to "MORE"
    text = ("Sen. Bernie Sanders Bernie Sanders2020 Democrats push for gun control action at forum Sanders uses "
            "health scare to promote 'Medicare for All' MORE (Vt.) has an extraordinary plan.\n\nHe spoke.")
    story = separate_story(text)
    assert story.text == "Sen. Bernie Sanders (Vt.) has an extraordinary plan.\n\nHe spoke."
    assert [(r.kind, r.at) for r in story.removed] == [("link", len("Sen. Bernie Sanders"))]
    # a name said twice in a sentence is no card
    plain = "Trump met Kim. Donald Trump said Trump would win MORE votes."
    assert separate_story(plain).text == plain
