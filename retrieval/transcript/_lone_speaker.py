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
from retrieval.transcript._reported import all_quote, mentions, paragraph_sayers
from retrieval.transcript._turns import Turn

#: A turn at least this much in quotes is someone's words, not narration around a quote (read
#: sets: every Unknown turn of a one-speaker page at .6 or more was its speaker's; at .4-.6
#: they were page headings and a quote of another person half the time).
MIN_SPEECH_SHARE = 0.6
#: A dash may open a line of someone's words ('- "The Kiev regime is ..."').
_DASHES = "-—–"


def lone_speakers_quotes(turns: list[Turn]) -> list[Turn]:
    """``turns`` with each unlabelled Unknown turn of quoted words given to the page's only
    speaker, when there is one (see the module's rules). Updates the turns in place."""
    named = {turn.speaker for turn in turns} - {UNKNOWN_SPEAKER, QUESTION_SPEAKER, ""}
    if len(named) != 1:
        return turns
    (speaker,) = named
    for turn in turns:
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
    return turns
