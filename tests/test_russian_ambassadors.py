"""Tests for Russia's ambassadors in the speaker table (retrieval.russian_ambassadors): the rows
are well formed, an ambassador named by initials on an embassy page is shown by his full name,
and a common surname names no one alone.

The pages here are written for these tests in the layouts of embassy and agency pages.
"""

from __future__ import annotations

import re

import pytest

from retrieval.russian_ambassadors import AMBASSADORS
from retrieval.speakers import KNOWN_SPEAKERS, canonical_speaker, find_known_speaker
from retrieval.transcript import parse_transcript
from tests.conftest import speaker_of

UNKNOWN = "Unknown speaker"


def test_every_row_is_a_first_name_and_a_surname_with_matching_initials() -> None:
    for name, russian, en_initials, ru_initials, english, _alone, posts in AMBASSADORS:
        assert re.fullmatch(r"[A-Z][a-z'-]+ [A-Z][A-Za-z'-]+", name), name
        assert re.fullmatch(r"[а-яё-]+ [а-яё-]+", russian), name
        assert en_initials[0] == name[0].lower(), name
        assert ru_initials[0] == russian[0], name
        assert posts, name
        assert all(form == form.lower() and len(form.split()) == 2 for form in english), name


def test_no_ambassador_is_in_the_table_twice() -> None:
    names = [row.name for row in KNOWN_SPEAKERS]
    assert len(names) == len(set(names))
    russian = [row[1] for row in AMBASSADORS]
    assert len(russian) == len(set(russian))


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("В.В.Масленников", "Vladislav Maslennikov"),
        ("V.V.Maslennikov", "Vladislav Maslennikov"),
        ("Посол России в Черногории В.В.Масленников", "Vladislav Maslennikov"),
        ("Владислав Масленников", "Vladislav Maslennikov"),
    ],
)
def test_an_ambassador_by_initials_or_in_full(label: str, name: str) -> None:
    assert canonical_speaker(label) == name


@pytest.mark.parametrize("label", ["А.Иванов", "Иванов", "В.Орлов", "Орлов"])
def test_a_common_surname_with_one_initial_or_none_names_no_ambassador(label: str) -> None:
    # "А.Иванов" may be anyone: only the full name or both initials name the ambassador.
    known = find_known_speaker(label)
    assert known is None or known.name not in {row[0] for row in AMBASSADORS}


def test_both_initials_of_a_common_surname_name_the_ambassador() -> None:
    ivanov = next(row for row in AMBASSADORS if row[1] == "александр иванов")
    initials = ivanov[3].upper()
    assert canonical_speaker(f"{initials}Иванов") == "Alexander Ivanov"


EMBASSY_INTERVIEW = (
    "Посольство Российской Федерации в Черногории\n"
    "тел.: (+382-20) 272-460\n\n"
    "Интервью Посла России в Черногории В.В.Масленникова газете «Дан», 12.06.2023\n\n"
    "Вопрос: Как Вы оцениваете нынешнее состояние российско-черногорских отношений?\n\n"
    "Ответ: Они переживают непростой период, но связи между людьми сохраняются. Тысячи "
    "россиян по-прежнему живут и отдыхают на побережье.\n"
)


def test_an_embassy_interview_by_initials_shows_the_full_name() -> None:
    assert speaker_of(EMBASSY_INTERVIEW, "Они переживают непростой период") == (
        "Vladislav Maslennikov"
    )


# An agency's story: the ambassador named in full once, then by surname alone, which the
# transliteration spells otherwise than the table does ("Vorobyeva" / "Vorobieva").
SURNAME_SPELT_OTHERWISE = (
    "Посол России: Джакарта остается важным партнером\n\n"
    "Посол России в Индонезии Людмила Воробьева рассказала о подготовке визита делегации.\n\n"
    "«Мы ждем в Джакарте большую делегацию деловых кругов и надеемся подписать несколько "
    "соглашений», — сказала Воробьева.\n"
)


def test_a_surname_alone_names_the_ambassador_whatever_its_spelling() -> None:
    assert speaker_of(SURNAME_SPELT_OTHERWISE, "Мы ждем в Джакарте") == "Lyudmila Vorobieva"


HEADLINED_DASH_INTERVIEW = (
    "Новости Черногории\n\n"
    "Масленников: в Подгорице нас по-прежнему ждут\n\n"
    "Подгорица - Vijesti. Накануне Дня России мы побеседовали с послом России в Черногории "
    "Владиславом Масленниковым.\n\n"
    "– Владислав Валерьевич, как изменилась работа посольства?\n\n"
    "– Нас стало меньше, но работы не убавилось. Мы продолжаем выдавать визы и помогаем "
    "соотечественникам.\n"
)


def test_the_lead_of_a_dash_interview_under_his_headline_is_narration() -> None:
    assert speaker_of(HEADLINED_DASH_INTERVIEW, "Накануне Дня России") == UNKNOWN
    assert speaker_of(HEADLINED_DASH_INTERVIEW, "Нас стало меньше") == "Vladislav Maslennikov"


PHOTO_CREDIT_TITLE = (
    "Посол Индии в России любит гулять по Тверской / Фото: Наталья Феоктистова, «Вечерняя "
    "Москва»\n\n"
    "Русские пельмени на посольском столе\n\n"
    "С господином послом мы говорим по-русски. Он давно в Москве и любит её зимой.\n\n"
    "— Что вас удивило в Москве этой зимой?\n\n"
    "— Иллюминация. Город преображается к праздникам.\n"
)


def test_a_photo_credit_after_the_headline_is_not_the_title_or_a_speaker() -> None:
    document = parse_transcript(PHOTO_CREDIT_TITLE, "credit")
    assert "Фото" not in document.title
    assert all(p.speaker != "Dmitry Feoktistov" for p in document.passages)


INTERVIEW_LEAD = (
    " date 2022-05-10 \n\n"
    "The Russian ambassador's exclusive interview comes as the two countries mark thirty years "
    "of relations. So how have they fared, and where are we now? His Excellency draws the "
    "picture. The interview has been conducted by our Assistant Editor, Rahim Uddin.\n\n"
    "H E Vladislav V Maslennikov. Source: Embassy of Russia\n\n\n\n"
    "H E Vladislav V Maslennikov: Our relations rest on friendship between people, and this "
    "will not change whatever happens in politics.\n\n"
    "Daily News: What are the main projects now?\n\n"
    "H E Vladislav V Maslennikov: Energy and education come first.\n"
)


def test_a_lead_about_the_interview_over_a_known_ambassadors_label_is_narration() -> None:
    assert speaker_of(INTERVIEW_LEAD, "exclusive interview comes") == UNKNOWN
    assert speaker_of(INTERVIEW_LEAD, "Our relations rest on") == "Vladislav Maslennikov"


def test_an_english_pages_peter_is_the_tables_petr() -> None:
    assert canonical_speaker("Peter Ivantsov") == "Petr Ivantsov"
    assert canonical_speaker("Pyotr Ivantsov") == "Petr Ivantsov"


# An untitled interview: the lead names the ambassador in the nominative and a writer in the
# genitive, then says the interview follows; the answers are the ambassador's.
TWO_PEOPLE_IN_THE_LEAD = (
    "Первым местом, которое Николай Удовиченко посетил в Оше, стал музей писателя Тологона "
    "Касымбекова. О том, какие еще города намерен увидеть посол и чем займется посольство, "
    "читайте в нашем интервью.\n"
    "— Как вы оцениваете первые месяцы работы?\n"
    "— Они были очень насыщенными: мы готовили визит и подписали пакет соглашений.\n"
)


def test_of_two_people_in_the_lead_the_known_official_in_the_nominative_answers() -> None:
    assert speaker_of(TWO_PEOPLE_IN_THE_LEAD, "Они были очень насыщенными") == (
        "Nikolay Udovichenko"
    )
