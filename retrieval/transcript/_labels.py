"""Speaker labels on body lines: candidates, weak ones vetted, and labels found mid-line.

Attribution rule: a turn starts only at something shaped like a speaker label (see
:func:`retrieval.speakers.label_kind`). Weak labels (plain capitalised words such as
``Olga Belova``) must also be confirmed by the document: used twice, named in the title, or
carrying a post and a full name. ``Ukraine:`` heading a briefing section is not a speaker.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from retrieval.speakers import LabelKind, canonical_speaker, known_label_forms, label_kind
from retrieval.text import clean_line, fold_lookalikes, has_cyrillic, label_key
from retrieval.transcript._lines import (
    END_MARKERS,
    LABEL_RE,
    has_text,
    is_chrome,
    is_separator,
)

_WEAK_KINDS = frozenset({"post", "name"})


@dataclass(slots=True)
class Line:
    """One body line: blank, separator, plain text, or a (candidate) label with its text."""

    text: str = ""
    raw: str = ""  # the whole line as written, to restore it if the label is rejected
    blank: bool = False
    separator: bool = False
    label: str | None = None
    kind: LabelKind | None = None


def classify(body: list[str], title_key: str) -> list[Line]:
    """Body lines -> labelled / plain / blank / separator lines, with weak labels vetted."""
    candidates: list[Line] = []
    for raw in body:
        if not raw or is_chrome(raw):
            candidates.append(Line(blank=True))
        elif is_separator(raw):
            candidates.append(Line(separator=True))
        elif not has_text(raw):
            candidates.append(Line(blank=True))  # a lone bullet or dash
        else:
            candidates.append(_label_line(raw))
    counts = Counter(canonical_speaker(c.label) for c in candidates if c.label is not None)
    accepted: list[Line] = []
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
    lines: list[Line] = []
    for line in accepted:
        pieces = _split_inline(line.text, pattern) if line.text else []
        if len(pieces) <= 1:
            lines.append(line)
            continue
        line.text = pieces[0]
        lines.append(line)
        lines.extend(_label_line(piece) for piece in pieces[1:])
    return lines


def _label_line(raw: str) -> Line:
    match = LABEL_RE.match(raw)
    if match:
        label = match.group("label")
        rest = match.group("rest").strip()
        kind = label_kind(label)
        if kind is not None and not rest.startswith("//"):
            # "Sergey Lavrov: Additional materials": the page ends right after a label.
            if rest and (is_chrome(rest) or label_key(rest).strip(" •·|") in END_MARKERS):
                rest = ""
            return Line(text=rest, raw=raw, label=label, kind=kind)
    return Line(text=raw, raw=raw)


def _vet(line: Line, counts: Counter[str], title_key: str, after_question: bool) -> Line:
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
    return Line(text=line.raw, raw=line.raw)


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
