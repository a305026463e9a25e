"""Reported speech: whose words a news story gives, sentence by sentence, and who a headline
says is speaking.

A news story has no labels: it quotes people in its narration ("..., Lavrov said", "Peskov
stressed that ...", "«...», — заявила Захарова", "По словам дипломата, ..."). A sentence whose
verb of saying names a person belongs to that person; "he said" refers back to the last person
named, and "the Russian minister", "официальный представитель МИД" to the last known official
named (or the page's speaker); a quote with no verb goes on with the words of the one quoted
before it; "Об этом заявила X" gives the sentences before it to X too. Narration that names no
speaker ("Putin visited Mongolia on Monday") is the reporter's: its speaker is unknown, and so is
a quote after a verb whose subject names no one we know ("The Finnish minister said:", "the
Kremlin said"). A person is named by a known name in any form or by a first name and surname.

These rules apply only to a page written as a report: its narration speaks of its main speaker
in the third person and hardly ever says "I" or "we" outside quotes (an official's own remarks
do, and there "as the President said" is a reference, not a change of speaker).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from retrieval.name_words import is_common_word
from retrieval.russian_names import ADJECTIVE_OBLIQUE as _ADJECTIVE_OBLIQUE
from retrieval.russian_names import is_first_name_form, nominative
from retrieval.speakers import (
    KNOWN_SPEAKERS,
    POST_WORDS,
    find_known_speaker,
    is_known_official,
    is_post_word,
    known_label_forms,
    person_name,
    speaker_from_title,
)
from retrieval.text import MONTHS, QUOTED_RE, SPEECH_QUOTE_WORDS, has_cyrillic, label_key
from retrieval.transcript._lines import LABEL_RE
from retrieval.transcript._sizing import sentence_spans

_SAY_WORDS = (
    # English: past and present, and the set phrases of news copy.
    # (Words that are also nouns, "states", "notes", "calls", "claims", are left out.)
    "said|says|stated|noted|stressed|stresses|told|tells|added|adds|explained|"
    "explains|emphasi[sz]ed|emphasi[sz]es|remarked|recalled|claimed|believes|"
    "pointed out|underlined|underscored|commented|announced|warned|warns|urged|urges|called|"
    "described|denied|dismissed|continued|insisted|insists|argued|suggested|asserted|"
    "declared|expressed|acknowledged|admitted|confirmed|replied|answered|responded|reiterated|"
    "mentioned|complained|assured|promised|criticized|criticised|accused|highlighted|proposed|"
    "observed|clarified|is sure|is convinced|went on|(?:has |had |did )?not rule[sd]? out|"
    "wrote|writes|advised|saying|asked|joked|quipped|retorted|replies|responds|explains|"
    "argues|asks|"
    # Present tense of headlines: "Lavrov confirms ...", "Zakharova promises ...".
    "confirms|promises|denies|insists|accuses|rejects|reiterates|complains|announces|recalls|"
    "ruled out|made (?:the following |a |his |her )?(?:statements?|remarks|comments?)|"
    # Russian: past forms in every gender and number, and a few present ones.
    "(?:заявил|сказал|отметил|подчеркнул|сообщил|добавил|рассказал|пояснил|указал|напомнил|"
    "призвал|назвал|заверил|признал|констатировал|выразил|предупредил|ответил|резюмировал|"
    "прокомментировал|допустил|посетовал|уточнил|обратил внимание|высказал|объяснил|"
    "акцентировал|процитировал|охарактеризовал|предложил|подтвердил|убежден|уверен|"
    "пообещал|обещал|оценил|заметил|признался|упомянул|поделился|написал|посоветовал|"
    "обвинил|говорил|заявлял|сообщал|отмечал|подчеркивал|подчёркивал|указывал|утверждал|"
    "предупреждал|рассказывал|пошутил|сыронизировал|иронизировал|парировал|возмутился)"
    "(?:а|и|о|ся|ась|ись)?|"
    # "Соответствующее заявление сделала ... Мария Захарова".
    "(?:заявлени[ея]|комментари[йи]) сделал(?:а|и)?|"
    "считает|полагает|уверена|убеждена|говорит|заявляет|отмечает|подчеркивает|подчёркивает|"
    "высказывается"
)
_SAY_RE = re.compile(rf"(?<![\w-])(?:{_SAY_WORDS})(?![\w-])", re.IGNORECASE)
_ACCORDING_RE = re.compile(
    r"(?<![^\W\d_])(?:according to|in the words of|по (?:словам|мнению|оценке|информации))\s+",
    re.IGNORECASE,
)
# "This was stated by Foreign Minister Sergey Lavrov": the passive names its speaker after "by".
_PASSIVE_RE = re.compile(
    r"(?<![^\W\d_])(?:was|were|has been|had been|as) (?:stated|said|announced|noted|declared|"
    r"stressed|told|reported|indicated|pointed out) by\s+",
    re.IGNORECASE,
)
_ACCORDING_PRONOUN_RE = re.compile(
    r"(?<![^\W\d_])(?:according to (?:him|her)|in (?:his|her) (?:opinion|view|words)|"
    r"по (?:его|ее|её) (?:словам|мнению))(?![^\W\d_])",
    re.IGNORECASE,
)
# "as the President said": a reference to someone's words, not a change of speaker.
_AS_BEFORE_RE = re.compile(
    r"(?:^|[\s,(])(?:as|как)\s+(?:[^\s,;:.!?\"«»“”]+\s+){0,5}$", re.IGNORECASE
)
# "Об этом заявила X", "This was stated by X": X said the sentences before too.
_BACK_REFERENCE_RE = re.compile(
    r"^\W*(?:об этом|на это|это|так|соответствующ\w*|this was|that was|so)(?![^\W\d_])",
    re.IGNORECASE,
)
_PRONOUNS = frozenset({"he", "she", "он", "она", "him", "her"})
_POSSESSIVES = frozenset({"его", "ее", "её", "их", "his", "its", "their"})
# Nouns for a person already named: "the minister said", "дипломат отметил".
_POST_NOUNS = frozenset(
    """
    minister spokesman spokeswoman spokesperson diplomat envoy ambassador representative
    secretary official premier head chief deputy
    министр дипломат представитель пресс-секретарь постпред спикер замглавы замминистра посол
    премьер глава министра дипломата представителя пресс-секретаря постпреда посла премьера
    главы госслужащий госслужащая госслужащей госслужащего чиновник чиновница чиновника
    чиновницы представительница представительницы политик политика
    """.split()
)
# Words that may stand with such a noun and still mean the page's own (Russian) speaker: "the
# Russian foreign minister", "официальный представитель МИД России". Any other word ("the
# Finnish minister", "his Turkish counterpart") points at someone else.
_OWN_SIDE_WORDS = frozenset(
    """
    the russian russia kremlin foreign ministry minister president presidential press
    permanent representative first deputy top federation of to un security council mfa
    state official affairs acting defence defense российский российского официальный
    официального мид мида россии рф внешнеполитического ведомства президента кремля генеральный
    постоянный обороны минобороны дипведомства главный главы
    """.split()
)
# Words between a subject and its verb: "Peskov also said", "Lavrov has repeatedly stated".
_BETWEEN_WORDS = frozenset(
    """
    also further then again later earlier however once already previously repeatedly still
    has had have was is would will been in his her its turn
    также тоже ранее уже еще ещё вновь снова неоднократно затем потом тогда же
    """.split()
)
_NOT_A_NAME = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
    | {"понедельник", "вторник", "среду", "среда", "четверг", "пятницу", "пятница"}
    | {"субботу", "суббота", "воскресенье"}
    | set(MONTHS)
)
# "I" or "we" as the subject: an official's own words say it, a report's narration does not
# (possessives like "our site" come from the site's own furniture too).
_FIRST_PERSON_RE = re.compile(r"(?<![^\W\d_])(?:I|[Ww]e|[Яя]|[Мм]ы)(?![^\W\d_])")
_QUOTE_OPEN = "\"'«“„”"
_QUOTE_CLOSE = "\"'»”“’"
#: A page is written as a report when fewer than this share of its narration's sentences say
#: "I" or "we" outside quotes (an official's own remarks are full of them).
_MAX_FIRST_PERSON_SHARE = 0.3
#: How far before a verb its subject is looked for (words).
_SUBJECT_WINDOW = 20


class Ref(Enum):
    """A sentence's speaker when it is not named there."""

    PRONOUN = "he said: the last person named"
    OWN_POST = "the minister said: the last known official named, or the page's speaker"
    SOMEONE = "a subject that names no one we know: the Kremlin, the Finnish minister"


Sayer = str | Ref | None


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


# --- finding the subject of a verb of saying -------------------------------------------------


def _clause_before(text: str) -> str:
    """The clause just before a verb (``text`` with its quotes blanked out): back to a dash,
    a colon or a semicolon."""
    cut = max(text.rfind(mark) for mark in ("—", "–", ";", ":"))
    words = (text[cut + 1 :] if cut >= 0 else text).split()[-_SUBJECT_WINDOW:]
    while words and (
        label_key(words[-1]).strip(",") in _BETWEEN_WORDS
        or (words[-1].islower() and words[-1].endswith("ly"))
    ):
        words.pop()
    return " ".join(words)


def _words_after(text: str, limit: int = 8) -> str:
    """The words just after a verb that may be its subject ("заявила Захарова в эфире")."""
    clause = re.split(r"[.;:!?](?=\s|$)|[\"«»“”„(]|,\s", text, maxsplit=1)[0]
    kept: list[str] = []
    for word in clause.split()[:limit]:
        key = _key(word)
        own = key in _POST_NOUNS or key in _OWN_SIDE_WORDS or key in _PRONOUNS
        if word[:1].isupper() or own or key in _POSSESSIVES:
            kept.append(word)
        else:
            break
    return " ".join(kept)


# Where the clause after a verb stops holding its subject: "заявила, что ...", "said that".
_CLAUSE_STOP_RE = re.compile(
    r"(?<![^\W\d_])(?:что|чтобы|будто|ли|как|о том|that|whether|if)(?![^\W\d_])|[.;:!?«»\"“”„]",
    re.IGNORECASE,
)


def _person_after(text: str, masked: str | None = None) -> str | None:
    """The first person named after a Russian verb, before its "что" clause: "Об этом заявила
    в четверг, 7 октября, официальный представитель МИД Мария Захарова в эфире ..." (a quoted
    name on the way, «60 минут», does not end the search: ``masked`` has quotes blanked)."""
    stop = _CLAUSE_STOP_RE.search(text if masked is None else masked)
    words = (text[: stop.start()] if stop else text).split()[:_SUBJECT_WINDOW]
    for start, word in enumerate(words):
        if not word[:1].isupper() or _key(word) in _NOT_A_NAME:
            continue
        end = start
        while end + 1 < len(words) and words[end + 1][:1].isupper() and "," not in words[end]:
            end += 1
        span = " ".join(words[: end + 1]).rstrip(",").rsplit(",", 1)[-1]
        name = person_name(span)
        # "на Ближнем Востоке", "с Сергеем Лавровым": a name after a preposition, or not in
        # the nominative, is no subject.
        if name and not _after_preposition(span) and not _oblique(span):
            return name
    return None


def _key(word: str) -> str:
    key = label_key(word).strip(",.;:()")
    return key[:-2] if key.endswith("'s") else key


# Words opening a reported clause: a verb of saying after them is the reported person's.
_SUBORDINATE = frozenset(
    {"что", "чтобы", "будто", "чем", "that", "whether", "if", "what", "why", "how"}
)
_RELATIVE = frozenset(
    {"who", "which", "whom", "whose", "where", "который", "которая", "которые", "которое"}
)


def _last_person(clause: str) -> str | None:
    """The subject of a verb, in the clause before it: the name right before the verb
    ("..., Kremlin spokesman Dmitry Peskov said"), the name before an apposition ("Dmitry
    Peskov, the press secretary of the President, told"), or else a known official named
    further back ("Мария Захарова в эфире радиостанции сообщила")."""
    chunks = [c.strip() for c in clause.split(",")]
    # "..., Dmitry Peskov, who arrived in New York, stated": the relative clause is not it.
    chunks = [c for c in chunks if c and _key(c.split()[0]) not in _RELATIVE]
    if not chunks:
        return None
    # "advisers to US President Donald Trump advised", "в интервью корреспонденту Ксении
    # Байгаровой высказывается": a name after a preposition, or in another case than the
    # nominative, is not the subject.
    name = person_name(chunks[-1])
    *before, last = chunks[-1].split()
    if (
        name
        and before
        and not is_known_official(name)
        and not is_first_name_form(label_key(before[-1]))
        and not _oblique(last)
    ):
        # "министром Лавровым Шойгу": a capitalised word before a known official's surname
        # that is no first name ("Ксения Шойгу" is someone else); the surname is the subject.
        alone = person_name(last)
        name = alone if alone and is_known_official(alone) else name
    if name and not _after_preposition(chunks[-1]) and not _oblique(chunks[-1]):
        return name
    apposition = len(chunks) >= 2 and _reference(chunks[-1]) is not None
    if apposition and (name := person_name(chunks[-2])):
        return name
    for chunk in reversed(chunks):
        words = chunk.split()
        for end in range(len(words), 0, -1):
            if not words[end - 1][:1].isupper() or _key(words[end - 1]) in _NOT_A_NAME:
                continue
            # The words up to here, or the surname alone after other capitalised words that
            # are no first name ("Госдумы Руденко заявил"; not "Ксении Шойгу").
            alone_ok = end < 2 or not is_first_name_form(label_key(words[end - 2]))
            for span in (" ".join(words[:end]), *([words[end - 1]] if alone_ok else [])):
                name = person_name(span)
                if name and is_known_official(name) and not _oblique(span):
                    return name
    return None


# Every one-word Cyrillic form of a known person's name (their nominatives are label forms).
_KNOWN_SURNAME_FORMS = frozenset(
    alias for s in KNOWN_SPEAKERS for alias in s.aliases if " " not in alias and has_cyrillic(alias)
)


#: A word this short ending in "-ого" ("Того") is no adjectival surname.
_SHORT_SURNAME = 5


def _oblique(span: str) -> bool:
    """Whether the Russian name that ends ``span`` stands in another case than the nominative
    ("Ксении Байгаровой", "Лаврову"): then it is no verb's subject."""
    words = [w.strip(',;:()«»"“”') for w in span.split()][-2:]
    if not words or not has_cyrillic(words[-1]):
        return False
    keys = [label_key(w).replace("ё", "е") for w in words]
    first_name = len(keys) == 2 and has_cyrillic(words[0]) and not is_common_word(words[0])
    if first_name and all(w[:1].isupper() for w in words):
        # A first name and a surname: their nominative reading ("Джону Керри" -> "Джон Керри").
        found = nominative(keys)
        return found is not None and found != keys
    if keys[-1] in known_label_forms():
        return False  # a known person's nominative
    if len(keys[-1]) > _SHORT_SURNAME and keys[-1].endswith(_ADJECTIVE_OBLIQUE):
        return True  # "Рождественского", "Твардовскому": an adjectival surname's oblique case
    return keys[-1] in _KNOWN_SURNAME_FORMS  # a known person's surname in another case


_PREPOSITIONS = frozenset(
    """
    to of for with from about against at on in into toward towards between among near
    с со к ко у о об от для при по после перед между за над под про без на в во из через
    около возле вокруг среди
    """.split()
)


def _after_preposition(chunk: str) -> bool:
    """Whether the name (with its post) that ends ``chunk`` stands after a preposition
    ("advisers to US President Donald Trump"; not "Secretary of State Mike Pompeo")."""
    words = chunk.split()

    def titled(word: str) -> bool:
        key = _key(word)
        return key not in _PREPOSITIONS and (
            word[:1].isupper() or _is_post_noun(key) or key in _OWN_SIDE_WORDS
        )

    at = len(words)
    while at > 0:
        if titled(words[at - 1]):
            at -= 1
        elif (
            _key(words[at - 1]) in _PREPOSITIONS
            and at >= 2
            and (
                _key(words[at - 2]) in POST_WORDS
                or (words[at - 2][:1].isupper() and at > 2)  # not the sentence's first word
            )
        ):
            at -= 1  # "of" inside a post's title: "Secretary of State"
        else:
            break
    return at > 0 and _key(words[at - 1]) in _PREPOSITIONS


_RUSSIAN_ADJECTIVE_RE = re.compile(
    r"(?:ий|ый|ой|ая|яя|ое|ее|ие|ые|ого|его|ому|ему|ым|им|ую|юю|ых|их|ской|цкой)$"
)


def _is_post_noun(key: str) -> bool:
    """A noun for a person by their post ("minister", "дипломат"), or a post misspelt
    ("Minsiter")."""
    return key in _POST_NOUNS or (is_post_word(key) and key not in POST_WORDS)


def _reference(span: str) -> Ref | None:
    """ "he", "the Russian minister", "the Kremlin": who an unnamed subject can be."""
    clause = span.rsplit(",", 1)[-1]  # "Speaking at the conference, the minister"
    pairs = [(w, k) for w, k in ((w, _key(w)) for w in clause.split()) if k not in _BETWEEN_WORDS]
    keys = [k for _, k in pairs]
    if not keys:
        return None
    if keys[-1] in _PRONOUNS or (keys[0] in _PRONOUNS and len(keys) == 1):
        return Ref.PRONOUN
    if any(_is_post_noun(k) for k in keys):
        # Every other word must keep it the page's own speaker ("the Russian foreign
        # minister", not "the Finnish minister" or "his Turkish counterpart").
        own = [_is_post_noun(k) or k in _OWN_SIDE_WORDS for k in keys]
        if all(own):
            return Ref.OWN_POST
        # Russian word order puts circumstances first: "Во время интервью официальный
        # представитель МИД заявила". The subject is the run of such words at the end, and
        # only an adjective right before it ("украинский министр") makes it someone else.
        run = len(own) - own[::-1].index(False) if False in own else 0
        if has_cyrillic(clause) and any(_is_post_noun(k) for k in keys[run:]):
            word, key = pairs[run - 1]
            adjective = _RUSSIAN_ADJECTIVE_RE.search(key) or word[:1].isupper()
            return Ref.SOMEONE if adjective else Ref.OWN_POST
        return Ref.SOMEONE
    if clause.split()[-1][:1].isupper():
        return Ref.SOMEONE  # "the Kremlin said", "Interfax reported", "Moscow believes"
    return None


_PASSIVE_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])(?:is|was|are|were|be|been|being|get|got|gets)(?:\s+not)?\s+$", re.IGNORECASE
)
# English verbs of saying that may stand before their subject: ", said Lavrov".
_INVERTING_RE = re.compile(
    r"said|says|added|adds|noted|stressed|explained|stated|continued|insisted|argued|remarked|"
    r"recalled|wrote|writes|warned|emphasi[sz]ed|asked|replied|answered|concluded",
    re.IGNORECASE,
)


def _sayer_of(
    sentence: str, say: re.Match[str], masked: str | None = None, *, inverted_ok: bool = False
) -> Sayer:
    """Who a verb of saying has as its subject, before or after it (``masked``: the sentence
    with its quotes blanked out)."""
    masked = mask_quotes(sentence) if masked is None else masked
    before = sentence[: say.start()]
    if _AS_BEFORE_RE.search(masked[: say.start()]):
        return None
    subject_before = _clause_before(masked[: say.start()])
    if subject_before and _key(subject_before.split()[-1]) in _RELATIVE:
        return None  # "Боррель, который назвал ...": a relative clause, not the sayer
    last_chunk = subject_before.rsplit(",", 1)[-1].split()
    if any(_key(word) in _SUBORDINATE for word in last_chunk):
        # "..., что Владимир Путин уже считает ...", "claiming that advisers to Trump
        # advised": the verb is inside a reported clause.
        return None
    if _PASSIVE_BEFORE_RE.search(masked[: say.start()]):
        # "Lavrov was asked whether ...", "a meeting ... is not ruled out, Peskov said": a
        # passive verb names no sayer of its own.
        return Ref.SOMEONE
    if say.group().casefold().endswith("ing"):
        # "He also questioned ..., saying ...": a participle's subject is the sentence's.
        opening = _words_after(masked.lstrip(' «"“„—–-'), limit=6)
        return (person_name(opening) or _reference(opening)) if opening else None
    subject_after = _words_after(sentence[say.end() :])
    if _closing(sentence, masked, say):
        # "..., — заявил он.", "..., напомнила журналистка.": the subject follows the verb, and
        # the clause before it is what was said, never the sayer.
        rest = sentence[say.end() :]
        found = person_name(subject_after) if subject_after else None
        found = found or _person_after(rest, masked[say.end() :])
        after = [_key(w) for w in rest.split()[:1]]
        if (
            not found
            and not subject_after
            and subject_before
            and all(key in _PREPOSITIONS for key in after)
            and not _SAY_RE.search(subject_before)
            and not any(_key(w) in _SUBORDINATE for w in subject_before.split())
        ):
            # "”...”. Dmitry Medvedev, deputy chairman of ..., wrote on Telegram.": nobody
            # after the verb (only where or when), and the narration before it is a name.
            found = _last_person(subject_before)
        return found or _reference(subject_after or " ".join(rest.split()[:3])) or Ref.SOMEONE
    # After a quote (", said Lavrov", "», — заявила она") or in Russian word order the
    # subject may follow the verb; otherwise it comes first.
    quoted = re.search(r"[\"'»”’][\s,–—-]*$", before) is not None
    russian = re.search(r"[а-яё]", say.group().casefold()) is not None
    # "..., заявил его пресс-секретарь Дмитрий Песков": after a comma the subject follows.
    after_comma = russian and before.rstrip().endswith((",", "—", "–"))
    # "..., said Russian Foreign Minister Sergey Lavrov on ...": after a comma an English verb
    # of saying (not a participle, not "told" with its object) may come before its subject.
    english_inverted = (
        not russian
        and before.rstrip().endswith(",")
        and _INVERTING_RE.fullmatch(say.group()) is not None
        and (
            subject_after[:1].isupper() or _key(subject_after.split()[0]) in {"the", "his", "her"}
            if subject_after
            else False
        )
    )
    inverted = (
        quoted
        or inverted_ok
        or after_comma
        or english_inverted
        or (russian and subject_after[:1].isupper())
    )
    spans = [subject_after, subject_before] if inverted else [subject_before]
    if russian and not inverted:
        spans.append(subject_after)  # "заявила она", "отметил дипломат"
    fallback: Ref | None = None
    for span in spans:
        if not span:
            continue
        if span is subject_after and _oblique(span.rstrip(":;,.")):
            # "Лавров пояснил Джону Керри ...", "процитировала Рождественского": the one
            # spoken to or cited, never the subject (nor "someone" speaking).
            continue
        name = person_name(span) if span is subject_after else _last_person(span)
        if name:
            return name
        fallback = fallback or _reference(span)
    if (
        russian
        and fallback is not Ref.PRONOUN
        and (name := _person_after(sentence[say.end() :], masked[say.end() :]))
    ):
        return name  # Russian word order: "Соответствующее заявление сделала ... Захарова"
    if fallback is None and subject_before and not inverted:
        # Someone we cannot name is speaking ("Previously, macron said", "the agency said").
        return Ref.SOMEONE
    return fallback


#: A name closing a sentence after a quote stands within this many characters of it.
_NAMED_AFTER_QUOTE_CHARS = 120


def _named_after_quote(sentence: str, masked: str) -> str | None:
    """ "“...,” the spokesman for the Russian leader, Dmitry Peskov, …": a name that ends a
    sentence after someone's quoted words and a comma or a dash (a sentence cut before its
    verb)."""
    match = re.search(
        r"(?:[,–—-]\s*[\"»”]|[\"»”]\s*[,–—-])[\s,–—-]*(?P<rest>[^\"«»“”]{3,240})$", sentence
    )
    if not match:
        return None
    quotes = QUOTED_RE.findall(sentence[: match.start() + 1])
    opened_before = not re.search(r"[^\W\d_]", masked[: match.start()])
    if not opened_before and not any(len(q.split()) >= SPEECH_QUOTE_WORDS for q in quotes):
        return None  # «Россия сегодня», Дмитрия Киселева: a quoted name, not a quote
    # "“...,” the opening line of a Telegram post by Dmitry Medvedev, ...": the author.
    if by := re.match(
        r"(?:[^,;]{0,60}?\s)?(?:by|от)\s+(?P<name>[^,;–—]{3,60})", match.group("rest")
    ):
        words = by.group("name").split()
        run = [w for w in itertools.takewhile(lambda w: w[:1].isupper(), words)]
        if run and (name := person_name(" ".join(run))):
            return name
    if len(match.group("rest")) > _NAMED_AFTER_QUOTE_CHARS:
        return None
    chunks = [c.strip(" .…") for c in match.group("rest").split(",")]
    chunks = [c for c in chunks if c]
    return person_name(chunks[-1]) if chunks else None


# "«..., – сказал Лавров, – ...»", '"..., " he said, "...': an attribution inside a quote.
_INTERRUPTION_RE = re.compile(
    rf"(?<=[,.!?…])\s*[–—-]\s+(?:{_SAY_WORDS})\s+[^–—«»\"“”]{{1,60}}?[,.]?\s*[–—](?=\s)",
    re.IGNORECASE,
)
_WRITE_RE = re.compile(r"wrote|writes|написал(?:а|и)?", re.IGNORECASE)
# A reported clause or a quote that opens right after a verb: "wrote that", "написал, что".
_CLAUSE_OPEN_RE = re.compile(
    r"(?:\s+(?:in|on|at|в|на)\s+[^\s,:]+)?\s*(?:,?\s*(?:что|that)(?![^\W\d_])|:)", re.IGNORECASE
)


#: An attribution that closes a sentence ("..., said Lavrov on Tuesday.") has at most this many
#: words after its verb.
_CLOSING_WORDS = 10


def _closing(sentence: str, masked: str, say: re.Match[str]) -> bool:
    """Whether a verb of saying closes its sentence as an attribution: after a comma, a dash or
    a closing quote, with only its subject and a few words after it ("..., — заявил он в
    эфире.", "..., said the minister"); never a participle ("..., saying ...")."""
    if say.group().casefold().endswith("ing") or not re.search(
        r"[,–—\"'»”’]\s*$", masked[: say.start()]
    ):
        return False
    rest = sentence[say.end() :]
    return len(rest.split()) <= _CLOSING_WORDS and not _CLAUSE_STOP_RE.search(rest.rstrip(" .!?…"))


#: "According to X" opening a sentence stands within this many characters of its start.
_ACCORDING_AT = 24


def sentence_sayer(sentence: str, masked: str | None = None) -> Sayer:
    """The speaker a sentence of narration names, a reference to one, or None.

    Args:
        sentence: The sentence.
        masked: The sentence with quoted words blanked out, if the quotes started before it
            (taken from its paragraph); by default the sentence's own quotes are blanked.
    """
    masked = mask_quotes(sentence) if masked is None else masked
    if (passive := _PASSIVE_RE.search(masked)) and (
        name := _person_after(sentence[passive.end() :], masked[passive.end() :])
    ):
        return name
    fallback: Sayer = None
    opening = _ACCORDING_RE.search(masked, 0, _ACCORDING_AT)
    if opening and not _ACCORDING_PRONOUN_RE.search(masked, 0, opening.end() + 12):
        # "По словам дипломата, ... лидеры утверждали, что ...": the sentence opens by saying
        # whose words it gives; verbs further on are inside them.
        span = _words_after(sentence[opening.end() :])
        if span and (found := person_name(span) or _reference(span)):
            return found
    verbs = list(_SAY_RE.finditer(masked))
    if len(verbs) > 1 and _closing(sentence, masked, verbs[-1]):
        # "Керри говорит, что ..., напомнила журналистка": the attribution that closes the
        # sentence says whose words it all is; the verbs before it are inside them.
        return _sayer_of(sentence, verbs[-1], masked) or Ref.SOMEONE
    # Verbs inside a quote are the quoted person's own words, not the report's.
    for say in verbs:
        if _WRITE_RE.fullmatch(say.group()) and not (
            _closing(sentence, masked, say) or _CLAUSE_OPEN_RE.match(masked[say.end() :])
        ):
            continue  # "он написал 214 постов": writing something is not saying it
        sayer = _sayer_of(sentence, say, masked)
        if isinstance(sayer, str):
            return sayer
        fallback = fallback or sayer
    if fallback is not None:
        return fallback
    if _ACCORDING_PRONOUN_RE.search(masked):
        return Ref.PRONOUN
    if match := _ACCORDING_RE.search(masked):
        span = _words_after(sentence[match.end() :])
        return person_name(span) or _reference(span) if span else None
    return _named_after_quote(sentence, masked)


# --- the page as a report ---------------------------------------------------------------------


def says(paragraph: str, speaker: str) -> bool:
    """Whether a sentence of the paragraph has ``speaker`` say something ("Maria Zakharova
    advised the West to ...") or refers to them as its sayer ("the minister said")."""
    return any(sayer == speaker or sayer is Ref.OWN_POST for sayer in _paragraph_sayers(paragraph))


def first_person(text: str) -> bool:
    """Whether a text says "I" or "we" outside quotes."""
    return _FIRST_PERSON_RE.search(mask_quotes(text)) is not None


def mask_quotes(text: str) -> str:
    """The text with quoted words blanked out (same length; an unclosed quote runs to the end).

    An attribution that interrupts a quote between dashes («Что бы я ни ответил, – сказал
    Лавров, – вы напишете ...») is the narration's, and stays.
    """
    masked = QUOTED_RE.sub(lambda m: " " * len(m.group()), text)
    for match in _INTERRUPTION_RE.finditer(text):
        a, b = match.span()
        masked = masked[:a] + text[a:b] + masked[b:]
    return masked


def mentions(text: str, name: str) -> int:
    """How often ``text`` names the person (a known one by any form, another by surname)."""
    return len(_name_re(name).findall(label_key(text)))


@lru_cache(maxsize=1024)
def _name_re(name: str) -> re.Pattern[str]:
    known = next((s for s in KNOWN_SPEAKERS if s.name == name), None)
    forms = known.aliases if known else (label_key(name.split()[-1]),)
    alternatives = "|".join(map(re.escape, sorted(forms, key=len, reverse=True)))
    return re.compile(rf"(?<![^\W\d_])(?:{alternatives})(?![^\W\d_])")


def _sayers(paragraphs: list[str]) -> list[Sayer]:
    return [sentence_sayer(text, masked) for text, masked in _sentences(paragraphs)]


def _sentences(paragraphs: list[str]) -> list[tuple[str, str]]:
    """Each sentence as written and with its quotes blanked out."""
    out: list[tuple[str, str]] = []
    for paragraph in paragraphs:
        masked = mask_quotes(paragraph)
        out.extend((paragraph[a:b], masked[a:b]) for a, b in sentence_spans(paragraph))
    return out


def is_report(paragraphs: list[str], main_speaker: str | None) -> bool:
    """Whether unlabelled text reads as a report about its speakers rather than their words.

    A report speaks of its main speaker in the third person (as the one who says something,
    or at all outside quotes), and its narration hardly ever says "I" or "we" outside quotes.
    """
    sentences = _sentences(paragraphs)
    if not sentences:
        return False
    # A digest of someone's statements ("• ...", "...;" items) quotes the page's speaker.
    items = sum(
        p.lstrip().startswith(("•", "·", "-", "–", "—")) or p.rstrip().endswith(";")
        for p in paragraphs
    )
    if items * 2 > len(paragraphs):
        return False
    said_by_self = sum(_FIRST_PERSON_RE.search(masked) is not None for _, masked in sentences)
    if said_by_self > _MAX_FIRST_PERSON_SHARE * len(sentences):
        return False
    named = {s for s in _sayers(paragraphs) if isinstance(s, str)}
    if main_speaker is None:
        return bool(named)
    # Others quoted by name are no sign: a spokeswoman's briefing quotes the minister. But a
    # quote closed by another person's attribution ("«...», – заявила Захарова агентству
    # ТАСС") under a headline about someone else is a report of that person's words.
    third_person = mentions(" ".join(masked for _, masked in sentences), main_speaker) > 0
    closed_by_other = any(
        isinstance(sayer, str) and sayer != main_speaker and _QUOTE_THEN_DASH_RE.search(text)
        for (text, _), sayer in zip(sentences, _sayers(paragraphs), strict=True)
    )
    return main_speaker in named or third_person or closed_by_other


# A quote closed and followed by a dash or a comma and then its attribution: "», – заявила".
_QUOTE_THEN_DASH_RE = re.compile(r"[»”\"][.,]?\s*[–—-]?\s*[,–—-]\s*[^\W\d_]")


def main_sayer(paragraphs: list[str]) -> str | None:
    """Whom a report is about: the known official it quotes most, else the person it quotes
    most, else the known official it names most (the first one wins a tie)."""
    counts: Counter[str] = Counter(s for s in _sayers(paragraphs) if isinstance(s, str))
    officials = Counter({name: n for name, n in counts.items() if is_known_official(name)})
    if not officials and not counts:
        text = " ".join(paragraphs)
        for speaker in KNOWN_SPEAKERS:
            if n := mentions(text, speaker.name):
                officials[speaker.name] = n
    ranked = officials or counts
    if not ranked:
        return None
    best = max(ranked.values())
    return next(name for name in ranked if ranked[name] == best)


@dataclass(slots=True)
class Segment:
    """Sentences ``start:end`` of paragraph ``paragraph``, said by ``speaker`` (None: the
    reporter's narration)."""

    paragraph: int
    start: int
    end: int
    speaker: str | None


#: Quoted words in a sentence of narration without a verb of saying are speech when they are
#: at least a third as many as the narration's words; fewer are a term or a nickname.
_TERM_SHARE = 3


def _speech_quote(text: str, masked: str, *, lenient: bool = False) -> bool:
    """A sentence that is (or holds) someone's quoted words, not a quoted name or term
    (``lenient``: on a digest's topic line, any quote of four words or more is speech)."""
    if not re.search(r"[^\W\d_]", masked) or text.lstrip("—–- ")[:1] in _QUOTE_OPEN:
        return True
    quotes = [
        quote for quote in QUOTED_RE.findall(text) if len(quote.split()) >= SPEECH_QUOTE_WORDS
    ]
    # A phrase quoted inside a longer sentence of narration with no verb of saying is a term
    # or a nickname ("earning him the moniker “herald of the apocalypse”"), not speech.
    if lenient:
        return bool(quotes)
    return bool(quotes) and sum(len(q.split()) for q in quotes) * _TERM_SHARE >= len(masked.split())


class _Reader:
    """Walks a report's sentences in order, keeping who was named last."""

    def __init__(self, main: str | None) -> None:
        self.main = main
        self.last_named = main
        # "The ambassador said": the story's main person when no known official is named yet.
        self.last_official = main
        # Whose words a following quote goes on with: nobody's until someone is quoted (a
        # quote that no attribution claims, at the top of a story, may be anyone's).
        self.quoting: str | None = None
        self.named_anyone = False  # whether any sentence so far named or referred to a sayer
        # Who was named before a background sentence of this paragraph (:meth:`aside`).
        self.kept: tuple[str | None, str | None, str | None, bool] | None = None

    def peek(self, sayer: Sayer) -> str | None:
        """Who ``sayer`` would be now, without taking note of it."""
        if isinstance(sayer, str):
            return sayer
        if sayer is Ref.PRONOUN:
            return self.last_named
        return self.last_official if sayer is Ref.OWN_POST else None

    def explicit(self, sayer: Sayer) -> str | None:
        """The speaker a sentence names or refers to (updates who was named last)."""
        if isinstance(sayer, str):
            self.last_named = sayer
            if is_known_official(sayer):
                self.last_official = sayer
            speaker: str | None = sayer
        elif sayer is Ref.PRONOUN:
            speaker = self.last_named
        elif sayer is Ref.OWN_POST:
            speaker = self.last_official
        else:  # Ref.SOMEONE: someone we cannot name is speaking
            speaker = None
        self.quoting = speaker
        self.named_anyone = True
        return speaker

    def aside(self, sayer: Sayer) -> str | None:
        """The speaker of a background sentence ("Ранее Зеленский заявил, что ..."): named
        there, and "he said" in the same paragraph is this one ("..., — сказал он тогда"),
        but from the next paragraph on it means the story's sayer again."""
        kept = (self.last_named, self.last_official, self.quoting, self.named_anyone)
        speaker = self.explicit(sayer)
        if speaker != kept[0] and self.kept is None:
            self.kept = kept
        return speaker

    def end_paragraph(self) -> None:
        """Back to the story's sayer after a paragraph of background (:meth:`aside`)."""
        if self.kept is not None:
            self.last_named, self.last_official, self.quoting, self.named_anyone = self.kept
            self.kept = None


# A sentence giving background from before the story's event: "Ранее ...", "Earlier, ...".
_ASIDE_RE = re.compile(
    r"^\W*(?:ранее|прежде|до этого|earlier|previously|before that)(?![^\W\d_])", re.IGNORECASE
)


def _aside(sentence: str) -> bool:
    """Whether a sentence gives background from before the story (:data:`_ASIDE_RE`)."""
    return _ASIDE_RE.match(sentence) is not None


def attribute(paragraphs: list[str], main_speaker: str | None) -> list[Segment]:
    """Cut a report's paragraphs into stretches by speaker (see the module's rules)."""
    reader = _Reader(main_speaker)
    segments: list[Segment] = []
    all_sayers = [_paragraph_sayers(paragraph) for paragraph in paragraphs]
    for number, paragraph in enumerate(paragraphs):
        spans = sentence_spans(paragraph)
        masked = mask_quotes(paragraph)
        sayers = all_sayers[number]
        # "- Украина мстит ... — заявила она.": a line opened by a dash is a quote, its
        # attribution at its end or in the next paragraph that goes on with it.
        line_ends = [_line_end(paragraph, a) for a, _ in spans]
        dashed = [_DASH_QUOTE_RE.match(paragraph, _line_start(paragraph, a)) for a, _ in spans]
        following: list[Sayer] = []
        goes_on = number + 1 < len(paragraphs) and not _DASH_QUOTE_RE.match(paragraphs[number + 1])
        if goes_on:
            following = all_sayers[number + 1]
        speakers: list[str | None] = []
        explicit: list[bool] = []
        digest_line = _DIGEST_RE.match(paragraph) is not None
        for i, (a, b) in enumerate(spans):
            sayer = sayers[i]
            if sayer is not None:
                speaker = reader.aside(sayer) if _aside(masked[a:b]) else reader.explicit(sayer)
                if _ASKED_RE.search(masked[a:b]) and speaker != reader.main:
                    # "Simonyan asked if ...": the quote that follows is the answer.
                    reader.quoting = reader.main
                if speaker and _BACK_REFERENCE_RE.match(paragraph[a:b]):
                    _give_back(segments, speakers, explicit, speaker)
                speakers.append(speaker)
                explicit.append(True)
            elif dashed[i] or _speech_quote(paragraph[a:b], masked[a:b], lenient=digest_line):
                # A quote is the words of the one its closing attribution names ("...,"
                # Lavrov said); without one, it goes on with the last one quoted.
                if dashed[i]:
                    same_line = [
                        sayers[j] for j in range(i + 1, len(spans)) if line_ends[j] == line_ends[i]
                    ]
                    last_line = line_ends[i] == len(paragraph)
                    later = [*same_line, *(following if last_line else [])]
                    closing = next((s for s in later if s is not None), None)
                else:
                    closing = _closing_sayer(paragraph, masked, spans, sayers, i)
                if closing is not None:
                    speakers.append(reader.peek(closing))
                else:
                    # With no one quoted yet, a paragraph that is all quote, or a digest's
                    # "On X: ..." line, quotes the one the story is about.
                    digest = _DIGEST_RE.match(paragraph) or _all_quote(paragraph)
                    opening = digest and not reader.named_anyone
                    going_on = reader.quoting
                    opens = paragraph[a:b].lstrip()[:1] in _QUOTE_OPEN
                    if going_on and opens and mentions(paragraph[a:b], going_on) > 0:
                        # "Mogherini and Lavrov discussed ...": a quote that speaks of the one
                        # quoted before in the third person is someone else's text.
                        going_on = None
                    speakers.append(going_on or (reader.main if opening else None))
                explicit.append(True)
            else:
                speakers.append(None)
                explicit.append(False)
        _close_paragraph(paragraph, spans, speakers, explicit, reader)
        _lead_before_closing(paragraph, masked, spans, speakers, explicit)
        _fill_narration(speakers, explicit, [paragraph[a:b] for a, b in spans])
        reader.end_paragraph()
        for (a, b), speaker in zip(spans, speakers, strict=True):
            last = segments[-1] if segments else None
            if last and last.paragraph == number and last.speaker == speaker:
                last.end = b
            else:
                segments.append(Segment(number, a, b, speaker))
    return segments


_DASH_QUOTE_RE = re.compile(r"[-–—]\s")
# A digest's topic line: "О Трампе и США: ...", "On Syria: ...".
_DIGEST_RE = re.compile(r"^(?:О|Об|Про|По поводу|On|About|Regarding)\s[^:.!?]{1,60}:\s")


def _all_quote(paragraph: str) -> bool:
    """Whether a paragraph is one quotation and nothing else (a live blog's block quote)."""
    text = paragraph.strip()
    return bool(text) and text[0] in _QUOTE_OPEN and not re.search(r"[^\W\d_]", mask_quotes(text))


_ASKED_RE = re.compile(r"(?<![\w-])(?:asked|спросил(?:а|и)?)(?![\w-])", re.IGNORECASE)
# "..., — констатировал он.": an unquoted paragraph of direct speech closed by its
# attribution after a dash (Russian news copy leaves the quote marks out).
_DASH_CLOSING_RE = re.compile(rf"[,.!?…]\s*[–—]\s*(?:{_SAY_WORDS})(?![\w-])", re.IGNORECASE)


def _close_paragraph(
    paragraph: str,
    spans: list[tuple[int, int]],
    speakers: list[str | None],
    explicit: list[bool],
    reader: _Reader,
) -> None:
    """A paragraph that is one person's words with their attribution at its end: direct
    speech closed by "— констатировал он", or a pull quote over a caption of the speaker's
    name ("... I can neither confirm nor deny it. Dmitry Peskov Kremlin spokesman"). Every
    sentence of it that no one else claims is that person's."""
    if len(spans) < 2 or QUOTED_RE.search(paragraph):
        return
    last = paragraph[spans[-1][0] : spans[-1][1]]
    speaker: str | None = None
    if _DASH_CLOSING_RE.search(last) and speakers[-1] is not None:
        speaker = speakers[-1]
    elif (caption := _caption_name(last)) and first_person(paragraph[: spans[-1][0]]):
        speaker = reader.explicit(caption)
        speakers[-1], explicit[-1] = speaker, True
    if speaker is None:
        return
    for i in range(len(spans) - 1):
        if speakers[i] is None:
            speakers[i], explicit[i] = speaker, True


#: Unattributed sentences before a closing attribution that it may cover, at most.
_COVERED_SENTENCES = 2


def _lead_before_closing(
    paragraph: str,
    masked: str,
    spans: list[tuple[int, int]],
    speakers: list[str | None],
    explicit: list[bool],
) -> None:
    """ "Western states are not used to sharing power. This causes turbulence, said Lavrov.":
    a paragraph's first attribution, closing its sentence, covers the plain sentences before
    it (no quotes, no one else's verb), as a news lead sums up what was said."""
    first = next((i for i, e in enumerate(explicit) if e), None)
    if not first or first > _COVERED_SENTENCES or speakers[first] is None:
        return
    a, b = spans[first]
    verbs = list(_SAY_RE.finditer(masked[a:b]))
    if not verbs:
        return
    # The verb after a comma or a dash with its subject after it: ", said Lavrov on ...".
    verb = verbs[-1]
    inverted = re.search(r"[,–—]\s*$", masked[a : a + verb.start()]) and re.match(
        r"\s+(?:the\s+)?[A-ZА-ЯЁ]", paragraph[a + verb.end() : b]
    )
    if not inverted:
        return
    if QUOTED_RE.search(paragraph[: spans[first][0]]):
        return
    for i in range(first):
        speakers[i], explicit[i] = speakers[first], True


#: A caption naming a quote's speaker has at most this many words.
_CAPTION_WORDS = 8


def _caption_name(text: str) -> str | None:
    """The person a caption names: their name and post, no verb and no full stop."""
    words = text.split()
    if not 2 <= len(words) <= _CAPTION_WORDS or _SENTENCE_END_RE.search(text):
        return None
    while len(words) > 2 and (_is_post_noun(_key(words[-1])) or _key(words[-1]) in _OWN_SIDE_WORDS):
        words.pop()
    return person_name(" ".join(words)) if words[0][:1].isupper() else None


_SENTENCE_END_RE = re.compile(r"[.!?…][\"'»”’)\]]*$")


def _line_start(text: str, at: int) -> int:
    return text.rfind("\n", 0, at) + 1


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _paragraph_sayers(paragraph: str) -> list[Sayer]:
    masked = mask_quotes(paragraph)
    return [sentence_sayer(paragraph[a:b], masked[a:b]) for a, b in sentence_spans(paragraph)]


def _closing_sayer(
    paragraph: str, masked: str, spans: list[tuple[int, int]], sayers: list[Sayer], i: int
) -> Sayer:
    """The sayer of the sentence where the quote around sentence ``i`` closes, if later."""
    a = spans[i][0]
    for match in QUOTED_RE.finditer(paragraph):
        if match.start() <= a < match.end() or (match.start() >= a and match.start() < spans[i][1]):
            end = match.end() - 1
            for j in range(i + 1, len(spans)):
                if spans[j][0] <= end < spans[j][1]:
                    return sayers[j]
                if spans[j][0] > end:
                    # The next sentence's attribution is for a quote of its own, if it opens
                    # one («...». «..., – сказал Лавров, – ...»).
                    opens = paragraph[spans[j][0] : spans[j][1]].lstrip()[:1] in _QUOTE_OPEN
                    return None if opens else sayers[j]
            return None
    return None


def _give_back(
    segments: list[Segment], speakers: list[str | None], explicit: list[bool], speaker: str
) -> None:
    """ "Об этом заявила X": the narration just before (this paragraph's, or else the
    previous paragraph's last stretch) was X's."""
    if speakers:
        for i in range(len(speakers) - 1, -1, -1):
            if speakers[i] is not None:
                break
            speakers[i], explicit[i] = speaker, True
    elif segments and segments[-1].speaker is None:
        segments[-1].speaker = speaker


#: A sentence this short inside a paragraph that quotes someone is a dateline or a lead-in
#: ("MOSCOW, January 17. /TASS/."), part of what follows; longer narration is the reporter's.
_LEAD_IN_WORDS = 6


def _fill_narration(speakers: list[str | None], explicit: list[bool], texts: list[str]) -> None:
    """Narration inside a paragraph that quotes someone belongs to the nearest speaker of that
    paragraph when it is a dateline or a short lead-in ("MOSCOW, January 17. /TASS/. ...,
    Lavrov said"), or when it speaks of that speaker ("On the briefing, Zakharova discussed
    transit. - ..., she said"); other narration is the reporter's."""
    named = [i for i, e in enumerate(explicit) if e and speakers[i] is not None]
    if not named:
        return
    for i, is_explicit in enumerate(explicit):
        if is_explicit:
            continue
        before = [j for j in named if j < i]
        nearest = speakers[before[-1]] if before else speakers[named[0]]
        if nearest and (len(texts[i].split()) <= _LEAD_IN_WORDS or mentions(texts[i], nearest) > 0):
            speakers[i] = nearest
