"""Round 43: layouts and questions met on real pages this round.

The pages here are written for these tests in the layouts met on those sites.
"""

from __future__ import annotations

import datetime as dt

from retrieval.query import parse_query
from retrieval.speakers import KNOWN_SPEAKERS, person_name
from retrieval.transcript import parse_transcript
from tests.conftest import speaker_of

# A machine translation of a Russian agency story: «сказал Шойгу Путину» comes out as "said
# Shoigu Putin", two known surnames side by side, then "According to him" goes on.
_TWO_SURNAMES_AFTER_THE_VERB = """\
Shoigu reported to Putin on the exercises

The Minister of defence Sergei Shoigu reported to President Vladimir Putin on the end of the \
exercises in the Far East, reports "Interfax".

"All units have returned to the places of permanent deployment," - said Shoigu Putin during \
a meeting with the commanders of military districts.

According to him, twenty ships and forty aircraft took part in the manoeuvres.

Putin thanked the troops for their training.
"""


def test_two_known_surnames_after_a_verb_are_two_people_the_first_saying() -> None:
    # Before: "Shoigu Putin" was taken for one person's name, and the story's words for his.
    page = _TWO_SURNAMES_AFTER_THE_VERB
    assert speaker_of(page, "All units have returned") == "Sergei Shoigu"
    assert speaker_of(page, "twenty ships and forty aircraft") == "Sergei Shoigu"
    assert person_name("Ivan Lavrov") == "Ivan Lavrov"  # a first name is no known surname


# A Balkan site's English story: the spokesman's name as the Serbian press spells it
# ("Mihail Kaminjin"), then his surname alone before a post set off by commas that names
# the minister he speaks for.
_SPOKESMAN_FOR_THE_MINISTER = """\
Tuesday, March 14, 2006

Moscow wants talks on Kosovo to go on

BELGRADE -- Mihail Kaminjin said that the talks on the future status of Kosovo must not be \
hurried. Kaminjin, spokesperson for Russian Foreign Minister Sergei Lavrov, told daily \
Politika that any deadline imposed on the sides would only harden their positions.

"We are convinced that a lasting solution can only be one that both sides accept," he said.
"""


def test_the_name_before_a_post_set_off_by_commas_is_the_sayer_not_the_one_in_the_post() -> None:
    # Before: the spokesman's words were the minister's he speaks for, and the spokesman
    # was shown as the page spelled him, a person the table does not know.
    page = _SPOKESMAN_FOR_THE_MINISTER
    assert speaker_of(page, "the talks on the future status") == "Mikhail Kamynin"
    assert speaker_of(page, "any deadline imposed on the sides") == "Mikhail Kamynin"
    assert speaker_of(page, "a lasting solution can only be one") == "Mikhail Kamynin"


_SPOKESMAN_THEN_WHAT_HE_SAID = """\
Kremlin on the summit

MOSCOW, June 3 -- Foreign Minister Sergey Lavrov said on Monday that Moscow had received \
no new proposals from Washington.

Dmitry Peskov, the Kremlin spokesman, said \
the summit would take place in June.
"""


def test_what_was_said_after_the_verb_is_no_subject() -> None:
    # Before: "said the talks" was read as "said the [official]", and the words nobody's.
    page = _SPOKESMAN_THEN_WHAT_HE_SAID
    assert speaker_of(page, "the summit would take place in June") == "Dmitry Peskov"


# An English wire story of 2002: the spokesman named with his post at the start, then a
# quote closed by his post alone, the last word "concluded".
_CLOSED_BY_A_POST_CONCLUDING = """\
Moscow sees no new facts in the report

Moscow believes the report "adds nothing to what the inspectors already know," Alexander \
Yakovenko, the official spokesman for the Russian Foreign Ministry, told the press on Friday.

According to the Russian side, only the inspectors could settle the question.

"We hope that the inspectors will return to work as soon as possible," the official \
spokesman for the Russian Foreign Ministry concluded.
"""


def test_a_post_with_for_closing_a_quote_with_concluded_names_the_spokesman() -> None:
    # Before: "concluded" after a post was no verb of saying, and "spokesman for the Russian
    # Foreign Ministry" (with "for", not "of") named no one of ours: the quote was nobody's.
    page = _CLOSED_BY_A_POST_CONCLUDING
    assert speaker_of(page, "will return to work as soon as possible") == "Alexander Yakovenko"
    assert speaker_of(page, "only the inspectors could settle") == "Unknown speaker"


# A US paper's story of talks: the American secretary's surname alone, a gerund's clause
# naming the Russian minister, then his verb; later "But he did say" of the minister.
_SURNAME_THEN_A_GERUNDS_CLAUSE = """\
Lavrov: differences remain over the radar

MOSCOW — Foreign Minister Sergey Lavrov said Tuesday that Russia and the U.S. still disagree \
over the radar, while Defense Secretary Robert Gates said the system "would threaten no one."

Gates, joining Lavrov at a news conference, said that "we have gone a long way to show" \
that the radar is aimed elsewhere.

Lavrov said the sides had "agreed to keep talking." But he did say the proposals were \
"useful and worth studying."
"""


def test_a_surname_before_a_gerunds_clause_naming_another_is_the_sayer() -> None:
    # Before: "Gates, joining Lavrov ..., said" gave the American's words to the minister,
    # and "he did say" was no verb of saying.
    page = _SURNAME_THEN_A_GERUNDS_CLAUSE
    assert speaker_of(page, "we have gone a long way to show") == "Robert Gates"
    assert speaker_of(page, "useful and worth studying") == "Sergey Lavrov"


def test_the_source_of_an_account_speaks_not_the_one_whose_words_it_retells() -> None:
    # Before: both names were taken as speakers, and no passage had them both.
    aliases = {alias: p.name for p in KNOWN_SPEAKERS for alias in p.aliases}
    asked = "Что, по словам Медведева, говорил ему Саакашвили на их первой встрече?"
    assert parse_query(asked, aliases).speakers == ("Dmitry Medvedev",)
    asked = "What did Saakashvili promise, according to Medvedev?"
    assert parse_query(asked, aliases).speakers == ("Dmitry Medvedev",)
    # (Without a source, a name with a verb of saying still speaks.)
    assert parse_query("Что говорил Саакашвили?", aliases).speakers == ("Mikheil Saakashvili",)


# A Ukrainian site's English news item: the lead names the spokesman and closes on the
# outlet relaying him ("says European Pravda"); a quote opened with a straight mark is closed
# with an apostrophe before "said Peskov"; "He also stated" goes on with him.
_RELAYED_BY_AN_OUTLET = """\
Kremlin comments on the new sanctions

Monday, 14 March 2022, 10:20

Kremlin spokesperson Dmitry Peskov stated that the new sanctions against Russian banks are \
'unlawful and doomed', as quoted by Russian agency Interfax, says European Pravda.

"Whatever they decide, the banks will keep paying pensions and salaries', said Peskov.

He also stated that Moscow would answer the sanctions against its airlines.

It should be noted that the European Union is preparing its next package of sanctions.
"""


def test_an_outlet_closing_the_sentence_relays_the_one_named_before() -> None:
    # Before: the lead was the outlet's, the quote closed by an apostrophe ran over "said
    # Peskov", and "He also stated" went to the president named in "sanctions against".
    page = _RELAYED_BY_AN_OUTLET
    assert speaker_of(page, "against Russian banks are") == "Dmitry Peskov"
    assert speaker_of(page, "the banks will keep paying pensions") == "Dmitry Peskov"
    assert speaker_of(page, "Moscow would answer the sanctions") == "Dmitry Peskov"
    assert speaker_of(page, "preparing its next package") == "Unknown speaker"


# A Russian TV site's story: the headline quotes the spokeswoman's reply; the body quotes
# the Ukrainian first ("- сказал Кулеба"), retells him, then gives her reply as a bare quote
# (the page is cut before its attribution).
_HEADLINE_QUOTES_THE_REPLY = """\
«Театр абсурда»: Захарова ответила уехавшему в Варшаву Кулебе

Официальный представитель МИД России Мария Захарова прокомментировала слова бывшего главы \
МИД Украины Дмитрия Кулебы о новом указе Владимира Зеленского.

«Мне и в голову не приходило, что придется уезжать из своей страны тайком», - сказал Кулеба.

Он также обвинил Зеленского в том, что тот не терпит чужих мнений.

«Театр абсурда. Но такие признания полезны: они показывают, чем обернулась на Украине \
демократия по заокеанским лекалам, а
"""


def test_a_bare_quote_opening_with_the_headlines_quote_is_the_headlines_speakers() -> None:
    # Before: her reply went on with the Ukrainian quoted before it.
    page = _HEADLINE_QUOTES_THE_REPLY
    assert speaker_of(page, "Театр абсурда. Но такие признания") == "Maria Zakharova"
    assert speaker_of(page, "Мне и в голову не приходило") == "Dmytro Kuleba"


# A news site's copy cut right after a closing verb whose subject it never reached.
_CUT_AFTER_THE_CLOSING_VERB = """\
Кремль: Сноуден волен встречаться с кем угодно

2 ноября 2013, 10:39

Пресс-секретарь президента России Дмитрий Песков заверил, что бывший сотрудник спецслужб \
США не нарушает поставленного ему условия.

«Он находится в России законно и волен встречаться с кем угодно – мы не можем этому \
мешать», – добавил
"""


def test_a_closing_russian_verb_left_without_its_subject_goes_on_with_the_last_speaker() -> None:
    # Before: "добавил" with nobody after it named someone we do not know.
    page = _CUT_AFTER_THE_CLOSING_VERB
    assert speaker_of(page, "волен встречаться с кем угодно") == "Dmitry Peskov"


# A news copy with no headline line: the lead, "Об этом заявил ...", then a long quote that
# retells a phone call as a dialogue inside the guillemets ("? – Говорит: ...").
_DIALOGUE_INSIDE_A_QUOTE = """\
Киев не отвечает на звонки европейских партнеров, пострадавших от прекращения транзита.
Об этом заявил премьер-министр России Владимир Путин.
«Мне на днях звонил один из европейских коллег, мы долго обсуждали поставки. А я его \
спрашиваю: а вы с Киевом на эту тему говорили? – Говорит: нет, до президента не дозвониться, \
а премьер заболела. Вот такая манера общения с партнерами», – сообщил он.
По словам Путина, конфликт не связан с политикой.
"""


def test_a_dash_inside_a_guillemet_quote_opens_no_turn() -> None:
    # Before: "– Говорит: ..." was cut off as a dash turn of an interview, and the page read
    # as questions and answers of nobody.
    page = _DIALOGUE_INSIDE_A_QUOTE
    assert speaker_of(page, "до президента не дозвониться") == "Vladimir Putin"
    assert speaker_of(page, "Мне на днях звонил один") == "Vladimir Putin"


# An old agency story copied with a broken encoding: every dash between words is a
# square-root sign ('", √ сказал помощник президента').
_DASHES_TURNED_INTO_ROOT_SIGNS = """\
Ястржембский пригласил журналистов в Чечню

Помощник президента РФ Сергей Ястржембский предложил иностранным журналистам поехать в Чечню.

"Мы относимся к чеченцам как к гражданам России, и ситуация в республике не может \
устраивать руководство страны", √ сказал помощник президента. "Задача пока не решена", √ \
признал Сергей Ястржембский.
"""


def test_a_root_sign_standing_for_a_dash_keeps_the_attribution() -> None:
    # Before: "√ сказал помощник президента" was no closing attribution; the quote was nobody's.
    page = _DASHES_TURNED_INTO_ROOT_SIGNS
    assert speaker_of(page, "Мы относимся к чеченцам") == "Sergey Yastrzhembsky"


# A machine translation of a Russian agency story: the spokeswoman named in full, then a
# sentence of narration with a quote inside, closed by "said Zakharov" (the ending lost).
_SURNAME_AFTER_A_QUOTE_INSIDE_NARRATION = """\
Zakharova on the British press

MOSCOW, April 29 — RIA Novosti. The story was needed to justify the strikes, said the \
representative of the Russian foreign Ministry Maria Zakharova.

The patriarch told Lavrov: “Patience is a virtue.”

No evidence was shown, but “they had on hand a story that the country had been attacked,” \
said Zakharov.
"""


def test_a_surname_after_the_verb_is_found_past_a_lowercase_word_before_it() -> None:
    # Before: "but [the quote] said" was read as the surname "but" saying, and the quote was
    # nobody's.
    page = _SURNAME_AFTER_A_QUOTE_INSIDE_NARRATION
    assert speaker_of(page, "they had on hand a story") == "Maria Zakharova"
    assert speaker_of(page, "Patience is a virtue") == "Unknown speaker"


def test_a_year_closing_a_keyword_question_or_added_after_a_comma_dates_the_words() -> None:
    # Before: a year at the question's end was only a search word ("kelin uk nuclear warheads
    # cap 2024" answered from a page of another year).
    asked = parse_query("kelin uk nuclear warheads cap 2024")
    assert (asked.date_from, asked.date_to) == (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    asked = parse_query("Is Surkov still a Kremlin aide? Peskov, January 2020")
    assert (asked.date_from, asked.date_to) == (dt.date(2020, 1, 1), dt.date(2020, 1, 31))
    asked = parse_query("Путин о своём здоровье, октябрь 2021")
    assert (asked.date_from, asked.date_to) == (dt.date(2021, 10, 1), dt.date(2021, 10, 31))
    # A named event's year is what the words were about; a plan's horizon is no date.
    assert parse_query("Что посол говорил перед Олимпиадой 2024 года?").date_from is None
    assert parse_query("what growth had been planned for 2005").date_from is None


# A gist mirroring a scraper's JSON dump of the Ministry's transcripts: page chrome, then one
# record per transcript, its text a JSON string with escapes, cut off mid-string.
_JSON_RECORD_PAGE = """\
Skip to content
Instantly share code, notes, and snippets.
speeches.json
This file has been truncated, but you can view the full file.
[
{
"title": "Foreign Minister Sergey Lavrov\\u2019s remarks to students of a cadet school, \
Moscow, December 26, 2025",
"date": "26 December 2025",
"content": "Sergey Lavrov:\\u00a0 Good afternoon. I hear you\\u2019re studying languages?\\n\
Student: Yes, English and Chinese.\\nSergey Lavrov: Both are useful. A diplomat has to know \
the history of the countries he works with, and the history of his own country first of all.\
\\nStudent: Is it hard to learn Chinese?\\nSergey Lavrov: It takes years, but it repays \\u2013 \
every new language opens a new world to you.\\nStudent: Thank you.\\nSergey Lavrov: I wish \
you success in the New Y\\u20"""


def test_a_json_record_mirrored_as_a_page_reads_as_its_title_date_and_text() -> None:
    # Before: the record's text was one line with "\\n" written in it, nobody's words.
    document = parse_transcript(_JSON_RECORD_PAGE, "page")
    assert document.title.startswith("Foreign Minister Sergey Lavrov’s remarks to students")
    assert document.date == dt.date(2025, 12, 26)
    assert speaker_of(_JSON_RECORD_PAGE, "It takes years, but it repays – every") == "Sergey Lavrov"
    assert speaker_of(_JSON_RECORD_PAGE, "Is it hard to learn Chinese?") == "Student"


# An embassy's digest of the Ministry's texts: each opens with its own title, which names the
# kind of text and its speaker and ends on its date, over a paragraph of it.
_DIGEST_OF_DATED_TITLES = """\
Briefing by Foreign Ministry Spokesperson Maria Zakharova, Moscow, August 3, 2018

We have already offered our condolences to the families of the journalists. The investigation \
goes on, and its findings will be made public.

Briefing by Foreign Ministry Deputy Spokesman Artyom Kozhin, July 26, 2018

We continue to follow the case of our citizen held in Washington. Our consular officers have \
visited her and attended the hearings, and we have protested to the State Department.
"""


def test_a_digest_of_dated_titles_gives_each_text_its_own_speaker_and_date() -> None:
    # Before: the deputy spokesman's words ran on as the spokeswoman's, under her date.
    document = parse_transcript(_DIGEST_OF_DATED_TITLES, "page")
    kozhin = next(p for p in document.passages if "our citizen held in Washington" in p.text)
    assert kozhin.speaker == "Artyom Kozhin"
    assert kozhin.date == dt.date(2018, 7, 26)
    zakharova = next(p for p in document.passages if "offered our condolences" in p.text)
    assert zakharova.speaker == "Maria Zakharova"


# An Austrian paper's story in English: a Ukrainian adviser quoted first, then the Russian
# envoy as the subject of narration ("Ulyanov, who ..., felt ..."), then "he said" and "the
# diplomat said" of the envoy.
_ENVOY_AFTER_THE_ADVISER = """\
Russia's permanent representative in Vienna, Mikhail Ulyanov, sparked outrage with a post \
that was later deleted.

“The Russian envoy calls for a final solution,” Zelensky's adviser Mikhail Podolyak said on \
Twitter on Saturday.

Ulyanov, who later deleted his post, felt misunderstood. In a phone call to the agency, he \
said he was “of course not” calling for violence. “Read what I have written for years and \
you will find nothing hostile to the Ukrainian people,” the diplomat said. “But I reacted \
emotionally to the message about more weapons,” he explained.
"""


def test_a_name_before_a_relative_clause_opens_the_narration_its_pronouns_refer_to() -> None:
    # Before: "he said" and "the diplomat said" went to the Ukrainian adviser quoted before.
    page = _ENVOY_AFTER_THE_ADVISER
    assert speaker_of(page, "he was “of course not” calling") == "Mikhail Ulyanov"
    assert speaker_of(page, "you will find nothing hostile") == "Mikhail Ulyanov"
    assert speaker_of(page, "I reacted emotionally") == "Mikhail Ulyanov"
    assert speaker_of(page, "calls for a final solution") == "Mikhail Podolyak"
