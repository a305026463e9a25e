"""Attribution on news retellings, statement lists and archive pages (issue 8, real set F).

The pages here are written for these tests in the layouts met on news sites: a quote under a
name followed by the story's narration, lists of someone's statements, closing attributions
that describe the speaker instead of naming him. A wrong speaker is the worst bug: a passage
that cannot be attributed safely stays unknown.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from retrieval.search import SearchIndex
from retrieval.speakers import UNKNOWN_SPEAKER
from retrieval.store import PassageStore
from retrieval.transcript import parse_transcript
from tests.conftest import said_by as _said_by

PUTIN, PESKOV, LAVROV = "Vladimir Putin", "Dmitry Peskov", "Sergey Lavrov"


def test_narration_after_a_quote_under_a_name_is_not_the_quoted_persons() -> None:
    page = (
        "Телеканал показал итоги послания\n\n"
        "Президент выступил перед депутатами в новом зале и говорил почти два часа.\n\n"
        "Владимир Путин: «Нам надо строить дороги быстрее, чем прежде, и мы это сделаем».\n\n"
        "Путин подчеркнул, что деньги на дороги уже выделены в бюджете следующего года.\n\n"
        "Зал был заполнен до отказа, а трансляцию смотрели в десятках стран.\n\n"
        "Владимир Путин: «Я уверен в нашем успехе»."
    )
    putin = _said_by(page, PUTIN)
    assert "строить дороги быстрее" in putin
    assert "Я уверен в нашем успехе" in putin
    assert "деньги на дороги уже выделены" in putin  # what he said, told by the page
    assert "Зал был заполнен" not in putin
    assert "Зал был заполнен" in _said_by(page, UNKNOWN_SPEAKER)


def test_narration_after_a_quoted_name_line_in_english() -> None:
    page = (
        "The address in brief\n\n"
        "The president spoke to the lawmakers for almost two hours on Thursday.\n\n"
        'Vladimir Putin: "We must build roads faster than ever, and we will do it."\n\n'
        "The president said that the money for the roads was already in next year's budget.\n\n"
        "The hall was full, and the broadcast was watched in dozens of countries."
    )
    putin = _said_by(page, PUTIN)
    assert "build roads faster" in putin
    assert "already in next year's budget" in putin
    assert "The hall was full" not in putin


def test_a_transcript_turn_without_quote_marks_still_runs_on() -> None:
    # A real transcript's label starts a turn that goes on over the next paragraphs.
    page = (
        "Remarks at the meeting with the governors\n\n"
        "Vladimir Putin: Good afternoon, colleagues. Let us begin with the roads.\n\n"
        "The money for the roads is already in next year's budget, and we will build them."
    )
    assert "already in next year's budget" in _said_by(page, PUTIN)


def test_a_title_announcing_statements_gives_the_bulleted_items_to_its_speaker() -> None:
    page = (
        "Key statements from Dmitry Peskov, the Kremlin spokesman\n\n"
        "Key statements from Dmitry Peskov, the Kremlin spokesman\n\n"
        "▪️The Kremlin has seen the report on the new tariffs and will study it;\n\n"
        "▪️Putin has no plans to travel abroad next week;\n\n"
        "▪️Peskov confirmed that contacts with Paris continue at a working level.\n\n"
        "Follow our channel for more news"
    )
    peskov = _said_by(page, PESKOV)
    assert "will study it" in peskov
    # An item about Putin is Peskov's word on him, never Putin's.
    assert "no plans to travel abroad" in peskov
    assert _said_by(page, PUTIN) == ""
    assert "contacts with Paris" in peskov
    assert "Follow our channel" not in peskov  # the list ends at the first unmarked line


def test_a_russian_lead_announcing_a_number_of_statements_starts_a_list() -> None:
    page = (
        "Пресс-секретарь президента Дмитрий Песков сделал ряд заявлений, в том числе о "
        "зимних праздниках и о словах министра финансов:\n"
        "— Путин проведет праздники в Подмосковье, никаких поездок не планируется;\n"
        "— слова министра финансов о налогах идут в полном соответствии с планами "
        "правительства;\n"
        "— тема новых ограничений для приезжих в Кремле не обсуждается.\n"
        "Ранее Песков говорил журналистам о планах на весну."
    )
    peskov = _said_by(page, PESKOV)
    assert "проведет праздники в Подмосковье" in peskov
    assert "в полном соответствии с планами" in peskov
    assert "в Кремле не обсуждается" in peskov
    assert _said_by(page, PUTIN) == ""


def test_a_russian_title_list_skips_its_subheads() -> None:
    page = (
        "Главные заявления Дмитрия Пескова на брифинге\n\n"
        "О санкциях\n\n"
        "Россия ответит на новые ограничения в соответствии со своими интересами.\n\n"
        "О переговорах\n\n"
        "Москва открыта к диалогу, но сроков пока нет."
    )
    document = parse_transcript(page, "page")
    said = {p.text: p.speaker for p in document.passages}
    peskov = " ".join(text for text, speaker in said.items() if speaker == PESKOV)
    assert "ответит на новые ограничения" in peskov
    assert "сроков пока нет" in peskov


def test_a_bulleted_item_quoting_someone_else_is_not_the_list_speakers() -> None:
    page = (
        "Key statements from Dmitry Peskov\n\n"
        "▪️The Kremlin is ready to discuss the new proposal;\n\n"
        '▪️"We will not accept ultimatums," Sergey Lavrov said in a separate interview.'
    )
    assert "ultimatums" not in _said_by(page, PESKOV)
    assert "ultimatums" in _said_by(page, LAVROV)
    assert "ready to discuss" in _said_by(page, PESKOV)


RYABKOV = "Sergey Ryabkov"


def test_the_senior_diplomat_after_a_named_one_is_him() -> None:
    page = (
        "Moscow sees no reason for new arms talks — diplomat\n\n"
        "MOSCOW, May 4. /TASS/. Russia sees no reason to start new arms talks, Deputy Foreign "
        "Minister Sergey Ryabkov said on Monday.\n\n"
        '"We are not against talks as such, but the ground for them is not there," he said.\n\n'
        "The senior diplomat said that his earlier warning about the treaty was no "
        "exaggeration at all, and that the risks were growing every month."
    )
    assert "no exaggeration at all" in _said_by(page, RYABKOV)


def test_a_senior_diplomat_of_another_country_is_not_the_storys_speaker() -> None:
    page = (
        "Moscow sees no reason for new arms talks — diplomat\n\n"
        "MOSCOW, May 4. /TASS/. Russia sees no reason to start new arms talks, Deputy Foreign "
        "Minister Sergey Ryabkov said on Monday.\n\n"
        "A senior Finnish diplomat said that Helsinki was ready to host any such talks."
    )
    assert "ready to host" not in _said_by(page, RYABKOV)


def test_a_quote_closed_by_the_head_of_the_ministry_is_the_ministers() -> None:
    page = (
        "Лавров рассказал о заявлениях Киева\n\n"
        "Министр иностранных дел России Сергей Лавров перестал следить за заявлениями Киева. "
        "Об этом он сказал по итогам встречи в Минске, передает ТАСС.\n\n"
        "«Я давно не слежу за тем, что там говорят. Там много было разных обещаний и угроз», "
        "— произнес глава русского МИД."
    )
    lavrov = _said_by(page, LAVROV)
    assert "давно не слежу" in lavrov
    assert "разных обещаний и угроз" in lavrov


ZAKHAROVA = "Maria Zakharova"


def test_a_briefing_headline_quote_is_the_speakers_and_the_lead_is_narration() -> None:
    page = (
        "«Это просто очередной вброс»: брифинг Марии Захаровой\n\n"
        "Официальный представитель МИД России Мария Захарова провела еженедельный брифинг. "
        "Дипломат ответила на вопросы журналистов о событиях недели."
    )
    zakharova = _said_by(page, ZAKHAROVA)
    assert "Это просто очередной вброс" in zakharova
    assert "провела еженедельный брифинг" not in zakharova


def test_answering_questions_in_english_is_narration_not_a_statement() -> None:
    page = (
        '"We are ready for any format": interview of Sergey Lavrov\n\n'
        "Foreign Minister Sergey Lavrov answered questions from listeners of three radio "
        "stations on Wednesday."
    )
    lavrov = _said_by(page, LAVROV)
    assert "We are ready for any format" in lavrov
    assert "answered questions from listeners" not in lavrov


def test_an_answer_that_gives_its_content_still_names_the_sayer() -> None:
    page = (
        "Захарова о санкциях\n\n"
        "Официальный представитель МИД Мария Захарова ответила на вопрос о санкциях, что "
        "Москва ответит на них зеркально."
    )
    assert "ответит на них зеркально" in _said_by(page, ZAKHAROVA)


_EMBASSY_LIST = (
    "9 April 2020\n"
    "Moscow: 10:55\n"
    "Consular queries: +44 (0) 203 668 7474\n\n"
    "SPEECHES, INTERVIEWS, ARTICLES\n\n"
    "14.03.2019\n\n"
    "Foreign Minister Sergey Lavrov's speech at the Russian-Norwegian Civil Society Forum, "
    "Oslo\n\n"
    "Ladies and gentlemen, friends,\n\n"
    "We are glad to open the forum again. Contacts between our citizens matter more than "
    "ever when official ties are strained.\n\n"
    "12.03.2019\n\n"
    "Briefing by Foreign Ministry Spokesperson Maria Zakharova, Moscow\n\n"
    "The situation in Venezuela remains tense. We call on all sides to refrain from outside "
    "pressure and to settle their differences through dialogue.\n"
)


def test_each_dated_item_of_an_archive_page_has_its_own_speaker_and_date() -> None:
    document = parse_transcript(_EMBASSY_LIST, "page")
    by_text = {p.text: p for p in document.passages}
    forum = next(p for t, p in by_text.items() if "open the forum" in t)
    venezuela = next(p for t, p in by_text.items() if "Venezuela" in t)
    assert (forum.speaker, forum.date) == (LAVROV, dt.date(2019, 3, 14))
    assert (venezuela.speaker, venezuela.date) == (ZAKHAROVA, dt.date(2019, 3, 12))
    assert venezuela.title.startswith("Briefing by Foreign Ministry Spokesperson")
    # The site's header (its clock, the consular phone) is nobody's passage.
    assert not any("Consular" in p.text for p in document.passages)


def test_a_russian_archive_page_splits_at_its_dates() -> None:
    page = (
        "Посольство России\n\n"
        "14.03.2019\n"
        "Выступление Министра иностранных дел России С.В.Лаврова на форуме в Осло\n"
        "Мы рады снова открыть форум. Связи между людьми сейчас важнее, чем когда-либо.\n\n"
        "12.03.2019\n"
        "Брифинг официального представителя МИД России М.В.Захаровой\n"
        "Ситуация в Венесуэле остается напряженной. Призываем все стороны к диалогу.\n"
    )
    document = parse_transcript(page, "page")
    lavrov, zakharova = _said_by(page, LAVROV), _said_by(page, ZAKHAROVA)
    assert "открыть форум" in lavrov and "Венесуэле" not in lavrov
    assert "Венесуэле" in zakharova
    dates = {p.date for p in document.passages if p.speaker == ZAKHAROVA}
    assert dates == {dt.date(2019, 3, 12)}


def test_related_stories_dated_below_a_story_do_not_date_it() -> None:
    page = (
        "10.03.2018\n14:48\n\n"
        "Путин рассказал о работе администрации\n\n"
        "«У меня своя работа», — отметил Путин в интервью телеканалу.\n\n"
        "Новости по теме\n\n"
        "17.11.2023\n587\nВ Кремле рассказали о планах на зиму\n\n"
        "21.11.2023\n698\nВ Кремле ответили на вопросы о бюджете\n"
    )
    document = parse_transcript(page, "page")
    assert document.date == dt.date(2018, 3, 10)
    assert "У меня своя работа" in _said_by(page, PUTIN)


_SPEECH_RU = (
    "Уважаемые коллеги и друзья!\n\n"
    "Мы абсолютно открыты для любого разговора. Нам важно услышать каждого, кто готов "
    "работать на благо своего города.\n"
)


def test_a_poem_set_above_a_speech_is_not_the_speakers() -> None:
    page = (
        "Путин на встрече с доверенными лицами\n\n"
        "Над рекою тихий свет,\n"
        "Над полями синий дым –\n"
        "Ничего дороже нет\n"
        "Края, где ты был молодым.\n"
        "И.П. Сидоров\n\n" + _SPEECH_RU
    )
    putin = _said_by(page, PUTIN)
    assert "открыты для любого разговора" in putin
    assert "тихий свет" not in putin
    assert "тихий свет" in _said_by(page, UNKNOWN_SPEAKER)


def test_a_quoted_saying_with_its_author_above_a_speech_is_not_the_speakers() -> None:
    page = (
        "Putin at a meeting with his campaign representatives\n\n"
        '"A city is strong when its people trust each other."\n'
        "John Smithson\n\n"
        "Dear colleagues and friends,\n\n"
        "We are absolutely open to any discussion. It is important for us to hear everyone "
        "who is ready to work for the good of their town.\n"
    )
    putin = _said_by(page, PUTIN)
    assert "open to any discussion" in putin
    assert "trust each other" not in putin


def test_the_speakers_own_words_credited_to_him_above_the_speech_stay_his() -> None:
    page = (
        "Путин на встрече с доверенными лицами\n\n"
        "«Мы обязательно справимся со всеми трудностями».\n"
        "Владимир Путин\n\n" + _SPEECH_RU
    )
    assert "справимся со всеми трудностями" in _said_by(page, PUTIN)


def test_a_quote_holding_a_word_in_straight_quotes_is_one_quote() -> None:
    page = (
        "Путин: мой пресс-секретарь иногда говорит лишнее\n\n"
        'Президент России Владимир Путин заявил, что его пресс-секретарь иногда "говорит '
        'лишнее". Об этом Путин рассказал в интервью телеканалу.\n\n'
        '"Вы думаете, я за всеми слежу? Вот мой пресс-секретарь, он иногда такое "выдает", '
        'я смотрю и думаю: о чем это он? Кто его просил?", - рассказал Путин.'
    )
    putin = _said_by(page, PUTIN)
    assert "Вы думаете, я за всеми слежу?" in putin
    assert "он иногда такое" in putin
    assert "Кто его просил?" in putin


def test_an_english_quote_holding_a_quoted_word_is_one_quote() -> None:
    page = (
        "Putin says his spokesman sometimes talks nonsense\n\n"
        "Russian President Vladimir Putin said on Saturday that his press secretary "
        'sometimes "talks nonsense".\n\n'
        '"Do you think I control everyone? My spokesman sits right there, he talks such '
        '"nonsense" at times, I watch him and wonder who told him that. I have my own job," '
        "Putin said."
    )
    putin = _said_by(page, PUTIN)
    assert "Do you think I control everyone?" in putin
    assert "who told him that" in putin
    assert "I have my own job" in putin


def test_a_portals_reading_controls_are_no_title() -> None:
    page = (
        "Выберите шрифт Arial Times New Roman\n"
        "Интервал между буквами (Кернинг): Стандартный Средний Большой\n\n"
        "Рябков: в Женеве будет затронут украинский вопрос\n\n"
        "Время чтения ~2 минуты\n\n"
        "«Мы четко объясним нашу позицию, и ее услышат», — заявил замглавы МИД Сергей Рябков."
    )
    document = parse_transcript(page, "page")
    assert document.title == "Рябков: в Женеве будет затронут украинский вопрос"
    assert "четко объясним" in _said_by(page, RYABKOV)


def test_an_archive_items_title_and_date_survive_the_saved_store(tmp_path: Path) -> None:
    document = parse_transcript(_EMBASSY_LIST, "page")
    saved = PassageStore.from_documents([document])
    saved.save(tmp_path)
    store = PassageStore.load(tmp_path)
    venezuela = next(p for p in store if "Venezuela" in p.text)
    assert venezuela.date == dt.date(2019, 3, 12)
    assert venezuela.title.startswith("Briefing by Foreign Ministry Spokesperson")
    forum = next(p for p in store if "open the forum" in p.text)
    assert forum.date == dt.date(2019, 3, 14)
    dates = dict(zip((p.text for p in store), store.document_dates(), strict=True))
    assert dates[venezuela.text] == dt.date(2019, 3, 12).toordinal()
    # The search shows and filters each item by its own date.
    index = SearchIndex([document])
    hit = index.search("Zakharova on Venezuela in March 2019", k=1).hits[0]
    assert (hit.passage.speaker, hit.passage.date) == (ZAKHAROVA, dt.date(2019, 3, 12))


def test_an_english_title_lists_subheads_are_no_ones_words() -> None:
    page = (
        "Peskov's main statements on Monday\n\n"
        "On sanctions\n\n"
        "Russia will respond to the new restrictions in line with its national interests.\n\n"
        "On the president's schedule\n\n"
        "Putin has no plans to meet the group's leaders this month.\n\n"
        '"Лермонтов говорил о'
    )
    said = {p.text: p.speaker for p in parse_transcript(page, "page").passages}
    assert said["On sanctions"] == UNKNOWN_SPEAKER
    peskov = " ".join(text for text, speaker in said.items() if speaker == PESKOV)
    assert "respond to the new restrictions" in peskov
    assert "no plans to meet" in peskov
    assert "On sanctions" not in peskov
