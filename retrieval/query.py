"""Query understanding: plain words in, search terms and filters out.

The query language (the README's "Query language" table):

* plain words; question words and stop words are dropped later by the analyzer;
* a known speaker's name restricts results to that speaker when the question is *about what
  they said* ("what did Lavrov say", "Lavrov's remarks", "according to Zakharova"), not when the
  name is only the topic ("Zakharova on Lavrov's visit");
* ``speaker:zakharova``, ``speaker:"Sergey Lavrov"``, ``speaker:question`` (journalists' questions);
* dates: ``in 2021``, ``in May 2019``, ``since 2020``, ``before 2019``, ``after 2019``,
  ``from:2021-01-01 to:2021-06-30`` and Russian equivalents (``в 2021 году``, ``с 2020 года``);
* ``"exact phrase"`` (also curly quotes) must occur; ``-word`` excludes; Russian quotation
  marks (``«Аргументы и факты»``) quote a name or title, searched as words, not a phrase;
* ``lang:en`` / ``lang:ru`` keeps passages in one language.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import partial

from retrieval.name_words import is_common_word
from retrieval.names import is_spelling_of
from retrieval.passages import QUESTION_SPEAKER
from retrieval.question_context import speaker_post_spans
from retrieval.russian_names import surname_forms_of_latin
from retrieval.speakers import POST_WORDS, SURNAME_SPELLINGS
from retrieval.stopwords import is_stop_surface
from retrieval.text import (
    MONTHS,
    clean_line,
    fold_apostrophes,
    has_cyrillic,
    label_key,
    speaker_search_text,
)
from retrieval.translit import name_skeleton, to_cyrillic

__all__ = ["ParsedQuery", "QuerySyntaxError", "SpeakerAliases", "parse_query"]

#: Longest question we analyse; Telegram's own message limit.
MAX_QUERY_CHARS = 4096


class QuerySyntaxError(ValueError):
    """A query filter the user wrote but we cannot honour (e.g. an unknown speaker)."""


@dataclass(frozen=True, slots=True)
class ParsedQuery:
    """What a question asks for.

    Attributes:
        raw: The question as received (cleaned of control characters).
        text: The free text left once filters are taken out; the analyzer turns it into terms.
        phrases: Exact phrases that must occur in a passage.
        excluded: Words a passage must not contain.
        speakers: Canonical speaker names to restrict to (empty: any speaker).
        questions: True when the user asks for journalists' questions rather than answers.
        date_from: Earliest event date, inclusive.
        date_to: Latest event date, inclusive.
        topic_speakers: Known speakers named only as the topic (kept as search terms).
        language: Only passages in this language (``en`` or ``ru``), from ``lang:``.
        addressees: Those of ``topic_speakers`` whom the question names as the person spoken
            to ("what did Gamov ask Putin", "who called Medvedev", "показать Медведеву"):
            a passage of a transcript in which they speak is said to them.
        any_role: The question asks who said something ("who called Medvedev ..."): the
            journalists' turns count as well as the answers.
        subjects: Those of ``speakers`` that the question names only as the subject of what
            it asks about, with no verb of saying ("Will Putin answer questions after the
            holidays?"): their words are searched first, and if none answers, someone
            else's about them (a spokesman's) may (:meth:`as_topic`).
        subject_text: The free text with the ``subjects``' names left in, for :meth:`as_topic`.
    """

    raw: str
    text: str
    phrases: tuple[str, ...] = ()
    excluded: tuple[str, ...] = ()
    speakers: tuple[str, ...] = ()
    questions: bool = False
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    topic_speakers: tuple[str, ...] = field(default=())
    language: str | None = None
    addressees: tuple[str, ...] = ()
    any_role: bool = False
    subjects: tuple[str, ...] = ()
    subject_text: str = ""

    def as_topic(self) -> ParsedQuery | None:
        """The same question with its subjects as topics, not filters; None if every filter
        on the speaker came from a construction of saying (nothing to relax)."""
        if not self.subjects or set(self.speakers) - set(self.subjects):
            return None
        return replace(
            self,
            text=self.subject_text,
            speakers=(),
            topic_speakers=tuple(dict.fromkeys((*self.topic_speakers, *self.subjects))),
            subjects=(),
            subject_text="",
        )


_MONTH_RE = "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True))
# A year, never a decade ("в 1950-е годы", "1990-х" are what was said, not when).
_YEAR = r"(?:19|20)\d\d(?!-(?:е|х|ые|ых|м|ми)(?![^\W\d_]))"
_YEAR_WORD = r"(?:\s*(?:годах|годов|годы|гг\.|г\.|года|году|год|гг|г))?"
# "May 2019", "мае 2019 года", or a bare year.
_PERIOD = rf"(?:(?P<{{m}}>{_MONTH_RE})\s+)?(?P<{{y}}>{_YEAR}){_YEAR_WORD}"


def _period(m: str, y: str) -> str:
    return _PERIOD.format(m=m, y=y)


_DATE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(rx, re.IGNORECASE))
    for kind, rx in (
        (
            "between",
            rf"\b(?:between|from|с|со)\s+{_period('m1', 'y1')}"
            rf"\s+(?:and|to|until|till|по|до|-|–)\s+{_period('m2', 'y2')}(?!\w)",
        ),
        (
            "between",  # "в 2019-2020 годах", "in 2014–2015"
            rf"\b(?:in|during|в|во)\s+{_period('m1', 'y1')}\s*[-–]\s*{_period('m2', 'y2')}(?!\w)",
        ),
        ("since", rf"\b(?:since|after|starting|с|со|после)\s+{_period('m1', 'y1')}(?!\w)"),
        ("before", rf"\b(?:before|until|till|prior\s+to|до|по)\s+{_period('m1', 'y1')}(?!\w)"),
        ("in", rf"\b(?:in|during|в|во)\s+{_period('m1', 'y1')}(?!\w)"),
        # "на прямой линии 2010 года", "на брифинге 5 мая 2019 года": the occasion's year,
        # when a noun for words said stands right before it (see _occasion_year).
        ("of_ru", rf"(?<!\S)(?:\d{{1,2}}\s+(?={_MONTH_RE}))?{_period('m1', 'y1')}(?<=года)(?!\w)"),
        # "at the 2018 press conference", "in his 2014 Valdai speech".
        ("of_en", rf"(?<!\S)(?P<y1>{_YEAR})(?=\s+\S)(?P<m1>)"),
        # "lavrov icc 2023", "Peskov, January 2020", "..., октябрь 2021?": a year (with its
        # month) closing a question written as keywords or with its date added after a comma.
        # (Not "о договоре 2010 года": a year with its word is read by "of_ru" above.)
        ("tail", rf"(?<![\S-])(?:(?P<m1>{_MONTH_RE})\s+)?(?P<y1>{_YEAR})\s*[?.!]?\s*$"),
    )
)
_ISO_DATE = re.compile(
    r"(?<!\S)(?P<key>from|to|since|before|after|until|date):(?P<val>\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?)(?!\S)",
    re.IGNORECASE,
)
_LANGUAGE_FILTER = re.compile(r"(?<!\S)(?:lang|language|язык):(?P<v>\S*)", re.IGNORECASE)
_LANGUAGES = {
    "en": "en", "eng": "en", "english": "en", "англ": "en", "английский": "en",
    "ru": "ru", "rus": "ru", "russian": "ru", "рус": "ru", "русский": "ru",
}  # fmt: skip
_SPEAKER_FILTER = re.compile(
    r"(?<!\S)(?:speaker|who|by):(?:\"(?P<q>[^\"]+)\"|(?P<w>[^\s\"]+))", re.IGNORECASE
)
_PHRASE = re.compile(r"\"(?P<a>[^\"]+)\"|“(?P<c>[^”]+)”")
# Russian quotation marks around words in a question quote a name or a title («Аргументы и
# факты», «списка Магнитского»), in whatever case form the sentence needs: not a phrase request.
_NAME_QUOTES = re.compile(r"«(?P<b>[^»]+)»|„(?P<d>[^“”]+)[“”]")
_EXCLUDE = re.compile(r"(?<![\w-])-(?P<w>\w[\w'-]*)")
_QUESTION_WORDS = re.compile(
    r"\b(?:the\s+)?(?:journalists?|reporters?|correspondents?|interviewers?|media)\s+"
    r"(?:asked|ask|asking|questioned|wanted\s+to\s+know|question(?:s|ed)?)\b"
    r"|\bquestions?\s+(?:from|by)\s+(?:the\s+)?(?:journalists?|reporters?|media|the\s+press)\b"
    r"|\b(?:журналист(?:ы|ов)?|корреспондент(?:ы)?)\s+(?:спросил[аи]?|спрашивал[аи]?|задал[аи]?)\b"
    r"|\bвопрос(?:ы)?\s+журналист(?:а|ов)\b",
    re.IGNORECASE,
)
# Words before "questions from journalists" / «вопросы журналистов» that make them what is
# answered, not what is asked for ("will Putin answer questions from journalists?", «будет
# ли Путин отвечать на вопросы журналистов?»).
_ANSWERING_WORDS = frozenset(
    "на answer answers answered answering take takes took taking field fields fielded "
    # "took no questions from reporters", «без вопросов журналистов»: none were taken.
    "fielding to no any без".split()
)
# "Who called Medvedev the number one politician?": the speaker is what is asked, and may be a
# journalist as well as an official.
_WHO_SAID = re.compile(
    r"^\W*(?:who|кто)\s+(?:first\s+|первым\s+|первой\s+)?"
    r"(?:said|says|called|calls|asked|asks|told|tells|described|named|suggested|proposed"
    r"|promised|compared|claimed|declared|announced|warned"
    r"|сказал|сказала|назвал|назвала|спросил|спросила|предложил|предложила|пообещал"
    r"|пообещала|заявил|заявила|сравнил|сравнила|объявил|объявила|предупредил|предупредила)\b",
    re.IGNORECASE,
)
_QUESTION_SPEAKER_VALUES = {
    "question",
    "questions",
    "journalist",
    "journalists",
    "reporter",
    "media",
    "press",
    "вопрос",
    "журналист",
}

# Words that, right before a name, make the name the topic rather than the speaker.
_TOPIC_PREPOSITIONS = frozenset(
    "about on of regarding concerning with to for against at towards toward "
    "о об обо про с со к ко у для против на от над".split()
)
# Verbs that, right before a name, make the name their object: the person spoken to or about,
# not the speaker ("what did Gamov ask Putin", "who called Medvedev", "спросил Медведева").
_OBJECT_VERBS = frozenset(
    "ask asked asks asking tell told tells telling call called calls calling thank thanked "
    "thanks urge urged urges invite invited invites criticise criticised criticize criticized "
    "praise praised praises congratulate congratulated congratulates accuse accused accuses "
    "blame blamed blames warn warned warns interviewed meet met meets phoned questioned "
    "greet greeted "
    "спросил спросила спросили спрашивал спрашивала попросил попросила попросили "
    "поблагодарил поблагодарила поблагодарили поздравил поздравила поздравили пригласил "
    "пригласила призвал призвала призвали обвинил обвинила обвинили критиковал критиковала "
    "похвалил похвалила предупредил предупредила показать показал показала пообещал "
    "пообещала обещал обещала назвал назвала назвали ответил ответила".split()
)
# Russian "about": the topic's noun follows («о паранойе», «об итогах», «про визит»).
_ABOUT_RU = frozenset("о об обо про".split())
# "They asked", said of no one in particular: the name asked (in the accusative before it) is
# the one who answers.
_THEY_ASKED = frozenset("спросили попросили спрашивали просили".split())
# Russian words after which a name in the genitive is the speaker ("по словам Захаровой").
_ACCORDING_RU = re.compile(r"(?:по\s+(?:словам|мнению|оценке|данным|версии)|слова)\s*$", re.I)
# Russian nouns after which a name in the genitive is the speaker ("интервью Лаврова",
# "заявление Захаровой"), in their usual case forms.
_RUSSIAN_SPEECH_NOUN = re.compile(
    r"^(?:интервью|заявлени[еяюий]|слов(?:а|ам|ах)?|выступлени[еяюий]|брифинг(?:а|е|у|ом)?"
    r"|ответ(?:а|е|у|ом|ы|ов|ах)?|комментари[йяюеи]|позици[яиюей]|мнени[еяюи]|реч[ьи]"
    r"|оценк[аиуеой]|высказывани[еяюий]|цитат[аыуе]|обращени[еяюий]|послани[еяюий]"
    r"|стать[яиюе]|вопрос(?:а|е|у|ы|ов)?)$"
)
# A capitalised Cyrillic word: a surname, perhaps, in any case.
_CYRILLIC_NAME_RE = re.compile(r"(?<![\w.])[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?![\w.])")
# Verbs of saying, as a question writes them after the one who speaks ("what did Lavrov say",
# "how did Zakharova describe", "Putin blames", "Lavrov also warned"): with one of them the
# name is the speaker. Other verbs make the name the subject of something done ("will Putin
# answer questions", "where did Putin and Abe meet"), which someone else may be the one to tell.
_SPEECH_VERBS = frozenset(
    "say says said saying tell tells told think thinks thought believe believes believed "
    "claim claims claimed call calls called describe describes described warn warns warned "
    "explain explains explained comment comments commented answer answers answered reply "
    "replies replied respond responds responded react reacts reacted note notes noted stress "
    "stresses stressed insist insists insisted deny denies denied confirm confirms confirmed "
    "promise promises promised suggest suggests suggested propose proposes proposed admit "
    "admits admitted recall recalls recalled announce announces announced accuse accuses "
    "accused argue argues argued complain complains complained praise praises praised "
    "criticise criticises criticised criticize criticizes criticized urge urges urged predict "
    "predicts predicted assess assesses assessed view views see sees feel feels name names "
    "named compare compares compared joke jokes joked mean means meant quote quotes quoted "
    "report reports reported write writes wrote post posts posted tweet tweets tweeted ask "
    "asks asked thank thanks thanked blame blames blamed congratulate congratulates "
    "congratulated condemn condemns condemned welcome welcomes welcomed reject rejects "
    "rejected dismiss dismisses dismissed emphasise emphasises emphasised emphasize "
    "emphasizes emphasized point points pointed mention mentions mentioned talk talks talked "
    "speak speaks spoke discuss discusses discussed express expresses expressed threaten "
    "threatens threatened hint hints hinted add adds added remark remarks remarked "
    "characterise characterised characterize characterized interpret interpreted "
    "summarise summarised summarize summarized wish wishes wished expect expects expected "
    "hope hopes hoped credit credits credited sum sums summed rate rates rated".split()
)
# A press or news conference, in English or Russian, in any case form.
_CONFERENCE = re.compile(r"^(?:conferences?|presser|(?:пресс-)?конференци[яиюей]?)$")
#: Words before a date that are read for the verb it belongs to (_dates_an_event): 8 reaches
#: "voted against Russia's first Gaza ceasefire draft in October 2023" (B +1 hit@1 and hit@3
#: over 6; 10 the same; no other set moves, the unseen ones neither).
_DATE_CLAUSE_WORDS = 8
# "что" / "that" opening a clause of what was said (never the question's first word, «Что ...»).
_CONTENT_CLAUSE_RE = re.compile(r"(?<=\S)\s+(?:что|that)\s", re.IGNORECASE)
# Verbs of things done, in forms the -ed rule below misses ("meet during 2018", "held in").
_EVENT_VERBS = frozenset(
    "meet met meets hold held holds take took taken make made win won begin began begun "
    "become became come came go went gone happen happens occur occurs join joins sign signs "
    "form forms elect elects visit visits fight fought build built leave left lose lost give "
    "gave given start starts end ends open opens launch launches invade invades annex die "
    "born kill arrive return move adopt pass approve break broke broken fall fell rise rose "
    "grow grew grown bring brought buy bought sell sold send sent set shut expire expires "
    "lapse lapses run runs ran".split()
)
# A past tense or participle: English -ed, Russian past tense (-ал, -ил ...) and participles
# (-анный, -енный, -вший ...; -тый: «принятую», «открытой», «начатый»).
_EVENT_VERB_FORM = re.compile(
    r"^[a-z]{3,}ed$|^[а-яё]{2,}[аеиуыяё]л(?:а|о|и|ся|ась|ось|ись)?$"
    # (Not an adjective in -енн-: «государственном», «военной», «современном», «ценной».)
    r"|^(?![а-яё]*(?:ственн|военн|менн|ценн))[а-яё]{2,}(?:анн|енн|ённ|вш)[а-яё]{2,3}$"
    r"|^[а-яё]{2,}(?:нят|рыт|чат|бит|нут)(?:ый|ая|ое|ые|ую|ой|ого|ом|ым|ых)$"
)
# Words that, opening a question right before a name, ask whether the person will do a thing.
_MODALS = frozenset("will would could can should shall might may won't wouldn't can't".split())
# Words that deny the verb after them: "Putin did not answer" names no speaker.
_NEGATIONS = frozenset({"not", "never"})
# ... and the same negation written before the name ("Why didn't Putin answer?").
_NEGATED_AUXILIARIES = frozenset(
    "didn't doesn't don't hasn't haven't hadn't wasn't weren't isn't aren't".split()
)
# Words that join a name to where its bearer works ("Panyushkin of Channel One asked").
_APPOSITION_WORDS = frozenset({"of", "from"})
# Words that may stand between a speaker and the verb ("Lavrov also said", "did Lavrov ever
# say", "Lavrov and Kerry discussed").
_BETWEEN_NAME_AND_VERB = frozenset(
    "also really actually not never ever first once then again later personally publicly "
    "himself herself and or just already recently repeatedly previously".split()
)
# Russian verbs of saying in the forms a sentence tells of them (past, present), not the
# infinitive that a question about a plan needs ("Будет ли Путин отвечать на вопросы?").
_RUSSIAN_SPEECH_VERB = re.compile(
    r"^(?:сказал|заявил|ответил|отвечал|говорил|назвал|пообещал|обещал|призвал|предупредил"
    r"|сообщил|отметил|подчеркнул|оценил|прокомментировал|комментировал|пояснил|рассказал"
    r"|объяснил|признал|пошутил|отреагировал|предложил|спросил|упомянул"
    r"|раскритиковал|критиковал|осудил|пригрозил|выступил|написал|поблагодарил|поздравил"
    r"|обвинил|напомнил|добавил|охарактеризовал|описал|считал|думал|опроверг"
    r"|подтвердил|потребовал|указал"
    # (Imperfective pasts: «что Лавров заявлял в 2015 году», «как Володин поздравлял ...».)
    r"|заявлял|сообщал|отмечал|подч[её]ркивал|оценивал|называл|призывал|предупреждал"
    r"|рассказывал|объяснял|пояснял|уточнял|уточнил|признавал|реагировал|предлагал|спрашивал"
    r"|упоминал|осуждал|грозил|угрожал|выступал|писал|благодарил|поздравлял|обвинял"
    r"|напоминал|добавлял|характеризовал|описывал|опровергал|подтверждал|требовал|указывал"
    r"|утверждал|настаивал|уверял|заверял|заверил|отрицал|намекал|намекнул|сравнивал"
    r"|прогнозировал|предсказывал|выражал|выразил|обещал|сравнил|процитировал|цитировал"
    r"|пожелал|желал|подметил)(?:а|и|о)?$"
    # (Reflexive verbs in every gender: «признался», «высказалась», «отказались».)
    r"|^(?:высказывал|высказал|признавал|признал|отказывал|отказал|жаловал|пожаловал)(?:ся|ась|ись)$"
    r"|^(?:говорит|говорят|считает|считают|думает|заявляет|отвечает|называет|предлагает"
    r"|призывает|пишет|полагает|уверен|уверена|убежден|убеждена|утверждает|отмечает"
    r"|ждет|ждёт|ожидает|верит|надеется|рассчитывает)$"
)
# Where a sentence starts: a name standing there is the head of a headline ("Lavrov on ...",
# "Peskov: ...", "... ? Peskov", "— Zakharova"), the form journalists give a speaker.
_SENTENCE_HEAD = re.compile(r"(?:^|[.?!:;]|\s[-–—])[\s\"'«“„(]*$")
# What may follow a name that closes a question as its source ("..., Ryabkov?").
_TAGLINE_TAIL = re.compile(r"[\s?!.)\"'»”]*$")
# Forms of verbs of saying that put the speaker after them ("..., said anchor Kondrashov").
_SAID_FORMS = frozenset("said says told tells wrote writes added adds noted notes".split())
# Words right before a name that make him the source of an account: "according to Medvedev",
# «по словам Медведева».
_SOURCE_BEFORE = re.compile(
    r"(?:\baccording\s+to|(?<!\w)по\s+(?:словам|мнению|оценке|версии))\s*$", re.IGNORECASE
)
# Someone other than a named person is given as the source ("according to the Russian
# ambassador", "по словам посла"): a name that is only a sentence's subject is then the topic.
_OTHER_SOURCE = re.compile(
    r"\baccording\s+to\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:ambassador|envoy|spokes(?:wo)?man|spokesperson|minister|ministry|kremlin|president"
    r"|representative|official|officials|diplomat|diplomats|source|sources|embassy|mission"
    r"|deputy|secretary|aide|adviser|advisor|anchor|host|interviewer|journalist|reporter)\b"
    r"|\bпо\s+(?:словам|мнению|оценке|данным)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:посла|пресс-секретаря|министра|представителя|дипломата|дипломатов|источника"
    r"|источников|Кремля|МИД|постпреда|замминистра|заместителя|помощника|советника)",
    re.IGNORECASE,
)
# Nouns that, after "<Name>'s", mean the person's own words ("Lavrov's remarks").
_SPEECH_NOUNS = frozenset(
    "remarks remark words word statement statements comment comments answer answers reply replies "
    "response responses view views position positions opinion opinions speech speeches interview "
    "interviews briefing briefings quote quotes assessment assessments stance take thoughts "
    "warning warnings claim claims message address article op-ed question questions "
    # ("Lavrov's explanation of Russia's vote", "Peskov's reaction to ..."; not "call" or
    # "visit": a phone call or a trip is an event, not words.)
    "explanation explanations reaction reactions argument arguments reasoning account "
    "criticism prediction predictions forecast promise promises pledge denial appeal proposal "
    "proposals complaint complaints accusation accusations threat threats rhetoric verdict "
    "description characterization characterisation".split()
)


def _month_range(year: int, month: int | None) -> tuple[dt.date, dt.date]:
    if month is None:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, 1), dt.date(year, month, last)


def _group_range(match: re.Match[str], m: str, y: str) -> tuple[dt.date, dt.date]:
    month = match.group(m)
    return _month_range(int(match.group(y)), MONTHS[month.casefold()] if month else None)


def _iso_bound(value: str, *, end: bool) -> dt.date:
    parts = [int(p) for p in value.split("-")]
    year = parts[0]
    if len(parts) == 1:
        return _month_range(year, None)[1 if end else 0]
    month = parts[1]
    if len(parts) == 2:
        return _month_range(year, month)[1 if end else 0]
    return dt.date(year, month, parts[2])


class SpeakerAliases(Mapping[str, str]):
    """Known speakers' names as a question may write them, and one pattern that finds them.

    Build it once per set of speakers (the search index does, for each index it serves): the
    pattern is compiled here, so nothing is cached anywhere else.

    Args:
        aliases: Surface forms of speakers' names (``"lavrov"``, ``"с.в.лавров"``) mapped to
            canonical names; the forms are folded with :func:`retrieval.text.label_key`.
    """

    def __init__(self, aliases: Mapping[str, str]) -> None:
        self._names = {label_key(alias): name for alias, name in aliases.items()}
        self.pattern = _speaker_pattern(self._names)
        self._forms: dict[str, tuple[_Person, ...]] | None = None
        self._loose: dict[str, tuple[_Person, ...]] | None = None

    def __getitem__(self, alias: str) -> str:
        return self._names[alias]

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)

    def find(self, value: str) -> str | None:
        """The canonical name ``value`` stands for: an alias, spaced or not, or a unique prefix."""
        key = label_key(value)
        if key in self._names:
            return self._names[key]
        compact = key.replace(" ", "")
        for alias, name in self._names.items():
            if alias.replace(" ", "") == compact:
                return name
        # A unique prefix of a name ("zakh") is still unambiguous.
        names = (
            {name for alias, name in self._names.items() if alias.startswith(key)}
            if len(key) >= 4
            else set()
        )
        return names.pop() if len(names) == 1 else None

    def people_by_form(self, word: str) -> tuple[_Person, ...]:
        """The speakers whose surname a Cyrillic word writes, in some case form.

        The forms are made (once, on first use) from every speaker name of two words or
        more in Latin letters (:func:`retrieval.russian_names.surname_forms_of_latin`), and
        compared folded (:func:`retrieval.translit.name_skeleton`), so "Зятьков" meets the
        form "зятков" of "Nikolay Zyatkov".
        """
        if self._forms is None:
            forms: dict[str, dict[_Person, None]] = {}
            for name in set(self._names.values()):
                words = [w for w in re.split(r"[\s.]+", name) if w]
                if len(words) < 2 or has_cyrillic(name) or not words[-1].isalpha():
                    continue
                known = SURNAME_SPELLINGS.get(words[-1].lower())
                for case, form in enumerate(surname_forms_of_latin(words[0], words[-1], known)):
                    person = _Person(name, words[0], case)
                    forms.setdefault(name_skeleton(form), {})[person] = None
            self._forms = {form: tuple(people) for form, people in forms.items()}
        return self._forms.get(name_skeleton(word.lower()), ())

    def people_by_sound(self, word: str) -> tuple[_Person, ...]:
        """The speakers whose surname ``word`` writes with other vowels, in either script and
        any case form: the English "Stevens" of a speaker a Russian page names «Стивенс»
        ('Stivens'), and back. Only for a word no alias and no exact form takes."""
        if self._loose is None:
            self.people_by_form("")  # the exact forms, from which the loose ones are made
            loose: dict[str, dict[_Person, None]] = {}
            for form, people in (self._forms or {}).items():
                for person in people:
                    loose.setdefault(_loose_key(form), {})[person] = None
            self._loose = {form: tuple(people) for form, people in loose.items()}
        key = name_skeleton(to_cyrillic(word).lower())
        return self._loose.get(_loose_key(key), ()) if len(key) >= _MIN_SOUND_LETTERS else ()

    def cases_of(self, name: str, word: str) -> frozenset[int]:
        """The cases (0 nominative ... 5 prepositional) in which a Cyrillic ``word`` writes
        the surname of ``name``; empty if it is not Cyrillic or not a form of that surname."""
        if not has_cyrillic(word):
            return frozenset()
        return frozenset(p.case for p in self.people_by_form(word) if p.name == name)


#: A surname matched by its sound alone has at least this many letters (Cyrillic, folded).
_MIN_SOUND_LETTERS = 5


def _loose_key(skeleton: str) -> str:
    """A folded Cyrillic name with its inner е as и: English and Russian spell the same
    unstressed vowel either way ("Stevens" / «Стивенс», "Leavitt" / «Ливитт»)."""
    return skeleton[:1] + skeleton[1:].replace("е", "и")


@dataclass(frozen=True, slots=True)
class _Person:
    """A speaker as a Cyrillic form of their surname names them."""

    name: str
    first: str
    #: 0 nominative, 1 genitive, 2 dative, 3 accusative, 4 instrumental, 5 prepositional.
    case: int


def _speaker_pattern(aliases: Mapping[str, str]) -> re.Pattern[str] | None:
    if not aliases:
        return None
    parts = []
    for alias in sorted(aliases, key=len, reverse=True):
        escaped = re.escape(alias).replace(r"\.", r"\.\s*").replace(r"\ ", r"\s+")
        parts.append(escaped)
    return re.compile(
        r"(?<![\w.])(?P<name>" + "|".join(parts) + r")(?P<poss>'s|')?(?!\w)", re.IGNORECASE
    )


@dataclass(slots=True)
class _Draft:
    """A question being taken apart: the text still to read, and the filters found so far."""

    text: str
    speakers: list[str] = field(default_factory=list)
    topic: list[str] = field(default_factory=list)
    addressees: list[str] = field(default_factory=list)
    subjects: list[str] = field(default_factory=list)
    subject_text: str = ""
    questions: bool = False
    any_role: bool = False
    language: str | None = None
    phrases: list[str] = field(default_factory=list)
    quoted: list[str] = field(default_factory=list)
    excluded: list[str] = field(default_factory=list)
    date_from: dt.date | None = None
    date_to: dt.date | None = None

    def take(self, pattern: re.Pattern[str], found: Callable[[_Draft, re.Match[str]], str]) -> None:
        """Replace each match of ``pattern`` in the text by what ``found`` makes of it."""
        self.text = pattern.sub(partial(found, self), self.text)

    def narrow(self, lo: dt.date | None, hi: dt.date | None) -> None:
        """Keep only dates within ``lo``..``hi`` too (None: no bound on that side)."""
        if lo is not None:
            self.date_from = lo if self.date_from is None else max(self.date_from, lo)
        if hi is not None:
            self.date_to = hi if self.date_to is None else min(self.date_to, hi)

    def speaker(self, name: str) -> None:
        if name == QUESTION_SPEAKER:
            self.questions = True
        elif name not in self.speakers:
            self.speakers.append(name)


def _explicit_speaker(aliases: SpeakerAliases, draft: _Draft, match: re.Match[str]) -> str:
    """``speaker:zakharova``, ``speaker:"Sergey Lavrov"``, ``speaker:question``."""
    value = (match.group("q") or match.group("w") or "").strip()
    if label_key(value) in _QUESTION_SPEAKER_VALUES:
        draft.questions = True
        return " "
    name = aliases.find(value)
    if name is None:
        known = sorted(set(aliases.values()))
        raise QuerySyntaxError(
            f"unknown speaker {value!r}; known speakers: {', '.join(known) or 'none'}"
        )
    draft.speaker(name)
    return " "


def _language(draft: _Draft, match: re.Match[str]) -> str:
    """``lang:en`` / ``lang:ru``."""
    value = match.group("v").lower()
    if value not in _LANGUAGES:
        raise QuerySyntaxError(f"unknown language {value!r}; use lang:en or lang:ru")
    draft.language = _LANGUAGES[value]
    return " "


def _phrase(draft: _Draft, match: re.Match[str]) -> str:
    """``"exact phrase"``: must occur; its words stay search terms (and may name a topic)."""
    words = next(g for g in match.groups() if g is not None).strip()
    if words:
        draft.phrases.append(words)
    return f" {words} "


def _quoted_name(draft: _Draft, match: re.Match[str]) -> str:
    """``«Аргументы и факты»``: searched as words; a speaker's name inside is the topic."""
    words = next(g for g in match.groups() if g is not None).strip()
    if words:
        draft.quoted.append(words)
    return f" {words} "


def _exclusion(draft: _Draft, match: re.Match[str]) -> str:
    """``-word``: passages holding it are left out."""
    draft.excluded.append(match.group("w"))
    return " "


def _iso_range(key: str, value: str) -> tuple[dt.date | None, dt.date | None]:
    """The dates ``from:2021-01-01``, ``before:2019``, ``date:2021-03`` ... allow."""
    if key in ("from", "since"):
        return _iso_bound(value, end=False), None
    if key == "after":
        return _iso_bound(value, end=True) + dt.timedelta(days=1), None
    if key in ("to", "until"):
        return None, _iso_bound(value, end=True)
    if key == "before":
        return None, _iso_bound(value, end=False) - dt.timedelta(days=1)
    return _iso_bound(value, end=False), _iso_bound(value, end=True)  # date:2021-03-17


def _iso_date(draft: _Draft, match: re.Match[str]) -> str:
    try:
        draft.narrow(*_iso_range(match.group("key").lower(), match.group("val")))
    except ValueError as exc:
        raise QuerySyntaxError(f"not a date: {match.group(0)!r} (use YYYY-MM-DD)") from exc
    return " "


# A plan's noun among the last words before a date ("Стратегии развития ШОС до 2025 года").
_PLAN_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])(?:стратеги|программ|концепци|повестк|дорожн\w* карт|план|strateg|programm?e?|"
    r"agenda|roadmap|road map)[^\W\d_]*(?:\s+[^\W\d_]+){0,3}\s*$",
    re.IGNORECASE,
)


def _natural_range(kind: str, match: re.Match[str]) -> tuple[dt.date | None, dt.date | None]:
    """The dates ``in May 2019``, ``since 2020``, ``до 2019 года`` ... allow."""
    first = _group_range(match, "m1", "y1")
    word = match.group(0).split()[0].lower()
    if kind == "between":
        return first[0], _group_range(match, "m2", "y2")[1]
    if kind == "since":
        # "after 2019" / "после 2019" start after it; "since 2019" / "с 2019" include it.
        return (first[1] + dt.timedelta(days=1) if word in ("after", "после") else first[0]), None
    if kind == "before":
        # "до 2019 года" / "before 2019" exclude 2019; "по 2019" / "until 2019" include it.
        inclusive = word in ("по", "until", "till")
        return None, first[1] if inclusive else first[0] - dt.timedelta(days=1)
    return first  # "in"


#: Words before a closing date that other patterns read it with ("in May 2021", "of 2019").
_TAIL_DATE_PREPOSITIONS = frozenset(
    "in during on of at since after before until till for by from to "
    "в во на с со после до по за от к".split()
)
#: The nouns for an occasion of words said that a question dates with a bare year after them
#: («на прямой линии 2010 года») beside those of _is_speech_word.
_OCCASION_WORDS = frozenset({"линии", "line", "conference", "conferences"})
#: Words an English occasion's year stands after: "the 2018 press conference".
_OCCASION_DETERMINERS = frozenset({"the", "his", "her", "its", "their", "a"})


#: Prepositions that put the words at an occasion: «на брифинге», "at his press conference".
_AT_OCCASION = frozenset({"на", "в", "во", "at", "in", "during"})


def _bare_word(word: str) -> str:
    """A question's word in lower case without the punctuation and quote marks around it."""
    return word.lower().strip(",.;:!?()\"'«»")


def _occasion_year(kind: str, before: str, after: str) -> bool:
    """Whether a bare year dates the occasion the words were said at: after its noun in
    Russian («на пресс-конференции 2010 года», «на прямой линии 2010 года»), before it in
    English ("at his 2018 press conference", "in the 2014 Valdai speech"); not «о договоре
    2010 года», "the 2014 coup", "why was the 2009 address prepared" (what it is about)."""
    words = [_bare_word(w) for w in before.split()[-3:]]
    if kind == "of_ru":
        if not words or not (words[-1] in _OCCASION_WORDS or _is_speech_word(words[-1])):
            return False
        return any(w in _AT_OCCASION for w in words[:-1])
    if len(words) < 2 or words[-1] not in _OCCASION_DETERMINERS or words[-2] not in _AT_OCCASION:
        return False
    following = [_bare_word(w) for w in after.split()[:3]]
    return any(w in _OCCASION_WORDS or _is_speech_word(w) for w in following)


def _natural_date(kind: str, draft: _Draft, match: re.Match[str]) -> str:
    if kind in ("of_ru", "of_en"):
        if not _occasion_year(kind, match.string[: match.start()], match.string[match.end() :]):
            return match.group(0)
        kind = "in"
    if kind == "tail":
        before = match.string[: match.start()].split()
        if not before:
            return match.group(0)  # "2020" alone: the year is what is looked for
        if not match.group("m1") and before and before[-1][:1].isupper():
            # "Diplomats' Day 2019", «перед Олимпиадой 2024 года»: a named event's year, what
            # the words were about (the words of a keyword question are lower case).
            return match.group(0)
        if before and _bare_word(before[-1]) in _TAIL_DATE_PREPOSITIONS:
            return match.group(0)  # "... of Norway in May 2021?": read (or left) above
        kind = "in"
    if _dates_an_event(match.string[: match.start()], match.string[match.end() :]):
        return match.group(0)  # a search term: the pages of that year still come first
    if kind == "before" and _PLAN_BEFORE_RE.search(match.string[: match.start()]):
        # "Стратегия развития ШОС до 2025 года", "the programme until 2030": the plan's
        # horizon, part of its name, not a bound on when the words were said.
        return match.group(0)
    lo, hi = _natural_range(kind, match)
    today = dt.date.today()
    if (lo is not None and lo > today) or (hi is not None and lo is None and hi >= today):
        # "the plan until 2030", "what happens after 2030": no words were said then, and
        # everything was said before it; the years are what the words are about.
        return match.group(0)
    draft.narrow(lo, hi)
    return " "


def _is_speech_word(word: str) -> bool:
    """A verb of saying or a noun for words said ("interview", "пресс-конференцию")."""
    return (
        word in _SPEECH_VERBS
        or word in _SPEECH_NOUNS
        or _RUSSIAN_SPEECH_VERB.match(word) is not None
        or _RUSSIAN_SPEECH_NOUN.match(word) is not None
        or _CONFERENCE.search(word) is not None
    )


def _of_what_was_said(before: str, after: str) -> bool:
    """Whether a date stands in a clause of what was said, with no verb of saying in it ("Лавров
    о том, что западные партнёры в 2014 году прекратили встречи", "Lavrov said that in 2014 the
    partners suspended them"); not in "Правда ли, что в 2019 году Лавров говорил о НАТО"."""
    openers = list(_CONTENT_CLAUSE_RE.finditer(before))
    if not openers:
        return False
    opener = openers[-1]
    rest = re.split(r"[,;:?!.—–]", after)[0]
    words = (w.lower().strip("\"'«»()") for w in (before[opener.end() :] + " " + rest).split())
    return not any(_is_speech_word(word) for word in words)


def _dates_an_event(before: str, after: str = "") -> bool:
    """Whether a date written after ``before`` tells when something the question names took
    place ("the government formed in Kiev in 2014", "where did Putin and Abe meet during
    2018") rather than when the words were said ("what did Lavrov say in May 2019"): the
    nearest verb before it in its clause decides, and with none, the date is the statement's.
    """
    clause = re.split(r"[,;:?!.—–]", before)[-1]
    if _of_what_was_said(before, after):
        return True
    for word in reversed(clause.split()[-_DATE_CLAUSE_WORDS:]):
        if word[:1].isupper():
            continue  # a name ("United Nations"), or the question's first word
        word = word.lower().strip("\"'«»()")
        if _is_speech_word(word):
            return False
        if word in _EVENT_VERBS or _EVENT_VERB_FORM.search(word):
            return True
    return False


def _take_dates(draft: _Draft) -> None:
    draft.take(_ISO_DATE, _iso_date)
    for kind, pattern in _DATE_PATTERNS:
        draft.take(pattern, partial(_natural_date, kind))


def _take_question_words(draft: _Draft) -> None:
    """ "what the journalists asked": journalists' questions are wanted, not answers;
    "who called ...": anyone's words are."""
    asking = [
        m
        for m in _QUESTION_WORDS.finditer(draft.text)
        if _word_before(draft.text, m.start()) not in _ANSWERING_WORDS
    ]
    if asking:
        draft.questions = True
        for match in reversed(asking):
            draft.text = draft.text[: match.start()] + " " + draft.text[match.end() :]
    elif _WHO_SAID.search(draft.text):
        draft.any_role = True


def _word_before(text: str, start: int) -> str:
    before = text[:start].split()
    return _bare_word(before[-1]) if before else ""


def _name_role(text: str, start: int, end: int, possessive: bool) -> str:
    """What a name at ``text[start:end]`` is to the question, read from the words around it:
    ``"speaker"`` ("what did Lavrov say", "according to Zakharova", "Lavrov's remarks",
    "Lavrov on ..."), ``"addressee"`` ("what did Gamov ask Putin"), ``"topic"`` ("Zakharova
    on Lavrov's visit", "a Putin-Trump meeting") or ``"subject"``: the one who does what the
    question asks about, with no verb of saying ("will Putin answer questions?")."""
    before = text[:start].split()
    prev = _word_before(text, start)
    if len(before) >= 2 and before[-2].lower() == "according" and prev == "to":
        # ("according to Putin's press secretary": someone of his speaks.)
        of_his = possessive and _someone_of_follows(text, end)
        return "topic" if of_his else "speaker"
    if prev in _OBJECT_VERBS:
        return "addressee"
    if prev in _TOPIC_PREPOSITIONS:
        return "topic"
    if possessive:
        after = text[end:].split()
        nxt = _bare_word(after[0]) if after else ""
        return "topic" if nxt and nxt not in _SPEECH_NOUNS else "speaker"
    if _in_compound(text, start, end):
        return "topic"
    if _next_word(text, end) in _SOMEONE_OF_NOUNS:
        return "topic"  # "putin aide says ...", "Trump envoy on ...": someone of his speaks
    if _SENTENCE_HEAD.search(text[:start]):
        return "speaker"
    if prev in _MODALS and _SENTENCE_HEAD.search(text[: text.rfind(before[-1], 0, start)]):
        # "Will Putin answer questions?" asks whether he will do it, not what he said ("what
        # would Putin say ...?" asks for his words).
        return "subject"
    if _speech_verb_follows(text, end) and prev.replace("’", "'") not in _NEGATED_AUXILIARIES:
        return "speaker"  # not "Why didn't Putin answer questions?": he kept silent
    if _TAGLINE_TAIL.match(text[end:]) and text[:start].rstrip().endswith(","):
        return "speaker"  # "Is Moscow ready to talk, Ryabkov?"
    if any(w.lower().strip(",.;:") in _SAID_FORMS for w in before[-3:]):
        return "speaker"  # "..., said anchor Andrei Kondrashov"
    return "subject"


# Nouns after a name (no possessive) that make someone of that person's the subject: "putin
# aide", "Lavrov deputy", "Trump envoy Witkoff", "Kremlin spokesman".
_SOMEONE_OF_NOUNS = frozenset(
    "aide aides spokesman spokeswoman spokesperson deputy deputies envoy adviser advisor "
    "assistant ally allies administration government team camp office cabinet press".split()
)


def _next_word(text: str, end: int) -> str:
    after = text[end:].split()
    return _bare_word(after[0]) if after else ""


#: Words a post may put between a name's possessive and the aide's noun: "Putin's foreign
#: policy aide", "Lavrov's first deputy".
_POST_WORDS_BEFORE_AIDE = 3


def _someone_of_follows(text: str, end: int) -> bool:
    """Whether a name's possessive is followed by someone of his ("according to Putin's
    foreign policy aide"), not by his own words ("according to Putin's remarks")."""
    for word in text[end:].split()[: _POST_WORDS_BEFORE_AIDE + 1]:
        bare = _bare_word(word)
        if bare in _SOMEONE_OF_NOUNS:
            return True
        if bare in _SPEECH_NOUNS or bare != word.lower():
            return False  # his words, or the phrase ends at a mark
    return False


def _in_compound(text: str, start: int, end: int) -> bool:
    """A name joined by a hyphen to another word modifies a noun ("a Putin-Trump summit")."""
    joined_after = re.match(r"[-–][^\W\d_]", text[end:]) is not None
    joined_before = re.search(r"[^\W\d_][-–]$", text[:start]) is not None
    return joined_after or joined_before


def _speech_verb_follows(text: str, end: int) -> bool:
    """Whether a verb of saying follows the name, past a few words that may stand between
    ("Lavrov also said", "Lavrov and Kerry discussed")."""
    words = text[end:].split()[:6]
    for n, raw in enumerate(words):
        word = _bare_word(raw)
        if word in _SPEECH_VERBS:
            # "Why did Putin not answer questions?" asks why he kept silent (see
            # _russian_name_role): someone else's words answer.
            return n == 0 or words[n - 1].lower() not in _NEGATIONS
        # "Panyushkin of Channel One asked": an apposition naming where he works.
        of_whom = word in _APPOSITION_WORDS and words[n + 1 : n + 2] and words[n + 1][:1].isupper()
        if word not in _BETWEEN_NAME_AND_VERB and not raw[:1].isupper() and not of_whom:
            return False
    return False


def _russian_name_role(text: str, start: int, cases: frozenset[int], end: int | None = None) -> str:
    """The same for a Russian name read in some cases (0 nominative, 1 genitive, 2 dative, 3
    accusative ...): a name after words of saying is the speaker ("по словам Захаровой",
    "интервью Лаврова"); the subject of a Russian sentence is in the nominative wherever it
    stands ("что спросил Валерий Санфиров"); the one spoken to is in the dative ("сказал
    Беловой") or the object of a verb of addressing ("спросил Медведева"); another case is
    an object, the topic ("визы журналистам, сопровождающим Лаврова")."""
    prev = _word_before(text, start)
    if _RUSSIAN_SPEECH_NOUN.match(prev) and _word_before(text, text.rfind(prev, 0, start)) in (
        _ABOUT_RU
    ):
        return "topic"  # «Медведев об интервью Путина»: his interview is what is spoken of
    if _ACCORDING_RU.search(text[:start]) or _RUSSIAN_SPEECH_NOUN.match(prev):
        return "speaker"
    if 3 in cases and end is not None and _next_word(text, end) in _THEY_ASKED:
        # «Пескова спросили, боится ли Путин ...»: the one asked is the one who answers.
        return "speaker"
    if prev in _TOPIC_PREPOSITIONS:
        return "topic"
    before = text[:start].split()
    if (
        len(before) >= 2
        and before[-2].lower() in _ABOUT_RU
        and before[-1].islower()
        # (A noun, not «о чём», «о том»: "о чём Павел Королев спросил" has him ask.)
        and not is_stop_surface(before[-1].replace("ё", "е").strip(",.;:!?"), "ru")
    ):
        # «Что Лавров говорил о паранойе Санду?»: a name after "about" and a noun is whose
        # the topic is (an indeclinable name looks nominative).
        return "topic"
    if 0 in cases:
        # The subject: the speaker in a headline ("Лавров о ...") or with a verb of saying
        # ("что ответил Лавров"); else the one who does something ("Будет ли Путин ...").
        sentence = re.split(r"[.?!]", text[start:])[0]
        words = [w.lower().strip(",;:()\"'«»") for w in text[:start].split()[-3:]]
        words += [w.lower().strip(",;:()\"'«»") for w in sentence.split()]
        # "Почему Путин и Трамп не отвечали на вопросы?" asks why they kept silent: the
        # answer is someone else's words, so a negated verb of saying names no speaker.
        # («Пескова спросили, боится ли Путин ...»: an impersonal "they asked" is no one's
        # saying, least of all the one in the nominative.)
        said = any(
            _RUSSIAN_SPEECH_VERB.match(w) and (n == 0 or words[n - 1] != "не")
            for n, w in enumerate(words)
            if w not in _THEY_ASKED
        )
        return "speaker" if said or _SENTENCE_HEAD.search(text[:start]) else "subject"
    return "addressee" if 2 in cases or prev in _OBJECT_VERBS else "topic"


@dataclass(frozen=True, slots=True)
class _NameMatch:
    """A speaker named in the question: the span of the name, and of what leaves the text
    even when the name stays a search term (a first name the corpus does not spell)."""

    name: str
    start: int
    end: int
    role: str
    extra: tuple[int, int] | None = None
    possessive: bool = False


def _alias_matches(text: str, aliases: SpeakerAliases) -> list[_NameMatch]:
    """Speakers named by an alias (any spelling the corpus or the table of known officials
    gives), with a first name written before a bare surname ("Fareed Zakaria" for the
    interviewer labelled "F.Zakaria")."""
    if aliases.pattern is None:
        return []
    found = []
    # Found in a folded copy (look-alikes, ё, quotes) of the same length: spans hold in text.
    for match in aliases.pattern.finditer(speaker_search_text(text)):
        name = aliases.find(match.group("name"))
        if name is None or name == QUESTION_SPEAKER:
            continue
        start, end = match.start(), match.end()
        extra = None
        first = _first_name_before(text, start, name)
        if first is not None and " " not in match.group("name").strip():
            extra = (first, start)
            start = first
        cases = aliases.cases_of(name, match.group("name").split()[-1])
        if cases:
            role = _russian_name_role(text, start, cases, end)
        else:
            role = _name_role(text, start, end, bool(match.group("poss")))
        found.append(_NameMatch(name, start, end, role, extra, bool(match.group("poss"))))
    return found


def _cyrillic_matches(text: str, aliases: SpeakerAliases, taken: set[str]) -> list[_NameMatch]:
    """Speakers whose Latin names a Russian question writes in Cyrillic, in any case form
    ("Николай Зятьков", "Зятькову" for "Nikolay Zyatkov")."""
    found = []
    for match in _CYRILLIC_NAME_RE.finditer(text):
        people = aliases.people_by_form(match.group())
        start = match.start()
        prev = re.search(r"([А-ЯЁ][а-яё]+)\s+$", text[:start])
        if prev is not None:
            named = tuple(p for p in people if _is_first_name(prev.group(1), p.first))
            if named:
                people, start = named, prev.start(1)
            elif text[: prev.start(1)].strip(" \t,;:-–—«\"'") and not aliases.people_by_form(
                prev.group(1)
            ):
                continue  # a first name inside the sentence, and not this person's
        if len({p.name for p in people}) != 1 or people[0].name in taken:
            continue
        name = people[0].name
        role = _russian_name_role(text, start, frozenset(p.case for p in people), match.end())
        found.append(_NameMatch(name, start, match.end(), role))
        taken.add(name)
    return found


# A capitalised word in either script, a surname perhaps ("Stevens", «Стивенсу»).
_CAPITALISED_RE = re.compile(r"(?<![\w.])[A-ZА-ЯЁ][a-zа-яё]+(?:-[A-ZА-ЯЁ][a-zа-яё]+)?(?![\w.])")


def _sound_matches(text: str, aliases: SpeakerAliases, found: list[_NameMatch]) -> list[_NameMatch]:
    """Speakers a question names with other vowels than the corpus spells them ("William
    Stevens" for the 'Uilyam Stivens' of a Russian page): only a word outside the names
    already found, not a common word, and one person alone; a first name before it must be
    theirs."""
    taken = {m.name for m in found}
    out = []
    for match in _CAPITALISED_RE.finditer(text):
        if any(m.start <= match.start() < m.end for m in found) or is_common_word(
            match.group().lower()
        ):
            continue
        people = aliases.people_by_sound(match.group())
        if len({p.name for p in people}) != 1 or people[0].name in taken:
            continue
        person, start = people[0], match.start()
        prev = re.search(r"([^\W\d_][\w'’-]*)\s+$", text[:start])
        if prev is not None and prev.group(1)[:1].isupper():
            if _is_first_name(prev.group(1), person.first):
                start = prev.start(1)
            elif prev.start(1) > 0 and not is_common_word(prev.group(1).lower()):
                continue  # another person's first name before it
        if has_cyrillic(match.group()):
            cases = frozenset(p.case for p in people)
            role = _russian_name_role(text, start, cases, match.end())
        else:
            role = _name_role(text, start, match.end(), False)
        out.append(_NameMatch(person.name, start, match.end(), role))
        taken.add(person.name)
    return out


def _first_name_before(text: str, start: int, name: str) -> int | None:
    """Where the first name of ``name`` starts if it is written right before ``start``."""
    prev = re.search(r"([^\W\d_][\w'’-]*)\s+$", text[:start])
    if prev is None or not prev.group(1)[:1].isupper():
        return None
    first = re.split(r"[\s.]+", name)[0]
    return prev.start(1) if _is_first_name(prev.group(1), first) else None


def _is_first_name(word: str, first: str) -> bool:
    """Whether ``word`` writes the first name ``first`` (or a name with that initial)."""
    if len(first) == 1:  # an initial ("F.Zakaria")
        return _initial(word) == _initial(first)
    return is_spelling_of(word, first)


def _initial(word: str) -> str:
    return name_skeleton(to_cyrillic(word).lower())[:1]


def _take_named_speakers(draft: _Draft, aliases: SpeakerAliases) -> None:
    """A known name next to a speech verb filters (and leaves the text); as a topic it stays.

    A name that is only the subject of the question's verb ("Will Putin answer questions?")
    filters too, but softly (``ParsedQuery.subjects``); and not at all when the question
    names who speaks otherwise ("..., according to Peskov", "according to the ambassador").
    """
    text = draft.text
    phrase_text = " ".join(draft.phrases + draft.quoted).lower()
    matches = _alias_matches(text, aliases)
    matches += _cyrillic_matches(text, aliases, {m.name for m in matches})
    matches += _sound_matches(text, aliases, matches)
    chosen: list[tuple[_NameMatch, str]] = []
    last = 0
    for found in sorted(matches, key=lambda m: m.start):
        if found.start < last:
            continue  # inside a name already read
        inside_phrase = text[found.start : found.end].lower() in phrase_text
        chosen.append(
            (found, "topic" if inside_phrase and found.role != "addressee" else found.role)
        )
        last = found.end
    chosen = _pairs_of_an_event(text, chosen)
    if draft.any_role:
        # "Кто назвал ответ Лаврова ...": who spoke is what is asked; Lavrov's answer is what
        # someone else spoke of.
        chosen = [(found, "topic" if role != "addressee" else role) for found, role in chosen]
    speaking = [found for found, role in chosen if role == "speaker"]
    if len(speaking) > 1:
        # "What did Shoigu answer when Putin thanked him?": a sayer in a clause of time after
        # the one asked about is what the answer was to, not another speaker.
        chosen = [
            (found, "topic" if found in speaking[1:] and _in_time_clause(text, found) else role)
            for found, role in chosen
        ]
    sources = [found for found in speaking if _SOURCE_BEFORE.search(text[: found.start])]
    if sources and len(speaking) > 1:
        # «Что, по словам Медведева, говорил ему Саакашвили?»: the one whose account it is
        # speaks; what the other said is in that account, his name its topic.
        chosen = [
            (found, "topic" if role == "speaker" and found not in sources else role)
            for found, role in chosen
        ]
    speaks = bool(draft.speakers) or any(role == "speaker" for _, role in chosen)
    # ("kremlin spokesman on relations with germany after scholz threat ...": a post that
    # opens the question says who spoke; a name further on is what he spoke of. Not "Посол
    # Келин о ...": the name in the post is the one who spoke.)
    posted = any(
        not any(a <= found.start < b for found, _ in chosen) for a, b in speaker_post_spans(text)
    )
    if speaks or _OTHER_SOURCE.search(text) or posted:
        chosen = [(found, "topic" if role == "subject" else role) for found, role in chosen]
    for found, role in chosen:
        if role in ("speaker", "subject"):
            draft.speaker(found.name)
            if role == "subject" and found.name not in draft.subjects:
                draft.subjects.append(found.name)
        else:
            if found.name not in draft.topic:
                draft.topic.append(found.name)
            if role == "addressee" and text[found.start : found.end].lower() not in phrase_text:
                draft.addressees.append(found.name)
    draft.text = _without_names(text, chosen, ("speaker", "subject"))
    if draft.subjects:
        draft.subject_text = _without_names(text, chosen, ("speaker",))


# Nouns of an event two leaders hold, after their names: "the Trump Putin summit", "a Lavrov
# Blinken call".
_EVENT_NOUNS = frozenset("summit summits meeting talks call phone visit negotiations".split())


def _pairs_of_an_event(
    text: str, chosen: list[tuple[_NameMatch, str]]
) -> list[tuple[_NameMatch, str]]:
    """Two names side by side before an event's noun ("before the trump putin meeting") say
    whose event it is: both topics, whatever each looked like alone."""
    out = list(chosen)
    for n in range(len(out) - 1):
        (first, _), (second, _) = out[n], out[n + 1]
        between = text[first.end : second.start]
        if between.strip(" -–") or _next_word(text, second.end) not in _EVENT_NOUNS:
            continue
        out[n], out[n + 1] = (first, "topic"), (second, "topic")
    return out


# Words that open a clause of time: "when Putin thanked him", «когда Путин поблагодарил».
_TIME_CLAUSE_WORDS = frozenset("when after before while once когда после пока прежде".split())


def _in_time_clause(text: str, found: _NameMatch) -> bool:
    """Whether a name stands right after a word that opens a clause of time."""
    before = text[: found.start].split()
    return bool(before) and before[-1].lower().strip(",") in _TIME_CLAUSE_WORDS


# Words of a speaker's title that may stand with his posts before his name: "Russian
# Ambassador Krasilnikov", "Посол России Красильников".
_TITLE_WORDS = frozenset("the russian russia's российский российского россии рф".split())


def _without_title(before: str) -> str:
    """The words before a filtering name without his title right before it ("What did
    Ambassador Krasilnikov say" -> "What did"): a post restates the speaker; as a search term
    it made any passage that says "ambassador" seem to answer."""
    words = before.split()
    at = len(words)
    while at > 0 and words[at - 1].strip(",").casefold() in POST_WORDS | _TITLE_WORDS:
        at -= 1
    if not any(word.strip(",").casefold() in POST_WORDS for word in words[at:]):
        return before
    return " ".join(words[:at]) + " "


def _without_names(
    text: str, chosen: list[tuple[_NameMatch, str]], filtering: tuple[str, ...]
) -> str:
    """The question's text without the names that filter (roles in ``filtering``), nor a
    speech noun that only restates one ("Lavrov's remarks"), nor a first name the corpus does
    not spell; names of other roles stay search terms."""
    pieces: list[str] = []
    last = 0
    for found, role in chosen:
        if role not in filtering:
            if found.extra is not None:
                pieces.append(text[last : found.extra[0]])
                last = found.extra[1]
            continue
        pieces.append(_without_title(text[last : found.start]))
        pieces.append(" ")
        last = found.end
        if found.possessive:
            # "Lavrov's remarks": the speech noun only restates the filter.
            noun = re.match(r"\s*([\w-]+)", text[last:])
            if noun and noun.group(1).lower() in _SPEECH_NOUNS:
                last += noun.end()
    pieces.append(text[last:])
    return "".join(pieces)


def parse_query(
    question: str, speaker_aliases: Mapping[str, str] | SpeakerAliases | None = None
) -> ParsedQuery:
    """Split a question into free text and filters.

    Args:
        question: What the user typed.
        speaker_aliases: Known speakers' names as they may be written (``{"lavrov": "Sergey
            Lavrov", "лавров": "Sergey Lavrov", ...}``); a :class:`SpeakerAliases` built once
            saves compiling their pattern for every question.

    Raises:
        QuerySyntaxError: An explicit filter names something we do not know
            (e.g. ``speaker:smith``).
    """
    aliases = (
        speaker_aliases
        if isinstance(speaker_aliases, SpeakerAliases)
        else SpeakerAliases(speaker_aliases or {})
    )
    raw = clean_line(question)[:MAX_QUERY_CHARS].rstrip()
    draft = _Draft(fold_apostrophes(raw))
    draft.take(_SPEAKER_FILTER, partial(_explicit_speaker, aliases))
    draft.take(_LANGUAGE_FILTER, _language)
    draft.take(_PHRASE, _phrase)
    draft.take(_NAME_QUOTES, _quoted_name)
    draft.text = draft.text.replace('"', " ")
    draft.take(_EXCLUDE, _exclusion)
    _take_dates(draft)
    _take_question_words(draft)
    _take_named_speakers(draft, aliases)
    return ParsedQuery(
        raw=raw,
        text=re.sub(r"\s+", " ", draft.text).strip(),
        phrases=tuple(draft.phrases),
        excluded=tuple(draft.excluded),
        speakers=tuple(draft.speakers),
        questions=draft.questions,
        date_from=draft.date_from,
        date_to=draft.date_to,
        topic_speakers=tuple(t for t in draft.topic if t not in draft.speakers),
        language=draft.language,
        addressees=tuple(a for a in dict.fromkeys(draft.addressees) if a not in draft.speakers),
        any_role=draft.any_role and not draft.speakers,
        subjects=tuple(draft.subjects),
        subject_text=re.sub(r"\s+", " ", draft.subject_text).strip(),
    )
