"""What one line of a page is: page chrome, a separator, the end of the page, or a label."""

from __future__ import annotations

import re

from retrieval.text import label_key
from retrieval.transcript._dates import TIME

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
_TIME_LINE_RE = re.compile(rf"^{TIME}$")
_ALNUM_RE = re.compile(r"[^\W_]")
# A label and the text after it: "Sergey Lavrov: We ...".
LABEL_RE = re.compile(r"^(?P<label>[^:：]{1,120}?)\s*[:：](?P<rest>.*)$", re.DOTALL)


def has_text(line: str) -> bool:
    """Whether a line holds a letter or a digit (not only bullets, dashes or symbols)."""
    return _ALNUM_RE.search(line) is not None


def is_chrome(line: str) -> bool:
    """Page furniture: a time, a language-versions line, "Photos", a row of share buttons."""
    if len(line) > 120:  # chrome is short; skip the folding work on paragraphs
        return False
    if _TIME_LINE_RE.match(line):
        return True
    key = label_key(line).strip(" •·|")
    if key in _CHROME_LINES or _LANG_LINE_RE.match(line):
        return True
    words = key.replace("|", " ").split()
    return len(words) >= 2 and all(word in _SOCIAL_WORDS for word in words)


def is_separator(line: str) -> bool:
    """``* * *``, ``***``, ``-----``: three or more symbols and nothing else on the line."""
    symbols = line.replace(" ", "")
    return len(symbols) >= 3 and re.fullmatch(r"[*\-–—_=~#•·]+", symbols) is not None
