"""Who said it on news retellings, pass 18 (issue 8): layouts met on fresh pages (set U).

The pages here are written for these tests in the layouts met on news sites. A wrong speaker
is the worst bug: where the page does not say who speaks, the passage stays unknown.
"""

from __future__ import annotations

from tests.conftest import speaker_of

UNKNOWN = "Unknown speaker"
LYUBINSKY = "Dmitry Lyubinsky"
MATVIYENKO = "Valentina Matviyenko"

# An ambassador interviewed by a foreign paper: the paper's name (after "с изданием",
# "газете") is the one spoken to, never the speaker; the post alone then points back to him.
_OUTLET_INTERVIEW = (
    "Любинский: Вена отказалась от диалога\n\n"
    "Посол России в Австрии Дмитрий Любинский в беседе с изданием Wiener Zeitung сообщил, "
    "что контакты с австрийскими министерствами почти прекратились.\n\n"
    "Посол указал на то, что переговоры были прерваны по инициативе Вены.\n\n"
    "Ранее МИД Австрии объявил о высылке двух дипломатов.\n"
)


def test_an_outlet_named_after_its_noun_is_not_the_speaker() -> None:
    assert speaker_of(_OUTLET_INTERVIEW, "контакты с австрийскими") == LYUBINSKY
    assert speaker_of(_OUTLET_INTERVIEW, "переговоры были прерваны") == LYUBINSKY
    assert speaker_of(_OUTLET_INTERVIEW, "высылке двух") == UNKNOWN


def test_an_outlet_in_the_dative_after_interview_is_not_the_speaker() -> None:
    page = (
        "Посол России в Австрии Дмитрий Любинский в интервью газете Die Presse заявил, что "
        "Москва готова к переговорам.\n"
    )
    assert speaker_of(page, "готова к переговорам") == LYUBINSKY


# "Спикер Совфеда Валентина Матвиенко": the chamber's name in the genitive is no first name.
_CHAMBER_POST = (
    "МОСКВА, 3 марта — РИА Новости. Спикер Совфеда Валентина Матвиенко считает, что сенаторы "
    "должны чаще ездить в регионы.\n\n"
    "«Надо видеть жизнь своими глазами, а не по отчетам», — уверена политик.\n"
)


def test_a_chamber_in_the_genitive_is_no_part_of_the_name() -> None:
    assert speaker_of(_CHAMBER_POST, "чаще ездить") == MATVIYENKO
    assert speaker_of(_CHAMBER_POST, "своими глазами") == MATVIYENKO
