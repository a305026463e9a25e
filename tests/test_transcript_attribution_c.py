"""Attribution rules found on real set C (issue 8): who a news story's sentences belong to.

A wrong speaker is the worst bug: each rule here keeps a quote from going to someone the story
only mentions (a background sentence, a poet quoted in the genitive), or from going unknown
when a known official says it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from retrieval.russian_names import nominative
from retrieval.speakers import UNKNOWN_SPEAKER, speaker_from_title
from retrieval.transcript import parse_transcript
from retrieval.transcript._lines import is_clutter
from retrieval.transcript._quote_marks import mask_quotes
from retrieval.transcript._references import Ref
from retrieval.transcript._sentence_sayer import sentence_sayer
from retrieval.transcript._sizing import sentence_spans
from tests.conftest import said_by as _said_by

RUDENKO, ZAKHAROVA = "Andrey Rudenko", "Maria Zakharova"


def test_he_said_after_a_background_sentence_is_the_storys_sayer() -> None:
    page = (
        "Москва не думала о закрытии консульства\n\n"
        "МОСКВА, 3 мая. /ТАСС/. Россия не закроет консульство. Об этом заявил журналистам "
        "замглавы МИД РФ Андрей Руденко.\n\n"
        "Ранее министр иностранных дел Норвегии Ола Хансен заявил, что изучает этот вопрос.\n\n"
        '"Это решение Осло. Мы о нем не думали", - сказал он.'
    )
    assert "Мы о нем не думали" in _said_by(page, RUDENKO)
    assert "изучает этот вопрос" not in _said_by(page, RUDENKO)


def test_a_sentence_that_is_not_background_still_moves_he_to_its_sayer() -> None:
    page = (
        "Москва не думала о закрытии консульства\n\n"
        "МОСКВА, 3 мая. /ТАСС/. Россия не закроет консульство. Об этом заявил журналистам "
        "замглавы МИД РФ Андрей Руденко.\n\n"
        "Министр иностранных дел Норвегии Ола Хансен заявил, что изучает этот вопрос.\n\n"
        '"Это решение Осло. Мы о нем не думали", - сказал он.'
    )
    assert "Мы о нем не думали" not in _said_by(page, RUDENKO)


@pytest.mark.parametrize(
    ("sentence", "sayer"),
    [
        # A person quoted in the genitive is the one cited, never the subject.
        ("Она процитировала Роберта Рождественского о том, что «был выбор».", Ref.PRONOUN),
        # A surname alone in an adjective's oblique case: the one cited, never "someone".
        ("Она процитировала Рождественского: «был выбор у каждого».", Ref.PRONOUN),
        ("Лавров процитировал Твардовского: «на войне не бывает чужих».", "Sergey Lavrov"),
        # A known surname right before the verb, after other capitalised words.
        ("На пленарном заседании Госдумы Руденко заявил, что Россия за мир.", RUDENKO),
        ("На встрече с министром Лавровым Шойгу заявил, что учения пройдут.", "Sergei Shoigu"),
        # A first name before a known official's surname is someone else of that name.
        ("Дочь министра Ксения Шойгу заявила, что это не так.", "Ksenia Shoygu"),
        ("Дочери министра Ксении Шойгу рассказали, что это не так.", Ref.SOMEONE),
    ],
)
def test_sentence_sayer_c(sentence: str, sayer: object) -> None:
    assert sentence_sayer(sentence) == sayer


@pytest.mark.parametrize(
    ("words", "nominative_form"),
    [
        (["роберта", "рождественского"], ["роберт", "рождественский"]),
        (["александра", "твардовского"], ["александр", "твардовский"]),
        (["ирина", "ситтель"], ["ирина", "ситтель"]),  # a woman's undeclined surname stays
    ],
)
def test_an_adjectival_genitive_surname_is_never_a_nominative(
    words: list[str], nominative_form: list[str]
) -> None:
    assert nominative(words) == nominative_form


def test_a_verse_quoted_in_a_spokeswomans_story_stays_hers() -> None:
    page = (
        "Захарова ответила газете\n\n"
        "Захарова раскритиковала газету за интервью. Она процитировала Роберта "
        "Рождественского о том, что «был выбор у каждого: я или Родина»."
    )
    document = parse_transcript(page, "page")
    assert {p.speaker for p in document.passages} <= {ZAKHAROVA, UNKNOWN_SPEAKER}
    assert "я или Родина" in _said_by(page, ZAKHAROVA)


@pytest.mark.parametrize(
    ("title", "quote"),
    [
        ("«Мы привыкшие»: Лавров о попытках США расширить санкции", "Мы привыкшие"),
        ('"We will not be rushed" — Peskov on the talks', "We will not be rushed"),
        ("Захарова: «Нас этим не удивить»", "Нас этим не удивить"),
    ],
)
def test_a_headline_quote_is_also_the_speakers_passage(title: str, quote: str) -> None:
    page = f"{title}\n\nThe agency's correspondent was at the press conference in Moscow."
    document = parse_transcript(page, "page")
    assert document.title == title
    quoted = [p for p in document.passages if p.text == quote]
    assert quoted
    assert quoted[0].speaker == document.speaker


@pytest.mark.parametrize(
    "title",
    [
        "«Сила Сибири»: Лавров о газопроводе",  # one quoted word: a name, not speech
        "«Мы не уйдём»: в Осло ответили на слова Лаврова",  # the rest names no speaker of it
    ],
)
def test_a_headline_with_no_quote_of_its_speaker_adds_no_passage(title: str) -> None:
    page = f"{title}\n\nThe agency's correspondent was at the press conference in Moscow."
    texts = [p.text for p in parse_transcript(page, "page").passages]
    assert texts == ["The agency's correspondent was at the press conference in Moscow."]


@pytest.mark.parametrize(
    ("title", "speaker"),
    [
        (
            "Interview with Deputy Minister of Foreign Affairs of the Russian Federation "
            "Mikhail Galuzin to Izvestia newspaper (June 17, 2024)",
            "Mikhail Galuzin",
        ),
        (
            "Remarks by Deputy Minister of Foreign Affairs of the Russian Federation Ivan "
            "Petrov at the forum",
            "Ivan Petrov",
        ),
        # A partner in talks is not the speaker.
        ("Talks with Deputy Minister of Foreign Affairs Ivan Petrov in Oslo", None),
    ],
)
def test_a_title_with_a_long_post_names_the_interviewed(title: str, speaker: str | None) -> None:
    assert speaker_from_title(title) == speaker


def test_an_announced_list_of_statements_is_the_announced_speakers() -> None:
    page = (
        "Kremlin spokesman Dmitry Peskov spoke to reporters on Monday. Key points of his "
        "remarks:\n\n"
        "There are no plans for a new round of talks yet;\n\n"
        "Moscow is open to any format that brings results.\n\n"
        "The agency's correspondent asked about the timing, but no date was given."
    )
    document = parse_transcript(page, "page")
    said = {p.text: p.speaker for p in document.passages}
    peskov = " ".join(text for text, speaker in said.items() if speaker == "Dmitry Peskov")
    assert "no plans for a new round" in peskov and "open to any format" in peskov
    assert "spoke to reporters" not in peskov


def test_a_list_that_no_lead_announces_stays_unknown() -> None:
    page = (
        "Kremlin spokesman Dmitry Peskov spoke to reporters on Monday about the talks.\n\n"
        "There are no plans for a new round of talks yet;\n\n"
        "Moscow is open to any format that brings results."
    )
    speakers = {p.speaker for p in parse_transcript(page, "page").passages}
    assert speakers == {UNKNOWN_SPEAKER}


_TASS_STORY = (
    "Russia sees no grounds for talks — MFA\n\n"
    "MOSCOW, March 27. /TASS/. Moscow sees no grounds for new talks with Oslo on fishing "
    "quotas, Russian Deputy Foreign Minister Andrey Rudenko said.\n\n"
)


@pytest.mark.parametrize(
    ("tail", "date"),
    [
        ("Published: 27 March 2026, 10:15", dt.date(2026, 3, 27)),
        ("Обновлено 27 марта 2026, 12:00", dt.date(2026, 3, 27)),
        # No year for that day: a copyright's year is the site's, another day's stamp is
        # another story's; the date stays unknown rather than wrong.
        ("© 2026 TASS", None),
        ("March 26, 2026\n\nNorway summons the ambassador", None),
    ],
)
def test_a_dateline_without_a_year_takes_it_from_the_page_or_stays_unknown(
    tail: str, date: dt.date | None
) -> None:
    assert parse_transcript(_TASS_STORY + tail, "page").date == date


def test_the_search_checks_the_dateline_day_and_leaves_the_year_unchecked() -> None:
    from retrieval.search import SearchIndex

    document = parse_transcript(_TASS_STORY, "page")
    assert document.date is None and document.yearless_day == (3, 27)
    index = SearchIndex([document])
    # The month asked for holds the dateline's day: an answer, its year unchecked.
    question = "Rudenko on new talks with Oslo on fishing quotas in March 2026"
    result = index.search(question, k=3)
    assert [hit.unchecked for hit in result.hits] == [("year",)]
    # Another month: the day is checked and falls outside it.
    result = index.search(question.replace("March", "April"), k=3)
    assert result.hits == () and result.related == ()
    # A whole year checks no day: a question that names the statement is answered, its date
    # unchecked (round 46); a broad one gets the page as related.
    result = index.search(question.replace("March 2026", "2026"), k=3)
    assert [hit.unchecked for hit in result.hits] == [("date",)]
    result = index.search("Rudenko on Oslo in 2026", k=3)
    assert result.hits == ()
    assert [hit.unchecked for hit in result.related] == [("date",)]


@pytest.mark.parametrize(
    "line",
    [
        "Read more in Sergey Ryabkov's exclusive interview with Izvestia:",
        "Читайте также: Лавров провёл переговоры с коллегой из Норвегии",
        "See also: Peskov on the talks",
        "Skip to main content",
    ],
)
def test_a_teaser_to_another_story_is_clutter(line: str) -> None:
    assert is_clutter(line)


def test_a_sentence_that_opens_like_a_teaser_is_text() -> None:
    assert not is_clutter(
        "More on the talks was said by the minister later that day, when he met the press in "
        "Oslo and answered questions about the quotas for the next season and the commission."
    )


def test_a_post_with_the_ministry_in_the_genitive_is_the_pages_own_speaker() -> None:
    sentence = "«Это просто смешно», — сказала представитель МИДа."
    assert sentence_sayer(sentence) is Ref.OWN_POST


def test_a_writer_named_before_wrote_on_is_the_sayer() -> None:
    sentence = (
        "Dmitry Medvedev, deputy chairman of the Security Council of Russia, wrote on Telegram."
    )
    assert sentence_sayer(sentence) == "Dmitry Medvedev"
    # Still not the one a reported clause names before "напомнила журналистка": the
    # interviewer is the sayer.
    assert (
        sentence_sayer("Госсекретарь Керри говорит, что нужен механизм, напомнила журналистка.")
        is Ref.JOURNALIST
    )


def test_a_closing_mark_that_opens_a_quote_starts_a_sentence_and_is_masked() -> None:
    text = "”We will see”. Dmitry Medvedev wrote on Telegram. ”There are two reasons”."
    starts = [text[a:b].split()[0] for a, b in sentence_spans(text)]
    assert starts == ["”We", "Dmitry", "”There"]
    assert "see" not in mask_quotes(text) and "reasons" not in mask_quotes(text)


def test_he_said_in_the_background_paragraph_itself_is_the_background_sayer() -> None:
    page = (
        "Москва не думала о закрытии консульства\n\n"
        "МОСКВА, 3 мая. /ТАСС/. Россия не закроет консульство. Об этом заявил журналистам "
        "замглавы МИД РФ Андрей Руденко.\n\n"
        "Ранее министр иностранных дел Норвегии Ола Хансен заявил, что изучает этот вопрос. "
        '"Мы рассмотрим все варианты", - сказал он тогда.\n\n'
        '"Это решение Осло. Мы о нем не думали", - сказал он.'
    )
    assert "Мы рассмотрим все варианты" in _said_by(page, "Ola Khansen")
    assert "Мы рассмотрим все варианты" not in _said_by(page, RUDENKO)
    assert "Мы о нем не думали" in _said_by(page, RUDENKO)
