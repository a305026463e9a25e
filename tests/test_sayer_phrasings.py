"""How a sentence names its sayer, in phrasings real stories use (issue 8): «Соответствующее
заявление дипломат сделал ...» (the subject between the noun and the verb of "making a
statement" names who said what went before); a closing attribution with a long post before the
name and where or when after it; "after Zakharova left" names no sayer.

Every page and sentence here is written for the test, in the layouts of news sites' stories.
"""

from __future__ import annotations

import pytest

from retrieval.transcript._references import Ref
from retrieval.transcript._sentence_sayer import sentence_sayer
from tests.conftest import speaker_of

RETELLING = """\
Рябков: разрыв отношений с США не в интересах России

Связи между Москвой и Вашингтоном могут быть разорваны. Такое мнение высказал заместитель \
министра иностранных дел России Сергей Рябков.

Однако такой исход не отвечает интересам России. Соответствующее заявление дипломат сделал \
в ходе интервью телеканалу.

Ранее Рябков сказал, что американская сторона занимает враждебную позицию.
"""


@pytest.mark.parametrize(
    ("sentence", "sayer"),
    [
        ("Соответствующее заявление дипломат сделал в ходе интервью телеканалу.", Ref.OWN_POST),
        ("Такое заявление Рябков сделал в интервью телеканалу.", "Sergey Ryabkov"),
        ("Заявление он сделал на брифинге.", Ref.PRONOUN),
        # "Соответствующее мнение": what was said, like "Такое мнение", before the subject.
        ("Соответствующее мнение дипломат высказал в интервью.", Ref.OWN_POST),
        # A circumstance between them, the subject after the verb: as before.
        ("Соответствующее заявление в ходе брифинга сделала Мария Захарова.", "Maria Zakharova"),
    ],
)
def test_subject_between_the_noun_and_the_verb(sentence: str, sayer: str | Ref) -> None:
    assert sentence_sayer(sentence) == sayer


def test_the_words_before_such_a_sentence_are_the_diplomats() -> None:
    assert speaker_of(RETELLING, "такой исход не отвечает") == "Sergey Ryabkov"


@pytest.mark.parametrize(
    ("sentence", "sayer"),
    [
        # A closing attribution with a long post before the name and where it was said.
        (
            "Private security companies are active in Sudan, admitted Russian Foreign Ministry "
            "Spokesperson Maria Zakharova in a press conference on Wednesday.",
            "Maria Zakharova",
        ),
        # What was said opens with "what": no subordinate clause of the sayer's.
        (
            "Briefings are not enough; what is needed is a restoration of military contacts, "
            "Alexander Grushko, Russia's envoy to NATO, said after a meeting on Thursday.",
            "Alexander Grushko",
        ),
        # When, after the verb: "after", "during" tell when, like "on Thursday".
        (
            "Military contacts must be restored, Alexander Grushko, Russia's envoy to NATO, "
            "said after a meeting of the council on Thursday.",
            "Alexander Grushko",
        ),
    ],
)
def test_closing_attributions_with_where_and_when_after_them(sentence: str, sayer: str) -> None:
    assert sentence_sayer(sentence) == sayer


def test_after_a_name_is_no_subject() -> None:
    # "right after Zakharova left Baku": the time clause names her, the agency asked.
    sentence = (
        "However, right after Zakharova left Baku, the agency asked the spokesperson of the "
        "ministry to comment on the visit."
    )
    assert sentence_sayer(sentence) != "Maria Zakharova"


LETTER = """\
Небензя: у секретариата ООН нет полномочий на расследования

Как сообщает агентство, об этом говорится в письме Небензи генеральному секретарю.

В письме подчёркивается, что такими проверками Совет ставит под удар свою репутацию.
"""


@pytest.mark.parametrize(
    ("sentence", "sayer"),
    [
        ("Об этом говорится в письме Небензи.", "Vassily Nebenzia"),
        ("Об этом сказано в статье Лаврова для журнала.", "Sergey Lavrov"),
        ("В письме подчёркивается, что Совет рискует репутацией.", Ref.PRONOUN),
        ("В статье также говорится, что Запад ошибается.", Ref.PRONOUN),
    ],
)
def test_a_writers_letter_or_article_speaks_for_them(sentence: str, sayer: str | Ref) -> None:
    assert sentence_sayer(sentence) == sayer


def test_what_the_letter_stresses_is_its_writers() -> None:
    assert speaker_of(LETTER, "ставит под удар") == "Vassily Nebenzia"


PASSED_ON = """\
Замглавы МИД: НАТО отрабатывает блокаду Калининграда

Альянс на текущих учениях отрабатывает сценарий блокирования Калининградской области.

Как передает Report, об этом в интервью газете заявил заместитель министра иностранных дел \
России Александр Грушко.
"""


def test_a_back_reference_after_the_outlet_that_passes_it_on() -> None:
    assert speaker_of(PASSED_ON, "отрабатывает сценарий") == "Alexander Grushko"


COUNTERPARTS = """\
Russia to open an embassy in Montevideo

Uruguay's Foreign Minister Mario Lubetkin said on Thursday that the embassy would open next \
year, after talks with his Russian counterpart Sergei Lavrov.

"It was agreed that the embassy will open early next year," the Uruguayan foreign minister \
said. His Russian counterpart recalled that the two countries had a long history of ties.
"""

SIGNED_QUOTE = """\
Захарова: в Латвии заигрались с запретами

Официальный представитель МИД Мария Захарова считает, что власти Латвии заигрались с запретами \
русского языка.

Они просто настолько заигрались, что спровоцируют кризисы, которые уже нельзя отыграть назад.

Мария Захарова, официальный представитель МИД России

Напомним, что кабинет министров Латвии одобрил поправки к законам об образовании.
"""


def test_a_foreign_minister_by_nationality_and_his_counterpart() -> None:
    # "Uruguay's Foreign Minister X" names him for "the Uruguayan foreign minister said";
    # "his Russian counterpart Sergei Lavrov" for "His Russian counterpart recalled".
    assert speaker_of(COUNTERPARTS, "agreed that the embassy") == "Mario Lubetkin"
    assert speaker_of(COUNTERPARTS, "long history of ties") == "Sergey Lavrov"


def test_words_signed_by_their_speaker_on_the_line_under_them() -> None:
    assert speaker_of(SIGNED_QUOTE, "нельзя отыграть назад") == "Maria Zakharova"
    assert speaker_of(SIGNED_QUOTE, "Напомним") == "Unknown speaker"


@pytest.mark.parametrize(
    ("sentence", "sayer"),
    [
        ("Такой информацией чиновница поделилась с журналистами в эфире.", Ref.OWN_POST),
        ("Этим мнением Рябков поделился с журналистами.", "Sergey Ryabkov"),
        ("Захарова поделилась, что готовит книгу.", "Maria Zakharova"),
        # «Накануне» opens the sentence, no word of the name.
        (
            "Накануне глава Минцифры Максут Шадаев заявил, что сервис нарушает закон.",
            "Maksut Shadayev",
        ),
    ],
)
def test_sharing_information_is_saying(sentence: str, sayer: str | Ref) -> None:
    assert sentence_sayer(sentence) == sayer


GUEST_PREMIER = """\
Путин встретился с премьером Лаоса

Президент России Владимир Путин встретился с премьер-министром Лаоса Сонсаем Сипхандоном во \
Владивостоке.

Сонсай Сипхандон отметил, что Лаос ценит дружбу с Россией.

Премьер добавил, что его визит в Россию — большая честь для него.

Господин Путин выразил уверенность, что визит принесет пользу.
"""


def test_a_surname_after_an_honorific_names_the_one_named_in_full() -> None:
    page = GUEST_PREMIER.replace(
        "Премьер добавил, что его визит в Россию — большая честь для него.",
        "«Для меня большая честь вновь посетить Россию», — сказал господин Сипхандон.",
    )
    assert speaker_of(page, "вновь посетить") == "Sonsay Sipkhandon"


def test_the_post_of_a_guest_named_with_it_is_the_guests() -> None:
    # "премьер-министром Лаоса Сонсаем Сипхандоном": the premier is the guest; the words had
    # gone to Putin, the page's own official.
    assert speaker_of(GUEST_PREMIER, "большая честь") == "Sonsay Sipkhandon"
    assert speaker_of(GUEST_PREMIER, "принесет пользу") == "Vladimir Putin"
    # A guest the story never called premier: the premier's words are nobody's we can name,
    # never the president's.
    unposted = GUEST_PREMIER.replace(
        "с премьер-министром Лаоса Сонсаем Сипхандоном", "с гостем из Лаоса"
    ).replace("Премьер добавил", "Премьер-министр добавил")
    assert speaker_of(unposted, "большая честь") == "Unknown speaker"


def test_you_in_an_interviewers_question_names_no_sayer() -> None:
    # "— In December you drew attention to ...": the interviewer speaks to the one interviewed;
    # the sentence names no one else who said it.
    for sentence in (
        "— In December 2024, you drew attention to the fact that Russia remains open to talks.",
        "Вы заявили, что Россия открыта для переговоров.",
    ):
        assert sentence_sayer(sentence) is None
