"""Who said it on news retellings, pass 20 (issue 8): the passage between two of one
speaker's passages, and pages whose answers name no one (set Y: retellings of one official
over several paragraphs, interview and answer pages).

The pages here are written for these tests in the layouts met on news sites. A wrong speaker
is the worst bug: where the page does not say who speaks, the passage stays unknown.
"""

from __future__ import annotations

from tests.conftest import speaker_of

PESKOV = "Dmitry Peskov"
PUTIN = "Vladimir Putin"
UNKNOWN = "Unknown speaker"


def test_a_verb_in_a_relative_clause_is_not_the_named_persons() -> None:
    page = (
        "Посол вернется в Вашингтон в ближайшее время\n\n"
        '"Рассчитываю вернуться скоро", - ответил он на вопрос журналистов.\n'
        "Посол находится в Москве с 21 марта и провел ряд встреч.\n"
        '"Мы обсудили самые острые проблемы", - рассказал Антонов после встречи с депутатами.\n'
        "Напомним, посол был вызван в Москву после того, как президент Франции Эммануэль Макрон "
        'сделал резкие заявления о России, которые в МИД назвали "недружественными".\n'
    )
    # Nobody the sentence names called the statements so: the ministry did.
    assert speaker_of(page, "сделал резкие заявления") == UNKNOWN
    assert speaker_of(page, "острые проблемы") == "Anatoly Antonov"


def test_a_plural_verb_before_a_quote_does_not_go_on_with_the_one_quoted() -> None:
    page = (
        "Посол России Анатолий Антонов вернулся в Москву для консультаций.\n"
        '"Нам предстоит многое обсудить", - сказал Антонов журналистам.\n'
        'В министерстве рассчитывают "найти пути выхода из нынешнего тупика".\n'
    )
    assert speaker_of(page, "найти пути выхода") == UNKNOWN
    assert speaker_of(page, "многое обсудить") == "Anatoly Antonov"


def test_a_foreign_ministers_post_is_never_the_presidents() -> None:
    # A page cut above its story: the only one it names as a sayer is the president, in
    # background; "the head of the foreign ministry" is not he.
    page = (
        "Он также отметил, что Москва открыта для переговоров, но цели операции не изменятся.\n"
        "Глава внешнеполитического ведомства пояснил, что речь идет и о новых регионах.\n"
        "Прежде президент России Владимир Путин говорил о том, что Москва готова к диалогу.\n"
    )
    assert speaker_of(page, "речь идет и о новых регионах") != PUTIN
    assert speaker_of(page, "Москва готова к диалогу") == PUTIN
    english = (
        "Russian President Vladimir Putin said that the talks would go on in Istanbul.\n"
        "The foreign minister added that Moscow was ready to send a delegation.\n"
    )
    assert speaker_of(english, "ready to send a delegation") != PUTIN


def test_as_the_presidents_aide_noted_names_the_aide() -> None:
    page = (
        "Песков рассказал о вопросах на пресс-конференции\n\n"
        "Дмитрий Песков заявил, что часть вопросов на пресс-конференции была жалобами.\n"
        "Как отметил пресс-секретарь российского лидера, некоторые вопросы не имели отношения "
        "к журналистике.\n"
        "Как отметил пресс-секретарь президента, такие жалобы передадут в ведомства.\n"
    )
    assert speaker_of(page, "не имели отношения к журналистике") == PESKOV
    assert speaker_of(page, "передадут в ведомства") == PESKOV


def test_a_gerunds_clause_with_commas_of_its_own_keeps_the_name_its_subject() -> None:
    # (The clause is longer than the look-back for a subject before the verb.)
    page = (
        "Песков призвал к трезвости перед разговором президентов\n\n"
        "Пресс-секретарь президента Дмитрий Песков заявил, что перед переговорами в СМИ много "
        "вбросов.\n\n"
        "Дмитрий Песков, отвечая на вопрос журналистов, могут ли сообщения о возможных новых "
        "санкциях со стороны Вашингтона повлиять на настроение российского президента накануне "
        "беседы с американским коллегой, подчеркнул, что в Кремле призывают сохранять трезвость "
        "ума.\n\n"
        '"Президенты говорят исходя из национальных интересов", - заключил Песков.\n'
    )
    assert speaker_of(page, "сохранять трезвость ума") == PESKOV


def test_a_post_alone_closing_a_quote_names_the_one_the_page_named_with_it() -> None:
    page = (
        "Матвиенко назвала себя добрым следователем\n\n"
        "МОСКВА, 25 ноября. Спикер Совфеда Валентина Матвиенко считает, что о проблемах "
        "нужно говорить открыто.\n\n"
        "«Проблемы есть, их надо называть. Я всем стараюсь помочь», — сказала спикер СФ в "
        "интервью газете.\n\n"
        "«Нельзя прятать голову в песок», — уверена Матвиенко.\n"
    )
    assert speaker_of(page, "Я всем стараюсь помочь") == "Valentina Matviyenko"
    english = (
        "Trump says talks with Putin go on\n\n"
        "U.S. President Donald Trump said on Friday that he was speaking with the Russian "
        "leader.\n\n"
        '"He wants to see people stop dying," said the U.S. President.\n\n'
        '"We are talking," Trump added.\n'
    )
    assert speaker_of(english, "stop dying") == "Donald Trump"


def test_a_post_alone_names_no_one_when_the_page_gave_it_to_nobody_or_to_two() -> None:
    nobody = (
        "Рубио о разговоре с Лавровым\n\n"
        "«Мы хотим встретиться с российской стороной», — сказал Марко Рубио.\n\n"
        "«У меня был хороший разговор с министром», — добавил госсекретарь.\n"
    )
    assert speaker_of(nobody, "хороший разговор") == UNKNOWN
    two = (
        "Встреча в Женеве\n\n"
        "Госсекретарь США Марко Рубио и бывший госсекретарь Джон Керри провели встречу. "
        "«Встреча была полезной», — сказал Рубио.\n\n"
        "«Мы продолжим», — добавил госсекретарь.\n"
    )
    assert speaker_of(two, "Мы продолжим") == UNKNOWN


def test_a_full_quote_line_hands_the_quote_under_it_to_the_one_it_names() -> None:
    page = (
        "МИД: СМИ неверно истолковали слова Рябкова\n\n"
        "В МИД России заявили, что СМИ неверно истолковали интервью замминистра Сергея Рябкова. "
        "Речь шла об обеспокоенности Москвы возможной провокацией.\n\n"
        "Полная цитата Рябкова:\n\n"
        "«Могу сказать, что сигнал, направленный с российской стороны, до Вашингтона дошел».\n"
    )
    assert speaker_of(page, "сигнал, направленный") == "Sergey Ryabkov"
    # A line that only speaks of someone's quote hands nothing to him.
    other = (
        "МИД ответил журналистам\n\n"
        "В МИД России заявили, что СМИ неверно истолковали интервью замминистра.\n\n"
        "Эта цитата Рябкова стала поводом для споров.\n\n"
        "«Сигнал до Вашингтона дошел».\n"
    )
    assert speaker_of(other, "Сигнал до Вашингтона") != "Sergey Ryabkov"


def test_a_title_naming_the_interviewee_gives_him_the_answers_under_bare_questions() -> None:
    page = (
        "Интервью Сергея Лаврова газете «Вечерний курьер»\n\n"
        "Министр иностранных дел в субботу вернулся из Нью-Йорка. Он рассказал газете, почему "
        "нынешний кризис в отношениях с Вашингтоном глубже холодной войны.\n\n"
        "Как Москва ответит, если Вашингтон ужесточит санкции?\n\n"
        "Это гипотетический вопрос. Мы неоднократно говорили, что не стремимся к конфронтации.\n\n"
        "Будут ли в Донбассе миротворцы?\n\n"
        "Наше предложение лежит на столе. Мы готовы обсуждать его с кем угодно.\n"
    )
    assert speaker_of(page, "не стремимся к конфронтации") == "Sergey Lavrov"
    assert speaker_of(page, "Будут ли в Донбассе миротворцы") == "Question"
    english = (
        "Sergey Lavrov's interview with the Evening Courier\n\n"
        "The foreign minister returned from New York on Saturday and told the paper why the "
        "crisis is deeper than the Cold War.\n\n"
        "How would Moscow react if Washington tightened its sanctions?\n\n"
        "This is a hypothetical question. We have said many times that we seek no "
        "confrontation.\n\n"
        "Will peacekeepers be deployed in Donbas?\n\n"
        "Our proposal is on the table. We are ready to discuss it with anyone.\n"
    )
    assert speaker_of(english, "seek no confrontation") == "Sergey Lavrov"
    assert speaker_of(english, "How would Moscow react") == "Question"


def test_a_lead_in_naming_no_sayer_keeps_the_quote_under_it_from_the_one_asked() -> None:
    page = (
        "Zakharova was told on the phone not to comment on the strike\n\n"
        'Maria Zakharova was asked not to comment on "missile strikes" during the briefing.\n\n'
        "While she was speaking to reporters, an unknown caller reached the spokeswoman:\n\n"
        '"We do not comment on our strikes at all."\n\n'
        "Maria Zakharova later told TASS that the call had come from an expert:\n\n"
        '"I checked with experts whether this was our topic. So there is no intrigue."\n'
    )
    assert speaker_of(page, "We do not comment on our strikes") == UNKNOWN
    assert speaker_of(page, "no intrigue") == "Maria Zakharova"
    # A topic's heading over a quote leaves it the speaker's.
    live = (
        "Putin's annual news conference: live updates\n\n"
        'Vladimir Putin said the economy had grown. "We have done a lot," he said.\n\n'
        "On military spending and the budget of the armed forces this year:\n\n"
        '"We are not going to be drawn into an arms race."\n'
    )
    assert speaker_of(live, "arms race") == PUTIN


def test_according_to_a_post_names_the_one_the_page_gave_it_to() -> None:
    page = (
        "Эрдоган назвал Путина дорогим другом\n\n"
        "Президент Турции Реджеп Эрдоган назвал отношения с Россией устойчивыми.\n\n"
        "По словам турецкого президента, во имя стабильности в регионе нужно использовать "
        "потенциал соседних государств.\n\n"
        "Эрдоган считает, что связи двух стран крепче, чем когда-либо.\n"
    )
    assert speaker_of(page, "во имя стабильности") == "Recep Tayyip Erdogan"
    english = (
        "Trump on the war in Ukraine\n\n"
        "U.S. President Donald Trump said the conflict was a tragedy for both sides.\n\n"
        "According to the U.S. President, the war could have been avoided.\n\n"
        "Trump added that nobody looked good in it.\n"
    )
    assert speaker_of(english, "could have been avoided") == "Donald Trump"
    # A post the page never gave to the one quoted before names no one.
    other = (
        "Эрдоган о региональной стабильности\n\n"
        "Реджеп Эрдоган назвал отношения с Россией устойчивыми.\n\n"
        "По словам главы Белого дома, стабильность в регионе важна.\n"
    )
    assert speaker_of(other, "стабильность в регионе важна") == UNKNOWN


def test_a_participle_of_saying_after_a_comma_names_no_sayer() -> None:
    # Dropped at the merge: ", mentioning / noting / emphasizing ..." as the subject's words
    # gave the unseen set Z a passage that answered one of its no-answer questions.
    page = (
        "New ambassador Antonov presents his credentials\n\n"
        "Russian ambassador to the US Anatoly Antonov presented copies of his credentials on "
        'Wednesday. "We are ready to work on every issue," he said.\n\n'
        "He also invited his US colleagues to find a «proper solution» for Donbass, mentioning "
        "he would bring an «excellent proposal» to the Security Council.\n\n"
        "«There is a need for political will to stop the diplomatic war.»\n"
    )
    assert speaker_of(page, "excellent proposal") == UNKNOWN
    # "when mentioning", "It is worth noting" say nothing.
    background = (
        "Medvedev's year in posts\n\n"
        'Dmitry Medvedev said the West "will lose". "We will win," he said.\n\n'
        "Medvedev often used the word «Banderastan» when mentioning Ukraine.\n"
    )
    assert speaker_of(background, "when mentioning Ukraine") == UNKNOWN


def test_guaranteeing_is_promising() -> None:
    page = (
        "Putin on the economy at his Direct Line\n\n"
        'President Vladimir Putin said Russia was on the right course. "We are moving in the '
        'right direction," Putin said.\n\n'
        "The president has also guaranteed the growth of the economy in the short term.\n\n"
        '"Growth is modest, but it is growth," he added.\n'
    )
    assert speaker_of(page, "guaranteed the growth") == PUTIN
    russian = (
        "Путин о росте экономики\n\n"
        "Президент России Владимир Путин заявил, что экономика растет.\n\n"
        "Глава государства также гарантировал рост доходов граждан в следующем году.\n"
    )
    assert speaker_of(russian, "гарантировал рост доходов") == PUTIN


def test_demanding_is_saying() -> None:
    page = (
        "Zakharova on the pressure on Russian media\n\n"
        'Maria Zakharova said the decision was "a dictatorship of liberalism". "This is '
        'censorship," she said.\n\n'
        "Earlier, Maria Zakharova demanded that Washington stop putting pressure on Russian "
        "reporters in the United States.\n"
    )
    assert speaker_of(page, "stop putting pressure") == "Maria Zakharova"
    russian = (
        "Захарова о давлении на журналистов\n\n"
        "Официальный представитель МИД России Мария Захарова заявила, что это цензура.\n\n"
        "Ранее Захарова потребовала от Вашингтона прекратить давление на российских "
        "журналистов.\n"
    )
    assert speaker_of(russian, "прекратить давление") == "Maria Zakharova"


def test_among_other_things_set_off_between_a_subject_and_its_verb() -> None:
    page = (
        "Volodin calls on the government to listen to voters\n\n"
        "State Duma Chairman Viacheslav Volodin called on the government to hear what people "
        "ask of it.\n\n"
        "So Volodin, among other things, commented on his trip to Saratov, where a pensioner "
        "told him about her pension.\n"
    )
    # (In the table of known people since pass 21: one name whatever the spelling.)
    assert speaker_of(page, "commented on his trip") == "Vyacheslav Volodin"
    russian = (
        "Володин призвал правительство слышать избирателей\n\n"
        "Председатель Госдумы Вячеслав Володин призвал правительство слышать людей.\n\n"
        "Володин, среди прочего, рассказал о поездке в Саратов.\n"
    )
    assert speaker_of(russian, "о поездке в Саратов") == "Vyacheslav Volodin"


def test_an_interview_title_naming_someone_outside_the_table_gives_him_the_answers() -> None:
    page = (
        "Interview of the Russian Ambassador to Norway Pavel Orlovsky to the Evening Courier\n\n"
        "The ambassador spoke to the paper about relations between the two countries.\n\n"
        "How do you assess the state of relations?\n\n"
        "We believe they are at a low point, but we remain open to dialogue.\n\n"
        "Will the embassy staff be cut?\n\n"
        "We hope not. Our doors remain open.\n"
    )
    assert speaker_of(page, "remain open to dialogue") == "Pavel Orlovsky"
    assert speaker_of(page, "Will the embassy staff be cut") == "Question"


def test_a_titled_interview_without_a_lead_keeps_its_questions_the_interviewers() -> None:
    page = (
        "Интервью Сергея Лаврова газете «Вечерний курьер»\n\n"
        "Как Москва ответит, если Вашингтон ужесточит санкции?\n\n"
        "Это гипотетический вопрос. Мы неоднократно говорили, что не стремимся к конфронтации.\n\n"
        "Будут ли в Донбассе миротворцы?\n\n"
        "Наше предложение лежит на столе. Мы готовы обсуждать его с кем угодно.\n"
    )
    assert speaker_of(page, "Как Москва ответит") == "Question"
    assert speaker_of(page, "не стремимся к конфронтации") == "Sergey Lavrov"


def test_a_title_of_someones_answers_to_questions_reads_like_an_interviews() -> None:
    page = (
        "Ответы Посла России в США А.И.Антонова на вопросы СМИ\n\n"
        "Как вы оцениваете итоги саммита НАТО?\n\n"
        "Мы считаем, что альянс выбрал путь конфронтации. Наша страна ответит.\n\n"
        "Примет ли Россия ответные меры?\n\n"
        "Мы примем меры. Наша безопасность превыше всего.\n"
    )
    assert speaker_of(page, "Как вы оцениваете итоги") == "Question"
    assert speaker_of(page, "выбрал путь конфронтации") == "Anatoly Antonov"
    english = (
        "Ambassador Anatoly Antonov's answers to media questions\n\n"
        "How do you assess the results of the NATO summit?\n\n"
        "We believe the alliance has chosen confrontation. Our country will respond.\n\n"
        "Will Russia take countermeasures?\n\n"
        "We will take measures. Our security comes first.\n"
    )
    assert speaker_of(english, "How do you assess the results") == "Question"
    assert speaker_of(english, "chosen confrontation") == "Anatoly Antonov"


_LEAD_EN = (
    "Lavrov on the talks\n\n"
    "Russian Foreign Minister Sergey Lavrov said on Monday that the talks in Geneva were "
    "useful.\n\n"
)
_LEAD_RU = (
    "Лавров о переговорах\n\n"
    "Министр иностранных дел России Сергей Лавров заявил в понедельник, что переговоры в "
    "Женеве были полезными.\n\n"
)


def test_more_ways_a_retelling_goes_on_with_the_ministers_words() -> None:
    for sentence in (
        "In Lavrov's view, the sanctions have failed.",
        "In the minister's opinion, the sanctions have failed.",
        "From Lavrov's point of view, the sanctions have failed.",
        "He voiced confidence that the sanctions would fail.",
        "He made it clear that the sanctions had failed.",
        "He specified that the talks would resume in May.",
        "He also spoke out against new sanctions.",
        "Lavrov also drew attention to the fact that the sanctions had failed.",
        "As the minister put it, the sanctions have failed.",
        "He was confident that the sanctions would fail.",
    ):
        page = _LEAD_EN + sentence + "\n\nThe talks took place in a hotel.\n"
        assert speaker_of(page, sentence[:25]) == "Sergey Lavrov", sentence
        assert speaker_of(page, "took place in a hotel") == UNKNOWN
    for sentence in (
        "С точки зрения Лаврова, санкции провалились.",
        "Глава МИД также коснулся темы санкций.",
        "Лавров дал понять, что санкции провалились.",
    ):
        page = _LEAD_RU + sentence + "\n\nПереговоры прошли в отеле.\n"
        assert speaker_of(page, sentence[:25]) == "Sergey Lavrov", sentence
    # Another's view, or a thing touched, names no one.
    other = _LEAD_EN + "In Washington's view, the sanctions work.\n"
    assert speaker_of(other, "sanctions work") == UNKNOWN
    touched = _LEAD_RU + "Премьер коснулся рукой флага.\n"
    assert speaker_of(touched, "рукой флага") == UNKNOWN


def test_still_more_verbs_of_a_retelling() -> None:
    for sentence in (
        "He expects the talks to resume in May.",
        "He thinks the sanctions have failed.",
        "He considers the sanctions a failure.",
        "The minister sees no point in new sanctions.",
        "He characterized the sanctions as a failure.",
        "He branded the sanctions a failure.",
        "He cautioned against new sanctions.",
        "He signalled that Moscow was ready to talk.",
        "He hinted that Moscow was ready to talk.",
        "He conceded that the talks were hard.",
        "He reaffirmed Moscow's readiness to talk.",
        "He opined that the sanctions had failed.",
        "He was adamant that the sanctions had failed.",
        "He shared his view that the sanctions had failed.",
    ):
        page = _LEAD_EN + sentence + "\n\nThe talks took place in a hotel.\n"
        assert speaker_of(page, sentence[:25]) == "Sergey Lavrov", sentence
    for sentence in (
        "Министр придерживается мнения, что санкции провалились.",
        "Министр сомневается, что санкции сработают.",
        "Лавров не видит смысла в новых санкциях.",
        "Лавров допускает, что переговоры возобновятся.",
        "Лавров исключил новые переговоры.",
        "Министр надеется, что диалог продолжится.",
        "Министр рассчитывает, что диалог продолжится.",
        "Лавров также затронул тему санкций.",
        "Министр также остановился на теме санкций.",
        "Он также сослался на провал санкций.",
        "Министр предостерег Запад от новых санкций.",
        "Министр уверил, что диалог продолжится.",
        "Министр дал оценку санкциям.",
    ):
        page = _LEAD_RU + sentence + "\n\nПереговоры прошли в отеле.\n"
        assert speaker_of(page, sentence[:25]) == "Sergey Lavrov", sentence
    # Words said of others' words are no one's: the reporter's commentary.
    commentary = _LEAD_EN + "His words echoed the broader narrative of the Kremlin.\n"
    assert speaker_of(commentary, "broader narrative") == UNKNOWN


def test_russia_as_the_subject_of_a_listed_statement_keeps_it_the_speakers() -> None:
    page = (
        "The talks went in a constructive atmosphere — Putin\n"
        "The talks went in a constructive atmosphere — Putin\n"
        "Other statements by the Russian President at a press conference:\n"
        "Putin thanked the host for the invitation.\n"
        "We are close neighbours, that's a fact, Putin said.\n"
        "Our relations are at their lowest point — Putin.\n"
        "We see the American side's wish to settle the conflict.\n"
        "Moscow expects that European capitals will not obstruct the progress made.\n"
        "Everything that happens is a heavy pain for us.\n"
    )
    # ("expects" is a verb of saying: Russia speaking through him is still his statement.)
    assert speaker_of(page, "European capitals will not obstruct") == PUTIN


def test_a_closing_that_sums_up_or_calls_him_a_veteran_is_his() -> None:
    for closing in (
        '"Sanctions have failed," Lavrov summed up.',
        '"Sanctions have failed," the veteran diplomat said.',
        '"Sanctions have failed," the head of Russian diplomacy said.',
    ):
        page = _LEAD_EN + "The talks took place in a hotel.\n\n" + closing + "\n"
        assert speaker_of(page, "Sanctions have failed") == "Sergey Lavrov", closing
    # Another country's veteran is nobody we know.
    other = _LEAD_EN + '"Sanctions work," the veteran Finnish diplomat said.\n'
    assert speaker_of(other, "Sanctions work") == UNKNOWN
    envoy = (
        "Nebenzya on the Council\n\n"
        "Russia's Permanent Representative to the UN Vasily Nebenzya said on Monday that the "
        "Council had failed.\n\n"
        "The meeting took place in New York.\n\n"
        '"The West is to blame," Moscow\'s envoy to the UN said.\n'
    )
    assert speaker_of(envoy, "The West is to blame") == "Vassily Nebenzia"


def test_answers_under_a_titled_interviews_labels_are_the_interviewees() -> None:
    page = (
        "Interview of the Russian Ambassador to Norway Pavel Orlovsky to the Evening Courier\n\n"
        "Q: How do you assess relations?\n\n"
        "A: We believe they are at a low point.\n\n"
        "Q: Will staff be cut?\n\n"
        "A: We hope not.\n"
    )
    assert speaker_of(page, "How do you assess relations") == "Question"
    assert speaker_of(page, "at a low point") == "Pavel Orlovsky"
