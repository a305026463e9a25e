"""Query understanding: plain words in, search terms and filters out.

The query language (DESIGN.md, "Query language"):

* plain words; question words and stop words are dropped later by the analyzer;
* a known speaker's name restricts results to that speaker when the question is *about what
  they said* ("what did Lavrov say", "Lavrov's remarks", "according to Zakharova"), not when the
  name is only the topic ("Zakharova on Lavrov's visit");
* ``speaker:zakharova``, ``speaker:"Sergey Lavrov"``, ``speaker:question`` (journalists' questions);
* dates: ``in 2021``, ``in May 2019``, ``since 2020``, ``before 2019``, ``after 2019``,
  ``from:2021-01-01 to:2021-06-30`` and Russian equivalents (``в 2021 году``, ``с 2020 года``);
* ``"exact phrase"`` (also «ёлочки» and curly quotes) must occur; ``-word`` excludes;
* ``lang:en`` / ``lang:ru`` keeps passages in one language.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from retrieval.passages import QUESTION_SPEAKER
from retrieval.text import MONTHS, clean_line, fold_apostrophes, label_key, speaker_search_text

__all__ = ["ParsedQuery", "QuerySyntaxError", "parse_query"]

#: Longest question we analyse; Telegram's own message limit.
MAX_QUERY_CHARS = 4096


class QuerySyntaxError(ValueError):
    """A query filter the user wrote but we cannot honour (e.g. an unknown speaker)."""


@dataclass(frozen=True, slots=True)
class ParsedQuery:
    """What a question asks for.

    Attributes:
        raw: The question as received (cleaned of control characters).
        text: The free text left once filters are taken out; the analyzer turns it into terms.
        phrases: Exact phrases that must occur in a passage.
        excluded: Words a passage must not contain.
        speakers: Canonical speaker names to restrict to (empty: any speaker).
        questions: True when the user asks for journalists' questions rather than answers.
        date_from: Earliest event date, inclusive.
        date_to: Latest event date, inclusive.
        topic_speakers: Known speakers named only as the topic (kept as search terms).
        language: Only passages in this language (``en`` or ``ru``), from ``lang:``.
    """

    raw: str
    text: str
    phrases: tuple[str, ...] = ()
    excluded: tuple[str, ...] = ()
    speakers: tuple[str, ...] = ()
    questions: bool = False
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    topic_speakers: tuple[str, ...] = field(default=())
    language: str | None = None

    @property
    def has_filters(self) -> bool:
        return bool(self.phrases or self.excluded or self.speakers or self.questions) or bool(
            self.date_from or self.date_to
        )


_MONTH_RE = "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True))
_YEAR = r"(?:19|20)\d\d"
_YEAR_WORD = r"(?:\s*(?:г\.|года|году|год|г))?"
# "May 2019", "мае 2019 года", or a bare year.
_PERIOD = rf"(?:(?P<{{m}}>{_MONTH_RE})\s+)?(?P<{{y}}>{_YEAR}){_YEAR_WORD}"


def _period(m: str, y: str) -> str:
    return _PERIOD.format(m=m, y=y)


_DATE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(rx, re.IGNORECASE))
    for kind, rx in (
        (
            "between",
            rf"\b(?:between|from|с|со)\s+{_period('m1', 'y1')}"
            rf"\s+(?:and|to|until|till|по|до|-|–)\s+{_period('m2', 'y2')}(?!\w)",
        ),
        ("since", rf"\b(?:since|after|starting|с|со|после)\s+{_period('m1', 'y1')}(?!\w)"),
        ("before", rf"\b(?:before|until|till|prior\s+to|до|по)\s+{_period('m1', 'y1')}(?!\w)"),
        ("in", rf"\b(?:in|during|в|во)\s+{_period('m1', 'y1')}(?!\w)"),
    )
)
_ISO_DATE = re.compile(
    r"(?<!\S)(?P<key>from|to|since|before|after|until|date):(?P<val>\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?)(?!\S)",
    re.IGNORECASE,
)
_LANGUAGE_FILTER = re.compile(r"(?<!\S)(?:lang|language|язык):(?P<v>\S*)", re.IGNORECASE)
_LANGUAGES = {
    "en": "en", "eng": "en", "english": "en", "англ": "en", "английский": "en",
    "ru": "ru", "rus": "ru", "russian": "ru", "рус": "ru", "русский": "ru",
}  # fmt: skip
_SPEAKER_FILTER = re.compile(
    r"(?<!\S)(?:speaker|who|by):(?:\"(?P<q>[^\"]+)\"|(?P<w>[^\s\"]+))", re.IGNORECASE
)
_PHRASE = re.compile(r"\"(?P<a>[^\"]+)\"|«(?P<b>[^»]+)»|“(?P<c>[^”]+)”|„(?P<d>[^“”]+)[“”]")
_EXCLUDE = re.compile(r"(?<![\w-])-(?P<w>\w[\w'-]*)")
_QUESTION_WORDS = re.compile(
    r"\b(?:the\s+)?(?:journalists?|reporters?|correspondents?|interviewers?|media)\s+"
    r"(?:asked|ask|asking|questioned|wanted\s+to\s+know|question(?:s|ed)?)\b"
    r"|\bquestions?\s+(?:from|by)\s+(?:the\s+)?(?:journalists?|reporters?|media|the\s+press)\b"
    r"|\b(?:журналист(?:ы|ов)?|корреспондент(?:ы)?)\s+(?:спросил[аи]?|спрашивал[аи]?|задал[аи]?)\b"
    r"|\bвопрос(?:ы)?\s+журналист(?:а|ов)\b",
    re.IGNORECASE,
)
_QUESTION_SPEAKER_VALUES = {
    "question",
    "questions",
    "journalist",
    "journalists",
    "reporter",
    "media",
    "press",
    "вопрос",
    "журналист",
}

# Words that, right before a name, make the name the topic rather than the speaker.
_TOPIC_PREPOSITIONS = frozenset(
    "about on of regarding concerning with to for against at towards toward "
    "о об обо про с со к ко у для против на от над".split()
)
# Nouns that, after "<Name>'s", mean the person's own words ("Lavrov's remarks").
_SPEECH_NOUNS = frozenset(
    "remarks remark words word statement statements comment comments answer answers reply replies "
    "response responses view views position positions opinion opinions speech speeches interview "
    "interviews briefing briefings quote quotes assessment assessments stance take thoughts "
    "warning warnings claim claims message address article op-ed".split()
)


def _month_range(year: int, month: int | None) -> tuple[dt.date, dt.date]:
    if month is None:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, 1), dt.date(year, month, last)


def _group_range(match: re.Match[str], m: str, y: str) -> tuple[dt.date, dt.date]:
    month = match.group(m)
    return _month_range(int(match.group(y)), MONTHS[month.casefold()] if month else None)


def _iso_bound(value: str, *, end: bool) -> dt.date:
    parts = [int(p) for p in value.split("-")]
    year = parts[0]
    if len(parts) == 1:
        return _month_range(year, None)[1 if end else 0]
    month = parts[1]
    if len(parts) == 2:
        return _month_range(year, month)[1 if end else 0]
    return dt.date(year, month, parts[2])


def _narrow(
    lo: dt.date | None, hi: dt.date | None, new_lo: dt.date | None, new_hi: dt.date | None
) -> tuple[dt.date | None, dt.date | None]:
    if new_lo is not None:
        lo = new_lo if lo is None else max(lo, new_lo)
    if new_hi is not None:
        hi = new_hi if hi is None else min(hi, new_hi)
    return lo, hi


def _parse_dates(text: str) -> tuple[str, dt.date | None, dt.date | None]:
    lo: dt.date | None = None
    hi: dt.date | None = None

    def iso(match: re.Match[str]) -> str:
        nonlocal lo, hi
        key = match.group("key").lower()
        try:
            if key in ("from", "since"):
                lo, hi = _narrow(lo, hi, _iso_bound(match.group("val"), end=False), None)
            elif key == "after":
                after = _iso_bound(match.group("val"), end=True) + dt.timedelta(days=1)
                lo, hi = _narrow(lo, hi, after, None)
            elif key in ("to", "until"):
                lo, hi = _narrow(lo, hi, None, _iso_bound(match.group("val"), end=True))
            elif key == "before":
                before = _iso_bound(match.group("val"), end=False) - dt.timedelta(days=1)
                lo, hi = _narrow(lo, hi, None, before)
            else:  # date:2021-03-17
                lo, hi = _narrow(
                    lo,
                    hi,
                    _iso_bound(match.group("val"), end=False),
                    _iso_bound(match.group("val"), end=True),
                )
        except ValueError as exc:
            raise QuerySyntaxError(f"not a date: {match.group(0)!r} (use YYYY-MM-DD)") from exc
        return " "

    text = _ISO_DATE.sub(iso, text)

    for kind, pattern in _DATE_PATTERNS:

        def natural(match: re.Match[str], kind: str = kind) -> str:
            nonlocal lo, hi
            first = _group_range(match, "m1", "y1")
            if kind == "between":
                lo, hi = _narrow(lo, hi, first[0], _group_range(match, "m2", "y2")[1])
            elif kind == "since":
                word = match.group(0).split()[0].lower()
                start = first[1] + dt.timedelta(days=1) if word == "after" else first[0]
                if word == "после":
                    start = first[1] + dt.timedelta(days=1)
                lo, hi = _narrow(lo, hi, start, None)
            elif kind == "before":
                word = match.group(0).split()[0].lower()
                # "до 2019 года" / "before 2019" exclude 2019; "по 2019" / "until 2019" include it.
                inclusive = word in ("по", "until", "till")
                lo, hi = _narrow(
                    lo, hi, None, first[1] if inclusive else first[0] - dt.timedelta(days=1)
                )
            else:
                lo, hi = _narrow(lo, hi, first[0], first[1])
            return " "

        text = pattern.sub(natural, text)
    return text, lo, hi


def _speaker_pattern(aliases: Mapping[str, str]) -> re.Pattern[str] | None:
    if not aliases:
        return None
    parts = []
    for alias in sorted(aliases, key=len, reverse=True):
        escaped = re.escape(alias).replace(r"\.", r"\.\s*").replace(r"\ ", r"\s+")
        parts.append(escaped)
    return re.compile(
        r"(?<![\w.])(?P<name>" + "|".join(parts) + r")(?P<poss>'s|')?(?!\w)", re.IGNORECASE
    )


_ALIAS_PATTERNS: dict[int, tuple[Mapping[str, str], re.Pattern[str] | None]] = {}


def _cached_pattern(aliases: Mapping[str, str]) -> re.Pattern[str] | None:
    # Aliases change only on reload; keep one compiled pattern per alias table.
    key = id(aliases)
    cached = _ALIAS_PATTERNS.get(key)
    if cached is None or cached[0] is not aliases:
        if len(_ALIAS_PATTERNS) > 8:
            _ALIAS_PATTERNS.clear()
        cached = (aliases, _speaker_pattern(aliases))
        _ALIAS_PATTERNS[key] = cached
    return cached[1]


def _lookup_speaker(value: str, aliases: Mapping[str, str]) -> str | None:
    key = label_key(value)
    if key in aliases:
        return aliases[key]
    compact = key.replace(" ", "")
    for alias, name in aliases.items():
        if alias.replace(" ", "") == compact:
            return name
    # A unique prefix of a name ("zakh") is still unambiguous.
    names = (
        {name for alias, name in aliases.items() if alias.startswith(key)}
        if len(key) >= 4
        else set()
    )
    return names.pop() if len(names) == 1 else None


def _is_topic(text: str, match: re.Match[str]) -> bool:
    before = text[: match.start()].split()
    prev = before[-1].lower().strip(",.;:!?()\"'«»") if before else ""
    if len(before) >= 2 and before[-2].lower() == "according" and prev == "to":
        return False
    if prev in _TOPIC_PREPOSITIONS:
        return True
    if match.group("poss"):
        after = text[match.end() :].split()
        nxt = after[0].lower().strip(",.;:!?()\"'«»") if after else ""
        return bool(nxt) and nxt not in _SPEECH_NOUNS
    return False


def parse_query(question: str, speaker_aliases: Mapping[str, str] | None = None) -> ParsedQuery:
    """Split a question into free text and filters.

    Args:
        question: What the user typed.
        speaker_aliases: Lower-case surface forms of known speakers' names mapped to their
            canonical names (``{"lavrov": "Sergey Lavrov", "лавров": "Sergey Lavrov", ...}``).

    Raises:
        QuerySyntaxError: An explicit filter names something we do not know
            (e.g. ``speaker:smith``).
    """
    aliases = speaker_aliases or {}
    raw = clean_line(question)[:MAX_QUERY_CHARS].rstrip()
    text = fold_apostrophes(raw)

    speakers: list[str] = []
    questions = False

    def explicit_speaker(match: re.Match[str]) -> str:
        nonlocal questions
        value = (match.group("q") or match.group("w") or "").strip()
        if label_key(value) in _QUESTION_SPEAKER_VALUES:
            questions = True
            return " "
        name = _lookup_speaker(value, aliases)
        if name is None:
            known = sorted(set(aliases.values()))
            raise QuerySyntaxError(
                f"unknown speaker {value!r}; known speakers: {', '.join(known) or 'none'}"
            )
        if name == QUESTION_SPEAKER:
            questions = True
        elif name not in speakers:
            speakers.append(name)
        return " "

    text = _SPEAKER_FILTER.sub(explicit_speaker, text)

    language: str | None = None

    def language_filter(match: re.Match[str]) -> str:
        nonlocal language
        value = match.group("v").lower()
        if value not in _LANGUAGES:
            raise QuerySyntaxError(f"unknown language {value!r}; use lang:en or lang:ru")
        language = _LANGUAGES[value]
        return " "

    text = _LANGUAGE_FILTER.sub(language_filter, text)

    phrases: list[str] = []

    def phrase(match: re.Match[str]) -> str:
        words = next(g for g in match.groups() if g is not None).strip()
        if words:
            phrases.append(words)
        # Keep the words: they are search terms too, and may name a speaker as topic.
        return f" {words} "

    text = _PHRASE.sub(phrase, text)
    text = text.replace('"', " ")

    excluded: list[str] = []

    def exclude(match: re.Match[str]) -> str:
        excluded.append(match.group("w"))
        return " "

    text = _EXCLUDE.sub(exclude, text)
    text, date_from, date_to = _parse_dates(text)

    if _QUESTION_WORDS.search(text):
        questions = True
        text = _QUESTION_WORDS.sub(" ", text)

    topic: list[str] = []
    pattern = _cached_pattern(aliases)
    if pattern is not None:
        phrase_text = " ".join(phrases).lower()
        pieces: list[str] = []
        last = 0
        for match in pattern.finditer(speaker_search_text(text)):
            name = aliases.get(label_key(match.group("name")))
            if name is None:
                name = _lookup_speaker(match.group("name"), aliases)
            if name is None or name == QUESTION_SPEAKER:
                continue
            inside_phrase = match.group("name").lower() in phrase_text
            if inside_phrase or _is_topic(text, match):
                if name not in topic:
                    topic.append(name)
                continue
            if name not in speakers:
                speakers.append(name)
            pieces.append(text[last : match.start()])
            pieces.append(" ")
            last = match.end()
            if match.group("poss"):
                # "Lavrov's remarks": the speech noun only restates the filter.
                noun = re.match(r"\s*([\w-]+)", text[last:])
                if noun and noun.group(1).lower() in _SPEECH_NOUNS:
                    last += noun.end()
        pieces.append(text[last:])
        text = "".join(pieces)

    return ParsedQuery(
        raw=raw,
        text=re.sub(r"\s+", " ", text).strip(),
        phrases=tuple(phrases),
        excluded=tuple(excluded),
        speakers=tuple(speakers),
        questions=questions,
        date_from=date_from,
        date_to=date_to,
        topic_speakers=tuple(t for t in topic if t not in speakers),
        language=language,
    )
