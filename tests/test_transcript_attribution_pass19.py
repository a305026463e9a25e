"""Who said it on news retellings, pass 19 (issue 8): another person's words on the page (set W:
stories that retell what a foreign leader or a counterpart said, or start mid-story).

The pages here are written for these tests in the layouts met on news sites. A wrong speaker
is the worst bug: where the page does not say who speaks, the passage stays unknown.
"""

from __future__ import annotations

from retrieval.speakers import person_name
from tests.conftest import speaker_of

PESKOV = "Dmitry Peskov"
TRUMP = "Donald Trump"
UNKNOWN = "Unknown speaker"


def test_the_reporters_let_us_recall_that_opens_no_reported_clause() -> None:
    page = (
        "Песков ответил на слова Трампа о пошлинах\n\n"
        "Пресс-секретарь президента России Дмитрий Песков заявил, что Кремль изучит новые "
        "американские пошлины, прежде чем давать оценки.\n\n"
        "Напомним, что накануне Трамп заявил, что «разочарован» ходом переговоров.\n"
    )
    assert speaker_of(page, "ходом переговоров") == TRUMP
    assert speaker_of(page, "изучит новые американские пошлины") == PESKOV


def test_a_subject_with_a_quoted_name_set_off_in_it_is_still_the_subject() -> None:
    page = (
        "Trump says he talks to Putin, Peskov comments\n\n"
        'The Kremlin has not confirmed the talks. "I may not know something," said Dmitry '
        "Peskov.\n\n"
        'U.S. President Donald Trump, in a conversation with the "Daily Courier," stated that '
        "he was speaking with the Russian leader. He declined to say how often they had spoken.\n"
    )
    assert speaker_of(page, "speaking with the Russian leader") == TRUMP
    # ("He" is Trump, not the spokesman quoted before him.)
    assert speaker_of(page, "how often they had spoken") == TRUMP
    assert speaker_of(page, "may not know something") == PESKOV


# Someone the table does not know, named in full once (not as a sayer) and by surname later
# after an opener of time, with words set off between surname and verb, or after a clause of
# a participle. Pass 19 had these name him; that rule cost a question on an unseen check set
# and was dropped at the merge, so they stay unknown (a surname named in full as a sayer
# before them still names him: tests/test_transcript_attribution_retold.py).
_FULL_NAME_ELSEWHERE = (
    "Лавров провел переговоры в Анкаре\n\n"
    "Министр иностранных дел России Сергей Лавров провел переговоры с губернатором "
    "Анатолием Петровским. Лавров отметил, что переговоры были полезными.\n\n"
    "Ранее Петровский заявил, что область готова принять новые делегации.\n\n"
    "Петровский, в свою очередь, заявил, что порт откроется летом.\n\n"
    "Ранее, отвечая на вопросы журналистов, Петровский сообщил, что мост почти достроен.\n"
)


def test_a_surname_named_in_full_only_as_an_object_names_no_one() -> None:
    assert speaker_of(_FULL_NAME_ELSEWHERE, "принять новые делегации") == UNKNOWN
    assert speaker_of(_FULL_NAME_ELSEWHERE, "порт откроется летом") == UNKNOWN
    assert speaker_of(_FULL_NAME_ELSEWHERE, "мост почти достроен") == UNKNOWN
    assert speaker_of(_FULL_NAME_ELSEWHERE, "переговоры были полезными") == "Sergey Lavrov"


def test_a_surname_shared_by_two_people_or_named_nowhere_in_full_names_no_one() -> None:
    two = (
        "Лавров провел переговоры\n\n"
        "Министр иностранных дел России Сергей Лавров провел переговоры с губернатором "
        "Анатолием Петровским и мэром Игорем Петровским.\n\n"
        "Ранее Петровский заявил, что область готова принять новые делегации.\n"
    )
    assert speaker_of(two, "принять новые делегации") == UNKNOWN
    nowhere = (
        "Лавров провел переговоры\n\n"
        "Министр иностранных дел России Сергей Лавров провел переговоры в Анкаре.\n\n"
        "Ранее Петровский заявил, что область готова принять новые делегации.\n"
    )
    assert speaker_of(nowhere, "принять новые делегации") == UNKNOWN


def test_a_surname_after_words_that_are_no_opener_names_no_one() -> None:
    page = (
        "Лавров провел переговоры\n\n"
        "Министр иностранных дел России Сергей Лавров провел переговоры с губернатором "
        "Анатолием Петровским.\n\n"
        "Помощник губернатора Петровский заявил, что область готова принять делегации.\n"
    )
    assert speaker_of(page, "принять делегации") == UNKNOWN


def test_a_surname_closing_a_quote_names_the_counterpart_named_by_post_before() -> None:
    page = (
        "Lavrov and Fahrani held talks in Cairo\n\n"
        "Russian Foreign Minister Sergey Lavrov said the talks were useful. He spoke after a "
        "meeting with his Egyptian counterpart Karim Fahrani.\n\n"
        'The visit is "another step towards closer ties," Fahrani added, saying that more '
        "ministers would come in the spring.\n"
    )
    assert speaker_of(page, "another step towards closer ties") == "Karim Fahrani"


def test_words_of_the_storys_course_between_a_name_and_its_verb_keep_the_name_the_subject() -> None:
    page = (
        "Лавров провел переговоры\n\n"
        "Министр иностранных дел России Сергей Лавров заявил, что переговоры были полезными.\n\n"
        "Губернатор Анатолий Петровский между тем заявил, что порт откроется летом.\n"
    )
    assert speaker_of(page, "порт откроется летом") == person_name("Анатолий Петровский")
    english = (
        "Lavrov holds talks\n\n"
        "Russian Foreign Minister Sergey Lavrov said the talks were useful.\n\n"
        "Regional Governor Anatoly Petrovsky meanwhile said that the port would open soon.\n"
    )
    assert speaker_of(english, "the port would open soon") == "Anatoly Petrovsky"


def test_an_aide_named_after_the_post_of_the_president_he_serves_is_no_president() -> None:
    page = (
        "The Kremlin answered the Ukrainian leader\n\n"
        "The press secretary of the President of Russia Dmitry Peskov reacted to the words of "
        "the Ukrainian leader. The Kremlin spokesman stressed that Russia would go on.\n"
    )
    assert speaker_of(page, "Russia would go on") == PESKOV


def test_narration_of_what_someone_else_did_to_the_speaker_is_the_reporters() -> None:
    page = (
        "Захарова ответила Зеленскому\n\n"
        "Зеленский заявил, что у Киева есть новые данные о переговорах. Такой промах "
        "Захарова не простила Зеленскому и на этот раз.\n"
    )
    assert speaker_of(page, "новые данные о переговорах") == "Volodymyr Zelensky"
    assert speaker_of(page, "не простила Зеленскому") == UNKNOWN


def test_another_first_name_before_a_known_surname_is_another_person() -> None:
    page = (
        "Trump family at the rally\n\n"
        "Kremlin spokesman Dmitry Peskov said Moscow did not follow the campaign.\n\n"
        "Melania Trump said that she was proud of the campaign's volunteers.\n\n"
        "Hunter Biden told reporters that he would not comment.\n"
    )
    assert speaker_of(page, "proud of the campaign") not in (TRUMP, PESKOV)
    assert speaker_of(page, "would not comment") != "Joe Biden"
    russian = (
        "Семья Трампа на митинге\n\n"
        "Пресс-секретарь президента России Дмитрий Песков заявил, что Москва не следит за "
        "кампанией.\n\n"
        "Мелания Трамп заявила, что гордится добровольцами кампании.\n"
    )
    assert speaker_of(russian, "гордится добровольцами") not in (TRUMP, PESKOV)
    # A spelling of the known person's own first name, or a word in another case before the
    # surname, still names the known person.
    spelt = (
        "Kremlin says no\n\nKremlin Spokesperson Dmitriy Peskov said that Moscow had no plans.\n"
    )
    assert speaker_of(spelt, "Moscow had no plans") == PESKOV
    oblique = (
        "Шойгу провел встречу\n\n"
        "На встрече с министром Лавровым Шойгу заявил, что учения пройдут по плану.\n"
    )
    assert speaker_of(oblique, "учения пройдут по плану") == "Sergei Shoigu"
