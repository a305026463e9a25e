"""People a report names in full once and then by less.

A surname alone ("Fidan said"), a first name and patronymic, a nationality and a post ("the
Turkish minister"), a post alone ("the governor", «госсекретарь», «спикер Госдумы»): each rule
is a pass over the report's sayers that gives such a sentence the one person the page named so.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable, Iterator
from functools import lru_cache

from retrieval.names import MAX_ENDING_LETTERS
from retrieval.patterns import may_hold
from retrieval.russian_names import is_first_name_form
from retrieval.speakers import (
    find_known_speaker,
    is_known_official,
    is_post_word,
    is_russian_official,
    person_name,
)
from retrieval.spelling_variants import preferred, spelling_key
from retrieval.text import MONTHS, has_cyrillic, label_key, transliterate
from retrieval.transcript._dates import WEEKDAYS
from retrieval.transcript._quote_marks import mask_quotes
from retrieval.transcript._quote_runs import _masked, _spans
from retrieval.transcript._reader import _NATIONAL_SAYER_RE, _Reader
from retrieval.transcript._references import (
    _AND_WORDS,
    _FORMER_WORDS,
    _REGIONAL_HEADS,
    Ref,
    Sayer,
    _is_post_noun,
    _key,
    _names_post,
)
from retrieval.transcript._say_verbs import _SAY_RE, _SAY_WORDS
from retrieval.transcript._sentence_sayer import (
    _ACCORDING_AT,
    _KNOWN_BY_NAME,
    _RELAYS_WORDS,
    headline_speaker,
)
from retrieval.transcript._subjects import (
    _CLOSING_MARK_BEFORE_RE,
    _CLOSING_WORDS,
    _INSTITUTION_WORDS,
    _PREPOSITIONS,
    _SHORT_SURNAME,
    _SUBORDINATE,
    _TWO_NAMES_RE,
    _clause_before,
    _full_names,
    _person_after,
    _spoken_together,
    _surname_before_post,
)
from retrieval.typos import one_typo

# "Turkish President Recep Tayyip Erdogan", "his Russian counterpart Vladimir Putin": a
# nationality, a post and a name, in the narration.
_NATIONAL_NAME_RE = re.compile(
    # ("Kazakh", "Uzbek", "Tajik", "Kyrgyz", "Slovak": Central Asia's and others' endings.)
    r"(?<![\w-])(?P<nation>[A-Z][a-z]+(?:ish|ian|ese|an|i|ch|kh|[aei]k|yz))\s+"
    r"(?P<post>(?:[A-Za-z-]+\s+){1,3}?)(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})"
)
# "..., the Turkish politician admitted", "the Turkish leader said": a nationality and a noun
# for a person as the subject right before (or after) a verb of saying.
# ("the Paraguayan foreign minister said", "His Russian counterpart recalled": a post of two
# words, a counterpart of the one just named.)
# ("The Hungarian diplomat also noted", "the Iranian top diplomat added": opening a sentence,
# and with a word of rank before the noun.)
_NATIONAL_NOUN = (
    # (Either case: "the British Prime Minister said" as a post's title.)
    r"(?i:(?:(?:foreign|prime|defen[cs]e|deputy|top|chief|senior)\s+)?(?:politician|leader|"
    r"president|minister|diplomat|official|statesman|counterpart))"
)
_NATIONAL_SUBJECT_RE = re.compile(
    rf"(?:^|[,\"”’]\s*|\s)(?:[Tt]he|[Hh]is|[Hh]er)\s+(?P<nation>[A-Z][a-z]+)\s+"
    rf"(?:{_NATIONAL_NOUN}|(?i:head of state))\s+(?:also\s+|has\s+)?"
    rf"(?:{_SAY_WORDS})(?![\w-])"
    rf"|(?<![\w-])(?:{_SAY_WORDS})\s+the\s+(?P<nation2>[A-Z][a-z]+)\s+"
    rf"(?:{_NATIONAL_NOUN}|(?i:head of state))(?![\w-])"
)
# "Paraguay's Foreign Minister Ruben Ramirez Lezcano": a country's post and name.
_COUNTRY_POST_NAME_RE = re.compile(
    r"(?<![\w-])(?P<nation>[A-Z][a-z]+)(?:'s|’s)\s+"
    r"(?P<post>(?:[A-Za-z-]+\s+){1,3}?)(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})"
)


def _of_nation(nation: str, named: dict[str, set[str]]) -> set[str]:
    """The people ``named`` under a nationality ("paraguayan") or its country ("paraguay":
    the adjective starts with the country's name, or with it less its last letter, "china" /
    "chinese")."""
    key = nation.lower()
    people = set(named.get(key, set()))
    for country, found in named.items():
        if country != key and len(country) >= 4 and key.startswith((country, country[:-1])):
            people |= found
    return people


# "Former Russian president, and now ..., Dmitry Medvedev, warned ...", "Бывший премьер
# Израиля ... заявил": a sentence whose subject opens with a former post. Later "The former
# president who ruled ..., said" (or "said the former president") refers back to that person.
_FORMER_POST = (
    r"(?:former|ex-|бывш\w+|экс-)\s*(?:[A-ZА-ЯЁ][\w-]+\s+)?(?P<post>president|prime minister|"
    r"premier|foreign minister|minister|leader|президент\w*|премьер\w*|министр\w*|глав\w+)"
    r"(?![\w-])"
)
_FORMER_OPENING_RE = re.compile(rf"^\W*(?:the\s+)?{_FORMER_POST}", re.IGNORECASE)
_FORMER_AFTER_SAY_RE = re.compile(
    rf"(?<![\w-])(?:{_SAY_WORDS})\s+(?:the\s+)?{_FORMER_POST}", re.IGNORECASE
)


def _former_post(said: str) -> str | None:
    """The post of "the former president" opening a sentence, or right after its verb of
    saying, in lower case and without endings ("president", "премьер")."""
    found = _FORMER_OPENING_RE.match(said) or _FORMER_AFTER_SAY_RE.search(said)
    return found.group("post").lower()[:7] if found else None


def _national_posts(
    paragraphs: list[str], all_sayers: list[list[Sayer]], continued: list[bool], title: str = ""
) -> None:
    """ "..., the Turkish politician admitted": the one person of that nationality the
    narration named before with a post ("Turkish President Recep Tayyip Erdogan"); "the
    former president said": the one person a sentence opening with that former post had say
    something before. With none or two such people the subject stays someone unknown. The
    title's "talks with Chinese Foreign Minister Wang Yi" names one too. Updates
    ``all_sayers`` in place."""
    # Substrings every such subject holds ("the", "[Ff]ormer", "[Бб]ывший", "[Ээ]кс-"): most
    # pages are spared the patterns.
    if not any(" the " in p or "ormer" in p or "ывш" in p or "кс-" in p for p in paragraphs):
        return  # (a page naming a counterpart says "the" too)
    named: dict[str, set[str]] = {}
    _note_national_names(title, named)
    former: dict[str, set[str]] = {}
    sayers: list[str] = []  # who said something so far
    for number, paragraph in enumerate(paragraphs):
        masked = _masked(paragraph, continued[number])
        for i, (a, b) in enumerate(_spans(paragraph)):
            said = masked[a:b]
            sayer = all_sayers[number][i]
            # A former post names one of these words: most sentences are spared the patterns.
            former_words = "ormer" in said or "ex-" in said or "ывш" in said or "кс-" in said
            post = _former_post(said) if former_words else None
            if post and isinstance(sayer, str):
                former.setdefault(post, set()).add(sayer)
            elif post and sayer is Ref.SOMEONE and len(former.get(post, ())) == 1:
                all_sayers[number][i] = sayer = next(iter(former[post]))
            if sayer is Ref.SOMEONE and (
                " the " in said or "The " in said or "counterpart" in said
            ):
                subject = _NATIONAL_SUBJECT_RE.search(said)
                nation = subject and (subject.group("nation") or subject.group("nation2"))
                people = _of_nation(nation, named) if nation else set()
                if len(people) == 1:
                    all_sayers[number][i] = sayer = next(iter(people))
                elif subject and nation and not people:
                    # "the Kazakh leader said": a known person who spoke before, whom the
                    # narration never named with that nationality.
                    known = _known_of_nation(sayers, nation.lower(), subject.group())
                    all_sayers[number][i] = sayer = known or Ref.SOMEONE
            if isinstance(sayer, str) and sayer not in sayers:
                sayers.append(sayer)
            _note_national_names(said, named)


def _note_national_names(said: str, named: dict[str, set[str]]) -> None:
    """Adds to ``named`` (nationality -> people) those ``said`` names with a nationality and a
    post ("Turkish President Recep Tayyip Erdogan")."""
    found_names = [*_NATIONAL_NAME_RE.finditer(said), *_COUNTRY_POST_NAME_RE.finditer(said)]
    for found in found_names:
        posts = found.group("post").split()
        if not all(_is_post_noun(_key(w)) or _key(w) in _NATIONAL_POSTS for w in posts):
            continue
        # The name runs on past the match ("Foreign Minister Seyed Abbas Araghchi": the lazy
        # post leaves "Minister Seyed Abbas" to the name).
        first = _key(found.group("name").split()[0])
        more = _CAPITALISED_RUN_RE.match(said, found.end("name")) if is_post_word(first) else None
        span = found.group("name") + (more.group() if more else "")
        if name := person_name(span):
            named.setdefault(found.group("nation").lower(), set()).add(name)


_CAPITALISED_RUN_RE = re.compile(r"(?:\s+[A-Z][\w'’-]+){1,2}")


# A Russian post of a country's leader or minister: «президент», «лидер», «глава МИД»,
# «премьер-министр», «министр иностранных дел» (in any case).
_RU_NATIONAL_POST = (
    r"(?:президент\w*|лидер\w*|премьер(?:-министр)?\w*|глав\w+\s+(?:МИД|государства|"
    r"правительства)|министр\w*\s+иностранных\s+дел)"
)
# «глава венгерского МИД», «главы турецкого внешнеполитического ведомства»: a post whose
# nation's adjective stands inside it, in the genitive, in any case of «глава».
_RU_INNER_NATIONAL_POST = (
    r"[Гг]лав\w+\s+(?P<{}>[а-яё]+[сц]к(?:ого|ой))\s+(?:МИД\w*|внешнеполитического\s+ведомства|"
    r"дипломатии|правительства|государства)(?![\w-])"
)
# «Лидер Белоруссии Александр Лукашенко», «президента Казахстана Касым-Жомарта Токаева»: a
# post, a country (genitive) and a name; «белорусский лидер Александр Лукашенко»: a nation's
# adjective, a post and a name.
_RU_NATIONAL_NAME_RE = re.compile(
    rf"(?<![\w-])(?:(?i:{_RU_NATIONAL_POST})\s+(?P<country>[А-ЯЁ][а-яё]+)|"
    rf"(?P<adjective>[А-ЯЁа-яё]+[сц]к(?:ий|ого|ому|им|ом|ая|ой|ую))\s+(?i:{_RU_NATIONAL_POST})|"
    rf"{_RU_INNER_NATIONAL_POST.format('inner')})\s+"
    r"(?P<name>[А-ЯЁ][\w-]+\s+[А-ЯЁ][\w-]+)(?P<more>(?:\s+[А-ЯЁ][\w-]+){0,2})"
)
# «белорусский лидер», «турецкий министр», «венгерский дипломат» (a nation's adjective and a
# post; «министр», «дипломат» alone only here, beside the adjective).
# ("турецкий министр обороны" is another minister: «министр» alone only before no word of
# its field.)
_RU_ADJECTIVE_POST = rf"(?i:{_RU_NATIONAL_POST}|министр\w*(?!\s+[а-яё])|дипломат\w*)"
# «Президент Белоруссии отметил», «— сказал президент Белоруссии», «Белорусский лидер
# заявил», «— заявил белорусский лидер», «— написал глава венгерского МИД», «По словам
# главы украинского МИДа, ...»: such a post as the subject right by its verb of saying (or
# opening whose words a sentence gives), with no name.
_RU_NATIONAL_SUBJECT_RE = re.compile(
    rf"(?:^|[,.»\"]\s*|\s)(?:(?i:{_RU_NATIONAL_POST})\s+(?P<country>[А-ЯЁ][а-яё]+)|"
    rf"(?P<adjective>[А-ЯЁа-яё]+[сц]к(?:ий|ая))\s+(?i:{_RU_NATIONAL_POST})|"
    rf"{_RU_INNER_NATIONAL_POST.format('inner')})\s+(?:{_SAY_WORDS})"
    rf"(?![\w-])"
    rf"|(?<![\w-])(?:{_SAY_WORDS})\s+(?:(?i:{_RU_NATIONAL_POST})\s+(?P<country2>[А-ЯЁ][а-яё]+)|"
    rf"(?P<adjective2>[а-яё]+[сц]к(?:ий|ая))\s+{_RU_ADJECTIVE_POST}|"
    rf"{_RU_INNER_NATIONAL_POST.format('inner2')})(?![\w-])"
    rf"|^\W*(?i:по\s+(?:словам|мнению|оценке|данным))\s+"
    rf"{_RU_INNER_NATIONAL_POST.format('inner3')}"
)
#: Letters of a country's or nation's word that name it in any case and as an adjective
#: («Белоруссии», «белорусский»; «Японии», «японский»; «Китая», «китайский»).
_NATION_STEM_LETTERS = 4


#: Stems of one country whose adjective or other name parts from it within those letters:
#: «Беларусь» / «Белоруссия», «белорусский»; «Турции» / «турецкий»; «Армении» / «армянский»;
#: «Финляндии» / «финский»; «Германии» / «немецкий».
_SAME_NATION_STEMS = {
    "бела": "бело",
    "туре": "турц",
    "армя": "арме",
    "финс": "финл",
    "неме": "герм",
}


def _nation_stem(found: re.Match[str]) -> str:
    word = next(found.group(g) for g in found.re.groupindex if g != "name" and found.group(g))
    stem = word.lower()[:_NATION_STEM_LETTERS]
    return _SAME_NATION_STEMS.get(stem, stem)


# Known people of other countries whom a story may name by their nation and post alone
# («белорусский лидер», "the Kazakh leader", «глава венгерского МИД») without having named
# them so: their nation's stem (as _nation_stem reads it), its English adjective, and their
# post (a president, a head of government, a foreign minister).
_KNOWN_NATIONS = {
    "Alexander Lukashenko": ("бело", "belarusian", "president"),
    "Maxim Ryzhenkov": ("бело", "belarusian", "minister"),
    "Recep Tayyip Erdogan": ("турц", "turkish", "president"),
    "Hakan Fidan": ("турц", "turkish", "minister"),
    "Kassym-Jomart Tokayev": ("каза", "kazakh", "president"),
    "Aleksandar Vucic": ("серб", "serbian", "president"),
    "Viktor Orban": ("венг", "hungarian", "premier"),
    "Peter Szijjarto": ("венг", "hungarian", "minister"),
    "Masoud Pezeshkian": ("иран", "iranian", "president"),
    "Abbas Araghchi": ("иран", "iranian", "minister"),
    "Narendra Modi": ("инди", "indian", "premier"),
    "Subrahmanyam Jaishankar": ("инди", "indian", "minister"),
    "Nikol Pashinyan": ("арме", "armenian", "premier"),
    "Ararat Mirzoyan": ("арме", "armenian", "minister"),
    "Jeyhun Bayramov": ("азер", "azerbaijani", "minister"),
    "Shavkat Mirziyoyev": ("узбе", "uzbek", "president"),
    "Emomali Rahmon": ("тадж", "tajik", "president"),
    "Fumio Kishida": ("япон", "japanese", "premier"),
    "Emmanuel Macron": ("фран", "french", "president"),
    "Benjamin Netanyahu": ("изра", "israeli", "premier"),
}


def _post_role(post: str) -> str | None:
    """Which of the posts of :data:`_KNOWN_NATIONS` a post's words give ("leader": a
    president's or a head of government's), or None ("official", "defence minister")."""
    text = post.lower()
    if "премьер" in text or "правительства" in text or "prime" in text or "premier" in text:
        return "premier"
    if any(w in text for w in ("мид", "внешнеполит", "дипломат", "министр", "minister")):
        return None if "defen" in text or "deputy" in text else "minister"
    if "diplomat" in text:
        return "minister"
    if "президент" in text or "государства" in text or "president" in text or "of state" in text:
        return "president"
    return "leader" if "лидер" in text or "leader" in text else None


def _known_of_nation(sayers: list[str], nation: str, post: str) -> str | None:
    """The one person among ``sayers`` (people the page had say something) whom
    :data:`_KNOWN_NATIONS` gives that nation (a Russian stem or an English adjective) and
    post; None with none or two."""
    role = _post_role(post)
    if role is None:
        return None
    found = {
        person
        for person in sayers
        if (known := _KNOWN_NATIONS.get(person))
        and nation in known[:2]
        and (known[2] == role or (role == "leader" and known[2] != "minister"))
    }
    return found.pop() if len(found) == 1 else None


def _russian_national_posts(
    paragraphs: list[str], all_sayers: list[list[Sayer]], continued: list[bool], title: str = ""
) -> None:
    """ "Президент Белоруссии отметил", "— сказал президент Белоруссии": the one person the
    narration named before with a post of that country ("Белорусский лидер Александр
    Лукашенко", "Лидер Белоруссии Александр Лукашенко"), as :func:`_national_posts` reads
    "the Turkish leader said". With none or two such people the subject stays someone
    unknown. Updates ``all_sayers`` in place."""
    if not any(has_cyrillic(p) for p in paragraphs):
        return
    named: dict[str, set[str]] = {}
    # ("Лукашенко: пусть Запад спит спокойно" over the story: the title's speaker has spoken.)
    sayers = [speaker] if title and (speaker := headline_speaker(title)) else []
    for number, paragraph in enumerate(paragraphs):
        masked = _masked(paragraph, continued[number])
        for i, (a, b) in enumerate(_spans(paragraph)):
            said = masked[a:b]
            if all_sayers[number][i] is Ref.SOMEONE:
                subject = _RU_NATIONAL_SUBJECT_RE.search(said)
                people = named.get(_nation_stem(subject), set()) if subject else set()
                if len(people) == 1:
                    all_sayers[number][i] = next(iter(people))
                elif subject and not people:
                    # «Белорусский лидер считает»: a known person who spoke before, whom the
                    # page never named by that post.
                    known = _known_of_nation(sayers, _nation_stem(subject), subject.group())
                    all_sayers[number][i] = known or Ref.SOMEONE
            if isinstance(sayer := all_sayers[number][i], str) and sayer not in sayers:
                sayers.append(sayer)
            for found in _RU_NATIONAL_NAME_RE.finditer(said):
                # A known name of more words («президента Мьянмы Мин Аун Хлайном»), else
                # the first and the surname.
                longer = person_name(found.group("name") + found.group("more"))
                name = (
                    longer
                    if found.group("more") and longer and is_known_official(longer)
                    else person_name(found.group("name"))
                )
                if name and len(name.split()) >= 2:
                    named.setdefault(_nation_stem(found), set()).add(name)


def _named_under(
    paragraphs: list[str],
    all_sayers: list[list[Sayer]],
    continued: list[bool],
    subject_key: Callable[[str], str | None],
    names: Callable[[str], Iterator[tuple[str, str]]],
) -> None:
    """Gives each sentence whose sayer is someone we cannot name the one person the narration
    named before under the key its subject has (``subject_key``: a country, a post); ``names``
    yields the (key, person) pairs a sentence names. With none or two such people the subject
    stays someone unknown. Updates ``all_sayers`` in place."""
    named: dict[str, set[str]] = {}
    for number, paragraph in enumerate(paragraphs):
        masked = _masked(paragraph, continued[number])
        for i, (a, b) in enumerate(_spans(paragraph)):
            said = masked[a:b]
            if all_sayers[number][i] is Ref.SOMEONE and (key := subject_key(said)):
                people = named.get(key, set())
                if len(people) == 1:
                    all_sayers[number][i] = next(iter(people))
            for key, name in names(said):
                named.setdefault(key, set()).add(name)


# A foreign post with no country as the subject right by its verb of saying: «— добавил
# госсекретарь», «Канцлер отметил», «— заявил генсек» (a post the reader itself cannot name).
_RU_FOREIGN_POST = r"(?P<post>госсекретар|канцлер|генсек)[а-яё]{0,3}"
_RU_FOREIGN_POST_SUBJECT_RE = re.compile(
    rf"(?:^|[,.»\"]\s*|\s)(?i:{_RU_FOREIGN_POST})\s+(?:{_SAY_WORDS})(?![\w-])"
    rf"|(?<![\w-])(?:{_SAY_WORDS})\s+(?i:{_RU_FOREIGN_POST.replace('post', 'post2')})"
    rf"(?![\w-])"
)


# A military rank before a name, «генерал армии Сергей Шойгу», "General Valery Gerasimov",
# and the rank alone as the subject by its verb: «Генерал армии объяснил», "the general said".
_RANK = r"(?P<rank>генерал|адмирал|маршал|general|admiral|marshal)"
_RANK_NAME_RE = re.compile(
    rf"(?<![\w-])(?i:{_RANK})[а-яё]{{0,3}}(?:\s+(?i:армии|army))?\s+"
    r"(?P<name>[A-ZА-ЯЁ][\w'’-]+\s+[A-ZА-ЯЁ][\w'’-]+)"
)
_RANK_SUBJECT_RE = re.compile(
    rf"(?:^|[,.»\"”]\s*|\s)(?:(?i:the)\s+)?(?i:{_RANK})[а-яё]{{0,3}}(?:\s+(?i:армии|army))?\s+"
    rf"(?:also\s+|также\s+)?(?:{_SAY_WORDS})(?![\w-])"
    rf"|(?<![\w-])(?:{_SAY_WORDS})\s+(?:the\s+)?(?i:{_RANK.replace('rank', 'rank2')})[а-яё]{{0,3}}"
    rf"(?:\s+(?i:армии|army))?(?![\w-])"
)
#: Letters of a post or rank that key it in any case («генерал», «генералом»).
_RANK_KEY = 11
_FOREIGN_POST_ANCHORS_RE = re.compile(
    r"секретар|анцлер|енсек|енерал|дмирал|аршал|eneral|dmiral|arshal"
)


def _foreign_posts_again(
    paragraphs: list[str], all_sayers: list[list[Sayer]], continued: list[bool]
) -> None:
    """ "«...», — добавил госсекретарь", «Генерал армии объяснил», "the general said": the
    one person the narration named before with that post or rank («встретился с
    госсекретарем США Рубио»: a known person by surname alone too; «генерал армии Сергей
    Шойгу»). With none or two such people the subject stays someone unknown. Updates
    ``all_sayers`` in place."""
    if not any(_FOREIGN_POST_ANCHORS_RE.search(p) for p in paragraphs):
        return

    def post(said: str) -> str | None:
        subject = _RU_FOREIGN_POST_SUBJECT_RE.search(said) or _RANK_SUBJECT_RE.search(said)
        word = subject and next((g for g in subject.groups() if g), None)
        return word.lower()[:_RANK_KEY] if word else None

    def holders(said: str) -> Iterator[tuple[str, str]]:
        for name, held in _posted_in_russian(said):
            yield held[:_RANK_KEY], name
        for found in _RANK_NAME_RE.finditer(said):
            ranked = person_name(found.group("name"))
            if ranked and len(ranked.split()) >= 2:
                yield found.group("rank").lower()[:_RANK_KEY], ranked

    _named_under(paragraphs, all_sayers, continued, post, holders)


# An English post's head noun: "External Affairs Minister", "Foreign Secretary".
_POST_HEAD = (
    r"(?:minister|secretary|spokesperson|spokesman|spokeswoman|ambassador|envoy|chancellor|"
    r"premier|adviser|advisor|commissioner|governor|speaker)"
)
# "External Affairs Minister S Jaishankar", "Commerce and Industry Minister Piyush Goyal": a
# post of capitalised words right before a name, in the narration.
_POST_BEFORE_NAME_RE = re.compile(
    rf"(?<![\w-])(?P<post>(?:[A-Z][a-z]+\s+(?:and\s+)?){{1,3}}(?i:{_POST_HEAD}))\s+"
    r"(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w'’-]+){1,2})"
)
# "The external affairs minister also said", "..., the deputy prime minister added": that post
# in lower case as the subject by its verb of saying.
_POST_SUBJECT_RE = re.compile(
    rf"(?:^|[,\"”’]\s*|\s)[Tt]he\s+(?P<post>(?:[a-z]+\s+){{1,3}}{_POST_HEAD})\s+"
    rf"(?:also\s+|further\s+)?(?:{_SAY_WORDS})(?![\w-])"
    rf"|(?<![\w-])(?:{_SAY_WORDS})\s+the\s+(?P<post2>(?:[a-z]+\s+){{1,3}}{_POST_HEAD})(?![\w-])"
)


def _post_named_next(
    paragraphs: list[str], all_sayers: list[list[Sayer]], continued: list[bool]
) -> None:
    """A wire's lead that gives the sayer by post alone, naming him in the next paragraph
    ("Russia's Stabilization Fund stood at ..., the finance minister said Thursday." / "Alexei
    Kudrin said the fund ..."): the post is the one named there, when the lead names no one in
    full and he is no other country's known official. Updates ``all_sayers`` in place."""
    said = [n for n, sayers in enumerate(all_sayers) if any(s is not None for s in sayers)]
    if len(said) < 2 or said[1] != said[0] + 1:
        return
    lead, after = said[0], said[1]
    sayers = all_sayers[lead]
    if any(isinstance(s, str) for s in sayers) or not any(
        s in (Ref.OWN_POST, Ref.SOMEONE) for s in sayers
    ):
        return
    if _full_names(paragraphs[lead]):
        return
    person = next((s for s in all_sayers[after] if s is not None), None)
    if (
        not isinstance(person, str)
        or person not in _full_names(paragraphs[after])
        or (is_known_official(person) and not is_russian_official(person))
    ):
        return
    masked = _masked(paragraphs[lead], continued[lead])
    for i, (a, b) in enumerate(_spans(paragraphs[lead])):
        if sayers[i] in (Ref.OWN_POST, Ref.SOMEONE) and _POST_SUBJECT_RE.search(masked[a:b]):
            sayers[i] = person


def _posts_named_before(
    paragraphs: list[str], all_sayers: list[list[Sayer]], continued: list[bool]
) -> None:
    """ "The external affairs minister also said ...": the one person the page named before
    with that very post ("External Affairs Minister S Jaishankar"); with none or two, no one.
    A post of our own side alone ("the foreign minister") is read elsewhere (Ref.OWN_POST).
    Updates ``all_sayers`` in place."""
    if not any(" the " in p or "The " in p for p in paragraphs):
        return
    named: dict[str, set[str]] = {}
    for number, paragraph in enumerate(paragraphs):
        masked = _masked(paragraph, continued[number])
        for i, (a, b) in enumerate(_spans(paragraph)):
            said = masked[a:b]
            if all_sayers[number][i] is Ref.SOMEONE and (found := _POST_SUBJECT_RE.search(said)):
                post = " ".join((found.group("post") or found.group("post2")).split())
                people = named.get(post, set())
                if len(people) == 1:
                    all_sayers[number][i] = next(iter(people))
            for found in _POST_BEFORE_NAME_RE.finditer(said):
                if name := person_name(found.group("name")):
                    post = " ".join(found.group("post").lower().split())
                    named.setdefault(post, set()).add(name)


# Adverbs that may stand between a surname and its verb ("Матвиенко вновь заявила", "Fidan
# again said"; no auxiliary: "Fidan was asked" is a question to him).
_SURNAME_ADVERBS = (
    "also|has|had|again|later|earlier|already|previously|repeatedly|still|further|reportedly|"
    "также|тоже|ранее|прежде|уже|вновь|снова|неоднократно|затем|потом"
)
# A post written before a surname after the verb of saying ("said Foreign Minister Fidan",
# «заявил посол Кулик»), one or two words.
_TITLE_BEFORE_SURNAME = (
    r"(?:(?:Deputy|First|Foreign|Prime|Vice)\s+)?(?:Ambassador|Minister|President|Secretary|"
    r"Senator|Envoy|Chancellor|Premier|Governor|Mayor|Chairman|Chairwoman|Spokesman|"
    r"Spokeswoman|Spokesperson|General|Professor|Prof\.|Dr\.)"
    r"|посол|министр|президент|премьер|сенатор|генсек|губернатор|мэр|спикер|дипломат"
)
# A capitalised word right before a verb of saying ("Fidan said", "Фидан заявил") or right
# after it ('"...," said Fidan.'): a surname, perhaps.
_SURNAME_SAYS_RE = re.compile(
    rf"(?:^|(?<=[\s,\"”»–—-]))(?P<before>[A-ZА-ЯЁ][a-zа-яёà-öø-ÿ'’-]{{2,}})\s+"
    # («Кудрин в интервью телеканалу Russia Today заявил»: where he said it, a few words.)
    r"(?:(?:в|во)\s+(?:интервью|беседе|эфире|разговоре)(?:\s+[^\s,.;:!?]+){0,4}?\s+)?"
    # ("Kadakin in October had said that ...": when, in a month or on a day.)
    r"(?:(?:in|on)\s+(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)?"
    rf"(?:(?:{_SURNAME_ADVERBS})\s+){{0,2}}"
    rf"(?:{_SAY_WORDS})(?![\w-])"
    rf"|(?<![\w-])(?:{_SAY_WORDS})\s+"
    # («— ответил журналистам Евраев»: whom he answered, then the surname.)
    r"(?:(?:журналистам|корреспондентам|корреспонденту|репортерам|репортёрам|собравшимся)\s+)?"
    r"(?:(?:господин|госпожа|г-н|г-жа|Mr\.?|Mrs\.?|Ms\.?)\s+)?"
    # ('"...," said Ambassador Shava during a briefing': his post before the surname.)
    rf"(?:(?:{_TITLE_BEFORE_SURNAME})\s+)?"
    # (Accented letters: "said Mr. Malayán".)
    rf"(?P<after>[A-ZА-ЯЁ][a-zа-яёà-öø-ÿ'’-]{{2,}})(?=[\s.,;:!?]|$)",
    re.IGNORECASE,
)


# A Russian plural verb of saying: «сказали», «заявили», «отметили».
_JOINT_SAY_RE = re.compile(rf"(?<![\w-])(?:{_SAY_WORDS})(?<=ли)(?![\w-])", re.IGNORECASE)


_TOLD_RE = re.compile(r"(?:told|tells|asked|asks)\s", re.IGNORECASE)


def _capitalised_surname_says(said: str) -> re.Match[str] | None:
    """The first _SURNAME_SAYS_RE match whose word is capitalised ("Asked whether ...,
    Mahmud said": not "asked whether"); else the first match, if any."""
    first = None
    at = 0
    # (Matches may overlap: "but [a quote blanked] said Zakharov" holds "but ... said" and
    # "said Zakharov".)
    while (found := _SURNAME_SAYS_RE.search(said, at)) is not None:
        word = found.group("before") or found.group("after")
        # (Not "The patriarch told Lavrov": after "told" the one told.)
        if word and word[0].isupper() and (first is None or not _TOLD_RE.match(found.group())):
            return found
        first = first or found
        at = found.start() + 1
    return first


_HONORIFIC_RE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Mister|Madam|Господин|Госпожа)\.?\s*$")


def _surnames_again(
    paragraphs: list[str],
    all_sayers: list[list[Sayer]],
    continued: list[bool],
    main: str | None = None,
) -> None:
    """'"We are ready to help," Fidan said.': a surname alone names the one person named in
    full as a sayer before it ("Turkish Foreign Minister Hakan Fidan said ..."), someone the
    table of known people may not hold; with two people of that surname it names no one. So
    does a surname before words set off by commas ("Cavusoglu, in his turn, said"). Updates
    ``all_sayers`` in place. ``main``: the page's own speaker, whose surname names him from
    the first sentence on ("Ambassador Alipov acknowledged ..." in the lead over his
    interview)."""
    surnames: dict[str, set[str]] = {}
    own = set(_surname_keys(main)) if main is not None and len(main.split()) >= 2 else set()
    own_surnames = {key: {main} for key in own if main}
    # The people named in full as sayers anywhere on the page, whom a typo of the surname may
    # name before they are ("Peshkov said" above "Peskov said"); made when first needed.
    page_surnames: dict[str, set[str]] | None = None
    # "... with his Egyptian counterpart Nabil Fahmy": people named in full by post in the
    # narration, whom "Fahmy said" names further on when the surname opens the sentence or
    # closes a quote (never inside a clause: "after President Joe Biden called Putin ...").
    posted: dict[str, set[str]] = {}
    for number, paragraph in enumerate(paragraphs):
        # The paragraph's sentences and masked text only when a sentence needs them.
        spans: list[tuple[int, int]] | None = None
        masked = ""
        for person in (*_posted_names(paragraph), *_subject_names(paragraph)):
            _add_surnames(posted, person)
        for i, sayer in enumerate(all_sayers[number]):
            if isinstance(sayer, str) and (initialled := _INITIALLED_RE.match(sayer)):
                # "— подчеркнул А. Алексеев", «По словам А.Алексеева» after "... заместитель
                # министра Александр Алексеев": the one person of that surname (in any case)
                # and initial named in full before, as a sayer or by post.
                key = _word_key(initialled.group("surname"))
                people = _initialled_people(key, surnames) or _initialled_people(key, posted)
                if people and (one := _one_person(people)) and one[:1] == sayer[:1]:
                    all_sayers[number][i] = one
                continue
            if isinstance(sayer, str) and len(sayer.split()) >= 2:
                _add_surnames(surnames, sayer)
                continue
            if sayer is not Ref.SOMEONE:
                continue
            if spans is None:
                spans, masked = _spans(paragraph), _masked(paragraph, continued[number])
            a, b = spans[i]
            if (joint := _JOINT_SAY_RE.search(masked[a:b])) and (
                together := _spoken_together(masked[a : a + joint.start()], joint.group())
            ):
                # (Each of those who spoke together is named again by his surname alone:
                # «— отметил Малков», «По словам Егорова».)
                for person in together:
                    _add_surnames(surnames, person)
                continue
            if (local := _LOCAL_HEAD_SAYS_RE.match(masked[a:b])) and (
                one := _local_head(local.group("post"), paragraphs)
            ):
                # "Губернатор добавил, что ...": the one person the page names in full with
                # that post ("Губернатор Курской области Роман Старовойт").
                all_sayers[number][i] = one
                continue
            if (head := _ABBREVIATED_HEAD_RE.search(masked[a:b])) and (
                one := _abbreviated_head(head.group("abbr") or head.group("abbr2"), paragraphs)
            ):
                # "Глава СВР отметил ...": the one person the page names in full as the head
                # of the body whose initials those are ("Директор Службы внешней разведки"),
                # before or after (a teaser over the story names him by post alone).
                all_sayers[number][i] = one
                continue
            if (national := _NATIONAL_SAYER_RE.match(masked[a:b])) and (
                one := _national_person(national.group("adj"), paragraphs[: number + 1])
            ):
                # "The Jordanian diplomat hailed ...": the one person the page named in full
                # with that nationality before his post ("Jordanian Ambassador to Russia X").
                all_sayers[number][i] = one
                continue
            found = (
                _short_family_says(masked[a:b])
                or _QUOTED_SURNAME_RE.search(masked[a:b])
                or _capitalised_surname_says(masked[a:b])
                or _SURNAME_THEN_SAYING_RE.match(masked[a:b])
            )
            word = found and (found.group("before") or found.group("after"))
            if (relayed := _RELAYED_SURNAME_RE.search(masked[a:b])) and (
                one := _relayed_person(relayed.group("surname"), surnames, posted)
                # (The page's own speaker, named in full only further down: «"...", —
                # передает слова Нестеренко корреспондент» opening the story.)
                or _relayed_person(relayed.group("surname"), own_surnames, {})
            ):
                # «..., — приводит слова Андреева ТАСС»: the one person of that surname (in
                # the genitive or accusative) named in full before, as a sayer or by post.
                all_sayers[number][i] = one
                continue
            if according := _ACCORDING_SURNAME_RE.match(masked[a:b]):
                # "По словам Матвиенко, она не ...": the one person of that surname (in the
                # genitive) named in full as a sayer before.
                people = _surname_people(according.group("surname"), surnames)
                if people is not None and (one := _one_person(people)):
                    all_sayers[number][i] = one
                elif people is None and (
                    posted_one := _namesake_by_post(according.group("surname"), paragraphs)
                ):
                    all_sayers[number][i] = posted_one
                continue
            opening: str | None = None  # the words before a surname that opens the sentence
            if found and word and word[0].isupper() and found.group("before"):
                if _TWO_NAMES_RE.search(masked[a : a + found.end("before")]):
                    continue  # "Fahmy and Lavrov announced ...": two people, no one sayer
                opening = masked[a : a + found.start("before")]
            elif not (found and word and word[0].isupper()):
                # "Cavusoglu, in his turn, said ...": words set off between surname and verb.
                word, opening = _surname_set_off(masked[a:b])
            if not word or not word[0].isupper():
                continue
            key = _word_key(word)
            people = surnames.get(key)
            if people is None and opening is not None:
                # (The quote before it is blanked in ``masked``: '"...," Fahmy added'.)
                raw = paragraph[a : a + len(opening)]
                # ("Mr. Gunawardena said ...": an honorific is no opening words.)
                bare = _HONORIFIC_RE.sub("", opening).strip()
                if not bare or re.search(r"[,\"”»]\s*$", raw):
                    people = posted.get(key)
            elif (
                people is None
                and found
                and found.group("after")
                # (the sentence may start at the dash: «...!» — сказал Петров)
                and re.search(r"[,\"”»]\s*(?:[–—-]\s*)?$", paragraph[: a + found.start()])
            ):
                # «...», — ответил Петров, '"...," said Mr. Malayán': the verb right after the
                # quote, the surname after it, of the one person the narration named in full
                # by post.
                people = posted.get(key)
            if people is None and key in own and main is not None:
                # The page's own speaker by surname, where it opens the sentence or follows a
                # post or a quote ("Ambassador Alipov acknowledged", '"...," Alipov said'),
                # never after a preposition ("на встрече с Матвиенко попросила").
                before = paragraph[a : a + found.start()] if found else ""
                last = before.split()[-1] if before.split() else ""
                if (
                    not before.strip()
                    or is_post_word(label_key(last))
                    or re.search(r"[,\"”»]\s*[–—-]?\s*$", before)
                    # «На своей странице в Facebook Захарова заявила»: a circumstance first,
                    # the surname right before its verb (not a preposition's object).
                    or (
                        has_cyrillic(word)
                        and found is not None
                        and bool(found.group("before"))
                        and label_key(last) not in _PREPOSITIONS
                    )
                ):
                    people = {main}
            if people is None and (found or opening is not None) and not find_known_speaker(word):
                # '"...," Uashakov added.': a typo of the surname of one person named in full
                # as a sayer before ("Presidential Aide Yury Ushakov said").
                people = _misspelt_surname(key, surnames)
                if people is None:
                    # "Peshkov said ..." (a machine translation's typo) on a page whose later
                    # "Peskov said" names the known official: his, even before that.
                    if page_surnames is None:
                        page_surnames = {}
                        for sayer_of_page in itertools.chain.from_iterable(all_sayers):
                            if isinstance(sayer_of_page, str) and len(sayer_of_page.split()) >= 2:
                                _add_surnames(page_surnames, sayer_of_page)
                    near = _misspelt_surname(key, page_surnames)
                    typo_of = _one_person(near) if near is not None else None
                    people = {typo_of} if typo_of and is_known_official(typo_of) else None
            if people is None and found and word.isascii():
                # '"...", – said Zakharov.': a machine translation dropped the ending of the
                # woman named in full before ("Maria Zakharova"), when no one on the page
                # bears the surname as written.
                people = _ending_dropped(key, surnames, paragraphs)
            if people is None and found and (posted_one := _namesake_by_post(word, paragraphs)):
                # «..., - сказал Иванов» on a page that names «глава МИД РФ»: of the known
                # Ivanovs, the one who held the post the page names.
                people = {posted_one}
            if people is None and found and is_first_name_form(key):
                # 'Calling himself a "committed Russophile", Boris said:': a first name alone,
                # as a familiar story writes it, names the one person named in full with it.
                people = {
                    person
                    for named in (*surnames.values(), *posted.values())
                    for person in named
                    if _word_key(person.split()[0]) == key
                } or None
            if people is not None and (one := _one_person(people)):
                all_sayers[number][i] = person = one
                # Now a sayer: "..., the ministry cited Wang as saying" further on names him
                # too ("Wang noted ..." had named him through the post that introduced him).
                _add_surnames(surnames, person)


#: The nationality stands this many characters before the name at most ("Jordanian
#: Ambassador to the Russian Federation Amjad Odeh Adaileh").
_NATIONAL_POST_CHARS = 80


# "Глава СВР отметил", "Директор ФСБ также прокомментировал": a body's head by its initials.
_HEAD_OF = r"(?:[Гг]лава|[Дд]иректор|[Рр]уководитель|[Пп]редседатель)"
_ABBREVIATED_HEAD_RE = re.compile(
    rf"^\W*{_HEAD_OF}\s+(?P<abbr>[А-ЯЁ]{{2,6}})"
    rf"(?:\s+(?:РФ|России))?(?:\s+(?:также|еще|ещё|тогда|затем|же))?\s+(?:{_SAY_WORDS})(?![\w-])"
    # ('"...", - добавил глава МЧС РФ.': the post after the verb, closing a quote.)
    # (It ends the clause: "высказал глава МИД Эстонии" is another country's.)
    rf"|(?<![\w-])(?:{_SAY_WORDS})\s+{_HEAD_OF}\s+(?P<abbr2>[А-ЯЁ]{{2,6}})"
    r"(?:\s+(?:РФ|России))?(?=\s*(?:[.,;!?]|$))"
)
# The same post before the name, the body by its initials: "Глава МЧС России Сергей Шойгу".
_ABBREVIATED_HEAD_NAME_RE = re.compile(
    rf"{_HEAD_OF}\s+(?P<abbr>[А-ЯЁ]{{2,6}})(?:\s+(?:РФ|России))?\s+"
    r"(?P<name>[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+)"
)
# A head's post spelled out before his name: "Директор Службы внешней разведки РФ Сергей
# Нарышкин" (the body's words, then the name).
_SPELT_HEAD_RE = re.compile(
    r"(?:[Гг]лав[аеуы]|[Дд]иректор\w*|[Рр]уководител\w*|[Пп]редседател\w*)\s+"
    r"(?P<body>(?:[А-ЯЁа-яё-]+\s+){1,5}?)(?:(?:РФ|России|Российской\s+Федерации)\s+)?"
    r"(?P<name>[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+)"
)


# A region's or a city's head by his post alone, as a sentence's subject: "Губернатор добавил",
# "Мэр также отметил", "The governor said".
_LOCAL_HEAD_SAYS_RE = re.compile(
    r"^\W*(?:[Tt]he\s+)?(?P<post>[Гг]убернатор|[Мм]эр|[Gg]overnor|[Mm]ayor)\s+"
    rf"(?:(?:также|еще|ещё|тогда|затем|also|further|then)\s+)?(?:{_SAY_WORDS})(?![\w-])"
)


# A region's or a city's head by post as the subject of a verb of saying, before it («на
# заседании губернатор заявила») or after it («— заключила губернатор», «— заявила глава
# города»); nominative forms only («губернатора» is someone else's: his deputy's).
_REGIONAL_POST = (
    r"(?:губернатор|мэр|глава\s+(?:города|региона|области|края|столицы)|governor|mayor)"
)
_REGIONAL_POST_SAYS_RE = re.compile(
    rf"(?<![\w-])(?:the\s+)?{_REGIONAL_POST}\s+(?:(?:{_SURNAME_ADVERBS})\s+)?(?:{_SAY_WORDS})"
    rf"(?![\w-])|(?<![\w-])(?:{_SAY_WORDS})\s+(?:the\s+)?{_REGIONAL_POST}(?![\w-])",
    re.IGNORECASE,
)


#: Known speakers who have chaired a chamber of Russia's parliament: "the speaker said" on a
#: page that names one of them in full is them.
_CHAMBER_SPEAKERS = frozenset(
    {"Vyacheslav Volodin", "Valentina Matviyenko", "Sergey Naryshkin", "Boris Gryzlov"}
)
# A chamber's speaker by post as the subject of a verb of saying: "the speaker recalled", "the
# Duma speaker said", '"...," said the speaker', «спикер Госдумы подчеркнул».
_CHAMBER_SPEAKER = (
    r"(?:(?:state\s+duma|duma|parliament(?:ary)?|senate|federation\s+council)\s+)?speaker"
    r"|спикер(?:\s+(?:Госдумы|ГД|Совфеда|Совета\s+Федерации|парламента|палаты))?"
)
_CHAMBER_SPEAKER_SAYS_RE = re.compile(
    rf"(?<![\w-])(?:the\s+)?(?:{_CHAMBER_SPEAKER})\s+(?:(?:{_SURNAME_ADVERBS})\s+)?"
    rf"(?:{_SAY_WORDS}|went\s+on\s+to\s+say)(?![\w-])"
    rf"|(?<![\w-])(?:{_SAY_WORDS})\s+(?:the\s+)?(?:{_CHAMBER_SPEAKER})(?![\w-])",
    re.IGNORECASE,
)


def _chamber_speaker_by_post(
    paragraphs: list[str], all_sayers: list[list[Sayer]], continued: list[bool], title: str
) -> None:
    """ "— the speaker recalled": the one chamber's speaker the page (or its title) names in
    full. Updates ``all_sayers`` in place."""
    if not any("peaker" in p or "пикер" in p for p in paragraphs):
        return
    named = {
        name for text in (title, *paragraphs) for name in _full_names(text)
    } & _CHAMBER_SPEAKERS
    if len(named) != 1:
        return
    (speaker,) = named
    _post_is(speaker, _CHAMBER_SPEAKER_SAYS_RE, (Ref.SOMEONE,), paragraphs, all_sayers, continued)


def _post_is(
    person: str,
    says: re.Pattern[str],
    kinds: tuple[Ref, ...],
    paragraphs: list[str],
    all_sayers: list[list[Sayer]],
    continued: list[bool],
) -> None:
    """Give ``person`` each sentence whose sayer is one of ``kinds`` and whose words (quotes
    masked) match ``says``: a post that, on this page, can only be theirs."""
    for number, paragraph in enumerate(paragraphs):
        sayers = all_sayers[number]
        if not any(s in kinds for s in sayers):
            continue
        masked = _masked(paragraph, continued[number])
        for i, (a, b) in enumerate(_spans(paragraph)):
            if sayers[i] in kinds and says.search(masked[a:b]):
                sayers[i] = person


def _regional_head_by_post(
    paragraphs: list[str], all_sayers: list[list[Sayer]], continued: list[bool], main: str | None
) -> None:
    """ "— заключила губернатор" on a story under the headline of a region's head that names
    no one else in full (a deputy of hers named by post alone is no one): the post is hers.
    Updates ``all_sayers`` in place."""
    if main not in _REGIONAL_HEADS:
        return
    if any(name != main for paragraph in paragraphs for name in _full_names(paragraph)):
        return
    kinds = (Ref.SOMEONE, Ref.OWN_POST)
    _post_is(main, _REGIONAL_POST_SAYS_RE, kinds, paragraphs, all_sayers, continued)


def _local_head(post: str, paragraphs: list[str]) -> str | None:
    """The one person ``paragraphs`` name in full right after ``post`` and the place it is of
    ("Губернатор Курской области Роман Старовойт", "врио губернатора ... Михаил Евраев", "Moscow
    Mayor Sergei Sobyanin"); None when none or several."""
    stem = post.casefold()[:5]
    found: set[str] = set()
    pattern = re.compile(
        rf"(?i:{re.escape(stem)})\w*(?:\s+[^\s.,;:!?«»\"]+){{0,3}}?\s+(?P<name>[A-ZА-ЯЁ][a-zа-яё'’-]+"
        r"\s+[A-ZА-ЯЁ][a-zа-яё'’-]+)"
    )
    for paragraph in paragraphs:
        for match in pattern.finditer(paragraph):
            if name := person_name(match.group("name")):
                found.add(name)
    return _one_person(found) if found else None


def _abbreviated_head(abbr: str, paragraphs: list[str]) -> str | None:
    """The one person ``paragraphs`` name in full after a head's post over a body whose words'
    initials are ``abbr`` ("Службы внешней разведки" for СВР), or after the post with those
    initials themselves ("Глава МЧС России Сергей Шойгу")."""
    found: set[str] = set()
    for paragraph in paragraphs:
        for spelt in _SPELT_HEAD_RE.finditer(paragraph):
            initials = "".join(word[0] for word in spelt.group("body").split()).upper()
            if initials == abbr and (name := person_name(spelt.group("name"))):
                found.add(name)
        for named in _ABBREVIATED_HEAD_NAME_RE.finditer(paragraph):
            if named.group("abbr") == abbr and (name := person_name(named.group("name"))):
                found.add(name)
    return _one_person(found) if found else None


def _national_person(adjective: str, paragraphs: list[str]) -> str | None:
    """The one person ``paragraphs`` name in full after a post that ``adjective`` opens."""
    found: set[str] = set()
    for paragraph in paragraphs:
        for person in _posted_names(paragraph):
            at = paragraph.find(person.split()[-1])
            if at > 0 and adjective in paragraph[max(0, at - _NATIONAL_POST_CHARS) : at]:
                found.add(person)
    return _one_person(found) if found else None


#: The endings of a Russian woman's surname that a translation may drop: "Zakharov(a)",
#: "Skabeev(a)", "Lukin(a)".
_FEMININE_ENDINGS = ("ova", "eva", "ina")


def _ending_dropped(
    key: str, surnames: dict[str, set[str]], paragraphs: list[str]
) -> set[str] | None:
    """The women named in full as sayers whose surname is ``key`` with "a" after it
    ("zakharov" for Maria Zakharova); None when the page names anyone as ``key`` itself."""
    women = surnames.get(key + "a")
    if women is None or not key.endswith(tuple(end[:-1] for end in _FEMININE_ENDINGS)):
        return None
    named = (
        person
        for paragraph in paragraphs
        for person in (*_full_names(paragraph), *_posted_names(paragraph))
    )
    if any(key in _surname_keys(person) for person in named):
        return None  # "Deputy Ivan Zakharov" is the one "Zakharov said" names
    return women


# A name given as initials and a surname ("A.Alekseyev", "A.I. Petrov").
_INITIALLED_RE = re.compile(r"^(?:[A-Z]\.\s?){1,2}(?P<surname>[A-Z][\w'-]+)$")


def _initialled_people(key: str, surnames: dict[str, set[str]]) -> set[str] | None:
    """The people filed under surname ``key``, or under the key it is a Russian case form of
    ("alekseeva" for "alekseev": an initial tells no gender, so no nominative was made)."""
    if key in surnames:
        return surnames[key]
    stems = [k for k in surnames if key.startswith(k) and key[len(k) :] in _CASE_ENDINGS]
    return surnames[stems[0]] if len(stems) == 1 else None


# Latin spellings of Russian case endings added to a surname: "Alekseyeva", "Petrovu", "Petrovym".
_CASE_ENDINGS = frozenset({"a", "u", "e", "om", "ym", "im"})


def _add_surnames(surnames: dict[str, set[str]], person: str) -> None:
    """File ``person`` under each key of their surname."""
    for key in _surname_keys(person):
        surnames.setdefault(key, set()).add(person)


def _misspelt_surname(key: str, surnames: dict[str, set[str]]) -> set[str] | None:
    """The people of the one surname key that ``key`` is a typo of ("uashakov" for
    "ushakov"); None when none is, or several are."""
    near = [people for known, people in surnames.items() if one_typo(key, known)]
    return near[0] if len(near) == 1 else None


def _one_person(people: set[str]) -> str | None:
    """The one person ``people`` are, when they are one name in several spellings ("Alexei
    Polishchuk" and "Alexey Polishchuk" on one page: a corpus shows them as one, see
    :mod:`retrieval.spelling_variants`); None for two people."""
    if len({spelling_key(person) for person in people}) != 1:
        return None
    return preferred(people, {})


# A first name and a patronymic as a verb's subject, after it ("— подчеркнул Александр
# Григорьевич.") or before it ("Александр Григорьевич отметил, что ...").
_NAME_PATRONYMIC = (
    r"(?P<first{0}>[А-ЯЁ][а-яё]+)\s+(?P<patronymic{0}>[А-ЯЁ][а-яё]+(?:вич|ьич|вна|ична))"
)
_NAME_PATRONYMIC_SAYS_RE = re.compile(
    rf"(?<![\w-])(?:{_SAY_WORDS})\s+{_NAME_PATRONYMIC.format(1)}(?![\w-])"
    rf"|(?:^|(?<=[\s,\"”»–—-])){_NAME_PATRONYMIC.format(2)}\s+(?:{_SAY_WORDS})(?![\w-])"
)


def _named_so(person: str, first: str, patronymic: str) -> bool:
    """Whether a known person's first name is ``first`` and their patronymic starts as
    ``patronymic`` does (the table's initials: Lukashenko's are "а.г.")."""
    known = find_known_speaker(person)
    if known is None:
        return False
    first_key, initial = label_key(first), label_key(patronymic)[:1]
    return any(
        alias.startswith(f"{first_key} ")
        and f"{first_key[0]}.{initial}.{alias.split()[1]}" in known.aliases
        for alias in known.aliases
        if len(alias.split()) == 2
    )


def _names_and_patronymics(
    paragraphs: list[str], all_sayers: list[list[Sayer]], continued: list[bool]
) -> None:
    """ "— подчеркнул Александр Григорьевич.": a first name and a patronymic name the one
    person named before on the page as a sayer whose first name and patronymic's initial
    (from the table of known people) they are; with none or two, no one. Updates
    ``all_sayers`` in place."""
    if not any("вич" in p or "вна" in p or "ьич" in p or "ична" in p for p in paragraphs):
        return
    named: list[str] = []
    for number, paragraph in enumerate(paragraphs):
        masked = _masked(paragraph, continued[number])
        for i, (a, b) in enumerate(_spans(paragraph)):
            sayer = all_sayers[number][i]
            if isinstance(sayer, str):
                if sayer not in named:
                    named.append(sayer)
                continue
            found = _NAME_PATRONYMIC_SAYS_RE.search(masked[a:b]) if sayer is Ref.SOMEONE else None
            if found is None:
                continue
            first = found.group("first1") or found.group("first2")
            patronymic = found.group("patronymic1") or found.group("patronymic2")
            people = [person for person in named if _named_so(person, first, patronymic)]
            if len(people) == 1:
                all_sayers[number][i] = people[0]


# Chinese family names, which open a Chinese name ("Wang Yi", "Xi Jinping", "Li Qiang", "Mao
# Ning"), and Korean ones ("Kim Jong-un", "Choe Son Hui"): "Wang noted", '"...," Xi said' name
# the one person named so in full. (Not "He", "Lee", "Song", "Park": English words or names.)
FAMILY_NAMES_FIRST = frozenset(
    """
    wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo lin gao luo zheng liang
    xie tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang du ye cheng wei su lu
    ding ren shen yao fu zhong cui tan qin mao xi kong geng hua zhai kim choe pak ri
    """.split()
)


# A family name of two letters right before a verb of saying: "Xi said", "Ma added".
_SHORT_FAMILY_SAYS_RE = re.compile(
    rf"(?:^|(?<=[\s,\"”»–—-]))(?P<before>[A-Z][a-z])\s+(?:(?:{_SURNAME_ADVERBS})\s+){{0,2}}"
    rf"(?:{_SAY_WORDS})(?![\w-])(?P<after>)"
)


# "Viktorov also took issue with talk of ..., saying: “...”": a surname opening the sentence
# is the subject of the participle of saying that its clause ends on.
_SURNAME_THEN_SAYING_RE = re.compile(
    r"\W*(?P<before>[A-Z][a-z'’-]{2,})\s+(?:(?:also|then|later|further)\s+)?[a-z][^.!?;:,]{0,150},"
    r"\s+(?:saying|noting|adding|stating|arguing|insisting|explaining|warning)(?![\w-])(?P<after>)"
)


# "..., the ministry cited Wang as saying": the surname of the one an outlet quotes.
_QUOTED_SURNAME_RE = re.compile(
    r"(?<![\w-])(?:quoted|cited|quotes|cites)\s+(?P<before>[A-Z][\w'’-]+)\s+as\s+saying"
    r"(?![\w-])(?P<after>)"
)


def _short_family_says(said: str) -> re.Match[str] | None:
    """ "Xi said": a Chinese family name of two letters as a verb's subject (the surnames of
    _SURNAME_SAYS_RE have three letters at least)."""
    found = _SHORT_FAMILY_SAYS_RE.search(said)
    return found if found and found.group("before").lower() in FAMILY_NAMES_FIRST else None


def _surname_keys(person: str) -> set[str]:
    """The keys a surname alone names ``person`` by: the last word of the name, the first of a
    Chinese or Korean name of two or three words (FAMILY_NAMES_FIRST), the middle one of
    another name of three."""
    words = person.split()
    keys = {label_key(words[-1])}
    if len(words) in (2, 3) and label_key(words[0]) in FAMILY_NAMES_FIRST:
        keys.add(label_key(words[0]))
    elif len(words) == 3 and words[1][:1].isupper():
        # "Esmaeil Baghaei Kani", "Ruben Ramirez Lezcano": a double surname's first part
        # alone names them too ("Baghaei stated").
        keys.add(label_key(words[1]))
    keys = {_loose(key) for key in keys}
    # A known person's Russian surname, in any case, spelt in Latin letters ("Shapu" for
    # Daniel Chapo, «Шапу»), and the table's other Latin spellings ("Kaminin" for Mikhail
    # Kamynin, of whom a typo is "Kaminjin"): the page's surname alone is looked up so.
    return keys | _alias_surname_keys(person)


@lru_cache(maxsize=4096)
def _alias_surname_keys(person: str) -> frozenset[str]:
    known = _KNOWN_BY_NAME.get(person)
    if known is None:
        return frozenset()
    return frozenset(
        _word_key(alias.split()[-1])
        for alias in known.aliases
        if len(alias.split()) >= 2 and "." not in alias
    )


# Known people who share a surname, each with the words of a post only he of them held: a
# page that names one of the posts and the surname alone means him.
_NAMESAKES_BY_POST: tuple[tuple[tuple[str, tuple[str, ...]], ...], ...] = (
    (
        (
            "Igor Ivanov",
            ("глава мид", "главы мид", "министр иностранных дел", "министра иностранных дел",
             "foreign minister", "российский министр", "российского министра"),
        ),
        (
            "Sergei Ivanov",
            ("министр обороны", "министра обороны", "defense minister", "defence minister",
             "глава администрации", "главы администрации", "chief of staff"),
        ),
    ),
)  # fmt: skip


@lru_cache(maxsize=1)
def _namesakes_by_key() -> dict[str, tuple[tuple[str, tuple[str, ...]], ...]]:
    """Each case form's key of those surnames (:func:`_surname_keys`) -> its namesakes."""
    return {
        key: namesakes
        for namesakes in _NAMESAKES_BY_POST
        for name, _ in namesakes
        for key in _surname_keys(name)
    }


def _namesake_by_post(word: str, paragraphs: list[str]) -> str | None:
    """The one of the known people sharing the surname ``word`` (any case) whose post, and no
    other's, the page names (:data:`_NAMESAKES_BY_POST`); else None."""
    namesakes = _namesakes_by_key().get(_word_key(word))
    if namesakes is None:
        return None
    page = " ".join(paragraphs).lower()
    held = [name for name, posts in namesakes if any(post in page for post in posts)]
    return held[0] if len(held) == 1 else None


def _word_key(word: str) -> str:
    """A surname's key as :func:`_surname_keys` gives it, from a word in either script
    («Григорьев», "Grigoriev" and "Grigoryev" alike)."""
    return _loose(label_key(transliterate(word) if has_cyrillic(word) else word))


def _loose(key: str) -> str:
    """A Latin surname with the letters spelling customs differ on folded: "i" or "y" before
    a vowel ("Grigoriev" / "Grigoryev", "Desiatnikov" / "Desyatnikov") and the adjective's
    ending ("Mantytskiy" / "Mantytsky"), «ё» after a hushing sound ("Kosachov" / "Kosachev"),
    and accents dropped ("Malayán" / "Malayan")."""
    if not key.isascii() and not has_cyrillic(key):
        key = "".join(c for c in unicodedata.normalize("NFKD", key) if not unicodedata.combining(c))
    # "Kosachov" / "Kosachyov" / "Kosachev": a Russian «ё» after a hushing sound.
    key = _LOOSE_HUSHED_YO_RE.sub("e", key)
    return _LOOSE_ENDING_RE.sub("y", _LOOSE_IOTA_RE.sub("", key))


_LOOSE_HUSHED_YO_RE = re.compile(r"(?<=ch|sh|zh)y?o(?=v$)")
_LOOSE_IOTA_RE = re.compile(r"(?<=[a-z])[iy](?=[aeou])")
_LOOSE_ENDING_RE = re.compile(r"(?:iy|ii|yi)$")


def _surname_set_off(said: str) -> tuple[str | None, str | None]:
    """The capitalised word right before a verb of saying once words set off by commas are
    passed ("Cavusoglu, in his turn, said"), and the words before it; (None, None) if none."""
    if "," not in said:
        return None, None
    for verb in _SAY_RE.finditer(said):
        before = said[: verb.start()]
        if not before.rstrip().endswith(","):
            continue
        if _surname_before_post(before):
            # "Kaminjin, spokesperson for Foreign Minister Sergei Lavrov, told": the surname
            # opening the sentence, not the name inside the post set off after it.
            return before.split(",")[0].strip(), ""
        words = _clause_before(before).split()
        if words and words[-1].isalpha() and words[-1][:1].isupper():
            return words[-1], " ".join(words[:-1])
    return None, None


# A sentence opening with whose words it gives, by a surname alone: "По словам Нечаева, ...",
# "According to Nechayev, ...".
_ACCORDING_SURNAME_RE = re.compile(
    r"\W*(?:according to|по словам)\s+(?P<surname>[A-ZА-ЯЁ][a-zа-яё'’-]{2,}),\s",
    re.IGNORECASE,
)
# «приводит слова Андреева», «цитирует Петрову»: the surname an agency quotes, right after the
# verb (or "слова").
_RELAYED_SURNAME_RE = re.compile(
    rf"(?<![\w-])(?:цитиру(?:ет|ют)|{_RELAYS_WORDS})\s(?P<surname>[А-ЯЁ][а-яё]{{2,}})(?![\w-])"
)
# Genitive (and accusative) endings of Russian surnames and their nominatives ("Нечаева" ->
# "Нечаев", "Захаровой" -> "Захарова", "Петрову" -> "Петрова"; "Матвиенко" does not decline).
_GENITIVE_SURNAME_ENDINGS = (("ой", "а"), ("а", ""), ("у", "а"))


def _relayed_person(
    surname: str, surnames: dict[str, set[str]], posted: dict[str, set[str]]
) -> str | None:
    """The one person an agency's «приводит слова Андреева» quotes: named in full before as a
    sayer, or else by post."""
    people = _surname_people(surname, surnames) or _surname_people(surname, posted)
    return _one_person(people) if people is not None else None


def _surname_people(word: str, surnames: dict[str, set[str]]) -> set[str] | None:
    """The people named in full before whose surname ``word`` is, in the nominative or (in
    Russian) the genitive."""
    forms = [word]
    if has_cyrillic(word):
        forms += [
            word[: -len(end)] + nom for end, nom in _GENITIVE_SURNAME_ENDINGS if word.endswith(end)
        ]
    for form in forms:
        key = _word_key(form)
        if key in surnames:
            return surnames[key]
    return None


# A first name and a surname in Latin letters after a word for a post: "counterpart Nabil
# Fahmy", "Foreign Minister Hakan Fidan". (The name is looked ahead at, so that the words of a
# post in capitals, "Japanese Foreign Minister Fumio Kishida", cannot swallow it as a name.)
_POSTED_NAME_RE = re.compile(
    # (A comma may set the name off: "his Sri Lankan counterpart, Dinesh Gunawardena, ...".)
    # (Three words: "Foreign Minister Shah Mahmood Qureshi".)
    r"\b(?P<post>[A-Za-z-]+),?\s+"
    r"(?=(?P<name>[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?)\b)"
)


# A Russian post in any case, then the words that may name its holder: "премьер-министром
# Лаоса Сонсаем Сипхандоном", "главой МИД Турции Хаканом Фиданом".
_POST_THEN_NAME_RE = re.compile(
    r"(?<![\w-])(?i:(?P<post>(?:вице-)?премьер|министр|президент|глав|постпред|пресс-секретар|"
    r"представител|канцлер|госсекретар|генсек|председател(?=[а-яё]{0,3}\s+правительств)|"
    # An ambassador («посол», «посла», «послом»; not «после»), a chargé d'affaires, a
    # ministry's spokesman («спикер украинского МИД»).
    r"посол|посл(?=(?:а|у|ом)\s)|поверенн|спикер(?=[а-яё]{0,3}\s+[а-яё]+(?:ого|ой)\s+МИД\s))"
    r"(?:-министр)?[а-яё]{0,3}(?:\s+(?:российского\s+)?правительства)?)"
    # «Министр финансов Алексей Кудрин»: the ministry after a minister's post.
    r"(?:\s+(?:иностранных\s+дел|финансов|обороны|энергетики|экономического\s+развития|"
    r"юстиции|внутренних\s+дел|культуры|транспорта|здравоохранения|образования|"
    r"промышленности\s+и\s+торговли|сельского\s+хозяйства|по\s+чрезвычайным\s+ситуациям))?"
    r"(?:\s+(?:РФ|России))?"
    # «спикер украинского МИД Георгий Тихий»: the country's adjective before its ministry.
    r"(?:\s+[а-яё]+(?:ого|ой)(?=\s+МИД\s))?"
    # «Посол России в Чили Иван Петров»: the country he serves in, one word.
    r"(?:\s+(?:в|во|при)(?=(?:\s+[A-ZА-ЯЁ][\w-]*){3}))?"
    # «Посол Народной Республики Бангладеш в России Сайфул Хок»: his country, then where he
    # serves (the name after both).
    r"(?:(?:\s+[A-ZА-ЯЁ][\w-]*){1,3}\s+(?:в|во|при)\s+[A-ZА-ЯЁ][\w-]*(?=(?:\s+[A-ZА-ЯЁ][\w-]*){2}))?"
    r"((?:\s+[A-ZА-ЯЁ][\w-]*){2,4})"
)


#: Pieces every match of _POST_THEN_NAME_RE holds (see may_hold).
_POST_THEN_NAME_ANCHORS = (
    "ремьер", "инистр", "резидент", "лав", "постпред", "секретар", "редставител", "анцлер",
    "енсек", "редседател", "осол", "осл", "оверенн", "пикер",
)  # fmt: skip


# A sentence opening with a first name and a surname and then a verb in lower case: "Denis
# Alipov spoke to Russia Today ...", «Иван Петров посетил ...».
_SUBJECT_NAME_RE = re.compile(
    r"[\W\d_]*([A-ZА-ЯЁ][\w'’-]+\s+[A-ZА-ЯЁ][\w'’-]+(?:\s+[A-ZА-ЯЁ][\w'’-]+)?)\s+(?=[a-zа-яё])"
)


def _subject_names(paragraph: str) -> list[str]:
    """The people named in full as the subject a paragraph's sentence opens with, whatever
    its verb ("Denis Alipov spoke to Russia Today on Diplomats' Day ..."): whom "Alipov
    added" names further on, as one named in full by post."""
    found: list[str] = []
    for a, b in _spans(paragraph):
        match = _SUBJECT_NAME_RE.match(paragraph, a, b)
        # (A first name we know opens it: "Башкан Гагаузии на встрече ..." names no one.)
        if (
            match
            and is_first_name_form(match.group(1).split()[0].lower())
            and (name := person_name(match.group(1)))
            and len(name.split()) >= 2
        ):
            found.append(name)
    return found


def _posted_names(paragraph: str) -> list[str]:
    """The people a paragraph names in full after a post: in English ("his Egyptian
    counterpart Nabil Fahmy"), and in Russian in any case ("с премьер-министром Лаоса Сонсаем
    Сипхандоном"): people a surname alone, or the post alone, may name later."""
    found = []
    for match in _POSTED_NAME_RE.finditer(paragraph):
        post = match.group("post").casefold()
        if post in _NATIONAL_POSTS or is_post_word(post):
            name = _posted_name(match.group("name").split())
            if name is not None and len(name.split()) >= 2:
                found.append(name)
    for match in _POSTED_TO_PLACE_RE.finditer(paragraph):
        # "Russian Ambassador to the UK Ivan Petrov": the place between post and name.
        name = person_name(match.group())
        if name is not None and len(name.split()) >= 2 and name not in found:
            found.append(name)
    for match in _NAME_THEN_POST_RE.finditer(paragraph):
        # "His Excellency Eduard Malayán, Ambassador of the Russian Federation to Mexico": the
        # post after the name and its comma.
        name = person_name(match.group("name"))
        if name is not None and len(name.split()) >= 2 and name not in found:
            found.append(name)
    return found + [name for name, _ in _posted_in_russian(paragraph)]


def _posted_name(words: list[str]) -> str | None:
    """The person two or three capitalised words after a post name: a third word counts
    unless the first two are someone we know or it is a weekday or a month ("Foreign Minister
    Sergey Lavrov Monday said")."""
    if len(words) == 3 and (
        find_known_speaker(" ".join(words[:2])) is not None
        or words[2].casefold() in WEEKDAYS
        or words[2].casefold() in MONTHS
    ):
        words = words[:2]
    return person_name(" ".join(words)) or (
        person_name(" ".join(words[:2])) if len(words) == 3 else None
    )


# Capitalised words, a comma and a post: "Eduard Malayán , Ambassador of Russia", "Dr.
# Mohammed Al-Khulaifi, Minister of State at the Ministry of Foreign Affairs of Qatar".
_NAME_THEN_POST_RE = re.compile(
    r"(?P<name>(?:[A-Z][\w'’-]*\s+){1,3}[A-Z][\w'’-]+)\s*,\s+(?:the\s+)?(?:[A-Z][a-z]+\s+){0,2}?"
    r"(?:Ambassador|Envoy|Consul|Charg[eé] d'[Aa]ffaires|Permanent Representative|Minister|"
    r"Secretary|Spokes\w+|Director|Head|Chairman|Adviser|Advisor|Deputy)\b"
)


# A diplomat's post, the place he serves in, and the capitalised words after it (the name
# among them): "Ambassador to the UK Ivan Petrov", "envoy to Chile Ivan Petrov".
_POSTED_TO_PLACE_RE = re.compile(
    r"\b(?:[Aa]mbassador|[Ee]nvoy|[Cc]onsul(?:-[Gg]eneral)?|[Cc]harg[eé] d'[Aa]ffaires|"
    r"[Pp]ermanent [Rr]epresentative)\s+(?:to|in|at)\s+(?:the\s+)?"
    # (A comma may set the name off: "The Russian ambassador in Ottawa, Oleg Stepanov, ...".)
    r"[A-Z][\w.-]*(?:,?\s+[A-Z][\w.'’-]*){1,5}"
)


def _posted_in_russian(paragraph: str) -> list[tuple[str, str]]:
    """The people a Russian paragraph names in full after a post, in any case, each with the
    post's stem ("премьер" of «премьер-министром Лаоса Сонсаем Сипхандоном»)."""
    if not has_cyrillic(paragraph) or not may_hold(paragraph, _POST_THEN_NAME_ANCHORS):
        return []
    found = []
    for match in _POST_THEN_NAME_RE.finditer(paragraph):
        words = match.group(2).split()
        # The post stays before the name: after "посол Эквадора в РФ" three words are one
        # foreign name ("Хулио Прадо Эспиноса"), not a Russian one in some case.
        post = paragraph[match.start() : match.start(2)]
        for size in range(len(words), 1, -1):
            if (name := person_name(f"{post} {' '.join(words[:size])}")) and len(name.split()) >= 2:
                post = match.group("post").lower()
                # («Председатель правительства», «глава правительства» is the premier.)
                premier = "правительств" in match.group(0)
                found.append((name, "премьер" if premier else post))
                break
    return found


# Words of a post after a nationality that _POST_NOUNS lacks: "Turkish President", "his
# Russian counterpart", "the Turkish leader".
_NATIONAL_POSTS = frozenset(
    "president prime foreign defence defense counterpart leader politician statesman".split()
)


#: A post closing a quote stands within this many words after its verb ("— добавил
#: вице-президент США", "said the U.S. President").
_CLOSING_POST_WORDS = 4
#: The one a page names with a post stands within this many words after it ("Госсекретарь США
#: Марко Рубио", "Спикер Совфеда Валентина Матвиенко").
_POSTED_NAME_WORDS = 6


def _closing_post(sentence: str, masked: str) -> tuple[str, list[str]] | None:
    """The post that closes a quote as its attribution, with no name ("«...», — добавил
    госсекретарь.", '"...," said the U.S. President.'): its head word (lower-case) and the
    words that qualify it ("U.S.", "СФ", "Совета безопасности Франции")."""
    verbs = list(_SAY_RE.finditer(masked))
    if not verbs:
        return None
    say = verbs[-1]
    # (The quote's own comma or dash before the verb: the masked sentence has blanked it.)
    if say.group().casefold().endswith(("ing", "в")) or not (
        _CLOSING_MARK_BEFORE_RE.search(sentence[: say.start()])
        and len(rest := sentence[say.end() :].split()) <= _CLOSING_WORDS
        and not any(_key(word) in _SUBORDINATE for word in rest)
    ):
        return None
    head: str | None = None
    qualifiers: list[str] = []
    for word in rest:
        key = _key(word)
        if key in _PREPOSITIONS or key in _AND_WORDS:
            break  # "— сказала спикер СФ в интервью": where, not whose post
        if head is None and is_post_word(key):
            head = key
        elif word[:1].isupper() or (head is not None and not is_post_word(key)):
            qualifiers.append(key)
        elif head is None and key not in ("the", "also"):
            return None  # "— добавил он": no post
        if len(qualifiers) + (head is not None) >= _CLOSING_POST_WORDS:
            break
    if head is None or _institution_only([head, *qualifiers]):
        return None
    return head, qualifiers


# "По словам президента США, ...", "According to the U.S. President, ...": whose words, by post.
_ACCORDING_POST_RE = re.compile(
    r"^\W*(?:по\s+(?:словам|мнению)|according\s+to)\s+(?P<post>[^,;:!?«»\"“”]{3,60}?)\s*,",
    re.IGNORECASE,
)


def _post_head(key: str) -> str | None:
    """A post word as the nominative a page names someone with ("главы" -> "глава",
    "вице-президента" -> "вице-президент"), or None for any other word."""
    if is_post_word(key):
        return key[:-1] if key.endswith("а") and is_post_word(key[:-1]) else key
    if has_cyrillic(key):
        for nominative in (key[:-1] + "а", key[:-1], key[:-2]):
            if len(nominative) > MAX_ENDING_LETTERS and is_post_word(nominative):
                return nominative
    return None


# Russian institutions a post phrase may name instead of a person («По словам МИД России»,
# «— сообщили в пресс-службе посольства»): stems of their nouns in any case.
_RUSSIAN_INSTITUTION_STEMS = (
    "мид",
    "министерств",
    "ведомств",
    "посольств",
    "постпредств",
    "пресс-служб",
    "правительств",
    "кремл",
)


def _institution_word(key: str) -> bool:
    """Whether a word names an institution ("ministry", «МИД», «посольства»)."""
    return key in _INSTITUTION_WORDS or key.startswith(_RUSSIAN_INSTITUTION_STEMS)


def _institution_only(keys: list[str]) -> bool:
    """Whether a post phrase names an institution and no person holding a post in it:
    "According to the Russian Foreign Ministry", «По словам МИД России», '"...," the ministry
    noted' are the ministry's words, not its minister's ("the head of the ministry", "the
    Federation Council Speaker" are a person's)."""
    heads = [_post_head(key) or key for key in keys]
    return any(_institution_word(key) for key in keys) and not any(
        _names_post(head) or (is_post_word(head) and not _institution_word(head)) for head in heads
    )


def _according_post(masked: str) -> tuple[str, list[str]] | None:
    """The post whose words a sentence opening "По словам <post>, ..." retells, as
    :func:`_closing_post` gives it; None when a name stands there ("По словам Лаврова") or
    an institution ("According to the Russian Foreign Ministry")."""
    opening = _ACCORDING_POST_RE.match(masked)
    if opening is None or _institution_only([_key(w) for w in opening.group("post").split()]):
        return None
    head: str | None = None
    qualifiers: list[str] = []
    for word in opening.group("post").split():
        key = _key(word)
        if head is None and (nominative := _post_head(key)):
            head = nominative
        elif key not in ("the", "also") and key not in _FORMER_WORDS:
            qualifiers.append(key)
    if head is None or len(qualifiers) >= _CLOSING_POST_WORDS:
        return None
    return head, qualifiers


def _qualifies(key: str, window: list[str]) -> bool:
    """Whether a word qualifying a post ("США", "СФ") stands with the same post before a name
    (``window``: those words), as itself, in another case, or as its initial (an acronym)."""
    # ("турецкого" for "Турции": a Russian adjective of a country shares its first letters.)
    shared = 3 if has_cyrillic(key) else 4
    if any(word[:shared] == key[:shared] for word in window):
        return True
    return key.isalpha() and len(key) <= 3 and any(word[:1] == key[:1] for word in window)


def _named_with_post(post: tuple[str, list[str]], text: str) -> set[str]:
    """Everyone ``text`` names right after the post ``post`` ("госсекретарь США Марко Рубио",
    "U.S. President Donald Trump"), in any case of it ("госсекретаря"), with every word that
    qualifies it there too ("секретарь Совета безопасности Франции" is not Russia's)."""
    head, qualifiers = post
    stem = head[:-1] if has_cyrillic(head) and len(head) > _SHORT_SURNAME else head
    found: set[str] = set()
    # A name ends with its line: "Председатель ГД Вячеслав Володин" / "Председатель
    # Государственной Думы ..." (a title over a profile card) is no longer name.
    for line in text.splitlines():
        words = line.split()
        for at, word in enumerate(words):
            key = _key(word)
            # (A case ending past the stem: «госсекретар|ем».)
            ending = len(key) - len(stem)
            inflected = stem != head and key.startswith(stem) and ending <= MAX_ENDING_LETTERS
            if key != head and not inflected:
                continue
            following = words[at + 1 : at + 1 + _POSTED_NAME_WORDS]
            window = [_key(w) for w in words[max(0, at - _CLOSING_POST_WORDS) : at] + following]
            if not all(_qualifies(q, window) for q in qualifiers):
                continue
            # (With the post itself: after a post in the nominative, "генсек правительства
            # Японии Хирокадзу Мацуно", a foreign first name reads as written.)
            if name := _person_after(" ".join([word, *following])):
                found.add(name)
    return found


def _posted_sayer(
    sayer: Sayer, paragraphs: list[str], number: int, span: tuple[int, int], reader: _Reader
) -> Sayer:
    """``sayer`` of the sentence ``a:b`` of paragraph ``number``, or the one a post alone
    closing it names: "Госсекретарь США Марко Рубио ... «...», — добавил госсекретарь." is
    his when his words came just before and the page named him, and no one else, with it."""
    if sayer not in (Ref.SOMEONE, None) or reader.last_named is None:
        return sayer
    paragraph = paragraphs[number]
    a, b = span
    sentence = paragraph[a:b]
    post = (
        _according_post(mask_quotes(sentence))
        if may_hold(sentence[:_ACCORDING_AT], _ACCORDING_OPENING_ANCHORS)
        else None
    )
    if post is None and sayer is Ref.SOMEONE:
        post = _closing_post(sentence, mask_quotes(sentence))
    if post is None:
        return sayer
    # (The title too: "На встрече с Президентом Председатель ГД Вячеслав Володин" over
    # "«...», — подчеркнул Председатель ГД.")
    before = "\n".join([reader.title, *paragraphs[:number], paragraph[:a]])
    return reader.last_named if _named_with_post(post, before) == {reader.last_named} else sayer


# A sentence opening on whose words it retells: "По словам X, ...", "По мнению дипломата, ...",
# "According to X, ...", "In her words, ...".
_ACCORDING_OPENING_RE = re.compile(
    r"^\W*(?:по (?:его |ее |её )?(?:словам|мнению)|according to|in (?:his|her) (?:words|view))"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
# Every match of the pattern above holds one of these (see may_hold).
_ACCORDING_OPENING_ANCHORS = ("словам", "мнению", "according", "words", "view")
