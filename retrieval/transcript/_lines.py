"""What one line of a page is: page chrome, a separator, the end of the page, or a label."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

from retrieval.patterns import may_hold
from retrieval.speakers import find_known_speaker, person_name
from retrieval.text import clean_line, fold_lookalikes, has_cyrillic, label_key
from retrieval.transcript._dates import MONTH_NAME, TIME, first_date, only_date

#: Lines that end the statement text: the page's own furniture follows them.
END_MARKERS = frozenset(
    {"additional materials", "advanced settings", "дополнительные материалы"}
    | {"расширенные настройки"}
)
_CHROME_LINES = frozenset(
    {
        "photos", "photo", "photo gallery", "video", "videos", "audio", "print version",
        "print", "print this page", "версия для печати", "фото", "фотографии", "фотогалерея",
        "фотоальбом", "видео", "аудио", "share", "share this", "поделиться", "copy link",
        "скопировать ссылку", "back to top", "наверх", "tags", "теги", "facebook", "twitter",
        # A speech's disclaimer that the text may differ from what was said: no one's words.
        "check against delivery", "возможны расхождения между произнесенной речью и данным "
        "текстом", "сверяйте с произнесенным", "проверяйте по факту произнесения",
    }
)  # fmt: skip
_SOCIAL_WORDS = frozenset(
    {
        "share", "facebook", "twitter", "x", "vk", "vkontakte", "вконтакте", "telegram",
        "одноклассники", "odnoklassniki", "ok", "whatsapp", "viber", "livejournal", "e-mail",
        "email", "youtube", "rutube", "dzen", "дзен", "поделиться", "print", "rss",
    }
)  # fmt: skip
#: One of the page's language versions: "en-GB1".
LANG_CODE = r"[a-z]{2}-[A-Z]{2}[0-9]?"
# The page's language versions: "• en-GB1 ru-RU1 es-ES1" (a list of versions, not a language).
_LANG_LINE_RE = re.compile(rf"^(?:[•·*\-–—]\s*)?(?:{LANG_CODE}(?:\s+|$)){{1,16}}$")
# A time alone, or the time a page was updated: "09:15", "обновлено 09:25".
_TIME_LINE_RE = re.compile(rf"^(?:(?i:обновлено|updated):?\s+)?{TIME}$")
_ALNUM_RE = re.compile(r"[^\W_]")
# A label and the text after it: "Sergey Lavrov: We ...".
LABEL_RE = re.compile(r"^(?P<label>[^:：]{1,160}?)\s*[:：](?P<rest>.*)$", re.DOTALL)
#: A numbered item: "1. The situation in Syria", "2) ...".
NUMBERED_RE = re.compile(r"^[0-9]{1,2}[.)]\s")


def has_text(line: str) -> bool:
    """Whether a line holds a letter or a digit (not only bullets, dashes or symbols)."""
    return _ALNUM_RE.search(line) is not None


# The credit line under an embedded post: "— Rapid Response 47 (@RapidResponse47) September
# 28, 2025", "— Мария Захарова (@MariaVZakharova) 5 марта 2024 г.": who posted it and when.
_EMBED_CREDIT_RE = re.compile(
    r"^[—–-]\s*(?P<name>[^()]{1,60}?)\s*\(@\w{1,30}\)\s+[^()]{4,30}\d{4}\D{0,3}$"
)


def _embed_credits(lines: list[str]) -> Iterator[tuple[int, re.Match[str]]]:
    """Each credit line of an embedded post (_EMBED_CREDIT_RE) with where it stands."""
    for at, line in enumerate(lines):
        if "(@" in line and (credit := _EMBED_CREDIT_RE.match(line.strip())):
            yield at, credit


def embedded_post_date(lines: list[str]) -> dt.date | None:
    """The date of the first post a page embeds with its credit line (_EMBED_CREDIT_RE), if
    any."""
    for _, credit in _embed_credits(lines):
        if (date := first_date(credit.group())) is not None:
            return date
    return None


def embedded_posts(lines: list[str]) -> dict[str, str]:
    """Posts a page embeds (the lines over a credit line, back to a blank line, joined by
    spaces), each with the person who signs it: "Right. You occupy whole countries ..." over
    "— Алексей Пушков (@Alexey_Pushkov) June 6, 2020" is Pushkov's. An account that names no
    person (a campaign's, a ministry's) signs nothing here."""
    found: dict[str, str] = {}
    for at, credit in _embed_credits(lines):
        if (signer := person_name(credit.group("name"))) is None:
            continue
        end = at  # (a blank line may stand between the post and its credit)
        while end > 0 and not lines[end - 1].strip() and at - end < 2:
            end -= 1
        start = end
        while start > 0 and lines[start - 1].strip():
            start -= 1
        if start < end:
            found[" ".join(text.strip() for text in lines[start:end])] = signer
    return found


# A photo's credit and caption, or a gallery's buttons before them: "Фото: Дмитрий Азаров,
# Коммерсантъ ...", "Автор фото: Trend", "Photo: Reuters", "Photo courtesy of the press service
# ...", "Выйти из полноэкранного режима Развернуть на весь экран".
_PHOTO_LINE_RE = re.compile(
    r"^\s*(?:(?:(?:автор\s+)?фото|photo|credit)\s*:\s*\S|выйти\s+из\s+полноэкранного\s+режима"
    r"|photo\s+(?:courtesy\s+of|by)\s|фото\s+предоставлено\s)",
    re.IGNORECASE,
)


# A pager's link, the site's name glued to it: "Brahmand NewsPrevious Article", "Next Post".
_PAGER_LINE_RE = re.compile(
    r"(?:previous|next|prev|older|newer)\s+(?:article|post|story|entry)\s*$"
    r"|(?:предыдущая|следующая)\s+(?:статья|новость|запись)\s*$",
    re.IGNORECASE,
)


# A masthead's staff line: "Editor in Chief Mohamed Wadie", "Supervisor Elham AbolFateh",
# «Главный редактор: Иван Петров».
_STAFF_LINE_RE = re.compile(
    r"^\s*(?:editor[- ]in[- ]chief|chief\s+editor|managing\s+editor|executive\s+editor|supervisor"
    r"|publisher|главный\s+редактор|шеф-редактор|учредитель)\b:?\s*[A-ZА-ЯЁ][^.!?]{0,50}$",
    re.IGNORECASE,
)


def is_chrome(line: str) -> bool:
    """Page furniture: a time, a language-versions line, "Photos", a row of share buttons."""
    if len(line) > 120:  # chrome is short; skip the folding work on paragraphs
        return False
    if _TIME_LINE_RE.match(line) or ("(@" in line and _EMBED_CREDIT_RE.match(line.strip())):
        return True
    if _PHOTO_LINE_RE.match(line) or _PAGER_LINE_RE.search(line) or _STAFF_LINE_RE.match(line):
        return True
    key = label_key(line).strip(" •·|*().")
    if key in _CHROME_LINES or _LANG_LINE_RE.match(line):
        return True
    words = key.replace("|", " ").split()
    return len(words) >= 2 and all(word in _SOCIAL_WORDS for word in words)


# Headings of a "See also" box: other stories follow them (and, alone, they are clutter too).
_RELATED_HEADINGS = frozenset(
    {
        "see also", "read also", "also read", "read more", "related", "related articles",
        "related news", "related stories", "more on this topic", "по теме", "читайте также",
        "смотрите также", "также по теме", "еще по теме", "ещё по теме", "другие новости",
    }
)  # fmt: skip

# Site furniture met above the title of copied pages: menus, banners, forms, counters. Whole
# lines (folded, with their trailing punctuation) that are nothing else.
_CLUTTER_LINES = frozenset(
    {
        "all news", "все новости", "последние новости", "новости", "news", "main page",
        "главная", "home", "view settings", "настройки отображения", "font size", "размер шрифта",
        "site colours", "site colors", "цвета сайта", "изображения", "images", "настройки",
        "settings", "title", "description", "show more", "подробнее",
        "читать далее", "читать полностью", "top downloads in last 24 hours", "dmca", "имя",
        "пароль", "password", "login", "логин", "на печать", "alt", "file photo",
        "printer-friendly version", "версия для печати", "source link", "источник",
        "leave a reply", "комментарии", "comments", "реклама", "advertisement", "menu", "меню",
        "search", "поиск", "site map", "карта сайта", "archive", "архив", "subscribe",
        "подписаться", "back to top", "tags", "теги",
        "contents", "содержание", "table of contents", "оглавление",
        "transcripts", "стенограммы",
        "сегодня в новостях", "об этом же в других сми", "популярное",
        "most read", "trending", "popular", "latest news", "top stories", "главное",
        "listen live", "get short url", "new messages", "must read",
        "other topics of interest", "no comments", "post a comment",
        "live updates", "live blog", "смотрим", "репортажи", "популярное видео", "вся лента",
        "live broadcast", "skip to main content", "select important", "озвучить текст",
        "view single post", "skip to comments", "skip to content",
        "новые комментарии", "новые комментарии +", "new comments",
        "новости партнеров", "новости партнёров", "partner news",
        "go to home page", "go to homepage", "back to home page", "на главную",
        "оставить комментарий", "leave a comment",
        "войти", "войти в почту", "вход", "sign in", "log in", "регистрация", "register",
        "please select your experience", "select your experience", "watch live", "cleared",
        # TASS's English site above every story.
        "currency converter", "news search topics", "use filter", "you can filter your feed,",
        "you can filter your feed", "by choosing only interesting",
        # RIA's and InoSMI's sign-up box and notice above every story.
        "регистрация пройдена успешно", "пожалуйста, перейдите по ссылке из письма, "
        "отправленного на", "материалы иносми содержат оценки исключительно зарубежных сми и "
        "не отражают позицию редакции иносми",
    }
) | _RELATED_HEADINGS  # fmt: skip
# A button to follow the site elsewhere: "Читать ria.ru в" (then an icon: Telegram, Дзен).
_READ_US_IN_RE = re.compile(r"^читать\s+[\w.-]+\.(?:ru|com|org|net|рф)\s+в$", re.IGNORECASE)
# A site section's name above the story: "Speeches and Interviews of the Ambassador",
# «Выступления и интервью Посла», "Statements and Speeches" (not the story's title).
_SECTION_HEADING_RE = re.compile(
    r"(?:(?:speeches|statements|interviews|articles|comments|remarks)(?:,\s*|\s+and\s+)){1,2}"
    r"(?:speeches|statements|interviews|articles|comments|remarks|publications)"
    r"(?:\s+(?:of|by)\s+the\s+(?:ambassador|minister|embassy|permanent representative))?"
    r"|(?:(?:выступления|заявления|интервью|статьи|комментарии)(?:,\s*|\s+и\s+)){1,2}"
    r"(?:выступления|заявления|интервью|статьи|комментарии|публикации)"
    r"(?:\s+(?:посла|министра|постпреда|посольства|руководства))?"
)
# A long story's page count: "4 pages in this article".
_PAGES_COUNT_RE = re.compile(
    r"\d{1,2} pages? in this (?:article|story)|\d{1,2} страниц[аы]? в (?:этой )?статье"
)
# A site's name by its domain: "WomanHit.ru", "Охотники.ру", "RT.com".
_SITE_NAME_RE = re.compile(r"\b[\w-]+\.(?:ru|ру|com|org|net|info|рф|su)\b", re.IGNORECASE)
# A teaser pointing to another story: "Read more in X's interview with Izvestia:", "Читайте
# также: ...", "Подробнее — в интервью ...".
_TEASER_RE = re.compile(
    r"^(?:(?:read (?:more|also)|see also|more (?:in|on|about)|читайте (?:также|подробнее|больше)|"
    r"подробнее|смотрите также|read the full|полную версию)"
    r"(?![^\W\d_])"
    # A site's "story of the hour" box, its headline glued on: "• Новость часаСистемы ПВО
    # сбили ...".
    r"|новость (?:часа|дня)(?-i:(?![а-яё])))",
    re.IGNORECASE,
)
#: A teaser line has at most this many words (a sentence that starts so is text).
_TEASER_WORDS = 16
# A pointer to the rest of a story elsewhere: "Следить за трансляцией пресс-конференции Путина
# можно здесь.", "Watch the live broadcast here" (a link's text; it names an event and a
# person, and was once taken for the page's title). Short: _TEASER_WORDS words at most.
_POINTER_RE = re.compile(
    r"^(?:следить|смотреть|смотрите|посмотреть|читать|читайте|watch|read)(?![^\W\d_])"
    r".*(?<![^\W\d_])(?:здесь|тут|по ссылке|here|at this link)[.!:]?$",
    re.IGNORECASE,
)
# A subscription appeal opening the line, however long its list of channels ("Подписывайтесь
# на телеграм-канал, группу «ВКонтакте» и страницу в «Одноклассниках» ... Ежедневные видео на
# Rutube ...": the site speaking of itself, never a speaker's words).
_APPEAL_RE = re.compile(
    r"^(?:подписывайтесь|подпишитесь|subscribe to)(?![^\W\d_])"
    # ("Support The Moscow Times!": a donation appeal over the headline.)
    r"|^support\s+\S.{0,40}!$",
    re.I,
)
# Words that mark a line as the site talking about itself (cookie banners, sign-up forms,
# subscription and donation appeals), whatever else the line says.
_CLUTTER_MARKERS_RE = re.compile(
    r"\b(?:cookies?|subscribers?|subscription|newsletter|sign[ -](?:in|up)|log[ -]?in|"
    r"registration|ad-free|donate|follow (?:us|our)|all rights reserved|required fields|"
    r"will not be published|"
    r"подпишитесь|подписывайтесь|регистрац\w*|авторизац\w*|все права защищены|"
    # An accessible version's controls and a reading-time badge: "Выберите шрифт Arial ...",
    # "Интервал между буквами (Кернинг): ...", "Select font Arial ...", "Character spacing
    # (Kerning): ...", "Время чтения ~2 минуты", "Reading time: 3 min".
    r"выберите шрифт|интервал между буквами|select font|character spacing|время чтения|"
    r"reading time|font size)\b",
    re.IGNORECASE,
)
# A word every clutter marker holds: a line without any is spared the pattern (see may_hold).
_CLUTTER_MARKER_ANCHORS = (
    "cookie", "subscri", "newsletter", "sign", "log", "registration", "ad-free", "donate",
    "follow ", "all rights reserved", "required fields", "will not be published", "подпи",
    "регистрац", "авторизац", "все права защищены", "выберите шрифт", "интервал между буквами",
    "select font", "character spacing", "время чтения", "reading time", "font size",
)  # fmt: skip


# A reprint notice: «При использовании материала ... ссылка на ГРУЗИНФОРМ обязательна», "a
# hyperlink to ... is required".
_REPRINT_NOTICE_RE = re.compile(
    r"при (?:использовании|перепечатке|цитировании) материал|ссылка на [^.]{0,60}обязательна|"
    r"(?:hyper)?link to [^.]{0,60}is (?:required|mandatory|obligatory)",
    re.IGNORECASE,
)
#: A reprint notice has at most this many words (with the dateline a copy glues to it).
_REPRINT_NOTICE_WORDS = 40
# An archive's notice over a page it keeps: "This is historical material “frozen in time”. The
# website is no longer updated ...", "This page has been archived", «Это архивная версия сайта».
_ARCHIVE_NOTICE_RE = re.compile(
    r"historical material|frozen in time|(?:website|site|page) is no longer (?:being )?updated|"
    r"(?:page|website|site|content) (?:has been|is|was) archived|archived (?:content|page|website)|"
    r"архивн(?:ая|ый|ое) (?:верси|страниц|материал)|сайт больше не обновляется",
    re.IGNORECASE,
)


#: A menu written as one line opened by a furniture word and a dot ("Новости. Обзор СМИ
#: Рубрикатор поиска + личные списки", an aggregator's header) has at most this many words.
_DOTTED_MENU_WORDS = 12


def _dotted_menu(key: str) -> bool:
    """Whether a folded line is a menu written with dots: it opens with a furniture word
    ("новости.", "news.") and ends with no sentence end, so it is no sentence of a story."""
    first, dot, rest = key.partition(". ")
    return bool(dot) and first in _CLUTTER_LINES and not re.search(r"[.!?…]$", rest)


def site_talk(text: str) -> bool:
    """Whether a text holds a word of the site speaking of itself (cookies, subscriptions)."""
    return _clutter_marker(text)


def _clutter_marker(line: str) -> bool:
    """Whether a line holds a word of the site speaking of itself (_CLUTTER_MARKERS_RE)."""
    return may_hold(line, _CLUTTER_MARKER_ANCHORS) and _CLUTTER_MARKERS_RE.search(line) is not None


#: A line of this many words with none of . ! ? is a menu or a tag dump, not a sentence.
_RUN_ON_WORDS = 40
# A photo credit or caption stamp: "Photo: ...", "Фото: ...", "© AFP 2021 / ...".
_CREDIT_RE = re.compile(
    r"^(?:©|\(c\)|(?:photo(?:graph)?|фото)\s*:|(?:video|видео)\s*:\s*(?:\S+\s*){1,3}$|"
    r"source of the photo|фото\s+[А-ЯЁ])",
    re.I,
)
#: A photo credit or caption has at most this many words; a longer line opened by one is a
#: paragraph the copy glued it onto (a caption of 34 words seen; a glued paragraph has 120+).
_GLUED_CREDIT_WORDS = 60


def _has_sentences(line: str) -> bool:
    """Whether a line holds at least three sentence ends (a paragraph, not a caption)."""
    return len(re.findall(r"[.!?…][»\"”]?\s", line)) >= 3


def _pointer_or_appeal(line: str, words: int) -> bool:
    """A short pointer to a stream or story elsewhere, or a line opening with a subscription
    appeal (_POINTER_RE, _APPEAL_RE)."""
    stripped = line.strip(" •·»>")
    if words <= _TEASER_WORDS and _POINTER_RE.match(stripped):
        return True
    return words <= _RUN_ON_WORDS and _APPEAL_RE.match(stripped) is not None


# A byline: "Текст: Катерина Туманова", "Author: John Smith" (on the folded line).
_BYLINE_RE = re.compile(r"^(?i:текст|автор|text|author)\s*:\s*(?:[A-ZА-ЯЁ][\w.'’-]*\s*){1,3}$")
# A content system's note on an article: "Category: Press on Bilateral Relations", "Written by
# Vladimir I Poluektov", "Hits: 499", «Рубрика: Новости», «Просмотров: 499».
_CMS_NOTE_RE = re.compile(
    r"^(?:(?i:(?:parent\s+)?categor(?:y|ies)|рубрика|категория)\s*:\s*[^.!?]{1,60}"
    r"|(?i:written|posted|submitted)\s+by\s+(?:[A-ZА-ЯЁ][\w.'’-]*\s*){1,4}"
    r"|(?i:hits|views|просмотров|просмотры)\s*:\s*[\d\s]+)$"
)
# "Moscow: 23:41": a city clock.
_CLOCK_RE = re.compile(rf"^[^\W\d_][^:]{{0,30}}:\s*{TIME}$")


#: A content system's note on an article has at most this many words.
_CMS_NOTE_WORDS = 10

# A site's note of when it changed the page, or a day over a news feed, without a year:
# "Modified 30 марта", "обновлено 23 марта", "News 31 july —".
_DAY_NOTE_RE = re.compile(
    rf"^(?:modified|updated|published|news|изменено|обновлено|опубликовано|новости)"
    rf"\s*:?\s+\d{{1,2}}\s+{MONTH_NAME}\.?(?:,?\s+{TIME})?\s*[—–-]?$",
    re.IGNORECASE,
)
# A channel's counter: "2,47 млн подписчиков", "12K subscribers".
_COUNTER_RE = re.compile(
    r"^[\d\s.,]+(?:млн|тыс\.?|[kmкм])?\s*(?:подписчик\w*|subscribers|followers)$", re.I
)
# A forum post's byline: "Posted on 10/03/2025 2:18:02 PM PDT by ransomnote".
_POSTED_RE = re.compile(r"^posted (?:on|at) .{4,40} by \S+$", re.IGNORECASE)
# A forum poster's profile lines beside the post: "Join Date: Aug 2015", "Blog Entries: 219",
# "Posts: 6,834", "Rep Power: 12" (a label's form, no one's words).
_PROFILE_RE = re.compile(
    r"^(?:join(?:ed)?(?:\s+date)?|blog\s+entries|posts|thanks|rep(?:utation)?(?:\s+power)?)"
    r"\s*:\s*(?:[A-Za-z]{3,9}\.?\s+)?(?:\d{1,2},?\s+)?[\d,.\s]{1,12}$",
    re.IGNORECASE,
)


def is_profile_line(line: str) -> bool:
    """Whether a line is a forum poster's profile line ("Join Date: Aug 2015", "Posts: 6,834")."""
    return _PROFILE_RE.match(line.strip()) is not None


# How long ago a story was posted, a counter perhaps after it: "2 hours ago 3", "5 минут назад".
# ("Ситуация на Украине 51 минута назад": a rubric's name of three words at most may stand
# before it, with no verb in the past: "Путин прибыл в Минск 5 минут назад" is news.)
_AGO_RE = re.compile(
    r"^(?:(?:[^\W\d_][\w-]*(?<![лЛ])(?<!л[аи])(?<!ed)\s+){1,3})?"
    r"(?:updated\s+|обновлено\s+)?\d{1,2}\s+(?:minutes?|mins?|hours?|days?|минут[аы]?|"
    r"час(?:а|ов)?|дн(?:я|ей)|день)\s+(?:ago|назад)(?:\s+\d{1,5})?$",
    re.IGNORECASE,
)
# A breadcrumb trail from the home page: "ГЛАВНАЯ > События, факты, комментарии, Новости".
_CRUMB_RE = re.compile(r"^(?:главная|home|main page|main)\s*[>›»/]", re.IGNORECASE)
# A breadcrumb with arrows, from any section: "Аргументы Недели → Политика 13+" (a site's name,
# its section and an age mark; taken for the title, it hid the headline naming the speaker).
_ARROW_CRUMB_RE = re.compile(r"^[^.!?→]{1,40}(?:\s→\s[^.!?→]{1,40})+$")
# A quote of two words or more closing a line: «Классическая дезинформация».
_QUOTED_WORDS_END_RE = re.compile(r"«[^«»]*\s[^«»]*»\s*$")


# What separates the items of a menu written on one line ("A | B | C", "A - B - C - D").
_MENU_SPLIT_RE = re.compile(r"\s+[|–—-]\s+|\s*\|\s*")
_MENU_MARKS = "|–—-"


# A link back up the site: "back to the acronym home page", "Back to Disarmament
# Documentation", «Вернуться к списку новостей».
_BACK_LINK_RE = re.compile(
    r"(?:back|return|go back)\s+to\s+\S|(?:вернуться|назад)\s+(?:к|в|на)\s+\S"
)
#: A link back has at most this many words.
_BACK_LINK_WORDS = 6


#: A site's menu of its language editions has at most this many words.
_LANGUAGE_MENU_WORDS = 16
#: ... and is written in at least this many scripts ("हिन्दी मराठी বাংলা தமிழ் ...").
_LANGUAGE_MENU_SCRIPTS = 3


def _language_menu(words: list[str]) -> bool:
    """Whether a line's words are the names of a site's language editions, each in its own
    script: three scripts or more besides Latin and Cyrillic."""
    scripts = set()
    for word in words:
        letter = next((ch for ch in word if ch.isalpha()), "")
        if letter and not letter.isascii() and not has_cyrillic(letter):
            scripts.add(unicodedata.name(letter, "").split(" ")[0])
    return len(scripts) >= _LANGUAGE_MENU_SCRIPTS


@lru_cache(maxsize=8192)  # the header asks about the same first lines several times
def is_clutter(line: str) -> bool:
    """Site furniture copied with a page: menus, banners, clocks, credits, tag clouds.

    Chrome (:func:`is_chrome`) counts; so do known furniture lines ("All news", "View
    settings"), lines that speak of cookies or subscriptions, photo credits, city clocks, lines
    with few letters (a phone number, "+3°"), menus written on one line ("A | B | C",
    "A - B - C - D"), breadcrumbs ("Transcripts /"), tag clouds (a run of words given twice) and
    long lines without a single sentence end.
    """
    if is_chrome(line):
        return True
    key = label_key(line).strip(" •·|:/»>-–—")
    if key in _CLUTTER_LINES or key.rstrip(".!") in _CLUTTER_LINES:
        return True
    if _SECTION_HEADING_RE.fullmatch(key) or _PAGES_COUNT_RE.fullmatch(key):
        return True
    if len(_SITE_NAME_RE.findall(line)) >= 2 and not re.search(r"[.!?…]\s*$", line):
        return True  # "МК АвтоВзгляд Охотники.ру WomanHit.ru": a row of a publisher's sites
    words = line.split()
    if len(words) <= _DOTTED_MENU_WORDS and _dotted_menu(key):
        return True
    if (len(words) <= 16 or "cookie" in key) and _clutter_marker(line):
        return True
    if len(words) <= _REPRINT_NOTICE_WORDS and (
        _REPRINT_NOTICE_RE.search(line) or _ARCHIVE_NOTICE_RE.search(line)
    ):
        return True
    if _TEASER_RE.match(line.lstrip(" •·»>")) and len(words) <= _TEASER_WORDS:
        return True
    if _ON_THE_SITE_RE.fullmatch(key.rstrip(".")) or _READ_US_IN_RE.match(key):
        return True
    if len(words) <= _BACK_LINK_WORDS and _BACK_LINK_RE.match(key):
        return True
    if _PHOTO_CAPTION_RE.match(line):
        return True
    if _pointer_or_appeal(line, len(words)):
        return True
    if len(words) <= _LANGUAGE_MENU_WORDS and _language_menu(words):
        return True
    if _CLOCK_RE.match(line) or ("©" in line and len(words) <= 20):
        return True
    if _CREDIT_RE.match(line) and (len(words) <= _GLUED_CREDIT_WORDS or not _has_sentences(line)):
        # (A credit a copy glued onto the story's paragraph, "© РИА Новости / ... Архивное
        # фотоЧитать ria.ru в Попытки Запада ... заявил министр ...", keeps the story.)
        return True
    if _BYLINE_RE.match(fold_lookalikes(clean_line(line))):
        return True
    if len(words) <= _CMS_NOTE_WORDS and _CMS_NOTE_RE.match(clean_line(line).strip()):
        return True
    if len(words) <= 8 and (
        _DAY_NOTE_RE.match(line)
        or _COUNTER_RE.match(line)
        or _CRUMB_RE.match(line)
        or _ARROW_CRUMB_RE.match(line)
        or _POSTED_RE.match(line)
        or _PROFILE_RE.match(line)
        or _AGO_RE.match(line)
    ):
        return True
    if len(line) < 40 and sum(ch.isalpha() for ch in line) < 0.5 * len(line.replace(" ", "")):
        return True
    # A breadcrumb ends with its separator ("Главная »", "Видео программы «Сегодня»"); a mark
    # that closes a quote of words ("Захарова: «Классическая дезинформация»") is a headline's.
    end = line.rstrip()[-1:]
    quote_of_words = end == "»" and _QUOTED_WORDS_END_RE.search(line) is not None
    if end in "/»" and end and not quote_of_words and len(words) <= 4:
        # A quote closed after a known person's name is a headline's: "Рябков дал интервью
        # «Коммерсанту»" (but "Лавров »" is a breadcrumb).
        headline = "«" in line and any(find_known_speaker(word.strip(",.:")) for word in words)
        return not headline
    # Menus are cut at bars and dashes: a line with neither is one segment (spared the split).
    if any(mark in line for mark in _MENU_MARKS):
        segments = [part for part in _MENU_SPLIT_RE.split(line) if part.strip()]
        if line.count("|") >= 2 or (
            len(segments) >= 5 and all(len(p.split()) <= 3 for p in segments)
        ):
            return True
    if len(words) > _RUN_ON_WORDS and not re.search(r"[.!?…]", line):
        # (Not an official title that long: "Foreign Minister Sergey Lavrov's statement and
        # answers ... following talks with ..., Moscow, March 19, 2019" ends with its date.)
        return not _ends_with_date(line)
    return _is_tag_cloud(words)


def _ends_with_date(line: str) -> bool:
    found = only_date(line)
    return found is not None and not line[found[2] :].strip(" ,;)")


# A standfirst telling what someone said in an interview ("рассказал в интервью ТАСС, как ...").
_TOLD_IN_INTERVIEW_RE = re.compile(
    r"(?<![^\W\d_])(?:рассказал[аи]?|заявил[аи]?|told|said|spoke)\s+(?:в\s+интервью|in\s+an\s+"
    r"interview|to\s+[A-Z]|[А-ЯЁ]{2,})"
    # ... or with the interview before the verb ("Михаил Богданов в интервью ТАСС на полях
    # конференции рассказал о том, ...").
    r"|(?<![^\W\d_])(?:в\s+интервью|in\s+an\s+interview)(?![^\W\d_])[^.!?…]*?(?<![^\W\d_])"
    r"(?:рассказал[аи]?|заявил[аи]?|ответил[аи]?|told|said|spoke)(?![^\W\d_])",
)


def stopped_standfirst(line: str) -> str:
    """An interview's standfirst that its copy left without a full stop, stopped ("Посол ...
    рассказал в интервью ТАСС, как ..., почему ... и как бразильцы встретят Новый год"): a
    run-on line is a menu or a tag cloud otherwise."""
    if (
        len(line.split()) > _RUN_ON_WORDS
        and not re.search(r"[.!?…]", line)
        and _TOLD_IN_INTERVIEW_RE.search(line)
    ):
        return line.rstrip() + "."
    return line


# A site's footer under the text: licences, reposting notices, comment forms, "read more".
# A line that starts so ...
_FOOTER_START_RE = re.compile(
    r"^(?:attribution:|source link$|leave a reply|read more|читать (?:далее|дальше)|подробнее"
    r"|узнать больше|читайте (?:также|по теме)|dmca$|back to top)|"
    r"^(?:source|источник)\s*:\s*\S+$|"
    # A credit under a story ("Video: Raptli/TASS") and a line of hashtags.
    r"^(?:video|видео|photo|фото)\s*:\s*\S[^.!?]{0,60}$|^#[^\W_][\w-]*(?:\s+#?[^\W_][\w-]*)*$|"
    # A byline: "- By Carl Schreck".
    r"^[-–—]?\s*by\s+(?-i:[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2})$|"
    # A copyright line: "© ОАО «ТРК ВС РФ «ЗВЕЗДА»".
    r"^©[^.!?]{0,80}$",
    re.IGNORECASE,
)
# ... or that holds one of these phrases anywhere.
_FOOTER_PHRASE_RE = re.compile(
    r"creative commons|licensed under|all rights reserved|все права защищены|required fields|"
    r"(?:first|originally) (?:appeared|published) (?:on|in|at)|reposted (?:from|with)|"
    r"материал (?:взят|подготовлен)|по материалам|"
    r"will not be published|обязательные для заполнения",
    re.IGNORECASE,
)
# A word every footer phrase holds: a line without any is spared the pattern (see may_hold).
_FOOTER_ANCHORS = (
    "creative commons", "licensed under", "all rights reserved", "все права защищены",
    "required fields", "appeared", "published", "reposted", "материал",
    "обязательные для заполнения",
)  # fmt: skip


# Footer lines after which nothing of the article follows: the comment form (its heading
# with a counter too: "Комментарии 0", "Comments (3)"), the sharing and licence notices.
_ARTICLE_END_RE = re.compile(
    r"^(?:attribution:|source link$|leave a reply|"
    r"(?:comments?|комментарии)\s*:?\s*\(?[0-9]*\)?$|dmca$|"
    r"back to top$|your email address will not be published)",
    re.IGNORECASE,
)


#: A footer line is at most this many words long.
_MAX_FOOTER_WORDS = 40


def is_footer(line: str) -> bool:
    """A footer line under a copied page's text (a licence, a comment form, "Read more")."""
    words = len(line.split(None, _MAX_FOOTER_WORDS))  # a paragraph's words past 40 are not counted
    return words <= _MAX_FOOTER_WORDS and (
        _FOOTER_START_RE.match(line) is not None
        or (may_hold(line, _FOOTER_ANCHORS) and _FOOTER_PHRASE_RE.search(line) is not None)
        or label_key(line).strip(" »>.:") in _CLUTTER_LINES
        or (words <= 16 and _clutter_marker(line))
    )


# The line a tag or category listing puts under each story ("Published in Minister
# S.Lavrov", "Опубликовано в разделе Новости"): the story ends there and another begins.
_ITEM_END_RE = re.compile(
    r"^(?:published|posted|filed) (?:in|under)\s+\S"
    r"|^опубликовано в (?:рубрике|разделе|категории)\s+\S",
    re.IGNORECASE,
)
#: A section's name is short ("Minister S.Lavrov"): a longer line is a sentence of the story.
_MAX_ITEM_END_WORDS = 7


def ends_item(line: str) -> bool:
    """A listing's line under one of its stories, or a link to another story ("• Russia has
    put forward an ultimatum to NATO »»»"): what follows is another story."""
    line = line.strip()
    if _MORE_ARROWS_RE.search(line) and len(line.split()) <= _TEASER_WORDS:
        return True
    return (
        _ITEM_END_RE.match(line) is not None
        and len(line.split()) <= _MAX_ITEM_END_WORDS
        and not line.endswith((".", "!", "?", ","))
    )


# Arrows after a space ending a line, a link to read another story: "... to NATO »»»", "... >>"
# (a nested quote's «...»» closes with no space before).
_MORE_ARROWS_RE = re.compile(r"\s(?:»{2,}|>{2,}|→)$")


# A heading over links to other stories, standing alone on its line.


# A photo's caption: "FILE PHOTO: Zimbabwean President ... shake hands ... © Sergey Mamontov /
# Sputnik" (it names people, and was taken for the title and its speaker).
# (Or an image's description without a stop: "File Photo of Official at Podium in Front of
# Large NATO-Russia Council Signage", which had become the ambassador's words.)
_PHOTO_CAPTION_RE = re.compile(
    r"^\W*(?:file\s+photo|photo|фото)\s*:\s*\S.*(?:©|\(c\))"
    r"|^\W*file\s+photo\b[^.!?]{0,150}$"
    # An agency's caption with its credit: "TOPSHOT - Russian president-elect Vladimir Putin
    # walks ... on May 7, 2018. (Photo by Sergei BOBYLYOV / SPUTNIK / AFP) (Photo credit ...)".
    r"|^[^()]{0,300}\(photo\s+(?:by|credit)\b[^()]{0,120}\)\s*(?:\([^()]{0,120}\)\s*)?$",
    re.IGNORECASE,
)
# An embedded link to a story on its own site: "Читать на сайте RG.RU", "Слушать на сайте
# радиостанции", "Read on the website". Under a story's first sentences the headline after it
# is that other story's ("Путин провел совещание ..." inside an ambassador's story).
_ON_THE_SITE_RE = re.compile(
    r"^(?:читать|слушать|смотреть)\s+на\s+сайте(?:\s+\S+){0,2}$"
    r"|^(?:read|listen|watch)\s+(?:it\s+)?on\s+(?:the\s+)?(?:web)?site(?:\s+\S+){0,2}$",
    re.IGNORECASE,
)


# The same link glued to the story's first sentence: "Read on the website Vestnik
# KavkazaRussia has expressed ..." (the site's last word runs into the sentence's first).
_GLUED_SITE_LINK_RE = re.compile(
    r"^(?i:(?:read|listen|watch)\s+(?:it\s+)?on\s+(?:the\s+)?(?:web)?site"
    r"|(?:читать|слушать|смотреть)\s+на\s+сайте)"
    r"(?:\s+\S+){0,3}?\s+\S*?(?:[a-zа-яё.](?=[A-ZА-ЯЁ][a-zа-яё])|[A-Za-z.](?=[А-ЯЁ][а-яё]))"
)


def unglued_site_link(line: str) -> str:
    """A line without the link to its site glued before the story's first sentence."""
    if line[:1] not in "RrLlWwЧчСс":
        return line
    found = _GLUED_SITE_LINK_RE.match(line)
    return line[found.end() :] if found else line


def heads_related_links(line: str) -> bool:
    """A "See also" / «Смотрите также» heading alone on its line, or a link to a story on its
    site ("Читать на сайте RG.RU"): other stories follow."""
    key = label_key(line).strip(" •·|:/»>-–—.")
    return key in _RELATED_HEADINGS or _ON_THE_SITE_RE.fullmatch(key) is not None


def ends_article(line: str) -> bool:
    """A footer line after which the page holds no more of the article."""
    return _ARTICLE_END_RE.match(line.strip()) is not None


_FUNCTION_WORDS = frozenset(
    "of the and in on to for at a an by with в и на по с о об для при к из".split()
)


def _is_tag_cloud(words: list[str]) -> bool:
    """A run of three words or more given twice on one line, or a name of two words at its
    start and end, with no punctuation at all."""
    if len(words) < 6 or any(not w.replace("-", "").isalnum() for w in words):
        return False
    keys = [w.casefold() for w in words]
    # (A heading's "of the UN ... of the UN" is phrasing, not tags: grams with a function
    # word do not count.)
    grams = [
        gram
        for gram in (tuple(keys[i : i + 3]) for i in range(len(keys) - 2))
        if not _FUNCTION_WORDS.intersection(gram)
    ]
    if len(set(grams)) < len(grams):
        return True
    # "Сергей Шойгу политика военные Сергей Шойгу": a person's tag at both ends of the line.
    return words[:2] == words[-2:] and all(w[:1].isupper() for w in words[:2])


_SEPARATOR_SYMBOLS = "*-–—_=~#•·"
_SEPARATOR_RE = re.compile(r"[*\-–—_=~#•·]+")


def is_separator(line: str) -> bool:
    """``* * *``, ``***``, ``-----``: three or more symbols and nothing else on the line."""
    # The first symbol is asked first: most lines fail there, before the spaces are taken out.
    first = line.lstrip(" ")[:1]
    if not first or first not in _SEPARATOR_SYMBOLS:
        return False
    symbols = line.replace(" ", "")
    return len(symbols) >= 3 and _SEPARATOR_RE.fullmatch(symbols) is not None
