"""Round 31: questions met on real pages this round — a year inside what was said, and the
everyday words of interviews on school, childhood and sport asked across languages.

The pages here are written for these tests in the layouts met on those sites.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.query import parse_query
from retrieval.transcript import parse_transcript
from tests.conftest import first_hit, first_quote, index_of, quote_of, speaker_of

# A mid.ru English transcript of 2017 in which Lavrov recalls what was decided in 2014.
_COUNCIL_PAGE = """\
Foreign Minister Sergey Lavrov's remarks and answers to media questions following the \
ministerial meeting of the Northern Council, Tromso, May 11, 2017

Question: Is there any military cooperation left between the northern countries?

Sergey Lavrov: In 2014, our partners decided to suspend the meetings of the chiefs of general \
staff of the northern countries. We regret it, since such meetings built trust for years.

Question: What about fishing quotas?

Sergey Lavrov: The fishing quotas are agreed every year by the commission, and this year was \
no exception.
"""


@pytest.mark.parametrize(
    "question",
    [
        "Лавров о том, что западные партнёры в 2014 году прекратили встречи начальников генштабов",
        "Lavrov on the fact that in 2014 the partners suspended the chiefs of staff meetings",
    ],
)
def test_a_year_in_what_was_said_is_no_date_filter(tmp_path: Path, question: str) -> None:
    # Before: "в 2014 году" filtered the pages to those of 2014, and the 2017 page that
    # recalls 2014 was never searched ("filtered").
    assert parse_query(question).date_from is None
    index = index_of(tmp_path, en_council=_COUNCIL_PAGE)
    assert "suspend the meetings of the chiefs" in quote_of(first_hit(index, question))


@pytest.mark.parametrize(
    "question",
    [
        "Правда ли, что в 2014 году Лавров говорил о встречах генштабов?",
        "Is it true that Lavrov said in 2014 that the meetings were suspended?",
        "Что Лавров сказал в 2014 году о встречах генштабов?",
    ],
)
def test_a_year_of_the_saying_still_filters(question: str) -> None:
    parsed = parse_query(question)
    assert parsed.date_from is not None and parsed.date_from.year == 2014


# A Russian interview for a documentary: the minister on his school years.
_SCHOOL_PAGE = """\
Интервью Министра иностранных дел России С.В.Лаврова для документального фильма о школе, \
Москва, 10 октября 2019 года

Вопрос: Кто из учителей Вам запомнился?

С.В.Лавров: Моим любимым преподавателем в средней школе был Семён Кузнецов. Он вёл у нас \
физику и математику и умел объяснить самое сложное простыми словами.

Вопрос: Как Вы относитесь к тому, что люди носят футболки с Вашим портретом?

С.В.Лавров: Чего греха таить, мне это льстит. Но я не придаю этому большого значения.

Вопрос: Как Вы проводите отпуск?

С.В.Лавров: Летом я сплавляюсь по горным рекам на Алтае с друзьями.
"""


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("Who was Lavrov's favourite teacher, who taught him physics and maths?", "Кузнецов"),
        ("How does Lavrov feel about people wearing T-shirts with his face?", "льстит"),
    ],
)
def test_school_words_meet_their_russian_words(tmp_path: Path, question: str, words: str) -> None:
    # Before: no answer ("weak"): "favourite", "physics", "maths" and "T-shirts" had no Russian
    # words to meet («любимым», «физику», «математику», «футболки»).
    index = index_of(tmp_path, ru_school=_SCHOOL_PAGE, en_council=_COUNCIL_PAGE)
    hit = first_hit(index, question)
    assert words in quote_of(hit)
    assert hit.passage.speaker == "Sergey Lavrov"


# A blog's retelling of an interview: "affirmed" with an object is no verb of saying.
_BLOG_RETELLING = """\
Putin made it clear that he wants the two countries to be partners. "We want to be a friend \
of yours," he says.
Putin strongly opposed the invasion and insisted that decisions be taken at the Security \
Council (where his country, of course, has a veto). The long occupation has affirmed Putin's \
sense that he was right. "But this task is enormous. It is a small but very proud nation." \
The war plays into his wish for a world of many poles.
"""


def test_affirmed_with_an_object_is_no_saying() -> None:
    # Before (since round 30's 'affirmed' was made a verb of saying): "The long occupation has
    # affirmed Putin's sense ..." had no one for its sayer, and the quotes after it were left to
    # no one.
    assert speaker_of(_BLOG_RETELLING, "proud nation") == "Vladimir Putin"


def test_affirmed_that_still_says() -> None:
    page = (
        "The Russian ambassador Ivan Sorokin visited the port on Monday.\n"
        "Speaking to reporters, the ambassador affirmed that the supply of grain would go on "
        "through the winter.\n"
    )
    assert speaker_of(page, "supply of grain") == "Ivan Sorokin"


# A sports site's copy of an interview, cut mid-quote: the quote opened in the third paragraph
# is never closed, and the last paragraph names a club in its own marks.
_CUT_QUOTE_STORY = """\
Дмитрий Медведев: «Болеть будем громко»
Президент России Дмитрий Медведев в интервью иностранным СМИ рассказал о том, что \
российские спортсмены готовы к летним Играм.
«Не стану называть число медалей, но уверен, что наша команда покажет себя с лучшей \
стороны. До открытия Игр осталось меньше трёх месяцев.
Наш спорт возрождается. Недавно «Зенит» выиграл европейский кубок, а сборная стала \
чемпионом мира по хоккею. В стране живут сотни олимпийских чемпионов, и это немало. А что ещё
"""


def test_a_cut_quote_goes_on_past_a_name_in_marks() -> None:
    # Before: «Зенит» made the last paragraph look like one with quotes of its own, so it
    # was not read as the open quote going on, and went to no one.
    assert speaker_of(_CUT_QUOTE_STORY, "спорт возрождается") == "Dmitry Medvedev"


def test_a_paragraph_after_a_closed_quote_stays_narration() -> None:
    story = _CUT_QUOTE_STORY.replace("меньше трёх месяцев.", "меньше трёх месяцев».")
    assert speaker_of(story, "спорт возрождается") == "Unknown speaker"


# An agency's story: a warning to a foreign official, then the attribution closing the sentence
# with a long post and the name.
_WARNING_STORY = """\
Ульянов осудил доклад агентства

МОСКВА, 13 ноя – РИА Новости. Российская сторона предупредила гендиректора агентства Рафаэля \
Гросси, что неприемлемые вещи в его докладах не останутся без последствий, заявил постоянный \
представитель Российской Федерации при международных организациях в Вене Михаил Ульянов.
"Это безобразие. Такие вещи говорить просто нельзя, они противоречат нашим общим \
пониманиям", - сказал он журналистам.
"""


def test_a_long_post_and_name_closing_the_sentence_is_the_sayer() -> None:
    # Before: the one warned, "гендиректора агентства Рафаэля Гросси", had been taken for the
    # sayer of the lead and of the quote after it: a wrong attribution.
    assert speaker_of(_WARNING_STORY, "не останутся без последствий") == "Mikhail Ulyanov"
    assert speaker_of(_WARNING_STORY, "Это безобразие") == "Mikhail Ulyanov"


def test_the_one_warned_is_no_sayer() -> None:
    page = (
        "Российская сторона предупредила гендиректора агентства Рафаэля Гросси, что такие "
        "вещи в докладах не останутся без последствий.\n"
    )
    assert speaker_of(page, "без последствий") != "Rafael Grossi"


def test_a_deputy_minister_in_the_nominative_still_says() -> None:
    page = (
        "Москва готова к диалогу по стратегической стабильности, заявил замминистра "
        "иностранных дел Сергей Рябков.\n"
    )
    assert speaker_of(page, "готова к диалогу") == "Sergey Ryabkov"


# A TV channel's site: the lead names the first deputy envoy; his quote closes with his post.
_FIRST_DEPUTY_STORY = """\
Полянский заявил о надоевшей в ООН теме

Тема почти не звучит в Совете Безопасности ООН. Такое заявление сделал первый заместитель \
постпреда России при ООН Дмитрий Полянский в эфире «Соловьев Live».

«Сейчас эта тема в тематических заседаниях практически ушла. Честно сказать, всем она уже \
надоела», — сообщил первый заместитель постпреда России при ООН.
"""


def test_the_first_deputy_envoy_is_the_one_named_so() -> None:
    # Before: «первый» kept the post from naming anyone; the quote went to no one.
    assert speaker_of(_FIRST_DEPUTY_STORY, "практически ушла") == "Dmitry Polyanskiy"


# A university journal's portrait: narration about the envoy, then his words, the attribution
# with his initial set inside the quote; the copy is cut mid-quote.
_PORTRAIT = """\
Журнал выпускников

Геннадий Гатилов: «Готов работать дальше»

Геннадий Гатилов принадлежит к славному курсу института. Пройдя все ступени карьеры, он \
стал постоянным представителем России в Женеве.

Мало кто знает, что он всю жизнь был арабистом. В 1967 году, когда Г. Гатилов поступал в \
институт, только закончилась Шестидневная война. Ближний Восток бурлил в те годы, поэтому \
арабский язык был в моде. «Арабский мир состоял из двадцати с лишним стран, — говорит \
Г. Гатилов, — выбор для работы с этим языком был весьма широким. И при распределении я \
выразил желание его
"""


def test_a_portrait_s_narration_is_not_his_words() -> None:
    # The initial's stop ("Г. Гатилов") now ends no clause, so the quote is his; the
    # narration before it (about him, in the nominative) must not become his words with it.
    document = parse_transcript(_PORTRAIT, "page")
    for passage in document.passages:
        if "Шестидневная война" in passage.text or "Ближний Восток" in passage.text:
            assert passage.speaker == "Unknown speaker"
    # ... while his quote under his headline is his, cut from the narration before it.
    assert speaker_of(_PORTRAIT, "выбор для работы") == "Gennady Gatilov"


def test_an_initial_and_surname_inside_a_quote_name_its_sayer() -> None:
    page = (
        "Он много лет работал на Ближнем Востоке. «Арабский мир состоял из двадцати стран, — "
        "говорит Г. Гатилов, — выбор для работы с этим языком был весьма широким».\n"
    )
    assert speaker_of(page, "выбор для работы") == "Gennady Gatilov"


def test_background_on_him_before_other_narration_is_no_lead_in() -> None:
    # Before: "В 1967 году, когда Гатилов поступал ..." speaks of him in the nominative, so it
    # was read as a lead-in to his quote two sentences on, and shown as his words.
    page = (
        "Геннадий Гатилов принадлежит к славному курсу института.\n\n"
        "Мало кто знает, что он всю жизнь был арабистом. В 1967 году, когда Гатилов поступал в "
        "институт, только закончилась война. Ближний Восток бурлил в те годы, поэтому арабский "
        "язык был в моде. «Арабский мир состоял из двадцати стран, — говорит Геннадий Гатилов, "
        "— выбор для работы был широким».\n"
    )
    assert speaker_of(page, "закончилась война") == "Unknown speaker"
    assert speaker_of(page, "выбор для работы") == "Gennady Gatilov"


@pytest.mark.parametrize(
    "line",
    [
        "(cc – February 4, 2014)",  # a digest's copy line
        "event_note February 4, 2014",  # an icon's name before the date
        "Опубликовано 4 февраля 2014.",  # with its stop
        "February 4, 2014 Topic: Foreign Policy Region: Russia",  # a magazine's fields
    ],
)
def test_date_lines_of_reposting_sites(line: str) -> None:
    # Before: each page was undated, so a question's year could not find it.
    page = (
        "Visit to the Leopard Centre\n\n"
        f"{line}\n\n"
        'Vladimir Putin visited the centre. "This is a unique centre," he said.\n'
    )
    assert str(parse_transcript(page, "page").date) == "2014-02-04"


# A society's repost of a newspaper interview, cut to its questions and answers: emoji for
# labels, and the deputy minister addressed only by his first name and patronymic.
_EMOJI_INTERVIEW = """\
❓: Андрей Юрьевич, какие темы сегодня главные в отношениях двух стран?

💬 : Отношения между нашими странами многогранны и не ограничиваются одним вопросом \
урегулирования. Мы готовим визиты на высшем уровне.

❓: Когда пройдут следующие консультации министерств?

💬 : Консультации запланированы на осень, дата будет согласована по дипломатическим каналам.
"""


def test_emoji_labels_and_an_address_by_patronymic_name_the_answerer() -> None:
    # Before: the page was one paragraph run of no one's words.
    document = parse_transcript(_EMOJI_INTERVIEW, "page")
    assert speaker_of(_EMOJI_INTERVIEW, "многогранны") == "Andrey Rudenko"
    assert speaker_of(_EMOJI_INTERVIEW, "запланированы на осень") == "Andrey Rudenko"
    assert any(
        p.text.startswith("Андрей Юрьевич") and p.speaker == "Question" for p in document.passages
    )


def test_an_address_to_someone_outside_the_table_names_no_one() -> None:
    page = _EMOJI_INTERVIEW.replace("Андрей Юрьевич", "Пётр Семёнович")
    assert speaker_of(page, "многогранны") != "Andrey Rudenko"


# A machine-translated aggregator's copy: the spokeswoman's words without quote marks, the
# attribution closing the paragraph's last sentence with its subject before the verb.
_UNQUOTED_COPY = """\
Controversial words about travellers who must weigh their means before a trip were meant to \
prevent hard cases in the future and are only advice. This was stated by the official \
representative of Russian foreign Ministry Maria Zakharova during a live broadcast.

All I said was in no way intended to offend someone, but just to warn about situations \
abroad. We see these stories. This is the story of the pain of thousands of people, the \
diplomat said.

Zakharova stressed that the situation differs from what it was decades ago.

I mean that the trip can be by invitation. When someone invites you, he bears the \
responsibility for you. That is all, — said the representative of the foreign Ministry.

She stressed that the Ministry supports tourism.
"""


def test_unquoted_words_before_a_closing_attribution_are_hers() -> None:
    # Before: "All I said ..." was read as someone saying something ("I said"), so the
    # paragraph's first sentence went to no one.
    assert speaker_of(_UNQUOTED_COPY, "offend someone") == "Maria Zakharova"


# A digest's repost of an agency interview: an image's description under the title, then the
# source and date in parentheses glued to the first question.
_DIGEST_INTERVIEW = """\
Interfax: Interview with Ambassador Pavel Sokolov, Permanent Representative of Russia to the Union

File Photo of Official at Podium in Front of Large Council Signage

(Interfax – August 28, 2014) Question: Ambassador Sokolov, will the summit start a new Cold War?

Answer: It is too early to say what decisions the summit will take. We will see what is adopted.
"""


def test_a_digest_s_source_and_date_glued_to_the_text() -> None:
    # Before: the page was undated, and the image's description was the ambassador's words.
    document = parse_transcript(_DIGEST_INTERVIEW, "page")
    assert str(document.date) == "2014-08-28"
    assert not any("File Photo" in p.text for p in document.passages)
    assert speaker_of(_DIGEST_INTERVIEW, "too early to say") == "Pavel Sokolov"


_UN_VOTE_STORY = """\
Russian envoy slams Western pressure over UN vote

In an exclusive interview, Russian Ambassador to the Republic His Excellency Pavel Orlov said \
that Western countries had used blackmail and threats of sanctions to win votes.

"The resolution poured more fuel on the fire. The Russian side will not change its course," \
the ambassador said.
"""


@pytest.mark.parametrize(
    "question",
    [
        "What did Ambassador Orlov say about Russian wheat and fertiliser deliveries?",
        "Что посол России Орлов говорил о поставках пшеницы и удобрений?",
    ],
)
def test_a_speaker_s_title_is_no_search_word(tmp_path: Path, question: str) -> None:
    # Before: "Ambassador" and "Russian" were searched for; on his own page they covered enough
    # of the question to answer it with his words on the UN vote.
    index = index_of(tmp_path, en_vote=_UN_VOTE_STORY)
    assert "посол" not in index.search(question).terms
    assert "ambassador" not in index.search(question).terms
    assert not index.search(question).hits


def test_a_post_without_a_name_is_still_searched(tmp_path: Path) -> None:
    index = index_of(tmp_path, en_vote=_UN_VOTE_STORY)
    assert (
        "ambassador" in index.search("what did the russian ambassador say about the UN vote").terms
    )
    assert "fuel on the fire" in first_quote(
        index, "What did Ambassador Orlov say about the resolution?"
    )


# The Duma's own English site: the chairman named by his post only, after a caption with his name.
_DUMA_STORY = """\
Viacheslav Volodin noted the success of the State Duma in international work

In an interview with a TV channel, the Chairman of the State Duma spoke about contacts with \
the Assembly and with British parliamentarians
Chairman of the State Duma Viacheslav Volodin
Chairman of the State Duma Viacheslav Volodin

The Chairman of the State Duma believes that December was a successful month. “We have \
concentrated all the work of the year in December, and it has brought results,” he said.

Viacheslav Volodin
The Chairman of the State Duma of the seventh convocation
talked about a meeting with the Assembly's President. “This meeting was an opportunity to \
discuss all issues of our participation in the Assembly,” he said.
"""


@pytest.mark.parametrize("post", ["The Chairman of the State Duma", "The Duma speaker"])
def test_the_duma_chairman_by_his_post_is_the_one_named(post: str) -> None:
    # Before: "The Chairman of the State Duma believes" named no post we knew, so his quote
    # went to no one.
    page = _DUMA_STORY.replace("The Chairman of the State Duma believes", f"{post} believes")
    assert speaker_of(page, "brought results") == "Vyacheslav Volodin"


_ISIS_STORY = """\
Сыромолотов: под знаменами ИГ воюют тысячи иностранцев

Замминистра иностранных дел России Олег Сыромолотов заявил, что угроза растет.

"На данный момент под знаменами ИГ сражается более 25 тысяч иностранных \
террористов-боевиков, в том числе из арабских стран, Европы, России и СНГ", - сказал \
Сыромолотов.
"""


def test_isis_fighters_meet_ig_and_its_militants(tmp_path: Path) -> None:
    # Before: no answer ("weak"): «ИГ» was no name of ISIS, and "fighters" had no Russian
    # word the story uses («боевиков»).
    index = index_of(tmp_path, ru_isis=_ISIS_STORY, en_council=_COUNCIL_PAGE)
    question = "Syromolotov on ISIS fighters"
    assert "арабских стран" in first_quote(index, question)
    assert "#isis" not in index.search("Мы играем в игры с игроками").terms


_BALTIC_STORY = """\
Zakharova warns of consequences if the Baltic states close Russia's missions

Closing the embassies would mean leaving our citizens and hundreds of thousands of compatriots \
in the Baltics at the mercy of fate, Foreign Ministry spokeswoman Maria Zakharova said.
"""

_DEFERMENT_STORY = """\
Картаполов: отсрочки для уехавших не будет

Председатель комитета Госдумы по обороне Андрей Картаполов заявил, что для уехавших через \
Верхний Ларс отсрочки не будет. "Никакой отсрочки для них, это был их выбор", - сказал он.
"""


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("Что Захарова говорила о соотечественниках в Прибалтике?", "compatriots"),
        ("Kartapolov on deferments for men who left", "отсрочки"),
    ],
)
def test_baltics_and_deferments_meet_their_words(tmp_path: Path, question: str, words: str) -> None:
    # Before: «Прибалтика» and "deferment" had no word in the other language.
    index = index_of(
        tmp_path, en_baltic=_BALTIC_STORY, ru_deferment=_DEFERMENT_STORY, en_council=_COUNCIL_PAGE
    )
    assert words in first_quote(index, question)


_REPORT_TO_PUTIN = """\
Встреча с губернатором области

Спасибо большое, Владимир Владимирович, за встречу. Извините, большое количество материалов, \
хотел просто подробно доложить. За последние четыре года область получила поддержку из \
федерального бюджета.
"""


def test_papers_meet_materials(tmp_path: Path) -> None:
    # Before: "papers" had no Russian word the governor used («материалов»).
    index = index_of(tmp_path, ru_report=_REPORT_TO_PUTIN, en_council=_COUNCIL_PAGE)
    assert "материалов" in first_quote(index, "why did the governor bring so many papers")


# A paper's interview laid out with bars after the speakers.
_BAR_INTERVIEW = """\
О подробностях переговоров рассказал заместитель министра иностранных дел РФ Андрей Руденко.
Российская газета | Разве этот вопрос не был закрыт после прошлой встречи министров?
Андрей Руденко | Формально он так и не был закрыт. Поэтому сегодня мы снова обсуждали его \
вместе с партнерами.
"""


def test_bars_after_speakers_are_labels() -> None:
    # Before: the page was one run of no one's words.
    assert speaker_of(_BAR_INTERVIEW, "Формально он") == "Andrey Rudenko"
    assert speaker_of(_BAR_INTERVIEW, "Разве этот вопрос") == "Question"


def test_a_menu_of_bars_is_no_label() -> None:
    page = "Главная | Новости | Интервью посла о торговле и визах\n\n" + _UNQUOTED_COPY
    assert not any("Новости:" in p.text for p in parse_transcript(page, "page").passages)
