"""Speaker turns: labelled lines grouped into turns and paragraphs, and who each turn is.

Unlabelled text (opening remarks, text after a ``* * *`` separator) is given its speaker by the
parser; here a page with no labels at all may be read as a dash dialogue, initials are resolved
to full names, and named speakers who mostly ask are found to be interviewers.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from retrieval.passages import QUESTION_SPEAKER
from retrieval.russian_names import is_first_name_form
from retrieval.speakers import (
    UNKNOWN_SPEAKER,
    LabelKind,
    ambassador_by_surname,
    canonical_speaker,
    is_first_name,
    is_known_official,
    is_post_word,
    official_by_patronymic,
    person_name,
    strip_notes,
)
from retrieval.text import clean_line, fold_lookalikes, has_cyrillic, label_key, transliterate
from retrieval.transcript._labels import Line, three_initials
from retrieval.transcript._lines import has_text
from retrieval.transcript._named_again import FAMILY_NAMES_FIRST
from retrieval.transcript._sizing import word_count
from retrieval.typos import one_typo

_BULLET_RE = re.compile(r"^(?:[•·▪●◦‣∙]|[-–—*]\s)")
# A reply in a dash dialogue: "— Сергей Викторович, ...?" / "— Мы исходим из ...".
# A reply opened by a dash: its first word, or a day and a month ("— 12 марта вы сказали ...?").
_DASH_TURN_RE = re.compile(r"^[—–-]\s*(?:[^\W\d_]|\d{1,2}\s+[^\W\d_]{3})")
# "С.Брилёв", "J. Kerry", "Д.К.Киселев": the first initial and the surname.
_INITIALS_LABEL_RE = re.compile(r"([^\W\d_])[^\W\d_]?\.(?:[^\W\d_]{1,2}\.)*\s?([^\W\d_][\w'’-]+)")
# Initials after the surname, as lists of officials write them: "Петров И.С.".
_SURNAME_INITIALS_LABEL_RE = re.compile(r"([^\W\d_][\w'’-]+)\s+([^\W\d_])\.(?:\s?[^\W\d_]\.?)?")
#: A dash segment longer than this is an answer even if it ends on a rhetorical question.
_DASH_QUESTION_MAX_WORDS = 150
# A patronymic in the nominative, as one is addressed by it: «Владимирович», «Сергеевна».
_PATRONYMIC_WORD = r"[А-ЯЁ][а-яё]+(?:ович|евич|ьич|ич|овна|евна|ична|инична)"


@dataclass(slots=True)
class Turn:
    """One speaker's turn: its lines as written and the paragraphs made of them."""

    speaker: str
    labelled: bool
    kind: LabelKind | None = None
    label: str | None = None  # the label as written
    reset: bool = False  # a separator came before this turn: no question is pending
    dash: bool = False  # a reply of a dash dialogue ("— Сергей Викторович, ...")
    lines: list[str | None] = field(default_factory=list)  # None is a blank line
    paragraphs: list[str] = field(default_factory=list)


def group_turns(lines: list[Line], answer_speaker: str) -> list[Turn]:
    """Group lines into speaker turns (speakers of unlabelled turns are filled in later)."""
    turns: list[Turn] = [Turn(speaker="", labelled=False)]
    for line in lines:
        current = turns[-1]
        if line.separator:
            turns.append(Turn(speaker="", labelled=False, reset=True))
        elif line.blank:
            current.lines.append(None)
        elif line.label is not None:
            if line.kind == "question":
                speaker = QUESTION_SPEAKER
            elif line.kind == "answer":
                speaker = answer_speaker
            else:
                speaker = canonical_speaker(line.label)
            turns.append(Turn(speaker=speaker, labelled=True, kind=line.kind, label=line.label))
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
        blocks = _unwrapped_blocks([line for line in lines if line is not None])
    paragraphs: list[str] = []
    for block in blocks:
        started = False
        for line in block:
            if not has_text(line):
                continue
            # Lines of one block stay together, and a bullet stays with the paragraph
            # that introduces it ("Key points:") or with the bullets before it; under a
            # story's last line ("... stop the fighting …") a bullet is the next story's.
            if paragraphs and (
                started or (_BULLET_RE.match(line) and _introduces(paragraphs[-1], line))
            ):
                paragraphs[-1] += "\n" + line
            else:
                paragraphs.append(line)
            started = True
    return paragraphs


def _introduces(paragraph: str, bullet: str) -> bool:
    """Whether a paragraph leads into a bullet line: always for a dash (a reply or a quote
    goes on); for a "•", when its last line ends with a colon or is a bullet itself."""
    if not bullet.lstrip().startswith("•"):
        return True
    last = paragraph.rstrip().rsplit("\n", 1)[-1]
    return last.endswith(":") or _BULLET_RE.match(last) is not None


# A line that stops mid-sentence: it ends in a letter, a digit, a comma or a hyphen.
_OPEN_END_RE = re.compile(r"[^\W_]$|[,‐-]$")


def _unwrapped_blocks(lines: list[str]) -> list[list[str]]:
    """Single-newline paragraphs, one a line, except that a line continuing the sentence of
    the line before stays with it (a copy wrapped mid-sentence: "... заявила, что" / "Киев не
    выполняет ... «Это" / "недопустимо, ... », - сказала она."): the line before stops without
    a final mark and this one starts in lower case, or the line before left a quote open."""
    blocks: list[list[str]] = []
    for line in lines:
        if blocks and _continues(blocks[-1][-1], line):
            # One sentence, so one line: its break is no sentence's end for the attribution.
            blocks[-1][-1] = f"{blocks[-1][-1]} {line}"
        else:
            blocks.append([line])
    return blocks


def _continues(previous: str, line: str) -> bool:
    """Whether ``line`` goes on with the sentence that ``previous`` left unfinished."""
    if not _OPEN_END_RE.search(previous) or not line[:1].isalpha():
        return False
    if line[:1].islower():
        return True
    if _post_then_name(previous, line):
        return True
    # "... «Это" / "Недопустимо ...": inside a quote the line before opened and left open.
    return previous.count("«") > previous.count("»") or previous.count("“") > previous.count("”")


#: A post broken off from the name it gives stands among this many last words of its line.
_POST_WORDS_BEFORE_BREAK = 3
# A line opening with a first name and a surname and a verb in lower case: "Иньяцио Кассис
# заявил, что ...", "Hakan Fidan said".
_NAME_THEN_VERB_RE = re.compile(r"^([^\W\d_][\w'’-]+\s+[^\W\d_][\w'’-]+)\s+[^\W\d_A-ZА-ЯЁ]")


def _post_then_name(previous: str, line: str) -> bool:
    """Whether a copy broke a sentence between a post and the name it gives ("Ранее глава
    МИД Швейцарии" / "Иньяцио Кассис заявил, что Берн"): the line before ends with a post
    and its place, this one opens with the person's name and a verb (the sentence's
    "Ранее" then still makes his words background)."""
    match = _NAME_THEN_VERB_RE.match(line)
    if match is None or person_name(match.group(1)) is None:
        return False
    words = previous.split()[-_POST_WORDS_BEFORE_BREAK:]
    return len(previous.split()) > 1 and any(is_post_word(label_key(word)) for word in words)


def resolve_initials(turns: list[Turn], context: str) -> None:
    """Give initials labels the full name the page spells out, in any case and script.

    "J.Kerry" becomes "John Kerry" when the page names "John Kerry"; "С.Брилёв" becomes
    "Sergey Brilev" when the page names "Сергея Брилёва" (the case form is undone);
    "KE" becomes "Konstantin Ernst" when a label or the title names him. Initials that stand
    for no one on the page stay as they are ("KE" alone: an unknown speaker).

    Args:
        turns: The page's turns (speakers are changed in place).
        context: The title and the text of the page, where full names are looked for.
    """
    full_names = sorted({t.speaker for t in turns if t.labelled and _is_full_name(t.speaker)})
    spelt_out: dict[str, str] | None = None  # the context's names by three initials, once
    for turn in turns:
        if not turn.labelled or turn.label is None:
            continue
        if turn.kind == "abbrev":
            letters = fold_lookalikes(clean_line(turn.label).strip(" :").upper())
            found = next(
                (n for n in full_names if fold_lookalikes(_initials_of(n)) == letters), None
            )
            if found is None:
                spelt_out = three_initials(context) if spelt_out is None else spelt_out
                found = spelt_out.get(letters, UNKNOWN_SPEAKER)
            turn.speaker = found
            continue
        if turn.kind == "known" and len(strip_notes(clean_line(turn.label)).split()) == 1:
            # "Антонов:" on a page whose host is "Михаил Антонов": the page's own person.
            surname = strip_notes(clean_line(turn.label)).strip(" :")
            turn.speaker = _namesake(surname, turn.speaker, context) or turn.speaker
            continue
        if turn.kind == "name" and _lone_letter_asker(turn, full_names):
            # "E: Mr Borrell probably now regrets ..." between "VC:" answers under a lead
            # naming EURACTIV's editor: a letter that is no speaker's initial is the outlet's.
            turn.speaker, turn.kind = QUESTION_SPEAKER, "question"
            continue
        if turn.kind in ("name", "post") and len(turn.speaker.split()) == 1:
            # "Зыгарь:" -> "Mikhail Zygar" when the page names him in full, in any case; so
            # "Ambassador Petrov:" on a page that names "Ivan Petrov".
            surname = strip_notes(clean_line(turn.label)).strip(" :").split()[-1]
            if found := (
                _full_name("", surname, [*full_names, context])
                or _family_first(surname, context)
                or ambassador_by_surname(strip_notes(clean_line(turn.label)).strip(" :"))
                or _misspelt_full_name(surname, [*full_names, context])
            ):
                turn.speaker = found
            continue
        if turn.kind != "initials":
            continue
        if by_initials := _named_by_initials(turn.speaker, full_names):
            turn.speaker = by_initials
            continue
        label = fold_lookalikes(strip_notes(clean_line(turn.label)).strip(" :"))
        if match := _INITIALS_LABEL_RE.fullmatch(label):
            initial, surname = match.groups()
        elif match := _SURNAME_INITIALS_LABEL_RE.fullmatch(label):
            surname, initial = match.groups()
        else:
            if found := _named_in_full(label, [*full_names, context]):
                turn.speaker = found  # "A.N.:" under a lead naming Andrey Nesterenko
            continue
        found = _latin_original(initial, surname, context) or _full_name(
            initial, surname, [*full_names, context]
        )
        if not found and has_cyrillic(label):
            # «В.Гладков:» where Putin says «Как дела, Вячеслав Владимирович?»: the first name
            # of the one address of that initial that names no other speaker of the page.
            others = {t.speaker for t in turns if t.labelled and t is not turn}
            found = _addressed_by(initial, surname, context, others)
        if found:
            turn.speaker = found


def _lone_letter_asker(turn: Turn, full_names: list[str]) -> bool:
    """Whether a label is one capital letter that begins no word of the page's labelled
    speakers' names, on a page that has such a speaker: the interviewer's outlet or name."""
    letter = clean_line(turn.label or "").strip(" :")
    if len(letter) != 1 or not letter.isupper() or not full_names:
        return False
    initials = {word[:1] for name in full_names for word in name.split()}
    return transliterate(letter) not in initials and letter not in initials


# A Russian first name and a surname: "Vladimir Chizhov", «Владимира Чижова».
# (Looked ahead at: "Ambassador Vladimir Chizhov" holds two pairs.)
_FIRST_AND_SURNAME_RE = re.compile(
    r"(?<![^\W\d_])(?=([A-ZА-ЯЁ][a-zа-яё]+)\s+([A-ZА-ЯЁ][a-zа-яё'’-]+))"
)


# Initials alone, of a first name and a surname: "A.N.", «А.Н.».
_TWO_INITIALS_RE = re.compile(r"([^\W\d_])\.\s?([^\W\d_])\.?")


def _named_in_full(label: str, texts: list[str]) -> str | None:
    """The one person the page names in full whose first name and surname open with a
    label's two initials ("A.N." over the briefing of a page whose lead names Andrey
    Nesterenko); None when no one or several people fit."""
    match = _TWO_INITIALS_RE.fullmatch(label)
    if match is None:
        return None
    first_letter, surname_letter = (letter.upper() for letter in match.groups())
    found = set()
    for text in texts:
        for first, surname in _FIRST_AND_SURNAME_RE.findall(text):
            if (
                first[0] == first_letter
                and surname[0] == surname_letter
                and is_first_name(first)
                and (name := person_name(f"{first} {surname}"))
            ):
                found.add(name)
    return found.pop() if len(found) == 1 else None


# An address by first name and patronymic: «Вячеслав Владимирович», «Сергей Семёнович».
_ADDRESS_RE = re.compile(rf"(?<![^\W\d_])([А-ЯЁ][а-яё]+)\s+({_PATRONYMIC_WORD})(?![^\W\d_])")


def _addressed_by(initial: str, surname: str, context: str, others: set[str]) -> str | None:
    """The full name of an initialled label («В.Гладков») from the one first name of its
    initial that the page addresses someone by, with a patronymic («Вячеслав Владимирович»),
    leaving out the first names of the page's other speakers («Владимир Владимирович» is
    Putin)."""
    taken = {name.split()[0].casefold() for name in others if len(name.split()) >= 2}
    firsts = set()
    for first, _ in _ADDRESS_RE.findall(context):
        if not first.startswith(initial.upper()) or not is_first_name_form(first.casefold()):
            continue
        name = person_name(f"{first} {surname}")
        if name and name.split()[0].casefold() not in taken:
            firsts.add(name)
    return firsts.pop() if len(firsts) == 1 else None


def official_addressed(questions: list[str]) -> str | None:
    """The one official of ours whom ``questions`` speak to by first name and patronymic only
    («❓: Андрей Юрьевич, сегодня ...?» on a copy that never names the deputy minister), or
    None when they address no one so, or two people."""
    addresses = {
        (first, patronymic)
        for question in questions
        for first, patronymic in _ADDRESS_RE.findall(question)
        if is_first_name_form(first.casefold())
    }
    if len(addresses) != 1:
        return None
    return official_by_patronymic(*addresses.pop())


def named_by_address(questions: list[str], context: str) -> str | None:
    """The one person ``context`` (a title, a lead) names in full with the first name that
    ``questions`` speak to with a patronymic: «Андрей Рэмович, довольны ли вы ...?» under
    "Первый вице-премьер Андрей Белоусов" is Belousov. None when the questions address no one
    so, or two first names, or the context names two people of that first name."""
    firsts = {
        first.casefold()
        for question in questions
        for first, _ in _ADDRESS_RE.findall(question)
        if is_first_name_form(first.casefold())
    }
    if len(firsts) != 1:
        return None
    first = firsts.pop()
    found = {
        name
        for named, last in _FIRST_AND_SURNAME_RE.findall(context)
        if (name := person_name(f"{named} {last}"))
        and person_name(f"{first.capitalize()} {last}") == name
    }
    return found.pop() if len(found) == 1 else None


def named_by_initials(questions: list[str], context: str) -> str | None:
    """The one person ``context`` names by surname and the initials of the first name and
    patronymic that ``questions`` speak to («— Михаил Юрьевич, как вы ...?» under «Зурабов
    М. Ю.» or «М.Ю.Зурабов»): Mikhail Zurabov, not another Mikhail Yurievich the speaker table
    knows. None when the questions address no one so, or two people, or no surname fits."""
    addresses = {
        (first, patronymic)
        for question in questions
        for first, patronymic in _ADDRESS_RE.findall(question)
        if is_first_name_form(first.casefold())
    }
    if len(addresses) != 1:
        return None
    first, patronymic = addresses.pop()
    initials = rf"{first[0]}\.\s?{patronymic[0]}\."
    found = {
        name
        for match in re.finditer(
            rf"(?<![^\W\d_])(?:(?P<after>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)\s+{initials}"
            rf"|{initials}\s?(?P<before>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?))",
            context,
        )
        if (name := person_name(f"{first} {match.group('after') or match.group('before')}"))
    }
    return found.pop() if len(found) == 1 else None


def _misspelt_full_name(surname: str, texts: list[str]) -> str | None:
    """The one person ``texts`` name in full with a Russian first name whose surname the
    label's is a typo of ("Ambassador Chizov:" on a page naming "Ambassador Vladimir
    Chizhov")."""
    key = label_key(surname)
    found = {
        name
        for text in texts
        for first, last in _FIRST_AND_SURNAME_RE.findall(text)
        if is_first_name_form(first.lower())
        and one_typo(key, label_key(last))
        and (name := person_name(f"{first} {last}"))
    }
    return found.pop() if len(found) == 1 else None


def _family_first(family: str, context: str) -> str | None:
    """The one Chinese or Korean name the page gives with this family name first ("Zhang:"
    on a page naming "Zhang Hanhui")."""
    if family.lower() not in FAMILY_NAMES_FIRST:
        return None
    found = set(re.findall(rf"\b{re.escape(family)}\s+[A-Z][a-z]+(?:-[a-z]+)?\b", context))
    return found.pop() if len(found) == 1 else None


def _named_by_initials(initialled: str, full_names: list[str]) -> str | None:
    """The one full name among the labels whose words open with the initials of an
    initialled name and end with its surname ("P.Sh.Raghavan" -> "Pundi Shrinivasan
    Raghavan", the name over the first answer of the same radio transcript)."""
    *initials, surname = [part for part in initialled.replace(" ", "").split(".") if part]
    if not initials:
        return None
    found = {
        name
        for name in full_names
        if (words := name.split())[-1] == surname
        and len(words) - 1 >= len(initials)
        and all(word.startswith(initial) for word, initial in zip(words, initials, strict=False))
    }
    return found.pop() if len(found) == 1 else None


def _latin_original(initial: str, surname: str, context: str) -> str | None:
    """The name a Russian page gives in Latin letters in brackets after the Cyrillic one of
    the same surname ("Паулу Визеу Пинейру (Paulo Vizeu Pinheiro)"), when its first word
    starts with the label's first initial ("П.В. Пинейру:"): the person's own spelling."""
    if not has_cyrillic(surname):
        return None
    pattern = re.compile(
        rf"(?<![^\W\d_]){re.escape(surname)}[^\W\d_]{{0,3}}\s*\(\s*"
        r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})\s*\)"
    )
    found = pattern.search(context)
    if found is None:
        return None
    latin = found.group(1)
    first = transliterate(initial.strip(". ")[:1]).upper()[:1]
    return latin if latin[:1] == first else None


def posts_of_interviewee(turns: list[Turn], interviewee: str, title: str) -> None:
    """Labels that are only a post the title gives the interviewee ("Ambassador:", «Посол:»
    under "Interview of the Russian Ambassador ... Ivan Petrov") are his (they had stood as
    a speaker named 'Ambassador'). A post the title does not give him stays as it was."""
    title_stems = {_stem(label_key(word)) for word in re.findall(r"[^\W\d_][\w'’-]*", title)}
    for turn in turns:
        if not turn.labelled or turn.label is None or turn.kind in ("question", "answer"):
            continue
        words = [label_key(w) for w in strip_notes(clean_line(turn.label)).strip(" :").split()]
        posts = [w for w in words if w not in _ARTICLES]
        if (
            posts
            and all(is_post_word(w) for w in posts)
            and any(_stem(w) in title_stems for w in posts)
        ):
            turn.speaker = interviewee


#: Words a post-only label may carry besides posts: "The Ambassador", «г-н Посол».
_ARTICLES = frozenset({"the", "mr", "mr.", "mrs", "ms", "madam", "г-н", "г-жа", "господин"})


def _stem(word: str) -> str:
    """A post word without its case ending («посла» / «посол» share «пос»; «министра»)."""
    return word[:4] if len(word) > 4 else word


def _is_full_name(name: str) -> bool:
    words = name.split()
    return len(words) >= 2 and not any(w.endswith(".") for w in words)


def _initials_of(name: str) -> str:
    words = name.split()
    return (words[0][0] + words[-1][0]).upper()


def _full_name(initial: str, surname: str, texts: list[str]) -> str | None:
    """The full name "<Initial...> <Surname>" in any case form, found first in ``texts``."""
    return next(_full_names(initial, surname, texts), None)


def _namesake(surname: str, known: str, context: str) -> str | None:
    """The one other person a page names in full with a known official's surname, when it
    never names the official ("Антонов:" under "Ведущие – ... Михаил Антонов" is that host,
    not the ambassador Anatoly Antonov); None if the page names the official or several."""
    if not is_known_official(known) or known in set(_full_names("", surname, [context])):
        return None
    # The surname as the label writes it (a woman's "Путина" is no "Путин"), after a first
    # name: "Михаил Антонов".
    pattern = rf"(?<![^\W\d_])([^\W\d_]+)\s+{re.escape(surname)}(?![^\W\d_])"
    found = {
        name
        for first in re.findall(pattern, context)
        if first[:1].isupper()
        and is_first_name_form(first.lower())
        and (name := person_name(f"{first} {surname}"))
    }
    if len(found) != 1:
        return None
    other = found.pop()
    return None if other.split()[0] == known.split()[0] else other


# A patronymic between a first name and a surname, in any case form, in either script, or its
# initial ("Lyudmila G. Vorobyeva").
_PATRONYMIC_BETWEEN = (
    r"(?:[^\W\d_]{3,}(?:вич|вн|ичн|ьич|vich|vn|ichn)[^\W\d_]{0,3}\s+|[^\W\d_]\.\s?)?"
)


def _full_names(initial: str, surname: str, texts: list[str]) -> Iterator[str]:
    """Every full name "<Initial...> [Patronymic] <Surname>" in any case form in ``texts``, in
    order ("Ивана Сергеевича Петрова" for "И.С.Петров")."""
    surname = surname.replace("ё", "е").replace("Ё", "Е")
    stem = surname[:-1] if len(surname) > 4 and surname[-1].lower() in "аяь" else surname
    # (The surname may stand in the brackets the Kremlin's transcripts put an added word in:
    # «Рашид Гумарович [Нургалиев]».)
    pattern = re.compile(
        rf"(?<![^\W\d_])({re.escape(initial)}[^\W\d_]+)\s+{_PATRONYMIC_BETWEEN}\[?"
        rf"({re.escape(stem)}[^\W\d_]{{0,3}})(?![^\W\d_])",
        re.IGNORECASE,
    )
    for text in texts:
        for found in pattern.finditer(fold_lookalikes(text).replace("ё", "е").replace("Ё", "Е")):
            first, last = found.groups()
            if not first[0].isupper():
                continue
            name = person_name(f"{first} {last}")
            if name and label_key(name.split()[-1])[:3] == label_key(transliterate(stem))[:3]:
                yield name


def asks(paragraph: str) -> bool:
    """Whether a paragraph ends on a question (closing quotes and brackets aside)."""
    return paragraph.rstrip(" \"'»”’)]").endswith(("?", "?…"))


def answers_under_lead(
    turns: list[Turn], giver: Callable[[list[str]], str | None]
) -> tuple[list[Turn], str | None]:
    """A dash interview whose copy lost the questions ("X в эксклюзивном интервью «Известиям»
    рассказал о ..." over "— На саммите будут обсуждаться ..."): the lead above the first
    dash reply, then every line from it on as the answers of the one ``giver`` finds the lead
    naming, with that person. The turns as they were and None when no dash reply follows a
    lead, one asks, or ``giver`` names no one."""
    lines = [line for turn in turns for line in turn.lines]
    first = next((i for i, line in enumerate(lines) if line and _DASH_TURN_RE.match(line)), None)
    if first is None or not any(lines[:first]):
        return turns, None
    if any(line and _DASH_TURN_RE.match(line) and asks(line) for line in lines[first:]):
        return turns, None
    lead, answers = _paragraphs(lines[:first]), _paragraphs(lines[first:])
    given = giver(lead)
    if given is None:
        return turns, None
    return [
        Turn(UNKNOWN_SPEAKER, False, reset=turns[0].reset, lines=lines[:first], paragraphs=lead),
        Turn(given, True, kind="answer", dash=True, lines=lines[first:], paragraphs=answers),
    ], given


# A numbered question over dash answers, as an agency's interview prints it: "1. Сергей
# Кужугетович, ... ?" / "- Ситуация ...".
_NUMBERED_QUESTION_RE = re.compile(r"^[0-9]{1,2}\.\s+[^\W\d_]")


def _opens_turn(line: str) -> bool:
    """Whether a line opens a dash dialogue's turn: a dash reply, or a numbered question."""
    return bool(_DASH_TURN_RE.match(line)) or (
        _NUMBERED_QUESTION_RE.match(line) is not None and asks(line)
    )


def _dash_starts(lines: list[str | None]) -> list[int]:
    """Indexes of lines that open a block (first, or after a blank line; on a page with no
    blank lines, any line: each is a paragraph) with a dash reply."""
    present = [i for i, line in enumerate(lines) if line is not None]
    # (From the first dash reply on: a subheading and a blank line may stand above them.)
    first = next((i for i in present if _opens_turn(lines[i] or "")), None)
    one_a_line = first is not None and None not in lines[first : present[-1] + 1]
    return [
        i
        for i, line in enumerate(lines)
        if line is not None and (one_a_line or i == 0 or lines[i - 1] is None) and _opens_turn(line)
    ]


def undashed_questions(turns: list[Turn]) -> list[Turn]:
    """An interview whose questions stand undashed (set in bold on the site) over dashed
    answers ("What are the results of his trip?" / "— We all saw a theatrical show. ..."):
    each question a turn of its own, each answer up to the next question another (its
    speaker decided later, as a dash reply's). Only a page with no labels, no dash reply that
    asks, and a question right over every dash reply is read this way; else ``turns`` as
    they were."""
    if any(t.labelled for t in turns):
        return turns
    out: list[Turn] = []
    split_any = False
    for turn in turns:
        starts = _dash_starts(turn.lines)
        if not starts:
            out.append(turn)
            continue
        if any(asks(turn.lines[i] or "") for i in starts):
            return turns  # a dash dialogue, asking in dashes (see dash_dialogue)
        questions = [_question_over(turn.lines, i) for i in starts]
        if any(q is None for q in questions):
            return turns
        bounds = [q for q in questions if q is not None]
        pieces = [0, *(b for q in bounds for b in q), len(turn.lines)]
        for number, (lo, hi) in enumerate(itertools.pairwise(pieces)):
            lines = turn.lines[lo:hi]
            paragraphs = _paragraphs(lines)
            if not paragraphs:
                continue
            asked = number % 2 == 1  # pieces alternate: before, question, answer, question ...
            out.append(_reply(turn, number, asked, not asked and number > 0, lines, paragraphs))
        split_any = True
    return out if split_any else turns


def _reply(
    turn: Turn,
    number: int,
    asked: bool,
    dash: bool,
    lines: list[str | None],
    paragraphs: list[str],
) -> Turn:
    """The ``number``-th piece of a dialogue's ``turn``: a question, or a reply whose speaker
    is decided later."""
    return Turn(
        speaker=QUESTION_SPEAKER if asked else turn.speaker,
        labelled=asked,
        kind="question" if asked else None,
        reset=turn.reset and number == 0,
        dash=dash,
        lines=lines,
        paragraphs=paragraphs,
    )


def _question_over(lines: list[str | None], start: int) -> tuple[int, int] | None:
    """The line span of the undashed paragraph right over the dash reply at ``start`` when it
    asks and is short enough to be a question; else None."""
    end = start
    while end > 0 and lines[end - 1] is None:
        end -= 1
    begin = end
    one_a_line = None not in lines[:start]
    while begin > 0 and lines[begin - 1] is not None and not (one_a_line and begin < end):
        begin -= 1
    block = [line for line in lines[begin:end] if line is not None]
    if not block or _DASH_TURN_RE.match(block[0]):
        return None
    text = " ".join(block)
    if not asks(text) or word_count(text) > _DASH_QUESTION_MAX_WORDS:
        return None
    head, colon, _ = text.partition(":")
    if (
        colon
        and len(head.split()) <= _ASKER_WORDS
        and not any(word[:1].isupper() for word in head.split()[1:])
    ):
        # "Главный вопрос: ...?": a heading's words before the colon, no asker's name (as
        # "Радио «Маяк», Валерий Санфиров: ...?" gives): no question of an interview.
        return None
    return begin, end


#: An asker's label over an undashed question ("Радио «Маяк», Валерий Санфиров:") has at most
#: this many words.
_ASKER_WORDS = 6


def dash_dialogue(turns: list[Turn]) -> list[Turn]:
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
    if (
        len(dashed) < 2
        or not any(_asking_reply(line) for line in dashed)
        # (Numbered questions alone are a list of questions, no dialogue: a dash answers.)
        or not any(_DASH_TURN_RE.match(line) for line in dashed)
    ):
        return turns
    # Dashes that only ask, the answers under them undashed ("— Do you lend to others?" /
    # "The Ministry of Finance is in charge ..."): each dash paragraph is the question alone.
    opening = (_paragraphs([line]) for line in dashed)
    only_asking = all(asks(paragraphs[0]) for paragraphs in opening if paragraphs)
    out: list[Turn] = []
    for turn in turns:
        bounds = [0, *(i for i in starts[id(turn)] if i > 0), len(turn.lines)]
        for number, (lo, hi) in enumerate(itertools.pairwise(bounds)):
            paragraphs = _paragraphs(turn.lines[lo:hi])
            if not paragraphs:
                continue
            # (Or a dash that asks, with the writer's narration after it leading into the
            # answer: "— Что вы считаете своей главной неудачей?" / "Путин ... произнес:".)
            leads_on = (
                asks(paragraphs[0])
                and paragraphs[-1].rstrip().endswith(":")
                and not (out and out[-1].kind == "question")
            )
            if (
                (only_asking or leads_on)
                and len(paragraphs) > 1
                and _DASH_TURN_RE.match(paragraphs[0])
                and word_count(paragraphs[0]) <= _DASH_QUESTION_MAX_WORDS
            ):
                out.append(
                    Turn(
                        speaker=QUESTION_SPEAKER,
                        labelled=True,
                        kind="question",
                        reset=turn.reset and number == 0,
                        dash=True,
                        lines=[paragraphs[0]],
                        paragraphs=paragraphs[:1],
                    )
                )
                out.append(Turn(speaker=turn.speaker, labelled=False, paragraphs=paragraphs[1:]))
                continue
            # A reply right after a question is its answer, even if it ends on a question;
            # not one that goes on with a short question, telling the one interviewed what he
            # is and asking again (see _asks_on).
            follows_question = (
                bool(out) and out[-1].kind == "question" and not _asks_on(out[-1], paragraphs)
            )
            asked = (
                not follows_question
                and _opens_turn(paragraphs[0])
                and (
                    asks(paragraphs[-1])
                    or _addresses_him(paragraphs[0])
                    or _asks_you_then_explains(paragraphs)
                )
                and sum(word_count(p) for p in paragraphs) <= _DASH_QUESTION_MAX_WORDS
            )
            opens_dash = bool(_DASH_TURN_RE.match(paragraphs[0]))
            out.append(_reply(turn, number, asked, opens_dash, turn.lines[lo:hi], paragraphs))
    return _alternating(out)


#: A chat of at least this many dash replies, each one paragraph, may be read as taking turns.
_MIN_CHAT_REPLIES = 6
#: A reply this long is an answer.
_LONG_REPLY_WORDS = 40
#: Taking turns must fit at least this many replies that ask or address the one interviewed.
_MIN_SUPPORT = 3


def _alternating(turns: list[Turn]) -> list[Turn]:
    """A telephone chat in dashes ("- Алло, Михаил Юрьевич! ..." / "- Доброе утро." / ... /
    "- Это вы серьезно?"): its questions often end without a question mark and its answers
    may ask back, so the reply-by-reply reading above goes wrong. When it has two answers in
    a row, every reply is one paragraph and one way of taking turns (the interviewer first
    or second) fits what the replies show (those that address the one interviewed are
    questions, long ones answers, and most of those that ask are questions), the turns are
    read so; else ``turns`` as they were."""
    replies = [i for i, t in enumerate(turns) if t.dash or t.kind == "question"]
    if len(replies) < _MIN_CHAT_REPLIES or any(
        len(turns[i].paragraphs) != 1 or not _DASH_TURN_RE.match(turns[i].paragraphs[0])
        for i in replies
    ):
        return turns
    asked = [turns[i].kind == "question" for i in replies]
    if not any(not a and not b for a, b in itertools.pairwise(asked)):
        return turns  # the replies already take turns
    texts = [turns[i].paragraphs[0] for i in replies]
    addressing = [_addresses_him(text) for text in texts]
    asking = ["?" in text for text in texts]
    for first in (0, 1):
        questions = [n % 2 == first for n in range(len(replies))]
        if any(a and not q for a, q in zip(addressing, questions, strict=True)):
            continue
        if any(
            q and word_count(t) >= _LONG_REPLY_WORDS for q, t in zip(questions, texts, strict=True)
        ):
            continue
        # (What the replies show for this way: those that ask or address him as questions,
        # against those that ask as answers.)
        support = sum(q and (a or d) for a, d, q in zip(asking, addressing, questions, strict=True))
        against = sum(a and not q for a, q in zip(asking, questions, strict=True))
        if support < _MIN_SUPPORT or support < 2 * against:
            continue
        # (The speaker a reply was left with, decided later as a dash reply's.)
        answering = next(turns[i].speaker for i, a in zip(replies, asked, strict=True) if not a)
        out = list(turns)
        for i, question in zip(replies, questions, strict=True):
            turn = turns[i]
            out[i] = Turn(
                speaker=QUESTION_SPEAKER if question else answering,
                labelled=question,
                kind="question" if question else None,
                reset=turn.reset,
                dash=True,
                lines=turn.lines,
                paragraphs=turn.paragraphs,
            )
        return out
    return turns


#: A question this short ("– And what about the Crimea?") may be taken up by a second one.
_SHORT_QUESTION_WORDS = 8
# A reply that tells the one interviewed what he is or does: "– You are usually categorical
# ...", «— Вы обычно ...» (not "You know, ..." or «Вы знаете, ...», which open answers).
_YOU_ARE_RE = re.compile(
    r"^[—–-]\s*(?:you|вы)\s+(?!know\b|see\b|understand\b|mean\b|зна|понима|вид|say\b|говор)"
    r"[^\W\d_]",
    re.IGNORECASE,
)


def _asks_on(question: Turn, paragraphs: list[str]) -> bool:
    """Whether a dash reply right after a short question is the interviewer going on with it:
    it tells the one interviewed what he is ("– You are usually categorical on this issue,
    but ...") and ends on a question ("... it's worth talking about?")."""
    return (
        sum(word_count(p) for p in question.paragraphs) <= _SHORT_QUESTION_WORDS
        and _YOU_ARE_RE.match(paragraphs[0]) is not None
        and asks(paragraphs[-1])
    )


# A reply that opens with a question to "you" and goes on to explain it: "— How do you assess
# the current strategy? It seems that at first they ...".
_ASKS_YOU_FIRST_RE = re.compile(r"^[—–-]\s*[^?.!]{3,300}\?\s+\S")
_YOU_RE = re.compile(r"(?<![^\W\d_])(?:you|your|вы|вас|вам|ваш\w*)(?![^\W\d_])", re.IGNORECASE)


# A reply that opens by addressing the one interviewed by first name and patronymic ("-
# Михаил Владимирович, Вы накануне выступали ..."): the interviewer's, whatever it ends with.
# (Maybe after a greeting: "- Алло, Михаил Юрьевич! Это ...".)
_ADDRESSES_BY_PATRONYMIC_RE = re.compile(
    rf"^[—–-]\s*(?:(?i:алло|здравствуйте|добрый\s+(?:день|вечер)|доброе\s+утро),\s+)?"
    rf"[А-ЯЁ][а-яё]+\s+{_PATRONYMIC_WORD}[,!]"
)


def _addresses_him(line: str) -> bool:
    """Whether a dash reply opens by addressing the one interviewed, by his post or by first
    name and patronymic, or by asking him to comment ("– Valentina, please comment on ..."):
    the interviewer's, whatever it ends with."""
    return bool(
        _ADDRESSES_POST_RE.match(line)
        or _ADDRESSES_BY_PATRONYMIC_RE.match(line)
        or _ASKS_TO_COMMENT_RE.match(line)
    )


# A reply that asks the one interviewed to comment or tell, maybe after his name: "– Valentina,
# please comment on the elections.", «— Расскажите, пожалуйста, о ...».
_ASKS_TO_COMMENT_RE = re.compile(
    r"^[—–-]\s*(?:[A-ZА-ЯЁ][a-zа-яё]+(?:\s+[A-ZА-ЯЁ][a-zа-яё]+)?,\s+)?"
    r"(?:please,?\s+(?:comment|tell\s+us|explain|describe)"
    r"|(?:could|would|can)\s+you\s+(?:please\s+)?(?:comment|tell\s+us|explain|describe)"
    r"|(?:прокомментируйте|расскажите|поясните|объясните)(?![а-яё]))",
    re.IGNORECASE,
)


def _asking_reply(line: str) -> bool:
    """Whether a dash reply is a question: it asks, or addresses the one interviewed."""
    return asks(line) or _addresses_him(line) or _asks_you_then_explains([line])


def _asks_you_then_explains(paragraphs: list[str]) -> bool:
    """Whether a dash reply's first sentence asks "you" something, the rest explaining it."""
    found = _ASKS_YOU_FIRST_RE.match(paragraphs[0])
    return found is not None and _YOU_RE.search(found.group()) is not None


# A reply that opens by addressing the one interviewed by his post ("— Господин посол, ...",
# "- Mr. Ambassador, ..."): the interviewer's, even when it asks without a question mark.
_ADDRESSES_POST_RE = re.compile(
    r"^[—–-]\s*(?:господин|госпожа|уважаем(?:ый|ая)|mr\.?|mrs\.?|ms\.?|madam)\s+"
    r"(?:посол|министр|президент|постпред|представитель|ambassador|minister|president"
    r"|secretary|representative)\b",
    re.IGNORECASE,
)


def interviewers(turns: list[Turn], title_speaker: str | None) -> set[str]:
    """Named labelled speakers who are not officials and mostly ask: interviewers."""
    asked: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for turn in turns:
        if not turn.labelled or turn.kind in ("question", "answer"):
            continue
        if is_known_official(turn.speaker) or turn.speaker == title_speaker:
            continue
        total[turn.speaker] += 1
        asked[turn.speaker] += asks(turn.paragraphs[-1])
    return {name for name, n in total.items() if asked[name] * 2 >= n}
