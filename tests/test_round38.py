"""Round 38: layouts met on real pages this round.

The pages here are written for these tests in the layouts met on those sites.
"""

from __future__ import annotations

import datetime as dt

from retrieval.transcript import parse_transcript
from retrieval.transcript._dates import date_line
from tests.conftest import pages_index, speaker_of

# A news site's retelling of an interview, of the years when Medvedev was the premier: the
# headline names him, the first quote's verb has only his post.
_PREMIER_INTERVIEW = """\
Дмитрий Медведев дал интервью газете The Guardian

"Я пока не думаю о пенсии, - сказал премьер-министр. - Работы в правительстве хватит еще \
на много лет вперед".

Медведев также рассказал о планах по развитию Дальнего Востока.
"""


def test_the_premier_of_a_story_about_medvedev_alone_is_medvedev() -> None:
    # Before: the president-who-was-premier was never taken for "премьер-министр" unless the
    # story had called him so, and the quote stayed nobody's.
    assert speaker_of(_PREMIER_INTERVIEW, "думаю о пенсии") == "Dmitry Medvedev"
    # Once the story has named a foreign premier, "the premier" may be him: no one's.
    other = _PREMIER_INTERVIEW.replace(
        '"Я пока',
        'Накануне премьер-министр Великобритании Кир Стармер провел встречу.\n\n"Я пока',
    )
    assert speaker_of(other, "думаю о пенсии") != "Dmitry Medvedev"


# A copy whose encoding turned every guillemet into "?": a lead naming the spokeswoman, then
# her answer and a second quote in the broken marks.
_LOST_GUILLEMETS = """\
Москва пока не получила ответа из Брюсселя на свою ноту. Об этом заявила в среду на брифинге \
официальный представитель МИД РФ Мария Захарова.
?Нет, — сказала она, отвечая на вопрос журналиста. — Мы направили ноту и ждем ответа в \
установленный срок?.
Захарова также отметила, что ?подобные задержки вредят диалогу?.
"""


def test_question_marks_standing_for_lost_guillemets_are_quotes_again() -> None:
    # Before: the page's quotes were no quotes, and every passage stayed nobody's.
    assert speaker_of(_LOST_GUILLEMETS, "ждем ответа") == "Maria Zakharova"
    document = parse_transcript(_LOST_GUILLEMETS, "page")
    text = " ".join(p.text for p in document.passages)
    assert "«подобные задержки вредят диалогу»" in text
    # A real question mark after a word is left alone.
    asked = _LOST_GUILLEMETS.replace("ждем ответа в", "ждем ответа. Почему так долго? Ждем в")
    assert "Почему так долго? Ждем" in " ".join(
        p.text for p in parse_transcript(asked, "page").passages
    )


# A paper's retelling of a president's address: the verbs are set phrases, one with an
# adverb between the subject and the verb.
_ADDRESS_RETOLD = """\
Послание Путина: армия, демография, коррупция

Главными темами послания Владимира Путина стали армия и демография.

Президент сделал акцент на том, что доверие граждан к крупному бизнесу остается низким.

В то же время, президент ребром поставил вопрос о борьбе с коррупцией в регионах.
"""


def test_laying_stress_and_raising_a_question_are_saying() -> None:
    # Before: both paragraphs stayed nobody's.
    assert speaker_of(_ADDRESS_RETOLD, "доверие граждан") == "Vladimir Putin"
    assert speaker_of(_ADDRESS_RETOLD, "коррупцией в регионах") == "Vladimir Putin"


# A news site's dossier: a headline line that calls the minister by what he does.
_SMOKER_HEADLINE = """\
Лавров рассказал о своих привычках

Курильщик Лавров назвал избыточным российское антитабачное законодательство
Министр признался, что сам курит немного, но законы считает слишком строгими.
"""


def test_a_noun_for_a_doer_before_a_known_surname_is_no_first_name() -> None:
    # Before: the line went to a "Kurilshchik Lavrov".
    assert speaker_of(_SMOKER_HEADLINE, "антитабачное") == "Sergey Lavrov"
    # A first name before the surname is still somebody else's.
    other = _SMOKER_HEADLINE.replace("Курильщик Лавров", "Михаил Лавров")
    assert speaker_of(other, "антитабачное") != "Sergey Lavrov"


def test_more_verbs_of_a_retelling() -> None:
    page = (
        "Zakharova on Moldova\n\n"
        "Также Захарова предостерегла власти Молдавии от призывов к выводу миротворцев.\n\n"
        "Lavrov met Wang Yi in Guilin.\n\n"
        "He denounced the claims that the two countries pursue vaccine diplomacy.\n\n"
        "He informed the media that the leaders would speak by telephone next week.\n"
    )
    assert speaker_of(page, "к выводу миротворцев") == "Maria Zakharova"
    assert speaker_of(page, "vaccine diplomacy") == "Sergey Lavrov"
    assert speaker_of(page, "by telephone") == "Sergey Lavrov"


def test_a_dateline_with_the_agency_after_a_comma_gives_the_day() -> None:
    page = (
        "Захарова назвала страны, которые поддержали Россию\n\n"
        "МОСКВА, 28 февраля, ФедералПресс. У России есть друзья среди иностранных государств, "
        "заявила официальный представитель МИД Мария Захарова.\n"
    )
    document = parse_transcript(page, "page")
    # Before: the page had no day at all, and "in February" could not be checked against it.
    assert document.date is None
    assert document.yearless_day == (2, 28)
    # Without the agency the line is no dateline.
    plain = page.replace("МОСКВА, 28 февраля, ФедералПресс. ", "")
    assert parse_transcript(plain, "page").yearless_day is None


# A repost of a TV story under a headline in title case, then a lead whose attribution is a
# passive "relayed by" the ambassador, and a report whose verbs are "alleges" and "found".
_TITLE_CASE_STORY = """\
Russian Ambassador Disarms Lying American Press in Candid Interview

Russia offered the US cooperation on counter-terrorism. This was relayed by Russian \
Ambassador Anatoly Antonov.

Russian Ambassador Andrei Kelin alleges that media figures suggested he seek asylum in the UK.

UK Foreign Secretary David Lammy accused Moscow of imperial ambitions on Thursday.

Kelin found these comments to be “offensive” and “rude.”
"""


def test_two_capitalised_words_of_a_title_case_headline_are_no_name() -> None:
    # Before: the page's speaker was a person called "Disarms Lying"; the interview's giver
    # is the ambassador its lead names.
    document = parse_transcript(_TITLE_CASE_STORY, "page")
    assert document.speaker == "Anatoly Antonov"
    # A title that names an interviewee by first name and surname keeps him.
    named = _TITLE_CASE_STORY.replace("Disarms Lying", "Anatoly Antonov on")
    assert parse_transcript(named, "page").speaker == "Anatoly Antonov"


def test_relayed_alleges_and_found_these_comments_are_saying() -> None:
    assert speaker_of(_TITLE_CASE_STORY, "counter-terrorism") == "Anatoly Antonov"
    assert speaker_of(_TITLE_CASE_STORY, "seek asylum") == "Andrei Kelin"
    assert speaker_of(_TITLE_CASE_STORY, "“rude.”") == "Andrei Kelin"
    # Finding a thing is no judgement of words.
    found = _TITLE_CASE_STORY.replace("found these comments to be", "found the city to be")
    assert speaker_of(found, "“rude.”") != "Andrei Kelin"


def test_a_sites_founding_date_in_its_blurb_is_no_events() -> None:
    page = (
        "Tuesday, June 6, 2023\n\n"
        "Russia Day Reception 2022\n\n"
        "EMBASSY NEWS Reaching out the world from The Hague. Founded by members of the "
        "diplomatic corps on June 19th, 2013.\n\n"
        "On the occasion of Russia Day, Ambassador Alexander Shulgin organized a reception in "
        "The Hague on 9 June 2022.\n\n"
        "Ambassador Alexander Shulgin noted that sovereignty remains the core of the holiday.\n"
    )
    # Before: the page was dated on the day the site was founded, 2013-06-19.
    assert parse_transcript(page, "page").date == dt.date(2022, 6, 9)


def test_a_date_line_with_a_village_abbreviated_gives_date_and_place() -> None:
    line = "19 июля 2007 года, Республика Мордовия, с.Старая Теризморга"
    found = date_line(line)
    # Before: the village's "с." made the whole line no date line.
    assert found is not None
    assert found.date == dt.date(2007, 7, 19)
    assert found.place == "Республика Мордовия, с.Старая Теризморга"


# A tag page of a security council's site: items, each a headline whose "label" is a post
# of the council, a date line and a lead.
_TAG_PAGE = """\
Secretary of the Security Council: the West pursues a colonial policy

21.09.2021, Moscow.

The agreements reached during the visit are veiled colonialism, the Secretary of the \
Security Council of Russia Nikolai Patrushev told journalists on September 21.

Continue reading

Secretary of Russian Security Council: NGOs are increasingly influencing the West

30.04.2021, Moscow.

Reports by non-governmental organizations increasingly influence Western decisions, \
Secretary of the Russian Security Council Nikolai Patrushev said in an interview.
"""


def test_a_headline_whose_label_is_an_institutions_post_is_no_turn() -> None:
    # Before: "Secretary of Russian Security Council:" was a speaker's label, the page a
    # transcript, the first item nobody's and the rest "Security Council"'s.
    assert speaker_of(_TAG_PAGE, "veiled colonialism") == "Nikolai Patrushev"
    assert speaker_of(_TAG_PAGE, "non-governmental") == "Nikolai Patrushev"
    speakers = {p.speaker for p in parse_transcript(_TAG_PAGE, "page").passages}
    assert "Security Council" not in speakers


def test_an_authors_byline_over_the_first_headline_is_no_turn() -> None:
    page = (
        "Sergey Karnaukhov: The spring session of the State Duma opened with a speech by "
        "its Chairman\n\n"
        "Chairman of the State Duma Vyacheslav Volodin, speaking at the opening of the "
        "session, said that there are 1,057 bills in the portfolio.\n\n"
        '"This year is special for us," Volodin said.\n\n'
        "Volodin:\n\n"
        '"The State Duma is waiting for a bill from the government."\n'
    )
    # Before: the whole page was the byline's author's turn.
    assert speaker_of(page, "1,057 bills") == "Vyacheslav Volodin"
    assert speaker_of(page, "special for us") == "Vyacheslav Volodin"


def test_a_known_surname_a_letter_off_under_a_first_name_cut_short_is_his() -> None:
    page = (
        "Russia confirms contacts with Hamas\n\n"
        "Andre Neterenko, spokesman for the Russian Foreign Ministry, said in a statement "
        "that contacts with Hamas would go on.\n"
    )
    # Before: the page's typo made a person "Andre Neterenko".
    assert speaker_of(page, "contacts with Hamas would") == "Andrey Nesterenko"
    # Another known first name under a surname a letter off is somebody else.
    other = page.replace("Andre Neterenko", "Pavel Neterenko")
    assert speaker_of(other, "contacts with Hamas would") == "Pavel Neterenko"


# A newspaper's interview under a title that names its giver by post alone, its lead naming
# him; questions without labels; a "Published" stamp under an "Updated" one.
_POST_TITLED_INTERVIEW = """\
Full transcript of the interview with Russian Ambassador

The claims are fabricated, says Russia's Ambassador to India Alexander Kadakin, in an \
interview with The Hindu's Suhasini Haidar. Excerpts:

Updated - September 23, 2017 12:53 pm IST

Published - July 21, 2014 10:39 am IST

How do you respond to the allegations by the Ukrainian government?

We are profoundly shocked by the tragedy, and have offered condolences at the highest level.
"""


def test_an_interview_titled_by_post_is_given_by_the_one_its_lead_names() -> None:
    document = parse_transcript(_POST_TITLED_INTERVIEW, "page")
    # Before: the answers were nobody's, and the page dated when it was edited.
    assert speaker_of(_POST_TITLED_INTERVIEW, "profoundly shocked") == "Alexander Kadakin"
    assert document.date == dt.date(2014, 7, 21)
    # Without its post in the lead, the person named is no interviewee of the title's.
    other = _POST_TITLED_INTERVIEW.replace("says Russia's Ambassador to India", "says")
    assert parse_transcript(other, "page").speaker is None


def test_a_sayers_name_cut_to_two_letters_at_the_pages_end_is_completed() -> None:
    page = (
        "Грушко прокомментировал роль ЕС\n\n"
        "МОСКВА, 30 янв - РИА Новости. Евросоюз не может быть наблюдателем на Украине, "
        "заявил замглавы МИД России Александр Грушко.\n\n"
        '"Евросоюз - нет, сразу говорю. Евросоюз - сторона в конфликте", - подчеркнул Гр'
    )
    # Before: a name cut to two letters was left cut, and the quote nobody's.
    assert speaker_of(page, "сразу говорю") == "Alexander Grushko"


def test_giving_an_example_is_saying() -> None:
    page = (
        "Интервью президента\n\n"
        "Президент Финляндии Саули Ниинисто посетил Москву.\n\n"
        "Также в разговоре была затронута тема Сирии. Путин привел в пример Афганистан, "
        "куда ввели войска, а теперь весь мир думает, как оттуда выйти.\n"
    )
    # Before: the example was nobody's.
    assert speaker_of(page, "привел в пример") == "Vladimir Putin"


def test_kem_is_a_word_of_asking() -> None:
    from retrieval.stopwords import is_stop_surface

    # Before: «Кем посол назвал Казахстан?» weighed «кем» as content the answer lacks.
    assert is_stop_surface("кем", "ru")


def test_a_question_on_the_main_subject_finds_the_central_topic() -> None:
    index = pages_index(
        {
            "laquila.txt": "Press conference following the G8 summit\n\nJuly 10, 2009, "
            "L'Aquila\n\nDmitry Medvedev: The central topic of our discussions was "
            "stimulating growth in the world economy and the exit from the crisis.\n"
        }
    )
    result = index.search("what was the main subject of the g8 talks according to Medvedev")
    # Before: "main", "subject" and "talks" were words the page never says: no answer.
    assert result.hits
    assert "central topic of our discussions" in result.hits[0].passage.text


def test_a_known_surname_in_the_genitive_before_a_post_owns_no_post() -> None:
    page = (
        "Грызлов ответил на вопросы читателей\n\n"
        "Покупать голоса не нужно, заявил спикер Госдумы Борис Грызлов.\n\n"
        "В ответ на вопрос о знаменитом высказывании Грызлова «Парламент не место для "
        "дискуссий» спикер сослался на то, что тогда в Думе вопросы решались кулаками.\n"
    )
    # Before: "Грызлова спикер" read as someone else's speaker, and the words nobody's.
    assert speaker_of(page, "решались кулаками") == "Boris Gryzlov"


def test_a_noun_of_action_finds_its_verb() -> None:
    from retrieval.tokenizer import Analyzer
    from retrieval.word_forms import WordForms

    forms = WordForms(Analyzer())
    # Before: «дестабилизации» and «дестабилизировать» had no term in common.
    assert "дестабилизиров" in forms.derived("дестабилизации")
    assert "модернизац" in forms.derived("модернизировать")
    # A short root gives nothing.
    assert "акиров" not in forms.derived("акции")


def test_a_questions_frame_verb_weighs_little_when_the_answer_lacks_it() -> None:
    index = pages_index(
        {
            "geneva.txt": "Бородавкин о переговорах по Украине\n\n"
            "Постпред России Алексей Бородавкин рассказал журналистам об итогах встречи в "
            "Женеве.\n\n"
            "«Переговоры были очень сложными и трудоемкими, продолжались они фактически весь "
            "день», — сказал Бородавкин.\n"
        }
    )
    result = index.search("Как Бородавкин описал переговоры?")
    # Before: «описал», a word no answer repeats, weighed as much as «переговоры»: no answer.
    assert result.hits
    assert "сложными и трудоемкими" in result.hits[0].passage.text


def test_the_missions_deputies_by_initials_are_the_tables_people() -> None:
    page = (
        "Выступление заместителя Постоянного представителя России при ООН Г.В.Кузьмина\n\n"
        "Г.В.Кузьмин: Г-н Председатель, Российская сторона рассматривает принятую резолюцию "
        "как неправомерный шаг.\n\n"
        "Г.Е.Лукьянцев: Настало время задуматься, чем стал Совет по правам человека.\n"
    )
    # Before: "G.V.Kuzmin" and "G.Ye.Lukyantsev", names no question writer uses.
    assert speaker_of(page, "неправомерный шаг") == "Gennady Kuzmin"
    assert speaker_of(page, "Настало время") == "Grigory Lukyantsev"
    # Kuzmin is a common surname: alone, or with one initial, it names no one in particular.
    from retrieval.speakers import canonical_speaker

    assert canonical_speaker("Кузьмин") == "Kuzmin"
