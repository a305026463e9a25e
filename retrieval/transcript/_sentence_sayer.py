"""Who says one sentence of a news story (:func:`sentence_sayer`), and what else is asked of one
sentence, title or paragraph.

A sentence's sayer is the subject of its verb of saying, a passive's "by", the one "according
to" or «по словам», the one an agency quotes, or a text that speaks itself ("the statement
reads"); hearsay and words not (yet) said name no one. The other questions: the speaker a
headline names, whether a text says "I" or "we", who introduces themself, how often a
paragraph names a person.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from retrieval.patterns import may_hold
from retrieval.russian_names import is_first_name_form, surname_forms_of_latin
from retrieval.speakers import (
    KNOWN_SPEAKERS,
    find_known_speaker,
    is_known_official,
    is_post_word,
    person_name,
    speaker_from_title,
)
from retrieval.text import has_cyrillic, label_key
from retrieval.transcript._lines import LABEL_RE
from retrieval.transcript._quote_marks import mask_quotes
from retrieval.transcript._references import (
    _AIDE_NOUNS,
    _FORMER_POST_RE,
    _NATION_WORDS,
    _OWN_SIDE_WORDS,
    _POST_NOUNS,
    _PRESIDENT_WORDS,
    Ref,
    Sayer,
    _key,
    _reference,
)
from retrieval.transcript._say_verbs import _SAY_RE, _SAY_WORDS
from retrieval.transcript._subjects import (
    _CLAUSE_OPEN_RE,
    _NAME_WORDS,
    _PASSIVE_BEFORE_RE,
    _QUOTE_OPEN,
    _clause_before,
    _closing,
    _closing_after_subject,
    _last_person,
    _named_after_quote,
    _person_after,
    _plural_russian,
    _sayer_of,
    _subject_after_quote,
    _words_after,
)

_ACCORDING_RE = re.compile(
    r"(?<![^\W\d_])(?:according to|in the words of|по (?:словам|мнению|оценке|информации|"
    r"выражению)|с точки зрения)\s+",
    re.IGNORECASE,
)
_MADE_STATEMENT = (
    r"(?:statement|remarks?|comments?|announcement)\s+(?:was|were|has\s+been|had\s+been)\s+made"
)
# '"...," the statement read.', '"...," the Kremlin's readout reads': a document closing a quote.
_DOCUMENT_READS_RE = re.compile(
    r"[\"”»’]\s*,?\s*(?:[–—-]\s*)?(?:the|a|its|their)\s+(?:[\w'’-]+\s+){0,2}?(?:statement|"
    r"communiqu[eé]|readout|release|document|letter|message|declaration|text)\s+reads?"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
# A quote's close, then the statement of a named person: '"...," Lukashevich's statement'.
_WHOSE_STATEMENT_RE = re.compile(
    r"[\"”»]\s*,?\s*(?:[–—-]\s*)?(?P<name>(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?)['’]s\s+"
    r"statement(?![^\W\d_])",
    re.IGNORECASE,
)
# "This was stated by Foreign Minister Sergey Lavrov": the passive names its speaker after "by".
_PASSIVE_RE = re.compile(
    r"(?<![^\W\d_])(?:(?:was|were|has been|had been|as) (?:stated|said|announced|noted|declared|"
    r"stressed|told|reported|indicated|pointed out|expressed|voiced|explained|relayed|conveyed)"
    # "The corresponding statement was made by ...": the Russian «Соответствующее заявление
    # сделал ...» in an English copy.
    rf"|{_MADE_STATEMENT})"
    # "This was stated on Thursday by ...", "... was said earlier today by ...", "This was
    # announced on Sunday, December 27, by ...": a time between the verb and its "by".
    r"(?:\s+(?:on|earlier|later|today|yesterday|last)(?:,?\s+[\w-]+){0,3}?,?)? by\s+",
    re.IGNORECASE,
)
# Every passive of the pattern holds its "by" (see may_hold): most sentences hold none.
_PASSIVE_ANCHORS = (" by",)
# "Such was the view of Maria Zakharova", "So said Peskov": a sentence that gives the words
# before it to the one it names (a translation may drop the "of": "This is the opinion
# permanent representative in NATO Dmitry Rogozin").
_VIEW_OF_RE = re.compile(
    r"^\W*(?:(?:such|this|that)\s+(?:was|is)\s+(?:the\s+)?(?:view|opinion|position|"
    r"assessment|conclusion|verdict)(?:\s+of)?|(?:so|thus)\s+said)\s+",
    re.IGNORECASE,
)
_ACCORDING_PRONOUN_RE = re.compile(
    r"(?<![^\W\d_])(?:according to (?:him|her)|in (?:his|her) (?:opinion|view|words)|"
    # ("По его данным", "по ее оценке": what he or she knows or judges, in his words too.)
    r"по (?:его|ее|её) (?:словам|мнению|данным|оценке|информации))(?![^\W\d_])",
    re.IGNORECASE,
)
# "In Lavrov's view, ...", "In the minister's opinion, ...", "From Lavrov's point of view, ...":
# a sentence opening on whose view it gives, the owner before "'s".
_POSSESSIVE_VIEW_RE = re.compile(
    r"^\W*(?:in|from)\s+(?P<whose>(?:[^\s,;:.!?'’]+\s+){0,4}?[^\s,;:.!?'’]+)['’]s?\s+"
    r"(?:view|opinion|words|point of view|assessment|estimation)\s*,",
    re.IGNORECASE,
)
# Every match of the pattern above opens with one of these (see may_hold).
_POSSESSIVE_VIEW_ANCHORS = ("'s ", "’s ", "s' ", "s’ ")
# "This is what X told reporters", "That's what X said": X is the subject of the verb after it,
# and said the sentences before too (see _BACK_REFERENCE_RE).
_THIS_IS_WHAT_RE = re.compile(r"^\W*(?:this|that)(?:\s+is|'s|’s|\s+was)\s+what\s+", re.IGNORECASE)
# "I" or "we" as the subject: an official's own words say it, a report's narration does not
# (possessives like "our site" come from the site's own furniture too).
# (Not an initial: "A.I. Antonov", "I. Ivanov", «Я.Ю. Петров».)
_FIRST_PERSON_RE = re.compile(
    r"(?<![^\W\d_])(?:(?<![A-ZА-ЯЁ]\.)(?<![A-ZА-ЯЁ]\.\s)(?:I|[Яя])(?!\.\s?[A-ZА-ЯЁ])|[Ww]e|[Мм]ы)"
    r"(?![^\W\d_])"
)
# A quote's words that say who speaks is a person: "I", "my", "we", "our", «я», «мой», «мы».
_SPEAKS_FOR_SELF_RE = re.compile(
    r"(?<![^\W\d_])(?:I|me|my|we|us|our|я|меня|мне|мой|моя|мое|моё|мои|мы|нас|нам|наш\w*)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)


# A verb's "that" clause: "stated that ...", «заявил, что ...».
_THAT_AFTER_RE = re.compile(r"\s*(?:that|,?\s*что)\s", re.IGNORECASE)


def headline_speaker(title: str) -> str | None:
    """The person a title says is speaking.

    A headline in the form "Zakharova: ..." names its speaker like a label; "..., Peskov
    said" and "Nebenzya called for ..." name the one who speaks, even when another person is
    named first; "... – Medvedev" at the end names the one quoted. Otherwise the first known
    official named before the topic, or a post and a name (:func:`speaker_from_title`).
    """
    match = LABEL_RE.match(title)
    if match and (known := find_known_speaker(match.group("label"))):
        return known.name
    if match and (named := _first_named(match.group("label"))):
        return named  # "Alexander Zakharov: demand for trips to Russia is growing"
    if named := name_and_post(title):
        return named
    for say in _SAY_RE.finditer(title):
        # "Lavrov says Blinken lied": the subject before the verb speaks; only without one is
        # the name after it the sayer ("Russia will respond, says Lavrov").
        sayer = _sayer_of(title, say)
        if sayer in (Ref.OWN_POST, Ref.AIDE) and _THAT_AFTER_RE.match(title, say.end()):
            # "The Russian ambassador to Serbia stated that the meeting between Vucic and
            # Lavrov ...": a post speaks; the names after "that" are what he spoke of (the
            # post's holder is found on the page, see _post_holder_under).
            return None
        if not isinstance(sayer, str):
            sayer = _sayer_of(title, say, inverted_ok=True)
        if isinstance(sayer, str):
            # "Prime Minister Vladimir Putin and his Mongolian counterpart Sanjaagiin Bayar
            # made statements ...": two speak, and neither is the page's alone.
            return None if _joint_subject(title[: say.start()], sayer) else sayer
    tail = re.search(r"[–—-]\s*([^–—-]{2,40})$", title)
    if tail and (known := find_known_speaker(tail.group(1))):
        return known.name
    return speaker_from_title(title)


def _joint_subject(before: str, sayer: str) -> bool:
    """Whether the words before a headline's verb join another person to its sayer ("X and
    his counterpart Y made statements")."""
    parts = re.split(r"\s(?:and|и)\s", before, maxsplit=1)
    # (Only a sayer named before the verb: "Telephone conversation of Putin and Macron is not
    # planned, said Peskov" has Peskov alone say it.)
    if len(parts) < 2 or not mentions(parts[1], sayer):
        return False
    other = speaker_from_title(parts[0]) or _first_named(parts[0])
    return other is not None and other != sayer


def name_and_post(title: str) -> str | None:
    """The person a title that is a name and a post names ("Dato' Zainol Abidin Omar,
    Ambassador of Malaysia to the Russian Federation"): the one whose words follow."""
    head, comma, post = title.partition(",")
    return _first_named(head, post=True) if comma and _POST_OPENING_RE.match(post) else None


def _first_named(words: str, *, post: bool = False) -> str | None:
    """The person ``words`` name, all of them, with a first name and a surname (a courtesy
    title before: "Dato' Zainol Abidin Omar"); None for anything else ("Ukraine crisis").
    ``post``: a post follows the words, so a first name we do not know is one too."""
    core = _COURTESY_RE.sub("", words.strip())
    name = person_name(core)
    if name is None or len(name.split()) < 2 or len(core.split()) > len(name.split()):
        return None
    return name if post or is_first_name_form(label_key(name.split()[0])) else None


# Courtesy titles before a name: "Dato'", "Dr", "H.E.", "Mr".
_COURTESY_RE = re.compile(r"^(?:(?:Dato|Datuk|Tan Sri|Dr|Mr|Mrs|Ms|H\.\s?E)[’'.]?\s+)+")
# A post opening the words after a name's comma: " Ambassador of ...", " Consul General ...".
_POST_OPENING_RE = re.compile(
    r"\s*(?:the\s+)?(?:(?:Russian|First|Deputy|Special|Permanent|Acting"
    r"|Extraordinary and Plenipotentiary)\s+)*"
    r"(?:Ambassador|Consul|Minister|Permanent Representative|Envoy|Spokes\w+|Press Secretary"
    r"|Chairman|Head|Director|Deputy)\b|\s*(?:(?i:чрезвычайный\s+и\s+полномочный)\s+)?"
    r"(?i:посол|генконсул|консул|министр|постпред|председатель|глава|директор|заместитель)\b",
)


#: "по словам помощника президента России Юрия Ушакова" has at most this many words before
#: its comma.
_AIDE_PHRASE_WORDS = 7


def _president_aide(text: str) -> Sayer:
    """The sayer that ``text`` (after "по словам") names when it opens with a president's aide:
    the aide's name after the post ("помощника президента Юрия Ушакова"), or else the aide
    the story named ("помощника президента", "помощника российского лидера"); None when
    the one he works for is named instead ("помощника Путина") or is someone else's
    ("советника украинского лидера")."""
    words = text.split(",", 1)[0].split()[: _AIDE_PHRASE_WORDS + 1]
    keys = [_key(word) for word in words]
    if not 2 <= len(keys) <= _AIDE_PHRASE_WORDS or keys[0] not in _AIDE_NOUNS:
        return None
    post = 1
    while post < len(keys) and (keys[post] in _PRESIDENT_WORDS or keys[post] in _NATION_WORDS):
        post += 1
    if not any(key in _PRESIDENT_WORDS for key in keys[1:post]):
        return None
    if post == len(keys):
        return Ref.AIDE
    rest = words[post:]
    if not all(word[:1].isupper() for word in rest):
        return None
    return person_name(" ".join(rest).rstrip(".;:"))


_WRITE_RE = re.compile(r"wrote|writes|написал(?:а|и)?", re.IGNORECASE)


# "..., reiterated by Russian President Putin": a passive participle; but "responded by
# saying", "replied by noting": the verb's own, and its subject before it.
_BY_AFTER_RE = re.compile(r"\s+by\s(?![a-z]+ing(?![\w-]))", re.IGNORECASE)
_ANSWER_VERBS = frozenset(
    {"ответил", "ответила", "ответили", "отвечал", "отвечала", "отвечали", "answered"}
)
# "Дипломат ответила на вопросы журналистов.", "He answered questions from reporters.": taking
# questions tells of the event, not what was said (no "что", colon or quote follows).
_ANSWERED_QUESTIONS_RE = re.compile(
    r"\s+(?:на\s+вопрос\w*|(?:\w+\s+)?questions)"
    r"[^:,«\"“]*$",
    re.IGNORECASE,
)
#: "According to X" opening a sentence stands within this many characters of its start.
_ACCORDING_AT = 24
#: "По его словам" / "according to her" opening a sentence ends within this many characters
#: of its start (the longest form, "in her opinion", with a dash or bracket before it).
_ACCORDING_PRONOUN_AT = 24
# What may stand before a sentence's opening words: quote marks, dashes, brackets, spaces.
_OPENING_PUNCTUATION = " \t\n\"'«“„([–—-"


def _took_questions(masked: str, say: re.Match[str]) -> bool:
    """Whether a verb of saying only tells that questions were taken ("answered questions")."""
    return (
        say.group().lower() in _ANSWER_VERBS
        and _ANSWERED_QUESTIONS_RE.match(masked, say.end()) is not None
    )


# "приводит слова X", "передает слова X ТАСС", "процитировало слова X РИА Новости", "приводит
# ТАСС слова X", «приводит РИА "Новости" комментарий X»: the agency may stand between the verb
# and "слова".
# The nouns for what an agency passes on: «слова», «комментарий», «высказывания».
_RELAYED_NOUNS = r"(?:слова|комментари[йи]|высказывани[ея]|речь|выступлени[ея])"
_RELAYS_WORDS = (
    r"(?:привод(?:ит|ят|ятся)|переда[её]т|передают|процитировал[аои]?|излага(?:ет|ют)"
    r"|пересказыва(?:ет|ют))(?:\s+[^\s,.;:]+){0,3}?"
    rf"\s+{_RELAYED_NOUNS}"
)
# The noun that ends a match of _RELAYS_WORDS: the name after it is the one quoted.
_RELAYED_NOUN_END_RE = re.compile(rf"{_RELAYED_NOUNS}\s+$")
# "..., — цитирует Марию Захарову Sputnik.az", "TASS quoted Ushakov as saying": the quote is
# the object's, not the agency's.
_QUOTES_OBJECT_RE = re.compile(
    # "цитирует ТАСС слова X": the agency between the verb and "слова" (tried first).
    r"(?<![\w-])(?:цитиру(?:ет|ют)(?:\s+[^\s,.;:]+){0,3}?\s+слова|цитиру(?:ет|ют)|quoted|quotes"
    r"|cited|cites"
    # "пишет «Коммерсант» со ссылкой на X": an outlet's words, from X.
    r"|(?:пиш(?:ет|ут)|сообща(?:ет|ют)|переда[её]т)(?:\s+[^\s,.;:]+){0,3}?\s+со\s+ссылкой\s+на"
    rf"|{_RELAYS_WORDS}"
    # "говорится (сказано) в заявлении X": the words are from X's statement.
    r"|(?:говорится|сказано)\s+в\s+(?:заявлении|сообщении|комментарии|публикации|посте|обращении"
    # "говорится в письме Небензи", "сказано в статье Лаврова": the writer's words.
    r"|письме|статье|колонке|послании)"
    # "сказано в тексте статьи Лаврова": the text of X's article.
    r"|(?:говорится|сказано)\s+в\s+тексте\s+(?:заявления|сообщения|комментария|обращения"
    r"|письма|статьи|послания|выступления)"
    # "..., следует из комментария официального представителя МИД РФ Марии Захаровой".
    r"|следует\s+из\s+(?:заявления|сообщения|комментария|публикации|поста|обращения|письма"
    r"|статьи|интервью|слов))\s+",
    re.IGNORECASE,
)
# "В письме подчёркивается, что", "В статье также говорится": the text just named speaks.
_IN_THE_LETTER_RE = re.compile(
    r"^\W*в\s+(?:этом\s+|том\s+же\s+)?(?:письме|статье|послании|обращении)\s+(?:также\s+)?"
    r"(?:подч[её]ркивается|отмечается|говорится|указывается|сказано)(?![^\W\d_])",
    re.IGNORECASE,
)
# "Полная цитата Рябкова:", "Цитата Захаровой:", "Прямая речь Кислицы:", "Слова Пескова:",
# "Full quote by Lavrov:": a line that hands the quote under it (or after it, the quotes
# blanked) to the one it names.
_FULL_QUOTE_RE = re.compile(
    r"^\W*(?:(?:полная|дословная)\s+)?(?:цитата|прямая\s+речь|слова|(?:full\s+)?quote\s+"
    r"(?:of|by|from))\s+(?P<whose>[^\W\d_][^:;.!?]{2,50}?)\s*:\s*[.!?…]?\s*$",
    re.IGNORECASE,
)
# Every match of the pattern above holds one of these (see may_hold).
_FULL_QUOTE_ANCHORS = ("цитат", "речь", "слова", "quote")
# «Напомним позицию президента России: "..."»: a line recalling whose view the quote after
# its colon gives.
_RECALLED_VIEW_RE = re.compile(
    r"^\W*(?:напомним|приведем|приведём|приводим)\s+(?:позици[юи]|мнение|оценку|слова)\s+"
    r"(?P<whose>[^\W\d_][^:;.!?]{2,60}?)\s*:\s*[.!?…]?\s*$",
    re.IGNORECASE,
)
# A report's English for «Как следует из заявления X, ...»: "As follows from the statement of
# X, ...", and the order of «Как неоднократно подчеркивал X, ...» kept: "As repeatedly stressed
# X, ...". The words are X's.
_EN_AS_FOLLOWS_RE = re.compile(
    r"^\W*as\s+(?:it\s+)?follows\s+from\s+(?:the\s+|a\s+)?(?:statements?|words|comments?|"
    r"remarks|interview|letter|article|answers?)\s+(?:of|by|from)\s+(?P<who>[^,]{3,120}?),",
    re.IGNORECASE,
)
_EN_AS_INVERTED_RE = re.compile(
    r"^\W*[Aa]s\s+(?:(?:has|had|was)\s+)?(?:(?:repeatedly|already|often|earlier|previously|once|"
    r"rightly)\s+)?(?:stressed|noted|pointed\s+out|emphasi[sz]ed|underlined|remarked|stated|"
    r"explained|observed|recalled|said)\s+(?P<who>(?:the\s+)?[A-Z][^,]{2,100}?),",
)
# A live blog's entry: "Putin: consultations on cybersecurity, important for the US and Russia –
# “Last year Russia sent ...”": a name and a colon, the topic, then the quote after a dash.
_NAME_TOPIC_QUOTE_RE = re.compile(
    r"^\W*(?P<who>[A-ZА-ЯЁ][\w.’'-]+(?:\s+[A-ZА-ЯЁ][\w.’'-]+){0,2}):\s+[^.!?\"“”«»:]{3,120}\s"
    r"[–—-]\s*[“«\"]\w"
)
# An outlet that "reported (quoted, cited) X as saying": X's words.
_REPORTED_AS_SAYING_RE = re.compile(
    r"(?<![^\W\d_])(?:reported|quoted|cited|quotes|cites)\s+(?P<who>(?:the\s+)?[A-Z][^,.;:\"“”]{2,80}?)"
    r"\s+as\s+saying(?![^\W\d_])"
)
# The Russian president in the genitive: «президента России», «российского президента».
_RUSSIAN_PRESIDENT_OF_RE = re.compile(
    r"^(?:президента\s+(?:россии|рф|российской\s+федерации)|российского\s+президента|"
    r"главы\s+российского\s+государства)$",
    re.IGNORECASE,
)
# '"...," Lavrov was quoted as saying', "X is cited as saying": the passive's subject said it.
_QUOTED_AS_SAYING_RE = re.compile(
    r"(?<![^\W\d_])(?:was|were|is|are|has been)\s+(?:quoted|cited)"
    r"(?:\s+by\s+[^,.;:]{1,40}?)?\s+as\s+saying(?![^\W\d_])",
    re.IGNORECASE,
)


def _quoted_subject(masked: str) -> Sayer:
    """Who "X was quoted as saying" has say the words: X, before the passive."""
    found = _QUOTED_AS_SAYING_RE.search(masked)
    subject = _clause_before(masked[: found.start()]) if found else ""
    if not subject:
        return None
    return _last_person(subject) or _reference(subject)


#: The one quoted stands within this many words after "цитирует", "quoted".
_QUOTED_OBJECT_WORDS = 6


# '"...," TASS quoted her as saying', «— цитирует его ТАСС», «приводит её слова РИА Новости»:
# an agency quotes the one a pronoun points back to.
_QUOTED_PRONOUN_RE = re.compile(
    r"(?<![\w-])(?:(?:quoted|quotes|cited|cites)\s+(?P<en>him|her)\s+as\s+saying"
    r"|(?:цитиру(?:ет|ют)|процитировал[аои]?)\s+(?P<ru>его|ее|её)(?![\w-])"
    r"|(?:привод(?:ит|ят)|переда[её]т|передают|процитировал[аои]?)\s+(?P<of>его|ее|её)\s+слова"
    # «..., — говорится в ее заявлении на сайте МИД», «следует из его комментария».
    r"|(?:(?:говорится|сказано)\s+в|следует\s+из)\s+(?P<in>его|ее|её)\s+(?:заявлени|сообщени"
    r"|комментари|публикаци|пост|обращени|письм|стать|интервью))",
    re.IGNORECASE,
)


def _quoted_object(sentence: str, masked: str) -> Sayer:
    """The known official whom a sentence says an agency quotes ("— цитирует Марию Захарову
    Sputnik.az", "TASS quoted Ushakov as saying"), or "the ministry's representative" whose
    comment it quotes ("цитируют ... комментарий представителя российского МИД"), or the one
    a pronoun points back to ("TASS quoted her as saying")."""
    if _QUOTED_PRONOUN_RE.search(masked):
        return Ref.PRONOUN
    found = _QUOTES_OBJECT_RE.search(masked)
    if found is None:
        return None
    words = sentence[found.end() :].split()[:_QUOTED_OBJECT_WORDS]
    agency_first = len(words) > 1 and _key(words[0]).strip('«»"') in _AGENCY_KEYS
    if agency_first and has_cyrillic(found.group(0)) and len(found.group(0).split()) == 1:
        # «— цитирует Интерфакс главу Минобороны»: the agency first, the one quoted after it
        # (someone we cannot name, as the agency's name was taken for before, if no post).
        words = words[1:]
    else:
        agency_first = False
    # (A post may come first, capitalised or not: "RIA Novosti quoted Deputy Foreign Minister
    # Sergei Ryabkov as saying", "quoted the deputy minister Sergei Ryabkov".)
    run = list(
        itertools.takewhile(lambda w: w[:1].isupper() or is_post_word(_key(w)) or w == "the", words)
    )
    for start in range(len(run)):
        for end in range(min(len(run), start + _NAME_WORDS), start, -1):
            name = person_name(" ".join(run[start:end]).rstrip(",.;:"))
            if name and is_known_official(name):
                return name
    if has_cyrillic(found.group(0)) and (known := _known_among(words)):
        # «... комментария официального представителя МИД РФ Марии Захаровой»: a post in
        # lower case, then the known official's name in the genitive.
        return known
    if (
        run
        and _RUSSIAN_OBJECT_RE.match(found.group(0))
        and _CYRILLIC_NAME_RE.fullmatch(run[0])
        # (Right after the verb: not after a quoted outlet, «цитирует "Интерфакс" Прямая ...»;
        # but after «приводит РИА "Новости" комментарий» the name is the one quoted.)
        and (
            sentence[found.start() : found.end()] == found.group(0)
            or _RELAYED_NOUN_END_RE.search(found.group(0)) is not None
        )
    ):
        # «приводит слова Андреева агентство ТАСС»: someone the table does not hold, whom
        # :func:`_surnames_again` names when the page named him in full before.
        return Ref.SOMEONE
    if _AS_SAYING_RE.match(" ".join(words[len(run) :])) and run:
        # "Xinhua quoted Xi Jinping as saying ...": anyone named in full right before "as
        # saying"; a surname alone ("the ministry cited Wang as saying") is someone whom
        # :func:`_surnames_again` may name.
        name = person_name(" ".join(run))
        if name and len(name.split()) >= 2:
            return name
        # ("the Prime news agency cited the minister as saying": the post names him.)
        return _reference(" ".join(run)) if not name else Ref.SOMEONE
    keys = [_key(word) for word in words]
    others = [
        w
        for n, (w, k) in enumerate(zip(words, keys, strict=True))
        if w[:1].isupper()
        and k not in _OWN_SIDE_WORDS
        # (Not the agency quoting, «цитирует Интерфакс главу Минобороны», nor the body of the
        # post before it: "главу Минобороны", "министра МВД".)
        and k.strip('«»"') not in _AGENCY_KEYS
        and not (n and keys[n - 1] in _OBJECT_POSTS)
    ]
    if any(k in _OBJECT_POSTS for k in keys) and not others:
        return Ref.OWN_POST
    return Ref.SOMEONE if agency_first else None


#: Posts as the object of "quotes" («цитирует главу Минобороны»: the accusative of «глава»).
_OBJECT_POSTS = _POST_NOUNS | {"главу"}
#: News agencies that quote an official by post («цитирует Интерфакс главу Минобороны»).
_AGENCY_KEYS = frozenset(
    "интерфакс тасс риа ria tass interfax reuters afp рбк rbc прайм прайм-тасс".split()
)


def _known_among(words: list[str]) -> str | None:
    """The known official two capitalised words in a row among ``words`` name, if any."""
    for start in range(len(words) - 1):
        pair = words[start : start + 2]
        if all(w[:1].isupper() for w in pair):
            name = person_name(" ".join(pair).rstrip(",.;:"))
            if name and is_known_official(name):
                return name
    return None


_AS_SAYING_RE = re.compile(r"as\s+saying(?![^\W\d_])", re.IGNORECASE)
# The Russian verbs of _QUOTES_OBJECT_RE whose object is the one quoted.
_RUSSIAN_OBJECT_RE = re.compile(r"(?i:цитиру|привод|переда|процитир|излага|пересказыва)")
# A Russian name's word in any case ("Андреева", "Захарову"; not an agency's "ТАСС").
_CYRILLIC_NAME_RE = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?[,.;:]?")


# "When asked to comment on ..., he said": a clause of a question put to the sentence's
# subject, whose verb of saying is the one after it.
_ASKED_CLAUSE_RE = re.compile(r"(?:^|(?<![\w-])(?:when|if|once|as|while))\s*$", re.IGNORECASE)


# "Когда Пескову напомнили, что ...", "Когда его спросили о ...": a Russian clause of time whose
# plural verb is the reporters' question to the sentence's subject.
_WHEN_CLAUSE_RE = re.compile(r"(?<![\w-])когда\s+[^,;:]*$", re.IGNORECASE)


def _asked_clause(masked: str, say: re.Match[str]) -> bool:
    """Whether ``say`` is "asked" opening a clause of a question put to the subject ("When
    asked about ...", "Asked whether ..."), or a Russian plural verb in a clause of time
    ("Когда Пескову напомнили, что ..., тот сказал": the verb after it is the subject's)."""
    before = masked[: say.start()].lstrip(_OPENING_PUNCTUATION)
    if _plural_russian(say.group()):
        return _WHEN_CLAUSE_RE.search(before) is not None
    return say.group().casefold() == "asked" and _ASKED_CLAUSE_RE.search(before) is not None


# After a quote, the words that say its sayer did something with it: «...», — этими словами
# ...; '"..." With these words, ...' (the quote itself is blanked where this is looked for).
_THESE_WORDS_RE = re.compile(
    r"(?:[—–-]\s*(?:этими|такими|этой|такой)\s+(?:словами|фразой)"
    r"|[Ww]ith\s+(?:these|those)\s+words,?)\s+"
)


def _person_or_own_post(words: str) -> Sayer:
    """The person ``words`` name, or the reference they make when it is one of our side's posts
    (the minister, the President's aide, Russia's president); else None."""
    named = person_name(words) or _reference(words)
    if isinstance(named, str) or named in (Ref.OWN_POST, Ref.AIDE, Ref.RUSSIAN_PRESIDENT):
        return named
    return None


def sentence_sayer(sentence: str, masked: str | None = None, *, report: bool = False) -> Sayer:
    """The speaker a sentence of narration names, a reference to one, or None.

    Args:
        sentence: The sentence.
        masked: The sentence with quoted words blanked out, if the quotes started before it
            (taken from its paragraph); by default the sentence's own quotes are blanked.
        report: The sentence is a report's narration: "As X pointed out, ..." opening it
            names its sayer (in an official's remarks it refers to X's words).
    """
    masked = mask_quotes(sentence) if masked is None else masked
    if "Telegram-канал" in masked:
        # «..., заявила в Telegram-канале официальный представитель МИД»: where she wrote it,
        # no name before her post (the same length, so the two texts stay aligned).
        masked = masked.replace("Telegram-канал", "телеграм-канал")
        sentence = sentence.replace("Telegram-канал", "телеграм-канал")
    if ("слов" in masked or "words" in masked) and (these := _THESE_WORDS_RE.search(masked)):
        # "«...», — этими словами губернатор ... Вячеслав Гладков начал пресс-конференцию":
        # the one who opened or closed something with the quote's words said them.
        span = _words_after(sentence[these.end() :])
        opener: Sayer = _person_after(sentence[these.end() :], masked[these.end() :])
        if opener := opener or ((person_name(span) or _reference(span)) if span else None):
            return opener
    if what := _THIS_IS_WHAT_RE.match(masked):
        # "This is what X told reporters": the verb's subject follows "what".
        return sentence_sayer(sentence[what.end() :], masked[what.end() :], report=report)
    if (view := _VIEW_OF_RE.match(masked)) and (
        name := _person_after(sentence[view.end() :], masked[view.end() :])
    ):
        return name
    if (may_hold(masked, _PASSIVE_ANCHORS) and (passive := _PASSIVE_RE.search(masked))) and (
        name := _person_after(sentence[passive.end() :], masked[passive.end() :])
    ):
        return name
    if (
        "цитиру" in masked
        or "quote" in masked
        or "cite" in masked
        or "слова" in masked
        or "комментари" in masked
        or "высказывани" in masked
        or "речь" in masked
        or "выступлени" in masked
        or "говорится" in masked
        or "сказано" in masked
        or "ссылкой" in masked
        or "следует из" in masked
    ) and (quoted := _quoted_object(sentence, masked)):
        return quoted
    if " as saying" in masked and (quoted := _quoted_subject(masked)):
        return quoted
    if (
        " as saying" in masked
        and (reported := _REPORTED_AS_SAYING_RE.search(masked))
        and (named := _person_or_own_post(reported.group("who"))) is not None
    ):
        # '"...," Itar-Tass reported Lavrov as saying.': the one the outlet quotes.
        return named
    if "s statement" in sentence and (stated := _WHOSE_STATEMENT_RE.search(sentence)):
        # '"...," Lukashevich's statement, disseminated by the Ministry, said.': the quote is
        # the statement of the one the possessive names (a known official only).
        known = find_known_speaker(stated.group("name"))
        if known is not None and known.official:
            return known.name
    if may_hold(sentence, (" read",)) and _DOCUMENT_READS_RE.search(sentence):
        # '"...," the statement read.': a document's words, no person's (not even the one
        # the quote names: "Putin had a telephone conversation with ...").
        return Ref.SOMEONE
    if _IN_THE_LETTER_RE.match(masked):
        # "В письме подчёркивается, что ...": the letter the sentence before named, its
        # writer's words (as "он подчеркнул").
        return Ref.PRONOUN
    if may_hold(masked, _FULL_QUOTE_ANCHORS) and (heading := _FULL_QUOTE_RE.match(masked)):
        # "Полная цитата Рябкова:", "Full quote of Lavrov:": a line over someone's quote.
        return person_name(heading.group("whose"))
    if may_hold(masked, ("апомним", "риведем", "риведём", "риводим")) and (
        recalled := _RECALLED_VIEW_RE.match(masked)
    ):
        whose = recalled.group("whose").strip()
        if _RUSSIAN_PRESIDENT_OF_RE.match(whose):
            return Ref.RUSSIAN_PRESIDENT
        return person_name(whose)
    if ":" in sentence[:45] and (entry := _NAME_TOPIC_QUOTE_RE.match(sentence)):
        known = find_known_speaker(entry.group("who"))
        if known is not None and known.official:
            return known.name
    if (
        report
        and (aside := _EN_AS_FOLLOWS_RE.match(masked) or _EN_AS_INVERTED_RE.match(masked))
        and (named := _person_or_own_post(aside.group("who").strip())) is not None
    ):
        return named
    fallback: Sayer = None
    opening = _ACCORDING_RE.search(masked, 0, _ACCORDING_AT)
    if opening and not _ACCORDING_PRONOUN_RE.search(masked, 0, opening.end() + 12):
        # "По словам дипломата, ... лидеры утверждали, что ...": the sentence opens by saying
        # whose words it gives; verbs further on are inside them.
        span = _words_after(sentence[opening.end() :])
        found = (person_name(span) or _reference(span)) if span else None
        if found is Ref.SOMEONE:
            # "According to TASS, Lavrov said ...", "По информации ТАСС, Лавров заявил ...": an
            # outlet or a body relays the words; the sentence's own verb says whose they are
            # (as after «По данным РИА Новости, ...» or «Как сообщает ТАСС, ...»).
            fallback = found
        elif found:
            return found
        if not span and (aide := _president_aide(sentence[opening.end() :])):
            return aide
    if may_hold(masked[:_ACCORDING_AT], _POSSESSIVE_VIEW_ANCHORS) and (
        view := _POSSESSIVE_VIEW_RE.match(masked)
    ):
        # "In Lavrov's view, ...", "In the minister's opinion, ...": whose words it gives.
        whose = view.group("whose")
        found = person_name(whose) or _reference(whose)
        if found is not None:
            return found
    if (pronoun := _ACCORDING_PRONOUN_RE.search(masked, 0, _ACCORDING_PRONOUN_AT)) and (
        not masked[: pronoun.start()].strip(_OPENING_PUNCTUATION)
    ):
        # "По его словам, альянс добавил ... фонд", "According to her, the side noted ...":
        # the sentence opens by saying whose words it gives; verbs further on are inside them.
        return Ref.PRONOUN
    if _ELIDED_SUBJECT_RE.match(masked):
        # "He praised the talks. And called the sanctions unacceptable.", «И назвал санкции
        # неприемлемыми»: a sentence that goes on with the last one's subject.
        return Ref.PRONOUN
    # "..., reiterated by Russian President Putin": a passive participle says nothing itself
    # (a passive sentence, "was stated by X", is read above).
    verbs = [
        v
        for v in _SAY_RE.finditer(masked)
        if not _BY_AFTER_RE.match(masked, v.end())
        and not (_PASSIVE_BEFORE_RE.search(masked, 0, v.start()) and v.group() != "asked")
        and not _took_questions(masked, v)
        and not _asked_clause(masked, v)
        and not _hedged(masked, v)
        and not _not_said(masked, v)
    ]
    if len(verbs) > 1 and (clause := _OPENING_TIME_CLAUSE_RE.match(masked)):
        # "When interviewer Ryan Chilcott said ..., Peskov replied: “...”": a verb inside an
        # opening clause of time is not the sentence's; the one after its comma is.
        main = [v for v in verbs if v.start() >= clause.end()]
        verbs = main or verbs
    if len(verbs) > 1 and (
        _closing(sentence, masked, verbs[-1]) or _closing_after_subject(sentence, masked, verbs[-1])
    ):
        # "Керри говорит, что ..., напомнила журналистка", "Putin stressed that ..., Ushakov
        # said.": the attribution that closes the sentence says whose words it all is; the
        # verbs before it are inside them.
        closing = _sayer_of(sentence, verbs[-1], masked, report=report) or Ref.SOMEONE
        if closing is Ref.SOMEONE:
            # "Kremlin spokesperson Dmitry Peskov stated that ..., says European Pravda.": an
            # outlet closing the sentence relays what the one named before it said.
            for say in verbs[:-1]:
                named = _sayer_of(sentence, say, masked, report=report)
                if isinstance(named, str) and not _outlet_report(say, named):
                    return named
        return closing
    relayed_by_body = fallback is Ref.SOMEONE  # "According to the UN Secretariat, ..."
    # An unknown surname's verb of saying ("Mr Fedotov said ..."): the verbs after it are in
    # what he said.
    named_someone = False
    # Verbs inside a quote are the quoted person's own words, not the report's.
    for say in verbs:
        if named_someone:
            # "Mr Fedotov said Russian President Vladimir Putin had condemned the killing":
            # Putin's verb is inside Fedotov's words (whom the page's full name resolves).
            break
        if _WRITE_RE.fullmatch(say.group()) and not (
            _closing(sentence, masked, say)
            or _CLAUSE_OPEN_RE.match(masked[say.end() :])
            or _subject_after_quote(sentence, masked, say)
        ):
            continue  # "он написал 214 постов": writing something is not saying it
        sayer = _sayer_of(sentence, say, masked, report=report)
        if isinstance(sayer, str) and _outlet_report(say, sayer):
            continue
        if isinstance(sayer, str):
            return sayer
        if sayer is Ref.SOMEONE and (relayed := _relayed_sayer(sentence, masked, say)):
            return relayed
        if sayer is Ref.SOMEONE and _SURNAME_BEFORE_RE.search(masked, 0, say.start()):
            named_someone = True
        if (
            relayed_by_body
            and sayer in (Ref.PRONOUN, Ref.OWN_POST, Ref.AIDE)
            and (_closing(sentence, masked, say) or _closing_after_subject(sentence, masked, say))
        ):
            # "According to the UN Secretariat, the Ukrainian leader will attend ..., he said.":
            # the closing attribution is whose words these are; the body is his source.
            return sayer
        fallback = fallback or sayer
    if fallback is not None:
        return fallback
    if _ACCORDING_PRONOUN_RE.search(masked):
        return Ref.PRONOUN
    if match := _ACCORDING_RE.search(masked):
        after = sentence[match.end() :]
        span = _words_after(after)
        if not span and (former := _FORMER_POST_RE.match(after)):
            # "According to former Russian President Dmitry Medvedev, ...": a former post
            # names no one of its own, but the name after it does.
            return person_name(_words_after(after[former.end() :]))
        return person_name(span) or _reference(span) if span else None
    if (began := _BEGAN_AFTER_QUOTE_RE.search(sentence)) and sentence.lstrip()[:1] in _QUOTE_OPEN:
        # '"Dear colleagues," Lavrov began.': beginning to speak, after the words.
        who = began.group("who") or began.group("who2")
        return person_name(who) or _reference(who)
    return _named_after_quote(sentence, masked) or _signed(masked)


# A clause of time opening a sentence, to its comma: "When the host said ..., ", «Когда
# журналист спросил ..., ».
_OPENING_TIME_CLAUSE_RE = re.compile(
    r"^\W*(?:when|after|once|as soon as|когда|после того,?\s+как)\s[^,;:«»\"“”]{3,200}?,",
    re.IGNORECASE,
)


# A sentence opening on "And"/"But" (И, А, Но) right before its verb of saying: its subject
# is the one of the sentence before, left out.
_ELIDED_SUBJECT_RE = re.compile(
    rf"^\W*(?:and|but|и|а|но)\s+(?:(?:also|then|также|затем|тоже|еще|ещё)\s+)?"
    rf"(?:{_SAY_WORDS})(?![\w-])",
    re.IGNORECASE,
)


# '"...," Lavrov began.', '«...», — начал Песков.': who began, after a quote and its comma,
# at the sentence's end.
_BEGAN_AFTER_QUOTE_RE = re.compile(
    r"[\"”»’],?\s*(?:[–—-]\s*)?(?P<who>[A-ZА-ЯЁ][^.!?\"”«»]{0,60}?|(?:the|he|she)\s?[^.!?\"”«»]"
    r"{0,60}?)\s+began\s*[.!]?$"
    r"|[\"”»’],?\s*(?:[–—-]\s*)?начал[аи]?\s+(?P<who2>[^.!?\"”«»]{2,60}?)\s*[.!]?$"
)


def _outlet_report(say: re.Match[str], sayer: str) -> bool:
    """ "The Wall Street Journal reported that ...": "reported" names a sayer only when it is a
    person of our table ("Lavrov also reported that he discussed ..."); an outlet's report, or
    anyone else's, is not read as their words."""
    return say.group().lower() == "reported" and find_known_speaker(sayer) is None


# Hearsay: words an outlet says someone "allegedly" said are not theirs to quote.
_HEARSAY_ANCHORS = ("якобы", "будто", "вроде бы")
# A verb of saying right after a hedge: "reports Trump allegedly told the G7 ...", «Трамп
# якобы заявил»: the reporter does not vouch for those words, so they name no sayer. Not
# "reportedly": "Bogdanov reportedly said, according to Russian media: “...”" relays words
# other outlets carried as his (an agency's, not a rumour's).
_HEDGES = frozenset({"allegedly", "supposedly", *(a for a in _HEARSAY_ANCHORS if " " not in a)})


# A capitalised surname after an honorific right before a verb ("Mr Fedotov said"): a person
# the table may not know (never a place or a body: "Moscow sees no change ...").
_SURNAME_BEFORE_RE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr)\.?\s+[A-Z][a-z'’-]{2,}\s+$")


def _hedged(masked: str, say: re.Match[str]) -> bool:
    before = masked[max(0, say.start() - 16) : say.start()].split()
    return bool(before) and before[-1].lower() in _HEDGES


# A verb of saying in the perfect under "not", or under "not yet": "Trump has not yet commented
# on the talks", "hasn't responded", «Кремль пока не прокомментировал ...». Nothing was said,
# so the subject is no sayer ("did not rule out", «не стал комментировать», "declined to
# comment" say something and are verbs of their own).
_NOT_YET_RE = re.compile(
    r"(?<![\w-])(?:(?:has|have|had)\s+not|(?:has|have|had)n[’']t|not\s+yet|never)"
    r"(?:\s+yet)?(?:\s+(?:publicly|officially))?\s+$"
    r"|(?<![\w-])(?:пока|ещ[её]|так\s+и|никак)\s+не\s+$",
    re.IGNORECASE,
)


def _not_said(masked: str, say: re.Match[str]) -> bool:
    """Whether the verb says that nothing was said (yet): see _NOT_YET_RE."""
    return _NOT_YET_RE.search(masked, max(0, say.start() - 32), say.start()) is not None


# "Ранее РУСАРМИНФО сообщило, что ...", "Общественная служба новостей сообщала, что ...": an
# outlet's report verb opening a clause that gives someone's words.
_RELAY_VERB_RE = re.compile(r"(?:сообщ(?:ил|ал)|писал|передал)(?:о|а|и)?", re.IGNORECASE)
_RELAY_THAT_RE = re.compile(r",\s+что\s+", re.IGNORECASE)


def _relayed_sayer(sentence: str, masked: str, say: re.Match[str]) -> str | None:
    """The person whose words an unnamed outlet's report relays: "Ранее РУСАРМИНФО сообщило,
    что ... Мария Захарова заявила в Баку, что ...", "Общественная служба новостей
    сообщала, что Рябков заявил, что ...": the clause after "сообщило, что" names its own
    sayer, who said what it gives (never with "якобы": the outlet's hearsay)."""
    if not _RELAY_VERB_RE.fullmatch(say.group()) or may_hold(masked, _HEARSAY_ANCHORS):
        return None
    that = _RELAY_THAT_RE.match(masked, say.end())
    if that is None:
        return None
    inner = sentence_sayer(sentence[that.end() :], masked[that.end() :])
    return inner if isinstance(inner, str) else None


# "Our relations have sunk to their lowest point — Putin.": a statement signed with its
# speaker's name after a dash (a news site's list of what someone said).
_SIGNED_RE = re.compile(r"\s[–—]\s*(?P<name>[^\W\d_][^–—,;:]{1,38}?)[.!]?\s*$")
#: A signed statement has at least this many words before its dash (not "Москва — Путин").
_SIGNED_WORDS = 4


def _signed(masked: str) -> str | None:
    """The known official whose name alone closes a statement after a dash."""
    if "—" not in masked and "–" not in masked:
        return None
    match = _SIGNED_RE.search(masked)
    if not match or len(masked[: match.start()].split()) < _SIGNED_WORDS:
        return None
    words = match.group("name").split()
    if not all(word[:1].isupper() for word in words):
        return None
    name = person_name(match.group("name"))
    return name if name and is_known_official(name) else None


def has_say_verb(text: str) -> bool:
    """Whether a text holds a verb of saying ("said", "заявил", "сказав")."""
    return _SAY_RE.search(text) is not None


# "I, Margarita Simonyan, ...", "Я, Анна Петрова, ...", "My name is ...": a speaker who
# introduces themself.
_SELF_NAMED_RE = re.compile(
    r"(?<![^\W\d_])(?:I|Я)\s*,\s*(?P<a>[^\W\d_][^,;:.!?]{2,40}?)\s*,"
    r"|(?<![^\W\d_])(?:my name is|меня зовут)\s+(?P<b>[^,;:.!?]{3,40})",
    re.IGNORECASE,
)

_SELF_NAMED_ANCHORS = (",", "name", "меня")


def self_named(paragraph: str) -> str | None:
    """The person who introduces themself in a paragraph, outside quotes ("..., and I,
    Margarita Simonyan, editor-in-chief of ..."): whose words the paragraph is."""
    # Masking only blanks characters out: a match needs a comma or "name"/"меня" in the text.
    if not may_hold(paragraph, _SELF_NAMED_ANCHORS):
        return None
    masked = mask_quotes(paragraph)
    for match in _SELF_NAMED_RE.finditer(masked):
        span = match.group("a") or match.group("b") or ""
        words = span.split()
        capitalised = 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words)
        if capitalised and (name := person_name(span)):
            return name
    return None


def addresses(paragraph: str, speaker: str) -> bool:
    """Whether a paragraph speaks to ``speaker`` by first name and patronymic ("Sergey
    Viktorovich, we will start right away", "Сергей Викторович, ..."): someone else's words."""
    forms = _address_forms(speaker)
    # Most paragraphs hold no first name and patronymic at all: tested before the patterns.
    plain = label_key(paragraph)
    if not forms or not any(form in plain for form in forms):
        return False
    key = label_key(mask_quotes(paragraph))
    return any(re.search(rf"(?:^|[.!?]\s+|,\s*){re.escape(form)}\s*[,!]", key) for form in forms)


@lru_cache(maxsize=256)
def _address_forms(speaker: str) -> frozenset[str]:
    """A known speaker's first name and patronymic forms ("сергей викторович")."""
    known = next((s for s in KNOWN_SPEAKERS if s.name == speaker), None)
    if known is None:
        return frozenset()
    return frozenset(" ".join(a.split()[:2]) for a in known.aliases if len(a.split()) == 3)


def speaks_for_self(text: str) -> bool:
    """Whether words say who speaks is a person: "I", "my", "we", "our", «я», «наш» ...
    ("US" is the United States)."""
    return any(found.group() != "US" for found in _SPEAKS_FOR_SELF_RE.finditer(text))


def first_person(text: str) -> bool:
    """Whether a text says "I" or "we" outside quotes."""
    return _FIRST_PERSON_RE.search(mask_quotes(text)) is not None


# Each known person by canonical name.
_KNOWN_BY_NAME = {speaker.name: speaker for speaker in KNOWN_SPEAKERS}


def mentions(text: str, name: str) -> int:
    """How often ``text`` names the person (a known one by any form, another by surname)."""
    key = label_key(text)
    # Most paragraphs never name the person: a substring test rules them out before the
    # pattern of every form is run over the whole paragraph.
    if not any(anchor in key for anchor in _name_anchors(name)):
        return 0
    return len(_name_re(name).findall(key))


def mentions_by_surname(text: str, name: str) -> int:
    """How often ``text`` names the person by surname alone, as one the table does not hold
    (a known person whose surname others share is named only in full by :func:`mentions`;
    once a page is known to be about him, "Kozak told reporters" is he)."""
    key = label_key(text)
    forms = _surname_forms(name)
    if not any(form in key for form in forms):
        return 0
    return len(_forms_re(forms).findall(key))


@lru_cache(maxsize=4096)
def _name_forms(name: str) -> tuple[str, ...]:
    known = _KNOWN_BY_NAME.get(name)
    if known:
        return tuple(known.aliases)
    return _surname_forms(name)


@lru_cache(maxsize=1024)
def _surname_forms(name: str) -> tuple[str, ...]:
    words = name.split()
    surname = label_key(words[-1])
    if len(words) >= 2 and surname.isascii() and surname.isalpha():
        # Someone the table does not hold, named in Latin letters, is named on a Russian page
        # by his surname in any case ("с послом ... Владимиром Тюрденевым").
        forms: tuple[str, ...] = surname_forms_of_latin(words[0], words[-1])
        if _SOFTENED_RE.search(surname):
            # "Dyakov", "Grigoryev": the "y" may stand for a soft sign («Дьяков», «Григорьев»).
            forms = (*forms, *(_SOFT_SIGN_RE.sub("ь", form, count=1) for form in forms))
        return (surname, *dict.fromkeys(forms))
    return (surname,)


# A consonant, "y" and a vowel in a Latin surname: a soft sign before an iotated vowel.
_SOFTENED_RE = re.compile(r"[bdfgklmnprstvz]y[aeou]")
# Where a soft sign goes in the Cyrillic spelt back: between a consonant and я, ю, е, ё.
_SOFT_SIGN_RE = re.compile(r"(?<=[бвгдзклмнпрстф])(?=[яюеё])")


@lru_cache(maxsize=1024)
def _name_re(name: str) -> re.Pattern[str]:
    return _forms_re(_name_forms(name))


@lru_cache(maxsize=1024)
def _forms_re(forms: tuple[str, ...]) -> re.Pattern[str]:
    """Any of a name's forms as a whole word, the longest first."""
    alternatives = "|".join(map(re.escape, sorted(forms, key=len, reverse=True)))
    return re.compile(rf"(?<![^\W\d_])(?:{alternatives})(?![^\W\d_])")


@lru_cache(maxsize=1024)
def _name_anchors(name: str) -> tuple[str, ...]:
    """Forms of the name such that every form contains one ("лавров" for "с. лаврову"): a
    text without any of them names the person by no form."""
    anchors: list[str] = []
    for form in sorted(_name_forms(name), key=len):
        if not any(anchor in form for anchor in anchors):
            anchors.append(form)
    return tuple(anchors)
