"""The catalogues: every text in every language, with the same placeholders; the rules around."""

from __future__ import annotations

import dataclasses
import string
from collections.abc import Mapping

import pytest

from bot.i18n import (
    LANGUAGES,
    Plural,
    Texts,
    count,
    format_date,
    language_from_code,
    plural,
    texts_for,
)
from retrieval.text import MONTHS, MONTHS_IN_DATES
from tests.fake_bot_api import parse_telegram_html


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def shapes(value: object) -> object:
    """What must agree across languages: placeholders per text, keys of a mapping, forms."""
    if isinstance(value, str):
        return placeholders(value)
    if isinstance(value, Plural):
        return [placeholders(form) for form in value]
    if isinstance(value, Mapping):
        return {key: shapes(text) for key, text in value.items()}
    if isinstance(value, tuple):
        return len(value)
    raise TypeError(f"unexpected catalogue value {value!r}")


FIELDS = [f.name for f in dataclasses.fields(Texts)]


@pytest.mark.parametrize("name", FIELDS)
def test_every_text_has_the_same_placeholders_in_every_language(name: str) -> None:
    english = shapes(getattr(texts_for("en"), name))
    for lang in LANGUAGES:
        value = getattr(texts_for(lang), name)
        assert shapes(value) == english, (lang, name)
        if isinstance(value, str):
            assert value.strip(), (lang, name)


def test_a_missing_text_cannot_make_a_catalogue() -> None:
    fields = {name: getattr(texts_for("en"), name) for name in FIELDS}
    del fields["HELP"]
    with pytest.raises(TypeError, match="HELP"):
        Texts(**fields)


def test_the_russian_catalogue_is_russian() -> None:
    russian, english = texts_for("ru"), texts_for("en")
    differing = [n for n in FIELDS if getattr(english, n) != getattr(russian, n)]
    # Only what is the same in every language may be: "{date} {time} UTC", buttons that name
    # a language in itself, lines made of placeholders.
    assert set(FIELDS) - set(differing) == {
        "SOURCES_LINE",
        "SPEAKER_LINE",
        "IMPORT_LINE",
        "WATCH_FIRED",
        "BUTTON_OTHER_VERSION",
    }


@pytest.mark.parametrize("lang", LANGUAGES)
def test_html_texts_are_valid_telegram_html(lang: str) -> None:
    t = texts_for(lang)  # type: ignore[arg-type]
    for name in FIELDS:
        value = getattr(t, name)
        texts = list(value.values()) if isinstance(value, Mapping) else [value]
        for text in texts:
            for one in text if isinstance(text, tuple) else [text]:
                filled = string.Formatter().vformat(one, (), _Anything())
                parse_telegram_html(filled)


class _Anything(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "x"


@pytest.mark.parametrize(
    ("code", "lang"),
    [
        *[("ru", "ru"), ("uk", "ru"), ("be", "ru"), ("kk", "ru"), ("ru-RU", "ru"), ("en", "en")],
        *[("en-GB", "en"), ("de", "en"), ("", "en"), (None, "en")],
    ],
)
def test_language_from_telegram_code(code: str | None, lang: str) -> None:
    assert language_from_code(code) == lang


@pytest.mark.parametrize(
    ("n", "form"),
    [
        *[(1, "one"), (21, "one"), (101, "one"), (2, "few"), (4, "few"), (22, "few")],
        *[(5, "many"), (11, "many"), (12, "many"), (14, "many"), (111, "many"), (0, "many")],
    ],
)
def test_russian_plurals(n: int, form: str) -> None:
    forms = Plural("one {n}", "few {n}", "many {n}")
    assert plural("ru", forms, n) == f"{form} {count('ru', n)}"
    assert plural("en", forms, n) == (f"one {n}" if n == 1 else f"many {n}")


def test_numbers_and_dates_as_each_language_writes_them() -> None:
    import datetime as dt

    assert count("en", 12345) == "12,345" and count("ru", 12345) == "12\u00a0345"
    assert format_date(dt.date(2021, 3, 17), "en") == "17 Mar 2021"
    assert format_date(dt.date(2021, 3, 17), "ru") == "17 марта 2021"
    for lang in LANGUAGES:
        for number, name in enumerate(MONTHS_IN_DATES[lang], 1):
            assert MONTHS[name.lower()] == number  # the parser reads what we write
