"""Scripts and folding: the one home of every rule about letters.

Index terms, phrase checks, speaker labels, the query parser and the ``lang:`` filter all decide
what a word *is* with the definitions here, so they cannot disagree about the same word:

* character classes (:data:`CYRILLIC`, :data:`LATIN`, in-word :data:`MARKS`, :data:`HYPHENS`,
  :data:`APOSTROPHES`), :data:`CONTROL` and :data:`INVISIBLE` characters;
* :func:`language_of`: the one rule that says which language a text, or a word, is in;
* Latin/Cyrillic look-alike letters (:data:`LOOKALIKES`, folded by one rule,
  :func:`fold_mixed_word`) and quote marks (:data:`QUOTES`);
* month names (:data:`MONTHS`, :data:`MONTH_NAMES`, :data:`MONTHS_IN_DATES`);
* the named folds: :func:`clean_line` (passage text and questions alike), :func:`label_key`
  (speaker labels, titles, page lines and speaker aliases), :func:`phrase_key` (exact-phrase
  checks) and :func:`fold_word` (index terms, for passages and queries alike).

Quoted text is only ever :func:`clean_line`-d; the folds are for matching, never for display.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from functools import lru_cache
from typing import Final, NamedTuple, overload

from retrieval.passages import Language

__all__ = [
    "APOSTROPHES",
    "CONTROL",
    "CYRILLIC",
    "HYPHENS",
    "INVISIBLE",
    "LATIN",
    "LOOKALIKES",
    "MARKS",
    "MONTHS",
    "MONTHS_IN_DATES",
    "MONTH_NAMES",
    "QUOTED_RE",
    "QUOTES",
    "SPEECH_QUOTE_WORDS",
    "FoldedWord",
    "clean_line",
    "clean_lines",
    "count_controls",
    "fold_apostrophes",
    "fold_lookalikes",
    "fold_mixed_word",
    "fold_word",
    "has_cyrillic",
    "label_key",
    "language_of",
    "normalize_newlines",
    "phrase_key",
    "quote_spans",
    "speaker_search_text",
    "speech_share",
    "straighten_apostrophes",
    "straighten_quotes",
    "transliterate",
]

# --- character classes (fragments of a regex character class) -----------------------------------

#: Cyrillic letters: the basic block (Ё/ё included) and the supplement.
CYRILLIC: Final = "\u0400-\u052f"
#: Latin letters: ASCII, Latin-1 (without × and ÷), Extended-A/B and Extended Additional.
LATIN: Final = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"
#: Combining marks of Latin/Cyrillic text (accents, stress), plus the invisible characters that
#: pages leave inside words (soft hyphen, zero widths, word joiner, BOM): part of a word.
MARKS: Final = (
    "\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
    "\u00ad\u200b-\u200d\u2060\ufeff"
)
#: Hyphens that join the parts of one word ("neo-Nazism"); dashes do not.
HYPHENS: Final = "\\-\u2010\u2011"
#: Apostrophes that may stand inside a word ("Russia’s"); each folds to ``'``.
APOSTROPHES: Final = "'\u2019\u2018\u02bc"
#: C0 and C1 control characters other than tab and the line breaks (LF, VT, FF, CR, NEL).
CONTROL: Final = "\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f"
#: Characters that carry no words and are dropped from text: soft hyphen, zero widths and
#: directional marks, word joiner, directional isolates, BOM.
INVISIBLE: Final = "\u00ad\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff"

_CYRILLIC_RE: Final = re.compile(f"[{CYRILLIC}]")
_LATIN_RE: Final = re.compile(f"[{LATIN}]")
_MARK_RE: Final = re.compile(f"[{MARKS}]")
_CONTROL_RE: Final = re.compile(f"[{CONTROL}]")
# The ASCII ones among them, as bytes.
_ASCII_CONTROLS: Final = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])
_INVISIBLE_RE: Final = re.compile(f"[{INVISIBLE}]")
_SURROGATE_RE: Final = re.compile("[\ud800-\udfff]")
# Horizontal whitespace that reads as one plain space (NBSP, thin spaces, tabs ...).
_SPACES_RE: Final = re.compile(r"[\s\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_NEWLINES_RE: Final = re.compile(r"\r\n|[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028]")
_LINE_BREAKS: Final = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028"  # every match of _NEWLINES_RE has one

# --- language -----------------------------------------------------------------------------------


# Runs of letters of one script: counting the letters of a run at a time is several times
# faster than listing every letter.
_CYRILLIC_RUN_RE: Final = re.compile(f"[{CYRILLIC}]+")
_LATIN_RUN_RE: Final = re.compile(f"[{LATIN}]+")
_ASCII_LETTER_RE: Final = re.compile("[A-Za-z]")


def _letter_counts(text: str) -> tuple[int, int]:
    """(Cyrillic letters, Latin letters) in ``text``."""
    cyrillic = sum(map(len, _CYRILLIC_RUN_RE.findall(text)))
    return cyrillic, sum(map(len, _LATIN_RUN_RE.findall(text)))


@overload
def language_of(text: str) -> Language: ...
@overload
def language_of(text: str, default: Language) -> Language: ...
@overload
def language_of(text: str, default: None) -> Language | None: ...


def language_of(text: str, default: Language | None = "en") -> Language | None:
    """The language of a text (or of one word), by its letters.

    The one rule for the whole code: passages, documents, a question's words and the analyzer's
    per-word stemmer choice all use it.

    Args:
        text: Any text.
        default: What a tie (including no letters at all) gives.

    Returns:
        ``"ru"`` if Cyrillic letters outnumber Latin ones, ``"en"`` if Latin ones outnumber
        Cyrillic ones, else ``default``.
    """
    if text.isascii():  # no Cyrillic letter: any letter at all decides
        return "en" if _ASCII_LETTER_RE.search(text) else default
    cyrillic, latin = _letter_counts(text)
    if cyrillic > latin:
        return "ru"
    if latin > cyrillic:
        return "en"
    return default


def has_cyrillic(text: str) -> bool:
    """Whether ``text`` contains at least one Cyrillic letter."""
    return _CYRILLIC_RE.search(text) is not None


# --- look-alike letters ------------------------------------------------------------------------

#: Latin letters that look like Cyrillic ones, mapped to their Cyrillic twins (case kept).
LOOKALIKES: Final[Mapping[str, str]] = dict(
    zip("AaBCcEeHKkMOoPpTXxYy", "АаВСсЕеНКкМОоРрТХхУу", strict=True)
)


class _Twins(NamedTuple):
    """Look-alike translation tables for one letter case convention."""

    latin: frozenset[str]  # Latin letters that have a Cyrillic twin
    cyrillic: frozenset[str]  # Cyrillic letters that have a Latin twin
    to_cyrillic: dict[int, str]
    to_latin: dict[int, str]


def _twins(pairs: Mapping[str, str]) -> _Twins:
    return _Twins(
        frozenset(pairs),
        frozenset(pairs.values()),
        str.maketrans(dict(pairs)),
        str.maketrans({c: lat for lat, c in pairs.items()}),
    )


# Case kept, for text as written; and case-folded, for text already case-folded (there a
# lower-case "m" stands for the capital "M" that looks like "М").
_CASED: Final = _twins(LOOKALIKES)
_FOLDED: Final = _twins({lat.lower(): cyr.lower() for lat, cyr in LOOKALIKES.items()})


def fold_mixed_word(word: str, *, casefolded: bool = False) -> str:
    """Fold one word that mixes Latin and Cyrillic letters into a single script.

    The one look-alike rule: a word can be folded into Cyrillic if each of its Latin letters
    has a Cyrillic twin, into Latin if each of its Cyrillic letters has a Latin twin. If only one
    way works, it is taken; if both do, the majority script wins (a tie goes to Cyrillic, since
    slips come from typing Russian on a Latin keyboard); if neither does, the word is genuinely
    mixed and stays as it is. A word in one script never changes, and the length is kept.

    Args:
        word: One word.
        casefolded: The word is already case-folded (use the lower-case twins).

    Returns:
        The word in one script, or unchanged.
    """
    latin = _LATIN_RE.findall(word)
    if not latin:
        return word
    cyrillic = _CYRILLIC_RE.findall(word)
    if not cyrillic:
        return word
    twins = _FOLDED if casefolded else _CASED
    to_cyrillic = twins.latin.issuperset(latin)
    to_latin = twins.cyrillic.issuperset(cyrillic)
    if to_cyrillic and to_latin:
        to_latin = len(latin) > len(cyrillic)
        to_cyrillic = not to_latin
    if to_cyrillic:
        return word.translate(twins.to_cyrillic)
    if to_latin:
        return word.translate(twins.to_latin)
    return word


# A word for label folding: letters glued by dots, hyphens or apostrophes ("C.В.Лавров").
_LABEL_WORD_RE: Final = re.compile(r"[^\W\d_]+(?:[.\-'’][^\W\d_]+)*\.?")
# A lone Latin initial among initials right before a Cyrillic word: "C. В. Лавров", "C. B. Лавров".
_LATIN_CAPITAL_TWINS: Final = "".join(c for c in LOOKALIKES if c.isupper())
_LONE_INITIAL_RE: Final = re.compile(
    rf"(?<![^\W\d_])([{_LATIN_CAPITAL_TWINS}])\."
    rf"(?=\s?(?:[{_LATIN_CAPITAL_TWINS}{CYRILLIC}]\.\s?)*[{CYRILLIC}])"
)


def fold_lookalikes(text: str) -> str:
    """Fold every mixed-script word of a text (see :func:`fold_mixed_word`); length kept.

    Transcripts sometimes type a Latin ``C`` in ``С.В.Лавров``; folding makes such labels match.
    A word here is letters glued by dots, hyphens or apostrophes, and a lone Latin initial among
    initials right before a Cyrillic word ("C. В. Лавров") counts as Cyrillic, so English text is
    untouched.

    Args:
        text: Any text.

    Returns:
        The text with look-alike letters folded.
    """
    # A text in one script has no mixed word and no Latin initial to fold.
    if not _CYRILLIC_RE.search(text) or not _LATIN_RE.search(text):
        return text
    folded = _LABEL_WORD_RE.sub(lambda m: fold_mixed_word(m.group()), text)
    return _LONE_INITIAL_RE.sub(lambda m: m.group(1).translate(_CASED.to_cyrillic) + ".", folded)


# --- quotes, apostrophes, dashes ---------------------------------------------------------------

#: Curly quotes, guillemets, primes and apostrophes, mapped to their straight ASCII forms.
QUOTES: Final[Mapping[str, str]] = {
    **dict.fromkeys("\u2019\u2018\u02bc\u201a\u201b\u2032", "'"),
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033", '"'),
}
_QUOTES_TABLE: Final = str.maketrans(dict(QUOTES))
_APOSTROPHES_TABLE: Final = str.maketrans(dict.fromkeys(APOSTROPHES[1:], "'"))
# The marks QUOTES straightens to "'" (apostrophes, low and reversed quotes, the prime).
_APOSTROPHE_LIKE: Final = "".join(mark for mark, straight in QUOTES.items() if straight == "'")
_APOSTROPHE_LIKE_RE: Final = re.compile(f"[{re.escape(_APOSTROPHE_LIKE)}]")
_APOSTROPHE_LIKE_TABLE: Final = str.maketrans(dict.fromkeys(_APOSTROPHE_LIKE, "'"))
# Dashes and the minus sign, for phrase checks: "Нур‑Султан" meets "Нур-Султан".
_DASHES: Final = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"


def straighten_quotes(text: str) -> str:
    """Curly quotes, guillemets, primes and apostrophes to their straight ASCII forms."""
    return text.translate(_QUOTES_TABLE)


#: A quotation: from its opening mark to its closing one, or to the end of the text when it
#: is not closed (a news story opens a quote in each paragraph it runs through).
# ”…” (a closing mark used to open too, as some sites type it) only when it closes again.
# A machine translation may close “ with two apostrophes: “ only at the ideological level. ''
QUOTED_RE: Final = re.compile(
    r"«[^»]*»?|\"[^\"]*\"?|“(?:[^”']|'(?!'))*(?:”|'')?|„[^“”]*[“”]?|”[^”“]+”"
)


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Where the quotations of a text are (start, end), as :data:`QUOTED_RE` finds them, but a
    guillemet quote that holds another one runs to its own closing mark: «Отличный ответ
    «...». «Что бы я ни ответил ...». Это и есть ...» is one quote (web copy nests «» in «»).
    So does a straight-quoted one that holds a word in straight quotes ("... he talks such
    "nonsense" at times, I watch ..."): a mark after a space and before a letter opens the
    inner quote. Nesting that never closes is read flat, as :data:`QUOTED_RE` does."""
    spans: list[tuple[int, int]] = []
    at = 0
    while match := QUOTED_RE.search(text, at):
        start, end = match.span()
        if match.group().startswith("«"):
            depth = 0
            for i in range(start, len(text)):
                depth += (text[i] == "«") - (text[i] == "»")
                if depth == 0:
                    end = i + 1
                    break
            else:
                if _CUT_OFF_RE.search(text):
                    # «Уже сейчас ... «прилетело» в последний этаж ... выполняет обязаннос: a
                    # copy cut off mid-word inside the outer quote, which runs to the end.
                    end = len(text)
        elif match.group().startswith('"'):
            end = _straight_quote_end(text, start, end)
        spans.append((start, end))
        at = max(end, start + 1)
    return spans


# A text cut off mid-sentence: it ends on a letter or a comma, with no stop or closing mark.
_CUT_OFF_RE = re.compile(r"[^\W\d_],?$")
# A straight mark that opens a quote inside a quote: after a space, before a letter.
_INNER_OPEN_RE = re.compile(r'(?<=\s)"(?=[^\W\d_])')


def _straight_quote_end(text: str, start: int, end: int) -> int:
    """Where a straight-quoted span from ``start`` ends, when the mark that seemed to close it
    at ``end - 1`` opens an inner quote instead and an outer closing mark follows the inner
    one; else ``end`` (read flat)."""
    close = end - 1
    if close <= start or not _INNER_OPEN_RE.match(text, close):
        return end
    inner_close = text.find('"', close + 1)
    outer_close = text.find('"', inner_close + 1) if inner_close >= 0 else -1
    if outer_close < 0 or _INNER_OPEN_RE.match(text, outer_close):
        return end
    return outer_close + 1


#: A quote of this many words or more is someone's words; a shorter one may be a name or a
#: term ("«список Магнитского»").
SPEECH_QUOTE_WORDS: Final = 4


def speech_share(text: str) -> float:
    """The share of a text's words that stand inside quotes of someone's words
    (:data:`SPEECH_QUOTE_WORDS` or more), from 0 (none) to 1 (all)."""
    words = len(text.split())
    if not words:
        return 0.0
    quoted = (len(m.group().split()) for m in QUOTED_RE.finditer(text))
    return min(1.0, sum(n for n in quoted if n >= SPEECH_QUOTE_WORDS) / words)


def fold_apostrophes(text: str) -> str:
    """Every in-word apostrophe (:data:`APOSTROPHES`) as ``'``; nothing else changes."""
    return text.translate(_APOSTROPHES_TABLE)


def straighten_apostrophes(text: str) -> str:
    """Every mark :func:`straighten_quotes` makes ``'`` as ``'``, and nothing else: what a
    question's straightened text reads there. Same length, so spans stay valid; a text with
    none of them (every ASCII text) is returned as it is, without being copied."""
    if text.isascii() or _APOSTROPHE_LIKE_RE.search(text) is None:
        return text
    return text.translate(_APOSTROPHE_LIKE_TABLE)


# --- accents ------------------------------------------------------------------------------------


def _strip_accents(text: str) -> str:
    """Accents and other combining marks dropped ("Erdoğan" -> "Erdogan")."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", bare)


def _accent_table() -> dict[int, str]:
    # Latin and Greek letters with accents -> the bare letter, one character for one, so that
    # a folded text keeps its length. Cyrillic is left out: й is a letter, not an accented и.
    table: dict[int, str] = {}
    for lo, hi in ((0x00C0, 0x0250), (0x0370, 0x0400), (0x1E00, 0x2000)):
        for code in range(lo, hi):
            bare = _strip_accents(chr(code))
            if len(bare) == 1 and bare != chr(code):
                table[code] = bare
    return table


_ACCENTS: Final = _accent_table()


def latin_unaccented(text: str) -> str:
    """Accents dropped from Latin letters, one character for one ("Mélik" -> "Melik");
    Cyrillic kept as it is (й is a letter of its own)."""
    return text if text.isascii() else text.translate(_ACCENTS)


# --- months -------------------------------------------------------------------------------------

_MONTH_FORMS: Final = (
    # English (and abbreviations), Russian (nominative, genitive, prepositional, and the short
    # forms of agencies' datelines and sites' stamps: «МОСКВА, 20 янв», «25 ноя. 2024»), French,
    # Spanish, German: the languages of the pages the parser reads and the questions it gets.
    "january jan январь января январе янв janvier enero januar jänner",
    "february feb февраль февраля феврале фев февр février fevrier febrero februar",
    "march mar март марта марте мар mars marzo märz",
    "april apr апрель апреля апреле апр avril abril",
    "may май мая мае mai mayo",
    "june jun июнь июня июне июн juin junio juni",
    "july jul июль июля июле июл juillet julio juli",
    "august aug август августа августе авг août aout agosto",
    "september sep sept сентябрь сентября сентябре сен сент septembre septiembre setiembre",
    "october oct октябрь октября октябре окт octobre octubre oktober",
    "november nov ноябрь ноября ноябре ноя нояб novembre noviembre",
    "december dec декабрь декабря декабре дек décembre decembre diciembre dezember",
)
#: Lower-case month names and abbreviations (EN, RU, FR, ES, DE) -> month number (1-12).
MONTHS: Final[Mapping[str, int]] = {
    name: number for number, forms in enumerate(_MONTH_FORMS, 1) for name in forms.split()
}
#: English month names by number (index 0 is empty): the words a date adds to an index.
MONTH_NAMES: Final[tuple[str, ...]] = ("", *(forms.split()[0] for forms in _MONTH_FORMS))
#: Month names as a date is written for a reader, January first: "17 Mar 2021" (abbreviated),
#: "17 марта 2021" (genitive). Each is one of :data:`MONTHS`' names (a test checks it).
MONTHS_IN_DATES: Final[Mapping[Language, tuple[str, ...]]] = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "ru": (
        "января", "февраля", "марта", "апреля", "мая", "июня",
        "июля", "августа", "сентября", "октября", "ноября", "декабря",
    ),
}  # fmt: skip


# --- transliteration ----------------------------------------------------------------------------

# Russian letters in Latin, as the Foreign Ministry and the Kremlin spell Russian names in English
# ("Сергей Рябков" -> "Sergey Ryabkov", "Брилёв" -> "Brilev", "Зятьков" -> "Zyatkov").
_TRANSLIT: Final[Mapping[str, str]] = {
    **dict(zip("абвгдзиклмнопрстуфыэ", "abvgdziklmnoprstufye", strict=True)),
    "е": "e", "ё": "e", "ж": "zh", "й": "y", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ь": "", "ю": "yu", "я": "ya", "і": "i", "ї": "yi", "є": "ye",
    "ґ": "g",
}  # fmt: skip
# Word endings spelt by custom rather than letter by letter: "Дмитрий" -> "Dmitry",
# "Мария" -> "Maria", "Юрьевич" stays regular.
# (A surname in "-иев" is "-iev" as English news and the Ministry write it: "Dmitriev",
# "Nurgaliev", not "Dmitriyev".)
_TRANSLIT_ENDINGS: Final = (
    ("иева", "ieva"), ("иев", "iev"), ("ий", "y"), ("ый", "y"), ("ия", "ia")
)  # fmt: skip
# First names whose English spelling is a custom of its own, not letters ("Александр" is
# "Alexander", "Алексей" "Alexey" on mid.ru and kremlin.ru, as in the known officials' names;
# "Максим" is "Maxim" there and in the news).
_CUSTOMARY_NAMES: Final = {
    "александр": "alexander", "фёдор": "fyodor", "федор": "fyodor", "пётр": "pyotr",
    "петр": "pyotr", "артём": "artyom", "артем": "artyom", "семён": "semyon",
    "семен": "semyon", "алёна": "alyona", "алена": "alyona", "алексей": "alexey",
    "александра": "alexandra", "максим": "maxim",
}  # fmt: skip
#: Foreign first names as Russian pages write them, in the spelling of their own language
#: (lower case): a foreign official named only in a Russian story ("посол Эквадора Хулио ...")
#: is shown as English sources name him ("Julio", not "Khulio"). Facts of spelling.
_FOREIGN_FIRST_NAMES: Final = {
    # Spanish and Portuguese
    "хуан": "juan", "хулио": "julio", "хосе": "jose", "жозе": "jose", "хорхе": "jorge",
    "хавьер": "javier", "луис": "luis", "луиш": "luis", "карлос": "carlos", "мигель": "miguel",
    "педро": "pedro", "пабло": "pablo", "рафаэль": "rafael", "франсиско": "francisco",
    "фернандо": "fernando", "эдуардо": "eduardo", "рикардо": "ricardo", "мануэль": "manuel",
    "алехандро": "alejandro", "андрес": "andres", "диего": "diego", "гонсало": "gonzalo",
    "густаво": "gustavo", "серхио": "sergio", "энрике": "enrique", "рамон": "ramon",
    "рауль": "raul", "эрнесто": "ernesto", "сантьяго": "santiago", "жоао": "joao",
    "жуан": "joao", "паулу": "paulo", "марсело": "marcelo", "жаир": "jair", "дилма": "dilma",
    "дельси": "delcy", "хесус": "jesus", "хайме": "jaime", "гильермо": "guillermo",
    # Arabic
    "мухаммед": "mohammed", "мохаммед": "mohammed", "мухаммад": "muhammad", "ахмед": "ahmed",
    "ахмад": "ahmad", "махмуд": "mahmoud", "абдель": "abdel", "абдулла": "abdullah",
    "хасан": "hassan", "хусейн": "hussein", "мустафа": "mustafa", "халид": "khalid",
    "фейсал": "faisal", "файсал": "faisal", "набиль": "nabil", "самех": "sameh",
    "айман": "ayman", "ибрагим": "ibrahim", "юсеф": "youssef", "юсуф": "yousef",
    "башар": "bashar", "фуад": "fuad", "хишам": "hisham", "валид": "walid", "салех": "saleh",
    # English, French, German
    "дэвид": "david", "джеймс": "james", "джон": "john", "майкл": "michael",
    "ричард": "richard", "томас": "thomas", "уильям": "william", "питер": "peter",
    "энтони": "anthony", "кристофер": "christopher", "эндрю": "andrew", "джозеф": "joseph",
    "дональд": "donald", "джо": "joe", "хиллари": "hillary", "кэтрин": "catherine",
    "франсуа": "francois", "жак": "jacques", "эммануэль": "emmanuel", "оливье": "olivier",
    "николя": "nicolas", "ангела": "angela", "олаф": "olaf", "вальтер": "walter",
    "ханс": "hans", "джейк": "jake", "мэттью": "matthew", "джеффри": "jeffrey",
}  # fmt: skip
_CYRILLIC_WORD_RE: Final = re.compile(f"[{CYRILLIC}]+")
# "е" is "ye" at the start of a word and after a vowel or a sign ("Евгений", "Сергеев").
_YE_AFTER: Final = frozenset("аеёиоуыэюяъь")


def _transliterate_word(word: str) -> str:
    lower = word.lower()
    if customary := _CUSTOMARY_NAMES.get(lower) or _FOREIGN_FIRST_NAMES.get(lower):
        if word.isupper() and len(word) > 1:
            return customary.upper()
        return customary.capitalize() if word[:1].isupper() else customary
    tail = ""
    for ending, latin in _TRANSLIT_ENDINGS:
        if lower.endswith(ending) and len(lower) > len(ending) + 1:
            lower, tail = lower[: -len(ending)], latin
            break
    out = []
    for i, ch in enumerate(lower):
        if ch == "е" and (i == 0 or lower[i - 1] in _YE_AFTER):
            out.append("ye")
        elif ch == "х" and i and lower[i - 1] in "гк":
            # An Indic aspirate a Russian page spells "гх", "кх": "Гхимире" is "Ghimire".
            out.append("h")
        else:
            out.append(_TRANSLIT.get(ch, ch))
    latin = "".join(out) + tail
    if word[:1].isupper():
        latin = latin[:1].upper() + latin[1:]
        if word.isupper() and len(word) > 1:
            latin = latin.upper()
    return latin


def transliterate(text: str) -> str:
    """Cyrillic words in Latin letters, the way Russian names are spelt in English.

    The one rule for a Russian name's Latin form, so that a person named in Cyrillic on one page
    and in Latin on another gets one name: ``"Виталий Жихарев"`` -> ``"Vitaly Zhikharev"``,
    ``"Брилёв"`` -> ``"Brilev"``, ``"Мария"`` -> ``"Maria"``. Other characters are kept; a word
    in capitals stays in capitals.

    Args:
        text: Any text.

    Returns:
        The text with every Cyrillic word in Latin letters.
    """
    if not has_cyrillic(text):
        return text
    return _CYRILLIC_WORD_RE.sub(lambda m: _transliterate_word(m.group()), fold_lookalikes(text))


# --- the named folds ----------------------------------------------------------------------------


def normalize_newlines(text: str) -> str:
    """Turn every line-break convention (CRLF, CR, Unicode separators) into ``\\n``.

    A Unicode paragraph separator becomes a blank line.
    """
    if any(ch in text for ch in _LINE_BREAKS):  # a page with \n alone is spared the pattern
        text = _NEWLINES_RE.sub("\n", text)
    return text.replace("\u2029", "\n\n")


def clean_line(text: str) -> str:
    """Text on one line, as passages keep it and questions are read.

    Invisible characters (:data:`INVISIBLE`) and lone surrogates are removed; control
    characters, line breaks, NBSP, tabs and runs of spaces become single spaces; the ends are
    stripped. The parser cleans each line of a page with it and the query parser cleans a
    question with it, so a question typed with the passage's own characters meets its words.

    Args:
        text: Any text.

    Returns:
        The text on one line with single spaces and no leading or trailing space.
    """
    # Invisible, surrogate and control characters are all unprintable, and so is every
    # whitespace character but the space: most lines of a page need none of the passes.
    if not text.isprintable():
        text = _INVISIBLE_RE.sub("", text)
        if not text.isascii():
            text = _SURROGATE_RE.sub("", text)
        text = _CONTROL_RE.sub(" ", text)
    elif "  " not in text:
        return text.strip()
    return _SPACES_RE.sub(" ", text).strip()


def clean_lines(text: str) -> list[str]:
    """Each line of a text (split at ``\\n``) cleaned as :func:`clean_line` cleans it.

    Whether the lines hold anything unprintable is asked once for the whole text (most pages
    hold nothing of the kind): then only runs of spaces are left to fold.
    """
    lines = text.split("\n")
    if "".join(lines).isprintable():
        return [
            _SPACES_RE.sub(" ", line).strip() if "  " in line else line.strip() for line in lines
        ]
    return [clean_line(line) for line in lines]


def count_controls(text: str) -> int:
    """How many control characters (:data:`CONTROL`) a text holds: the sign of a binary file."""
    # Counted on the UTF-8 bytes, many times faster than the pattern: a byte below 0x80 is an
    # ASCII character there, and the C1 controls (U+0080-U+009F) all start with 0xC2.
    raw = text.encode("utf-8", "surrogatepass")
    if b"\xc2" in raw:
        return len(_CONTROL_RE.findall(text))
    return len(raw) - len(raw.translate(None, _ASCII_CONTROLS))


@lru_cache(maxsize=4096)  # the parser's rules fold the same lines and paragraphs repeatedly
def label_key(text: str) -> str:
    """A label, title, page line or speaker alias folded for matching (never for display).

    NFKC, quotes straightened, look-alikes folded (:func:`fold_lookalikes`), cleaned
    (:func:`clean_line`), case-folded, ``ё`` as ``е``. The speaker table, the page-chrome
    check and the query's speaker filter all compare these keys.
    """
    if text.isascii():  # NFKC, quotes, look-alikes and ё leave ASCII as it is
        return clean_line(text).lower()
    text = unicodedata.normalize("NFKC", text)
    text = fold_lookalikes(straighten_quotes(text))
    return clean_line(text).casefold().replace("ё", "е")


def speaker_search_text(text: str) -> str:
    """A question folded so that a speaker alias can be found in it; the length is kept.

    Look-alikes folded, quotes straightened and ``ё`` as ``е``, as :func:`label_key` does, but
    character for character, so a match's span is also the span in ``text``. Search it
    case-insensitively.
    """
    return fold_lookalikes(straighten_quotes(text)).replace("ё", "е").replace("Ё", "Е")


_PHRASE_CHARS: Final[Mapping[str, str]] = {
    **QUOTES,
    **dict.fromkeys(_DASHES, "-"),
    "ё": "е",
    **{chr(code): bare for code, bare in _ACCENTS.items()},
}
# A regex finds these faster than str.translate walks a non-ASCII text.
_PHRASE_CHARS_RE: Final = re.compile("[" + "".join(map(re.escape, _PHRASE_CHARS)) + "]")
# A word (run of letters) holding both a Latin and a Cyrillic letter: only then is there
# anything to fold. Slow on long texts, so it is tried only on texts with both scripts.
_MIXED_RE: Final = re.compile(
    rf"[{LATIN}][^\W\d_{CYRILLIC}]*+[{CYRILLIC}]|[{CYRILLIC}][^\W\d_{LATIN}]*+[{LATIN}]"
)
_LETTERS_RE: Final = re.compile(r"[^\W\d_]+")


def phrase_key(text: str) -> str:
    """Fold a text for exact-phrase checks; fold the phrase and the passage alike.

    NFKC, case folding, ``ё`` -> ``е``, quotes straightened, dashes and non-breaking hyphens
    -> ``-``, accents dropped from Latin letters (as index terms drop them), combining marks
    (stress) removed, and look-alikes in a mixed word folded (:func:`fold_mixed_word`).
    Whitespace is left alone. The length may change (``"ﬁ"`` -> ``"fi"``); it stays the same
    for text that NFKC leaves alone.

    Args:
        text: Any text.

    Returns:
        The folded text.
    """
    folded = unicodedata.normalize("NFKC", text).casefold()
    if folded.isascii():
        return folded
    folded = _PHRASE_CHARS_RE.sub(lambda m: _PHRASE_CHARS[m.group()], folded)
    folded = _MARK_RE.sub("", folded)
    # Rare, and the same for a phrase and the passage that holds it (a per-word test, not a
    # per-text one): only then look at every word.
    if _LATIN_RE.search(folded) and _CYRILLIC_RE.search(folded) and _MIXED_RE.search(folded):
        folded = _LETTERS_RE.sub(lambda m: fold_mixed_word(m.group(), casefolded=True), folded)
    return folded


class FoldedWord(NamedTuple):
    """One word folded for indexing (see :func:`fold_word`)."""

    exact: str  # case kept
    lower: str  # case-folded
    language: Language | None  # None: as many Latin as Cyrillic letters (the text decides)


def fold_word(word: str) -> FoldedWord:
    """Fold one word (a hyphen-free part of one) for the index, passages and queries alike.

    NFKC, apostrophes as ``'``, look-alikes folded (:func:`fold_mixed_word`), ``ё`` as ``е``,
    accents dropped from a word that is not Russian, stress and invisible marks removed.
    Its language is :func:`language_of` the folded word (a word without Latin or Cyrillic
    letters is English).

    Args:
        word: One word, as :class:`retrieval.tokenizer.Analyzer` cuts it.

    Returns:
        The word with its case kept, case-folded, and its language.
    """
    if word.isascii():
        return FoldedWord(word, word.lower(), "en")
    text = fold_mixed_word(fold_apostrophes(unicodedata.normalize("NFKC", word)))
    language = language_of(text, None if has_cyrillic(text) else "en")
    text = text.replace("ё", "е").replace("Ё", "Е")
    if language != "ru":
        text = _strip_accents(text)
    text = _MARK_RE.sub("", text)
    return FoldedWord(text, _MARK_RE.sub("", text.casefold()), language)
