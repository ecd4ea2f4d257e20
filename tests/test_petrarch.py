"""PETRARCH/TABARI dictionaries as shipped: actors, agents, the CAMEO verb dictionary; errors as file:line."""
import pytest
from typer.testing import CliRunner

from eventwire.coder.actors import ActorLexicon
from eventwire.cli import app
from eventwire.dictionaries import DictionaryError, check_dictionary_kinds, read_verb_dictionaries
from eventwire.petrarch import (DictionaryFormatError, content_lines, read_actors, read_agents, read_verbs,
                                sniff, year)

ACTORS = """<!-- PETRARCH VALIDATION SUITE ACTORS DICTIONARY -->
<!-- a comment
     over two lines -->
# a hash comment
LEVON_TER_PETROSYAN_  # CountryInfo.txt
\t[ARMELI 630101-900804]
\t[ARMGOV 900804 - 980203]
\t[ARMELI]
ARMENIA_
+ARMENIAN_
\t[USRARM <900823]
\t[ARM >911221]
JAVIER_DE_CUELLAR_\t[IGOUNO 19820101-19911231] [ELI]# IGOrulers.txt
U.N._
JEAN_MARIE_GUEHENNO_\t[IGOUNO 000101-080801] [---]
"""


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def entry(lex, phrase, year=0):
    words = phrase.split()
    return lex.lookup([w.lower() for w in words], words, year)


def test_comments_of_every_kind_are_skipped(tmp_path):
    path = write(tmp_path, "a.txt", "<!-- one -->\nKEEP # not this\n<!-- two\nthree -->AFTER\n\n")
    assert list(content_lines(path)) == [(2, "KEEP"), (4, "AFTER")]


def test_actor_codes_on_indented_lines_with_spaced_and_open_date_ranges(tmp_path):
    actors = {a.name: a for a in read_actors(write(tmp_path, "actors.txt", ACTORS))}
    petrosyan = actors["Levon Ter Petrosyan"]
    # the undated default comes first, so that a loader letting later roles win prefers dated ones
    assert [(r.code, r.start, r.end) for r in petrosyan.roles] == \
        [("ARMELI", 0, 9999), ("ARMELI", 1963, 1990), ("ARMGOV", 1990, 1998)]
    assert [(r.code, r.start, r.end) for r in actors["Armenia"].roles] == [("USRARM", 0, 1990), ("ARM", 1991, 9999)]
    assert actors["Armenia"].aliases == ["Armenian"]
    assert [(r.code, r.start, r.end) for r in actors["Javier De Cuellar"].roles] == \
        [("ELI", 0, 9999), ("IGOUNO", 1982, 1991)]                   # 8-digit dates, two codes on one line
    assert actors["U.N."].roles == []                                # a name without a code names no actor
    assert [r.code for r in actors["Jean Marie Guehenno"].roles] == ["IGOUNO"]   # [---] is the null code


def test_dated_roles_win_in_their_years_and_the_default_elsewhere(tmp_path):
    lex = ActorLexicon.load((str(write(tmp_path, "actors.txt", ACTORS)),))
    assert entry(lex, "Levon Ter Petrosyan", 1995).role == "GOV"
    assert entry(lex, "Levon Ter Petrosyan", 2005).role == "ELI"


def test_petrarch_dates():
    assert (year("450703"), year("300101"), year("19950601"), year("201005011")) == (1945, 2030, 1995, 2010)
    assert (year("9008223"), year("2004017")) == (1990, 2004)       # 7-digit typos of the shipped files
    with pytest.raises(ValueError):
        year("95-06")


def test_agents_with_substitution_sets_plurals_and_code_positions(tmp_path):
    path = write(tmp_path, "agents.txt", "!PERSON! = MAN, WOMAN\n"
                                         "BUSINESS!PERSON! [~BUS]\n"
                                         "LAWMAN {LAWMEN} [~COP]\n"
                                         "POLICE {} [~COP] # no plural\n"
                                         "FARMER [~AGR]\n"
                                         "HUMAN_RIGHTS_BODY  [NGO~]\n"
                                         "DEPARMENT_OF_ENVIRONMENT [~ENV}\n"
                                         "ISLAMIC_EXTREMIST\n")
    agents = {a.phrase: a for a in read_agents(path)}
    assert {"businessman", "businesswoman", "lawman", "lawmen", "police", "farmer", "farmers"} <= set(agents)
    assert "polices" not in agents and "businessmans" not in agents
    assert (agents["human rights body"].role, agents["human rights body"].before) == ("NGO", True)
    assert (agents["farmer"].role, agents["farmer"].before) == ("AGR", False)
    assert agents["deparment of environment"].role == "ENV"          # "[~ENV}" as shipped
    assert "islamic extremist" not in agents                         # no code: PETRARCH's null code
    assert sniff(path) == "agents"


VERBS = """&CURRENCY
+DOLLAR
+CASH_
&AUXVERB_
+WAS

####### VERB PATTERNS #######

---  ACCELERATE   [---]  ---
HURRY {HURRIES HURRYING HURRIED }
+CALL_OFF [160]
WIRE_+TAP {WIRE_+TAPS WIRE_+TAPPED}
- * (TO)                                   [042:043]     # RUSH
- * {RELIEF &CURRENCY}                     [073]
- &UNDEFINED *                             [154]
- * BLOCKED                                [---]

---  OFFEND   [:110]  ---
APPALL
- * (TO CORE)                              [012]
~ a (a b ATTACK) SAY = a b 015
"""


def test_verb_dictionary_into_typed_records(tmp_path):
    path = write(tmp_path, "verbs.txt", VERBS)
    assert sniff(path) == "verbs"
    book = read_verbs(path)
    assert book.synsets["&CURRENCY"].phrases == ("dollar", "dollars", "cash")   # CASH_: no plural
    assert book.synsets["&AUXVERB"].phrases == ("was",)                           # label_: no plurals
    accelerate, offend = book.blocks
    assert [(v.lemma, v.head, v.code) for v in accelerate.verbs] == \
        [("hurry", "hurry", ""), ("call off", "call", "160"), ("wire tap", "tap", "")]
    assert accelerate.verbs[0].forms == ("hurries", "hurrying", "hurried")
    to, relief, blocked = accelerate.patterns
    assert (to.pattern, to.after, to.code, to.reverse_code) == ("* (to)", ("to",), "042", "043")
    assert (relief.after, relief.code, relief.verb_set) == (("relief", "&CURRENCY"), "073", "accelerate")
    assert blocked.code == "" and len(book.ignored) == 1 and ":15:" in book.ignored[0]
    assert (offend.verbs[0].code, offend.verbs[0].reverse_code) == ("", "110")
    assert book.transformations == 1


def test_verb_triggers_of_a_user_dictionary(tmp_path):
    triggers = read_verb_dictionaries((str(write(tmp_path, "verbs.txt", VERBS)),))
    rows = {(t.lemma, t.pattern): (t.code, t.reverse_code, t.verb_set) for t in triggers}
    assert rows[("call off", "*")] == ("160", "", "accelerate")
    assert rows[("wire tap", "* (to)")] == ("042", "043", "accelerate")
    assert rows[("appall", "*")] == ("", "110", "offend")
    assert ("hurry", "*") not in rows and ("hurry", "* blocked") not in rows    # null codes code nothing


def test_every_unreadable_line_is_named_in_one_error(tmp_path):
    path = write(tmp_path, "bad.txt", "+ALIAS_FIRST\nGOOD_NAME [USAGOV]\nBAD_DATE [USAGOV 95-06]\n"
                                      "BAD_CODE [usa gov]\nOPEN [USAGOV\n")
    with pytest.raises(DictionaryFormatError) as err:
        read_actors(path)
    message = str(err.value)
    assert "4 unreadable line(s)" in message
    for n in (1, 3, 4, 5):
        assert f"bad.txt:{n}:" in message
    assert "bad.txt:2:" not in message
    verbs = write(tmp_path, "verbs.txt", "---  ADD   [---]  ---\nADD\n- * SANCTIONS\n- * (TO LIST) [1x2]\n")
    with pytest.raises(DictionaryFormatError, match=r"(?s)verbs.txt:3:.*verbs.txt:4:"):
        read_verbs(verbs)


def test_dictionaries_given_for_the_wrong_option_are_refused(tmp_path):
    verbs = write(tmp_path, "verbs.txt", VERBS)
    actors = write(tmp_path, "actors.txt", ACTORS)
    with pytest.raises(DictionaryError, match="verb dictionary; give it with --verbs"):
        check_dictionary_kinds((str(verbs),), ())
    with pytest.raises(DictionaryError, match="--agents expects"):
        check_dictionary_kinds((), (str(actors),))
    with pytest.raises(DictionaryError, match="--verbs expects"):
        read_verb_dictionaries((str(actors),))


def test_cli_reports_a_bad_dictionary_without_a_traceback(tmp_path):
    bad = write(tmp_path, "bad.txt", "NAME [USAGOV 95-06]\n")
    text = write(tmp_path, "a.txt", "Iran threatened Israel.")
    result = CliRunner().invoke(app, ["code", str(text), "--actors", str(bad)])
    assert result.exit_code == 2
    assert "bad.txt:1:" in result.output and "Traceback" not in result.output
    assert not isinstance(result.exception, DictionaryError)


SHIPPED = ["Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"]


def test_the_shipped_phoenix_dictionaries_load_without_errors(shared):
    folder = shared / "reference" / "petrarch2"
    if not folder.is_dir():
        pytest.skip("PETRARCH2 dictionaries not in ../shared/reference")
    actors = {a.name: a for name in SHIPPED for a in read_actors(folder / name)}
    assert len(actors) > 20000
    ban = actors["Secretary-General Ban Ki-Moon"]
    assert "Ban Ki-Moon" in ban.aliases and ("IGOUNO", 2007, 9999) in [(r.code, r.start, r.end) for r in ban.roles]
    agents = {a.phrase: a.role for a in read_agents(folder / "Phoenix.agents.txt")}
    assert agents["police"] == "COP" and agents["businessman"] == "BUS"
    book = read_verbs(folder / "CAMEO.2.0.txt")
    assert len(book.blocks) > 300 and len(book.patterns) > 4000 and len(book.synsets) > 30
    assert {sniff(folder / n) for n in SHIPPED} == {"actors"} and sniff(folder / "CAMEO.2.0.txt") == "verbs"


def build_script():
    import importlib.util
    import sys
    from pathlib import Path
    path = Path(__file__).resolve().parents[1] / "scripts" / "build_dictionaries.py"
    spec = importlib.util.spec_from_file_location("build_dictionaries", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module                        # (dataclasses look their module up)
    spec.loader.exec_module(module)
    return module


def test_build_rules_keep_names_and_leave_out_noise():
    from eventwire.petrarch import ActorEntry, ActorRole
    b = build_script()
    vocab = b.Vocabulary(common={"security", "forces", "the", "liberation", "front"}, roles={"president", "king"},
                         sectors={"GOV", "MIL", "REB", "ELI"}, countries={"USA", "PSE", "IGO"})
    assert b.keeps("Hamas", "group", vocab) and b.keeps("Animal Liberation Front", "group", vocab)
    assert not b.keeps("Security Forces", "group", vocab)            # only common words: a description
    assert not b.keeps("Ufo", "group", vocab)                        # one word under four letters
    assert not b.keeps("President Bush", "person", vocab) and b.keeps("George Bush", "person", vocab)
    assert b.forms_of("Animal Liberation Front (Alf)") == ["Animal Liberation Front", "Alf"]
    assert b.brief(ActorRole("IGOEUREEC", 1986, 1986)) and not b.brief(ActorRole("USAGOV", 1989, 1993))
    gaza = ActorEntry("Gaza", [ActorRole("PSEGZA")])
    police = ActorEntry("Afghan National Police", [ActorRole("AFGCOP")])
    army = ActorEntry("Afghan National Army", [ActorRole("AFGMIL")])
    assert b.is_place(gaza, "group", vocab) and b.is_place(police, "group", vocab)   # COP not in these sectors
    assert not b.is_place(army, "group", vocab)
    assert b.kind_of(ActorEntry("Kofi Annan", [ActorRole("ELI"), ActorRole("IGOUNO", 1997, 2006)]),
                     "Phoenix.International.actors.txt") == "person"
    assert b.kind_of(ActorEntry("Red Cross", [ActorRole("NGOHLHIRC")]), "Phoenix.International.actors.txt") == "igo"


def test_build_takes_office_holders_to_2014_and_defers_to_the_hand_kept_list(tmp_path):
    b = build_script()
    (tmp_path / "Phoenix.Countries.actors.txt").write_text(
        "JOE_BIDEN_\n+VICE_PRESIDENT_BIDEN_\n\t[USAELI 600101-000101]\n\t[USAGOV >090120]\n\t[USAELI]\n"
        "BARACK_OBAMA_\n+MR._OBAMA_\n\t[USAGOV >090120]\n\t[USAELI]\n", encoding="utf-8")
    for name in b.ACTOR_FILES[1:]:
        (tmp_path / name).write_text("", encoding="utf-8")
    vocab = b.Vocabulary(common=set(), roles={"president", "vice"}, sectors={"GOV", "ELI"}, countries={"USA"},
                         known={"barack obama": [["Barack Obama", "USAGOV", "2009", "2017"]]})
    rows = b.actor_rows(tmp_path, vocab, {"person"})
    # a post open when the files were revised ends then; the list's own people keep its posts
    assert ("Joe Biden", "USAGOV", "2009", "2014", "person", "") in rows
    assert ("Mr. Obama", "USAGOV", "2009", "2017", "person", "Barack Obama") in rows
    assert not any(r[0] == "Barack Obama" for r in rows)
