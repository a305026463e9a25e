"""Inline keyboards under answers, and the callback data they carry.

Callback data must fit Telegram's 64 bytes and stay valid after a reload, so buttons name
passages by their stable content ids, and a "More" button names the question by a short key.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from retrieval.search import SearchResult

MAX_CALLBACK_BYTES = 64


@dataclass(frozen=True, slots=True)
class Callback:
    """A decoded button press: ``more`` (offset, key), ``full`` or ``context`` (passage id)."""

    action: str
    passage_id: str = ""
    offset: int = 0
    key: str = ""


def question_key(question: str) -> str:
    """A short, stable key for a question, for the More button."""
    return hashlib.blake2b(question.encode("utf-8", "replace"), digest_size=6).hexdigest()


def encode_more(offset: int, key: str) -> str:
    return f"m:{offset}:{key}"


def decode(data: str | None) -> Callback | None:
    """Parse callback data; None for anything we did not produce."""
    if not data or not data.isascii() or len(data.encode()) > MAX_CALLBACK_BYTES:
        return None
    kind, _, rest = data.partition(":")
    if kind == "f" and rest.isalnum():
        return Callback("full", passage_id=rest)
    if kind == "c" and rest.isalnum():
        return Callback("context", passage_id=rest)
    if kind == "m":
        offset, _, key = rest.partition(":")
        if offset.isdigit() and key.isalnum() and int(offset) < 10_000:
            return Callback("more", offset=int(offset), key=key)
    return None


def answer_keyboard(result: SearchResult, key: str) -> InlineKeyboardMarkup | None:
    """Full answer / Context per hit, and More when further results exist."""
    rows: list[list[InlineKeyboardButton]] = []
    for number, hit in enumerate(result.hits, result.offset + 1):
        rows.append(
            [
                InlineKeyboardButton(f"Full answer {number}", callback_data=f"f:{hit.passage.id}"),
                InlineKeyboardButton(f"Context {number}", callback_data=f"c:{hit.passage.id}"),
            ]
        )
    if result.has_more:
        offset = result.offset + len(result.hits)
        rows.append([InlineKeyboardButton("More", callback_data=encode_more(offset, key))])
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
