"""An address said as the answer to a question asking for it, and its parts said again.

The answer's turn has no frame ("we live at") but the question before it is one: "And your
address?", "where do you live" (a caption writes no question mark), "Where do you stay?".  After
the address, its street said again alone ("yeah, rimu street") and its house's number said again
as a clause of its own or after "number" ("twenty four, not fourteen", "number fifty two, the
one with ...") are the same ADDRESS, with its pseudonym.  Exact spans through the whole Redactor."""

from __future__ import annotations


def _addresses(redactor, text: str) -> list[tuple[str, str]]:
    return [(text[f.start:f.end], f.replacement) for f in redactor.scan(text) if f.entity_type == "ADDRESS"]


def test_an_address_that_answers_the_question_is_found_whole(redactor_default):
    text = ("interviewer: and where are you based?\n"
            "speaker 2: thirty eight tui street, mangere, auckland. yeah.\n")
    assert [t for t, _ in _addresses(redactor_default, text)] == ["thirty eight tui street, mangere, auckland"]


def test_an_answer_after_a_question_said_in_its_line(redactor_default):
    text = "Reporter: Where do you stay? Labour Camp, Street 12, block 4, room 7, six men in one room.\n"
    assert [t for t, _ in _addresses(redactor_default, text)] == ["Labour Camp, Street 12, block 4, room 7"]


def test_a_village_and_its_district_answer_the_question(redactor_default):
    text = ("- and your address?\n"
            "- aldeia lacoliu, suco uailaha, posto venilale, municipio baucau. the place next to the school.\n")
    found = [t for t, _ in _addresses(redactor_default, text)]
    assert found[0] == "aldeia lacoliu, suco uailaha, posto venilale, municipio baucau"


def test_an_answer_with_no_address_is_nothing(redactor_default):
    text = ("Q: What is your address?\nA: I would rather not say.\n"
            "Q: Fine, where do you live?\nA: In Nairobi, with my two kids.\n")
    assert _addresses(redactor_default, text) == []


def test_the_street_and_the_house_number_said_again_are_the_address(redactor_default):
    text = ("speaker 1: okay, where is your house?\n"
            "speaker 2: fifty two rimu street, kilbirnie, wellington. yeah, rimu street, no traffic. "
            "number fifty two, the one with the blue letterbox.\n")
    found = _addresses(redactor_default, text)
    assert [t for t, _ in found] == ["fifty two rimu street, kilbirnie, wellington", "rimu street", "fifty two"]
    assert len({r for _, r in found}) == 1


def test_the_house_number_said_again_as_a_clause(redactor_default):
    text = (">> and you stay where\n"
            ">> house twenty four, ninth street, katutura. the green gate. twenty four, not fourteen\n"
            ">> sorry, go on\n")
    found = _addresses(redactor_default, text)
    assert [t for t, _ in found] == ["house twenty four, ninth street, katutura", "twenty four"]
    assert found[0][1] == found[1][1]


def test_a_read_back_answered_after_a_caption_turn_mark(redactor_default):
    text = ("- my address\n- section eleven, lot two, kamkumung, madang. blue house\n"
            "- (crosstalk) sorry, was that section eleven\n- eleven, yes\n- and the car\n")
    assert [t for t, _ in _addresses(redactor_default, text)] == [
        "section eleven, lot two, kamkumung, madang", "section eleven", "eleven"]


def test_a_light_pole_said_in_letters_again(redactor_default):
    text = ("speaker 1: where do you live\n"
            "speaker 2: l p nineteen, sookdeo road, penal. by the temple. l p nineteen, that's the light pole\n")
    assert [t for t, _ in _addresses(redactor_default, text)] == ["l p nineteen, sookdeo road, penal", "l p nineteen"]


def test_the_number_sign_before_the_house_number(redactor_default):
    text = "Source: I live at #22 Hillside Street, Belama, Corozal. Thanks.\n"
    assert [t for t, _ in _addresses(redactor_default, text)] == ["#22 Hillside Street, Belama, Corozal"]


def test_a_number_or_a_common_road_said_again_is_not_the_address(redactor_default):
    text = "We live at 12 Main Road, Fairview. The main road floods. 12 people came. Number 12 was the bus.\n"
    assert [t for t, _ in _addresses(redactor_default, text)] == ["12 Main Road, Fairview"]


def test_a_neighbourhood_named_with_its_article_after_a_frame(redactor_default):
    # "Barrio El Progreso": the name after "barrio" starts with its article
    text = "Source: She lives in Barrio El Progreso, in front of the Baptist church, Bluefields.\n"
    assert [t for t, _ in _addresses(redactor_default, text)] == [
        "Barrio El Progreso, in front of the Baptist church, Bluefields"]


def test_a_town_said_last_in_a_caption_before_the_clause_goes_on(redactor_default):
    # no comma before the town, and "it's" is no plural a number counts
    text = "speaker 2: well my address is hay nahda rue four number eighteen agadir it's by the mosque\n"
    assert [t for t, _ in _addresses(redactor_default, text)] == ["hay nahda rue four number eighteen agadir"]
    text = "speaker 2: we live at plot nine, ntinda road, kisumu we moved there in june\n"
    assert [t for t, _ in _addresses(redactor_default, text)] == ["plot nine, ntinda road, kisumu"]


def test_a_bulgarian_housing_estate_goes_with_its_block(redactor_default):
    text = "We met in zh.k. Lyulin, block 12, entrance B.\n"
    assert [t for t, _ in _addresses(redactor_default, text)] == ["zh.k. Lyulin, block 12, entrance B"]
    text = "stoyan i live zhilishten kompleks mladost, block twelve\n"
    assert [t for t, _ in _addresses(redactor_default, text)] == ["zhilishten kompleks mladost, block twelve"]
