"""Who said it, pass 28 (set AM: news retellings and reposts quoting several officials, UN
mission and Kremlin pages, aggregators): nothing said yet, many unnamed officials, a page's
speaker named only as someone's background, long post labels, sayings under names.

The pages here are written for these tests in the layouts met on such sites. A wrong speaker
is the worst bug: where the page does not say who speaks, the passage stays unknown.
"""

from __future__ import annotations

from tests.conftest import speaker_of

UNKNOWN = "Unknown speaker"
USHAKOV = "Yuri Ushakov"


def test_one_who_has_not_yet_commented_said_nothing() -> None:
    page = (
        "Kremlin calls the talks useful\n\n"
        "Kremlin aide Yuri Ushakov told reporters the talks with the envoy had been useful.\n\n"
        "President Trump has not yet commented on the talks, although Secretary of State Marco "
        "Rubio later confirmed he had spoken with the envoy.\n\n"
        "The White House has not responded to questions about the next round.\n"
    )
    assert speaker_of(page, "has not yet commented") == "Marco Rubio"
    assert speaker_of(page, "has not responded") == UNKNOWN
    # Declining to comment, not ruling out: words said, as before.
    declined = page.replace(
        "The White House has not responded to questions about the next round.",
        "Ushakov declined to comment on the next round.",
    )
    assert speaker_of(declined, "declined to comment") == USHAKOV
    russian = (
        "Ушаков: переговоры прошли полезно\n\n"
        "Помощник президента РФ Юрий Ушаков заявил журналистам, что переговоры были полезными."
        "\n\nГенсек ООН пока не прокомментировал итоги переговоров.\n"
    )
    assert speaker_of(russian, "пока не прокомментировал") == UNKNOWN


def test_a_man_named_only_in_the_genitive_is_not_the_one_quoted() -> None:
    page = (
        "«Мы не собираемся закрывать посольство, и меня никто не отзывает», – передает агентство "
        "со ссылкой на слова посла, сказанные в интервью газете.\n"
        "По его словам, в Вашингтоне видели признаки того, что отношения могут прерваться.\n"
        "В пример было приведено заявление зампреда Совбеза Дмитрия Медведева о «закрытии "
        "посольства».\n"
        "«Такая угроза прозвучала, хотя и не прямыми словами», – пояснил он.\n"
    )
    assert speaker_of(page, "меня никто не отзывает") == UNKNOWN
    assert speaker_of(page, "Такая угроза прозвучала") == UNKNOWN
    # The one the story talks with (the instrumental) is its speaker, as before.
    interview = (
        "На телеканале вышло интервью с заместителем министра иностранных дел России Сергеем "
        "Рябковым. Он высказался о переговорах.\n"
        "«Наша позиция не изменилась», – отметил замминистра.\n"
    )
    assert speaker_of(interview, "Наша позиция не изменилась") == "Sergey Ryabkov"


def test_officials_in_the_plural_are_no_one_the_page_named() -> None:
    page = (
        "Russia's ambassador Andrei Kelin told a radio host on Sunday that Western weapons are "
        "to blame for the war.\n\n"
        "Confronted with the report, the ambassador replied that both sides had suffered.\n\n"
        "Similar News:\n\n"
        "Ukraine war: Two killed in a strike on a clinic in DniproAt least two people have been "
        "killed after a strike hit a clinic in eastern Ukraine, officials have said\n\n"
        "Read more »\n"
    )
    assert speaker_of(page, "Two killed in a strike") == UNKNOWN
    # One official may be the one named before, as before.
    one = page.replace("officials have said", "the official has said")
    assert speaker_of(one, "Two killed in a strike") == "Andrei Kelin"


def test_her_words_are_not_the_man_quoted_before() -> None:
    page = (
        "Aide says the account was hacked\n\n"
        "Medvedev's aide, Oleg Osipov, said on Tuesday that the account had been hacked.\n\n"
        "A television host was the first to guess the account was hacked.\n\n"
        "“This is too much even for him,’ she said on her channel late Monday.\n"
    )
    assert speaker_of(page, "too much even for him") == UNKNOWN
    # With no gender of its own, the quote goes on with the one quoted before, as before.
    his = page.replace("she said on her channel", "he said on his channel")
    assert speaker_of(his, "too much even for him") == "Oleg Osipov"


def test_he_after_a_subject_behind_an_opening_clause_is_that_subject() -> None:
    page = (
        "Medvedev questions a neighbour in a deleted post\n\n"
        "Medvedev's aide, Oleg Osipov, said on Tuesday that the account had been hacked.\n\n"
        "Since the Russian army entered Ukraine, Medvedev has turned into one of the loudest "
        "hawks.\n\n"
        "A post shared with Medvedev's followers said that the army would go further.\n\n"
        "He argued that the neighbouring state was an artificial one.\n"
    )
    assert speaker_of(page, "an artificial one") == "Dmitry Medvedev"
    # Named inside the clause, he is not its subject.
    inside = page.replace(
        "Since the Russian army entered Ukraine, Medvedev has turned into one of the loudest "
        "hawks.",
        "After Medvedev arrived in Ukraine, the Kremlin kept silent.",
    )
    assert speaker_of(inside, "an artificial one") != "Dmitry Medvedev"


def test_a_long_post_before_a_name_is_a_label() -> None:
    page = (
        "Meeting with the Defence Minister and the Chief of the General Staff\n\n"
        "President of Russia Vladimir Putin: Colleagues, please report on the drills.\n\n"
        "Defence Minister Sergei Shoigu: The drills are over, comrade Supreme Commander.\n\n"
        "Chief of the General Staff of the Armed Forces Valery Gerasimov: All units are back "
        "at their bases.\n"
    )
    assert speaker_of(page, "All units are back") == "Valery Gerasimov"
    assert speaker_of(page, "The drills are over") == "Sergei Shoigu"


def test_a_comment_forms_sum_under_a_quote_is_no_ones() -> None:
    page = (
        "Министр иностранных дел России Сергей Лавров заявил, что разрыв отношений не нужен.\n\n"
        "“Это крайняя мера”, – заявил Лавров на пресс-конференции.\n\n"
        "Оставить комментарий\n\n"
        "2 + 5 =\n"
    )
    assert speaker_of(page, "2 + 5 =") == UNKNOWN
    assert speaker_of(page, "Это крайняя мера") == "Sergey Lavrov"


def test_addressing_and_reacting_after_a_quotes_dash_is_saying() -> None:
    page = (
        "Совещание по учениям\n\n"
        "Президент России Владимир Путин провел совещание с военачальниками.\n\n"
        '"Валерий Васильевич, мы с вами еще переговорим", - обратился Путин к Герасимову.\n\n'
        "На полигоне замминистра позвонил с докладом.\n\n"
        '"Он сам все видит, но докладывает", - отреагировал президент России и засмеялся.\n'
    )
    assert speaker_of(page, "мы с вами еще переговорим") == "Vladimir Putin"
    assert speaker_of(page, "Он сам все видит") == "Vladimir Putin"
    # Without the quote's dash: turning to someone, reacting to something say nothing.
    narration = (
        "Совещание по учениям\n\n"
        "Президент России Владимир Путин заявил, что учения прошли успешно.\n\n"
        "Позже министр, осмотрев зал, обратился к журналистам. Рынок, как всегда, "
        "отреагировал падением.\n"
    )
    assert speaker_of(narration, "обратился к журналистам") == UNKNOWN


def test_writing_that_is_saying_so() -> None:
    page = (
        "Депутат рассказал о письме\n\n"
        "Депутат Госдумы Александр Лебедев заявил, что отправил письмо в компанию.\n\n"
        "Компания потребовала раскрыть источники.\n\n"
        "Лебедев пишет, что ответа на письмо так и не получил.\n"
    )
    assert speaker_of(page, "ответа на письмо") == "Alexander Lebedev"
    # Writing a thing is no saying.
    book = page.replace(
        "Лебедев пишет, что ответа на письмо так и не получил.",
        "Лебедев пишет книгу о компании, ответа на письмо нет.",
    )
    assert speaker_of(book, "ответа на письмо") == UNKNOWN


def test_as_a_deputy_told_the_paper_opens_a_retelling_of_his_words() -> None:
    page = (
        "Служба отказалась назвать фамилии\n\n"
        "Служба отказалась назвать имена депутатов, пишет газета.\n\n"
        "Как рассказал изданию депутат от фракции Иван Самойлов, в ответе не называются "
        "имена.\n\n"
        "При этом служба отметила, что встречи были давно.\n"
    )
    assert speaker_of(page, "в ответе не называются") == "Ivan Samoylov"
    assert speaker_of(page, "встречи были давно") == UNKNOWN


def test_a_statement_by_mr_x_names_its_speaker() -> None:
    page = (
        "Permanent Mission to the United Nations\n\n"
        "Permanent Mission to the United Nations\n\n"
        "Statement by Mr. Pavel Ignatov, Deputy Permanent Representative, at the Security "
        "Council meeting on working methods\n\n"
        "March 3, 2016\n\n"
        "We thank the presidency for its work this month. The Council had a busy programme.\n"
    )
    assert speaker_of(page, "We thank the presidency") == "Pavel Ignatov"


def test_sayings_each_under_a_line_with_its_sayers_name() -> None:
    page = (
        "Слова недели\n\n"
        "Анна Белова\n\n"
        "«Правила для всех одинаковы». Депутат напомнила о новых запретах. (ТАСС)\n\n"
        "Олег Смирнов\n\n"
        "«Этот подарок нам сделал вице-премьер Дмитрий Рогозин». Председатель партии, выступая "
        "на съезде, заявил о поддержке президента Владимира Путина.\n\n"
        "Петр Соколов\n\n"
        "«Нет сомнений, что это была диверсия». Кремль заявил, что проверит эти слова.\n"
    )
    assert speaker_of(page, "Этот подарок нам сделал") == "Oleg Smirnov"
    assert speaker_of(page, "заявил о поддержке") == "Oleg Smirnov"
    # Someone else named saying the paragraph's words: not the column's sayer.
    assert speaker_of(page, "это была диверсия") == UNKNOWN
    # A subhead of capitalised words names no one; nor does a name over a quote that its own
    # attribution closes.
    subhead = page.replace("Олег Смирнов", "Новые Правила Игры")
    assert speaker_of(subhead, "Этот подарок нам сделал") == UNKNOWN
    closed = page.replace(
        "Рогозин». Председатель партии,", "Рогозин», — сказал депутат. Председатель партии,"
    )
    assert speaker_of(closed, "Этот подарок нам сделал") != "Oleg Smirnov"
