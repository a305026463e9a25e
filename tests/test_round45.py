"""Round 45: layouts and questions met on real pages this round.

The pages here are written for these tests in the layouts met on those sites.
"""

from __future__ import annotations

import pytest

from retrieval.page_era import page_era
from retrieval.speakers import person_name
from retrieval.transcript import parse_transcript
from tests.conftest import pages_index, speaker_of

# A blog's machine translation of an agency story: the headline credits its words to the
# speaker after a colon (with a stop and a subheading in brackets), the sayer stands after the
# verb and a day as in Russian, the post's date and tags close it, and links to other stories
# (arrows after them, a teaser under each) follow, one naming another official.
_TRANSLATED_POST = """\
Moscow will not sign the charter in its present form: Chizhov. (Brussels waits for an answer)

Russia will not sign the energy charter in the form offered. This is the opinion permanent \
representative to the EU Vladimir Chizhov. “I think that the chances for the charter in this \
form, no,” - told reporters June 12 Chizhov, stressing that the text (the transit protocol - \
Ed.) “Must be rewritten from the first to the last article. ” “I think the talks would go on \
as long as needed,” - declared Permanent Representative of Russia.

12 June 2009 | charter, energy, chizhov, transit

Ships of the Baltic (the forgotten story of “Northern convoy, who never came home)
Commission of the EU: the pipeline is the beginning of a new era

• Russia has offered a new draft to Brussels »»»
If Brussels did accept the draft, Moscow would open talks on the transit rules at once.
• Lithuania does not intend to join the project »»»
Chairman of the Parliamentary Committee for Energy of Lithuania Rimas Paulauskas said that \
Vilnius would not join the pipeline, Interfax reported.
"""


def test_a_translated_post_keeps_its_speakers_words_and_gives_the_links_to_nobody() -> None:
    page = _TRANSLATED_POST
    document = parse_transcript(page, "page")
    # Before: no title (its stop), no date (the tags after it), and every quote went to the
    # Lithuanian named in the last link: the only named sayer the story seemed to have.
    assert document.title.endswith("(Brussels waits for an answer)")
    assert document.speaker == "Vladimir Chizhov"
    assert str(document.date) == "2009-06-12"
    assert speaker_of(page, "chances for the charter") == "Vladimir Chizhov"
    assert speaker_of(page, "rewritten from the first") == "Vladimir Chizhov"
    assert speaker_of(page, "as long as needed") == "Vladimir Chizhov"
    # The other stories under the post's footer are nobody's: not his, not the Lithuanian's.
    assert speaker_of(page, "Ships of the Baltic") == "Unknown speaker"
    assert speaker_of(page, "open talks on the transit") == "Unknown speaker"
    assert not any("offered a new draft" in p.text for p in document.passages)


def test_told_reporters_then_a_name_is_that_speaker_only_right_after_the_quote() -> None:
    page = "Talks\n\n“The door is open,” - told reporters Lavrov, stressing that it was so.\n"
    assert speaker_of(page, "door is open") == "Sergey Lavrov"
    # Where the subject stands before the verb, the name after the listeners is no sayer.
    page = "Talks\n\n“The door is open,” Peskov told reporters Putin had no such plans.\n"
    assert speaker_of(page, "door is open") == "Dmitry Peskov"


# A newspaper's telephone chat with a new ambassador, in dashes: the questions often end
# without a question mark, and the ambassador asks back once.
_PHONE_CHAT = """\
Сергей Петров - "Вечерней газете": "Город у нас красивый, но я его еще не видел"

Утром мы позвонили в посольство. Трубку снял сам посол, он торопился, но ответил на пару \
вопросов.

- Здравствуйте, Сергей Николаевич! Это Иван Смирнов, "Вечерняя газета".

- Добрый день.

- Мы с вами уже встречались в Москве...

- Да, помню.

- Вы пока не давали интервью... Можно один вопрос? Всем интересно, с чего начнет новый посол.

- Вы это всерьез?

- Совершенно всерьез! Хотя бы пару слов.

- Пока я на этот вопрос ответить не готов, рано еще.

- Тогда не о политике. Как вам город?

- Город у нас красивый, но я его еще не видел: все дни прошли в работе, на прогулки времени \
не было совсем.
"""


def test_a_telephone_chat_in_dashes_takes_turns() -> None:
    page = _PHONE_CHAT
    # Before: the question that ends on a statement went to the ambassador and his asking
    # back ("Вы это всерьез?") was taken for the journalist's question.
    assert speaker_of(page, "Всем интересно") == "Question"
    assert speaker_of(page, "Вы это всерьез") == "Sergey Petrov"
    assert speaker_of(page, "Совершенно всерьез") == "Question"
    assert speaker_of(page, "ответить не готов") == "Sergey Petrov"
    assert speaker_of(page, "я его еще не видел: все дни") == "Sergey Petrov"
    assert speaker_of(page, "Утром мы позвонили") == "Unknown speaker"


# An interview under a headline quoting the ambassador by his post only, the lead naming him.
_POSTED_HEADLINE = """\
«Мы построили очень многое за эти годы»: посол России в Армении — о планах на будущее

Чрезвычайный и полномочный посол Российской Федерации в Армении Сергей Копыркин в интервью \
рассказал о торговле и о гуманитарных связях двух стран.

— Сергей Павлович, как вы оцениваете год, который прошел?

— Год был непростым, но торговля выросла, и мы открыли два новых культурных центра.
"""


def test_a_headline_quoting_a_post_over_one_persons_interview_is_his() -> None:
    # Before: the headline's words were nobody's (the post names no one in the table).
    assert speaker_of(_POSTED_HEADLINE, "построили очень многое") == "Sergey Kopyrkin"
    # Not when the words after the quote name no post: the editor's own headline.
    plain = _POSTED_HEADLINE.replace("посол России в Армении — о планах", "итоги года и планы")
    assert not any("построили" in p.text for p in parse_transcript(plain, "p").passages)


def test_a_headline_naming_the_speaker_and_his_outlet_before_the_quote() -> None:
    page = (
        'Михаил Зурабов - "Комсомольской правде": "Язык у нас, в Киеве, вне всякого сомнения, '
        'один"\n\nУтром мы позвонили послу.\n\n- Михаил Юрьевич, как вам Киев?\n\n'
        "- Я его пока не увидел.\n"
    )
    # Before: the outlet in quotes hid the name, and the headline's words were nobody's.
    assert speaker_of(page, "вне всякого сомнения") == "Mikhail Zurabov"


def test_ministers_premiers_and_party_figures_of_the_2000s_are_known_by_surname() -> None:
    # A newspaper's copy cut before it named the mayor in full, a template tag glued to a
    # sentence: before, every quote was nobody's (the table did not know him).
    page = (
        "«Думаю, что это все слухи», – сказал Лужков.\n"
        "#{smallinfographicleft=431467}Лужков предположил: «Думаю, все из-за стройки». "
        "«Мы дали объективную оценку», – добавил Лужков.\n"
    )
    assert speaker_of(page, "все слухи") == "Yuri Luzhkov"
    assert speaker_of(page, "объективную оценку") == "Yuri Luzhkov"
    assert not any("#{" in p.text for p in parse_transcript(page, "p").passages)
    page = "Funds\n\n“It saved the economy,” Kudrin said. “I am sure of it,” Mironov added.\n"
    assert speaker_of(page, "saved the economy") == "Alexei Kudrin"
    assert speaker_of(page, "sure of it") == "Sergei Mironov"
    # A post before a known surname names him (before: no one's name).
    assert person_name("Вице-премьер Хуснуллин") == "Marat Khusnullin"
    assert person_name("Полпред Трутнев") == "Yuri Trutnev"
    # A surname other people share names no one alone; the first name makes it his.
    page = "Iraq\n\n«Есть резолюция 1441», - сказал Иванов.\n"
    assert speaker_of(page, "резолюция 1441") == "Unknown speaker"
    page = "Iraq\n\n«Есть резолюция 1441», - сказал Игорь Иванов.\n"
    assert speaker_of(page, "резолюция 1441") == "Igor Ivanov"


# A weekly's copy of an agency story: a link's card about the minister glued after his name,
# then the quote the agency is said to quote of "the head of the Defence Ministry".
_GLUED_CARD = """\
Шойгу: армии нужны новые полигоны

Новые полигоны нужны армии уже в этом году, заявил министр обороны Сергей ШойгуСергей \
ШойгуМинистр обороны РФНовости о персонеСергей Шойгу, выступая на коллегии в Москве.

«Мы построим три полигона до конца года. Это позволит проводить учения круглый год», — \
цитирует Интерфакс главу Минобороны, который отметил, что деньги на это выделены.
"""


def test_a_glued_card_names_no_one_and_the_agency_quotes_the_minister() -> None:
    document = parse_transcript(_GLUED_CARD, "page")
    # Before: the card made a speaker "Shoygusergey Shoyguministr" of the lead, and the
    # agency's name was taken for the one quoted (nobody we could name).
    assert {p.speaker for p in document.passages} <= {"Sergei Shoigu", "Unknown speaker"}
    assert speaker_of(_GLUED_CARD, "построим три полигона") == "Sergei Shoigu"
    assert "ШойгуСергей" not in " ".join(p.text for p in document.passages)
    # An agency quoting the minister of another country quotes no one we can name.
    other = _GLUED_CARD.replace("главу Минобороны,", "министра обороны Украины,")
    assert speaker_of(other, "построим три полигона") == "Unknown speaker"


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # Posts of the round's pages: a common surname with its post, an ambassador to Japan,
        # an American security adviser, a speaker of the Duma.
        ("Defense Minister Sergei Ivanov said on Monday", (2001, 2007)),
        ("глава МИД Игорь Иванов заявил", (1998, 2004)),
        ("Mikhail Galuzin, Russia's ambassador to Japan, said", (2018, 2022)),
        ("US National Security Adviser John Bolton met Putin", (2018, 2019)),
        ("Спикер Госдумы Борис Грызлов надеется на победу", (2003, 2011)),
        # Any ambassador of the ambassadors' table, his post's place between noun and name.
        (
            "Чрезвычайный и полномочный посол Российской Федерации в Белоруссии Михаил Бабич",
            (2018, 2019),
        ),
        ("Russia's Ambassador to Sweden Viktor Tatarintsev said", (2018, 2024)),
        ("Ambassador to Singapore Andrey Tatarinov said", (2013, 2021)),
    ],
)
def test_more_posts_date_an_undated_page(text: str, years: tuple[int, int]) -> None:
    era = page_era(text)
    # Before: none of these posts was known, so the pages had no era.
    assert era is not None and (min(era), max(era)) == years


def test_a_common_surname_without_a_post_dates_nothing() -> None:
    assert page_era("Ivanov said the talks went well.") is None
    # Nor an ambassador's name alone, or his post said as past.
    assert page_era("Tatarintsev said the talks went well.") is None
    assert page_era("бывший посол России в Белоруссии Михаил Бабич") is None


# An agency's English story: the speaker's words closed by "states Lavrov", "Medvedev
# continues", "the Russian delegate said", a statement in his name, and a quote whose second
# paragraph lost its opening mark.
_WIRE_STORY = """\
Moscow answers the Council

"Further work of the Council will depend on whether we can keep a civilized dialogue," states \
Lavrov, reports the agency.

Further, the Russian delegate said that Russia had no monopoly on the substance and that \
it was made in many countries.

“The sooner the guarantees are received, the sooner the situation will normalize,” Medvedev \
continues.

“We did not leave the provocation unanswered,” Lukashevich’s statement, disseminated by the \
Ministry, said.

Volodin was sure that they are far from being altruists. "They are paid from abroad and \
shielded from justice," he specified.

Nevertheless, people can tell those who serve their citizens from those who wear sheep's \
clothing to seize power for the wolves who pay them."
"""


def test_closing_attributions_of_a_wire_story_name_their_speakers() -> None:
    page = _WIRE_STORY
    # Before: each of these was nobody's.
    assert speaker_of(page, "civilized dialogue") == "Sergey Lavrov"
    assert speaker_of(page, "situation will normalize") == "Dmitry Medvedev"
    assert speaker_of(page, "no monopoly on the substance") == "Sergey Lavrov"
    assert speaker_of(page, "provocation unanswered") == "Alexander Lukashevich"
    assert speaker_of(page, "sheep's clothing") == "Vyacheslav Volodin"
    # "The fighting continues." and "the United States" say nothing.
    quiet = "Talks\n\nThe fighting continues. He visited the United States Monday.\n"
    assert speaker_of(quiet, "fighting continues") == "Unknown speaker"


def test_a_papers_name_before_its_date_line_dates_the_page() -> None:
    page = (
        "- The Washington Times - Thursday, February 1, 2007\n\nBlaming Russia\n\n"
        "“No one noticed that Russians were equally shocked,” Ambassador Yuri Ushakov said.\n"
    )
    document = parse_transcript(page, "page")
    # Before: no date and no title (the paper's line was taken for the text's start).
    assert str(document.date) == "2007-02-01"
    assert document.title == "Blaming Russia"
    # A name that is no paper's, before a date, is no date line.
    other = page.replace("- The Washington Times - ", "- Lavrov - ")
    assert parse_transcript(other, "page").date is None


# An agency story that gives its day without the year ("MOSCOW, June 27") and names an
# American adviser in office in 2018-2019 only.
_DAY_WITHOUT_YEAR = """\
Russia, US agree on a summit

MOSCOW, June 27. /TASS/. Moscow and Washington have agreed on the date of a summit, Kremlin \
aide Yuri Ushakov told reporters after meeting US National Security Adviser John Bolton.

"There will be a tete-a-tete meeting, then talks with the delegations and a working \
breakfast," Ushakov said.
"""


def test_a_day_without_a_year_on_a_page_its_people_date_answers_a_question_of_the_year() -> None:
    index = pages_index({"summit.txt": _DAY_WITHOUT_YEAR})
    result = index.search("What did Ushakov say in 2018 about the summit programme and breakfast?")
    # Before: the page's day without a year kept it out of a question of a whole year, whose
    # filter a day cannot be checked against, even though its people date it to 2018-2019.
    assert result.hits and "working breakfast" in result.hits[0].passage.text
    assert result.hits[0].unchecked == ("date",)
    assert not index.search("What did Ushakov say in 2022 about the summit breakfast?").hits


def test_a_six_letter_surname_misspelt_after_the_full_name_is_still_his() -> None:
    page = (
        "Lavrov on India\n\nRussian Foreign Minister Sergey Lavrov on Friday said that the "
        'partnership would hold.\n\nTalking about a mediator, Lavov said, "India is an '
        'important country."\n'
    )
    # Before: a surname of six letters was too short to be read as a typo of another.
    assert speaker_of(page, "important country") == "Sergey Lavrov"
    # A change of ending is another form, not a typo: "Ivanova" is not Ivanov.
    page = (
        "Talks\n\nDeputy Minister Pavel Ivanov said the talks went on.\n\n"
        'Later, Ivanova said, "We are ready."\n'
    )
    assert speaker_of(page, "We are ready") != "Pavel Ivanov"


# An agency's story cut before it named the foreign minister in full: only «Иванов» and
# «глава МИД РФ» tell which Ivanov speaks.
_IVANOV_BY_POST = """\
Как отметил российский министр, заседание "должно дать объективную информацию о работе \
инспекторов".
"Есть резолюция, которая была принята единогласно", - сказал Иванов.
По мнению главы МИД РФ, инспекторы работают в соответствии с этой резолюцией.
"""


def test_a_shared_surname_alone_is_the_one_whose_post_the_page_names() -> None:
    # Before: «Иванов» alone named no one (several known Ivanovs).
    assert speaker_of(_IVANOV_BY_POST, "принята единогласно") == "Igor Ivanov"
    defence = _IVANOV_BY_POST.replace("главы МИД РФ", "министра обороны").replace(
        "российский министр", "министр"
    )
    assert speaker_of(defence, "принята единогласно") == "Sergei Ivanov"
    # Both posts on the page: no one.
    both = _IVANOV_BY_POST + "Министр обороны тоже выступил.\n"
    assert speaker_of(both, "принята единогласно") == "Unknown speaker"
