"""An interview's lead that only retells what the interviewee told the outlet is his, and a
photo's caption inside a speech leaves the speech its speaker's (set AI's counts: a lead of
that kind, and a speech with a caption in it, had stayed `Unknown speaker`). Pages written for
the test."""

from __future__ import annotations

from retrieval.transcript import parse_transcript

INTERVIEW = """\
Ambassador: the sanctions have not worked

Russian Ambassador to Indonesia Pavel Sorokin told The Jakarta Herald in an interview that \
Western sanctions had failed to isolate Russia. He added that trade with Asia was growing fast.

Question: How do you assess relations between our countries?

Pavel Sorokin: They are developing steadily. Our trade grew by a third last year.
"""

# A lead that describes the event besides retelling the words stays the page's narration.
DESCRIBED = """\
Ambassador: the sanctions have not worked

Russian Ambassador to Indonesia Pavel Sorokin told The Jakarta Herald that Western sanctions \
had failed. The interview was recorded in Jakarta on the eve of the national holiday.

Question: How do you assess relations between our countries?

Pavel Sorokin: They are developing steadily. Our trade grew by a third last year.
"""

# Someone else retold in the lead is not the interviewee.
OTHER = """\
Ambassador: the sanctions have not worked

Foreign Minister Sergey Lavrov said last week that Western sanctions had failed.

Question: Do you agree with the minister?

Pavel Sorokin: Fully. Our trade grew by a third last year.
"""


def _lead(text: str) -> str:
    return parse_transcript(text, "doc").passages[0].speaker


def test_a_lead_retelling_the_interviewee_is_his() -> None:
    assert _lead(INTERVIEW) == "Pavel Sorokin"


def test_a_lead_that_also_describes_the_event_stays_narration() -> None:
    # (Since round 51 the lead's sentence retelling him is his, as over a transcript his own
    # label opens; the sentence describing the event stays the page's.)
    passages = parse_transcript(DESCRIBED, "doc").passages
    described = next(p for p in passages if "The interview was recorded" in p.text)
    assert described.speaker == "Unknown speaker"
    assert "sanctions had failed" not in described.text


def test_a_lead_retelling_someone_else_is_not_the_interviewees() -> None:
    assert _lead(OTHER) != "Pavel Sorokin"


SPEECH_WITH_CAPTION = """\
Statement by Permanent Representative Vassily Nebenzia at the UNSC briefing on Ukraine

Mr. President,

We thank the briefers for their statements. The situation remains grave, and the responsibility \
lies with those who supply weapons.

Permanent Representative of Russia to the UN Vassily Nebenzia

Colleagues, the Western delegations keep repeating the same claims. We have heard nothing new \
today from them about the peace process.

Thank you.
"""


def test_a_photo_caption_inside_a_speech_does_not_make_it_a_report() -> None:
    # The caption names him in the third person; the speech had all gone to Unknown speaker.
    passages = parse_transcript(SPEECH_WITH_CAPTION, "doc").passages
    said = {p.speaker for p in passages if "supply weapons" in p.text or "nothing new" in p.text}
    assert said == {"Vassily Nebenzia"}


def test_a_surname_after_a_quote_names_one_person_spelt_two_ways() -> None:
    # Two spellings of one ambassador on one page ('-ei' and '-ey'): a surname alone after a
    # quote is still his (it named no one: two people of that surname, it seemed).
    page = (
        "Russian envoy on the talks\n\n"
        "Russian Ambassador to Indonesia Alexei Sorokin said on Monday that the talks on the "
        "new trade deal would resume in spring.\n\n"
        "Ambassador Alexey Sorokin also noted that the sanctions had not stopped trade.\n\n"
        '"We are ready to meet our partners halfway on every point," Sorokin said.\n'
    )
    passages = parse_transcript(page, "doc").passages
    said = next(p.speaker for p in passages if "partners halfway" in p.text)
    assert said in {"Alexei Sorokin", "Alexey Sorokin"}


def test_a_storys_one_sentence_naming_a_known_official_is_no_title() -> None:
    # The headline above it is the title; the sentence, his reported words, is the text.
    page = (
        "Министр оценил переговоры\n\n"
        "Переговоры прошли в деловой обстановке, заявил министр иностранных дел России "
        "Сергей Лавров.\n"
    )
    document = parse_transcript(page, "doc")
    assert document.title == "Министр оценил переговоры"
    assert [p.speaker for p in document.passages] == ["Sergey Lavrov"]
