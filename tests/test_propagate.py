import re

from redactor.lexicon.folding import fold_marks
from redactor.model import Mention
from redactor.refine.propagate import ConfidentForms, build_pattern, propagate, surface_forms


def found(text: str, start: int, end: int, entity_type="PERSON", score=0.85) -> Mention:
    return Mention(start, end, entity_type, score, "SpacyRecognizer", text[start:end])


def test_a_confident_name_is_found_again_everywhere_in_the_run():
    first = "Oleg Pankratov kept a diary."
    second = "Pankratov's sister wrote. OLEG PANKRATOV signed it. Oleg smiled."
    added = propagate([first, second], [[found(first, 0, 14)], []], threshold=0.4)
    assert added[0] == []
    spans = [(m.start, m.end, m.text) for m in added[1]]
    assert spans == [(0, 9, "Pankratov"), (26, 40, "OLEG PANKRATOV"), (52, 56, "Oleg")]
    assert all(m.detector == "propagation" and m.entity_type == "PERSON" for m in added[1])


def test_a_workplace_unit_is_found_again_in_the_other_files_of_the_run():
    typed = "I was moved to Night Crew B in March."
    caption = "um so night crew b was short again and the foreman said"
    unit = found(typed, 15, 27, entity_type="WORK_UNIT", score=0.45)
    added = propagate([typed, caption], [[unit], []], threshold=0.4)
    assert [(m.start, m.end, m.entity_type) for m in added[1]] == [(6, 18, "WORK_UNIT")]
    # near miss: a unit's lone common word is not looked for ("line" of a finding "line")
    line = "We were on the line."
    assert propagate([line, "the line was long"], [[found(line, 15, 19, entity_type="WORK_UNIT")], []],
                     threshold=0.4) == [[], []]


def test_low_scores_and_kept_terms_are_not_propagated():
    text = "Anton Bykov met Vladimir Putin. Bykov and Putin."
    mentions = [found(text, 0, 11, score=0.3), found(text, 16, 30)]
    added = propagate([text], [mentions], threshold=0.4, keep=["Vladimir Putin", "Putin"])
    assert added == [[]]


def test_common_word_names_are_not_propagated_alone():
    text = "Will Hartley came. I will go. Will you? Hartley left."
    added = propagate([text], [[found(text, 0, 12)]], threshold=0.4)
    assert [m.text for m in added[0]] == ["Hartley"]


def test_a_common_word_part_of_a_full_name_is_found_again_as_written_in_its_own_text():
    text = "Our boss was Hollis Crane. Did they mention Crane? The crane broke. Crane hire. Tower Crane Street."
    other = "Did they mention Crane?"
    added = propagate([text, other], [[found(text, 13, 25)], []], threshold=0.4)
    # in the name's own text, inside a sentence, capitalised and alone; not in another text,
    # not lower-case, not at a sentence's start, not beside another capitalised word
    assert [(m.start, m.text) for m in added[0]] == [(44, "Crane")]
    assert added[1] == []


def test_a_given_name_frequent_only_as_a_name_is_found_again_at_a_sentence_start():
    # "Connor" is frequent in English only as a name; "Grace" is a word too, "Crane" a surname
    text = "A man named Connor Fahy. Connor was banned. Grace Mensah came. Grace was shown. Connor Street."
    added = propagate([text], [[found(text, 12, 23), found(text, 44, 56)]], threshold=0.4)
    assert [(m.start, m.text) for m in added[0]] == [(25, "Connor")]


def test_the_words_of_a_lower_case_name_are_found_again_alone():
    # automatic captions: "tunde" of "tunde adebayo"; a common word of such a name is not
    text = "her husband tunde adebayo kept the book tunde was careful and adebayo paid. will smith came and will went"
    added = propagate([text], [[found(text, 12, 25), found(text, 76, 86)]], threshold=0.4)
    assert [(m.start, m.text) for m in added[0]] == [(40, "tunde"), (62, "adebayo")]


def test_a_common_word_of_what_the_model_wrongly_called_a_person_is_not_propagated():
    # every word of the mention must be a name or rare in English, and a determiner or an
    # adjective's place before the word makes it the word
    text = "Under the German Basic Law, by a German national. Hollis Crane sued. Then the Crane came."
    added = propagate([text], [[found(text, 10, 26), found(text, 50, 62)]], threshold=0.4)
    assert added == [[]]


def test_no_match_inside_longer_words_or_addresses():
    text = "Ivan Petrov said. ivanpetrov@mail.ru and Petrovsky street."
    added = propagate([text], [[found(text, 0, 11)]], threshold=0.4)
    assert added == [[]]


def test_case_variants_that_fold_differently_are_still_found():
    # Turkish dotless ı: "YILMAZ" folds to "yilmaz", "Yılmaz" to "yılmaz"; both are the name.
    first = "Łukasz Yılmaz wrote."
    second = "ŁUKASZ YILMAZ: yes. Yılmaz left."
    added = propagate([first, second], [[found(first, 0, 13)], []], threshold=0.4)
    assert [m.text for m in added[1]] == ["ŁUKASZ YILMAZ", "Yılmaz"]
    assert added[1][0].key == "" and added[1][0].entity_type == "PERSON"


def test_a_low_score_mention_does_not_shield_a_confident_name():
    # "Taras" alone scored 0.3 (below threshold) must not stop the confident "Taras Melnyk"
    # from being found there: otherwise the first name stays in the published text.
    text = "Taras Melnyk called. Later Taras called again."
    confident = found(text, 0, 12)
    low = Mention(27, 32, "PERSON", 0.3, "NameGazetteerRecognizer", "Taras")
    added = propagate([text], [[confident, low]], threshold=0.4)
    assert [(m.start, m.end, m.score) for m in added[0]] == [(27, 32, 0.85)]


def test_a_longer_form_over_a_finding_still_leaves_its_other_words_to_be_found():
    # "José Pankratov" is confident in one file; in another the model found only "José" of it.
    # The whole form cannot go there, but its surname must still be found right after "José":
    # left out, the replaced "Pankratov" stood in the published text (the leak audit caught it).
    first = "My friend José Pankratov kept a diary."
    second = "My friend José Pankratov kept a diary. Pankratov's sister writes."
    jose = found(second, 10, 14)
    added = propagate([first, second], [[found(first, 10, 24)], [jose]], threshold=0.4)
    assert [(m.start, m.end, m.text) for m in added[1]] == [(10, 24, "José Pankratov"), (39, 48, "Pankratov")]


def test_a_longer_form_takes_over_only_guesses_of_its_type_wholly_inside_it():
    first = "My friend José Pankratov kept a diary."
    second = "My friend José Pankratov kept a diary."
    for inside in (Mention(10, 14, "LOCATION", 0.85, "SpacyRecognizer", "José"),     # another type
                   Mention(10, 14, "PERSON", 0.85, "SourceProfileRecognizer", "José"),  # the journalist's
                   Mention(5, 14, "PERSON", 0.85, "SpacyRecognizer", "iend José")):  # reaching outside
        added = propagate([first, second], [[found(first, 10, 24)], [inside]], threshold=0.4)
        assert [m.text for m in added[1]] == ["Pankratov"]


def _found_as_by_the_whole_pattern(seeds: list[Mention], text: str) -> list[str]:
    """What the search finds in ``text``, asserted to be what ``build_pattern``'s one pattern finds."""
    pattern, targets = build_pattern(seeds)
    forms = ConfidentForms.learn(seeds, threshold=0.4)
    searched = fold_marks(text)  # as ``find_in`` searches: diacritics dropped, offsets kept
    expected = [(m.span(), targets[m.lastindex - 1]) for m in pattern.finditer(searched)]
    assert [(m.span(), t) for m, t in forms.matches(searched)] == expected
    return [text[s:e] for (s, e), _ in expected]


def test_the_search_by_first_characters_finds_what_the_whole_pattern_finds():
    # Forms starting with letters that match other characters case-insensitively ("K" and the
    # Kelvin sign, "I" and the dotted and dotless i, "s" and the long s), with a letter outside
    # ASCII, with punctuation, and an inflected surname ("Bondarenka" for "Bondarenko").
    names = "Katya Sokolova, Ivan Bondarenko, Łukasz Wierzbicki, Ömer Yılmaz, Olena Bykova"
    seeds = [found(names, m.start(), m.end()) for m in re.finditer(r"[^,]+(?=,|$)", names)]
    seeds = [found(names, s.start + (names[s.start] == " "), s.end) for s in seeds]
    seeds.append(Mention(0, 12, "HANDLE", 0.9, "SpokenContactRecognizer", "@olena_bykov"))
    text = ("KATYA and \u212aatya met \u0130vanko, ıvanko, IVANKO and ſokolova. ŁUKASZ, łukasz and Lukasz saw ömer "
            "YILMAZ and Yilmaz. Bondarenka's car; xBondarenko; olena.bykova; @olena_bykov wrote to "
            "Sokolova's sister\nOlena   Bykova. Katya Sokolovas left. wierzbicki")
    # and the search is not empty: both find these, with or without diacritics ("Lukasz" for
    # Łukasz, "Yilmaz" for Yılmaz, "İvanko" with its dot dropped), as the leak audit reads them
    assert _found_as_by_the_whole_pattern(seeds, text) == [
        "KATYA", "\u212aatya", "İvanko", "ıvanko", "IVANKO", "ſokolova", "ŁUKASZ", "łukasz", "Lukasz", "ömer YILMAZ",
        "Yilmaz", "Bondarenka", "olena", "@olena_bykov", "Sokolova", "Olena   Bykova", "Katya", "wierzbicki"]


def test_forms_with_a_space_or_punctuation_among_their_first_characters_are_found_as_the_whole_pattern_finds():
    # A space stands for any run of white space, so the characters after it are not where the
    # form's are; a text that ends inside a form's first characters; forms sharing a start.
    names = ["Al Rashid", "Ng Wei", "N'Diaye", "J. Doe", "Al Rashidi", "Olga Ng", "Olgerd"]
    seeds = [Mention(0, len(n), "PERSON", 0.9, "SpacyRecognizer", n) for n in names]
    text = ("al  rashid met AL\nRASHIDI and ng\twei; n'diaye, N’Diaye and J.  Doe. Olgerd, olga NG, "
            "Olga Ngozi, al-Rashid. Al Rashidov. Ng")
    assert _found_as_by_the_whole_pattern(seeds, text) == [
        "al  rashid", "AL\nRASHIDI", "ng\twei", "n'diaye", "N’Diaye", "J.  Doe", "Olgerd", "olga NG", "Olga", "Rashid"]


def test_the_case_partners_of_ascii_letters_are_those_regex_matches():
    """The skeleton reads a character outside ASCII as the ASCII letter ``regex`` matches it
    with under IGNORECASE: the table is the one ``regex`` itself gives."""
    import regex

    from redactor.refine.propagate import _CASE_PARTNERS

    letters = "abcdefghijklmnopqrstuvwxyz"
    every = "".join(chr(c) for c in range(0x80, 0x110000) if not 0xD800 <= c < 0xE000)
    partners = {m.group(): {a for a in letters if regex.fullmatch(a, m.group(), regex.IGNORECASE)
                            or regex.fullmatch(a.upper(), m.group(), regex.IGNORECASE)}
                for m in regex.finditer(r"[a-zA-Z]", every, regex.IGNORECASE)}
    assert {c: "".join(sorted(p)) for c, p in partners.items()} == _CASE_PARTNERS


def test_a_run_of_many_forms_searches_each_text_only_for_the_forms_it_may_hold():
    """A run with a form per file (an address, a unit's number) searches each text for the few
    forms it may hold, not for all the run's; what is found is the same."""
    people = ["Anya Kowal", "Bartek Lesny", "Celina Oduya"]
    lines = [f"{p} wrote from {p.split()[0].lower()}.{n}@mail.example and unit {4000 + n}"
             for n, p in enumerate(people * 100)]
    mentions = []
    for line in lines:
        email = re.search(r"\S+@\S+", line)
        unit = re.search(r"unit \d+", line)
        mentions += [found(line, 0, line.index(" wrote")), found(line, email.start(), email.end(), "EMAIL"),
                     found(line, unit.start(), unit.end(), "MILITARY_UNIT")]
    forms = ConfidentForms.learn(mentions, threshold=0.4)
    text = ("later celina oduya wrote from celina.8@mail.example, from CELINA.8@MAIL.EXAMPLE again, "
            "and from unit  4008 and unit 4300; bartek.1@mail.example.org is another")
    searched = fold_marks(text)
    held = forms._held(searched)
    assert 0 < len(held) < 12 < len(forms.targets)
    assert _found_as_by_the_whole_pattern(mentions, text) == [
        "celina oduya", "celina.8@mail.example", "CELINA.8@MAIL.EXAMPLE", "unit  4008", "bartek.1@mail.example"]


def test_doubled_letters_apostrophes_and_line_breaks_are_found_as_the_whole_pattern_finds():
    names = ["Mohammed Hassan", "Phillip Okoro", "Mary-Ann O'Neill", "Dee Nwosu"]
    seeds = [Mention(0, len(n), "PERSON", 0.9, "SpacyRecognizer", n) for n in names]
    text = ("mohamed hasan and Mohammed\nHassan met philip okorro, Mary-Ann ONeill and mary-ann o’neil; "
            "Hassans car, Hassan's car, d'Okoro and Okoro't. Nwosuu and Dee\t Nwosu")
    assert _found_as_by_the_whole_pattern(seeds, text) == [
        "mohamed hasan", "Mohammed\nHassan", "philip okorro", "Mary-Ann ONeill", "mary-ann o’neil",
        "Hassan", "Okoro", "Nwosuu", "Dee\t Nwosu"]


def test_a_name_after_a_state_office_is_not_propagated_there():
    """"Juncker" the run found as a person stays where a state office's title names him (the
    filters keep the office holder); elsewhere in the run it is found again."""
    first = "I met Jean Juncker at the market."
    second = "in july president juncker made it clear, and later juncker left"
    added = propagate([first, second], [[found(first, 6, 18)], []], threshold=0.4, office_holders_in_captions=True)
    assert [m.text for m in added[1]] == ["juncker"]
    assert added[1][0].start == second.rindex("juncker")
    # By default a caption's office holder is not kept, so it is found there too.
    added = propagate([first, second], [[found(first, 6, 18)], []], threshold=0.4)
    assert [m.text for m in added[1]] == ["juncker", "juncker"]


def test_a_name_is_found_again_with_or_without_its_diacritics():
    # A caption drops them ("ionut", "munoz", "sevare"): the same name, as the leak audit reads it.
    typed = "Ionuț Popescu fixed the cameras; Juan Muñoz drove to Sévaré."
    caption = "so ionut called me and munoz was in sevare, not in severe trouble"
    at = {w: typed.index(w) for w in ("Ionuț Popescu", "Juan Muñoz", "Sévaré")}
    mentions = [found(typed, at[w], at[w] + len(w), entity_type=t)
                for w, t in (("Ionuț Popescu", "PERSON"), ("Juan Muñoz", "PERSON"), ("Sévaré", "LOCATION"))]
    added = propagate([typed, caption], [mentions, []], threshold=0.4)
    assert [(m.text, m.entity_type) for m in added[1]] == [("ionut", "PERSON"), ("munoz", "PERSON"), ("sevare", "LOCATION")]
    # and the other way: a form learnt without them is found where the text has them
    added = propagate([caption, typed], [[found(caption, 3, 8)], []], threshold=0.4)
    assert [m.text for m in added[1]] == ["Ionuț"]


def test_a_form_is_found_again_with_or_without_an_apostrophe_as_the_leak_audit_reads_it():
    # The leak audit folds punctuation away, so "the miners committee" replaced in one place and
    # "the miners' committee" left in another would refuse the file; propagation reads them alike.
    text = "i chair the miners committee now. the miners' committee met in May. Siobhan O'Rourke came, and ORourke left."
    committee = found(text, 8, 28, entity_type="ORGANIZATION")
    person = found(text, 68, 84)
    added = propagate([text], [[committee, person]], threshold=0.4)
    # (and the name without its apostrophe, which the audit would not have read as it)
    assert [(m.start, m.end, m.text) for m in added[0]] == [(34, 55, "the miners' committee"), (95, 102, "ORourke")]
    # near misses: the form's words apart ("the miners. committee rooms")
    other = "we met Siobhan O’Rourke. the miners’ committee. the miners. committee rooms"
    added = propagate([text, other], [[committee, person], []], threshold=0.4)
    assert [m.text for m in added[1]] == ["Siobhan O’Rourke", "the miners’ committee"]


def test_the_end_of_a_long_given_name_that_is_a_given_name_itself_is_found_again():
    # "Emeka" of Chukwuemeka, "Tunde" of Babatunde: how the person is called after the full name.
    text = "Chukwuemeka Obi ran the desk. Emeka handled the files. Babatunde Ojo came. Tunde left."
    people = [found(text, 0, 15), found(text, text.index("Babatunde"), text.index("Babatunde") + 13)]
    added = propagate([text], [people], threshold=0.4)
    assert [m.text for m in added[0]] == ["Emeka", "Tunde"]
    # near miss: an end that is an ordinary word is not looked for ("Asia" of Anastasia)
    text = "Anastasia Petrova wrote from Asia. Stasia answered."
    added = propagate([text], [[found(text, 0, 17)]], threshold=0.4)
    assert "Asia" not in [m.text for m in added[0]]


def test_a_name_spelt_with_a_letter_single_or_doubled_is_found_again():
    # "Mohamed" of Mohammed, "Hasan" of Hassan, as people spell them either way
    text = ("Mohammed El Amrani and Hassan Idrissi ran the depot. Mohamed, we call him Moha. And "
            "so Hasan said no. Mohammedia is a town. Hassana came. MOHAMED left.")
    people = [found(text, 0, 18), found(text, 23, 37)]
    added = propagate([text], [people], threshold=0.4)
    # ("Moha", his short form, too; a common name as a word alone is looked for with its capital
    # only, "MOHAMED" is not)
    assert [m.text for m in added[0]] == ["Mohamed", "Moha", "Hasan"]


def test_a_rare_two_letter_name_is_found_again_as_written_in_its_own_text():
    text = "We called him Zé. Zé told me. ze is not him. Al came, Ed too."
    nick = Mention(14, 16, "CALL_SIGN", 0.45, "Nickname", "Zé")
    al = found(text, text.index("Al"), text.index("Al") + 2)
    added = propagate([text, "Zé came."], [[nick, al], []], threshold=0.4)
    # not lower case, not in another text, not a two-letter English word ("Al")
    assert [(m.start, m.text) for m in added[0]] == [(18, "Zé")] and added[1] == []


def test_a_public_place_in_a_lower_case_persons_span_is_not_looked_for_alone():
    # The model's "autonome de lomé" (of "the port autonome de lomé"): "lomé" alone said
    # elsewhere is the capital, and found there as the person it made another file refused.
    lome = Mention(0, 16, "PERSON", 0.85, "SpacyRecognizer", "autonome de lomé")
    assert [form for form, _ in surface_forms(lome)] == ["autonome de lomé", "autonome"]
    # a public place that is also a common given name stays a name's word ("jordan")
    jordan = Mention(0, 12, "PERSON", 0.85, "SpacyRecognizer", "jordan mensah")
    assert [form for form, _ in surface_forms(jordan)] == ["jordan mensah", "jordan", "mensah"]


def test_a_name_whose_letters_without_diacritics_are_a_common_word_is_found_only_as_written():
    # Forms are searched for without diacritics, so "Saïd" would match every "said" of the run
    # (and fuse with the name before it: "Salonen said"); it is found again only as written.
    first = "A detainee, Saïd Abdallah Mzé, twenty-four, hanged himself."
    second = "The guard said nothing. Salonen said the round was normal."
    added = propagate([first + " At 00:50 Saïd was found.", second], [[found(first, 12, 29)], []], threshold=0.4)
    assert [(m.text, m.start) for m in added[0]] == [("Saïd", 69)]
    assert added[1] == []
    # near miss: the word in the same text is not the name
    text = "Saïd Mzé was there. He said no. Said the guard: nothing."
    assert [m.text for m in propagate([text], [[found(text, 0, 8)]], threshold=0.4)[0]] == []


def test_a_short_name_is_not_found_again_as_an_acronym_of_its_letters():
    first = "The major of the maternity, Mama Ngo Bilong, changed it. Ngo tore it."
    second = "I am a case worker with a local NGO. The NGO car is white. Ngo came late."
    added = propagate([first, second], [[found(first, 28, 43)], []], threshold=0.4)
    assert [m.text for m in added[0]] == ["Ngo"]
    assert [(m.text, m.start) for m in added[1]] == [("Ngo", 59)]


def test_an_accented_given_name_is_still_found_again_in_another_files_caption():
    # only the commonest words are guarded so ("said"): "André" of André Mendes, a name's word
    # that folds to "andre" (common enough in English as a name), is found again in a
    # lower-case caption of the run
    first = "My cousin André Mendes drove the truck."
    caption = "and then andre came back with the keys"
    added = propagate([first, caption], [[found(first, 10, 22)], []], threshold=0.4)
    assert [m.text for m in added[1]] == ["andre"]
