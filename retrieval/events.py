"""Kinds of event named in transcript titles: news conference, briefing, interview …

The short source line says what kind of event a quote comes from (``bot/sourceline.py``), and
pairing compares the kinds of two versions' titles (:mod:`retrieval.versions`): "news
conference" and "пресс-конференция" are the same kind.
"""

from __future__ import annotations

from typing import Final

__all__ = ["EVENT_KINDS", "event_kind"]

#: Kinds of event and the words that name them in a title, most specific first (a "news
#: conference following talks" is a news conference, "remarks following talks" are remarks).
#: Matched on the case-folded title.
EVENT_KINDS: Final[tuple[tuple[str, tuple[str, ...]], ...]] = (
    ("news_conference", ("news conference", "press conference", "пресс-конференц")),
    ("briefing", ("briefing", "брифинг")),
    ("interview", ("interview", "интервью")),
    ("speech", ("speech", "речь")),
    ("statement", ("statement", "заявлени")),
    ("article", ("article", "статья", "статьи")),
    ("comment", ("comment", "комментари")),
    ("address", ("address", "обращени")),
    ("remarks", ("remarks", "выступлени")),
    ("answers", ("answers", "ответы на вопросы")),
    ("talks", ("talks", "переговор")),
    ("meeting", ("meeting", "встреч", "совещани")),
)


def event_kind(title: str) -> str | None:
    """The kind of event a title names (a key of :data:`EVENT_KINDS`), or None."""
    folded = title.casefold()
    for kind, words in EVENT_KINDS:
        if any(word in folded for word in words):
            return kind
    return None
