"""Parser pass 22 (set AC): layouts of news retellings that hid or misplaced their sayer.

Every page and sentence here is written for the test, in the layouts of real stories.
"""

from __future__ import annotations

from retrieval.transcript import parse_transcript
from retrieval.transcript._lines import is_clutter
from tests.conftest import speaker_of

# A regional site's short story: headline, a reporter's question retold, the answer retold,
# then a pointer to the live stream and a subscription appeal of twenty words.
STREAM_POINTER = """\
Путин пообещал открыть новый мост до конца года

На пресс-конференции журналист из Саратова спросил президента России Владимира Путина о сроках \
открытия моста через Волгу.

Путин ответил, что мост откроют уже в декабре.

Строители ждали только окончания проверки опор.

Следить за трансляцией пресс-конференции Путина можно здесь.

Подписывайтесь на наш телеграм-канал, группу «ВКонтакте» и страницу в «Одноклассниках» \
«Волжских вестей». Свежие ролики каждый день на Rutube и в «Дзене».

Новости партнеров
"""


def test_a_pointer_to_the_stream_is_no_title() -> None:
    document = parse_transcript(STREAM_POINTER, "page")
    assert document.title == "Путин пообещал открыть новый мост до конца года"
    assert speaker_of(STREAM_POINTER, "мост откроют уже в декабре") == "Vladimir Putin"
    assert all(
        p.speaker == "Unknown speaker" for p in document.passages if "Подписывайтесь" in p.text
    )


def test_pointers_and_appeals_are_clutter() -> None:
    assert is_clutter("Следить за трансляцией пресс-конференции Путина можно здесь.")
    assert is_clutter("Watch the minister's news conference live here")
    assert is_clutter("Новости партнеров")
    assert is_clutter(
        "Подписывайтесь на наш телеграм-канал, группу «ВКонтакте» и страницу в «Одноклассниках» "
        "«Волжских вестей». Свежие ролики каждый день на Rutube и в «Дзене»."
    )
    # A sentence of a story that merely starts with such a verb is no pointer.
    assert not is_clutter("Читать нотации партнерам Москва не намерена, подчеркнул министр.")


# A foreign leader quoted under his post after his talks with Putin, then "the politician".
FOREIGN_POST_THEN_POLITICIAN = """\
Лидер Казахстана Касым-Жомарт Токаев поблагодарил Владимира Путина за помощь с зерном.
"Мы ценим, что соседи не оставили нас одних в трудный год", — сказал президент Казахстана на \
брифинге после переговоров с Путиным.
Политик добавил, что благодарен президенту РФ за понимание и рассчитывает на новые поставки.
"""

# A senator's words under his office alone, a quote naming Putin, then "In his opinion".
SENATOR_THEN_HIS_OPINION = """\
The upper house assessed Putin's address at the forum

The upper house assessed Putin's address at the forum

"Not only we listened to Vladimir Vladimirovich Putin, the whole world did. I hope people will \
heed what the Russian president says," the senator believes.

In his opinion, the West will have to answer the questions raised in the address. Kosachev \
compared it with the Munich speech of 2007.

The senator expects the address to be read closely in many capitals.

On Thursday Putin spoke at the forum for more than three hours.
"""


def test_the_politician_after_a_foreign_post_is_not_the_russian_official() -> None:
    words = "рассчитывает на новые поставки"
    assert speaker_of(FOREIGN_POST_THEN_POLITICIAN, words) != "Vladimir Putin"


def test_his_opinion_after_a_senator_is_not_the_man_he_quoted() -> None:
    assert speaker_of(SENATOR_THEN_HIS_OPINION, "will have to answer") != "Vladimir Putin"


# A Japanese official named after his post: first names ending in -у, -о, -и are no case
# forms ("Сатору" is not the dative of "Сатор"), and the name is his as written.
JAPANESE_OFFICIAL = """\
Токио продолжит диалог с Пхеньяном

Япония намерена добиваться возвращения своих граждан из Северной Кореи. Об этом рассказал на \
брифинге генсек правительства Японии Сатору Ямагути.

«Мы не упустим ни одной возможности», – заявил он.
"""


def test_a_foreign_first_name_after_a_nominative_post_is_nominative() -> None:
    assert speaker_of(JAPANESE_OFFICIAL, "возвращения своих граждан") == "Satoru Yamaguti"
    page = "Заголовок о визите\n\nВизит не планируется, заявил премьер Японии Таку Огава.\n"
    assert speaker_of(page, "Визит не планируется") == "Taku Ogava"
    # A post in another case, or after a preposition, keeps the name's case: no subject.
    page = "Заголовок о визите\n\nВстречи с министром Японии Таку Огава не будет, заявили в МИД.\n"
    assert speaker_of(page, "не будет") != "Taku Ogava"


# The same post closing a later quote ("..., – заключил генсек.") names him too: the name
# after the post in the lead is read with the post before it, as written.
JAPANESE_OFFICIAL_CLOSING = (
    JAPANESE_OFFICIAL
    + """\
При этом политик отметил, что пуски ракет недопустимы. «Пуски усиливают напряженность. \
Мы будем добиваться денуклеаризации полуострова», – заключил генсек.
"""
)


def test_a_post_closing_a_quote_names_the_foreign_official_given_that_post() -> None:
    assert speaker_of(JAPANESE_OFFICIAL_CLOSING, "Пуски усиливают") == "Satoru Yamaguti"


# A weekly's page: a breadcrumb with arrows and an age mark over the headline (printed twice),
# a retelling that calls the diplomat «отечественный».
ARROW_CRUMB = """\
Недельные Вести → Политика 16+

Замглавы МИД России Галузин: Кишинев втягивают в чужой конфликт

, 09:10 Источник: Telegram-канал ТАСС

Замглавы МИД России Галузин: Кишинев втягивают в чужой конфликт

Молдавию втягивают в чужое противостояние. С соответствующим заявлением выступил заместитель \
министра иностранных дел России Михаил Галузин в беседе с ТАСС.

Отечественный дипломат отметил, что Москва желает молдаванам мира и процветания.

Подписывайтесь на «НВ» в Дзен и Telegram
"""


def test_an_arrow_breadcrumb_is_no_title() -> None:
    assert is_clutter("Недельные Вести → Политика 16+")
    document = parse_transcript(ARROW_CRUMB, "page")
    assert document.title.startswith("Замглавы МИД России Галузин:")
    assert speaker_of(ARROW_CRUMB, "желает молдаванам мира") == "Mikhail Galuzin"


def test_tokayev_spelt_with_one_s_is_tokayev() -> None:
    page = (
        "Tokayev praised the talks\n\nThe talks were useful and frank. This was stated by the "
        "President of the country Kasym-Jomart Tokayev on Friday.\n"
    )
    assert speaker_of(page, "The talks were useful") == "Kassym-Jomart Tokayev"


# A retelling of talks with Chinese officials: their family names open their names.
CHINESE_NAMES = """\
Lavrov held talks in Beijing

Russian Foreign Minister Sergey Lavrov met his Chinese counterpart Wang Yi in Beijing on \
Monday, the ministry said.

Wang noted that ties between the two neighbours had never been closer, the Chinese side said.

Later Lavrov was received by Chinese President Xi Jinping.

Xi said that the two countries would keep coordinating at the United Nations.
"""


def test_a_chinese_family_name_alone_names_the_one_named_in_full() -> None:
    assert speaker_of(CHINESE_NAMES, "had never been closer") == "Wang Yi"
    assert speaker_of(CHINESE_NAMES, "keep coordinating") == "Xi Jinping"


# A Russian retelling naming a foreign leader by his country's post, then by the post alone.
COUNTRY_POST_AGAIN = """\
Токаев рассказал о планах на осень

Казахстанский лидер Касым-Жомарт Токаев заявил, что осенью примет в Астане саммит ОДКБ. Об \
этом он сообщил на встрече с губернатором Омской области.

Президент Казахстана отметил, что обсудит с гостями новые транспортные проекты.
"""


def test_a_country_post_alone_names_the_one_named_with_it() -> None:
    assert speaker_of(COUNTRY_POST_AGAIN, "новые транспортные проекты") == "Kassym-Jomart Tokayev"
    quoted = speaker_of(FOREIGN_POST_THEN_POLITICIAN, "не оставили нас одних")
    assert quoted == "Kassym-Jomart Tokayev"
    # Two people of that country named before: the post alone names neither.
    two = COUNTRY_POST_AGAIN.replace(
        "Об этом он сообщил",
        "Министр иностранных дел Казахстана Мурат Нуртлеу уточнил даты. Об этом он сообщил",
    )
    assert speaker_of(two, "новые транспортные проекты") == "Unknown speaker"


# A repost's bullets of a minister's news conference, one of them retold with "reported".
REPORTED_THAT = """\
Key statements from Russian Foreign Minister Sergey Lavrov after the talks in Hanoi:

? Moscow sees no reason to change its approach to the region;

? Lavrov also reported that he discussed fishing quotas with his Vietnamese counterpart;

? The talks will go on in the autumn.

The Financial Times earlier reported that the quotas would be cut.
"""


def test_reported_that_names_a_known_person_not_an_outlet() -> None:
    assert speaker_of(REPORTED_THAT, "fishing quotas") == "Sergey Lavrov"
    assert speaker_of(REPORTED_THAT, "would be cut") == "Unknown speaker"


# A Kazakh agency's story: two presidents named, a quote closed by "said the president" right
# after one of them was retold.
TWO_PRESIDENTS = """\
Tokayev received Putin

President of Kazakhstan Kassym-Jomart Tokayev held talks with Russian President Vladimir \
Putin in Astana, the Akorda press service reports.

During the talks, Tokayev thanked his guest for the support of Kazakhstan's chairmanship and \
noted the growth of trade between the two countries.

“Our chairmanship was a responsible mission, and we carried it out with the help of our \
partners. I would like to thank you for that,” said the president.
"""


def test_the_president_goes_on_with_the_president_just_retold() -> None:
    assert speaker_of(TWO_PRESIDENTS, "responsible mission") == "Kassym-Jomart Tokayev"


# A machine-translated retelling of a speech, and a Russian one: the quote's attribution calls
# the speaker by his country's full name.
FEDERATION_PRESIDENT = """\
Speech by Vladimir Putin at the forum. Key statements

The President of Russia Vladimir Putin took part in the final session of the forum in Sochi.

The forum was attended by over 100 experts from 20 countries.

The Russian President said that the old rules of world trade no longer work.

If one country believes it can set the rules alone, the balance is broken.

“Everyone can see it now. We said so ten years ago” – said the President of the Russian \
Federation.

The forum will meet again next year.
"""
FEDERATION_PRESIDENT_RU = """\
Путин выступил на форуме

Президент России Владимир Путин принял участие в пленарном заседании форума в Казани.

Форум собрал более ста экспертов из двадцати стран.

Если одна страна считает, что может сама писать правила, баланс нарушается.

«Старые правила больше не работают», — заявил президент Российской Федерации.

Форум соберется снова в следующем году.
"""


def test_the_president_of_the_russian_federation_is_russias_president() -> None:
    assert speaker_of(FEDERATION_PRESIDENT, "ten years ago") == "Vladimir Putin"
    assert speaker_of(FEDERATION_PRESIDENT_RU, "Старые правила") == "Vladimir Putin"


def test_unnamed_sources_are_not_the_leader_named_before_them() -> None:
    page = (
        "Leaders spoke by phone\n\nA phone call between the Russian president and Turkish "
        "President Recep Tayyip Erdogan on Friday was “warm and useful”, Turkish presidential "
        "sources have said, a Turkish daily reports.\n"
    )
    assert speaker_of(page, "warm and useful") == "Unknown speaker"


# The same story told on: "the ministry cited Wang as saying" after Wang was named by his
# surname alone; "quoted X as saying" with a name no table of ours holds.
CITED_AS_SAYING = (
    CHINESE_NAMES
    + """
The task now is to prepare the leaders' next meeting, the ministry cited Wang as saying.

A state news agency quoted Li Qiang as saying that trade would keep growing.
"""
)


def test_cited_as_saying_names_the_one_cited() -> None:
    assert speaker_of(CITED_AS_SAYING, "leaders' next meeting") == "Wang Yi"
    assert speaker_of(CITED_AS_SAYING, "trade would keep growing") == "Li Qiang"
