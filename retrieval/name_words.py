"""Words that are never part of a person's name, in English and Russian.

A speaker's name is taken from capitalised words, and a capital letter also starts every
sentence and headline: "Также Лавров заявил" (also Lavrov said), "Japan Galuzin", "Defence
Minsiter", "Russialink Transcript". A word is *common* here, and so never a name's word, when it
is a function word or sentence adverb of either language (the stop words and a list of sentence
openers), an adverb by its Russian ending ("Изначально", "Ранее"), a place (a country or city of
:mod:`retrieval.places`), or a common noun of headlines and page furniture ("Transcript",
"Report", "Defence"). People are named by first names and surnames, which are none of these.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from retrieval.places import places
from retrieval.russian_names import is_common_first_name
from retrieval.stopwords import EN_STOP_WORDS, RU_STOP_WORDS
from retrieval.text import label_key

__all__ = ["COMMON_WORDS", "is_common_word", "is_place_word"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.replace("ё", "е").split())


# Sentence openers and adverbs that stand capitalised before a name ("Also Lavrov said",
# "Earlier, Peskov noted"), and the common nouns and adjectives of headlines, captions and
# site furniture that stand capitalised next to one ("Annual Report", "Live Transcript").
_ENGLISH: Final = _words(
    """
    also meanwhile earlier later today yesterday tomorrow tonight however moreover furthermore
    besides indeed instead still yet now then thus therefore hence finally firstly secondly
    thirdly lastly initially originally previously recently currently separately additionally
    notably importantly specifically particularly especially asked speaking answering
    commenting according responding regarding following during after before since despite
    although though whereas unlike like under over among amid amidst against within without
    via plus overall apparently reportedly allegedly obviously clearly certainly perhaps maybe
    unfortunately fortunately again once already even only just soon simultaneously similarly
    likewise otherwise nevertheless nonetheless accordingly consequently subsequently
    eventually ultimately actually basically generally usually often sometimes never always
    yes well okay ok please thanks thank good great hello hi dear welcome congratulations
    transcript transcripts report reports annual history presents presented interview
    interviews statement statements remarks briefing briefings news video videos photo photos
    update updates live breaking exclusive opinion analysis comment comments related read more
    share print source file full text summary topic topics interest main key moments points
    latest top story stories question questions answer answers session meeting conference
    summit forum club board collegium programme program show channel broadcast radio
    television world international global national war peace day week month year time new
    old other defence defense military army navy economic political public official
    government ministry embassy mission delegation talks visit trip tour agenda press media
    watch listen subscribe follow home page menu login search contact about editor editorial
    staff reporter correspondent author column blog post posted published updated copyright
    rights reserved russialink kremlinru rf usa uk un eu nato mfa brics sco csto imf wto
    reuters tass ria interfax afp bloomberg cnn bbc sputnik novosti itar
    kremlin pentagon elysee whitehall
    note notes quote quotes nb ps journalist analyst
    expert commentator columnist anchor host presenter blogger
    """
)
_RUSSIAN: Final = _words(
    """
    также кроме того ранее позднее позже далее точнее вернее скорее затем потом тогда
    сейчас сегодня вчера завтра накануне позавчера утром вечером днем днём ночью
    теперь изначально впоследствии впрочем однако между тем напомним напомню отметим
    итак таким образом например наконец вместе помимо этом вновь неоднократно словам мнению
    время после вероятно возможно очевидно видимо конечно безусловно разумеется действительно
    правда главное подробнее читайте смотрите фото видео новости новость интервью заявление
    заявления брифинг брифинга стенограмма комментарий комментарии итоги итогам встреча
    встречи пресс-конференция пресс-конференции выступление выступления ответ ответы вопрос
    вопросы тема темы лента главная редакция автор источник обновлено опубликовано
    министр министра глава главы посол посла президент президента премьер постпред
    спикер пресс-секретарь представитель представителя официальный официального
    россия россии российский российская российского москва москвы кремль кремля мид
    рф сша оон нато ес снг одкб шос брикс мвф вто мок оаэ кндр фрг тасс риа интерфакс рбк
    известия коммерсант ведомости
    примечание справка цитата цитаты корреспондент корреспондентка журналист журналистка
    ведущий ведущая обозреватель редактор главред эксперт аналитик политолог блогер
    эксклюзив эксклюзивно молния срочно мнение публикации
    """
)
#: Every word that is never part of a person's name, lower case (``ё`` as ``е``).
COMMON_WORDS: Final = EN_STOP_WORDS | RU_STOP_WORDS | _ENGLISH | _RUSSIAN
# Russian adverbs by their ending: "Изначально", "Очевидно", "Однозначно", "Примерно". No
# first name or surname ends so (surnames in -ко, -ин, -ов; first names in -а, -й, -ь).
_RUSSIAN_ADVERB_RE = re.compile(r"^[а-я]{4,}(?:льно|чно|нно|тно|жно|зно|вно|рно|дно)$")


@cache
def _place_words() -> frozenset[str]:
    """Single-word names of countries and cities, with their Russian case forms."""
    words: set[str] = set()
    for place in places():
        for name in (place.en, place.ru, *place.forms, *place.exact):
            key = label_key(name)
            # "София" is a city and a first name: a first name is never taken for a place.
            if key and " " not in key and not is_common_first_name(key):
                words.add(key)
    return frozenset(words)


def is_common_word(word: str) -> bool:
    """Whether a word (any case) is a common word or a place, never a person's name's word.

    Args:
        word: One word as written ("Также", "Japan", "Lavrov").

    Returns:
        True for a function word, sentence adverb, common heading noun or place name.
    """
    key = label_key(word).strip(".,;:!?'’\"«»()").replace("ё", "е")
    if key.endswith(("'s", "’s")):
        key = key[:-2]
    return key in COMMON_WORDS or _RUSSIAN_ADVERB_RE.match(key) is not None or key in _place_words()


def is_place_word(word: str) -> bool:
    """Whether a word (any case) is the one-word name of a country or city ("Бразилия",
    "Lisbon"), in any Russian case form."""
    return label_key(word).strip(".,;:!?'’\"«»()").replace("ё", "е") in _place_words()
