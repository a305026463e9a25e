"""Who said it on news retellings, pass 10 (issue 8): a speaker's words that the story goes
on with after naming them once, in the layouts of agency copy and its reposts.

The pages here are written for these tests in the layouts met on news sites. A wrong speaker
is the worst bug: where the page does not say who speaks, the passage stays unknown.
"""

from __future__ import annotations

import pytest

from retrieval.transcript import parse_transcript
from tests.conftest import said_by as _said_by

ZAKHAROVA = "Maria Zakharova"
_BRIEFING_STORY = (
    "В беседе с РИА Новости Захарова прокомментировала слова британского министра.\n\n"
    "«Это признание в содеянном», — подчеркнула Захарова.\n\n"
    "Она напомнила, как Лондон сорвал переговоры весной. Он «приехал с пустыми руками» и "
    "уговорил Киев отказаться от соглашения.\n\n"
    "По сути, {middle} это попытка запугать.\n\n"
    "Лондон отказался от комментариев.\n"
)


@pytest.mark.parametrize(
    ("middle", "hers"),
    [
        # Going on or summing up, between commas after the words' opening: her words.
        ("продолжила Захарова,", True),
        ("заключила дипломат,", True),
        # The same verbs doing something else are not saying.
        ("Захарова продолжила работу, и", False),
    ],
)
def test_going_on_in_an_attributions_place_is_saying(middle: str, hers: bool) -> None:
    zakharova = _said_by(_BRIEFING_STORY.format(middle=middle), ZAKHAROVA)
    assert ("попытка запугать" in zakharova) is hers


def test_a_dash_attribution_that_goes_on_names_the_speaker() -> None:
    page = (
        "МОСКВА, 5 июня. Захарова ответила на вопрос о санкциях.\n\n"
        "«Мы ответим зеркально», — сказала Захарова.\n\n"
        "«Никто не останется без ответа», — продолжила она.\n"
    )
    assert "Никто не останется без ответа" in _said_by(page, ZAKHAROVA)


_RECALLED = (
    "В беседе с РИА Новости Захарова прокомментировала слова британского министра.\n\n"
    "«Это признание в содеянном», — подчеркнула Захарова.\n\n"
    "Она напомнила, как Великобритания в лице Бориса Джонсона сорвала переговоры.{sentence}\n\n"
    "Лондон отказался от комментариев.\n"
)


@pytest.mark.parametrize(
    ("sentence", "hers"),
    [
        # A pronoun's sentence quoting a phrase inside its narration, right after her words.
        (" Он «приехал с пустыми руками» и отговорил Владимира Зеленского.", True),
        (" He came “with empty hands” and talked Vladimir Zelensky out of it.", True),
        # A new paragraph's portrait is the reporter's, quoted term and all.
        ("\n\nОн ведёт канал, где комментирует решения «недружественных стран».", False),
    ],
)
def test_a_pronoun_sentence_quoting_a_phrase_after_reported_words_is_the_speakers(
    sentence: str, hers: bool
) -> None:
    zakharova = _said_by(_RECALLED.format(sentence=sentence), ZAKHAROVA)
    assert (sentence.strip()[:12] in zakharova) is hers
    # The last line names no one: the reporter's.
    assert "отказался от комментариев" not in zakharova


GRUSHKO = "Alexander Grushko"
_MIRROR = (
    "Moscow wants guarantees, says diplomat\n\n"
    "The talks on a ceasefire went on in Riyadh this week, with no date set for the next "
    "round.\n\n"
    "Russia will insist on written guarantees in any deal, Deputy Foreign Minister Alexander "
    "Grushko said in an interview with Izvestia. {rest}\n\n"
    "{after}\n\n"
    "The talks are due to resume next month.\n"
)


@pytest.mark.parametrize(
    ("rest", "his"),
    [
        # A copy that lost the quote marks: plain sentences, one in the first person.
        (
            "Since 2021, the alliance has tripled its drills near the border. Such activity "
            "is a direct threat to our country.",
            True,
        ),
        ("Мы не отступим. Ответ будет найден.", True),
        # The reporter's background: no one speaks in the first person.
        ("Since 2021, the alliance has tripled its drills near the border.", False),
        # A sentence naming someone is the narration's.
        (
            "Since 2021, NATO chief Mark Rutte has tripled the drills. We see a threat in it.",
            False,
        ),
    ],
)
def test_first_person_sentences_after_a_closing_attribution_go_on_with_its_speaker(
    rest: str, his: bool
) -> None:
    page = _MIRROR.format(rest=rest, after="The next round is not yet scheduled.")
    grushko = _said_by(page, GRUSHKO)
    assert (rest[:20] in grushko) is his
    assert "next round" not in grushko


@pytest.mark.parametrize(
    ("after", "his"),
    [
        ("We will answer every step of this kind in our own way.", True),
        ("The alliance has not commented on the interview.", False),
    ],
)
def test_a_first_person_paragraph_after_the_run_goes_on_too(after: str, his: bool) -> None:
    rest = "Such drills are a direct threat to our country."
    grushko = _said_by(_MIRROR.format(rest=rest, after=after), GRUSHKO)
    assert rest in grushko
    assert (after in grushko) is his
    assert "due to resume" not in grushko


@pytest.mark.parametrize(
    ("named", "his"),
    [
        # A post in capitals before the name does not swallow it.
        ("Japanese Foreign Minister Taro Kono met Russian Foreign Minister Sergei Lavrov", True),
        ("Foreign Minister Taro Kono of Japan met Sergei Lavrov", True),
        # Two people of that surname: no one.
        ("Japanese Foreign Minister Taro Kono and Defence Minister Aiko Kono met Lavrov", False),
    ],
)
def test_a_surname_alone_names_the_person_named_in_full_after_a_post_in_capitals(
    named: str, his: bool
) -> None:
    page = (
        "Lavrov and Kono discuss peace treaty\n\n"
        "MOSCOW, March 2. The foreign ministers met for talks on a peace treaty.\n\n"
        f"{named} on Monday, during a three-day visit to Moscow.\n\n"
        "“I expect the talks to be difficult, but we have to move forward,” Kono told "
        "reporters before his departure.\n\n"
        "After the talks, the two ministers held a news conference.\n"
    )
    assert ("I expect the talks" in _said_by(page, "Taro Kono")) is his


PUTIN = "Vladimir Putin"


@pytest.mark.parametrize(
    ("sentence", "his"),
    [
        # "He" is never the one the sentence names after it: the asker is someone else.
        ("At the news conference, an American reporter he asked Putin when it might end.", False),
        ("He then told Putin's aides that the meeting was over.", False),
        # "He said" with no one named after it is the last person named.
        ("He said the meeting had been useful for both sides.", True),
    ],
)
def test_he_is_never_the_person_named_after_him(sentence: str, his: bool) -> None:
    page = (
        "Putin speaks on talks with Washington\n\n"
        "MOSCOW, June 14. Russian President Vladimir Putin spoke to reporters in the Kremlin.\n\n"
        '"We are open to talks, but not at any price," Putin said.\n\n'
        f"{sentence}\n\n"
        "The Kremlin gave no further details.\n"
    )
    assert (sentence in _said_by(page, PUTIN)) is his


@pytest.mark.parametrize(
    ("ending", "hers"),
    [
        # A teaser cut inside its closing verb, with or without an ellipsis.
        ("Russian Foreign Ministry spokeswoman Maria Zakharova sai ...", True),
        ("Foreign Ministry spokeswoman Maria Zakharova s", True),
        ("официальный представитель МИД Мария Захарова заяв", True),
        # A whole short word is no cut verb.
        ("a visit by spokeswoman Maria Zakharova to", False),
    ],
)
def test_a_teaser_cut_inside_its_verb_of_saying_is_the_named_persons(
    ending: str, hers: bool
) -> None:
    page = (
        "Zakharova on the summit in Geneva\n\n"
        "MOSCOW, July 9. The Russian Foreign Ministry commented on the summit.\n\n"
        "Diplomats from twelve countries met in Geneva on Tuesday.\n\n"
        f"Washington is trying to divert attention from its own problems, {ending}"
    )
    assert ("divert attention" in _said_by(page, ZAKHAROVA)) is hers


@pytest.mark.parametrize(
    ("line", "question"),
    [
        # A tag page's headline under the speaker's own name in capitals: no question to her.
        ("ZAKHAROVA: Since Kiev lost the vote, shouldn't Brussels pay now?", False),
        # A question line over her words still asks her.
        ("Since Kiev lost the vote, shouldn't Brussels pay now?", True),
    ],
)
def test_a_headline_under_the_speakers_label_is_no_question_to_her(
    line: str, question: bool
) -> None:
    page = (
        "Browsing tag\n\n"
        "Zakharova: Sanctions Talk in Brussels is Empty\n\n"
        "MOSCOW – Foreign Ministry spokeswoman Maria Zakharova said on Thursday that the "
        "talk of new sanctions in Brussels is empty. The rest of the story […]\n\n"
        f"{line}\n\n"
        "MOSCOW – “Kiev lost the vote to nobody but itself”. This was stated by Foreign "
        "Ministry spokeswoman Maria Zakharova at a briefing on Thursday.\n"
    )
    document = parse_transcript(page, "page")
    asked = [p for p in document.passages if p.text == line]
    assert len(asked) == 1
    assert (asked[0].role == "question") is question


PESKOV = "Dmitry Peskov"
_MESSENGER_STORY = (
    "Kremlin on messengers\n\n"
    "MOSCOW, August 28. The Kremlin commented on the arrest of a messenger's founder in "
    "France on Wednesday.\n\n"
    "Amid fears that the officials' chats could be read by foreign intelligence services, the "
    "Kremlin spokesman Dmitry Peskov advised civil servants not to use any messengers for "
    "their official work at all. He said the advice applied to every ministry and agency.\n\n"
    "{quote}\n\n"
    "Regarding the new law on churches in Kyiv, Peskov called the ban an attack on freedom "
    "of religion and said that Moscow would raise the matter at the United Nations.\n"
)


@pytest.mark.parametrize(
    ("quote", "with_lead"),
    [
        # A short quote closed by its attribution stays with the lead it bears out.
        ('"No messenger is safe from leaks, including ours," he warned.', True),
        ("«Ни один мессенджер не защищён от утечек», — предупредил он.", True),
        # A quote that goes on after its attribution is no such closing line.
        ('"No messenger is safe," he warned. "We have said so many times before."', False),
    ],
)
def test_a_short_quote_closed_by_its_attribution_stays_with_the_paragraph_before(
    quote: str, with_lead: bool
) -> None:
    document = parse_transcript(_MESSENGER_STORY.format(quote=quote), "page")
    passage = next(
        p for p in document.passages if "No messenger" in p.text or "мессенджер" in p.text
    )
    assert passage.speaker == PESKOV
    assert ("advised civil servants" in passage.text) is with_lead


SHOIGU = "Sergei Shoigu"
_GLUED_STORY = (
    "Шойгу: цели операции будут достигнуты\n\n"
    "{credit}\n\n"
    "{glued}Попытки Запада ослабить Россию обречены на провал, заявил министр обороны РФ "
    "Сергей Шойгу на совещании министров обороны в пятницу. «Армия выполняет все задачи. "
    "Все цели будут достигнуты», — сказал Шойгу. Он отметил, что оборонная промышленность "
    "наращивает выпуск техники, а подготовка кадров совершенствуется. «Таким образом, все "
    "расчёты Запада на наше поражение бесперспективны», — констатировал министр обороны "
    "РФ.Минск не приемлет новых баз у своих границ, следует из доктрины Белоруссии\n\n"
    "Вам также могут понравиться\n"
)


@pytest.mark.parametrize(
    ("credit", "glued"),
    [
        # A photo credit a copy glued onto the story's paragraph keeps the story.
        ("", "© РИА Новости / Иван Петров. Архивное фотоЧитать в "),
        # A credit on a line of its own is dropped as before.
        ("© РИА Новости / Иван Петров", ""),
    ],
)
def test_a_story_glued_to_a_credit_and_to_the_next_headline_is_read(
    credit: str, glued: str
) -> None:
    document = parse_transcript(_GLUED_STORY.format(credit=credit, glued=glued), "page")
    shoigu = " ".join(p.text for p in document.passages if p.speaker == SHOIGU)
    assert "Все цели будут достигнуты" in shoigu
    # "... министр обороны РФ.Минск не приемлет ...": the acronym's full stop ends the sentence,
    # so the quote before it is the minister's and the glued headline is no one's.
    assert "расчёты Запада на наше поражение" in shoigu
    assert "новых баз" not in shoigu
    assert glued or all("Иван Петров" not in p.text for p in document.passages)


RYABKOV = "Sergey Ryabkov"


@pytest.mark.parametrize(
    ("lead", "his"),
    [
        # An interview's lead with no verb of saying, or one that answers questions.
        (
            "In an interview with Izvestia, Deputy Foreign Minister Sergei Ryabkov spoke about "
            "the talks with Washington.",
            True,
        ),
        ("Deputy Foreign Minister Sergei Ryabkov answered questions from Izvestia.", True),
        ("Замминистра иностранных дел Сергей Рябков ответил на вопросы «Известий».", True),
        ("На вопросы «Известий» ответил замминистра иностранных дел Сергей Рябков.", True),
        # Two people named in full, or an interview with someone else: no one.
        (
            "In an interview with Izvestia, political scientist Ivan Petrov discussed the talks "
            "held by Deputy Foreign Minister Sergei Ryabkov.",
            False,
        ),
        ("Political scientist Ivan Petrov answered questions from Izvestia.", False),
    ],
)
def test_a_dash_interview_under_a_lead_naming_one_official_is_his(lead: str, his: bool) -> None:
    page = (
        f"The ball is in Washington's court\n\n{lead}\n\n"
        "— When will the talks resume?\n\n"
        "— We are ready to work on the mistakes, but the ball is in Washington's court.\n\n"
        "— And the treaty?\n\n"
        "— The treaty is effectively dead, and we admitted it long ago.\n"
    )
    ryabkov = _said_by(page, RYABKOV)
    assert ("the ball is in Washington's court." in ryabkov) is his
    assert ("effectively dead" in ryabkov) is his


ANTONOV = "Anatoly Antonov"


@pytest.mark.parametrize(
    ("sentence", "his"),
    [
        # A straight opening mark closed by a curly one: the attribution after it counts.
        ('"We told them the supplies must stop at once,” Antonov stated.', True),
        # Matching marks read as before.
        ('"We told them the supplies must stop at once," Antonov stated.', True),
        # A quote left open stays open: no attribution inside it is read.
        ('"We told them the supplies must stop at once, Antonov stated.', False),
    ],
)
def test_a_straight_quote_closed_by_a_curly_mark_ends_there(sentence: str, his: bool) -> None:
    page = (
        "Russian Ambassador: Moscow wants to stabilize relations\n\n"
        "Russia's Ambassador in Washington, Anatoly Antonov, told a TV channel that Moscow wants "
        "to stabilize relations with the United States.\n\n"
        "Washington announced a new package of military aid on Friday.\n\n"
        f"{sentence}\n\n"
        "The aid package is worth $800 million.\n"
    )
    assert ("supplies must stop" in _said_by(page, ANTONOV)) is his
