"""A number written in digits, as the words a page may write it in: "2,000" / «две тысячи».

Questions write numbers in digits ("the 2,000 Kremlin staff", "for 4 years"); a transcript,
Russian above all, often says them in words ("у нас две тысячи сотрудников", "более четырех
лет"), and an unknown number weighs as a name the pages lack
(:mod:`retrieval.question_weights`). :func:`number_wordings` gives the wordings of a round
number in both languages: a unit (one to twenty, the tens) alone or before a scale
(thousand, million, billion), in the Russian case forms that follow a number. Other numbers (a
year, "1997", a resolution's "2231") are written in digits on the pages too, and get none.

The search treats these wordings like a word's translations (:mod:`retrieval.search`).
"""

from __future__ import annotations

from typing import Final

__all__ = ["number_wordings"]

#: Units in English and in the Russian forms a count takes ("две", "двух", "двум").
_UNITS: Final[dict[int, tuple[str, str]]] = {
    1: ("one", "один одна одно одного одной одну"),
    2: ("two", "два две двух двум"),
    3: ("three", "три трех трем"),
    4: ("four", "четыре четырех четырем"),
    5: ("five", "пять пяти"),
    6: ("six", "шесть шести"),
    7: ("seven", "семь семи"),
    8: ("eight", "восемь восьми"),
    9: ("nine", "девять девяти"),
    10: ("ten", "десять десяти"),
    11: ("eleven", "одиннадцать одиннадцати"),
    12: ("twelve", "двенадцать двенадцати"),
    13: ("thirteen", "тринадцать тринадцати"),
    14: ("fourteen", "четырнадцать четырнадцати"),
    15: ("fifteen", "пятнадцать пятнадцати"),
    16: ("sixteen", "шестнадцать шестнадцати"),
    17: ("seventeen", "семнадцать семнадцати"),
    18: ("eighteen", "восемнадцать восемнадцати"),
    19: ("nineteen", "девятнадцать девятнадцати"),
    20: ("twenty", "двадцать двадцати"),
    30: ("thirty", "тридцать тридцати"),
    40: ("forty", "сорок сорока"),
    50: ("fifty", "пятьдесят пятидесяти"),
    60: ("sixty", "шестьдесят шестидесяти"),
    70: ("seventy", "семьдесят семидесяти"),
    80: ("eighty", "восемьдесят восьмидесяти"),
    90: ("ninety", "девяносто"),
}  # fmt: skip
#: Russian forms a number does not take alone: their stems are short roots other words share
#: («семь» / «семья», «девять» / «девушка», «десять» / «де-факто»); after a unit, a scale says
#: which they are. "Сто" (a hundred) is left out altogether: its stem is that of «стоит».
_NOT_ALONE: Final = frozenset(
    "пять пяти шесть шести семь семи восемь девять девяти десять десяти девяносто".split()
)
#: Scales in English and in Russian (after one, after two to four, after five and more).
_SCALES: Final[dict[int, tuple[str, str]]] = {
    1_000: ("thousand", "тысяча тысячи тысяч"),
    1_000_000: ("million", "миллион миллиона миллионов"),
    1_000_000_000: ("billion", "миллиард миллиарда миллиардов"),
}


def number_wordings(digits: str) -> tuple[tuple[str, ...], ...]:
    """The wordings (words in order, English and Russian) of the number ``digits`` writes.

    A unit of :data:`_UNITS` is its word ("4" -> "four", «четыре», «четырех»; in Russian not
    the forms of :data:`_NOT_ALONE`); a unit times a
    scale is the unit's word before the scale's ("2000" -> "two thousand", «две тысячи»,
    «двух тысяч»), one thousand also the scale alone. Any other number, or text that is not
    digits, has none.
    """
    if not digits.isascii() or not digits.isdigit() or digits.startswith("0"):
        return ()
    number = int(digits)
    if number in _UNITS:
        english, russian = _UNITS[number]
        return tuple((word,) for word in (english, *russian.split()) if word not in _NOT_ALONE)
    for scale, (english_scale, russian_scale) in _SCALES.items():
        count, rest = divmod(number, scale)
        if rest or count not in _UNITS:
            continue
        english, russian = _UNITS[count]
        wordings: list[tuple[str, ...]] = [(english, english_scale)]
        wordings += [
            (unit, scale_word) for unit in russian.split() for scale_word in russian_scale.split()
        ]
        if count == 1:
            wordings += [(english_scale,), *((word,) for word in russian_scale.split())]
        return tuple(wordings)
    return ()
