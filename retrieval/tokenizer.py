"""One analyzer for passages and queries: words -> normalised, stemmed index terms.

The same :class:`Analyzer` turns corpus passages and user questions into terms, so BM25 terms
meet. For each word of the text:

* **Words** are runs of Unicode letters and digits (combining marks and soft hyphens included).
  An internal apostrophe stays inside the word ("Russia's" stems to "russia"); a hyphen splits it
  into parts that are each a term ("neo-Nazism" -> "neo", "nazism"), and when the first part is a
  common prefix the joined word is a term too ("neonazism"), so "co-operation" meets
  "cooperation". Digits separated by ``.`` or ``,`` stay one number ("1,000" -> "1000").
* **Normalisation** (:func:`retrieval.text.fold_word`): NFKC, case folding, ``ё`` -> ``е``,
  curly apostrophes -> ``'``; Latin and Cyrillic look-alikes inside a word are folded into one
  script ("Cанкции" with a Latin C); accents are dropped from Latin words ("Erdoğan" ->
  "erdogan"), stress marks from Cyrillic ones.
* **Language per word** (:func:`retrieval.text.language_of`): a Cyrillic word gets the Russian
  stemmer and stop list, any other word the English ones, so mixed text works; the ``language``
  argument only breaks ties.
* **Stop words** (:mod:`retrieval.stopwords`) are dropped by surface form, and by stem for the
  verbs of saying and asking. One-letter words go too; numbers stay.
* **Stemming**: Snowball via PyStemmer. British spellings are mapped to American ones before
  English stemming ("organisation" meets "organization"); Russian words are stemmed twice, which
  makes a nominative and its oblique cases agree ("Лавров"/"Лаврова", "Китай"/"Китая").
* **Concepts** (:mod:`retrieval.aliases`): where a form of a concept occurs, one extra term such
  as ``#icc`` spans the whole form, in addition to its words' own terms.
* **Names** (:mod:`retrieval.names`, with ``Analyzer(names=True)``, as the search index makes
  it): a capitalised word that is no concept and no stop word gets one more term, its name key
  tagged with its script (``#~l:лавр`` for "Lavrov"), so that a question's names can cross
  scripts (:meth:`Analyzer.cross_name_tokens`).

Every token carries the character span of its word in the original text, for highlighting.
Results per distinct word are cached, which is what makes indexing fast.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import accumulate, chain, compress, count
from operator import itemgetter, not_
from typing import Final, NamedTuple, TypeVar, cast

import Stemmer

from retrieval.aliases import CONCEPTS
from retrieval.names import crossed, is_name_term, looks_like_name, name_term
from retrieval.passages import Language
from retrieval.stopwords import STEM_STOP_SEEDS, is_stop_surface
from retrieval.text import (
    APOSTROPHES,
    HYPHENS,
    MARKS,
    fold_word,
    language_of,
    straighten_apostrophes,
)
from retrieval.text import language_of as detect_language  # the old name, kept for imports
from retrieval.text import phrase_key as normalize_for_match  # the old name, kept for imports

__all__ = [
    "Analyzer",
    "Token",
    "Tokenized",
    "detect_language",
    "normalize_for_match",
    "word_spans",
]


_T = TypeVar("_T")


class Token(NamedTuple):
    """One index term and where it came from.

    Attributes:
        term: Stemmed, lower-cased word, or a concept term such as ``"#icc"``.
        start: Start of the word (or the whole concept phrase) in the original text.
        end: End of it, exclusive.
    """

    term: str
    start: int
    end: int


class Tokenized(NamedTuple):
    """Terms of a text and the spans of their words, in text order."""

    terms: list[str]
    spans: list[tuple[int, int]]


# --- words -------------------------------------------------------------------------------------

# Possessive quantifiers: a word never gives characters back, which halves the time. Words
# are found in straighten_apostrophes(text), as a question's straightened text has them, or
# a word would split differently in a passage and in a question ("ʼ" is a letter to this
# pattern, "′" and "‚" are no joiners).
_WORD_RE: Final = re.compile(
    rf"[\w{MARKS}]++(?:(?:[{HYPHENS}{APOSTROPHES}]|(?<=\d)[.,](?=\d))[\w{MARKS}]++)*+"
)
# The same words in a text that is all ASCII (most English passages; CPython knows it
# without a scan): no marks there, and only the ASCII joiners. A smaller class is faster.
_ASCII_WORD_RE: Final = re.compile(r"\w++(?:(?:[\-']|(?<=\d)[.,](?=\d))\w++)*+", re.ASCII)
_PART_RE: Final = re.compile(rf"[^{HYPHENS}]+")
_PIECE_RE: Final = re.compile(r"[^\W_]+(?:(?:'|(?<=\d)[.,](?=\d))[^\W_]+)*")
_THOUSANDS_RE: Final = re.compile(r"\d{1,3}(?:,\d{3})+")
_ALPHA_RE: Final = re.compile(r"[^\W\d_]")
# A run of letters that starts a word (not after a letter, an apostrophe or an in-word mark).
_LETTER_RUN_RE: Final = re.compile(rf"(?<![^\W\d_]|[{APOSTROPHES}{MARKS}])[^\W\d_]+")


# --- English spelling ---------------------------------------------------------------------------

# British -ise/-isation verbs (organise, recognise, emphasise, normalise ...) -> -ize.
_ISE_RE: Final = re.compile(
    r"^(\w*(?:al|il|an|gn|it|ic|as|ar|or|im|at|og|ol|er|ur|id|on|en|in))"
    r"is(e|es|ed|ing|ation|ations|er|ers|able)$"
)
_YSE_RE: Final = re.compile(r"^(\w*(?:anal|paral|catal|electrol|hydrol))ys(e|es|ed|ing|er|ers)$")
# British stems -> American stems, after stemming.
_EN_STEMS: Final[dict[str, str]] = {
    "labour": "labor", "favour": "favor", "honour": "honor", "neighbour": "neighbor",
    "behaviour": "behavior", "colour": "color", "harbour": "harbor", "rumour": "rumor",
    "vigour": "vigor", "endeavour": "endeavor", "humour": "humor", "armour": "armor",
    "flavour": "flavor", "valour": "valor", "rigour": "rigor", "savour": "savor",
    "centr": "center", "theatr": "theater", "fibr": "fiber", "calibr": "caliber",
    "defenc": "defens", "offenc": "offens", "licenc": "licens", "pretenc": "pretens",
    "programm": "program", "catalogu": "catalog", "dialogu": "dialog", "sceptic": "skeptic",
    "judgement": "judgment", "manoeuvr": "maneuv", "ageing": "age",
}  # fmt: skip

# Abbreviated numbers and units meet the words written out ("4 km" / "kilometres", «10 млрд» /
# «миллиардов»): the stem of the abbreviation -> the stem of the word.
_ABBREVIATIONS: Final[dict[Language, dict[str, str]]] = {
    "en": {"km": "kilometr", "bn": "billion", "bln": "billion", "mln": "million", "mn": "million",
           "tn": "trillion", "trln": "trillion"},
    "ru": {"км": "километр", "млрд": "миллиард", "млн": "миллион", "трлн": "триллион",
           "тыс": "тысяч"},
}  # fmt: skip

# Russian words whose Snowball stem would merge them with an unrelated word of this domain:
# "визит" (a visit) loses "-ит" as if it were a verb ending and meets "виза" (a visa).
_RU_KEPT_STEMS: Final[tuple[str, ...]] = ("визит",)

# Irregular English verb forms -> the base form, before stemming, so "brought" meets "bring",
# "met" meets "meet" (Snowball only strips regular endings). Forms that are also common nouns or
# adjectives of this domain ("left", "found", "ground", "lay", "saw") are left alone.
_EN_IRREGULAR: Final[dict[str, str]] = {
    form: base
    for base, forms in (
        ("arise", "arose arisen"), ("become", "became"), ("begin", "began begun"),
        ("break", "broke broken"), ("bring", "brought"), ("build", "built"),
        ("buy", "bought"), ("catch", "caught"), ("choose", "chose chosen"),
        ("come", "came"), ("deal", "dealt"), ("draw", "drew drawn"), ("drive", "drove driven"),
        ("eat", "ate eaten"), ("fall", "fell fallen"), ("feel", "felt"), ("fight", "fought"),
        ("fly", "flew flown"), ("forbid", "forbade forbidden"), ("forget", "forgot forgotten"),
        ("freeze", "froze frozen"), ("give", "gave given"), ("go", "went gone"),
        ("grow", "grew grown"), ("hide", "hid hidden"), ("hold", "held"), ("keep", "kept"),
        ("know", "knew known"), ("lead", "led"), ("lose", "lost"), ("make", "made"),
        ("mean", "meant"), ("meet", "met"), ("pay", "paid"), ("ride", "rode ridden"),
        ("rise", "rose risen"), ("run", "ran"), ("see", "seen"), ("seek", "sought"),
        ("sell", "sold"), ("send", "sent"), ("shake", "shook shaken"), ("shoot", "shot"),
        ("sink", "sank sunk"), ("sit", "sat"), ("spend", "spent"), ("stand", "stood"),
        ("steal", "stole stolen"), ("strike", "struck stricken"), ("swear", "swore sworn"),
        ("take", "took taken"), ("teach", "taught"), ("throw", "threw thrown"),
        ("understand", "understood"), ("undertake", "undertook undertaken"), ("win", "won"),
        ("withdraw", "withdrew withdrawn"), ("write", "wrote written"), ("wake", "woke woken"),
        ("overcome", "overcame"), ("undergo", "underwent undergone"), ("mislead", "misled"),
        ("uphold", "upheld"), ("withhold", "withheld"), ("forgive", "forgave forgiven"),
    )
    for form in forms.split()
}  # fmt: skip

# First parts of hyphenated words also written solid, so the joined word is a term as well.
_PREFIXES: Final = frozenset(
    "co neo non anti pre post re pro counter inter multi semi sub super ultra cyber geo euro "
    "pan mega trans нео анти пост контр про псевдо квази суб супер ультра гипер кибер гео "
    "евро вице экс".split()
)


def word_spans(text: str) -> list[tuple[int, int]]:
    """Where the words of a text are, as the analyzer reads them, stop words included.

    A hyphenated word gives one span per part ("neo-Nazism" -> "neo", "Nazism"), as the
    analyzer splits it; an internal apostrophe and a number's separators stay inside the word.

    Args:
        text: Any text.

    Returns:
        ``(start, end)`` of every word in ``text``, in order.
    """
    spans: list[tuple[int, int]] = []
    for word in _WORD_RE.finditer(straighten_apostrophes(text)):
        base = word.start()
        spans.extend((base + m.start(), base + m.end()) for m in _PART_RE.finditer(word.group()))
    return spans


# --- per-word analysis --------------------------------------------------------------------------


class _Phrase(NamedTuple):
    """A multi-word concept form: per word, (match on exact surface?, value)."""

    concept: str
    parts: tuple[tuple[bool, str], ...]


class _Atom(NamedTuple):
    """One word part after normalisation: what alias matching needs."""

    key: str  # stem, stop word or not
    exact: str  # normalised surface, case kept, possessive dropped
    term: str | None  # index term, None for a stop word
    start: int  # relative to the word
    end: int


class _Word(NamedTuple):
    """Cached analysis of one surface word (the key of the cache)."""

    terms: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]  # relative to the word's start
    keys: tuple[str, ...]  # per atom: its stem if a multi-word form may continue with it, else ""
    exacts: tuple[str, ...]  # per atom: the same for exact (case-kept) forms
    atom_spans: tuple[tuple[int, int], ...]  # per atom, relative
    insert_at: tuple[int, ...]  # per atom: where a phrase concept starting there goes in terms
    starts: tuple[tuple[_Phrase, ...], ...] | None  # per atom: phrases that may start there
    continues: bool  # whether a multi-word form may continue with one of its atoms


_NO_PHRASES: Final[tuple[_Phrase, ...]] = ()
# _Word's fields by index: read for every word of every passage, and a tuple index is read
# faster than a field's name.
_TERMS: Final = itemgetter(_Word._fields.index("terms"))
_STARTS: Final = itemgetter(_Word._fields.index("starts"))
_CONTINUES: Final = itemgetter(_Word._fields.index("continues"))
# A hyphen-separated part of a word: lower-cased pieces, case-kept pieces, language, span.
_Part = tuple[list[str], list[str], Language, int, int]


class Analyzer:
    """Text -> index terms, the same way for passages and queries.

    Not thread-safe (the stemmers and the cache are shared); make one per thread.
    """

    #: Distinct words kept in the cache before it is cleared.
    MAX_CACHE: Final = 300_000

    def __init__(self, *, names: bool = False) -> None:
        """Load the stemmers and compile the stop stems and concept forms.

        Args:
            names: Give capitalised words a name term as well (:mod:`retrieval.names`), as
                the search index does so that names cross scripts.
        """
        self.names = names
        self._stemmers: dict[Language, Stemmer.Stemmer] = {
            "en": Stemmer.Stemmer("english"),
            "ru": Stemmer.Stemmer("russian"),
        }
        self._cache: dict[str, _Word] = {}
        # Per language, piece -> stem: "Dolo", "dolo" and "dolo's" are three words of one stem.
        self._stems: dict[Language, dict[str, str]] = {"en": {}, "ru": {}}
        self._stop_stems: dict[Language, frozenset[str]] = {
            lang: frozenset(self._stem(w, lang) for w in seeds)
            for lang, seeds in STEM_STOP_SEEDS.items()
        }
        self._shared: dict[tuple[object, ...], tuple[object, ...]] = {}
        self._exact_single: dict[str, str] = {}
        self._key_single: dict[str, str] = {}
        self._phrase_by_key: dict[str, list[_Phrase]] = {}
        self._phrase_by_exact: dict[str, list[_Phrase]] = {}
        # Values that a multi-word form needs after its first word.
        self._cont_keys: set[str] = set()
        self._cont_exacts: set[str] = set()
        self._compile_concepts()

    # --- public API -----------------------------------------------------------------------------

    def tokens(self, text: str, language: Language | None = None) -> list[Token]:
        """Index terms of a text with the spans of the words they came from.

        Args:
            text: Any text.
            language: Language of the text if known; only breaks ties for words with as many
                Latin as Cyrillic letters. None detects it when needed.

        Returns:
            Tokens in text order (by start); stop words left out.
        """
        matches = list(_WORD_RE.finditer(straighten_apostrophes(text)))
        words = self._lookup([m.group() for m in matches], text, language)
        phrases = self._match_phrases(words)
        out: list[Token] = []
        for i, (m, word) in enumerate(zip(matches, words, strict=True)):
            base = m.start()
            own = [
                Token(t, base + s, base + e)
                for t, (s, e) in zip(word.terms, word.spans, strict=True)
            ]
            found = phrases.get(i) if phrases else None
            if found is None:
                out.extend(own)
                continue
            extra = [
                (
                    word.insert_at[at],
                    Token(
                        concept,
                        base + word.atom_spans[at][0],
                        matches[j].start() + words[j].atom_spans[last][1],
                    ),
                )
                for at, concept, (j, last) in found
            ]
            out.extend(_splice(own, extra))
        return out

    def analyze(self, text: str, language: Language | None = None) -> Tokenized:
        """Terms and spans of a text, as two parallel lists.

        Args:
            text: Any text.
            language: See :meth:`tokens`.

        Returns:
            The same terms as :meth:`terms`, with the span of each in ``text``.
        """
        tokens = self.tokens(text, language)
        return Tokenized([t.term for t in tokens], [(t.start, t.end) for t in tokens])

    def terms(self, text: str, language: Language | None = None) -> list[str]:
        """Index terms of a text, without spans: the fast path for indexing.

        Args:
            text: Any text.
            language: See :meth:`tokens`.

        Returns:
            Exactly ``[t.term for t in self.tokens(text, language)]``.
        """
        if text.isascii():
            found = _ASCII_WORD_RE.findall(text)
        else:
            found = _WORD_RE.findall(straighten_apostrophes(text))
        words = self._lookup(found, text, language)
        out = list(chain.from_iterable(map(_TERMS, words)))
        phrases = self._match_phrases(words)
        if phrases:
            offsets = [0, *accumulate(map(len, map(_TERMS, words)))]
            extra = [
                (offsets[i] + words[i].insert_at[at], i, n, concept)
                for i, found in phrases.items()
                for n, (at, concept, _) in enumerate(found)
            ]
            # From the back, so earlier positions stay valid; at one position, inserting the
            # last first leaves them in text order.
            for position, _, _, concept in sorted(extra, reverse=True):
                out.insert(position, concept)
        return out

    def word_terms(self, word: str) -> list[str]:
        """Terms of one query word, e.g. for a ``-word`` exclusion.

        Args:
            word: The word as the user typed it (a hyphenated word gives several terms).

        Returns:
            Its terms, with its concept if it is an alias ("ICC" -> ``["icc", "#icc"]``);
            empty for a stop word.
        """
        return self.terms(word)

    def cross_name_tokens(self, text: str) -> list[Token]:
        """The name terms of a question's words, tagged for the other script.

        Every word counts as capitalised here (people type "ашкенази" in lower case), and each
        name term is :func:`~retrieval.names.crossed`, so a Cyrillic word finds the same name
        written in Latin letters and the reverse.

        Args:
            text: A question's free text.

        Returns:
            One token per word that could be a name, with the word's span.
        """

        def titled(match: re.Match[str]) -> str:
            run = match.group()
            title = run[:1].upper() + run[1:].lower()
            return title if len(title) == len(run) else run

        tokens = self.tokens(_LETTER_RUN_RE.sub(titled, text))
        return [Token(crossed(t.term), t.start, t.end) for t in tokens if is_name_term(t.term)]

    def _forget_words(self) -> None:
        """Empty the word cache (it is full); the words come back as they are met again."""
        self._cache.clear()
        self._shared.clear()
        for stems in self._stems.values():
            stems.clear()

    # --- words ----------------------------------------------------------------------------------

    def _lookup(self, raw: list[str], text: str, language: Language | None) -> Sequence[_Word]:
        if len(raw) > 1:
            # Every word seen before (as most are): fetched in one call, in C.
            try:
                return cast(tuple[_Word, ...], itemgetter(*raw)(self._cache))
            except KeyError:
                pass
        # map() over dict.get runs in C; only the few unseen words take the slow path.
        words: list[_Word | None] = list(map(self._cache.get, raw))
        if None in words:
            hint: list[Language | None] = [language]
            for i in compress(count(), map(not_, words)):  # the unseen ones, found in C
                words[i] = self._miss(raw[i], text, hint)
        return words  # type: ignore[return-value]

    def _miss(self, raw: str, text: str, hint: list[Language | None]) -> _Word:
        word, tied = self._analyze_word(raw, text, hint)
        if not tied:  # a tie depends on the text's language, so it is not cached
            if len(self._cache) >= self.MAX_CACHE:
                self._forget_words()
            self._cache[raw] = word
        return word

    def _stem_russian(self, word: str) -> str:
        stem_ru = self._stemmers["ru"].stemWord
        return cast(str, stem_ru(stem_ru(word)))

    def _stem(self, piece: str, language: Language) -> str:
        stems = self._stems[language]
        stem = stems.get(piece)
        if stem is None:
            stem = self._stem_piece(piece, language)
            stem = stems[piece] = _ABBREVIATIONS[language].get(stem, stem)
        return stem

    def _stem_piece(self, piece: str, language: Language) -> str:
        if language == "ru":
            if piece.startswith(_RU_KEPT_STEMS):
                return next(stem for stem in _RU_KEPT_STEMS if piece.startswith(stem))
            stem_ru = self._stemmers["ru"].stemWord
            return cast(str, stem_ru(stem_ru(piece)))
        piece = _EN_IRREGULAR.get(piece, piece)
        spelled = piece
        if "is" in spelled:  # the patterns need these letters: most words are spared them
            spelled = _ISE_RE.sub(r"\1iz\2", spelled)
        if "ys" in spelled:
            spelled = _YSE_RE.sub(r"\1yz\2", spelled)
        stem: str = self._stemmers["en"].stemWord(spelled)
        return _EN_STEMS.get(stem, stem)

    def _share(self, value: tuple[_T, ...]) -> tuple[_T, ...]:
        return self._shared.setdefault(value, value)  # type: ignore[return-value]

    def _atoms_of(
        self, raw: str, text: str, hint: list[Language | None]
    ) -> tuple[list[_Atom], str | None, bool]:
        """A surface word's atoms, its joined prefix-compound term, and whether a tie was broken."""
        tied = False
        parts: list[_Part] = []
        for m in _PART_RE.finditer(raw):
            lower, exact, script = _normalise(m.group())
            if script is None:
                tied = True
                if hint[0] is None:
                    hint[0] = language_of(text)
                language: Language = hint[0] or "en"
            else:
                language = script
            if lower:
                parts.append((lower, exact, language, m.start(), m.end()))
        # "из-за", "что-то", "no-one": stop words as a whole though their parts may not be.
        whole_stop = (
            len(parts) > 1
            and all(len(p[0]) == 1 for p in parts)
            and is_stop_surface("-".join(p[0][0] for p in parts), parts[-1][2])
        )
        atoms = [
            self._atom(low, ex, language, start, end, whole_stop)
            for lower, exact, language, start, end in parts
            for low, ex in zip(lower, exact, strict=True)
        ]
        joined = self._joined_term(parts) if len(parts) > 1 else None
        return atoms, joined, tied

    def _analyze_word(self, raw: str, text: str, hint: list[Language | None]) -> tuple[_Word, bool]:
        atoms, joined, tied = self._atoms_of(raw, text, hint)
        terms: list[str] = []
        spans: list[tuple[int, int]] = []
        insert_at: list[int] = []
        starts: list[tuple[_Phrase, ...]] = []
        for n, atom in enumerate(atoms):
            if atom.term is not None:
                terms.append(atom.term)
                spans.append((atom.start, atom.end))
            if n == 0 and joined is not None:
                terms.append(joined)
                spans.append((atom.start, atoms[-1].end))
            concept = self._exact_single.get(atom.exact) or self._key_single.get(atom.key)
            if concept is None and len(atom.exact) > 3 and atom.exact.isupper():
                # A dateline in capitals ("МОСКВА, 13 июля", "ДЖАКАРТА"): the place its
                # name written as a name stands for.
                concept = self._exact_single.get(atom.exact.capitalize())
            if concept is not None:
                terms.append(concept)
                spans.append((atom.start, atom.end))
            elif self.names and atom.term is not None and looks_like_name(atom.exact):
                terms.append(name_term(atom.exact, self._stem_russian))
                spans.append((atom.start, atom.end))
            insert_at.append(len(terms))
            starts.append(self._phrase_starts(atom))
        # Many words share these small tuples; sharing them keeps the cache compact. Keys and
        # exact forms are kept only where a multi-word concept form could continue.
        share = self._share
        keys = tuple(a.key if a.key in self._cont_keys else "" for a in atoms)
        exacts = tuple(a.exact if a.exact in self._cont_exacts else "" for a in atoms)
        word = _Word(
            share(tuple(terms)),
            share(tuple(spans)),
            share(keys),
            share(exacts),
            share(tuple((a.start, a.end) for a in atoms)),
            share(tuple(insert_at)),
            tuple(starts) if any(starts) else None,
            any(keys) or any(exacts),
        )
        return word, tied

    def _atom(
        self, low: str, exact: str, language: Language, start: int, end: int, stop: bool
    ) -> _Atom:
        if _ALPHA_RE.search(low) is None:  # a number
            number = low.replace(",", "") if _THOUSANDS_RE.fullmatch(low) else low.replace(",", ".")
            return _Atom(number, number, number, start, end)
        key = self._stem(low, language)
        stop = (
            stop
            or len(low) == 1
            or is_stop_surface(low, language)
            or key in self._stop_stems[language]
        )
        if exact.endswith("'s"):
            exact = exact[:-2]
        return _Atom(key, exact, None if stop else key, start, end)

    def _joined_term(self, parts: list[_Part]) -> str | None:
        first = parts[0][0]
        if len(first) != 1 or first[0] not in _PREFIXES or any(len(p[0]) != 1 for p in parts):
            return None
        joined = "".join(p[0][0] for p in parts)
        language = parts[-1][2]
        if is_stop_surface(joined, language):
            return None
        return self._stem(joined, language)

    # --- concepts -------------------------------------------------------------------------------

    def _form_atoms(self, form: str) -> list[_Atom]:
        hint: list[Language | None] = [None]
        words = _WORD_RE.findall(straighten_apostrophes(form))
        return [a for raw in words for a in self._atoms_of(raw, form, hint)[0]]

    def _compile_concepts(self) -> None:
        phrases: list[_Phrase] = []
        for concept in CONCEPTS:
            for forms, exact in ((concept.forms, False), (concept.exact, True)):
                for form in forms:
                    atoms = self._form_atoms(form)
                    if not atoms:
                        raise ValueError(f"concept form {form!r} of {concept.term} has no words")
                    if len(atoms) == 1:
                        table = self._exact_single if exact else self._key_single
                        table[atoms[0].exact if exact else atoms[0].key] = concept.term
                    else:
                        parts = tuple((exact, a.exact if exact else a.key) for a in atoms)
                        phrases.append(_Phrase(concept.term, parts))
                        for is_exact, value in parts[1:]:
                            if not value:  # _match_phrases relies on "" never continuing one
                                raise ValueError(f"concept form {form!r} has an empty part")
                            (self._cont_exacts if is_exact else self._cont_keys).add(value)
        # Longest first, so the longest form of a concept wins at a position.
        for phrase in sorted(phrases, key=lambda p: -len(p.parts)):
            is_exact, value = phrase.parts[0]
            starting = self._phrase_by_exact if is_exact else self._phrase_by_key
            starting.setdefault(value, []).append(phrase)

    def _phrase_starts(self, atom: _Atom) -> tuple[_Phrase, ...]:
        by_key = self._phrase_by_key.get(atom.key)
        by_exact = self._phrase_by_exact.get(atom.exact)
        if by_key is None and by_exact is None:
            return _NO_PHRASES
        both = (by_key or []) + (by_exact or [])
        return tuple(sorted(both, key=lambda p: -len(p.parts)))

    def _match_phrases(
        self, words: Sequence[_Word]
    ) -> dict[int, list[tuple[int, str, tuple[int, int]]]] | None:
        """Multi-word concept forms in a word sequence.

        Returns:
            None if there are none; else word index -> (atom index where the form starts,
            concept term, (word index, atom index) of its last atom).
        """
        starts = list(map(_STARTS, words))
        # A form needs a word to start it and an atom to continue it (a multi-word form's
        # later parts are never ""): most texts have no such atom.
        if not any(starts) or not any(map(_CONTINUES, words)):
            return None
        found: dict[int, list[tuple[int, str, tuple[int, int]]]] | None = None
        last_end: dict[str, tuple[int, int]] = {}
        n_words = len(words)
        for i in compress(range(n_words), starts):
            word = words[i]
            if len(word.keys) == 1 and i + 1 < n_words:
                after_word = words[i + 1]
                if after_word.keys and not after_word.continues:
                    # The next atom is no form's continuation (its key and exact form are
                    # both ""): no candidate can match, as the loop below would find.
                    continue
            for a, candidates in enumerate(starts[i]):
                if not candidates:
                    continue
                # Most candidates fail on the next atom: test it before walking the phrase.
                if a + 1 < len(word.keys):
                    after: _Word | None = word
                    at = a + 1
                else:  # the next word may be the very same cached object: compare indices
                    after, at = _next_with_atoms(words, i), 0
                next_key = after.keys[at] if after is not None else None
                next_exact = after.exacts[at] if after is not None else None
                matched: set[str] | None = None
                for phrase in candidates:  # longest first
                    is_exact, value = phrase.parts[1]
                    if (next_exact if is_exact else next_key) != value:
                        continue
                    if matched is not None and phrase.concept in matched:
                        continue
                    end = _follow(words, i, a, phrase.parts)
                    if end is None:
                        continue
                    if matched is None:
                        matched = set()
                    matched.add(phrase.concept)
                    if last_end.get(phrase.concept, (-1, -1)) >= end:
                        continue  # inside a longer form of the same concept
                    last_end[phrase.concept] = end
                    if found is None:
                        found = {}
                    found.setdefault(i, []).append((a, phrase.concept, end))
        return found


def _next_with_atoms(words: Sequence[_Word], i: int) -> _Word | None:
    """The first word after ``words[i]`` that has atoms, if any."""
    for j in range(i + 1, len(words)):  # no slice: most often the very next word has them
        if words[j].keys:
            return words[j]
    return None


def _follow(
    words: Sequence[_Word], i: int, a: int, parts: tuple[tuple[bool, str], ...]
) -> tuple[int, int] | None:
    """Where a phrase whose first part matched atom ``a`` of word ``i`` ends, if it matches."""
    word = words[i]
    for is_exact, value in parts[1:]:
        a += 1
        while a >= len(word.keys):
            i += 1
            if i >= len(words):
                return None
            word, a = words[i], 0
        if (word.exacts if is_exact else word.keys)[a] != value:
            return None
    return i, a


def _normalise(part: str) -> tuple[list[str], list[str], Language | None]:
    """One hyphen-free word part -> (lower-cased pieces, case-kept pieces, language).

    The language is None for a tie between Latin and Cyrillic letters (see
    :func:`retrieval.text.fold_word`).
    """
    if part.isascii():
        # The common case: no folding needed beyond lower-casing. An apostrophe may only stand
        # inside a piece, as for any other word ("a'_" is the piece "a", as "a’_" is).
        pieces = _PIECE_RE.findall(part) if "'" in part else [p for p in part.split("_") if p]
        return [p.lower() for p in pieces], pieces, "en"
    folded = fold_word(part)
    lower_pieces = _PIECE_RE.findall(folded.lower)
    exact_pieces = _PIECE_RE.findall(folded.exact)
    if len(exact_pieces) != len(lower_pieces):
        exact_pieces = lower_pieces
    return lower_pieces, exact_pieces, folded.language


def _splice(items: list[_T], extra: list[tuple[int, _T]]) -> list[_T]:
    """Put each ``(index, item)`` of ``extra`` before ``items[index]`` (at the end if past it)."""
    extra = sorted(extra, key=lambda e: e[0])  # stable: equal indices keep their order
    out: list[_T] = []
    k = 0
    for n, item in enumerate(items):
        while k < len(extra) and extra[k][0] <= n:
            out.append(extra[k][1])
            k += 1
        out.append(item)
    out.extend(e[1] for e in extra[k:])
    return out
