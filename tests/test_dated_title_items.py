"""An archive page whose items each open with their date and title on one line
("07.11.2016 - Reply by ..."): every item is its own story, with its own speaker and date.

Before, the first item's answer ran on over the next items' titles and texts: a minister's
speech listed under a spokeswoman's reply was given to her.
"""

from __future__ import annotations

import datetime as dt

from retrieval.transcript import parse_transcript

LAVROV, ZAKHAROVA = "Sergey Lavrov", "Maria Zakharova"

_ARCHIVE = (
    "3 March 2018\n"
    "Moscow: 11:05\n\n"
    "Consular queries: +44 (0) 203 668 7474\n\n"
    "Pages: 1 2 3 4 5\n\n"
    "14.02.2018 - Comment by Foreign Ministry Spokesperson Maria Zakharova on the closure of "
    "a Russian cultural centre abroad\n\n"
    "Question: How do you view the decision to close the centre? Maria Zakharova: We regard it "
    "as another step against ordinary people who wanted to learn our language.\n\n"
    "12.02.2018 - Deputy Foreign Minister Sergey Ryabkov's interview with a news agency\n\n"
    "09.02.2018 - Museums of two capitals (an exhibition catalogue)\n\n"
    "The exhibition brings together paintings from both cities for the first time.\n\n"
    "07.02.2018 - Foreign Minister Sergey Lavrov's speech at the Civil Society Forum, Vienna, "
    "February 7, 2018\n\n"
    "Non-governmental organisations help to keep trust between our peoples when official "
    "relations go through a difficult period.\n"
)


def test_each_item_dated_on_its_title_line_has_its_own_speaker_and_date() -> None:
    document = parse_transcript(_ARCHIVE, "page")
    speech = next(p for p in document.passages if "Non-governmental" in p.text)
    reply = next(p for p in document.passages if "ordinary people" in p.text)
    assert (speech.speaker, speech.date) == (LAVROV, dt.date(2018, 2, 7))
    assert speech.title.startswith("Foreign Minister Sergey Lavrov's speech")
    assert (reply.speaker, reply.date) == (ZAKHAROVA, dt.date(2018, 2, 14))
    # The items between (a bare headline; a catalogue no one says) are nobody's words, and
    # nothing of them is the spokeswoman's.
    hers = " ".join(p.text for p in document.passages if p.speaker == ZAKHAROVA)
    assert "exhibition" not in hers and "Ryabkov" not in hers and "Non-governmental" not in hers


def test_a_russian_archive_with_dated_title_lines() -> None:
    page = (
        "Посольство России\n\n"
        "14.03.2019 — Выступление Министра иностранных дел России С.В.Лаврова на форуме в Осло\n"
        "Мы рады снова открыть форум. Связи между людьми сейчас важнее, чем когда-либо.\n\n"
        "12.03.2019 — Брифинг официального представителя МИД России М.В.Захаровой\n"
        "Ситуация в Венесуэле остается напряженной. Призываем все стороны к диалогу.\n"
    )
    document = parse_transcript(page, "page")
    forum = next(p for p in document.passages if "открыть форум" in p.text)
    venezuela = next(p for p in document.passages if "Венесуэле" in p.text)
    assert (forum.speaker, forum.date) == (LAVROV, dt.date(2019, 3, 14))
    assert (venezuela.speaker, venezuela.date) == (ZAKHAROVA, dt.date(2019, 3, 12))


def test_one_dated_line_in_a_story_does_not_cut_it() -> None:
    page = (
        "Foreign Minister Sergey Lavrov's remarks at a news conference, Moscow\n\n"
        "We have discussed the timeline of the talks.\n\n"
        "12.02.2018 - the first round, in Geneva, which we remember well.\n\n"
        "We hope the next round will be just as useful.\n"
    )
    document = parse_transcript(page, "page")
    assert {p.speaker for p in document.passages} == {LAVROV}
    assert any("next round" in p.text for p in document.passages)
