"""Tests for retrieval.translit: names spelled across scripts, and the skeleton they meet at."""

from __future__ import annotations

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from retrieval.text import _CUSTOMARY_NAMES, _FOREIGN_FIRST_NAMES, transliterate
from retrieval.tokenizer import Analyzer
from retrieval.translit import name_skeleton, to_cyrillic


@pytest.mark.parametrize(
    ("russian", "latin"),
    [
        ("Лавров", "Lavrov"),
        ("Захарова", "Zakharova"),
        ("Сергей", "Sergey"),
        ("Зеленский", "Zelensky"),
        ("Дмитрий Песков", "Dmitry Peskov"),
        ("Ельцин", "Yeltsin"),
        ("Щукин", "Shchukin"),
        ("Небензя", "Nebenzya"),
        ("Объединённые", "Obyedinennyye"),  # ё as e, as in Brilev
        ("С.В.Лавров", "S.V.Lavrov"),
    ],
)
def test_transliterate_spells_as_the_ministry_does(russian: str, latin: str) -> None:
    assert transliterate(russian) == latin


@pytest.mark.parametrize(
    ("latin", "russian"),
    [
        ("Zakharova", "Захарова"),
        ("Ashkenazi", "Ашкенази"),
        ("Syria", "Сирия"),
        ("Stoltenberg", "Столтенберг"),
        ("Donald Trump", "Доналд Трамп"),  # a known name by its sound, the rest by letters
        ("Sergei", "Сергей"),
    ],
)
def test_to_cyrillic(latin: str, russian: str) -> None:
    assert to_cyrillic(latin) == russian


def test_other_characters_are_kept() -> None:
    assert transliterate("ICC, 2021 — МУС!") == "ICC, 2021 — MUS!"
    assert to_cyrillic("МУС, 2021 — Kerry!") == "МУС, 2021 — Керри!"


def test_the_skeleton_folds_spelling_variants() -> None:
    assert name_skeleton("сергей") == name_skeleton("сергеи")
    assert name_skeleton("эрдоган") == name_skeleton("ердоган")
    assert name_skeleton("нетаньяху") == "нетаняху"
    assert name_skeleton("асcад".replace("c", "с")) == name_skeleton("асад")


@pytest.mark.parametrize(
    ("russian", "latin"),
    [
        ("Лаврову", "Lavrov"),
        ("Лавровым", "Lavrov"),
        ("Захаровой", "Zakharova"),
        ("Ашкенази", "Ashkenazi"),
        ("Сергея", "Sergei"),
        ("Зеленского", "Zelenskyy"),
        ("Шойгу", "Shoigu"),
        ("Нетаньяху", "Netanyahu"),
        ("Эрдогана", "Erdogan"),
        ("Рябкову", "Ryabkov"),
        ("Небензи", "Nebenzia"),
        ("Дмитрий", "Dmitry"),
        ("Байдена", "Biden"),
        ("Асада", "Assad"),
        ("Педерсеном", "Pedersen"),
        ("Гутерришу", "Guterres"),
    ],
)
def test_a_name_in_any_case_meets_its_latin_spelling(russian: str, latin: str) -> None:
    analyzer = Analyzer(names=True)
    [russian_name] = [t for t in analyzer.terms(russian) if t.startswith("#~")]
    [latin_name] = [t for t in analyzer.terms(latin) if t.startswith("#~")]
    assert russian_name.startswith("#~c:") and latin_name.startswith("#~l:")
    assert russian_name[4:] == latin_name[4:]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="абвгдзиклмнопрфуыьъэ", min_size=1, max_size=12))
@example("ибрагим")  # found by the fuzzing: spelt "Ibrahim" by custom
def test_a_russian_word_spelled_in_latin_and_back_keeps_its_consonants(word: str) -> None:
    # Latin spelling is lossy (ь, ъ go; й/ы/и meet; "оо" reads as "у"), but letters that have
    # one Latin letter each never turn into others. (A first name with a customary spelling of
    # its own, «Ибрагим» -> "Ibrahim", is spelt by custom, not letter by letter.)
    assume(word not in _CUSTOMARY_NAMES and word not in _FOREIGN_FIRST_NAMES)
    there = transliterate(word)
    assert there.isascii()
    back = name_skeleton(to_cyrillic(there).lower())
    consonants = set("бвгдзклмнпрстф")
    assert [c for c in back if c in consonants] == [
        c for c in name_skeleton(word) if c in consonants
    ]


@pytest.mark.parametrize(
    ("latin", "russian"),
    [
        ("Comey", "Коми"),  # a name in the table: spelled by its sound
        ("James", "Джеймс"),
        ("Mayakovsky", "Маяковски"),  # "y" between vowels: an iotated vowel
        ("Nikolayev", "Николаев"),
        ("Soyuz", "Союз"),
        ("Sergey", "Сергей"),  # "y" before no vowel keeps "й"
    ],
)
def test_to_cyrillic_spells_by_sound(latin: str, russian: str) -> None:
    assert to_cyrillic(latin) == russian


@pytest.mark.parametrize(
    ("latin", "russian"),
    [
        # Chinese names in Pinyin, spelled by the Palladius system as Russian pages write them.
        ("Wang", "Ван"),
        ("Qiang", "Цян"),
        ("Keqiang", "Кэцян"),
        ("Jinping", "Цзиньпин"),
        ("Xiaoping", "Сяопин"),
        ("Xinjiang", "Синьцзян"),
        ("Wuhan", "Ухань"),
        ("Huawei", "Хуавэй"),
        ("Xu", "Сюй"),
        # No mark of Pinyin, or no split into its syllables: the general rules.
        ("Washington", "Вашингтон"),
        ("Mexico", "Мексико"),
        ("Xavier", "Ксавиер"),
        ("Maxim", "Максим"),
        ("Long", "Лонг"),
        ("Manning", "Маннинг"),
    ],
)
def test_to_cyrillic_spells_chinese_names_by_palladius(latin: str, russian: str) -> None:
    assert to_cyrillic(latin) == russian


@pytest.mark.parametrize(("russian", "latin"), [("Ван", "Wang"), ("Синьцзяне", "Xinjiang")])
def test_a_chinese_name_in_cyrillic_meets_its_pinyin(russian: str, latin: str) -> None:
    analyzer = Analyzer(names=True)
    [russian_name] = [t for t in analyzer.terms(russian) if t.startswith("#~")]
    [latin_name] = [t for t in analyzer.terms(latin) if t.startswith("#~")]
    assert russian_name[4:] == latin_name[4:]
