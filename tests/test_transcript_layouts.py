"""The parser on our own transcripts in the layouts of real pages (tests/transcripts/layouts).

Each file reproduces a layout met on real Foreign Ministry, Kremlin and news pages (see the
folder's README): clutter before the title, no title, labels of every shape, news stories that
quote people in their narration. For each: the title (or none), the date, the place, and the
speaker and role of every passage, exactly.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from retrieval.corpus import load_transcript
from retrieval.passages import QUESTION_SPEAKER, UNTITLED, Document
from retrieval.speakers import UNKNOWN_SPEAKER

LAYOUTS = Path(__file__).resolve().parent / "transcripts" / "layouts"
Q, U = QUESTION_SPEAKER, UNKNOWN_SPEAKER
LAVROV, PUTIN, MEDVEDEV = "Sergey Lavrov", "Vladimir Putin", "Dmitry Medvedev"
SHOIGU = "Sergei Shoigu"
RUDENKO, RYABKOV = "Andrey Rudenko", "Sergey Ryabkov"
PESKOV, ZAKHAROVA, NEBENZYA = "Dmitry Peskov", "Maria Zakharova", "Vassily Nebenzia"


def turns(*pairs: str) -> list[tuple[str, str]]:
    """ "Sergey Lavrov/answer", "Question/question" ... -> [(speaker, role), ...]."""
    return [tuple(pair.split("/")) for pair in pairs]  # type: ignore[misc]


# file stem -> (title, date, place, (speaker, role) of every passage in order)
EXPECTED: dict[str, tuple[str, dt.date | None, str | None, list[tuple[str, str]]]] = {
    "aggregator_numeric_date_glued_qa": (
        "Quarterly magazine interviews Russian FM Lavrov",
        dt.date(2018, 6, 14),  # "14-06-2018 18:40"
        None,
        # The editor's comment names Lavrov in the third person: not his words.
        turns(
            f"{U}/statement",
            f"{Q}/question",
            f"{LAVROV}/answer",
            f"{Q}/question",
            f"{LAVROV}/answer",
        ),
    ),
    "blog_annotated_excerpts_labels": (
        "Reading Lavrov's radio interview so you don't have to",
        None,
        None,
        # The blogger's note under "Lavrov:" speaks of him in the third person: not his.
        turns(
            f"{U}/statement",
            f"{Q}/question",
            f"{LAVROV}/answer",
            f"{U}/answer",
            f"{LAVROV}/answer",
        ),
    ),
    "briefing_mirror_topic_list_link_list": (
        "Briefing by Foreign Ministry Spokesperson Maria Zakharova, Moscow, May 14, 2026",
        dt.date(2026, 5, 14),
        "Moscow",
        # The list of topics and the links to other stories are no one's words; the heading
        # of the section that follows stays with its text.
        turns(f"{ZAKHAROVA}/statement"),
    ),
    "en_news_inverted_said_typo_post_caption": (
        "Shoigu Inspects Arctic Brigade",
        dt.date(2027, 6, 7),  # "( – June 7, 2027)"
        None,
        # ", said Russian Defence Minister ..." and "said the Defence Minsiter" are Shoigu;
        # "Advisers to ... Ola Hansen advised" is not Hansen speaking; "Olga Markova asked"
        # is hers, the quote after it the minister's answer, and the pull quote over a
        # caption of his name is his.
        turns(
            f"{U}/statement",
            f"{SHOIGU}/statement",
            f"{U}/statement",
            f"{SHOIGU}/statement",
            "Olga Markova/statement",
            f"{SHOIGU}/statement",
        ),
    ),
    "en_liveblog_playbyplay_subjectless": (
        "Live Blog: Putin's Annual Phone-In",
        None,
        None,
        # "everything he said" names no sayer; "Next question from ... Asks why ..." is the
        # caller's question, never a lead-in to Putin's words.
        turns(f"{U}/statement", f"{PUTIN}/statement", f"{U}/statement"),
    ),
    "en_liveblog_question_lines": (
        "Putin's annual phone-in: live updates",
        None,
        None,
        # A question line over his attributed words is the question they answer; the
        # narration after the answer ends it.
        turns(
            f"{U}/statement",
            f"{Q}/question",
            f"{PUTIN}/answer",
            f"{U}/statement",
            f"{PUTIN}/statement",
        ),
    ),
    "en_ministry_release_head_of_department": (
        "Defence Minister held a teleconference with the Armed Forces leadership",
        None,
        None,
        # "As Sergei Shoigu pointed out, ...", "The head of the military department noted",
        # "According to the Defence Minister, ..." all give his words, and the plain
        # sentences between them ("Moreover, three new radar stations ...") go on with them;
        # a subhead between them ("On air defence in the Arctic") does not.
        turns(*[f"{U}/statement", f"{SHOIGU}/statement"] * 2),
    ),
    "en_ministry_release_indirect_summary": (
        UNTITLED,
        dt.date(2027, 3, 3),
        None,
        # A quote split by its attribution with the second opening mark lost is his; the
        # plain sentences between two "Shoigu said that" go on summarising his speech; a
        # sentence about him ("Shoigu visited") or naming someone else is the reporter's.
        turns(*[f"{U}/statement", f"{SHOIGU}/statement"] * 3),
    ),
    "en_news_hyphen_dash_attribution": (
        'Zakharova rebuffs a question about "capitulation"',
        None,
        None,
        # '"...?" - the diplomat asked': a spaced hyphen typed for a dash before the subject.
        turns(f"{ZAKHAROVA}/statement"),
    ),
    "en_news_presser_roundup_possessive_weekday": (
        UNTITLED,  # "... results of Thursday's talks." is a sentence of the text, no title
        dt.date(2027, 5, 12),
        None,
        # 'When asked if ... "plan B," Lavrov said that ...' is his; ", reiterated by Russian
        # President Putin" does not make Putin the speaker of Lavrov's quote.
        turns(f"{LAVROV}/statement", f"{U}/statement", f"{LAVROV}/statement"),
    ),
    "en_press_review_interview_journalist_reference": (
        "Lavrov tells the Courier that the grain corridor can wait",
        None,
        None,
        # "the interviewer reminded him", "the interviewer asked": the one named after the
        # outlet's possessive ("the Daily Courier's Anna Voronova"), never the outlet.
        turns(
            f"{LAVROV}/statement",
            f"{U}/statement",
            "Anna Voronova/statement",
            f"{LAVROV}/statement",
            "Anna Voronova/statement",
            f"{LAVROV}/statement",
        ),
    ),
    "en_news_spokesman_claims_place_phrase": (
        UNTITLED,
        None,
        None,
        # "Vladimir Putin's spokesman claims that ..." is the spokesman named before, never
        # Putin; "<post> <Name> at the conference in Geneva said" is that person's.
        turns(f"{PESKOV}/statement", "Aino Lehtinen/statement"),
    ),
    "headline_label_title_case_dashed_question": (
        "Consul General Petrenko: Trade With Finland Continues to Grow Despite Difficulties",
        dt.date(2026, 3, 14),  # a Russian month on an English page
        None,
        turns(f"{Q}/question", "Andrei Petrenko/answer"),
    ),
    "ru_news_adverb_before_name_dash_closing": (
        "Лавров: переговоры о новом соглашении по Арктике пока невозможны",
        dt.date(2027, 3, 9),  # "09 марта 2027 в 14:10"
        None,
        # "Также Лавров", "Ранее Небензя" name Lavrov and Nebenzya; "Изначально Гаврилюк"
        # names no one we know; "Ирина Соколова написала, что" is hers, "она написала 40
        # статей" is not speech.
        turns(
            f"{LAVROV}/statement",
            f"{NEBENZYA}/statement",
            f"{U}/statement",
            "Irina Sokolova/statement",
            f"{U}/statement",
        ),
    ),
    "no_labels_presenter_introduces_herself": (
        "Sergey Lavrov's interview with three radio stations: on Ukraine and sanctions",
        None,
        None,
        # No labels: the title's speaker has the unlabelled text, except the presenter's
        # opening ("and I, Olga Morozova, editor-in-chief of ...") and a paragraph that
        # speaks to him by name and patronymic ("Sergey Viktorovich, ...").
        turns("Olga Morozova/statement", f"{U}/statement", f"{LAVROV}/statement"),
    ),
    "ru_news_byline_programme_title": (
        UNTITLED,  # the byline "Текст: ..." is no title
        dt.date(2027, 3, 12),
        None,
        # "она описала так: ..." is hers; a programme's name in «» is no one's words.
        turns(f"{ZAKHAROVA}/statement", f"{U}/statement"),
    ),
    "ru_news_head_of_state_lead": (
        UNTITLED,
        None,
        None,
        # "Глава государства отметил" is the president the lead names: the rest of the lead
        # paragraph is his (as news narration that speaks of the one quoted is), joined with
        # his quote; the sentence introducing him by post and name is the reporter's.
        turns(f"{U}/statement", f"{PUTIN}/statement"),
    ),
    "ru_news_putins_press_secretary": (
        "Песков: президент будет работать в праздники в обычном режиме",
        None,
        None,
        # "– сообщил пресс-секретарь Путина" is the spokesman named before, never Putin; once
        # Putin is the last official named, the spokesman cannot be told: unknown.
        turns(f"{PESKOV}/statement", f"{PUTIN}/statement", f"{U}/statement"),
    ),
    "ru_news_nested_quotes_commentator": (
        UNTITLED,
        None,
        None,
        # A senator's quote (closed by "– написал Пушков") quotes the minister's answer in
        # guillemets nested in his own, with "– сказал Лавров, –" inside it.
        turns(
            "Alexey Pushkov/statement",
            f"{LAVROV}/statement",
            "Alexey Pushkov/statement",
            f"{U}/statement",
        ),
    ),
    "ru_press_review_interview_journalist_reference": (
        UNTITLED,
        None,
        None,
        # A press review retells an interview: the paper's own summary in quotes is no one
        # we can name; "напомнила журналистка" / "уточнила журналистка" is the interviewer
        # named in the dative ("дал обозревателю издания Анне Вороновой"), and the quote after
        # her question, with no attribution, is the minister's answer.
        turns(
            f"{U}/statement",
            "Anna Voronova/statement",
            f"{LAVROV}/statement",
            "Anna Voronova/statement",
            f"{LAVROV}/statement",
        ),
    ),
    "ru_interviewer_surname_labels": (
        "Интервью официального представителя МИД России М.В.Захаровой журналисту Петру "
        "Веснину, Москва, 12 апреля 2027 года",
        dt.date(2027, 4, 12),
        "Москва",
        # "Веснин:" by surname alone, used again and again: the interviewer the title names
        # (in the dative), in full; never the spokeswoman's words.
        turns(
            "Pyotr Vesnin/question",
            f"{ZAKHAROVA}/answer",
            "Pyotr Vesnin/question",
            f"{ZAKHAROVA}/answer",
        ),
    ),
    "blog_day_indented_turns": (
        "Foreign Minister Sergey Lavrov’s interview with a regional radio station, Moscow, "
        "March 1, 2024",
        dt.date(2024, 3, 1),  # the title's date, not the blog's March 3
        "Moscow",
        turns(f"{Q}/question", f"{LAVROV}/answer"),
    ),
    "cookie_banner_before_headline": (
        "Lavrov says the river shipping agreement is ready for signing",  # running time cut
        None,
        None,
        turns(f"{LAVROV}/statement"),
    ),
    "en_dash_turns_no_names": (
        "A Long Evening Interview With Sergei Lavrov - (Video - Full Transcript)",
        None,
        None,
        turns(
            f"{U}/statement",
            f"{LAVROV}/statement",
            f"{Q}/question",
            f"{LAVROV}/answer",
            f"{Q}/question",
            f"{LAVROV}/answer",
            f"{Q}/question",
            f"{LAVROV}/answer",
        ),
    ),
    "glued_date_prefix_news": (
        UNTITLED,
        dt.date(2019, 5, 21),
        None,
        # Narration, then "the Russian foreign minister said ..." (Lavrov, named in the story).
        turns(f"{U}/statement", f"{LAVROV}/statement"),
    ),
    "icon_clutter_turns_run_together": (
        "“Our regions need roads first” – Medvedev",
        dt.date(2010, 10, 12),
        None,
        turns(
            f"{MEDVEDEV}/statement",  # the headline's quote: his words, the page never repeats
            f"{U}/statement",
            "J.Miller/question",
            f"{MEDVEDEV}/answer",
            "J.Miller/question",
            f"{MEDVEDEV}/answer",
        ),
    ),
    "initials_labels_after_full_labels": (
        "Dmitry Medvedev’s interview with three national TV channels!",
        dt.date(2010, 12, 27),  # the event's date line, not the blog's post stamp
        "Moscow",
        turns(
            f"{U}/statement",
            "Pavel Gromov/question",
            f"{MEDVEDEV}/answer",
            "Pavel Gromov/question",
            f"{MEDVEDEV}/answer",
        ),
    ),
    "jrl_navigation_caps_labels": (
        "Transcript of a meeting with river fleet veterans",
        dt.date(2011, 6, 9),
        None,
        turns(f"{PUTIN}/statement", "Ivan Sokolov/question", f"{PUTIN}/answer"),
    ),
    "kremlin_view_settings_clutter": (
        "Meeting with winners of the national science olympiad",
        dt.date(2022, 6, 2),
        "The Kremlin, Moscow",
        turns(f"{U}/statement", f"{PUTIN}/statement", "Maria Orlova/question", f"{PUTIN}/answer"),
    ),
    "listing_bullet_headlines": (
        "Peskov has not ruled out a meeting of the Caspian leaders before the end of the year",
        None,
        None,
        # "The Kremlin has not ruled out": no person; the quote is Peskov's (named after it);
        # "• Peskov: ..." is the next item's headline, not his turn.
        turns(f"{U}/statement", f"{PESKOV}/statement", f"{U}/statement", f"{PESKOV}/statement"),
    ),
    "mirror_clutter_before_title": (
        "Foreign Minister Sergey Lavrov’s statement and answers to media questions at a joint "
        "news conference following talks with Foreign Minister of the Republic of Iceland, "
        "Reykjavik, October 3, 2023",
        dt.date(2023, 10, 3),  # the title's date, not the mirror's copy date
        "Reykjavik",
        turns(f"{LAVROV}/statement", f"{Q}/question", f"{LAVROV}/answer"),
    ),
    "misspelt_speaker_name_said_in_speech": (
        "Lavrov and Haavisto Held Joint Press Conference",
        None,
        None,
        # "Sergey Lavroy said ..." is Lavrov; the Finnish minister is nobody we can name.
        turns(f"{U}/statement", f"{LAVROV}/statement", f"{U}/statement"),
    ),
    "news_apposition_quote_attribution": (
        UNTITLED,  # the teaser line that the next line repeats in full is not a title
        None,
        None,
        turns(f"{PESKOV}/statement", f"{PESKOV}/statement"),
    ),
    "news_headline_names_two_people": (
        UNTITLED,
        None,
        None,
        # Putin is named first, Peskov is the one who said it.
        turns(f"{PESKOV}/statement", f"{U}/statement", f"{PESKOV}/statement"),
    ),
    "news_report_quotes_in_narration": (
        "Russian Foreign Minister Lavrov meets students of the diplomatic academy",
        None,  # "MOSCOW, September 1" gives no year
        None,
        turns(f"{U}/statement", f"{LAVROV}/statement", f"{U}/statement", f"{LAVROV}/statement"),
    ),
    "no_title_named_interviewer_first": (
        UNTITLED,
        None,
        None,
        turns(
            "Helen Parker/question",
            f"{MEDVEDEV}/answer",
            "Helen Parker/question",
            f"{MEDVEDEV}/answer",
        ),
    ),
    "no_title_starts_mid_turn": (
        UNTITLED,
        None,
        None,
        # The unlabelled question before Lavrov's first answer is a question.
        turns(f"{Q}/question", f"{LAVROV}/answer", f"{Q}/question", f"{LAVROV}/answer"),
    ),
    "no_title_starts_with_label": (UNTITLED, None, None, turns(f"{PUTIN}/statement")),
    "qa_short_labels_title_names_speaker": (
        "Remarks to the press by Ambassador Vassily Nebenzia, Permanent Representative of the "
        "Russian Federation to the United Nations",
        None,
        None,
        turns(f"{Q}/question", f"{NEBENZYA}/answer", f"{Q}/question", f"{NEBENZYA}/answer"),
    ),
    "ru_blog_intro_official_title_further_down": (
        "Интервью Министра иностранных дел России С.В.Лаврова для программы «Культурный обмен» "
        "на телеканале «Европа-Плюс»",
        None,
        None,
        turns(f"{Q}/question", f"{LAVROV}/answer"),  # the blogger's intro is left out
    ),
    "ru_caps_full_name_labels_form_clutter": (
        "Стенограмма встречи Дмитрия Медведева с коллективом газеты «Северный вестник», "
        "14 мая 2008 г.",
        dt.date(2008, 5, 14),
        None,
        turns(f"{MEDVEDEV}/statement", "Pyotr Lebedev/statement", f"{MEDVEDEV}/statement"),
    ),
    "ru_dash_labels_caps": (
        "Интервью Владимира Путина региональному телеканалу, Казань, 12 апреля 2019 года",
        dt.date(2019, 4, 12),
        "Казань",
        # "Россия – большая страна" has a dash after its first word: it is no label.
        turns(f"{Q}/question", f"{PUTIN}/answer", f"{Q}/question", f"{PUTIN}/answer"),
    ),
    "ru_dash_quote_news_form_chrome": (
        "Мария Захарова провела брифинг в Калининграде (ОБНОВЛЯЕТСЯ)",
        None,
        None,
        turns(f"{U}/statement", f"{ZAKHAROVA}/statement", f"{U}/statement"),
    ),
    "ru_aggregator_sidebar_biography": (
        UNTITLED,
        None,
        None,
        # The sidebar's "Name (род. ...) — российский дипломат" is a biography, no dash label;
        # the story is hers by "Соответствующее заявление сделала ... Мария Захарова".
        turns(f"{U}/statement", f"{ZAKHAROVA}/statement"),
    ),
    "ru_glued_date_label_alone_dash_turn": (
        "Большая пресс-конференция Владимира Путина 17 декабря 2020 года: полная стенограмма",
        dt.date(2020, 12, 17),
        None,
        turns(f"{U}/statement", f"{PUTIN}/statement", "Anna Petrova/question", f"{PUTIN}/answer"),
    ),
    "ru_headline_looks_like_label": (
        "Захарова: Москва ждёт возвращения картин с выставки в Вене",
        None,
        None,
        turns(f"{ZAKHAROVA}/statement"),
    ),
    "ru_initials_labels_weekday_date_title_twice": (
        "«Итоги года». Интервью четырём телеканалам",
        dt.date(2019, 12, 20),
        None,
        # "О.Петрова" is "Ольги Петровой" in the lead: Olga Petrova.
        turns(f"{U}/statement", "Olga Petrova/question", f"{MEDVEDEV}/answer"),
    ),
    "ru_inline_quote_labels_news": (
        UNTITLED,
        None,
        None,
        # The lead is read as a report: "..., чем ожидалось. Об этом президент России Владимир
        # Путин рассказал" gives the sentence before to Putin.
        turns(f"{U}/statement", f"{PUTIN}/statement", f"{PUTIN}/statement", f"{PUTIN}/statement"),
    ),
    "ru_kremlin_settings_clutter": (
        "Встреча с победителями всероссийской олимпиады школьников",
        dt.date(2022, 6, 2),
        "Москва, Кремль",
        turns(
            f"{U}/statement",
            f"{PUTIN}/statement",
            f"{PESKOV}/statement",
            "M.Orlova/question",
            f"{PUTIN}/answer",
        ),
    ),
    "ru_news_back_reference": (
        "Захарова призвала Осло объяснить новые правила рыболовства",
        None,
        None,
        turns(f"{ZAKHAROVA}/statement"),  # "Об этом заявила ... Мария Захарова"
    ),
    "ru_quote_headline_then_title": (
        'Замглавы МИД России Сергей Рябков рассказал "Северной газете" о переговорах по '
        "контролю над вооружениями и о планах на весну",
        None,
        None,
        turns(
            "Sergey Ryabkov/statement",
            f"{U}/statement",
            f"{Q}/question",
            "Sergey Ryabkov/answer",
        ),
    ),
    "ru_summary_topic_lines": (
        UNTITLED,
        None,
        None,
        # Quotes on the topic lines are the premier's; the weather line is the reporter's.
        turns(f"{U}/statement", f"{MEDVEDEV}/statement", f"{U}/statement"),
    ),
    "site_name_twice_unlabelled_statement": (
        "Statement by Permanent Representative Vassily Nebenzia at the UNSC briefing on the "
        "protection of cultural heritage",
        None,
        None,
        turns(f"{NEBENZYA}/statement"),
    ),
    "timestamp_labels_speaker_numbers": (
        "Vladimir Putin Annual Press Conference Transcript 2019",
        dt.date(2019, 12, 19),
        None,
        turns(
            f"{U}/statement",
            f"{PESKOV}/statement",
            f"{U}/question",
            f"{PUTIN}/answer",
            f"{U}/question",
            f"{PUTIN}/answer",
        ),
    ),
    "title_then_submitted_date_line": (
        "Vladimir Putin’s meeting with business associations",
        None,  # "03/12/2019" on a Tuesday: March 12 and December 3 both were; left unknown
        None,
        turns(
            f"{U}/statement",
            f"{PUTIN}/statement",
            f"{PESKOV}/statement",
            "Irina Volkova/question",
            f"{PUTIN}/answer",
        ),
    ),
    "title_twice_key_theses_bullets": (
        'Interview of Foreign Minister Sergey Lavrov to the magazine "Northern Routes" '
        "(Moscow, March 4, 2024)",
        dt.date(2024, 3, 4),
        "Moscow",
        turns(f"{LAVROV}/statement"),
    ),
    "ru_tass_background_aside_citation": (
        "В МИД РФ заявили, что Москва не собирается закрывать консульство в Тромсё",
        dt.date(2027, 3, 14),  # the page stamp "14 марта 2027, 09:12,"
        None,
        # "Ранее ... Хансен заявил" is background: the "сказал он" after it is Rudenko's;
        # "Госдумы Руденко заявил" is Rudenko; a poet "процитировал" in the genitive is not.
        # ("..., - подчеркнул замминистра." stays in the passage of the lead it bears out.)
        turns(f"{RUDENKO}/statement", "Ola Khansen/statement", f"{RUDENKO}/statement"),
    ),
    "ru_rt_headline_quote_title": (
        "«Нас этим не удивить»: Захарова о новых визовых ограничениях Норвегии",
        None,
        None,
        # The headline's quote is her words (the page never repeats them); the lead is RT's.
        turns(f"{ZAKHAROVA}/statement", f"{U}/statement"),
    ),
    "aggregator_interview_title_brief_theses": (
        "Interview with Deputy Minister of Foreign Affairs of the Russian Federation Mikhail "
        "Galuzin to Baltic Herald newspaper (March 3, 2027)",
        dt.date(2027, 3, 3),
        None,
        # "Interview with <post of ... of ...> <name>" names the one interviewed: the theses
        # under it are his.
        turns("Mikhail Galuzin/statement"),
    ),
    "ru_aggregator_announced_statements_list": (
        UNTITLED,
        None,
        None,
        # "Его главные заявления:" announces Nebenzya's list; the lead is the site's, and the
        # list ends where another person is the sayer.
        turns(f"{U}/statement", f"{NEBENZYA}/statement", "Ola Khansen/statement"),
    ),
    "en_tass_dateline_no_year_related_news": (
        "Russia sees no grounds for new talks on Barents Sea quotas — MFA",
        # "MOSCOW, March 27. /TASS/." with the year from "Published: 27 March 2027", not the
        # related story's "March 26, 2027" nor the copyright's 2028 (whose line, a footer, is
        # no passage since round 42).
        dt.date(2027, 3, 27),
        None,
        turns(f"{RUDENKO}/statement"),
    ),
    "en_key_points_bullets_no_blank_lines": (
        "Lavrov: Oslo must return to equal talks on the Barents Sea",
        dt.date(2027, 3, 3),
        None,
        # "Key points:" with the bullets right under it, no blank line between: the bullets
        # are still the announced list, the minister's (they were left in the lead's passage).
        turns(f"{U}/statement", f"{LAVROV}/statement"),
    ),
    "ru_presser_retold_named_questions": (
        UNTITLED,
        None,
        None,
        # A news conference retold as named journalists' questions with the answers under them,
        # unlabelled: each answer is the event's speaker's (the lead names him), never the
        # journalist's who asked.
        turns(
            f"{U}/statement",
            "Ivan Sidorov/question",
            f"{LAVROV}/answer",
            "Maria Kotova/question",
            f"{LAVROV}/answer",
        ),
    ),
    "ru_news_untitled_see_also_links": (
        UNTITLED,
        None,
        None,
        # A story with no headline over «Смотрите также» and other stories' headlines: none of
        # those is the title (taking one dropped the whole story above it as page clutter).
        turns(f"{RYABKOV}/statement", f"{U}/statement", f"{ZAKHAROVA}/statement"),
    ),
    "en_izvestia_read_more_teaser": (
        "Rudenko spoke about the lack of progress on Barents Sea fishing quotas with Norway",
        None,
        None,
        # "Read more in X's exclusive interview with Izvestia:" is a teaser, never the title
        # (taking it lost the whole text above it).
        turns(f"{RUDENKO}/statement"),
    ),
    "ru_news_widget_card_post_genitive": (
        "Захарова в шутку назвала норвежских рыбаков авторами заявлений Осло",
        None,
        None,
        # The related-story card (a quote over "Замглавы ... Руденко — о ...") is no one's
        # here; the quote after it closed by "— сказала представитель МИДа" is Zakharova's.
        turns(
            f"{ZAKHAROVA}/statement",
            f"{U}/statement",
            f"{ZAKHAROVA}/statement",
        ),
    ),
    "en_news_closing_mark_quotes_wrote_on": (
        UNTITLED,
        None,
        None,
        # ”…” quotes (a closing mark used to open), "X, post, wrote on Telegram." after the
        # first one: his words; the last paragraph is the site's.
        turns(f"{MEDVEDEV}/statement", f"{U}/statement"),
    ),
}

FILES = sorted(LAYOUTS.glob("*.txt"))


def parse(stem: str) -> Document:
    return load_transcript(LAYOUTS / f"{stem}.txt")


def test_every_layout_file_has_expectations() -> None:
    assert sorted(EXPECTED) == [path.stem for path in FILES]


@pytest.mark.parametrize("stem", sorted(EXPECTED))
def test_layout(stem: str) -> None:
    title, date, place, expected_turns = EXPECTED[stem]
    document = parse(stem)
    assert document.title == title
    assert (document.date, document.place) == (date, place)
    assert [(p.speaker, p.role) for p in document.passages] == expected_turns


# Site furniture that must never be quoted: menus, banners, forms, counters, credits, footers.
CLUTTER = (
    "cookies", "View settings", "Font size", "Настройки отображения", "Размер шрифта",
    "Registration", "DMCA", "Пароль", "+44", "JRL HOME", "Boom metrics", "Фото:",
    "Transcripts /", "Archive material", "icon bookmark", "Creative Commons", "FOLLOW OUR FEED",
    "Pool for subscribers", "Support Our Site", "Звёздочкой отмечены", "Title",
)  # fmt: skip


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_no_site_furniture_is_quoted(path: Path) -> None:
    document = load_transcript(path)
    for passage in document.passages:
        for clutter in CLUTTER:
            assert clutter not in passage.text, (clutter, passage.text)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_the_title_is_not_also_a_passage_and_no_passage_is_lost(path: Path) -> None:
    document = load_transcript(path)
    texts = "\n".join(p.text for p in document.passages)
    if document.title != UNTITLED:
        # The title is a heading, never the statement's first sentence: not quoted again.
        assert document.title not in texts
    assert document.passages


def _said_by(document: Document, speaker: str) -> str:
    return " ".join(p.text for p in document.passages if p.speaker == speaker)


def test_attributions_that_close_or_interrupt_what_was_said() -> None:
    news = parse("ru_news_adverb_before_name_dash_closing")
    lavrov = _said_by(news, LAVROV)
    # Unquoted direct speech closed by "— констатировал он", and a quote interrupted by
    # "– сказал Лавров, –", are his words.
    assert "Сначала стороны должны договориться" in lavrov
    assert "партнеры найдут повод отказаться" in lavrov
    assert "40 статей" not in " ".join(p.text for p in news.passages if p.speaker != U)
    arctic = parse("en_news_inverted_said_typo_post_caption")
    assert "I can neither promise nor rule it out" in _said_by(arctic, SHOIGU)
    assert "Yes, it will" in _said_by(arctic, SHOIGU)
    texts = " ".join(p.text for p in arctic.passages)
    assert "Peter Grant" not in texts and "#Arctic" not in texts and "Listen Live" not in texts


def test_a_quote_nested_in_a_commentators_quote_is_the_one_it_names() -> None:
    tweet = parse("ru_news_nested_quotes_commentator")
    lavrov = _said_by(tweet, LAVROV)
    assert "вы опубликуете свою версию" in lavrov and "Поэтому публикуйте" in lavrov
    pushkov = _said_by(tweet, "Alexey Pushkov")
    assert "Точный ответ дал Лавров" in pushkov
    assert "Вот так и отвечают на провокации" in pushkov
    assert "Поэтому публикуйте" not in pushkov


@pytest.mark.parametrize("language", ["ru", "en"])
def test_the_journalist_of_a_retold_interview_is_the_one_the_page_names(language: str) -> None:
    review = parse(f"{language}_press_review_interview_journalist_reference")
    voronova = _said_by(review, "Anna Voronova")
    assert ("Вы не разделяете" if language == "ru" else "Do you disagree") in voronova
    assert ("спора между Россией" if language == "ru" else "no dispute between") in voronova
    # The answer after her question is the minister's, and no outlet is taken for a person.
    answer = "расхождений нет" if language == "ru" else "On the substance there is none"
    assert answer in _said_by(review, LAVROV)
    assert not any("Courier" in p.speaker for p in review.passages)


def test_a_question_line_in_a_live_blog_is_what_the_next_quote_answers() -> None:
    blog = parse("en_liveblog_question_lines")
    replies = {p.text[:20]: p.in_reply_to for p in blog.passages if p.speaker == PUTIN}
    assert replies == {
        "“I would tell him to": "What would you tell your younger self?",
        "“Mortgage support wi": None,
    }


def test_a_quote_closed_by_a_hyphen_and_the_diplomat_asked_is_hers() -> None:
    news = parse("en_news_hyphen_dash_attribution")
    assert "Why ask such things?" in _said_by(news, ZAKHAROVA)


def test_a_roundup_keeps_its_text_and_its_speakers() -> None:
    roundup = parse("en_news_presser_roundup_possessive_weekday")
    lavrov = _said_by(roundup, LAVROV)
    assert "there is no such plan" in lavrov and "much work is still ahead" in lavrov
    assert all(p.speaker != PUTIN for p in roundup.passages)


def test_a_live_blogs_play_by_play_gives_the_caller_no_putin() -> None:
    blog = parse("en_liveblog_playbyplay_subjectless")
    putin = _said_by(blog, PUTIN)
    assert "without transport" in putin
    assert "Asks" not in putin and "held his annual phone-in" not in putin


def test_a_summary_of_a_speech_goes_on_between_two_said_that() -> None:
    release = parse("en_ministry_release_indirect_summary")
    shoigu = _said_by(release, SHOIGU)
    assert "The tempo of the exercises will not slow down" in shoigu
    assert "Among them — clearing of ice roads" in shoigu
    assert "4,120 servicemen and 980 units" in shoigu
    reporter = _said_by(release, U)
    assert "visited the National Defence Control Centre" in reporter
    assert "Mikhail Mizintsev" in reporter and "reviewed the results" in reporter


def test_lists_of_headings_and_links_are_not_quoted() -> None:
    briefing = parse("briefing_mirror_topic_list_link_list")
    texts = " ".join(p.text for p in briefing.passages)
    assert "Fishing quotas" not in texts and "Новости Севера" not in texts
    assert "working visit to Ulan Bator" in texts


def test_a_questioners_words_are_never_the_officials() -> None:
    # Named questioners not in the speaker table still start turns of their own.
    jrl = parse("jrl_navigation_caps_labels")
    assert "old shipyards" not in " ".join(p.text for p in jrl.passages if p.speaker == PUTIN)
    caps = parse("ru_caps_full_name_labels_form_clutter")
    medvedev = " ".join(p.text for p in caps.passages if p.speaker == MEDVEDEV)
    assert "номер за 1958 год" not in medvedev
