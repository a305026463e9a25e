"""Who said it, pass 27 (set AK: mirrors and reposts of Foreign Ministry and Kremlin words,
news retellings of them): who holds the floor after background, agreeing as saying.

The pages here are written for these tests in the layouts met on such sites. A wrong speaker
is the worst bug: where the page does not say who speaks, the passage stays unknown.
"""

from __future__ import annotations

from tests.conftest import said_by, speaker_of

UNKNOWN = "Unknown speaker"
USHAKOV = "Yuri Ushakov"
ZAKHAROVA = "Maria Zakharova"


def test_agreeing_with_words_is_saying_so() -> None:
    page = (
        "Ушаков: встреча состоится в июне\n\n"
        "Помощник президента РФ Юрий Ушаков заявил журналистам, что встреча лидеров состоится "
        "в июне.\n\n"
        "После этого журналист напомнил господину Ушакову слова министра о том, что «все еще "
        "впереди». «Министр прав»,— согласился помощник президента.\n"
    )
    assert speaker_of(page, "Министр прав") == USHAKOV
    # Agreeing to a thing or to do it is no saying: the sentence stays narration.
    narration = (
        "Итоги визита\n\n"
        "Помощник президента РФ Юрий Ушаков заявил журналистам, что визит прошел успешно.\n\n"
        "Делегация согласилась продлить работу комиссии. Стороны согласились на новый раунд.\n"
    )
    assert speaker_of(narration, "продлить работу комиссии") == UNKNOWN
    assert speaker_of(narration, "на новый раунд") == UNKNOWN


def test_her_view_right_after_another_womans_background_is_no_ones() -> None:
    page = (
        "Захарова ответила на слова о мигрантах\n\n"
        "Официальный представитель МИД РФ Мария Захарова в своем канале ответила главе "
        "Молдавии Майе Санду на ее слова о мигрантах.\n\n"
        "Ранее Санду в интервью изданию Politico заявила, что граждане «должны оставаться "
        "дома».\n\n"
        "По ее мнению, разговоры о границах не должны мешать торговле.\n"
    )
    # "Her" may be the woman the background named or the story's: neither is sure.
    assert speaker_of(page, "не должны мешать торговле") == UNKNOWN
    # So with a woman the page does not name in full ("Ранее Брандт ... заявила").
    unnamed = page.replace("Майе Санду", "Анне Брандт").replace("Ранее Санду", "Ранее Брандт")
    assert speaker_of(unnamed, "не должны мешать торговле") == UNKNOWN
    # A man's background leaves "her" view to the story's woman, as before.
    his = page.replace("главе Молдавии Майе Санду на ее", "главе Молдавии Игорю Додону на его")
    his = his.replace("Ранее Санду", "Ранее Игорь Додон").replace("заявила", "заявил")
    assert speaker_of(his, "не должны мешать торговле") == ZAKHAROVA
    # And without background the view is the story's woman's.
    plain = page.replace("Ранее Санду в интервью изданию Politico заявила", "Она заявила")
    assert speaker_of(plain, "не должны мешать торговле") == ZAKHAROVA


# A forum post copying a Kremlin news item: the forum's menu and the poster's profile first.
FORUM_POST = (
    "Forum Home\nMembers\n\n"
    "Old March 3rd, 2019 #12\nPoster Name\nSenior Member\n\n"
    "Join Date: Jan 2014\nPosts: 1,204\nBlog Entries: 37\nPost\n\n"
    "President Vladimir Putin had talks with Italian Prime Minister Romano Prodi\n\n"
    "March 3, 2005 - 00:00 - Moscow\n\n"
    "The leaders discussed energy cooperation. President Putin and Prime Minister Prodi also "
    "discussed trade.\n\n"
    "The President said that the Italian proposal on a joint gas venture was worth studying.\n\n"
    "Mr Prodi outlined a plan for new pipelines. The first line should be ready within three "
    "years, the Italian Prime Minister said.\n"
)


def test_a_forum_posters_profile_lines_are_no_labels_over_the_copied_title() -> None:
    from retrieval.transcript import parse_transcript

    document = parse_transcript(FORUM_POST, "page")
    assert document.title.startswith("President Vladimir Putin had talks with")
    assert str(document.date) == "2005-03-03"


def test_the_nations_post_in_capitals_names_the_one_the_title_names_so() -> None:
    assert speaker_of(FORUM_POST, "ready within three years") == "Romano Prodi"


def test_a_forum_posts_own_title_over_a_copied_series_is_no_ones_title() -> None:
    from retrieval.transcript import parse_transcript

    page = FORUM_POST.replace("Post\n\n", "Post Vladimir Putin's talks and trips II\n\n").replace(
        "President Vladimir Putin had talks",
        "As agreed, I open a new topic on his talks.\n\nPresident Vladimir Putin had talks",
    )
    document = parse_transcript(page, "page")
    assert "talks and trips" not in document.title
    assert "I open a new topic" not in said_by(page, "Vladimir Putin")


def test_said_the_kazakh_head_of_state_names_the_kazakh_president_the_lead_named() -> None:
    page = (
        "Presidents of Kazakhstan and Russia met in Sochi\n\n"
        "SOCHI. KAZINFORM – Kazakh President Kassym-Jomart Tokayev has met with Russian "
        "President Vladimir Putin in Sochi, the Akorda press service said.\n\n"
        "«Our countries are close neighbours and reliable partners. Trade keeps growing "
        "every year,» said the Kazakh Head of State.\n\n"
        "«We value this partnership and will keep working on it,» said the Russian President.\n"
    )
    assert speaker_of(page, "close neighbours") == "Kassym-Jomart Tokayev"
    assert speaker_of(page, "value this partnership") == "Vladimir Putin"
    # "the Uzbek leader said" alike, with the Uzbek president named so.
    uzbek = page.replace(
        "Kazakh President Kassym-Jomart Tokayev", "Uzbek President Shavkat Mirziyoyev"
    ).replace("said the Kazakh Head of State", "the Uzbek leader said")
    assert speaker_of(uzbek, "close neighbours") == "Shavkat Mirziyoyev"


def test_a_story_of_the_hour_box_glued_to_its_headline_is_no_title() -> None:
    from retrieval.transcript import parse_transcript

    page = (
        "   • Новость часаВ Москве открылся новый парк\n"
        "    2 марта 2026, 11:05 • Новости дня\n\n"
        "    Захарова заявила о планах визита в Минск\n\n"
        "    Официальный представитель МИД РФ Мария Захарова заявила, что визит министра в Минск"
        " состоится весной.\n"
    )
    assert parse_transcript(page, "page").title == "Захарова заявила о планах визита в Минск"


def test_repeating_that_is_saying_it_again() -> None:
    page = (
        "Lavrov holds talks in Washington\n\n"
        "Russian Foreign Minister Sergey Lavrov said the talks with the secretary of state were "
        "useful.\n\n"
        "Journalists kept asking about the visas. Lavrov was compelled to repeat that no "
        "decision on them had been taken.\n\n"
        "Later the minister repeated that the embassy would keep working.\n"
    )
    assert speaker_of(page, "no decision on them had been taken") == "Sergey Lavrov"
    assert speaker_of(page, "the embassy would keep working") == "Sergey Lavrov"
    # "Repeated" before a noun is no verb: the sentence stays narration.
    calls = page.replace("Later the minister repeated that", "Repeated calls showed that")
    assert speaker_of(calls, "the embassy would keep working") == UNKNOWN


def test_a_machine_translated_remark_label_behind_a_forum_tag_is_an_unnamed_speakers() -> None:
    page = (
        "\nV.PUTIN: Good evening! What time is it for you? [/B]\n"
        "[b] REPLICA: Good night!\n"
        "QUESTION: A question about the budget.\n"
        "V.PUTIN: The budget is fine, we will see the figures soon.\n"
    )
    assert speaker_of(page, "Good night") == UNKNOWN
    assert speaker_of(page, "What time is it") == "Vladimir Putin"


# A kremlin.ru news conference's page: a lead that retells what he said, then the transcript.
RETOLD_LEAD = (
    "News conference of Vladimir Putin\n\n"
    "March 3, 2015, Moscow\n\n"
    "Vladimir Putin held a news conference in the Kremlin. Some 900 journalists were "
    "accredited.\n\n"
    "The President answered questions on the budget and on regional roads. In particular, "
    "Mr Putin stated that the new bridge will open next spring. The President also said that "
    "fuel prices will stay under control.\n\n"
    "* * *\n\n"
    "President of Russia Vladimir Putin: Good afternoon, colleagues. Let us begin.\n\n"
    "Question: When will the bridge open?\n\n"
    "Vladimir Putin: Next spring, as planned.\n"
)


def test_a_lead_retelling_what_the_speaker_said_over_his_transcript_gives_his_words() -> None:
    assert speaker_of(RETOLD_LEAD, "the new bridge will open next spring") == "Vladimir Putin"
    assert speaker_of(RETOLD_LEAD, "fuel prices will stay under control") == "Vladimir Putin"
    assert speaker_of(RETOLD_LEAD, "Some 900 journalists") == UNKNOWN
    # An interview's teaser over the speaker's answers says what he talks about, no more.
    teaser = RETOLD_LEAD.replace(
        "In particular, Mr Putin stated that", "In an interview, Mr Putin speaks about how"
    )
    assert speaker_of(teaser, "the new bridge will open next spring") == UNKNOWN


def test_a_foreign_post_alone_names_the_one_the_page_gave_it_to() -> None:
    page = (
        "Встреча в Анкаре\n\n"
        "Глава МИД России Сергей Лавров встретился с госсекретарем США Рубио.\n\n"
        "«Мы обсудили торговлю и визы», — добавил госсекретарь.\n"
    )
    assert speaker_of(page, "торговлю и визы") == "Marco Rubio"
    # No one given that post on the page: someone we cannot name.
    nobody = page.replace("госсекретарем США Рубио", "коллегами из Европы")
    assert speaker_of(nobody, "торговлю и визы") == UNKNOWN


def test_a_quote_closed_by_began_opens_the_named_speakers_words() -> None:
    page = (
        "Talks in Moscow\n\n"
        "Russian Foreign Minister Sergey Lavrov met his counterpart on Monday.\n\n"
        '"We have a lot to discuss today," Lavrov began.\n\n'
        "The talks began at noon. Lavrov began the meeting with a toast.\n"
    )
    assert speaker_of(page, "a lot to discuss today") == "Sergey Lavrov"
    assert speaker_of(page, "with a toast") == UNKNOWN


def test_a_sentence_opening_on_and_before_its_verb_goes_on_with_the_last_subject() -> None:
    page = (
        "Briefing in Moscow\n\n"
        "Foreign Ministry spokeswoman Maria Zakharova spoke about the talks. She called the "
        "reports of a walkout a fake. And called the new visa rules unacceptable.\n\n"
        "И назвала новые визовые правила неприемлемыми.\n"
    )
    assert speaker_of(page, "And called the new visa rules") == ZAKHAROVA
    assert speaker_of(page, "И назвала новые визовые") == ZAKHAROVA
    # "And" before anything but a verb of saying opens no such sentence.
    other = page.replace("And called the new visa rules", "And the new visa rules are")
    assert speaker_of(other, "visa rules are") == UNKNOWN


def test_a_relative_clause_left_without_commas_after_a_name_keeps_the_name_the_subject() -> None:
    page = (
        "Переговоры в Токио\n\n"
        "Бывший премьер Японии Ёсихидэ Сугэ который много лет вел переговоры с Москвой "
        "заявил, что диалог нужно продолжать.\n\n"
        "Later, former Japanese Prime Minister Yoshihide Suga who negotiated with Moscow for "
        "years said the dialogue must go on.\n\n"
        "Министр встретился с Сугэ который заявил, что визит возможен.\n"
    )
    assert speaker_of(page, "диалог нужно продолжать") != UNKNOWN
    assert speaker_of(page, "the dialogue must go on") == "Yoshihide Suga"
    # With no verb of its own, the relative clause holds the verb of saying: no sayer.
    assert speaker_of(page, "визит возможен") == UNKNOWN


def test_a_rank_alone_names_the_one_the_page_named_with_that_rank() -> None:
    page = (
        "Министр обороны РФ, генерал армии Сергей Шойгу призвал соседей к диалогу. По словам "
        "Шойгу, учения не направлены против кого-либо.\n\n"
        "«Мы открыты для встреч», — сказал министр в эфире телеканала.\n\n"
        "Генерал армии объяснил, зачем нужны новые склады.\n"
    )
    assert speaker_of(page, "зачем нужны новые склады") == "Sergei Shoigu"
    english = (
        "Chief of the General Staff, General Valery Gerasimov, met commanders on Monday. "
        "General Valery Gerasimov said the drills were over.\n\n"
        '"The troops are ready," the general said.\n'
    )
    assert speaker_of(english, "The troops are ready") == "Valery Gerasimov"
    # Two people of that rank on the page: the rank names neither.
    two = english.replace("met commanders", "met General Andrei Serdyukov")
    assert speaker_of(two, "The troops are ready") == UNKNOWN


def test_an_initial_i_is_no_first_person() -> None:
    from retrieval.transcript._sentence_sayer import first_person

    assert not first_person("The reply of Ambassador A.I. Petrov to a question from the media")
    assert not first_person("Посол Я.Ю. Петров ответил на вопрос")
    assert first_person("I think so.")
    page = (
        "The reply of the Russian Ambassador to Canada A.I. Petrov to the question of the media\n"
        "The answer of the Russian Ambassador to Canada A.I. Petrov to a question of the press\n"
        "Question: How do you see the new visa rules?\n"
        "A.I.Petrov: We see them as one more unfriendly step, and we will answer it.\n"
    )
    assert speaker_of(page, "to a question of the press") == UNKNOWN


def test_a_quote_in_a_lead_over_the_speakers_own_label_is_left_to_the_lead() -> None:
    # Only words retold without quotes: a quote up there is as often another story's teaser.
    quoted = RETOLD_LEAD.replace(
        "The President also said that fuel prices will stay under control.",
        '"Fuel prices will stay under control," the President said.',
    )
    assert speaker_of(quoted, "Fuel prices will stay under control") == UNKNOWN
    assert speaker_of(quoted, "the new bridge will open next spring") == "Vladimir Putin"
