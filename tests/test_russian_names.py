"""Tests for retrieval.russian_names: case forms of Russian names and their nominative."""

from __future__ import annotations

import pytest

from retrieval.russian_names import (
    first_name_cases,
    nominative,
    surname_cases,
    surname_forms_of_latin,
)


@pytest.mark.parametrize(
    ("name", "genitive", "instrumental"),
    [
        ("сергей", "сергея", "сергеем"),
        ("дмитрий", "дмитрия", "дмитрием"),
        ("николай", "николая", "николаем"),
        ("мария", "марии", "марией"),
        ("ольга", "ольги", "ольгой"),
        ("илья", "ильи", "ильей"),
        ("павел", "павла", "павлом"),
        ("игорь", "игоря", "игорем"),
        ("энтони", "энтони", "энтони"),  # a foreign name that does not decline
    ],
)
def test_first_name_cases(name: str, genitive: str, instrumental: str) -> None:
    cases = first_name_cases(name)
    assert (cases[0], cases[1], cases[4]) == (name, genitive, instrumental)


@pytest.mark.parametrize(
    ("name", "gender", "genitive"),
    [
        ("лавров", "m", "лаврова"),
        ("захарова", "f", "захаровой"),
        ("полянский", "m", "полянского"),
        ("толстой", "m", "толстого"),
        ("небензя", "m", "небензи"),
        ("марр", "m", "марра"),
        ("ситтель", "f", "ситтель"),  # a woman's surname in a consonant stays
        ("шойгу", "m", "шойгу"),
    ],
)
def test_surname_cases(name: str, gender: str, genitive: str) -> None:
    assert surname_cases(name, gender)[1] == genitive  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("сергея брилёва", "сергей брилёв"),
        ("марии захаровой", "мария захарова"),
        ("ирады зейналовой", "ирада зейналова"),
        ("ильи доронова", "илья доронов"),
        ("ириты мининой", "ирита минина"),  # a rare first name: read by its ending
        ("петра толстого", "петр толстой"),
        ("сергея викторовича лаврова", "сергей викторович лавров"),
        ("сергея доренко", "сергей доренко"),
        ("андрею марру", "андрей марр"),
        ("анной петровой", "анна петрова"),
        ("мария захарова", "мария захарова"),  # already the nominative
        ("дмитрия полянского", "дмитрий полянский"),
        ("жозепа борреля", "жозеп боррель"),  # a foreign name declines like a Russian one
        ("марии ситтель", "мария ситтель"),
    ],
)
def test_nominative(words: str, expected: str) -> None:
    assert nominative(words.split()) == expected.split()


@pytest.mark.parametrize("words", [[], ["сергей"], ["a", "b", "c", "d"], ["", "лавров"]])
def test_nominative_needs_two_or_three_words(words: list[str]) -> None:
    assert nominative(words) is None


@pytest.mark.parametrize(
    ("first", "surname", "forms"),
    [
        ("Nikolay", "Zyatkov", ("зятков", "зяткова", "зяткову")),
        ("Marianna", "Maksimovskaya", ("максимовская", "максимовской", "максимовской")),
        ("Dmitry", "Polyansky", ("полянский", "полянского", "полянскому")),
        ("Irita", "Minina", ("минина", "мининой", "мининой")),
    ],
)
def test_surname_forms_of_a_name_spelt_in_latin(
    first: str, surname: str, forms: tuple[str, str, str]
) -> None:
    assert surname_forms_of_latin(first, surname)[:3] == forms
