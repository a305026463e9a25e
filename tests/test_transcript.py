"""Tests for retrieval.transcript: the bundled sample, our own transcripts, and every variation."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from retrieval.normalize import normalize_whitespace
from retrieval.passages import QUESTION_SPEAKER, Document, Passage
from retrieval.speakers import UNKNOWN_SPEAKER
from retrieval.transcript import MAX_WORDS, MIN_WORDS, TranscriptError, parse_transcript

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "2021-03-17_lavrov_ashkenazi_moscow_news_conference.txt"
TRANSCRIPTS = Path(__file__).resolve().parent / "transcripts"
ALL_FILES = sorted([SAMPLE, *TRANSCRIPTS.glob("*.txt"), *(TRANSCRIPTS / "layouts").glob("*.txt")])

HEADER = (
    "17 March 202118:27\n\nForeign Minister Sergey Lavrov’s remarks, Moscow, March 17, 2021"
    "\n\n• en-GB1 ru-RU1\n\n"
)
# A sentence long enough (31 words) to stand as a passage of its own.
LONG = (
    "We discussed the bilateral agenda in detail, including trade, transport, energy, culture "
    "and education, and agreed to meet again in the autumn to review what has been achieved so "
    "far. Both delegations praised the constructive and friendly atmosphere of the meeting."
)


def parse_file(path: Path) -> Document:
    return parse_transcript(path.read_text(encoding="utf-8"), path.stem)


def parse(body: str, header: str = HEADER) -> Document:
    return parse_transcript(header + body, "doc")


def words(text: str) -> int:
    return len(text.split())


def by_speaker(document: Document) -> dict[str, list[Passage]]:
    out: dict[str, list[Passage]] = {}
    for passage in document.passages:
        out.setdefault(passage.speaker, []).append(passage)
    return out


# --- the bundled sample ------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample() -> Document:
    return parse_file(SAMPLE)


def test_sample_metadata(sample: Document) -> None:
    assert sample.title == (
        "Foreign Minister Sergey Lavrov's remarks and answers to media questions at a joint news "
        "conference with Israeli Foreign Minister Gabriel Ashkenazi, Moscow, March 17, 2021"
    )
    assert sample.date == dt.date(2021, 3, 17)
    assert sample.place == "Moscow"
    assert sample.language == "en"
    assert sample.speaker == "Sergey Lavrov"
    assert sample.id == SAMPLE.stem
    assert sample.source_url is None


def test_sample_opening_remarks_are_lavrovs_statement(sample: Document) -> None:
    first = sample.passages[0]
    assert first.text.startswith("Ladies and gentlemen,\n\nI am pleased to have held")
    assert (first.speaker, first.role, first.turn, first.paragraph) == (
        "Sergey Lavrov",
        "statement",
        0,
        0,
    )
    opening = [p for p in sample.passages if p.turn == 0]
    assert all(p.speaker == "Sergey Lavrov" and p.role == "statement" for p in opening)
    assert opening[-1].text.endswith("which I will do with pleasure.")


def test_sample_questions_and_answers(sample: Document) -> None:
    questions = [p for p in sample.passages if p.role == "question"]
    assert [q.speaker for q in questions] == [QUESTION_SPEAKER, QUESTION_SPEAKER]
    assert questions[0].text.startswith("The small body of the Constitutional Committee")
    assert all(q.in_reply_to is None for q in questions)
    icc = [p for p in sample.passages if p.role == "answer" and "ICC" in p.text]
    assert len(icc) >= 3
    for passage in icc:
        assert passage.speaker == "Sergey Lavrov"
        assert passage.in_reply_to is not None
        assert "International Criminal Court" in passage.in_reply_to
        assert passage.in_reply_to == questions[1].text
    assert icc[-1].text.endswith("in light of the court's tarnished reputation.")


def test_sample_drops_page_chrome(sample: Document) -> None:
    for passage in sample.passages:
        assert "Additional materials" not in passage.text
        assert "Advanced settings" not in passage.text
        assert "en-GB1" not in passage.text


def test_sample_ids_are_unique_and_stable(sample: Document) -> None:
    again = parse_file(SAMPLE)
    ids = [p.id for p in sample.passages]
    assert ids == [p.id for p in again.passages]
    assert len(set(ids)) == len(ids)
    assert all(re.fullmatch(r"[0-9a-f]{12}", i) for i in ids)
    # Ids depend on content, not on the file name.
    renamed = parse_transcript(SAMPLE.read_text(encoding="utf-8"), "other-name")
    assert [p.id for p in renamed.passages] == ids


def test_sample_turns_are_numbered_in_order(sample: Document) -> None:
    turns = [(p.turn, p.paragraph) for p in sample.passages]
    assert turns == sorted(turns)
    assert [p.turn for p in sample.passages if p.paragraph == 0] == list(range(5))


# --- properties over every transcript we have --------------------------------------------


@pytest.fixture(scope="module", params=ALL_FILES, ids=lambda p: p.name)
def any_document(request: pytest.FixtureRequest) -> tuple[Path, Document]:
    return request.param, parse_file(request.param)


def test_passage_text_is_exact_source_words(any_document: tuple[Path, Document]) -> None:
    path, document = any_document
    source = normalize_whitespace(path.read_text(encoding="utf-8"))
    for passage in document.passages:
        for part in passage.text.split("\n\n"):
            assert normalize_whitespace(part) in source, part


def test_passage_sizes(any_document: tuple[Path, Document]) -> None:
    _, document = any_document
    for passage in document.passages:
        # Over ~160 words only when one sentence is that long.
        if words(passage.text) > 160:
            pieces = re.split(r"(?<=[.!?])\s+(?=[A-ZА-Я])", passage.text)
            assert max(words(piece) for piece in pieces) > MAX_WORDS
    turns: dict[int, list[Passage]] = {}
    for passage in document.passages:
        turns.setdefault(passage.turn, []).append(passage)
    for passages in turns.values():
        assert len({p.speaker for p in passages}) == 1  # never across speakers
        assert [p.paragraph for p in passages] == list(range(len(passages)))
        # A short passage is only ever the last of its turn (nothing left to join).
        for passage in passages[:-1]:
            assert words(passage.text) >= MIN_WORDS


def test_passages_are_well_formed(any_document: tuple[Path, Document]) -> None:
    _, document = any_document
    ids = [p.id for p in document.passages]
    assert len(set(ids)) == len(ids)
    for passage in document.passages:
        assert passage.text.strip() == passage.text and re.search(r"\w", passage.text)
        assert passage.speaker
        assert (passage.role == "answer") == (passage.in_reply_to is not None)
        assert passage.doc_id == document.id and passage.title == document.title
        assert (passage.date, passage.place) == (document.date, document.place)


# --- our own transcripts -----------------------------------------------------------------


def test_joint_press_conference_labels_with_notes() -> None:
    document = parse_file(TRANSCRIPTS / "en_joint_press_notes.txt")
    assert document.date == dt.date(2015, 6, 30)  # the title's date beats the page's
    assert document.place == "Geneva"
    turns = [(p.speaker, p.role) for p in document.passages if p.paragraph == 0]
    assert turns == [
        ("Sergey Lavrov", "statement"),
        (QUESTION_SPEAKER, "question"),
        ("John Kerry", "answer"),
        ("Sergey Lavrov", "answer"),
        ("Emmanuel Macron", "answer"),
        ("Sergey Lavrov", "statement"),  # after "* * *": the title's speaker, no question pending
        (QUESTION_SPEAKER, "question"),
        ("Sergey Lavrov", "answer"),
    ]
    question = document.passages[2]
    assert question.text.startswith("Mr Kerry, Mr Lavrov, are you confident")
    # Several answerers to one question all reply to it.
    answers = [p for p in document.passages if p.turn in (2, 3, 4)]
    assert {p.in_reply_to for p in answers} == {question.text}
    assert "(after J.Kerry)" not in "".join(p.text for p in document.passages)


def test_bullets_and_salutations_stay_with_their_paragraphs() -> None:
    document = parse_file(TRANSCRIPTS / "en_joint_press_notes.txt")
    texts = [p.text for p in document.passages]
    assert texts[0].startswith("Ladies and gentlemen,\n\nWe have just finished")
    listing = next(t for t in texts if "We agreed on the following:" in t)
    assert "\n• a joint commission will meet every quarter;\n• the sides" in listing
    assert "Colleagues," not in texts and "Ladies and gentlemen," not in texts
    assert any(t.startswith("Colleagues,\n\nLet me say a few words") for t in texts)


def test_chrome_after_the_end_marker_is_dropped() -> None:
    document = parse_file(TRANSCRIPTS / "en_joint_press_notes.txt")
    assert document.passages[-1].text.endswith("guarantees of safety on the ground.")
    assert not any("page chrome" in p.text for p in document.passages)


def test_zakharova_briefing() -> None:
    document = parse_file(TRANSCRIPTS / "en_zakharova_briefing.txt")
    assert document.date == dt.date(2011, 11, 29)
    assert document.speaker == "Maria Zakharova"
    opening = [p for p in document.passages if p.turn == 0]
    assert opening and all(p.speaker == "Maria Zakharova" for p in opening)
    assert opening[0].text.startswith("Minister Sergey Lavrov’s schedule\n\nOn December 1")
    # "Ukraine:" heads a section; it is not a speaker.
    assert "Ukraine" not in {p.speaker for p in document.passages}
    assert any(p.text.startswith("Ukraine: ceasefire violations") for p in opening)
    listing = next(p.text for p in opening if "principles remain unchanged" in p.text)
    assert listing.endswith("– direct dialogue between the parties;\n– no outside interference.")
    assert not any(p.text in ("Print version", "Photos") for p in document.passages)
    answers = [p for p in document.passages if p.role == "answer"]
    assert [p.speaker for p in answers] == ["Maria Zakharova", "Maria Zakharova"]
    assert answers[1].in_reply_to == "And what about the visa centre in the same city?"


def test_interview_with_a_named_interviewer() -> None:
    document = parse_file(TRANSCRIPTS / "en_interview_belova.txt")
    assert document.source_url == "https://example.org/foreign-policy/interviews/belova-2021"
    assert document.date == dt.date(2021, 3, 17)  # "17 March 2021" in the title, no date line
    assert document.place == "Moscow"
    assert not any("Source:" in p.text or "example.org" in p.text for p in document.passages)
    belova = [p for p in document.passages if p.speaker == "Olga Belova"]
    assert belova and all(p.role == "question" and p.in_reply_to is None for p in belova)
    lavrov = [p for p in document.passages if p.speaker == "Sergey Lavrov"]
    assert lavrov and all(p.role == "answer" for p in lavrov)
    assert lavrov[0].in_reply_to == belova[0].text
    assert all(p.source_url == document.source_url for p in document.passages)


def test_single_newline_paragraphs_and_cut_off_text() -> None:
    document = parse_file(TRANSCRIPTS / "en_interview_belova.txt")
    first = document.passages[1]
    # Two single-newline lines of one turn: two paragraphs, the short first one joined.
    assert first.text.startswith("Relations are uneven.")
    assert "for it.\n\nIn every case we are guided" in first.text
    # The page is cut off mid-word: kept as it is, nothing invented.
    assert document.passages[-1].text.endswith("discuss the results of the cooperati")


def test_whole_page_on_one_line() -> None:
    document = parse_file(TRANSCRIPTS / "en_one_line.txt")
    turns = [(p.speaker, p.role, p.text.split()[0]) for p in document.passages]
    assert turns == [
        ("Sergey Lavrov", "statement", "Ladies"),
        (QUESTION_SPEAKER, "question", "What"),
        ("Sergey Lavrov", "answer", "The"),
        (QUESTION_SPEAKER, "question", "Will"),
        ("Sergey Lavrov", "answer", "We"),
    ]
    assert document.passages[-1].text.endswith("by the heads of delegations.")
    assert document.passages[3].text == "Will the summit adopt a joint declaration?"


def test_everything_on_one_line_including_date_and_title() -> None:
    flat = " ".join(SAMPLE.read_text(encoding="utf-8").split())
    document = parse_transcript(flat, "flat")
    assert document.title.startswith("Foreign Minister Sergey Lavrov's remarks")
    assert document.title.endswith("Moscow, March 17, 2021")
    assert document.date == dt.date(2021, 3, 17)
    roles = [(p.speaker, p.role) for p in document.passages if p.paragraph == 0]
    assert roles == [
        ("Sergey Lavrov", "statement"),
        (QUESTION_SPEAKER, "question"),
        ("Sergey Lavrov", "answer"),
        (QUESTION_SPEAKER, "question"),
        ("Sergey Lavrov", "answer"),
    ]
    assert "Additional materials" not in document.passages[-1].text


def test_russian_press_conference() -> None:
    document = parse_file(TRANSCRIPTS / "ru_lavrov_press.txt")
    assert document.language == "ru"
    assert document.date == dt.date(2021, 3, 17)
    assert document.place == "Москва"
    assert document.speaker == "Sergey Lavrov"
    turns = [(p.speaker, p.role) for p in document.passages]
    # Вопрос:, ВОПРОС:, Вопрос (перевод ...):, С.В.Лавров:, С.В. ЛАВРОВ:, C.В.Лавров: (Latin C)
    exchange = [(QUESTION_SPEAKER, "question"), ("Sergey Lavrov", "answer")]
    assert turns == [("Sergey Lavrov", "statement"), *exchange, *exchange, *exchange]
    assert document.passages[0].text.startswith("Уважаемые дамы и господа,\n\nТолько что")
    assert all(p.language == "ru" for p in document.passages)
    assert not any("Дополнительные материалы" in p.text for p in document.passages)


def test_russian_interview_with_a_named_interviewer_in_capitals() -> None:
    document = parse_file(TRANSCRIPTS / "ru_interview_kiselev.txt")
    assert (document.date, document.place) == (dt.date(2020, 5, 5), "Москва")
    turns = [(p.speaker, p.role) for p in document.passages]
    # The interviewer is in the speaker table: his initials give his full name.
    assert turns == [
        ("Dmitry Kiselyov", "question"),
        ("Sergey Lavrov", "answer"),
        ("Dmitry Kiselyov", "question"),
        ("Sergey Lavrov", "answer"),
        ("Dmitry Kiselyov", "question"),
    ]
    assert document.passages[3].in_reply_to == "А личные встречи вернутся?"


def test_russian_briefing_without_a_date_line() -> None:
    document = parse_file(TRANSCRIPTS / "ru_zakharova_briefing.txt")
    assert document.speaker == "Maria Zakharova"
    assert document.date == dt.date(2021, 3, 18)
    assert document.passages[0].speaker == "Maria Zakharova"
    assert document.passages[-1].speaker == "Maria Zakharova"
    assert document.passages[-1].role == "answer"
    assert not any("Расширенные настройки" in p.text for p in document.passages)


def test_opening_without_title_speaker_goes_to_first_official() -> None:
    document = parse_file(TRANSCRIPTS / "en_no_title_speaker.txt")
    assert document.speaker is None
    assert document.date == dt.date(2019, 4, 3)  # from the page's date line
    assert document.place is None
    # The lead above the official's first label describes the meeting: nobody's words.
    assert document.passages[0].text.startswith("The meeting opened with a minute of silence")
    assert document.passages[0].speaker == UNKNOWN_SPEAKER
    speakers = [p.speaker for p in document.passages[1:]]
    assert speakers == ["Sergey Lavrov", "Question", "Sergey Lavrov"]


def test_unlabelled_opening_remarks_go_to_the_first_official() -> None:
    page = f"Joint news conference, Moscow, May 5, 2020\n\nWe met today. {LONG}\n\n"
    page += "Sergey Lavrov: Thank you.\n\nQuestion: Why?\n\nSergey Lavrov: Because."
    document = parse_transcript(page, "opening")
    assert document.passages[0].speaker == "Sergey Lavrov"


def test_opening_without_any_official_is_unknown() -> None:
    document = parse_file(TRANSCRIPTS / "en_unknown_opening.txt")
    assert document.date is None
    assert document.passages[0].speaker == UNKNOWN_SPEAKER
    assert document.passages[0].role == "statement"
    # A new name right after a question is the person answering it.
    answer = document.passages[-1]
    assert (answer.speaker, answer.role) == ("Ivan Petrov", "answer")


def test_long_paragraphs_split_at_sentences() -> None:
    path = TRANSCRIPTS / "en_long_paragraphs.txt"
    document = parse_file(path)
    assert document.place == "St Petersburg"
    opening = [p for p in document.passages if p.turn == 0]
    # "Thank you." joins the long paragraph, which splits into ~40-120-word pieces.
    assert opening[0].text.startswith("Thank you.\n\nThe northern sea route")
    paragraph = next(
        line for line in path.read_text(encoding="utf-8").splitlines() if words(line) > 200
    )
    pieces = opening[:3]
    assert " ".join(p.text for p in pieces) == "Thank you.\n\n" + paragraph
    assert all(40 <= words(p.text) <= MAX_WORDS for p in pieces)
    for passage in opening:
        assert re.search(r"[.!?]$", passage.text)  # cut at sentence ends only
    # One enormous sentence stays whole.
    giant = next(p for p in opening if p.text.startswith("The second topic"))
    assert words(giant.text) > 160 and giant.text.count(". ") == 0
    # The short remarks at the end of the turn are joined to each other, not to the question.
    assert opening[-1].text == "Short remark one.\n\nShort remark two."
    assert document.passages[-2].text == "Thank you, Minister."


# --- variations, in small inline pages ---------------------------------------------------


@pytest.mark.parametrize(
    ("date_line", "expected"),
    [
        ("17 March 202118:27", dt.date(2021, 3, 17)),
        ("7 July 2025 03:31", dt.date(2025, 7, 7)),
        ("29 novembre 201118:11", dt.date(2011, 11, 29)),
        ("17 марта 2021 18:27", dt.date(2021, 3, 17)),
        ("March 17, 2021", dt.date(2021, 3, 17)),
        ("17.03.2021 18:27", dt.date(2021, 3, 17)),
    ],
)
def test_page_date_layouts(date_line: str, expected: dt.date) -> None:
    document = parse(f"Opening words. {LONG}", header=f"{date_line}\n\nRemarks at a forum\n\n")
    assert document.title == "Remarks at a forum"
    assert document.date == expected


@pytest.mark.parametrize(
    "header",
    [
        "Wednesday, 17 March 2021\nRemarks at a forum\n",  # a weekday before the date
        "Remarks at a forum\n\n17 March 202118:27\n\n",  # the date line under the title
        "17 March 2021\n18:27\nRemarks at a forum\n",  # the time on a line of its own
    ],
)
def test_page_date_line_variants_are_not_text(header: str) -> None:
    document = parse(LONG, header=header)
    assert (document.title, document.date) == ("Remarks at a forum", dt.date(2021, 3, 17))
    assert [p.text for p in document.passages] == [LONG]


@pytest.mark.parametrize(
    ("title", "date", "place"),
    [
        ("Remarks at the forum, Moscow, March 17, 2021", dt.date(2021, 3, 17), "Moscow"),
        ("Remarks at the forum, Nur-Sultan, 17 March 2021", dt.date(2021, 3, 17), "Nur-Sultan"),
        ("Выступление на форуме, Москва, 17 марта 2021 года", dt.date(2021, 3, 17), "Москва"),
        ("Remarks at the forum, New York, September 23-24, 2019", dt.date(2019, 9, 23), "New York"),
        ("Remarks, Rostov-on-Don, 3 May 2018", dt.date(2018, 5, 3), "Rostov-on-Don"),
        ("Remarks at the forum March 17, 2021", dt.date(2021, 3, 17), None),
        (
            "Answers to questions after the talks with colleagues from the region, March 17, 2021",
            dt.date(2021, 3, 17),
            None,
        ),
        ("Interview, Sergey Lavrov, March 17, 2021", dt.date(2021, 3, 17), None),
        ("Remarks at the forum", dt.date(2020, 1, 2), None),
    ],
)
def test_title_date_and_place(title: str, date: dt.date, place: str | None) -> None:
    document = parse(LONG, header=f"2 January 2020 10:00\n{title}\n")
    assert (document.date, document.place) == (date, place)


def test_no_date_at_all() -> None:
    document = parse(LONG, header="Remarks at the forum\n")
    assert document.date is None


def test_ordinary_colons_are_not_labels() -> None:
    document = parse(
        f"We agreed on the following: {LONG}\n\nIn Syria: {LONG}\n\nNorth Korea: {LONG}\n\n"
        f"Note: {LONG}\n\nQuestion: Anything else?\n\nSergey Lavrov: Yes. {LONG}"
    )
    speakers = [p.speaker for p in document.passages]
    assert speakers == ["Sergey Lavrov"] * 4 + [QUESTION_SPEAKER, "Sergey Lavrov"]
    assert document.passages[0].text.startswith("We agreed on the following: We discussed")


def test_label_alone_on_its_line() -> None:
    document = parse(f"{LONG}\n\nQuestion:\nWhat next?\n\nSergey Lavrov:\n\n{LONG}")
    assert [(p.speaker, p.role, p.text) for p in document.passages] == [
        ("Sergey Lavrov", "statement", LONG),
        (QUESTION_SPEAKER, "question", "What next?"),
        ("Sergey Lavrov", "answer", LONG),
    ]


def test_question_labels_with_outlets_and_a_moderator() -> None:
    document = parse(
        f"Moderator: Let us begin. {LONG}\n\nQuestion (RIA Novosti): Why?\n\n"
        f"Sergey Lavrov: {LONG}\n\nQuestion to both ministers: And then?\n\nLavrov: {LONG}"
    )
    assert [(p.speaker, p.role) for p in document.passages] == [
        ("Moderator", "statement"),
        (QUESTION_SPEAKER, "question"),
        ("Sergey Lavrov", "answer"),
        (QUESTION_SPEAKER, "question"),
        ("Sergey Lavrov", "answer"),
    ]


def test_answer_label_is_the_title_speaker() -> None:
    document = parse(f"Question: What next?\n\nAnswer: {LONG}")
    assert [(p.speaker, p.role) for p in document.passages] == [
        (QUESTION_SPEAKER, "question"),
        ("Sergey Lavrov", "answer"),
    ]


def test_separator_forms_and_pending_question() -> None:
    document = parse(f"Question: Why?\n\nSergey Lavrov: {LONG}\n\n***\n\n{LONG} Again.")
    last = document.passages[-1]
    assert (last.speaker, last.role, last.in_reply_to) == ("Sergey Lavrov", "statement", None)
    assert last.turn == 2 and not any("*" in p.text for p in document.passages)


def test_bullets_separated_by_blank_lines_stay_with_their_introduction() -> None:
    document = parse(
        f"{LONG}\n\nOur priorities are:\n\n• peace;\n\n• trade;\n\n- culture.\n\n{LONG}"
    )
    texts = [p.text for p in document.passages]
    assert "Our priorities are:\n• peace;\n• trade;\n- culture.\n\n" + LONG in texts


def test_salutation_alone_in_a_turn_is_not_a_passage() -> None:
    document = parse(f"Dear colleagues,\n\nQuestion: Why?\n\nSergey Lavrov: {LONG}\n\nFriends,")
    texts = [p.text for p in document.passages]
    assert "Dear colleagues," not in texts
    assert texts[-1] == LONG + "\n\nFriends,"


def test_short_paragraphs_never_join_across_turns() -> None:
    document = parse("Thank you.\n\nQuestion: Why?\n\nSergey Lavrov: Because.\n\nQuestion: Sure?")
    assert [(p.speaker, p.text) for p in document.passages] == [
        ("Sergey Lavrov", "Thank you."),
        (QUESTION_SPEAKER, "Why?"),
        ("Sergey Lavrov", "Because."),
        (QUESTION_SPEAKER, "Sure?"),
    ]


def test_identical_passages_get_distinct_ids() -> None:
    document = parse(
        "Question: Why?\n\nSergey Lavrov: Yes.\n\nQuestion: Why?\n\nSergey Lavrov: Yes."
    )
    ids = [p.id for p in document.passages]
    assert len(set(ids)) == 4


def test_source_line_beats_argument_and_argument_is_used_otherwise() -> None:
    text = HEADER + LONG
    assert parse_transcript(text, "d", "https://a.example/x").source_url == "https://a.example/x"
    with_line = f"{HEADER}Source: https://b.example/y\n\n{LONG}"
    document = parse_transcript(with_line, "d", "https://a.example/x")
    assert document.source_url == "https://b.example/y"


def test_crlf_bom_and_nbsp() -> None:
    page = HEADER + f"Question:\u00a0Why?\n\nSergey Lavrov:  {LONG}"
    text = "\ufeff" + page.replace("\n", "\r\n")
    document = parse_transcript(text, "d")
    assert [p.text for p in document.passages] == ["Why?", LONG]


def test_language_is_from_the_body_not_the_versions_line() -> None:
    body = "Мы обсудили весь комплекс двусторонних отношений и договорились о новых встречах."
    document = parse(body)
    assert document.language == "ru"
    assert document.passages[0].language == "ru"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "no text"),
        ("   \n\t\n", "no text"),
        ("17 March 202118:27\n\n• en-GB1 ru-RU1\n", "not a transcript"),
        ("A title\n\nAdditional materials\n\nSome chrome", "not a transcript"),
        ("A title\n\n* * *\n\n•\n", "not a transcript"),
        ("Additional materials\nAdvanced settings", "no text"),
    ],
)
def test_transcript_errors(text: str, reason: str) -> None:
    with pytest.raises(TranscriptError) as caught:
        parse_transcript(text, "d")
    assert str(caught.value).startswith(reason)


# --- robustness --------------------------------------------------------------------------

_FRAGMENTS = st.sampled_from(
    [
        "\n", "\n\n", " ", "Question: ", "Sergey Lavrov: ", "С.В.Лавров:", "Вопрос:", "* * *",
        "Additional materials", "17 March 202118:27", "• en-GB1 ru-RU1", "Ladies and gentlemen,",
        "Olga Belova:", "? ", ". ", "Moscow, March 17, 2021", "•", "Source: http://x.example/z",
        "Answer:", "(retranslated)", ":", "C.В.Лавров:", "\u00a0", "\t", "word ", "Слово ", "\x00",
        "\ufeff", "J. ", "Mr.", "- ", "\r", "\u2028",
    ]
)  # fmt: skip
_TEXTS = st.one_of(
    st.text(),
    st.lists(st.one_of(_FRAGMENTS, st.text(max_size=6)), max_size=40).map("".join),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXTS)
def test_arbitrary_text_only_raises_transcript_error(text: str) -> None:
    try:
        document = parse_transcript(text, "fuzz")
    except TranscriptError as exc:
        assert str(exc)
        return
    assert document.passages
    assert Counter(p.id for p in document.passages).most_common(1)[0][1] == 1
    for passage in document.passages:
        assert passage.text and passage.text == passage.text.strip()
        assert any(ch.isalnum() for ch in passage.text)
        assert passage.speaker
        assert passage.role in ("statement", "question", "answer")


def test_a_paragraph_under_forty_words_joins_the_next_of_its_turn() -> None:
    # A wire story's lead of 30-39 words and the quote under it are one answer: the lead names
    # what the question asks about, the quote holds the words said.
    lead = (
        "MOSCOW, March 3. Russia will not take part in the new round of talks on the Barents Sea "
        "quotas until Oslo returns to equal terms, Foreign Minister Sergey Lavrov said on Friday."
    )
    quote = (
        '"We are ready to talk, but not in the language of ultimatums. Our fishermen have worked '
        "in these waters for centuries, and nobody will tell them where they may cast their nets. "
        'We have said so to our Norwegian colleagues more than once," the minister said.'
    )
    assert 30 <= words(lead) < MIN_WORDS <= words(quote)
    document = parse(f"{lead}\n\n{quote}\n\n{LONG}")
    texts = [p.text for p in document.passages]
    assert texts == [f"{lead}\n\n{quote}", LONG]
