"""The shape of a catalogue: every fixed text the bot sends, one typed field each.

Each language module (:mod:`bot.i18n.en`, :mod:`bot.i18n.ru`) builds one :class:`Texts`; a
missing field is a ``TypeError`` at import, and ``tests/test_i18n.py`` checks that every text
has the same placeholders in every language. Texts are Telegram HTML unless a comment says
plain; ``{name}`` placeholders are filled with :meth:`str.format` by the formatters, which
escape whatever corpus or user text goes in.

Three kinds of field:

* ``str``: one text;
* :class:`Plural`: a text that depends on a number ``{n}``, in the three forms Russian needs
  (English uses ``one`` and ``many``, with ``few`` the same as ``many``);
* ``Mapping[str, str]``: texts chosen by a key (a granularity, a language, a difference kind),
  with the same keys in every language.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import NamedTuple

__all__ = ["Plural", "Texts"]


class Plural(NamedTuple):
    """A text for a count ``{n}``: for 1 (21, 31 … in Russian), for 2-4 (22-24 …), for the rest."""

    one: str
    few: str
    many: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Texts:
    """Every fixed text of the bot in one language (see the module docstring)."""

    # --- commands, help, refusals -------------------------------------------------------------
    #: The command list Telegram shows (``setMyCommands``), command -> description (plain).
    COMMANDS: Mapping[str, str]
    START: str
    #: ``{username}``: the bot's username, for the inline-mode line.
    HELP: str
    ADMIN_HELP: str
    ADMIN_ONLY: str  # plain
    NOT_A_QUESTION: str
    INTERNAL_ERROR: str  # plain
    STALE_BUTTON: str  # plain
    GONE_PASSAGE: str  # plain
    TOO_LONG: str
    SLOW_DOWN: str  # plain
    UNKNOWN_COMMAND: str
    LANGUAGE_PROMPT: str
    LANGUAGE_SET: str
    LANGUAGE_GROUP_SET: str
    LANGUAGE_ADMINS_ONLY: str

    # --- answers ------------------------------------------------------------------------------
    DATE_UNKNOWN: str  # plain
    #: A day the page states without a year: "27 Mar (year not stated)".
    DATE_YEAR_NOT_STATED: str  # plain
    IN_REPLY_TO: str
    #: "in English", "in Russian": filters, watch summaries and the note on a quote whose
    #: language is not the question's.
    IN_LANGUAGE: Mapping[str, str]
    #: Kinds of event for the short source line, by :data:`retrieval.events.EVENT_KINDS` key.
    EVENTS: Mapping[str, str]
    EXAMPLE_QUESTION: str  # plain
    NO_ANSWER: str  # plain
    NO_ANSWER_BAD_QUERY: str  # plain
    #: Heading over the closest passages when none answers the question (plain).
    CLOSEST_HEADING: str
    #: Heading over passages that would answer but that a date or speaker filter cannot check.
    UNCHECKED_HEADING: str  # plain
    #: Under such a passage, per filter it could not be checked against: "date", "speaker";
    #: "year" instead of "date" under a passage whose page states its day but no year.
    UNCHECKED_NOTES: Mapping[str, str]
    NO_ANSWER_NO_TERMS: str  # plain
    NO_ANSWER_NO_TERMS_SPEAKER: str  # plain
    NO_ANSWER_FILTERED: str  # plain
    FILTER_BY: str  # plain
    FILTER_OR: str  # plain
    FILTER_BETWEEN: str  # plain
    FILTER_SINCE_START: str  # plain
    FILTER_UNTIL_NOW: str  # plain
    FILTER_PHRASE: str  # plain
    FILTER_QUESTIONS: str  # plain
    FILTER_ANY: str  # plain
    #: "in the 9 transcripts I hold" (the count as a reply names it).
    DOCUMENTS_HELD: Plural
    PASSAGES: Plural
    SOURCES_HEADING: Plural
    SOURCES_LINE: str
    SOURCES_MORE: Plural
    SPEAKERS_HEADING: str
    SPEAKER_LINE: str
    FULL_ANSWER: str  # plain
    FULL_ANSWER_TO: str  # plain
    CONTEXT: str  # plain
    BUTTON_FULL: str  # plain
    BUTTON_CONTEXT: str  # plain
    BUTTON_MORE: str  # plain
    #: The button to the other-language version, by that version's language.
    BUTTON_OTHER_VERSION: Mapping[str, str]
    #: Heading of the other version's passage, by its language.
    OTHER_VERSION_HEADING: Mapping[str, str]
    #: No version in that language is held, by the language asked for.
    NO_OTHER_VERSION: Mapping[str, str]

    # --- inline mode (plain: titles and descriptions) -----------------------------------------
    INLINE_SLOW: str
    INLINE_HINT_TITLE: str
    INLINE_HINT: str
    INLINE_TOO_LONG: str
    INLINE_NO_MATCHES: str
    INLINE_NO_MATCHES_HINT: str
    INLINE_NOTHING_FOUND: str

    # --- administrators: reload, stats, uploads, imports, feeds ------------------------------
    RELOADED: str
    RELOAD_CHANGES: str
    RELOAD_SKIPPED: str
    RELOAD_KEPT: str
    RELOAD_RUNNING: str
    RELOAD_FAILED: str
    STATS_HEADING: str
    STATS_CORPUS: str
    STATS_RELOAD: str
    STATS_QUERIES: str
    STATS_LATENCY: str
    NEVER: str  # plain
    SEND_TXT_OR_HTML: str
    FILE_TOO_LARGE: str
    COULD_NOT_DOWNLOAD: str
    UPLOAD_REFUSED: str
    COULD_NOT_SAVE: str
    SAVED: str
    LINKS_ARE_FOR_ADMINS: str
    TOO_MANY_LINKS: str  # plain
    IMPORT_STATUS: Mapping[str, str]
    IMPORT_LINE: str
    IMPORT_RELOADED: str
    IMPORT_RELOAD_FAILED: str
    IMPORT_ASK_HINT: str
    IMPORT_NOTHING_NEW: str
    UNKNOWN: str  # plain
    THE_SPEAKER: str  # plain
    NO_FEEDS: str
    FEEDS_HEADING: str
    FEED_POLLS: str
    FEED_ERROR: str

    # --- quote check (/verify) ----------------------------------------------------------------
    VERIFY_USAGE: str
    VERIFY_EXACT: str
    VERIFY_CLOSE: Plural
    VERIFY_CUTS: Plural  # plain
    VERIFY_ALSO: Plural  # plain
    VERIFY_WORDS_ONLY: str
    VERIFY_TOO_SHORT: str  # plain
    VERIFY_TOO_LONG: str  # plain
    VERIFY_NO_TERMS: str  # plain
    VERIFY_NOT_FOUND: str
    #: One line per difference; ``{quote}`` and ``{passage}`` are the words.
    DIFFERENCE_LINES: Mapping[str, str]
    DIFFERENCES_HEADING: str  # plain

    # --- trends (/trend) ----------------------------------------------------------------------
    TREND_USAGE: str
    TREND_NO_MATCH: str  # plain
    TREND_NO_DATES: str  # plain
    #: By granularity (``month``, ``year``).
    TREND_FOOTER: Mapping[str, str]  # plain
    TREND_BAD_QUERY: str  # plain
    TREND_UNDATED: str  # plain
    TREND_FIRST: str  # plain
    TREND_LAST: str  # plain
    TREND_MOST: str  # plain
    TREND_BY: str  # plain
    TREND_BETWEEN: str  # plain
    #: By granularity (``month``, ``year``).
    CHART_TITLE: Mapping[str, str]  # plain
    CHART_Y_LABEL: str  # plain
    CHART_NO_DATA: str  # plain
    #: Month names on a chart's time axis, January first (plain).
    CHART_MONTHS: tuple[str, ...]

    # --- alerts (/watch, /watches, /unwatch) --------------------------------------------------
    WATCH_USAGE: str
    WATCH_DATE: str
    WATCH_NO_TERMS: str
    WATCH_BAD_QUERY: str
    WATCH_LIMIT: str
    WATCHES_OFF: str
    WATCH_ADDED: str
    WATCH_ADDED_SPEAKER: str
    WATCH_EXISTS: str
    WATCH_ADMINS_ONLY: str
    WATCHES_NONE: str
    WATCHES_HEADING: str
    WATCH_LINE: str
    WATCHES_FOOTER: str
    WATCH_FIRED: str  # plain
    UNWATCH_USAGE: str
    UNWATCH_DONE: str
    UNWATCH_UNKNOWN: str
    WATCH_GONE: str
    HELD_NONE: str
    ALERT_HEADING: str
    ALERT_SPEAKER_HEADING: str
    ALERT_MORE_BUTTON: str  # plain
    ALERT_REST_BUTTON: str  # plain
    WATCH_REMOVE_BUTTON: str  # plain
    REST_HEADING: str  # plain
    WATCH_JOURNALISTS: str  # plain
    WATCH_WITHOUT: str  # plain
