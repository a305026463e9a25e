"""The parser: a page's text -> an attributed :class:`~retrieval.passages.Document`.

The steps, each in its own module: :mod:`._page` (clean lines, `Source:` link, chrome cut off,
date line and title), :mod:`._labels` (labelled and plain lines), :mod:`._turns` (speaker turns
and paragraphs), :mod:`._sizing` (passages of a turn); here the document's speakers are settled
and each passage gets its role and the question it answers.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import re
from collections import Counter
from collections.abc import Iterator

from retrieval.passages import (
    QUESTION_SPEAKER,
    UNTITLED,
    Document,
    Language,
    Passage,
    Role,
    passage_id,
    renamed,
)
from retrieval.speakers import (
    KNOWN_SPEAKERS,
    UNKNOWN_SPEAKER,
    LabelKind,
    find_known_speaker,
    is_first_name,
    is_known_official,
    is_post_word,
    person_name,
    speaker_from_title,
)
from retrieval.text import label_key, language_of
from retrieval.transcript._dated_items import dated_items
from retrieval.transcript._datelines import (
    dateline_date,
    dateline_day,
    day_before,
    lead_day,
    named_day,
    url_date,
)
from retrieval.transcript._dates import title_date
from retrieval.transcript._epigraphs import epigraphs
from retrieval.transcript._errors import TranscriptError
from retrieval.transcript._headline import (
    headline_quote,
    opens_with_quote,
    posted_headline_quote,
    said_in,
    title_quote,
)
from retrieval.transcript._labels import classify
from retrieval.transcript._lines import LABEL_RE, embedded_post_date, embedded_posts
from retrieval.transcript._lone_speaker import lone_speakers_quotes
from retrieval.transcript._namesakes import namesakes
from retrieval.transcript._own_spellings import initialled_ambassadors
from retrieval.transcript._page import (
    ATTRIBUTED_QUOTE_LINE_RE,
    ends_sentence,
    header,
    names_event,
    prepare,
    title_place,
)
from retrieval.transcript._page_sayers import (
    _BACK_REFERENCE_RE,
    _name_line,
    announced_speaker,
    announces,
    event_speaker,
    hands_over_text,
    interviewee,
    is_handing_line,
    is_report,
    main_sayer,
    officials_named,
    tells_a_reporter,
    title_interviewee,
    title_posted,
)
from retrieval.transcript._quote_marks import mask_quotes
from retrieval.transcript._quote_runs import (
    _spans,
    all_quote,
    first_sentence,
    paragraph_sayers,
    retold_spans,
    says,
)
from retrieval.transcript._references import Ref
from retrieval.transcript._reported import attribute
from retrieval.transcript._sentence_sayer import (
    addresses,
    first_person,
    has_say_verb,
    headline_speaker,
    mentions,
    name_and_post,
    self_named,
)
from retrieval.transcript._sizing import passage_texts, sentence_spans
from retrieval.transcript._statement_lists import listed_statements
from retrieval.transcript._turns import (
    Turn,
    answers_under_lead,
    asks,
    dash_dialogue,
    group_turns,
    interviewers,
    named_by_address,
    named_by_initials,
    official_addressed,
    posts_of_interviewee,
    resolve_initials,
    undashed_questions,
)


def parse_transcript(text: str, doc_id: str, source_url: str | None = None) -> Document:
    """Parse a transcript page's text into a document of attributed passages.

    A page with text in it is never refused: a title, a date or a speaker that the page does
    not give is left unknown (the title is then :data:`UNTITLED`).

    Args:
        text: The page text (see :mod:`retrieval.transcript` for the format).
        doc_id: Document id, usually the file's stem.
        source_url: Link to the original page, used when the text has no ``Source:`` line.

    Returns:
        The document, with passages in reading order.

    Raises:
        TranscriptError: The text has no paragraphs of text at all.
    """
    if not text or not text.strip():
        raise TranscriptError("no text")
    lines, source_line = prepare(text.lstrip("\ufeff"))
    if not any(lines):
        raise TranscriptError("no text")
    lines = _name_over_speech(_dated_title_apart(lines))
    items = dated_items(lines)
    if items is not None:
        return _listed_items(items, doc_id, source_line or source_url)
    return _parse_lines(lines, doc_id, source_line, source_url)


def _name_over_speech(lines: list[str]) -> list[str]:
    """A page that opens with a known official's name alone on its first line, over words in
    the first person that never name him ("Vladimir Putin" / "No, I am not. It has always been
    this way ..."): the name is the label of those words, not a title."""
    at = [i for i, line in enumerate(lines[:4]) if line.strip()]
    if len(at) < 2:
        return lines
    name = _name_line(lines[at[0]])
    speech = lines[at[1]]
    if (
        name is None
        or not is_known_official(name)
        or not first_person(speech)
        or mentions(speech, name)
        or LABEL_RE.match(speech.split(".")[0]) is not None
    ):
        return lines
    out = list(lines)
    out[at[0]] = ""
    out[at[1]] = f"{lines[at[0]].strip()}: {speech}"
    return out


# A page's first line opening with a numeric date before its title ("14.03.05. Statement by
# ..."): the date and the title are two lines.
_DATE_BEFORE_TITLE_RE = re.compile(
    r"^(\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2}))\.?\s+(?=[A-ZА-ЯЁ]\S*\s+\S)"
)


def _dated_title_apart(lines: list[str]) -> list[str]:
    """The first line split at a numeric date that opens it, when a title of one person's
    statement follows ("14.03.05. Statement by Ivan Petrov, ..." had left the page
    untitled)."""
    first = next((i for i, line in enumerate(lines) if line), None)
    if first is None or not (found := _DATE_BEFORE_TITLE_RE.match(lines[first])):
        return lines
    rest = lines[first][found.end() :]
    if not speaker_from_title(rest):
        return lines
    return [*lines[:first], found.group(1), rest, *lines[first + 1 :]]


def _listed_items(items: list[list[str]], doc_id: str, source_url: str | None) -> Document:
    """A page of dated items (:mod:`._dated_items`): each item parsed as a page of its own,
    its passages with its own title, date and speakers; the document takes the first item's
    title and date."""
    parsed: list[Document] = []
    for item in items:
        with contextlib.suppress(TranscriptError):  # an item with no text (a bare headline)
            parsed.append(_parse_lines(item, doc_id, None, source_url))
    if not parsed:
        raise TranscriptError("not a transcript: no paragraphs of text")
    # Items in which nobody speaks (the site's header above the first date, a related story's
    # bare headline) are left out, unless nobody speaks anywhere: a page is never refused.
    documents = [
        d for d in parsed if any(p.speaker != UNKNOWN_SPEAKER for p in d.passages)
    ] or parsed
    passages: list[Passage] = []
    for document in documents:
        offset = passages[-1].turn + 1 if passages else 0
        # Items are dated by their own date lines; a day without a year is not kept per item.
        passages.extend(
            dataclasses.replace(p, turn=p.turn + offset, yearless_day=None)
            for p in document.passages
        )
    return dataclasses.replace(documents[0], passages=tuple(passages), yearless_day=None)


def _parse_lines(
    lines: list[str], doc_id: str, source_line: str | None, source_url: str | None
) -> Document:
    """:func:`parse_transcript` on the page's prepared lines."""
    head = header(lines)
    title = head.title or UNTITLED
    title_speaker = headline_speaker(head.title) if head.title else None
    if title_speaker is None and head.title and _INTERVIEW_TITLE_RE.search(head.title):
        # "Interview of the Russian Ambassador to Norway Pavel Orlovsky to ...": the title of
        # an interview names its speaker, known or not (the answers under "A:" are his).
        title_speaker = title_interviewee(head.title) or _lead_interviewee(head.title, head.lead)
    if title_speaker is None and head.title:
        title_speaker = (
            _byline_over_post(lines, head.title)
            or _named_over_title(lines, head.title)
            or _post_holder_under(head.title, head.body)
        )
    found = title_date(head.title) if head.title else None
    # The event's date: the title's, an event's date line, the lead's, then the page's stamps.
    date = found[0] if found else (head.event_date or head.lead_date or head.date)
    yearless: tuple[int, int] | None = None
    if not found:
        date, yearless = _with_dateline("\n".join(lines), date, head.late_date)
    if date is None and yearless is None:
        lead = (lead_day(head.lead[0]) if head.lead else None) or named_day(head.lead)
        yearless = lead or head.stamp_day
    if date is None and (posted := url_date(source_line or source_url)):
        # The address's date is the publisher's for the page, as a stamp on it would be: it
        # dates a page that states no day, and gives the year of a day shortly before it.
        date = day_before(yearless, posted) if yearless else posted
        yearless = None if date else yearless
    if date is None and yearless is None:
        # "— Amichai Stein (@AmichaiStein1) September 21, 2015": a post the story embeds, made
        # while it happened, dates a page that states no day of its own.
        date = embedded_post_date(head.body)
    place = (title_place(title, found[1]) if found else None) or head.place

    classified = classify(head.body, label_key(head.title or ""), head.title or "")
    turns = group_turns(classified, title_speaker or UNKNOWN_SPEAKER)
    if title_speaker is None:
        _answers_of_interviewee(turns, head.title or "")
    turns = _answers_after_named_questions(turns, title_speaker)
    resolve_initials(turns, "\n".join([head.title or "", *head.body]))
    if title_speaker is not None and head.title:
        posts_of_interviewee(turns, title_speaker, head.title)
    # (A headline in a label's form, "Лавров: Москва получила план ...", is narration over the
    # list below it: see _attribute.)
    listed = listed_statements(
        [p for t in turns if not t.labelled or _headline_label(t) for p in t.paragraphs],
        title_speaker,
        head.title or "",
    )
    # Another person's words set above a speech: its signer's if we know them, else nobody's.
    after_title = next((i + 1 for i, line in enumerate(lines) if line == head.title), 0)
    listed.update(epigraphs(lines[after_title:], title_speaker))
    listed.update(embedded_posts(head.body))
    turns = _give_listed(
        lone_speakers_quotes(
            _commentary(
                _attribute(
                    dash_dialogue(undashed_questions(_headlines_as_narration(turns))),
                    title_speaker,
                    head.title or "",
                )
            )
        ),
        listed,
    )
    turns = _lost_quote_openings(_pull_quotes(_answers_run_into_questions(_lost_questions(turns))))
    _answers_of_addressee(turns, head.title or "")
    turns = _headline_quote_of_interviewee(turns, head.title)
    if quotes := _headline_quotes(head.headline_quotes, title_speaker):
        # A headline quoting the speaker above the title ("«Мы не будем ...»").
        turns.insert(0, Turn(title_speaker or UNKNOWN_SPEAKER, False, paragraphs=quotes))
    text = [p for t in turns for p in t.paragraphs]
    words = (
        headline_quote(head.title, title_speaker, text) if head.title and title_speaker else None
    )
    if words and title_speaker and not said_in(words, text):
        # «Мы привыкшие»: Лавров о ... — the headline's quote is the speaker's words too.
        turns.insert(0, Turn(title_speaker, False, paragraphs=[words]))
    elif (
        head.title
        and title_speaker is None
        and (by_post := posted_headline_quote(head.title))
        and not said_in(by_post, text)
        and (answering := _one_answerer(turns))
    ):
        # «...»: посол России в Белоруссии — о ...: over an interview of one person, his.
        turns.insert(0, Turn(answering, False, paragraphs=[by_post]))
    asking = interviewers(turns, title_speaker)

    language = language_of("\n".join(p for turn in turns for p in turn.paragraphs))
    passages = list(
        _passages(turns, asking, doc_id, title, date, place, language, source_line or source_url)
    )
    if yearless:
        passages = [dataclasses.replace(p, yearless_day=yearless) for p in passages]
    if not passages:
        raise TranscriptError("not a transcript: no paragraphs of text")
    page_text = "\n".join([head.title or "", *head.body])
    named = {p.speaker for p in passages} | {title_speaker or UNKNOWN_SPEAKER}
    # "S.S.Belyaev" on a page about the ambassador to Sweden is the table's Sergey Belyaev; an
    # ambassador, as a minister, is shown as the table spells him ("Alexey", whatever an
    # agency's English writes: round 38, on 13 read and 16 blind sets the question writers
    # followed the table more often than the page).
    respelt = initialled_ambassadors(named, page_text)
    # "Патрушев: урожай ..." over "Министр ... Дмитрий Патрушев": the namesake of a known one.
    respelt.update(namesakes({respelt.get(n, n) for n in named}, page_text))
    respelt = {n: respelt.get(to, to) for n, to in respelt.items()}
    if respelt:
        passages = list(renamed(passages, respelt, title, date))
        title_speaker = respelt.get(title_speaker or "", title_speaker)
    return Document(
        id=doc_id,
        title=title,
        date=date,
        place=place,
        language=language,
        speaker=title_speaker,
        source_url=source_line or source_url,
        passages=tuple(passages),
        yearless_day=yearless,
    )


#: A retold news conference has at least this many named questioners whose questions have
#: unlabelled answers under them (one alone may be a journalist's own two paragraphs).
_MIN_RETOLD_QUESTIONS = 2


def _answers_after_named_questions(turns: list[Turn], title_speaker: str | None) -> list[Turn]:
    """A retold news conference: "Anton Petrov, Channel One: Is ...?" and under it, unlabelled,
    what the answer said. The paragraphs after a labelled journalist's question are the
    answer, not more of the journalist's words: they go to the page's speaker (the title's,
    or the one person the lead names as the event's: "Пресс-конференция Владимира Путина
    ...") or to nobody we can name. Only on pages where every labelled turn is such a
    question (no answer is labelled) and at least two are."""
    for turn in turns:
        if turn.kind == "question":
            turn.paragraphs = [part for p in turn.paragraphs for part in _dash_answer_apart(p)]
    labelled = [t for t in turns if t.labelled]
    asking = [
        t
        for t in labelled
        if t.kind != "answer"
        and not is_known_official(t.speaker)
        and len(t.paragraphs) >= 2
        and _asks_first(t)
        and not asks(t.paragraphs[-1])
    ]
    # (One is enough when its answer opens with a reply's dash: "РИА Новости: ...?" over
    # "- Президент сам формирует ...".)
    dashed = len(asking) == 1 and _opens_with_dash(asking[0].paragraphs[1:])
    if len(asking) != len(labelled) or not asking:
        return turns
    first = next(i for i, t in enumerate(turns) if t.labelled)
    given = interviewee([p for t in turns[:first] for p in t.paragraphs])
    # (One is enough, too, under a lead naming who gives the interview: "... had a
    # conversation with Andrei Kiselenko, charge d'affaires ..." over "Q: ...?" and a plain
    # answer, the page cut after it.)
    # So under a title naming the one who answers ("..., Ambassador Gennady Gatilov, in his
    # interview with RIA Novosti" over "QUESTION: ...?" and a plain answer).
    alone = (
        len(asking) == 1
        and asking[0].kind == "question"
        and (given is not None or title_speaker is not None)
    )
    if len(asking) < _MIN_RETOLD_QUESTIONS and not (dashed or alone):
        return turns
    answerer = title_speaker or _event_speaker(turns) or given or UNKNOWN_SPEAKER
    asked = {id(turn) for turn in asking}  # by identity: two turns may hold the same words
    out: list[Turn] = []
    for turn in turns:
        if id(turn) not in asked:
            out.append(turn)
            continue
        cut = next(n for n, p in enumerate(turn.paragraphs) if n and not asks(p))
        question, answer = turn.paragraphs[:cut], turn.paragraphs[cut:]
        out.append(dataclasses.replace(turn, paragraphs=question, lines=_as_lines(question)))
        # Named, the answer stands as if labelled, so that no later rule re-reads it as news.
        named = answerer != UNKNOWN_SPEAKER
        kind: LabelKind | None = "answer" if named else None
        out.append(Turn(answerer, named, kind, paragraphs=answer, lines=_as_lines(answer)))
    return out


def _dash_answer_apart(paragraph: str) -> list[str]:
    """A labelled question's paragraph whose first line asks and whose next line opens with a
    reply's dash ("РИА Новости: ...?" / "- Президент сам ..."): the question, then the
    answer (a dash line goes on with the paragraph above it otherwise)."""
    first, newline, rest = paragraph.partition("\n")
    return [first, rest] if newline and asks(first) and _reply_dash(rest) else [paragraph]


def _opens_with_dash(paragraphs: list[str]) -> bool:
    """Whether the first paragraph that does not ask opens with a reply's dash."""
    return _reply_dash(next((p for p in paragraphs if not asks(p)), ""))


def _reply_dash(text: str) -> bool:
    """Whether a text opens with a reply's dash and a space ("- Президент сам ...")."""
    text = text.lstrip()
    return text[:1] in "-–—" and text[1:2] == " "


def _asks_first(turn: Turn) -> bool:
    """Whether a turn opens with a question: its first paragraph asks, or is a live text's
    heading of one ("Вопрос о росте цен", labelled as a question with no question mark)."""
    first = turn.paragraphs[0]
    return asks(first) or (turn.kind == "question" and not re.search(r"[.!?…]\W*$", first))


def _event_speaker(turns: list[Turn]) -> str | None:
    """The one person the page's lead names as the event's (:func:`event_speaker`)."""
    lead = next((t.paragraphs[0] for t in turns if not t.labelled and t.paragraphs), None)
    return event_speaker(lead) if lead is not None else None


def _as_lines(paragraphs: list[str]) -> list[str | None]:
    """Paragraphs as a turn's lines (a blank line between them)."""
    lines: list[str | None] = []
    for paragraph in paragraphs:
        lines.extend([*([None] if lines else []), paragraph])
    return lines


_DASH_REPLY_RE = re.compile(r"^\s*[—–]\s*\S")


# Someone told an outlet: "told Izvestia", «рассказал «Известиям»», «"Русскому миру"
# рассказывает».
_TOLD_OUTLET_RE = re.compile(
    r"\b(?:told|tells)\s+(?:the\s+)?[A-Z]"
    r"|(?<![^\W\d_])(?:рассказал[аи]?|рассказывает|сообщил[аи]?)\s+[«\"]"
    r"|[«\"][^«»\"]{2,40}[»\"]\s+(?:рассказал[аи]?|рассказывает|сообщил[аи]?)(?![^\W\d_])"
)


def _headlines_as_narration(turns: list[Turn]) -> list[Turn]:
    """The turns with a headline in a label's form ("Александр Грушко: «Изолировать нас ...
    невозможно»") read as narration, as :func:`_attribute` reads it, their lines kept: no
    label that keeps the dash interview under it from being read as one."""
    out = []
    for turn in turns:
        if not (turn.labelled and _headline_label(turn)):
            out.append(turn)
            continue
        narration = _as_narration(turn)
        # (A dash reply run into a paragraph opens a block of its own.)
        lines: list[str | None] = []
        for paragraph in narration.paragraphs:
            for line in paragraph.splitlines():
                if lines and lines[-1] is not None and _DASH_REPLY_RE.match(line):
                    lines.append(None)
                lines.append(line)
            lines.append(None)
        narration.lines = lines
        out.append(narration)
    return out


_EXCHANGE_KINDS = ("question", "answer")


def _answers_of_interviewee(turns: list[Turn], title: str = "") -> None:
    """An interview in "Q:" / "A:" labels under an agency's lead ("Ryabkov said in an
    interview with TASS that ...") whose title names no speaker: the answers are the one the
    lead names (a title calling it an interview speaks for a lead that does not: "From an
    interview with The Nation's ..." over "..., Russian Ambassador ... X discusses ...")."""
    answers = [t for t in turns if t.labelled and t.kind == "answer"]
    if not answers:
        return
    # (The lead ends at the first question or answer: a headline in a label's form above it,
    # "Federation Council Deputy Chairman Konstantin Kosachyov: Current rift ...", holds it.)
    first = next(i for i, t in enumerate(turns) if t.labelled and t.kind in _EXCHANGE_KINDS)
    titled = _INTERVIEW_TITLE_RE.search(title) is not None
    who = interviewee([p for t in turns[:first] for p in t.paragraphs], of_interview=titled)
    if who is None:
        return
    for turn in answers:
        turn.speaker = who


# "Mr Lavrov, ...?", "Господин Лавров, ...?": a question that speaks to someone by surname.
_MR_RE = re.compile(r"(?:^|[.!?]\s+|,\s*)(?:mr|mrs|ms|господин|госпожа)\.?\s+([^\W\d_]+)\s*[,!?]")


def _addressed(question: str) -> set[str]:
    """The known officials a question speaks to by first name and patronymic ("Сергей
    Викторович, ...") or by surname after "Mr" ("Mr Lavrov, ...")."""
    question = question.lstrip("—–- ")  # a dash dialogue's reply mark
    found = {s.name for s in KNOWN_SPEAKERS if s.official and addresses(question, s.name)}
    key = label_key(question)
    if "mr" in key or "ms" in key or "госпо" in key:
        for surname in _MR_RE.findall(key):
            known = find_known_speaker(surname)
            if known is not None and known.official:
                found.add(known.name)
    return found


def _headline_quote_of_interviewee(turns: list[Turn], title: str | None) -> list[Turn]:
    """An untitled interview whose first line is a quote ("«Если ливанцы к нам обратятся ...,
    я не думаю, что Россия откажет»" over the lead and the dash turns): a headline quoting the
    one person who answers the questions below, his words."""
    first = turns[0] if turns else None
    if (
        title
        or first is None
        or first.labelled
        or first.speaker != UNKNOWN_SPEAKER
        or not all_quote(first.paragraphs[0])
    ):
        return turns
    asked = next((i for i, t in enumerate(turns) if t.kind == "question"), None)
    if asked is None:
        return turns
    answering = {
        t.speaker for t in turns[asked:] if t.speaker not in (QUESTION_SPEAKER, UNKNOWN_SPEAKER)
    }
    if len(answering) != 1 or any(t.speaker == UNKNOWN_SPEAKER for t in turns[asked + 1 :]):
        return turns
    quote = Turn(answering.pop(), False, paragraphs=first.paragraphs[:1])
    rest = dataclasses.replace(first, paragraphs=first.paragraphs[1:])
    return [quote, *([rest] if rest.paragraphs else []), *turns[1:]]


def _one_answerer(turns: list[Turn]) -> str | None:
    """The one person who answers an interview's questions, when the page gives words to
    nobody else it names."""
    if not any(t.kind == "question" for t in turns):
        return None
    named = {t.speaker for t in turns} - {QUESTION_SPEAKER, UNKNOWN_SPEAKER, ""}
    return named.pop() if len(named) == 1 else None


def _answers_of_addressee(turns: list[Turn], title: str = "") -> None:
    """An interview whose answers no label, title or lead names (an excerpt, a repost): its
    answers are the one known official its questions speak to by name ("— Сергей
    Викторович, ...?", "Question: Mr Lavrov, ...?"), when they speak to one only; else the
    one the title or lead names in full by the first name the questions address him by
    (:func:`named_by_address`), or in a headline in a label's form (:func:`_headline_name`)."""
    # (A dash dialogue's answers are unlabelled turns of no kind after its questions.)
    answers = [
        t
        for i, t in enumerate(turns)
        if t.speaker == UNKNOWN_SPEAKER
        and (t.kind == "answer" or (t.kind is None and i and turns[i - 1].kind == "question"))
    ]
    if not answers:
        return
    questions = [p for t in turns if t.kind == "question" for p in t.paragraphs]
    first = next((i for i, t in enumerate(turns) if t.kind == "question"), 0)
    context = [title, *(p for t in turns[:first] for p in t.paragraphs)]
    # («— Михаил Юрьевич, ...?» under «Зурабов М. Ю.»: the one the page names by those
    # initials, before a known official of that first name and patronymic.)
    who = named_by_initials(questions, "\n".join(context))
    named = {name for p in questions for name in _addressed(p)} if who is None else set()
    if who is None:
        who = named.pop() if len(named) == 1 else None
    if who is None and not named:
        # «— Андрей Рэмович, ...?» under a caption naming "Андрей Белоусов": one the page
        # names in full, by the first name the questions address him by.
        who = (
            named_by_address(questions, "\n".join(context))
            or _headline_name(context)
            or official_addressed(questions)
        )
    if who is not None:
        for turn in answers:
            turn.speaker = who


def _byline_over_post(lines: list[str], title: str) -> str | None:
    """The author of a column whose page gives his name alone on the line over the title, the
    title being his post ("Игорь Моргулов" over "Чрезвычайный и Полномочный Посол России в
    КНР, член РСМД"): the one whose words the page holds."""
    above = _line_over(lines, title)
    if above is None or len(above.split()) > _BYLINE_WORDS:
        return None
    return name_and_post(f"{above.strip()}, {title}")


def _named_over_title(lines: list[str], title: str) -> str | None:
    """The known person the line right over a title that names no one gives as the page's:
    a caption of his name ("Vladimir Putin" over "At a meeting with chief editors of leading
    foreign media outlets"), or a headline he is the subject of ("Viacheslav Volodin noted
    the State Duma's success ..." over "In an interview with TV channel Rossiya 24, the
    Chairman of the State Duma spoke about ...")."""
    above = _line_over(lines, title)
    # (A title that names an event only: "Итоги года в отношениях двух стран" under a name is
    # a column's heading, whose author the page does not confirm.)
    if above is None or ends_sentence(above) or not names_event(title):
        return None
    if known := find_known_speaker(above.strip()):
        return known.name
    # (His name opening it: «Руководство ЮАР четко заявило: арестовывать Путина они не
    # будут» quotes someone else about him.)
    words = above.split()
    opening = next((k for n in (2, 1) if (k := find_known_speaker(" ".join(words[:n])))), None)
    return opening.name if opening and headline_speaker(above) == opening.name else None


#: The lines under a headline where its caption stands ("Russian Ambassador to the US Anatoly
#: Antonov" under a photo).
_CAPTION_LINES = 6
# Words a post may hold in lower case between its capitalised ones ("Ambassador to the US",
# «Посол России в США»).
_POST_JOINING_WORDS = frozenset("to of in at the for and в при по и".split())


def _post_holder_under(title: str, body: list[str]) -> str | None:
    """The person a headline opening with a post and no name ("Russian Ambassador to the US
    weighs in on relations with America", «Посол России в США рассказал ...») means: the one
    the caption lines under it open with, that same post and his name."""
    words = title.split()
    taken = 0
    while taken < len(words) and (
        words[taken][:1].isupper() or words[taken].casefold() in _POST_JOINING_WORDS
    ):
        taken += 1
    post_words = words[:taken]
    while post_words and post_words[-1].casefold() in _POST_JOINING_WORDS:
        post_words.pop()
    if len(post_words) < 2 or taken == len(words):
        return None
    if not any(is_post_word(label_key(word)) for word in post_words):
        return None
    pattern = re.compile(
        r"^\W*"
        + re.escape(" ".join(post_words))
        + r"\s+(?P<name>[A-ZА-ЯЁ][\w'’-]+\s+[A-ZА-ЯЁ][\w'’-]+)"
    )
    found = {
        name
        for line in body[:_CAPTION_LINES]
        for match in pattern.finditer(line)
        if (name := person_name(match.group("name")))
    }
    return found.pop() if len(found) == 1 else None


def _line_over(lines: list[str], title: str) -> str | None:
    """The line with text right over the title's line, if the title has one over it."""
    at = next((i for i, line in enumerate(lines) if line == title), None)
    return next((line for line in reversed(lines[:at]) if line.strip()), None) if at else None


#: A name alone on its line, over a post, has at most this many words.
_BYLINE_WORDS = 4


def _headline_name(lines: list[str]) -> str | None:
    """The one person a title or lead line names in full as the label of a quoted headline,
    over an interview whose answers nothing else names («Игорь Сечин: «Мы стоим на пороге
    ...»» over dashed questions and answers; 'Ramzan Kadyrov: "…And I really mean it!"')."""
    found = set()
    for line in lines:
        match = LABEL_RE.match(line) if ":" in line else None
        if match is None or match.group("rest").lstrip()[:1] not in '«"“„':
            continue
        label = match.group("label")
        if (name := person_name(label)) and is_first_name(label.split()[0]):
            found.add(name)
    return found.pop() if len(found) == 1 else None


def _with_dateline(
    text: str, date: dt.date | None, late: dt.date | None
) -> tuple[dt.date | None, tuple[int, int] | None]:
    """The page's date checked against an agency's dateline ("MOSCOW, March 27. /TASS/."):
    the dateline's day with the year the page gives for it; a date of another day (a related
    story's stamp) is dropped, since an unknown date beats a wrong one. When the page gives
    no year for the dateline's day, that day alone, as ``(month, day)``, beside no date."""
    day = dateline_day(text)
    if day is None:
        return date or late, None
    for candidate in (date, late):
        if candidate is not None and (candidate.month, candidate.day) == day:
            return candidate, None
    found = dateline_date(text)
    return found, None if found else day


def _named_in(title_key: str, speaker: str) -> bool:
    """Whether a folded title names a speaker (a full name's surname) as a whole word."""
    words = speaker.split()
    surname = label_key(words[-1]) if len(words) >= 2 else ""
    return (
        len(surname) > 2 and re.search(rf"(?<![^\W\d_]){re.escape(surname)}", title_key) is not None
    )


def _headline_quotes(lines: list[str], title_speaker: str | None) -> list[str]:
    """The quotes standing as headlines above the title: a bare one ("«Мы не будем ...»"),
    and one whose sayer follows it when that is the title's speaker (his words without the
    sayer: "'It is unclear to us why ...,' Russian Permanent Representative ... Sergey
    Lavrov on Iraq"); one naming someone else is left out."""
    quotes = []
    for line in lines:
        if attributed := ATTRIBUTED_QUOTE_LINE_RE.match(line):
            if title_speaker is None or not mentions(attributed.group("sayer"), title_speaker):
                continue
            line = attributed.group("quote")
        quotes.append(line)
    return quotes


def _attribute(turns: list[Turn], title_speaker: str | None, title: str = "") -> list[Turn]:
    """Give every unlabelled turn its speaker (labelled ones have theirs).

    * A report (a news story quoting people in its narration) is attributed sentence by
      sentence (:mod:`._reported`).
    * Otherwise unlabelled text is the page speaker's (the title's, else the first known
      official among the labels), except the lead above that speaker's own first label (the
      page describing the event) and a question right before one of his answers.
    """
    # A news list's headline in a label's form ("Medvedev: If a Nuclear Power Loses a War, it
    # can Trigger ...") over a story about him is narration like the rest of a report.
    turns = [_as_narration(t) if t.labelled and _headline_label(t) else t for t in turns]
    unlabelled = [p for t in turns if not t.labelled for p in t.paragraphs]
    title_key = label_key(title)
    first_labelled = next(
        (
            t.speaker
            for t in turns
            if t.labelled and t.kind not in ("question", "answer") and t.speaker != UNKNOWN_SPEAKER
        ),
        None,
    )
    # The first labelled speaker is the page's when a known official, or named in the title
    # ("Ambassador to Japan Galuzin: ..." over "Mikhail Galuzin, Ambassador ...:").
    official = (
        first_labelled
        if first_labelled
        and (is_known_official(first_labelled) or _named_in(title_key, first_labelled))
        else None
    )
    page_speaker = title_speaker or official
    lead_names_him = False
    dash_at = next((i for i, t in enumerate(turns) if t.dash), None)
    # (So the first question under its label, "MJ: ...?", its answers under it unlabelled.)
    asked_at = next(
        (i for i, t in enumerate(turns) if t.dash or (t.labelled and t.kind == "question")),
        None,
    )
    if page_speaker is None and asked_at is None and not any(t.labelled for t in turns):
        # A copy that lost the questions of a dash interview ("X в эксклюзивном интервью
        # «Известиям» рассказал о ..." over "— На саммите будут обсуждаться ..."): the dash
        # replies are the answers of the one the lead names as giving it.
        turns, given = answers_under_lead(turns, interviewee)
        if given is not None:
            page_speaker, lead_names_him = given, True
            asked_at = next((i for i, t in enumerate(turns) if t.dash), None)
    if page_speaker is None and asked_at is not None:
        # An untitled interview in dashes under an agency's lead ("X said in an interview
        # with Interfax that ..."): the answers are the one the lead names.
        lead_text = [p for t in turns[:asked_at] if not t.labelled for p in t.paragraphs]
        # (A title that calls the page an interview speaks of it for a lead that does not:
        # "... — эксклюзивное интервью посла РФ в КНДР" over "Посол ... рассказал о ...".)
        titled = _INTERVIEW_TITLE_RE.search(title) is not None
        # (Over dashes that ask and answer, a lead telling that someone told an outlet speaks
        # of the interview too: "Dmitry Peskov ... told Izvestia about ...", «Об этом «МК»
        # рассказал посол ...»; "X said on Friday that ..." does not.)
        told = turns[asked_at].dash and any(_TOLD_OUTLET_RE.search(p) for p in lead_text)
        page_speaker = interviewee(lead_text, of_interview=titled or told)
        # (The lead that names him so speaks of him: it is the reporter's, not his words.)
        lead_names_him = page_speaker is not None
    elif (
        page_speaker == title_speaker
        and asked_at is not None
        and turns[asked_at].dash
        and _names_in_passing(title)
    ):
        # A dash interview under a headline that only mentions someone ("Putin's Russia is
        # ready to make the first step with Macron") is the one its lead says gave it
        # ("Alexander Orlov says in an exclusive interview ...").
        lead_text = [p for t in turns[:asked_at] if not t.labelled for p in t.paragraphs]
        if (given := interviewee(lead_text)) is not None:
            page_speaker, lead_names_him = given, True
    announced = None
    no_labels = bool(unlabelled) and not any(t.labelled for t in turns)
    if (
        page_speaker is not None
        and no_labels
        and (
            _ARTICLE_RE.search(title)
            or any(hands_over_text(p) for p in unlabelled[:_ANNOUNCING_PARAGRAPHS])
        )
    ):
        # "The following op-ed article was released ... written by Foreign Minister Sergey
        # Lavrov" under the title of his article: the text below is his, no report about him
        # (a digest of his comments, «Публикуем основные его комментарии», is still one).
        announced = page_speaker if _lead_announced(unlabelled) == page_speaker else None
    elif page_speaker is None and no_labels:
        # "The following are excerpts from a press conference by Foreign Minister Sergey
        # Lavrov ...", "Приводим выдержки из выступления Сергея Лаврова": an editor's lead that
        # hands the text below to one person (so the page is no report about him).
        page_speaker = announced = _lead_announced(unlabelled) or _colon_announced(unlabelled)
        if announced is None and not any(t.dash for t in turns):
            page_speaker = announced = _monologue_giver(unlabelled)
    # A blogger's intro over the speech it posts ("How many press conferences in one week?
    # ... IMO, Lavrov enjoyed his time." over "Dear colleagues, good afternoon!") is the
    # blogger's, first person or not.
    intro = (
        unlabelled[0]
        if announced
        and len(unlabelled) > 1
        and _SPEECH_OPENING_RE.match(unlabelled[1])
        and mentions(unlabelled[0], announced)
        else None
    )
    if unlabelled and not any(t.labelled or t.dash for t in turns):
        # (An announced text may be an interview too: "Ryabkov gave an interview to Izvestia.
        # Below are the key excerpts." over bare questions and answers.)
        bare = _bare_interview(turns, title_speaker, title) or (
            None if announced else _interview_below_story(unlabelled, title_speaker, title)
        )
        if bare is not None:
            return bare
    dialogue = any(t.kind in ("question", "answer") for t in turns)
    if unlabelled and not dialogue and not announced and _labelled_share(turns) < 0.5:
        # (Or the one person the headline names in full by post, whom "the head of the
        # mission says" names: «Посол ... Бангладеш в России Сайфул Хок любит гулять ...».)
        main = page_speaker or main_sayer(unlabelled, story=True) or title_posted(title)
        if is_report(unlabelled, main):
            return _reported_turns(turns, main, title)
    default = page_speaker or UNKNOWN_SPEAKER
    first_label_at = next((i for i, t in enumerate(turns) if t.labelled), None)
    if dash_at is not None and (first_label_at is None or dash_at < first_label_at):
        first_label_at = dash_at  # a dash dialogue starts with the first dash reply
    lead = [t for t in turns[: first_label_at or 0] if not t.labelled]
    first_named = first_label_at is not None and (
        turns[first_label_at].dash
        or turns[first_label_at].kind not in ("question", "answer", "anonymous")
    )
    # The page's lead above the first label is the page describing the event, not the
    # speaker's words, when a named person's label comes first (the speaker's own, or an
    # interviewer's) and the lead never says "I" or "we" (opening remarks before the
    # journalists' questions are the speaker's own).
    lead_paragraphs = [p for t in lead for p in t.paragraphs]
    if lead_paragraphs and _question_paragraph(lead_paragraphs[-1]):
        # (The question right over the first answer is the interviewer's, "как мы знаем" in it
        # or not: see the question lines below.)
        lead_paragraphs.pop()
    lead_is_narration = bool(lead) and (
        lead_names_him or (first_named and not any(first_person(p) for p in lead_paragraphs))
    )
    dash_first = dash_at is not None and dash_at == first_label_at
    if lead and page_speaker is not None and (title_speaker is None or dash_first):
        # Only the labels say who speaks: a lead that names him in the third person or speaks
        # of the text itself ("What follows is the Ministry's transcript", "reproduced it
        # below") is whoever posted it, not the official's opening remarks. So is the lead over
        # a dash interview under his headline ("Тюрденев: ..." over "мы пообщались с послом
        # ... Владимиром Тюрденевым"), its "we" the journalists'.
        lead_is_narration = lead_is_narration or any(
            mentions(p, page_speaker) > 0 or _ABOUT_THE_TEXT_RE.search(p)
            for t in lead
            for p in t.paragraphs
        )
    # The speaker's own label opens the transcript (his statement or news conference, not an
    # interview whose lead teases the questions: "X told the paper why ..."): a lead retelling
    # what he said there gives his words (see _retold_lead).
    opens_own = (
        first_label_at is not None
        and turns[first_label_at].labelled
        and not turns[first_label_at].dash
        and turns[first_label_at].speaker == page_speaker
        # (A question right over his first label, "Sidhant Sibal: How do you see ...?" that
        # the page could not confirm as a label, opens an interview.)
        and not (
            first_label_at > 0
            and turns[first_label_at - 1].paragraphs
            and _question_paragraph(turns[first_label_at - 1].paragraphs[-1])
        )
    )
    titled = title_speaker is not None and page_speaker == title_speaker
    out: list[Turn] = []
    answering = {t.speaker for t in turns if t.labelled} - {UNKNOWN_SPEAKER, QUESTION_SPEAKER}
    # An interview whose first label is a question, one person answering under labels: its
    # lead may retell what he said ("According to Ushakov, the meeting took place ...").
    asked_first = first_label_at is not None and turns[first_label_at].kind == "question"
    interviewed = next(iter(answering)) if asked_first and len(answering) == 1 else None
    for i, turn in enumerate(turns):
        if turn.labelled:
            out.append(turn)
            continue
        in_lead = first_label_at is not None and i < first_label_at and not turn.reset
        if (
            in_lead
            and lead_is_narration
            and opens_own
            and (retold := _retold_lead(turn, page_speaker))
        ):
            out.extend(retold)
            continue
        if in_lead and interviewed and (retold := _retold_lead(turn, interviewed)):
            out.extend(retold)
            continue
        if (
            in_lead
            and (lead_is_narration or page_speaker is None)
            and (
                quoted := _quoted_lead(
                    turn, answering | ({page_speaker} if page_speaker else set()), title
                )
            )
        ):
            out.extend(quoted)
            continue
        speakers = [
            (in_lead and _lead_reports(p, answering))
            or (UNKNOWN_SPEAKER if p is intro else None)
            # (The editor's "Full transcript:" over the text is not his words.)
            or (UNKNOWN_SPEAKER if (announced and announces(p)) or is_handing_line(p) else None)
            or _unlabelled_speaker(
                p,
                default,
                # (Quotes set over the transcript of the title's speaker, his own label
                # opening it and no one else's following, are his words pulled out: "“Our
                # biggest problem today is ...”".)
                in_lead
                and lead_is_narration
                and not (opens_own and titled and answering <= {page_speaker} and all_quote(p)),
                page_speaker,
            )
            for p in turn.paragraphs
        ]
        out.extend(_split_by_speaker(turn, speakers))
    asked: list[Turn] = []
    for i, turn in enumerate(out):
        nxt = out[i + 1] if i + 1 < len(out) else None
        if (
            nxt is not None
            and not turn.labelled
            and nxt.labelled
            and nxt.kind != "question"  # (an answer is what comes after a question)
            and (nxt.speaker == page_speaker or _DASH_RE.match(turn.paragraphs[-1]))
            and (
                asks(turn.paragraphs[-1])
                or (turn.speaker == page_speaker and _question_paragraph(turn.paragraphs[-1]))
            )
            and (i == 0 or out[i - 1].labelled or turn.speaker in (UNKNOWN_SPEAKER, page_speaker))
        ):
            # An unlabelled question right before the speaker's labelled answer (an excerpt
            # that starts mid-interview): the last paragraph asks, the ones before keep theirs.
            question = turn.paragraphs[-1]
            if len(turn.paragraphs) > 1:
                turn.paragraphs = turn.paragraphs[:-1]
                asked.append(turn)
            asked.append(Turn(QUESTION_SPEAKER, False, "question", paragraphs=[question]))
            continue
        asked.append(turn)
    return asked


_QUOTE_MARKS_RE = re.compile(r"[\"«»“”„]")
# A retelling of what was said, not of what was talked about: "рассказал о том, что ...",
# "заявил, что ...", "said that ...".
_RETOLD_FACT_RE = re.compile(r"(?:\bо том,?|,)\s+что\s|\bthat\s", re.IGNORECASE)
_INTERVIEW_WORD_RE = re.compile(r"(?<![^\W\d_])(?:interview|интервью)(?![^\W\d_])", re.I)


def _retold_lead(turn: Turn, speaker: str | None) -> list[Turn] | None:
    """A lead above a transcript that retells what its speaker said ("In particular, Mr Putin
    stated that ...", "the President said that ..."), cut into turns: those sentences are his
    words as a report's would be, the rest the page's narration. None when it retells
    nothing of his."""
    if speaker is None:
        return None
    pieces: list[tuple[str, str]] = []
    for paragraph in turn.paragraphs:
        for a, b, his in retold_spans(paragraph, speaker):
            # An interview's teaser ("в интервью газете высказывается по острым вопросам")
            # says what he talks about, not what he said; a quote in a lead is another
            # story's teaser as often (a tag page's «...», — заявила Захарова… Подробнее):
            # only words retold without quotes.
            teaser = (
                _INTERVIEW_WORD_RE.search(paragraph, a, b) is not None
                or _QUOTE_MARKS_RE.search(paragraph, a, b) is not None
            )
            pieces.append(
                (paragraph[a:b].strip(), speaker if his and not teaser else UNKNOWN_SPEAKER)
            )
    if all(who != speaker for _, who in pieces):
        return None
    out: list[Turn] = []
    for text, who in pieces:
        if out and out[-1].speaker == who:
            out[-1].paragraphs[-1] += " " + text
            continue
        out.append(Turn(who, False, reset=turn.reset and not out, paragraphs=[text]))
    return out


#: A lead's sentence gives its speaker's own words when its quote marks hold this many
#: characters (a paper's name in them is no quote).
_LEAD_QUOTE_CHARS = 30


def _quoted_chars(text: str) -> int:
    """How many characters of ``text`` its quote marks hold."""
    return sum(a != b for a, b in zip(text, mask_quotes(text), strict=False))


def _quoted_lead(turn: Turn, answering: set[str], title: str) -> list[Turn] | None:
    """An interview's lead that quotes the one answering below ('Ambassador Alipov
    acknowledged the impasse, noting, "At the moment, ..."', 'He stated, "..."'), read as a
    report about him: the sentences that give his words in quote marks are his, the rest
    narration. None when it quotes none of those who answer."""
    text = " ".join(turn.paragraphs)
    if not _QUOTE_MARKS_RE.search(text):
        return None
    best: list[tuple[str, str]] = []
    # (Or named by the title only, the lead calling him by post: "Prime Minister Vladimir
    # Putin meets with students" over '"...," the prime minister told the students'.)
    # (Only with a verb of saying that refers to him: a quote under his title with none may
    # be another speaker's of the page.)
    said = has_say_verb(text)
    named = [
        p for p in answering if p and (mentions(text, p) > 0 or (said and mentions(title, p) > 0))
    ]
    most = 0
    for person in sorted(named):
        pieces: list[tuple[str, str]] = []
        quotes = 0
        last_quoted = False
        # (A paragraph that only retells his words is his whole: see _lead_reports.)
        retelling = {i for i, p in enumerate(turn.paragraphs) if _lead_reports(p, {person})}
        for segment in attribute(turn.paragraphs, person, title):
            piece = turn.paragraphs[segment.paragraph][segment.start : segment.end].strip()
            # (His own words in quote marks, not a paper's name in them: '... - in an
            # interview with Nikolai Nozdrev "Izvestia".' is the lead's teaser.)
            quoted = segment.speaker == person and _quoted_chars(piece) >= _LEAD_QUOTE_CHARS
            # (So are the facts it retells after quoting him: "Он также рассказал о том, что
            # задержаны 400 ...", not the topics it teases: "рассказал о суверенном интернете".)
            retold = (
                segment.speaker == person
                and bool(pieces)
                and pieces[-1][1] == person
                and last_quoted
                and _RETOLD_FACT_RE.search(piece) is not None
                and _INTERVIEW_WORD_RE.search(piece) is None
            )
            ours = quoted or retold or segment.paragraph in retelling
            if piece:
                pieces.append((piece, person if ours else UNKNOWN_SPEAKER))
                last_quoted = bool(quoted or retold)
                quotes += last_quoted
        # (Only his words in quote marks make the lead a report about him: a lead that only
        # retells him is read paragraph by paragraph.)
        if quotes > most:
            best, most = pieces, quotes
    if not best:
        return None
    out: list[Turn] = []
    for text_piece, who in best:
        if out and out[-1].speaker == who:
            out[-1].paragraphs.append(text_piece)
            continue
        out.append(Turn(who, False, reset=turn.reset and not out, paragraphs=[text_piece]))
    return out


def _as_narration(turn: Turn) -> Turn:
    """A headline-shaped labelled turn as unlabelled text, its headline whole again (an
    editor's line: the story under it says who said what)."""
    first = turn.paragraphs[0].strip().splitlines()[0]  # without the widgets under it
    headline = f"{turn.label}: {first}" if turn.label else first
    paragraphs = [headline, *turn.paragraphs[1:]]
    return Turn(
        speaker="", labelled=False, reset=turn.reset, lines=list(paragraphs), paragraphs=paragraphs
    )


#: A bare interview asks at least this many questions (one "?" paragraph is a rhetorical one,
#: unless it speaks to "you": _SECOND_PERSON_RE).
_BARE_QUESTIONS = 2
_SECOND_PERSON_RE = re.compile(
    r"(?<![^\W\d_])(?:вы|вас|вам|вами|ваш|ваша|ваше|ваши|вашей|вашего|вашему|вашим|вашими|вашу|"
    r"вашем|ваших|you|your)(?![^\W\d_])"
    # ... or speaks to him by his post: "Mr. Ambassador, ...", «Господин посол, ...».
    r"|(?<![^\W\d_])(?:mr\.?|madam|господин|госпожа)\s+(?:ambassador|minister|посол|министр)"
    # ... or asks him to speak: «Расскажите, пожалуйста, ...», "Tell us ...".
    r"|(?<![^\W\d_])(?:расскажите|скажите|поделитесь|оцените|прокомментируйте|поясните|"
    r"объясните|назовите|опишите|уточните|охарактеризуйте|tell\s+us)(?![^\W\d_])",
    re.IGNORECASE,
)
# A post an interview's title may name its giver by, alone ("the interview with Russian
# Ambassador"): the stem the lead gives it with.
_TITLE_POST_RE = re.compile(
    r"(?<![^\W\d_])(?P<post>ambassador|minister|envoy|spokes(?:man|woman|person)|"
    r"representative|посл|министр|постпред|представител)",
    re.IGNORECASE,
)
#: Words at most between the lead's post and the name it gives ("Ambassador to India").
_LEAD_POST_WORDS = 5


def _lead_interviewee(title: str, lead: list[str]) -> str | None:
    """The giver of an interview whose title names them by post alone ("Full transcript of
    the interview with Russian Ambassador"): the one person the lead names in full after that
    post ("..., says Russia's Ambassador to India Alexander Kadakin, in an interview with The
    Hindu's Suhasini Haidar")."""
    post = _TITLE_POST_RE.search(title)
    if post is None:
        return None
    stem = post.group("post").lower()
    for sentence in lead:
        name = title_interviewee(sentence)
        if name is None:
            continue
        for found in re.finditer(rf"(?i:(?<![^\W\d_]){stem})", sentence):
            after = " ".join(sentence[found.end() :].split()[: _LEAD_POST_WORDS + 4])
            if mentions(after, name):
                return name
    return None


# A title that calls its page an interview or someone's answers: "Интервью Сергея Лаврова ...",
# "... interview with", "Ambassador X's answers to media questions", «Ответы Посла X на вопросы».
_INTERVIEW_TITLE_RE = re.compile(
    r"(?<![^\W\d_])(?:interview|интервью|answers?\s+to\s+(?:\w+\s+){0,2}?questions?|"
    r"ответы?\s+(?:\S+\s+){0,6}?на\s+вопросы?|"
    # "X answers the questions of El Mercurio", «X отвечает на вопросы газеты»
    r"answer(?:s|ed)\s+(?:the\s+)?questions?|отвечает\s+на\s+вопросы|ответил[аи]?\s+на\s+вопросы|"
    # «На вопросы «Вестника» отвечает посол ...»
    r"на\s+вопросы\s+[^.!?]{0,60}?(?:отвечает|ответил[аи]?))"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
#: A question of a bare interview has at most this many words.
_BARE_QUESTION_WORDS = 90


def _bare_question(paragraph: str) -> bool:
    """A paragraph of a bare interview that asks: short, unquoted, ending with "?" (a dash
    may open it where only the questions have one: "— Леван Семенович, ...?" over a plain
    answer)."""
    return (
        asks(paragraph)
        and len(paragraph.split()) <= _BARE_QUESTION_WORDS
        and paragraph.lstrip(" —–-")[:1] not in "\"«“„'"
    )


def _question_paragraph(paragraph: str) -> bool:
    """Whether a paragraph asks, at its end or before a sentence or two that explain the
    question ("..., как Россия отметит День России? Спрашиваю Вас, в частности, из-за ...")."""
    return asks(paragraph) or (
        len(paragraph.split()) <= _EXPLAINED_QUESTION_WORDS
        and _QUESTION_THEN_MORE_RE.search(paragraph) is not None
    )


#: A question with the sentences that explain it has at most this many words.
_EXPLAINED_QUESTION_WORDS = 90
_QUESTION_THEN_MORE_RE = re.compile(r"\?\s+[A-ZА-ЯЁ]")


def _monologue_giver(paragraphs: list[str]) -> str | None:
    """The one an interview's lead names as giving it ("... — об этом в интервью RTVI
    рассказал посол Норвегии в России Роберт Квиле."), when the paragraphs below it are his
    answers run together without the questions: in the first person, quoting no one at length,
    never naming him (topic headings between them aside)."""
    who = interviewee(paragraphs[:1]) or _blogger_over_speech(paragraphs)
    if who is None or any(asks(p) for p in paragraphs[1:]):
        return None  # (questions over the answers: a bare interview, see _bare_interview)
    # (Headings are short lines with no stop; a cut page's last answer may have none either.)
    answers = [
        p
        for p in paragraphs[1:]
        if p.rstrip()[-1:] in '.!?…»"”' or len(p.split()) > _MONOLOGUE_HEADING_WORDS
    ]
    if not answers or any(line.lstrip()[:1] in "-–—" for p in answers for line in p.splitlines()):
        return None  # (his words in dash lines: a report's quotes, see _reported_turns)
    if _his_speech(answers, who):
        return who
    # «Во-первых, идет информация ... Потом сравниваем ...»: Russian speaks in the first person
    # by verb endings too, which _OWN_WORDS_RE cannot tell. Answers that open in the first
    # person and never report anyone's words are his as well.
    opens_as_his = _OWN_WORDS_RE.search(answers[0]) is not None
    reported = any(
        mentions(p, who)
        or _quoted_chars(p) >= _MONOLOGUE_QUOTED_CHARS
        or any(paragraph_sayers(p, report=True))
        for p in answers
    )
    return who if opens_as_his and not reported else None


# A title that calls the text an article ("Sergey Lavrov's Article For Razvedchik ...").
_ARTICLE_RE = re.compile(r"(?<![^\W\d_])(?:article|op-?ed|статья|статью|статьи)(?![^\W\d_])", re.I)


# A speech's opening address: "Dear colleagues, good afternoon!", «Уважаемые коллеги!».
_SPEECH_OPENING_RE = re.compile(
    r"^\W*(?:(?:dear|distinguished) (?:colleagues|friends|guests)|ladies and gentlemen|"
    r"colleagues|good (?:morning|afternoon|evening)|уважаемые (?:коллеги|друзья|дамы)|"
    r"дамы и господа|коллеги|добрый день)\b",
    re.IGNORECASE,
)


def _blogger_over_speech(paragraphs: list[str]) -> str | None:
    """The one known official a blogger's intro names ("... Lavrov and team had lots of time
    to discuss matters ...") over a speech that opens with its address ("Dear colleagues, good
    afternoon!"): the speech is his, when the intro names no other known official."""
    if len(paragraphs) < 2 or not _SPEECH_OPENING_RE.match(paragraphs[1]):
        return None
    named = officials_named(paragraphs[0])
    return named.pop() if len(named) == 1 else None


def _his_speech(paragraphs: list[str], who: str) -> bool:
    """Whether ``paragraphs`` read as ``who``'s own speech: mostly in the first person, never
    naming him and quoting no one at length (else a report about him, quoting him)."""
    if 2 * sum(bool(_OWN_WORDS_RE.search(p)) for p in paragraphs) < len(paragraphs):
        return False
    return not any(
        mentions(p, who) or _quoted_chars(p) >= _MONOLOGUE_QUOTED_CHARS for p in paragraphs
    )


def _names_in_passing(title: str) -> bool:
    """Whether a headline names its person with no word that makes them its speaker: no
    label ("Lavrov: ..."), no verb of saying, no interview or event of theirs."""
    return not (
        LABEL_RE.match(title)
        or has_say_verb(title)
        or _INTERVIEW_TITLE_RE.search(title)
        or names_event(title)
    )


def _lead_announced(paragraphs: list[str]) -> str | None:
    """The one an editor's announcement in one of the page's first paragraphs hands the text
    below to (:func:`announced_speaker`): the first paragraph, or one under a report's lead
    ("..., said spokesman Andrey Nesterenko." over "RT presents the full transcript of
    Nesterenko's briefing on December 10, 2009.")."""
    for at, paragraph in enumerate(paragraphs[:_ANNOUNCING_PARAGRAPHS]):
        if who := announced_speaker(paragraph):
            return who
        if at and announces(paragraph):
            # (It may name him by surname only: the one the lead above named in full.)
            named = {s for p in paragraphs[:at] for s in paragraph_sayers(p, report=True)}
            meant = [s for s in named if isinstance(s, str) and _surname_in(paragraph, s)]
            speaking = {s for s in named if isinstance(s, str)}
            if (
                not meant
                and len(speaking) == 1
                and _TRANSCRIPT_WORD_RE.search(paragraph)
                and not officials_named(paragraph)
            ):
                # "RT presents the full transcript of the address." under a lead in which
                # only the spokesman speaks: his address.
                return speaking.pop()
            if not meant and hands_over_text(paragraph) and not named - {None}:
                # "Informal comments to the media by H.E. Mr. Vitaly I. Churkin, ..." over
                # "Full transcript:": the text is that event's, its one person named above.
                return event_speaker(paragraphs[at - 1])
            return meant[0] if len(meant) == 1 else None
        if at and _BRIEFING_TOPICS_RE.match(paragraph):
            # "During a weekly briefing he also spoke about ...; ...; and ...": the topics of
            # his briefing, whose text follows under a heading each; "he" is the one person
            # the lead above has speak.
            named = {s for p in paragraphs[:at] for s in paragraph_sayers(p, report=True)}
            people = [s for s in named if isinstance(s, str)]
            return people[0] if len(people) == 1 and len(named - {None}) == 1 else None
    return None


# A report's paragraph listing what else a spokesman's briefing covered, over its text: "During
# a weekly briefing he also spoke about ...", «На брифинге она также рассказала о ...».
_BRIEFING_TOPICS_RE = re.compile(
    r"^\W*(?:during|at|in)\s+(?:a|the|his|her)\s+(?:weekly\s+|regular\s+|press\s+)?briefing,?\s+"
    r"(?:he|she)\s+(?:also\s+)?(?:spoke|talked|commented)\s+(?:about|on)\s"
    r"|^\W*(?:на|в\s+ходе)\s+(?:еженедельного\s+|очередного\s+)?брифинга?,?\s+(?:он|она)\s+"
    r"(?:также\s+)?(?:рассказал|говорил|высказал)[аи]?\s+(?:о|об|про)\s",
    re.IGNORECASE,
)


def _surname_in(text: str, name: str) -> bool:
    """Whether ``text`` names the person, by any known form or by the surname as written
    ("Nesterenko's briefing", where the table lets no surname alone name him elsewhere)."""
    surname = name.split()[-1]
    return (
        bool(mentions(text, name))
        or re.search(rf"(?<!\w){re.escape(surname)}(?!\w)", text) is not None
    )


# The words of a text handed over whole: "the full transcript", «полный текст», «стенограмма».
_TRANSCRIPT_WORD_RE = re.compile(
    r"(?<![^\W\d_])(?:transcript|full text|complete text|стенограмм\w*|полный текст)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)


#: An editor's announcement of the text below stands among the page's first paragraphs (under
#: a report's lead, its headline a paragraph too).
_ANNOUNCING_PARAGRAPHS = 6


def _colon_announced(paragraphs: list[str]) -> str | None:
    """The one a paragraph near the top hands the rest of the page to with a colon
    ("Выступая на встрече, Президент Ильхам Алиев сказал:"), when all that follows is his
    speech: in the first person, never naming him, quoting no one at length."""
    for at, paragraph in enumerate(paragraphs[:_COLON_LEAD_PARAGRAPHS]):
        if not paragraph.rstrip().endswith(":"):
            continue
        sayers = paragraph_sayers(paragraph, report=True)
        who = sayers[-1] if sayers else None
        speech = paragraphs[at + 1 :]
        if not isinstance(who, str) or not speech:
            return None
        return who if _his_speech(speech, who) else None
    return None


#: A speech's announcing paragraph ("X сказал:") stands among the page's first paragraphs.
_COLON_LEAD_PARAGRAPHS = 3
#: A paragraph of a monologue holds fewer characters in quote marks than this (a report's
#: paragraphs give his words in them).
_MONOLOGUE_QUOTED_CHARS = 60
#: A topic heading between the answers has at most this many words.
_MONOLOGUE_HEADING_WORDS = 25
# Words of one speaking of himself or his side: "I", "we", "my", "our", «моя», «наш»,
# «считаю», «начнем».
_OWN_WORDS_RE = re.compile(
    r"(?<![^\W\d_])(?:I|we|my|our|me|я|мы|мой|моя|мое|моё|мои|моего|моей|моим|наш|наша|"
    r"наше|наши|нашего|нашей|нашим|нам|нас|меня|мне|считаю|думаю|начн[её]м)(?![^\W\d_])",
    re.IGNORECASE,
)


def _bare_interview(
    turns: list[Turn], title_speaker: str | None = None, title: str = ""
) -> list[Turn] | None:
    """An interview whose labels a copy lost: a lead naming who gave it ("Sergei Ryabkov gave
    an interview to Izvestia", "Рябков дал интервью «Известиям»"), or a title that does
    ("Интервью Сергея Лаврова газете «Коммерсантъ»", "Sergey Lavrov's interview with ..."),
    then paragraphs that ask, each over paragraphs that answer, unquoted, in the first
    person. The questions are the interviewer's, the answers the interviewee's, the lead is
    read as a report; None for any other page."""
    paragraphs = [part for t in turns for p in t.paragraphs for part in _question_apart(p)]
    first = next((i for i, p in enumerate(paragraphs) if _bare_question(p)), None)
    # (A title that is a name and a post, "X, Ambassador of Malaysia to ...", heads his
    # interview as one that calls it so does.)
    titled = bool(title) and (
        _INTERVIEW_TITLE_RE.search(title) is not None or name_and_post(title) is not None
    )
    if first is None or (first == 0 and not titled):
        return None  # no question, or no lead above the first one and no title naming it
    who = interviewee(paragraphs[:first]) if first else None
    if titled and _INTERVIEW_TITLE_RE.search(title) is not None:
        # "Interview With Minister Of Defense ..., Army General S.K. Shoigu" over a lead that
        # names only the President ("... the mobilization declared by President Vladimir
        # Putin"): the one the title says gives the interview, before any guess from the lead.
        who = interviewee([title]) or title_speaker or title_interviewee(title) or who
    elif who is None and titled:
        who = interviewee([title]) or title_speaker or title_interviewee(title)
    if (
        who is None
        and title_speaker
        and any(mentions(p, title_speaker) for p in paragraphs[:first])
    ):
        # "Алексей Ерхов: ..." over a lead that tells of meeting him ("Корреспондент ...
        # встретился с послом ... Алексеем Ерховым"), then the questions and his answers.
        who = title_speaker
    if who is None:
        return None
    body: list[Turn] = []
    for paragraph in paragraphs[first:]:
        if _bare_question(paragraph):
            if body and body[-1].kind == "question":
                return None  # two questions in a row: no interview's layout
            body.append(Turn(QUESTION_SPEAKER, False, "question", paragraphs=[paragraph]))
        elif paragraph.lstrip()[:1] in "\"«“„'—–-":
            return None  # a quote or a dash: a report's, or a dialogue's
        elif body[-1].kind == "answer":
            body[-1].paragraphs.append(paragraph)
        else:
            body.append(Turn(who, False, "answer", paragraphs=[paragraph]))
    answers = [t for t in body if t.kind == "answer"]
    questions = [t for t in body if t.kind == "question"]
    # One question is enough when it speaks to "you" (a page cut after the first answer).
    # (So it is when the lead says he told a reporter, who asks: a page cut after one answer.)
    least = (
        1
        if all(_SECOND_PERSON_RE.search(t.paragraphs[0]) for t in questions)
        or tells_a_reporter(paragraphs[:first])
        else _BARE_QUESTIONS
    )
    if (
        len(questions) < least
        or body[-1].kind != "answer"
        or sum(any(_own_words(p) for p in t.paragraphs) for t in answers) * 2 < len(answers)
    ):
        return None
    lead = _reported_turns([Turn("", False, paragraphs=paragraphs[:first])], who) if first else []
    return [*lead, *body]


def _question_apart(paragraph: str) -> list[str]:
    """A paragraph whose last line asks and whose lines before it do not, as the answer and
    the next question (a copy that lost the blank line between them: "... in English.\nWhat
    changes are there ...?")."""
    lines = paragraph.splitlines()
    if len(lines) < 2 or not _bare_question(lines[-1]) or asks(lines[-2]):
        return [paragraph]
    return ["\n".join(lines[:-1]), lines[-1]]


def _own_words(paragraph: str) -> bool:
    """Whether an answer's paragraph speaks as its speaker ("I", "we", "our", «Думаю, ...»:
    _OWN_WORDS_RE)."""
    return first_person(paragraph) or _OWN_WORDS_RE.search(mask_quotes(paragraph)) is not None


# A story's line announcing the interview under it: "The full interview of the Ambassador ...,
# Andrey Maslov, to "Naftemporiki" follows:", «Полный текст интервью посла ...:».
_INTERVIEW_FOLLOWS_RE = re.compile(
    r"^\W*(?:the\s+)?(?:full|complete)\s+(?:text\s+of\s+the\s+)?interview\b.*(?:follows|below)\W*$"
    r"|^\W*полн\w+\s+(?:текст|версия|верси\w)\s+интервью\b.*:\s*$",
    re.IGNORECASE,
)


def _interview_below_story(
    paragraphs: list[str], title_speaker: str | None, title: str
) -> list[Turn] | None:
    """A news story, then a line announcing the full interview under it ("The full interview
    of the Ambassador ..., Andrey Maslov, to ... follows:") and the interview without labels:
    the story is read as a report, the interview as a bare one given by the one the line
    names; None for any other page."""
    at = next((i for i, p in enumerate(paragraphs) if _INTERVIEW_FOLLOWS_RE.match(p)), None)
    if not at:
        return None
    who = title_interviewee(paragraphs[at])
    if who is None:
        return None
    # (The announcing line stands for the interview's title.)
    interview = _bare_interview([Turn("", False, paragraphs=paragraphs[at:])], who, paragraphs[at])
    if interview is None:
        return None
    story = _attribute([Turn("", False, paragraphs=paragraphs[:at])], title_speaker, title)
    return [*story, *interview]


def _labelled_share(turns: list[Turn]) -> float:
    """The share of a page's turns that are labelled turns of a transcript. A news page's
    "Владимир Путин: «...»" line is a quote under a name, not a turn: such lines leave the
    page a report (headlines in a label's form are narration already: see _as_narration)."""
    labelled = sum(t.labelled and not all_quote(t.paragraphs[0]) for t in turns)
    return labelled / max(1, len(turns))


#: A news headline under a name ("Захарова: Выступление министра Канады было неуместным") has
#: at most this many words.
_HEADLINE_WORDS = 15
#: A widget's line under a headline (a counter, "On" / "Off" of a reading aid) has at most
#: this many words.
_WIDGET_WORDS = 2


def _headline_label(turn: Turn) -> bool:
    """Whether a labelled turn is a news list's headline in the form "X: ...", not a turn of
    a transcript: a first line of a few words with no full stop, and a next paragraph that
    tells in the third person what X said ("... Мария Захарова прокомментировала ...")."""
    if len(turn.paragraphs) < 2 or turn.speaker in (UNKNOWN_SPEAKER, QUESTION_SPEAKER):
        return False
    first, *widgets = turn.paragraphs[0].strip().splitlines()
    second = turn.paragraphs[1]
    # Under the headline only a site's widgets may stand ("0", "On", "Off"), no text.
    if any(len(line.split()) > _WIDGET_WORDS for line in widgets):
        return False
    if len(first.split()) > _HEADLINE_WORDS or first.endswith((".", "…")):
        return False
    return mentions(second, turn.speaker) > 0 and has_say_verb(second) and not first_person(second)


# Words with which a page speaks of the transcript it holds (a blogger's or an editor's lead).
_ABOUT_THE_TEXT_RE = re.compile(
    r"(?<![^\W\d_])(?:transcript|translation|reproduced|below|follows|full text|video|"
    # "The Russian ambassador's exclusive interview comes at ...": the text as an interview.
    r"interview|интервью|"
    r"стенограмм\w*|перевод\w*|ниже|полный текст|видео)(?![^\W\d_])",
    re.IGNORECASE,
)
# A reply in a dash dialogue: "— Mr. Galuzin, hello ...?" before the answer's label asks.
_DASH_RE = re.compile(r"^[—–-]\s*[^\W\d_]")


def _lead_reports(paragraph: str, answering: set[str]) -> str | None:
    """The one who answers below, when an interview's lead paragraph only retells his words
    ("Russian Ambassador X told the Herald that the sanctions had failed"): its first
    sentence names him as the sayer, or the second does as the sayer of the first («Россия и
    Иран ускорят переговоры ... Об этом в интервью заявил посол X»), and every other one
    refers back to him ("he added", «подчеркнул посол»)."""
    if not answering:
        return None
    sayers = paragraph_sayers(paragraph, report=True)
    first = sayers[0] if sayers else None
    if first is None and len(sayers) > 1:
        # (Cut as paragraph_sayers cut it: a copy's glued sentences are two there.)
        second = _spans(paragraph)[1]
        if _BACK_REFERENCE_RE.match(mask_quotes(paragraph[second[0] : second[1]])):
            first = sayers[1]
            sayers = sayers[1:]
    if not isinstance(first, str) or first not in answering:
        return None
    back = (first, Ref.PRONOUN, Ref.OWN_POST)
    return first if all(s in back for s in sayers[1:]) else None


def _unlabelled_speaker(
    paragraph: str, default: str, narration: bool, page_speaker: str | None
) -> str:
    """Whose an unlabelled paragraph is: the one who introduces themself in it ("I, Margarita
    Simonyan, ..."); nobody we can name if it is the page's narration, speaks of the page's
    speaker in the third person or speaks to him ("Sergey Viktorovich, ..."); else
    ``default``, the page's speaker."""
    if (named := self_named(paragraph)) is not None:
        return named
    if narration or _describes(paragraph, page_speaker):
        return UNKNOWN_SPEAKER
    if page_speaker is not None and announces(paragraph) and _surname_in(paragraph, page_speaker):
        return UNKNOWN_SPEAKER  # "I am publishing the full transcript of his speech": the poster
    if page_speaker is not None and _BRIEFING_TOPICS_RE.match(paragraph):
        return UNKNOWN_SPEAKER  # "During a weekly briefing he also spoke about ...": the reporter
    if (
        page_speaker is not None
        and paragraph.rstrip().endswith(":")
        and mentions(paragraph, page_speaker)
    ):
        return UNKNOWN_SPEAKER  # "Выступая на встрече, Президент Ильхам Алиев сказал:"
    if page_speaker is not None and addresses(paragraph, page_speaker):
        return UNKNOWN_SPEAKER
    return default


def _describes(paragraph: str, speaker: str | None) -> bool:
    """Whether a paragraph speaks of ``speaker`` in the third person ("Lavrov is brief, as
    always"): the page's narration, not the speaker's own words. A sentence that has the
    speaker say something ("Zakharova advised the West to ...") reports their words."""
    # Naming the speaker is the rarest condition and the cheapest to test: it goes first.
    return (
        speaker is not None
        and _surname_in(paragraph, speaker)
        and not first_person(paragraph)
        and not says(paragraph, speaker)
        and not _listed_among_others(paragraph, speaker)
    )


#: A list of people after a colon has at least this many comma-separated items.
_LIST_ITEMS = 3


def _listed_among_others(paragraph: str, speaker: str) -> bool:
    """Whether every sentence naming ``speaker`` names him as one item of a list after a
    colon ("The delegation has been set: Foreign Minister Sergei Lavrov, Presidential Aide
    Yuri Ushakov, Defence Minister ...", Ushakov reading it out): that is no narration about
    him."""
    if ":" not in paragraph:
        return False
    naming = [
        paragraph[a:b] for a, b in sentence_spans(paragraph) if mentions(paragraph[a:b], speaker)
    ]
    for sentence in naming:
        head, colon, listed = sentence.partition(":")
        items = [item for item in re.split(r",|\band\b|\bи\b", listed) if item.strip()]
        if not colon or mentions(head, speaker) or len(items) < _LIST_ITEMS:
            return False
        # Each item naming him is a name with its post ("Presidential Aide Yuri Ushakov"),
        # not a clause about him ("Comment: In this interview, Lavrov talks about ...").
        if any(
            mentions(item, speaker) and person_name(item.strip(" .;")) != speaker for item in items
        ):
            return False
    return bool(naming)


def _lost_quote_openings(turns: list[Turn]) -> list[Turn]:
    """A quote going on into a paragraph whose opening mark the copy lost ('Volodin was
    confident ... "...," he specified.' / 'Nevertheless, people are able to ... finance
    them."'): a paragraph nobody was given that holds no quote mark but the closing one at
    its end goes on with the words of the one quoted at the end of the paragraph before."""
    out: list[Turn] = []
    for turn in turns:
        previous = out[-1] if out else None
        if (
            previous is not None
            and previous.speaker not in (UNKNOWN_SPEAKER, QUESTION_SPEAKER, "")
            and not previous.labelled
            and not turn.labelled
            and turn.speaker == UNKNOWN_SPEAKER
            and previous.paragraphs
            and turn.paragraphs
            and _CLOSED_QUOTE_END_RE.search(previous.paragraphs[-1])
            and _lost_opening(turn.paragraphs[0])
        ):
            out[-1] = dataclasses.replace(
                previous, paragraphs=[*previous.paragraphs, turn.paragraphs[0]]
            )
            if rest := turn.paragraphs[1:]:
                out.append(dataclasses.replace(turn, paragraphs=rest))
            continue
        out.append(turn)
    return out


# A paragraph ending on a quote and its attribution: '..., "...," he specified.'
_CLOSED_QUOTE_END_RE = re.compile(r"[\"”»][^\"”»“«„]{0,60}$")
# Quote marks that open a quote (a straight one may do both).
_OPENING_MARKS = "“«„"


def _lost_opening(paragraph: str) -> bool:
    """Whether a paragraph has no quote mark but one closing mark right at its end, after
    the stop of its last sentence."""
    text = paragraph.rstrip()
    marks = [ch for ch in text if ch in '"”»' or ch in _OPENING_MARKS]
    return (
        len(marks) == 1
        and text[-1:] in '"”»'
        and text[-2:-1] in ".!?…"
        and len(text.split()) >= _MIN_LOST_OPENING_WORDS
    )


#: A paragraph this long at least: a caption's closing mark says nothing.
_MIN_LOST_OPENING_WORDS = 8


def _pull_quotes(turns: list[Turn]) -> list[Turn]:
    """An interview's pull quote: a paragraph wholly in quote marks closing a labelled
    question's turn, right above the labelled answer of a known official ("FT: But you need
    your second term ..." / "”What is the difference between a modern developed economy
    ...“" / "Dmitry Medvedev: ..."), is the official's words that the site set apart, not
    the interviewer's; it becomes a turn of its own for the one who answers."""
    out: list[Turn] = []
    for number, turn in enumerate(turns):
        after = turns[number + 1] if number + 1 < len(turns) else None
        if (
            after is not None
            and after.labelled
            and is_known_official(after.speaker)
            and turn.labelled
            and not is_known_official(turn.speaker)
            and len(turn.paragraphs) >= 2
            and _set_apart_quote(turn.paragraphs[-1])
        ):
            asked = dataclasses.replace(turn, paragraphs=turn.paragraphs[:-1])
            out += [asked, Turn(after.speaker, False, paragraphs=turn.paragraphs[-1:])]
            continue
        out.append(turn)
    return out


def _set_apart_quote(paragraph: str) -> bool:
    """Whether a paragraph is one quotation: quote marks around it, the right way round or
    (as the Kremlin's pages set a pull quote) the wrong way: ”...“."""
    text = paragraph.strip()
    if all_quote(text):
        return True
    inner = text[1:-1]
    return len(text) > 2 and text[0] == "”" and text[-1] == "“" and not re.search("[«»“”]", inner)


def _commentary(turns: list[Turn]) -> list[Turn]:
    """A blog that annotates a transcript puts its own comments under the speaker's label
    ("Lavrov:" / "We see treaties collapse." / "Perhaps Lavrov is referring to ..."): a
    paragraph of a labelled turn, after its first, that names the turn's own speaker in the
    third person, without having him say something, and never speaks of itself ("I", "my",
    "we", "our") is not his words."""
    out: list[Turn] = []
    for turn in turns:
        named = turn.labelled and turn.speaker not in (UNKNOWN_SPEAKER, QUESTION_SPEAKER)
        if not named or len(turn.paragraphs) < 2:
            out.append(turn)
            continue
        # A news page's "Владимир Путин: «...»." is one quote under a name, not a turn of a
        # transcript: the paragraphs after it are the page's narration again, unless they are
        # quotes themselves or tell what he said ("Путин подчеркнул, что ...").
        quoted_line = all_quote(turn.paragraphs[0])
        speakers = [turn.speaker] + [
            UNKNOWN_SPEAKER
            if (_describes(paragraph, turn.speaker) and not _SELF_RE.search(paragraph))
            or (quoted_line and not _opens_quote(paragraph) and not _tells(paragraph, turn.speaker))
            else turn.speaker
            for paragraph in turn.paragraphs[1:]
        ]
        if UNKNOWN_SPEAKER not in speakers:
            out.append(turn)
            continue
        paragraphs, whose = _narration_apart(turn.paragraphs, speakers, turn.speaker)
        pieces = _split_by_speaker(dataclasses.replace(turn, paragraphs=paragraphs), whose)
        for piece in pieces:
            if piece.speaker == turn.speaker:
                piece.labelled, piece.kind, piece.label = True, turn.kind, turn.label
        out.extend(pieces)
    return out


def _narration_apart(
    paragraphs: list[str], speakers: list[str], speaker: str
) -> tuple[list[str], list[str]]:
    """Paragraphs read as narration under a name's headline that still quote him ("Мало кто
    знает, что он был арабистом. ... «...», — говорит Гатилов"), cut into the writer's
    sentences and his quotes as a report reader cuts them."""
    out_paragraphs: list[str] = []
    out_speakers: list[str] = []
    for paragraph, who in zip(paragraphs, speakers, strict=True):
        if (
            who == UNKNOWN_SPEAKER
            and _QUOTE_MARKS_RE.search(paragraph)
            and says(paragraph, speaker)
        ):
            segments = attribute([paragraph], speaker)
            if any(segment.speaker == speaker for segment in segments):
                for segment in segments:
                    piece = paragraph[segment.start : segment.end].strip()
                    if piece:
                        out_paragraphs.append(piece)
                        out_speakers.append(segment.speaker or UNKNOWN_SPEAKER)
                continue
        out_paragraphs.append(paragraph)
        out_speakers.append(who)
    return out_paragraphs, out_speakers


#: A question a page's label failed to mark has at most this many words.
_LOST_QUESTION_WORDS = 40


# A statement, then the question it sets up: "X recently visited Vietnam. What were ...?"
_SET_UP_QUESTION_RE = re.compile(r"^[^?]{20,}[.!]\s+[A-ZА-ЯЁ][^.!?]*\?[\"'»”’)\]]*\s*$")


def _answers_run_into_questions(turns: list[Turn]) -> list[Turn]:
    """ "Вопрос: ... Почему же сейчас Вы признали ...?" / "Территориальная целостность – это
    ... И мы многократно ... пытались ..." / "Д.Медведев: Это вариант ...": paragraphs of a
    question's turn after the one that asks, that ask nothing and speak as "we" or "I", right
    before the answerer's label, are the start of his answer whose label a copy lost (a print
    page repeats it), not the interviewer's."""
    out: list[Turn] = []
    for i, turn in enumerate(turns):
        nxt = turns[i + 1] if i + 1 < len(turns) else None
        asking = [n for n, p in enumerate(turn.paragraphs) if asks(p)]
        rest = turn.paragraphs[asking[-1] + 1 :] if asking else []
        if (
            nxt is not None
            and turn.labelled
            and turn.speaker == QUESTION_SPEAKER
            and nxt.labelled
            and nxt.speaker not in (QUESTION_SPEAKER, UNKNOWN_SPEAKER, "")
            and rest
            and not any(asks(p) for p in rest)
            and any(first_person(p) for p in rest)
        ):
            turn.paragraphs = turn.paragraphs[: asking[-1] + 1]
            out += [turn, Turn(nxt.speaker, False, "answer", paragraphs=rest)]
            continue
        out.append(turn)
    return out


def _lost_questions(turns: list[Turn]) -> list[Turn]:
    """ "Lavrov: We are ready ..." / "RIA Novosti: When will the next round take place?" /
    "Lavrov: It depends on Kiev.": a short last paragraph that asks as an interviewer does
    ("X: ...?", "Prime Minister X recently visited Vietnam. What were the key takeaways?")
    inside one speaker's labelled turn, right before that speaker's next label, is the
    question he answers, not his words."""
    out: list[Turn] = []
    for i, turn in enumerate(turns):
        nxt = turns[i + 1] if i + 1 < len(turns) else None
        last = turn.paragraphs[-1] if turn.paragraphs else ""
        if (
            nxt is not None
            and turn.labelled
            and nxt.labelled
            and nxt.speaker == turn.speaker != QUESTION_SPEAKER
            and len(turn.paragraphs) >= 2
            and asks(last)
            and len(last.split()) <= _LOST_QUESTION_WORDS
            # (Its label's shape, "RIA Novosti: ...?", or an interviewer's: it speaks to "you",
            # or a statement sets up the question, "X recently visited Vietnam. What were the
            # key takeaways?"; a lone "And when will the next round take place?" is his own.)
            and (
                LABEL_RE.match(last) is not None
                or _SECOND_PERSON_RE.search(last) is not None
                or _SET_UP_QUESTION_RE.search(last) is not None
            )
        ):
            turn.paragraphs = turn.paragraphs[:-1]
            out += [turn, Turn(QUESTION_SPEAKER, False, "question", paragraphs=[last])]
            continue
        out.append(turn)
    return out


def _tells(paragraph: str, speaker: str) -> bool:
    """Whether a paragraph tells what ``speaker`` said: it has him, "he", "the minister" or
    "the president" say something, from its first sentence on ("Мало кто знает, что он был
    арабистом. ... «...», — говорит Гатилов" opens with the writer's own narration: the
    report reader parts it)."""
    sayers = paragraph_sayers(paragraph)
    if sayers and sayers[0] is None and not _QUOTE_MARKS_RE.search(first_sentence(paragraph)):
        return False
    return says(paragraph, speaker) or any(
        sayer in (Ref.PRONOUN, Ref.HEAD_OF_STATE) for sayer in sayers
    )


def _opens_quote(paragraph: str) -> bool:
    """Whether a paragraph opens with a quotation mark or a dash of direct speech."""
    return paragraph.lstrip()[:1] in "\"'«“„—–-"


# Any word by which a speaker speaks of themself ("myself, Andrei Kondrashov").
_SELF_RE = re.compile(
    r"(?<![^\W\d_])(?:I|me|my|myself|we|us|our|я|меня|мне|мной|мой|моя|мое|моё|мы|нас|нам|наш"
    r"|наша|наше|наши)(?![^\W\d_])",
    re.IGNORECASE,
)


def _give_listed(turns: list[Turn], listed: dict[str, str]) -> list[Turn]:
    """Items of an announced list of statements ("Его главные заявления:") go to the announced
    speaker: an item is his word on its subject, whoever that is ("Путин не планирует ...")."""
    if not listed:
        return turns
    listed = {_spaced(item): speaker for item, speaker in listed.items()}
    out: list[Turn] = []
    for turn in turns:
        if turn.labelled:
            out.append(turn)
            continue
        paragraphs = [piece for p in turn.paragraphs for piece in _listed_lines(p, listed)]
        speakers = [_listed_speaker(p, listed) or turn.speaker for p in paragraphs]
        out.extend(_split_by_speaker(dataclasses.replace(turn, paragraphs=paragraphs), speakers))
    return out


def _listed_lines(paragraph: str, listed: dict[str, str]) -> list[str]:
    """A paragraph whose lines are listed items one a line, cut into its lines (items of
    different speakers must not share a passage); any other paragraph whole."""
    lines = [line.strip() for line in paragraph.splitlines() if line.strip()]
    if len(lines) > 1 and any(_spaced(line) in listed for line in lines):
        return lines
    return [paragraph]


def _spaced(text: str) -> str:
    """A text with every run of whitespace as one space (items are matched so)."""
    return " ".join(text.split())


def _listed_speaker(paragraph: str, listed: dict[str, str]) -> str | None:
    """The announced speaker of the listed item that holds a paragraph (attribution may have
    cut an item's paragraph into sentences), or None."""
    text = _spaced(paragraph)
    if text in listed:
        return listed[text]
    return next((speaker for item, speaker in listed.items() if text and text in item), None)


def _split_by_speaker(turn: Turn, speakers: list[str]) -> list[Turn]:
    """An unlabelled turn cut where the speaker of its paragraphs changes."""
    pieces: list[Turn] = []
    for paragraph, speaker in zip(turn.paragraphs, speakers, strict=True):
        if pieces and pieces[-1].speaker == speaker:
            pieces[-1].paragraphs.append(paragraph)
            pieces[-1].lines.append(paragraph)
            continue
        pieces.append(
            Turn(
                speaker=speaker,
                labelled=False,
                reset=turn.reset and not pieces,
                lines=[paragraph],
                paragraphs=[paragraph],
            )
        )
    return pieces


def _reported_turns(turns: list[Turn], main: str | None, title: str = "") -> list[Turn]:
    """Unlabelled turns of a report cut into turns by the speaker of each sentence
    (``title``: the page's, where the report may have named someone with a post)."""
    out: list[Turn] = []
    answering: str | None = None  # who answers a question line, until someone else speaks
    quoted = title_quote(title)  # the words the headline quotes, if any
    title_sayer: str | None = None  # the headline's speaker, once needed ("": none)
    for turn in turns:
        if turn.labelled:
            out.append(turn)
            continue
        segments = attribute(turn.paragraphs, main, title)
        for number, segment in enumerate(segments):
            paragraph = turn.paragraphs[segment.paragraph]
            piece = paragraph[segment.start : segment.end].strip()
            if not piece:
                continue
            nxt = segments[number + 1] if number + 1 < len(segments) else None
            if (
                segment.speaker is None
                and nxt is not None
                and nxt.speaker is not None
                and nxt.paragraph != segment.paragraph
                and piece == paragraph.strip()
                and _asked_line(piece)
                and not _labelled_with(piece, nxt.speaker)
            ):
                # A live blog's or a retelling's question line ("What would you say to the
                # Putin of 2000?") right over someone's attributed words: the question they
                # answer.
                out.append(Turn(QUESTION_SPEAKER, False, "question", paragraphs=[piece]))
                answering = nxt.speaker
                continue
            speaker = segment.speaker or UNKNOWN_SPEAKER
            if quoted and opens_with_quote(piece, quoted):
                if title_sayer is None:
                    title_sayer = headline_speaker(title) or ""
                if title_sayer:
                    # A bare quote opening with the words the headline quotes: its speaker's.
                    speaker = title_sayer
            last = out[-1] if out else None
            if last is not None and not last.labelled and last.speaker == speaker and number:
                last.paragraphs.append(piece)
                continue
            # The answer to a question line ends where someone else's words (or narration)
            # begin: what follows answers no question.
            answered = answering is not None and speaker != answering
            answering = None if answered else answering
            out.append(
                Turn(
                    speaker=speaker,
                    labelled=False,
                    reset=(turn.reset and number == 0) or answered,
                    paragraphs=[piece],
                )
            )
    return out


#: A question line over an answer in a report has at most this many words.
_QUESTION_LINE_WORDS = 30


def _labelled_with(text: str, speaker: str) -> bool:
    """Whether a line opens with a label naming ``speaker`` ("ZAKHAROVA: Since ..., shouldn't
    ...?"): a tag page's headline of theirs, not a question put to them."""
    label = LABEL_RE.match(text) if ":" in text[:60] else None
    return label is not None and mentions(label.group("label"), speaker) > 0


def _asked_line(text: str) -> bool:
    """A paragraph that is one short question and quotes no one."""
    return (
        asks(text)
        and len(text.split()) <= _QUESTION_LINE_WORDS
        and len(sentence_spans(text)) == 1
        and not re.search(r"[\"«»“”„]", text)
    )


def _passages(
    turns: list[Turn],
    asking: set[str],
    doc_id: str,
    title: str,
    date: dt.date | None,
    place: str | None,
    language: Language,
    source_url: str | None,
) -> Iterator[Passage]:
    seen: Counter[tuple[str, str]] = Counter()
    pending: str | None = None
    index = 0
    for turn in turns:
        texts = passage_texts(turn.paragraphs)
        if turn.reset:
            pending = None
        if not texts:
            continue
        is_question = turn.kind == "question" or (turn.labelled and turn.speaker in asking)
        role: Role
        if is_question:
            role, reply = "question", None
        else:
            role, reply = ("answer", pending) if pending else ("statement", None)
        for number, passage_text in enumerate(texts):
            occurrence = seen[(turn.speaker, passage_text)]
            seen[(turn.speaker, passage_text)] += 1
            yield Passage(
                id=passage_id(title, date, turn.speaker, passage_text, occurrence),
                doc_id=doc_id,
                title=title,
                date=date,
                place=place,
                language=language_of(passage_text, language),
                speaker=turn.speaker,
                role=role,
                turn=index,
                paragraph=number,
                text=passage_text,
                in_reply_to=reply,
                source_url=source_url,
            )
        if is_question:
            pending = "\n\n".join(turn.paragraphs)
        index += 1
