from redactor.replace.pseudonyms import PseudonymTable, render_replacement


def test_numbering_by_first_appearance_per_type():
    table = PseudonymTable()
    assert table.assign("PERSON", "marta kowalczyk", "Marta Kowalczyk") == "[PERSON 1]"
    assert table.assign("PHONE", "601234567", "+48 601 234 567") == "[PHONE 1]"
    assert table.assign("PERSON", "anton bykov", "Anton Bykov") == "[PERSON 2]"
    assert table.assign("PERSON", "marta kowalczyk", "Kowalczyk") == "[PERSON 1]"


def test_label_is_used_and_does_not_consume_a_number():
    table = PseudonymTable()
    assert table.assign("PERSON", "source:A", "Łukasz", label="Source A") == "Source A"
    assert table.assign("PERSON", "x y", "X Y") == "[PERSON 1]"


def test_table_round_trips_through_json_and_continues_numbering():
    table = PseudonymTable()
    table.assign("PERSON", "a b", "A B")
    table.assign("MILITARY_UNIT", "unit 31135", "unit 31135")
    restored = PseudonymTable.from_json(table.to_json())
    assert restored.assign("PERSON", "a b", "A") == "[PERSON 1]"
    assert restored.assign("PERSON", "c d", "C D") == "[PERSON 2]"
    assert restored.assign("MILITARY_UNIT", "unit 31135", "") == "[UNIT 1]"


def test_styles():
    assert render_replacement("bars", "[PERSON 1]", "PERSON", "Anton", None) == "█████"
    assert render_replacement("tag", "[DATE 1]", "DATE", "February 22", lambda t, x: "in February") == "[DATE 1]"
    assert render_replacement("generalize", "[DATE 1]", "DATE", "February 22", lambda t, x: "in February") == "in February"
    # Nothing to generalise to: the tag.
    assert render_replacement("generalize", "[PERSON 1]", "PERSON", "Anton", lambda t, x: None) == "[PERSON 1]"
