"""A name joined to the father's name is one person's span (round 29).

"I'm Suresh s/o Rajendran", "muthukumar a/l rajendran", "Erlan Almazbek uulu": the model takes
one of the names alone (or the name without the Turkic patronymic word after it), and the other
half, the father's name, still tells who the person is.  The connectors are the name lexicon's
(Malaysian and Singaporean "s/o", "d/o", "a/l", "a/p", "bin", "binti"; Iban "anak"; Arabic "ibn",
"bint").  Not a word before "bin" without a capital ("the bin"), not a function word after a
connector."""

from __future__ import annotations

from tests.scan_helpers import found_in_file, found_in_named_file, people


def test_a_name_joined_to_the_fathers_is_one_span(redactor_default, tmp_path):
    text = ("Source: Then in August my brother-in-law, Erlan Almazbek uulu, was stopped by the traffic police.\n"
            "Source: I'm Suresh s/o Rajendran. Remote pilot and imaging analyst.\n"
            "Source: My father Rajendran s/o Muthusamy is a taxi uncle.\n")
    found = people(found_in_file(redactor_default, tmp_path, text))
    for name in ("Erlan Almazbek uulu", "Suresh s/o Rajendran", "Rajendran s/o Muthusamy"):
        assert (name, text.index(name)) in found


def test_a_caption_name_joined_to_the_fathers_is_one_span(redactor_default, tmp_path):
    text = ('{"segments": [{"start": 6.7, "end": 16.4, "text": " muthukumar a/l rajendran. everyone calls me '
            'muthu. i\'m thirty-four", "speaker": "SPEAKER_01"}]}\n')
    found = found_in_named_file(redactor_default, tmp_path, "talk.json", text, ("PERSON",))
    assert ("PERSON", "muthukumar a/l rajendran") in found


def test_no_name_joined_over_a_bin_or_a_function_word(redactor_default, tmp_path):
    text = ("Source: We put the bags in the bin Tuesday, Omar took them out.\n"
            "Source: Everyone calls Yusuf anak because he is the youngest.\n")
    assert people(found_in_file(redactor_default, tmp_path, text)) == [("Omar", text.index("Omar"))]
