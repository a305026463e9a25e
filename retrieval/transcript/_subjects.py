"""The subject of a verb of saying, before or after the verb.

The name or reference in the clause before the verb ("Lavrov said", "Песков в понедельник
заявил") or in the words after it ("..., — заявила Захарова в эфире", "said Peskov"), with what
is no subject set aside: a name after a preposition or in another case than the nominative, an
outlet, the one told, a relative clause a copy left without its commas.
"""

from __future__ import annotations

import itertools
import re

from retrieval.name_words import is_common_word
from retrieval.russian_names import ADJECTIVE_OBLIQUE as _ADJECTIVE_OBLIQUE
from retrieval.russian_names import is_first_name_form, nominative
from retrieval.speakers import (
    DAY_AND_MONTH_NAMES,
    NOMINATIVE_POSTS,
    POST_WORDS,
    after_place_word,
    find_known_speaker,
    foreign_name_after_post,
    is_first_name,
    is_known_official,
    is_post_word,
    known_label_forms,
    person_name,
)
from retrieval.text import (
    MONTHS,
    QUOTED_RE,
    SPEECH_QUOTE_WORDS,
    has_cyrillic,
    label_key,
    transliterate,
)
from retrieval.transcript._quote_marks import mask_quotes
from retrieval.transcript._references import (
    _AIDE_NOUNS,
    _AND_WORDS,
    _BETWEEN_WORDS,
    _CHAMBER_HEAD_RE,
    _CIRCUMSTANCE_RE,
    _FIRST_PERSON_SUBJECTS,
    _GERUND_RE,
    _HEAD_NOUNS,
    _JOURNALIST_NOUNS,
    _KNOWN_SURNAME_FORMS,
    _OWN_SIDE_WORDS,
    _POST_NOUNS,
    _PRONOUNS,
    _RUSSIAN_ADJECTIVE_RE,
    Ref,
    Sayer,
    _is_post_noun,
    _key,
    _names_post,
    _oblique_surname,
    _reference,
)
from retrieval.transcript._say_verbs import _SAY_RE, _SAY_WORDS

# "as the President said": a reference to someone's words, not a change of speaker.
_AS_BEFORE_RE = re.compile(
    r"(?:^|[\s,(])(?:as|как)\s+(?:[^\s,;:.!?\"«»“”]+\s+){0,5}$", re.IGNORECASE
)
# "..., как уточнил Грушко, ...": an aside inside a Russian sentence, after a comma ...
_AS_ASIDE_BEFORE_RE = re.compile(r"[^\W\d_],\s+как\s+$", re.IGNORECASE)
# "..., as Siluanov explains, ...": the English aside, its sayer named before the verb and a
# comma right after it ("as Lavrov put it,", "as the minister pointed out,").
_EN_AS_ASIDE_RE = re.compile(r"[^\W\d_],\s+as\s+(?P<who>(?:[^\s,;:.!?\"«»“”]+\s+){1,4})$")
_EN_AS_ASIDE_AFTER_RE = re.compile(r"\s*(?:it|out)?\s*,")
# ... with a name (a surname, or a first name and a surname) right after its verb, then a comma.
_AS_ASIDE_AFTER_RE = re.compile(r"\s+(?P<name>[А-ЯЁ][а-яё-]+(?:\s+[А-ЯЁ][а-яё-]+)?)\s*,")
# ... or with a post of a few words («как заметил министр иностранных дел России,»).
_AS_ASIDE_POST_RE = re.compile(r"\s+(?P<post>[а-яё][а-яё-]+(?:\s+[А-ЯЁа-яё][а-яё-]*){0,5})\s*,")
# Its verb tells of the words just given ("уточнил", "отметила"), not of earlier ones
# ("как заявлял Путин", "как говорил").
_AS_ASIDE_VERB_RE = re.compile(
    r"(?:уточнил|отметил|подчеркнул|пояснил|добавил|сказал|заявил|указал|заметил)[аи]?",
    re.IGNORECASE,
)
# "As Sergei Shoigu pointed out, ...", "Как отметил Шойгу, ...", "Как заметил сам Путин:
# «...»": a sentence that opens by saying whose words it gives (a ministry's release, a
# retelling), unlike "..., as the President said".
_AS_OPENING_RE = re.compile(
    rf"^\W*(?:as|как)\s+(?:[^\s,;:.!?\"«»“”]+\s+){{0,6}}?(?:{_SAY_WORDS})"
    rf"(?:\s+[^\s,;:.!?\"«»“”]+){{0,9}}[,:]",
    re.IGNORECASE,
)
# Nouns for someone else that a name before them qualifies: "Putin ally warns ...", "Lavrov
# deputy says ...", "Kremlin critic" (the aide's nouns are read as well).
_SOMEONE_OF_NOUNS = frozenset(
    "ally allies deputy envoy assistant associate confidant loyalist critic critics opponent "
    "rival friend successor predecessor".split()
)
# Russian forms of address written lower-case before a surname ("господина Рябкова").
_HONORIFICS = frozenset("господин господина госпожа госпожи г-н г-на г-жа г-жи".split())
_SECOND_PERSON = frozenset({"you", "вы", "ты"})
_POSSESSIVES = frozenset({"его", "ее", "её", "их", "his", "its", "their"})
# Words that may open a Russian sentence whose verb of saying has no subject ("И добавила:").
_LINKING_WORDS = frozenset("и а но также тоже затем потом еще ещё кроме того при этом".split())
# The same in more than one word: "Министр с ходу заявил", "Лавров ещё раз подчеркнул".
_BETWEEN_PHRASES = frozenset({("с", "ходу"), ("еще", "раз"), ("тут", "же"), ("сразу", "же")})
_NOT_A_NAME = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
    | {"понедельник", "вторник", "среду", "среда", "четверг", "пятницу", "пятница"}
    | {"субботу", "суббота", "воскресенье"}
    | set(MONTHS)
)
_QUOTE_OPEN = "\"'«“„”"
_QUOTE_CLOSE = "\"'»”“’"
#: How far before a verb its subject is looked for (words).
_SUBJECT_WINDOW = 20


# --- finding the subject of a verb of saying -------------------------------------------------


# A hyphen typed for a dash: spaced, or opening the text ('"...?" - the diplomat asked').
_SPACED_HYPHEN_RE = re.compile(r"(?:(?<=\s)|^)-(?=\s)")


# Words set off by commas between a subject and its verb of saying.
_PARENTHESIS_END_RE = re.compile(
    r",\s*(?:в частности|в свою очередь|в том числе|со своей стороны|среди прочего|"
    r"in particular|in (?:his|her|its|their) turn|for (?:his|her|its|their) part|however|"
    r"among other things)"
    r"\s*,$",
    re.IGNORECASE,
)


# The story's course between a subject and its verb: "между тем", "тем временем", "в свою
# очередь", "meanwhile", "in turn" (set off by commas or not).
_DISCOURSE_END_RE = re.compile(
    r"(?:,\s*)?(?:между\s+тем|тем\s+временем|в\s+свою\s+очередь|со\s+своей\s+стороны|"
    r"meanwhile|in\s+turn|for\s+(?:his|her|its|their)\s+part)\s*,?$",
    re.IGNORECASE,
)
# The last word of every match above: most clauses are spared the pattern.
_DISCOURSE_LAST_WORDS = frozenset("тем временем очередь стороны meanwhile turn part".split())


def _clause_before(text: str) -> str:
    """The clause just before a verb (``text`` with its quotes blanked out): back to a dash
    (or a hyphen typed for one, spaced: '"...?" - the diplomat asked'), a colon or a
    semicolon."""
    stripped = text.rstrip()
    if stripped.endswith(("—", "–")):
        # "Посол ... Александр Мацегора — человек, проработавший 41 год ..., — рассказал": the
        # subject before an aside set off by dashes.
        opening = max(stripped[:-1].rfind("—"), stripped[:-1].rfind("–"))
        between = stripped[opening + 1 : -1].strip()
        if (
            opening > 0
            and between[:1].islower()
            and any(w[:1].isupper() for w in text[:opening].split())
        ):
            return _clause_before(text[:opening])
    cut = max(text.rfind(mark) for mark in ("—", "–", ";", ":"))
    hyphens = [m.start() for m in _SPACED_HYPHEN_RE.finditer(text)]
    cut = max(cut, hyphens[-1] if hyphens else -1)
    words = (text[cut + 1 :] if cut >= 0 else text).split()[-_SUBJECT_WINDOW:]
    if words and words[-1].endswith(",") and (aside := _PARENTHESIS_END_RE.search(" ".join(words))):
        # "Он, в частности, заявил", "Cavusoglu, in his turn, said": the subject before the
        # words set off by commas.
        words = " ".join(words)[: aside.start()].split()
    elif (
        words
        and words[-1].strip(",").lower() in _DISCOURSE_LAST_WORDS
        and (discourse := _DISCOURSE_END_RE.search(" ".join(words)))
    ):
        # "Дональд Трамп между тем заявил", "Hakan Fidan meanwhile said": the same words of
        # the story's course without commas.
        words = " ".join(words)[: discourse.start()].split()
    while words:
        phrase = tuple(map(label_key, words[-2:])) in _BETWEEN_PHRASES  # "с ходу", "ещё раз"
        if not (
            (phrase and len(words) > 2)
            or label_key(words[-1]).strip(",") in _BETWEEN_WORDS
            or (words[-1].islower() and words[-1].endswith("ly"))
            # "дипломат иронично прокомментировала": a Russian adverb of manner.
            or (words[-1].islower() and len(words[-1]) >= 6 and words[-1].endswith(("но", "ски")))
        ):
            break
        del words[-2 if phrase else -1 :]
    return " ".join(words)


# A post's outlet in quotes between the post and the name: "корреспондент “Ъ” Андрей
# Колесников", "обозреватель «Известий» Иван Петров" (up to the post, then the quote).
_POST_OUTLET_RE = re.compile(
    r"^(?P<post>\s*(?:\S+\s+){0,3}?(?P<noun>\S+))\s+[“«\"„][^“”«»\"„]{1,30}[”»\"“]\s+"
    r"(?=[A-ZА-ЯЁ])"
)


# A particle inside a name: "da Silva", "bin Salman", "ас-Сиси", "аль-Асад", "el-Sisi".
_NAME_PARTICLE_RE = re.compile(
    r"^(?:(?:da|de|do|dos|das|di|du|van|von|der|bin|ibn|да|де|ду|дос|ван|фон|бин|ибн)"
    r"|(?:al|el|as|ad|ar|ash|at|az|an|аль|эль|ас|ад|ар|аш|ат|аз|ан)-[A-ZА-ЯЁ][^\W\d_]+)$"
)


def _name_particle(words: list[str], at: int) -> bool:
    """Whether ``words[at]`` is a particle of the name it stands in: a hyphened one with its
    part ("ас-Сиси"), or a bare one before a capitalised word ("da Silva")."""
    word = words[at].rstrip(",.;:!?")
    if not _NAME_PARTICLE_RE.match(word):
        return False
    return "-" in word or (at + 1 < len(words) and words[at + 1][:1].isupper())


# The outlet a Russian verb of saying had its words told to, before the subject: «в интервью
# «Известиям»», «в беседе с «Коммерсантом»», «РИА Новости» after «заявил».
_OUTLET_BEFORE_SUBJECT_RE = re.compile(
    r"^\s*(?:в\s+(?:интервью|беседе\s+с)\s+)«[^«»]{1,40}»\s+(?=[а-яёА-ЯЁ])"
)
# A name set off by a comma after a post, closing the sentence: ", Ermek Kosherbayev."
_APPOSED_NAME_RE = re.compile(r",\s+(?P<name>(?:[A-Z][\w'’-]+\s+){1,2}[A-Z][\w'’-]+)\s*(?:[.;]|$)")


# A name, then its holder's post set off by commas, and nothing else: "Alexander Shchetinin,
# director of the ministry's Latin America department,".
_NAME_THEN_POST_CLAUSE_RE = re.compile(
    r"^(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}),\s+(?:the\s+)?[^,]{0,80}?"
    r"\b(?i:director|head|minister|ambassador|spokes\w+|envoy|chief|deputy|official|"
    r"representative|secretary|chairman|adviser|advisor|consul|senator)\b[^,]{0,80},?$"
)


# A sentence's opening that says what it is about: "Regarding ...,", «Что касается ...,».
_TOPIC_OPENING_RE = re.compile(
    r"^\s*(?:regarding|as for|as to|concerning|with regard to|in regard to|speaking (?:of|about)"
    r"|commenting on|что касается|касаясь|говоря о|говоря об|комментируя)\b",
    re.IGNORECASE,
)


def _words_after(text: str, limit: int = 8) -> str:
    """The words just after a verb that may be its subject ("заявила Захарова в эфире"; a
    post's outlet in quotes is passed over: "считает корреспондент “Ъ” Андрей Колесников")."""
    if (outlet := _POST_OUTLET_RE.match(text)) and (
        _key(outlet.group("noun")) in _NAMED_POST_NOUNS
    ):
        text = f"{outlet.group('post')} {text[outlet.end() :]}"
    # «заявил в интервью «Известиям» посол ...»: the outlet told, before the subject.
    text = _OUTLET_BEFORE_SUBJECT_RE.sub("", text, count=1)
    if (site := _SITE_RE.match(text.lstrip())) and text.lstrip()[
        site.end() : site.end() + 1
    ] == " ":
        text = text.lstrip()[site.end() :]  # "заявил NEWS.ru председатель ...": the site told
    clause = re.split(r"[.;:!?](?=\s|$)|[\"«»“”„(]|,\s", text, maxsplit=1)[0]
    if (named := _APPOSED_NAME_RE.match(text, len(clause))) and any(
        _key(word) in _POST_NOUNS or is_post_word(_key(word)) for word in clause.split()
    ):
        # "said the Ambassador of Kazakhstan to Moscow, Ermek Kosherbayev.": the post, then
        # the name set off by a comma at the sentence's end.
        return named.group("name")
    words = clause.split()[:limit]
    if words and _key(words[0]) == "the" and len(words) > 1 and _key(words[1]) in _POST_NOUNS:
        # "..., said the Ambassador of Russia in Colombia Sergey Koshkin": the article before
        # a post, and room for the name after the post's places.
        words = clause.split()[1 : limit + 4]
    kept: list[str] = []
    for at, word in enumerate(words):
        key = _key(word)
        own = key in _POST_NOUNS or key in _OWN_SIDE_WORDS or key in _PRONOUNS
        own = own or key in _JOURNALIST_NOUNS  # "- уточнила журналистка."
        own = own or key in _HONORIFICS  # "По словам господина Рябкова, ..."
        own = own or key in _HEAD_NOUNS  # "- добавил российский лидер."
        # "— заявил помощник Путина." (whose aide: see _reference); in the nominative only, the
        # subject after its verb («по словам помощника Путина» names neither him nor Putin).
        own = own or key in _AIDE_SUBJECT_NOUNS
        # "Как отметил пресс-секретарь российского лидера, ...": whose aide he is.
        own = own or (key == "лидера" and bool(kept))
        # "- указал глава государства": the head of state, not a post alone ("глава").
        own = own or (key == "государства" and bool(kept) and _key(kept[-1]) == "глава")
        if kept and _outlet_after_name(kept[-1], word):
            break  # "- сказал Песков ТАСС", "- сообщил Рябков РИА Новости": the one told
        if kept and (key in _NOT_A_NAME or _told_after_surname(kept[-1], word)):
            break  # "said Ashrafhanov Thursday", "- сказал Путин Бердымухамедову": not his name
        if word[:1].isupper() or own or key in _POSSESSIVES or _adjective_of_named_post(words, at):
            kept.append(word)
        elif kept and kept[-1][:1].isupper() and _name_particle(words, at):
            kept.append(word)  # "заявил Абдель Фаттах ас-Сиси", "said ... Augusto da Silva Cunha"
        elif kept and not any(_names_someone(w) for w in kept) and _named_next(words, at):
            # "- подчеркнул глава госдепартамента США": the post is of the one the words after
            # it name, not the page's own (up to the end of those words: "сообщил
            # пресс-секретарь главы государства Дмитрий Песков в ходе брифинга").
            end = at + 1
            while end < len(words) and words[end][:1].isupper():
                end += 1
            return " ".join(words[:end])
        elif _post_place(kept, words, at):
            kept.append(word)  # "заявил посол Ирана в РФ Казем Джалали"
        elif _post_qualifier(kept, words, at):
            kept.append(word)  # "сообщил посол африканского государства в Москве Бенсон Огуту"
        elif _ministry_of(kept, words, at):
            kept.append(word)  # "выразил заместитель министра иностранных дел РФ Александр ..."
        elif kept and _CHAMBER_HEAD_RE.search(" ".join(map(_key, [*kept, *words[at : at + 2]]))):
            # "— уточнила глава верхней палаты": our parliament's head by post, whole.
            kept += words[at : at + 2]
            break
        elif (
            kept
            and _key(kept[-1]) in _POST_NOUNS
            and _OBLIQUE_ADJECTIVE_RE.fullmatch(key) is not None
        ):
            # "— сказал зампред немецкой партии": a post of someone else's side, whose
            # adjective stands after the noun.
            kept.append(word)
            break
        else:
            break
    return " ".join(kept)


# An aide's post in the nominative, a verb's subject after it: «— заявил помощник Путина».
_AIDE_SUBJECT_NOUNS = frozenset({"помощник", "помощница", "советник", "советница"})
# A Russian adjective in an oblique case after a post noun: "зампред немецкой партии".
_OBLIQUE_ADJECTIVE_RE = re.compile(r"[а-яё]{2,}(?:ого|его|ой|ей|ых|их)")
# A Russian genitive, adjective or noun, qualifying a post: "африканского", "государства".
_GENITIVE_WORD_RE = re.compile(r"[а-яё]+(?:ого|его|ой|ей|ых|их|ства|ции|ики)")


def _post_qualifier(kept: list[str], words: list[str], at: int) -> bool:
    """Whether ``words[at]`` is one of at most two lower-case genitives right after a post,
    before where it is held and the name ("посол африканского государства в Москве Бенсон
    Огуту"): the name after them is still the subject's."""
    after_post = bool(kept) and (
        _key(kept[-1]) in _POST_NOUNS
        or (
            len(kept) >= 2
            and _key(kept[-2]) in _POST_NOUNS
            and _GENITIVE_WORD_RE.fullmatch(kept[-1]) is not None
        )
    )
    if not after_post:
        return False
    rest = words[at + 1 :]
    return (
        _GENITIVE_WORD_RE.fullmatch(words[at]) is not None
        and any(_key(w) in _POST_PLACE_PREPOSITIONS for w in rest[:2])
        and any(w[:1].isupper() for w in rest[1:4])
    )


def _ministry_of(kept: list[str], words: list[str], at: int) -> bool:
    """Whether ``words[at]`` is a lower-case genitive adjective of a ministry's name after a
    minister («иностранных» in "министра иностранных дел РФ Александр Алексеев"), a
    capitalised word (the country, the name) coming within three words."""
    ministry = next((w for w in reversed(kept) if not _GENITIVE_WORD_RE.fullmatch(w)), None)
    # (The ministry itself too: «представителя Министерства иностранных дел России ...».)
    if ministry is None or not _key(ministry).startswith(("министр", "замминистр", "министерств")):
        return False
    if any(w[:1].isupper() for w in kept[kept.index(ministry) + 1 :]):
        return False
    return _GENITIVE_WORD_RE.fullmatch(words[at]) is not None and any(
        w[:1].isupper() for w in words[at + 1 : at + 4]
    )


#: Prepositions of the place where a post is held: "посол Ирана в РФ", "постпред при ООН",
#: "the Ambassador of Russia in Colombia Sergey Koshkin".
_POST_PLACE_PREPOSITIONS = frozenset({"в", "во", "при", "of", "in", "to"})


def _post_place(kept: list[str], words: list[str], at: int) -> bool:
    """Whether ``words[at]`` opens where the post among the words ``kept`` is held, a
    preposition before a capitalised place ("посол Ирана в РФ Казем Джалали"): the name after
    it is still the subject's."""
    return (
        _key(words[at]) in _POST_PLACE_PREPOSITIONS
        and at + 1 < len(words)
        and words[at + 1][:1].isupper()
        and any(_key(word) in _POST_NOUNS for word in kept)
    )


def _opening_subject_of(masked: str) -> Sayer:
    """The person or reference the words opening a sentence name, as a participle's or a
    gerund's subject."""
    opening = _words_after(masked.lstrip(' «"“„—–-'), limit=6)
    return (person_name(opening) or _reference(opening)) if opening else None


def _russian_gerund(verb: str, before: str) -> bool:
    """Whether a Russian verb of saying is a gerund ("сказав", "подчеркнув") after a single
    clause and its comma: its subject is the one that opens the sentence ("Мария Ситтель
    представила гостей, сказав, что ..."; not after a clause of its own: "Когда ..., ...")."""
    return verb.casefold().endswith("в") and has_cyrillic(verb) and before.count(",") == 1


def _adjective_of_named_post(words: list[str], at: int) -> bool:
    """Whether ``words[at]`` is a Russian adjective of a post that a name follows: "считает
    специальный корреспондент Андрей Колесников" (not "российский лидер" alone)."""
    key = _key(words[at])
    if at + 2 >= len(words) or not _RUSSIAN_ADJECTIVE_RE.search(key) or not has_cyrillic(key):
        return False
    noun = _key(words[at + 1])
    return noun in _NAMED_POST_NOUNS and words[at + 2][:1].isupper()


def _acronym(word: str) -> bool:
    """ "ТАСС", "RT", "МИД": a word of two capitals or more (not initials, "С.В.")."""
    bare = word.strip(",.;:")
    return len(bare) >= 2 and bare.isalpha() and bare.isupper()


def _outlet_after_name(before: str, word: str) -> bool:
    """Whether ``word`` is an outlet's acronym that follows a name after a verb ("сказал
    Песков ТАСС"): the outlet told, in the dative, not part of the name; after a post it may be
    its country or body ("Председатель КНР Си Цзиньпин")."""
    if _acronym(word) and _key(before) in _NO_BODY_POSTS:
        # "- сказал российский дипломат АНВ. -": a diplomat heads no body; the outlet told.
        return True
    return (
        _acronym(word)
        and before[:1].isupper()
        and not _acronym(before)
        and not before.endswith(",")
        and not is_post_word(_key(before))
    )


# A Russian name in the dative ("Бердымухамедову", "Блинкену"): no nominative name ends so.
_DATIVE_NAME_RE = re.compile(r"[А-ЯЁ][а-яё-]{2,}[ую]")


def _told_after_surname(before: str, word: str) -> bool:
    """Whether ``word`` is the one told, in the dative, after the sayer's surname ("- сказал
    Путин Бердымухамедову"): after a first name it is the surname ("сказал Сергей Шойгу")."""
    bare = before.strip(",.;:")
    return (
        _DATIVE_NAME_RE.fullmatch(word.strip(",.;:")) is not None
        and has_cyrillic(bare)
        and bare[:1].isupper()
        and not is_first_name_form(bare.casefold())
        and not is_post_word(_key(bare))
    )


# Posts named by nouns that take no body after them (unlike "глава МИД", "посол РФ").
_NO_BODY_POSTS = frozenset({"дипломат", "diplomat"})


def _names_someone(word: str) -> bool:
    """Whether a word kept before a post's qualifier is a name's capital: not a ministry's
    name written out with its capital («представителя Министерства иностранных дел России
    Александра Лукашевича»)."""
    return word[:1].isupper() and not _key(word).startswith("министерств")


def _named_next(words: list[str], at: int) -> bool:
    """Whether ``words[at]`` is a lower-case word that a capitalised one follows: the
    qualifier of a post ("госдепартамента США", "минобороны Украины")."""
    return at + 1 < len(words) and words[at][:1].islower() and words[at + 1][:1].isupper()


# Where the clause after a verb stops holding its subject: "заявила, что ...", "said that".
_CLAUSE_STOP_RE = re.compile(
    r"(?<![^\W\d_])(?:что|чтобы|будто|ли|как|о том|that|whether|if)(?![^\W\d_])"
    # (Not a site's dot, "заявил NEWS.ru председатель ...", nor an initial's, "говорит Г.
    # Гатилов".)
    r"|(?<!(?<![^\W\d_])[A-ZА-ЯЁ])\.(?!(?:ru|com|org|net|info|рф|su|ua|by|kz)(?![^\W\d_]))"
    r"|[;:!?«»\"“”„]",
    re.IGNORECASE,
)


# A site by its domain, told something: "NEWS.ru", "Lenta.ru", "RT.com".
_SITE_RE = re.compile(r"[\w-]+\.(?:ru|com|org|net|info|рф|su|ua|by|kz)", re.IGNORECASE)


def _person_after(text: str, masked: str | None = None) -> str | None:
    """The first person named after a Russian verb, before its "что" clause: "Об этом заявила
    в четверг, 7 октября, официальный представитель МИД Мария Захарова в эфире ..." (a quoted
    name on the way, «60 минут», does not end the search: ``masked`` has quotes blanked)."""
    stop = _CLAUSE_STOP_RE.search(text if masked is None else masked)
    words = (text[: stop.start()] if stop else text).split()[:_SUBJECT_WINDOW]
    floor = 0  # where the subject's words may start: after a name that is someone else's
    aside_end = -1  # the last word of a gerund's clause set off by commas
    for start, word in enumerate(words):
        if start <= aside_end:
            continue
        if start and words[start - 1].endswith(",") and _GERUND_RE.match(word):
            # "..., — сказала официальный представитель МИД, комментируя слова Санду о ...":
            # a name in a gerund's clause is what it comments on, not the one who speaks.
            aside_end = next(
                (i for i in range(start, len(words)) if words[i].endswith(",")), len(words)
            )
            floor = aside_end + 1
            continue
        if _SITE_RE.fullmatch(word.rstrip(",.;:")):
            floor = start + 1  # "заявил NEWS.ru председатель ...": the site told, no name
            continue
        if not word[:1].isupper() or _key(word) in _NOT_A_NAME:
            continue
        end = start
        while end + 1 < len(words) and words[end + 1][:1].isupper() and "," not in words[end]:
            end += 1
        if end > start and _oblique_surname(word):
            # "спросила у Путина Ситтель": the one asked, then the asker's own name.
            floor = start + 1
            continue
        span = " ".join(words[floor : end + 1]).rstrip(",").rsplit(",", 1)[-1]
        if _oblique_post_head(span):
            # "Российская сторона предупредила гендиректора МАГАТЭ Рафаэля Гросси, что ...":
            # a post in another case than the nominative heads the one warned, not the sayer.
            floor = end + 1
            continue
        name = person_name(span)
        # "на Ближнем Востоке", "с Сергеем Лавровым": a name after a preposition, or not in
        # the nominative, is no subject.
        if name and not _after_preposition(span) and not _oblique(span):
            return name
    return None


# Russian nouns of a post in the nominative (speakers.NOMINATIVE_POSTS, and a head's), and the
# endings their other cases take: "гендиректора", "генсеку", "председателем", "главы" head no
# verb's subject.
_POST_NOMINATIVES = NOMINATIVE_POSTS | {"руководитель"}
_OBLIQUE_POST_ENDINGS = (
    ("ом", ""), ("ой", "а"), ("ем", "ь"), ("а", ""), ("у", ""), ("е", ""), ("ы", "а"),
    ("у", "а"), ("е", "а"), ("я", "ь"), ("ю", "ь"), ("ю", "й"), ("я", "й"),
)  # fmt: skip


def _oblique_post_head(span: str) -> bool:
    """Whether the words after a Russian verb open with a post in another case than the
    nominative ("гендиректора МАГАТЭ Рафаэля Гросси", "генсеку ООН"): an object's words."""
    words = span.split()
    if not words or not words[0].islower():
        return False
    key = _key(words[0]).replace("ё", "е").removeprefix("экс-")
    if key in ("посла", "послу", "послом"):
        return True
    if key.startswith("зам") and not key.startswith("замест"):
        return False  # "замминистра", "замглавы": a deputy's post, the same in every case
    if any(key.endswith(post) for post in _POST_NOMINATIVES):
        return False
    return any(
        key.endswith(ending) and (key[: -len(ending)] + nominative).endswith(post)
        for ending, nominative in _OBLIQUE_POST_ENDINGS
        for post in _POST_NOMINATIVES
        if len(key) > len(ending) + 2
    )


# Words opening a reported clause: a verb of saying after them is the reported person's.
_SUBORDINATE = frozenset(
    {"что", "чтобы", "будто", "чем", "that", "whether", "if", "what", "why", "how"}
    # "the play-by-play of everything he said": what was said, not a sayer.
    | {"everything", "anything", "something", "whatever"}
)
_RELATIVE = frozenset(
    {"who", "which", "whom", "whose", "where", "который", "которая", "которые", "которое"}
)

# The stems of the relative pronouns in any case form ("которой", "которым", "whose").
_RELATIVE_STEMS = ("котор", "who", "which", "whose")

# Conjunctions opening a clause of time or cause inside a sentence: "..., after X said".
_CONJUNCTIONS = frozenset({"after", "before", "when", "since", "until", "because", "once"})


def _after_conjunction(words: list[str]) -> bool:
    """Whether the name (with its post) that ends ``words`` is the subject of a clause of time
    or cause that follows the sentence's own words ("returned to Moscow after U.S. President
    Joe Biden")."""
    at = _name_start(words)
    if at == len(words):
        return False
    while at > 0 and (words[at - 1][:1].isupper() or is_post_word(_key(words[at - 1]))):
        at -= 1
    if at > 0 and _key(words[at - 1]) == "the":
        at -= 1
    return at > 1 and _key(words[at - 1]) in _CONJUNCTIONS


# Where a subject's phrase of place or time starts: "X at the conference said".
_PLACE_PHRASE_RE = re.compile(r"\s+(?:at|during|in|on|after|while|before)\s+(?=\S)")


# Two names joined right before a verb: "Fahmy and Lavrov", "Лавров и Ван И".
_TWO_NAMES_RE = re.compile(
    r"[A-ZА-ЯЁ][\w'’-]+\s+(?:and|и)\s+[A-ZА-ЯЁ][\w'’-]+(?:\s+[A-ZА-ЯЁ][\w'’-]+)?$"
)


#: At most this many words stand between "заявление" and "сделал" as the subject.
_INSIDE_SUBJECT_WORDS = 3


def _inside_said_noun(verb: str) -> str | Ref | None:
    """The subject between the noun and the verb of "заявление ... сделал" ("Соответствующее
    заявление дипломат сделал", "Такое заявление Рябков сделал"): a name, a post or a
    pronoun that is all the words there; None for a circumstance ("в ходе брифинга")."""
    words = verb.split()
    if len(words) < 3 or not _key(words[0]).startswith(("заявлени", "комментари")):
        return None
    inside = " ".join(words[1:-1])
    if len(words) - 2 > _INSIDE_SUBJECT_WORDS:
        return None
    return person_name(inside) or _reference(inside)


#: Subjects that are no one person: an institution's "it", a group's "they".
_NON_PERSON_PRONOUNS = frozenset({"it", "they", "оно", "они"})


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
    if _TWO_NAMES_RE.search(chunks[-1]):
        return None  # "Fahmy and Lavrov announced ...": two people, no one sayer
    if len(chunks) >= 2 and (
        _SUBJECT_PRONOUN_RE.fullmatch(chunks[-1]) or chunks[-1].casefold() in ("он", "она")
    ):
        # "Taking a dig at former US President Joe Biden, he said", «Во время встречи с главой
        # МИД КНР Ван И, он подчеркнул»: the pronoun after the comma is the subject; the one
        # named is the object of the phrase before it.
        return None
    if len(chunks) >= 2 and chunks[-1].casefold() in _NON_PERSON_PRONOUNS:
        # "The Kremlin hopes ... for President Donald Trump to visit Moscow, it said": "it"
        # (the Kremlin) or "they" says it, never one named in what they said.
        return None
    if len(chunks) >= 2 and _pronoun_clause(chunks[-1]):
        # "X held talks with Y in Moscow, after which he noted": so after a connective.
        return None
    if _SOURCES_RE.search(chunks[-1]) and not person_name(chunks[-1]):
        # "The talks between Putin and Erdogan were positive, Turkish presidential sources have
        # said": unnamed sources are the subject, not an official named further back.
        return None
    words = chunks[-1].split()
    if (
        len(words) >= 2
        and (_key(words[-1]) in _AIDE_NOUNS or _key(words[-1]) in _SOMEONE_OF_NOUNS)
        and words[-2][:1].isupper()
    ):
        # "Putin aide noted ...": the one who works for the name, not the name (see
        # _reference).
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
        if alone and is_known_official(alone) and not _other_first_name(before[-1], alone):
            name = alone
    if name and not _after_preposition(chunks[-1]) and not _oblique(chunks[-1]):
        return name
    # "US Secretary of State Anthony Blinken at the UN Conference on Disarmament said": the
    # subject before a phrase of place or time.
    located = _PLACE_PHRASE_RE.split(chunks[-1], maxsplit=1)[0]
    name = person_name(located) if located != chunks[-1] else None
    if name and not _after_preposition(located) and not _oblique(located):
        return name
    if name := _name_before_affiliation(chunks[-1]):
        return name
    # "Посол ... Сергей Нечаев в беседе с изданием Deutsche Wirtschaftsnachrichten сообщил":
    # the subject right before a circumstance of the verb (the outlet in it is no subject).
    circumstance = _SUBJECT_CIRCUMSTANCE_RE.search(chunks[-1]) if " в" in chunks[-1] else None
    located = chunks[-1][: circumstance.start()].rstrip() if circumstance else ""
    name = person_name(located) if located else None
    if (
        name
        and person_name(" ".join(located.split()[-_NAME_WORDS:])) == name
        and not _after_preposition(located)
        and not _oblique(located)
    ):
        return name
    apposition = len(chunks) >= 2 and _reference(chunks[-1]) is not None
    # (Not "During a press conference in St. Petersburg, an American journalist asked":
    # a place after a preposition.)
    if apposition and not _after_preposition(chunks[-2]) and (name := person_name(chunks[-2])):
        return name
    if apposition:
        # "When asked about ... former Prime Minister X in Japan, the Russian diplomat said":
        # the post right before the verb is its subject; whoever the clause before names is
        # what was asked about.
        return None
    for chunk in reversed(chunks):
        if named := _first_known_subject(chunk.split()):
            # "Lavrov thanked Xi Jinping for the support ... and noted": of two officials in
            # one clause, the first is the subject, the one after the verb its object.
            return named
    return None


# "Alexander Lukashevich of the Russian Ministry of Foreign Affairs", "... from the Kremlin":
# where the one named works, after his name.
_AFFILIATION_RE = re.compile(r"\s+(?:of|from)\s+(?=the\s|[A-Z])")


def _name_before_affiliation(chunk: str) -> str | None:
    """The name a clause opens with when an institution he belongs to follows it ("Mr.
    Alexander Lukashevich of the Russian Ministry of Foreign Affairs"); None when the words
    after "of" are not an institution's ("the head of the Foreign Ministry" names no one)."""
    head, *rest = _AFFILIATION_RE.split(chunk, maxsplit=1)
    if not rest or _key(rest[0].split()[-1]) not in _INSTITUTION_WORDS:
        return None
    name = person_name(head)
    return name if name and not _after_preposition(head) and not _oblique(head) else None


def _first_known_subject(words: list[str]) -> str | None:
    """The first known official a clause names where a subject may stand."""
    for end in range(1, len(words) + 1):
        if not words[end - 1][:1].isupper() or _key(words[end - 1]) in _NOT_A_NAME:
            continue
        # The words up to here, or the surname alone after other capitalised words that
        # are no first name ("Госдумы Руденко заявил"; not "Ксении Шойгу").
        alone_ok = end < 2 or not is_first_name_form(label_key(words[end - 2]))
        # "Spokesman for Putin", "Putin's spokesman": the one spoken for is no subject.
        whole = " ".join(words[:end])
        if words[end - 1].endswith(("'s", "’s")) or _after_preposition(whole):
            continue
        for span in (whole, *([words[end - 1]] if alone_ok else [])):
            name = person_name(span)
            if name and is_known_official(name) and not _oblique(span):
                return name
    return None


#: Words that join a clause to the sentence before its own subject pronoun: "after which he",
#: "and then she", "whereupon he".
_CLAUSE_JOINERS = frozenset({"after", "which", "whereupon", "and", "but", "then", "so", "later"})


def _pronoun_clause(chunk: str) -> bool:
    """Whether a clause is joiners and then "he" or "she", its subject ("after which he")."""
    *joiners, last = chunk.split()
    return (
        bool(joiners)
        and _SUBJECT_PRONOUN_RE.fullmatch(last) is not None
        and all(word in _CLAUSE_JOINERS for word in joiners)
    )


# Unnamed sources as a verb's subject: "diplomatic sources", «источник в Кремле», «собеседник
# агентства».
_SOURCES_RE = re.compile(
    r"(?<![^\W\d_])(?:sources?|источник\w*|собеседни\w*)(?![^\W\d_])", re.IGNORECASE
)


# Russian endings of a word in an oblique case ("министром Лавровым", "Госдумы"): no first
# name in the nominative before a surname.
_OBLIQUE_WORD_ENDINGS = ("ым", "им", "ом", "ем", "ой", "ей", "ы", "и", "у", "ю", "е")


# Russian nouns for a doer ("курильщик", "переводчик", "участник", "заявитель"): a headline's
# label for the man («Курильщик Лавров назвал ...»), never a first name.
_AGENT_NOUN_ENDINGS = ("щик", "чик", "ник", "тель", "щица", "чица", "ница")


def _other_first_name(word: str, known: str) -> bool:
    """Whether ``word`` right before a known person's surname is another person's first name
    ("Melania Trump", "Brigitte Macron", «Мелания Трамп»), not a spelling of theirs ("Dmitriy
    Peskov", «Стивен Уиткофф»: the same first letters) nor a word in another case («министром
    Лавровым Шойгу», «Госдумы Руденко»)."""
    key = label_key(word).strip(",.;:()")
    if has_cyrillic(key):
        if key.endswith(_OBLIQUE_WORD_ENDINGS) or key.endswith(_AGENT_NOUN_ENDINGS):
            return False
        key = transliterate(key).lower()
    return not key.startswith(known.lower()[:2])


# Days and months, capitalised like names in English: a preposition before one governs it
# (here April, June and August too: right after a preposition they are no first name).
_TIME_NAMES = DAY_AND_MONTH_NAMES | {"april", "june", "august"}
#: A word this short ending in "-ого" ("Того") is no adjectival surname.
_SHORT_SURNAME = 5


# Endings a first name ending in a consonant takes in other cases ("Джону", "Джоном", "Джона").
# A man's surname in -ov, -ev, -in in another case: «Назарбаева», «Лаврову», «Путиным».
_SURNAME_CASE_ENDINGS = ("а", "у", "ым", "ом", "е")
_FIRST_NAME_CASE_ENDINGS = ("ом", "ем", "у", "ю", "а", "я")


def _oblique(span: str) -> bool:
    """Whether the Russian name that ends ``span`` stands in another case than the nominative
    ("Ксении Байгаровой", "Лаврову"): then it is no verb's subject."""
    words = [w.strip(',;:()«»"“”') for w in span.split()][-2:]
    if not words or not has_cyrillic(words[-1]):
        return False
    keys = [label_key(w).replace("ё", "е") for w in words]
    # ("Советник Путина": a post before the surname is no first name.)
    first_name = (
        len(keys) == 2
        and has_cyrillic(words[0])
        and not is_common_word(words[0])
        and not _names_post(_key(words[0]))
    )
    if first_name and all(w[:1].isupper() for w in words):
        if " ".join(keys) in known_label_forms():
            return False  # a known person's nominative: «Хиллари Клинтон», not "Хилларя"
        if any(
            keys[0].endswith(end)
            and keys[1].endswith(tail)
            and f"{keys[0][: -len(end)]} {keys[1][: len(keys[1]) - len(tail)]}"
            in known_label_forms()
            for end in _FIRST_NAME_CASE_ENDINGS
            for tail in ("", *_SURNAME_CASE_ENDINGS)
        ):
            # «с госсекретарем Джоном Керри»: a known person's first name declined; «после
            # ухода Нурсултана Назарбаева»: both names, the first one the declension table
            # does not hold.
            return True
        # A first name and a surname: their nominative reading ("Джону Керри" -> "Джон Керри").
        found = nominative(keys)
        before = span.split()[:-2]
        # (A foreign name of four words: its first two are not the post's words either,
        # «посол Судана в Москве Мохаммед Эльгазали Эльтижани Сиррадж».)
        for _ in range(2):
            if before and before[-1][:1].isupper() and not after_place_word(before):
                before = before[:-1]
        if found is not None and found != keys and foreign_name_after_post(before, words[0]):
            return False  # "генсек правительства Японии Хирокадзу Мацуно"
        return found is not None and found != keys
    if keys[-1] in known_label_forms():
        return False  # a known person's nominative
    if len(keys[-1]) > _SHORT_SURNAME and keys[-1].endswith(_ADJECTIVE_OBLIQUE):
        return True  # "Рождественского", "Твардовскому": an adjectival surname's oblique case
    return keys[-1] in _KNOWN_SURNAME_FORMS  # a known person's surname in another case


_PREPOSITIONS = frozenset(
    """
    to of for with from about against at on in into toward towards between among near
    after before during following upon
    с со к ко у о об от для при по после перед между за над под про без на в во из через
    около возле вокруг среди
    """.split()
)
# A circumstance between a subject and its verb: one of those, or a day ("Дмитрий Медведев в
# понедельник предупредил").
_SUBJECT_CIRCUMSTANCE_RE = re.compile(
    rf"{_CIRCUMSTANCE_RE.pattern}|(?<![^\W\d_])(?:в|во)\s+(?:понедельник|вторник|среду|"
    r"четверг|пятницу|субботу|воскресенье)(?![^\W\d_])",
    re.IGNORECASE,
)
# Russian post nouns in the cases a preposition governs ("с главой МИД Японии Таро Коно",
# "к послу США", "с коллегой"): the name after them is no subject.
_OBLIQUE_POSTS = frozenset(
    """
    главой главе главу министром министру послом послу представителем представителю
    коллегой коллеге коллегу председателем председателю президентом президенту премьером
    премьеру дипломатом дипломату постпредом постпреду генсеком генсеку советником
    советнику помощником помощнику канцлером канцлеру госсекретарем госсекретарём
    госсекретарю секретарем секретарём секретарю
    """.split()
)
# An adjective of a post in the cases a preposition governs ("с государственным секретарем",
# "с японским коллегой", "к американскому послу").
_OBLIQUE_ADJECTIVE_ENDINGS = ("ым", "им", "ому", "ему", "ой", "ей")
# An outlet's noun in the instrumental or dative ("в беседе с изданием Deutsche
# Wirtschaftsnachrichten", "в интервью газете Financial Times", "телеканалу CNN"): the
# capitalised words after it name the outlet spoken to, never the verb's subject.
_OBLIQUE_OUTLETS = frozenset(
    """
    изданием изданию газетой газете агентством агентству телеканалом телеканалу журналом
    журналу порталом порталу радиостанцией телекомпанией
    """.split()
)
_GOVERNING_WORDS = _PREPOSITIONS | _OBLIQUE_OUTLETS


def _after_preposition(chunk: str) -> bool:
    """Whether the name (with its post) that ends ``chunk`` stands after a preposition
    ("advisers to US President Donald Trump"; not "Secretary of State Mike Pompeo")."""
    words = chunk.split()

    def titled(word: str) -> bool:
        key = _key(word)
        return key not in _PREPOSITIONS and (
            word[:1].isupper()
            or _is_post_noun(key)
            or key in _OWN_SIDE_WORDS
            or key in _OBLIQUE_POSTS
        )

    at = len(words)
    last_oblique = _oblique(words[-1]) if words else False
    while at > 0:
        word = words[at - 1]
        if at < len(words) and not last_oblique and word[:1].isupper() and _oblique(word):
            # "с министром Лавровым Шойгу": the preposition governs the name in its case
            # ("Лавровым"), not the one in the nominative after it.
            return False
        if (
            at < len(words)
            and not last_oblique
            and len(word) >= 2
            and word.isupper()
            and has_cyrillic(word)
            and at >= 2
            and _key(words[at - 2]) in _PREPOSITIONS
        ):
            # "В беседе с ТАСС Захарова": the preposition governs the outlet's acronym; the
            # name in the nominative after it is the subject.
            return False
        if at < len(words) and _key(word) in _TIME_NAMES:
            # "On Thursday Bogdanov said", "In March Lavrov said": the preposition governs
            # the day or month; the name after it is the subject.
            return False
        if titled(word):
            at -= 1
        elif (
            at < len(words)
            and word.islower()
            and word.endswith(_OBLIQUE_ADJECTIVE_ENDINGS)
            and _key(words[at]) in _OBLIQUE_POSTS
        ):
            at -= 1  # "с государственным секретарем США Джоном Керри"
        elif (
            at < len(words)
            and at >= 2
            and word.islower()
            and word.endswith(_OBLIQUE_ADJECTIVE_ENDINGS)
            and _key(words[at - 2]) in _PREPOSITIONS
        ):
            at -= 1  # "о настоящей Северной Корее": an adjective between preposition and name
        elif (
            _key(words[at - 1]) in _PREPOSITIONS
            and at >= 2
            and (
                _key(words[at - 2]) in POST_WORDS
                or (words[at - 2][:1].isupper() and at > 2)  # not the sentence's first word
            )
            # "Secretary of State", "Commissioner for Human Rights"; but "Spokesman for
            # Putin": a name right after the preposition is the one it governs.
            and at != _name_start(words)
        ):
            at -= 1  # "of" inside a post's title: "Secretary of State"
        else:
            break
    if at > 0 and _key(words[at - 1]) in _GOVERNING_WORDS:
        return True
    # "the aide to dictator Putin", "spokesman for Russian leader Putin": a lower-case word
    # or two between an aide's preposition and the name still make it the one spoken for.
    if " to " not in chunk and " for " not in chunk:
        return False
    aide = _AIDE_FOR_RE.search(chunk)
    return aide is not None and not any(
        _key(word) in _INSTITUTION_WORDS for word in aide.group("between").split()
    )


# An aide's post, its preposition and a short description before a name at the end ("the aide
# to dictator Putin", "spokesman for Russian leader Vladimir Putin"); an institution among the
# words ("spokeswoman for the Russian Foreign Ministry Maria Zakharova") makes it her post.
_AIDE_FOR_RE = re.compile(
    r"(?<![\w-])(?:aide|adviser|advisor|spokes(?:man|woman|person)|assistant|press secretary)"
    r"\s+(?:to|for)\s+(?P<between>(?:[\w’'-]+\s+){0,3}?)(?:[A-Z][\w.'’-]*\s*){1,3}$"
)
_INSTITUTION_WORDS = frozenset(
    """
    ministry foreign office department government kremlin mfa administration service council
    embassy committee house state mission affairs
    """.split()
)


#: A name in running text has at most this many words.
_NAME_WORDS = 3


def _institution_last(clause: str) -> bool:
    """Whether a clause's last part (after its last comma) is an institution, no post of it:
    "X and Y held a call, the Russian Foreign Ministry said" is the ministry's, not Y's."""
    words = clause.rsplit(",", 1)[-1].split()
    if not words or _key(words[-1]) not in _INSTITUTION_WORDS:
        return False
    # "Alexander Lukashevich of the Russian Ministry of Foreign Affairs said": the institution
    # is where the named person works; he is the subject.
    if _name_before_affiliation(" ".join(words)):
        return False
    # "the head of the Russian Foreign Ministry", "the official representative of the
    # ministry": a post of the institution is a person.
    return not any(_is_post_noun(_key(word)) for word in words)


def _name_start(words: list[str]) -> int:
    """Where the name that ends ``words`` starts: its last capitalised words that are no
    post and no common word ("Rights Volker Turk" -> "Volker Turk")."""
    at = len(words)
    while (
        at > 0
        and len(words) - at < _NAME_WORDS
        and words[at - 1][:1].isupper()
        and not is_post_word(_key(words[at - 1]))
        and not is_common_word(words[at - 1].strip(",.;:"))
    ):
        at -= 1
    if len(words) - at >= 3 and not is_first_name(words[at]) and is_first_name(words[at + 1]):
        at += 1  # "Minister of Energy Alexander Novak": the office's word before a first name
    return at


# The nouns of a post that a name may follow ("корреспондент “Ъ” Андрей Колесников").
_NAMED_POST_NOUNS = _POST_NOUNS | _JOURNALIST_NOUNS


# A Russian participle opening an apposition: "находящаяся с визитом в Баку", "прибывший".
_PARTICIPLE_RE = re.compile(r"^[а-яё]{3,}(?:щ|вш)(?:ий|ая|ие)(?:ся)?(?=\s|$)")


# Two words or more (a subject and its own verb), then "but" or "and" right before the verb of
# saying: "X agreed completely, but said ...", "X met the envoy and said ...", «Он воздержался от
# оценок и призвал ...».
_COORDINATED_VERB_RE = re.compile(r"\w\s+\w+\b[^,]*,?\s+(?:but|and|yet|и|но|а)\s*$")


def _spoken_together(subject: str, verb: str) -> set[str]:
    """The people a Russian plural verb of saying has as its subject when it names two or more
    joined by «и» («Павел Малков и ... Игорь Егоров сказали»); an empty set otherwise."""
    if not _plural_russian(verb) or re.search(r"(?<![\w-])и\s", subject) is None:
        return set()
    names = _full_names(subject)
    return names if len(names) >= 2 else set()


def _one_person_named(words: list[str]) -> bool:
    """Whether a clause's words name one person and join no second one to them with "и"
    ("Яковенко назвали шпионом и": one; "Лавров и Ван И": two)."""
    if not words:
        return False
    if any(
        _key(word) in _AND_WORDS and following[:1].isupper()
        for word, following in zip(words, [*words[1:], ""], strict=True)
    ):
        return False
    # (The name's words: the capitalised run the clause ends with before its verbs.)
    head = list(itertools.takewhile(lambda word: _key(word) not in _AND_WORDS, words))
    while head and not head[-1][:1].isupper():
        head.pop()
    # (Only a name standing alone: "Дочери министра Ксении Шойгу рассказали" has its own
    # plural subject before the name.)
    if not head or not all(word[:1].isupper() for word in head):
        return False
    return person_name(" ".join(head)) is not None


# «С таким заявлением <subject> выступил»: the words between the statement and its verb.
_SUBJECT_INSIDE_RE = re.compile(
    r"с\s+(?:\S+\s+)?(?:заявлением|предупреждением|призывом|мнением)\s+(?P<who>.+?)\s+"
    r"выступил(?:а|и)?$",
    re.IGNORECASE,
)


def _plural_russian(verb: str) -> bool:
    """Whether a Russian verb of saying is plural ("сообщили в Кремле": nobody named)."""
    return verb.casefold().endswith(("ли", "лись"))


def _from_named_chunk(clause: str) -> list[str]:
    """The words of ``clause`` from its last comma-set chunk that names a person on (all of
    them if none does): "Alexander Grushko, Russia's envoy to NATO" of "What is needed is ...,
    Alexander Grushko, Russia's envoy to NATO"."""
    chunks = clause.split(",")
    for at in range(len(chunks) - 1, -1, -1):
        if _last_person(chunks[at].strip()):
            return ",".join(chunks[at:]).split()
    return clause.split()


def _named_before_apposition(opening: str, verb: str) -> str | None:
    """ "Мария Захарова, официальный представитель МИД России, прокомментировала проблему":
    the subject of a verb after a comma that closes an apposition (a post, or a participle's
    or gerund's clause) set after the name that opens the sentence; the verb looked like a
    closing attribution ("..., заявила Захарова"), but nobody follows it. ``opening``: the
    sentence before the verb, quotes blanked. None for any other shape (a Russian plural verb
    has no one person as its subject)."""
    if any(mark in opening for mark in "—–;:") or _plural_russian(verb):
        return None
    chunks = [chunk.strip() for chunk in opening.split(",")]
    if len(chunks) > 3 and chunks[1] and _GERUND_RE.match(chunks[1].split()[0]):
        # "Дмитрий Песков, отвечая на вопрос журналистов, могут ли ..., подчеркнул": a
        # gerund's clause holds commas of its own; its subject is the verb's.
        chunks = [chunks[0], ", ".join(chunks[1:-1]), chunks[-1]]
    if len(chunks) != 3 or chunks[2] or not chunks[0] or not chunks[1]:
        return None
    head = chunks[0].split()
    if not _is_apposition(chunks[1].split()):
        return None
    # The name ends the opening chunk, in the nominative and after no preposition (a Russian
    # first name and surname in the nominative follow none: "На брифинге в Москве Мария
    # Захарова").
    for size in range(min(_NAME_WORDS, len(head)), 0, -1):
        span = " ".join(head[-size:])
        if not span[:1].isupper() or not (name := person_name(span)) or _oblique(span):
            continue
        full_russian = size >= 2 and has_cyrillic(span) and is_first_name_form(_key(head[-2]))
        if full_russian or not _after_preposition(" ".join(head)):
            return name
    return None


def _surname_before_post(opening: str) -> bool:
    """Whether ``opening`` (a sentence up to its verb) is one capitalised word, then an
    apposition naming a post or a gerund's clause, set off by commas: "Kaminjin, spokesperson
    for Russian Foreign Minister Sergei Lavrov, ", "Gates, joining Lavrov and Rice at a news
    conference, "."""
    chunks = [chunk.strip() for chunk in opening.split(",")]
    if len(chunks) != 3 or chunks[2] or len(chunks[0].split()) != 1 or not chunks[1]:
        return False
    word = chunks[0]
    return (
        word[:1].isupper()
        and word.isalpha()
        and not is_common_word(word)
        and _is_apposition(chunks[1].split())
    )


def _is_apposition(words: list[str]) -> bool:
    """Whether words set off by commas after a name describe him: a gerund's or a
    participle's clause ("joining Lavrov at ...", «отвечая на вопрос ...») or a post
    ("spokesperson for ...", «официальный представитель МИД»)."""
    return (
        _GERUND_RE.match(words[0]) is not None
        or _PARTICIPLE_RE.match(words[0]) is not None
        or any(_names_post(_key(word)) for word in words)
    )


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
    sentence: str,
    say: re.Match[str],
    masked: str | None = None,
    *,
    inverted_ok: bool = False,
    report: bool = False,
) -> Sayer:
    """Who a verb of saying has as its subject, before or after it (``masked``: the sentence
    with its quotes blanked out). "As the President said, ..." names no sayer of the
    sentence (an official's remarks refer to someone's words so); in a ``report`` a sentence
    opening with "As Sergei Shoigu pointed out, ..." is his, when it names him (or "the
    minister")."""
    masked = mask_quotes(sentence) if masked is None else masked
    if not _AS_BEFORE_RE.search(masked[: say.start()]):
        return _subject_of(sentence, say, masked, inverted_ok=inverted_ok)
    if report and _AS_ASIDE_BEFORE_RE.search(masked[: say.start()]):
        # "К этому относится, как уточнил Грушко, и политическая ... поддержка": a retelling
        # that names in an aside, set off by commas, the one whose words it gives.
        named = _AS_ASIDE_AFTER_RE.match(masked, say.end())
        if named and _AS_ASIDE_VERB_RE.fullmatch(say.group()):
            aside = person_name(named.group("name"))
            return aside if aside is not None and len(aside.split()) >= 2 else None
        posted = _AS_ASIDE_POST_RE.match(masked, say.end())
        if posted and _AS_ASIDE_VERB_RE.fullmatch(say.group()):
            # "Они, как заметил министр иностранных дел России, не приемлют ...": the aside
            # names the one whose words these are by the post the story named him with.
            post = _reference(posted.group("post"))
            return post if post in (Ref.OWN_POST, Ref.AIDE, Ref.RUSSIAN_PRESIDENT) else None
    if (
        report
        and (en_aside := _EN_AS_ASIDE_RE.search(masked[: say.start()]))
        and _EN_AS_ASIDE_AFTER_RE.match(masked, say.end())
    ):
        # "Under the new rule, as Siluanov explains, spending would be limited ...": a
        # retelling that names in an aside the one whose words it gives.
        who = en_aside.group("who").strip()
        sayer = person_name(who) or _reference(who)
        return sayer if isinstance(sayer, str) or sayer in (Ref.OWN_POST, Ref.AIDE) else None
    if not (report and _AS_OPENING_RE.match(masked)):
        return None
    sayer = _subject_of(sentence, say, masked, inverted_ok=inverted_ok)
    if sayer is Ref.HEAD_OF_STATE and _LONE_PRESIDENT_RE.search(masked[: say.start()]):
        return None  # "As the President said, ...": which president, the sentence does not say
    return (
        sayer
        if isinstance(sayer, str)
        # ("Как отметил пресс-секретарь российского лидера, ...": the president's aide.)
        or sayer in (Ref.OWN_POST, Ref.HEAD_OF_STATE, Ref.RUSSIAN_PRESIDENT, Ref.AIDE)
        else None
    )


# The listeners after "told", maybe with a day, before a subject a translation put last:
# "told reporters May 4 Rogozin", "told journalists on Monday Lavrov".
_TOLD_LISTENERS_RE = re.compile(
    r"\s+(?:the\s+)?(?:reporters|journalists|correspondents|press|media)"
    r"(?:\s+(?:on\s+)?(?:[A-Z][a-z]+\s+[0-9]{1,2}|[0-9]{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+day))?"
    r"\s+(?=[A-Z])"
)


# A past verb of a relative clause: "вел", "провела", "приезжали", "negotiated".
_PAST_VERB_RE = re.compile(r"[а-яё]{2,}(?:л|ла|ло|ли|лся|лась)|[a-z]{3,}ed", re.IGNORECASE)


# "the president" / "президент" alone as a subject.
_LONE_PRESIDENT_RE = re.compile(r"(?:the\s+president|президент)\s*$", re.IGNORECASE)


# A reporter's "let us recall that" opening a sentence: "Напомним, что ...", "Recall that".
_REMINDER_RE = re.compile(
    r"^\W*(?:напомним|напомню|отметим|заметим|добавим|recall|it\s+(?:should\s+be|is\s+worth)\s+"
    r"(?:recalled|recalling|noting|noted))\s*,?\s+(?:что|that)\s+",
    re.IGNORECASE,
)


#: Words that open an English sentence whose subject is dropped: "And called ...", "Also
#: noted ...", "But then added ...".
_ENGLISH_JOINERS = frozenset({"and", "but", "also", "then", "later"})


# A Russian verb in the past ("прибыл", "приехала", "выступили"): a relative clause's own verb.
_RUSSIAN_PAST_RE = re.compile(r"[а-яё]{3,}(?:л|ла|ло|ли|лся|лась|лись)")
_RUSSIAN_RELATIVE = frozenset({"который", "которая", "которые"})


def _unmarked_relative_at(clause: str) -> int | None:
    """Where a Russian relative word opens a clause that a copy left without its commas
    ("Синдзо Абэ который прибыл ..."), with no comma after it up to the verb; else None."""
    words = clause.split()
    for at, word in enumerate(words[1:], 1):
        if _key(word) in _RUSSIAN_RELATIVE and not words[at - 1].endswith(","):
            return at if "," not in " ".join(words[at:]) else None
    return None


def _relative_closed_unmarked(clause: str) -> str | None:
    """The words before such a relative clause (:func:`_unmarked_relative_at`) when it has a
    verb of its own before the verb of saying and a name in the nominative stands before it
    ("Синдзо Абэ который прибыл в Москву накануне заявил": the name is the subject); else
    None."""
    at = _unmarked_relative_at(clause)
    if at is None:
        return None
    words = clause.split()
    rest, before = words[at + 1 :], " ".join(words[:at])
    own_verb = any(_RUSSIAN_PAST_RE.fullmatch(w) for w in rest)
    # ("... Абэ который прибыл и заявил": the verb of saying is the clause's too; "с Синдзо
    # Абэ который ...": a name after a preposition is no subject.)
    joined = bool(rest) and _key(rest[-1]) in _AND_WORDS
    named = person_name(before) is not None and not _after_preposition(before)
    return before if own_verb and not joined and named and not _oblique(before) else None


def _set_off_relative(clause: str) -> str:
    """The subject's clause with a relative clause a copy left without commas set off by them:
    "Синдзо Абэ который много лет вел переговоры с Москвой" (before "заявил") is "Синдзо Абэ,
    который ..., ": the relative clause has its own verb, so the verb of saying after it is
    the main one, and its subject the name before "который". Else the clause as it was."""
    words = clause.split()
    for k in range(1, len(words) - 1):
        if _key(words[k]) not in _RELATIVE or words[k - 1].endswith((",", "—", "–")):
            continue
        if not any(_PAST_VERB_RE.fullmatch(_key(w)) for w in words[k + 1 :]):
            return clause
        if person_name(" ".join(words[:k])) is None:
            return clause
        return f"{' '.join(words[:k])}, {' '.join(words[k:])},"
    return clause


# What ends a sentence that a copy did not cut.
_SENTENCE_ENDS = frozenset('.!?…»"”)')
#: Letters a word cut at a page's end needs to be read as the post it begins ("дипло").
_CUT_POST_LETTERS = 4


def _cut_post_completed(span: str) -> str:
    """``span`` with its last word, cut by the end of a copy, completed to the post noun it
    begins, if only one ("высокопоставленный дипло" -> "... дипломат")."""
    head, _, last = span.rpartition(" ")
    key = _key(last)
    if len(key) < _CUT_POST_LETTERS or key in _POST_NOUNS:
        return span
    posts = sorted((noun for noun in _POST_NOUNS if noun.startswith(key)), key=len)
    # (One noun in its case forms: "дипломат", "дипломата".)
    if not posts or not all(noun.startswith(posts[0]) for noun in posts):
        return span
    return f"{head} {posts[0]}".strip()


def _subject_of(
    sentence: str, say: re.Match[str], masked: str, *, inverted_ok: bool = False
) -> Sayer:
    """The subject of a verb of saying (see :func:`_sayer_of`)."""
    if (inside := _SUBJECT_INSIDE_RE.match(say.group())) and (who := inside.group("who").strip()):
        # «С таким заявлением он выступил после переговоров с ... Абэ»: the subject stands
        # inside the verb's phrase; the name after it is the one he met.
        found = person_name(who) or _reference(who)
        if isinstance(found, str) or found in (
            Ref.PRONOUN,
            Ref.OWN_POST,
            Ref.AIDE,
            Ref.HEAD_OF_STATE,
            Ref.RUSSIAN_PRESIDENT,
        ):
            return found
    before = sentence[: say.start()]
    # 'When asked if Russia has an "exit strategy," Lavrov said': a comma inside a closing
    # quote ends the clause before the subject too.
    comma = max(before.rfind(mark) for mark in (',"', ",”", ",»", ",’"))
    subject_before = _clause_before(masked[comma + 2 if comma >= 0 else 0 : say.start()])
    if comma >= 0 and not subject_before:
        # 'Donald Trump, in a conversation with the "New York Post," stated that ...': a
        # quoted name set off inside the subject's phrase, with no subject after it.
        subject_before = _clause_before(masked[: say.start()])
    if (topic := _TOPIC_OPENING_RE.match(subject_before)) and "," in subject_before[topic.end() :]:
        # "Regarding the US allegations against the president, Nicolas Maduro, the Russian
        # senator said": what it is about opens the sentence; its subject follows the last
        # comma (never a name inside the topic).
        subject_before = subject_before.rsplit(",", 1)[1].strip()
    if (reminder := _REMINDER_RE.match(masked)) and reminder.end() <= say.start():
        # "Напомним, что накануне Трамп заявил, что ...": the reporter's own "let us recall
        # that" opens no reported clause; the subject is after it.
        subject_before = _clause_before(masked[reminder.end() : say.start()])
    if subject_before and _unmarked_relative_at(subject_before) is not None:
        # A Russian relative clause a copy left without commas: the name before it is the
        # subject when the clause has a verb of its own ("Синдзо Абэ который прибыл в Москву
        # заявил"); when the verb of saying may be the clause's ("Путин встретился с Синдзо
        # Абэ который прибыл ... и заявил"), whoever was named before it is no sure sayer.
        closed = _relative_closed_unmarked(subject_before)
        set_off = _set_off_relative(subject_before)
        joined = _key(subject_before.split()[-1]) in _AND_WORDS
        if closed is None and (joined or set_off == subject_before):
            return None
        subject_before = closed or set_off
    elif subject_before:
        subject_before = _set_off_relative(subject_before)  # "Suga who negotiated ... said"
    if subject_before and _key(subject_before.split()[-1]) in _RELATIVE:
        return None  # "Боррель, который назвал ...": a relative clause, not the sayer
    if subject_before and _key(subject_before.split()[-1]) in _SECOND_PERSON:
        # "— In December you drew attention to ...": an interviewer speaking to the one
        # interviewed names no sayer of the sentence (it is the interviewer's own).
        return None
    if subject_before and _key(subject_before.split()[-1]) in _FIRST_PERSON_SUBJECTS:
        # "All I said was in no way intended to offend": the speaker's own words, no sayer.
        return None
    last_chunk = subject_before.rsplit(",", 1)[-1].split()
    if last_chunk and _key(last_chunk[0]) in _RELATIVE:
        # "Байден сделал заявления о России, которые в Кремле назвали ...": the verb is in a
        # relative clause; whoever the sentence named before it is no sayer of it.
        return None
    if _plural_russian(say.group()) and _one_person_named(last_chunk):
        # "В статье ... Яковенко назвали шпионом и заявили, что ...": one person before a
        # plural verb is its object; the subject ("they") is unnamed.
        return None
    if _after_conjunction(last_chunk):
        # "Antonov returned to Moscow after U.S. President Joe Biden called Putin a killer":
        # the verb is in a clause of time; the sentence is not Biden's.
        return None
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
        return _opening_subject_of(masked)
    if _russian_gerund(say.group(), masked[: say.start()]):
        # "Ведущая Мария Ситтель представила гостей, сказав, что ...": so in Russian, when the
        # sentence opens with its subject (else as any verb: "В ходе встречи Путин ...").
        found = _opening_subject_of(masked)
        if found is not None and found is not Ref.SOMEONE:
            return found
    if (
        say.group().casefold() in ("told", "tells")
        # (Nothing but the quote, blanked, and its dash before the verb.)
        and not masked[: say.start()].strip(" ,-–—")
        and sentence.lstrip()[:1] in "\"“«„'"
        and (listeners := _TOLD_LISTENERS_RE.match(sentence, say.end()))
        and (known := find_known_speaker(_words_after(sentence[listeners.end() :])))
    ):
        # '"...," - told reporters May 4 Rogozin, stressing ...': a translation keeping the
        # Russian order («сказал журналистам 4 мая Рогозин»), the known speaker after the
        # listeners (never the one after "Peskov told reporters": he is the subject).
        return known.name
    subject_after = _words_after(sentence[say.end() :])
    if _closing(sentence, masked, say):
        # "..., — заявил он.", "..., напомнила журналистка.": the subject follows the verb, and
        # the clause before it is what was said, never the sayer.
        rest = sentence[say.end() :]
        told = say.group().casefold() in ("told", "tells")
        if told:
            subject_after = ""  # "..., Nikolay Krasilnikov, told RT": after it, the one told
        found = person_name(subject_after) if subject_after else None
        if found and (_oblique(subject_after) or _after_preposition(subject_after)):
            found = None  # "– признался пресс-секретарь Путина": the one he speaks for
        found = found or _person_after(rest, masked[say.end() :])
        if (
            not found
            and not subject_after
            and (apposed := _NAME_THEN_POST_CLAUSE_RE.match(subject_before.strip()))
        ):
            # '"...," Alexander Shchetinin, director of the ministry's Latin America
            # department, told journalists': the name before the post set off by commas.
            found = person_name(apposed.group("name"))
        # (Only a word after the verb: "..., Lavrov, Russia's top diplomat, said." ends there.)
        after = [key for key in (_key(w) for w in rest.split()[:1]) if key]
        if (
            not found
            and not subject_after
            and subject_before
            # (After "told" its object, the one told: "..., Nikolay Krasilnikov, told RT".)
            and (told or all(key in _PREPOSITIONS for key in after))
            and not _SAY_RE.search(subject_before)
            # (What was said, before its first comma, may open with "what": "What is needed
            # is ..., Alexander Grushko, Russia's envoy to NATO, said after a meeting.")
            and not any(_key(w) in _SUBORDINATE for w in _from_named_chunk(subject_before))
            and not _plural_russian(say.group())
            and not _institution_last(subject_before)
        ):
            # "”...”. Dmitry Medvedev, deputy chairman of ..., wrote on Telegram.": nobody
            # after the verb (only where or when), and the narration before it is a name.
            found = _last_person(subject_before)
        if (
            not found
            and (
                not subject_after
                # ("Dmitry Peskov, the spokesman for ..., said the talks failed": what was said
                # follows the verb, not a subject.)
                or (
                    subject_after[:1].islower() and _reference(subject_after) in (None, Ref.SOMEONE)
                )
            )
        ):
            found = _named_before_apposition(masked[: say.start()], say.group())
        if not found and not subject_after and _CIRCUMSTANCE_RE.match(rest.lstrip()):
            # «..., — сказал в ходе брифинга дипломат.», «— заявил в интервью РИА Новости
            # министр»: where he said it, then the subject at the sentence's end.
            placed = _reference(masked[say.end() :].strip(" .!?…"))
            if placed is not None and placed is not Ref.SOMEONE:
                return placed
        if not found and _russian_post_last(say.group(), masked[say.end() :]):
            # «..., — описала свое понимание ситуации представитель МИД РФ.»: what she said
            # it of after the verb, then her post, the subject, ending the sentence.
            return _russian_post_last(say.group(), masked[say.end() :])
        if (
            not found
            and not rest.strip(" .!?…")
            and has_cyrillic(say.group())
            and not _plural_russian(say.group())
        ):
            # «..., – добавил» closing the text (a copy cut it there) or «– добавил.»: the
            # subject left out is the one who spoke before, "he".
            return Ref.PRONOUN
        if not found and rest.strip() and sentence.rstrip()[-1:] not in _SENTENCE_ENDS:
            # «...», сказал высокопоставленный дипло': a copy cut mid-word at the post.
            cut = " ".join(rest.split()[:4])
            if (completed := _cut_post_completed(cut)) != cut and (post := _reference(completed)):
                return post
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
        # ("Michael McFaul, the U.S. ambassador to Russia, said Obama's second administration
        # would ...": a possessive after the verb opens what was said, not a subject.)
        and re.match(r"[^\s,]+['’]s(?!\w)", subject_after) is None
    )
    inverted = (
        quoted
        or inverted_ok
        or after_comma
        or english_inverted
        or (russian and subject_after[:1].isupper())
    )
    if (
        russian
        and all(_key(word) in _LINKING_WORDS for word in subject_before.split())
        and _CLAUSE_OPEN_RE.match(masked[say.end() :])
    ):
        # "И добавила: «...»", "Также отметил, что ...": Russian drops the subject that the
        # sentence before named; it is "he" or "she".
        return Ref.PRONOUN
    if (
        not russian
        and subject_before
        and all(_key(word) in _ENGLISH_JOINERS for word in subject_before.split())
    ):
        # "And called the strikes unacceptable.", "Also noted that ...": an English sentence
        # with its subject dropped goes on with the one the sentence before had speak.
        return Ref.PRONOUN
    if inner := _inside_said_noun(say.group()):
        return inner  # "Соответствующее заявление дипломат сделал ...": the subject inside
    if (
        not inverted
        and _COORDINATED_VERB_RE.search(subject_before)
        # (A Russian plural verb is many speaking: «... и заявили».)
        and not (russian and _plural_russian(say.group()))
        and (shared := _opening_subject_of(masked)) is not None
        and shared is not Ref.SOMEONE
    ):
        # "The Russian Defense chief agreed completely, but said that ...": a second verb
        # of the sentence's subject, after "but" or "and".
        return shared
    if not inverted and _spoken_together(subject_before, say.group()):
        # «Губернатор ... Павел Малков и военный комиссар ... Игорь Егоров сказали, что ...»:
        # two people said it together; the words are no one person's.
        return Ref.SOMEONE
    if (
        subject_before
        and not quoted
        # ("..., said the talks failed": "the" opens what was said, not a subject.)
        and (
            not inverted or not subject_after or (english_inverted and subject_after[:1].islower())
        )
    ):
        # "Mikhail Kamynin, spokesman for Foreign Minister Sergei Lavrov, said": the name
        # opening the sentence, not the one inside the apposition after it, is the subject;
        # a surname we do not know there ("Kaminjin, spokesperson for ...") names someone.
        if name_first := _named_before_apposition(masked[: say.start()], say.group()):
            return name_first
        if _surname_before_post(masked[: say.start()]):
            return Ref.SOMEONE
    spans = [subject_after, subject_before] if inverted else [subject_before]
    if (
        inverted
        and russian
        and not quoted
        and not after_comma
        and _known_subject_last(subject_before)
    ):
        # "В начале встречи Путин предложил Керри ...": a known name in the nominative right
        # before the verb is its subject; the capitalised word after it is its object.
        spans = [subject_before, subject_after]
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
        if span is subject_before and _institution_last(span):
            # "X and Y held a call, the Russian Foreign Ministry said": the ministry's words.
            fallback = Ref.SOMEONE
            continue
        if span is subject_before and (post := _post_after_comma(span)) is not None:
            # "During a press conference with his Chinese counterpart Wang Yi, the Russian
            # minister added": the name is in the clause before; the post is the subject.
            return post
        name = person_name(span) if span is subject_after else _last_person(span)
        if name:
            return name
        reference = _reference(span)
        before_verb = span is subject_before and reference is not None
        if fallback is None or (fallback is Ref.SOMEONE and before_verb):
            # "Российский министр также обвинил Штаты ...": the subject before the verb
            # ("the minister", "он") beats a capitalised object after it (but "журналист
            # Sky News попросил министра": a post after the verb is no subject then).
            fallback = reference
    if (
        russian
        and fallback is not Ref.PRONOUN
        # («Пресс-секретарь ответил и на вопрос, почему Путин скрывает ...»: a post before the
        # verb is its subject; a name after it is inside what he answered.)
        and not (fallback not in (None, Ref.SOMEONE) and subject_before)
        and (name := _person_after(sentence[say.end() :], masked[say.end() :]))
    ):
        return name  # Russian word order: "Соответствующее заявление сделала ... Захарова"
    opening = masked[: say.start()]
    # ("..., подчеркнул, что ...": a verb after a comma with nobody after it is not inverted.)
    unnamed_after = after_comma and not quoted and not inverted_ok and not subject_after
    if (
        fallback in (None, Ref.SOMEONE)
        and (not inverted or unnamed_after)
        # (With words before the verb the same look was taken above, with the same answer.)
        and not subject_before
        and len(opening.split()) > _SUBJECT_WINDOW
        and (name := _named_before_apposition(opening, say.group()))
    ):
        # "Kirill Dmitriev, Chairman of ... and Special Representative of ... for Investment
        # and Economic Cooperation with Foreign Countries, noted that ...": an apposition too
        # long for the subject's window, between the name opening the sentence and the verb.
        return name
    if fallback is None and subject_before and not inverted:
        # Someone we cannot name is speaking ("Previously, macron said", "the agency said").
        return Ref.SOMEONE
    return fallback


def _post_after_comma(span: str) -> Ref | None:
    """The post that stands alone after the last comma of the words before a verb, when a
    name stands before that comma ("... with his counterpart Wang Yi, the Russian minister"):
    the verb's subject; None otherwise."""
    head, comma, tail = span.rpartition(",")
    tail = tail.strip()
    if not comma or not tail or _last_person(head) is None or person_name(tail) is not None:
        return None
    if len(tail.split()) > _POST_AFTER_COMMA_WORDS:
        return None
    reference = _reference(tail)
    return reference if reference not in (None, Ref.SOMEONE, Ref.PRONOUN) else None


#: A post standing for the subject after a comma has at most this many words ("the Russian
#: minister", "Russia's top diplomat").
_POST_AFTER_COMMA_WORDS = 4


def _russian_post_last(verb: str, after: str) -> Ref | None:
    """The post that ends a Russian closing attribution after some words of its own ("свое
    понимание ситуации представитель МИД РФ"): the verb's subject, when the last words
    (two to four) name one of our own posts; None otherwise."""
    if not has_cyrillic(verb):
        return None
    words = after.strip(" .!?…").split()
    if len(words) < 3 or len(words) > _CLOSING_WORDS:
        return None
    for size in (4, 3, 2):
        if size < len(words):
            found = _reference(" ".join(words[-size:]))
            if found is None or found is Ref.SOMEONE or found is Ref.PRONOUN:
                continue
            # (Not "турецкий министр обороны": an adjective before the post is part of it,
            # another country's post; only a noun of what was said may stand there.)
            if words[-size - 1].casefold().endswith(_ADJECTIVE_ENDINGS):
                return None
            return found
    return None


# The nominative endings of a Russian adjective («турецкий», «белорусский», «новая»).
_ADJECTIVE_ENDINGS = ("ий", "ый", "ой", "ая", "яя")


#: A closing attribution whose subject ends it has at most this many words after its verb.
_CLOSING_WORDS = 10


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
    if not chunks or _key(chunks[-1].split()[0]) in _RELATIVE or _oblique(chunks[-1]):
        # "..., которое министр дал обозревателю Анне Вороновой": the one spoken to.
        return None
    if _after_preposition(chunks[-1]):
        return None  # '"...," said a collaborator of Vladimir Putin': the one it is of
    if any(_key(word).startswith(_RELATIVE_STEMS) for word in chunks[-1].split()):
        # «... на компанию "Мечел", во главе которой стоит Игорь Зюзин.»: a relative clause
        # after a quoted name, not a sayer after a quote.
        return None
    return person_name(chunks[-1])


# A reported clause or a quote that opens right after a verb: "wrote that", "написал, что".
# ("wrote on his Telegram channel:", "написал в своем канале, что": a place of a few words.)
_CLAUSE_OPEN_RE = re.compile(
    r"(?:\s+(?:in|on|at|в|на)(?:\s+[^\s,:;.]+){1,4}?)?\s*(?:,?\s*(?:что|that)(?![^\W\d_])|:)",
    re.IGNORECASE,
)


#: An attribution that closes a sentence ("..., said Lavrov on Tuesday.") has at most this many
#: words after its verb.
_CLOSING_WORDS = 10
#: ... or this many after a subject of two words or more (a post and a name).
_CLOSING_TAIL_WORDS = 6
#: ... or, after a subject of this many words at most, ...
_SUBJECT_WORDS = 4
#: ... or this many, a post and the name that ends the sentence.
_POST_AND_NAME_WORDS = 16
# Two capitalised words ending a sentence: a first name and surname.
_NAME_AT_END_RE = re.compile(r"(?P<name>[A-ZА-ЯЁ][\w'’-]+\s+[A-ZА-ЯЁ][\w'’-]+)\s*[.!?…]*\s*$")
#: ... this many words of circumstances, from a preposition on ("во время ... после ...").
_CIRCUMSTANCE_WORDS = 16


# What ends the words before a closing attribution: a comma, a dash or a closing quote.
_CLOSING_MARK_BEFORE_RE = re.compile(r"[,–—\"'»”’]\s*$")


def _closing(sentence: str, masked: str, say: re.Match[str]) -> bool:
    """Whether a verb of saying closes its sentence as an attribution: after a comma, a dash or
    a closing quote, with only its subject and a few words after it ("..., — заявил он в
    эфире.", "..., said the minister"); never a participle ("..., saying ...", "..., назвав
    её опасной")."""
    if say.group().casefold().endswith(("ing", "в")) or not _CLOSING_MARK_BEFORE_RE.search(
        masked[: say.start()]
    ):
        return False
    return _little_after(sentence, say)


def _little_after(sentence: str, say: re.Match[str]) -> bool:
    """Whether only a few words, none opening a clause, follow a verb of saying to the end of
    its sentence ("..., — заявил он в эфире.")."""
    rest = sentence[say.end() :]
    if _CLAUSE_STOP_RE.search(rest.rstrip(" .!?…")):
        return False
    words = len(rest.split())
    # A long post and name as the subject leave the same few words after them: "...,
    # admitted Russian Foreign Ministry Spokesperson Maria Zakharova in a press conference".
    subject = len(_words_after(rest).split())
    if words <= _CLOSING_WORDS or (subject >= 2 and words - subject <= _CLOSING_TAIL_WORDS):
        return True
    if words <= _POST_AND_NAME_WORDS and (named := _NAME_AT_END_RE.search(rest)):
        # "..., заявил постоянный представитель Российской Федерации при международных
        # организациях в Вене Михаил Ульянов.": a long post, the name closing the sentence.
        return person_name(named.group("name")) is not None
    # "..., — заявил чилийский лидер во время пресс-конференции в президентском дворце
    # Ла-Монеда после встречи с министрами.": only circumstances, one after another, after
    # the subject (no clause: _CLAUSE_STOP_RE found none).
    words_after = rest.split()
    after = [_key(word) for word in words_after]
    at = next((i for i, key in enumerate(after) if key in _PREPOSITIONS), None)
    if at is None or not 1 <= at <= _SUBJECT_WORDS or len(after) - at > _CIRCUMSTANCE_WORDS:
        return False
    # The words before the circumstances are a subject: a name, a pronoun or a post ("чилийский
    # лидер"), not an object ("underlined the significance of ...").
    last = after[at - 1]
    return (
        person_name(" ".join(words_after[:at])) is not None
        or last in _PRONOUNS
        or last in _HEAD_NOUNS
        or last in _JOURNALIST_NOUNS
        or _is_post_noun(last)
    )


# ", Ushakov said.", ", the minister said.": a closing attribution's subject before its verb,
# after the comma, dash or quote that ends what was said.
_SUBJECT_CLOSING_RE = re.compile(r"[,–—\"'»”’]\s*(?P<subject>(?:[\w.'’-]+\s+){1,4})$")


def _closing_after_subject(sentence: str, masked: str, say: re.Match[str]) -> bool:
    """Whether a verb of saying closes its sentence with its subject just before it ("...,
    Ushakov said.", "..., he said."): a person's name, a pronoun or a post, and then only a
    few words to the end (see :func:`_closing`)."""
    if say.group().casefold().endswith("ing"):
        return False
    found = _SUBJECT_CLOSING_RE.search(masked, 0, say.start())
    if found is None:
        return False
    subject = found.group("subject").strip()
    words = subject.split()
    keys = [_key(word) for word in words]
    # The whole span is the subject: a name in capitals, "he", or "the <post>" (not
    # "something he said ...", where "he said" sits inside a clause).
    named = all(word[:1].isupper() for word in words) and person_name(subject) is not None
    post = keys[0] == "the" and len(keys) > 1 and _reference(subject) is not None
    if not (named or post or keys in (["he"], ["she"])):
        return False
    return _little_after(sentence, say)


# "until their meeting is officially announced": an English passive, whose subject is what
# was said, not who said it ("X was asked" is read apart: someone asked X).
_PASSIVE_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE
)


# Only a quote (blanked), then a short subject or none before the verb: '"...," she wrote',
# '"...", - написала дипломат' (a spaced hyphen for a dash).
_SUBJECT_AFTER_QUOTE_RE = re.compile(r"[\s,.–—-]*(?:[^\W\d_][\w'’.-]*\s+){0,4}")
# ... or a subject with its post spelt out, ending with the person's name ('"...," Deputy
# Chairman of the Russian Security Council Dmitry Medvedev wrote').
_POSTED_SUBJECT_AFTER_QUOTE_RE = re.compile(r"[\s,.–—-]*(?:[^\W\d_][\w'’.-]*\s+){5,12}")


def _subject_after_quote(sentence: str, masked: str, say: re.Match[str]) -> bool:
    """Whether a verb closes a quote with its subject before it ('"...," she wrote', "...»,
    — Захарова написала"): the sentence has a closing quote mark before the verb and nothing
    but the subject outside the quote."""
    before = sentence[: say.start()]
    if not any(mark in before for mark in _QUOTE_CLOSE):
        return False
    outside = masked[: say.start()]
    if _SUBJECT_AFTER_QUOTE_RE.fullmatch(outside) is not None:
        return True
    return (
        _POSTED_SUBJECT_AFTER_QUOTE_RE.fullmatch(outside) is not None
        and _last_person(outside.strip(" ,.–—-")) is not None
    )


def _full_names(paragraph: str) -> set[str]:
    """The people a paragraph names with a first name and a surname (outside quotes)."""
    words = mask_quotes(paragraph).split()
    found: set[str] = set()
    for end in range(1, len(words)):
        if not (words[end][:1].isupper() and words[end - 1][:1].isupper()):
            continue
        name = person_name(" ".join(words[max(0, end - 3) : end + 1]).strip(",.;:!?()"))
        if name is None or len(name.split()) < 2:
            continue
        before = words[end - len(name.split())] if end >= len(name.split()) else ""
        if before.casefold() not in _OUTLET_NOUNS and not _REGION_RE.search(name):
            found.add(name)
    return found


# A region's name, no person's: "the Middle East", "Latin America", «Ближний Восток»; nor
# one that a region opens ("for the Middle East and Africa, Mikhail Bogdanov").
_REGION_RE = re.compile(
    r"\b(?:East|West|North|South|Asia|America|Africa|Europe|Gulf|Восток\w*|Запад\w*)$"
    r"|^(?:Middle|Far|Near|Latin|Central|Southeast|Asia|Africa|Europe|Ближн\w+|Дальн\w+"
    r"|Латинск\w+)\b"
)


# "the newspaper El Sur", «газета Nuevo Día»: the capitalised words after name an outlet.
_OUTLET_NOUNS = _OBLIQUE_OUTLETS | frozenset(
    """
    newspaper newspaper's daily weekly magazine agency channel broadcaster outlet portal
    website radio station газета журнал агентство телеканал издание портал радиостанция
    """.split()
)
# "he" or "she" as a subject, and Russian «он», «она» («— сказал он ... с главой МИД Сергеем
# Лавровым»; a copy's "Об этом он заявил министр ... Сергей Лавров", which names its subject
# twice, is told apart by the name's case: see _Reader._pronouns).
_SUBJECT_PRONOUN_RE = re.compile(r"(?<![^\W\d_])(?:[Hh]e|[Ss]he|[Оо]на?)(?![^\W\d_])")


# A sentence's opening up to its subject: nothing, or a few words of time ("В начале встречи",
# "Later,"); then a capitalised name of one to three words.
_OPENING_NAME_RE = re.compile(
    r"^\W*(?P<lead>[A-ZА-ЯЁ][a-zа-яё]*(?:\s+[a-zа-яё]+){0,3},?\s+)?"
    r"(?P<name>[A-ZА-ЯЁ][\w'’-]+(?:\s+[A-ZА-ЯЁ][\w'’-]+){0,2})$"
)


def _known_subject_last(opening: str) -> str | None:
    """The known person whose name, in the nominative, ends a sentence's opening that holds
    nothing else but a few words of time ("Путин", "В начале встречи Путин", "Later Putin");
    None for any other opening ("Путину", "Putin's aide", "Захарова и СМИ")."""
    match = _OPENING_NAME_RE.match(opening.strip())
    if match is None:
        return None
    known = find_known_speaker(match.group("name"))  # a nominative form of a known name only
    return known.name if known is not None else None
