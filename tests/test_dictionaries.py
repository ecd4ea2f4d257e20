"""User actor dictionaries (YAML/CSV), PETRARCH/TABARI imports and the corpus actor memory."""
import pytest

from eventwire.coder.actors import ActorLexicon
from eventwire.dictionaries import DictionaryError
from eventwire.memory import ActorMemory
from eventwire.petrarch import DictionaryFormatError, read_actors, read_agents


def entry(lex, phrase, year=0):
    words = phrase.split()
    return lex.lookup([w.lower() for w in words], words, year)


def test_yaml_dictionary_overrides_with_time_bounded_roles(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text("- {name: Kaja Kallas, code: ESTGOV, from: 2021, to: 2024, aliases: Kallas}\n"
                    "- {name: Kaja Kallas, code: IGOEU, from: 2024}\n"
                    "- {name: Vladimir Putin, code: RUSELI}\n", encoding="utf-8")
    lex = ActorLexicon.load((str(path),))
    assert entry(lex, "Kaja Kallas", 2022).country == "EST"
    assert entry(lex, "Kaja Kallas", 2025).group == "IGOEU"
    assert entry(lex, "Vladimir Putin").role == "ELI"             # the user's code beats the built-in


def test_csv_dictionary_and_its_errors(tmp_path):
    good = tmp_path / "actors.csv"
    good.write_text("name,code,aliases\nRapid Support Forces,SDNREB,RSF\n", encoding="utf-8")
    lex = ActorLexicon.load((str(good),))
    assert entry(lex, "Rapid Support Forces").country == "SDN" and entry(lex, "Rapid Support Forces").role == "REB"
    bad = tmp_path / "bad.csv"
    bad.write_text("name,code\nNobody,\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match="bad.csv:2"):
        ActorLexicon.load((str(bad),))


def test_petrarch_actor_dictionary(tmp_path):
    path = tmp_path / "actors.txt"
    path.write_text("# a PETRARCH-style actors dictionary\n"
                    "ABDEL_FATTAH_AL-SISI_ [EGYMIL 130703-140608] [EGYGOV >140608]\n"
                    "+SISI_\n"
                    "+EL-SISI\n"
                    "KOFI_ANNAN [IGOUNO 970101-061231]\n", encoding="utf-8")
    actors = list(read_actors(path))
    assert actors[0].name == "Abdel Fattah Al-Sisi" and actors[0].aliases == ["Sisi", "El-Sisi"]
    assert [(r.code, r.start, r.end) for r in actors[0].roles] == [("EGYMIL", 2013, 2014), ("EGYGOV", 2014, 9999)]
    lex = ActorLexicon.load((str(path),))
    assert entry(lex, "Sisi", 2013).role == "MIL" and entry(lex, "Sisi", 2020).role == "GOV"
    broken = tmp_path / "broken.txt"
    broken.write_text("+ALIAS_FIRST\n", encoding="utf-8")
    with pytest.raises(DictionaryFormatError, match="broken.txt:1"):
        list(read_actors(broken))


def test_petrarch_agents_dictionary(shared):
    agents = {a.phrase: a.role for a in read_agents(shared / "reference" / "cameo-agents.txt")}
    assert agents["demonstrator"] == "CVLOPP"
    assert agents["businessman"] == "BUS"          # BUSINESS!PERSON! expanded
    assert agents["lawmen"] == "COP"               # {LAWMEN} plural form
    lex = ActorLexicon.load((str(shared / "reference" / "cameo-agents.txt"),))
    assert entry(lex, "sharecropper").role == "AGR"


def test_actor_memory_recalls_full_names_and_unambiguous_surnames():
    memory = ActorMemory()
    memory.remember("Sergey Lavrov", "RUSGOV", "2023-07-10")
    memory.remember("Sergey Lavrov", "RUSGOV", "2023-09-01")
    memory.remember("Lavrov", "RUSGOV")                         # a bare surname is not remembered
    r = memory.recall("Lavrov", "2024-01-01")
    assert (r.name, r.code, r.first_seen, r.last_seen, r.mentions) == \
        ("Sergey Lavrov", "RUSGOV", "2023-07-10", "2023-09-01", 2)
    memory.remember("Maria Lavrov", "RUSBUS", "2023-08-01")
    assert memory.recall("Lavrov") is None                      # two Lavrovs: no guess
    assert memory.recall("Maria Lavrov").code == "RUSBUS"


def test_phoenix_entries_stand_behind_the_project_tables_and_the_users():
    from eventwire.dictionaries import PhoenixActor, PhoenixAgent, add_phoenix_actors
    lex = ActorLexicon.load()
    add_phoenix_actors(lex, [PhoenixActor("Sergey Lavrov", "RUSELI", 0, 9999, "person", "Sergey Lavrov"),
                             PhoenixActor("Zorblat Quennit", "ARMGOV", 1990, 1998, "person", "Zorblat Quennit"),
                             PhoenixActor("Quennit Relief Fund", "NGOHLH", 0, 9999, "igo", "Quennit Relief Fund")],
                       [PhoenixAgent("zorblatist", "REB")])
    assert entry(lex, "Sergey Lavrov", 2020).role == "GOV"          # the hand-kept list wins
    assert entry(lex, "Sergey Lavrov", 1999).role == "ELI"          # Phoenix fills where it has nothing
    assert entry(lex, "Zorblat Quennit", 1995).country == "ARM"
    # out of its years the person keeps the country: after them an elite, before them no role yet
    assert (entry(lex, "Zorblat Quennit", 2005).country, entry(lex, "Zorblat Quennit", 2005).role) == ("ARM", "ELI")
    assert (entry(lex, "Zorblat Quennit", 1985).country, entry(lex, "Zorblat Quennit", 1985).role) == ("ARM", "")
    assert entry(lex, "Quennit Relief Fund").group == "NGOHLH"
    assert entry(lex, "zorblatist").role == "REB"
    assert lex.longest_from("quennit") == 3                         # the phrase index knows the new phrases


def test_built_phoenix_tables_load_as_typed_records():
    from eventwire.dictionaries import read_phoenix_actors, read_verb_triggers, synonym_sets
    triggers = read_verb_triggers()
    if not triggers:
        pytest.skip("eventwire/data/phoenix/ not built")
    assert all(t.code or t.reverse_code for t in triggers)
    assert all(c == "" or (c.isdigit() and 2 <= len(c) <= 4) for t in triggers for c in (t.code, t.reverse_code))
    by_key = {(t.lemma, t.pattern): t for t in triggers}
    rush = by_key[("rush", "* (to border)")]
    assert (rush.code, rush.verb_set, rush.after) == ("154", "accelerate", ("to", "border"))
    sets = synonym_sets()
    labels = {w for t in triggers for w in t.before + t.after if w.startswith("&")}
    assert labels <= set(sets)                                      # every synonym set a pattern uses is there
    actors = read_phoenix_actors()
    assert {a.kind for a in actors} <= {"person", "group", "igo"}
    assert not [a for a in actors if len(a.phrase.split()) == 1 and len(a.phrase) < 4]
