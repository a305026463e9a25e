"""Round 42: layouts and questions met on real pages this round.

The pages here are written for these tests in the layouts met on those sites.
"""

from __future__ import annotations

from retrieval.speakers import find_known_speaker
from retrieval.transcript import parse_transcript
from tests.conftest import pages_index, speaker_of

# An agency's interview page: a date line, a headline in a label's form ("Post Name: ..."),
# a photo caption, a lead saying who gave the interview, then "Question:" / "Answer:".
_LABELLED_HEADLINE_OVER_INTERVIEW = """\
14 Feb 2023

State Duma Deputy Speaker Pyotr Tolstoy: Europe will need our gas again sooner than it thinks

Pyotr Tolstoy
Photo: State Duma

State Duma deputy speaker Pyotr Tolstoy has given an interview to Interfax in which he \
speaks about the energy market, the sanctions and the parliamentary contacts that remain.

Question: Do you see any chance of parliamentary contacts with the Europeans this year?

Answer: The contacts have not disappeared, they have simply become quieter. Several \
delegations still ask us for meetings, though not in public.

The energy market is another matter. Europe will need our gas again sooner than it thinks.
"""


def test_a_labelled_headline_does_not_hide_the_lead_over_an_interview() -> None:
    # Before: the headline was taken as the first labelled turn, the lead above it was
    # empty, and the answers were nobody's.
    page = _LABELLED_HEADLINE_OVER_INTERVIEW
    assert speaker_of(page, "The contacts have not disappeared") == "Pyotr Tolstoy"
    assert speaker_of(page, "The energy market is another matter") == "Pyotr Tolstoy"


# An agency's interview: a dateline lead naming the envoy by a post that ends on a region
# ("... for the Middle East and Africa, Mikhail Bogdanov") and the correspondent who asked.
_LEAD_NAMING_THE_CORRESPONDENT = """\
Moscow. May 12. INTERFAX - The Special Representative of the President of the Russian \
Federation for the Middle East and Africa, Mikhail Bogdanov, in an interview with Interfax \
correspondent Olga Semenova, spoke about the coming summit and trade with the continent.
- How will the new sanctions affect Russian companies working in Africa?
- Our companies have worked there through harder times. They will find ways to pay and to \
deliver, and our partners want them to stay.
- When will the next summit take place?
- We expect it next year; the host country has already offered to receive the delegations.
"""


def test_the_correspondent_named_in_the_lead_is_not_the_one_interviewed() -> None:
    # Before: three names ("Africa Mikhail", the envoy, the correspondent) named no one.
    page = _LEAD_NAMING_THE_CORRESPONDENT
    assert speaker_of(page, "Our companies have worked there") == "Mikhail Bogdanov"
    assert speaker_of(page, "the host country has already offered") == "Mikhail Bogdanov"


def test_a_lead_naming_two_people_it_does_not_call_reporters_names_no_one() -> None:
    page = _LEAD_NAMING_THE_CORRESPONDENT.replace(
        "in an interview with Interfax correspondent Olga Semenova",
        "in an interview together with Deputy Minister Sergey Vershinin",
    )
    assert speaker_of(page, "Our companies have worked there") != "Mikhail Bogdanov"


# A paper's story: an ambassador named in full once, then "X also took issue with ...,
# saying: “...”".
_SURNAME_THEN_SAYING = """\
Envoy summoned over remarks

The Foreign Ministry summoned Russian Ambassador Anatoly Viktorov on Monday over remarks he \
made in an interview this week.

Viktorov also took issue with talk of a threat from the north, saying: “Nobody in the region \
is preparing an attack on anybody.”
"""


def test_a_surname_opening_a_clause_that_ends_on_saying_is_the_sayer() -> None:
    # Before: the verb of saying was a participle at the clause's end, so nobody's.
    assert speaker_of(_SURNAME_THEN_SAYING, "Nobody in the region") == "Anatoly Viktorov"


def test_a_surname_of_no_one_named_in_full_stays_nobodys() -> None:
    page = _SURNAME_THEN_SAYING.replace("Russian Ambassador Anatoly Viktorov", "the ambassador")
    assert speaker_of(page, "Nobody in the region") != "Anatoly Viktorov"


def test_the_letter_yo_spelt_either_way_names_one_person() -> None:
    # Before: "Kosachyov" (Interfax's English) was no one the table knows.
    known = find_known_speaker("Federation Council deputy speaker Konstantin Kosachyov")
    assert known is not None and known.name == "Konstantin Kosachev"
    assert find_known_speaker("Konstantin Kosachyov") is known


# A news site's story: the aide named in full in the lead, then a quote closed by his post
# and the ones he told it to («— сказал помощник президента журналистам»).
_POST_THEN_ADDRESSEE = """\
Ушаков рассказал о подготовке визита

Визит в Пекин пройдет в начале осени, программа почти согласована, сообщил помощник \
президента РФ Юрий Ушаков.

«Все основные документы уже готовы, остается согласовать детали протокола», — сказал \
помощник президента журналистам.
"""


def test_a_post_then_the_reporters_told_after_a_quote_is_the_one_named_with_it() -> None:
    # Before: "журналистам" after the post made the subject someone unknown.
    assert speaker_of(_POST_THEN_ADDRESSEE, "Все основные документы") == "Yuri Ushakov"


# A forum's copy of a news conference: one line saying who answered the reporters' question,
# then dashed questions and answers.
_ANSWERED_A_REPORTERS_QUESTION = """\
На вопрос журналистов о поездке в Сочи (накануне ряд изданий сообщил о переносе визита) \
Медведев ответил коротко: "Поеду, как и планировал".
- То есть сроки визита не меняются?
- Не меняются. Программа согласована давно, и все встречи остаются в силе.
- А переговоры с губернатором состоятся?
- Конечно, мы обсудим подготовку к зимнему сезону.
"""


def test_a_line_saying_who_answered_a_reporters_question_names_the_dashed_answers() -> None:
    # Before: «На вопрос журналистов ... ответил» was not read as an interview's lead.
    page = _ANSWERED_A_REPORTERS_QUESTION
    assert speaker_of(page, "Программа согласована давно") == "Dmitry Medvedev"
    assert speaker_of(page, "мы обсудим подготовку") == "Dmitry Medvedev"


def test_according_to_a_former_post_and_a_name_is_that_name() -> None:
    # Before: "former" ended the words read after "According to", and nobody was named.
    page = (
        "Medvedev warns the West\n\n"
        "According to former Russian President Dmitry Medvedev, only deterrence keeps the "
        "conflict from spreading further west.\n\n"
        "According to the former minister, the sanctions had no effect at all."
    )
    assert speaker_of(page, "only deterrence keeps") == "Dmitry Medvedev"
    assert speaker_of(page, "the sanctions had no effect") != "Dmitry Medvedev"


def test_a_quote_closed_with_an_opening_mark_and_a_german_spelling_is_hers() -> None:
    # A translated copy closes its quotes with "“" and spells the spokeswoman the Polish
    # way. Before: the quote stayed open and "Zacharowa" was no one we know.
    page = (
        "Zakharova comments on the contest\n\n"
        "The spokeswoman posted a comment on the result on Telegram. “Everything was decided "
        "long before the final. Curtain“- wrote Maria Zacharowa.\n\n"
        "The organisers did not reply to questions from journalists."
    )
    assert speaker_of(page, "Everything was decided long before") == "Maria Zakharova"
    assert speaker_of(page, "The organisers did not reply") != "Maria Zakharova"


# A documentation site's copy of a spokesman's commentary: navigation lines, "back to ..."
# links, the title, the title again as the text's own heading, then the commentary.
_COMMENTARY_UNDER_NAVIGATION = """\
Text Only | Arms Control Papers | Documents
back to the papers home page
Calendar
Treaties
Links

Documents

Back to Documents

Russian MFA Spokesman Mikhail Kamynin on the CFE Treaty, July 14, 2007

Russian MFA Spokesman Mikhail Kamynin Commentary Regarding the Suspension of the CFE \
Treaty, July 14, 2007.

The decision announced today was not taken lightly. For years we have warned our partners \
that the treaty no longer reflects the realities in Europe.

We remain open to talks on a new regime of arms control, provided that the concerns of all \
its parties are heard.
"""


def test_a_link_back_up_the_site_is_no_title() -> None:
    # Before: "back to the papers home page" was the page's title.
    document = parse_transcript(_COMMENTARY_UNDER_NAVIGATION, "page")
    assert document.title.startswith("Russian MFA Spokesman Mikhail Kamynin on the CFE")


def test_a_heading_naming_the_commentary_after_its_giver_keeps_it_his() -> None:
    # Before: the heading named him in the third person, so the commentary read as a report.
    page = _COMMENTARY_UNDER_NAVIGATION
    assert speaker_of(page, "The decision announced today") == "Mikhail Kamynin"
    assert speaker_of(page, "We remain open to talks") == "Mikhail Kamynin"


# A TV channel's story under a headline in the spokeswoman's name: a circumstance opens the
# sentence that names her by surname before her verb.
_CIRCUMSTANCE_BEFORE_SURNAME = """\
Захарова: помощь до города так и не дошла

Официальный представитель МИД РФ Мария Захарова обличила лицемерие ряда западных \
столиц. На своей странице в Telegram Захарова заявила, что «колонны с продовольствием \
неделю стоят у блокпостов».

Ранее в Минобороны сообщили, что гуманитарные коридоры по-прежнему перекрыты.
"""


def test_a_circumstance_before_the_pages_own_surname_and_its_verb_keeps_her_sayer() -> None:
    # Before: the words before the surname were not a post or a quote, and it named no one.
    page = _CIRCUMSTANCE_BEFORE_SURNAME
    assert speaker_of(page, "колонны с продовольствием") == "Maria Zakharova"
    assert speaker_of(page, "коридоры по-прежнему перекрыты") != "Maria Zakharova"


def test_an_agency_relaying_the_words_of_one_named_in_full_only_later_names_him() -> None:
    # Before: «передает слова Нестеренко» needed him named in full above it.
    page = (
        '"Мы не собираемся применять никаких жестких мер против соседей", — передает слова '
        "Нестеренко корреспондент агентства.\n\n"
        'Говоря о переговорах, официальный представитель МИД Андрей Нестеренко пояснил: "Мы '
        'готовы к диалогу в любое время".'
    )
    assert speaker_of(page, "никаких жестких мер") == "Andrey Nesterenko"


# An agency's English story on the grain deal, asked about in Russian with words of its idiom.
_GRAIN_DEAL_STORY = """\
Grushko: no chance of restoring the grain deal

MOSCOW, October 6. /TASS/. Russia will not return to the grain deal until its conditions are \
met, Deputy Foreign Minister Alexander Grushko said on Friday.

"The ball is in the court of Washington and Brussels: they should stop talking about food \
security and start acting," Grushko said.

"A recent incursion of commandos into the region shows that the other side is not ready for \
calm," he added.
"""


def test_russian_idiom_words_cross_to_the_english_story() -> None:
    # Before: «мяч» and «вылазка» / «диверсанты» had no English wordings.
    index = pages_index({"grain.txt": _GRAIN_DEAL_STORY})
    ball = index.search("Грушко: на чьей стороне мяч?", k=3)
    assert ball.hits and "The ball is in the court" in ball.hits[0].passage.text
    raid = index.search("Грушко о вылазке диверсантов", k=3)
    assert raid.hits and "incursion of commandos" in raid.hits[0].passage.text


def test_a_weekday_after_the_name_is_no_part_of_it() -> None:
    # Before: "Sergey Lavrov Friday" stood as the speaker of the lead.
    page = (
        "Lavrov at the Raisina Dialogue\n\n"
        "Russian Foreign Minister Sergey Lavrov Friday said Moscow wants both of its partners "
        "in Asia to be friends.\n\n"
        "Lavrov said Russia had excellent relations with both countries."
    )
    assert speaker_of(page, "wants both of its partners") == "Sergey Lavrov"


def test_an_aside_naming_the_ministers_post_gives_the_sentence_to_him() -> None:
    # Before: «как заметил министр ...» between commas named no one, only a name did.
    page = (
        "Министр иностранных дел России Сергей Лавров заявил, что отношения двух стран "
        "развиваются уверенно.\n\n"
        "Страны региона, как заметил министр иностранных дел России, не приемлют попыток "
        "навязать им чужую повестку.\n\n"
        "Страны региона, как заметил министр иностранных дел Турции, готовы к переговорам."
    )
    assert speaker_of(page, "не приемлют попыток") == "Sergey Lavrov"
    assert speaker_of(page, "готовы к переговорам") != "Sergey Lavrov"


# A think tank's copy of a paper's interview: the paper's name as the first label, then its
# initial for the questions and the ambassador's initials for his answers.
_LETTER_LABELS = """\
EU-Russia relations after the visit

In a telephone interview on Thursday the Ambassador of Russia to the EU Vladimir Chizhov \
spoke about the visit. He spoke to Euractiv's senior editor.

Euractiv: Why did the visit end so badly?

Vladimir Chizhov: I do not think it ended badly. The talks were frank and useful.

E: The guest probably now regrets having gone.

VC: You will have to ask him. I hope he does not, because the visit was useful.

E: But the press conference looked shocking to many here.

VC: It was a normal exchange of views between two ministers.
"""


def test_a_lone_letter_that_is_no_speakers_initial_is_the_interviewer() -> None:
    # Before: "E" stood as a speaker of its own.
    assert speaker_of(_LETTER_LABELS, "probably now regrets") == "Question"
    assert speaker_of(_LETTER_LABELS, "I hope he does not") == "Vladimir Chizhov"


def test_a_lone_letter_that_is_a_speakers_initial_is_not_the_interviewer() -> None:
    page = _LETTER_LABELS.replace("E: The guest", "V: The guest")
    assert speaker_of(page, "probably now regrets") != "Question"


def test_a_lead_sentence_taken_as_the_title_keeps_the_words_it_quotes() -> None:
    # Before: the quote stood in the title alone, and no passage held it.
    page = (
        "Первый заместитель постоянного представителя России при ООН Дмитрий Полянский "
        "отметил, что это «будет хорошая возможность поговорить о провале превентивной "
        "дипломатии»\n"
        "Россия запросила проведение заседания Совета Безопасности 17 февраля, сообщил "
        "Дмитрий Полянский."
    )
    assert speaker_of(page, "поговорить о провале превентивной") == "Dmitry Polyanskiy"


# A fan site's copy of a TV interview flattened onto one paragraph, labels in capitals.
_FLATTENED_CAPITALS = """\
Interview to CNN's Larry King

Interview with CNN's Larry King Live, September 8, 2000, New York. LARRY KING, HOST: Good \
evening and welcome. What about this job so far has surprised you? PRESIDENT VLADIMIR PUTIN \
(through translator): Nothing was exceptionally new, but the volume of my work has certainly \
increased. KING: Are you enjoying it? PUTIN (through translator): Partially, yes. KING: What \
happened with the submarine? PUTIN (through translator): It sank, and we are still looking \
for the reasons.
"""


def test_labels_in_capitals_mid_line_split_a_flattened_interview() -> None:
    # Before: "KING:" and "PRESIDENT VLADIMIR PUTIN (...):" stayed inside the paragraph, so
    # the first answer was the host's question and the host's questions Putin's answers.
    page = _FLATTENED_CAPITALS
    assert speaker_of(page, "Nothing was exceptionally new") == "Vladimir Putin"
    assert speaker_of(page, "Are you enjoying it") != "Vladimir Putin"
    assert speaker_of(page, "What happened with the submarine") != "Vladimir Putin"


def test_a_copyright_line_under_the_story_is_no_passage() -> None:
    # Before: "© ..." stood as a passage, the last speaker's, and outranked his words.
    page = (
        "Лавров провел переговоры с Ван И\n\n"
        "Министр иностранных дел России Сергей Лавров заявил, что отношения двух стран "
        "развиваются уверенно.\n\n"
        "© ОАО «ТРК ВС РФ «ЗВЕЗДА»"
    )
    document = parse_transcript(page, "page")
    assert not any("©" in p.text for p in document.passages)
    assert any("развиваются уверенно" in p.text for p in document.passages)


def test_a_menu_of_language_editions_is_no_title() -> None:
    # Before: the site's row of its editions in nine scripts was the page's title.
    page = (
        "हिन्दी मराठी বাংলা தமிழ் മലയാളം ગુજરાતી తెలుగు\n\n"
        "Russian Foreign Minister on relations with India\n\n"
        "New Delhi: Russian Foreign Minister Sergey Lavrov on Friday said that no pressure "
        "will affect the partnership of the two countries."
    )
    document = parse_transcript(page, "page")
    assert document.title == "Russian Foreign Minister on relations with India"


# A machine translation of a TV interview's story: the spokesman's surname misspelt in most
# sentences, spelt right once further down; the host's question in a clause of time.
_TYPO_AND_TIME_CLAUSE = """\
Kremlin spokesman on the nuclear doctrine

In an interview with a US channel, Peshkov was asked about the former president's comments.

Peshkov said “there is no doubt” that the aims would be reached, “but no outcome of it is a \
reason to use a nuclear weapon.”

“We have a concept of security that is very clear,” Peskov said.

When interviewer Ryan Chilcott said the comments suggested a threat to third countries, \
Peshkov replied: “No, I do not think so.”
"""


def test_a_typo_of_a_known_officials_surname_named_right_later_is_him() -> None:
    # Before: "Peshkov said" named nobody.
    assert speaker_of(_TYPO_AND_TIME_CLAUSE, "no outcome of it is a reason") == "Dmitry Peskov"


def test_a_verb_in_an_opening_clause_of_time_is_not_the_sentences() -> None:
    # Before: "When interviewer Ryan Chilcott said ..., Peshkov replied: “...”" gave the
    # spokesman's reply to the interviewer.
    assert speaker_of(_TYPO_AND_TIME_CLAUSE, "I do not think so") != "Ryan Chilcott"
    page = "Когда журналист спросил о санкциях, Песков ответил: «Это не наш вопрос»."
    assert speaker_of(page, "Это не наш вопрос") == "Dmitry Peskov"
