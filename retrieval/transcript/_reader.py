"""The reader of a report (:class:`_Reader`), who keeps who was named last.

It walks a report's sentences in order and gives "he", "the minister", "the president's aide"
to a person by the gender, post and country the sentence gives its sayer.
"""

from __future__ import annotations

import re

from retrieval.speakers import (
    is_known_official,
    is_post_word,
    is_russian_official,
    known_label_forms,
)
from retrieval.text import has_cyrillic, label_key
from retrieval.transcript._references import (
    _NATION_WORDS,
    _POST_NOUNS,
    _PRESIDENTS,
    _RUSSIA_WORDS,
    _RUSSIAN_PRESIDENTS,
    AIDES,
    Ref,
    Sayer,
    _is_post_noun,
    _key,
)
from retrieval.transcript._say_verbs import _SAY_RE, _SAY_WORDS
from retrieval.transcript._sentence_sayer import (
    _ACCORDING_PRONOUN_AT,
    _ACCORDING_PRONOUN_RE,
    _OPENING_PUNCTUATION,
    _QUOTED_PRONOUN_RE,
    _name_re,
    mentions,
)
from retrieval.transcript._subjects import _SUBJECT_PRONOUN_RE

# Words that name someone as a member of a parliament, so "the legislator" may mean them.
_LEGISLATOR_WORDS = frozenset(
    "mp senator lawmaker legislator parliamentarian congressman congresswoman".split()
)


def _names_legislator(text: str) -> bool:
    """Whether a sentence calls someone a member of a parliament ("MP Aleksey Pushkov")."""
    return any(_key(word) in _LEGISLATOR_WORDS for word in text.split())


# A story's own reporter: "специальный корреспондент “Ъ”", "спецкор", "обозреватель".
_REPORTER_NOUNS = frozenset(
    """
    корреспондент корреспондентка спецкор спецкорр обозреватель обозревательница
    correspondent columnist
    """.split()
)


# A phrase that gives whose words they are, with the name: «по утверждению Пескова», "according
# to Peskov".
_WHOSE_WORDS_RE = re.compile(
    r"(?<![^\W\d_])(?:по\s+(?:словам|мнению|утверждению|оценке|выражению)|according\s+to)\s+"
    r"(?-i:[A-ZА-ЯЁ][\w'’-]+\s*){1,3}",
    re.IGNORECASE,
)


# "her", «её»: a pronoun that says its person is a woman.
_FEMININE_PRONOUNS = frozenset({"her", "ее", "её"})


def _quoted_pronoun_gender(text: str) -> str | None:
    """The gender of the pronoun an agency's "quoted her as saying" points back with."""
    found = _QUOTED_PRONOUN_RE.search(text)
    if found is None:
        return None
    pronoun = _key(found.group("en") or found.group("ru") or found.group("of") or found.group("in"))
    return "f" if pronoun in _FEMININE_PRONOUNS else "m"


def _named_in_nominative(text: str, name: str) -> bool:
    """Whether ``text`` names the person in a form that can be a subject: a known person's
    nominative ("Лавров", not "Лаврова") or a masculine dative ("Медведеву нечего добавить"),
    a surname without the possessive "'s"."""
    if not mentions(text, name):
        return False
    key = label_key(text)
    nominatives = known_label_forms()
    for found in _name_re(name).finditer(key):
        form = found.group()
        if has_cyrillic(form):
            last = form.split()[-1]
            if last in nominatives or last.endswith(("у", "ю")) or not is_known_official(name):
                return True
        elif not key.startswith(("'s", "’s"), found.end()):
            return True
    return False


# First names and surname endings that tell a canonical name's gender.
_FEMALE_FIRST_NAMES = frozenset(
    "maria mariya margarita lally elena yelena anna irina olga natalia natalya tatiana "
    "tatyana svetlana ekaterina yekaterina valentina ella alla marina lyudmila victoria "
    "viktoria veronika yulia julia".split()
)
_MALE_FIRST_NAMES = frozenset(
    "sergey sergei dmitry dmitri vladimir vasily vassily yury yuri alexander alexey alexei "
    "mikhail andrey andrei nikolai nikolay ivan pavel kirill recep steve john antony "
    "emmanuel donald joe volodymyr".split()
)
_FEMALE_SURNAME_RE = re.compile(r"(?:ova|eva|yova|ina|yna|aya|skaya|tskaya)$")
_MALE_SURNAME_RE = re.compile(r"(?:ov|ev|yov|in|yn|sky|skiy|skii|tsky)$")


def _gender_of(name: str) -> str | None:
    """ "f" or "m" for a canonical name whose first name or surname says so, else None."""
    words = name.lower().split()
    if len(words) < 2:
        return None
    if words[0] in _FEMALE_FIRST_NAMES:
        return "f"
    if words[0] in _MALE_FIRST_NAMES:
        return "m"
    if _FEMALE_SURNAME_RE.search(words[-1]):
        return "f"
    return "m" if _MALE_SURNAME_RE.search(words[-1]) else None


def _according_gender(text: str) -> str | None:
    """The gender that whose words a sentence gives says: "f" for "по её словам", "according
    to her"; "m" for "по его мнению", "in his view"; None when it opens on neither."""
    found = _ACCORDING_PRONOUN_RE.search(text, 0, _ACCORDING_PRONOUN_AT)
    if found is None or text[: found.start()].strip(_OPENING_PUNCTUATION):
        return None
    words = {_key(word) for word in found.group().split()}
    return "f" if words & _FEMININE_PRONOUNS else "m"


def _verb_gender(text: str) -> str | None:
    """The gender a Russian past-tense verb of saying (:data:`_SAY_RE`) gives its sayer in
    ``text``: "f" for "написала", "m" for "заявил"; None when there is none, or both."""
    if "л" not in text:
        return None  # every such verb has one: most English sentences are spared the pattern
    genders: set[str] = set()
    for match in _SAY_RE.finditer(text):
        verb = match.group().lower()
        if verb.endswith(("ла", "лась")):
            genders.add("f")
        elif verb.endswith(("л", "лся")):
            genders.add("m")
    return genders.pop() if len(genders) == 1 else None


#: The quoted words right before "he said" ('"...," he said', «"...", — сказал он»).
_QUOTE_BEFORE_RE = re.compile(r"[«\"“](?P<words>[^«»\"“”]+)[»\"”]\s*[,.!?]?\s*[-–—]?\s*$")
# English posts that say their holder's gender: "the spokeswoman added", "the chairman said".
_GENDERED_POST_RE = re.compile(
    r"(?<![^\W\d_])(?:(?P<f>spokeswoman|chairwoman)|spokesman|chairman)(?![^\W\d_])",
    re.IGNORECASE,
)
# "she" or "he", and a verb of saying right after it ("she added", "he also noted") or right
# before it ('"...," added she' is rare; '"...," said he' is not).
_HE_SHE_RE = re.compile(r"(?<![^\W\d_])(?P<f>[Ss]he)|(?<![^\W\d_])[Hh]e(?![^\W\d_])")
_SAYS_AFTER_RE = re.compile(rf"\s+(?:also\s+|then\s+)?(?:{_SAY_WORDS})(?![\w-])", re.IGNORECASE)
_SAYS_BEFORE_RE = re.compile(rf"(?<![\w-])(?:{_SAY_WORDS})\s+$", re.IGNORECASE)
#: How far before "he" its verb of saying is looked for (characters).
_SAYS_BEFORE_CHARS = 24


def _said_gender(text: str) -> str | None:
    """The gender a sentence gives its sayer: by its Russian verb of saying, else by its
    English post or pronoun (:func:`_verb_gender`, :func:`_english_gender`)."""
    return _verb_gender(text) or _english_gender(text)


def _english_gender(text: str) -> str | None:
    """The gender an English sentence gives its sayer: by a post ("f" for "the spokeswoman")
    or by "she"/"he" next to its verb of saying; None when it gives none, or both."""
    genders: set[str] = set()
    if "man" in text:  # every post of the pattern holds it: most sentences skip the pattern
        genders |= {"f" if m.group("f") else "m" for m in _GENDERED_POST_RE.finditer(text)}
    for match in _HE_SHE_RE.finditer(text):
        before = text[max(0, match.start() - _SAYS_BEFORE_CHARS) : match.start()]
        if _SAYS_AFTER_RE.match(text, match.end()) or _SAYS_BEFORE_RE.search(before):
            genders.add("f" if match.group("f") else "m")
    return genders.pop() if len(genders) == 1 else None


# Posts a president never holds: a diplomat's ("said the diplomat", "добавил посол"), a
# spokesman's ("the Kremlin spokesman added", "отметил пресс-секретарь главы государства",
# "добавил представитель Кремля", "the Kremlin official said") and a foreign minister's
# ("Глава внешнеполитического ведомства пояснил", "глава МИД", "the foreign minister").
_NOT_PRESIDENT_RE = re.compile(
    r"(?<![^\W\d_])(?:diplomat|ambassador|envoy|дипломат|посол|посл(?:а|у|ом)(?![^\W\d_])|постпред"
    r"|spokes(?:man|woman|person)"
    r"|press secretary|пресс-секретар|представител|official(?![^\W\d_])|спикер"
    r"|foreign minister|министр\w* иностранных|внешнеполитическ|мид(?![^\W\d_])"
    r"|депутат|парламентари|сенатор)",
    re.IGNORECASE,
)


# A deputy's post: "Deputy Foreign Minister", "the deputy minister", "замглавы МИД",
# "заместитель министра", "замминистра".
_DEPUTY_RE = re.compile(
    r"(?<![^\W\d_])(?:deputy|vice|заместител\w*|замглавы|замминистра|замначальника)(?![^\W\d_])",
    re.IGNORECASE,
)
# A minister's or a head's post, whose rank a deputy's is not: "the minister", "глава МИД".
_RANKED_POST_RE = re.compile(
    r"(?<![^\W\d_])(?:minister|министр\w*|глав[аеуы]|head|замглавы|замминистра)(?![^\W\d_])",
    re.IGNORECASE,
)


# Words that make a post Russia's: "the Russian minister", "глава МИД РФ", "the Kremlin aide".
_RUSSIA_NAMING = _NATION_WORDS | _RUSSIA_WORDS | {"мид", "мида", "кремля", "кремлевский"}


#: A post this many words at most from its verb of saying is the verb's subject ("сказал
#: президент Белоруссии", "the senator believes", "президент Белоруссии сказал").
_POST_NEAR_VERB_WORDS = 2
# Offices a Russian ministry's or the Kremlin's official never holds: "the senator believes".
_OTHER_OFFICES = frozenset(
    "senator senators governor mayor lawmaker сенатор губернатор мэр депутат парламентарий".split()
)


# A word for anyone in politics, whatever the post: "Политик добавил", "the politician said".
_DIPLOMAT_RE = re.compile(r"(?<![^\W\d_])(?:дипломат|diplomat)", re.IGNORECASE)
# The stems of the posts (as :func:`_posted_in_russian` gives them) that "the diplomat" names.
_DIPLOMATIC_POSTS = ("посол", "посл", "постпред", "представител", "консул", "поверен", "атташе")
_ANY_POLITICIAN_RE = re.compile(r"(?<![^\W\d_])(?:политик|politician)(?![^\W\d_])", re.IGNORECASE)


# Those who speak for others by post: "the spokesman" may be one of them, not any official
# the page named before ("the Russian spokesman said" after a deputy minister's words).
_SPOKESPEOPLE = frozenset(
    {
        "Maria Zakharova",
        "Alexander Lukashevich",
        "Andrey Nesterenko",
        "Mikhail Kamynin",
        "Alexander Yakovenko",
        "Alexey Zaitsev",
        "Artyom Kozhin",
        "Dmitry Peskov",
        "Natalya Timakova",
        "Igor Konashenkov",
    }
)
_SPOKESPERSON_RE = re.compile(
    r"spokes(?:man|woman|person)|press\s+secretary|пресс-секретар|официальн\w*\s+представител",
    re.IGNORECASE,
)


def _before_verb(text: str) -> str:
    """The words of a sentence that may be its verb's subject: before the verb of saying, and
    after it up to a comma or clause ("Политик" of "Политик добавил, что благодарен президенту
    РФ ...", "глава МИД РФ" of "..., — подчеркнул глава МИД РФ."); all of it without a verb."""
    verb = _SAY_RE.search(text)
    if verb is None:
        return text
    after = re.split(r"[,;:]|(?<![^\W\d_])(?:что|that)(?![^\W\d_])", text[verb.end() :], maxsplit=1)
    return text[: verb.start()] + " " + after[0]


def _names_russia(text: str) -> bool:
    """Whether words name Russia or its institutions ("the Russian minister", «МИД РФ»)."""
    return any(_key(word) in _RUSSIA_NAMING for word in text.split())


def _holds_post(text: str) -> bool:
    """Whether a sentence given to someone we cannot name calls them, right by its verb of
    saying, by another country's post ("..., — сказал президент Белоруссии", "глава МИД Японии
    добавил": a post and a country's name on the same side of the verb) or by an office no
    Russian official of the page holds ('"...," the senator believes'); not an institution
    ("the Kremlin said"), a post of Russia's ("секретарь СБ": an abbreviation is no country)
    nor the one asked ("журналист Sky News попросил министра ...")."""
    for verb in _SAY_RE.finditer(text):
        before = text[: verb.start()].split()
        after = [w for w in text[verb.end() :].split()[:3] if _key(w) != "the"]
        # (The word opening the sentence is left out: its capital names no country.)
        subject = before[max(1, len(before) - _POST_NEAR_VERB_WORDS) :]
        for side in (subject, after[:_POST_NEAR_VERB_WORDS]):
            keys = [_key(w) for w in side]
            if any(key in _OTHER_OFFICES for key in keys):
                return True
            posted = any(is_post_word(key) or _is_post_noun(key) for key in keys)
            if posted and any(_country_word(w) for w in side):
                return True
    return False


def _country_word(word: str) -> bool:
    """A capitalised word that may name another country than Russia ("Белоруссии", "Japan"):
    no post word, no abbreviation ("СБ", "МИД")."""
    key = _key(word)
    bare = word.strip(',.;:()«»"“”')
    return (
        bare[:1].isupper()
        and not (len(bare) > 1 and bare.isupper())
        and key not in _RUSSIA_NAMING
        and not is_post_word(key)
    )


# A person a story does not name: "a diplomatic source", "источник", "собеседник агентства",
# "his counterpart". "He said" after their words is not the official named before them.
_UNNAMED_PERSON_RE = re.compile(
    r"(?<![^\W\d_])(?:sources?|источник\w*|собеседни\w*|counterparts?|interlocutor)(?![^\W\d_])",
    re.IGNORECASE,
)


# A premier with a capitalised word after it in the same clause: the country or the name of
# whose premier ("премьер-министра Великобритании Дэвида Кэмерона", «премьер Медведев»).
_PREMIER_NAMED_RE = re.compile(
    r"(?<![\w-])премьер\w*(?:-министр\w*)?(?P<who>(?:\s+[а-яё]+){0,2}\s+[А-ЯЁ][\w-]*"
    r"(?:\s+[А-ЯЁ][\w-]*){0,2})"
)


class _Reader:
    """Walks a report's sentences in order, keeping who was named last."""

    def __init__(
        self, main: str | None, interviewer: str | None = None, president: bool = False
    ) -> None:
        self.main = main
        self.paragraph = ""  # the paragraph being read, as written (quotes and all)
        self.interviewer = interviewer  # whom "the interviewer asked" names
        self.moderator: str | None = None  # whom "the moderator said" names
        # Those named as a correspondent or a columnist ("считает спецкор “Ъ” X"): the
        # story's own reporters, whose dash lines are never theirs (see :func:`attribute`).
        self.reporters: set[str] = set()
        # Whom "the head of state" names: the main person, if the page calls him president.
        self.head_of_state = main if president else None
        # Everyone the narration has called president so far: "the president said" is the
        # head of state only while he is the only one.
        self.presidents: set[str] = set()
        self.last_named = main
        # "The ambassador said": the story's main person when no known official is named yet.
        self.last_official = main
        # Everyone named as a sayer so far, the latest last: "написала дипломат" is the latest
        # woman of them when the one named last is a man.
        self.named: list[str] = [main] if main else []
        # Whether the story so far named a premier other than its main person ("премьер-министра
        # Великобритании Дэвида Кэмерона"): "the premier" may then be him.
        self.other_premier = False
        # Those named with a post in the same sentence ("Turkish Foreign Minister Hakan Fidan
        # said"): "the minister" right after them may be theirs.
        self.posted: set[str] = set()
        # Person -> the stems of the Russian posts the narration named them with.
        self.posts: dict[str, set[str]] = {}
        # Those named as a spokesperson in a sentence that quotes them, the latest last.
        self.spokespeople: list[str] = []
        # Whether the sentence that first named each sayer gave a deputy's post ("Deputy
        # Foreign Minister Sergey Ryabkov said"): "the deputy minister" is one of those,
        # "the foreign minister" / "глава МИД" one of the others.
        self.deputy: dict[str, bool] = {}
        # Whose words a following quote goes on with: nobody's until someone is quoted (a
        # quote that no attribution claims, at the top of a story, may be anyone's).
        self.quoting: str | None = None
        self.named_anyone = False  # whether any sentence so far named or referred to a sayer
        self.title = ""  # the page's title, which may name someone with a post
        # Who was named before a background sentence of this paragraph (:meth:`aside`).
        self.kept: tuple[str | None, str | None, str | None, bool] | None = None
        # The sayer of this paragraph's background sentence (None: someone we cannot name)
        # and the gender its verb gives; then the one of the background paragraph just ended,
        # until the next sentence that names or refers to a sayer; then the same while that
        # sentence is read (:meth:`_after_background`).
        self.aside_said: tuple[str | None, str | None] | None = None
        self.background: tuple[str | None, str | None] | None = None
        self.after_background: tuple[str | None, str | None] | None = None
        # Whether the last sayer was someone we cannot name who holds a post ("..., — сказал
        # президент Белоруссии", '"...," the senator believes'): see :meth:`_after_unnamed`.
        self.unnamed_spoke = False
        # ... and the gender the verb gave them ("посол назвал": "m"), None if it gave none.
        self.unnamed_gender: str | None = None
        # The person this paragraph's narration so far has as its subject ("Mr Kelin arrived
        # at the Embassy ..."), for a quote after it that no one is said to say.
        self.paragraph_subject: str | None = None
        # Those the page named as members of a parliament ("MP Aleksey Pushkov", "Senator X").
        self.legislators: set[str] = set()
        # The subject of the last sentence of narration, while no one has been named since
        # as saying anything (:meth:`acting`).
        self.acted: str | None = None

    def peek(self, sayer: Sayer, text: str = "") -> str | None:
        """Who ``sayer`` would be now, without taking note of it (``text``: the narration
        around it, for "Putin's spokesman", as in :meth:`explicit`)."""
        if isinstance(sayer, str):
            return sayer
        if self._after_unnamed(sayer, text):
            return None  # as :meth:`explicit` will read the closing sentence
        if sayer is Ref.AIDE:
            return self._aide(text)
        if sayer is Ref.PRONOUN:
            return self._pronouns(text)
        if sayer is Ref.JOURNALIST:
            return self.interviewer
        if sayer is Ref.MODERATOR:
            return self.moderator
        if sayer is Ref.HEAD_OF_STATE:
            return self._the_president()
        if sayer is Ref.RUSSIAN_PRESIDENT:
            return self._russian_president()
        if sayer is Ref.LEGISLATOR:
            return self._legislator()
        return self._own_post(text) if sayer is Ref.OWN_POST else None

    def _legislator(self) -> str | None:
        """Whom "the legislator" names: the last person named, if named as one."""
        return self.last_named if self.last_named in self.legislators else None

    def explicit(self, sayer: Sayer, text: str = "", raw: str = "") -> str | None:
        """The speaker a sentence (``text``, its quotes masked; ``raw``, as written) names or
        refers to (updates who was named last). "Putin's spokesman" is the last known
        official named unless the sentence names that one, as the one spoken for."""
        self.after_background, self.background = self.background, None
        if isinstance(sayer, str):
            self.last_named = sayer
            self.acted = None
            if is_russian_official(sayer) or (sayer == self.main and is_known_official(sayer)):
                # "The Russian minister", "глава МИД" never name Blinken quoted in between.
                self.last_official = sayer
            self.named.append(sayer)
            if any(_key(word) in _POST_NOUNS for word in text.split()):
                self.posted.add(sayer)  # (no typo search: every named sentence asks this)
            if _SPOKESPERSON_RE.search(text):
                self.spokespeople.append(sayer)
            if _names_legislator(text):
                self.legislators.add(sayer)
            self.deputy.setdefault(sayer, _DEPUTY_RE.search(text) is not None)
            if any(_key(word) in _REPORTER_NOUNS for word in text.split()):
                self.reporters.add(sayer)
            speaker: str | None = sayer
        elif sayer is Ref.PRONOUN:
            speaker = self._pronouns(text, raw)
        elif sayer is Ref.OWN_POST:
            speaker = self._own_post(text)
        elif sayer is Ref.JOURNALIST:
            speaker = self.interviewer
        elif sayer is Ref.MODERATOR:
            speaker = self.moderator
        elif sayer is Ref.HEAD_OF_STATE:
            speaker = self._the_president()
        elif sayer is Ref.RUSSIAN_PRESIDENT:
            speaker = self._russian_president()
        elif sayer is Ref.AIDE:
            speaker = self._aide(text)
        elif sayer is Ref.LEGISLATOR:
            speaker = self._legislator()
        else:  # Ref.SOMEONE: someone we cannot name is speaking
            speaker = None
            if _names_legislator(text):
                # ("Senator Blake told reporters ...": "the senator" after it is no longer the
                # one named before.)
                self.legislators.clear()
            if _UNNAMED_PERSON_RE.search(text) or _NATIONAL_SAYER_RE.match(text):
                # "..., the source said." / "He added": "he" is that source, not the official
                # named before it; so after "The Egyptian diplomat hailed ...".
                self.last_named = None
        if self._after_unnamed(sayer, text):
            speaker = None
        # (A post that names no one the story has named, "— передает РИА Новости со ссылкой
        # на слова посла", is such a one too.)
        spoke_now = (sayer is Ref.SOMEONE and _holds_post(text)) or (
            sayer in (Ref.OWN_POST, Ref.LEGISLATOR) and speaker is None
        )
        if spoke_now:
            self.unnamed_gender = _said_gender(text)
        self.unnamed_spoke = spoke_now or (speaker is None and self.unnamed_spoke)
        asking = sayer in (Ref.JOURNALIST, Ref.MODERATOR)
        if speaker is not None and not asking and speaker != self.last_named:
            # "Ранее российский лидер заявил, что ... Он отметил ...": "he" is the one the
            # reference named, not someone named before it.
            self.last_named = speaker
            self.named.append(speaker)
        self.quoting = speaker
        self.named_anyone = True
        return speaker

    def _after_background(self, candidate: str, text: str) -> bool:
        """Whether "По ее мнению, ..." / "In his view, ..." opening the paragraph right after
        a background one ("Ранее Санду заявила, что ...") could be the background sayer's as
        well as the story's: the pronoun's nearest antecedent is the one the background
        named, the story's sayer is the one the reader returns to; then it is neither's."""
        if self.after_background is None:
            return False
        other, verb_gender = self.after_background
        wanted = _according_gender(text)
        if wanted is None or other == candidate:
            return False
        # (The name's gender, else the verb's, "заявила"; someone we cannot name only when
        # the verb gave the pronoun's gender.)
        gender = (_gender_of(other) if other else None) or verb_gender
        return gender == wanted or (gender is None and other is not None)

    def _after_unnamed(self, sayer: Sayer, text: str) -> bool:
        """Whether a back-reference ("Политик добавил", "In his opinion") follows the words of
        someone we cannot name who holds a post: then it is that one's, not the page's own
        official nor a person named inside their words. (The page's Russian official is still
        meant when the subject names Russia: "The Russian minister replied".)"""
        if not self.unnamed_spoke or sayer not in (Ref.PRONOUN, Ref.OWN_POST, Ref.LEGISLATOR):
            return False
        gender = _said_gender(text)
        if gender and self.unnamed_gender and gender != self.unnamed_gender:
            # "В интервью посол назвал ... / «...», — сказала она": she is not the ambassador.
            return False
        if _according_gender(text) is not None:
            return True  # "По его словам, ... российского руководства": no subject but "his"
        return not _names_russia(_before_verb(text))

    def _pronouns(self, text: str, raw: str = "") -> str | None:
        """Whom "he said" names: the last person named, when the verb agrees (see
        :meth:`_agreeing`), and never one the sentence names after the pronoun ("an American
        journalist he asked Putin when ...": "he" is not the one he asks)."""
        candidate = self._agreeing(self.last_named, text)
        if candidate is None or not text or self._after_background(candidate, text):
            return None
        if _SPEAKS_AS_RUSSIA_RE.search(self.paragraph) and (
            is_known_official(candidate) and not is_russian_official(candidate)
        ):
            # '"We Russians, we have a lot to offer ...," he said' after a line about the
            # visiting president: "he" is the Russian named before him.
            candidate = next((n for n in reversed(self.named) if is_russian_official(n)), None)
            if candidate is None:
                return None
        if (
            candidate == self.acted
            and candidate in _PRESIDENTS
            and self.quoting in AIDES
            and self.quoting == self.main
        ):
            # "Putin called Trump on Monday ... / '...,' he told reporters": on a story of the
            # President's aide, what the President did is what the aide speaks of; "he" is
            # the aide quoted before it.
            return self.quoting
        pronoun = _SUBJECT_PRONOUN_RE.search(text)
        # (Russian «он» before the person himself in the nominative is a copy's slip: "Об этом
        # он заявил министр ... Сергей Лавров"; in another case he is someone else: «— сказал
        # он ... с главой МИД Сергеем Лавровым».)
        if (
            pronoun is not None
            # ("Он также сказал, что ... : по утверждению Пескова, ...": a phrase giving whose
            # words they are names him himself.)
            and mentions(after := _WHOSE_WORDS_RE.sub(" ", text[pronoun.end() :]), candidate)
            and not (has_cyrillic(pronoun.group()) and _named_in_nominative(after, candidate))
        ):
            return None
        if (
            pronoun is not None
            and len(raw) == len(text)
            and (quoted := _QUOTE_BEFORE_RE.search(raw[: pronoun.start()]))
        ):
            # '"A meeting with Obama is not planned," he said': the words name the one named
            # last, so he is not the one saying them; the one quoted before is, unless the
            # words name that one too.
            words = quoted.group("words")
            if mentions(words, candidate):
                earlier = self.quoting
                if earlier and earlier != candidate and not mentions(words, earlier):
                    return earlier
                return None
        return candidate

    def _agreeing(self, candidate: str | None, text: str) -> str | None:
        """``candidate`` when the sentence's Russian verb of saying agrees with their gender
        (or says none); else the latest person named who agrees; else nobody we can name."""
        wanted = (
            (
                _according_gender(text)
                or _quoted_pronoun_gender(text)
                or _verb_gender(text)
                or _english_gender(text)
            )
            if text
            else None
        )
        if wanted is None or candidate is None or _gender_of(candidate) in (wanted, None):
            return candidate
        return next((n for n in reversed(self.named) if _gender_of(n) == wanted), None)

    def _own_post(self, text: str) -> str | None:
        """Whom "the minister" names (:meth:`_own_post_holder`), unless the sentence names
        that one after its verb of saying, as another: "The foreign minister said both he and
        FM Lavrov had agreed ..." is not Lavrov."""
        holder = self._own_post_holder(text)
        if (
            holder is not None
            and holder not in _SPOKESPEOPLE
            and holder not in self.spokespeople
            and _SPOKESPERSON_RE.search(_before_verb(text))
        ):
            # "A Foreign Ministry spokesman said ... the Russian spokesman said today: “...”"
            # after the deputy minister was quoted: not him, but the spokesperson the page
            # named, if any.
            return self.spokespeople[-1] if self.spokespeople else None
        say = _SAY_RE.search(text) if holder is not None else None
        if (
            holder is not None
            and say is not None
            # (The post as the subject before the verb: after it, "заявил постпред ... Михаил
            # Ульянов" names the holder as the subject.)
            and any(_key(word) in _POST_NOUNS for word in text[: say.start()].split())
            and mentions(text[say.end() :], holder) > 0
        ):
            return None
        return holder

    def _own_post_holder(self, text: str) -> str | None:
        """Whom "the minister", "the diplomat" names: the last known official named (or the
        story's main person). "The diplomat", "the Kremlin spokesman" is never a president:
        then Russia's official named latest who is none, else the last person named, if no
        president either, else nobody we can name."""
        candidate = self._agreeing(self.last_official, text)
        if (
            candidate is not None
            and is_known_official(candidate)
            and not is_russian_official(candidate)
            and any(_key(word) in _RUSSIA_NAMING for word in text.split())
        ):
            # "The Russian foreign minister said" is never another country's official, even
            # the one a page without a title names first (the Turkish minister at a joint news
            # conference): Russia's official named latest, if any.
            candidate = next((n for n in reversed(self.named) if is_russian_official(n)), None)
        if _RANKED_POST_RE.search(text):
            # "the foreign minister" after his deputy was quoted: the latest Russian official
            # named with a post of the same rank (a deputy's, or not).
            deputy = _DEPUTY_RE.search(text) is not None
            candidate = next(
                (
                    n
                    for n in reversed(self.named)
                    if self.deputy.get(n) is deputy and (is_russian_official(n) or n == self.main)
                ),
                candidate,
            )
        latest = self.last_named
        if (
            latest is not None
            and latest != candidate
            and (latest in self.posted or is_known_official(latest))
            and not is_russian_official(latest)
            and not _names_russia(_before_verb(text))
        ):
            # "Turkish Foreign Minister Hakan Fidan said ..." / "..., the minister added": the
            # post may be his as well as Lavrov's named before him (a known foreign official
            # holds one whether or not the sentence gave it: "Госсекретарь США Энтони Блинкен
            # провел встречу. «...», — сказал дипломат"). Unless it is the post the story gave
            # him ("с премьер-министром Лаоса Сонсаем Сипхандоном ... Премьер добавил").
            lowered = text.lower()
            held = self.posts.get(latest, set())
            same = any(re.search(rf"(?<![\w-]){post}", lowered) for post in held) or (
                # «Посол России в Швейцарии Сергей Гармонин ... "...", — указал дипломат»: an
                # ambassador, an envoy, a consul is "the diplomat".
                _DIPLOMAT_RE.search(_before_verb(text)) is not None
                and any(post.startswith(_DIPLOMATIC_POSTS) for post in held)
            )
            # "Премьер-министр Армении Никол Пашинян объявил ... Политик охарактеризовал ...":
            # a word for anyone in politics names the one named last, whatever his post. So
            # does any post when he is the only one the story has had say anything yet ("Глава
            # комиссии Совфеда Владимир Джабаров прокомментировал заявление Зеленского ...
            # «...», — подчеркнул сенатор").
            # (Another country's known leader is never this post: "сенатор" is no Zelensky.)
            only = {
                n for n in self.named if is_russian_official(n) or not is_known_official(n)
            } == {latest}
            return latest if same or only or _ANY_POLITICIAN_RE.search(_before_verb(text)) else None
        presidents = self.presidents | _PRESIDENTS
        if (
            candidate in presidents
            and "премьер" in text.lower()
            and "премьер" not in self.posts.get(candidate, set())
            and not self._sole_premier(candidate, presidents)
        ):
            # «Премьер добавил» after Putin met a foreign premier: a president is the premier
            # only when the story named him so (Medvedev, «премьер-министр Дмитрий Медведев»),
            # or when he, once Russia's premier, is the only one it could be.
            return None
        if candidate in presidents and _NOT_PRESIDENT_RE.search(text):
            # Russia's official named latest who is no president ("the Kremlin spokesman"
            # after Putin was quoted: Peskov), else the last person named, if no president.
            other = next(
                (n for n in reversed(self.named) if n not in presidents and is_russian_official(n)),
                self.last_named,
            )
            return other if other and other not in presidents else None
        return candidate

    def _sole_premier(self, candidate: str, presidents: set[str] | frozenset[str]) -> bool:
        """Whether ``candidate``, the story's main person and a Russian president who was also
        premier, is the only one it could mean by "the premier": «Дмитрий Медведев дал интервью
        The Times ... "...", - заявил премьер-министр» (a story of 2012) names no other."""
        return (
            candidate == self.main
            and candidate in _RUSSIAN_PRESIDENTS
            and not self.other_premier
            and all(n == candidate or n in presidents for n in self.named)
        )

    def saw(self, masked: str) -> None:
        """A paragraph (its quotes masked) is read: note a premier it names who is not the
        story's main person."""
        if self.other_premier or self.main is None:
            return
        for found in _PREMIER_NAMED_RE.finditer(masked):
            if not mentions(found.group("who"), self.main):
                self.other_premier = True
                return

    def _aide(self, text: str) -> str | None:
        """Whom "Putin's spokesman" / "the president's press secretary" names: the last known
        official named, unless the sentence names that one (as the one spoken for) or that
        one is a president (whose aide is never he himself: one the narration has called
        president, or a known president)."""
        official = self.last_official
        if official and mentions(text, official):
            return None
        if (
            official
            and official not in self.presidents
            and official not in _PRESIDENTS
            and not (is_known_official(official) and official not in AIDES)
        ):
            return official
        # A president, a minister or a diplomat is nobody's spokesman: the aide named last,
        # if any ("Kremlin spokesman Dmitry Peskov said ... Putin also said: ... '...,' the
        # Kremlin spokesman added").
        aides = [name for name in self.named if name in AIDES]
        return aides[-1] if aides and not mentions(text, aides[-1]) else None

    def _the_president(self) -> str | None:
        """Whom "the president" names: the head of state, unless the narration has called
        someone else president too (then it could be either); on a story about someone else
        (Peskov's words), the one person the narration has called president."""
        if self.head_of_state is None and len(self.presidents) == 1:
            return next(iter(self.presidents))
        if self.head_of_state is None and not self.presidents:
            # "Глава Минэкономразвития Максим Орешкин ... Путин поручил ... «...», — сказал
            # президент": no one called president yet, Putin the only head of state the story
            # names (no foreign official beside him).
            named = set(self.named)
            # (Putin alone: Medvedev, president for four years, a story must call so.)
            if named & _PRESIDENTS == {"Vladimir Putin"} and not any(
                is_known_official(n) and not is_russian_official(n) for n in named
            ):
                return "Vladimir Putin"
        if self.presidents - {self.head_of_state}:
            # Two presidents named: "the president" is the story's own president when the
            # words just before were his too ("During the talks, Tokayev expressed his
            # gratitude ... / '...,' said the president."), else it could be either.
            return self.head_of_state if self.quoting == self.head_of_state else None
        return self.head_of_state

    def _russian_president(self) -> str | None:
        """Whom "президент РФ" / "the Russian president" names: the one of Russia's presidents
        the narration calls president (or the story's president); none with two."""
        called = self.presidents | ({self.head_of_state} if self.head_of_state else set())
        russian = called & _RUSSIAN_PRESIDENTS
        if not russian:
            # "US President Donald Trump and his Russian counterpart Vladimir Putin ... Putin
            # said ...": no Russian president called so, but one of them has spoken.
            russian = set(self.named) & _RUSSIAN_PRESIDENTS
        return next(iter(russian)) if len(russian) == 1 else None

    def acting(self, name: str, posted: bool = False, background: bool = False) -> None:
        """A sentence of narration has ``name`` as its subject ("Путин предложил Керри
        отдохнуть."): "— сказал он" right after it is his; ``posted``: it gave his post
        before his name ("Пресс-секретарь президента Дмитрий Песков рекомендовал ..."), so
        "the Kremlin's representative", "the minister" after it may be his too;
        ``background``: it tells of before the story ("Ранее ..."), so from the next
        paragraph on "he" is the story's sayer again (as after :meth:`aside`)."""
        if background and name != self.last_named and self.kept is None:
            self.kept = (self.last_named, self.last_official, self.quoting, self.named_anyone)
        self.paragraph_subject = None if background else name
        self.last_named = name
        self.acted = name
        self.named.append(name)
        if posted:
            self.posted.add(name)
        if is_russian_official(name) and name not in _PRESIDENTS:
            # ("Ulyanov, who later deleted his tweet, felt misunderstood. ... '...,' the
            # diplomat said.": the Russian official the narration was about.)
            self.last_official = name

    def aside(self, sayer: Sayer, text: str = "") -> str | None:
        """The speaker of a background sentence ("Ранее Зеленский заявил, что ..."): named
        there, and "he said" in the same paragraph is this one ("..., — сказал он тогда"),
        but from the next paragraph on it means the story's sayer again."""
        kept = (self.last_named, self.last_official, self.quoting, self.named_anyone)
        speaker = self.explicit(sayer, text)
        self.aside_said = (speaker, _said_gender(text))
        if speaker != kept[0] and self.kept is None:
            self.kept = kept
        return speaker

    def end_paragraph(self) -> None:
        """Back to the story's sayer after a paragraph of background (:meth:`aside`)."""
        self.paragraph_subject = None
        self.background, self.aside_said = (self.aside_said if self.kept else None), None
        if self.kept is not None:
            self.last_named, self.last_official, self.quoting, self.named_anyone = self.kept
            self.kept = None


# "The Jordanian diplomat hailed ...": a post after a nationality, opening the sentence.
_NATIONAL_SAYER_RE = re.compile(
    r"^\W*(?:[Tt]he\s+)?(?P<adj>[A-Z][a-z]+(?:an|ese|ish|i|ic|ch))\s+(?:diplomat|ambassador|"
    r"envoy|(?:foreign\s+)?minister|official|president|leader|politician)"
    # (Its verb next, an adverb at most between: "the Russian diplomat and the Finnish envoy
    # said" are two people.)
    rf"(?:\s+(?:also|further|then|again|later))?\s+(?:{_SAY_WORDS})(?![\w-])"
)


# Words that speak as Russia's own: "We Russians", «мы, россияне», «у нас в России».
_SPEAKS_AS_RUSSIA_RE = re.compile(
    r"(?<![^\W\d_])(?:we,?\s+russians|we\s+in\s+russia|мы,?\s+(?:русские|россияне)"
    r"|у\s+нас\s+в\s+России)(?![^\W\d_])",
    re.IGNORECASE,
)
