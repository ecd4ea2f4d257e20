"""The CAMEO codebook table and the frame code maps are complete and consistent."""
from eventwire.coder.triggers import NO_EVENT, VerbLexicon
from eventwire.tables import codebook, plover_type


def test_all_twenty_roots_with_quad_class_and_goldstein():
    book = codebook()
    roots = {e.root for e in book.values()}
    assert roots == {f"{n:02d}" for n in range(1, 21)}
    assert book["190"].quad_class == 4 and book["190"].goldstein == -10.0
    assert book["057"].quad_class == 1 and book["057"].goldstein == 8.0
    assert book["0871"].name.startswith("Declare truce")


def test_plover_types_follow_the_2021_mapping():
    assert plover_type("163") == "COERCE"        # sanctions are coercion in PLOVER
    assert plover_type("080") == "CONCEDE"
    assert plover_type("0874") == "RETREAT"
    assert plover_type("020") == "REQUEST"
    assert plover_type("010") == ""               # statements carry no PLOVER type


def test_every_frame_result_is_a_cameo_code():
    lex = VerbLexicon.load()
    book = codebook()
    for frame, table in lex.frame_codes.items():
        for prefix, result in table.items():
            assert result in ("=", "-") or result in book, (frame, prefix, result)


def test_every_verb_entry_has_a_known_code():
    lex = VerbLexicon.load()
    book = codebook()
    patterns = [p for table in (lex.verbs, lex.nouns) for ps in table.values() for p in ps]
    assert len(patterns) > 300
    assert {p.code for p in patterns} <= set(book) | {NO_EVENT}     # ("-": a sense that names no event)
    assert {p.code[:2] for p in patterns} >= {f"{n:02d}" for n in range(2, 21)}


def test_frames_turn_actions_into_intents_appeals_threats():
    lex = VerbLexicon.load()
    assert lex.transform("intent", "061") == "0311"   # intent to cooperate economically
    assert lex.transform("intent", "190") == "138"    # intent to fight is a threat of force
    assert lex.transform("appeal", "046") == "026"    # appeal to negotiate
    assert lex.transform("demand", "0874") == "106"   # demand withdrawal
    assert lex.transform("refuse", "085") == "1244"   # refuse to ease sanctions
    assert lex.transform("refuse", "190") is None     # "refused to attack" is no event
