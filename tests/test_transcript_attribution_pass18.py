"""Who said it on news retellings, pass 18 (issue 8): layouts met on fresh pages (set U).

The pages here are written for these tests in the layouts met on news sites. A wrong speaker
is the worst bug: where the page does not say who speaks, the passage stays unknown.
"""

from __future__ import annotations

from retrieval.transcript._sentence_sayer import sentence_sayer
from tests.conftest import speaker_of

UNKNOWN = "Unknown speaker"
LYUBINSKY = "Dmitry Lyubinsky"
MATVIYENKO = "Valentina Matviyenko"

# An ambassador interviewed by a foreign paper: the paper's name (after "с изданием",
# "газете") is the one spoken to, never the speaker; the post alone then points back to him.
_OUTLET_INTERVIEW = (
    "Любинский: Вена отказалась от диалога\n\n"
    "Посол России в Австрии Дмитрий Любинский в беседе с изданием Wiener Zeitung сообщил, "
    "что контакты с австрийскими министерствами почти прекратились.\n\n"
    "Посол указал на то, что переговоры были прерваны по инициативе Вены.\n\n"
    "Ранее МИД Австрии объявил о высылке двух дипломатов.\n"
)


def test_an_outlet_named_after_its_noun_is_not_the_speaker() -> None:
    assert speaker_of(_OUTLET_INTERVIEW, "контакты с австрийскими") == LYUBINSKY
    assert speaker_of(_OUTLET_INTERVIEW, "переговоры были прерваны") == LYUBINSKY
    assert speaker_of(_OUTLET_INTERVIEW, "высылке двух") == UNKNOWN


def test_an_outlet_in_the_dative_after_interview_is_not_the_speaker() -> None:
    page = (
        "Посол России в Австрии Дмитрий Любинский в интервью газете Die Presse заявил, что "
        "Москва готова к переговорам.\n"
    )
    assert speaker_of(page, "готова к переговорам") == LYUBINSKY


# "Спикер Совфеда Валентина Матвиенко": the chamber's name in the genitive is no first name.
_CHAMBER_POST = (
    "МОСКВА, 3 марта — РИА Новости. Спикер Совфеда Валентина Матвиенко считает, что сенаторы "
    "должны чаще ездить в регионы.\n\n"
    "«Надо видеть жизнь своими глазами, а не по отчетам», — уверена политик.\n"
)


def test_a_chamber_in_the_genitive_is_no_part_of_the_name() -> None:
    assert speaker_of(_CHAMBER_POST, "чаще ездить") == MATVIYENKO
    assert speaker_of(_CHAMBER_POST, "своими глазами") == MATVIYENKO


# A speaker the table of known people does not hold, named in full once, then by surname alone:
# with an adverb before the verb ("вновь заявила") and in "По словам <surname>, ...".
_SURNAME_AGAIN = (
    "Сенатор Ольга Кравцова назвала слухи о своей отставке выдумкой, передает корреспондент "
    "агентства.\n\n"
    "Кравцова вновь заявила, что не собирается покидать комитет.\n\n"
    "По словам Кравцовой, она ни с кем не обсуждала эту тему.\n\n"
    "Ранее газета сообщила о возможных перестановках в комитете.\n"
)
KRAVTSOVA = "Olga Kravtsova"


def test_a_surname_with_an_adverb_before_its_verb_names_the_one_named_in_full() -> None:
    assert speaker_of(_SURNAME_AGAIN, "покидать комитет") == KRAVTSOVA


def test_po_slovam_and_a_surname_in_the_genitive_names_the_one_named_in_full() -> None:
    assert speaker_of(_SURNAME_AGAIN, "ни с кем не обсуждала") == KRAVTSOVA
    assert speaker_of(_SURNAME_AGAIN, "возможных перестановках") == UNKNOWN


def test_according_to_a_surname_names_the_one_named_in_full() -> None:
    page = (
        "BERLIN, April 22. /TASS/. Berlin has not answered a single question, Russian Ambassador "
        "to Austria Dmitry Lyubinsky told TASS.\n\n"
        "According to Lyubinsky, the embassy rejected the allegations as groundless.\n\n"
        "The ministry declined to comment.\n"
    )
    assert speaker_of(page, "rejected the allegations") == LYUBINSKY


def test_according_to_a_surname_nobody_named_in_full_names_no_one() -> None:
    page = (
        "Russian Ambassador to Austria Dmitry Lyubinsky told TASS that Vienna had not replied.\n\n"
        "According to Schneider, the ministry rejected the allegations as groundless.\n"
    )
    assert speaker_of(page, "rejected the allegations") == UNKNOWN


def test_lamented_closing_a_quote_names_its_speaker() -> None:
    page = (
        "Russian diplomats face unprecedented pressure in Austria, Russian Ambassador to Austria "
        "Dmitry Lyubinsky said.\n\n"
        'The embassy\'s old partners avoid it. "Even a reception may cost someone a job," '
        "Lyubinsky lamented.\n"
    )
    assert speaker_of(page, "cost someone a job") == LYUBINSKY


def test_when_asked_clause_leaves_the_pronoun_after_it_the_speakers() -> None:
    page = (
        "VIENNA, May 5. /TASS/. Austria has given no reasons for the expulsions, Russian "
        "Ambassador to Austria Dmitry Lyubinsky told TASS.\n\n"
        "When asked to comment on the foreign ministry's reply to the embassy's note, he said, "
        '"We see no grounds for these steps and expect an explanation."\n'
    )
    assert speaker_of(page, "no grounds for these steps") == LYUBINSKY


def test_the_politician_closing_a_quote_is_the_one_named_before() -> None:
    page = (
        "Senators should travel to the regions more often, Federation Council Speaker Valentina "
        "Matviyenko said on Tuesday.\n\n"
        '"You have to see life with your own eyes, not in reports," the politician said, '
        "commenting on the chamber's plans.\n"
    )
    assert speaker_of(page, "with your own eyes") == MATVIYENKO


NEBENZYA = "Vassily Nebenzia"


def test_a_gerund_of_saying_after_the_sentence_is_its_subjects() -> None:
    # "..., назвав её опасной": the gerund's few words after it are what he called it, not an
    # attribution closing the sentence.
    page = (
        "Небензя раскритиковал решение Совета по санкциям\n\n"
        "ООН, 3 мая – РИА Новости.\n\n"
        "Постоянный представитель России при ООН Василий Небензя подверг критике решение "
        "Совета по санкциям, назвав его поспешным и опасным.\n\n"
        "«Мы не можем поддержать документ, который никто не обсуждал», — сказал он.\n"
    )
    assert speaker_of(page, "поспешным и опасным") == NEBENZYA
    assert speaker_of(page, "3 мая") == UNKNOWN


ZAKHAROVA = "Maria Zakharova"


def test_narration_naming_the_speaker_as_a_possessor_after_her_words_is_the_reporters() -> None:
    page = (
        "Zakharova warns of a response to strikes on Crimea\n\n"
        "During a briefing on Thursday, Russian Foreign Ministry spokesperson Maria Zakharova "
        "stated that Moscow would answer any strike on the peninsula. Footage of Zakharova's "
        "remarks was published by a news site. She also commented on the arms deliveries.\n"
    )
    assert speaker_of(page, "answer any strike") == ZAKHAROVA
    assert speaker_of(page, "Footage of") == UNKNOWN


def test_po_vyrazheniyu_names_whose_words_a_sentence_gives() -> None:
    page = (
        "Помощник президента Юрий Ушаков рассказал журналистам о переговорах в Кремле.\n\n"
        "Переговоры продлились пять часов. При этом конкретные формулировки стороны не "
        "обсуждали, по выражению Ушакова, обсуждалась суть документов.\n"
    )
    assert speaker_of(page, "суть документов") == "Yuri Ushakov"


def test_vowed_is_saying_what_one_will_do() -> None:
    page = (
        "Russia to answer Tokyo's new sanctions\n\n"
        'Deputy Foreign Minister of Russia Andrey Rudenko has vowed to "respond firmly" to the '
        "new Japanese sanctions, as he stated in an interview with TASS, a news site reports.\n\n"
        "Tokyo announced the sanctions on Friday.\n"
    )
    assert speaker_of(page, "respond firmly") == "Andrey Rudenko"
    assert speaker_of(page, "announced the sanctions") == UNKNOWN


def test_writing_a_post_is_no_gerund_of_saying() -> None:
    assert sentence_sayer("Захарова, написав пост в Telegram, уехала на форум.") is None
    assert sentence_sayer("Небензя подверг критике решение, назвав его опасным.") == NEBENZYA


def test_according_to_an_outlet_leaves_the_verbs_own_subject_the_speaker() -> None:
    page = (
        "Russia will answer Tokyo's sanctions\n\n"
        "According to TASS, Russian Deputy Foreign Minister Andrey Rudenko stressed that Moscow "
        "would respond firmly to the new sanctions.\n\n"
        "According to the Japanese side, the sanctions will take effect in May.\n"
    )
    assert speaker_of(page, "respond firmly") == "Andrey Rudenko"
    assert speaker_of(page, "take effect in May") == UNKNOWN


def test_po_informatsii_an_outlet_as_po_dannym() -> None:
    assert sentence_sayer("По информации ТАСС, Лавров заявил, что переговоры продолжатся.") == (
        "Sergey Lavrov"
    )
