"""Which language the bot speaks to whom: chosen with /language, else Telegram's language code.

A user's choice (``/language`` in a private chat) and a group's (by its administrators) are
kept in the shared state file, so they survive restarts. For alerts, which arrive with no
update to read a language from, the chat's language is noted when a watch is added.

Resolution for an update: a group's chosen language; else the user's chosen language; else
their Telegram ``language_code`` (``ru``, ``uk``, ``be``, ``kk`` read Russian); else a noted
language; else English.
"""

from __future__ import annotations

import asyncio
import time
from collections import OrderedDict
from typing import Final, NamedTuple

from telegram import Update
from telegram.constants import ChatType

from bot.i18n import DEFAULT_LANGUAGE, LANGUAGES, Language, language_from_code
from bot.statedb import StateDB

__all__ = ["LANGUAGE_SCHEMA", "LanguageStore", "Preference", "language_of"]

LANGUAGE_SCHEMA: Final = """
CREATE TABLE IF NOT EXISTS languages (
    id INTEGER PRIMARY KEY,          -- a user's id, or a group's chat id
    language TEXT NOT NULL,
    chosen INTEGER NOT NULL,         -- 1: chosen with /language; 0: noted for alerts
    updated REAL NOT NULL
);
"""
#: Preferences kept in memory (the state file is asked once per person, not per message).
CACHE_SIZE: Final = 100_000


class Preference(NamedTuple):
    """A stored language: chosen with /language, or only noted when a watch was added."""

    language: Language
    chosen: bool


class LanguageStore:
    """Users' and groups' languages in the state file, with an in-memory cache.

    Args:
        db: The shared state store.
    """

    def __init__(self, db: StateDB) -> None:
        self.db = db
        db.ensure_schema(LANGUAGE_SCHEMA)
        self._cache: OrderedDict[int, Preference | None] = OrderedDict()

    def cached(self, subject: int) -> tuple[bool, Preference | None]:
        """(whether the cache knows ``subject``, its stored preference or None)."""
        if subject not in self._cache:
            return False, None
        self._cache.move_to_end(subject)
        return True, self._cache[subject]

    def get(self, subject: int) -> Preference | None:
        """The stored language of a user or chat, if any (reads the state file once)."""
        known, preference = self.cached(subject)
        if known:
            return preference
        rows = self.db.query("SELECT language, chosen FROM languages WHERE id = ?", (subject,))
        found = None
        if rows and rows[0]["language"] in LANGUAGES:
            found = Preference(rows[0]["language"], bool(rows[0]["chosen"]))
        self._remember(subject, found)
        return found

    def choose(self, subject: int, language: Language) -> None:
        """Remember a language chosen with /language."""
        self.db.execute(
            "INSERT INTO languages (id, language, chosen, updated) VALUES (?, ?, 1, ?) "
            "ON CONFLICT(id) DO UPDATE SET language = excluded.language, chosen = 1, "
            "updated = excluded.updated",
            (subject, language, time.time()),
        )
        self._remember(subject, Preference(language, True))

    def note(self, subject: int, language: Language) -> None:
        """Note a chat's language for alerts, unless a language was chosen for it."""
        self.db.execute(
            "INSERT INTO languages (id, language, chosen, updated) VALUES (?, ?, 0, ?) "
            "ON CONFLICT(id) DO UPDATE SET language = excluded.language, "
            "updated = excluded.updated WHERE chosen = 0",
            (subject, language, time.time()),
        )
        self._cache.pop(subject, None)

    def for_chat(self, chat_id: int) -> Language:
        """The language to send a chat's alerts in: stored (chosen or noted), else English."""
        stored = self.get(chat_id)
        return stored.language if stored is not None else DEFAULT_LANGUAGE

    def _remember(self, subject: int, preference: Preference | None) -> None:
        self._cache[subject] = preference
        self._cache.move_to_end(subject)
        while len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)


async def _stored(store: LanguageStore, subject: int) -> Preference | None:
    known, preference = store.cached(subject)
    if known:
        return preference
    # A miss reads the state file, which an alert evaluation may be writing: off the loop.
    return await asyncio.to_thread(store.get, subject)


async def language_of(update: Update, store: LanguageStore) -> Language:
    """The language to answer an update in (see the module docstring for the order)."""
    chat, user = update.effective_chat, update.effective_user
    if chat is not None and chat.type != ChatType.PRIVATE:
        group = await _stored(store, chat.id)
        if group is not None and group.chosen:
            return group.language
    if user is None:
        return DEFAULT_LANGUAGE
    own = await _stored(store, user.id)
    if own is not None and own.chosen:
        return own.language
    if user.language_code:
        return language_from_code(user.language_code)
    return own.language if own is not None else DEFAULT_LANGUAGE
