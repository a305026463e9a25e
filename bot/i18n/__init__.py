"""The bot's two interface languages: one catalogue of fixed texts each, and the rules around it.

``texts_for(lang)`` gives a language's :class:`~bot.i18n.catalogue.Texts`; formatters take the
language as an argument and handlers resolve it per update (:mod:`bot.languages`). Quotes are
never translated: only the bot's own words are.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Final

from bot.i18n import en, ru
from bot.i18n.catalogue import Plural, Texts
from retrieval.passages import Language
from retrieval.text import MONTHS_IN_DATES

__all__ = [
    "DEFAULT_LANGUAGE",
    "LANGUAGES",
    "LANGUAGE_NAMES",
    "Language",
    "Plural",
    "Texts",
    "count",
    "format_date",
    "language_from_code",
    "plural",
    "texts_for",
]

#: Interface languages, in the order the /language buttons show them.
LANGUAGES: Final[tuple[Language, ...]] = ("en", "ru")
DEFAULT_LANGUAGE: Final[Language] = "en"
#: Each language named in itself, for the /language buttons (the same in every catalogue).
LANGUAGE_NAMES: Final[Mapping[Language, str]] = {"en": "English", "ru": "Русский"}
#: Telegram ``language_code`` values answered in Russian: Russian, and the languages of
#: countries where Russian is widely read (Ukrainian, Belarusian, Kazakh).
RUSSIAN_READERS: Final = frozenset({"ru", "uk", "be", "kk"})

_CATALOGUES: Final[Mapping[Language, Texts]] = {"en": en.TEXTS, "ru": ru.TEXTS}


def texts_for(language: Language) -> Texts:
    """The catalogue of one interface language."""
    return _CATALOGUES[language]


def language_from_code(code: str | None) -> Language:
    """The interface language for a Telegram ``language_code`` (``"ru"``, ``"en-GB"``, None).

    Russian for :data:`RUSSIAN_READERS`, English for any other code and for none.
    """
    if not code:
        return DEFAULT_LANGUAGE
    return "ru" if code.split("-")[0].lower() in RUSSIAN_READERS else "en"


def plural(language: Language, forms: Plural, n: int) -> str:
    """The form of ``forms`` that ``n`` takes in ``language``, with ``{n}`` filled in.

    Russian: 1, 21, 31 … take ``one``; 2-4, 22-24 … ``few``; the rest (11-14 too) ``many``.
    English: 1 takes ``one``, every other number ``many``.
    """
    if language == "ru":
        if n % 10 == 1 and n % 100 != 11:
            form = forms.one
        elif 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            form = forms.few
        else:
            form = forms.many
    else:
        form = forms.one if n == 1 else forms.many
    return form.format(n=count(language, n))


def count(language: Language, n: int) -> str:
    """A number as a reader of ``language`` writes it: ``1,000`` or ``1 000``."""
    return f"{n:,}".replace(",", "\u00a0" if language == "ru" else ",")


def format_date(
    date: dt.date | None,
    language: Language = "en",
    *,
    yearless_day: tuple[int, int] | None = None,
) -> str:
    """``17 Mar 2021`` or ``17 марта 2021``; an unknown date is said so rather than left blank.

    ``yearless_day`` is the ``(month, day)`` a page states without a year (see
    :class:`retrieval.passages.Passage`): shown as ``27 Mar (year not stated)`` when ``date``
    is None, never with a year the page does not give.
    """
    if date is None and yearless_day is not None:
        month, day = yearless_day
        month_name = MONTHS_IN_DATES[language][month - 1]
        return texts_for(language).DATE_YEAR_NOT_STATED.format(day=day, month=month_name)
    if date is None:
        return texts_for(language).DATE_UNKNOWN
    return f"{date.day} {MONTHS_IN_DATES[language][date.month - 1]} {date.year}"
