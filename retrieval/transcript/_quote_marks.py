"""Quote marks: a text with its quoted words blanked out (:func:`mask_quotes`).

The rules of reported speech read only the narration around the quotes. Straight marks a copy
left unpaired or closed with a curly one are paired as meant, and an attribution that
interrupts a quote between dashes («..., – сказал Лавров, – ...») stays narration.
"""

from __future__ import annotations

import re

from retrieval.text import quote_spans
from retrieval.transcript._say_verbs import _SAY_RE, _SAY_WORDS

# "«..., – сказал Лавров, – ...»", '"..., " he said, "...': an attribution inside a quote
# (a copy may type its dashes as hyphens: '"..., - напомнил Путин. - ..."').
_INTERRUPTION_RE = re.compile(
    rf"(?<=[,.!?…])\s*[–—-]\s+(?:(?:{_SAY_WORDS})\s+[^–—«»\"“”]{{1,60}}?"
    # («..., — излагает вступительную речь Путина британская Independent, репортер которой
    # присутствовал на встрече. — ...»: an outlet relaying him, and who it is.)
    r"|(?:цитиру|привод|излага|пересказыва|переда)[а-яё]*\s+[^–—«»\"“”]{1,100}?)"
    r"[,.]?\s*[–—-](?=\s)",
    re.IGNORECASE,
)


def mask_quotes(text: str) -> str:
    """The text with quoted words blanked out (same length; an unclosed quote runs to the end).

    An attribution that interrupts a quote between dashes («Что бы я ни ответил, – сказал
    Лавров, – вы напишете ...») is the narration's, and stays.
    """
    pieces: list[str] = []
    at = 0
    # Straight marks are re-paired only in a text with three or more (most have none).
    spans = _paired_quotes(text) if text.count('"') >= 3 else quote_spans(text)
    if "”" in text and text.count('"') % 2:
        spans = _mixed_marks(text, spans)
    elif text.count('"') % 2 and ("'," in text or "’," in text):
        spans = _closed_by_apostrophe(text, spans)
    if spans and spans[-1][1] == len(text):
        spans = _dash_closed(text, spans)
    if spans and spans[-1][1] == len(text) and (lost := _LOST_CLOSE_BEFORE_SAYER_RE.search(text)):
        # '“We cooperate on the basis of ... the so-called global majority Putin said.': a copy
        # lost the comma and the closing mark; the quote ends before the name and its verb.
        a, _ = spans[-1]
        if a < lost.start():
            spans = [*spans[:-1], (a, lost.start())]
    for a, b in spans:
        pieces += [text[at:a], " " * (b - a)]
        at = b
    masked = "".join([*pieces, text[at:]])
    for match in _INTERRUPTION_RE.finditer(text):
        a, b = match.span()
        masked = masked[:a] + text[a:b] + masked[b:]
    return masked


# A lower-case word, then a name and an English verb of saying ending the text: where a quote
# whose closing mark was lost ends ("... the global majority Putin said.").
_LOST_CLOSE_BEFORE_SAYER_RE = re.compile(
    r"(?<=[a-z])\s+(?=[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:said|says|added|noted|stressed|stated|"
    r"explained|emphasized|emphasised)\.?\s*$)"
)


# A quote's attribution after a comma and a dash: ", - цитирует РИА Новости слова ...",
# ", — заявил он", ", - said the minister".
_DASH_ATTRIBUTION_AFTER_RE = re.compile(r",\s*[-–—]\s+(?=[^\W\d_])")


def _dash_closed(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The quotes of a text whose last quote a copy never closed, but whose attribution
    follows a comma and a dash ('"Я хотел бы ... этого года, - цитирует РИА Новости слова
    Медведева ...'): the quote ends at that comma (read flat, the attribution is quoted)."""
    a, b = spans[-1]
    for found in _DASH_ATTRIBUTION_AFTER_RE.finditer(text, a + 1, b):
        after = text[found.end() : found.end() + 60]
        if _SAY_RE.match(after) or after.startswith(("цитиру", "приводит", "передает", "передаёт")):
            return [*spans[:-1], (a, found.start())]
    return spans


def _mixed_marks(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The quotes of a text whose straight opening mark a copy closed with a curly one ('"We
    stressed ... this practice,” Antonov stated.'): read flat, the quote would run to the end
    and take the attribution after it."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        close = text.find("”", a + 1) if text[a] == '"' and b == len(text) else -1
        if close < 0 or "“" in text[a:close] or '"' in text[a + 1 : close]:
            out.append((a, b))
            continue
        out.append((a, close + 1))
        rest = close + 1
        out += [(rest + c, rest + d) for c, d in quote_spans(text[rest:])]
    return out


# An apostrophe and a comma closing a quote a straight mark opened, before its attribution:
# '"... very short-sighted', said Peskov.'
_APOSTROPHE_CLOSE_RE = re.compile(rf"['’](?=,\s*(?:[-–—]\s*)?(?:{_SAY_WORDS})(?![\w-]))", re.I)


def _closed_by_apostrophe(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The quotes of a text whose straight opening mark a copy closed with an apostrophe
    before the attribution ('"... is not less absurd', said Peskov.'): read flat, the quote
    would run to the end and take the attribution after it."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        close = (
            _APOSTROPHE_CLOSE_RE.search(text, a + 1) if text[a] == '"' and b == len(text) else None
        )
        if close is None or '"' in text[a + 1 : close.start()]:
            out.append((a, b))
            continue
        out.append((a, close.end()))
        rest = close.end()
        out += [(rest + c, rest + d) for c, d in quote_spans(text[rest:])]
    return out


# A straight mark that opens a quote: at the start or after a space or a bracket, before a
# word; one that closes it: after a word or a stop, before a space, a stop or the end.
_OPENING_MARK_RE = re.compile(r'(?:^|(?<=[\s(]))"(?=[^\W_])')
_CLOSING_MARK_RE = re.compile(r'(?<=[^\s(])"(?=[\s,.;:!?)]|$)')
# A comma and a dash right after a mark: the attribution of the quote the mark closed.
_SHARED_CLOSE_RE = re.compile(r"\s*,\s*[-–—]\s")
# A sentence's end right before a mark: 'wanted. "Immediately'.
_STOP_BEFORE_RE = re.compile(r"[.!?…]\s+$")


def _paired_quotes(text: str) -> list[tuple[int, int]]:
    """The quotes of a text (:func:`retrieval.text.quote_spans`), but when a copy lost a
    quote's closing mark before the next sentence's quote ('recently "when ... wanted.
    "Immediately ... silent," he pointed out.'), that quote ends at its sentence's end: read
    flat, "he pointed out" would be inside a quote and the words around it outside. Only a
    text whose every straight mark plainly opens or closes a quote is read so."""
    spans = quote_spans(text)
    opening = {m.start() for m in _OPENING_MARK_RE.finditer(text)}
    closing = {m.start() for m in _CLOSING_MARK_RE.finditer(text)}
    marks = [i for i, ch in enumerate(text) if ch == '"']
    if opening & closing or len(opening) + len(closing) != len(marks):
        return spans  # a mark that faces both ways or neither: the flat reading stands
    pairs: list[tuple[int, int]] = []
    start: int | None = None
    inner: int | None = None  # a quote opened inside the open one
    shared: int | None = None  # the mark that closed it
    lost = False
    for mark in marks:
        if mark in closing:
            if inner is not None and start is not None and _SHARED_CLOSE_RE.match(text, mark + 1):
                # '"Следует отказаться от ... государствам "к востоку от Вены", — сказал
                # Лукашевич': a Russian copy closes the quote inside and the one around it
                # with one mark before the dash of the attribution.
                pairs.append((start, mark + 1))
                start, inner, lost = None, None, True
                continue
            if inner is not None:
                inner, shared = None, mark
                continue
            if start is None:
                return spans  # a closing mark with nothing open
            pairs.append((start, mark + 1))
            start = None
        elif start is None:
            start = mark
        elif inner is None and _STOP_BEFORE_RE.search(text, 0, mark):
            pairs.append((start, len(text[:mark].rstrip())))
            start, lost = mark, True
        elif inner is None and shared is None:
            inner = mark
        else:
            return spans
    if shared is not None:
        # '"It is hard to call it anything but "a farce," he wrote.': one mark closes the
        # quote inside and the quote around it, and the attribution follows. A quote inside
        # a quote that closes on its own mark is read flat, as before.
        if (
            inner is not None
            or start is None
            or shared != marks[-1]
            or text[shared - 1] not in ",.!?"
        ):
            return spans
        pairs.append((start, shared + 1))
        start, lost = None, True
    if not lost:
        return spans
    if start is not None:
        pairs.append((start, len(text)))
    others = [(a, b) for a, b in spans if text[a] != '"' and not any(c <= a < d for c, d in pairs)]
    return sorted(others + [(a, b) for a, b in pairs if not any(c <= a < d for c, d in others)])
