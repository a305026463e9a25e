"""Who said it, pass 32 (set AS's layouts, read after its one clean run): a newspaper's link to
another of its stories inside an ambassador's story, an agency quoting someone outside the
speaker table by surname in the genitive, and "This is what X told reporters".

The pages here are written for these tests in the layouts met on such sites. A wrong speaker
is the worst bug: where the page does not say who speaks, the passage stays unknown.
"""

from __future__ import annotations

from retrieval.transcript import parse_transcript
from tests.conftest import speaker_of

UNKNOWN = "Unknown speaker"

# A newspaper's page: its date and rubric, the story's headline, a byline, the lead, then a
# link to another of its stories ("Читать на сайте ...") with that story's headline (one
# naming the president and an event) before the story goes on.
LINKED_STORY = (
    "14.05.2024 10:20\n"
    "Политика\n\n"
    "Посол России: Лиссабон получил ясный ответ\n\n"
    "Текст:  Анна Смирнова\n"
    "Российская сторона дала ясный ответ португальским властям на их претензии. Об этом "
    "сообщил посол России в Лиссабоне Олег Миронов, которого вызвали в МИД страны.\n"
    "Читать на сайте RG.RU\n"
    "Путин провел совещание Совета по стратегическому развитию\n\n"
    '"Разговор был непростым. Мы подробно изложили свою позицию по рыболовным квотам и по '
    'работе консульства в Порту", - приводит слова Миронова агентство ТАСС.\n\n'
    "По словам дипломата, стороны договорились продолжить консультации.\n"
)


def test_a_link_to_another_story_is_not_the_title() -> None:
    document = parse_transcript(LINKED_STORY, "linked")
    assert document.title == "Посол России: Лиссабон получил ясный ответ"
    assert document.speaker is None


def test_an_agency_quoting_a_surname_in_the_genitive_names_the_one_named_in_full() -> None:
    assert speaker_of(LINKED_STORY, "Разговор был непростым") == "Oleg Mironov"


def test_the_genitive_names_him_even_under_a_title_naming_the_president() -> None:
    # The same story under a headline that names Putin: the quote is still the ambassador's.
    page = LINKED_STORY.replace(
        "Посол России: Лиссабон получил ясный ответ\n\n",
        "Путин провел совещание Совета по стратегическому развитию\n\n",
    ).replace(
        "Читать на сайте RG.RU\nПутин провел совещание Совета по стратегическому развитию\n", ""
    )
    assert speaker_of(page, "Разговор был непростым") == "Oleg Mironov"


def test_a_surname_no_one_was_named_with_stays_unknown() -> None:
    page = LINKED_STORY.replace("приводит слова Миронова", "приводит слова Карпова")
    assert speaker_of(page, "Разговор был непростым") not in ("Oleg Mironov", "Vladimir Putin")


def test_an_accusative_names_a_woman_named_in_full() -> None:
    page = (
        "Посол в Перу: контакты продолжаются\n\n"
        "Посол России в Перу Ирина Белова встретилась с журналистами в Лиме.\n\n"
        "«Наши контакты с перуанскими коллегами продолжаются на всех уровнях», — цитирует "
        "Белову агентство РИА Новости.\n"
    )
    assert speaker_of(page, "Наши контакты с перуанскими") == "Irina Belova"


THIS_IS_WHAT = (
    "The ties between our two countries rest on solid ground. This is what Foreign Minister of "
    "Moldova Ion Rusu told reporters today, answering a question on whether the new Russian "
    "cabinet could change the relations.\n"
    "“The ties between our two countries rest on solid ground. We have a full agenda, and we "
    "work on it actively in every format,” he said.\n"
    "As reported earlier, Prime Minister of Russia Mikhail Mishustin has announced a new "
    "cabinet.\n"
)


def test_this_is_what_x_told_reporters_names_x_for_the_quote_under_it() -> None:
    assert speaker_of(THIS_IS_WHAT, "We have a full agenda") == "Ion Rusu"


def test_this_is_what_x_told_reporters_gives_x_the_sentence_before() -> None:
    assert speaker_of(THIS_IS_WHAT, "rest on solid ground. This is what") == "Ion Rusu"


def test_a_known_official_named_after_the_quote_does_not_take_it() -> None:
    assert speaker_of(THIS_IS_WHAT, "We have a full agenda") != "Mikhail Mishustin"


def test_a_dash_interview_asking_by_first_name_and_patronymic_is_that_officials() -> None:
    # An excerpt with no title and no lead: the first question speaks to the Kremlin's
    # spokesman by his first name and patronymic.
    page = (
        "- Дмитрий Сергеевич, чего ждать от новой администрации?\n"
        "- Мы не строим завышенных ожиданий и готовы к работе.\n"
        "- А если диалога не будет?\n"
        "- Тогда мы продолжим отстаивать свои интересы.\n"
    )
    assert speaker_of(page, "Мы не строим завышенных ожиданий") == "Dmitry Peskov"
    assert speaker_of(page, "Тогда мы продолжим") == "Dmitry Peskov"


def test_a_dash_interview_speaking_to_two_officials_stays_unknown() -> None:
    page = (
        "- Дмитрий Сергеевич, Мария Владимировна, чего ждать от новой администрации?\n"
        "- Мы не строим завышенных ожиданий и готовы к работе.\n"
    )
    assert speaker_of(page, "Мы не строим завышенных ожиданий") == UNKNOWN


# A programme's guest named in its lead, then one long question speaking to "you" and the
# answer (the copy is cut after it).
GUEST_OF_A_PROGRAMME = (
    "Гостем программы «Вечерний разговор» с Анной Орловой 12 марта стал посол России в "
    "Бразилии Алексей Лабецкий. В эфире гость рассказал о торговле, туризме и о том, как "
    "меняется работа посольства.\n\n"
    "Вы работаете в Бразилии уже несколько лет, и за это время многое изменилось: санкции, "
    "перелеты, логистика. Что для вас оказалось самым трудным, и что, наоборот, удалось "
    "сделать быстрее, чем вы ожидали?\n\n"
    "Самым трудным были перелеты, но мы быстро перестроили логистику. Я бы сказал, что "
    "торговля выросла быстрее, чем мы ожидали, особенно удобрения.\n"
)


def test_a_programmes_guest_answers_one_question_to_you() -> None:
    assert speaker_of(GUEST_OF_A_PROGRAMME, "Самым трудным были перелеты") == "Alexey Labetsky"
    assert speaker_of(GUEST_OF_A_PROGRAMME, "Что для вас оказалось") != "Alexey Labetsky"


# An agency interview whose copy ran the lead and every dash turn into one paragraph.
RUN_IN_DASHES = (
    "Посол России в Перу: нас сближает интерес к истории\n"
    "Новый посол России в Перу Игорь Романов в своем первом интервью после назначения "
    "поделился взглядом на отношения двух стран. Дипломат рассказал ТАСС о планах на год. "
    "— С какими ожиданиями вы начинаете работу в Лиме? Бывали ли вы здесь раньше? — Мне "
    "уже доводилось работать в регионе, и Перу — страна, к которой я давно присматривался. "
    "Наши планы — это прежде всего торговля и образование. — А что с туризмом? — Туризм "
    "растет, и мы ждем прямого рейса уже в следующем году.\n"
)


def test_dash_turns_run_into_one_paragraph_are_turns() -> None:
    assert speaker_of(RUN_IN_DASHES, "Мне уже доводилось работать") == "Igor Romanov"
    assert speaker_of(RUN_IN_DASHES, "Туризм растет") == "Igor Romanov"
    assert speaker_of(RUN_IN_DASHES, "С какими ожиданиями") == "Question"


def test_a_dash_inside_sentences_splits_nothing() -> None:
    page = (
        "Посол в Перу о торговле\n"
        "Посол России в Перу Игорь Романов рассказал о торговле. Перу — важный партнер. "
        "Рост — двузначный. Он добавил: «Мы довольны».\n"
    )
    document = parse_transcript(page, "dashes")
    assert not [p for p in document.passages if p.speaker == "Question"]


def test_a_lone_name_label_over_a_speech_is_that_persons_turn() -> None:
    # A presidential site's copy of a guest's press statement: one label, one long paragraph.
    page = (
        "Mateus Carvalho: Good afternoon. First of all, I would like to welcome the President "
        "of Russia to Lisbon. This is the first visit of its kind, and we value it. We spoke "
        "about trade, energy and the situation in Europe.\n"
    )
    assert speaker_of(page, "We spoke about trade") == "Mateus Carvalho"


def test_a_headline_in_a_labels_form_stays_narration() -> None:
    page = (
        "Mateus Carvalho: Lisbon wants closer ties\n\n"
        "Portugal's president said on Monday that his country wanted closer ties with Moscow.\n"
    )
    document = parse_transcript(page, "headline")
    assert all(
        p.speaker != "Mateus Carvalho" or "Lisbon wants" not in p.text for p in document.passages
    )


def test_the_one_interviewed_by_name_in_the_lead_answers() -> None:
    page = (
        "Olga Sidorova, born in 1965, has served in the diplomatic service since 1988.\n"
        "I had the great honor of interviewing Her Excellency, Olga Sidorova, for our site.\n"
        "Question: How would you describe relations today?\n"
        "Answer: Unfortunately, I have to say that they are at their lowest point.\n"
    )
    assert speaker_of(page, "they are at their lowest point") == "Olga Sidorova"


def test_an_indic_aspirate_in_cyrillic_is_spelt_as_in_english() -> None:
    from retrieval.text import transliterate

    assert transliterate("Гхимире") == "Ghimire"
    assert transliterate("Сукхбир") == "Sukhbir"
    assert transliterate("Жихарев") == "Zhikharev"


def test_a_labelled_question_then_a_story_of_the_answer() -> None:
    # An aggregator's copy: the journalist's quoted question under a label, and the story of
    # the interview run on in the same paragraph.
    page = (
        "Ambassador Antonov: the sanctions are illegal\n\n"
        "Journalist (Russian): «So the sanctions were never on the table at the talks?» Russian "
        "Ambassador to the US Anatoly Antonov gave an interview to a Russian broadcaster in "
        "Moscow on Sunday. «We do not bargain on sanctions, because they are illegal from the "
        "start,» said the diplomat.\n"
    )
    assert speaker_of(page, "We do not bargain on sanctions") == "Anatoly Antonov"
    assert speaker_of(page, "never on the table") == "Question"


def test_an_envoys_label_with_his_excellency_and_a_middle_initial() -> None:
    page = (
        "Interview with the Russian Ambassador\n\n"
        "H E Pavel V Orlov: Relations of friendship between our countries are a matter of pride "
        "for us.\n\n"
        "Daily Courier: What differences do you see between the two eras?\n\n"
        "H E Pavel V Orlov: Nowadays we continue the regular political dialogue.\n"
    )
    assert speaker_of(page, "a matter of pride") == "Pavel Orlov"
    assert speaker_of(page, "regular political dialogue") == "Pavel Orlov"
    assert speaker_of(page, "What differences do you see") == "Question"


def test_a_middle_initial_without_its_stop_is_dropped_from_a_label_name() -> None:
    from retrieval.speakers import canonical_speaker

    assert canonical_speaker("Alexander V Petrov") == "Alexander Petrov"
    assert canonical_speaker("Geir O. Pedersen") == "Geir O. Pedersen"  # his own style
    assert canonical_speaker("H.E. Alexander Petrov") == "Alexander Petrov"
    assert canonical_speaker("S.V. Lavrov") == "Sergey Lavrov"


STORY_THEN_INTERVIEW = (
    "Russian Ambassador to Malta: relations are at their lowest\n\n"
    "“Cooperation between our countries is a thing of the past,” the Russian Ambassador to "
    "Malta, Oleg Sergeev, said in an interview with the newspaper.\n\n"
    "The full interview of the Ambassador of the Russian Federation, Oleg Sergeev, to the "
    "Times of Valletta follows:\n\n"
    "Mr. Ambassador, 80 years after the war, how far are we from peace in Europe?\n\n"
    "This year we celebrate the anniversary of the victory, achieved with the decisive "
    "contribution of our people. We honour the help of our allies too.\n"
)


def test_an_interview_announced_under_a_story_is_answered_by_the_one_it_names() -> None:
    assert speaker_of(STORY_THEN_INTERVIEW, "decisive contribution") == "Oleg Sergeev"
    assert speaker_of(STORY_THEN_INTERVIEW, "how far are we from peace") == "Question"
    assert speaker_of(STORY_THEN_INTERVIEW, "a thing of the past") == "Oleg Sergeev"


def test_a_quote_over_an_untitled_dash_interview_is_the_interviewees() -> None:
    page = (
        "«Если нас попросят о помощи, я не думаю, что мы откажем»\n"
        "Москва готова помочь, заявил в интервью «Вестнику» посол РФ в Чили Олег Сергеев. "
        "Россия также окажет помощь.\n"
        "— Сколько россиян сейчас в стране?\n"
        "— Около двух тысяч, и мы держим с ними связь.\n"
    )
    assert speaker_of(page, "я не думаю, что мы откажем") == "Oleg Sergeyev"
    assert speaker_of(page, "Около двух тысяч") == "Oleg Sergeyev"


def test_said_the_ambassador_of_a_country_in_another_then_his_name() -> None:
    page = (
        "The Russian Ambassador to Peru spoke about the relations between the two countries\n\n"
        "Peru is one of the most important partners of Russia in the region, said the "
        "Ambassador of Russia in Peru Igor Romanov in an interview with El Diario.\n\n"
        '"Our cooperation is free of ideological dogmas," said Romanov.\n\n'
        'The Ambassador of the Russian Federation noted that trade "keeps growing".\n'
    )
    assert speaker_of(page, "most important partners") == "Igor Romanov"
    assert speaker_of(page, "free of ideological dogmas") == "Igor Romanov"
    assert speaker_of(page, "keeps growing") == "Igor Romanov"


def test_a_comment_that_goes_on_to_retell_another_stays_the_commenters() -> None:
    # The spokeswoman's comment: its lead retells what someone else keeps saying; that makes
    # no report of it.
    page = (
        "Комментарий официального представителя МИД России М.В.Захаровой в связи с "
        "заявлениями Б.Джонсона, 3 апреля 2025 года\n\n"
        "Снова слышим заявления бывшего британского премьера Бориса Джонсона о переговорах. "
        "Джонсон опять рассказывает, что договоренности будто бы сорвала Москва. Это "
        "неправда.\n"
    )
    assert speaker_of(page, "Снова слышим заявления") == "Maria Zakharova"


# An agency's English page: a photo's caption naming two presidents above the story of an
# ambassador's interview.
CAPTION_OVER_STORY = (
    "28 Jun, 2023 10:58\n\n"
    "Russia and Malawi are 'like-minded' – ambassador\n\n"
    "FILE PHOTO: Malawian President Peter Mutharika, left, and Russian President Vladimir Putin "
    "shake hands after a meeting in Sochi. © Ivan Orlov / Sputnik\n\n"
    "Russia and Malawi are on the same page regarding international law, Moscow's ambassador "
    "in Lilongwe, Oleg Sokolov, told RT in an exclusive interview on Tuesday.\n\n"
    "“For us to interfere in their internal affairs is absolute nonsense,” Sokolov said.\n\n"
    "In an interview after the meeting, Amb Sokolov said that trade keeps growing.\n"
)


def test_a_photo_caption_is_neither_the_title_nor_a_speaker() -> None:
    document = parse_transcript(CAPTION_OVER_STORY, "caption")
    assert document.title == "Russia and Malawi are 'like-minded' – ambassador"
    assert all(p.speaker != "Peter Mutharika" for p in document.passages)


def test_name_set_off_by_commas_then_told_an_outlet() -> None:
    assert speaker_of(CAPTION_OVER_STORY, "on the same page") == "Oleg Sokolov"
    assert speaker_of(CAPTION_OVER_STORY, "absolute nonsense") == "Oleg Sokolov"


def test_amb_before_a_surname_is_the_ambassador() -> None:
    assert speaker_of(CAPTION_OVER_STORY, "trade keeps growing") == "Oleg Sokolov"


def test_russian_he_is_not_the_one_he_met_named_after_him() -> None:
    page = (
        "Посол назвал разговоры об изоляции России предрассудками\n\n"
        "Россия не в изоляции, заявил в понедельник посол в РФ, чье имя копия передала "
        "неразборчиво.\n\n"
        "«Так говорят неосведомленные люди», — сказал он в эфире телеканала по итогам встречи "
        "иностранных послов с главой российского МИД Сергеем Лавровым.\n\n"
        "Министр иностранных дел России в понедельник провел закрытую встречу с послами.\n"
    )
    assert speaker_of(page, "Так говорят неосведомленные") != "Sergey Lavrov"


def test_russian_he_before_the_person_himself_is_a_copys_slip() -> None:
    page = (
        "Лавров о переговорах\n\n"
        "Глава МИД РФ Сергей Лавров заявил, что Москва готова к переговорам.\n\n"
        "Об этом он заявил министр иностранных дел России Сергей Лавров, передает ТАСС.\n"
    )
    assert speaker_of(page, "Об этом он заявил") == "Sergey Lavrov"


def test_an_interview_title_speaks_for_a_lead_that_names_the_envoy_by_post() -> None:
    page = (
        "A friendship that bears fruit\n\n"
        "From an interview with The Courier's Anan Wongsa\n\n"
        "From an interview with The Courier's Anan Wongsa, Russian Ambassador to Laos Pavel "
        "Orlov discusses relations between Laos and his country\n"
        "Q: How do you plan to strengthen relations?\n\n"
        "A: First of all, I would like to say that our countries have a long friendship.\n"
    )
    assert speaker_of(page, "a long friendship") == "Pavel Orlov"


def test_the_one_whose_words_a_headline_answers_is_not_its_speaker() -> None:
    from retrieval.speakers import speaker_from_title

    assert speaker_from_title("Посол Кении ответил на заявления Борреля об Африке") is None
    assert speaker_from_title("Захарова ответила на заявления Борреля") == "Maria Zakharova"
    page = (
        "Посол Ганы ответил на заявления Борреля об Африке\n"
        "В Гане знают, где находится Россия. Об этом сообщил посол африканского государства в "
        "Москве Питер Одуор.\n"
        "Ранее Жозеп Боррель заявил, что африканцы плохо знают Россию.\n"
    )
    assert speaker_of(page, "В Гане знают") == "Peter Oduor"
