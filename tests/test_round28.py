"""Round 28: layouts met on real pages this round — a headline with a tag after it («...
Стенограмма»), a governor labelled by surname alone in a repost of a Kremlin conversation.

The pages here are written for these tests in the layouts met on news sites.
"""

from __future__ import annotations

import pytest

from retrieval.corpus import load_corpus
from retrieval.query import parse_query
from retrieval.search import SearchIndex
from retrieval.transcript import parse_transcript
from tests.conftest import pages_folder, pages_index, speaker_of

UNKNOWN = "Unknown speaker"

# A regional site's repost of a conversation in the Kremlin: a headline ending with a tag, a
# lead naming the governor in the instrumental case, then "Путин:" and the governor's surname
# as labels, with a photo caption between them.
GOVERNOR_TALK = """\
Шумов на встрече с Путиным рассказал о дорогах и школах области. {tag}

Сегодня в Кремле президент встретился с врио губернатора Северной области Олегом Шумовым. \
Губернатор доложил о ходе ремонта дорог и о строительстве школ.

Публикуем стенограмму разговора полностью.

Путин: Олег Петрович, давайте начнём с дорог. Что удалось сделать за год?

Владимир Путин

Шумов: За год мы отремонтировали четыреста километров региональных трасс, и это вдвое больше, \
чем годом ранее. В следующем году начнём строить три новые школы в районных центрах.
"""


@pytest.mark.parametrize("tag", ["Стенограмма", "Видео", "Полный текст"])
def test_a_headline_with_a_tag_after_it_is_the_title(tag: str) -> None:
    # Before: ". Стенограмма" made the line two sentences, running text; the page had no title.
    document = parse_transcript(GOVERNOR_TALK.format(tag=tag), "page")
    assert document.title.startswith("Шумов на встрече с Путиным")


@pytest.mark.parametrize("tag", ["Стенограмма", ""])
def test_a_surname_label_answering_a_known_speaker_is_that_person(tag: str) -> None:
    # With the headline (which names him) and without it (a copy that lost it): the lead names
    # "Олегом Шумовым", and "Шумов:" answers Putin's turn. Before, his words went to Putin.
    page = GOVERNOR_TALK.format(tag=tag)
    if not tag:
        page = page.split("\n", 2)[2]
    assert speaker_of(page, "четыреста километров") == "Oleg Shumov"
    assert speaker_of(page, "давайте начнём с дорог") == "Vladimir Putin"


def test_a_surname_label_the_page_never_names_in_full_is_not_taken() -> None:
    # "Итоги:" after Putin's turn is a heading, not a person: the page names no "... Итоги".
    page = GOVERNOR_TALK.format(tag="").split("\n", 2)[2].replace("Шумов: За год", "Итоги: За год")
    assert speaker_of(page, "четыреста километров") != "Itogi"


def test_a_long_sentence_ending_with_video_stays_text() -> None:
    # A line of running text is still text when it ends so: it is not taken for the title.
    page = (
        "Глава МИД России провёл переговоры с коллегой из Египта в Москве и обсудил ситуацию "
        "в регионе и поставки зерна, а также подготовку визита президента в следующем "
        "месяце, сообщили в ведомстве, добавив, что стороны договорились продолжить "
        "консультации на уровне заместителей министров в ближайшее время и что график "
        "согласуют дипломаты обеих стран. Видео\n\nЛавров: Переговоры были полезными.\n"
    )
    assert not parse_transcript(page, "page").title.startswith("Глава МИД")


# A business magazine's interview: a photo caption for a title, then dashed questions that
# address the minister by first name and patronymic, and dashed answers.
CAPTION_INTERVIEW = """\
Министр экономического развития Максим Решетников (Фото Ивана Петрова для журнала)
— Максим Геннадьевич, как вы оцениваете итоги года для экономики?
— В целом положительно: рост оказался выше прогноза, безработица на историческом минимуме. \
Но есть и проблемы, о которых нужно говорить честно.
— Какие именно?
— Прежде всего это кадры. Нам не хватает инженеров и рабочих, и это сдерживает инвестиции.
"""


def test_dashed_answers_go_to_the_one_the_questions_address() -> None:
    # Before: no title speaker and no lead, so the answers went to no one.
    assert speaker_of(CAPTION_INTERVIEW, "рост оказался выше прогноза") == "Maxim Reshetnikov"
    assert speaker_of(CAPTION_INTERVIEW, "не хватает инженеров") == "Maxim Reshetnikov"
    assert speaker_of(CAPTION_INTERVIEW, "как вы оцениваете итоги") == "Question"


def test_an_address_whose_first_name_the_page_gives_two_people_names_no_one() -> None:
    # Two Maxims under the caption: the address alone cannot tell which one answers.
    page = CAPTION_INTERVIEW.replace(
        "(Фото Ивана Петрова для журнала)", "и его заместитель Максим Колесников"
    )
    assert speaker_of(page, "рост оказался выше прогноза") == UNKNOWN


# A regional site's digest of an interview: a line telling what the spokesman told a TV host,
# then topic headings over his words, which speak in the first person mostly by verb endings.
DIGEST_OF_INTERVIEW = """\
О чем пресс-секретарь президента России Дмитрий Песков рассказал в интервью Ивану Соколову.

Про рабочий день

Я начинаю утро с обзора прессы, это обязательная часть работы.

Как готовятся ответы

Сначала собираем вопросы, потом сверяем их с тем, что пишут региональные издания. \
Решение всегда остаётся за президентом.

Бывает, что информация из разных источников сильно расходится.
"""


def test_a_digest_of_an_interview_in_the_first_person_is_his() -> None:
    # Before: two paragraphs of four said "я" or "мы" as a word, so the page was no monologue.
    assert speaker_of(DIGEST_OF_INTERVIEW, "обзора прессы") == "Dmitry Peskov"
    assert speaker_of(DIGEST_OF_INTERVIEW, "сверяем их с тем") == "Dmitry Peskov"
    assert speaker_of(DIGEST_OF_INTERVIEW, "рассказал в интервью") == UNKNOWN


def test_a_digest_that_reports_him_stays_a_report() -> None:
    # A paragraph that tells what he said ("по его словам") makes the page a report: its
    # sentences are the site's, not his.
    page = DIGEST_OF_INTERVIEW.replace(
        "Бывает, что информация", "По его словам, бывает, что информация"
    )
    assert speaker_of(page, "сверяем их с тем") != "Dmitry Peskov"


# A newspaper's copy of a joint interview: the standfirst, then an agency's name as the label
# of its question, and the answer under it opening with a reply's dash.
OUTLET_ASKS = """\
Секретарь Совбеза Сергей Шойгу дал интервью российским СМИ

Секретарь Совета безопасности Сергей Шойгу ответил на вопросы журналистов нескольких изданий.

ТАСС: Как вы оцениваете итоги переговоров в Женеве?

- Переговоры были трудными, но полезными. Мы договорились продолжить контакты на уровне экспертов.
"""


def test_an_agencys_question_and_the_dashed_answer_under_it() -> None:
    document = parse_transcript(OUTLET_ASKS, "page")
    asked = next(p for p in document.passages if "итоги переговоров" in p.text)
    answered = next(p for p in document.passages if "трудными, но полезными" in p.text)
    # Before: "ТАСС:" was no label, and the question and the answer were one passage of no one.
    assert asked.speaker == "Question"
    assert "ТАСС:" not in asked.text
    assert answered.speaker == "Sergei Shoigu"
    assert "итоги переговоров" not in answered.text


def test_a_name_that_is_no_outlet_does_not_label_a_question() -> None:
    page = OUTLET_ASKS.replace("ТАСС:", "Главный вопрос:")
    assert speaker_of(page, "итоги переговоров") != "Question"


# An agency's story whose lead names the speaker in the idiom turned round («Внимание на это
# обратил вице-премьер ...»), his quote then closed by "- подчеркнул вице-премьер".
IDIOM_TURNED_ROUND = """\
Новак: соглашение с партнёрами стабилизировало рынок

МОСКВА, 16 октября. /ТАСС/. Соглашение с партнёрами по добыче помогло стабилизировать рынок \
нефти. Внимание на это обратил вице-премьер РФ Александр Новак в интервью телеканалу.

"Это не только мое мнение, это мнение участников рынка, - подчеркнул вице-премьер. - Особенно \
в сегодняшних условиях, когда много неопределенности".
"""


def test_the_idiom_turned_round_names_who_said_it() -> None:
    # Before: "обратил" without "внимание" after it was no verb of saying, so the post in the
    # quote's attribution had no one to refer to.
    assert speaker_of(IDIOM_TURNED_ROUND, "мнение участников рынка") == "Alexander Novak"


PEOPLE = {
    "песков": "Dmitry Peskov",
    "пескова": "Dmitry Peskov",
    "путин": "Vladimir Putin",
    "путина": "Vladimir Putin",
}


@pytest.mark.parametrize(
    "question",
    [
        "Пескова спросили, боится ли Путин неудобных вопросов. Что он ответил?",
        "Пескова попросили объяснить, почему Путин не поехал на саммит",
    ],
)
def test_the_one_they_asked_is_the_one_who_answers(question: str) -> None:
    # Before: "спросили" made the nominative "Путин" the speaker, and Peskov only the topic:
    # the question was filtered to Putin's words.
    parsed = parse_query(question, PEOPLE)
    assert parsed.speakers == ("Dmitry Peskov",)


def test_a_name_asked_by_someone_named_is_still_the_one_asked() -> None:
    # "Журналист спросил Путина" names who asked: Putin is spoken to, as before.
    parsed = parse_query("Что журналист спросил Путина о Пескове?", PEOPLE)
    assert "Vladimir Putin" not in parsed.speakers


# A machine-translated repost: the aide named in full first, then "Putin aide noted" with no
# possessive.
AIDE_WITHOUT_POSSESSIVE = """\
Kremlin sees no progress on the summit, - Putin aide

The summit is not being prepared, the presidential aide for international affairs Yuri \
Ushakov said, reports TASS.

"We are somewhat worried about what happened after the advisers met," - said Ushakov.

Commenting on what worries the Kremlin, Putin aide noted that "from Kiev began to come quite \
mixed signals".
"""


def test_a_name_before_aide_is_whom_the_aide_works_for() -> None:
    # Before: "Putin aide noted" gave the mixed signals to Putin.
    assert speaker_of(AIDE_WITHOUT_POSSESSIVE, "mixed signals") == "Yuri Ushakov"


# A TV interview with the mayor that speaks of his predecessor by surname (in the genitive) and
# by first name and patronymic only, never in full.
MAYOR_PAGES = {
    "mayor.txt": """\
Интервью мэра Москвы Сергея Собянина программе «Познер»

Познер: Гость программы – мэр Москвы Сергей Собянин. Добрый вечер.

Собянин: Добрый вечер.

Познер: Многие критиковали Лужкова после отставки. Как вы к этому относитесь?

Собянин: Я ни разу ничего плохого о Юрии Михайловиче не сказал. Главное – не кто виноват, а что \
делать с транспортом и пробками в городе.
""",
}


def _mayor_index() -> SearchIndex:
    return pages_index(MAYOR_PAGES)


@pytest.mark.parametrize(
    "question",
    ["Что Лужков говорил о Собянине?", "What did Luzhkov say about Sobyanin?"],
)
def test_a_surname_the_pages_hold_but_never_quote_gets_no_answer(question: str) -> None:
    # Before: the pages never name him in full, so he was taken for no one, and Pozner's
    # questions naming both men answered.
    index = _mayor_index()
    # (Known by the speaker table since round 45, so by his full name.)
    assert index.parse(question).speakers == ("Yuri Luzhkov",)
    assert index.search(question).hits == ()


@pytest.mark.parametrize(
    "question",
    ["Что Собянин говорил о Лужкове?", "Что Кремль говорил о пробках?"],
)
def test_a_speakers_surname_or_a_place_is_not_taken_for_an_absent_person(question: str) -> None:
    index = _mayor_index()
    assert not any("Luzhkov" in name for name in index.parse(question).speakers)
    assert not any(name.startswith("Krem") for name in index.parse(question).speakers)


# A paper's copy of a foreign interview: a headline in a label's form, a subtitle naming the
# outlet, then dashed questions and answers with no names.
HEADLINE_LABEL_INTERVIEW = """\
Игорь Ефимов: «Рынок нефти ждут большие перемены»

Интервью главы нефтяной компании итальянской газете

- Вас называют одним из самых влиятельных людей в отрасли. Это так?

- Смешно такое слышать. Я работаю там, где работаю.

- Как часто вы встречаетесь с министром?

- Только когда нужно передать важную информацию о компании.
"""


def test_dashed_answers_under_a_name_in_a_headline_label_are_that_persons() -> None:
    # Before: the headline was no title, and nothing named the one who answers.
    assert speaker_of(HEADLINE_LABEL_INTERVIEW, "Смешно такое слышать") == "Igor Yefimov"
    assert speaker_of(HEADLINE_LABEL_INTERVIEW, "передать важную информацию") == "Igor Yefimov"
    assert speaker_of(HEADLINE_LABEL_INTERVIEW, "Как часто вы встречаетесь") == "Question"


def test_a_headline_label_that_is_no_persons_name_names_no_one() -> None:
    page = HEADLINE_LABEL_INTERVIEW.replace("Игорь Ефимов:", "Нефтяной рынок:")
    assert speaker_of(page, "Смешно такое слышать") == UNKNOWN


def test_an_answer_label_with_no_question_anywhere_parses() -> None:
    # Found by the fuzz test: looking for the first question on a page with none raised.
    document = parse_transcript("ANSWER:0", "page")
    assert [p.text for p in document.passages] == ["0"]


# A news site's story: a title giving a post, a headline in a label's form with that post,
# then the report naming the MP in full and quoting him ("the MP said").
POST_HEADLINE_STORY = """\
Russian MP, author of the draft law, denies rumours of a general call-up

Russian MP: There will be no general call-up in Russia

State Duma deputy Pavel Gromov, one of the authors of the draft law, said in an interview with \
a parliamentary newspaper that "there will be no general call-up."

"The law is not the same as a call-up. It was written to work for a long time," said Gromov.

"During martial law it is the military administration that takes full power," the MP said.
"""


def test_a_post_in_a_headline_label_is_no_speaker() -> None:
    # Before: "Russian MP:" was taken for a label (its last word stands in the title), and the
    # whole story went to a speaker called "Russian MP".
    document = parse_transcript(POST_HEADLINE_STORY, "page")
    assert "Russian MP" not in {p.speaker for p in document.passages}
    assert speaker_of(POST_HEADLINE_STORY, "military administration") == "Pavel Gromov"


def test_an_outlet_the_title_names_labels_questions() -> None:
    page = (
        "Interview with Der Spiegel\n\n"
        "Der Spiegel: Mr President, twenty years have passed since the treaty was signed.\n\n"
        "Dmitry Medvedev: Time has passed very quickly, and much has changed since then.\n"
    )
    assert speaker_of(page, "twenty years have passed") == "Question"


# A news site's story: its second paragraph reports the minister in its own words, then his
# quote, whose opening mark a typo set after the stop before it («усилий." В воскресенье»).
MISPLACED_QUOTE_MARK = """\
Лавров: Турция поддерживает договорённости по Карабаху

Министр иностранных дел Турции Мевлют Чавушоглу выразил поддержку договорённостям о перемирии.

Об этом сообщил глава МИД РФ Сергей Лавров по итогам переговоров с армянским коллегой.\
Лавров отметил, что связывался с турецким министром и рассчитывает на поддержку усилий." \
В воскресенье мы провели телефонный разговор, и поддержка документа была подтверждена", - \
рассказал Лавров. "Теперь, как говорится, дело за малым, надо, чтобы он заработал.
"""


def test_narration_naming_its_sayer_before_a_stray_mark_is_no_quote_going_on() -> None:
    # Before: the mark after "усилий." read as the close of a quote opened in the paragraph
    # above, so the whole paragraph went on with that paragraph's speaker (no one here).
    assert speaker_of(MISPLACED_QUOTE_MARK, "телефонный разговор") == "Sergey Lavrov"


# A think tank's column: rating widgets, the author's name alone on its line, his post as the
# page's heading, then his text in the first person.
COLUMN_UNDER_BYLINE = """\
Оценить статью
(Голосов: 2, Рейтинг: 5)
Поделиться статьей
Андрей Руденко

Чрезвычайный и Полномочный Посол России в Республике Корея, член совета

Главным итогом прошедшего года я бы назвал то, что мы сохранили диалог. Наши отношения прошли \\
испытание непростым временем.
"""


def test_a_column_under_a_name_over_a_post_is_the_authors() -> None:
    # Before: the post was the title, and his words went to no one.
    assert speaker_of(COLUMN_UNDER_BYLINE, "сохранили диалог") == "Andrey Rudenko"


def test_a_name_over_a_heading_that_is_no_post_names_no_author() -> None:
    page = COLUMN_UNDER_BYLINE.replace(
        "Чрезвычайный и Полномочный Посол России в Республике Корея, член совета",
        "Итоги года в отношениях двух стран",
    )
    assert speaker_of(page, "сохранили диалог") != "Andrey Rudenko"


# A page of a speaker whose surname the table also gives to another official, who says nothing
# here (the table's Alexey Zaitsev of the Foreign Ministry).
NAMESAKE_PAGES = {
    "namesake.txt": """\
Интервью Юрия Зайцева газете «Известия»

Юрий Зайцев: Переговоры идут трудно, но мы рассчитываем на результат уже в этом году.
""",
}


def test_a_surname_a_speaker_here_has_is_his_not_the_tables_namesakes() -> None:
    # Before: "Zaitsev" alone read as the table's Alexey Zaitsev, absent here: no answer.
    documents = load_corpus(pages_folder(NAMESAKE_PAGES)).documents
    index = SearchIndex(documents)
    speaker = documents[0].passages[-1].speaker
    assert speaker.startswith("Yuri Za")
    for question in ("What did Zaitsev say about the talks?", "Что Зайцев говорил о переговорах?"):
        assert index.parse(question).speakers == (speaker,)
        assert index.search(question).hits


def test_the_russian_senator_is_the_one_named_and_a_bare_senator_is_not() -> None:
    page = (
        'Senator Konstantin Kosachev said Moscow would keep its ties with Caracas. "We will not '
        'obey," Kosachev said.\n'
        "Regarding the sanctions, the Russian senator said they were meant to punish Venezuela.\n"
        'Senator Blake told reporters the bill would pass. "It will pass," the senator said.\n'
    )
    # Before: "the Russian senator" named no post of our side, so his words went to no one.
    assert speaker_of(page, "meant to punish") == "Konstantin Kosachev"
    # An American senator's words never go to the Russian named before.
    assert speaker_of(page, "It will pass") != "Konstantin Kosachev"
