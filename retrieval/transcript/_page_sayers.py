"""The speakers of a page as a whole.

Whether its unlabelled text is a report about its speakers rather than their words
(:func:`is_report`), whom a report is about (:func:`main_sayer`), who gives an interview
(:func:`interviewee`, :func:`title_interviewee`), and whom an editor's lead hands the text
below to (:func:`announced_speaker`, :func:`event_speaker`).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from retrieval.russian_names import is_first_name_form
from retrieval.speakers import (
    KNOWN_SPEAKERS,
    canonical_speaker,
    find_known_speaker,
    is_known_official,
    known_label_forms,
    person_name,
    speaker_from_title,
)
from retrieval.text import has_cyrillic, label_key
from retrieval.transcript._lines import NUMBERED_RE
from retrieval.transcript._named_again import (
    _INITIALLED_RE,
    _SURNAME_SAYS_RE,
    _posted_names,
    _subject_names,
    _surname_keys,
    _surnames_again,
    _word_key,
)
from retrieval.transcript._quote_marks import mask_quotes
from retrieval.transcript._quote_runs import _quote_goes_on, _spans, paragraph_sayers
from retrieval.transcript._reader import _FEMALE_FIRST_NAMES, _MALE_FIRST_NAMES, _gender_of
from retrieval.transcript._references import _RUSSIAN_PRESIDENTS, Ref, Sayer, _key
from retrieval.transcript._sentence_sayer import (
    _FIRST_PERSON_RE,
    _MADE_STATEMENT,
    _name_re,
    first_person,
    has_say_verb,
    mentions,
    mentions_by_surname,
    sentence_sayer,
)
from retrieval.transcript._sizing import sentence_spans
from retrieval.transcript._subjects import (
    _AS_OPENING_RE,
    _QUOTE_OPEN,
    _clause_before,
    _full_names,
    _last_person,
)

# "Об этом заявила X", "This was stated by X": X said the sentences before too.
_BACK_REFERENCE_RE = re.compile(
    # ("Как передает Report, об этом ... заявил X": after the outlet that passes it on.)
    r"^\W*(?:как\s+(?:переда[её]т|передают|сообща[ею]т|пишет|пишут)\s+[^,.;:!?]{1,40},\s*)?"
    r"(?:об этом|на это|внимание\s+на\s+это|это|таким\s+образом|так|соответствующ\w*|this was"
    r"|that was|so|thus|such"
    # "This, opening the spring session, said the Chairman ...": «Об этом, открывая ...,
    # заявила ...» translated word for word.
    r"|this(?=\s*,)"
    r"|(?:this|that)(?:\s+is|'s|’s|\s+was)\s+what"
    rf"|(?:the|this|that|such\s+a)\s+(?:corresponding\s+)?{_MADE_STATEMENT}"
    # "Такую оценку встрече дал Ушаков", "Такое заявление сделал Галузин": what was said just
    # before, by its name.
    r"|так(?:ое|ую|ой|ие)\s+(?:заявлени[ея]|мнени[ея]|оценк[уи]|позици[юи]|прогноз|"
    r"предупреждени[ея]|комментари[йи]|слова)"
    # "Такой информацией (мнением) чиновница поделилась с журналистами".
    r"|(?:такой|этой|подобной)\s+информацией|(?:таким|этим|подобным)\s+мнением"
    r"|с\s+(?:таким|подобным|соответствующим|этим)\s+(?:заявлением|предупреждением|призывом|"
    r"мнением))"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
#: A page is written as a report when fewer than this share of its narration's sentences say
#: "I" or "we" outside quotes (an official's own remarks are full of them).
_MAX_FIRST_PERSON_SHARE = 0.3


# --- the page as a report ---------------------------------------------------------------------


# The endings of a Russian man's surname in the cases that are never a sentence's subject:
# genitive, dative, prepositional, instrumental ("Медведева", "Байдену", "о Байдене", "с Путиным").
_OBLIQUE_ENDINGS = ("а", "я", "у", "ю", "е", "ым", "ом", "ем")


def _only_genitive(text: str, name: str) -> bool:
    """Whether ``text`` names a man only in Russian forms of an oblique case ("заявление зама
    секретаря Совбеза Дмитрия Медведева", "об отношении Путина к Джо Байдену", "О Трампе и
    Байдене"): whose a thing is, or whom it is about, never a subject."""
    if _gender_of(name) != "m":
        return False
    forms = [found.group().split()[-1] for found in _name_re(name).finditer(label_key(text))]
    nominatives = known_label_forms()  # ("небензя" ends as a genitive does, "шойгу" a dative)
    return bool(forms) and all(
        has_cyrillic(form) and form.endswith(_OBLIQUE_ENDINGS) and form not in nominatives
        for form in forms
    )


def _sayers(paragraphs: list[str]) -> list[Sayer]:
    return [sentence_sayer(text, masked) for text, masked in _sentences(paragraphs)]


def _sentences(paragraphs: list[str]) -> list[tuple[str, str]]:
    """Each sentence as written and with its quotes blanked out."""
    out: list[tuple[str, str]] = []
    for paragraph in paragraphs:
        masked = mask_quotes(paragraph)
        out.extend((paragraph[a:b], masked[a:b]) for a, b in _spans(paragraph))
    return out


def is_report(paragraphs: list[str], main_speaker: str | None) -> bool:
    """Whether unlabelled text reads as a report about its speakers rather than their words.

    A report speaks of its main speaker in the third person (as the one who says something,
    or at all outside quotes), and its narration hardly ever says "I" or "we" outside quotes.
    """
    if main_speaker is not None:
        paragraphs = [
            p
            for p in paragraphs
            if not _caption(p, main_speaker) and not _event_heading(p, main_speaker)
        ]
    # ("STATEMENT BY MR. ALEXANDER LUKASHEVICH, PERMANENT REPRESENTATIVE ...": the title
    # again in capitals, which names him as every title does.)
    paragraphs = [p for p in paragraphs if not _in_capitals(p)]
    sentences = _sentences(paragraphs)
    if not sentences:
        return False
    # A digest of someone's statements ("• ...", "...;" items) quotes the page's speaker; a
    # numbered list of headings ("1. The situation in Syria") is a briefing's contents, not
    # narration (numbered sentences may well be a story's: "2. Kyiv replied that ...").
    items = sum(
        p.lstrip().startswith(("•", "·", "-", "–", "—"))
        or p.rstrip().endswith(";")
        or (NUMBERED_RE.match(p.lstrip()) is not None and not _SENTENCE_END_RE.search(p.rstrip()))
        for p in paragraphs
    )
    if items * 2 > len(paragraphs):
        return False
    sayers = [sentence_sayer(text, masked) for text, masked in sentences]
    # ("We were never asleep, nor did we change our position, Lukashevich said.": a copy that
    # lost its quote marks says "we" in sentences that name their sayer; those are quotes.)
    said_by_self = sum(
        _FIRST_PERSON_RE.search(masked) is not None and not isinstance(sayer, str)
        for (_, masked), sayer in zip(sentences, sayers, strict=True)
    )
    if said_by_self > _MAX_FIRST_PERSON_SHARE * len(sentences):
        return False
    named = {s for s in sayers if isinstance(s, str)}
    if main_speaker is None:
        # ("Как рассказал изданию депутат X, ...": a retelling's opening names whose words the
        # sentence gives; text saying "I" or "we" so seldom is no official's own remarks.)
        return (
            bool(named)
            or any(
                isinstance(sentence_sayer(text, masked, report=True), str)
                for text, masked in sentences
                if _AS_OPENING_RE.match(masked)
            )
            # A column of sayings, each quote under a line with its sayer's name.
            or any(
                _name_line(line) and nxt.lstrip()[:1] in _QUOTE_OPEN
                for line, nxt in itertools.pairwise(paragraphs)
            )
            # A digest: "Here's a selection of quotes from X's report:".
            or any(_QUOTES_FROM_RE.match(p.strip()) for p in paragraphs)
        )
    # Others quoted by name are no sign: a spokeswoman's briefing quotes the minister. But a
    # quote closed by another person's attribution ("«...», – заявила Захарова агентству
    # ТАСС") under a headline about someone else is a report of that person's words.
    narration = " ".join(masked for _, masked in sentences)
    # (By surname alone too: "Kozak told reporters" under a lead naming Dmitry Kozak, whom
    # the table names only in full, since others share his surname.)
    third_person = mentions(narration, main_speaker) > 0 or (
        main_speaker is not None and mentions_by_surname(narration, main_speaker) > 0
    )
    closed_by_other = any(
        isinstance(sayer, str)
        and sayer != main_speaker
        and (_QUOTE_THEN_DASH_RE.search(text) or _QUOTE_CLOSED_ON_COMMA_RE.search(text))
        for (text, _), sayer in zip(sentences, sayers, strict=True)
    )
    # "Yuri Ushakov stated that ..." opening the text under a headline about Putin: the
    # narration's sayer, not the person the headline names, speaks.
    # So does a lead whose later sentence hands what it said to him ("Российская сторона дала
    # ответ ... . Об этом сообщил посол ... Олег Миронов"), under a headline about Putin; not
    # one that only goes on to retell another ("Джонсон вновь рассказывает, что ..." in the
    # spokeswoman's comment).
    lead = len(_sentences(paragraphs[:1]))
    opened_by_other = (
        isinstance(sayers[0], str)
        and sayers[0] != main_speaker
        and not first_person(sentences[0][1])
    ) or any(
        isinstance(sayer, str)
        and sayer != main_speaker
        and _BACK_REFERENCE_RE.match(masked) is not None
        and not first_person(masked)
        for (_, masked), sayer in zip(sentences[1:lead], sayers[1:lead], strict=True)
    )
    if main_speaker in named or third_person or closed_by_other or opened_by_other:
        return True
    # A person not in the table, named in full by post and then said to speak by surname or
    # post alone («Посол ... Иван Петров ...», «"...", — ответил Петров», «подчеркнул посол»).
    return main_speaker in _sayers_resolved(paragraphs)


def _in_capitals(paragraph: str) -> bool:
    """Whether a paragraph is written in capitals (a heading: nine letters in ten or more)."""
    letters = [ch for ch in paragraph if ch.isalpha()]
    return len(letters) >= 12 and sum(ch.isupper() for ch in letters) * 10 >= 9 * len(letters)


# The opening of a line that names a text by its kind and giver: «Выступление и ответы на
# вопросы СМИ ...», "Remarks by ...", "Statement of ...".
_EVENT_HEADING_RE = re.compile(
    r"^(?:(?:opening|closing|introductory)\s+(?:remarks|statement)|statement|remarks|speech|"
    r"address|answers|commentary|выступление|заявление|ответы|комментарий|"
    r"(?:вступительное|заключительное)\s+слово|речь)(?![^\W\d_])",
    re.IGNORECASE,
)
# The kind of text named after its giver: "Russian MFA Spokesman Mikhail Kamynin Commentary
# Regarding Russian-US Missile Defense Negotiations".
_KIND_AFTER_GIVER_RE = re.compile(
    r"(?<![^\W\d_])(?:commentary|comments?|statement|remarks|answers|speech|interview)\s+"
    r"(?:regarding|on|about|concerning|in\s+connection\s+with)(?![^\W\d_])",
    re.IGNORECASE,
)
#: A heading that names its text's kind and giver is one sentence of this many words at most.
_EVENT_HEADING_WORDS = 45


def _event_heading(paragraph: str, speaker: str) -> bool:
    """Whether a paragraph is a heading naming the text below and its giver («Выступление и
    ответы на вопросы СМИ Верховного представителя ЕС Федерики Могерини в ходе ...»): the
    speaker named in the third person there gives no sign that a reporter tells the rest."""
    text = paragraph.strip()
    kind = _EVENT_HEADING_RE.match(text) or (
        (after := _KIND_AFTER_GIVER_RE.search(text)) and mentions(text[: after.start()], speaker)
    )
    return (
        bool(kind)
        and len(text.split()) <= _EVENT_HEADING_WORDS
        and len(sentence_spans(text)) == 1
        and not has_say_verb(text)
        and mentions(text, speaker) > 0
    )


#: A photo's caption inside a speech is a post and a name: this many words at most.
_SPEECH_CAPTION_WORDS = 14


def _caption(paragraph: str, speaker: str) -> bool:
    """Whether a paragraph is only a caption naming ``speaker`` ("Permanent Representative of
    Russia to the UN Vassily Nebenzia" under a photo inside his speech): no sentence, no
    verb, his post and name. It names him in the third person without reporting anything."""
    text = paragraph.strip()
    return (
        len(text.split()) <= _SPEECH_CAPTION_WORDS
        and not _SENTENCE_END_RE.search(text)
        and not text.endswith(":")
        and not has_say_verb(text)
        and person_name(text) == speaker
    )


# A quote closed and followed by a dash or a comma and then its attribution: "», – заявила".
_QUOTE_THEN_DASH_RE = re.compile(r"[»”\"][.,]?\s*[–—-]?\s*[,–—-]\s*[^\W\d_]")
# ... or, as English copy closes it, its comma inside the mark: '"...," Ushakov said'.
_QUOTE_CLOSED_ON_COMMA_RE = re.compile(r"[,?!][”\"]\s+[^\W\d_]")


def _report_sayers(paragraphs: Sequence[str]) -> tuple[list[bool], list[list[Sayer]]]:
    """Whether each paragraph goes on with a quote the one before opened, and each
    paragraph's sayers sentence by sentence, as a report reads them."""
    continued = [False] + [
        _quote_goes_on(previous, paragraph, last=number == len(paragraphs) - 1)
        for number, (previous, paragraph) in enumerate(itertools.pairwise(paragraphs), 1)
    ]
    all_sayers = [
        paragraph_sayers(paragraph, report=True, continued=going_on)
        for paragraph, going_on in zip(paragraphs, continued, strict=True)
    ]
    return continued, all_sayers


# "President Vladimir Putin", "Turkish President Recep Tayyip Erdogan", "Президент Турции
# Реджеп Эрдоган": someone the narration calls president (a country may stand between).
_PRESIDENT_NAMED_RE = re.compile(
    r"(?<![\w-])(?:[Pp]resident|[Пп]резидент(?P<genitive>а)?)\s+(?:of\s+(?:the\s+)?)?"
    r"(?P<name>[A-ZА-ЯЁ][\w'’-]+(?:\s+[A-ZА-ЯЁ][\w'’-]+){0,3})"
)


# "... of the President", "... to the president": a post held under a president, before it;
# «пресс-секретаря президента Дмитрия Пескова», «помощник президента ...» in Russian.
_OF_THE_PRESIDENT_RE = re.compile(
    r"(?<![\w-])(?:of|to|for)\s+(?:the\s+)?$|(?:пресс-секретар|помощник|советник|администраци|"
    r"представител|полпред|посланник|секретар|руководител|глав|заместител|уполномоченн|"
    r"управделами|спикер|аппарат)[а-яё]*\s+$",
    re.IGNORECASE,
)
# A first name in the genitive: «президента РФ Дмитрия Медведева», «Владимира Путина».
_GENITIVE_FIRST_NAME_RE = re.compile(r"^[А-ЯЁ][а-яё]+[ая]$")


def presidents_named(masked: str) -> set[str]:
    """The people a paragraph's narration calls president, by their names."""
    found: set[str] = set()
    for match in _PRESIDENT_NAMED_RE.finditer(masked):
        if _OF_THE_PRESIDENT_RE.search(masked, 0, match.start()):
            # "The press secretary of the President of Russia Dmitry Peskov": the name is the
            # aide's, after the post of the one he serves.
            continue
        words = match.group("name").split()
        for start in range(min(2, len(words) - 1) + 1):  # past a country: "Турции Реджеп ..."
            if match.group("genitive") and not _GENITIVE_FIRST_NAME_RE.match(words[start]):
                # «встречи президента РФ Дмитрия Медведева» calls him president; the name
                # after «президента» in another case is someone else's («... президента
                # Дмитрий Песков»).
                continue
            if name := person_name(" ".join(words[start:])):
                found.add(name)
                break
    return found


def _sayers_resolved(paragraphs: list[str]) -> tuple[Sayer, ...]:
    # main_sayer and is_report ask about the same page one after the other.
    return _sayers_resolved_of(tuple(paragraphs))


@lru_cache(maxsize=4)
def _sayers_resolved_of(page: tuple[str, ...]) -> tuple[Sayer, ...]:
    """The paragraphs' sayers with a surname alone read as the one person named in full
    before it (:func:`_surnames_again`), as :func:`attribute` reads them; and a post alone
    («подчеркнул посол», "the diplomat added") as the one person the page names by a post,
    when it names no one else in full."""
    paragraphs = list(page)
    continued, all_sayers = _report_sayers(paragraphs)
    _surnames_again(paragraphs, all_sayers, continued)
    sayers = [sayer for sayers in all_sayers for sayer in sayers]
    if Ref.OWN_POST in sayers:
        # Only on a page that names no one else in full: a post alone could be another's.
        posted = {
            name
            for paragraph in paragraphs
            for name in (*_posted_names(paragraph), *_subject_names(paragraph))
        }
        named = {name for paragraph in paragraphs for name in _full_names(paragraph)}
        if len(posted) == 1 and named <= posted:
            person = posted.pop()
            sayers = [person if s is Ref.OWN_POST else s for s in sayers]
    if Ref.RUSSIAN_PRESIDENT in sayers:
        # "В ходе встречи президента РФ Дмитрия Медведева ... Президент России отметил: ...":
        # the one Russian president the page calls president (as Narration reads it).
        called = {
            name for paragraph in paragraphs for name in presidents_named(mask_quotes(paragraph))
        } & _RUSSIAN_PRESIDENTS
        if len(called) == 1:
            person = called.pop()
            sayers = [person if s is Ref.RUSSIAN_PRESIDENT else s for s in sayers]
    if Ref.PRONOUN in sayers and not any(isinstance(s, str) for s in sayers):
        # "Андрей Илларионов встретил меня ... «...», — говорит он мне": someone the table
        # does not know, named only as the page's subject, is whom "he said" names.
        subjects = {name for paragraph in paragraphs for name in _subject_names(paragraph)}
        if len(subjects) == 1:
            person = subjects.pop()
            sayers = [person if s is Ref.PRONOUN else s for s in sayers]
    return tuple(sayers)


#: A sentence gives someone's own words when its quote marks hold this many characters at
#: least (not a name in them: «Росатом», "Izvestia").
_QUOTED_WORDS_LENGTH = 30


def _quoted_length(text: str, masked: str) -> int:
    """How many characters of a sentence its quote marks hold (:func:`mask_quotes`)."""
    return sum(1 for a, b in zip(text, masked, strict=False) if a != b)


def main_sayer(paragraphs: list[str], *, story: bool = False) -> str | None:
    """Whom a report is about: the known official it quotes most, else the person it quotes
    most, else the known official it names most (the first one wins a tie).

    ``story``: the paragraphs are a whole story (not a heading, "Другие заявления Ушакова:",
    whose genitive names whose statements follow): then an official it names only inside
    quotes ("«Этот автомат нам подарил ... Дмитрий Рогозин»": whom the quote's speaker speaks
    of) or only in the genitive ("заявление зама секретаря Совбеза Дмитрия Медведева": the
    story's background) is not whom it is about.
    """
    sayers: Sequence[Sayer] = _sayers(paragraphs)
    counts: Counter[str] = Counter(s for s in sayers if isinstance(s, str))
    if not counts or any(_INITIALLED_RE.match(name) for name in counts):
        # Only surnames or posts say ("«...», — ответил Петров", «подчеркнул посол»), or
        # initials ("— подчеркнул А.Алексеев"): the one named in full before them.
        sayers = _sayers_resolved(paragraphs)
        counts = Counter(s for s in sayers if isinstance(s, str))
    officials = Counter({name: n for name, n in counts.items() if is_known_official(name)})
    if not officials and not counts:
        text = " ".join(mask_quotes(p) if story else p for p in paragraphs)
        found: list[tuple[int, str, int]] = []
        for speaker in KNOWN_SPEAKERS:
            if (n := mentions(text, speaker.name)) and not (
                story and _only_genitive(text, speaker.name)
            ):
                named_at = _name_re(speaker.name).search(label_key(text))
                found.append((named_at.start() if named_at else len(text), speaker.name, n))
        # (In the order the text names them: of two named as often, the first one named wins,
        # not the one the table lists first.)
        for _, name, n in sorted(found):
            officials[name] = n
    ranked = officials or counts
    if not ranked:
        return None
    best = max(ranked.values())
    tied = [name for name in ranked if ranked[name] == best]
    if len(tied) > 1:
        # Said as often: the one who speaks first, when the page also gives more of his own
        # words in quote marks ('"...," Nebenzia noted' over a later paragraph's "Maduro ...
        # said he was severing ties", which names Maduro more often).
        sentences = _sentences(paragraphs)
        if len(sentences) == len(sayers):
            quoted = Counter(
                sayer
                for (text, masked), sayer in zip(sentences, sayers, strict=True)
                if isinstance(sayer, str) and _quoted_length(text, masked) >= _QUOTED_WORDS_LENGTH
            )
            first = next((s for s in sayers if isinstance(s, str) and s in tied), None)
            if first and all(quoted[first] > quoted[name] for name in tied if name != first):
                return first
            # Still even: the one whose own words stand whole more often ("«...», — сказал
            # он" after "Ушаков подтвердил ...", against a few words of Putin's set in quote
            # marks inside the narration).
            direct = _direct_quotes(sentences, sayers)
            most = max(direct[name] for name in tied)
            ahead = [name for name in tied if direct[name] == most]
            if most and len(ahead) == 1:
                return ahead[0]
    if len(tied) > 1:
        # Quoted as often: the one the page names more ("Песков отреагировал ..." over a
        # story that also recalls what Lavrov once said); still a tie, the first one.
        text = " ".join(paragraphs)
        named = {name: mentions(text, name) for name in tied}
        return max(tied, key=lambda name: named[name])
    return tied[0]


# A sentence that ends someone's words given whole with the attribution after them: «...», —
# сказал он', '"...," he said'.
_CLOSED_BY_ATTRIBUTION_RE = re.compile(r"[»”\"]\s*,?\s*[–—-]\s+[^\W\d_]|[,?!][”\"]\s+[^\W\d_]")


def _direct_quotes(sentences: list[tuple[str, str]], sayers: Sequence[Sayer]) -> Counter[str]:
    """Per person, the sentences that close their words given whole with the attribution,
    theirs or "he" after they were named last."""
    counts: Counter[str] = Counter()
    last: str | None = None
    for (text, _), sayer in zip(sentences, sayers, strict=True):
        who = sayer if isinstance(sayer, str) else last if sayer is Ref.PRONOUN else None
        if isinstance(sayer, str):
            last = sayer
        if who and _CLOSED_BY_ATTRIBUTION_RE.search(text):
            counts[who] += 1
    return counts


_INTERVIEW_RE = re.compile(r"(?<![^\W\d_])(?:interview\w*|интервью)", re.IGNORECASE)


# A lead telling that a reporter asked the one interviewed: «... АНДРЕЯ ФУРСЕНКО расспросила
# корреспондент Ъ ...», "..., asked by our correspondent".
_ASKED_BY_REPORTER_RE = re.compile(
    r"(?<![^\W\d_])(?:расспросил[аи]?|расспрашивал[аи]?|спросил[аи]?)\s+(?:наш[аи]?\s+)?"
    r"(?:корреспондент|журналист|обозревател|репортер|репортёр)"
    r"|(?<![^\W\d_])(?:interviewed|asked)\s+by\s+(?:our\s+|the\s+|a\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:correspondent|reporter|journalist)",
    re.IGNORECASE,
)


def _asked_by_reporter(lead: list[str]) -> str | None:
    """The one person a lead's sentence names before "расспросила корреспондент" (a name in
    capitals as a paper sets it, «АНДРЕЯ ФУРСЕНКО», read in title case), or None."""
    found: set[str] = set()
    for paragraph in lead:
        for match in _ASKED_BY_REPORTER_RE.finditer(paragraph):
            stop = paragraph.rfind(". ", 0, match.start())
            start = stop + 2 if stop >= 0 else 0
            before = re.sub(
                r"(?<![^\W\d_])[А-ЯЁA-Z]{2,}(?:-[А-ЯЁA-Z]{2,})?(?![^\W\d_])",
                lambda m: m.group(0).capitalize(),
                paragraph[start : match.start()],
            )
            found |= _full_names(before)
    return found.pop() if len(found) == 1 else None


def interviewee(lead: list[str], *, of_interview: bool = False) -> str | None:
    """The one a lead over an interview names as giving it: the only person its sentences
    have say something, in a lead that speaks of an interview ("Deputy Foreign Minister
    Sergei Ryabkov said in an interview with Interfax that ...", "Рябков в интервью
    «Интерфаксу» заявил ..."); else the one known official a conversation is held with
    ("Izvestia spoke with Deputy Foreign Minister Sergei Ryabkov about ...", "«Известия»
    поговорили с замминистра Сергеем Рябковым"); None if it names no one so, or two people.
    ``of_interview``: the page's title calls it an interview (the lead need not say so)."""
    interview = (
        of_interview
        or tells_a_reporter(lead)
        or any(
            _INTERVIEW_RE.search(paragraph)
            or _QUESTIONS_ANSWERED_RE.search(paragraph)
            or _ASKED_BY_REPORTER_RE.search(paragraph)
            for paragraph in lead
        )
    )
    if interview and (asked := _asked_by_reporter(lead)):
        # «... АНДРЕЯ ФУРСЕНКО расспросила корреспондент Ъ АННА Ъ-КАЧУРОВСКАЯ.»: the one the
        # reporter asked, named before the verb.
        return asked
    if interview:
        # "... рассказал корреспонденту РИА Новости Александре Дибижевой посол Эквадора в РФ
        # Хулио Прадо Эспиноса": the one named by his post after the words; two so named
        # ("рассказали ... посол X и посол Y") are no one interviewee.
        told = {
            name
            for paragraph in lead
            if (found := _TOLD_CORRESPONDENT_RE.search(paragraph))
            for name in _posted_names(paragraph[found.end() :])
        }
        if len(told) > 1:
            return None
        sayers = _sayers(lead)
        named = {sayer for sayer in sayers if isinstance(sayer, str)}
        if not named and Ref.SOMEONE in sayers:
            # "Президент ... назначил Семена Григорьева послом ... В своем первом интервью ...
            # Григорьев рассказал ...": a surname alone says, of one named in full before.
            named = _surname_sayers(lead)
        if named:
            return named.pop() if len(named) == 1 else None
        # "In an interview with Izvestia, Deputy Foreign Minister Sergei Ryabkov spoke about
        # ...", "Замминистра Сергей Рябков ответил на вопросы «Известий»": no verb of saying,
        # but one person named in full, a known official, is the one interviewed.
        people = {name for paragraph in lead for name in _full_names(paragraph)}
        # ("..., Mikhail Bogdanov, in an interview with Interfax correspondent Ksenia
        # Baigarova, spoke about ...": the one who asks is not the one interviewed.)
        people -= {name for paragraph in lead for name in _reporters_named(paragraph)}
        person = next(iter(people)) if len(people) == 1 else None
        if person is None and len(people) > 1:
            # "Dr. X, Minister of State ..., spoke with TASS in an interview about ..." under
            # a paragraph of background naming others: the one the interview's sentence names.
            interviewed = {
                name
                for paragraph in lead
                if _INTERVIEW_RE.search(paragraph)
                for name in _full_names(paragraph)
            }
            person = next(iter(interviewed)) if len(interviewed) == 1 else None
        if person is None and len(people) > 1:
            # "Первым объектом, который Николай Удовиченко посетил в Бишкеке, стал дом-музей
            # Чингиза Айтматова": of several, the one known official named in the nominative.
            named_so = {name for paragraph in lead for name in _known_nominatives(paragraph)}
            person = next(iter(named_so)) if len(named_so) == 1 else None
        if person is not None and (
            is_known_official(person)
            # "... посол ... Михаил Камынин в своем первом интервью ... . Дипломат рассказал
            # ТАСС о ...": the one person named, then said to speak by his post.
            or Ref.OWN_POST in _sayers(lead)
            # "..., Russian Ambassador to Thailand Kirill Barsky discusses relations ...": the
            # one person named, and named by his post.
            or any(person in _posted_names(paragraph) for paragraph in lead)
        ):
            return person
        # "Russian Ambassador to Chile Ivan Petrov answers the questions of El Mercurio": the
        # one named right before the words is the one who answers, known or not.
        answering = {
            name
            for paragraph in lead
            if (found := _QUESTIONS_ANSWERED_RE.search(paragraph))
            # («На вопросы «Вестника» отвечает посол ...»: the name after the words.)
            for name in _full_names(
                paragraph[found.end() :]
                if found.group().lower().startswith("на")
                else paragraph[: found.start()]
            )
        }
        if len(answering) == 1:
            return answering.pop()
        if len(told) == 1:
            return told.pop()
    # Most leads hold no such words ("with", "to", "с ", "interview"): spared the pattern.
    if not interview and not any(
        " with " in p or " to " in p or " с " in p or "terview" in p for p in lead
    ):
        return None
    partners = {name for paragraph in lead for name in _conversation_partners(paragraph)}
    partners |= {name for paragraph in lead for name in _guests(paragraph)}
    if interview:
        partners |= {name for paragraph in lead for name in _interview_givers(paragraph)}
    return partners.pop() if len(partners) == 1 else None


def _surname_sayers(lead: list[str]) -> set[str]:
    """The people named in full in ``lead`` (in any case) whose surname alone is a verb of
    saying's subject there ("Григорьев рассказал", "said Grigoriev")."""
    people = {name for paragraph in lead for name in _full_names(paragraph)}
    found: set[str] = set()
    for paragraph in lead:
        for match in _SURNAME_SAYS_RE.finditer(mask_quotes(paragraph)):
            word = match.group("before") or match.group("after")
            key = _word_key(word)
            found |= {person for person in people if key in _surname_keys(person)}
    return found


def title_posted(title: str) -> str | None:
    """The one person a headline names in full after a post, known to the table or not."""
    people = set(_posted_names(title))
    return people.pop() if len(people) == 1 else None


def title_interviewee(title: str) -> str | None:
    """The only person an interview's title names in full, known or not ("Interview of the
    Russian Ambassador to the UK Andrei Kelin to The Times"), as the one who gave it; of two
    such names, the only one that opens with a first name (the other is an outlet's: "the
    Evening Courier")."""
    people = {
        p for p in _full_names(title) if not _outlet_in(title, p) and not _placed_in(title, p)
    }
    # "Interview of the Consul General of Russia in New York A.G.Markov to ...": initials glued
    # to a surname, as the Ministry's English pages write its diplomats; two capitalised words
    # that open with no first name ("San Francisco") are a place's then.
    initialled = {canonical_speaker(m.group()) for m in _LATIN_INITIALLED_RE.finditer(title)}
    if len(people) > 1 or initialled:
        people = {p for p in people if is_first_name_form(label_key(p.split()[0]))}
    elif _title_case(title):
        # "Russian Ambassador Disarms Lying American Press in Candid Interview": in a title
        # whose every word is capitalised, two of them are a name only when they read as one.
        people = {
            p for p in people if is_first_name_form(label_key(p.split()[0])) or is_known_official(p)
        }
    if not people:
        people = set(_initialled_genitives(title)) or initialled
    return people.pop() if len(people) == 1 else None


def _title_case(title: str) -> bool:
    """Whether a title capitalises its words as English headlines do ("Russian Ambassador
    Disarms Lying American Press"): all but the short ones."""
    words = [w for w in re.findall(r"[^\W\d_]+", title) if len(w) > 3]
    return len(words) >= 4 and all(w[0].isupper() for w in words)


def _placed_in(title: str, name: str) -> bool:
    """Whether two capitalised words a title names are a place: after "in", "at", «в» and
    with no first name first ("The interview was recorded on June 18, 2011 in St Petersburg")."""
    if is_first_name_form(label_key(name.split()[0])):
        return False
    return re.search(rf"(?<![\w-])(?:in|at|в|во)\s+{re.escape(name)}", title) is not None


# Initials and a surname in Latin letters: "A.G.Markov", "A. G. Markov", "S.Lavrov".
_LATIN_INITIALLED_RE = re.compile(
    r"(?<![\w.])(?:[A-Z]\.\s?){1,2}[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?![\w.])"
)


# "Интервью Посла России в Чили П.С.Морозова телеканалу ...": initials and a surname in the
# genitive that an interview's title puts its giver in.
_INITIALLED_GENITIVE_RE = re.compile(
    r"(?<![\w.])(?:интервью|выступление|статья|ответы|комментарий)\s[^.]*?"
    r"(?P<name>(?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)(?![\w.])",
    re.IGNORECASE,
)
# Genitive endings of a surname -> nominative: a man's "-ова" is "-ов", a woman's "-овой" is
# "-ова" ("Захаровой"), "-ского" is "-ский".
_TITLE_GENITIVE_ENDINGS = (
    ("ской", "ская"), ("цкой", "цкая"), ("ского", "ский"), ("цкого", "цкий"), ("овой", "ова"),
    ("евой", "ева"), ("иной", "ина"), ("ова", "ов"), ("ева", "ев"), ("ёва", "ёв"), ("ина", "ин"),
    ("ына", "ын"),
)  # fmt: skip


def _initialled_genitives(title: str) -> list[str]:
    """People an interview's title names by initials and a genitive surname, in the
    nominative and spelt as a speaker ("П.С.Морозова" -> "P.S.Morozov")."""
    found = []
    for match in _INITIALLED_GENITIVE_RE.finditer(title):
        *initials, surname = re.split(r"(?<=\.)\s?", match.group("name"))
        for genitive, nominative_ending in _TITLE_GENITIVE_ENDINGS:
            if surname.endswith(genitive):
                surname = surname[: -len(genitive)] + nominative_ending
                found.append(canonical_speaker("".join(initials) + surname))
                break
    return found


# What an interview was given to or for, right before a name: "... interview for Sunday
# Express", "... to the Evening Courier".
_FOR_OUTLET_RE = re.compile(
    r"(?<![^\W\d_])(?:for|to)\s+(?:the\s+)?$"
    # ... or, in Russian, after an outlet's noun or an adjective in the dative or genitive
    # («австрийской Die Presse», «газете Le Figaro», «американскому CNN»).
    r"|(?<![^\W\d_])(?:газет[еыа]|издани[юя]|телеканал[уа]|агентств[уа]|журнал[уа]|радио"
    r"|порталу|[а-яё]+(?:ской|скому|ского|цкой|цкому|ному|ной|ому|ой))\s+$",
    re.IGNORECASE,
)


def _outlet_in(title: str, name: str) -> bool:
    """Whether the title gives ``name`` only right after "for" or "to": the outlet an
    interview was given for ("Ambassador Yakovenko's interview for Sunday Express"), no
    person ("... Ambassador to the UK Andrei Kelin" has the country between)."""
    spots = [m.start() for m in re.finditer(re.escape(name), title)]
    return bool(spots) and all(_FOR_OUTLET_RE.search(title[:at]) for at in spots)


# "answered questions from Izvestia", "ответил на вопросы «Известий»", "На вопросы «Известий»
# ответил ...": an interview's lead without the word.
# "О том, ..., рассказал корреспонденту РИА Новости ... посол X", "told a TASS
# correspondent": an agency's words for the interview under its lead.
_TOLD_CORRESPONDENT_RE = re.compile(
    r"(?<![^\W\d_])(?:рассказал[аи]?|сообщил[аи]?)\s+корреспондент(?:у|ке)"
    # («... рассказал “Ъ”, как ...», «рассказал «Известиям»»: told the paper, which asks.)
    r"|(?<![^\W\d_])рассказал[аи]?\s+[«“\"](?:Ъ|[А-ЯЁA-Z][^«»“”\"]{1,30})[»”\"]"
    r"|(?<![^\W\d_])в\s+беседе\s+с\s+корреспондент(?:ом|кой)"
    r"|(?<![^\W\d_])told\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}correspondent"
    # ("..., tells Anirban Bhaumik of DH that ...": a reporter named with his paper.)
    r"|(?<![^\W\d_])(?:tells|told)\s+(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\s+of\s+"
    r"(?:the\s+)?(?-i:[A-Z])",
    re.IGNORECASE,
)


def tells_a_reporter(lead: list[str]) -> bool:
    """Whether a lead says its speaker told a correspondent, or a reporter of a paper ("...,
    tells Anirban Bhaumik of DH that ..."): the questions under it are that reporter's."""
    return any(_TOLD_CORRESPONDENT_RE.search(paragraph) for paragraph in lead)


_QUESTIONS_ANSWERED_RE = re.compile(
    r"(?<![^\W\d_])answer(?:ed|s)\s+(?:the\s+)?questions"
    r"|(?<![^\W\d_])(?:ответил[аи]?|отвечает)\s+на\s+(?:[а-яё]+\s+)?вопрос"
    r"|(?<![^\W\d_])на\s+вопросы\s+[^.!?]{0,60}?(?:ответил|отвечает)"
    # («На вопрос журналистов о здоровье ... (ранее ...) Медведев ответил: ...»)
    r"|(?<![^\W\d_])на\s+вопрос\s+журналист\w*\s[^.!?]{0,160}?(?:ответил|отвечает)"
    # «Ниже приводятся ответы постпреда на вопросы корреспондента», "his answers to questions"
    r"|(?<![^\W\d_])ответы\s+(?:[а-яё]+\s+){0,2}на\s+вопросы"
    r"|(?<![^\W\d_])answers\s+(?:\w+\s+){0,2}to\s+(?:the\s+)?questions",
    re.IGNORECASE,
)


def _known_nominatives(paragraph: str) -> set[str]:
    """The known officials a Russian paragraph names in full in the nominative (outside
    quotes); an English one shows no case."""
    if not has_cyrillic(paragraph):
        return set()
    words = mask_quotes(paragraph).split()
    found: set[str] = set()
    for end in range(1, len(words)):
        if words[end][:1].isupper() and words[end - 1][:1].isupper():
            span = f"{words[end - 1]} {words[end]}".strip(",.;:!?()")
            known = find_known_speaker(span)
            if known is not None and known.official:
                found.add(known.name)
    return found


# A reporter's job word, a name close after it the one who asks: "Interfax correspondent
# Ksenia Baigarova", «корреспондент РИА Новости Александра Дибижева».
_REPORTER_NOUN_RE = re.compile(
    r"(?<![^\W\d_])(?:correspondent|reporter|journalist|interviewer|host|anchor"
    r"|корреспондент\w*|журналист\w*|обозревател\w+|ведущ(?:ий|ая|ему|ей|им))\s",
    re.IGNORECASE,
)
#: How far after the job word the name may start (an outlet's name between).
_REPORTER_NAME_REACH = 25


def _reporters_named(paragraph: str) -> set[str]:
    """The people a paragraph names right after a reporter's job word."""
    found: set[str] = set()
    for match in _REPORTER_NOUN_RE.finditer(paragraph):
        after = paragraph[match.end() : match.end() + _REPORTER_NAME_REACH + 40]
        # (Names come back in the table's spelling, not the page's: those that a cut at the
        # reach loses are the ones that start within it.)
        found |= _full_names(after) - _full_names(after[_REPORTER_NAME_REACH:])
    return found


# A programme's guest, named right after: «Гостем программы «Специальный гость» ... стал
# пресс-секретарь президента Дмитрий Песков», "The guest of the programme was ...".
_GUEST_RE = re.compile(
    r"(?<![^\W\d_])(?:гост(?:ем|ьей)\s[^.!?]{0,120}?\s(?:стал|стала|был|была)"
    r"|(?:the\s+)?guest\s+of\s[^.!?]{0,120}?\s(?:was|is))\s",
    re.IGNORECASE,
)


def _guests(paragraph: str) -> set[str]:
    """The people a paragraph names in full as a programme's guest (:data:`_GUEST_RE`), in the
    words after it up to the sentence's end."""
    if "гост" not in paragraph.lower() and "guest" not in paragraph.lower():
        return set()
    masked = mask_quotes(paragraph)
    found: set[str] = set()
    for match in _GUEST_RE.finditer(masked):
        rest = re.split(r"[.!?;]\s", paragraph[match.end() :], maxsplit=1)[0]
        found |= _full_names(rest)
    return found


# "X gave an interview to Izvestia", "X дал интервью «Известиям»": X is interviewed.
_GAVE_INTERVIEW_RE = re.compile(
    r"(?<![^\W\d_])(?:gave|granted|has given|had given)\s+(?:an?\s+)?(?:[a-z]+\s+)?interview"
    r"|(?<![^\W\d_])дал[аи]?\s+(?:[а-яё]+\s+)?интервью",
    re.IGNORECASE,
)


def _interview_givers(paragraph: str) -> set[str]:
    """The people a paragraph names as giving an interview (:data:`_GAVE_INTERVIEW_RE`)."""
    masked = mask_quotes(paragraph)
    found: set[str] = set()
    for match in _GAVE_INTERVIEW_RE.finditer(masked):
        subject = _clause_before(masked[: match.start()])
        if subject and (name := _last_person(subject)):
            found.add(name)
    return found


# A conversation held with someone, who is named right after: "spoke with", "sat down with",
# "interviewed", "поговорили с", "беседа с", "интервью у".
_CONVERSATION_RE = re.compile(
    r"(?<![^\W\d_])(?:spoke|talked|sat down|conversation|interview)\s+(?:with|to)\s"
    r"|(?<![^\W\d_])interviewed\s"
    r"|(?<![^\W\d_])(?:поговорил\w*|побеседовал\w*|пообщал\w*|бесед[аеуы]|интервью)\s+(?:с|со|у)\s"
    # "Об этом говорим в эфире радио Sputnik с ...": a broadcast's host speaking with a guest.
    r"|(?<![^\W\d_])(?:говорим|беседуем|разговариваем)(?:\s+[^\s.,;:!?]+){0,4}?\s+(?:с|со)\s",
    re.IGNORECASE,
)
# Where the partner's name and post end: "... Sergei Ryabkov about the talks", ", who ...".
_PARTNER_END_RE = re.compile(
    r"[,.;:!?()«»\"“”]|\s(?:about|on|regarding|for|о|об|обо|про|по|для|накануне)\s",
    re.IGNORECASE,
)
#: A partner's post and name take this many words at most after "spoke with" (a post of up
#: to five words, "Russian Deputy Foreign Minister", and a name of up to three).
_PARTNER_WORDS = 8


def officials_named(text: str) -> set[str]:
    """The known officials that ``text`` names, in any of their forms."""
    return {s.name for s in KNOWN_SPEAKERS if s.official and mentions(text, s.name)}


def _conversation_partners(paragraph: str) -> set[str]:
    """The known officials a paragraph names right after a conversation's words
    (:data:`_CONVERSATION_RE`): whom a journalist spoke with."""
    found: set[str] = set()
    for match in _CONVERSATION_RE.finditer(paragraph):
        after = paragraph[match.end() :]
        end = _PARTNER_END_RE.search(after)
        words = (after[: end.start()] if end else after).split()[:_PARTNER_WORDS]
        span = " ".join(words)
        known = officials_named(span)
        if not known and any(_POST_STEM_RE.match(_key(w)) for w in words):
            # "мы пообщались с послом России в Узбекистане Владимиром Тюрденевым": one person
            # named in full after his post, known to the table or not.
            people = _full_names(span)
            known = people if len(people) == 1 else known
        if not known and end is not None and after[end.start()] == ",":
            # "a conversation with Andrei Kiselenko, minister-counselor and charge d'affaires
            # of the Russian Embassy": one person named in full, his post after the comma.
            people = _full_names(span)
            post = after[end.end() :].split()[:_PARTNER_WORDS]
            if len(people) == 1 and any(_POST_STEM_RE.match(_key(w)) for w in post):
                known = people
        if not known and len(words) == 1 and words[0][:1].isupper():
            # "Umaru Kashaka spoke to Semivolos on this": a surname alone, of the one person
            # the paragraph named in full before it.
            before = paragraph[: match.start()]
            known = {p for p in _full_names(before) if p.split()[-1] == words[0]}
            known = known if len(known) == 1 else set()
        found |= known
    # "I had the honor of interviewing His Excellency, Yuri Klimenko": the one interviewed,
    # named in full, known to the table or not.
    for match in _INTERVIEWING_RE.finditer(paragraph):
        people = _full_names(paragraph[match.end() :][: _PARTNER_WORDS * 12])
        named = [p for p in people if p.split()[-1] in paragraph[match.end() :].split(",")[0]]
        if len(named) == 1:
            found.add(named[0])
    return found


# A post in any case, the one spoken with: "послом", "министром", "ambassador".
_POST_STEM_RE = re.compile(
    r"(?:посл[аоуе]|посол|(?:зам)?министр|президент|премьер|пресс-секретар|дипломат|постпред"
    r"|представител|консул|поверенн|ambassador|minister|envoy|president|spokes|diplomat"
    r"|representative|consul|charg[eé])"
)


# "interviewing (His Excellency,) X", "interviewed X": the object is the one interviewed.
_INTERVIEWING_RE = re.compile(
    r"(?<![^\W\d_])interview(?:ing|ed)\s+(?:(?:his|her)\s+excellency,?\s+|h\.\s?e\.\s+)?"
    r"(?=[A-Z])",
    re.IGNORECASE,
)


# A line of its own over the text: "Full transcript:", "Below is the full text:", «Полный
# текст:», «Стенограмма:».
_HANDING_LINE = (
    r"(?:(?:below|here)\s+(?:is|are)\s+)?(?:the\s+)?(?:full\s+|complete\s+|полный\s+)?"
    r"(?:transcript|text|текст|стенограмма)\s*:\s*$"
)
# A lead's last sentence handing over the text of a statement itself: «Текст опубликован на
# официальном сайте МИД РФ:», «Текст заявления:», "The statement reads:", "Its full text follows:".
_TEXT_HANDED = (
    r"(?:(?:полный|его|ее|её)\s+)?текст\s+(?:(?:заявления|обращения|выступления|послания)\s+)?"
    r"(?:опубликован|размещ[её]н|распростран[её]н|приводится|следующий|таков)|"
    r"(?:(?:полный|его|ее|её)\s+)?текст\s+(?:заявления|обращения|выступления|послания)\s*:|"
    r"(?:the|its|his|her)\s+(?:full\s+)?(?:text|statement)(?:\s+of\s+the\s+statement)?\s+"
    # ("The statement follows reports in the Financial Times that ...": a news verb.)
    r"(?:reads|follows(?=\s*[:.]?\s*$)|is as follows|was published|has been published|"
    r"was posted)"
    r"|" + _HANDING_LINE
)
_TEXT_HANDED_RE = re.compile(_TEXT_HANDED, re.IGNORECASE)
_HANDING_LINE_RE = re.compile(_HANDING_LINE, re.IGNORECASE)


def is_handing_line(paragraph: str) -> bool:
    """Whether a paragraph is only an editor's line over the text ("Full transcript:")."""
    return _HANDING_LINE_RE.match(paragraph.strip()) is not None


# An editor's lead announcing the text below: "The following are excerpts from ...", "Below is
# the full text of ...", "Приводим выдержки из ...", "Ниже — полный текст ...".
_ANNOUNCING_RE = re.compile(
    r"^\W*(?:the following (?:are|is)|below (?:is|are)|what follows is|here (?:is|are) "
    r"(?:the |an? )?(?:full |complete )?(?:text|transcript|excerpts?|extracts?)|"
    # ("The following op-ed article was released by ...", "The following statement was
    # issued by ...": a named kind of text handed over.)
    r"the following (?:[\w-]+\s+){1,3}(?:was|were|has been|have been) "
    r"(?:released|issued|published|posted|given|made|written|delivered)|"
    r"(?:(?:i am|i'm|we are|we're) publishing|we publish) (?:below )?(?:the |an? )?"
    r"(?:full |complete )?(?:text|transcript)|"
    # An outlet handing it over: "RT presents the full transcript of ...", «РИА Новости
    # публикует полный текст ...».
    r"(?:[A-ZА-ЯЁ][\w.-]*\s+){1,3}(?:presents|publishes|posts|публикует|приводит)\s+"
    r"(?:here\s+|below\s+|ниже\s+)?(?:the |an? )?(?:full |complete |полный |полную )?"
    r"(?:text|transcript|текст|стенограмму)|"
    # ("Сегодня мы публикуем некоторые цитаты из эксклюзивного интервью.")
    r"(?:(?:сегодня|ниже)\s+)?(?:мы\s+)?(?:приводим|публикуем)|предлагаем вашему вниманию|"
    r"ниже\s*(?:[—–-]|приводится|публикуется)|" + _TEXT_HANDED + ")",
    re.IGNORECASE,
)


def _announcement(lead: str) -> str | None:
    """A paragraph's editor's announcement of the text below: the paragraph itself when it
    opens with one, else its last sentence when that is one; None when it has none."""
    if _ANNOUNCING_RE.match(lead):
        return lead
    spans = sentence_spans(lead)
    last = lead[spans[-1][0] : spans[-1][1]] if len(spans) > 1 else ""
    return last if last and _ANNOUNCING_RE.match(last) else None


def hands_over_text(lead: str) -> bool:
    """Whether a paragraph's announcement hands over the text of a statement itself («Текст
    опубликован на официальном сайте МИД РФ:»): what follows is all the statement, no
    digest of remarks."""
    found = _announcement(lead)
    return found is not None and _TEXT_HANDED_RE.match(found.lstrip()) is not None


def announces(lead: str) -> bool:
    """Whether a paragraph opens or ends with an editor's announcement of the text below."""
    return _announcement(lead) is not None


def announced_speaker(lead: str) -> str | None:
    """The one person an editor's lead hands the text below to ("The following are excerpts
    from a press conference by Russian Foreign Minister Sergey Lavrov ...", "Приводим выдержки
    из выступления Сергея Лаврова"): the person its first sentence names as the event's, when
    it names no other known person; None for any other paragraph. The announcing sentence may
    also end the paragraph, right over the text ("A Security Council meeting was held. I am
    publishing the full transcript of the speech by Dmitry Polyansky, ...")."""
    found = _announcement(lead)
    if found is None:
        return None
    if found is lead:
        return event_speaker(lead)
    # ("Russian Foreign Minister Sergey Lavrov held a press conference ... Below is the full
    # text:": the announcing sentence names no one, the paragraph's first names the event's.)
    return event_speaker(found) or event_speaker(lead)


def event_speaker(lead: str) -> str | None:
    """The one person a lead's first sentence names as the event's ("Пресс-конференция
    Владимира Путина ...", "... excerpts from a press conference by Sergey Lavrov"), when it
    names no other known person; else None."""
    spans = sentence_spans(lead)
    first = lead[: spans[0][1]] if spans else lead
    speaker = speaker_from_title(first)
    others = {s.name for s in KNOWN_SPEAKERS if s.name != speaker and mentions(first, s.name)}
    return speaker if speaker and not others else None


#: A line that is only a person's name has this many words at most ("Сергей Железняк").
_NAME_LINE_WORDS = 3
_NAME_LINE_RE = re.compile(r"^[A-ZА-ЯЁ][\w'’-]+(?:\s+[A-ZА-ЯЁ][\w'’-]+){1,2}$")


def _name_line(paragraph: str) -> str | None:
    """The person a paragraph that is nothing but their full name names ("Алексей Журавлев"),
    else None."""
    line = paragraph.strip()
    if "\n" in line or _NAME_LINE_RE.match(line) is None:
        return None
    # A first name first ("Partners Expressed Solidarity" is a subhead, no one's name).
    first = line.split()[0].lower()
    if not (
        is_first_name_form(first)
        if has_cyrillic(first)
        else first in _FEMALE_FIRST_NAMES | _MALE_FIRST_NAMES
    ):
        return None
    return person_name(line)


# "Here's a selection of quotes from Sobyanin's two-hour report, which ...:": a digest of one
# person's quotes, whose name comes in the possessive.
_QUOTES_FROM_RE = re.compile(
    r"^\W*here(?:['’]s| is| are)\s+(?:a\s+)?(?:selection|some|a few|the best|highlights|"
    r"a roundup)\s+of\s+(?:the\s+)?(?:\w+\s+)?quotes\s+from\s+(?P<whose>[A-Z][\w'’-]+"
    r"(?:\s+[A-Z][\w'’-]+){0,2})['’]s?\s[^:]{0,160}:\s*$",
    re.IGNORECASE,
)


_INTERVIEW_RE = re.compile(r"(?<![^\W\d_])(?:interview\w*|интервью)(?![^\W\d_])", re.IGNORECASE)


_SENTENCE_END_RE = re.compile(r"[.!?…][\"'»”’)\]]*$")
