"""Tests for the foreign officials of the speaker table (retrieval.foreign_officials): the rows
are well formed, a Russian page's Cyrillic form of a foreign name shows the name as English
sources write it, and a surname alone names none of them.

The pages here are written for these tests in the layouts of Russian agency pages.
"""

from __future__ import annotations

import re

from retrieval.foreign_officials import FOREIGN_OFFICIALS
from retrieval.speakers import find_known_speaker, person_name
from tests.conftest import speaker_of


def test_every_row_names_a_person_in_both_scripts() -> None:
    names = [row[0] for row in FOREIGN_OFFICIALS]
    assert len(names) == len(set(names))
    for name, forms, labels, posts in FOREIGN_OFFICIALS:
        assert len(name.split()) >= 2, name
        assert forms and all(re.fullmatch(r"[а-яё][а-яё -]*", form) for form in forms), name
        assert labels and posts, name
        assert all(len(form.split()) >= 2 for form in (*forms, *labels)), name


def test_no_russian_form_names_two_people() -> None:
    seen: dict[str, str] = {}
    for name, forms, _labels, _posts in FOREIGN_OFFICIALS:
        for form in forms:
            assert seen.setdefault(form, name) == name, form


def test_a_cyrillic_foreign_name_in_any_case_is_written_as_english_sources_write_it() -> None:
    assert person_name("президент Мозамбика Даниэл Шапу") == "Daniel Chapo"
    assert person_name("посла Перу Хуана дель Кампо") == "Juan del Campo"


def test_a_surname_alone_names_no_foreign_official() -> None:
    assert find_known_speaker("Шапу") is None


AGENCY_STORY = (
    "Президент Мозамбика рассказал о планах визита в Россию\n\n"
    "МОСКВА, 12 июня. /ТАСС/. Президент Мозамбика Даниэл Шапу намерен посетить Россию в "
    "следующем году.\n\n"
    "«Мы сделаем все, чтобы визит состоялся как можно скорее, и уже начали его готовить», — "
    "сказал Шапу в интервью ТАСС.\n"
)


def test_a_foreign_president_quoted_in_russian_is_shown_by_his_english_name() -> None:
    assert speaker_of(AGENCY_STORY, "Мы сделаем все") == "Daniel Chapo"
