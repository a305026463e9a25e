"""Who said it on news retellings, pass 8 (issue 8): the layouts left to `Unknown speaker` on
the sets read for it.

The pages here are written for these tests in the layouts met on news sites. A wrong speaker
is the worst bug: where the page does not say who speaks, the passage stays unknown.
"""

from __future__ import annotations

from retrieval.transcript import parse_transcript
from tests.conftest import said_by as _said_by

SHOIGU = "Sergei Shoigu"


def test_a_quote_closed_by_the_secretary_of_the_security_council_is_his() -> None:
    # "– сказал секретарь Совбеза": the post of the one the story is about, named before.
    page = (
        "Шойгу: переговоры в Пекине прошли конструктивно\n\n"
        "Переговоры с китайскими партнерами прошли в конструктивном духе, сообщил секретарь "
        "Совета безопасности России Сергей Шойгу.\n\n"
        "Он добавил, что стороны обсудили подготовку к визиту в Москву.\n\n"
        '"Мы договорились чаще сверять часы по региональным вопросам", – сказал секретарь '
        "Совбеза.\n\n"
        "«Контакты будут продолжены уже весной», — указал секретарь Совета безопасности.\n"
    )
    shoigu = _said_by(page, SHOIGU)
    assert "чаще сверять часы" in shoigu
    assert "продолжены уже весной" in shoigu


def test_a_quote_closed_by_another_countrys_secretary_stays_unknown() -> None:
    # "секретарь посольства Франции" is not the page's Russian official: nobody we know.
    page = (
        "Шойгу: переговоры в Пекине прошли конструктивно\n\n"
        "Переговоры с китайскими партнерами прошли в конструктивном духе, сообщил секретарь "
        "Совета безопасности России Сергей Шойгу.\n\n"
        '"Мы ждем разъяснений от Москвы", – сказал секретарь Совета безопасности Франции.\n'
    )
    assert "ждем разъяснений" not in _said_by(page, SHOIGU)


ZAKHAROVA = "Maria Zakharova"
_ZAKHAROVA_STORY = (
    "Захарова ответила на слова о переговорах\n\n"
    "Официальный представитель МИД России Мария Захарова прокомментировала заявление "
    "Брюсселя о переговорах.\n\n"
    "В Брюсселе заявили, что готовы к диалогу только на своих условиях.\n\n"
    "Это не диалог, а диктовка. Условия таких переговоров пишут не в Брюсселе,\n"
    "- {closing}\n"
)


def test_direct_speech_closed_on_a_line_of_its_own_is_the_one_it_names() -> None:
    # Unquoted direct speech ends with its comma, and "- ответила дипломат." follows on the
    # next line: every sentence before it is hers.
    zakharova = _said_by(_ZAKHAROVA_STORY.format(closing="ответила дипломат."), ZAKHAROVA)
    assert "Это не диалог, а диктовка." in zakharova
    assert "пишут не в Брюсселе" in zakharova
    assert "готовы к диалогу" not in zakharova


def test_direct_speech_closed_on_its_own_line_by_someone_unknown_stays_unknown() -> None:
    for closing in ("ответила глава МИД Бельгии.", "ответила бельгийский министр."):
        page = _ZAKHAROVA_STORY.format(closing=closing)
        assert "диктовка" not in _said_by(page, ZAKHAROVA)


LAVROV = "Sergey Lavrov"
MEDVEDEV = "Dmitry Medvedev"


def test_a_quote_closed_by_a_surname_and_its_apposition_is_that_persons() -> None:
    # '"...," Lavrov, Russia's top diplomat, stressed.': the verb ends the sentence, and the
    # surname before the apposition is its subject.
    page = (
        "Lavrov: Moscow will answer the alliance's steps\n\n"
        "MOSCOW, May 3. Russian Foreign Minister Sergey Lavrov said on Friday that Moscow would "
        "answer any new deployment near its borders.\n\n"
        'The minister spoke after talks with his Serbian counterpart. "Nobody should doubt that '
        'our answer will be measured and effective," Lavrov, Russia’s top diplomat, stressed.\n'
    )
    assert "measured and effective" in _said_by(page, LAVROV)


def _premier_story(who: str) -> str:
    return (
        "Medvedev: the alliance sees Russia as an adversary\n\n"
        "Russian Prime Minister Dmitry Medvedev said the alliance's growth towards the east "
        "was a source of concern, in an interview with a Russian newspaper.\n\n"
        f"The {who} prime minister said: “Our partners in the alliance call us an adversary "
        "whatever they say in public.”\n"
    )


def test_the_russian_prime_minister_said_is_the_premier_named_before() -> None:
    assert "call us an adversary" in _said_by(_premier_story("Russian"), MEDVEDEV)


def test_another_countrys_prime_minister_said_stays_unknown() -> None:
    assert "call us an adversary" not in _said_by(_premier_story("Indian"), MEDVEDEV)


PUTIN = "Vladimir Putin"


def test_a_quote_said_by_someone_of_a_person_is_not_that_persons() -> None:
    # '"...," said a collaborator of Vladimir Putin': the one the sayer is "of" did not say
    # it, and "the Russian foreign minister" after it is still the story's minister.
    page = (
        "Lavrov attacks the West again\n\n"
        'Russian Foreign Minister Sergey Lavrov criticised the West once more. "The West '
        'wants to write the rules alone and for everyone," said a close ally of Vladimir '
        "Putin.\n\n"
        "Lavrov spoke at a meeting of foreign ministers in Kazan. The Russian foreign minister "
        "said that the West had long tried to impose its norms on other countries.\n"
    )
    assert "write the rules alone" not in _said_by(page, PUTIN)
    assert "tried to impose its norms" in _said_by(page, LAVROV)


def test_a_place_after_a_preposition_before_an_apposition_is_no_sayer() -> None:
    # "During a press conference in St. Petersburg, an American journalist he asked": a
    # machine translation's stray pronoun; the city is nobody.
    page = (
        "When will it end? Putin answered\n\n"
        "During a press conference in St. Petersburg, an American journalist he asked Putin "
        "when the conflict might end.\n\n"
        "Putin said that the answer depended on the West.\n"
    )
    speakers = {p.speaker for p in parse_transcript(page, "page").passages}
    assert "St. Petersburg" not in speakers


_STATEMENT_LIST = (
    "Our talks were frank and useful — Putin\n\n"
    "Other statements by the Russian President at a press conference:\n\n"
    "Putin thanked the Finnish President for hosting the meeting.\n\n"
    "Our trade has grown by a third over the last year — Putin.\n\n"
    "Putin said that he had agreed on new contacts with his counterpart.\n\n"
    "We see a real wish to settle the dispute over the border.\n\n"
    "All the remaining questions can be solved at the next meeting.\n\n"
    "The talks will go on in the spring — Moscow.\n"
)


def test_a_statement_signed_with_a_dash_and_a_name_is_that_persons() -> None:
    # "... — Putin.": a news site's list of what someone said, each line signed.
    assert "grown by a third" in _said_by(_STATEMENT_LIST, PUTIN)


def test_a_heading_over_one_persons_statements_gives_him_the_unsigned_lines() -> None:
    # "Other statements by the Russian President:": the lines below without quote marks or
    # signature are his, but a line that speaks of him in the third person is the reporter's,
    # and a place after a dash signs nothing.
    putin = _said_by(_STATEMENT_LIST, PUTIN)
    assert "a real wish to settle the dispute" in putin
    assert "solved at the next meeting" in putin
    assert "Putin thanked the Finnish President" not in putin
    speakers = {p.speaker for p in parse_transcript(_STATEMENT_LIST, "page").passages}
    assert "Moscow" not in speakers


def _tag_page(second_headline: str) -> str:
    return (
        "Мария Захарова: «Это не дипломатия» — ответ на слова из Берлина\n\n"
        "На пресс-конференции в Москве Мария Захарова, официальный представитель МИД России, "
        "ответила на слова немецкого политика. «Это не дипломатия, а набор лозунгов», — "
        "заявила Захарова журналистам… Подробнее\n\n"
        f"{second_headline}\n\n"
        "В эфире радиостанции официальный представитель МИД России Мария Захарова "
        "прокомментировала слова министра Австрии о переговорах… Подробнее\n"
    )


def test_a_tag_pages_headline_label_leaves_its_teasers_to_the_report_rules() -> None:
    # A tag page lists a person's news: "Захарова: <headline>" is a headline, not a label of
    # a transcript, so the teaser above it is read as a report and the quote in it is hers.
    page = _tag_page("Захарова: Слова министра Австрии были неуместны")
    assert "набор лозунгов" in _said_by(page, ZAKHAROVA)


def test_a_label_whose_turn_speaks_for_itself_stays_a_transcripts_turn() -> None:
    # "Захарова: Добрый день" over a paragraph of her own words in the first person is a
    # turn of a transcript: the lead above it is the page's narration, as before.
    page = _tag_page("Захарова: Добрый день").replace(
        "В эфире радиостанции официальный представитель МИД России Мария Захарова "
        "прокомментировала слова министра Австрии о переговорах… Подробнее",
        "Мы внимательно следим за словами министра Австрии и ответим на них.",
    )
    assert "набор лозунгов" not in _said_by(page, ZAKHAROVA)
    assert "внимательно следим" in _said_by(page, ZAKHAROVA)


USHAKOV = "Yuri Ushakov"


def test_a_speaker_naming_himself_in_a_list_of_a_delegation_still_speaks() -> None:
    # Under his label an aide reads out the delegation, his own name among the others: the
    # paragraph is his words, not the page's narration about him.
    page = (
        "Presidential Aide Yuri Ushakov's comment on the coming talks\n\n"
        "Yuri Ushakov: Dear colleagues!\n\n"
        "Preparations for the talks in Geneva have entered the final phase.\n\n"
        "The delegation has already been set: Foreign Minister Sergei Lavrov, Presidential "
        "Aide Yuri Ushakov, Defence Minister Andrei Belousov, and Finance Minister Anton "
        "Siluanov.\n\n"
        "After the talks the two presidents will hold a joint press conference.\n"
    )
    assert "Defence Minister Andrei Belousov" in _said_by(page, USHAKOV)


def test_a_comment_listing_what_the_speaker_talks_about_is_no_list_of_names() -> None:
    page = (
        "Interview of Foreign Minister Sergey Lavrov to a Japanese daily\n\n"
        "Sergey Lavrov: Our relations are developing, and we value the dialogue.\n\n"
        "Comment: In this interview, Lavrov talks about museums, exchanges of exhibitions and "
        "the year of culture.\n\n"
        "Sergey Lavrov: The year of culture has been a success.\n"
    )
    assert "talks about museums" not in _said_by(page, LAVROV)


def _ambassador_story() -> str:
    return (
        "Ambassador will not say when he returns to Washington\n\n"
        "Russian Ambassador to the United States Anatoly Antonov said today that he does not "
        "know yet when he will go back to Washington.\n\n"
        "“It is not for me to decide,” Antonov told reporters.\n\n"
        "“This situation does not serve our interests,” said the diplomat, who admitted that "
        "he had not met Russian President Vladimir Putin yet.\n\n"
        "Antonov came to Moscow last week after U.S. President Joe Biden called Putin a "
        "“killer,” words Moscow promised not to forget.\n\n"
        "“I wish you good health,” Putin said in reply. He added that the two had met.\n"
    )


def test_the_diplomat_said_is_never_the_president_the_story_quotes() -> None:
    # The page's most quoted person is Putin, but "said the diplomat" is the ambassador named
    # before (no known official), never a president.
    putin = _said_by(_ambassador_story(), PUTIN)
    assert "does not serve our interests" not in putin
    assert "does not serve our interests" in _said_by(_ambassador_story(), "Anatoly Antonov")
    assert "I wish you good health" in putin


def test_a_verb_of_saying_in_a_clause_of_time_gives_the_sentence_to_no_one() -> None:
    # "... after U.S. President Joe Biden called Putin a killer": background, not his words.
    assert "came to Moscow last week" not in _said_by(_ambassador_story(), "Joe Biden")
