"""Quoted words nobody is named as saying, on a page where one person alone speaks.

A retelling sets a quote in a paragraph of its own with its attribution lost to the layout (a
headline quote in a dash line under a breadcrumb, a quote above the transcript it comes from).
When the page gives words to one person only, a paragraph that is all quoted words (after a
dash, if its line opens with one), names no one as saying them and does not speak of that
person in the third person is theirs too. Epigraphs are decided apart (:mod:`._epigraphs`) and
override this.
"""

from __future__ import annotations

from retrieval.passages import QUESTION_SPEAKER
from retrieval.speakers import UNKNOWN_SPEAKER
from retrieval.text import speech_share
from retrieval.transcript._quote_runs import all_quote, paragraph_sayers
from retrieval.transcript._sentence_sayer import mentions
from retrieval.transcript._turns import Turn

#: A turn at least this much in quotes is someone's words, not narration around a quote (read
#: sets: every Unknown turn of a one-speaker page at .6 or more was its speaker's; at .4-.6
#: they were page headings and a quote of another person half the time).
MIN_SPEECH_SHARE = 0.6
#: A dash may open a line of someone's words ('- "The Kiev regime is ..."').
_DASHES = "-—–"


def lone_speakers_quotes(turns: list[Turn]) -> list[Turn]:
    """``turns`` with each unlabelled Unknown turn of quoted words given to the page's only
    speaker, when there is one (see the module's rules), and the paragraphs that go on with a
    quote such a turn leaves open (:func:`_rest_of_quote`). Updates the turns in place."""
    named = {turn.speaker for turn in turns} - {UNKNOWN_SPEAKER, QUESTION_SPEAKER, ""}
    if len(named) != 1:
        return turns
    (speaker,) = named
    out: list[Turn] = []
    for turn in turns:
        if out and out[-1].speaker == speaker and not turn.labelled:
            out.extend(_rest_of_quote(out[-1], turn, speaker))
            continue
        out.append(turn)
        if turn.labelled or turn.speaker != UNKNOWN_SPEAKER:
            continue
        text = " ".join(turn.paragraphs)
        if speech_share(text) < MIN_SPEECH_SHARE or mentions(text, speaker):
            continue
        if not all(all_quote(p.strip().lstrip(_DASHES).lstrip()) for p in turn.paragraphs):
            # 'В министерстве рассчитывают "найти пути выхода"', '«...», — так начинается
            # статья': words quoted inside a sentence of narration are whoever (or whatever)
            # the sentence says, not the page's speaker.
            continue
        # A sayer named, or referred to, in the turn itself ("— добавил госсекретарь") decides
        # who speaks; the page's only speaker is a guess for words nobody is said to say.
        if any(s is not None for p in turn.paragraphs for s in paragraph_sayers(p, report=True)):
            continue
        turn.speaker = speaker
    return out


# Quotation marks that open and close a quote ("“...”", "«...»").
_PAIRS = (("“", "”"), ("«", "»"))
#: A quote goes on over at most this many paragraphs after the one that opens it.
_MAX_CONTINUED = 4


def _left_open(paragraph: str) -> bool:
    """Whether a paragraph opens a quote and does not close it ("“Over many years ...")."""
    return any(paragraph.count(a) > paragraph.count(b) for a, b in _PAIRS)


def _rest_of_quote(before: Turn, turn: Turn, speaker: str) -> list[Turn]:
    """``turn`` cut after the paragraphs that go on with the quote the speaker's turn
    ``before`` leaves open ("The telegram reads:" / "“Over many years ..." / "I am sure that
    ... people.”"), which are the speaker's too: up to the paragraph that closes it, when that
    one ends with its closing mark, and none of them opens a quote, names a sayer or speaks of
    the speaker. Else ``turn`` as it was."""
    if turn.speaker != UNKNOWN_SPEAKER or not before.paragraphs:
        return [turn]
    if not _left_open(before.paragraphs[-1]):
        return [turn]
    for n, paragraph in enumerate(turn.paragraphs[:_MAX_CONTINUED], start=1):
        text = paragraph.strip()
        opens = any(a in text for a, _ in _PAIRS)
        if opens or mentions(text, speaker) or any(paragraph_sayers(text, report=True)):
            return [turn]
        closes = [b for _, b in _PAIRS if b in text]
        if not closes:
            continue
        if not text.rstrip(".!?…").endswith(tuple(closes)) and not text.endswith(tuple(closes)):
            return [turn]
        quoted = Turn(
            speaker, False, lines=list(turn.paragraphs[:n]), paragraphs=turn.paragraphs[:n]
        )
        rest = turn.paragraphs[n:]
        if not rest:
            return [quoted]
        return [quoted, Turn(turn.speaker, False, lines=list(rest), paragraphs=rest)]
    return [turn]
