"""Who said it, for people the table does not know (set AL's counts): an ambassador named in
full by post and then quoted by surname alone, an interview whose lead says who answers, and
narration above a dash quote in one paragraph.

The pages here are written for these tests in the layouts met on such sites.
"""

from __future__ import annotations

import pytest

from retrieval.transcript import parse_transcript
from tests.conftest import speaker_of

UNKNOWN = "Unknown speaker"

_STORY = (
    "Посол России в Чили ответил на вопросы журналистов\n\n"
    "САНТЬЯГО, 12 марта. Посол России в Чили Иван Петров провел пресс-конференцию в "
    "посольстве.\n\n"
    "Журналисты спросили, намерена ли Москва закрыть консульство.\n\n"
    "{quote}\n"
)


@pytest.mark.parametrize(
    "quote",
    [
        "«Нет, таких планов у нас нет», — ответил Петров.",
        "Нет, таких планов у нас нет, консульство продолжит работу, — ответил Петров.",
        "— Нет, таких планов у нас нет. Консульство продолжит работу, — сказал Петров.",
        # The quote ends its sentence with its own mark, no comma before the dash.
        "«Нет, таких планов у нас нет!» — сказал Петров.",
        "«Нет, таких планов у нас нет. Консульство продолжит работу.» — заявил Петров.",
    ],
)
def test_a_surname_after_a_quote_is_the_ambassador_named_by_post(quote: str) -> None:
    page = _STORY.format(quote=quote)
    assert speaker_of(page, "таких планов") == "Ivan Petrov"
    assert speaker_of(page, "Журналисты спросили") == UNKNOWN


def test_another_surname_after_a_quote_names_no_one() -> None:
    page = _STORY.format(quote="«Нет, таких планов у нас нет», — ответил Сидоров.")
    assert speaker_of(page, "таких планов") == UNKNOWN


def test_narration_above_a_dash_quote_in_one_paragraph_is_not_the_quote() -> None:
    page = _STORY.format(quote="").replace(
        "консульство.\n\n\n",
        "консульство.\n— Нет, таких планов у нас нет. Консульство продолжит работу, — сказал "
        "Петров.\n",
    )
    document = parse_transcript(page, "page")
    said = " ".join(p.text for p in document.passages if p.speaker == "Ivan Petrov")
    assert "таких планов" in said and "Журналисты" not in said


@pytest.mark.parametrize(
    "lead",
    [
        "Посол России в Чили Иван Петров отвечает на вопросы газеты «Меркурио».",
        "Посол России в Чили Иван Петров ответил на вопросы газеты «Меркурио».",
    ],
)
def test_the_one_the_lead_says_answers_is_the_interviewee(lead: str) -> None:
    page = (
        "Торговля растет, туристов больше\n\n"
        f"{lead}\n\n"
        "— Как вы оцениваете торговлю между странами?\n\n"
        "— Товарооборот в прошлом году вырос почти на треть.\n\n"
        "— А туризм?\n\n"
        "— Туристов стало больше, хотя рейсов пока мало.\n"
    )
    assert speaker_of(page, "Товарооборот") == "Ivan Petrov"
    assert speaker_of(page, "Туристов стало") == "Ivan Petrov"
    assert speaker_of(page, "А туризм") == "Question"


def test_an_english_title_that_says_who_answers_names_the_interviewee() -> None:
    page = (
        "Russian Ambassador to Chile Ivan Petrov answers the questions of El Mercurio\n\n"
        "— How do you assess trade between our countries?\n\n"
        "— Trade grew by almost a third last year.\n\n"
        "— And tourism?\n\n"
        "— There are more tourists, though flights are still few.\n"
    )
    assert speaker_of(page, "Trade grew") == "Ivan Petrov"
    assert speaker_of(page, "And tourism") == "Question"


@pytest.mark.parametrize(
    "heading",
    [
        "Ivan Petrov in response to a question about the consulate",
        "Comment by Ivan Petrov in response to a media question about the consulate",
        "Comment by Ivan Petrov on the consulate",
    ],
)
def test_a_heading_that_names_who_comments_gives_him_the_text(heading: str) -> None:
    page = (
        "News\n\n"
        f"{heading}\n\n"
        "I want to say right away that we have no plans to close the consulate. We will keep "
        "working as usual.\n"
    )
    assert speaker_of(page, "no plans to close") == "Ivan Petrov"


def test_a_heading_of_a_place_in_reply_names_no_one() -> None:
    page = (
        "News\n\n"
        "Latin America in reply to the crisis\n\n"
        "We have no plans to close the consulate. We will keep working as usual.\n"
    )
    assert speaker_of(page, "no plans to close") == UNKNOWN


@pytest.mark.parametrize("between", ["\n", "Анна СМИРНОВА\n\nТорговля и туризм\n\n"])
def test_on_the_questions_of_a_paper_answers_the_one_named_after(between: str) -> None:
    # «На вопросы «Вестника» отвечает ...»: the name after the words; the replies one a line
    # under a byline and a subheading.
    page = (
        "На вопросы «Вестника» отвечает Чрезвычайный и Полномочный Посол Российской Федерации "
        f"в Чили Иван Петров\n{between}"
        "— Как вы оцениваете торговлю между странами?\n"
        "— Товарооборот в прошлом году вырос почти на треть.\n"
        "— А туризм?\n"
        "— Туристов стало больше, хотя рейсов пока мало.\n"
    )
    assert speaker_of(page, "Товарооборот") == "Ivan Petrov"
    assert speaker_of(page, "Туристов стало") == "Ivan Petrov"
    assert speaker_of(page, "Как вы оцениваете") == "Question"
    assert speaker_of(page, "А туризм") == "Question"


def test_a_site_sections_name_is_no_title_and_the_heading_under_it_names_the_speaker() -> None:
    page = (
        "Speeches and Interviews of the Ambassador\n"
        "Ivan Petrov in response to the presentation of the annual report by the Foreign "
        "Minister of Chile Alberto Soto, 12 March 2024\n"
        "Unofficial translation\n"
        "Mr. Minister,\n"
        "Thank you for the report. We value the dialogue between our countries.\n"
    )
    document = parse_transcript(page, "page")
    assert document.title.startswith("Ivan Petrov in response")
    # The one responded to, named after "by", is not the speaker.
    assert speaker_of(page, "We value the dialogue") == "Ivan Petrov"
    known = page.replace("the Foreign Minister of Chile Alberto Soto", "Sergey Lavrov")
    assert speaker_of(known, "We value the dialogue") == "Ivan Petrov"


def test_the_post_before_the_verb_is_the_subject_not_a_known_name_asked_about() -> None:
    page = (
        "Ambassador: the ties will survive\n\n"
        "TOKYO, May 12. Russian Ambassador to Japan Ivan Petrov told TASS in an interview.\n\n"
        "When asked about whether the death of former Prime Minister Shinzo Abe in Japan "
        'changed the relations, the Russian diplomat said: "The relations were built by many '
        'people. They will survive."\n\n'
        '"We remain open to dialogue," the Russian ambassador said, also referring to trade.\n'
    )
    assert speaker_of(page, "relations were built") == "Ivan Petrov"  # had been Abe's
    assert speaker_of(page, "remain open") == "Ivan Petrov"


def test_a_dash_reply_addressing_the_ambassador_asks_without_a_question_mark() -> None:
    page = (
        "Посол: торговля растет\n\n"
        "На вопросы «Вестника» отвечает Посол России в Чили Иван Петров\n"
        "Анна СМИРНОВА\n\n"
        "— Господин посол, в прошлом году товарооборот вырос. Расскажите об этом подробнее.\n\n"
        "— Товарооборот действительно вырос почти на треть\n"
    )
    assert speaker_of(page, "Господин посол") == "Question"
    assert speaker_of(page, "действительно вырос") == "Ivan Petrov"


def test_a_dash_question_opening_with_a_date_is_a_reply() -> None:
    page = (
        "Посол: мы готовы к диалогу\n"
        "Посол России в Чили Иван Петров ответил на вопросы газеты «Меркурио».\n"
        "«Мы готовы к диалогу»\n"
        "— 12 марта вы встретились с министром. О чем шла речь?\n"
        "— Мы обсудили торговлю и туризм, договорились продолжить консультации.\n"
        "— А что с рейсами?\n"
        "— Рейсов пока мало, но мы работаем над этим.\n"
    )
    assert speaker_of(page, "12 марта вы встретились") == "Question"
    assert speaker_of(page, "Мы обсудили торговлю") == "Ivan Petrov"


def test_an_ambassador_to_a_place_named_in_full_is_the_diplomat_and_the_surname() -> None:
    page = (
        "Envoy on sanctions\n\n"
        "LONDON, May 3. Russian Ambassador to the UK Ivan Petrov gave an interview to the BBC.\n\n"
        "The diplomat questioned whether the sanctions had achieved anything. He likened them "
        "to a boomerang.\n\n"
        "Petrov regretted that the talks had stalled.\n\n"
        "Three men were questioned by police on Monday.\n"
    )
    assert speaker_of(page, "questioned whether") == "Ivan Petrov"
    assert speaker_of(page, "likened them") == "Ivan Petrov"
    assert speaker_of(page, "regretted that") == "Ivan Petrov"
    assert speaker_of(page, "questioned by police") == UNKNOWN


def test_a_post_alone_names_the_one_person_named_by_post_before() -> None:
    page = (
        "Посол о диалоге\n\n"
        "САНТЬЯГО, 12 марта. Посол России в Чили Иван Петров дал интервью газете «Меркурио».\n\n"
        "Россия готова к диалогу, подчеркнул посол, но не будет принимать ультиматумы.\n\n"
        "Москва ждет ответа, — добавил дипломат.\n"
    )
    assert speaker_of(page, "готова к диалогу") == "Ivan Petrov"
    assert speaker_of(page, "ждет ответа") == "Ivan Petrov"
    # Two people named by post: the post alone names neither.
    two = page.replace("дал интервью", "и посол Бразилии в Чили Жоао Силва дали интервью")
    assert speaker_of(two, "готова к диалогу") == UNKNOWN
