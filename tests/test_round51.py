"""Round 51: layouts met on real pages this round.

The pages here are written for these tests in the layouts met on those sites.
"""

from __future__ import annotations

import pytest

from retrieval.question_weights import is_name_like
from retrieval.tokenizer import Analyzer
from retrieval.transcript import parse_transcript
from tests.conftest import said_by, speaker_of

# A wire story in translation: the president's words, then more of them closed by "President
# added" with no article before the post.
_PRESIDENT_WITHOUT_ARTICLE = """\
Putin says the pipeline project needs more work

MOSCOW, March 3. /TASS/. The pipeline is on schedule and serves both countries, Russian \
President Vladimir Putin said on Tuesday.

"I cannot agree that the project has stalled," the president said.

"We saw the difficulties and did not hurry the partners," President added.

Turkish officials have not commented on the timing so far.
"""


def test_president_without_an_article_is_the_story_s_president() -> None:
    assert speaker_of(_PRESIDENT_WITHOUT_ARTICLE, "did not hurry the partners") == "Vladimir Putin"


# A news site's headline: the ambassador's post and the country he serves in, written "U.S"
# with the dots of initials, then a colon and his words; his name comes in the lead.
_POST_AND_DOTTED_COUNTRY = """\
Russian Ambassador to U.S: Old stereotypes must go

In an op-ed for a Washington daily, Russian Ambassador to the USA Anatoly Antonov urged both \
countries to leave the "old ways of thinking" behind. "The talks at the summit showed that our \
relations can grow stronger," the diplomat writes.

"Not everyone in the two countries is ready to accept the new realities," Antonov writes.
"""


def test_a_post_and_a_dotted_country_before_a_colon_is_no_speaker_label() -> None:
    assert speaker_of(_POST_AND_DOTTED_COUNTRY, "ready to accept the new realities") == (
        "Anatoly Antonov"
    )
    assert speaker_of(_POST_AND_DOTTED_COUNTRY, "can grow stronger") == "Anatoly Antonov"


def test_initials_and_a_surname_before_a_colon_stay_a_label() -> None:
    # "S.V. Lavrov:" is a speaker's label; only a post's place preposition before the dotted
    # word makes it a country.
    labelled = (
        "Joint press conference\n\nS.V. Lavrov: We have agreed on a new round of consultations "
        "in the spring.\n\nQuestion: When exactly?\n\nS.V. Lavrov: In April, in Moscow.\n"
    )
    assert speaker_of(labelled, "a new round of consultations") == "Sergey Lavrov"


# A Balkan news site: the Russian ambassador's double surname written with a space instead of
# its hyphen in some sentences and with it in others.
_DOUBLE_SURNAME_SPACED = """\
Russian ambassador: a solution for Kosovo must be agreed by Belgrade

Russia supports a compromise that Serbia can accept, the Russian Ambassador to Serbia said on \
Friday.

"We are looking for the right way, and Belgrade must have the last word," Botsan Kharchenko \
said at a conference in Belgrade.

"There are two ways: a compromise or none at all," Botsan-Kharchenko concluded.
"""


def test_a_double_surname_written_with_a_space_is_the_known_official() -> None:
    assert speaker_of(_DOUBLE_SURNAME_SPACED, "the right way") == "Alexander Botsan-Kharchenko"
    assert speaker_of(_DOUBLE_SURNAME_SPACED, "a compromise or none") == (
        "Alexander Botsan-Kharchenko"
    )


# A permanent mission's page: the mission's name twice, the title, a lead repeating it with
# "H.E. Mr." and a middle initial, then "Full transcript:" over the envoy's words.
_MISSION_COMMENTS = """\
Permanent Mission of the Russian Federation to the United Nations

Comments to the press by H.E. Mr. Vassily A. Nebenzia, Permanent Representative of the \
Russian Federation to the United Nations, on the humanitarian situation

Informal comments to the press by H.E. Mr. Vassily A. Nebenzia, Permanent Representative of \
the Russian Federation to the United Nations, after the Security Council consultations.

Full transcript:

Convoys with food and medicine have been stopped at the crossings for nine days now.

We have asked the Secretariat to report to the Council on this every week.
"""


def test_full_transcript_under_an_excellency_s_lead_is_his() -> None:
    assert speaker_of(_MISSION_COMMENTS, "stopped at the crossings") == "Vassily Nebenzia"
    assert speaker_of(_MISSION_COMMENTS, "report to the Council") == "Vassily Nebenzia"
    # The editor's line over the text and the lead are not part of his words.
    assert "Full transcript" not in said_by(_MISSION_COMMENTS, "Vassily Nebenzia")
    assert speaker_of(_MISSION_COMMENTS, "Informal comments") == "Unknown speaker"


# A TV channel's page: a lead on the spokesman's briefing, then the channel handing over "the
# full transcript of the address" without naming him again.
_OUTLET_PRESENTS_TRANSCRIPT = """\
Moscow sees no need for intermediaries with Tbilisi

Commenting on possible mediation between Russia and Georgia, Russian Foreign Ministry \
spokesman Andrey Nesterenko said there was no need to ask other countries for it.

At his weekly briefing, Nesterenko spoke about the summit in Chisinau and the visit of the \
US Secretary of State.

RT presents the full transcript of the address.

Good afternoon, ladies and gentlemen.

I should start by saying that yesterday the Minister concluded his visit to Kiev.
"""


def test_an_outlet_s_full_transcript_under_a_lead_is_the_one_who_speaks_there() -> None:
    assert speaker_of(_OUTLET_PRESENTS_TRANSCRIPT, "concluded his visit to Kiev") == (
        "Andrey Nesterenko"
    )
    assert speaker_of(_OUTLET_PRESENTS_TRANSCRIPT, "RT presents") != "Andrey Nesterenko"


def test_the_statement_follows_reports_is_no_handing_over() -> None:
    # "The statement follows reports in ..." is a news sentence: the narration around it stays
    # the page's own.
    news = (
        "Moscow surprised by London's reaction\n\n"
        "Russia's Foreign Ministry has said it is surprised at the criticism from London.\n\n"
        "“Our position is in full accordance with our law,” Mikhail Kamynin, the Foreign "
        "Ministry's spokesman, commented.\n\n"
        "The statement follows reports in a London daily that contacts may be cut.\n\n"
        "The British Government says the refusal is unacceptable.\n"
    )
    assert speaker_of(news, "The British Government says") == "Unknown speaker"
    assert speaker_of(news, "in full accordance") == "Mikhail Kamynin"


# A Russian news item on the minister's article: his words in quotes «сказано в тексте статьи».
_TEXT_OF_THE_ARTICLE = """\
Глава МИД РФ Сергей Лавров в статье для вьетнамских СМИ назвал условия урегулирования.

"Необходимо гарантировать безопасность России и прекратить расширение альянса", — сказано в \
тексте статьи Лаврова, которую опубликовал сайт МИД.
"""


def test_said_in_the_text_of_someone_s_article_is_the_writer_s() -> None:
    assert speaker_of(_TEXT_OF_THE_ARTICLE, "прекратить расширение") == "Sergey Lavrov"


# A Russian news item: an unquoted question of the spokeswoman closed by «с иронией
# подытожила Захарова».
_IRONIC_SUMMING_UP = """\
Захарова прокомментировала убийство

Официальный представитель МИД России Мария Захарова прокомментировала покушение на главу \
государства.

По ее словам, Москва внимательно следит за ситуацией.

История бросает тень на весь Запад. Почему же никто не ввел санкции, с иронией подытожила \
Захарова.
"""


def test_summing_up_with_irony_after_a_comma_closes_the_retold_words() -> None:
    assert speaker_of(_IRONIC_SUMMING_UP, "никто не ввел санкции") == "Maria Zakharova"


# A Russian news item opening with the ambassador's sentence, then «Таким образом посол ...
# ответил на критику ...».
_THUS_HE_ANSWERED = """\
Посол напомнил коллеге позицию Москвы

Россия не признает притязания на эти острова.

Таким образом посол РФ в Японии Михаил Галузин ответил на критику американского коллеги.

Соответствующее заявление опубликовало посольство в социальной сети.
"""


def test_thus_he_answered_gives_him_the_sentence_above() -> None:
    assert speaker_of(_THUS_HE_ANSWERED, "не признает притязания") == "Mikhail Galuzin"


# A straight-quoted sentence whose inner quote closes on the same mark as the outer one, the
# Russian way, before the dash of the attribution; more quotes in the rest of the sentence.
_SHARED_CLOSING_MARK = """\
Лукашевич призвал ОБСЕ отказаться от дискриминации

Постоянный представитель России при ОБСЕ Александр Лукашевич выступил на совете.

"Следует отказаться от отношения к государствам "к востоку от Вены", — сказал Лукашевич и \
добавил, что среди них нет "мальчиков для битья".

Заседание продлится два дня.
"""


def test_a_quote_closed_with_its_inner_quote_keeps_the_attribution_outside() -> None:
    assert speaker_of(_SHARED_CLOSING_MARK, "Следует отказаться") == "Alexander Lukashevich"


# A Russian news item: the paper that called the ambassador a spy, in a plural verb with no
# subject, the ambassador's name its object.
_PLURAL_VERB_OBJECT = """\
Посол ждет извинений от газеты

Российский посол в Великобритании Александр Яковенко ждет извинений за клевету, сообщает ТАСС.

В статье, опубликованной воскресной газетой, Яковенко назвали шпионом и заявили, что он \
покинул США во время высылки.
"""


def test_one_name_before_a_plural_verb_is_no_sayer() -> None:
    assert speaker_of(_PLURAL_VERB_OBJECT, "назвали шпионом") == "Unknown speaker"
    joint = _PLURAL_VERB_OBJECT.replace(
        "Яковенко назвали шпионом и заявили", "Лавров и Ван И заявили"
    )
    assert speaker_of(joint, "покинул США") != "Sergey Lavrov"


# A Russian news item on talks: the Serbian president's words, then «Напомним позицию
# президента России: "..."».
_RECALLED_POSITION = """\
Путин и Вучич обсудили Косово на переговорах

Тема Косово звучала на переговорах президентов, подтвердили в Кремле.

Напомним, что после встречи с Путиным Вучич заявил, что просил Москву о посредничестве.

Напомним позицию президента России: "Поддержим любое решение, которое будет достигнуто \
Белградом и Приштиной".
"""


def test_recalling_the_russian_president_s_position_gives_him_the_quote() -> None:
    assert speaker_of(_RECALLED_POSITION, "Поддержим любое решение") == "Vladimir Putin"


# An archived government site's copy: its notice that the page is frozen, the site's name,
# then the title of the remarks and the labelled turns.
_ARCHIVED_PAGE = """\
This is historical material “frozen in time”. The website is no longer updated and links to \
external websites and some internal pages may not work.

Search form

The White House

Remarks By President Obama And President Medvedev Of Russia After Their Meeting

Office of the Press Secretary
For Immediate Release                                  July 6, 2009

PRESIDENT MEDVEDEV:  (As translated.)  Mr. President, I would like to welcome you in the \
Kremlin. We expect a full discussion of the relations between our two countries.

PRESIDENT OBAMA:  Thank you. We are confident that we can make progress.
"""


def test_an_archive_notice_is_no_text_and_the_title_under_it_is_found() -> None:
    document = parse_transcript(_ARCHIVED_PAGE, "page")
    assert document.title.startswith("Remarks By President Obama And President Medvedev")
    assert all("frozen in time" not in p.text for p in document.passages)
    assert speaker_of(_ARCHIVED_PAGE, "full discussion of the relations") == "Dmitry Medvedev"


# A Russian news item: what the spokesman said, then «Об этом сообщил пресс-секретарь главы
# государства ... в ходе брифинга» after it in the same paragraph.
_SAID_THIS_AT_A_BRIEFING = """\
Песков рассказал о программе визита

Президенты посетят концерт в Большом театре. В рамках вечера выступят мастера искусств. Об \
этом сообщил пресс-секретарь главы государства Дмитрий Песков в ходе брифинга.

Он рассказал, что днем пройдет церемония официальной встречи.
"""


def test_the_head_of_state_s_spokesman_named_before_a_circumstance_said_it() -> None:
    assert speaker_of(_SAID_THIS_AT_A_BRIEFING, "посетят концерт") == "Dmitry Peskov"


# A translated report keeping the Russian openings «Как следует из заявления ...» and «Как
# неоднократно подчеркивал ...» word for word.
_TRANSLATED_AS_OPENINGS = """\
Moscow and Khartoum put the naval base deal on hold

The agreement on a naval logistics point in Port Sudan has not come into force yet.

As follows from the statement of the official representative of the Ministry of Foreign \
Affairs of Russia Maria Zakharova, at the moment the agreement has been suspended by the \
Sudanese side.

As repeatedly stressed Sergey Shoigu, without the support of the President the army could not \
have been modernised so fast.

As noted above, the talks will go on in the spring.
"""


def test_as_follows_from_someone_s_statement_gives_their_words() -> None:
    assert speaker_of(_TRANSLATED_AS_OPENINGS, "has been suspended by") == "Maria Zakharova"


def test_an_inverted_as_clause_names_its_sayer_after_the_verb() -> None:
    assert speaker_of(_TRANSLATED_AS_OPENINGS, "modernised so fast") == "Sergei Shoigu"
    assert speaker_of(_TRANSLATED_AS_OPENINGS, "talks will go on") != "Sergei Shoigu"


def test_the_macedonian_adjective_names_the_country() -> None:
    # "The Macedonian Chairmanship" on a page of the OSCE meeting in Skopje: the question's
    # capital is met through the country the adjective names (the rule for a place the page
    # never names had silenced it).
    analyzer = Analyzer()
    assert "#country:mk" in analyzer.terms("The Macedonian Chairmanship", "en")
    assert "#country:mk" in analyzer.terms("македонское председательство", "ru")


def test_the_west_is_an_idea_not_a_name_the_corpus_could_lack() -> None:
    question = "Did Putin think the West would find Medvedev easier than the Arctic Council?"
    west = question.index("West")
    arctic = question.index("Arctic")
    assert not is_name_like(question, west, west + len("West"))
    assert is_name_like(question, arctic, arctic + len("Arctic"))
    russian = "Что Лавров говорил о санкциях Запада?"
    at = russian.index("Запада")
    assert not is_name_like(russian, at, at + len("Запада"))


# A Russian portal's story: what the president proposed, then «С таким заявлением он выступил
# после переговоров с премьер-министром Японии ...», his words in a dash after it.
_STATEMENT_MADE_BY_HIM = """\
Путин предложил прекратить исторический пинг-понг

Президент РФ Владимир Путин предлагает остановить передачу островов то одной стране, то \
другой. С таким заявлением он выступил после переговоров с премьер-министром Японии Синдзо Абэ \
в ходе визита в эту страну.

Надо понять, что интересы обеих стран требуют окончательного урегулирования, — сказал Владимир \
Путин.
"""


def test_the_subject_inside_such_a_statement_s_phrase_is_the_sayer_not_the_one_met() -> None:
    assert speaker_of(_STATEMENT_MADE_BY_HIM, "остановить передачу") == "Vladimir Putin"


# A live blog of a summit: entries "Name, topic – his words retold", and one "Putin: topic –
# “quote”" right after a paragraph on what Biden had once said.
_LIVE_BLOG = """\
The summit in Geneva ended an hour early, a source in one of the delegations said.

Putin, no hostility with Biden – Vladimir Putin described the talks with Joe Biden as “very \
constructive”, adding that there was no “hostility” between the two leaders.

In an interview a few months ago, Biden had called Putin “a killer”.

Putin: consultations on cybersecurity, important for both countries – “Last year Russia sent 45 \
requests to the US and received no answer”
"""


def test_a_live_blog_entry_under_a_name_and_colon_is_that_person_s() -> None:
    assert speaker_of(_LIVE_BLOG, "sent 45") == "Vladimir Putin"


# Wrong speakers found by a scan of every passage given to a foreign official on the older
# held-out sets' pages (no question read), rewritten here in their layouts.
_POSSESSIVE_AFTER_SAID = """\
Moscow ready to develop ties with Washington

MOSCOW, Nov. 14 (UPI) -- Russia and the United States must develop relations, Russian Prime \
Minister Dmitry Medvedev said.

John Tefft, the U.S. ambassador to Russia, said Obama's second administration would build on \
the gains of the last four years, RIA Novosti reported.
"""


def test_a_possessive_after_said_is_what_was_said_not_the_subject() -> None:
    assert speaker_of(_POSSESSIVE_AFTER_SAID, "second administration") != "Barack Obama"


_POST_STATED_THAT = """\
"Russia was prevented from doing what was needed in the province"

The Russian ambassador to Serbia stated that the meeting between Vucic and Lavrov in New York \
was very significant

When it comes to the province, Ambassador Alexander Botsan-Kharchenko says that the former \
leadership made no real effort.

"Serbia is given a choice, a compromise or nothing", Botsan-Kharchenko concluded, warning that \
this is no way to discuss it.
"""


def test_a_post_stating_that_in_a_headline_is_not_the_one_named_after_that() -> None:
    assert speaker_of(_POST_STATED_THAT, "Russia was prevented") != "Aleksandar Vucic"
    assert speaker_of(_POST_STATED_THAT, "a compromise or nothing") == (
        "Alexander Botsan-Kharchenko"
    )


_ANSWER_AFTER_A_QUESTION_ON_SOMEONE = """\
Grigory Karasin: "We are destined to have good relations"

No politicians will succeed in destroying the ties between the two peoples, Deputy Foreign \
Minister of Russia Grigory Karasin said in an interview with Izvestia.

President of Ukraine Petro Poroshenko terminated the Treaty of Friendship of 1997. What will be \
the consequences of this decision?

"The Ukrainian side has officially notified us of its desire to terminate this agreement. It \
served as a solid foundation for our relations.

It is obviously done to improve slumping ratings ahead of the elections," Karasin said.
"""


def test_a_quote_under_a_question_about_someone_is_the_answer_not_theirs() -> None:
    assert speaker_of(_ANSWER_AFTER_A_QUESTION_ON_SOMEONE, "officially notified us") == (
        "Grigory Karasin"
    )


_SURNAME_WITH_A_MONTH_BEFORE_SAID = """\
Russian envoy to India dies at 67

Alexander Kadakin, Russia's ambassador to India, passed away on Thursday.

After the strikes across the Line of Control, Kadakin in October had said that Russia was the \
only country to name the one responsible.

In an interview, he had called for an end to cross-border terrorism. "We welcome the strike," he \
had said.
"""


def test_a_surname_with_a_month_and_had_before_said_is_the_one_named_in_full() -> None:
    assert speaker_of(_SURNAME_WITH_A_MONTH_BEFORE_SAID, "only country to name") == (
        "Alexander Kadakin"
    )


# Found by a scan of the passages nobody was given that name a known official next to a verb of
# saying (older held-out sets' pages, no question read), rewritten here in their layouts.
_QUESTION_FIRST_INTERVIEW = """\
According to Ushakov, the meeting took place in an atmosphere of openness. The President met \
two envoys of the American leader. Ushakov emphasized that the wording was not discussed, only \
the general essence of the documents.

Question: What are the expectations for the next meeting?

Y.Ushakov: It was agreed to continue contacts at the level of aides.

Question: Which issue was the most significant?

Y.Ushakov: Of course, the territorial issue.
"""


def test_a_one_letter_initial_for_yu_is_the_known_official() -> None:
    assert speaker_of(_QUESTION_FIRST_INTERVIEW, "continue contacts") == "Yuri Ushakov"


def test_a_lead_over_a_question_first_interview_retells_the_one_who_answers() -> None:
    assert speaker_of(_QUESTION_FIRST_INTERVIEW, "atmosphere of openness") == "Yuri Ushakov"
    assert speaker_of(_QUESTION_FIRST_INTERVIEW, "wording was not discussed") == "Yuri Ushakov"
    assert speaker_of(_QUESTION_FIRST_INTERVIEW, "met two envoys") == "Unknown speaker"


def test_an_outlet_reporting_someone_as_saying_gives_their_words() -> None:
    page = (
        "Kosovo independence talk is blackmail, Moscow says\n\n"
        "Russia will not back a plan imposed on Belgrade, the foreign ministry said on Monday.\n\n"
        '"Justifying independence with threats of violence is blackmail," Itar-Tass reported '
        "Lavrov as saying.\n"
    )
    assert speaker_of(page, "is blackmail") == "Sergey Lavrov"


def test_the_official_representative_of_the_diplomatic_department_is_the_spokeswoman() -> None:
    page = (
        "Zakharova announced the minister's interview\n\n"
        'Zakharova stressed that Lavrov gave the interview in English. "Sergey Viktorovich '
        'Lavrov, of course, devoted the entire interview to the crisis," the official '
        "representative of the diplomatic department noted.\n"
    )
    assert speaker_of(page, "devoted the entire interview") == "Maria Zakharova"


def test_a_quote_whose_closing_mark_was_lost_before_name_and_verb_is_theirs() -> None:
    page = (
        "Putin at the BRICS forum\n\n"
        "The summit opened in Johannesburg on Tuesday, the organisers said.\n\n"
        "“We cooperate on the basis of equality and respect for each other’s interests, a "
        "course that meets the aspirations of the global majority Putin said.\n\n"
        "The summit continues on Friday.\n"
    )
    assert speaker_of(page, "global majority") == "Vladimir Putin"


@pytest.mark.parametrize(
    ("word", "language", "place"),
    [
        ("Serbs", "en", "#country:rs"),
        ("сербов", "ru", "#country:rs"),
        ("американцам", "ru", "#usa"),
        ("украинцев", "ru", "#country:ua"),
        ("немцы", "ru", "#country:de"),
        ("латыши", "ru", "#country:lv"),
    ],
)
def test_a_people_s_name_names_their_country(word: str, language: str, place: str) -> None:
    # ("the mood of ordinary Serbs", «задал американцам неудобные вопросы»: the country the
    # page names by its adjective or its name.)
    assert place in Analyzer().terms(word, language)  # type: ignore[arg-type]
