"""Parse one Foreign Ministry transcript page (plain text) into an attributed :class:`Document`.

The page format: an optional date-time line (often glued: ``17 March 202118:27``), the title,
a language-versions line (``• en-GB1 ru-RU1``), unlabelled opening remarks, labelled turns
(``Question:``, ``Sergey Lavrov:``), then page chrome (``Additional materials``) that ends it.

Attribution rules (a wrong attribution is the worst bug this module can have):

* A turn starts only at something shaped like a speaker label (see
  :func:`retrieval.speakers.label_kind`). Weak labels (plain capitalised words such as
  ``Olga Belova``) must also be confirmed by the document: used twice, named in the title,
  or carrying a post and a full name. ``Ukraine:`` heading a briefing section is not a speaker.
* Unlabelled text (opening remarks, text after a ``* * *`` separator) belongs to the title's
  speaker; without one, to the first labelled speaker if that is a known official; otherwise
  to ``"Unknown speaker"`` -- never to ``"Question"``.
* Salutations (``Ladies and gentlemen,``) are never passages of their own: they join the next
  paragraph of the same turn (or, at the end of a turn, the previous one).
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import pairwise

from retrieval.passages import (
    QUESTION_SPEAKER,
    Document,
    Language,
    Passage,
    Role,
    passage_id,
)
from retrieval.speakers import (
    POST_WORDS,
    UNKNOWN_SPEAKER,
    LabelKind,
    canonical_speaker,
    is_known_official,
    known_label_forms,
    label_kind,
    speaker_from_title,
)
from retrieval.text import (
    MONTHS,
    clean_line,
    fold_lookalikes,
    has_cyrillic,
    label_key,
    language_of,
    normalize_newlines,
)

__all__ = ["MAX_WORDS", "MIN_WORDS", "TranscriptError", "parse_transcript"]

#: A paragraph shorter than this joins the next paragraph of the same turn.
MIN_WORDS = 30
#: A paragraph longer than this is split at sentence boundaries.
MAX_WORDS = 120
# A short remainder may join a neighbour as long as the result stays within this.
_JOINED_MAX_WORDS = 160
# A title line longer than this is body text, unless it can be cut at the title's date.
_MAX_TITLE_CHARS = 400


class TranscriptError(ValueError):
    """The text is not a usable transcript; ``str(exc)`` is a short human reason."""


# --- dates -------------------------------------------------------------------------------

_MONTH = "(?:" + "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True)) + r")(?![^\W\d_])"
_DAY = r"(?<![0-9])(?P<d>[0-9]{1,2})"
_RANGE = r"(?:\s*[-–—]\s*[0-9]{1,2})?"
_DATE_FORMS = (
    # 17 March 2021, 16-17 марта 2021 года, 17th of March 2021
    rf"{_DAY}{_RANGE}(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{_MONTH})\.?,?\s+(?P<y>[0-9]{{4}})",
    # March 17, 2021; March 16-17, 2021
    rf"(?<![^\W\d_])(?P<m>{_MONTH})\.?\s+(?P<d>[0-9]{{1,2}})(?:st|nd|rd|th)?{_RANGE},?\s+"
    r"(?P<y>[0-9]{4})",
    # 17.03.2021
    r"(?<![0-9.])(?P<d>[0-9]{1,2})\.(?P<m>[0-9]{1,2})\.(?P<y>[0-9]{4})",
    # 2021-03-17
    r"(?<![0-9])(?P<y>[0-9]{4})-(?P<m>[0-9]{2})-(?P<d>[0-9]{2})",
)
_TITLE_DATE_RES = tuple(re.compile(form + "(?![0-9])", re.IGNORECASE) for form in _DATE_FORMS)
_TIME = r"[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?"
# A page's date line: the year may have the time glued to it ("17 March 202118:27").
# Optionally after a weekday or a city: "Wednesday, 17 March 2021", "Moscow, 17 March 2021".
_DATE_LINE_RES = tuple(
    re.compile(
        rf"^(?:[^\W\d_]+,?\s+)?(?:{_TIME}\s*)?{form}\s*(?:года|г\.)?\s*(?:{_TIME})?$",
        re.IGNORECASE,
    )
    for form in _DATE_FORMS
)
# The same, with the title glued after the time (a page flattened onto one line).
_DATE_LINE_GLUED_RES = tuple(
    re.compile(rf"^{form}\s*(?:года|г\.)?\s*{_TIME}\s*(?P<rest>\S.*)$", re.IGNORECASE)
    for form in _DATE_FORMS
)


def _to_date(match: re.Match[str]) -> dt.date | None:
    month_text = match.group("m")
    month = int(month_text) if month_text.isdigit() else MONTHS.get(month_text.casefold())
    try:
        year, day = int(match.group("y")), int(match.group("d"))
        if month is None or not 1900 <= year <= 2100:
            return None
        return dt.date(year, month, day)
    except ValueError:
        return None


def _title_date(title: str) -> tuple[dt.date, int] | None:
    """The event date in a title and where it starts; the last date given wins."""
    best: tuple[dt.date, int, int] | None = None
    for pattern in _TITLE_DATE_RES:
        for match in pattern.finditer(title):
            date = _to_date(match)
            if date and (best is None or match.end() > best[2]):
                best = (date, match.start(), match.end())
    return (best[0], best[1]) if best else None


def _date_line(line: str) -> tuple[dt.date, str] | None:
    """If ``line`` is a page date line, its date and any text glued after the time."""
    for pattern in _DATE_LINE_RES:
        match = pattern.match(line)
        if match and (date := _to_date(match)):
            return date, ""
    for pattern in _DATE_LINE_GLUED_RES:
        match = pattern.match(line)
        if match and (date := _to_date(match)):
            return date, match.group("rest")
    return None


_PLACE_WORD_RE = re.compile(r"^[^\W\d_]+(?:[-'’.][^\W\d_]+)*\.?$")
_PLACE_LINKS = frozenset({"on", "upon", "de", "del", "am", "la", "le", "sur", "na", "of"})


def _place(title: str, date_start: int) -> str | None:
    """The place named just before the title's date: "..., Moscow, March 17, 2021" -> Moscow."""
    prefix = title[:date_start].rstrip(" ,–—-")
    if "," not in prefix:
        return None
    segment = prefix.rsplit(",", 1)[1].strip()
    words = segment.split()
    if not 1 <= len(words) <= 4:
        return None
    for i, word in enumerate(words):
        if not _PLACE_WORD_RE.match(word):
            return None
        low = word.casefold()
        if word[0].isupper():
            if low in POST_WORDS:
                return None
        elif low not in _PLACE_LINKS or i in (0, len(words) - 1):
            return None
    # A person ("..., Sergey Lavrov, March 17") is not a place.
    return None if speaker_from_title(segment) else segment


# --- lines -------------------------------------------------------------------------------

_END_MARKERS = frozenset(
    {"additional materials", "advanced settings", "дополнительные материалы"}
    | {"расширенные настройки"}
)
# Chrome glued to the last sentence of a flattened page: "... reputation. Additional materials".
_INLINE_END_RE = re.compile(
    r"(?<=[.!?…»\"”)\]])\s+(?:(?:Additional materials|Дополнительные материалы)"
    r"(?:\s+(?:Advanced settings|Расширенные настройки)(?:\s.*)?)?"
    r"|(?:Advanced settings|Расширенные настройки)(?:\s.*)?)$",
    re.DOTALL,
)
_CHROME_LINES = frozenset(
    {
        "photos", "photo", "photo gallery", "video", "videos", "audio", "print version",
        "print", "print this page", "версия для печати", "фото", "фотографии", "фотогалерея",
        "фотоальбом", "видео", "аудио", "share", "share this", "поделиться", "copy link",
        "скопировать ссылку", "back to top", "наверх", "tags", "теги", "facebook", "twitter",
    }
)  # fmt: skip
_SOCIAL_WORDS = frozenset(
    {
        "share", "facebook", "twitter", "x", "vk", "vkontakte", "вконтакте", "telegram",
        "одноклассники", "odnoklassniki", "ok", "whatsapp", "viber", "livejournal", "e-mail",
        "email", "youtube", "rutube", "dzen", "дзен", "поделиться", "print", "rss",
    }
)  # fmt: skip
_LANG_CODE = r"[a-z]{2}-[A-Z]{2}[0-9]?"
# The page's language versions: "• en-GB1 ru-RU1 es-ES1" (a list of versions, not a language).
_LANG_LINE_RE = re.compile(rf"^(?:[•·*\-–—]\s*)?(?:{_LANG_CODE}(?:\s+|$)){{1,16}}$")
# The language line glued into another line: after a bullet, or two codes or more.
_INLINE_LANG_RE = re.compile(
    rf"\s(?:[•·]\s*{_LANG_CODE}|{_LANG_CODE}\s+{_LANG_CODE})(?:\s+{_LANG_CODE})*(?=\s|$)"
)
_BLANK_RUN_RE = re.compile(r"\n\s*\n")
_TIME_LINE_RE = re.compile(rf"^{_TIME}$")
_SOURCE_RE = re.compile(r"^(?:source|источник)\s*:\s*(?P<url>https?://\S+)$", re.IGNORECASE)
_ALNUM_RE = re.compile(r"[^\W_]")
_LABEL_RE = re.compile(r"^(?P<label>[^:：]{1,120}?)\s*[:：](?P<rest>.*)$", re.DOTALL)
_BULLET_RE = re.compile(r"^(?:[•·▪●◦‣∙]|[-–—*]\s)")
_SALUTATION_RE = re.compile(
    r"\b(?:ladies|gentlemen|colleagues|friends|dear|excellenc\w*|distinguished|good "
    r"(?:morning|afternoon|evening)|hello|madam|mr\.? (?:chairman|president)"
    r"|дамы|господа|коллеги|друзья|уважаем\w*|добрый|доброе|здравствуйте|приветствую)\b",
    re.IGNORECASE,
)
_WEAK_KINDS = frozenset({"post", "name"})


def _is_chrome(line: str) -> bool:
    if len(line) > 120:  # chrome is short; skip the folding work on paragraphs
        return False
    if _TIME_LINE_RE.match(line):
        return True
    key = label_key(line).strip(" •·|")
    if key in _CHROME_LINES or _LANG_LINE_RE.match(line):
        return True
    words = key.replace("|", " ").split()
    return len(words) >= 2 and all(word in _SOCIAL_WORDS for word in words)


def _is_separator(line: str) -> bool:
    """``* * *``, ``***``, ``-----``: three or more symbols and nothing else on the line."""
    symbols = line.replace(" ", "")
    return len(symbols) >= 3 and re.fullmatch(r"[*\-–—_=~#•·]+", symbols) is not None


def _inline_label_re(extra_labels: Iterable[str]) -> re.Pattern[str]:
    """Labels recognised in the middle of a line, right after a sentence ends."""
    forms = set(known_label_forms()) | {"question", "questions", "вопрос"}
    forms |= {label.casefold() for label in extra_labels}
    names = "|".join(sorted(map(re.escape, forms), key=len, reverse=True))
    return re.compile(
        rf"(?<=[.!?…»\"”)\]])\s+(?P<label>(?:{names})(?:\s*\([^()]{{0,80}}\))?)\s*:\s",
        re.IGNORECASE,
    )


def _split_inline(line: str, pattern: re.Pattern[str]) -> list[str]:
    """Cut a line before each label found mid-line ("... this? Sergey Lavrov: We ...")."""
    folded = fold_lookalikes(line) if has_cyrillic(line) else line  # same length: offsets hold
    cuts = [m.start("label") for m in pattern.finditer(folded) if m.group("label")[0].isupper()]
    if not cuts:
        return [line]
    bounds = [0, *cuts, len(line)]
    return [line[a:b].strip() for a, b in pairwise(bounds) if line[a:b].strip()]


@dataclass(slots=True)
class _Line:
    """One body line: blank, separator, plain text, or a (candidate) label with its text."""

    text: str = ""
    raw: str = ""  # the whole line as written, to restore it if the label is rejected
    blank: bool = False
    separator: bool = False
    label: str | None = None
    kind: LabelKind | None = None


@dataclass(slots=True)
class _Turn:
    speaker: str
    labelled: bool
    kind: LabelKind | None = None
    reset: bool = False  # a separator came before this turn: no question is pending
    lines: list[str | None] = field(default_factory=list)  # None is a blank line
    paragraphs: list[str] = field(default_factory=list)


def _header(lines: list[str]) -> tuple[dt.date | None, str, list[str]]:
    """Split off the page date line and the title; return (page date, title, body lines)."""
    rows = list(lines)
    page_date: dt.date | None = None
    i = 0
    while i < len(rows) and (not rows[i] or _is_chrome(rows[i])):
        i += 1
    if i < len(rows) and (parsed := _date_line(rows[i])):
        page_date, rest = parsed
        if rest:
            rows[i] = rest
        else:
            i += 1
    while i < len(rows) and (not _ALNUM_RE.search(rows[i]) or _is_chrome(rows[i])):
        i += 1
    if i >= len(rows):
        raise TranscriptError("no title line")
    title = rows[i]
    body = rows[i + 1 :]
    # A date line under the title instead of above it is page furniture too.
    j = 0
    while j < len(body) and (not _ALNUM_RE.search(body[j]) or _is_chrome(body[j])):
        j += 1
    if j < len(body) and (parsed := _date_line(body[j])) and not parsed[1]:
        page_date = page_date or parsed[0]
        body = body[j + 1 :]
    # The language line glued to the title: "... March 17, 2021 • en-GB1 ru-RU1 Ladies and ..."
    if (lang := _INLINE_LANG_RE.search(title)) and lang.start() > 0:
        title, rest = title[: lang.start()].strip(" •·"), title[lang.end() :].strip()
        body = [rest, *body] if rest else body
    if len(title) > _MAX_TITLE_CHARS:
        date_end = _first_date_end(title[:_MAX_TITLE_CHARS])
        if date_end is None:
            raise TranscriptError("no title line (the first line is a long paragraph)")
        title, rest = title[:date_end].strip(), title[date_end:].strip(" .")
        body = [rest, *body]
    match = _LABEL_RE.match(title)
    if match and label_kind(match.group("label")) in ("question", "answer", "known"):
        raise TranscriptError("no title line (the text starts with a speaker's turn)")
    return page_date, title, body


def _first_date_end(text: str) -> int | None:
    ends = [m.end() for pattern in _TITLE_DATE_RES for m in pattern.finditer(text) if _to_date(m)]
    return min(ends) if ends else None


def _classify(body: list[str], title_key: str) -> list[_Line]:
    """Body lines -> labelled / plain / blank / separator lines, with weak labels vetted."""
    candidates: list[_Line] = []
    for raw in body:
        if not raw or _is_chrome(raw):
            candidates.append(_Line(blank=True))
        elif _is_separator(raw):
            candidates.append(_Line(separator=True))
        elif not _ALNUM_RE.search(raw):
            candidates.append(_Line(blank=True))  # a lone bullet or dash
        else:
            candidates.append(_label_line(raw))
    counts = Counter(canonical_speaker(c.label) for c in candidates if c.label is not None)
    accepted: list[_Line] = []
    after_question = False
    for candidate in candidates:
        line = _vet(candidate, counts, title_key, after_question)
        if line.label is not None:
            after_question = line.kind == "question"
        accepted.append(line)
    # Labels confirmed here may also stand mid-line on a page flattened onto one line.
    extra = {
        clean_line(re.sub(r"\([^()]*\)", "", c.label))
        for c in accepted
        if c.label is not None and c.kind in _WEAK_KINDS | {"initials", "role"}
    }
    pattern = _inline_label_re(extra)
    lines: list[_Line] = []
    for line in accepted:
        pieces = _split_inline(line.text, pattern) if line.text else []
        if len(pieces) <= 1:
            lines.append(line)
            continue
        line.text = pieces[0]
        lines.append(line)
        lines.extend(_label_line(piece) for piece in pieces[1:])
    return lines


def _label_line(raw: str) -> _Line:
    match = _LABEL_RE.match(raw)
    if match:
        label = match.group("label")
        rest = match.group("rest").strip()
        kind = label_kind(label)
        if kind is not None and not rest.startswith("//"):
            # "Sergey Lavrov: Additional materials": the page ends right after a label.
            if rest and (_is_chrome(rest) or label_key(rest).strip(" •·|") in _END_MARKERS):
                rest = ""
            return _Line(text=rest, raw=raw, label=label, kind=kind)
    return _Line(text=raw, raw=raw)


def _vet(line: _Line, counts: Counter[str], title_key: str, after_question: bool) -> _Line:
    """Keep a weak label only if the document confirms it is a speaker.

    Confirmation: the name is in the title, or it is a full name (two words or more) that
    is used twice, carries a note or a post, or answers the question just asked.
    """
    if line.label is None or line.kind not in _WEAK_KINDS:
        return line
    name = canonical_speaker(line.label)
    words = name.split()
    rest = line.text
    # A turn's words start like a sentence; "Ukraine: ceasefire violations" is a heading.
    starts_well = not rest or rest[0].isupper() or rest[0].isdigit() or rest[0] in "\"«“„'(—–-…["
    in_title = bool(words) and re.search(
        rf"(?<![^\W\d_]){re.escape(label_key(words[-1]))}(?![^\W\d_])", title_key
    )
    noted = "(" in line.label
    confirmed = bool(in_title) or (
        len(words) >= 2 and (counts[name] >= 2 or noted or line.kind == "post" or after_question)
    )
    if starts_well and confirmed:
        return line
    return _Line(text=line.raw, raw=line.raw)


def _turns(lines: list[_Line], answer_speaker: str) -> list[_Turn]:
    """Group lines into speaker turns (speakers of unlabelled turns are filled in later)."""
    turns: list[_Turn] = [_Turn(speaker="", labelled=False)]
    for line in lines:
        current = turns[-1]
        if line.separator:
            turns.append(_Turn(speaker="", labelled=False, reset=True))
        elif line.blank:
            current.lines.append(None)
        elif line.label is not None:
            if line.kind == "question":
                speaker = QUESTION_SPEAKER
            elif line.kind == "answer":
                speaker = answer_speaker
            else:
                speaker = canonical_speaker(line.label)
            turns.append(_Turn(speaker=speaker, labelled=True, kind=line.kind))
            if line.text:
                turns[-1].lines.append(line.text)
        else:
            current.lines.append(line.text)
    for turn in turns:
        turn.paragraphs = _paragraphs(turn.lines)
    return [turn for turn in turns if turn.paragraphs]


def _paragraphs(lines: list[str | None]) -> list[str]:
    """A turn's lines -> paragraphs: blank-line separated, or one per line if no blank lines."""
    present = [i for i, line in enumerate(lines) if line is not None]
    lines = lines[present[0] : present[-1] + 1] if present else []
    blocks: list[list[str]] = [[]]
    if None in lines:
        for line in lines:
            if line is None:
                if blocks[-1]:
                    blocks.append([])
            else:
                blocks[-1].append(line)
    else:
        blocks = [[line] for line in lines if line is not None]
    paragraphs: list[str] = []
    for block in blocks:
        started = False
        for line in block:
            if not _ALNUM_RE.search(line):
                continue
            # Lines of one block stay together, and a bullet stays with the paragraph
            # that introduces it.
            if paragraphs and (started or _BULLET_RE.match(line)):
                paragraphs[-1] += "\n" + line
            else:
                paragraphs.append(line)
            started = True
    return paragraphs


def _resolve_initials(turns: list[_Turn], title: str) -> None:
    """Use a full name for "J.Kerry" when the title or another label spells it out."""
    full_names = {t.speaker for t in turns if t.labelled and " " in t.speaker}
    for turn in turns:
        match = re.fullmatch(r"([^\W\d_])\.(?:[^\W\d_]{1,2}\.)*\s?([^\W\d_][\w'’-]+)", turn.speaker)
        if not match:
            continue
        initial, surname = match.groups()
        pattern = re.compile(
            rf"(?<![^\W\d_])({re.escape(initial)}[^\W\d_]+)\s+{re.escape(surname)}(?![^\W\d_])"
        )
        for candidate in (*sorted(full_names), title):
            if found := pattern.search(candidate):
                turn.speaker = f"{found.group(1)} {surname}"
                break


# A reply in a dash dialogue: "— Сергей Викторович, ...?" / "— Мы исходим из ...".
_DASH_TURN_RE = re.compile(r"^[—–-]\s*[^\W\d_]")
#: A dash segment longer than this is an answer even if it ends on a rhetorical question.
_DASH_QUESTION_MAX_WORDS = 150


def _asks(paragraph: str) -> bool:
    return paragraph.rstrip(" \"'»”’)]").endswith(("?", "?…"))


def _dash_starts(lines: list[str | None]) -> list[int]:
    """Indexes of lines that open a block (first, or after a blank line) with a dash reply."""
    return [
        i
        for i, line in enumerate(lines)
        if line is not None and (i == 0 or lines[i - 1] is None) and _DASH_TURN_RE.match(line)
    ]


def _dash_dialogue(turns: list[_Turn]) -> list[_Turn]:
    """Split an unlabelled interview written as a dash dialogue into questions and answers.

    Some pages mark turns with a leading dash instead of names. Only a page with no labels
    at all, and with at least two dash replies one of which asks, is read this way: each
    dash reply (with the undashed paragraphs after it) is a turn; a short one that ends on a
    question, and does not itself follow a question, is the interviewer's; the rest are the
    title speaker's.
    """
    if any(t.labelled for t in turns):
        return turns
    starts = {id(t): _dash_starts(t.lines) for t in turns}
    dashed = [t.lines[i] or "" for t in turns for i in starts[id(t)]]
    if len(dashed) < 2 or not any(_asks(line) for line in dashed):
        return turns
    out: list[_Turn] = []
    for turn in turns:
        bounds = [0, *(i for i in starts[id(turn)] if i > 0), len(turn.lines)]
        for number, (lo, hi) in enumerate(itertools.pairwise(bounds)):
            paragraphs = _paragraphs(turn.lines[lo:hi])
            if not paragraphs:
                continue
            # A reply right after a question is its answer, even if it ends on a question.
            follows_question = bool(out) and out[-1].kind == "question"
            asked = (
                not follows_question
                and bool(_DASH_TURN_RE.match(paragraphs[0]))
                and _asks(paragraphs[-1])
                and sum(_words(p) for p in paragraphs) <= _DASH_QUESTION_MAX_WORDS
            )
            out.append(
                _Turn(
                    speaker=QUESTION_SPEAKER if asked else turn.speaker,
                    labelled=asked,
                    kind="question" if asked else None,
                    reset=turn.reset and number == 0,
                    lines=turn.lines[lo:hi],
                    paragraphs=paragraphs,
                )
            )
    return out


def _ends_with_question(turn: _Turn) -> bool:
    return turn.paragraphs[-1].rstrip(" \"'»”’)]").endswith(("?", "?…"))


def _interviewers(turns: list[_Turn], title_speaker: str | None) -> set[str]:
    """Named labelled speakers who are not officials and mostly ask: interviewers."""
    asked: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for turn in turns:
        if not turn.labelled or turn.kind in ("question", "answer", "known"):
            continue
        if is_known_official(turn.speaker) or turn.speaker == title_speaker:
            continue
        total[turn.speaker] += 1
        asked[turn.speaker] += _ends_with_question(turn)
    return {name for name, n in total.items() if asked[name] * 2 >= n}


# --- passage sizing ----------------------------------------------------------------------

_ABBREVIATIONS = frozenset(
    {
        "mr", "mrs", "ms", "dr", "st", "no", "nos", "vs", "jr", "sr", "gen", "col", "lt",
        "prof", "e.g", "i.e", "approx", "art", "para", "vol", "pp", "fig", "inc", "ltd", "co",
        "corp", "cf", "ed", "т", "г", "гг", "д", "им", "ул", "стр", "см", "млн", "млрд",
        "трлн", "тыс", "руб", "долл", "т.е", "т.д", "т.п", "и.о", "англ", "рус", "ст", "п",
        "пп", "с", "e", "u.s", "u.k", "ок",
    }
)  # fmt: skip
_SENTENCE_END_RE = re.compile(r"(?:[.!?…]+[\"'»”’)\]]*|\n)")
_SENTENCE_START = "\"'«“„([—–-…¡¿"


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    """Exact (start, end) slices of the sentences (and lines) of a paragraph."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END_RE.finditer(text):
        end = match.end()
        nxt = end
        while nxt < len(text) and text[nxt] in " \n":
            nxt += 1
        if match.group() != "\n":
            if nxt == end or nxt >= len(text):
                continue
            ch = text[nxt]
            if not (ch.isupper() or ch.isdigit() or ch in _SENTENCE_START):
                continue
            before = text[max(start, match.start() - 40) : match.start()]
            if match.group() == "." and _is_abbreviation(before):
                continue
        if text[start:end].strip():
            spans.append((start, end if match.group() != "\n" else match.start()))
        start = nxt
    if text[start:].strip():
        spans.append((start, len(text)))
    return [(a, b) for a, b in spans if _ALNUM_RE.search(text[a:b])] or [(0, len(text))]


def _is_abbreviation(before: str) -> bool:
    tail = before.split()
    word = tail[-1] if tail else ""
    word = word.lstrip("\"'«“„([")
    if len(word) == 1 and word.isalpha():
        return word.isupper() or word.casefold() in _ABBREVIATIONS  # an initial: "J. Kerry"
    return word.casefold() in _ABBREVIATIONS


def _words(text: str) -> int:
    return len(text.split())


@dataclass(slots=True)
class _Unit:
    """A slice of one paragraph: the building block of passages."""

    para: int
    start: int
    end: int
    words: int
    salutation: bool = False


def _split_long(text: str, para: int) -> list[_Unit]:
    """A paragraph over MAX_WORDS -> balanced pieces of whole sentences (~40-120 words)."""
    spans = [(a, b, _words(text[a:b])) for a, b in _sentence_spans(text)]
    total = sum(w for _, _, w in spans)
    target = total / max(1, math.ceil(total / MAX_WORDS))
    pieces: list[list[tuple[int, int, int]]] = [[]]
    size = 0
    for span in spans:
        if pieces[-1] and (size + span[2] > MAX_WORDS or size >= target):
            pieces.append([])
            size = 0
        pieces[-1].append(span)
        size += span[2]
    units = [_Unit(para, p[0][0], p[-1][1], sum(s[2] for s in p)) for p in pieces]
    if len(units) > 1 and units[-1].words < MIN_WORDS:
        last = units.pop()
        if units[-1].words + last.words <= _JOINED_MAX_WORDS:
            units[-1].end, units[-1].words = last.end, units[-1].words + last.words
        else:
            units.append(last)
    return units


def _is_salutation(text: str) -> bool:
    return _words(text) <= 8 and text.rstrip()[-1:] in ",!:." and bool(_SALUTATION_RE.search(text))


def _passage_texts(paragraphs: list[str]) -> list[str]:
    """Size one turn's paragraphs into passages (never crossing into another turn)."""
    units: list[_Unit] = []
    for i, text in enumerate(paragraphs):
        words = _words(text)
        if words > MAX_WORDS:
            units.extend(_split_long(text, i))
        else:
            units.append(_Unit(i, 0, len(text), words, _is_salutation(text)))
    groups: list[list[_Unit]] = []
    buffer: list[_Unit] = []
    for unit in units:
        buffer.append(unit)
        if sum(u.words for u in buffer) >= MIN_WORDS:
            groups.append(buffer)
            buffer = []
    if buffer:
        size = sum(u.words for u in buffer)
        if groups and sum(u.words for u in groups[-1]) + size <= _JOINED_MAX_WORDS:
            groups[-1].extend(buffer)
        elif not all(u.salutation for u in buffer):
            groups.append(buffer)
        elif groups:
            groups[-1].extend(buffer)
    return [_render(group, paragraphs) for group in groups]


def _render(group: list[_Unit], paragraphs: list[str]) -> str:
    parts: list[tuple[int, int, int]] = []
    for unit in group:
        if parts and parts[-1][0] == unit.para:
            parts[-1] = (unit.para, parts[-1][1], unit.end)
        else:
            parts.append((unit.para, unit.start, unit.end))
    return "\n\n".join(paragraphs[p][a:b].strip() for p, a, b in parts)


# --- the parser --------------------------------------------------------------------------


def _prepare(text: str) -> tuple[list[str], str | None]:
    """Normalised lines with `Source:` lines taken out and the page chrome cut off."""
    # Runs of blank lines mean the same as one; collapsing them first keeps huge gaps cheap.
    text = _BLANK_RUN_RE.sub("\n\n", normalize_newlines(text))
    lines = [clean_line(line) for line in text.split("\n")]
    source: str | None = None
    for i, line in enumerate(lines):
        if match := _SOURCE_RE.match(line):
            source = source or match.group("url")
            lines[i] = ""
    for i, line in enumerate(lines):
        if not line:
            continue
        if len(line) < 40 and label_key(line).strip(" •·") in _END_MARKERS:
            return lines[:i], source
        if match := _INLINE_END_RE.search(line):
            return [*lines[:i], line[: match.start()].rstrip()], source
    return lines, source


def parse_transcript(text: str, doc_id: str, source_url: str | None = None) -> Document:
    """Parse a transcript page's text into a document of attributed passages.

    Args:
        text: The page text (see the module docstring for the format).
        doc_id: Document id, usually the file's stem.
        source_url: Link to the original page, used when the text has no ``Source:`` line.

    Returns:
        The document, with passages in reading order.

    Raises:
        TranscriptError: The text has no title line or no paragraphs of text.
    """
    if not text or not text.strip():
        raise TranscriptError("no text")
    lines, source_line = _prepare(text.lstrip("\ufeff"))
    if not any(lines):
        raise TranscriptError("no text")
    page_date, title, body = _header(lines)
    title_speaker = speaker_from_title(title)
    found = _title_date(title)
    date = found[0] if found else page_date
    place = _place(title, found[1]) if found else None

    classified = _classify(body, label_key(title))
    first_labelled = next(
        (
            canonical_speaker(c.label)
            for c in classified
            if c.label is not None and c.kind not in ("question", "answer")
        ),
        None,
    )
    default_speaker = title_speaker or (
        first_labelled if first_labelled and is_known_official(first_labelled) else None
    )
    turns = _turns(classified, default_speaker or UNKNOWN_SPEAKER)
    for turn in turns:
        if not turn.labelled:
            turn.speaker = default_speaker or UNKNOWN_SPEAKER
    turns = _dash_dialogue(turns)
    _resolve_initials(turns, title)
    asking = _interviewers(turns, title_speaker)

    language = language_of("\n".join(p for turn in turns for p in turn.paragraphs))
    passages = list(
        _passages(turns, asking, doc_id, title, date, place, language, source_line or source_url)
    )
    if not passages:
        raise TranscriptError("not a transcript: no paragraphs of text")
    return Document(
        id=doc_id,
        title=title,
        date=date,
        place=place,
        language=language,
        speaker=title_speaker,
        source_url=source_line or source_url,
        passages=tuple(passages),
    )


def _passages(
    turns: list[_Turn],
    asking: set[str],
    doc_id: str,
    title: str,
    date: dt.date | None,
    place: str | None,
    language: Language,
    source_url: str | None,
) -> Iterator[Passage]:
    seen: Counter[tuple[str, str]] = Counter()
    pending: str | None = None
    index = 0
    for turn in turns:
        texts = _passage_texts(turn.paragraphs)
        if turn.reset:
            pending = None
        if not texts:
            continue
        is_question = turn.kind == "question" or (turn.labelled and turn.speaker in asking)
        role: Role
        if is_question:
            role, reply = "question", None
        else:
            role, reply = ("answer", pending) if pending else ("statement", None)
        for number, passage_text in enumerate(texts):
            occurrence = seen[(turn.speaker, passage_text)]
            seen[(turn.speaker, passage_text)] += 1
            yield Passage(
                id=passage_id(title, date, turn.speaker, passage_text, occurrence),
                doc_id=doc_id,
                title=title,
                date=date,
                place=place,
                language=language_of(passage_text, language),
                speaker=turn.speaker,
                role=role,
                turn=index,
                paragraph=number,
                text=passage_text,
                in_reply_to=reply,
                source_url=source_url,
            )
        if is_question:
            pending = "\n\n".join(turn.paragraphs)
        index += 1
