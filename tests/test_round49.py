"""Round 49: layouts met on real pages this round.

The pages here are written for these tests in the layouts met on those sites.
"""

from __future__ import annotations

from retrieval.transcript import parse_transcript
from tests.conftest import speaker_of

# A digest of a spokeswoman's briefing: the title given twice, the second time with a colon,
# then one bulleted line per point, most of them with no verb of saying.
_BRIEFING_POINTS = """\
Key points from Maria Zakharova's statements at the briefing on 14 May, 2026:
Key points from Maria Zakharova's statements at the briefing on 14 May, 2026:
▪️ Moscow sees no sign that Warsaw is ready to reopen the consulate in Krakow;
▪️ The new sanctions package will hurt European farmers more than anyone else;
▪️ Maria Zakharova urged the OSCE to look at the fate of the journalists held in Riga;
▪️ Russia is sending rescue teams to Chile after the floods.
"""


def test_a_title_announcing_key_points_of_someones_statements_gives_them_each_point() -> None:
    assert speaker_of(_BRIEFING_POINTS, "reopen the consulate in Krakow") == "Maria Zakharova"
    assert speaker_of(_BRIEFING_POINTS, "hurt European farmers") == "Maria Zakharova"
    assert speaker_of(_BRIEFING_POINTS, "rescue teams to Chile") == "Maria Zakharova"


# The same kind of digest under a plain headline, its announcement and bullets glued into one
# line as an aggregator copied them.
_GLUED_POINTS = """\
Песков рассказал о планах Кремля

Главное из брифинга Дмитрия Пескова:▪️Путин проведёт совещание по экономике на следующей \
неделе.▪️Кремль не видит оснований менять формат переговоров.▪️Ответ на новые санкции будет \
взвешенным.
"""


def test_bullets_glued_after_an_announcement_are_the_announced_speakers_points() -> None:
    document = parse_transcript(_GLUED_POINTS, "glued")
    texts = [p.text for p in document.passages]
    # Each point on a line of its own, all of them Peskov's.
    joined = "\n".join(texts)
    assert "\n▪️Кремль не видит оснований" in joined
    assert speaker_of(_GLUED_POINTS, "не видит оснований менять формат") == "Dmitry Peskov"
    assert speaker_of(_GLUED_POINTS, "будет взвешенным") == "Dmitry Peskov"


# A news story with no headline: a lead whose second sentence says who reacted so, a site's
# "read the full version" widget glued before her quote, and a report of the ambassador's
# earlier words cut off at the page's end.
_REACTED_SO = """\
Тем, кто возмутился словами посла России в Лондоне Андрея Келина, стоит прочитать его \
интервью целиком. Так на критику дипломата отреагировала официальный представитель МИД \
Мария Захарова в эфире радио.
Узнайте больше в полной версии ➞«Вопрос был задан совсем о другом, и он ответил ровно на \
этот вопрос», — сказала она.
Она добавила, что причиной шума стал неточный перевод.
Ранее Келин в интервью британскому телеканалу заявил, что не видит для сына такой \
возможности, поскольку у него нет военного образ
"""


def test_reacting_so_is_saying_and_the_full_version_widget_hides_no_quote() -> None:
    assert speaker_of(_REACTED_SO, "стоит прочитать его интервью целиком") == "Maria Zakharova"
    assert speaker_of(_REACTED_SO, "ответил ровно на этот вопрос") == "Maria Zakharova"
    assert speaker_of(_REACTED_SO, "неточный перевод") == "Maria Zakharova"
    document = parse_transcript(_REACTED_SO, "reacted")
    # The widget's words are no one's quote, and the story's last line is no title.
    assert all("Узнайте больше" not in p.text for p in document.passages)
    assert not document.title.startswith("Ранее Келин")
    assert speaker_of(_REACTED_SO, "не видит для сына такой возможности") == "Andrei Kelin"


# A story with a link to another story set between its paragraphs: "он" after it is still
# the story's speaker, not the one the link names.
_LINK_BETWEEN = """\
Песков: позиция Кремля по «Вагнеру» не изменилась

Прежние оценки Кремля по поводу мятежа сохраняют актуальность, заявил журналистам \
пресс-секретарь президента Дмитрий Песков.

«Нам пока нечего добавить к сказанному», — сказал Песков.

Владимир Джабаров рассказал, на каких условиях могут работать ЧВК в России

Также он добавил, что встреча Путина с Лукашенко при необходимости может состояться.
"""


def test_he_after_a_link_to_another_story_is_the_storys_speaker() -> None:
    assert speaker_of(_LINK_BETWEEN, "встреча Путина с Лукашенко") == "Dmitry Peskov"


# A story with no headline: its lead names the president only in the genitive, the next
# paragraph quotes "the President of Russia".
_PRESIDENT_IN_GENITIVE = """\
На встрече президента РФ Дмитрия Медведева с деловыми кругами 3 октября обсуждали торговлю.

Президент России, отвечая на вопрос, заметил: "Мы не будем вступать в организацию на \
любых условиях, только на приемлемых для нас".
"""


def test_the_president_of_russia_is_the_one_the_lead_calls_president_in_the_genitive() -> None:
    assert speaker_of(_PRESIDENT_IN_GENITIVE, "на любых условиях") == "Dmitry Medvedev"


def test_the_genitive_after_an_aides_post_calls_no_one_president() -> None:
    from retrieval.transcript._page_sayers import presidents_named

    assert presidents_named("встречи президента РФ Дмитрия Медведева") == {"Dmitry Medvedev"}
    # The aide named after "the press secretary of the president" is no president.
    assert presidents_named("слова пресс-секретаря президента Дмитрия Пескова") == set()
    assert presidents_named("пресс-секретарь президента Дмитрий Песков") == set()


# A department director named, then called by his post alone.
_DEPARTMENT_DIRECTOR = """\
Ульянов: договор по-прежнему важен

Михаил Ульянов заявил, что Москва готова к диалогу с Вашингтоном.

Директор департамента напомнил, что «последнее заседание комиссии прошло год назад».
"""

# A wire story: a circumstance opens the sentence with no comma before "the official".
_OFFICIAL_AFTER_CIRCUMSTANCE = """\
Russia opposes unilateral sanctions on Iran

Deputy Foreign Minister Sergei Ryabkov made the comments on Monday in Moscow.

In an interview with the daily Izvestia the official stated that sanctions undermine any \
chance of agreement.
"""


def test_a_post_alone_after_the_named_official_is_his() -> None:
    assert speaker_of(_DEPARTMENT_DIRECTOR, "последнее заседание комиссии") == "Mikhail Ulyanov"
    assert speaker_of(_OFFICIAL_AFTER_CIRCUMSTANCE, "undermine any chance") == "Sergey Ryabkov"


# A video agency's shot list run into one paragraph: "SOT, name, post (language):" before
# each speaker's words, one of them with its closing quote mark lost, then narration.
_SHOT_LIST = """\
Russia: Europe must shape its own Ukraine policy - Lavrov

22.04.2015
SOT, Ivan Petrov, journalist (Russian): "Does Washington hold Berlin back?" SOT, Sergei \
Lavrov, Foreign Minister of Russia (Russian): "Holding Germany back is hard. The Germans are \
proud people." SOT, Ivan Petrov, journalist (Russian): "And Minsk? They will drag it out for \
years. SOT, Sergei Lavrov, Foreign Minister of Russia (Russian): "The government in Kiev is \
fragile, and the Americans know it." Lavrov spoke to journalists at the ministry on Wednesday.
"""


def test_a_shot_lists_sound_on_tape_lines_are_labels() -> None:
    assert speaker_of(_SHOT_LIST, "Holding Germany back is hard") == "Sergey Lavrov"
    assert speaker_of(_SHOT_LIST, "Kiev is fragile") == "Sergey Lavrov"
    # The question whose closing mark is lost stays the journalist's, not Lavrov's words.
    assert speaker_of(_SHOT_LIST, "drag it out for years") == "Ivan Petrov"
    document = parse_transcript(_SHOT_LIST, "shots")
    assert all("SOT," not in p.text for p in document.passages)


def test_a_telegram_channel_between_the_verb_and_its_subject_names_no_one() -> None:
    from retrieval.transcript._sentence_sayer import sentence_sayer

    said = (
        "Вильнюс боится правды об истории, заявила в Telegram-канале официальный представитель "
        "МИД РФ Мария Захарова."
    )
    assert sentence_sayer(said) == "Maria Zakharova"


# A forum's repost of a wire story: one quote whose closing mark the copy lost before the
# attribution after its comma.
_LOST_CLOSING_MARK = """\
Russia warns Poland over missile defence site

MOSCOW - Russia's Foreign Ministry on Tuesday warned Poland against hosting a missile-defense \
site.

Such a base in Poland "would damage regional security and relations between Moscow and \
Warsaw, Interfax quoted Foreign Ministry spokesman Mikhail Kamynin as saying.

U.S. officials say the site would defend Europe against missiles from Iran.
"""


def test_a_quote_whose_closing_mark_is_lost_before_a_comma_attribution_is_the_sayers() -> None:
    assert speaker_of(_LOST_CLOSING_MARK, "would damage regional security") == "Mikhail Kamynin"
    assert speaker_of(_LOST_CLOSING_MARK, "defend Europe against missiles") != "Mikhail Kamynin"


def test_an_adjective_in_enn_before_the_year_does_not_make_it_the_topics() -> None:
    from retrieval.query import parse_query

    # «государственном», «военной» are adjectives, not participles of an event ("подписанном
    # в 2010 году" dates the treaty, not the words).
    for question in (
        "Что Захарова говорила о государственном языке в 2023 году?",
        "Что Лавров говорил о военной операции в 2022 году?",
    ):
        parsed = parse_query(question)
        assert parsed.date_from is not None and parsed.date_from.year == int(question[-10:-6])
    assert parse_query("Что Лавров говорил о договоре, подписанном в 2010 году?").date_from is None


# A news agency's shot list: who speaks in capitals after "SOUNDBITE (language)", what he
# replies to, then his words; a camera's shot between them.
_SOUNDBITES = """\
- Title: RUSSIA: Minister sees slow recovery
- Date: 12th May 2010
- Summary: MOSCOW, RUSSIA (MAY 11, 2010) WIDE SHOT MINISTER AND REPORTER SOUNDBITE (Russian) \
RUSSIAN FINANCE MINISTER ALEXEI KUDRIN SAYING, REPLYING TO QUESTION ON GROWTH: "Growth will be \
modest this year, perhaps three percent." WIDE SHOT OF INTERVIEW CUTAWAY SOUNDBITE (Russian) \
RUSSIAN FINANCE MINISTER ALEXEI KUDRIN SAYING "We will not raise taxes before the election."
"""


def test_a_shot_lists_soundbites_are_the_named_speakers_words() -> None:
    assert speaker_of(_SOUNDBITES, "perhaps three percent") == "Alexei Kudrin"
    assert speaker_of(_SOUNDBITES, "not raise taxes") == "Alexei Kudrin"
    document = parse_transcript(_SOUNDBITES, "soundbites")
    assert all(p.speaker != "Cutaway Soundbite" for p in document.passages)


# A paper's interview in dashes under a lead that names the one asked in capitals, before
# "расспросила корреспондент".
_ASKED_BY_CORRESPONDENT = """\
Министром культуры Александр Авдеев стал в мае. О первых шагах АЛЕКСАНДРА АВДЕЕВА \
расспросила корреспондент Ъ ОЛЬГА ПЕТРОВА.
— С чего вы начали работу?
— С поездок по регионам. Разница в доступе к культуре между центром и провинцией огромна.
— Что дальше?
— Будем возить лучшие спектакли в малые города.
"""


def test_the_one_a_correspondent_asked_answers_the_dash_questions() -> None:
    assert speaker_of(_ASKED_BY_CORRESPONDENT, "С поездок по регионам") == "Alexander Avdeev"
    assert speaker_of(_ASKED_BY_CORRESPONDENT, "лучшие спектакли") == "Alexander Avdeev"
    # The name may open the lead's paragraph.
    from retrieval.transcript._page_sayers import interviewee

    lead = ["АЛЕКСАНДРА АВДЕЕВА расспросила корреспондент Ъ ОЛЬГА ПЕТРОВА."]
    assert interviewee(lead) == "Alexander Avdeev"


# A page that opens with the speaker's name alone on a line, his words in the first person
# under it.
_NAME_OVER_SPEECH = """\
Vladimir Putin
No, I do not think so. I remember the debates on the new bridge well: they said it was too \
expensive, and we built it anyway.
"""


def test_a_known_officials_name_alone_over_first_person_words_is_their_label() -> None:
    assert speaker_of(_NAME_OVER_SPEECH, "too expensive") == "Vladimir Putin"


# A wire story: one official quoted, then narration whose subject is another, then a bare
# quote that no one is said to say.
_NARRATION_THEN_QUOTE = """\
Russia hopes for better ties with Washington

“It will not happen in a matter of weeks,” Kremlin spokesman Dmitry Peskov said on Sunday.

Energy Minister Alexander Novak spoke to CNBC in Vienna. Novak also welcomed the choice of a \
former oil executive as Secretary of State.

“He is a very famous energy industry specialist and his actions will be good for the industry”

Viktor Yanukovych may join the union by New Year

“Our course is that integration processes should complement each other.”
"""


def test_a_bare_quote_after_narration_about_another_person_is_that_persons() -> None:
    assert speaker_of(_NARRATION_THEN_QUOTE, "famous energy industry specialist") == (
        "Alexander Novak"
    )
    # A link's headline between paragraphs makes no one the subject of the quote below it.
    assert speaker_of(_NARRATION_THEN_QUOTE, "complement each other") != "Viktor Yanukovych"


def test_an_english_aside_names_the_one_whose_words_a_retelling_gives() -> None:
    from retrieval.transcript._sentence_sayer import sentence_sayer

    said = "Under the new rule, as Siluanov explains, spending would follow the oil price."
    assert sentence_sayer(said, report=True) == "Anton Siluanov"
    # An aside of what the media reported names no one.
    assert sentence_sayer("The deal, as Western media reported, was signed.", report=True) is None


# A foreign site's story: the quote's own paragraph under "..., stating on Telegram:".
_STATING_ON_TELEGRAM = """\
Security Council deputy chairman warns Washington

Dmitry Medvedev, Deputy Chairman of Russia's Security Council, criticised the talk of arming \
Ukraine in a Telegram post.

Responding to the reports, the White House told reporters: "We have no such plans." Medvedev, \
however, appeared unconvinced, stating on Telegram:

"Handing such weapons to a country at war with the largest nuclear power is absurd."
"""


def test_stating_somewhere_before_a_colon_leads_into_the_speakers_words() -> None:
    assert speaker_of(_STATING_ON_TELEGRAM, "largest nuclear power is absurd") == (
        "Dmitry Medvedev"
    )


# An aggregator's digest: the lead's attribution, "Другие заявления:", and items whose emoji
# bullets the copy turned into "?".
_OTHER_STATEMENTS = """\
Сотрудничество с соседями — это важно, заявил Песков. Другие заявления:
?Ситуация в регионе остается тяжелой;
?Россия продолжит все контакты с Израилем и Египтом;
?Кремль не обладает информацией о повреждении кабеля.
"""


def test_items_under_other_statements_are_the_announced_speakers() -> None:
    assert speaker_of(_OTHER_STATEMENTS, "продолжит все контакты") == "Dmitry Peskov"
    assert speaker_of(_OTHER_STATEMENTS, "повреждении кабеля") == "Dmitry Peskov"


def test_a_spanish_spelling_names_the_known_person() -> None:
    from retrieval.speakers import find_known_speaker

    known = find_known_speaker("Maria Zajarova")
    assert known is not None and known.name == "Maria Zakharova"
    assert find_known_speaker("Maja Petrova") is None


def test_a_name_before_a_noun_for_someone_else_is_not_the_headlines_speaker() -> None:
    from retrieval.transcript._sentence_sayer import headline_speaker

    assert headline_speaker("Lavrov deputy warns NATO over missiles") is None
    assert headline_speaker("Putin Ally Issues Nuclear War Warning to US") is None
    assert headline_speaker("Lavrov warns NATO over missiles") == "Sergey Lavrov"
