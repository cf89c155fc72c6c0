"""Given-name diminutives beyond East Slavic and Spanish (redactor/data/diminutives.csv): Polish,
Czech, South Slavic, Romanian, Greek, Georgian, Armenian, Portuguese, Italian, French, German,
Turkish, Arabic, Persian, Yoruba/Igbo and Malay short forms are one person's name, as written
(native spelling or romanised), in the packaged lists and through resolution."""

from __future__ import annotations

import pytest

from redactor.detect.recognizers.profiles import fold, skeleton
from redactor.entities.resolve import resolve_entities
from redactor.entities.variants import GivenNames, default_given_names
from redactor.model import Mention


def person(text: str) -> Mention:
    return Mention(0, len(text), "PERSON", 0.85, "SpacyRecognizer", text)


def keys(mentions: list[Mention]) -> list[str]:
    resolution = resolve_entities(mentions, is_place=lambda form: False)
    return [a.key for a in resolution.assignments]


def variants(a: str, b: str, names: GivenNames | None = None) -> bool:
    names = names or default_given_names()
    return names.are_variants(skeleton(fold(a)), skeleton(fold(b)))


@pytest.mark.parametrize("short, full", [
    ("Kaśka", "Katarzyna"), ("Gosia", "Małgorzata"), ("Wojtek", "Wojciech"), ("Krzysiek", "Krzysztof"),
    ("Zbyszek", "Zbigniew"), ("Kuba", "Jakub"),  # Polish
    ("Honza", "Jan"), ("Pepa", "Josef"), ("Jirka", "Jiří"), ("Vašek", "Václav"),  # Czech
    ("Saša", "Aleksandar"), ("Peđa", "Predrag"), ("Pedja", "Predrag"), ("Pesho", "Petar"), ("Gosho", "Georgi"),
    ("Ionuț", "Ion"), ("Gică", "Gheorghe"), ("Costel", "Constantin"),  # Romanian
    ("Γιώργος", "Γεώργιος"), ("Yorgos", "Georgios"), ("Kostas", "Konstantinos"), ("Μπάμπης", "Χαράλαμπος"),
    ("Babis", "Charalampos"), ("Takis", "Panagiotis"), ("Takis", "Dimitrios"), ("Giannis", "Ioannis"),
    ("Tamuna", "Tamar"), ("Dato", "Davit"), ("Gogi", "Giorgi"), ("Soso", "Ioseb"),  # Georgian
    ("Hovo", "Hovhannes"), ("Mko", "Mkrtich"),  # Armenian
    ("Zé", "José"), ("Tião", "Sebastião"), ("Chico", "Francisco"), ("Toninho", "Antônio"),  # Portuguese
    ("Beppe", "Giuseppe"), ("Totò", "Salvatore"), ("Totò", "Antonio"), ("Checco", "Francesco"),
    ("Manu", "Emmanuel"), ("Hannes", "Johannes"), ("Wolfi", "Wolfgang"), ("Basti", "Sebastian"),
    ("Memo", "Mehmet"), ("Hüso", "Hüseyin"),  # Turkish
    ("Hamoudi", "Mohammed"), ("Hamoudi", "Muhammad"), ("Simo", "Mohamed"), ("Mamad", "Mohammad"),
    ("Muhammad", "Mohammed"), ("Abdou", "Abderrahmane"),
    ("Funmi", "Olufunmilayo"), ("Nkechi", "Nkechinyere"), ("Chika", "Chikaodili"),  # Yoruba, Igbo
    ("Ucup", "Yusuf"), ("Dollah", "Abdullah"),  # Sundanese, Malay
])
def test_a_short_form_is_a_variant_of_its_full_name(short, full):
    assert variants(short, full) and variants(full, short)


@pytest.mark.parametrize("a, b", [
    ("Ola", "Aleksander"), ("Olek", "Aleksandra"),  # a woman's short form, a man's name; and back
    ("Pina", "Giuseppe"), ("Toninha", "Antônio"), ("Federica", "Federico"), ("Kasia", "Kazimierz"),
    ("Pepa", "José"),  # Czech Pepa is Josef, Spanish Pepa is Josefa: neither is José
    ("Eka", "Ketevan"), ("Keti", "Ekaterine"),  # two Georgian names
    ("Funmi", "Funke"), ("Takis", "Georgios"), ("Lele", "Raffaele"), ("Ivan", "Ivana"), ("Jan", "Janina"),
    ("Kasia", "Kaśka"),  # two short forms of one name are no proof of one person
])
def test_near_misses_are_not_variants(a, b):
    assert not variants(a, b)


@pytest.mark.parametrize("full, short", [
    ("Katarzyna Nowak", "Kasia"), ("Małgorzata Wiśniewska", "Gosia"), ("Jan Novák", "Honza"),
    ("Aleksandar Petrović", "Saša"), ("Gheorghe Popescu", "Gică"), ("Panagiotis Papadopoulos", "Panos"),
    ("Konstantinos Pappas", "Kostas"), ("Davit Beridze", "Dato"), ("Hovhannes Sargsyan", "Hovo"),
    ("Sebastião Ferreira", "Tião"), ("Giuseppe Russo", "Peppe"), ("Johannes Weber", "Hannes"),
    ("Mohammed Benali", "Hamoudi"), ("Olufunmilayo Adeyemi", "Funmi"), ("Yusuf Hidayat", "Ucup"),
])
def test_a_short_form_alone_and_with_the_surname_joins_the_full_name(full, short):
    surname = full.split()[1]
    assert keys([person(full), person(short), person(f"{short} {surname}")]) == [fold(full)] * 3


def test_a_short_form_of_two_peoples_names_joins_neither():
    ms = [person("Dimitrios Pappas"), person("Panagiotis Pappas"), person("Takis")]
    resolution = resolve_entities(ms, is_place=lambda form: False)
    unsure = "?dimitrios pappas|panagiotis pappas"
    assert [a.key for a in resolution.assignments] == ["dimitrios pappas", "panagiotis pappas", unsure]
    assert resolution.ambiguous == (2,)


def test_a_womans_short_form_does_not_join_a_man_of_the_same_root():
    assert keys([person("Aleksander Nowak"), person("Ola")]) == ["aleksander nowak", "ola"]
    assert keys([person("Giuseppe Russo"), person("Pina")]) == ["giuseppe russo", "pina"]


def test_the_lists_tables_are_kept_per_machine_and_read_back_the_same(tmp_path, monkeypatch):
    """The tables of the packaged lists are made once and kept in the user's cache (public
    data); read back they are the same as made from the lists, and a damaged file is made again."""
    from importlib import resources

    from redactor.entities import variants

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    own = resources.files("redactor.data").joinpath(variants.DATA_FILE).read_text("utf-8")
    made = GivenNames(variants._triplets(own))
    first = GivenNames.load()
    kept = list((tmp_path / "redactor").glob("given-names-*.marshal"))
    assert len(kept) == 1
    monkeypatch.setattr(variants, "_tables", lambda triplets: pytest.fail("made again, not read back"))
    again = GivenNames.load()
    for names in (first, again):
        assert dict(names._groups) == dict(made._groups) and dict(names._written) == dict(made._written)
        assert names.variants_of("nikolai") == made.variants_of("nikolai") and "kolya" in names.variants_of("nikolai")
        assert names.are_variants(skeleton("kuba"), skeleton("jakub")) and not names.are_variants(skeleton("lena"), skeleton("kate"))
    monkeypatch.undo()
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    kept[0].write_bytes(b"damaged")
    assert dict(GivenNames.load()._groups) == dict(made._groups)
