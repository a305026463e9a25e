"""Speaker labels on body lines: candidates, weak ones vetted, and labels found mid-line.

Attribution rule: a turn starts only at something shaped like a speaker label (see
:func:`retrieval.speakers.label_kind`). Weak labels (plain capitalised words such as
``Olga Belova``) must also be confirmed by the document: used twice, named in the title, or
carrying a post and a full name. ``Ukraine:`` heading a briefing section is not a speaker.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from retrieval.aliases import is_news_outlet
from retrieval.name_words import is_place_word
from retrieval.russian_names import is_first_name_form
from retrieval.speakers import (
    LabelKind,
    ambassador_by_surname,
    bare_name,
    canonical_speaker,
    is_place_label,
    is_post_word,
    known_label_forms,
    label_kind,
    person_name,
    posted_role_name,
    speaker_from_title,
    strip_notes,
)
from retrieval.text import clean_line, fold_lookalikes, has_cyrillic, label_key
from retrieval.transcript._dates import MONTH_NAME
from retrieval.transcript._lines import (
    END_MARKERS,
    LABEL_RE,
    has_text,
    is_chrome,
    is_separator,
)
from retrieval.transcript._named_again import FAMILY_NAMES_FIRST
from retrieval.transcript._sentence_sayer import first_person, has_say_verb

_WEAK_KINDS = frozenset({"post", "name", "abbrev"})
# Kinds that are labels on their own: a weak label between two of these is a turn too.
_STRONG_KINDS = frozenset({"question", "answer", "known", "initials", "role", "anonymous"})
# A timestamp after a label: "Dmitry Peskov: (09:51)", "[00:12:05]".
_TIMESTAMP_RE = re.compile(r"^[(\[]?\s*[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?\s*[)\]]?\s*")
_SENTENCE_END_RE = re.compile(r"[.!?…][\"'»”’)\]]*$")


@dataclass(slots=True)
class Line:
    """One body line: blank, separator, plain text, or a (candidate) label with its text."""

    text: str = ""
    raw: str = ""  # the whole line as written, to restore it if the label is rejected
    blank: bool = False
    separator: bool = False
    label: str | None = None
    kind: LabelKind | None = None


def classify(body: list[str], title_key: str, title: str = "") -> list[Line]:
    """Body lines -> labelled / plain / blank / separator lines, with weak labels vetted
    (``title`` as written, for telling a name in it from a common word)."""
    candidates: list[Line] = []
    for raw in body:
        if not raw or is_chrome(raw):
            candidates.append(Line(blank=True))
        elif is_separator(raw):
            candidates.append(Line(separator=True))
        elif not has_text(raw):
            candidates.append(Line(blank=True))  # a lone bullet or dash
        else:
            line = _label_line(raw)
            if line.label is None and _opens_paragraph(body, len(candidates)):
                line = _stop_label(raw) or line
            candidates.append(line)
    _conference_fields(candidates, body)
    _stop_labels_of_digest(candidates, body)
    _stop_labelled_interview(candidates, body)
    _bare_initials_interview(candidates, body)
    _name_lines_over_dashes(candidates, body)
    context = _Context.of(candidates, title_key, title)
    accepted: list[Line] = []
    after_question = False
    for at, candidate in enumerate(candidates):
        line = _vet(candidate, at, context, after_question)
        if line.label is not None:
            after_question = line.kind == "question"
        accepted.append(line)
    # Labels confirmed here may also stand mid-line on a page flattened onto one line.
    extra = {
        clean_line(re.sub(r"\([^()]*\)", "", c.label))
        for c in accepted
        if c.label is not None and c.kind in _WEAK_KINDS | {"initials", "role"}
    }
    extra |= _capitals_labels_mid_line(body)
    patterns = _inline_label_res(extra)
    lines: list[Line] = []
    for line in accepted:
        pieces = _split_inline(line.text, patterns) if line.text else []
        if len(pieces) <= 1:
            lines.append(line)
            continue
        line.text = pieces[0]
        lines.append(line)
        lines.extend(_label_line(piece) for piece in pieces[1:])
    return lines


# A label set off by a dash instead of a colon: "ВЛАДИМИР ПУТИН – Добрый день", "В.Путин — ...".
_DASH_LABEL_RE = re.compile(r"^(?P<label>[^–—:]{2,60}?)\s+[–—]\s+(?P<rest>\S.*)$", re.DOTALL)


def _dash_label(raw: str) -> Line | None:
    """A dash label: only a known official, initials or a name in capitals (a sentence may
    well have a dash after its first words: "Russia – a country of ..."), and the turn starts
    with a capital."""
    if "–" not in raw and "—" not in raw:  # the pattern needs one: most lines are spared it
        return None
    match = _DASH_LABEL_RE.match(raw)
    if not match:
        return None
    label = match.group("label").strip()
    if match.group("rest")[:1].islower():
        # "Мария Владимировна Захарова (род. 1975) — российский дипломат": a dash between a
        # subject and what it is defined as (a sidebar's biography), not a turn.
        return None
    kind = label_kind(label)
    letters = [ch for ch in label if ch.isalpha()]
    capitals = len(letters) >= 4 and all(ch.isupper() for ch in letters)
    if kind in ("question", "answer") and len(label.split()) == 1:
        return Line(text=match.group("rest").strip(), raw=raw, label=label, kind=kind)
    if kind == "known" and not (capitals or _named_alone(label)):
        # "Loyalists Snap Up Land Close to Putin – RBC Investigation": a headline that
        # names him, under "See also", not his label.
        return None
    if kind in ("known", "initials") or (
        kind in ("name", "post") and capitals and not _dateline(label)
    ):
        return Line(text=match.group("rest").strip(), raw=raw, label=label, kind=kind)
    return None


#: A dash label naming a known official in words that are not all capitals holds at most this
#: many words, unless a post opens it ("Министр иностранных дел Сергей Лавров – ...").
_DASH_NAME_WORDS = 3


def _named_alone(label: str) -> bool:
    """Whether a dash label is a name ("Sergey Lavrov", "Лавров") or opens with a post."""
    words = label.split()
    return len(words) <= _DASH_NAME_WORDS or is_post_word(label_key(words[0]))


# A live blog's heading for the next question, after its time: "13.18 Вопрос о военных
# кораблях в Арктике", "11:05 Question about the grain deal" (no sentence end).
_TIMED_QUESTION_RE = re.compile(
    r"^[0-2]?[0-9][.:][0-5][0-9]\s+(?P<rest>(?P<label>Вопрос|Question)\s+(?:о|об|обо|про|about|on)"
    r"\s.*[^.!?…:])$",
    re.IGNORECASE,
)


# ... or with no time before it, as a heading of its own: "Первый вопрос из Омской области про
# дороги", "Вопрос о росте цен" (no sentence end; the answer under it).
_QUESTION_HEADING_RE = re.compile(
    r"^(?:(?:первый|следующий|очередной|последний|first|next|last)\s+)?"
    r"(?P<label>Вопрос|Question)\s+(?:о|об|обо|про|из|от|about|from)\s.*[^.!?…:;,]$",
    re.IGNORECASE,
)
#: A question's heading has at most this many words.
_QUESTION_HEADING_WORDS = 20


def _dateline(label: str) -> bool:
    """Whether a label in capitals is a dateline's, not a person: a place ("KUALA LUMPUR:") or
    any words with a day after them ("PORT LOUIS, 12 JUNE –")."""
    letters = [ch for ch in label if ch.isalpha()]
    if len(letters) < 4 or not all(ch.isupper() for ch in letters):
        return False
    place = _DATELINE_DAY_RE.sub("", label)
    return place != label or is_place_label(place)


# A dateline's day after its place: "KUALA LUMPUR, 24 JUNE", "CEBU CITY, March 5, 2022".
_DATELINE_DAY_RE = re.compile(
    rf",\s*(?:[0-9]{{1,2}}\s+{MONTH_NAME}|{MONTH_NAME}\.?\s+[0-9]{{1,2}})\b.*$", re.IGNORECASE
)


def _clock_colon(label: str, rest: str) -> bool:
    """Whether the colon is a clock's, digits on both sides with no space: a byline's
    "Oleh Pavliuk, Tetyana Oliynyk Thursday, 3 July 2025, 19:30" names its writers, not a
    speaker whose turn starts "30"."""
    return label[-1:].isdigit() and rest[:1].isdigit()


# A name set off by a full stop before the words it gives: "Владимир Путин. Переговоры прошли
# ... я так и сказал" (a digest of what each side said).
_STOP_LABEL_RE = re.compile(
    r"^(?P<label>[A-ZА-ЯЁ][\w'’-]+\s+[A-ZА-ЯЁ][\w'’-]+)\.\s+(?P<rest>[A-ZА-ЯЁ«\"“].*)$", re.DOTALL
)
# "I" or "we" in the words after it, in Russian or English.
_FIRST_PERSON_RE = re.compile(
    r"(?<![^\W\d_])(?:[Яя]|[Мм]ы|[Нн]ас|[Нн]ам|[Нн]аш[а-я]*|[Мм]не|[Мм]еня|I|[Ww]e|[Oo]ur)"
    r"(?![^\W\d_])"
)


def _stop_label(raw: str, *, digest: bool = False) -> Line | None:
    """A known official's name alone as the line's first sentence, the rest in the first
    person: their words ("Дональд Трамп. Мы не смогли найти полного понимания."); a caption
    ("Сергей Лавров. Фото: ТАСС") or a sentence about them says no "I" or "we". On a
    ``digest`` (a page where another line is such a label) the rest need not say it."""
    if "." not in raw[:40]:
        return None
    match = _STOP_LABEL_RE.match(raw)
    if not match or label_kind(match.group("label")) != "known":
        return None
    if is_post_word(label_key(match.group("label").split()[0])):
        return None  # "President Macron. This meeting ...": a sentence's end, not a name alone
    rest = match.group("rest").strip()
    if _CAPTION_REST_RE.match(rest):
        return None  # "Александр Грушко. Фото предоставлено ...": a photo's caption
    if not digest and not _FIRST_PERSON_RE.search(rest):
        return None
    return Line(text=rest, raw=raw, label=match.group("label"), kind="known")


# What follows a name in a photo's caption: "Фото: ТАСС", "Photo: Reuters", "Архивное фото".
_CAPTION_REST_RE = re.compile(r"^(?:фото|photo|архивное фото|file photo|источник|source)\b", re.I)


def _name_lines_over_dashes(candidates: list[Line], body: list[str]) -> None:
    """A radio transcript's copy that sets each speaker's name on a line of its own over a
    dash turn ("Пунди Шринивасан Рагхаван" / "― Здравствуйте!"): those lines are labels,
    when the page has two or more of them (one such line may be a caption or a byline).
    Updates ``candidates`` in place."""
    found: list[int] = []
    for at, (candidate, raw) in enumerate(zip(candidates, body, strict=True)):
        if candidate.label is not None or not raw or ":" in raw or len(raw.split()) > 4:
            continue
        if _reader_signature(raw):
            before = next((line for line in reversed(body[:at]) if line.strip()), "")
            if before.lstrip()[:1] in "―—–-" and before.rstrip().endswith("?"):
                candidates[at] = Line(blank=True)  # the reader's name: nobody's words
            continue
        after = next((line for line in body[at + 1 :] if line.strip()), "")
        if after.lstrip()[:1] in "―—–" and label_kind(raw) in ("name", "initials", "known"):
            found.append(at)
    if len(found) < _NAME_LINES:
        return
    for at in found:
        raw = body[at]
        candidates[at] = Line(text="", raw=raw, label=raw.strip(), kind=label_kind(raw))


def _reader_signature(raw: str) -> bool:
    """Whether a name line is a reader's signature under a question sent to a chat: a name,
    a comma and where the reader writes from ("Carlos Lustosa Filho, Бразилия"), not the
    label of the dash answer under it."""
    _, comma, where = raw.rpartition(",")
    words = where.split()
    return bool(comma) and 1 <= len(words) <= 2 and all(is_place_word(w) for w in words)


#: A page sets speakers' names on lines of their own over dash turns at least this often.
_NAME_LINES = 2


def _stop_labels_of_digest(candidates: list[Line], body: list[str]) -> None:
    """On a page where one line is a name set off by a full stop before its speaker's words
    (:func:`_stop_label`), every line so shaped is such a label: a digest gives each side's
    words so ("Владимир Путин. Переговоры прошли ..." / "Дональд Трамп. Мы ..."), and one left
    unlabelled would go to the next label's speaker. Updates ``candidates`` in place."""
    if not any(
        (found := _STOP_LABEL_RE.match(c.raw)) and c.label == found.group("label")
        for c in candidates
    ):
        return
    for at, (candidate, raw) in enumerate(zip(candidates, body, strict=True)):
        if (
            candidate.label is None
            and raw
            and _opens_paragraph(body, at)
            and (stopped := _stop_label(raw, digest=True))
        ):
            candidates[at] = stopped


# A question's label set off by a full stop: "Вопрос. Геннадий Михайлович, ...".
_STOP_QUESTION_RE = re.compile(r"^(?P<label>Вопрос|Question)\.\s+(?P<rest>\S.*)$", re.DOTALL)
# An answerer's initials and surname set off by a full stop: "Г.М.Гатилов. Сложно ...",
# "S.V.Lavrov. We ...".
_STOP_INITIALS_RE = re.compile(
    r"^(?P<label>(?:[A-ZА-ЯЁ]\.\s?){1,2}[A-ZА-ЯЁ][a-zа-яё'’-]+)\.\s+(?P<rest>\S.*)$", re.DOTALL
)


def _stop_labelled_interview(candidates: list[Line], body: list[str]) -> None:
    """A mission site's interview whose labels end with a full stop, not a colon ("Вопрос.
    ..." / "Г.М.Гатилов. ..."): when paragraphs open with both a question's label and an
    answerer's initialled name so, every such opening is a label. Updates ``candidates`` in
    place."""
    if not any(raw.startswith(("Вопрос. ", "Question. ")) for raw in body):
        return
    questions: list[int] = []
    answers: list[int] = []
    for at, (candidate, raw) in enumerate(zip(candidates, body, strict=True)):
        if candidate.label is not None or not raw or not _opens_paragraph(body, at):
            continue
        if _STOP_QUESTION_RE.match(raw):
            questions.append(at)
        elif (found := _STOP_INITIALS_RE.match(raw)) and label_kind(found.group("label")) in (
            "initials",
            "known",
        ):
            answers.append(at)
    if not questions or not answers:
        return
    for at in questions:
        found = _STOP_QUESTION_RE.match(body[at])
        assert found is not None
        candidates[at] = Line(
            text=found.group("rest"), raw=body[at], label=found.group("label"), kind="question"
        )
    for at in answers:
        found = _STOP_INITIALS_RE.match(body[at])
        assert found is not None
        label = found.group("label")
        candidates[at] = Line(
            text=found.group("rest"), raw=body[at], label=label, kind=label_kind(label)
        )


# A radio transcript's label that lost its colon (and its bold): "А.Венедиктов Добрый вечер".
_BARE_INITIALS_RE = re.compile(
    r"^(?P<label>[A-ZА-ЯЁ]\.\s?[A-ZА-ЯЁ][a-zа-яё'’-]+|[A-ZА-ЯЁ]\.\s?[A-ZА-ЯЁ]{2,}[A-ZА-ЯЁ'’-]*)"
    r"\s+(?P<rest>[A-ZА-ЯЁ0-9«\"„“—–-].*)$",
    re.DOTALL,
)
#: Paragraphs each of two people must open so before the bare openings count as labels.
_BARE_LABEL_TURNS = 2


def _bare_initials_interview(candidates: list[Line], body: list[str]) -> None:
    """An interview whose labels are an initial and a surname with nothing after them
    ("А.Венедиктов Андрей Юрьевич, ..." / "А.Воробьев Добрый вечер"): when two people each
    open at least two paragraphs so, and no paragraph has a label of another kind, every
    such opening is a label. Updates ``candidates`` in place."""
    if any(c.label is not None for c in candidates):
        return
    found: dict[int, str] = {}
    for at, raw in enumerate(body):
        if raw and _opens_paragraph(body, at) and (match := _BARE_INITIALS_RE.match(raw)):
            found[at] = match.group("label")
    counts = Counter(label_key(label) for label in found.values())
    if sum(n >= _BARE_LABEL_TURNS for n in counts.values()) < 2:
        return
    for at, label in found.items():
        if counts[label_key(label)] < _BARE_LABEL_TURNS or label_kind(label) not in (
            "initials",
            "known",
        ):
            continue
        match = _BARE_INITIALS_RE.match(body[at])
        assert match is not None
        candidates[at] = Line(
            text=match.group("rest"), raw=body[at], label=label, kind=label_kind(label)
        )


# A conference site's fields over a speech it posts: "Speaker:" / "Putin, Wladimir W." /
# "Function:" / "President, Russian Federation" / "Nation/Organisation: Russian Federation".
_FIELD_NAMES = frozenset({"speaker", "function", "nation/organisation", "nation/organization"})


def _conference_fields(candidates: list[Line], body: list[str]) -> None:
    """A conference site's fields naming the speaker over his speech are page furniture, no
    turn of an anonymous "Speaker" (the speech under them stays the title's speaker's), when
    the field "Speaker:" is followed by a name written "Surname, Given". Updates
    ``candidates`` in place."""
    at = next((n for n, raw in enumerate(body) if label_key(raw).strip() == "speaker:"), None)
    if at is None:
        return
    following = [n for n in range(at + 1, min(len(body), at + 3)) if body[n].strip()]
    if not following or not _SURNAME_GIVEN_RE.match(body[following[0]].strip()):
        return
    for n in range(at, min(len(body), at + 8)):
        raw = body[n].strip()
        field = label_key(raw).split(":")[0].strip()
        value_of = n > 0 and label_key(body[n - 1]).strip().rstrip(":") in _FIELD_NAMES
        if field in _FIELD_NAMES or (value_of and raw and ":" not in raw):
            candidates[n] = Line(blank=True)


_SURNAME_GIVEN_RE = re.compile(r"^[A-ZА-ЯЁ][\w'’-]+,\s+[A-ZА-ЯЁ][\w'’-]+(?:\s+[A-ZА-ЯЁ]\.)*$")


def _opens_paragraph(body: list[str], at: int) -> bool:
    """Whether body line ``at`` opens a paragraph (a wrapped line may well start with a name
    that ends the sentence before it: "... talks with\nVladimir Putin. We agreed ...")."""
    return at == 0 or not body[at - 1].strip()


def _label_line(raw: str) -> Line:
    if (dashed := _dash_label(raw)) is not None:
        return dashed
    if raw[:1] == "(" and (bracketed := _bracket_label(raw)) is not None:
        return bracketed
    if timed := _TIMED_QUESTION_RE.match(raw):
        # The question's turn: its words are the journalist's, not the last speaker's.
        return Line(text=timed.group("rest"), raw=raw, label=timed.group("label"), kind="question")
    heading = _QUESTION_HEADING_RE.match(raw) if raw[:1].isupper() else None
    if heading and len(raw.split()) <= _QUESTION_HEADING_WORDS:
        return Line(text=raw, raw=raw, label=heading.group("label"), kind="question")
    if (speech := speech_heading(raw)) is not None:
        return speech
    match = LABEL_RE.match(raw) if ":" in raw or "：" in raw else None  # it needs a colon
    if match and _clock_colon(match.group("label"), match.group("rest")):
        match = None
    if match and match.group("label").count("(") > match.group("label").count(")"):
        # "Maria Vladimirovna Zakharova (Russian: Мария ...) is ...": the colon is inside a
        # bracket the label opened, a note on the name in another language, not a turn.
        match = None
    if match:
        label = match.group("label")
        rest = _TIMESTAMP_RE.sub("", match.group("rest").strip())
        kind = label_kind(label)
        # "Стив Уиткофф, улыбнувшись, поддержал шутку, сказав: «...»": a note that tells
        # what the person did and said is a news story's sentence leading into a quote,
        # not a label (a label's note says how they speak: ", speaking in English").
        _, comma, note = label.partition(",")
        if comma and kind is not None and has_say_verb(note):
            kind = None
        if kind is None and is_news_outlet(label) and _QUESTION_END_RE.search(rest):
            # "РИА Новости: «Единая Россия» принимает участие ...?": one of the outlets at a
            # joint interview asks; the answer follows unlabelled.
            kind = "question"
        if kind == "name" and _dateline(label):
            kind = None  # "KUALA LUMPUR: Following is the transcript ...": where it was filed
        if kind is not None and not rest.startswith("//"):
            # "Sergey Lavrov: Additional materials": the page ends right after a label.
            if rest and (is_chrome(rest) or label_key(rest).strip(" •·|") in END_MARKERS):
                rest = ""
            return Line(text=rest, raw=raw, label=label, kind=kind)
    return Line(text=raw, raw=raw)


# A label in brackets before the turn, as a translation service writes them: "(Interviewer) I
# would like to start ...", "(Russian Foreign Minister Sergey Lavrov) I will start ...".
_BRACKET_LABEL_RE = re.compile(r"^\((?P<label>[^()]{3,80})\)\s+(?P<rest>\S.*)$", re.DOTALL)


def _bracket_label(raw: str) -> Line | None:
    """A bracketed label: a known official (with his post), or the one who asks; never a stage
    note ("(Applause)", "(Laughter)"), which reads as a name."""
    match = _BRACKET_LABEL_RE.match(raw)
    if match is None:
        return None
    label = match.group("label").strip()
    kind = label_kind(label)
    if kind == "role" and _ASKING_ROLE_RE.fullmatch(label_key(label)):
        kind = "question"
    if kind not in ("known", "question"):
        return None
    return Line(text=match.group("rest").strip(), raw=raw, label=label, kind=kind)


_ASKING_ROLE_RE = re.compile(r"interviewer|journalist|reporter|host|moderator|интервьюер|ведущий")


# A heading over one person's statement at a joint appearance: "Vladimir Putin's speech:",
# "Remarks by Sergey Lavrov:", «Выступление В.В.Путина:».
_SPEECH_HEADING_RE = re.compile(
    r"^\s*(?:(?P<own>[^:]{3,60}?)['’]s\s+(?:opening\s+|closing\s+)?(?:speech|remarks|statement|"
    r"address)|(?:speech|remarks|statement|address)\s+by\s+(?P<by>[^:]{3,60}?)|"
    r"(?:выступление|заявление|слово)\s+(?P<ru>[^:]{3,60}?))\s*:\s*$",
    re.IGNORECASE,
)


def speech_heading(raw: str) -> Line | None:
    """A statement's heading as the label of its speaker, the text below being his (a known
    person in Russian, whose genitive the table reads; any name in English)."""
    match = _SPEECH_HEADING_RE.match(raw)
    if match is None:
        return None
    if russian := match.group("ru"):
        known = speaker_from_title(russian)
        return Line(text="", raw=raw, label=known, kind="known") if known else None
    name = match.group("own") or match.group("by")
    kind = label_kind(name)
    return Line(text="", raw=raw, label=name, kind=kind) if kind in ("known", "name") else None


@dataclass(slots=True)
class _Context:
    """What the whole page says about its candidate labels, for vetting weak ones."""

    counts: Counter[str]
    title_key: str
    strong: list[int]  # positions of strong labels
    initials: set[str]  # initials of the full names among the labels and in the title
    lines: list[Line]
    # Initials of what a label's note names ("Susan Glasser, Foreign Policy editor in chief:"
    # -> "FP"): the outlet whose initials then label its questions.
    outlets: frozenset[str] = frozenset()
    title: str = ""  # as written
    # Made when first asked for (only weak labels need them):
    _text_key: str | None = None  # every line's text folded: a name said in it is a person
    _caps: int | None = None  # labels typed in capitals

    @classmethod
    def of(cls, candidates: list[Line], title_key: str, title: str = "") -> _Context:
        labels = [c for c in candidates if c.label is not None]
        names = [canonical_speaker(c.label) for c in labels if c.label is not None]
        people = [n for n in names if len(n.split()) >= 2]
        initials = set()
        if any(c.kind == "abbrev" for c in labels):  # only initials need the title's names
            people += [p for p in (person_name(w) for w in _title_names(title_key)) if p]
            initials = set(three_initials(title))
        return cls(
            counts=Counter(names),
            title_key=title_key,
            strong=[i for i, c in enumerate(candidates) if c.kind in _STRONG_KINDS],
            initials={_initials(p) for p in people} | initials,
            lines=candidates,
            title=title,
            outlets=frozenset(
                i for c in labels if c.label and "," in c.label for i in _note_initials(c.label)
            ),
        )

    @property
    def text_key(self) -> str:
        if self._text_key is None:
            self._text_key = label_key(" ".join(c.text for c in self.lines if c.text))
        return self._text_key

    @property
    def caps(self) -> int:
        if self._caps is None:
            labels = (c.label for c in self.lines if c.label is not None)
            self._caps = sum(_in_capitals(label) for label in labels)
        return self._caps

    def between_strong(self, at: int) -> bool:
        """Whether the labels around position ``at`` are strong ones: the one before (or
        nothing, when this label opens the text) and the one after."""
        prev_label = self._label_before(at)
        next_label = next(
            (i for i, c in enumerate(self.lines) if i > at and c.label is not None), None
        )
        if next_label not in self.strong:
            return False
        if prev_label is None:
            return not any(c.text for c in self.lines[:at])
        return prev_label in self.strong

    def named_in_full(self, surname: str) -> bool:
        """Whether the text (labels aside) names a first name and this surname in any case
        ("Владимир Ворсобин", "с Михаилом Антоновым")."""
        surname = surname.strip(" :")
        if len(surname) < _FULL_NAME_SURNAME_MIN or not surname[:1].isupper():
            return False
        stem = surname[:-1] if surname[-1] in "аяь" else surname
        pattern = rf"(?<![^\W\d_])([^\W\d_]+)\s+{re.escape(stem)}[^\W\d_]{{0,3}}(?![^\W\d_])"
        text = " ".join(c.text for c in self.lines if c.text)
        return any(_first_name(found.group(1)) for found in re.finditer(pattern, text))

    def named_in_latin(self, surname: str) -> bool:
        """Whether the text (labels aside) names this Latin surname with a first name before
        it, or after it for a Chinese or Korean family name ("Zhang Hanhui")."""
        surname = surname.strip(" :")
        if len(surname) < 2 or not surname.isascii() or not surname[:1].isupper():
            return False
        text = " ".join(c.text for c in self.lines if c.text)
        word = re.escape(surname)
        if re.search(rf"\b[A-Z][a-z]+\s+{word}\b", text) and len(surname) >= _FULL_NAME_SURNAME_MIN:
            return True
        family = surname.lower() in FAMILY_NAMES_FIRST
        return family and re.search(rf"\b{word}\s+[A-Z][a-z]+\b", text) is not None

    def follows_strong(self, at: int) -> bool:
        """Whether the nearest label before position ``at`` is a strong one."""
        before = self._label_before(at)
        return before is not None and before in self.strong

    def _label_before(self, at: int) -> int | None:
        """The position of the nearest label before position ``at``, if any."""
        return max((i for i, c in enumerate(self.lines[:at]) if c.label), default=None)

    def asked_before(self, at: int) -> bool:
        """Whether the nearest line with text before position ``at`` asks."""
        before = next((c for c in reversed(self.lines[:at]) if c.text), None)
        return before is not None and before.text.rstrip(" \"'»”’)]").endswith("?")

    def said(self, surname: str) -> bool:
        """Whether the text (labels aside) names this surname: "Mr. Marr", "Ms Parker"."""
        key = label_key(surname)
        pattern = rf"(?<![^\W\d_]){re.escape(key)}"
        return len(key) > 2 and re.search(pattern, self.text_key) is not None


#: A surname this short is not looked for after a first name (too many words end so).
_FULL_NAME_SURNAME_MIN = 4


# Posts a headline names its subject by ("Russian MP:", "Senior diplomat:") that the table of
# posts leaves out.
_HEADLINE_POSTS = frozenset({"mp", "diplomat", "official", "envoy", "lawmaker", "source"})
# Nouns that end an institution's name ("Security Council", «Совет Безопасности» is a post's
# body, not its holder).
_INSTITUTION_NOUNS = frozenset(
    """
    council ministry committee commission assembly duma parliament government kremlin office
    service agency department organization organisation union court senate chamber
    совет министерство комитет комиссия собрание дума парламент правительство кремль
    """.split()
)


def _first_name(word: str) -> bool:
    """Whether a capitalised word is a common first name, in any case ("Михаилом")."""
    return word[:1].isupper() and has_cyrillic(word) and is_first_name_form(word.lower())


def _named_in_title(word: str, title_key: str) -> bool:
    """Whether a label's surname stands in the title, in any case ("Зыгарь" in "интервью
    Михаилу Зыгарю")."""
    key = label_key(word)
    if not key:
        return False
    stem = key[:-1] if has_cyrillic(key) and len(key) >= 5 and key[-1] in "аяьйоеы" else key
    ending = r"[^\W\d_]{0,3}" if stem != key or has_cyrillic(key) else ""
    return re.search(rf"(?<![^\W\d_]){re.escape(stem)}{ending}(?![^\W\d_])", title_key) is not None


def _only_in_lower_case(word: str, title: str) -> bool:
    """Whether the title writes a one-word label's word only in lower case: a common word
    there ("Kremlin reveals details of the call" over "Details: Ushakov stated ..."), not the
    name of someone the page is about."""
    found = re.findall(rf"(?<![^\W\d_]){re.escape(word)}(?![^\W\d_])", title, re.IGNORECASE)
    return bool(found) and all(w[:1].islower() for w in found)


def _title_names(title_key: str) -> list[str]:
    """Runs of words in a title that may be names (for the initials a page's labels use)."""
    words = title_key.split()
    return [" ".join(words[i : i + 3]) for i in range(max(1, len(words) - 2))]


def _in_capitals(label: str) -> bool:
    letters = [ch for ch in label if ch.isalpha()]
    return len(letters) >= 4 and all(ch.isupper() for ch in letters)


def _asking_outlet(label: str, context: _Context) -> bool:
    """Whether capitals that name no one on the page ("MJ", "РГ") label two lines or more,
    each asking a question: an outlet's initials over its interviewer's turns."""
    key = label_key(label)
    asked = [
        _QUESTION_END_RE.search(c.text) is not None
        for c in context.lines
        if c.kind == "abbrev" and c.label is not None and label_key(c.label) == key
    ]
    return len(asked) >= 2 and all(asked)


# A line that ends by asking (closing quotes and brackets aside).
_QUESTION_END_RE = re.compile(r"\?[\"'»”’)\]]*\s*$")


# Three capitalised words in a row: a first name, a patronymic and a surname.
_THREE_NAMES_RE = re.compile(r"(?<![^\W\d_])((?:[A-ZА-ЯЁ][a-zа-яё]+\s+){2}[A-ZА-ЯЁ][a-zа-яё-]+)")


def three_initials(text: str) -> dict[str, str]:
    """Initials of three letters ("AYD") -> the person's name that ``text`` spells out with a
    patronymic ("Alexey Yurievich Dedov" -> "Alexey Dedov"): an interview's answer label."""
    found: dict[str, str] = {}
    for match in _THREE_NAMES_RE.finditer(text):
        words = match.group(1).split()
        if is_first_name_form(words[0].casefold()) and (
            name := person_name(f"{words[0]} {words[-1]}")
        ):
            found.setdefault("".join(w[0] for w in words).upper(), name)
    return found


# A run of two or three capitalised words: "Foreign Policy", "Wall Street Journal".
_CAPITALISED_RUN_RE = re.compile(r"(?<![^\W\d_])[A-ZА-ЯЁ][a-zа-яё]+(?:\s+[A-ZА-ЯЁ][a-zа-яё]+){1,2}")


def _note_initials(label: str) -> set[str]:
    """Initials of the capitalised runs in a label's note after its name's comma ("Susan
    Glasser, Foreign Policy editor in chief" -> {"FP"})."""
    note = label.split(",", 1)[1]
    return {"".join(w[0] for w in run.split()).upper() for run in _CAPITALISED_RUN_RE.findall(note)}


def _initials(name: str) -> str:
    """ "Konstantin Ernst" -> "KE" (first letters of the first and last word)."""
    words = [w for w in re.split(r"[\s.]+", name) if w]
    return (words[0][0] + words[-1][0]).upper() if len(words) >= 2 else ""


def _vet(line: Line, at: int, context: _Context, after_question: bool) -> Line:
    """Keep a weak label only if the page confirms that it is a speaker.

    A turn's words start like a sentence ("Ukraine: ceasefire violations" is a heading).
    Initials ("KE") must stand for a full name among the labels or in the title. A name
    must look like a person's and be confirmed: named in the title; a full name used twice,
    said in the text, carrying a note or a post, answering the question just asked, typed in
    capitals among other labels in capitals, standing alone on its line over its words, or
    standing between two turns of known speakers or journalists (a named questioner).
    """
    if line.label is None:
        return line
    rest = line.text
    if line.raw.lstrip().startswith(("•", "·")) and rest and not _SENTENCE_END_RE.search(rest):
        # "• Peskov: Putin's schedule will no longer be sent": a listing's headline.
        return Line(text=line.raw, raw=line.raw)
    starts_well = not rest or rest[0].isupper() or rest[0].isdigit() or rest[0] in "\"«“„'(—–-…["
    # A machine translation may start a known speaker's words in lower case ("Vladimir Putin:
    # good Afternoon, colleagues."): a sentence of a few words that ends as one.
    sentence = (
        line.kind == "known"
        and len(rest.split()) >= 3
        and _SENTENCE_END_RE.search(rest) is not None
    )
    if not starts_well and not sentence and line.kind not in ("question", "answer"):
        # "Мария Захарова: биография спикера" is a link's title, not her turn.
        return Line(text=line.raw, raw=line.raw)
    if line.kind not in _WEAK_KINDS:
        return line
    name = canonical_speaker(line.label)
    if line.kind == "post" and label_key(name.split()[-1]) in _INSTITUTION_NOUNS:
        # "Secretary of Russian Security Council: NGOs are increasingly influencing ...": a
        # tag page's headline whose post names an institution and no person.
        return Line(text=line.raw, raw=line.raw)
    if line.kind == "abbrev":
        letters = label_key(line.label).upper().strip(" :")
        if len(letters) in (2, 3) and fold_lookalikes(letters) in {
            fold_lookalikes(i) for i in context.initials
        }:
            return line
        if _asking_outlet(line.label, context) or letters in context.outlets:
            # "MJ: ... Как сербы восприняли возврат Крыма?" again and again: the journal's
            # initials over its questions, not a person's; or the initials of the outlet an
            # interviewer's label names ("FP:" under "Susan Glasser, Foreign Policy editor").
            return Line(text=line.text, raw=line.raw, label=line.label, kind="question")
        return Line(text=line.raw, raw=line.raw)
    words = name.split()
    # The label's name part: before a note's comma, or the role and name after a post's.
    plain = bare_name(strip_notes(line.label))
    own = posted_role_name(plain) or plain.split(",")[0]
    written = own.split()
    if (
        written
        and _named_in_title(written[-1], context.title_key)
        and not (len(written) == 1 and _only_in_lower_case(written[0], context.title))
    ):
        if is_news_outlet(own):
            # "Der Spiegel: Mr President, ..." under "Interview with Der Spiegel": the outlet
            # the title names asks.
            return Line(text=line.text, raw=line.raw, label=line.label, kind="question")
        # ("Russian MP: There will be no mobilisation" under "Russian MP, author of ...": a
        # post the title gives is a headline's subject, not a name.)
        post = label_key(written[-1])
        if len(written) == 1 or not (is_post_word(post) or post in _HEADLINE_POSTS):
            return line
    full = len(words) >= 2 and person_name(own) is not None and not _heading_noun(written[-1])
    if not full:
        # "Зыгарь:" again and again between another speaker's turns: an interviewer
        # labelled by surname alone.
        alone = len(words) == 1 and context.counts[name] >= 2 and len(context.counts) >= 2
        # "Ворсобин:" alone on its line, its words under it, on a page that names
        # "Владимир Ворсобин": a host introduced in the lead, labelled by surname.
        named = not rest and len(written) == 1 and context.named_in_full(written[0])
        # "Zhang: The heads of state ..." right under a question, on a page that names
        # "Ambassador Zhang Hanhui": the one asked, labelled by surname (a cut page may hold
        # one answer only).
        answering = (
            bool(rest)
            and len(written) == 1
            and (after_question or context.asked_before(at))
            and (context.named_in_full(written[0]) or context.named_in_latin(written[0]))
        )
        # "Ambassador Bezdetko: ...": a post and a surname that the page, or the table's one
        # ambassador of that name, gives in full.
        posted = (
            line.kind == "post"
            and len(written) == 2
            and (
                ambassador_by_surname(own) is not None
                or context.named_in_full(written[-1])
                or context.named_in_latin(written[-1])
            )
        )
        # "Шумков: Прежде всего ..." right after "Путин: ..." on a page that names "Вадимом
        # Шумковым": the one a known speaker talks with, labelled by surname (a repost of the
        # Kremlin's transcript whose headline was lost).
        replying = (
            bool(rest)
            and len(written) == 1
            and context.follows_strong(at)
            and context.named_in_full(written[0])
        )
        if alone or named or answering or posted or replying:
            return line
        return Line(text=line.raw, raw=line.raw)
    core = label_key(own)
    if not rest and _widget_heading(core, context.lines, at):
        return Line(text=line.raw, raw=line.raw)
    if at == 0 and rest and context.counts[name] == 1 and not _SENTENCE_END_RE.search(rest):
        # "Sergey Karnaukhov: The first plenary session ... began with a speech by Chairman
        # ... Volodin": the page's first line, an author's byline over a headline, no turn.
        return Line(text=line.raw, raw=line.raw)
    confirmed = (
        context.counts[name] >= 2
        or "(" in line.label
        or "[" in line.label
        or "," in line.label
        or line.kind == "post"
        or after_question
        or core in context.text_key
        or context.said(words[-1])
        or (_in_capitals(line.label) and context.caps >= 2)
        or not rest  # a name alone on its line, its words under it
        or context.between_strong(at)
        or _speech(rest)
    )
    return line if confirmed else Line(text=line.raw, raw=line.raw)


#: A name's words are a speech, not a headline's, from this many sentences on.
_SPEECH_SENTENCES = 3
_SENTENCE_STOP_RE = re.compile(r"[.!?…][\"'»”’)\]]*(?:\s|$)")


def _speech(rest: str) -> bool:
    """Whether a name label's words are someone speaking: several sentences in the first person
    ("Jorge Sampaio: Good Day. First of all, I would like to welcome ... . This is ..."), as no
    headline in a label's form is."""
    return len(_SENTENCE_STOP_RE.findall(rest)) >= _SPEECH_SENTENCES and first_person(rest)


# The endings of English abstract nouns, which end a subheading ("Regional Discussions:
# Palestine, Lebanon, and Syria") and no person's name.
_HEADING_NOUN_RE = re.compile(r"(?:tions?|sions?|ments?|ness|ities|ity|isms?|ance|ence)$")


def _heading_noun(word: str) -> bool:
    """Whether a label's last word is an English abstract noun (see _HEADING_NOUN_RE)."""
    return word.isascii() and len(word) > 5 and _HEADING_NOUN_RE.search(word.lower()) is not None


def _widget_heading(core: str, lines: list[Line], at: int) -> bool:
    """Whether a name-shaped label alone on its line heads a site's widget: the bullet right
    under it says its words again ("Saker Message:" over "• No current Saker Message."), as
    no speaker's first words repeat the speaker's own full name."""
    following = next((c for c in lines[at + 1 :] if not c.blank), None)
    if following is None or not following.raw.lstrip().startswith(("•", "·")):
        return False
    return (
        re.search(rf"(?<![^\W\d_]){re.escape(core)}(?![^\W\d_])", label_key(following.raw))
        is not None
    )


_QUESTION_FORMS = frozenset({"question", "questions", "вопрос"})


# A label in capitals mid-line, after a sentence's end: "... has surprised you? PRESIDENT
# VLADIMIR PUTIN (through translator): I'd say ... KING: Are you enjoying it?".
_CAPITALS_LABEL_RE = re.compile(
    r"(?<=[.!?…»\"”)\]])\s+(?P<label>[A-ZА-ЯЁ][A-ZА-ЯЁ'’-]+(?:\s+[A-ZА-ЯЁ][A-ZА-ЯЁ'’.-]+){0,2})"
    r"(?:\s*\([^()]{0,80}\))?\s*:\s"
)
#: A page flattened onto few lines has at least this many such labels.
_MIN_CAPITALS_LABELS = 3


def _capitals_labels_mid_line(body: list[str]) -> set[str]:
    """The labels in capitals that stand mid-line on a page flattened onto few lines, when
    there are several (one may be an acronym: "... said. NATO: ...")."""
    found = [
        match.group("label")
        for line in body
        if ":" in line
        for match in _CAPITALS_LABEL_RE.finditer(line)
    ]
    return set(found) if len(found) >= _MIN_CAPITALS_LABELS else set()


@lru_cache(maxsize=256)  # the known forms' pattern is made once; a page's own are few
def _inline_label_re(forms: frozenset[str]) -> re.Pattern[str]:
    """Labels recognised in the middle of a line, right after a sentence ends.

    With a space after the sentence's end, any label form; glued to it ("...they say.Question:"),
    only a question label or a label of two words or more (a one-word form glued to a dot
    could be a name after an initial: "V.Putin").
    """
    names = "|".join(sorted(map(re.escape, forms), key=len, reverse=True))
    glued_forms = {f for f in forms if " " in f} | (forms & _QUESTION_FORMS)
    glued = "|".join(sorted(map(re.escape, glued_forms), key=len, reverse=True)) or "(?!)"
    note = r"(?:\s*\([^()]{0,80}\))?"
    return re.compile(
        rf"(?:(?<=[.!?…»\"”)\]])\s+(?P<label>(?:{names}){note})"
        rf"|(?<=[^\W\d_][.!?])(?P<glued>(?:{glued}){note}))\s*:\s",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _known_inline_label_re() -> re.Pattern[str]:
    """The pattern of every known form (made once: the union alone would be made per page and
    hashed again for the cache of :func:`_inline_label_re`)."""
    return _inline_label_re(known_label_forms() | _QUESTION_FORMS)


def _inline_label_res(extra_labels: set[str]) -> list[re.Pattern[str]]:
    """The patterns for labels mid-line: every known form, and this page's own labels."""
    patterns = [_known_inline_label_re()]
    extra = frozenset(label.casefold() for label in extra_labels) - known_label_forms()
    if extra:
        patterns.append(_inline_label_re(extra))
    return patterns


def _split_inline(line: str, patterns: list[re.Pattern[str]]) -> list[str]:
    """Cut a line before each label found mid-line ("... this? Sergey Lavrov: We ...")."""
    if ":" not in line:  # every pattern ends at a colon: most paragraphs are spared the scan
        return [line]
    folded = fold_lookalikes(line) if has_cyrillic(line) else line  # same length: offsets hold
    cuts = set()
    for pattern in patterns:
        for match in pattern.finditer(folded):
            group = "label" if match.group("label") else "glued"
            if match.group(group)[0].isupper():
                cuts.add(match.start(group))
    if not cuts:
        return [line]
    bounds = [0, *sorted(cuts), len(line)]
    return [line[a:b].strip() for a, b in pairwise(bounds) if line[a:b].strip()]
