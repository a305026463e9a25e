"""Inline keyboards under answers and alerts, and the callback data they carry.

Callback data must fit Telegram's 64 bytes and stay valid after a reload and a restart, so
buttons name passages by their stable content ids (``f:`` full answer, ``c:`` context, ``o:``
the other-language version), a "More" button names the question by a short key, alert buttons
name a watch by its number (``wu:`` remove, ``wm:`` the held rest of one change, ``wr:`` all a
speaker said in one document), and ``lang:`` buttons an interface language.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.formatting import display_order
from bot.i18n import LANGUAGE_NAMES, LANGUAGES, Language, texts_for
from retrieval.passages import Passage
from retrieval.search import SearchResult

MAX_CALLBACK_BYTES = 64


@dataclass(frozen=True, slots=True)
class Callback:
    """A decoded button press: ``more`` (offset, key); ``full``, ``context`` or ``other``
    (passage id)."""

    action: str
    passage_id: str = ""
    offset: int = 0
    key: str = ""


def question_key(question: str) -> str:
    """A short, stable key for a question, for the More button."""
    return hashlib.blake2b(question.encode("utf-8", "replace"), digest_size=6).hexdigest()


def encode_more(offset: int, key: str) -> str:
    return f"m:{offset}:{key}"


def _split(data: str | None) -> tuple[str, str] | None:
    """``kind`` and the rest of callback data shaped like ours (ASCII, within 64 bytes)."""
    if not data or not data.isascii() or len(data.encode()) > MAX_CALLBACK_BYTES:
        return None
    kind, _, rest = data.partition(":")
    return kind, rest


def decode(data: str | None) -> Callback | None:
    """Parse callback data; None for anything we did not produce."""
    if (split := _split(data)) is None:
        return None
    kind, rest = split
    if kind == "f" and rest.isalnum():
        return Callback("full", passage_id=rest)
    if kind == "c" and rest.isalnum():
        return Callback("context", passage_id=rest)
    if kind == "o" and rest.isalnum():
        return Callback("other", passage_id=rest)
    if kind == "m":
        offset, _, key = rest.partition(":")
        if offset.isdigit() and key.isalnum() and int(offset) < 10_000:
            return Callback("more", offset=int(offset), key=key)
    return None


#: The language of the other-language version of a passage's document, if one is held.
OtherVersion = Callable[[Passage], Language | None]


def _no_other_version(passage: Passage) -> Language | None:
    return None


def _passage_row(
    passage: Passage, number: int, language: Language, other: OtherVersion
) -> list[InlineKeyboardButton]:
    t = texts_for(language)
    row = [
        InlineKeyboardButton(t.BUTTON_FULL.format(n=number), callback_data=f"f:{passage.id}"),
        InlineKeyboardButton(t.BUTTON_CONTEXT.format(n=number), callback_data=f"c:{passage.id}"),
    ]
    target = other(passage)
    if target is not None:
        label = t.BUTTON_OTHER_VERSION[target]
        row.append(InlineKeyboardButton(label, callback_data=f"o:{passage.id}"))
    return row


def answer_keyboard(
    result: SearchResult,
    key: str,
    language: Language = "en",
    other: OtherVersion = _no_other_version,
) -> InlineKeyboardMarkup | None:
    """Full answer / Context per hit (in the reply's order, :func:`display_order`), the
    other-language version where ``other`` names one, and More when further results exist."""
    rows: list[list[InlineKeyboardButton]] = []
    for number, hit in enumerate(display_order(result.hits), result.offset + 1):
        rows.append(_passage_row(hit.passage, number, language, other))
    if result.has_more:
        offset = result.offset + len(result.hits)
        more = texts_for(language).BUTTON_MORE
        rows.append([InlineKeyboardButton(more, callback_data=encode_more(offset, key))])
    return InlineKeyboardMarkup(rows) if rows else None


#: Callback data of the /language buttons starts with this (routes presses to them).
LANGUAGE_CALLBACK_PATTERN = r"^lang:"


def language_keyboard() -> InlineKeyboardMarkup:
    """One button per interface language, each named in itself."""
    buttons = [
        InlineKeyboardButton(LANGUAGE_NAMES[lang], callback_data=f"lang:{lang}")
        for lang in LANGUAGES
    ]
    return InlineKeyboardMarkup([buttons])


def decode_language(data: str | None) -> Language | None:
    """The language a /language button names; None for anything we did not produce."""
    if (split := _split(data)) is None:
        return None
    kind, rest = split
    return next((lang for lang in LANGUAGES if kind == "lang" and rest == lang), None)


@dataclass(frozen=True, slots=True)
class WatchCallback:
    """A press of an alert button: ``unwatch`` (watch), ``more`` (watch, change) or ``rest``
    (passage)."""

    action: str
    watch_id: int = 0
    change_no: int = 0
    passage_id: str = ""


def _number(text: str) -> int | None:
    # isascii: int() would also read "²" or Arabic-Indic digits, which we never send.
    return int(text) if text.isascii() and text.isdigit() and len(text) <= 18 else None


def decode_watch(data: str | None) -> WatchCallback | None:
    """Parse an alert button's data; None for anything we did not produce."""
    if (split := _split(data)) is None:
        return None
    kind, rest = split
    if kind == "wr" and rest.isalnum():
        return WatchCallback("rest", passage_id=rest)
    first, _, second = rest.partition(":")
    watch_id = _number(first)
    if kind == "wu" and watch_id is not None and not second:
        return WatchCallback("unwatch", watch_id=watch_id)
    change_no = _number(second)
    if kind == "wm" and watch_id is not None and change_no is not None:
        return WatchCallback("more", watch_id=watch_id, change_no=change_no)
    return None


#: Callback data of every alert button starts with one of these (routes presses to them).
WATCH_CALLBACK_PATTERN = r"^w[umr]:"


def watch_list_keyboard(
    watch_ids: Sequence[int], language: Language = "en"
) -> InlineKeyboardMarkup | None:
    """A "Remove #n" button per watch, three to a row."""
    label = texts_for(language).WATCH_REMOVE_BUTTON
    buttons = [InlineKeyboardButton(label.format(id=n), callback_data=f"wu:{n}") for n in watch_ids]
    rows = [buttons[i : i + 3] for i in range(0, len(buttons), 3)]
    return InlineKeyboardMarkup(rows) if rows else None


def alert_keyboard(
    watch_id: int,
    change_no: int,
    *,
    quotes: Sequence[Passage] = (),
    rest: tuple[str, int] | None = None,
    held: int = 0,
    language: Language = "en",
    other: OtherVersion = _no_other_version,
) -> InlineKeyboardMarkup | None:
    """Under an alert: Full answer / Context (and the other-language version) per quote, or
    the speaker's rest of the document (``rest``: first passage id, passages in all), and More
    when matches are held back."""
    t = texts_for(language)
    rows = [_passage_row(p, n, language, other) for n, p in enumerate(quotes, 1)]
    if rest is not None and rest[1] > 1:
        label = t.ALERT_REST_BUTTON.format(count=rest[1])
        rows.append([InlineKeyboardButton(label, callback_data=f"wr:{rest[0]}")])
    if held:
        label = t.ALERT_MORE_BUTTON.format(count=held)
        rows.append([InlineKeyboardButton(label, callback_data=f"wm:{watch_id}:{change_no}")])
    return InlineKeyboardMarkup(rows) if rows else None


class RecentQuestions:
    """The last questions asked, by key, so a More button can re-run them."""

    def __init__(self, size: int = 20_000) -> None:
        self._items: OrderedDict[str, str] = OrderedDict()
        self._size = size

    def remember(self, question: str) -> str:
        key = question_key(question)
        self._items[key] = question
        self._items.move_to_end(key)
        while len(self._items) > self._size:
            self._items.popitem(last=False)
        return key

    def get(self, key: str) -> str | None:
        return self._items.get(key)
