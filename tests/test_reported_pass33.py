"""Who said it, pass 33 (set AV's layouts, read after its one clean run): interviews whose lead
names the one interviewed in another case or by surname, an outlet's initials over its
questions, three initials of a name with its patronymic, a name the table knows under initials
it holds only in part, a foreign surname in the instrumental, the one told after a sayer's
surname, "the <nationality> diplomat", speech with no quote marks closed by a dash, and the
statement a quote "follows from".

The pages here are written for these tests in the layouts met on such sites. A wrong speaker
is the worst bug: where the page does not say who speaks, the passage stays unknown.
"""

from __future__ import annotations

import pytest

from retrieval.russian_names import nominative
from retrieval.speakers import canonical_speaker
from retrieval.transcript import parse_transcript
from tests.conftest import speaker_of

UNKNOWN = "Unknown speaker"

# An agency's story: the president's words to a guest, the guest named after the verb in the
# dative ("— сказал Путин Гостеву"), not a second word of the president's name.
TOLD_IN_THE_DATIVE = (
    "Президент России Владимир Путин встретился в Ново-Огарево с президентом Монголии "
    "Ухнагийном Хурэлсухом.\n"
    "«Рад вас видеть. Мы недавно говорили по телефону и договорились продолжить разговор "
    "лично, — сказал Путин Хурэлсуху. — Давайте обсудим поставки топлива и новую дорогу».\n"
    "Стороны также затронули гуманитарные связи.\n"
)


def test_the_one_told_in_the_dative_is_no_part_of_the_sayers_name() -> None:
    assert speaker_of(TOLD_IN_THE_DATIVE, "Рад вас видеть") == "Vladimir Putin"


def test_a_first_name_and_a_surname_after_the_verb_stay_one_name() -> None:
    page = (
        "Министр провел совещание.\n"
        "«Учения завершены успешно, все задачи выполнены», — сказал Сергей Шойгу.\n"
    )
    assert speaker_of(page, "Учения завершены успешно") == "Sergei Shoigu"


WEEKDAY_AFTER_NAME = (
    "Kyrgyzstan values its ties with Moscow, envoy says\n\n"
    "The Ambassador of Kyrgyzstan in Russia Aidar Tokonov said that the two countries would "
    "keep working on the new customs rules.\n\n"
    "“We discussed every point of the customs agreement and we found answers to most of them,” "
    "said Tokonov Wednesday at a reception in Moscow.\n"
)


def test_a_weekday_after_a_surname_is_no_part_of_the_name() -> None:
    assert speaker_of(WEEKDAY_AFTER_NAME, "We discussed every point") == "Aidar Tokonov"


@pytest.mark.parametrize(
    ("label", "name"),
    [
        # The table gives Borodavkin only his first initial: a second one is still him.
        ("А.Н.Бородавкин", "Alexey Borodavkin"),
        ("A.N.Borodavkin", "Alexey Borodavkin"),
        ("Посол России А.Н. Бородавкин", "Alexey Borodavkin"),
    ],
)
def test_two_initials_name_a_known_person_the_table_gives_one_initial(
    label: str, name: str
) -> None:
    assert canonical_speaker(label) == name


@pytest.mark.parametrize(
    "label",
    [
        "Б.Н.Бородавкин",  # another first initial: someone else
        "С.А.Лавров",  # the table gives Lavrov two initials, and the second differs
    ],
)
def test_initials_the_table_contradicts_name_someone_else(label: str) -> None:
    assert canonical_speaker(label) not in ("Alexey Borodavkin", "Sergey Lavrov")


INITIALLED_INTERVIEW = (
    "Интервью Посла России в Казахстане А.Н.Бородавкина агентству «Хабар», 5 марта 2023 г.\n\n"
    "Д.Ахметов: Алексей Николаевич, спасибо, что нашли время. Как вы оцениваете год?\n"
    "А.Н.Бородавкин: Год был насыщенным. Мы провели межрегиональный форум и открыли два "
    "новых консульства.\n"
)


def test_an_initialled_answer_label_is_the_known_ambassador() -> None:
    assert speaker_of(INITIALLED_INTERVIEW, "Год был насыщенным") == "Alexey Borodavkin"


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["славенко", "терзичем"], ["славенко", "терзич"]),  # instrumental after «с»
        (["марко", "додиком"], ["марко", "додик"]),
        (["марио", "драги"], ["марио", "драги"]),  # no genitive of "Драгя"
        (["маттео", "сальвини"], ["маттео", "сальвини"]),
        (["си", "цзиньпина"], ["си", "цзиньпин"]),  # the genitive of a Chinese name
        (["василия", "небензи"], ["василий", "небензя"]),  # the first name's case decides
    ],
)
def test_the_nominative_of_a_foreign_name(words: list[str], expected: list[str]) -> None:
    assert nominative(words) == expected


INSTRUMENTAL_TITLE = (
    "Дата публикации: 12.03.2024\n\n"
    "Интервью с бывшим послом Сербии в России, профессором Драгомиром Станичем\n\n"
    "— Как вы оцениваете нынешние отношения двух стран?\n\n"
    "— Они остаются братскими, несмотря на давление извне. Сербия не присоединилась к "
    "санкциям и не присоединится.\n"
)


def test_an_interviewee_named_in_the_instrumental_in_the_title() -> None:
    assert speaker_of(INSTRUMENTAL_TITLE, "Они остаются братскими") == "Dragomir Stanich"


TALKED_WITH = (
    "Новости Таджикистана\n\n"
    "Соколов: в Душанбе российские дипломаты чувствуют себя как дома\n\n"
    "Душанбе - Asia-Plus. Скоро День дипломатического работника. Накануне праздника мы "
    "пообщались с послом России в Таджикистане Игорем Соколовым.\n\n"
    "– Игорь Петрович, каким был для посольства прошедший год?\n\n"
    "– Год был очень насыщенным. Мы провели больше сорока встреч на высоком уровне и "
    "открыли новый культурный центр в Худжанде.\n"
)


def test_the_one_talked_with_after_his_post_answers_the_dash_interview() -> None:
    assert speaker_of(TALKED_WITH, "Год был очень насыщенным") == "Igor Sokolov"


def test_the_lead_of_the_one_talked_with_stays_narration() -> None:
    assert speaker_of(TALKED_WITH, "Скоро День дипломатического работника") == UNKNOWN


SURNAME_TOLD_IN_LEAD = (
    "Посол РФ: Душанбе остается нашим ближайшим партнером\n\n"
    "Президент России Владимир Путин в мае назначил Игоря Соколова послом РФ в Таджикистане. "
    "В своем первом интервью для ТАСС на новом посту Соколов рассказал о планах посольства.\n\n"
    "— Игорь Петрович, что изменилось в Душанбе с вашей прошлой командировки?\n\n"
    "— Город очень вырос. Появились новые кварталы, а отношение к России осталось таким же "
    "теплым.\n"
)


def test_a_surname_that_tells_in_the_lead_names_the_one_named_in_full_before() -> None:
    assert speaker_of(SURNAME_TOLD_IN_LEAD, "Город очень вырос") == "Igor Sokolov"


def test_the_president_who_appointed_him_is_not_the_interviewee() -> None:
    assert speaker_of(SURNAME_TOLD_IN_LEAD, "Город очень вырос") != "Vladimir Putin"


OUTLET_INITIALS = (
    "Интервью Посла для журнала «Международная жизнь»\n\n"
    "Опубликовано в номере 3/2021\n\n"
    "Черногория – небольшая страна с большой историей. «Черногорцы нас хорошо знают, – "
    "говорит посол России в Подгорице Владимир Дьяков. – Здесь отдыхают тысячи россиян, и "
    "многие купили здесь дома».\n\n"
    "МЖ: Как черногорцы отнеслись к вступлению страны в НАТО?\n\n"
    "Мнения разделились. Многие были против, но их голос не услышали.\n\n"
    "МЖ: А как развиваются связи в культуре?\n\n"
    "Очень хорошо. В этом году у нас прошли дни российского кино.\n"
)


def test_an_outlets_initials_over_questions_label_the_interviewer() -> None:
    assert speaker_of(OUTLET_INITIALS, "Как черногорцы отнеслись") == "Question"


def test_the_answers_under_an_outlets_questions_are_the_one_the_lead_names() -> None:
    assert speaker_of(OUTLET_INITIALS, "Мнения разделились") == "Vladimir Dyakov"
    assert speaker_of(OUTLET_INITIALS, "В этом году у нас прошли") == "Vladimir Dyakov"


def test_the_quote_in_the_lead_is_his_and_the_narration_is_nobodys() -> None:
    assert speaker_of(OUTLET_INITIALS, "Черногорцы нас хорошо знают") == "Vladimir Dyakov"
    assert speaker_of(OUTLET_INITIALS, "Опубликовано в номере") == UNKNOWN


def test_capitals_over_one_statement_are_not_an_interviewers_label() -> None:
    # Capitals over lines that ask nothing name no one: the text is nobody's we can name.
    page = OUTLET_INITIALS.replace(
        "МЖ: А как развиваются связи в культуре?", "МЖ: Связи в культуре развиваются."
    )
    assert speaker_of(page, "Мнения разделились") != "Vladimir Dyakov"


THREE_INITIALS = (
    "Exclusive Interview – His Excellency Mr. Oleg Nikolaevich Sokolov\n\n"
    "Russian Federation’s Ambassador to Bangladesh\n\n"
    "Dhaka Tribune (DT): How do you see the state of relations between our countries?\n\n"
    "The relations are good and growing. Trade has doubled in three years.\n\n"
    "DT: What about the nuclear plant at Rooppur?\n\n"
    "ONS: It is the biggest project we have here. The first unit will start this year.\n"
)


def test_three_initials_name_the_one_the_title_names_with_his_patronymic() -> None:
    assert speaker_of(THREE_INITIALS, "It is the biggest project") == "Oleg Sokolov"


NATIONAL_DIPLOMAT = (
    "Jordan’s envoy praises student exchanges with Russia\n"
    "MOSCOW, May 4. /TASS/. Jordan will send more students to Russian universities, Jordanian "
    "Ambassador to Russia Khaled Shawabkeh said in an interview with TASS.\n"
    '"Our students value the quality of Russian engineering and medical schools," he said.\n'
    "The Jordanian diplomat also hailed cultural contacts. "
    '"Russian tourists discover Petra and the Dead Sea every year," he noted.\n'
)


def test_the_diplomat_of_a_nationality_is_the_one_named_with_it() -> None:
    assert speaker_of(NATIONAL_DIPLOMAT, "The Jordanian diplomat also") == "Khaled Shawabkeh"
    assert speaker_of(NATIONAL_DIPLOMAT, "Russian tourists discover Petra") == "Khaled Shawabkeh"


def test_a_nationality_no_one_was_named_with_names_no_one() -> None:
    page = NATIONAL_DIPLOMAT.replace("The Jordanian diplomat", "The Egyptian diplomat")
    assert speaker_of(page, "Russian tourists discover Petra") != "Khaled Shawabkeh"


UNQUOTED_SPEECH = (
    "Rally in Yerevan a “provocation” - Zakharova | News\n"
    "12 June 2020, 10:15\n\n"
    "Foreign Ministry spokeswoman Maria Zakharova called yesterday’s rally a provocation, as "
    "cited by RIA Novosti.\n\n"
    "What happened yesterday is nothing but a planned provocation. Our citizens were insulted "
    "in the street, and this cannot go unanswered, – she said.\n\n"
    "Earlier, several hundred people gathered near the embassy.\n"
)


def test_speech_without_quote_marks_closed_by_a_dash_is_all_hers() -> None:
    assert speaker_of(UNQUOTED_SPEECH, "What happened yesterday is nothing") == "Maria Zakharova"
    assert speaker_of(UNQUOTED_SPEECH, "several hundred people gathered") == UNKNOWN


FOLLOWS_FROM = (
    "МИД РФ осудил заявление о переносе посольства\n\n"
    "Москва. 3 июня. INTERFAX.RU - Решение о переносе посольства ошибочно и ведет к новому "
    "витку напряженности, следует из комментария официального представителя МИД РФ Марии "
    'Захаровой. "Считаем подобные шаги недопустимыми.\n\n'
    'Они подрывают усилия по урегулированию и противоречат резолюциям СБ ООН", - говорится в '
    "ее заявлении на сайте министерства.\n"
)


def test_words_that_follow_from_her_comment_are_hers() -> None:
    assert speaker_of(FOLLOWS_FROM, "Считаем подобные шаги") == "Maria Zakharova"
    assert speaker_of(FOLLOWS_FROM, "Они подрывают усилия") == "Maria Zakharova"


def test_an_agency_relaying_an_aides_words_names_the_aide() -> None:
    page = (
        "Песков рассказал о планах президента\n\n"
        "Президент России Владимир Путин не планирует поездку на саммит, приводит РИА Новости "
        "слова пресс-секретаря главы государства Дмитрия Пескова.\n"
    )
    assert speaker_of(page, "не планирует поездку") == "Dmitry Peskov"


# A city paper's page: the headline names the ambassador by his post (his country's long
# name, then where he serves), then quotes under dashes that "the head of the mission" says.
HEADLINE_POSTED = (
    "Посол Народной Республики Бангладеш в России Рафик Мавлюд любит гулять по Арбату\n\n"
    "Бенгальские сладости на посольском столе\n\n"
    "Общество\n"
    "ТОЛЬКО У НАС. Бенгальские сладости стали одним из самых популярных угощений на "
    "фестивале «Зимняя Москва». Об этом рассказали организаторы.\n\n"
    "С господином послом говорим по-русски. Мистер Рафик Мавлюд в Москве давно и любит ее "
    "зимой.\n\n"
    "— Москва к праздникам становится еще красивее, улицы украшают, — говорит глава "
    "дипмиссии, с которым мы идем по Старому Арбату.\n"
)


def test_a_state_s_long_name_is_no_persons_name() -> None:
    from retrieval.speakers import person_name

    assert person_name("Социалистической Республики") is None
    assert person_name("Народной Республики") is None


def test_the_head_of_the_mission_is_the_one_the_headline_names_by_post() -> None:
    assert speaker_of(HEADLINE_POSTED, "Москва к праздникам") == "Rafik Mavlyud"


LATIN_IN_BRACKETS = (
    "Посол Бразилии в РФ Родригу Мендес Салгаду (Rodrigo Mendes Salgado) давно живет в Москве.\n"
    "Журнал «Дипломат» побеседовал с Его Превосходительством Р.М. Салгаду.\n"
    "Д: Ваше превосходительство, как вы стали дипломатом?\n"
    "Р.М. Салгаду: Я изучал право и историю, а потом сдал экзамен в институт Риу-Бранку.\n"
)


def test_an_initialled_label_takes_the_latin_name_the_page_gives_in_brackets() -> None:
    assert speaker_of(LATIN_IN_BRACKETS, "Я изучал право") == "Rodrigo Mendes Salgado"


def test_a_date_and_a_dash_before_the_first_sentence_date_the_story() -> None:
    page = (
        "See what the Russian ambassador has said about Kenya's new defence pact?\n\n"
        "Monday, March 4, 2024 - A day after the pact was signed, the Russian Ambassador to "
        "Kenya Ivan Sidorov said relations would stay friendly.\n\n"
        "“We respect Kenya's choices and we will keep working together,” he said.\n"
    )
    document = parse_transcript(page, "dated")
    assert str(document.date) == "2024-03-04"


def test_a_link_to_the_site_glued_to_the_first_sentence_names_no_one() -> None:
    page = (
        "Russia raises the question of the new pact in Vienna\n"
        "Read on the website Caucasus HeraldRussia has voiced its concern over the new naval "
        "pact during talks in Geneva, Russian Deputy Foreign Minister Sergey Ryabkov told "
        "journalists on Thursday.\n"
        '"We conveyed our concerns to the Americans directly," the senior diplomat said.\n'
    )
    assert speaker_of(page, "We conveyed our concerns") == "Sergey Ryabkov"
    assert speaker_of(page, "has voiced its concern") == "Sergey Ryabkov"


COLON_SPEECH = (
    "Состоялась встреча президентов Армении и России\n"
    "12 марта 2024, 11:00\n"
    "12 марта состоялась встреча Президента Республики Армения Ваагна Хачатуряна с Президентом "
    "Российской Федерации Владимиром Путиным.\n"
    "Выступая на встрече, Президент Ваагн Хачатурян сказал:\n"
    "-Уважаемый Владимир Владимирович, рад снова вас видеть. Спасибо за приглашение!\n"
    "Мы встречаемся регулярно, и наши договоренности выполняются.\n"
    "Хотел бы отметить, что мы довольны ростом торговли между нашими странами.\n"
)


def test_a_speech_after_a_colon_that_announces_it_is_the_announced_ones() -> None:
    assert speaker_of(COLON_SPEECH, "рад снова вас видеть") == "Vahagn Khachaturyan"
    assert speaker_of(COLON_SPEECH, "Хотел бы отметить") == "Vahagn Khachaturyan"
    assert speaker_of(COLON_SPEECH, "Выступая на встрече") == UNKNOWN


def test_an_adverb_between_a_post_and_its_verb_keeps_the_post_the_subject() -> None:
    page = (
        "МИД удивлен реакцией Манилы\n\n"
        "Официальный представитель МИД Мария Захарова заявила, что Москва удивлена реакцией "
        "Манилы на заход корабля.\n\n"
        "Российский дипломат особо отметила, что заход был абсолютно правомерным.\n"
    )
    assert speaker_of(page, "заход был абсолютно правомерным") == "Maria Zakharova"


def test_words_an_agency_is_said_to_relay_in_the_passive_are_hers() -> None:
    page = (
        "Захарова опровергла слухи о переговорах\n\n"
        "Официальный представитель МИД России Мария Захарова опровергла слухи о тайных "
        "переговорах.\n"
        "«У меня нет никакой информации об этом, кроме слухов в сети», — приводятся слова "
        "Захаровой в материале агентства.\n"
    )
    assert speaker_of(page, "У меня нет никакой информации") == "Maria Zakharova"


HEADLINE_LABEL_OVER_A_LIST = (
    "Лавров о переговорах в Женеве и отношениях с Азией\n"
    "Лавров: Москва ждет ответа Вашингтона, но «без спешки»\n"
    "Министр иностранных дел России Сергей Лавров в ходе пресс-конференции ответил на вопросы "
    "журналистов. Основные заявления главы МИДа — в материале «Ъ».\n"
    "О переговорах в Женеве\n"
    "- Москва ждет ответа Вашингтона «без всякой спешки» и не будет торопить партнеров.\n"
    "- Россия готова «продолжить консультации» на уровне экспертов.\n"
)


def test_a_list_of_statements_under_a_headline_in_a_labels_form_is_his() -> None:
    page = HEADLINE_LABEL_OVER_A_LIST
    assert speaker_of(page, "Москва ждет ответа Вашингтона «без") == "Sergey Lavrov"
    assert speaker_of(page, "Россия готова") == "Sergey Lavrov"
    assert speaker_of(page, "в ходе пресс-конференции") == UNKNOWN


def test_this_then_a_clause_then_said_names_her() -> None:
    page = (
        "Federation Council to host delegations from Laos and Peru – Matviyenko\n"
        "The Federation Council expects delegations from Laos and Peru this spring. This, "
        "opening the spring session, said the Chairman of the Federation Council Valentina "
        "Matviyenko.\n"
    )
    assert speaker_of(page, "expects delegations from Laos") == "Valentina Matviyenko"
