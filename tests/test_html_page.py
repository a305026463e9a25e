"""HTML -> transcript: every layout in tests/pages/ round-trips through the transcript parser."""

from __future__ import annotations

import datetime as dt

import pytest

from retrieval.html_page import (
    Page,
    PageError,
    decode_html,
    extract_page,
    page_file_stem,
    text_digest,
    transcript_text,
)
from retrieval.transcript import parse_transcript
from tests.page_server import page_bytes


def _page(name: str, url: str | None = None) -> Page:
    charset = "windows-1251" if name == "mid_old_ru" else None
    return extract_page(decode_html(page_bytes(name), charset), url)


#: name -> (title starts with, date the parser serves, link, speakers in order of first turn,
#:          number of question turns, a phrase that must be quoted, its speaker)
LAYOUTS = {
    "mid_new_en": (
        "Foreign Minister Sergey Lavrov’s remarks and answers to media questions",
        dt.date(2023, 6, 14),
        "https://mid.ru/en/foreign_policy/news/1900001/",
        ["Sergey Lavrov"],
        2,
        "The river shipping project remains on our agenda.",
        "Sergey Lavrov",
    ),
    "mid_new_ru": (
        "Выступление и ответы на вопросы СМИ Министра иностранных дел",
        dt.date(2023, 6, 14),
        "https://mid.ru/ru/foreign_policy/news/1900002/",
        ["Sergey Lavrov"],
        2,
        "Проект речного судоходства остается в нашей повестке дня.",
        "Sergey Lavrov",
    ),
    "mid_old_en": (
        "Foreign Minister Sergey Lavrov’s interview with the newspaper Northern Courier",
        dt.date(2019, 11, 20),
        None,
        ["Sergey Lavrov"],
        2,
        "The Arctic must remain a territory of peace and cooperation.",
        "Sergey Lavrov",
    ),
    "mid_old_ru": (
        "Интервью Министра иностранных дел России С.В.Лаврова газете «Северный вестник»",
        dt.date(2019, 11, 20),
        None,
        ["Sergey Lavrov"],
        2,
        "Арктика должна оставаться территорией мира и сотрудничества.",
        "Sergey Lavrov",
    ),
    "kremlin_ru": (
        "Совещание с членами Правительства",
        dt.date(2023, 2, 15),
        "http://kremlin.ru/events/president/transcripts/70001",
        ["Vladimir Putin", "M.Reshetnikov"],
        0,
        "Программа льготного кредитования уже работает",
        "M.Reshetnikov",
    ),
    "kremlin_en": (
        "Meeting with Government members",
        dt.date(2023, 2, 15),
        "http://en.kremlin.ru/events/president/transcripts/70002",
        ["Vladimir Putin", "Maxim Reshetnikov"],
        0,
        "the soft loan programme is already working",
        "Maxim Reshetnikov",
    ),
    "embassy_mirror": (
        "Foreign Minister Sergey Lavrov’s answers to media questions on the sidelines of the OSCE",
        dt.date(2024, 12, 5),
        None,
        ["Sergey Lavrov"],
        2,
        "We are not going anywhere.",
        "Sergey Lavrov",
    ),
    "repost_comments": (
        "Foreign Minister Sergey Lavrov’s interview with the Eastern Herald, Moscow, April 3, 2024",
        dt.date(2024, 4, 3),  # the title's event date, not the repost's publication date
        "https://digest.example.org/2024/04/05/lavrov-eastern-herald/",
        ["Sergey Lavrov"],
        2,
        "Influence is not measured by headlines",
        "Sergey Lavrov",
    ),
}


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_layout_round_trips_through_the_parser(name: str) -> None:
    title, date, link, speakers, questions, phrase, phrase_speaker = LAYOUTS[name]
    page = _page(name)
    text = transcript_text(page)
    document = parse_transcript(text, "doc")
    assert document.title.startswith(title)
    assert document.date == date
    assert document.source_url == link
    answered = [p.speaker for p in document.passages if p.speaker != "Question"]
    assert list(dict.fromkeys(answered)) == speakers
    question_turns = {p.turn for p in document.passages if p.role == "question"}
    assert len(question_turns) == questions
    [holder] = [p for p in document.passages if phrase in p.text]
    assert holder.speaker == phrase_speaker
    # Every answer quotes its own question, never page chrome or navigation.
    for passage in document.passages:
        assert passage.role != "answer" or passage.in_reply_to
        for chrome in ("Share", "Поделиться", "Latest news", "Home", "Consular", "says:"):
            assert chrome not in passage.text


def test_bold_labels_become_name_colon_labels() -> None:
    text = transcript_text(_page("mid_old_en"))
    # "<strong>Question</strong>: ..." and "<strong>Sergey Lavrov: </strong>The ..."
    assert "\n\nQuestion: Mr Lavrov, the Arctic Council" in text
    assert "\n\nSergey Lavrov: The Arctic must remain" in text
    kremlin = transcript_text(_page("kremlin_ru"))
    assert "\n\nВ.Путин: Добрый день, уважаемые коллеги!" in kremlin
    assert "\n\nМ.Решетников: Уважаемый Владимир Владимирович!" in kremlin


def test_transcript_head_is_title_date_source() -> None:
    lines = transcript_text(_page("mid_new_en")).split("\n")
    assert lines[0].startswith("Foreign Minister Sergey Lavrov’s remarks")
    assert lines[1] == "14 June 2023"
    assert lines[2] == "Source: https://mid.ru/en/foreign_policy/news/1900001/"
    assert lines[3] == ""
    assert lines[4] == "Ladies and gentlemen,"


def test_the_press_office_summary_is_never_a_statement() -> None:
    # kremlin.ru's lead ("Vladimir Putin held ...") is the press office's, not Putin's words:
    # left out even when it sits inside the text's container.
    raw = page_bytes("kremlin_en").decode("utf-8")
    lead = raw[raw.index('<div class="read__lead') : raw.index('<div class="entry-content')]
    inside = raw.replace(lead, "").replace(
        'itemprop="articleBody">', f'itemprop="articleBody">{lead}'
    )
    for html in (raw, inside):
        page = extract_page(html)
        assert page.paragraphs[0].startswith("President of Russia Vladimir Putin: Good afternoon")
        assert not any("held a videoconference" in p for p in page.paragraphs)


def test_comments_and_repost_credit_are_left_out() -> None:
    page = _page("repost_comments")
    body = "\n".join(page.paragraphs)
    assert "Walter" not in body and "best diplomat" not in body and "Leave a Reply" not in body
    assert "Source: mid.ru" not in body
    assert len(page.paragraphs) == 4


def test_mirror_title_is_the_heading_above_the_text_not_the_site_name() -> None:
    page = _page("embassy_mirror")
    assert page.title.startswith("Foreign Minister Sergey Lavrov’s answers")
    assert page.date == dt.date(2024, 12, 5)  # not the header's clock (28 November 2024)
    assert "Moscow: 15:46" not in "\n".join(page.paragraphs)


def test_windows_1251_page_is_read_by_its_declared_charset() -> None:
    raw = page_bytes("mid_old_ru")
    assert "Арктика" in decode_html(raw, "windows-1251")
    assert "Арктика" in decode_html(raw)  # from its <meta> charset
    with pytest.raises(PageError, match="not UTF-8"):
        decode_html("Арктика".encode("cp1251"))


WORDS = "We discussed the matter in detail and agreed that experts would meet again next month. "


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a label alone in its bold paragraph joins the text that follows
        ("<p><b>Question:</b></p><p>Will the talks go on?</p>"
         f"<p><b>Sergey Lavrov:</b></p><p>{WORDS * 3}</p>",
         ["Question: Will the talks go on?", f"Sergey Lavrov: {(WORDS * 3).strip()}"]),
        # no space after the label; a bold name followed by a dash
        (f"<p><b>Question:</b>Why?</p><p><strong>Sergey Lavrov</strong> – {WORDS * 3}</p>",
         ["Question: Why?", f"Sergey Lavrov: {(WORDS * 3).strip()}"]),
        # a note between the bold label and its colon
        ("<p><b>Вопрос</b> (перевод с английского): Когда?</p>"
         f"<p><b>С.В.Лавров:</b> {WORDS * 3}</p>",
         ["Вопрос (перевод с английского): Когда?", f"С.В.Лавров: {(WORDS * 3).strip()}"]),
        # bold text that is not a label stays as it is
        (f"<p><b>The following was agreed</b> by both sides. {WORDS * 3}</p>",
         [f"The following was agreed by both sides. {(WORDS * 3).strip()}"]),
    ],
)  # fmt: skip
def test_label_shapes(body: str, expected: list[str]) -> None:
    html = (
        f"<html><body><article><h1>Interview, Minsk, May 5, 2022</h1>{body}</article></body></html>"
    )
    assert list(extract_page(html, "https://example.org/x").paragraphs) == expected


@pytest.mark.parametrize(
    "html",
    [
        "",
        "<html><body><nav><a href='/'>Home</a> <a href='/n'>News</a></nav><h1>Search</h1></body>",
        "<html><body><p>Only a few words here.</p></body></html>",
    ],
)
def test_page_without_statement_text_is_refused(html: str) -> None:
    with pytest.raises(PageError):
        extract_page(html, "https://example.org/")


def test_file_stem_is_date_and_ascii_title() -> None:
    assert (
        page_file_stem("Совещание с членами Правительства", dt.date(2023, 2, 15))
        == "2023-02-15_soveshchanie-s-chlenami-pravitelstva"
    )
    stem = page_file_stem("Lavrov’s remarks, " * 20, None)
    assert stem.startswith("undated_lavrovs-remarks-") and len(stem) <= 8 + 1 + 80
    assert page_file_stem("«»", None) == "undated_statement"


def test_text_digest_ignores_title_link_and_spacing() -> None:
    one = Page("A", None, "https://a/", ("Some  words here.", "More"))
    two = Page("B", dt.date(2020, 1, 1), None, ("Some words here. ", " More"))
    three = Page("A", None, "https://a/", ("Other words.",))
    assert text_digest(one) == text_digest(two) != text_digest(three)


def test_saved_page_address_comes_from_the_page() -> None:
    saved = "<!-- saved from url=(0042)https://www.mid.ru/en/press_service/1/ -->\n" + page_bytes(
        "embassy_mirror"
    ).decode("utf-8")
    assert extract_page(saved).url == "https://www.mid.ru/en/press_service/1/"
    assert _page("mid_new_en").url == "https://mid.ru/en/foreign_policy/news/1900001/"
