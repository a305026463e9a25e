"""Reported speech: whose words a news story gives, sentence by sentence, and who a headline
says is speaking.

A news story has no labels: it quotes people in its narration ("..., Lavrov said", "Peskov
stressed that ...", "«...», — заявила Захарова", "По словам дипломата, ..."). A sentence whose
verb of saying names a person belongs to that person; "he said" refers back to the last person
named, and "the Russian minister", "официальный представитель МИД" to the last known official
named (or the page's speaker); a quote with no verb goes on with the words of the one quoted
before it; "Об этом заявила X" gives the sentences before it to X too. Narration that names no
speaker ("Putin visited Mongolia on Monday") is the reporter's: its speaker is unknown, and so is
a quote after a verb whose subject names no one we know ("The Finnish minister said:", "the
Kremlin said"). A person is named by a known name in any form or by a first name and surname.

These rules apply only to a page written as a report: its narration speaks of its main speaker
in the third person and hardly ever says "I" or "we" outside quotes (an official's own remarks
do, and there "as the President said" is a reference, not a change of speaker).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from retrieval.patterns import may_hold
from retrieval.russian_names import is_first_name_form, nominative, surname_cases
from retrieval.speakers import (
    KNOWN_SPEAKERS,
    find_known_speaker,
    is_known_official,
    is_post_word,
    is_russian_official,
    known_label_forms,
    person_name,
)
from retrieval.text import QUOTED_RE, SPEECH_QUOTE_WORDS, has_cyrillic, label_key, quote_spans
from retrieval.transcript._lines import LABEL_RE, site_talk
from retrieval.transcript._named_again import (
    _ACCORDING_OPENING_ANCHORS,
    _ACCORDING_OPENING_RE,
    _chamber_speaker_by_post,
    _foreign_posts_again,
    _names_and_patronymics,
    _national_posts,
    _one_person,
    _post_named_next,
    _posted_in_russian,
    _posted_names,
    _posted_sayer,
    _posts_named_before,
    _regional_head_by_post,
    _russian_national_posts,
    _surname_keys,
    _surnames_again,
    _word_key,
)
from retrieval.transcript._page_sayers import (
    _BACK_REFERENCE_RE,
    _INTERVIEW_RE,
    _QUOTES_FROM_RE,
    _SENTENCE_END_RE,
    _conversation_partners,
    _name_line,
    _report_sayers,
    _sentences,
    presidents_named,
)
from retrieval.transcript._quote_marks import _INTERRUPTION_RE, mask_quotes
from retrieval.transcript._quote_runs import (
    _attributed_below,
    _continued_quote_end,
    _has_quote_marks,
    _open_quote_goes_on,
    _quote_tails,
    _quoted_between,
    _spans,
    all_quote,
)
from retrieval.transcript._reader import (
    _english_gender,
    _gender_of,
    _named_in_nominative,
    _Reader,
    _verb_gender,
)
from retrieval.transcript._references import (
    _LONG_SERVING_PRESIDENTS,
    _OWN_SIDE_WORDS,
    _POST_OF_WORDS,
    _PRESIDENT_WORDS,
    _PRESIDENTS,
    _RUSSIAN_PRESIDENTS,
    Ref,
    Sayer,
    _is_post_noun,
    _key,
    _names_post,
    _reference,
)
from retrieval.transcript._say_verbs import _SAY_RE, _SAY_WORDS
from retrieval.transcript._sentence_sayer import (
    _FIRST_PERSON_RE,
    _SPEAKS_FOR_SELF_RE,
    first_person,
    has_say_verb,
    mentions,
    sentence_sayer,
)
from retrieval.transcript._sizing import sentence_spans
from retrieval.transcript._subjects import (
    _AS_OPENING_RE,
    _HONORIFICS,
    _NAME_WORDS,
    _PLACE_PHRASE_RE,
    _QUOTE_CLOSE,
    _QUOTE_OPEN,
    _full_names,
    _known_subject_last,
    _little_after,
)

# "Hakan Fidan said this in a press release": as "This was stated by X" (not "said this week":
# only a stop or a word of where, when or to whom follows).
_SAID_THIS_RE = re.compile(
    r"(?<![\w-])(?:said|stated|wrote|noted|announced)\s+this(?=\s*(?:[.,;]|$)|\s+(?:in|on|at|"
    r"during|after|while|when|to|ahead|before|via)\s)"
)


# A sentence about the moderator: "Модератором сессии стал ...", "moderated by ...".
_MODERATOR_RE = re.compile(r"(?<![^\W\d_])(?:модер[ауи]\w*|moderat\w*)", re.IGNORECASE)


def _moderator(paragraphs: list[str]) -> str | None:
    """The one person (not a known official) that the sentences about a session's moderator
    name in full ("Модератором сессии стал журналист Надим Котеич", "moderated by Andrey
    Kondrashov"): whom "сказал модератор" names; None if not exactly one."""
    found: set[str] = set()
    for _, masked in _sentences(paragraphs):
        if _MODERATOR_RE.search(masked):
            found |= {n for n in _full_names(masked) if not is_known_official(n)}
    return found.pop() if len(found) == 1 else None


@dataclass(slots=True)
class Segment:
    """Sentences ``start:end`` of paragraph ``paragraph``, said by ``speaker`` (None: the
    reporter's narration)."""

    paragraph: int
    start: int
    end: int
    speaker: str | None


#: Quoted words in a sentence of narration without a verb of saying are speech when they are
#: at least a third as many as the narration's words; fewer are a term or a nickname.
_TERM_SHARE = 3


# A Russian verb in the plural right before a sentence's first quote mark: "рассчитывают",
# "считают", "надеются", "назвали".
_PLURAL_VERB_BEFORE_QUOTE_RE = re.compile(
    r"(?<![^\W\d_])[а-яё]{3,}(?:ют|ят|ются|ятся|[аеиыуя]ли)\s*$", re.IGNORECASE
)


# An English plural subject opening a sentence: "The two", "Both sides", "The ministers" (not
# "They": it opens many a quote going on).
_PLURAL_SUBJECT_RE = re.compile(
    r"^\W*(?:both(?:\s+(?:sides|men|leaders|ministers|diplomats))?|the\s+two"
    r"|the\s+(?:sides|parties|leaders|ministers|diplomats|officials|envoys))\s+",
    re.IGNORECASE,
)


def _plural_before_quote(sentence: str) -> bool:
    """Whether a sentence of narration leads into its first quote with a Russian plural verb
    ('В МИД РФ рассчитывают "..."') or after an English plural subject ('The two “expressed
    concern ...”'): the quote is many people's, never one person's."""
    at = next((i for i, char in enumerate(sentence) if char in _QUOTE_OPEN), -1)
    return at > 0 and (
        _PLURAL_VERB_BEFORE_QUOTE_RE.search(sentence[:at]) is not None
        or _PLURAL_SUBJECT_RE.match(sentence[:at]) is not None
    )


# A sentence whose subject is Russia itself: "Moscow expects ...", «Россия надеется ...»,
# «Российская сторона рассчитывает ...».
_OWN_COUNTRY_SUBJECT_RE = re.compile(
    r"^\W*(?:moscow|russia|the russian side|москва|россия|российская сторона|рф)\s+"
    r"(?:also\s+|также\s+|still\s+|по-прежнему\s+)?[^\W\d_]+",
    re.IGNORECASE,
)


def own_country_subject(sentence: str) -> bool:
    """Whether a sentence speaks with Russia itself as its subject ("Moscow expects that
    ..."): on a list of a Russian official's statements, one more of his, not someone else's
    words."""
    return _OWN_COUNTRY_SUBJECT_RE.match(sentence) is not None


_LETTER_RE = re.compile(r"[^\W\d_]")


def _speech_quote(text: str, masked: str, *, lenient: bool = False) -> bool:
    """A sentence that is (or holds) someone's quoted words, not a quoted name or term
    (``lenient``: on a digest's topic line, any quote of four words or more is speech)."""
    if not re.search(r"[^\W\d_]", masked) or text.lstrip("—–- ")[:1] in _QUOTE_OPEN:
        return True
    quotes = [
        match.group()
        for match in QUOTED_RE.finditer(text)
        if len(match.group().split()) >= SPEECH_QUOTE_WORDS
        and not _named_thing(text, match.start())
    ]
    # A phrase quoted inside a longer sentence of narration with no verb of saying is a term
    # or a nickname ("earning him the moniker “herald of the apocalypse”"), not speech.
    if lenient:
        return bool(quotes)
    return bool(quotes) and sum(len(q.split()) for q in quotes) * _TERM_SHARE >= len(masked.split())


# Nouns before the quoted name of a thing: "программа «Итоги года с Владимиром Путиным»".
_NAMING_NOUNS_RE = re.compile(
    r"(?<![^\W\d_])(?:программ\w*|передач\w*|фильм\w*|книг\w*|газет\w*|журнал\w*|"
    r"издани\w*|форум\w*|марафон\w*|проект\w*|операци\w*|конференци\w*|фестивал\w*|"
    r"парти\w*|компани\w*|радиостанци\w*|телеканал\w*|агентств\w*|статья|стать\w+|"
    r"programme|program|show|film|book|newspaper|magazine|forum|festival|party|company|"
    r"operation|campaign|project|article|report|series)\s*$",
    re.IGNORECASE,
)


def _inside_named_thing(paragraph: str, at: int, end: int) -> bool:
    """Whether the sentence from ``at`` to ``end`` starts inside a quote opened before it that
    names a thing, and quotes nothing else ("программы «Пера. Путь героя»": the sentence cut
    split the name; '... "Москва. Кремль. Путин". Прямая речь: "..."' quotes speech after it)."""
    if all(paragraph.find(mark, 0, at) < 0 for mark in '«“"'):
        return False  # (most sentences: no quote opened before them)
    spans = quote_spans(paragraph)
    inside = any(start < at < stop and _named_thing(paragraph, start) for start, stop in spans)
    return inside and not any(at <= start < end for start, _ in spans)


def _named_thing(text: str, at: int) -> bool:
    """Whether the quote at ``at`` is a name of a thing after its noun ("программа «...»",
    "the programme “...”"), not anyone's words."""
    return _NAMING_NOUNS_RE.search(text[max(0, at - 40) : at]) is not None


def _other_gender_says(text: str, speaker: str) -> bool:
    """Whether a sentence's "she said" / «сказала» gives a sayer of the other gender than
    ``speaker``'s (whose gender the name says)."""
    gender = _english_gender(text) or _verb_gender(text)
    return gender is not None and _gender_of(speaker) not in (gender, None)


# A sentence giving background from before the story's event: "Ранее ...", "Earlier, ...".
_ASIDE_RE = re.compile(
    r"^\W*(?:ранее|прежде|до этого|earlier|previously|before that)(?![^\W\d_])", re.IGNORECASE
)


#: A link to another story set between a story's paragraphs has at most this many words.
_LINK_LINE_WORDS = 16


def _link_line(paragraph: str) -> bool:
    """Whether a paragraph inside a story is a link to another one: a headline's line, with no
    closing mark ("Владимир Джабаров рассказал, на каких условиях могут работать ЧВК в
    России" between two paragraphs on Peskov). Whom it names is no "он" of the story."""
    text = paragraph.strip()
    return (
        "\n" not in text
        and text[-1:].isalnum()
        and len(text.split()) <= _LINK_LINE_WORDS
        and not text.startswith(("«", '"', "“", "„", "—", "–", "-"))
    )


def _aside(sentence: str) -> bool:
    """Whether a sentence gives background from before the story (:data:`_ASIDE_RE`)."""
    return _ASIDE_RE.match(sentence) is not None


# A speaker's name on a line of its own under what they said, after a dash or before their
# post: "Мария Захарова, пресс-секретарь МИД РФ", "— Мария Захарова".
_SIGNATURE_RE = re.compile(
    r"^(?P<dash>[—–-]\s*)?(?P<name>[A-ZА-ЯЁ][\w.'’-]*(?:\s+[A-ZА-ЯЁ][\w'’-]+){0,2})"
    r"(?:,\s*(?P<post>[^.!?,]{2,80}))?$"
)


# A chair's post under a signature: "Валентина Матвиенко, Председатель СФ".
_CHAIR_WORDS = frozenset("председатель chairman chairwoman chairperson".split())


def _signatures(paragraphs: list[str], all_sayers: list[list[Sayer]]) -> None:
    """A paragraph that names no sayer, signed by the next one ("Они просто настолько
    заигрались ..." / "Мария Захарова, пресс-секретарь МИД РФ"): the signer's words, and the
    signature too. A name alone on its line may label what follows instead: not read so.
    Updates ``all_sayers`` in place."""
    for number in range(1, len(paragraphs)):
        found = _SIGNATURE_RE.match(paragraphs[number].strip())
        if not found or not (found.group("dash") or found.group("post")):
            continue
        post = found.group("post")
        if post and not any(
            _names_post(key) or key in _CHAIR_WORDS for key in map(_key, post.split())
        ):
            continue
        name = person_name(found.group("name"))
        if name is None or any(sayer is not None for sayer in all_sayers[number - 1]):
            continue
        all_sayers[number - 1] = [name] * len(all_sayers[number - 1])
        all_sayers[number] = [name] * len(all_sayers[number])


def _opening_subject(masked: str) -> str | None:
    """The known person a sentence of narration opens with as its subject, or None: a name in
    the nominative followed by a lower-case word, its verb ("Путин предложил Керри ..." is
    Putin's act; "Путину предложили ..." and "Putin's aide ..." name no subject)."""
    if clause := _OPENING_CLAUSE_RE.match(masked):
        # "Since the Russian army entered Ukraine, Medvedev has turned ...", «Когда встреча
        # закончилась, Лавров уехал»: the subject after a clause of time opening the sentence
        # (not one inside it: "After Medvedev arrived, the Kremlin kept silent").
        return _opening_subject(masked[clause.end() :])
    words = masked.split()
    for end in range(1, min(len(words), 7)):
        verb_here = words[end][:1].islower() and not words[end - 1][:1].islower()
        if verb_here and (subject := _known_subject_last(" ".join(words[:end]))):
            return subject
        if (
            words[end - 1].endswith(",")
            and _key(words[end]) in _RELATIVE_OPENERS
            and (subject := _known_subject_last(" ".join(words[:end]).rstrip(",")))
        ):
            # "Ulyanov, who later deleted his tweet, felt misunderstood": the name before a
            # relative clause set off by commas.
            return subject
    return None


_RELATIVE_OPENERS = frozenset({"who", "который", "которая"})

# A short phrase of time or of the telling that opens a sentence before its subject, up to its
# comma: "By the way,", "In January of this year,", "Meanwhile,", «Кстати,», «В январе,».
_OPENING_PHRASE_RE = re.compile(
    r"^\W*(?:by the way|meanwhile|incidentally|at the same time|in (?:[a-z]+\s+){0,3}?"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|(?:19|20)\d\d)(?:\s+(?:of\s+)?(?:this|last|that)\s+year)?|кстати|между тем|"
    r"при этом|в\s+(?:январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|"
    r"ноябре|декабре)(?:\s+(?:этого|прошлого|того)\s+года)?),\s+",
    re.IGNORECASE,
)


def _after_opening_phrases(sentence: str) -> str:
    """A sentence without the phrases of time or telling that open it before its subject
    (:data:`_OPENING_PHRASE_RE`, two at most)."""
    for _ in range(2):
        found = _OPENING_PHRASE_RE.match(sentence)
        if found is None:
            break
        sentence = sentence[found.end() :]
    return sentence


# A clause of time or concession opening a sentence, up to its comma.
_OPENING_CLAUSE_RE = re.compile(
    r"^\W*(?:since|when|after|while|although|though|before|once|until|"
    r"когда|после\s+того\s+как|хотя|пока|как\s+только)\s[^,;:.!?]{1,120},\s+",
    re.IGNORECASE,
)


#: A post before a name that opens a sentence has at most this many words ("Official
#: representative of the Russian Foreign Ministry"; "Пресс-секретарь президента РФ").
_POSTED_OPENING_WORDS = 7


def _post_opening_word(key: str) -> bool:
    """A word of a post that opens a sentence before the name ("Пресс-секретарь", "главы")."""
    return (
        _names_post(key)
        or key in _OWN_SIDE_WORDS
        or key in _PRESIDENT_WORDS
        or key in _POST_OF_WORDS
    )


def _posted_opening_subject(masked: str) -> str | None:
    """The known person a sentence of narration opens with after their post, as its subject
    ("Пресс-секретарь президента Дмитрий Песков рекомендовал ...", "Russian Foreign Minister
    Sergey Lavrov met ..."): the page's "представитель Кремля" after it is this one."""
    words = masked.split()
    post = 0
    while post < min(len(words), _POSTED_OPENING_WORDS) and _post_opening_word(_key(words[post])):
        post += 1
    if post == 0 or not any(_names_post(_key(word)) for word in words[:post]):
        return None
    for end in range(post + 1, min(len(words), post + 4)):
        if words[end][:1].islower():
            if not all(word[:1].isupper() for word in words[post:end]):
                return None
            # (Past the post's country: "Госсекретарь США Энтони Блинкен провел ...".)
            for start in range(post, end):
                if known := find_known_speaker(" ".join(words[start:end])):
                    return known.name
            return None
    return None


# A word of time that may open a sentence of narration before its subject ("Ранее глава ...",
# "Earlier, Rosatom head ...").
_TIME_OPENING_WORDS = frozenset(
    "ранее накануне позднее позже затем тогда earlier later previously".split()
)
# A Russian verb in the past tense: what follows a narration sentence's subject ("поблагодарил",
# "встретилась").
_RU_PAST_VERB_RE = re.compile(r"[а-яё]{2,}(?:л|ла|ло|ли)(?:ся|сь)?")
# An English one ("thanked", "met"), and words that open a clause: neither stands in a post.
_EN_PAST_VERB_RE = re.compile(
    r"[a-z]{2,}ed|met|went|took|gave|made|held|sent|left|came|said|spoke|wrote|told"
)
_CLAUSE_WORDS = frozenset(
    "что чтобы как когда если и а но который которая которые that and".split()
)
_RU_NAME_WORD_RE = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?")
_EN_NAME_WORD_RE = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")


def _named_opening_subject(masked: str) -> str | None:
    """The person named in full, known to the table or not, that a sentence of narration
    opens with as its subject: a word of time, a post, then a first name and a surname (in
    the nominative) and a verb in the past tense ("Ранее глава госкорпорации «Росатом»
    Алексей Лихачев поблагодарил ...", "Earlier, Rosatom head Alexey Likhachev thanked ...");
    None for any other opening ("Ранее Алексею Лихачеву вручили ...", "Ранее стало
    известно, что ...")."""
    words = [word.strip(",") for word in masked.split()]
    russian = has_cyrillic(masked)
    name_re, verb_re = (
        (_RU_NAME_WORD_RE, _RU_PAST_VERB_RE) if russian else (_EN_NAME_WORD_RE, _EN_PAST_VERB_RE)
    )
    at = opening = 1 if words and _key(words[0]) in _TIME_OPENING_WORDS else 0
    # The post: lower-case words in Russian ("глава госкорпорации"), and capitalised ones too
    # in English ("Rosatom head"), up to the name.
    while at < min(len(words), _POSTED_OPENING_WORDS):
        word = words[at]
        if (
            at + 2 < len(words)
            and all(name_re.fullmatch(w) for w in words[at : at + 2])
            and verb_re.fullmatch(words[at + 2])
        ):
            break
        lower = word.islower()
        if (russian and not lower) or _key(word) in _CLAUSE_WORDS or verb_re.fullmatch(word):
            return None
        if not russian and not lower and not word[:1].isupper():
            return None
        at += 1
    name = words[at : at + 2]
    if len(name) < 2 or at + 2 >= len(words) or not verb_re.fullmatch(words[at + 2]):
        return None
    if not all(name_re.fullmatch(word) for word in name):
        return None
    keys = [word.lower() for word in name]
    if russian and (not is_first_name_form(keys[0]) or nominative(keys) != keys):
        return None
    if not russian and not (
        (at > opening and is_post_word(_key(words[at - 1]))) or is_first_name_form(keys[0])
    ):
        # "Earlier, Sunday Express published ...": two capitalised words are a person's name
        # after a post ("Atomstroy head Igor Semenov") or with a first name we know.
        return None
    person = person_name(" ".join(name))
    return person if person is not None and len(person.split()) >= 2 else None


#: A sentence leading into someone's words, unlike a topic's heading ("On military spending:"),
#: has at least this many words.
_LEAD_IN_SENTENCE_WORDS = 8
# A topic's heading over a quote: "On military spending:", "О санкциях:", "Regarding Iran:".
_TOPIC_HEADING_RE = re.compile(r"^\W*(?:on|about|regarding|о|об|про|по)\s", re.IGNORECASE)


def _unnamed_lead_in(paragraph: str, sayers: list[Sayer], main: str | None) -> bool:
    """Whether a paragraph leads into a quote below it with a sentence ending in a colon that
    names no sayer and not the story's main person ("During the press conference, an unknown
    caller reached the MFA spokesperson:"): the words below are someone else's."""
    text = paragraph.strip()
    return (
        text.endswith(":")
        and all(s is None for s in sayers)
        and len(_spans(paragraph)) == 1
        and len(text.split()) >= _LEAD_IN_SENTENCE_WORDS
        and not _TOPIC_HEADING_RE.match(text)
        and not (main and mentions(text, main))
    )


#: A headline's second line stands among a report's first paragraphs (a dek under the title).
_DEK_PARAGRAPHS = 2


def _labelled_deks(paragraphs: list[str], all_sayers: list[list[Sayer]]) -> None:
    """ "Фидан: Турция выразила опасения ...": a line among the first paragraphs, before any
    that names a sayer, with no stop at its end, that opens with a known person's name and a
    colon is a headline's second line quoting them, as a title "Захарова: ..." is theirs.
    Updates ``all_sayers`` in place."""
    for number, paragraph in enumerate(paragraphs[:_DEK_PARAGRAPHS]):
        if any(isinstance(s, str) for before in all_sayers[:number] for s in before):
            return  # (the story has begun: "Мария Захарова: биография ..." is a link's title)
        line = paragraph.strip()
        if "\n" in line or not line or line[-1] in '.!?…»"”':
            continue
        match = LABEL_RE.match(line)
        label = match.group("label").split() if match else []
        # (A name only: "Lavrov to Kishida: ..." is one speaking to another.)
        if not label or len(label) > _NAME_WORDS or any(w[:1].islower() for w in label):
            continue
        if known := find_known_speaker(" ".join(label)):
            all_sayers[number] = [known.name] * len(all_sayers[number])


def attribute(paragraphs: list[str], main_speaker: str | None, title: str = "") -> list[Segment]:
    """Cut a report's paragraphs into stretches by speaker (see the module's rules); ``title``
    is the page's, for the posts it names people with ("Председатель ГД Вячеслав Володин")."""
    president = False
    if main_speaker is not None:
        page = mask_quotes(" ".join(paragraphs))
        # A long-serving president is "the president" of a story about him unless the page
        # calls someone else president ("Президент России Дмитрий Медведев и ... Путин").
        president = _called_president(page, main_speaker) or (
            main_speaker in _LONG_SERVING_PRESIDENTS and not presidents_named(page) - {main_speaker}
        )
    reader = _Reader(main_speaker, _interviewer(paragraphs, main_speaker), president)
    reader.title = title
    reader.moderator = _moderator(paragraphs)
    segments: list[Segment] = []
    continued, all_sayers = _report_sayers(paragraphs)
    # Paragraph -> the sayer whose closing attribution, further down, ends the quote it is in.
    inside_quote = _quoted_between(paragraphs, continued)
    for number, lead in _open_quote_goes_on(paragraphs).items():
        inside_quote.setdefault(number, lead)
    attributed_below = _attributed_below(paragraphs)
    tails = _quote_tails(paragraphs)
    statement_of: str | None = None  # whose statement "the statement" is
    _labelled_deks(paragraphs, all_sayers)
    _national_posts(paragraphs, all_sayers, continued, title)
    _russian_national_posts(paragraphs, all_sayers, continued, title)
    _posts_named_before(paragraphs, all_sayers, continued)
    _post_named_next(paragraphs, all_sayers, continued)
    _foreign_posts_again(paragraphs, all_sayers, continued)
    _signatures(paragraphs, all_sayers)
    _surnames_again(paragraphs, all_sayers, continued, main_speaker)
    _regional_head_by_post(paragraphs, all_sayers, continued, main_speaker)
    _chamber_speaker_by_post(paragraphs, all_sayers, continued, title)
    _names_and_patronymics(paragraphs, all_sayers, continued)
    announced: str | None = None  # who a paragraph ending "He wrote on Telegram:" announced
    headed: str | None = None  # whom a line that is only a name names, over the next paragraph
    listed: str | None = None  # whose statements a heading "Other statements by X:" lists
    for number, paragraph in enumerate(paragraphs):
        spans = _spans(paragraph)
        masked = mask_quotes(paragraph)
        reader.saw(masked)
        reader.paragraph = paragraph
        sayers = all_sayers[number]
        unnamed_lead_in = number > 0 and _unnamed_lead_in(
            paragraphs[number - 1], all_sayers[number - 1], main_speaker
        )
        # "- Украина мстит ... — заявила она.": a line opened by a dash is a quote, its
        # attribution at its end or in the next paragraph that goes on with it.
        line_ends = [_line_end(paragraph, a) for a, _ in spans]
        # ("... сообщает РИА Новости.  — Считаю, что ...": a sentence opened by a long dash
        # after another one is such a quote too.)
        dashed = [
            _DASH_QUOTE_RE.match(paragraph, _line_start(paragraph, a))
            or (a > 0 and _LONG_DASH_QUOTE_RE.match(paragraph, a))
            for a, _ in spans
        ]
        following: list[Sayer] = []
        # (Not a line that leads into the words below it: "— Что вы считаете ...?" / "Путин
        # тогда ... произнес:" names the one who answers, not the one who asked.)
        goes_on = (
            number + 1 < len(paragraphs)
            and not _DASH_QUOTE_RE.match(paragraphs[number + 1])
            and not paragraphs[number + 1].rstrip().endswith(":")
        )
        if goes_on:
            following = all_sayers[number + 1]
        speakers: list[str | None] = []
        explicit: list[bool] = []
        digest_line = _DIGEST_RE.match(paragraph) is not None
        # A link to another story between the story's paragraphs: whom it names acts elsewhere.
        link_line = number > 0 and _link_line(paragraph)
        open_until = _open_quote_end(paragraph)
        # Where each sentence opened inside a quote of an earlier one ends (-1: it did not).
        carried = _carried_quotes(paragraph, spans)
        if continued[number]:
            # "...минимуме." / "Инфляция под контролем, ... сохраним».": the paragraph closes
            # a quote the one before opened; its words up to that mark are quoted too.
            open_until = max(open_until, _continued_quote_end(paragraph))
        if "резидент" in masked or "resident" in masked:
            # Before its quotes are read: "Russian President Vladimir Putin said ... . “...,”
            # the Russian leader said." names the president of this very paragraph.
            reader.presidents |= presidents_named(masked)
        # "Путин встретился с премьер-министром Лаоса Сонсаем Сипхандоном": a post is his as
        # well, whatever the sentence says ("Премьер добавил" may be his).
        for name, post in _posted_in_russian(masked):
            reader.posted.add(name)
            reader.posts.setdefault(name, set()).add(post)
        # (After a question a quote is its answer, not the words of the one the question spoke
        # of: "Poroshenko terminated the Treaty ... What will be the consequences?" then '"The
        # Ukrainian side has notified us ...'.)
        answers = number > 0 and paragraphs[number - 1].rstrip().endswith("?")
        for i, (a, b) in enumerate(spans):
            sayer = _posted_sayer(sayers[i], paragraphs, number, (a, b), reader)
            if sayer is not None:
                said = masked[a:b]
                speaker = (
                    reader.aside(sayer, said)
                    if _aside(said) or link_line
                    else reader.explicit(sayer, said, paragraph[a:b])
                )
                if _ASKED_RE.search(masked[a:b]):
                    # "Simonyan asked if ...": the quote that follows is the answer, the one
                    # asked's when the sentence names them ("спросила у Путина Ситтель").
                    if asked := _asked_one(masked[a:b], speaker):
                        reader.quoting = asked
                    elif speaker != reader.main:
                        reader.quoting = reader.main
                if speaker and (
                    _BACK_REFERENCE_RE.match(masked[a:b]) or _SAID_THIS_RE.search(masked[a:b])
                ):
                    _give_back(segments, speakers, explicit, speaker)
                elif (
                    speaker
                    and speakers
                    and _DASH_ATTRIBUTION_RE.search(paragraph, a, b)
                    and not _has_quote_marks(paragraph)
                ):
                    # "Everything that happened is a provocation. Of course, it cannot but
                    # cause our concern, – he said.": speech with no quote marks, its closing
                    # attribution after a dash; the sentences before it are the same speech.
                    _give_back(segments, speakers, explicit, speaker)
                speakers.append(speaker)
                explicit.append(True)
            elif _inside_named_thing(paragraph, a, b):
                # "программы «Пера. Путь героя»": a name the sentence cut split, no speech.
                speakers.append(None)
                explicit.append(False)
            elif (
                dashed[i]
                or _speech_quote(paragraph[a:b], masked[a:b], lenient=digest_line)
                or a < open_until
                or carried[i] >= 0
            ):
                # A quote is the words of the one its closing attribution names ("...,"
                # Lavrov said); without one, it goes on with the last one quoted.
                if dashed[i]:
                    same_line = [
                        sayers[j] for j in range(i + 1, len(spans)) if line_ends[j] == line_ends[i]
                    ]
                    last_line = line_ends[i] == len(paragraph)
                    later = [*same_line, *(following if last_line else [])]
                    closing = next((s for s in later if s is not None), None)
                    closing_text = masked
                elif a < carried[i] <= b:
                    # The quote an earlier sentence opened closes here, with no one named
                    # ("...», передает ТАСС."): it goes on with the one quoted.
                    closing, closing_text = None, masked
                else:
                    closing, at = _closing_sayer(paragraph, masked, spans, sayers, i)
                    if at < 0 and continued[number]:
                        # "Для них это было удивлением. ... «...»», — сказала Захарова.": the
                        # quote the paragraph before opened closes in a later sentence here.
                        at = _closing_sentence(spans, i, _continued_quote_end(paragraph))
                        closing = sayers[at] if at >= 0 else None
                    if at >= 0:
                        closing = _posted_sayer(closing, paragraphs, number, spans[at], reader)
                    # "the president's adviser said" is read in its own sentence: the
                    # paragraph's other sentences may name the adviser ("Как сообщил Ушаков").
                    closing_text = masked[spans[at][0] : spans[at][1]] if at >= 0 else masked
                if closing is not None:
                    speakers.append(reader.peek(closing, closing_text))
                else:
                    # With no one quoted yet, a paragraph that is all quote, or a digest's
                    # "On X: ..." line, quotes the one the story is about.
                    digest = _DIGEST_RE.match(paragraph) or all_quote(paragraph)
                    opening = digest and not reader.named_anyone
                    going_on = reader.quoting
                    closes_at = _continued_quote_end(paragraph) if continued[number] else -1
                    if (
                        going_on is None
                        and a < closes_at
                        and not paragraph[closes_at + 1 :].strip(" .,;!?…")
                        and not has_say_verb(paragraph[:closes_at])
                        and segments
                        and segments[-1].paragraph == number - 1
                    ):
                        # '"Борьба с коррупцией – это проблема. ...' / 'В Москве акция была
                        # нелегальной. ...".': the quote the paragraph before opened goes on
                        # here to the paragraph's end, the words of whoever that paragraph
                        # ended with (not when narration follows the mark, '..., the organisers
                        # hope.', nor when the paragraph has someone say it: "The mayor said").
                        going_on = segments[-1].speaker
                    if (
                        reader.background is not None
                        and (told := reader.background[0]) is not None
                        and all_quote(paragraph)
                    ):
                        # "Earlier, Lavrov said Moscow and London are ready ..." then a
                        # paragraph that is one quote and names no one: the words bear out
                        # what the background paragraph reported, so they are its sayer's.
                        going_on = reader.explicit(told)
                    if unnamed_lead_in and all_quote(paragraph):
                        # "During the briefing, an unknown caller reached the spokesperson:":
                        # a line ending with a colon that names no sayer leads into someone
                        # else's words, not more of the one quoted before.
                        going_on, opening = None, False
                    if dashed[i] and (guest := _guest_named(paragraphs, number, a)):
                        # "... говорим в эфире с официальным представителем МИД Марией
                        # Захаровой." then "- Многие считали ...": the guest's answer, not more
                        # of the one the lead quoted (a line that asks is the host's).
                        line = paragraph[_line_start(paragraph, a) : line_ends[i]]
                        asking = line.rstrip().endswith("?")
                        going_on = None if asking else reader.explicit(guest)
                    opens = paragraph[a:b].lstrip()[:1] in _QUOTE_OPEN
                    if dashed[i] and not goes_on and _asks_before_answer(paragraphs, number):
                        # "— Не жалеете ли вы ...?" / "Лавров чуть помолчал и ответил:": a dash
                        # line that asks, the line below leading into the answer, is the one
                        # who asked, not more of the one quoted before.
                        going_on = None
                    if dashed[i] and going_on in reader.reporters:
                        # "..., считает спецкор “Ъ” Андрей Колесников" then "— Вот теперь ...":
                        # a reporter's dash line gives someone else's words.
                        going_on = None
                    if not _LETTER_RE.search(paragraph[a:b]):
                        going_on = None  # "2 + 5 =": a comment form's sum, no one's words
                    if _attribution_cut_off(paragraph, b):
                        # '«Именно благодаря вам ...»,—' and the page ends: the sayer the dash
                        # leads to went with the cut (an audience's praise, not the minister).
                        going_on = None
                    if (
                        going_on is None
                        and reader.paragraph_subject is not None
                        and opens
                        and _SPEAKS_FOR_SELF_RE.search(paragraph[a:b])
                    ):
                        # 'Mr Kelin arrived at the Embassy almost four decades after his
                        # father was here. "During his posting, my father wrote a book ..."':
                        # a profile's quote with no verb, saying "I", right after a sentence
                        # about him, is his (and so is the rest of that quote).
                        going_on = reader.explicit(reader.paragraph_subject)
                    if (
                        going_on is not None
                        and reader.acted is not None
                        and reader.acted != going_on
                        and not answers
                        and opens
                        and i == 0
                        and all_quote(paragraph)
                    ):
                        # "Novak also welcomed Trump's appointment of Rex Tillerson ..." then
                        # '"Rex Tillerson is a very famous energy industry specialist ..."':
                        # the narration's subject since the last quote speaks the words it
                        # leads into, not the one quoted before him (Peskov).
                        going_on = reader.explicit(reader.acted)
                    elif (
                        going_on is not None
                        and reader.acted is not None
                        and reader.acted != going_on
                        and not answers
                        and not opens
                        and i == 0
                        and first_person(paragraph[a:b])
                        and not has_say_verb(masked[a:b])
                    ):
                        # "Dmitry Medvedev spoke much more harshly about the islands." then 'We
                        # don't give a damn about the "feelings of the Japanese people" ...': a
                        # paragraph in the first person, its only marks inside it, is the
                        # narration subject's, not more of the one quoted before (Zakharova).
                        going_on = reader.explicit(reader.acted)
                    if going_on and _unclosed_quote_names_another(paragraph, going_on, a):
                        # '“I think we want to commend ..., US State Department spokeswoman
                        # Victoria Nuland stated. I think the question now is ...': a quote the
                        # copy left open names its own sayer inside; it is not more of the one
                        # quoted before.
                        going_on = None
                    if going_on and _other_gender_says(paragraph[a:b], going_on):
                        # '“It’s too much for him,’ she said ...' (marks that do not pair, so
                        # the whole sentence reads as quote): its own "she said" is not the
                        # man quoted before.
                        going_on = None
                    if going_on and opens and mentions(paragraph[a:b], going_on) > 0:
                        # "Mogherini and Lavrov discussed ...": a quote that speaks of the one
                        # quoted before in the third person is someone else's text.
                        going_on = None
                    if going_on and opens is False and _plural_before_quote(paragraph[a:b]):
                        # 'В МИД РФ рассчитывают "определить ..."': many speak the quote
                        # (a plural verb leads into it), not the one person quoted before.
                        going_on = None
                    speakers.append(going_on or (reader.main if opening else None))
                explicit.append(True)
            else:
                speakers.append(None)
                explicit.append(False)
                if link_line:
                    # ("Янукович может подарить украинцам ЕврАзЭс" between two paragraphs on
                    # Karasin: a link's headline, whose subject acts in another story.)
                    continue
                # ("By the way, in January of this year, Deputy head of the Security Council
                # Dmitry Medvedev spoke ...": the subject after the phrases opening it.)
                narration = _after_opening_phrases(masked[a:b])
                if subject := _opening_subject(narration):
                    reader.acting(subject)
                elif subject := _posted_opening_subject(narration):
                    reader.acting(subject, posted=True)
                elif subject := _named_opening_subject(narration):
                    # "Ранее глава «Росатома» Алексей Лихачев поблагодарил Гросси. Он
                    # подчеркнул ...": "он" is the one this sentence is about, for its paragraph.
                    reader.acting(subject, background=_aside(masked[a:b]))
        for i, (a, b) in enumerate(spans):
            if isinstance(speakers[i], str) and _IN_A_STATEMENT_RE.match(masked[a:b]):
                # "In a statement published by the Kremlin, Putin said ...": his statement.
                statement_of = speakers[i]
            elif (
                statement_of
                and sayers[i] is Ref.SOMEONE
                and speakers[i] is None
                and _STATEMENT_READS_RE.search(paragraph[a:b])
            ):
                # '"...," the statement read. "..."': the statement the story said was his,
                # and the quote going on after it.
                speakers[i], explicit[i] = statement_of, True
                for j in range(i + 1, len(spans)):
                    c, d = spans[j]
                    if sayers[j] is not None or paragraph[c:d].lstrip()[:1] not in '"“«':
                        break
                    speakers[j], explicit[j] = statement_of, True
        _after_a_question(paragraph, spans, speakers, reader)
        _close_paragraph(paragraph, spans, speakers, explicit, reader)
        _interrupted_quotes(paragraph, spans, speakers, explicit)
        _lead_before_closing(paragraph, masked, spans, speakers, explicit)
        _relayed_after_colon(paragraph, spans, sayers, speakers, explicit)
        if announced and all(s is None for s in sayers) and not QUOTED_RE.search(paragraph):
            # "He wrote on his Telegram channel:" / "The European bureaucrats have ...": a
            # paragraph of someone's words set under their attribution without quote marks.
            speakers, explicit = [announced] * len(spans), [True] * len(spans)
        elif headed and _quote_under_name(paragraph, sayers):
            # "Геннадий Онищенко" / "«Нет сомнений, что ...». Главный санитарный врач России
            # полагает, что ...": a column of sayings, each under its sayer's name.
            speakers, explicit = [headed] * len(spans), [True] * len(spans)
            reader.explicit(headed)
        elif listed and any(s is not None and s != listed for s in speakers):
            listed = None  # someone else speaks: the list is over
        elif (
            listed
            and all(
                s is None or (s is Ref.SOMEONE and own_country_subject(paragraph[a:b]))
                for s, (a, b) in zip(sayers, spans, strict=True)
            )
            and (not QUOTED_RE.search(paragraph) or all_quote(paragraph))
            and not mentions(paragraph, listed)
            and not _HEADING_LINE_RE.search(paragraph)
        ):
            # "Other statements by the Russian President:" / "We have many areas for
            # cooperation.": a list of one person's statements, each a paragraph without quote
            # marks (one that speaks of him, "Putin thanked Trump", is the reporter's), or
            # each a quote ("Here's a selection of quotes from Sobyanin's report:"); a topic's
            # heading between them ("Jailed protesters") is no statement.
            speakers, explicit = [listed] * len(spans), [True] * len(spans)
        listed = _statements_heading(paragraph, reader, paragraphs[:number]) or listed
        if number in attributed_below and all(s is None for s in sayers):
            # "Их нынешняя позиция заключается в том, ..." over a line "сказал Грушко
            # журналистам": a quote set apart without quote marks, its attribution below it.
            speaker = reader.explicit(attributed_below[number], paragraph)
            speakers, explicit = [speaker] * len(spans), [speaker is not None] * len(spans)
        if number in inside_quote and all(s is None for s in speakers):
            # «Поздравляю ... / Открытый и неравнодушный человек ... / Желаю ...», — цитирует
            # Володина ...: the words of the one the quote's closing attribution names.
            closing_sayer, closing_text = inside_quote[number]
            speaker = reader.peek(closing_sayer, closing_text)
            speakers, explicit = [speaker] * len(spans), [speaker is not None] * len(spans)
        if number in tails:
            # The quote the paragraph's last sentences open is the one the next paragraph's
            # attribution closes.
            quote_at = next(
                (i for i, (a, _) in enumerate(spans) if paragraph[a:].lstrip()[:1] in '«“„"'),
                None,
            )
            if quote_at is not None and all(s is None for s in speakers[quote_at:]):
                speaker = reader.peek(*tails[number])
                for i in range(quote_at, len(spans)):
                    speakers[i], explicit[i] = speaker, speaker is not None
        _fill_narration(speakers, explicit, [paragraph[a:b] for a, b in spans])
        announced = (
            speakers[-1]
            if speakers
            and explicit[-1]
            and (paragraph.rstrip().endswith(":") or _SAID_LINE_RE.match(paragraph))
            else None
        )
        headed = _name_line(paragraph)
        reader.end_paragraph()
        for (a, b), speaker in zip(spans, speakers, strict=True):
            last = segments[-1] if segments else None
            if last and last.paragraph == number and last.speaker == speaker:
                last.end = b
            else:
                segments.append(Segment(number, a, b, speaker))
    _signed_paragraphs(paragraphs, segments)
    return _summaries(paragraphs, all_sayers, segments)


def _asks_before_answer(paragraphs: list[str], number: int) -> bool:
    """Whether paragraph ``number`` ends on a question and the next one, naming a sayer,
    ends with a colon that leads into the answer below it."""
    return (
        paragraphs[number].rstrip().endswith("?")
        and number + 1 < len(paragraphs)
        and paragraphs[number + 1].rstrip().endswith(":")
        and sentence_sayer(paragraphs[number + 1]) not in (None, Ref.SOMEONE, Ref.JOURNALIST)
    )


def _relayed_after_colon(
    paragraph: str,
    spans: list[tuple[int, int]],
    sayers: list[Sayer],
    speakers: list[str | None],
    explicit: list[bool],
) -> None:
    """ "..., Lavrov said:" then '"I do not think it useful ...," Russian Interfax news agency
    said at 0928 gmt.': a quote its sentence's agency only passes on is the one the sentence
    before announced with a colon. Updates ``speakers`` and ``explicit`` in place."""
    for i in range(1, len(spans)):
        a, b = spans[i]
        before = paragraph[spans[i - 1][0] : spans[i - 1][1]].rstrip()
        if (
            speakers[i - 1]
            and explicit[i - 1]
            and before.endswith(":")
            and sayers[i] is Ref.SOMEONE
            and paragraph[a:b].lstrip()[:1] in '"“«„'
            and _AGENCY_SAID_RE.search(paragraph[a:b])
        ):
            speakers[i], explicit[i] = speakers[i - 1], True


# A sentence that says whose statement the story quotes: "In a statement published by the
# Kremlin, Putin said ...".
_IN_A_STATEMENT_RE = re.compile(
    r"^\W*in\s+(?:a|an|his|her|the)\s+(?:written\s+|short\s+|brief\s+)?statement\b",
    re.IGNORECASE,
)
# '"...," the statement read.'
_STATEMENT_READS_RE = re.compile(
    r"[\"”»’]\s*,?\s*(?:[–—-]\s*)?the\s+statement\s+reads?(?![^\W\d_])", re.IGNORECASE
)


# A news agency passing a quote on: '..." Interfax news agency said at 0928 gmt', '...,"
# ITAR-TASS reported', «..., — передает ТАСС».
_AGENCY_SAID_RE = re.compile(
    r"(?:news\s+agency|agency|Interfax|ITAR-TASS|TASS|RIA\s+Novosti|Reuters|AFP)\s+"
    r"(?:said|reported|quoted|reports|says)(?![\w-])"
    r"|(?:переда[её]т|сообщает|пишет)\s+(?:агентство\s+)?(?:ТАСС|Интерфакс|РИА\s+Новости)",
)


# A blog's line that is only a sayer and the verb, the words on the line below ("Ushakov
# said", "Lavrov adds", «Лавров добавил»): the words follow, no colon needed.
_SAID_LINE_RE = re.compile(
    r"^\s*(?:[A-ZА-ЯЁ][\w'’-]+\s+){1,2}(?:said|says|added|adds|told\s+reporters|"
    r"сказал|заявил|добавил|отметил|сказала|заявила|добавила|отметила)\s*$"
)


def _quote_under_name(paragraph: str, sayers: list[Sayer]) -> bool:
    """Whether a paragraph opens with a quote that no attribution closes and no one is named
    saying (a reference to a post or "he" may follow: "Вице-спикер напомнил, что ...")."""
    return (
        paragraph.lstrip()[:1] in _QUOTE_OPEN
        and bool(sayers)
        and sayers[0] is None  # (the quote closed by no attribution of its own)
        and all(s is None or s in (Ref.OWN_POST, Ref.PRONOUN, Ref.HEAD_OF_STATE) for s in sayers)
    )


#: A signature line ("Мария Захарова, пресс-секретарь МИД РФ") has at most this many words.
_SIGNATURE_WORDS = 10


def _guest_named(paragraphs: list[str], number: int, at: int) -> str | None:
    """The one known official the text right before the dash line at ``at`` of paragraph
    ``number`` (its line before, or the paragraph before) names in its last sentence as the
    one a conversation is held with ("Об этом говорим в эфире радио Sputnik с ... Марией
    Захаровой.", "We spoke with Deputy Foreign Minister Sergei Ryabkov."); else None."""
    start = _line_start(paragraphs[number], at)
    lines = paragraphs[number][:start].rstrip().splitlines()
    if lines:
        previous = lines[-1]
    elif number > 0:
        previous = paragraphs[number - 1].rstrip().splitlines()[-1]
    else:
        return None
    if _DASH_QUOTE_RE.match(previous):
        return None  # a dialogue under way: its lines are read as before
    spans = sentence_spans(previous)
    partners = _conversation_partners(previous[spans[-1][0] :] if spans else previous)
    return partners.pop() if len(partners) == 1 else None


def _signature(paragraph: str) -> str | None:
    """The person a signature line names: a name, a comma and their post, nothing else
    ("Мария Захарова, пресс-секретарь МИД РФ", "Dmitry Peskov, Kremlin spokesman")."""
    text = paragraph.strip()
    if "," not in text or "\n" in text or len(text.split()) > _SIGNATURE_WORDS:
        return None
    if text[-1:] in '.!?…»"' or has_say_verb(text):
        return None
    name, _, post = text.partition(",")
    keys = [_key(word) for word in post.split()]
    if not keys or not any(_names_post(key) for key in keys):
        return None
    found = person_name(name.strip())
    return found if found is not None and len(found.split()) >= 2 else None


def _signed_paragraphs(paragraphs: list[str], segments: list[Segment]) -> None:
    """A paragraph in the first person that nobody is named as saying, right above a
    signature line, is the signed person's words (a quote box on a news page). Updates
    ``segments`` in place."""
    for number in range(1, len(paragraphs)):
        name = _signature(paragraphs[number]) if "," in paragraphs[number] else None
        if name is None or not first_person(paragraphs[number - 1]):
            continue
        above = [s for s in segments if s.paragraph == number - 1]
        if above and all(s.speaker is None for s in above):
            for segment in above:
                segment.speaker = name


# "Other statements by the Russian President at a press conference:", "Другие заявления
# Путина:": a heading over a list of one person's statements.
_STATEMENTS_RE = re.compile(
    r"^\W*(?:(?:other|more|further|key|main)\s+)?(?:statements|remarks|theses|quotes)\s+"
    r"(?:by|of|from)\s+(?P<who>[^:]{3,80}):\s*$|"
    r"^\W*(?:(?:другие|ещё|еще|главные|основные|прочие)\s+)?(?:заявления|высказывания|тезисы|"
    r"цитаты)\s+(?P<ru>[^:]{3,80}):\s*$|"
    # "Excerpts from the address of Russian Ambassador Andrei Kelin:", «Выдержки из выступления
    # посла ...:»: an embassy's report giving the speech below.
    r"^\W*(?:excerpts|extracts|highlights)\s+(?:from|of)\s+(?:the\s+|his\s+|her\s+)?"
    r"(?:address|speech|remarks|statement|interview|article)\s+(?:of|by)\s+(?P<who2>[^:]{3,80}):\s*$|"
    r"^\W*(?:выдержки|фрагменты|отрывки)\s+из\s+(?:выступления|речи|обращения|интервью|статьи)"
    r"\s+(?P<ru2>[^:]{3,80}):\s*$",
    re.IGNORECASE,
)


def heads_statements(line: str) -> bool:
    """Whether a line is a heading over a list of one person's statements ("Другие заявления
    Пескова:", "Other statements by the Russian President:")."""
    return line.rstrip().endswith(":") and _STATEMENTS_RE.match(line.strip()) is not None


# A line with no sentence end and no quote: a topic's heading ("Jailed protesters").
_HEADING_LINE_RE = re.compile(r"^[^.!?…\"«»“”]+$")


# A paper's digest announced at the end of its lead: "Главные заявления господина Пескова — в
# подборке «Ъ».", "Основные заявления Лаврова — в материале ТАСС."
_SELECTION_RE = re.compile(
    r"(?:^|[.!?]\s+)(?:главные|основные|ключевые)\s+(?:заявления|высказывания|тезисы)\s+"
    r"(?P<whose>[^.!?—–-]{3,60}?)\s+[—–-]\s+в\s+(?:подборке|материале|обзоре)\b[^.!?]*[.!?]?$",
    re.IGNORECASE,
)


def _statements_heading(paragraph: str, reader: _Reader, earlier: Sequence[str] = ()) -> str | None:
    """Whose statements a heading paragraph ending with a colon lists: a person it names, or
    the story's president or official it calls by post ("the Russian President"); a digest's
    "Here's a selection of quotes from X's report:" lists the one person the ``earlier``
    paragraphs name in full with that surname; a lead ending "Главные заявления господина
    Пескова — в подборке «Ъ»." (no colon) lists the known official it names."""
    if selection := _SELECTION_RE.search(paragraph.strip()):
        # "Главные заявления господина Пескова — в подборке «Ъ».": a paper's digest of one
        # known official's statements, announced by its lead's last sentence.
        words = selection.group("whose").split()
        name = person_name(" ".join(words[1:] if _key(words[0]) in _HONORIFICS else words))
        return name if name and is_known_official(name) else None
    if not paragraph.rstrip().endswith(":"):
        return None
    if digest := _QUOTES_FROM_RE.match(paragraph.strip()):
        whose = digest.group("whose")
        if (name := person_name(whose)) and len(name.split()) >= 2:
            return name
        key = _word_key(whose.split()[-1])
        people = {n for p in earlier for n in _full_names(p) if key in _surname_keys(n)}
        return _one_person(people) if people else None
    match = _STATEMENTS_RE.match(paragraph.strip())
    if not match:
        return None
    whose = next(g for g in match.group("who", "ru", "who2", "ru2") if g)
    who = _PLACE_PHRASE_RE.split(whose, maxsplit=1)[0]
    if name := person_name(who):
        return name if is_known_official(name) else None
    keys = [_key(word) for word in who.split()]
    if any(k in ("president", "президента") for k in keys) and all(
        k in _OWN_SIDE_WORDS or k == "президента" for k in keys
    ):
        # "the Russian President": the story's main person when he is a president.
        main = reader.main
        return reader.head_of_state or (main if main in _PRESIDENTS else None)
    reference = _reference(who)
    return reader.peek(reference) if reference is Ref.OWN_POST else None


#: Sentences of plain narration that a summary of someone's speech runs on for, at most,
#: between two of their "X said that ..." (a Defence Ministry release on a board session: 4).
_SUMMARY_SENTENCES = 5
# "According to the Defence Minister, ...", "As Shoigu pointed out, ...", "По словам ...".
_REPORTED_OPENING_RE = re.compile(r"^\W*(?:according to|по (?:словам|мнению))", re.IGNORECASE)
_THAT_RE = re.compile(r"(?<![^\W\d_])(?:that|что)(?![^\W\d_])", re.IGNORECASE)


def _summaries(
    paragraphs: list[str], sayers: list[list[Sayer]], segments: list[Segment]
) -> list[Segment]:
    """ "Shoigu said that the Armed Forces carried out ... Among them — ... 10,631 people were
    involved. ... Returning to NATO, Shoigu noted that ...": plain sentences between two
    sentences that give one person's words in indirect speech ("X said that") go on
    summarising that person's speech, when they are few, quote no one, name no one (not even
    X: "Shoigu then visited ..." is the reporter's) and never say "I" or "we"."""
    flat: list[Segment] = []  # one per sentence
    indirect: list[bool] = []
    reporting: list[bool] = []  # a sentence that names or refers to its sayer
    attributed: list[bool] = []  # a sentence with an attribution of its own, named or not
    by_paragraph: dict[int, list[Segment]] = {}
    for segment in segments:
        by_paragraph.setdefault(segment.paragraph, []).append(segment)
    for number, paragraph in enumerate(paragraphs):
        mine = by_paragraph.get(number, [])
        masked = mask_quotes(paragraph)
        for (a, b), sayer in zip(_spans(paragraph), sayers[number], strict=True):
            speaker = next((s.speaker for s in mine if s.start <= a < s.end), None)
            flat.append(Segment(number, a, b, speaker))
            # Named ("Shoigu said") or referred to ("the head of the department noted").
            said = speaker is not None and sayer is not None and sayer is not Ref.SOMEONE
            # "As Shoigu pointed out, ..." summarises; "As Putin noted: «...»" quotes him.
            opening = _AS_OPENING_RE.match(masked[a:b])
            reported = (
                _THAT_RE.search(masked[a:b])
                or _REPORTED_OPENING_RE.match(masked[a:b])
                or (opening and opening.group().endswith(","))
            )
            indirect.append(said and bool(reported))
            reporting.append(said)
            attributed.append(sayer is not None and sayer is not Ref.SOMEONE)
    _own_words_after_closing(paragraphs, flat, reporting)
    _own_paragraph_after_reported(paragraphs, flat, indirect)
    for k in range(1, len(flat)):
        # "Она напомнила, как ... Джонсона не дала ... Он "прилетел на крыльях ненависти" и
        # ...": a sentence whose subject is a pronoun and that quotes a few words inside its
        # own narration, right after someone's reported words in the same paragraph, quotes
        # that person (a new paragraph's "Он ... комментирует решения коллег из
        # «недружественных стран»" is the reporter's portrait of him).
        sentence, before = flat[k], flat[k - 1]
        if (
            sentence.speaker is None
            and before.speaker is not None
            and reporting[k - 1]
            and before.paragraph == sentence.paragraph
        ):
            text = _text_of(paragraphs, sentence)
            if _PRONOUN_OPENING_RE.match(text) and _inner_quote(text):
                sentence.speaker = before.speaker
    for k, sentence in enumerate(flat):
        speaker = sentence.speaker
        if not indirect[k] or speaker is None:
            continue
        after = k + 1
        while (
            after < len(flat)
            and after - k <= _SUMMARY_SENTENCES
            and flat[after].speaker is None
            # ("Глава внешнеполитического ведомства пояснил, что ..." between two of Putin's:
            # a sentence naming its own sayer, whom the story cannot name, summarises no one.)
            and not attributed[after]
            and _plain(_text_of(paragraphs, flat[after]), speaker)
        ):
            after += 1
        closed = after < len(flat) and indirect[after] and flat[after].speaker == speaker
        if after - k > 1 and closed:
            for between in flat[k + 1 : after]:
                between.speaker = speaker
    merged: list[Segment] = []
    for sentence in flat:
        last = merged[-1] if merged else None
        if last and last.paragraph == sentence.paragraph and last.speaker == sentence.speaker:
            last.end = sentence.end
        else:
            merged.append(sentence)
    return merged


# A sentence opened by a personal pronoun: "Он ...", "She ...", "They ...".
_PRONOUN_OPENING_RE = re.compile(r"^\W*(?:он|она|они|he|she|they)\s", re.IGNORECASE)
#: Words a quote inside a sentence's narration has at most: a phrase of someone's, not a
#: statement (the partial quotes of news copy run to five or six words).
_INNER_QUOTE_WORDS = 12


def _inner_quote(text: str) -> bool:
    """Whether a sentence quotes a few words inside its own narration: its first quotation
    opens after some words of its own and is short ('Он "прилетел на крыльях ненависти" и
    ...')."""
    match = QUOTED_RE.search(text)
    if match is None or not text[: match.start()].strip(" \t-–—"):
        return False
    return len(match.group().split()) <= _INNER_QUOTE_WORDS


# "I", "we" or a possessive of theirs ("our country", "нашей страны"): an official's own
# words, in the few sentences after his closing attribution that the rule below looks at.
_OWN_PERSON_RE = re.compile(
    r"(?<![^\W\d_])(?:I|[Ww]e|[Oo]ur|[Uu]s|[Mm]y|[Яя]|[Мм]ы|[Нн]аш\w*|[Нн]ас|[Нн]ам|[Мм]о[йяеи]\w*)"
    r"(?![^\W\d_])"
)


def _names_someone(text: str) -> bool:
    """Whether a text names a person: a capitalised word ending a name (with up to three
    words before it, a first name or a post)."""
    words = text.split()
    return any(
        word[:1].isupper() and person_name(" ".join(words[max(0, end - 3) : end + 1]))
        for end, word in enumerate(words)
    )


def _own_words(text: str, speaker: str) -> bool:
    """A sentence that could be ``speaker``'s words with their quote marks lost: it quotes and
    asks nothing, names no one (``speaker`` neither) and no one says it."""
    if QUOTED_RE.search(text) or mentions(text, speaker) or text.rstrip()[-1:] == "?":
        return False
    if has_say_verb(text):
        return False
    return not _names_someone(text)


#: Words a closing attribution's subject has at most, between the comma that ends what was
#: said and its verb ("Deputy Foreign Minister of the Russian Federation Alexander Grushko": 8).
_CLOSING_SUBJECT_WORDS = 12


def _closes_with_sayer(sentence: str, masked: str, say: re.Match[str]) -> bool:
    """Whether a sentence gives someone's words and closes with their attribution ("Russia
    will demand ..., Deputy Foreign Minister Alexander Grushko said in an interview with
    Izvestia."): words, a comma or dash, a short subject, the verb and a few words."""
    if say.group().casefold().endswith("ing"):
        return False
    before = masked[: say.start()]
    cut = max(before.rfind(","), before.rfind("–"), before.rfind("—"))
    if cut < 0 or len(before[:cut].split()) < 3:
        return False
    return len(before[cut + 1 :].split()) <= _CLOSING_SUBJECT_WORDS and _little_after(sentence, say)


def _own_words_after_closing(
    paragraphs: list[str], flat: list[Segment], reporting: list[bool]
) -> None:
    """ "Russia will demand guarantees, ... Grushko said in an interview with Izvestia. Since
    2019, the contingents have doubled. The rearmament of Europe threatens our country.": the
    rest of a paragraph after a sentence that gives someone's words and closes with their
    attribution goes on with their words when none of it quotes, names or asks anyone and
    some of it speaks in the first person (a mirror that lost the quote marks). A paragraph
    after it, all such and in the first person, goes on too. Updates ``flat`` in place."""
    k = 0
    while k < len(flat):
        sentence, speaker = flat[k], flat[k].speaker
        k += 1
        if speaker is None or not reporting[k - 1]:
            continue
        if k == len(flat) or flat[k].paragraph != sentence.paragraph or flat[k].speaker:
            continue  # nothing unattributed after it in its paragraph (most sentences)
        text = _text_of(paragraphs, sentence)
        masked = mask_quotes(text)
        verbs = list(_SAY_RE.finditer(masked))
        if QUOTED_RE.search(text) or not verbs or not _closes_with_sayer(text, masked, verbs[-1]):
            continue
        number = sentence.paragraph
        while k < len(flat):
            end = k
            while end < len(flat) and flat[end].paragraph == number:
                end += 1  # (flat is in paragraph order: only this paragraph's are read)
            run = flat[k:end]
            texts = [_text_of(paragraphs, s) for s in run]
            if not (
                run
                and len(run) <= _SUMMARY_SENTENCES
                and all(s.speaker is None for s in run)
                and all(_own_words(t, speaker) for t in texts)
                and any(_OWN_PERSON_RE.search(t) for t in texts)
            ):
                break
            for s in run:
                s.speaker = speaker
            k += len(run)
            number += 1


#: A paragraph of someone's own words with their quote marks lost, after the one that
#: reports them, has at least this many sentences (a lone "We will keep you updated." is the
#: site's).
_OWN_PARAGRAPH_SENTENCES = 2


def _own_paragraph_after_reported(
    paragraphs: list[str], flat: list[Segment], indirect: list[bool]
) -> None:
    """ "..., Ryabkov responded by saying that Moscow will not keep the US in the treaty. /
    If the Americans decide to aggravate the situation, it will be their choice. We are no
    stranger to ...": a paragraph right after one that ends with someone's words in indirect
    speech ("X said that ...") goes on with that person's words when all of it could be theirs
    with the quote marks lost (:func:`_own_words`), nobody is named as saying any of it, and it
    says "I" or "we". Updates ``flat`` in place."""
    for k, sentence in enumerate(flat[:-1]):
        speaker = sentence.speaker
        if not indirect[k] or speaker is None or flat[k + 1].paragraph != sentence.paragraph + 1:
            continue  # not the last sentence of its paragraph, or no one's reported words
        run = [s for s in flat[k + 1 :] if s.paragraph == sentence.paragraph + 1]
        if not _OWN_PARAGRAPH_SENTENCES <= len(run) <= _SUMMARY_SENTENCES:
            continue
        texts = [_text_of(paragraphs, s) for s in run]
        if (
            all(s.speaker is None for s in run)
            and all(_own_words(t, speaker) for t in texts)
            and any(_FIRST_PERSON_RE.search(t) or _OWN_VIEW_RE.search(t) for t in texts)
            and not any(site_talk(t) for t in texts)
        ):
            for s in run:
                s.speaker = speaker


# An opinion in the speaker's own voice without "I" or "we": «По-моему, это не пройдет».
_OWN_VIEW_RE = re.compile(
    r"(?<![^\W\d_])(?:[Пп]о-моему|[Нн]а мой взгляд|[Мм]не кажется|[Ii]n my view|"
    r"[Ii]n my opinion)(?![^\W\d_])"
)


def _text_of(paragraphs: list[str], segment: Segment) -> str:
    return paragraphs[segment.paragraph][segment.start : segment.end]


def _plain(text: str, speaker: str) -> bool:
    """A sentence of narration that quotes no one, names no one (``speaker`` neither), never
    says "I", asks nothing (a question line is the question he answers) and ends with a full
    stop (a subhead does not)."""
    if QUOTED_RE.search(text) or first_person(text) or mentions(text, speaker):
        return False
    end = text.rstrip(" \"'»”’)]")[-1:]
    if end == "?" or end not in (".", "!", "…"):
        return False  # a question line, or a subhead ("On Syria") with no full stop
    return not _names_someone(text)


_DASH_QUOTE_RE = re.compile(r"[-–—]\s")
_LONG_DASH_QUOTE_RE = re.compile(r"[–—]\s+[А-ЯЁA-Z]")
# A digest's topic line: "О Трампе и США: ...", "On Syria: ...".
_DIGEST_RE = re.compile(r"^(?:О|Об|Про|По поводу|On|About|Regarding)\s[^:.!?]{1,60}:\s")


def _open_quote_end(paragraph: str) -> int:
    """ "“... from the NATO,” Shoigu said. –They are trying to ... allies”.": where the last
    closing mark (” or ») that no opening mark matches stands, after a quote of the same
    paragraph (-1: none). The quote was split by its attribution and its second opening mark
    lost: the sentences from the first quote up to that mark go on with it. (A closing mark
    with no quote before it in its paragraph may close one opened paragraphs above, or be a
    typo: that is left alone.)"""
    spans = quote_spans(paragraph)
    if not spans:
        return -1
    inside = [False] * len(paragraph)
    for x, y in spans:
        inside[x:y] = [True] * (y - x)
    return max(
        (at for at, char in enumerate(paragraph) if char in "”»" and not inside[at]), default=-1
    )


def _unclosed_quote_names_another(paragraph: str, speaker: str, at: int) -> bool:
    """Whether ``paragraph`` opens a quote it never closes, and a sentence of it between that
    opening and ``at`` (the sentence being read), read without the quote's mask, names a
    sayer other than ``speaker``."""
    depth, opening = 0, -1
    for where, mark in enumerate(paragraph):
        if mark in "“«":
            depth, opening = depth + 1, (where if depth == 0 else opening)
        elif mark in "”»" and depth:
            depth -= 1
    if depth == 0 or opening >= at:
        return False
    for start, end in sentence_spans(paragraph):
        if end <= opening or start >= at:
            continue
        sentence = paragraph[start:end]
        sayer = sentence_sayer(sentence, sentence.replace("“", " ").replace("«", " "))
        if isinstance(sayer, str) and sayer != speaker:
            return True
    return False


def _attribution_cut_off(paragraph: str, end: int) -> bool:
    """Whether the sentence ending at ``end`` is a quote closed by a dash that leads to its
    sayer ('«...»,—', '"...," -'), with nothing after it: the page was cut before the name."""
    if paragraph[end:].strip():
        return False
    tail = paragraph[:end].rstrip()
    if not tail.endswith(("—", "–", "-")):
        return False
    return tail[:-1].rstrip(" ,")[-1:] in _QUOTE_CLOSE


_ASKED_RE = re.compile(r"(?<![\w-])(?:asked|спросил(?:а|и)?)(?![\w-])", re.IGNORECASE)
# The one asked, named right after the verb: "спросила у Путина", "asked Putin".
_ASKED_ONE_RE = re.compile(
    r"(?<![\w-])(?:asked|спросил(?:а|и)?\s+у)\s+(?P<name>[A-ZА-ЯЁ][^\W\d_]+(?:\s+[A-ZА-ЯЁ][^\W\d_]+)?)"
)


def _asked_one(said: str, asker: str | None) -> str | None:
    """The known person a question was put to ("«...?» — спросила у Путина Ситтель"): the
    quote after it is their answer. None when the sentence names no one else there."""
    found = _ASKED_ONE_RE.search(said)
    if not found or re.match(r"\s+to\s", said[found.end() :]):
        return None  # "Putin asked Lavrov to prepare ...": a request, not a question
    words = found.group("name").split()
    for run in (words, words[:1]):
        name = person_name(" ".join(run))
        if name and name != asker and is_known_official(name):
            return name
    return None


# "..., — констатировал он.": an unquoted paragraph of direct speech closed by its
# attribution after a dash (Russian news copy leaves the quote marks out).
_DASH_CLOSING_RE = re.compile(rf"[,.!?…]\s*[–—]\s*(?:{_SAY_WORDS})(?![\w-])", re.IGNORECASE)

# A line that is only a dash-closed attribution: "- ответила дипломат.", "— заявил он."
_CLOSING_LINE_RE = re.compile(
    rf"^\s*[–—-]\s*(?:{_SAY_WORDS})(?![\w-])[^.!?:;«»\"“”„]{{0,60}}[.!?]?\s*$", re.IGNORECASE
)


def _close_paragraph(
    paragraph: str,
    spans: list[tuple[int, int]],
    speakers: list[str | None],
    explicit: list[bool],
    reader: _Reader,
) -> None:
    """A paragraph that is one person's words with their attribution at its end: direct
    speech closed by "— констатировал он", or a pull quote over a caption of the speaker's
    name ("... I can neither confirm nor deny it. Dmitry Peskov Kremlin spokesman"). Every
    sentence of it that no one else claims is that person's."""
    if len(spans) < 2 or QUOTED_RE.search(paragraph):
        return
    last = paragraph[spans[-1][0] : spans[-1][1]]
    speaker: str | None = None
    # (The attribution's line may have the story go on after it: "... only us\n– writes
    # Medvedev. He adds that ...": the words are those above that line.)
    closing = _closing_line_at(paragraph, spans, speakers)
    if _DASH_CLOSING_RE.search(last) and speakers[-1] is not None:
        speaker, closing = speakers[-1], len(spans) - 1
    elif closing is not None:
        speaker = speakers[closing]
    elif (caption := _caption_name(last)) and first_person(paragraph[: spans[-1][0]]):
        speaker, closing = reader.explicit(caption), len(spans) - 1
        speakers[-1], explicit[-1] = speaker, True
    if speaker is None or closing is None:
        return
    # "Reporters asked whether ... / — No, ..., — said Petrov": words opened by a dash on a
    # line of their own start there; the lines above are not theirs.
    opened = [
        m.start(1)
        for m in re.finditer(r"\n([–—-])\s*[A-ZА-ЯЁ«\"]", paragraph[: spans[closing][1]])
        if m.start(1)
    ]
    begin = opened[-1] if opened else 0
    for i in range(closing):
        if speakers[i] is None and spans[i][1] > begin:
            speakers[i], explicit[i] = speaker, True


def _closing_line_at(
    paragraph: str, spans: list[tuple[int, int]], speakers: list[str | None]
) -> int | None:
    """The last sentence of a paragraph that is an attribution on a line of its own after
    the words' closing comma ("Таких данных у него давно не было,\n- ответила дипломат.") or,
    a copy having dropped the comma too, after a letter ("..., как и США\n- сообщил
    Рябков."), when it names someone; None when there is none. The paragraph's last sentence
    may stand on the words' line ("... не было! - ответила дипломат.")."""
    for i in range(len(spans) - 1, 0, -1):
        a, b = spans[i]
        above = paragraph[:a].rstrip()
        if (
            speakers[i] is not None
            and (i == len(spans) - 1 or "\n" in paragraph[len(above) : a + 1])
            and _CLOSING_LINE_RE.match(paragraph[a:b])
            and (above.endswith((",", "!", "?", "…")) or above[-1:].isalnum())
        ):
            return i
    return None


def _after_a_question(
    paragraph: str, spans: list[tuple[int, int]], speakers: list[str | None], reader: _Reader
) -> None:
    """A paragraph that ends with the interviewer's question ("«...?» - уточнила
    журналистка"): a quote that follows with no attribution is the answer, the main
    speaker's."""
    named = [who for who in speakers if who]
    if reader.interviewer is None or not named or named[-1] != reader.interviewer:
        return
    theirs = "".join(
        paragraph[a:b] for (a, b), who in zip(spans, speakers, strict=True) if who == named[-1]
    )
    if "?" in theirs:
        reader.quoting = reader.main


_PRESIDENT_RE = re.compile(r"(?<![^\W\d_])(?:president|президент)(?![^\W\d_])", re.IGNORECASE)
#: A president's name stands within this many words after the word "president".
_PRESIDENT_NAME_WORDS = 4


def _called_president(text: str, main: str) -> bool:
    """Whether the page (``text``: its paragraphs with quotes blanked) calls its main person
    president ("Президент России Владимир Путин"), so that "глава государства" / "the head of
    state" is him."""
    if is_russian_official(main) and main not in _RUSSIAN_PRESIDENTS:
        # Lavrov, Peskov have never been Russia's president: "Президент объяснил, что у
        # Лаврова ..." names someone else (the words after "president" are not his title).
        return False
    for match in _PRESIDENT_RE.finditer(text):
        after = " ".join(text[match.end() :].split()[:_PRESIDENT_NAME_WORDS])
        if mentions(after, main):
            return True
    # «Дмитрий Медведев заявил, что решение ... безотзывно. По словам президента, ...»: the
    # sentence right after one he says opens with "according to the president".
    return any(
        _ACCORDING_PRESIDENT_RE.match(text, found.end()) and mentions(found.group(), main)
        for found in _SENTENCE_BEFORE_RE.finditer(text)
    )


# A sentence with a verb of saying, and "По словам президента," opening the next one.
_SENTENCE_BEFORE_RE = re.compile(rf"[^.!?]*(?<![\w-])(?:{_SAY_WORDS})(?![\w-])[^.!?]*[.!?]\s+")
_ACCORDING_PRESIDENT_RE = re.compile(r"(?:По\s+словам|По\s+мнению)\s+президента,")


def _interviewer(paragraphs: list[str], main: str | None) -> str | None:
    """The one person a report names as the interviewer: a journalist the bot knows by name,
    or someone named in a sentence about the interview ("интервью, которое глава МИД дал
    ... Лалли Вэймаус", "in an interview with X"), not an official; None if not exactly one."""
    found: set[str] = set()
    text = " ".join(paragraphs)
    for speaker in KNOWN_SPEAKERS:
        if not speaker.official and mentions(text, speaker.name):
            found.add(speaker.name)
    for _, masked in _sentences(paragraphs):
        if not _INTERVIEW_RE.search(masked):
            continue
        raw = masked.split()
        words = [word.strip(".,;:!?…") for word in raw]
        for end, word in enumerate(words):
            glued = raw[end] == word and end + 1 < len(words) and words[end + 1][:1].isupper()
            if not word[:1].isupper() or glued:
                continue  # the end of a run of capitalised words only
            at = end  # back over the run, to the word before it
            while at >= 0 and words[at][:1].isupper() and words[at].casefold() != "the":
                if at < end and words[at].endswith(("'s", "’s")):
                    break
                at -= 1
            if at >= 0 and words[at].casefold() == "the":
                continue  # "The Daily Courier", "the Washington Post": an outlet
            # "the Daily Courier's Anna Voronova": the name after the outlet's possessive.
            span = words[max(at, end - 5, 0) : end + 1]
            owner = [i for i, w in enumerate(span) if w.endswith(("'s", "’s"))]
            span = span[owner[-1] + 1 :] if owner else span
            name = person_name(" ".join(span))
            if name and name != main and not is_known_official(name):
                found.add(name)
    return found.pop() if len(found) == 1 else None


def _interrupted_quotes(
    paragraph: str,
    spans: list[tuple[int, int]],
    speakers: list[str | None],
    explicit: list[bool],
) -> None:
    """ "«Что бы я ни ответил, – сказал Лавров, – вы напишете ... Так что пишите»": a quote
    that an attribution interrupts is all that person's, to its closing mark, even inside
    someone else's quote that quotes it (the innermost quote around the attribution)."""
    for match in _INTERRUPTION_RE.finditer(paragraph):
        opened = _opening_guillemet(paragraph, match.start())
        closed = paragraph.find("»", match.end())
        said = next((k for k, (a, b) in enumerate(spans) if a <= match.start() < b), None)
        if opened is None or closed < 0 or said is None or speakers[said] is None:
            continue
        for k, (a, _) in enumerate(spans):
            if opened <= a <= closed:
                speakers[k], explicit[k] = speakers[said], True


def _opening_guillemet(text: str, at: int) -> int | None:
    """Where the innermost «» quote open at ``at`` starts (None: no quote is open there)."""
    depth = 0
    for i in range(at - 1, -1, -1):
        if text[i] == "»":
            depth += 1
        elif text[i] == "«":
            if depth == 0:
                return i
            depth -= 1
    return None


# A closing attribution's short subject after the comma, before its verb: ", the diplomat",
# ", he", ", Lavrov", ", Maria Zakharova".
_SUBJECT_THEN_VERB_RE = re.compile(
    r",\s+(?:the\s+[a-z]+|he|she|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s*$"
)
#: Unattributed sentences before a closing attribution that it may cover, at most.
_COVERED_SENTENCES = 2


def _lead_before_closing(
    paragraph: str,
    masked: str,
    spans: list[tuple[int, int]],
    speakers: list[str | None],
    explicit: list[bool],
) -> None:
    """ "Western states are not used to sharing power. This causes turbulence, said Lavrov.":
    a paragraph's first attribution, closing its sentence, covers the plain sentences before
    it (no quotes, no one else's verb), as a news lead sums up what was said."""
    first = next((i for i, e in enumerate(explicit) if e), None)
    if not first or first > _COVERED_SENTENCES or speakers[first] is None:
        return
    # (Its sentences may have been given to him already, up to the one with the verb: "We see
    # these stories. This is the story of ..., the diplomat said.")
    said = first
    while not _SAY_RE.search(masked[slice(*spans[said])]) and said + 1 < len(spans):
        if not explicit[said + 1] or speakers[said + 1] != speakers[first]:
            return
        said += 1
    a, b = spans[said]
    verbs = list(_SAY_RE.finditer(masked[a:b]))
    if not verbs:
        return
    # The verb after a comma or a dash with its subject after it: ", said Lavrov on ...".
    verb = verbs[-1]
    inverted = re.search(r"[,–—]\s*$", masked[a : a + verb.start()]) and re.match(
        r"\s+(?:the\s+)?[A-ZА-ЯЁ]", paragraph[a + verb.end() : b]
    )
    # ... or its subject before it, closing the sentence: "..., the diplomat said.", "...,
    # Lavrov said." (a machine translation's speech without quote marks).
    closing = _SUBJECT_THEN_VERB_RE.search(masked[a : a + verb.start()]) and not paragraph[
        a + verb.end() : b
    ].strip(" .")
    if not (inverted or closing):
        return
    if QUOTED_RE.search(paragraph[: spans[first][0]]):
        return
    for i in range(first):
        speakers[i], explicit[i] = speakers[first], True


#: A caption naming a quote's speaker has at most this many words.
_CAPTION_WORDS = 8


def _caption_name(text: str) -> str | None:
    """The person a caption names: their name and post, no verb and no full stop."""
    words = text.split()
    if not 2 <= len(words) <= _CAPTION_WORDS or _SENTENCE_END_RE.search(text):
        return None
    while len(words) > 2 and (_is_post_noun(_key(words[-1])) or _key(words[-1]) in _OWN_SIDE_WORDS):
        words.pop()
    return person_name(" ".join(words)) if words[0][:1].isupper() else None


def _line_start(text: str, at: int) -> int:
    return text.rfind("\n", 0, at) + 1


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _closing_sayer(
    paragraph: str, masked: str, spans: list[tuple[int, int]], sayers: list[Sayer], i: int
) -> tuple[Sayer, int]:
    """The sayer of the sentence where the quote around sentence ``i`` closes, if later, and
    that sentence's number (-1: none)."""
    a = spans[i][0]
    for q_start, q_end in quote_spans(paragraph):
        if q_start <= a < q_end or (q_start >= a and q_start < spans[i][1]):
            end = q_end - 1
            for j in range(i + 1, len(spans)):
                if spans[j][0] <= end < spans[j][1]:
                    if sayers[j] is None and paragraph[end + 1 : spans[j][1]].strip() == "":
                        # «... консульство.» — заявил Петров: the quote ends its sentence with
                        # its own full stop; the attribution is the next one, opened by a dash.
                        after = j + 1
                        if after < len(spans) and _DASH_START_RE.match(paragraph, spans[after][0]):
                            return sayers[after], after
                    return sayers[j], j
                if spans[j][0] > end:
                    # The next sentence's attribution is for a quote of its own, if it opens
                    # one («...». «..., – сказал Лавров, – ...»).
                    opens = paragraph[spans[j][0] : spans[j][1]].lstrip()[:1] in _QUOTE_OPEN
                    return (None, -1) if opens else (sayers[j], j)
            return None, -1
    return None, -1


# A sentence that is a quote's attribution opened by a dash ("— заявил Петров.").
_DASH_START_RE = re.compile(r"\s*[–—-]\s*[a-zа-яё]")


def _closing_sentence(spans: list[tuple[int, int]], i: int, end: int) -> int:
    """The number of the sentence after sentence ``i`` that holds the mark at ``end`` (-1:
    none)."""
    return next((j for j in range(i + 1, len(spans)) if spans[j][0] <= end < spans[j][1]), -1)


def _carried_quotes(paragraph: str, spans: list[tuple[int, int]]) -> list[int]:
    """For each sentence that opens inside a quote an earlier sentence of the paragraph
    opened ("Ушаков рассказал ...: «... вперед. | Это нас обнадеживает ...», передает
    ТАСС."), where that quote ends; -1 for the others. Its words are that quote's, whoever
    its closing names (the agency that passed them on is nobody's voice). A name the
    sentence cut split («Газета. | Ru» опубликовала ...) is no quote: the part before the
    sentence has to be as long as speech."""
    if "«" not in paragraph and "“" not in paragraph and '"' not in paragraph:
        return [-1] * len(spans)
    quotes = [(x, y) for x, y in quote_spans(paragraph) if y - x > 1]
    return [
        next(
            (
                y
                for x, y in quotes
                if x < a < y - 1 and len(paragraph[x:a].split()) >= SPEECH_QUOTE_WORDS
            ),
            -1,
        )
        for a, _ in spans
    ]


# A speech's closing attribution after its comma and a dash: "..., – he said.", "..., — заявил
# Лавров." (the verb within a few words of the dash, little after it).
_DASH_ATTRIBUTION_RE = re.compile(
    rf"[,!?…]\s*[–—]\s*(?:[^\W\d_][\w.'’-]*\s+){{0,4}}?(?:{_SAY_WORDS})(?![\w-])[^–—]{{0,60}}$",
    re.IGNORECASE,
)


def _give_back(
    segments: list[Segment], speakers: list[str | None], explicit: list[bool], speaker: str
) -> None:
    """ "Об этом заявила X": the narration just before (this paragraph's, or else the
    previous paragraph's last stretch) was X's."""
    if speakers:
        for i in range(len(speakers) - 1, -1, -1):
            if speakers[i] is not None:
                break
            speakers[i], explicit[i] = speaker, True
    elif segments and segments[-1].speaker is None:
        segments[-1].speaker = speaker


#: A sentence this short inside a paragraph that quotes someone is a dateline or a lead-in
#: ("MOSCOW, January 17. /TASS/."), part of what follows; longer narration is the reporter's.
_LEAD_IN_WORDS = 6


def _names_another(text: str, speaker: str | None) -> bool:
    """Whether Russian ``text`` has another known person in the nominative, as its subject,
    while it names ``speaker`` only in another case ("Такой ляп Захарова не спустила
    Зеленскому с рук": what Zakharova did to him)."""
    if speaker is None or not has_cyrillic(text):
        return False
    forms = known_label_forms()
    subjects: set[str] = set()
    for word in mask_quotes(text).split():
        key = label_key(word).strip(',.;:!?()«»"')
        if (
            word[:1].isupper()
            and key in forms
            and (known := find_known_speaker(key))
            # (Not a name alike in every case: "Керри" may be the object.)
            and surname_cases(key, "f" if key.endswith("а") else "m").count(key) == 1
        ):
            subjects.add(known.name)
    return bool(subjects) and speaker not in subjects


def _fill_narration(speakers: list[str | None], explicit: list[bool], texts: list[str]) -> None:
    """Narration inside a paragraph that quotes someone belongs to the nearest speaker of that
    paragraph when it is a dateline or a short lead-in ("MOSCOW, January 17. /TASS/. ...,
    Lavrov said"), or when it speaks of that speaker ("On the briefing, Zakharova discussed
    transit. - ..., she said"); other narration is the reporter's."""
    named = [i for i, e in enumerate(explicit) if e and speakers[i] is not None]
    if not named:
        return
    # A lead-in says nothing itself: "Asks if the government will help." is someone asking.
    short = [
        len(text.split()) <= _LEAD_IN_WORDS and not _SAY_RE.search(mask_quotes(text))
        for text in texts
    ]
    for i, is_explicit in enumerate(explicit):
        if is_explicit:
            continue
        if i > 0 and speakers[i - 1] is None and _aside(texts[i - 1]):
            # "Ранее Bloomberg опубликовал две стенограммы. Первую — Уиткоффа и Ушакова ...":
            # narration going on with the reporter's background is the reporter's too.
            continue
        before = [j for j in named if j < i]
        at = before[-1] if before else named[0]
        nearest = speakers[at]
        # A lead-in leads into the attribution next to it (other short lead-ins between
        # them at most): "Next question from Interfax. Asks why ..." is not Putin's.
        lead_in = short[i] and all(short[k] for k in range(min(i, at) + 1, max(i, at)))
        # Narration that speaks of the speaker leads into their words or goes straight on
        # from them: after a sentence left the reporter's ("Лавров также провел переговоры
        # ... . Посещение Лаврова Нью-Йорка связано с ..."), it is the reporter's too.
        spoken_of = mentions(texts[i], nearest) > 0 if nearest else False
        if nearest and spoken_of and at < i and not _named_in_nominative(texts[i], nearest):
            # After his words, narration naming him only as a possessor or an object
            # ("Посещение Лаврова Нью-Йорка связано с ...", "Footage of Zakharova's remarks
            # was published ...") is the reporter's background, not more of them.
            spoken_of = False
        if spoken_of and at < i - 1 and any(speakers[k] is None for k in range(at + 1, i)):
            spoken_of = False
        between = range(i + 1, at)
        if (
            spoken_of
            and nearest is not None
            and any(
                not explicit[k] and not short[k] and not mentions(texts[k], nearest)
                for k in between
            )
        ):
            # "В 1967 году, когда Гатилов поступал ..., закончилась война. Ближний Восток
            # бурлил ... «...», — говорит Гатилов": the reporter's background on him, not a
            # lead-in to his words, when other narration stands between.
            spoken_of = False
        if spoken_of and at > i and nearest in _posted_names(texts[i]):
            # "Посол России в Чили Иван Петров дал интервью агентству АНВ. - ..., - сказал
            # дипломат.": the reporter introducing him by post and name, not his words.
            spoken_of = False
        if spoken_of and _names_another(texts[i], nearest):
            # "Такой ляп Захарова не спустила Зеленскому с рук.": narration about what someone
            # else did to the speaker is the reporter's.
            spoken_of = False
        if nearest and (lead_in or spoken_of or _goes_on_retelling(texts, explicit, i)):
            speakers[i] = nearest


# A sentence opening on background or on the reporter's own turn ("Напомним, ...",
# "Meanwhile, ...") goes on with no one's words.
_BACKGROUND_OPENING_RE = re.compile(
    r"^\W*(?:напомним|напомню|между тем|тем временем|в то же время|кроме того|также|"
    r"ранее|прежде|до этого|позднее|позже|затем|потом|"
    r"meanwhile|earlier|previously|before that|later|recall|also|in addition)(?![^\W\d_])",
    re.IGNORECASE,
)


def _goes_on_retelling(texts: list[str], explicit: list[bool], i: int) -> bool:
    """Whether sentence ``i`` only goes on with the retelling just before it, in the same
    paragraph ("По словам Ушакова, существует две возможные причины. Либо кто-то передает
    информацию журналистам, либо имеет место прослушка."): the sentence before names its
    sayer and opens on whose words it retells ("По словам X", "According to X"; after "X
    заявил, что ..." the reporter's own narration goes on as often as the words do); this
    one names no one, says nothing of its own, asks nothing and opens on no background."""
    if i == 0 or not explicit[i - 1]:
        return False
    before, text = texts[i - 1], texts[i]
    if not may_hold(before, _ACCORDING_OPENING_ANCHORS):
        return False
    if not _ACCORDING_OPENING_RE.match(before):
        return False
    if text.rstrip()[-1:] == "?" or _BACKGROUND_OPENING_RE.match(text):
        return False
    return not (_SAY_RE.search(mask_quotes(text)) or _names_someone(text))
