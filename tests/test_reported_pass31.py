"""Who said it, pass 31 (set AQ's layouts, met on embassy sites, agency copies and
machine-translated retellings): an outlet's name is no person, 'concluded:' before a quote,
an outlet's acronym after 'the diplomat', circumstances after a closing attribution, an
interview's giver named by initials in the title, a title glued to the first sentence, and
turns run into one paragraph.

The pages here are written for these tests in the layouts met on such sites. A wrong speaker
is the worst bug: where the page does not say who speaks, the passage stays unknown.
"""

from __future__ import annotations

from retrieval.transcript import parse_transcript
from tests.conftest import speaker_of

UNKNOWN = "Unknown speaker"
PETROV = "Ivan Petrov"

OUTLET_NAMED_IN_FULL = (
    "Ambassador Petrov: ties with Chile are growing\n\n"
    "March 3, 2024\n\n"
    "Russian Ambassador to Chile Ivan Petrov gave an interview to the newspaper El "
    "Sur on the eve of the anniversary of diplomatic relations.\n\n"
    "The ambassador noted that trade between the two countries had grown by a third "
    "last year.\n\n"
    'The ambassador continued: "We see great interest among Chilean firms in our '
    'fertilizers and in grain."\n\n'
    'Speaking about culture, the diplomat concluded: "Our theatres have toured '
    'Santiago three times this year, and the halls were full."\n\n'
    "The main task for the coming year, defined Petrov, is to open a direct air link "
    "between the capitals.\n\n"
    "In accordance with Petrov, who identified that the visa regime is no obstacle, "
    "tourist flows will double.\n"
)


AGENCY_AFTER_DIPLOMAT = (
    "Посол России в Чили: отношения выдержали испытания\n\n"
    "Сантьяго, 5 апреля 2024 года\n\n"
    "Посол России в Чили Иван Петров дал интервью чилийскому агентству АНВ.\n\n"
    "- Наши отношения выдержали все испытания последних лет, - сказал российский "
    "дипломат АНВ. - Мы продолжаем работать над новыми проектами в области "
    "образования и науки.\n\n"
    "По словам посла, в этом году в Россию на учёбу поедут более ста чилийских "
    "студентов.\n"
)


LONG_CIRCUMSTANCES = (
    "Президент Чили предложил провести встречу по Венесуэле\n\n"
    "Сантьяго, 12 мая 2024 года\n\n"
    "Президент Чили Габриэль Борич выступил за проведение международной встречи по "
    "ситуации в Венесуэле. Ранее президент Бразилии Луис Инасиу Лула да Силва призвал"
    " стороны к диалогу.\n\n"
    "«Мы готовы предоставить площадку для переговоров, если обе стороны этого "
    "захотят», — заявил чилийский лидер во время пресс-конференции в президентском "
    "дворце Ла-Монеда после встречи с министрами.\n\n"
    "«Регион не может оставаться в стороне от кризиса у соседей», — пояснил он.\n"
)


INITIALS_IN_TITLE = (
    "Интервью Посла России в Чили И.С.Петрова телеканалу «Мега» (10 июня 2024 года)\n\n"
    "Интервью Посла России в Чили И.С.Петрова телеканалу «Мега» (10 июня 2024 года)Я "
    "хотел бы начать с того, что Россия всегда поддерживала тесные отношения с Чили. "
    "Наши страны связывают долгие годы сотрудничества в науке и культуре.\n\n"
    "Сегодня мы видим большой интерес чилийских компаний к российскому рынку. Я "
    "уверен, что товарооборот продолжит расти.\n\n"
    "Что касается ситуации на Украине, то наша позиция неизменна: мы открыты к "
    "переговорам, но с учётом реалий на земле.\n"
)


RUN_IN_TURNS = (
    "Интервью Посла России в Чили газете «Курьер»\n\n"
    "Курьер: Как вы оцениваете отношения между Россией и Чили? Иван Петров: Наши "
    "отношения развиваются, хотя и не так быстро, как хотелось бы. Мы видим интерес к"
    " сотрудничеству в науке. Курьер: А как насчёт торговли? Иван Петров: Торговля "
    "растёт, особенно поставки удобрений. - А туризм? - Туристический поток пока "
    "невелик, но прямой рейс мог бы это изменить.\n"
)


def test_an_outlet_named_after_its_noun_is_no_second_person() -> None:
    # "the newspaper El Sur" names no one: the ambassador stays the page's one named person,
    # so "the ambassador", "the diplomat" are he.
    page = OUTLET_NAMED_IN_FULL
    assert speaker_of(page, "grown by a third") == PETROV
    assert speaker_of(page, "great interest among Chilean firms") == PETROV
    # 'concluded:' right before the quote introduces it.
    assert speaker_of(page, "Our theatres have toured") == PETROV
    assert speaker_of(page, "gave an interview to the newspaper") == UNKNOWN


def test_an_agency_acronym_after_the_diplomat_is_the_outlet_told() -> None:
    page = AGENCY_AFTER_DIPLOMAT
    assert speaker_of(page, "выдержали все испытания") == PETROV
    assert speaker_of(page, "над новыми проектами") == PETROV
    assert speaker_of(page, "дал интервью чилийскому агентству") == UNKNOWN


def test_a_closing_attribution_with_long_circumstances_names_its_subject() -> None:
    page = LONG_CIRCUMSTANCES
    # The Chilean leader named before, not the Brazilian president of the sentence above.
    assert speaker_of(page, "площадку для переговоров") == "Gabriel Boric"
    assert speaker_of(page, "в стороне от кризиса") == "Gabriel Boric"
    assert speaker_of(page, "призвал стороны к диалогу") == "Lula da Silva"


def test_a_title_naming_the_giver_by_initials_gives_him_the_monologue() -> None:
    document = parse_transcript(INITIALS_IN_TITLE, "page")
    # The copy of the title glued to the first sentence is dropped from it.
    assert document.passages[0].text.startswith("Я хотел бы начать")
    assert {p.speaker for p in document.passages} == {"I.S.Petrov"}


def test_a_woman_named_by_initials_in_a_title_keeps_her_surname() -> None:
    page = INITIALS_IN_TITLE.replace("И.С.Петрова", "И.С.Петровой")
    assert {p.speaker for p in parse_transcript(page, "page").passages} == {"I.S.Petrova"}


def test_turns_run_into_one_paragraph_are_split_at_their_labels() -> None:
    page = RUN_IN_TURNS
    assert speaker_of(page, "Наши отношения развиваются") == PETROV
    assert speaker_of(page, "Торговля растёт") == PETROV
    assert speaker_of(page, "А как насчёт торговли?") != PETROV
    assert speaker_of(page, "Как вы оцениваете отношения") != PETROV


def test_a_title_copy_with_other_quote_marks_is_cut_from_the_first_sentence() -> None:
    title = "Интервью Посла России в Чили А.К.Белецкого телеканалу Мега (10 июня 2024 года)"
    page = (
        f"{title}\n\n"
        "Интервью Посла России в Чили А.К.Белецкого телеканалу «Мега» (10 июня 2024 года) "
        "Наши страны связывают долгие годы сотрудничества в науке и культуре.\n\n"
        "Я уверен, что товарооборот продолжит расти и в этом году.\n"
    )
    document = parse_transcript(page, "page")
    assert document.passages[0].text.startswith("Наши страны связывают")
    assert {p.speaker for p in document.passages} == {"A.K.Beletsky"}


def test_an_ambassador_of_the_speaker_table_named_by_initials_gets_his_full_name() -> None:
    page = (
        "Интервью Посла России в Дании В.В.Барбина газете «Политикен» (3 марта 2024 года)\n\n"
        "Я хотел бы сразу сказать, что двусторонние отношения переживают трудный период.\n\n"
        "Тем не менее мы сохраняем контакты по линии гуманитарного сотрудничества.\n"
    )
    assert {p.speaker for p in parse_transcript(page, "page").passages} == {"Vladimir Barbin"}


def test_a_subheading_with_a_colon_is_no_speakers_label() -> None:
    page = (
        "WANA (Mar 3) – At a joint press conference with Russian Foreign Minister Sergey "
        "Lavrov, Ecuadorian Foreign Minister Maria Elena Torres emphasized her country's view of "
        "the talks. She stated: “We will proceed in close coordination with our partners, and "
        "we will not negotiate under pressure.”\n\n"
        "Regional Discussions: Andes and the Pacific\n\n"
        "The Ecuadorian Foreign Minister described the talks as frank, stating: “We held long "
        "talks on the Andes, and we agreed to meet again in the spring.”\n"
    )
    document = parse_transcript(page, "page")
    assert "Regional Discussions" not in {p.speaker for p in document.passages}
    # "Foreign Minister Maria Elena Torres": the post's last word is no part of her name.
    assert speaker_of(page, "We held long talks on the Andes") == "Maria Elena Torres"
    assert speaker_of(page, "close coordination with our partners") == "Maria Elena Torres"


def test_a_foreign_ambassador_to_russia_keeps_his_name_as_written() -> None:
    page = (
        "Посол Анголы заявил, что Луанда продолжит сотрудничество с Москвой\n\n"
        "Москва. 14 июня. INTERFAX.RU - Ангола является другом для всех, поэтому Луанда "
        "продолжит сотрудничество с Москвой, заявил посол Анголы в РФ Тандиве Мбеки в "
        'интервью, опубликованном в среду в газете "Известия".\n\n'
        '"Мы сотрудничаем со всеми, у нас крепкие торговые связи с Европой", - подчеркнул '
        "посол.\n"
    )
    assert speaker_of(page, "является другом для всех") == "Tandive Mbeki"
    assert speaker_of(page, "крепкие торговые связи") == "Tandive Mbeki"


def test_a_name_set_off_by_dashes_before_the_verb_is_its_subject() -> None:
    page = (
        "«Мы здесь надолго» — интервью посла РФ в Лаосе\n\n"
        "Посол России в Лаосе Иван Петров — человек, проработавший 30 лет в Юго-Восточной "
        "Азии, — рассказал о настоящей Восточной Азии и ее перспективах.\n\n"
        "— Как изменился Вьентьян за последние годы?\n\n"
        "— Город изменился неузнаваемо. Я впервые приехал сюда в 1990 году.\n"
    )
    # The title calls the page an interview; the lead, which does not, names who gives it.
    assert speaker_of(page, "Город изменился неузнаваемо") == PETROV
    assert speaker_of(page, "Как изменился Вьентьян") != PETROV
    document = parse_transcript(page, "page")
    assert "Vostochnoy Azii" not in {p.speaker for p in document.passages}


def test_a_copy_with_markup_and_answers_run_together_under_an_interview_lead() -> None:
    page = (
        "Закрыта ли граница, отходит ли Осло от прежней политики — об этом в интервью RTVI "
        "рассказал посол Норвегии в России Роберт Квиле.\n"
        "</strong> <h2>О решении разрешить удары<strong>*</strong> вглубь России</h2> Начнем "
        "с того, что моя задача как посла — разъяснять позицию моего правительства. О "
        "мотивах решений Вашингтона следует спросить у них самих.\n"
    )
    document = parse_transcript(page, "page")
    assert not any("<" in p.text for p in document.passages)
    assert speaker_of(page, "моя задача как посла") == "Robert Kvile"


def test_mr_and_the_surname_name_the_counterpart_set_off_by_commas() -> None:
    page = (
        "Russia backs Laos at international fora\n\n"
        "Addressing a joint media conference with his Lao counterpart, Saleumxay Kommasith, "
        "Mr. Lavrov said the two countries shared a common position on many issues.\n\n"
        "Mr. Kommasith said Laos was grateful to Russia for its steady support.\n\n"
        "“We face many challenges in multilateral fora,” Mr. Kommasith said.\n"
    )
    assert speaker_of(page, "grateful to Russia") == "Saleumxay Kommasith"
    assert speaker_of(page, "We face many challenges") == "Saleumxay Kommasith"


def test_a_question_explained_before_the_title_speakers_first_answer_is_not_his() -> None:
    page = (
        "Интервью Посла России в Сербии А.А.Боцан-Харченко телеканалу РТС, 12 июня 2020 года\n\n"
        "Неофициальный перевод с сербского\n\n"
        "Наташа Петрович (телеканал «РТС»): Ваше Превосходительство, как Россия отметит "
        "праздник? Спрашиваю Вас, потому что, как мы знаем, парад перенесен.\n\n"
        "Боцан-Харченко Александр Аркадьевич, Посол России в Сербии: Конечно, мы отметим "
        "праздник и в нынешних условиях.\n"
    )
    speaker = "Alexander Botsan-Kharchenko"
    assert speaker_of(page, "как Россия отметит") != speaker
    assert speaker_of(page, "Неофициальный перевод") != speaker
    assert speaker_of(page, "Конечно, мы отметим") == speaker
