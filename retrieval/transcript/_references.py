"""Subjects that name no one, and who they can be (:class:`Ref`).

"he", "the Russian minister", "the Kremlin", «пресс-секретарь президента»: a reference that
the page resolves later, told apart by the words for posts, aides, presidents and journalists;
and the known people such a reference may stand for (presidents, aides, regional heads).
"""

from __future__ import annotations

import itertools
import re
from enum import Enum

from retrieval.speakers import (
    KNOWN_SPEAKERS,
    POST_WORDS,
    is_known_official,
    is_post_word,
    known_label_forms,
    person_name,
)
from retrieval.text import has_cyrillic, label_key

# The words that open such a sentence: "Такое", "Соответствующее заявление дипломат сделал".
_SAID_OBJECT_OPENERS = frozenset(
    "такое такую такой такие таким соответствующее соответствующую соответствующий "
    "соответствующие подобное подобную подобный подобные подобной подобным этой этим".split()
)
# Those words with the words for what was said, which open such a sentence before its
# subject: not part of it ("Такое мнение дипломат высказала").
_SAID_OBJECT_WORDS = _SAID_OBJECT_OPENERS | frozenset(
    "заявление заявления мнение мнения оценку оценки позицию позиции прогноз предупреждение "
    "предупреждения комментарий комментарии слова информацией мнением".split()
)
# Russian posts in the nominative that stand for the story's official by themselves.
_RU_BARE_POSTS = frozenset(
    "премьер премьер-министр министр дипломат посол спикер председатель постпред "
    "пресс-секретарь".split()
)
# A Russian adjective's ending in the nominative: "финский", "российская", "новое".
_RU_ADJECTIVE_END_RE = re.compile(r"(?:ий|ый|ой|ая|яя|ое|ее)$")
_PRONOUNS = frozenset({"he", "she", "он", "она", "him", "her"})
# Nouns for a person already named: "the minister said", "дипломат отметил".
_POST_NOUNS = frozenset(
    """
    minister spokesman spokeswoman spokesperson speaker diplomat envoy ambassador representative
    secretary official premier head chief deputy fm politician mp parliamentarian
    press-secretary
    министр дипломат представитель пресс-секретарь постпред спикер замглавы замминистра посол
    председатель
    премьер-министр премьер-министра
    премьер глава министра дипломата представителя пресс-секретаря постпреда посла премьера
    главы госслужащий госслужащая госслужащей госслужащего чиновник чиновница чиновника
    чиновницы представительница представительницы политик политика секретарь секретаря
    заместитель заместителя
    диппредставитель диппредставителя вице-спикер вице-спикера сенатор сенатора генконсул
    генконсула консул консула consul полпред полпреда посланник посланника зампред зампреда
    вице-премьер вице-премьера депутат депутата парламентарий парламентария
    эмиссар эмиссара emissary delegate
    директор директора
    """.split()
)
# Posts of a legislature, ours only when the words before them say so ("the Russian senator").
_SENATE_POSTS = frozenset({"senator", "lawmaker", "legislator"})
_RUSSIAN_WORDS = frozenset({"russian", "russia's", "russias"})


# Words that may stand with such a noun and still mean the page's own (Russian) speaker: "the
# Russian foreign minister", "официальный представитель МИД России". Any other word ("the
# Finnish minister", "his Turkish counterpart") points at someone else.
_OWN_SIDE_WORDS = frozenset(
    """
    the russian russia kremlin foreign ministry minister president presidential press prime
    permanent representative first deputy top federation of for to un security council mfa
    state official affairs acting defence defense policy российский российского официальный
    официального мид мида россии рф внешнеполитического ведомства президента кремля генеральный
    постоянный обороны минобороны дипведомства главный главы military department военного
    оборонного senior high-ranking высокопоставленный высокопоставленного русского совбеза
    совета безопасности кремлевский кремлёвский кремлевского кремлёвского первый первого
    veteran seasoned longtime long-serving diplomacy moscow diplomatic
    отечественный отечественного хозяина российской нашего нашей
    new новый нового новая новой
    совфеда федерации госдумы думы комитета международным делам нижней верхней палаты парламента
    банка цб центробанка регулятора правительства кабмина минфина минэкономразвития минэнерго
    росатома роскосмоса администрации региона области края республики города столицы
    """.split()
)
# The words of a post's name after its noun: "министр иностранных дел" is "the foreign
# minister" (only in a subject: in a name's title they are no stop, "с главой МИД Японии ...
# министр иностранных дел России Сергей Лавров", see _after_preposition).
_POST_OF_WORDS = frozenset({"иностранных", "дел", "департамента"})
# The organisations Russia keeps a permanent representative at («постпред при ООН»).
_POSTED_AT_ORGANISATIONS = frozenset("оон обсе нато ес магатэ юнеско оз".split())
# Words between a subject and its verb: "Peskov also said", "Lavrov has repeatedly stated".
_BETWEEN_WORDS = frozenset(
    """
    also further then again later earlier however once already previously repeatedly still
    has had have was is would will been in his her its turn
    specifically particularly separately publicly personally openly firmly reportedly
    также тоже ранее прежде уже еще ещё вновь снова неоднократно затем потом тогда же не
    особо отдельно дополнительно лично прямо открыто публично категорически решительно
    сразу сходу вчера сегодня накануне today yesterday
    ребром жестко жёстко резко четко чётко твердо твёрдо кратко коротко вкратце подробно
    журналистам корреспондентам репортерам репортёрам собравшимся
    сам сама himself herself
    """.split()
)


class Ref(Enum):
    """A sentence's speaker when it is not named there."""

    PRONOUN = "he said: the last person named"
    OWN_POST = "the minister said: the last known official named, or the page's speaker"
    SOMEONE = "a subject that names no one we know: the Kremlin, the Finnish minister"
    JOURNALIST = "the interviewer asked, напомнила журналистка: the interviewer the page names"
    MODERATOR = "сказал модератор, the moderator said: the one moderator the page names"
    HEAD_OF_STATE = (
        "глава государства отметил: the story's main person, if the page calls him president"
    )
    AIDE = "Putin's spokesman said: the last known official named, unless it is Putin"
    RUSSIAN_PRESIDENT = (
        "сказал президент РФ, Russia's president noted: the one Russian president the page calls"
        " president"
    )
    LEGISLATOR = "the legislator stated: the last person named, if the page named them as one"


Sayer = str | Ref | None


def _oblique_surname(word: str) -> bool:
    """Whether a word is a known person's surname in another case than the nominative
    ("Путина", "Лаврову"): no first name of the capitalised word after it."""
    key = _key(word).replace("ё", "е")
    return key in _KNOWN_SURNAME_FORMS and key not in known_label_forms()


def _key(word: str) -> str:
    key = label_key(word).strip(",.;:()")
    return key[:-2] if key.endswith("'s") else key


# Every one-word Cyrillic form of a known person's name (their nominatives are label forms).
_KNOWN_SURNAME_FORMS = frozenset(
    alias for s in KNOWN_SPEAKERS for alias in s.aliases if " " not in alias and has_cyrillic(alias)
)


# A circumstance of a Russian verb of saying that may stand between it and its subject, or
# open the sentence before the subject: "в эфире радио Sputnik", "в интервью РИА Новости",
# "на брифинге", "в ходе беседы".
_CIRCUMSTANCE_RE = re.compile(
    # («в своем интервью РИА Новостям»: his own, said of it.)
    r"(?<![^\W\d_])(?:в|во|на)\s+(?:сво[её]м\s+|своей\s+)?(?:интервью|эфире|беседе|ходе|"
    r"рамках|продолжение|время|брифинге|пресс-конференции|разговоре|комментарии|выступлении|"
    # («Президент в своем видеоблоге признался»: where he wrote or posted it.)
    r"видеоблоге|блоге|обращении|послании|статье|колонке|телеграм-канале|Telegram-канале)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)


# Pronouns that end like adjectives: "Помимо этого посол сообщил", "Кроме того министр".
_PRONOUN_FORMS = frozenset("этого того всего него его её ее их чего сего ничего".split())
_RUSSIAN_ADJECTIVE_RE = re.compile(
    r"(?:ий|ый|ой|ая|яя|ое|ее|ие|ые|ого|его|ому|ему|ым|им|ую|юю|ых|их|ской|цкой)$"
)


# "the interviewer", "журналистка": the one who interviews the page's speaker.
_JOURNALIST_NOUNS = frozenset(
    """
    interviewer journalist reporter correspondent host журналист журналистка корреспондент
    корреспондентка интервьюер ведущий ведущая
    """.split()
)


def _journalist(keys: list[str]) -> bool:
    """ "the interviewer", "журналистка" (Russian has no article; English needs "the": "a
    reporter asked" is anyone)."""
    if not keys or keys[-1] not in _JOURNALIST_NOUNS:
        return False
    return keys[:-1] == ["the"] or (len(keys) == 1 and has_cyrillic(keys[0]))


# Posts of someone who speaks for another person: "Putin's spokesman", "пресс-секретарь Путина".
_AIDE_NOUNS = frozenset(
    "spokesman spokeswoman spokesperson secretary aide adviser advisor "
    # "explained the press-Secretary of the President" (a machine translation's hyphen).
    "press-secretary "
    "пресс-секретарь помощник помощница советник советница "
    # («спикер Путина»: a spokesman; "спикер Госдумы" is read as the chamber's head first.)
    "спикер "
    # After "по словам": "по словам помощника президента".
    "пресс-секретаря помощника помощницы советника советницы".split()
)


def _aide_of_official(pairs: list[tuple[str, str]], own: list[bool]) -> bool:
    """Whether a subject is a known official's aide ("Vladimir Putin's spokesman",
    "пресс-секретарь Путина"): the words that are not the page's own posts name that
    official, and the post is one of speaking for someone."""
    if not any(key in _AIDE_NOUNS for _, key in pairs):
        return False
    others = [word for (word, key), is_own in zip(pairs, own, strict=True) if not is_own]
    others = [word for word in others if _key(word) not in ("of", "for", "to")]
    # "the aide to dictator Putin": a description before the name is not part of it.
    capitalised = [word for word in others if word[:1].isupper()]
    others = capitalised or others
    name = person_name(" ".join(others)) if 0 < len(others) <= 3 else None
    return name is not None and is_known_official(name)


# Words naming a president as the one an aide works for ("presidential spokesman",
# "пресс-секретарь президента", "the president's aide").
_PRESIDENT_WORDS = frozenset(
    "president president's presidential президента президентский президентская "
    # "помощник российского лидера": the leader an aide works for is the president;
    # "пресс-секретарь главы государства" ("главы" is one of the page's own words).
    "лидера государства "
    # "спикер кремлевского диктатора": a hostile outlet's word for the president.
    "диктатора".split()
)
# "The Kremlin aide", "the Kremlin's foreign policy adviser", "помощник Кремля": an aide of
# the Kremlin speaks for the president ("the Kremlin spokesman" stays the page's own post).
_KREMLIN_WORDS = frozenset("kremlin кремля".split())


#: Known speakers who have been their country's president for all the years the pages cover:
#: "сказал президент" in a story about one of them is him (Medvedev was president only in
#: 2008-2012, so a story about him must call him so).
_LONG_SERVING_PRESIDENTS = frozenset(
    {"Vladimir Putin", "Alexander Lukashenko", "Recep Tayyip Erdogan", "Emmanuel Macron"}
)
#: Known speakers who were presidents: never their own aide (see Narration._aide).
_PRESIDENTS = frozenset(
    {
        "Vladimir Putin",
        "Dmitry Medvedev",
        "Alexander Lukashenko",
        "Recep Tayyip Erdogan",
        "Emmanuel Macron",
    }
)


#: Known officials who speak for a president ("the president's press secretary", "Putin's
#: aide"): an aide reference never names another known official (see _Reader._aide).
#: (Putin's aides: Medinsky since 2012, Oreshkin since 2020, Patrushev since 2024.)
AIDES = frozenset(
    {"Dmitry Peskov", "Yuri Ushakov", "Nikolai Patrushev", "Vladimir Medinsky", "Maxim Oreshkin"}
)
# "президент РФ", "российский лидер", "Russia's president", "the Kremlin leader".
_HEAD_NOUNS = frozenset("president leader президент лидер".split())
_RUSSIA_WORDS = frozenset("russian russia kremlin российский российской россии рф".split())
# "the President of the Russian Federation", «президент Российской Федерации»: a federation
# is Russia's only with a word naming Russia ("the president of the federation" may head a
# sports body).
_FEDERATION_WORDS = frozenset({"federation", "федерации"})
# Every word such a subject may hold.
_RUSSIAN_PRESIDENT_WORDS = _HEAD_NOUNS | _RUSSIA_WORDS | _FEDERATION_WORDS
#: Russia's presidents (the one the page calls president is "президент РФ").
_RUSSIAN_PRESIDENTS = frozenset({"Vladimir Putin", "Dmitry Medvedev"})
#: Known speakers who have headed a Russian region or city (a governor, Moscow's mayor): "the
#: governor said" on a story under such a one's headline that names no one else is them.
_REGIONAL_HEADS = frozenset(
    {
        "Andrei Vorobyov",
        "Sergei Sobyanin",
        "Alexander Beglov",
        "Alexander Bogomaz",
        "Vyacheslav Gladkov",
        "Mikhail Evraev",
        "Roman Starovoit",
        "Valentina Matviyenko",  # governor of St Petersburg, 2003-2011
    }
)


def _russian_president(keys: list[str]) -> bool:
    """Whether a subject is Russia's president and nothing else: a head's noun and words
    naming Russia ("сказал президент РФ", "добавил российский лидер", "the Kremlin leader")."""
    words = [key for key in keys if key not in ("the", "of")]  # "the president of Russia"
    heads = [key for key in words if key in _HEAD_NOUNS]
    return (
        len(heads) == 1
        and len(words) >= 2
        and all(key in _RUSSIAN_PRESIDENT_WORDS for key in words)
        and any(key in _RUSSIA_WORDS for key in words)
    )


# "глава российского государства", "the head of the Russian state": Russia's president.
_RUSSIAN_STATE_HEADS = (["глава", "российского", "государства"], ["head", "russian", "state"])


def _head_of_russian_state(keys: list[str]) -> bool:
    """Whether a subject is "the head of the Russian state" and nothing else."""
    return [key for key in keys if key not in ("the", "of")] in _RUSSIAN_STATE_HEADS


def _russian_president_run(pairs: list[tuple[str, str]]) -> int | None:
    """Where a Russian subject that ends in Russia's president ("президент РФ") starts after
    other words ("В ответ президент РФ"), or None when it does not end so; 0 when the word
    before it makes him someone else's or names him ("украинский президент", "Путину")."""
    start = len(pairs)
    while start > 0 and pairs[start - 1][1] in _RUSSIAN_PRESIDENT_WORDS:
        start -= 1
    if start in (0, len(pairs)) or not _russian_president([key for _, key in pairs[start:]]):
        return None
    word, key = pairs[start - 1]
    return 0 if word[:1].isupper() or _RUSSIAN_ADJECTIVE_RE.search(key) else start


def _aide_of_post(keys: list[str]) -> bool:
    """Whether a subject of posts only is a president's aide ("пресс-секретарь президента",
    "the president's spokesman", "the presidential aide"): someone who speaks for the
    president, never the president himself. An aide noun alone ("the spokesman") is the
    page's own official, as before."""
    if not any(key in _AIDE_NOUNS for key in keys):
        return False
    # ("the Kremlin spokesman" is one; "the Kremlin's chief of staff" another post.)
    return any(key in _PRESIDENT_WORDS for key in keys) or (
        any(key in _KREMLIN_WORDS for key in keys)
        and not any(_is_post_noun(key) and key not in _AIDE_NOUNS for key in keys)
    )


def _names_post(key: str) -> bool:
    """A word for a person by post, an aide's included ("minister", "пресс-секретарь")."""
    return _is_post_noun(key) or key in _AIDE_NOUNS


def _is_post_noun(key: str) -> bool:
    """A noun for a person by their post ("minister", "дипломат"), or a post misspelt
    ("Minsiter")."""
    return key in _POST_NOUNS or (is_post_word(key) and key not in POST_WORDS)


# Posts in the plural: "officials said", «чиновники заявили» is many people, none we can name
# ("the official said" may be the one named before).
_PLURAL_POSTS = frozenset(
    """
    officials spokesmen spokespeople spokespersons representatives diplomats ministers envoys
    ambassadors чиновники представители дипломаты министры послы
    """.split()
)


# Words that link a sentence to the one before, opening it before its subject.
_LINK_OPENING_RE = re.compile(
    r"^\s*(?:при этом|кроме того|помимо этого|вместе с тем|в то же время|тем не менее"
    r"|между тем|тем временем|в свою очередь|однако)\s+(?=\S)",
    re.IGNORECASE,
)


# An English circumstance opening a sentence before its subject: "In an interview with ...",
# "At a briefing on ...", "Speaking to reporters ...".
_EN_CIRCUMSTANCE_OPENING_RE = re.compile(
    r"^\s*(?:in|at|during|on|after|speaking|talking)\s", re.IGNORECASE
)


def _reference(span: str) -> Ref | None:
    """ "he", "the Russian minister", "the Kremlin": who an unnamed subject can be."""
    chunks = span.split(",")
    if len(chunks) > 2 and not chunks[-1].strip() and _GERUND_RE.match(chunks[-2].strip()):
        # "Президент, выступая перед парламентариями, [заявил]", "The minister, speaking to
        # reporters, [said]": a gerund's clause between the subject and its verb.
        chunks = chunks[:-2]
    clause = chunks[-1]  # "Speaking at the conference, the minister"
    # "При этом спикер Кремля", "Кроме того министр": the story's link before the subject.
    clause = _LINK_OPENING_RE.sub("", clause, count=1)
    circumstance = _CIRCUMSTANCE_RE.search(clause) if has_cyrillic(clause) else None
    if circumstance and circumstance.start() > 0:
        # "Дипломат в эфире радио Sputnik подчеркнула", "Президент в продолжение беседы
        # отметил": the subject before the circumstance between it and its verb.
        lead = clause[: circumstance.start()]
        if any(_names_post(k) or k in _HEAD_NOUNS for k in map(_key, lead.split())):
            return _reference(lead)
    pairs = [
        (w, k)
        for w, k in ((w, _key(w)) for w in clause.split())
        if k not in _BETWEEN_WORDS and k not in ("as", "как")  # "Как отметила дипломат"
    ]
    if pairs and pairs[0][1] in _SAID_OBJECT_OPENERS:
        # "Такое мнение дипломат высказала": what was said, then its subject.
        pairs = list(itertools.dropwhile(lambda pair: pair[1] in _SAID_OBJECT_WORDS, pairs))
    elif (
        len(pairs) >= 2
        and pairs[-1][1] in _RU_BARE_POSTS
        and not _RU_ADJECTIVE_END_RE.search(pairs[-2][1])
    ):
        # «Выполнение положений Послания премьер назвал ориентиром»: the object first, then
        # the post right before its verb ("Финский премьер назвал" keeps its adjective).
        pairs = pairs[-1:]
    keys = [k for _, k in pairs]
    if not keys:
        return None
    if "при" in keys[1:-1]:
        # "постоянный представитель при ООН": a post at an organisation, Russia's own there
        # (the organisation's own staff are "представитель ООН").
        by = keys.index("при", 1)
        if keys[by + 1] in _POSTED_AT_ORGANISATIONS and _names_post(keys[by - 1]):
            pairs = pairs[:by] + pairs[by + 2 :]
            keys = keys[:by] + keys[by + 2 :]
    # "the Kremlin aid went on to say": a wire's typo for the aide.
    keys = [
        "aide" if k == "aid" and at and keys[at - 1] in ("kremlin", "presidential") else k
        for at, k in enumerate(keys)
    ]
    if keys[-1] in _SENATE_POSTS and any(k in _RUSSIAN_WORDS for k in keys[:-1]):
        # "the Russian senator said": a parliamentarian of our side (a bare "the senator" may
        # be an American one).
        keys = [*keys[:-1], "parliamentarian"]
    elif keys in ([keys[-1]], ["the", keys[-1]]) and keys[-1] in _SENATE_POSTS:
        return Ref.LEGISLATOR  # whoever was named last, of whatever country, if one
    pairs = [(w, k) for (w, _), k in zip(pairs, keys, strict=True)]
    if keys[-1] in _FIRST_PERSON_SUBJECTS:
        # "All I said was in no way intended to offend": the speaker's own words, no sayer.
        return None
    if keys[-1] in _PRONOUNS or (keys[0] in _PRONOUNS and len(keys) == 1):
        return Ref.PRONOUN
    if keys in (["тот"], ["та"]):
        # "Когда Пескову напомнили ..., тот сказал: «...»": "the latter", the one just named.
        return Ref.PRONOUN
    if _journalist(keys):
        return Ref.JOURNALIST
    if keys in (["aide"], ["the", "aide"], ["помощник"]):
        # "..., the aide said.": the aide the story named (Ushakov), as "the Kremlin aide".
        return Ref.AIDE
    if keys in (["модератор"], ["модераторка"], ["the", "moderator"]):
        return Ref.MODERATOR
    if keys[-2:] in (["глава", "государства"], ["of", "state"]) and (
        len(keys) == 2 or (keys[-3:] == ["head", "of", "state"] and keys[:-3] in ([], ["the"]))
    ):
        return Ref.HEAD_OF_STATE
    if keys in (["президент"], ["the", "president"]) or (
        keys == ["president"] and "President" in clause
    ):
        # "Президент отметил", and a translation's '"...," President added.' with no article:
        # the president the story is about.
        return Ref.HEAD_OF_STATE
    if _head_of_russian_state(keys):
        return Ref.RUSSIAN_PRESIDENT  # "Глава российского государства охарактеризовал ..."
    if _russian_president(keys):
        return Ref.RUSSIAN_PRESIDENT
    if has_cyrillic(clause) and (at := _russian_president_run(pairs)) is not None:
        # "В ответ президент РФ заявил": words of circumstance first, as before a post below.
        return Ref.RUSSIAN_PRESIDENT if at else Ref.SOMEONE
    if any(k in _PLURAL_POSTS for k in keys):
        return Ref.SOMEONE  # "..., officials have said": many we cannot name, no one person
    if _CHAMBER_HEAD_RE.search(" ".join(keys)) or (
        keys == ["the", "speaker"] and "Speaker" in clause
    ):
        # ("According to the Speaker": a chamber's, capitalised; "the speaker" may be anyone's.)
        # "The Chairman of the State Duma believes ...", «спикер Госдумы»: our parliament's
        # head, the one the story named so.
        return Ref.OWN_POST
    if (
        len(keys) > 3
        and keys[-2] == "the"
        and _is_post_noun(keys[-1])
        and _EN_CIRCUMSTANCE_OPENING_RE.match(clause)
    ):
        # "In an interview with the daily Izvestia the official stated": a circumstance with
        # no comma after it, then the subject.
        return _reference(" ".join(w for w, _ in pairs[-2:]))
    if any(_names_post(k) for k in keys):
        # Every other word must keep it the page's own speaker ("the Russian foreign
        # minister", not "the Finnish minister" or "his Turkish counterpart").
        own = [_is_post_noun(k) or k in _OWN_SIDE_WORDS or k in _POST_OF_WORDS for k in keys]
        # (The aide's own noun too: "Помощник президента России" is the president's aide.)
        of_president = [
            o or k in _PRESIDENT_WORDS or k in _AIDE_NOUNS for o, k in zip(own, keys, strict=True)
        ]
        if _aide_of_post(keys) and all(of_president):
            # "Пресс-секретарь президента", "the president's spokesman": the president's aide,
            # the last official named unless that is the president (see Narration._aide).
            return Ref.AIDE
        if _posted_in_russia(clause):
            return Ref.SOMEONE  # "the ambassador to Russia": another country's
        if all(own):
            return Ref.OWN_POST
        if _aide_of_official(pairs, own):
            return Ref.AIDE
        if (described := _russian_post_phrase(clause)) is not None:
            return described
        # Russian word order puts circumstances first: "Во время интервью официальный
        # представитель МИД заявила". The subject is the run of such words at the end, and
        # only an adjective right before it ("украинский министр") makes it someone else.
        run = len(own) - own[::-1].index(False) if False in own else 0
        if has_cyrillic(clause) and any(_is_post_noun(k) for k in keys[run:]):
            word, key = pairs[run - 1]
            # (A capitalised word before the post names whose post it is, unless it ends a
            # circumstance the clause opens with: "В интервью РИА Новости министр".)
            capitalised = word[:1].isupper() and not (circumstance and circumstance.start() == 0)
            if capitalised and run >= 2 and _oblique_surname(word) and pairs[run - 2][0].islower():
                # ("В ответ на вопрос о высказывании Грызлова спикер": a known surname in the
                # genitive after a noun ends the phrase before the post; it owns no post.)
                capitalised = False
            # (A pronoun ends like an adjective but describes no one: "Помимо этого посол".)
            adjective = (
                _RUSSIAN_ADJECTIVE_RE.search(key) and key not in _PRONOUN_FORMS
            ) or capitalised
            return Ref.SOMEONE if adjective else Ref.OWN_POST
        return Ref.SOMEONE
    if clause.split()[-1][:1].isupper():
        return Ref.SOMEONE  # "the Kremlin said", "Interfax reported", "Moscow believes"
    return None


# The head of a chamber of Russia's parliament, named by his post.
_CHAMBER_HEAD_RE = re.compile(
    r"^(?:the )?(?:chairman|speaker|председатель|спикер) (?:of )?(?:the )?(?:state )?duma$"
    r"|^(?:the )?(?:state )?duma (?:chairman|speaker)$"
    r"|^(?:председатель|спикер|глава) (?:госдумы|государственной думы|нижней палаты)$"
    # The Federation Council's: "the chairwoman of the upper house", «глава верхней палаты».
    r"|^(?:the )?(?:chairman|chairwoman|speaker|head) of the (?:federation council|upper"
    r" (?:house|chamber))$"
    r"|^(?:the )?(?:federation council|upper house) (?:chairman|chairwoman|speaker)$"
    r"|^(?:председатель|спикер|глава) (?:совета федерации|совфеда|сф|верхней палаты)$"
)
# Words that make a post explicitly Russia's ("Russia's envoy to NATO", "постпред России").
_NATION_WORDS = frozenset("russian russia российский российского российскому россии рф".split())
# "the former Russian envoy", "бывший постпред": a post the person held before.
_FORMER_WORDS = frozenset("former бывший бывшего бывшему бывшим".split())
_FORMER_POST_RE = re.compile(r"(?:the\s+)?(?:former|бывшего)\s+", re.IGNORECASE)
# Where the host of a post starts: "envoy to the alliance", "ambassador in Washington",
# "постпред при НАТО", "посол в США".
_HOST_PREPOSITIONS = frozenset("to in at при в во".split())
# Descriptions of one person joined: "the diplomat and former envoy", "дипломат и бывший посол".
_AND_WORDS = frozenset({"and", "и"})


def _post_keys(clause: str) -> list[str]:
    """The keys of a subject's words, without the words that may stand between a subject and
    its verb, except a post's host preposition ("in" is one of them)."""
    return [
        key
        for key in (_key(word) for word in clause.split())
        if key in _HOST_PREPOSITIONS or key not in _BETWEEN_WORDS
    ]


def _host_at(part: list[str]) -> int | None:
    """Where the host of the first post in ``part`` starts ("envoy | to the alliance")."""
    post = next((i for i, key in enumerate(part) if _is_post_noun(key)), None)
    if post is None:
        return None
    return next((i for i in range(post + 1, len(part)) if part[i] in _HOST_PREPOSITIONS), None)


def _posted_in_russia(clause: str) -> bool:
    """Whether a post is held in Russia ("the ambassador to Russia", "посол в России"): another
    country's envoy, never the page's Russian official."""
    keys = _post_keys(clause)
    host = _host_at(keys)
    if host is None:
        return False
    place = [key for key in keys[host + 1 :] if key != "the"]
    return bool(place) and place[0] in _NATION_WORDS


def _russian_post_phrase(clause: str) -> Ref | None:
    """A subject that describes the page's Russian official by posts the plain check misses:
    a host after the post ("Russia's ambassador to the US", "the Russian envoy in Washington",
    "бывший постпред России при НАТО"), two descriptions joined ("the high-ranking diplomat
    and former Russian envoy to the alliance") or a former post. Russia must be named (the
    host alone says nothing of whose envoy it is: "the ambassador to Russia"). A former post
    is the person named last ("he"), not the last official: whoever held it then may hold
    another post now.

    Returns:
        ``Ref.OWN_POST`` or ``Ref.PRONOUN`` as above; None when a word points elsewhere.
    """
    keys = _post_keys(clause)
    if not any(key in _NATION_WORDS for key in keys) or "president" in keys:
        return None  # "the former president": the former-post rule's (_national_posts)
    parts: list[list[str]] = [[]]
    for key in keys:
        # (An "and" inside the post's host names one body: «постпред России при Организации по
        # безопасности и сотрудничеству в Европе».)
        if key in _AND_WORDS and _host_at(parts[-1]) is None:
            parts.append([])
        else:
            parts[-1].append(key)
    for part in parts:
        if not any(_is_post_noun(key) for key in part):
            return None
        host = _host_at(part)
        described = part[:host] if host is not None else part
        if not all(
            _is_post_noun(k) or k in _OWN_SIDE_WORDS or k in _FORMER_WORDS for k in described
        ):
            return None
    return Ref.PRONOUN if any(key in _FORMER_WORDS for key in keys) else Ref.OWN_POST


# A gerund opening a clause: "выступая", "отвечая", "подчеркнув", "speaking", "commenting".
_GERUND_RE = re.compile(
    r"^(?:[а-яё]{3,}(?:ая|яя|уя|ия|ея|ясь|аясь|вшись|ав|ив|ув|ев|яв)|[a-z]{2,}ing)(?=\s|$)"
)


# "I said", "we stated": the speaker speaking of his own words.
_FIRST_PERSON_SUBJECTS = frozenset({"i", "we", "я", "мы"})
