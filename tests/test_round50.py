"""Round 50: layouts met on real pages this round.

The pages here are written for these tests in the layouts met on those sites.
"""

from __future__ import annotations

from tests.conftest import speaker_of

# A wire story retold by a business site: the spokesman named with the ministry he works for
# after his name, then the verb and his words in quotes with no comma between.
_NAME_OF_THE_MINISTRY = """\
Talks on the Korean peninsula may resume

The Foreign Ministry stated that there are signs the talks could start again this spring.

In a radio interview, Mr. Pavel Orlov of the Russian Ministry of Foreign Affairs said “Moscow \
believes that an early restart of the talks is in the interest of every party.”

A ministry official added that a date has not been agreed yet.
"""


def test_a_name_followed_by_the_ministry_he_works_for_is_the_subject() -> None:
    # Pavel Orlov is no known official: the name alone must make him the speaker.
    assert speaker_of(_NAME_OF_THE_MINISTRY, "early restart of the talks") == "Pavel Orlov"
    from_the = _NAME_OF_THE_MINISTRY.replace(
        "In a radio interview, Mr. Pavel Orlov of the Russian Ministry of Foreign Affairs",
        "Alexander Lukashevich from the Russian Foreign Ministry",
    )
    assert speaker_of(from_the, "early restart of the talks") == "Alexander Lukashevich"


def test_the_ministry_alone_after_a_comma_still_names_no_one() -> None:
    unnamed = _NAME_OF_THE_MINISTRY.replace(
        "In a radio interview, Mr. Pavel Orlov of the Russian Ministry of Foreign Affairs said “",
        "Lavrov and Wang Yi spoke on Monday, the Russian Ministry of Foreign Affairs said. “",
    )
    assert speaker_of(unnamed, "early restart of the talks") != "Wang Yi"


# A Russian news item: the spokesman's post with the ministry's name written out in full
# before his name in the genitive after «По словам».
_MINISTRY_WRITTEN_OUT = """\
В Москве ответили на обвинения Брюсселя

В России отреагировали на прозвучавшие со стороны Евросоюза обвинения в давлении на соседей.

По словам официального представителя Министерства иностранных дел России Александра \
Лукашевича, Москву удивили заявления европейских политиков о «почти ультиматуме».

Российский дипломат призвал ЕС давать объективные оценки.
"""


def test_according_to_a_spokesman_of_the_ministry_written_out_names_him() -> None:
    assert speaker_of(_MINISTRY_WRITTEN_OUT, "Москву удивили") == "Alexander Lukashevich"


# A story on a Kremlin aide: named once in full, then as "his" and as Putin's aide after a
# dash closing his quote.
_PUTINS_AIDE = """\
Трамп и Путин в Анкоридже не договаривались о встрече с Зеленским. Об этом сказал помощник \
главы Кремля Юрий Ушаков в комментарии в понедельник.

«То, что пишут в прессе, это не совсем то, о чем договаривались», — заявил он.

«На саммите, насколько я помню, эту тему поднял только наш президент», — заявил помощник Путина.
"""


def test_an_aide_named_by_the_one_he_works_for_is_the_aide_the_story_named() -> None:
    assert speaker_of(_PUTINS_AIDE, "поднял только наш президент") == "Yuri Ushakov"


def test_made_it_very_clear_is_a_verb_of_saying() -> None:
    story = """\
Tokyo gets its answer

Maria Zakharova, in response to the statements of the Japanese cabinet, made it very clear \
that there is only one way to resume the dialogue on a treaty.

Other news follow.
"""
    assert speaker_of(story, "only one way to resume the dialogue") == "Maria Zakharova"


def test_it_said_after_a_comma_is_the_institution_not_a_name_in_its_words() -> None:
    # A wire story's lead: the Kremlin's hope, closed by "it said"; the presidents it names
    # are what the Kremlin spoke of, not who spoke (it had gone to Donald Trump).
    story = """\
Kremlin hopes Vienna summit may open the way for Trump Moscow visit - City Daily

By Anna Petrova and John Smith

MOSCOW (Reuters) – The Kremlin hopes next week’s U.S.-Russia summit in Vienna may pave the \
way for U.S. President Donald Trump to visit Moscow and for President Vladimir Putin to make \
an official visit to Washington, it said on Friday.

Neither side expects the summit on Tuesday, the first between the two leaders, to bring \
major breakthroughs given the poor state of relations.

But the Kremlin, which has long wanted such a meeting, hopes it will start a thaw that lets \
ties be rebuilt step by step.

“You never know, but perhaps there will be a conversation about concrete visits,” Kremlin \
aide Yuri Ushakov told reporters on Friday, calling the summit “the main event of the year”.

Ushakov said the summit would begin with the two leaders talking one-to-one with only \
interpreters present.
"""
    assert speaker_of(story, "may pave the") not in ("Donald Trump", "Vladimir Putin")
    assert speaker_of(story, "concrete visits") == "Yuri Ushakov"


# A news site's retelling of a foreign paper: the spokeswoman's answer retold, then a line on
# what another official said earlier, opened by phrases of the telling and of time, and his
# words in a paragraph of their own in the first person, with quote marks only inside them.
_ANOTHER_OFFICIAL_EARLIER = """\
Zakharova's answer on the islands left Tokyo silent

Maria Zakharova, in response to the statements of the new cabinet, made it clear that Japan \
must recognise the existing borders.

"There is no other option," Zakharova said.

By the way, in March of this year, Deputy head of the Security Council Dmitry Medvedev spoke \
far more harshly about the islands.

We do not care at all about the "feelings of the Japanese people" over the so-called \
Northern Territories.
"""


def test_first_person_words_after_narration_on_another_official_are_his() -> None:
    # They had gone to Zakharova, quoted before (a wrong attribution).
    assert speaker_of(_ANOTHER_OFFICIAL_EARLIER, "We do not care at all") == "Dmitry Medvedev"
    assert speaker_of(_ANOTHER_OFFICIAL_EARLIER, "no other option") == "Maria Zakharova"


def test_a_second_verb_of_saying_after_i_has_the_sentences_subject() -> None:
    story = """\
Между лидерами состоялся обстоятельный обмен мнениями – Песков

Лидеры провели очень серьезный разговор, заявил пресс-секретарь президента РФ Дмитрий Песков.

"Состоялся очень обстоятельный обмен мнениями", – заявил представитель Кремля.

Он воздержался от каких-либо оценок и призвал дождаться совместного заявления для прессы.
"""
    assert speaker_of(story, "призвал дождаться совместного") == "Dmitry Peskov"


def test_a_headline_quote_said_at_talks_is_the_speakers_passage() -> None:
    # «...», – Путин на переговорах с ...: the name ends before «на»; the body never repeats
    # the headline's words.
    story = """\
«Наше сотрудничество играет важную стабилизирующую роль в мировых делах», – Путин на \
переговорах с Си Цзиньпином

«Мы координируем наши шаги в ООН, ШОС и БРИКС», заявил президент.

Си Цзиньпин заявил о готовности вывести отношения на новую высоту.
"""
    assert speaker_of(story, "важную стабилизирующую роль") == "Vladimir Putin"


def test_a_photo_credit_glued_before_the_lead_leaves_the_lead() -> None:
    story = """\
Президент рассказал, как писал речь

Фото: Иван Петров/ТАСС Президент РФ Владимир Путин рассказал, что сам переписал черновик \
своей речи, пока летел в самолете на конференцию.

«Я посчитал правильным сформулировать нашу озабоченность», — объяснил Путин.
"""
    assert speaker_of(story, "сам переписал черновик") == "Vladimir Putin"


def test_an_outlets_announcement_under_a_longer_lead_hands_over_the_briefing() -> None:
    # The announcement is the page's fifth paragraph: a quoted headline, three of the lead.
    page = """\
“Talks on a new agreement productive”

The eighth round of talks on a new agreement between Moscow and Brussels has proven \
productive, according to Russian Foreign Ministry spokesman Andrey Nesterenko.

At a weekly media briefing on Friday, he told journalists the next round would take place in \
March.

Other issues he touched upon include the results of the summit in Oslo and the visit of the \
OSCE chairman to Moscow.

RT presents the full transcript of Nesterenko’s briefing on January 22, 2010.

Ladies and gentlemen, colleagues,

I’d like to start with the meeting of the Supreme State Council, which took place on January \
15 and adopted a joint programme of work for the coming year.
"""
    assert speaker_of(page, "adopted a joint programme") == "Andrey Nesterenko"


def test_a_last_line_reporting_words_after_a_comma_is_no_title() -> None:
    # «..., что, судя по ...»: the comma after «что» too; the page is cut mid-word there.
    story = """\
 date 2026-01-30 Официальный представитель МИД РФ Мария Захарова выразила недоумение в связи \
с заявлениями премьер-министра Армении о невыполнении партнёрами своих обязательств.

Ранее премьер заявил, что партнёры отказались поставлять вооружение, за которое Ереван уже \
заплатил.

Комментируя эти слова на брифинге, Мария Захарова заявила, что не понимает, о каком решении \
идет речь.

Захарова подчеркнула, что, судя по контексту, заявления премьера касались ситуации вокруг К"""
    assert speaker_of(story, "судя по контексту") == "Maria Zakharova"
