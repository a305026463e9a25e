"""Who said it on news retellings, pass 13 (issue 8): layouts met on pages nobody here had
read before (set O): a quote that runs over several sentences of its paragraph.

The pages here are written for these tests in the layouts met on news sites. A wrong speaker
is the worst bug: where the page does not say who speaks, the passage stays unknown.
"""

from __future__ import annotations

import pytest

from retrieval.transcript import parse_transcript
from tests.conftest import said_by as _said_by

USHAKOV = "Yuri Ushakov"
ZAKHAROVA = "Maria Zakharova"
PESKOV = "Dmitry Peskov"

# Long sentences, so that the sentences of one quote fall into passages of their own.
_OPENED_QUOTE_STORY = (
    "Ушаков оценил ход консультаций\n\n"
    "Ушаков рассказал о консультациях в Женеве: «Мы провели с коллегами несколько раундов "
    "очень подробных обсуждений по всем вопросам повестки, включая самые трудные из них, и "
    "в целом остались довольны тем, как шла работа экспертов в эти три дня. Следующую "
    "встречу планируем провести уже в начале весны, если позволят графики делегаций, и к "
    "тому времени эксперты подготовят проекты нескольких документов по торговле и "
    "транспорту»{closing}.\n\n"
    "Погода в Женеве в эти дни стояла дождливая.\n"
)


@pytest.mark.parametrize(
    "closing",
    [
        # The agency that passed the words on is nobody's voice: the quote is his.
        ", передает ТАСС",
        ", — цитирует его РИА Новости",
        # A closing that names no one at all.
        "",
    ],
)
def test_a_quote_opened_by_a_named_sentence_goes_on_over_the_next_sentence(
    closing: str,
) -> None:
    ushakov = _said_by(_OPENED_QUOTE_STORY.format(closing=closing), USHAKOV)
    assert "Мы провели с коллегами" in ushakov
    assert "Следующую встречу планируем" in ushakov
    assert "Погода в Женеве" not in ushakov


def test_a_quoted_sentence_closed_by_an_agency_goes_on_with_the_one_quoted() -> None:
    # A paragraph of her words, cut into sentences, closed by "— цитирует ее ТАСС".
    page = (
        "Захарова объяснила звонок во время брифинга\n\n"
        "Официальный представитель МИД России Мария Захарова объяснила звонок, который "
        "поступил ей во время брифинга. По ее словам, она уточняла у коллег подробности "
        "одного сообщения.\n\n"
        "«Перед брифингом пришло несколько вопросов о противоречивых публикациях в сетях, "
        "и я попросила коллег из профильного департамента проверить, наша ли это тема. "
        "Ответ пришел уже в ходе брифинга: такие темы мы не комментируем», — цитирует ее "
        "ТАСС.\n\n"
        "Брифинг продолжался почти два часа.\n"
    )
    zakharova = _said_by(page, ZAKHAROVA)
    assert "Ответ пришел уже в ходе брифинга" in zakharova
    assert "Брифинг продолжался" not in zakharova


def test_a_title_split_by_the_sentence_cut_is_no_quote() -> None:
    # «Газета.Ru» is a name the sentence cut splits after its dot: what follows is narration.
    page = (
        "Путин прокомментировал доклад\n\n"
        "Владимир Путин считает, что доклад ничего не меняет. По его словам, России надо "
        "заниматься своими делами: «Собака лает, караван идет». «Газета.Ru» опубликовала "
        "полный текст комментария президента на своем сайте.\n"
    )
    assert "опубликовала полный текст" not in _said_by(page, "Vladimir Putin")


def test_another_quote_after_the_closed_one_keeps_its_own_closing() -> None:
    # The first quote closes with an agency; the next sentence quotes someone else by name.
    page = (
        "В Кремле прокомментировали переговоры\n\n"
        "Ушаков рассказал о переговорах: «Мы провели с коллегами несколько раундов очень "
        "подробных обсуждений по всем вопросам повестки, включая самые трудные из них. "
        "Работа будет продолжена в ближайшее время», передает ТАСС. «Решение о новой встрече "
        "пока не принято», — добавил Песков.\n"
    )
    assert "Работа будет продолжена" in _said_by(page, USHAKOV)
    assert "Решение о новой встрече" in _said_by(page, PESKOV)
    assert "Решение о новой встрече" not in _said_by(page, USHAKOV)


def test_a_post_closing_a_long_quote_is_read_in_its_own_sentence() -> None:
    # "— сказал советник Путина" closes a quote of three sentences; "Как сообщил Ушаков"
    # earlier in the paragraph does not make the adviser someone else.
    page = (
        "Ушаков рассказал об итогах переговоров\n\n"
        "Переговоры продлились почти пять часов. Как сообщил Ушаков, встреча была полезной, "
        "но компромисс пока не найден. «Пока компромиссного варианта найдено не было, хотя "
        "некоторые наработки коллег выглядят вполне приемлемыми и их нужно внимательно "
        "обсуждать на уровне экспертов. Некоторые формулировки, которые нам были предложены "
        "в последние дни, нам категорически не подходят. То есть работа будет "
        "продолжаться», — сказал советник Путина по окончании переговоров.\n\n"
        "После переговоров гости уехали в посольство.\n"
    )
    ushakov = _said_by(page, USHAKOV)
    assert "Пока компромиссного варианта" in ushakov
    assert "Некоторые формулировки" in ushakov
    assert "уехали в посольство" not in ushakov


def test_a_post_closing_a_long_quote_is_not_the_one_it_speaks_for() -> None:
    # "— сказал советник Путина" after Putin alone is named: his adviser is not Putin.
    page = (
        "В Кремле рассказали об итогах переговоров\n\n"
        "Переговоры продлились почти пять часов. Путин встретился с гостями в Кремле. «Пока "
        "компромиссного варианта найдено не было, хотя некоторые наработки коллег выглядят "
        "вполне приемлемыми и их нужно внимательно обсуждать на уровне экспертов. Работа "
        "будет продолжаться», — сказал советник Путина по окончании переговоров.\n"
    )
    assert "Пока компромиссного варианта" not in _said_by(page, "Vladimir Putin")


def test_the_russian_leader_is_the_president_named_in_the_same_paragraph() -> None:
    # A story about a deputy minister recalls the president's words at its end: "the Russian
    # leader" is the president named in that very paragraph, not the deputy minister.
    page = (
        "Moscow sets a condition for arms talks\n\n"
        "Moscow will not discuss arms control with Washington on a separate track, Russian "
        "Deputy Foreign Minister Sergei Ryabkov told reporters on Tuesday.\n\n"
        '"We are not ready for this," Ryabkov said.\n\n'
        "Last year, Russian President Vladimir Putin said Russia was ready to discuss "
        'security with the United States. "If they want, we are ready, and if they do not '
        'want, there is no need: we are self-sufficient," the Russian leader said.\n'
    )
    assert "we are self-sufficient" in _said_by(page, "Vladimir Putin")
    assert "we are self-sufficient" not in _said_by(page, "Sergey Ryabkov")


_EXPLAINED_STORY = (
    "Medvedev's new channel\n\n"
    "Deputy Chairman of the Russian Security Council Dmitry Medvedev chose a symbolic date "
    "to open a new channel for a foreign audience. Medvedev's choice was explained by "
    "{agent}, reports RIA News.\n\n"
    '"Long texts cannot be published on that network, so a separate channel was opened. The '
    'date is symbolic," he said.\n'
)


@pytest.mark.parametrize(
    ("agent", "whose"),
    [
        # The agent of a passive verb of saying is the one who said it: "he" is the aide.
        ("his assistant Oleg Osipov", "Oleg Osipov"),
        # A passive with no person after "by" names no one: "he" stays Medvedev.
        ("the restrictions of the network", "Dmitry Medvedev"),
    ],
)
def test_explained_by_names_who_explained(agent: str, whose: str) -> None:
    page = _EXPLAINED_STORY.format(agent=agent)
    assert "The date is symbolic" in _said_by(page, whose)
    other = {"Oleg Osipov", "Dmitry Medvedev"} - {whose}
    assert "The date is symbolic" not in _said_by(page, other.pop())


def test_an_agency_quoting_her_words_names_her() -> None:
    # "— цитирует ТАСС слова Захаровой": the agency stands between the verb and "слова".
    page = (
        "Захарова ответила на акцию в ООН\n\n"
        '"Представитель США сделала все, чтобы опозорить свою страну таким безответственным '
        'заявлением", - цитирует ТАСС слова Захаровой, сказанные ею в эфире телеканала.\n\n'
        "Заседание Совета Безопасности продолжалось до вечера.\n"
    )
    zakharova = _said_by(page, ZAKHAROVA)
    assert "опозорить свою страну" in zakharova
    assert "продолжалось до вечера" not in zakharova


@pytest.mark.parametrize(
    ("closing", "whose"),
    [
        ("— цитирует ее ТАСС", ZAKHAROVA),
        # Another's words quoted by the agency stay theirs.
        ("— цитирует ТАСС слова Рябкова", "Sergey Ryabkov"),
    ],
)
def test_an_agency_quoting_a_pronoun_names_the_one_named_last(closing: str, whose: str) -> None:
    page = (
        "Захарова о звонке\n\n"
        "Мария Захарова объяснила, почему ей позвонили во время брифинга.\n\n"
        f"«Я уточняла у коллег, наша ли это тема, и ответ пришел уже в ходе брифинга», {closing}."
        "\n"
    )
    assert "Я уточняла у коллег" in _said_by(page, whose)


@pytest.mark.parametrize(
    "dateline",
    [
        "ST. PETERSBURG, Sept 13 –",
        "ST. PETERSBURG, Sept 13 (Reuters) –",
        "ST. PETERSBURG –",
        "ST PETERSBURG –",
    ],
)
def test_a_dateline_with_an_abbreviated_city_is_no_speaker_label(dateline: str) -> None:
    # "ST." is an abbreviation, not an initial: the line is a dateline, not "S. T. Petersburg"
    # speaking; the story's own sentences say who said what.
    page = (
        f"{dateline} Russian President Vladimir Putin met with the Chinese foreign minister "
        "on Thursday in St. Petersburg.\n\n"
        "Putin said Russia appreciates China's support for its chairmanship of BRICS.\n"
    )
    speakers = {p.speaker for p in parse_transcript(page, "page").passages}
    assert not any("etersburg" in s for s in speakers)
    assert "Vladimir Putin" in speakers


@pytest.mark.parametrize("label", ["Дж. Керри", "S. Lavrov", "С.В. Лавров"])
def test_initials_with_a_small_second_letter_still_make_a_label(label: str) -> None:
    page = (
        "Пресс-конференция\n\n"
        f"{label}: Мы обсудили ход переговоров и договорились продолжить работу экспертов.\n\n"
        "Вопрос: Когда состоится следующая встреча?\n"
    )
    first = parse_transcript(page, "page").passages[0]
    assert first.speaker != "Unknown speaker"
    assert "Мы обсудили ход переговоров" in first.text
