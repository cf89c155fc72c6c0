"""A name said beside the person's full name that the model called a place, a company or a job
(``redactor.refine.appositions``): one person, one pseudonym."""

from __future__ import annotations

from dataclasses import replace

from redactor.model import Mention
from redactor.refine.appositions import link_appositions
from tests.mention_helpers import in_order


def _found(text: str, *names: tuple[str, str]) -> list[Mention]:
    """Mentions of ``(form, type)``, each found after the one before it in ``text``, as the model finds them."""
    return [replace(m, entity_type=kind) for m, (_, kind) in zip(in_order(text, *(name for name, _ in names)), names)]


def _linked(text: str, *names: tuple[str, str]) -> list[tuple[str, str, str]]:
    return [(m.text, m.entity_type, m.key) for m in link_appositions(text, _found(text, *names))]


def test_a_pet_form_the_model_called_a_place_is_the_person_named_in_full_beside_it():
    assert _linked("Made under the login of Bosse, Bo Nilsson, who was on holiday.",
                   ("Bosse", "LOCATION"), ("Bo Nilsson", "PERSON")) == [
        ("Bosse", "PERSON", "bo nilsson"), ("Bo Nilsson", "PERSON", "")]
    # and wherever the sentence says it again ("everybody calls him Turi u Russu")
    text = "His foreman is Turi, Salvatore Cannizzo, everybody calls him Turi. It is Turi who sprays."
    assert _linked(text, ("Turi", "LOCATION"), ("Salvatore Cannizzo", "PERSON"), ("Turi", "LOCATION"),
                   ("Turi", "LOCATION")) == [
        ("Turi", "PERSON", "salvatore cannizzo"), ("Salvatore Cannizzo", "PERSON", ""),
        ("Turi", "PERSON", "salvatore cannizzo"), ("Turi", "PERSON", "salvatore cannizzo")]
    # forms no design set has: an English pet form called a company, a Russian one a place
    assert _linked("The boss is Bob, Robert Kaminski, he signs the sheets.",
                   ("Bob", "ORGANIZATION"), ("Robert Kaminski", "PERSON"))[0] == ("Bob", "PERSON", "robert kaminski")
    assert _linked("Our medic, Sasha, Aleksandr Volkov, stayed behind.",
                   ("Sasha", "LOCATION"), ("Aleksandr Volkov", "PERSON"))[0] == ("Sasha", "PERSON", "aleksandr volkov")


def test_a_full_name_the_model_called_a_company_is_the_person_its_short_form_names():
    assert _linked("kia orana. i'm tangi, tangimetua marsters. on the island they know me.",
                   ("tangi", "PERSON"), ("tangimetua marsters", "ORGANIZATION")) == [
        ("tangi", "PERSON", "tangimetua marsters"), ("tangimetua marsters", "PERSON", "")]
    assert _linked("Ask for Kat, Katarzyna Nowak Kowal, at the desk.",
                   ("Kat", "PERSON"), ("Katarzyna Nowak Kowal", "ORGANIZATION")) == [
        ("Kat", "PERSON", "katarzyna nowak kowal"), ("Katarzyna Nowak Kowal", "PERSON", "")]


def test_a_name_called_a_job_after_the_jobs_word_is_the_person_and_so_is_it_said_again():
    text = "the physio, gojko, gojko lalić, he didn't want to give it. only me and gojko had the book."
    assert _linked(text, ("gojko", "OCCUPATION"), ("gojko lalić", "PERSON"), ("gojko", "OCCUPATION")) == [
        ("gojko", "PERSON", "gojko lalic"), ("gojko lalić", "PERSON", ""), ("gojko", "PERSON", "gojko lalic")]
    assert _linked("the driver, musa, musa diallo, he knows the road.",
                   ("musa", "OCCUPATION"), ("musa diallo", "PERSON"))[0] == ("musa", "PERSON", "musa diallo")


def test_a_pet_form_the_lists_hold_ties_a_lone_name_said_after_a_word():
    # no comma before it, so only a tie makes the two one person
    assert _linked("His brother Bosse, Bo Nilsson, took the keys.",
                   ("Bosse", "PERSON"), ("Bo Nilsson", "PERSON"))[0] == ("Bosse", "PERSON", "bo nilsson")


def test_a_place_or_a_company_beside_a_name_it_is_not_a_form_of_stays_what_it_is():
    # a place longer than the name's word it starts with
    assert _linked("I grew up in Bergen, Anna Berg, she was my neighbour.",
                   ("Bergen", "LOCATION"), ("Anna Berg", "PERSON")) == [
        ("Bergen", "LOCATION", ""), ("Anna Berg", "PERSON", "")]
    # no tie at all
    assert _linked("We flew to Paris, Anna Berg, the nurse, was with us.",
                   ("Paris", "LOCATION"), ("Anna Berg", "PERSON"))[0] == ("Paris", "LOCATION", "")
    # a list: someone or something else named in the sentence, or "and" going on
    assert _linked("We drove to Lagos, Tunde Bakare, and Ibadan.",
                   ("Lagos", "LOCATION"), ("Tunde Bakare", "PERSON"), ("Ibadan", "LOCATION"))[0] == ("Lagos", "LOCATION", "")
    assert _linked("Bosse, Bo Nilsson, Karin Lind, all on the login list.",
                   ("Bosse", "LOCATION"), ("Bo Nilsson", "PERSON"), ("Karin Lind", "PERSON"))[0] == ("Bosse", "LOCATION", "")
    # a company said beside a person it is no form of: a person's firm, not the person
    assert _linked("She works for Nordbygg, Bo Nilsson, who owns it.",
                   ("Nordbygg", "ORGANIZATION"), ("Bo Nilsson", "PERSON"))[0] == ("Nordbygg", "ORGANIZATION", "")
    # two places or two people typed alike are not this step's
    assert _linked("From Turi, Bari, we drove on.", ("Turi", "LOCATION"), ("Bari", "LOCATION")) == [
        ("Turi", "LOCATION", ""), ("Bari", "LOCATION", "")]


def test_a_form_the_document_ties_to_a_persons_full_name_is_the_person_wherever_the_run_says_it():
    from redactor.entities.resolve import resolve_entities, vote_types

    is_place = lambda form: form in {"turi", "kunle", "bari"}  # noqa: E731 - towns of those names
    def typed(text: str, entity_type: str, key: str = "") -> Mention:
        return Mention(0, len(text), entity_type, 0.85, "SpacyRecognizer", text, key)

    # "Turi, Salvatore Cannizzo" keyed Turi in one file; the follow-up's "turi" the model called a place
    ms = [typed("Turi", "PERSON", "salvatore cannizzo"), typed("Salvatore Cannizzo", "PERSON"), typed("turi", "LOCATION"),
          typed("Turi", "LOCATION")]
    assert vote_types(ms, is_place=is_place) == ["PERSON"] * 4
    resolution = resolve_entities(ms, is_place=is_place)
    assert {(a.entity_type, a.key) for a in resolution.assignments} == {("PERSON", "salvatore cannizzo")}
    # a nickname said so ("we call him Kunle") in one file, a town of that name in another
    ms = [typed("Kunle", "PERSON", "adekunle okafor"), typed("Adekunle Okafor", "PERSON"), typed("Kunle", "LOCATION")]
    assert vote_types(ms, is_place=is_place) == ["PERSON"] * 3
    # not a person mention of its own words ("Bari" said as a person once), nor a form no one is tied to
    ms = [typed("Bari", "PERSON", "bari"), typed("Bari", "LOCATION"), typed("Bari", "LOCATION")]
    assert vote_types(ms, is_place=is_place) == ["LOCATION"] * 3
    ms = [typed("Turi", "PERSON"), typed("Turi", "LOCATION"), typed("Turi", "LOCATION")]
    assert vote_types(ms, is_place=is_place) == ["LOCATION"] * 3
