"""Common words are never part of a speaker's name (retrieval/name_words.py).

A capital letter starts every sentence and headline, so "Также Лавров заявил" (also Lavrov
said), "Japan Galuzin" or "Defence Minsiter" must not become people. These tests hold the
parser to it: by property over every common word before every known surname, and over every
transcript the tests and benchmarks parse.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from retrieval.corpus import load_transcript
from retrieval.name_words import COMMON_WORDS, is_common_word
from retrieval.passages import QUESTION_SPEAKER
from retrieval.speakers import (
    KNOWN_SPEAKERS,
    UNKNOWN_SPEAKER,
    canonical_speaker,
    label_kind,
    person_name,
)
from retrieval.text import transliterate

ROOT = Path(__file__).resolve().parent.parent
TRANSCRIPTS = sorted(
    [
        *(ROOT / "tests" / "transcripts").rglob("*.txt"),
        *(ROOT / "bench" / "eval" / "transcripts").rglob("*.txt"),
    ]
)
# Latin and Cyrillic surnames of the known people, capitalised as in running text.
SURNAMES = sorted(
    {alias.capitalize() for s in KNOWN_SPEAKERS for alias in s.aliases if " " not in alias}
    - {alias.capitalize() for s in KNOWN_SPEAKERS for alias in s.aliases if "." in alias}
)
WORDS = sorted(w for w in COMMON_WORDS if w.isalpha() and len(w) > 2)
# Russian common words as a speaker's Latin spelling would give them ("Takzhe").
SPELT = frozenset(transliterate(w).lower() for w in COMMON_WORDS if not w.isascii())


def _name_words(name: str) -> list[str]:
    return [w for w in name.replace(".", " ").split() if w]


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Также", True),
        ("Изначально", True),
        ("Ранее", True),
        ("Japan", True),
        ("Transcript", True),
        ("Defence", True),
        ("Lavrov", False),
        ("Кулеба", False),
        ("Сергей", False),
        ("София", False),  # a city, and first of all a first name
    ],
)
def test_common_words(word: str, expected: bool) -> None:
    assert is_common_word(word) is expected


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(WORDS), st.sampled_from(SURNAMES))
def test_a_common_word_before_a_known_surname_is_never_part_of_the_name(
    word: str, surname: str
) -> None:
    found = person_name(f"{word.capitalize()} {surname}")
    known = {s.name for s in KNOWN_SPEAKERS}
    assert found is None or found in known, (word, surname, found)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(WORDS), st.sampled_from(WORDS))
def test_common_words_are_no_label(first: str, second: str) -> None:
    # "RUSSIALINK TRANSCRIPT:", "Также Кроме:": two common words never label a turn.
    label = f"{first.capitalize()} {second.capitalize()}"
    kind = label_kind(label)
    if kind in ("name", "post"):
        raise AssertionError((label, kind, canonical_speaker(label)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Также Лавров", "Sergey Lavrov"),
        ("Ранее Небензя", "Vassily Nebenzia"),
        ("Japan Petrov", None),
        # A known surname after a place is that person ("Ambassador to Japan Galuzin").
        ("Japan Galuzin", "Mikhail Galuzin"),
        ("Изначально Гаврилюк", None),
        ("the Defence Minsiter", None),
        ("Дмитрий Смирнов", "Dmitry Smirnov"),
        ("Ivan Lavrov", "Ivan Lavrov"),  # a first name before a known surname: someone else
        # A word in quotation marks is a newspaper or a channel, never a first name.
        ("сказал «Известиям» Лавров", "Sergey Lavrov"),
        ("сказал «Известиям» Петров", None),
        ('told "Izvestia" Petrov', None),
        ("сказал «Известиям» Михаил Галузин", "Mikhail Galuzin"),
    ],
)
def test_person_name_skips_common_words(text: str, expected: str | None) -> None:
    assert person_name(text) == expected


@pytest.mark.parametrize("path", TRANSCRIPTS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_no_speaker_of_a_transcript_holds_a_common_word(path: Path) -> None:
    document = load_transcript(path)
    for passage in document.passages:
        if passage.speaker in (UNKNOWN_SPEAKER, QUESTION_SPEAKER):
            continue
        for word in _name_words(passage.speaker):
            # A speaker is named in Latin letters; a Russian common word would come
            # transliterated, so both spellings are checked.
            assert not is_common_word(word), (passage.speaker, passage.text[:80])
            assert word.lower() not in SPELT, (passage.speaker, passage.text[:80])
