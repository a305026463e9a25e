"""Other forms of a question's words, as index terms: Russian case forms, English derivations.

Index terms stem Russian words twice (:mod:`retrieval.tokenizer`), which makes most case forms
of a word agree, but not all: "тарана" gives ``тар`` and "таране" ``тара``, so a question saying
"об Украине как таране" misses the passage saying "в качестве тарана", and worse, its word
counts as one the corpus never uses. A question is short, so here each of its Russian words is
declined (:meth:`WordForms.terms`): the word less its ending takes every common noun and
adjective ending, and the terms of those forms that differ from the word's own are the word's
other forms. The search treats them as the word itself (:mod:`retrieval.search`). A vowel that
comes and goes («посол» / «послов», «сделке» / «сделок») gives forms no ending makes: those come
from the word's ending (:func:`fleeting_forms`), which the lexicon's Russian words also use.

English stemming keeps inflections together but not comparatives or derivations: "slower" and
"slow", "partly" and "partial" stay apart; Russian stemming keeps some verb forms apart from the
verb and its noun ("назначат" / "назначить", "назначение"). :meth:`WordForms.derived` gives the
terms of words of the same root; they may be another word ("кабинет" ends like a verb, and
"кабина" is no cabinet), so the search credits them less than the word.

Only the question's words are looked at; the index is untouched.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

import Stemmer

from retrieval.text import has_cyrillic
from retrieval.tokenizer import Analyzer
from retrieval.translit import to_cyrillic

__all__ = [
    "ENGLISH_SUFFIXES",
    "RUSSIAN_ENDINGS",
    "RUSSIAN_VERB_ENDINGS",
    "WordForms",
    "fleeting_forms",
]

#: Case endings of Russian nouns and adjectives (all genders, both numbers).
RUSSIAN_ENDINGS: Final[tuple[str, ...]] = tuple(
    (
        " а я у ю ом ем ём ой ей е и ы ов ев ам ям ами ями ах ях"
        " ый ий ая яя ое ее ого его ому ему ым им ую юю ых их ыми ими"
    ).split(" ")
)
#: Endings of Russian verbs (infinitive, present and future, past): "назначат" is a form of
#: "назначить" (and so of "назначение") that the stemmer keeps apart. A noun that ends like a
#: verb gives another word ("кабинет" / "кабина"), so these count as words of the same root.
RUSSIAN_VERB_ENDINGS: Final[tuple[str, ...]] = tuple(
    "ть ить ать ять ет ит ат ят ут ют ем им ете ите ил ила ило или ал ала али ял яла яли".split()
)
#: English endings of comparison and of adverbs and adjectives made from a root ("slower",
#: "partly", "partial"). Longer lists (-ion, -ment, -ity, -ive ...) tried on the real dev
#: sets matched other words ("states" / "statement", "formal" / "format") and answered
#: no-answer questions.
ENGLISH_SUFFIXES: Final[tuple[str, ...]] = tuple(" er est ly al ial ally".split(" "))
#: Words shorter than this are left alone: a short root with an ending added is too often
#: another word.
MIN_LETTERS: Final = 5
#: Shortest root a word's forms are made from.
MIN_ROOT: Final = 4
#: An English ordinal written in digits ("80th", "21st"): its number is said as "80 years".
_ORDINAL: Final = re.compile(r"(\d+)(?:st|nd|rd|th)")
#: Words kept per analyzer (a question has a handful; a cache of recent ones).
CACHE_SIZE: Final = 4096
#: Suffixes of the Russian adjective made from a person's name: «ленинский», «путинская»,
#: «трамповский», «байденовская» (the adverb «по-ленински» stems as the adjective).
NAME_ADJECTIVE_SUFFIXES: Final = ("ский", "овский")
#: A name that already ends like a possessive takes only «-ский» («лавровский», «путинский»).
_POSSESSIVE_ENDINGS: Final = ("ов", "ев", "ин", "ын")
_VOWELS: Final = frozenset("аеёиоуыэюяй")
#: Endings of a masculine noun whose vowel drops in its other forms («посол» / «посла»,
#: «рынок» / «рынка», «американец» / «американца», «уровень» / «уровня»), less the last
#: consonant, which stays.
_FLEETING_NOMINATIVE: Final = ("ок", "ёк", "ек", "ец", "ол", "ёл", "ел", "ень")
#: Endings after a stem in «-к» or «-ц» whose form with the fleeting vowel back is another
#: term: «сделки» / «сделок», «деньги» / «денег», «американцы» / «американец».
_OBLIQUE_ENDINGS: Final = tuple("а и у е ы ой ам ами ах ов ев ом ем".split())
#: Consonants after which the fleeting vowel is «е», not «о» («девушка» / «девушек»); «ь» and
#: «й» become that «е» («деньги» / «денег», «копейка» / «копеек»).
_SOFT_BEFORE_K: Final = frozenset("жшчщцйь")
#: Forms the oblique cases of a fleeting-vowel noun are written with; Snowball stems each
#: case to the same term, so two endings reach them all.
_OBLIQUE_SHOWN: Final = ("а", "ов")
#: Plural forms of «-анин» / «-янин» («гражданин» / «граждане», «граждан», «гражданам»).
_ANIN_PLURAL: Final = ("е", "", "ам", "ами")


# A Russian noun of action in «-ация» in any case, or a verb in «-ировать» / «-овать» in any
# form: its root before the suffix.
_ACTION_RE: Final = re.compile(
    r"^(?P<root>[а-я]+?)(?:(?P<noun>аци(?:я|и|ю|ей|ям|ями|ях|й))|(?:ир)?ов(?:ать|ал|ала|али|ано|ан)"
    r"|(?:ир)?у(?:ет|ют|ем|ете|ешь|ю))$"
)


def fleeting_forms(word: str) -> tuple[str, ...]:
    """Other forms of a Russian noun that Snowball stems apart from it: those whose vowel
    comes and goes («посол» / «посла», «сделка» / «сделок», «американцы» / «американец»,
    «уровень» / «уровня») and the plurals of «-анин» («гражданин» / «граждане»).

    The forms come from the word's ending alone, so a word that only ends like such a noun
    gives forms that are no word («человек» / «человка»); whoever uses them keeps only those a
    corpus holds and no other word's.

    Args:
        word: One Russian word, in lower case.

    Returns:
        The forms, none for a word of other letters or under MIN_LETTERS.
    """
    word = word.replace("ё", "е")
    if len(word) < MIN_LETTERS or not word.isalpha() or not has_cyrillic(word):
        return ()
    forms: list[str] = []
    if word.endswith(("анин", "янин")):
        forms += [word[:-2] + ending for ending in _ANIN_PLURAL]
    for nominative in _FLEETING_NOMINATIVE:
        nominative = nominative.replace("ё", "е")
        if word.endswith(nominative):
            before = word[: -len(nominative)]
            if before[-1:] in _VOWELS:
                before += "й"  # «боец» / «бойца»
            root = before + nominative[1]
            forms += [root + ending for ending in _OBLIQUE_SHOWN]
            break
    for ending in sorted(_OBLIQUE_ENDINGS, key=len, reverse=True):
        root = word[: -len(ending)]
        if (
            word.endswith(ending)
            and len(root) >= MIN_ROOT
            and (
                root[-1] in "кц" or root.endswith("ьг")  # «деньги» / «денег»
            )
        ):
            before = root[-2]
            if before in _VOWELS - {"й"}:
                break  # no fleeting vowel between two vowels' letters
            vowel = "е" if before in _SOFT_BEFORE_K or root[-1] == "ц" else "о"
            stem = root[:-2] if before in "йь" else root[:-1]
            forms.append(stem + vowel + root[-1])
            break
    return tuple(dict.fromkeys(form for form in forms if form != word))


class WordForms:
    """Question word -> the terms of its other forms.

    Args:
        analyzer: The analyzer the index uses, so the forms' terms meet indexed terms.
    """

    def __init__(self, analyzer: Analyzer) -> None:
        self._analyzer = analyzer
        self._russian = Stemmer.Stemmer("russian")
        self._english = Stemmer.Stemmer("english")
        self._declined: dict[str, tuple[str, ...]] = {}
        self._derived: dict[str, tuple[str, ...]] = {}
        self._adjectives: dict[str, tuple[str, ...]] = {}

    def terms(self, word: str) -> tuple[str, ...]:
        """Terms of a Russian word's case forms other than its own terms (none for a word
        in Latin letters or a short one); for an English ordinal in digits, its number's
        ("80th" -> ``80``: "the 80th anniversary" is said as "80 years ago")."""
        ordinal = _ORDINAL.fullmatch(word.casefold())
        if ordinal:
            return tuple(self._analyzer.terms(ordinal.group(1), "en"))
        return self._cached(self._declined, word, self._declension)

    def derived(self, word: str) -> tuple[str, ...]:
        """Terms of words of the same root other than the word's own and its case forms':
        English ("slower" -> ``slow``, "partly" -> ``partial``), Russian verbs ("назначат" ->
        ``назнач``, as "назначить", "назначение"); none for a short word."""
        return self._cached(self._derived, word, self._derivation)

    def name_adjectives(self, name: str) -> tuple[str, ...]:
        """Terms of the Russian adjectives made from a name, in either script ("Lenin",
        «Ленина» -> ``ленинск``, the term of «ленинский» and «по-ленински»): a page may say
        what someone said or did only through that adjective. None for a short name."""
        cyrillic = name if has_cyrillic(name) else to_cyrillic(name)
        return self._cached(self._adjectives, cyrillic, self._name_adjectives)

    def _name_adjectives(self, name: str) -> tuple[str, ...]:
        # The name as written («Лавров» -> «лавровский») and less a case ending («Ленина» ->
        # «ленинский»); the stemmer may cut a name's own letters too («Байден» -> «байд»).
        roots = {root for root in (name, self._russian.stemWord(name)) if len(root) >= MIN_ROOT}
        forms = [
            root + suffix
            for root in sorted(roots)
            for suffix in NAME_ADJECTIVE_SUFFIXES
            if suffix == NAME_ADJECTIVE_SUFFIXES[0]
            or (root[-1] not in _VOWELS and not root.endswith(_POSSESSIVE_ENDINGS))
        ]
        return tuple(dict.fromkeys(self._russian.stemWords(self._russian.stemWords(forms))))

    @staticmethod
    def _cached(
        cache: dict[str, tuple[str, ...]], word: str, make: Callable[[str], tuple[str, ...]]
    ) -> tuple[str, ...]:
        key = word.casefold().replace("ё", "е")
        found = cache.get(key)
        if found is None:
            found = make(key) if len(key) >= MIN_LETTERS and key.isalpha() else ()
            if len(cache) >= CACHE_SIZE:
                cache.pop(next(iter(cache)))
            cache[key] = found
        return found

    def _declension(self, word: str) -> tuple[str, ...]:
        if not has_cyrillic(word):
            return ()
        # The word less its ending, by Snowball and by each ending it has (Snowball may take
        # a letter of the root with an ending: "тарана" -> "тара"), and the word itself, a
        # nominative with no ending ("Клейменов", whose "Клейменову" stems apart).
        declined = self._forms(word, self._russian_roots(word, RUSSIAN_ENDINGS), RUSSIAN_ENDINGS)
        # A vowel that comes and goes («посол» / «посла», «сделка» / «сделок»): no ending
        # added to the word's root makes those forms.
        fleeting = fleeting_forms(word)
        if not fleeting:
            return declined
        own = set(self._analyzer.word_terms(word))
        stems = self._russian.stemWords(self._russian.stemWords(list(fleeting)))
        extra = (s for s in stems if s not in own and len(s) >= MIN_ROOT)
        return tuple(dict.fromkeys((*declined, *extra)))

    def _russian_roots(self, word: str, endings: tuple[str, ...]) -> set[str]:
        return {word, self._russian.stemWord(word)} | {
            word[: -len(ending)]
            for ending in endings
            if ending and word.endswith(ending) and len(word) - len(ending) >= MIN_ROOT
        }

    def _derivation(self, word: str) -> tuple[str, ...]:
        if has_cyrillic(word):
            # A verb's other forms, and nouns of its root.
            endings = RUSSIAN_ENDINGS + RUSSIAN_VERB_ENDINGS
            declined = set(self.terms(word))
            found = self._forms(word, self._russian_roots(word, endings), endings)
            return tuple(
                dict.fromkeys(
                    term for term in (*found, *self._action_kin(word)) if term not in declined
                )
            )
        roots = {word}
        for ending in ENGLISH_SUFFIXES:
            if ending and word.endswith(ending) and len(word) - len(ending) >= MIN_ROOT:
                root = word[: -len(ending)]
                roots.update((root, root + "e"))  # "closer" -> "close"
                if root[-1] == root[-2]:
                    roots.add(root[:-1])  # "bigger" -> "big"
                if root.endswith("i"):
                    roots.add(root[:-1] + "y")  # "easier" -> "easy"
        return self._forms(word, roots, ENGLISH_SUFFIXES)

    def _action_kin(self, word: str) -> tuple[str, ...]:
        """The verb of a Russian noun of action in «-ация» and the noun of a verb in
        «-ировать» / «-овать» («дестабилизации» / «дестабилизировать», «модернизировать» /
        «модернизация»), as terms: Snowball keeps the two apart."""
        match = _ACTION_RE.match(word)
        if match is None or len(match.group("root")) < MIN_ROOT:
            return ()
        root = match.group("root")
        forms = [root + "ировать", root + "овать"] if match.group("noun") else [root + "ация"]
        return tuple(
            term for form in forms for term in self._analyzer.word_terms(form) if len(term) > 5
        )

    def _forms(self, word: str, roots: set[str], endings: tuple[str, ...]) -> tuple[str, ...]:
        """Terms of every root with every ending, less the word's own terms.

        The forms are stemmed in one batch as the analyzer stems a word (Russian twice over,
        English once): most are no word at all, and a full analysis of each (stop words,
        concepts, names) cost milliseconds a question word.
        """
        own = set(self._analyzer.word_terms(word))
        if not own:
            return ()  # a stop word
        forms = [root + ending for root in sorted(roots) for ending in endings]
        if has_cyrillic(word):
            stems = self._russian.stemWords(self._russian.stemWords(forms))
        else:
            stems = self._english.stemWords(forms)
        return tuple(dict.fromkeys(stem for stem in stems if stem not in own))
