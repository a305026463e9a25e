"""Reported speech: whose words a news story gives, sentence by sentence, and who a headline
says is speaking.

A news story has no labels: it quotes people in its narration ("..., Lavrov said", "Peskov
stressed that ...", "«...», — заявила Захарова", "По словам дипломата, ..."). Each sentence that
says who is speaking belongs to that person; "he said", "the minister added", "по её словам"
refer back to the last person named; a quote with no verb continues the last speaker's words;
other narration ("Putin visited Mongolia on Monday") is the reporter's, and its speaker is
unknown. A person is named by a known name in any form or by a first name and a surname; an
institution ("the Kremlin said", "МИД России отреагировал") names no one.

The rules apply only to a page written as a report: its narration names its speakers in the
third person and hardly ever says "I" or "we" outside quotes (an official's own remarks do,
and there "as the President said" is a reference, not a change of speaker).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from retrieval.speakers import KNOWN_SPEAKERS, find_known_speaker, person_name, speaker_from_title
from retrieval.text import label_key
from retrieval.transcript._lines import LABEL_RE
from retrieval.transcript._sizing import sentence_spans

_SAY_WORDS = (
    # English: past and present, and the set phrases of news copy.
    "said|says|say|stated|states|noted|notes|stressed|stresses|told|tells|added|adds|explained|"
    "explains|emphasi[sz]ed|emphasi[sz]es|remarked|recalled|recalls|claimed|claims|believes|"
    "pointed out|underlined|underscored|commented|announced|warned|warns|urged|urges|called|"
    "calls|described|denied|dismissed|continued|insisted|insists|argued|suggested|asserted|"
    "declared|expressed|acknowledged|admitted|confirmed|replied|answered|responded|reiterated|"
    "mentioned|complained|assured|promised|criticized|criticised|accused|highlighted|"
    "observed|clarified|is sure|is convinced|went on|"
    "made (?:the following |a |his |her )?(?:statements?|remarks|comments?)|"
    # Russian: past forms in every gender and number, and a few present ones.
    "(?:заявил|сказал|отметил|подчеркнул|сообщил|добавил|рассказал|пояснил|указал|напомнил|"
    "призвал|назвал|заверил|признал|констатировал|выразил|предупредил|ответил|резюмировал|"
    "прокомментировал|допустил|посетовал|уточнил|обратил внимание|высказал|объяснил|"
    "акцентировал|процитировал|охарактеризовал|убежден|уверен)(?:а|и|о|ся|ась|ись)?|"
    "считает|полагает|уверена|убеждена|говорит|заявляет|отмечает|подчеркивает|подчёркивает"
)
_SAY_RE = re.compile(rf"(?<![^\W\d_])(?:{_SAY_WORDS})(?![^\W\d_])", re.IGNORECASE)
_ACCORDING_RE = re.compile(
    r"(?<![^\W\d_])(?:according to|in the words of|по (?:словам|мнению|оценке|информации))\s+",
    re.IGNORECASE,
)
# "as the President said": a reference to someone's words, not a change of speaker.
_AS_BEFORE_RE = re.compile(
    r"(?:^|[\s,(])(?:as|как)\s+(?:[^\s,;:.!?\"«»“”]+\s+){0,5}$", re.IGNORECASE
)
_PRONOUNS = frozenset({"he", "she", "он", "она", "его", "ее", "её", "him", "her"})
# Nouns for a person already named: "the minister said", "дипломат отметил".
_POST_NOUNS = frozenset(
    """
    minister spokesman spokeswoman spokesperson diplomat envoy ambassador representative
    secretary official premier head chief deputy
    министр дипломат представитель пресс-секретарь постпред спикер замглавы замминистра посол
    премьер глава министра дипломата представителя пресс-секретаря постпреда посла премьера
    главы
    """.split()
)
# Words that may stand with such a noun and still mean the page's own speaker: "the Russian
# foreign minister", "официальный представитель МИД России". Any other word ("the Finnish
# minister", "his Turkish counterpart") points at someone else.
_OWN_SIDE_WORDS = frozenset(
    """
    the russian russia's kremlin foreign ministry minister president presidential press
    permanent representative first deputy top federation of to un security council mfa
    state official российский российского официальный официального мид россии рф
    внешнеполитического ведомства президента кремля генеральный постоянный
    """.split()
)
# "I" or "we" as the subject: an official's own words say it, a report's narration does not
# (possessives like "our site" come from the site's own furniture too).
_FIRST_PERSON_RE = re.compile(r"(?<![^\W\d_])(?:I|[Ww]e|[Яя]|[Мм]ы)(?![^\W\d_])")
_QUOTED_RE = re.compile(r"«[^»]*»?|\"[^\"]*\"?|“[^”]*”?|„[^“”]*[“”]?")
_QUOTE_OPEN = "\"'«“„"
#: A page is written as a report when fewer than this share of its narration's sentences say
#: "I" or "we" outside quotes (an official's own remarks are full of them).
_MAX_FIRST_PERSON_SHARE = 0.3


class _Anaphora:
    """A sentence whose speaker is someone already named ("he said", "the minister added")."""


ANAPHORA = _Anaphora()
Sayer = str | _Anaphora | None


def headline_speaker(title: str) -> str | None:
    """The person a title says is speaking.

    A headline in the form "Zakharova: ..." names its speaker like a label; "..., Peskov
    said" and "Nebenzya called for ..." name the one who speaks, even when another person is
    named first; "... – Medvedev" at the end names the one quoted. Otherwise the first known
    official named before the topic, or a post and a name (:func:`speaker_from_title`).
    """
    match = LABEL_RE.match(title)
    if match and (known := find_known_speaker(match.group("label"))):
        return known.name
    for say in _SAY_RE.finditer(title):
        sayer = _sayer_of(title, say, inverted_ok=True)
        if isinstance(sayer, str):
            return sayer
    tail = re.search(r"[–—-]\s*([^–—-]{2,40})$", title)
    if tail and (known := find_known_speaker(tail.group(1))):
        return known.name
    return speaker_from_title(title)


# Words between a subject and its verb: "Peskov also said", "Lavrov has repeatedly stated".
_BETWEEN_WORDS = frozenset(
    """
    also further then again later earlier however once already previously repeatedly still
    has had have was is would will been in his her turn
    также тоже ранее уже еще ещё вновь снова неоднократно затем потом тогда же
    """.split()
)


def _words_before(text: str, limit: int = 8) -> str:
    """The clause just before a verb: back to a quote mark, a dash or a sentence break."""
    cut = max(text.rfind(mark) for mark in (*_QUOTE_OPEN, "»", "”", "—", "–", ";", ":"))
    clause = text[cut + 1 :] if cut >= 0 else text
    words = clause.split()
    while words and (
        label_key(words[-1]).strip(",") in _BETWEEN_WORDS
        or (words[-1].islower() and words[-1].endswith("ly"))
    ):
        words.pop()
    return " ".join(words[-limit:])


def _words_after(text: str, limit: int = 8) -> str:
    """The words just after a verb, up to the end of the clause."""
    clause = re.split(r"[.;:!?\"«»“”„(]|,\s", text, maxsplit=1)[0]
    words = clause.split()[:limit]
    # The subject ends where ordinary lower-case words start ("заявила Захарова в эфире").
    kept: list[str] = []
    for word in words:
        key = label_key(word).strip(",")
        if word[:1].isupper() or key in _POST_NOUNS or key in _OWN_SIDE_WORDS or key in _PRONOUNS:
            kept.append(word)
        else:
            break
    return " ".join(kept)


def _refers_back(span: str) -> bool:
    """ "he", "the minister", "официальный представитель МИД": the speaker already named."""
    clause = span.rsplit(",", 1)[-1]  # "Speaking at the conference, the minister"
    keys = [label_key(w).strip(",.") for w in clause.split()]
    if not keys:
        return False
    if keys[-1] in _PRONOUNS or (keys[0] in _PRONOUNS and len(keys) == 1):
        return True
    if not any(k in _POST_NOUNS for k in keys):
        return False
    # Every other word must keep it the page's own speaker ("the Russian foreign minister",
    # not "the Finnish minister" or "his Turkish counterpart").
    return all(k in _POST_NOUNS or k in _OWN_SIDE_WORDS for k in keys)


def _sayer_of(sentence: str, say: re.Match[str], *, inverted_ok: bool = False) -> Sayer:
    """Who a verb of saying has as its subject, before or after it; None if no person."""
    before = sentence[: say.start()]
    after = sentence[say.end() :]
    if _AS_BEFORE_RE.search(before):
        return None
    subject_before = _words_before(before)
    subject_after = _words_after(after)
    # After a quote (", said Lavrov", "», — заявила она") or in Russian word order the
    # subject may follow the verb; otherwise it comes first.
    quoted = re.search(r"[\"'»”’][\s,–—-]*$", before) is not None
    russian = re.search(r"[а-яё]", say.group().casefold()) is not None
    inverted = quoted or inverted_ok or (russian and subject_after[:1].isupper())
    spans = [subject_after, subject_before] if inverted else [subject_before]
    if russian and not inverted:
        spans.append(subject_after)  # "заявила она", "отметил дипломат"
    for span in spans:
        if not span:
            continue
        name = person_name(span)
        if name:
            return name
        if _refers_back(span):
            return ANAPHORA
    return None


def _according(sentence: str) -> Sayer:
    match = _ACCORDING_RE.search(sentence)
    if not match:
        return None
    after = sentence[match.end() :]
    span = _words_after(after)
    if re.match(r"(?:him|her|его|ее|её)\b", after, re.IGNORECASE) or re.match(
        r"(?:его|ее|её)\s", sentence[match.start() + 3 : match.start() + 7], re.IGNORECASE
    ):
        return ANAPHORA
    name = person_name(span)
    if name:
        return name
    return ANAPHORA if _refers_back(span) else None


def sentence_sayer(sentence: str) -> Sayer:
    """The speaker a sentence of narration names: a person, someone already named, or None."""
    for say in _SAY_RE.finditer(sentence):
        sayer = _sayer_of(sentence, say)
        if sayer is not None:
            return sayer
    # "По его словам, ..." / "According to Peskov, ...".
    if re.search(r"по (?:его|ее|её|их) (?:словам|мнению)", sentence, re.IGNORECASE):
        return ANAPHORA
    return _according(sentence)


@dataclass(slots=True)
class Segment:
    """Sentences ``start:end`` of paragraph ``paragraph``, said by ``speaker`` (None: the
    reporter's narration)."""

    paragraph: int
    start: int
    end: int
    speaker: str | None


def _is_quote(text: str) -> bool:
    text = text.lstrip("—–- ")
    return text[:1] in _QUOTE_OPEN


def is_report(paragraphs: list[str], main_speaker: str | None) -> bool:
    """Whether unlabelled text reads as a report about its speakers rather than their words.

    A report names its main speaker in the third person (as the one who says something, or
    at all outside quotes), or quotes at least two people by verbs of saying; and its
    narration hardly ever says "I" or "we" outside quotes.
    """
    sentences = [paragraph[a:b] for paragraph in paragraphs for a, b in sentence_spans(paragraph)]
    if not sentences:
        return False
    narrated = [
        mask_quotes(paragraph)[a:b]
        for paragraph in paragraphs
        for a, b in sentence_spans(paragraph)
    ]
    said_by_self = sum(_FIRST_PERSON_RE.search(s) is not None for s in narrated)
    if said_by_self > _MAX_FIRST_PERSON_SHARE * len(sentences):
        return False
    sayers = [sentence_sayer(s) for s in sentences]
    named = {s for s in sayers if isinstance(s, str)}
    if main_speaker is None:
        return bool(named)
    third_person = mentions(" ".join(narrated), main_speaker) > 0
    return main_speaker in named or third_person or len(named) >= 2


def main_sayer(paragraphs: list[str]) -> str | None:
    """The person a report quotes most (the first named wins a tie); else the known person it
    names most, whom "the minister said" then refers to."""
    counts: Counter[str] = Counter()
    for paragraph in paragraphs:
        for a, b in sentence_spans(paragraph):
            sayer = sentence_sayer(paragraph[a:b])
            if isinstance(sayer, str):
                counts[sayer] += 1
    if not counts:
        text = " ".join(paragraphs)
        for speaker in KNOWN_SPEAKERS:
            if n := mentions(text, speaker.name):
                counts[speaker.name] = n
    if not counts:
        return None
    best = max(counts.values())
    return next(name for name in counts if counts[name] == best)


def first_person(text: str) -> bool:
    """Whether a text says "I" or "we" outside quotes."""
    return _FIRST_PERSON_RE.search(mask_quotes(text)) is not None


def mask_quotes(text: str) -> str:
    """The text with quoted words blanked out (same length; an unclosed quote runs to the end)."""
    return _QUOTED_RE.sub(lambda m: " " * len(m.group()), text)


def mentions(text: str, name: str) -> int:
    """How often ``text`` names the person (a known one by any form, another by surname)."""
    key = label_key(text)
    known = next((s for s in KNOWN_SPEAKERS if s.name == name), None)
    forms = known.aliases if known else (label_key(name.split()[-1]),)
    return sum(
        len(re.findall(rf"(?<![^\W\d_]){re.escape(form)}(?![^\W\d_])", key)) for form in forms
    )


def attribute(paragraphs: list[str], main_speaker: str | None) -> list[Segment]:
    """Cut a report's paragraphs into stretches by speaker (see the module's rules)."""
    segments: list[Segment] = []
    last_named = main_speaker
    for number, paragraph in enumerate(paragraphs):
        spans = sentence_spans(paragraph)
        masked = mask_quotes(paragraph)
        own: list[str | None] = []
        for a, b in spans:
            sayer = sentence_sayer(paragraph[a:b])
            if isinstance(sayer, str):
                last_named = sayer
                own.append(sayer)
            elif sayer is ANAPHORA:
                own.append(last_named)
            else:
                own.append(None)
        said = [s for s in own if s is not None]
        resolved: list[str | None] = []
        for i, speaker in enumerate(own):
            if speaker is None and said:
                # Narration inside a paragraph that quotes someone: the nearest speaker
                # ("MOSCOW, January 17. /TASS/. ..., Lavrov said").
                before = [s for s in own[:i] if s is not None]
                after_ = [s for s in own[i + 1 :] if s is not None]
                speaker = before[-1] if before else after_[0]
            elif speaker is None and (
                _is_quote(paragraph[spans[i][0] : spans[i][1]])
                or not re.search(r"[^\W\d_]", masked[spans[i][0] : spans[i][1]])
            ):
                # A quote goes on with the words of the one quoted just before; after the
                # reporter's narration ("The Finnish minister made a statement:") it is
                # nobody we can name.
                earlier = [*(seg.speaker for seg in segments), *resolved]
                speaker = earlier[-1] if earlier else None
            resolved.append(speaker)
        for (a, b), speaker in zip(spans, resolved, strict=True):
            last = segments[-1] if segments else None
            if last and last.paragraph == number and last.speaker == speaker:
                last.end = b
            else:
                segments.append(Segment(number, a, b, speaker))
    return segments
