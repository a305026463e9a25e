"""The short source line over a reply's quotes: ``17 Mar 2021 · Moscow · news conference``.

A phone shows about forty characters a line: the document's full title ("Foreign Minister
Sergey Lavrov's remarks and answers to media questions at a joint news conference …") would
take three lines under every quote. The short line names the date, the place (in the reader's
language when :mod:`retrieval.places` knows it) and the kind of event, read from the title;
it links to the source page, and a title of no known kind is shortened instead.
"""

from __future__ import annotations

import html
from typing import Final

from bot.i18n import Language, format_date, texts_for
from retrieval.events import event_kind
from retrieval.passages import Passage
from retrieval.places import place_name

__all__ = ["source_line_html", "source_line_text"]

#: A title of no known kind is cut to this many characters on the short line.
SHORT_TITLE_CHARS: Final = 60


def _what(passage: Passage, language: Language) -> str:
    kind = event_kind(passage.title)
    if kind is not None:
        return texts_for(language).EVENTS[kind]
    title = " ".join(passage.title.split())
    if len(title) > SHORT_TITLE_CHARS:
        title = title[: SHORT_TITLE_CHARS - 1].rsplit(" ", 1)[0] + "…"
    return title


def _parts(passage: Passage, language: Language) -> list[str]:
    parts = [format_date(passage.date, language, yearless_day=passage.yearless_day)]
    if passage.place:
        parts.append(place_name(passage.place, language))
    return parts


def _link(url: str | None) -> str | None:
    return url if url and url.startswith(("http://", "https://")) else None


def source_line_html(
    passage: Passage, language: Language, *, question_language: Language | None = None
) -> str:
    """The short source line as Telegram HTML, the event linked to its page.

    Args:
        passage: Any passage of the document.
        language: The reader's interface language.
        question_language: The language of the question asked: when the passage's differs,
            the line says which language the quote is in.
    """
    parts = [html.escape(p, quote=False) for p in _parts(passage, language)]
    what = html.escape(_what(passage, language), quote=False)
    url = _link(passage.source_url)
    if url:
        what = f'<a href="{html.escape(url, quote=True)}">{what}</a>'
    line = " · ".join([*parts, what])
    if question_language is not None and passage.language != question_language:
        line += f" · <i>{texts_for(language).IN_LANGUAGE[passage.language]}</i>"
    return f"📄 {line}"


def source_line_text(passage: Passage, language: Language) -> str:
    """The same line as plain text, with the full title and the link on a line of its own."""
    line = " · ".join([*_parts(passage, language), passage.title])
    return f"{line}\n{passage.source_url}" if passage.source_url else line
