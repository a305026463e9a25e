"""Who said it on news retellings, pass 14 (issue 8): layouts met on fresh pages (set P):
"he said" after a speaker named by a post, and "the president" on a story about a minister.

The pages here are written for these tests in the layouts met on news sites. A wrong speaker
is the worst bug: where the page does not say who speaks, the passage stays unknown.
"""

from __future__ import annotations

from tests.conftest import said_by as _said_by
from tests.conftest import speaker_of

LAVROV = "Sergey Lavrov"
PUTIN = "Vladimir Putin"


# A story about the minister; its background paragraph retells the president, named by his
# post only, and goes on with "Он отметил".
_PRONOUN_AFTER_POST_STORY = (
    "Лавров ответил на вопрос о переговорах\n\n"
    "Глава МИД РФ Сергей Лавров заявил журналистам, что Москва готова продолжать контакты с "
    "американскими коллегами по всем темам двусторонней повестки, включая работу посольств "
    "и вопросы стратегической стабильности, если вашингтонская сторона проявит к этому "
    "встречный интерес.\n\n"
    "Ранее президент РФ Владимир Путин назвал беспочвенными слухи о разногласиях внутри "
    "российской делегации. По словам главы государства, каждый ее участник работает по "
    "своему графику, о котором заранее докладывает.\n\n"
    "Ранее российский лидер заявил, что Москва хотела бы закрепить будущие договоренности с "
    "соседями в юридически обязывающих документах, которые прошли бы ратификацию. Он "
    "отметил, что устные обещания западных столиц уже не раз нарушались в прошлом и "
    "больше не могут служить основой для каких бы то ни было серьезных соглашений.\n"
)


def test_he_after_a_leader_named_by_his_post_is_that_leader() -> None:
    # "Он отметил" right after "российский лидер заявил" is the president's, not the minister
    # the story is about (named last by his name).
    words = "устные обещания западных столиц"
    assert speaker_of(_PRONOUN_AFTER_POST_STORY, words) == PUTIN
    assert words not in _said_by(_PRONOUN_AFTER_POST_STORY, LAVROV)


# A journalist who reported the scene is named by name; the minister after him by his post.
_JOURNALIST_THEN_MINISTER_STORY = (
    "Лавров обратился к журналистам с просьбой\n\n"
    "Министр иностранных дел России Сергей Лавров в ходе пресс-конференции сделал замечание "
    "одному из корреспондентов, который во время ответов на вопросы давал интервью своему "
    "каналу прямо в зале. Об этом сообщил журналист Иван Петров в своем Telegram-канале.\n\n"
    "Ранее министр пошутил, что соседняя страна выбрала весь лимит просьб к своим "
    "покровителям, в то время как Москва не станет просить об отмене ограничений. Он "
    "отметил, что в заявлениях о якобы вмешательстве в чужие выборы не было ни одного факта, "
    "и назвал это манерами, к которым российская сторона давно привыкла.\n"
)


def test_he_after_the_minister_is_not_the_journalist_named_before() -> None:
    words = "не было ни одного факта"
    assert speaker_of(_JOURNALIST_THEN_MINISTER_STORY, words) == LAVROV
    assert words not in _said_by(_JOURNALIST_THEN_MINISTER_STORY, "Ivan Petrov")


# A story about the minister whose last paragraph retells the president by his post: the
# minister's own surname follows the word "Президент" in an oblique case.
_PRESIDENT_ON_MINISTER_STORY = (
    "Лавров ответил на слухи о своем отсутствии\n\n"
    "Глава МИД России Сергей Лавров рассказал журналистам, где он находился в последние "
    "недели, пока в сетях обсуждали его отсутствие на нескольких международных встречах и "
    "строили самые разные догадки о причинах.\n\n"
    "Пресс-секретарь главы государства указал, что министр продолжает работу в обычном "
    "режиме. Президент объяснил, что у Лаврова есть свой график работы, и он сейчас "
    "готовится к переговорам с партнерами по нескольким трудным вопросам повестки.\n"
)


def test_the_president_on_a_story_about_a_minister_is_not_the_minister() -> None:
    words = "Президент объяснил"
    assert words not in _said_by(_PRESIDENT_ON_MINISTER_STORY, LAVROV)


USHAKOV = "Yuri Ushakov"
PESKOV = "Dmitry Peskov"

# A TASS-like page about the aide: headline, a deck that names him by his post only.
_AIDE_DECK_STORY = (
    "Ушаков: Москва и Вашингтон обсуждают обмен заключенными без огласки\n\n"
    "{subject} отметил, что стороны договорились не раскрывать подробности контактов по "
    "этой теме до тех пор, пока работа экспертов не принесет конкретного результата для "
    "граждан обеих стран и их семей.\n\n"
    "МОСКВА, 3 декабря. /ТАСС/. Россия и США продолжают контакты по вопросу об обмене "
    "заключенными, но их содержание стороны не комментируют. Об этом журналистам сообщил "
    "помощник президента РФ Юрий Ушаков.\n"
)


def test_the_president_s_aide_named_by_his_post_is_the_aide() -> None:
    page = _AIDE_DECK_STORY.format(subject="Помощник президента России")
    assert "не раскрывать подробности контактов" in _said_by(page, USHAKOV)


def test_another_country_s_presidential_aide_is_not_the_russian_aide() -> None:
    page = _AIDE_DECK_STORY.format(subject="Помощник президента Украины")
    assert "не раскрывать подробности контактов" not in _said_by(page, USHAKOV)


# A story about the minister; its background names the Kremlin spokesman, then "the head of
# state's press secretary" retells him.
_HEAD_OF_STATE_AIDE_STORY = (
    "Лавров рассказал о своем рабочем графике\n\n"
    "Глава МИД России Сергей Лавров рассказал журналистам, где он находился в последние "
    "недели, пока в сетях обсуждали его отсутствие на нескольких международных встречах и "
    "строили самые разные догадки о причинах.\n\n"
    "Ранее официальный представитель Кремля Дмитрий Песков назвал выдумкой сообщения "
    "нескольких западных изданий о том, что министр якобы лишился доверия руководства страны "
    "после неудачных переговоров.\n\n"
    "Пресс-секретарь главы государства указал, что министр продолжает работу в обычном "
    "режиме и в ближайшие дни проведет несколько встреч с зарубежными коллегами, в том числе "
    "с партнерами из стран Азии и Латинской Америки.\n"
)


def test_the_head_of_state_s_press_secretary_is_the_spokesman_named_before() -> None:
    words = "продолжает работу в обычном режиме"
    assert speaker_of(_HEAD_OF_STATE_AIDE_STORY, words) == PESKOV
    assert words not in _said_by(_HEAD_OF_STATE_AIDE_STORY, LAVROV)


# A story that the headline ties to the minister; one paragraph names the Kremlin spokesman
# by post and name as the subject of a verb that is not one of saying, then quotes "the
# Kremlin's representative".
_SPOKESMAN_ACTING_STORY = (
    "В Кремле ответили на слухи об отставке Лаврова\n\n"
    "{opening} Пресс-секретарь президента Дмитрий Песков {verb} относиться к подобным "
    'публикациям спокойно и без лишних эмоций. "Традиционно отвечу одно: относитесь к таким '
    'слухам соответствующим образом, ничего нового тут нет", - подчеркнул представитель '
    "Кремля. Накануне несколько каналов в мессенджерах сообщили о возможных переменах в "
    "руководстве внешнеполитического ведомства.\n"
)


def test_the_kremlin_representative_after_the_spokesman_acting_is_the_spokesman() -> None:
    page = _SPOKESMAN_ACTING_STORY.format(
        opening="В Кремле опровергли информацию о якобы возможной отставке министра "
        "иностранных дел России Сергея Лаврова.",
        verb="рекомендовал",
    )
    assert "Традиционно отвечу одно" in _said_by(page, PESKOV)
    lavrov = _said_by(page, LAVROV)
    assert "Традиционно отвечу одно" not in lavrov
    assert "В Кремле опровергли" not in lavrov


_FOREIGN_MINISTER_ACTING_STORY = (
    "Лавров провел переговоры в Женеве\n\n"
    "Министр иностранных дел России Сергей Лавров заявил журналистам после переговоров, что "
    "Москва и Вашингтон договорились продолжить консультации по стратегической стабильности "
    "и по работе посольств, включая выдачу виз дипломатам.\n\n"
    'Госсекретарь США Энтони Блинкен провел с российским коллегой отдельную встречу. "Мы '
    "обсудили все вопросы, которые накопились в наших отношениях за последние месяцы, и "
    'договорились о следующих шагах", - сказал дипломат.\n'
)


def test_the_minister_after_a_foreign_minister_acting_is_not_ours() -> None:
    # "Госсекретарь США Энтони Блинкен провел ...": "сказал дипломат" after it may be his as
    # well as Lavrov's, so it is nobody's we can name.
    words = "которые накопились в наших отношениях"
    assert words not in _said_by(_FOREIGN_MINISTER_ACTING_STORY, LAVROV)


# A lead that retells a forecast or a piece of advice, its quote in the next paragraph.
_FORETOLD_STORY = (
    "Песков: конфликт закончится миром\n\n"
    "Пресс-секретарь президента РФ Дмитрий Песков {verb}, что нынешний кризис в отношениях с "
    "Западом рано или поздно закончится миром, в котором к голосу России будут прислушиваться "
    "все участники переговоров.\n\n"
    '"Любой кризис заканчивается, и мы к этому готовы, нужно только набраться терпения и '
    'спокойно делать свою работу", - сказал Песков журналистам.\n'
)


def test_a_lead_that_retells_a_forecast_is_the_forecaster_s() -> None:
    for verb in ("предрек", "спрогнозировал", "порекомендовал не спешить с выводами и"):
        page = _FORETOLD_STORY.format(verb=verb)
        assert "рано или поздно закончится миром" in _said_by(page, PESKOV), verb


def test_a_forecast_in_english_is_the_forecaster_s() -> None:
    page = (
        "Kremlin expects talks to resume\n\n"
        "Kremlin spokesman Dmitry Peskov predicted on Tuesday that the talks with Washington "
        "on the embassies would resume before the end of the year, once both sides had "
        "agreed on the agenda and the level of the delegations.\n\n"
        "Officials in Washington did not comment on the schedule of the consultations.\n"
    )
    assert "the talks with Washington on the embassies" in _said_by(page, PESKOV)
    assert "did not comment" not in _said_by(page, PESKOV)


USHAKOV_DECLINES = (
    "MOSCOW, May 14. /TASS/. Russian Presidential Aide Yury Ushakov {verb} the many "
    "statements and rumours about who might come to the talks in Istanbul next week and at "
    "what level the delegations of the two sides would be led there.\n\n"
    '"There are simply too many statements. We will see how the situation unfolds," he told '
    "reporters.\n"
)


def test_a_lead_that_retells_a_refusal_to_comment_is_the_one_who_refused() -> None:
    for verb in ("refused to comment on", "declined to comment on"):
        page = USHAKOV_DECLINES.format(verb=verb)
        assert "statements and rumours about who might come" in _said_by(page, USHAKOV), verb


def test_refusing_to_do_something_else_is_no_saying() -> None:
    # "refused to attend": an act, not an answer; the lead stays the reporter's.
    page = USHAKOV_DECLINES.format(verb="refused to attend a meeting on").replace(
        "There are simply too many statements. ", ""
    )
    assert "statements and rumours about who might come" not in _said_by(page, USHAKOV)


def test_a_russian_lead_that_retells_a_refusal_to_comment_is_the_one_who_refused() -> None:
    page = (
        "Песков не стал комментировать сообщения о целях операции\n\n"
        "Москва. 23 января. INTERFAX.RU - Пресс-секретарь президента России Дмитрий Песков "
        "{verb} утверждения анонимных источников западного агентства о том, что в Кремле "
        "якобы уже считают достигнутыми все поставленные цели.\n\n"
        '"Нет, не могу прокомментировать, я не знаю, что это за источники", - сказал Песков '
        "журналистам.\n"
    )
    for verb in ("не стал комментировать", "отказался комментировать"):
        assert "утверждения анонимных источников" in _said_by(page.format(verb=verb), PESKOV)


# A Reuters-like copy: the lead names the aide by a description only, his name in the next
# paragraph.
_KREMLIN_ADVISER_STORY = (
    "Kremlin says talks with US envoy were constructive\n\n"
    "Dec 5 - {subject} said on Friday that the latest round of talks in the Kremlin with the "
    "U.S. envoy had been constructive and that both sides understood each other far better "
    "than they had a year ago.\n\n"
    'Yuri Ushakov also said that "the work on the documents goes on" and that the experts '
    "of the two sides would meet again in the coming weeks.\n"
)


def test_the_kremlin_s_adviser_is_the_aide_of_the_story() -> None:
    for subject in ("The Kremlin's top foreign policy adviser", "The Kremlin aide"):
        page = _KREMLIN_ADVISER_STORY.format(subject=subject)
        assert "latest round of talks in the Kremlin" in _said_by(page, USHAKOV), subject


def test_an_eu_foreign_policy_adviser_is_not_the_kremlin_aide() -> None:
    page = _KREMLIN_ADVISER_STORY.format(subject="The EU's top foreign policy adviser")
    assert "latest round of talks in the Kremlin" not in _said_by(page, USHAKOV)


# A retelling of the president's answer at a joint news conference, then his words in a
# paragraph of their own.
_ANSWER_STORY = (
    "Путин объяснился за резкие слова\n\n"
    "Российский президент Владимир Путин объяснился за свои недавние резкие слова о соседней "
    "стране, которые вызвали большой резонанс не только в России, но и далеко за ее "
    "пределами.\n\n"
    "На совместной пресс-конференции с президентом Казахстана Путина спросили, как он "
    'оценивает реакцию соседей на эти слова. {subject} заявил, что "ничего личного тут не '
    'было". Он также {verb}, что никогда не переходил на личности в разговорах с коллегами.\n\n'
    '"Вопрос только в том, что мы слышим такие комментарии о договорах, которые регулируют '
    "очень важные отношения между странами, и мне кажется, что это не тот формат для "
    'разговора о них", - сказал Путин.\n'
)


def test_the_russian_president_after_words_of_circumstance_is_the_president() -> None:
    page = _ANSWER_STORY.format(subject="В ответ президент РФ", verb="утверждает")
    putin = _said_by(page, PUTIN)
    assert "ничего личного тут не было" in putin
    assert "никогда не переходил на личности" in putin


def test_another_country_s_president_after_words_of_circumstance_is_not_ours() -> None:
    page = _ANSWER_STORY.format(subject="В ответ украинский президент", verb="утверждает")
    assert "ничего личного тут не было" not in _said_by(page, PUTIN)


ZAKHAROVA = "Maria Zakharova"


def test_summing_up_with_what_was_said_is_saying() -> None:
    page = (
        "Захарова объяснила звонок во время эфира\n\n"
        "Официальный представитель МИД России Мария Захарова объяснила телефонный звонок, "
        "который поступил ей во время прямого эфира, тем, что коллеги уточняли у нее "
        "подробности одного из срочных сообщений по теме брифинга.\n\n"
        "Захарова подытожила, что никакой интриги в этом звонке нет и не было, а журналисты "
        "давно привыкли к тому, что она отвечает на срочные сообщения прямо в эфире.\n\n"
        "Россия заключила, что такие звонки не мешают работе, сообщили в ведомстве.\n"
    )
    assert "никакой интриги в этом звонке нет" in _said_by(page, ZAKHAROVA)


def test_more_forms_of_saying_in_a_story() -> None:
    page = (
        "Путин ответил на вопрос о пресс-секретаре\n\n"
        "Президент России Владимир Путин на пресс-конференции ответил на вопрос о словах "
        "своего пресс-секретаря, которые накануне вызвали много споров в сетях и были "
        "подхвачены несколькими зарубежными изданиями.\n\n"
        "Путин объясняет, что не может лично контролировать каждого сотрудника администрации "
        "и каждое сказанное ими на публике слово.\n"
    )
    assert "не может лично контролировать" in _said_by(page, PUTIN)


def test_made_the_comments_goes_on_with_the_one_quoted() -> None:
    page = (
        "Lavrov says Russia hopes for stability in Egypt\n\n"
        "Russia is waiting to benefit from a return to stability in Egypt, the country's "
        "Foreign Minister Sergei Lavrov said on Thursday, adding that Moscow valued its long "
        "ties with Cairo in trade, energy and education.\n\n"
        "He made the comments at a press conference on Thursday following a meeting in Cairo "
        "with his Egyptian counterpart.\n"
    )
    assert "made the comments at a press conference" in _said_by(page, LAVROV)


def test_the_russian_fm_is_the_foreign_minister_of_the_story() -> None:
    page = (
        "Russian FM says West took wishful thinking for news\n\n"
        '"This was probably wishful thinking on the part of our Western colleagues, and I '
        'have read with interest how the events were covered," Lavrov said in an interview '
        "with a television channel on Monday.\n\n"
        "Partners Expressed Solidarity\n\n"
        '"Many calls came to the president from colleagues who wanted to express their '
        "solidarity and support. We were asked not to talk about those calls publicly, so we "
        'try not to do it," the Russian FM told the channel.\n'
    )
    lavrov = _said_by(page, LAVROV)
    assert "Many calls came to the president" in lavrov
    assert "Partners Expressed Solidarity" not in lavrov


def test_complaining_is_saying() -> None:
    page = (
        "Лавров попросил журналиста не отвлекать его\n\n"
        "Во время большой пресс-конференции глава МИД РФ Сергей Лавров попросил одного из "
        "журналистов в зале не махать рукой, пока он отвечает на вопросы коллег. Как передает "
        "корреспондент издания, дипломат пожаловался, что это сильно отвлекает от ответа.\n\n"
        "Император пожаловал ему орден за заслуги перед отечеством, напомнили историки.\n"
    )
    lavrov = _said_by(page, LAVROV)
    assert "это сильно отвлекает от ответа" in lavrov
    assert "пожаловал ему орден" not in lavrov


_RYABKOV_STORY = (
    "Рябков не стал раскрывать содержание контактов\n\n"
    "Замглавы МИД России Сергей Рябков не стал отвечать на вопрос, обсуждали ли министры "
    "двух стран во время последнего телефонного разговора поставки вооружений, сказав, что "
    "такие темы не следует обсуждать публично.\n\n"
    "{sentence} о том, проинформировали ли американские коллеги Москву о содержании "
    "разговора своего президента с одним из европейских лидеров на прошлой неделе.\n"
)


def test_a_negated_verb_or_an_adverb_between_the_post_and_the_verb() -> None:
    for sentence in (
        "Замглавы МИД не ответил и на вопрос",
        "Прежде дипломат иронично ответил на вопрос",
        "Замминистра не исключил, что вернется к вопросу",
    ):
        page = _RYABKOV_STORY.format(sentence=sentence)
        assert "проинформировали ли американские коллеги" in _said_by(page, "Sergey Ryabkov")


def test_reminding_and_admonishing_are_saying() -> None:
    page = (
        "Russia's envoy rebukes Council members\n\n"
        "Russia's Ambassador to the United Nations, Vasily Nebenzya, {verb} several members "
        'of the Security Council for getting "emotional" over the crisis during an emergency '
        "meeting held late on Monday evening.\n\n"
        "Hours before, Moscow had recognised the two regions as independent states.\n"
    )
    for verb in ("admonished", "rebuked", "chastised"):
        nebenzya = _said_by(page.format(verb=verb), "Vassily Nebenzia")
        assert "several members of the Security Council" in nebenzya, verb
        assert "Hours before" not in nebenzya
