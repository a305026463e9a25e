"""Reported speech: whose words a news story gives, sentence by sentence, and who a headline
says is speaking.

A news story has no labels: it quotes people in its narration ("..., Lavrov said", "Peskov
stressed that ...", "«...», — заявила Захарова", "По словам дипломата, ..."). A sentence whose
verb of saying names a person belongs to that person; "he said" refers back to the last person
named, and "the Russian minister", "официальный представитель МИД" to the last known official
named (or the page's speaker); a quote with no verb goes on with the words of the one quoted
before it; "Об этом заявила X" gives the sentences before it to X too. Narration that names no
speaker ("Putin visited Mongolia on Monday") is the reporter's: its speaker is unknown, and so is
a quote after a verb whose subject names no one we know ("The Finnish minister said:", "the
Kremlin said"). A person is named by a known name in any form or by a first name and surname.

These rules apply only to a page written as a report: its narration speaks of its main speaker
in the third person and hardly ever says "I" or "we" outside quotes (an official's own remarks
do, and there "as the President said" is a reference, not a change of speaker).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from retrieval.name_words import is_common_word
from retrieval.names import MAX_ENDING_LETTERS
from retrieval.patterns import first_letter_alternation, may_hold, top_level_alternatives
from retrieval.russian_names import ADJECTIVE_OBLIQUE as _ADJECTIVE_OBLIQUE
from retrieval.russian_names import (
    is_first_name_form,
    nominative,
    surname_cases,
    surname_forms_of_latin,
)
from retrieval.speakers import (
    KNOWN_SPEAKERS,
    NOMINATIVE_POSTS,
    POST_WORDS,
    after_place_word,
    canonical_speaker,
    find_known_speaker,
    foreign_name_after_post,
    is_first_name,
    is_known_official,
    is_post_word,
    is_russian_official,
    known_label_forms,
    person_name,
    speaker_from_title,
)
from retrieval.spelling_variants import preferred, spelling_key
from retrieval.text import (
    MONTHS,
    QUOTED_RE,
    SPEECH_QUOTE_WORDS,
    has_cyrillic,
    label_key,
    quote_spans,
    transliterate,
)
from retrieval.transcript._dates import WEEKDAYS
from retrieval.transcript._lines import LABEL_RE, NUMBERED_RE, site_talk
from retrieval.transcript._sizing import sentence_spans
from retrieval.typos import one_typo

# Russian past forms of verbs of saying; each takes every gender's and number's ending.
_RU_SAID = (
    "заявил|сказал|отметил|подчеркнул|сообщил|добавил|рассказал|пояснил|указал|напомнил|"
    "призвал|назвал|заверил|признал|констатировал|выразил|предупредил|ответил|резюмировал|"
    "прокомментировал|допустил|посетовал|уточнил|обратил внимание|высказал|объяснил|"
    # «Внимание на это обратил вице-премьер»: the idiom with its noun first.
    "обратил(?<=внимание\\sна\\sэто\\sобратил)|"
    "акцентировал|процитировал|охарактеризовал|предложил|подтвердил|убежден|уверен|"
    "пообещал|обещал|оценил|заметил|признался|упомянул|поделил(?=ся|ась|ись)|написал|посоветовал|"
    "обвинил|говорил|заявлял|сообщал|отмечал|отвечал|подчеркивал|подчёркивал|указывал|утверждал|"
    "предупреждал|рассказывал|пошутил|сыронизировал|иронизировал|парировал|возмутился|описал|"
    "спросил|попросил|произнес|произнёс|поинтересовал(?=ся|ась|ись)|пожаловал(?=ся|ась|ись)|раскритиковал|осудил|"
    "отверг|объявил|напоминал|называл|поручил|"
    # Foretelling and advising are saying too: "Песков предрек, что ...", "Песков
    # рекомендовал относиться к слухам ...".
    "предрек|спрогнозировал|рекомендовал|порекомендовал|"
    # Supposing aloud: «Дипломат предположила, что ...».
    "предположил|"
    # More verbs of a retelling: voicing, assessing, announcing, threatening, objecting,
    # explaining, mocking, reproaching, reporting to a superior, informing, doubting.
    "озвучил|расценил|анонсировал|пригрозил|возразил|поведал|разъяснил|высмеял|упрекнул|"
    "доложил|проинформировал|усомнил(?=ся|ась|ись)|настаивал|"
    # Guaranteeing is promising: "Президент гарантировал рост экономики".
    "гарантировал|потребовал|"
    # «Лавров дал понять, что ...», «Глава МИД коснулся темы санкций» (touching a topic, not
    # a thing).
    "намекнул|намекал|"
    "дал понять|коснул(?=ся темы|ся вопроса|ся проблемы|ся ситуации|ась темы|ась вопроса|"
    "ась проблемы|ась ситуации)|"
    # «Лавров исключил новые переговоры», «затронул тему», «остановился на теме», «сослался
    # на», «предостерег», «уверил», «дал оценку».
    "исключил|затронул(?= тем| вопрос| проблем| ситуаци)|"
    "остановил(?=ся на тем|ся на вопрос|ась на тем|ась на вопрос)|сослал(?=ся на|ась на)|"
    "предостерег|уверил|дал оценку|"
    # «Президент сделал акцент на том, что ...», «ребром поставил вопрос о коррупции»: laying
    # stress on a point and raising a question are saying too (the noun after the verb's
    # ending).
    "сделал(?=[аи]?\\s+акцент)|поставил(?=[аи]?\\s+вопрос\\s+о)|"
    # «Путин привел в пример Афганистан»: an example given is said.
    "привел(?=[аи]?\\s+(?:в\\s+)?пример)|"
    # «"Министр прав", — согласился помощник президента», «согласилась, что ...»: agreeing with
    # words is saying so; agreeing to a thing or to do it is not («согласился на встречу»,
    # «согласился приехать»).
    "согласил(?=ся|ась|ись)(?!\\w*\\s+(?:на\\s|[^\\W\\d_]+(?:ть|ти|чь)(?![^\\W\\d_])))"
)
# Gerunds the verb list spells out itself, and "написав" (writing something is not saying it).
_SAID_GERUNDS = (
    "сказав",
    "заявив",
    "отметив",
    "добавив",
    "подчеркнув",
    "пояснив",
    "ответив",
    "напомнив",
    "написав",
)
# Each alternative starts with its word (no group first): see first_letter_alternation.
# The last word of a post that may close a quote with "concluded" ('"...," the official
# spokesman for the Russian Foreign Ministry concluded.').
_CONCLUDING_POSTS = (
    "spokesman spokeswoman spokesperson minister ministry diplomat ambassador envoy".split()
)
_SAY_ALTERNATIVES = (
    # English: past and present, and the set phrases of news copy.
    # (Words that are also nouns, "states", "notes", "calls", "claims", are left out.)
    "said|says|stated|noted|stressed|stresses|told|tells|added|adds|explained|"
    "explains|emphasi[sz]ed|emphasi[sz]es|remarked|recalled|claimed|believes|"
    "pointed out|underlined|underscored|commented|announced|warned|warns|urged|urges|"
    # (Not "Putin called Trump on Monday": a phone call.)
    "called(?!\\s+(?:(?-i:[A-Z])[\\w'’-]+|him|her|them)(?:\\s+(?-i:[A-Z])[\\w'’-]+)?\\s+"
    "(?:on|from|at|late|earlier|yesterday|today|last|this)\\s)|"
    "described|denied|dismissed|continued|insisted|insists|argued|suggested|asserted|"
    "declared|expressed|acknowledged|admitted|confirmed|replied|answered|responded|reiterated|"
    "mentioned|complained|lamented|assured|promised|vowed|vows|pledged|pledges|criticized|"
    "guaranteed|"
    # "He outlined ...", "threatened", "countered", "objected", "disclosed", "reassured",
    # "contended", "mocked", "ridiculed": more verbs of a retelling.
    "outlined|threatened|countered|objected|disclosed|reassured|contended|mocked|ridiculed|"
    "rebutted|surmised|speculated|recounted|"
    # «Матвиенко поблагодарила сенаторов за работу»: thanks for something, said aloud (not
    # «Мадуро поблагодарил их», nor the English "Putin thanked X", a list's narration).
    "поблагодарил(?:а|и)?(?=\\s+(?:[^\\s.!?]+\\s+){0,10}?за\\s)|"
    # Demanding is saying: "Zakharova demanded that Washington stop ..." ("talked about media
    # reports that ..." was tried: what it retells is the reports' claim, not the speaker's).
    "demanded|"
    "criticised|accused|highlighted|"
    "proposed|"
    "observed|clarified|is sure|is convinced|is confident|is certain|went on|"
    # More news-copy verbs of saying: "He voiced confidence that ...", "He made it clear that
    # ...", "He specified that ...", "spoke out against", "drew attention to", "was confident
    # that", "as the minister put it" ("pointed to" was tried: a summary's commentary between
    # it and "asserted that" then went to the speaker, "The tone reflected ...").
    "voiced|made it clear|specified|spoke out|drew attention|was sure|was convinced|summed up|"
    "was confident|was certain|put it|"
    # More verbs of a retelling: "He expects the talks to resume", "He characterized the
    # sanctions as a failure", "He hinted that ...", "He shared his view that ..." ("hopes"
    # and "doubts" are nouns too; "echoed" and "referred to" are said of others' words: "His
    # words echoed ...", "The ambassadors referred to Galuzin's remarks").
    "expects|thinks|considers|sees no|"
    # "The ambassador affirmed that ...", "X considered that the visit ..." (with its "that",
    # or closing the sentence: "considered the proposal" is weighing it, and "the occupation
    # has affirmed his sense that ..." says nothing).
    "affirm(?:ed|s)(?=\\s+that|\\s*[,.;]|\\s*$)|considered(?=\\s+that)|"
    "characteri[sz]ed|branded|cautioned|signall?ed|indicated|hinted|conceded|reaffirmed|"
    "elaborated|opined|made clear|was adamant|raised the issue|"
    "shared (?:his|her) (?:view|opinion|assessment)|is of the opinion|"
    "has not rule[sd]? out|had not rule[sd]? out|did not rule[sd]? out|not rule[sd]? out|"
    # '..., noting, "..."', 'stating: "..."': a participle of saying right before a quote.
    'noting(?=\\s*[,:]?\\s*["“«])|stating(?=\\s*[,:]?\\s*["“«])|'
    'adding(?=\\s*[,:]?\\s*["“«])|'
    "wrote|writes|advised|saying|asked|joked|quipped|retorted|replies|responds|explains|"
    "argues|asks|reminded|claims(?=\\s+that)|predicted|recommended|"
    # The present of a retelling's verbs, with their "that" ("the minister highlights that
    # almost 75% ..."; "notes", "states" are nouns too, so only before "that").
    "highlights(?=\\s+that)|underlines(?=\\s+that)|underscores(?=\\s+that)|notes(?=\\s+that)|"
    "states(?=\\s+that)|points out(?=\\s+that)|maintains(?=\\s+that)|comments(?=\\s+that)|"
    # "Lavrov also reported that he discussed ...": with its "that" (a report, a wire's "TASS
    # reported." are no person's words).
    "reported(?=\\s+that)|"
    # "He likened the sanctions to ...", "The diplomat questioned whether ...", "She regretted
    # that ...": with what follows ("questioned by police" is no saying).
    "likened|questioned(?=\\s+(?:whether|why|how|if)\\b)|regretted(?=\\s+that)|"
    # "The First Deputy Prime Minister agreed that in a sense ...": agreeing with words, as
    # «согласился, что» (not "agreed to a plan", "agreed on the date").
    "agreed(?=\\s+that\\b)|"
    # "Lavrov repeated that ...", "He was compelled to repeat that ...": with its "that"
    # ("repeated calls", "repeated attacks" are nouns' adjective).
    "repeated(?=\\s+that)|repeats(?=\\s+that)|"
    "was (?:compelled|forced|obliged) to repeat(?=\\s+that)|"
    # A wire lead closing on "..., aide Yuri Ushakov has revealed." ("revealed" alone was
    # tried: set K's retelling "He revealed that ..." then outranked the quote it led into).
    "has revealed|"
    # '"...," she concluded.': a pronoun summing up at a sentence's end ("The talks
    # concluded.", "concluded that", "He concluded, “...”" after a teaser say nothing sure).
    "concluded(?<=\\she concluded)(?=[.!])|concluded(?<=\\sshe concluded)(?=[.!])|"
    # 'The diplomat concluded: "..."': a colon right before the quote introduces it (masked,
    # the quote is a run of blanks).
    'concluded(?=:\\s*(?:["“«]|\\s{8}))|'
    # '"...," Putin concluded.': a surname right after a quote's close (or the blanks of a
    # masked quote) sums it up too; a look-behind for each length of surname, as a
    # look-behind has one width.
    + "".join(f'concluded(?<=["”\\s]\\s[A-Z][a-z]{{{n}}} concluded)(?=[.!])|' for n in range(2, 14))
    # '"...," the official spokesman for the Russian Foreign Ministry concluded.': so after
    # an official's post.
    + "".join(f"concluded(?<={post} concluded)(?=[.!])|" for post in _CONCLUDING_POSTS)
    +
    # Present tense of headlines: "Lavrov confirms ...", "Zakharova promises ...".
    "confirms|promises|denies|insists|accuses|rejects|reiterates|complains|announces|recalls|"
    # ... and of a post's first line in Russian: "Песков подтверждает, что ...", "Лавров
    # заявляет о ...", "Захарова считает, что ..." (one person: a plural "в Кремле заявляют"
    # is an institution's).
    "заявляет|подтверждает|утверждает|обещает|отрицает|настаивает|предупреждает|призывает|"
    "считает|"
    # ... and of a live blog's: «Как все — за столом с друзьями, отвечает Медведев».
    "отвечает|"
    "ruled out|made (?:the following |the |a |his |her )?(?:statements?|remarks|comments?)|"
    "blamed|pinned the blame|"
    # Saying what one thinks of something: "Grushko slammed the alliance's policy".
    "slammed|condemned|rejected|blasted|praised|hailed|admonished|chastised|rebuked|"
    "lambasted|berated|denounced|alleges|"
    # "Kelin found these comments to be 'offensive'": a judgement of words is said.
    "found(?=\\s+(?:these|the|those|this|his|her|their|such)\\s+(?:comments?|remarks?|"
    "statements?|words|claims?|accusations?|allegations?|assertions?)(?![^\\W\\d_]))|"
    # "He informed the media that ...": telling is saying (not "informed sources").
    "informed(?=\\s+(?:the\\s+)?(?:media|reporters|journalists|press|participants|audience)"
    "(?![^\\W\\d_]))|"
    # "But he did say the United States had made ... proposals": an emphatic past.
    "did say|"
    # Declining to say is an answer too: "Ushakov refused to comment on the rumours",
    # "Песков не стал комментировать утверждения ...".
    "refused to (?:comment|give|provide|say|disclose|name|reveal|answer|respond|elaborate|"
    "specify|confirm|discuss|speculate)|"
    "declined to (?:comment|give|provide|say|disclose|name|reveal|answer|respond|elaborate|"
    "specify|confirm|discuss|speculate)|"
    "не исключил(?:а|и)?|не исключает|"
    # "Песков опроверг сообщения о ...", "Захарова отвергла обвинения": a past whose other
    # forms add "л" ("отвергла", "опровергли"; the endings of _RU_SAID miss them).
    "опроверг(?:ла|ли)?|отвергл(?:а|и)|предостерегл(?:а|и)|"
    "не стал(?:а|и)? (?:комментировать|раскрывать|уточнять|называть|отвечать|обсуждать|"
    "подтверждать|прогнозировать)|"
    "отказал(?:ся|ась|ись) (?:от комментариев|комментировать|раскрывать|уточнять|называть|"
    "отвечать|обсуждать|подтверждать|прогнозировать)|"
    "воздержал(?:ся|ась|ись) от (?:комментариев|комментария|комментировани[яй])|"
    # Russian: past forms in every gender and number, and a few present ones.
    + "|".join(f"{verb}(?:а|и|о|ся|ась|ись)?" for verb in _RU_SAID.split("|"))
    + "|"
    # "..., - продолжила она.", "В данном случае, продолжила Захарова, ...", "..., — отрезал
    # Песков.": going on, summing up and cutting short are saying only in an attribution's
    # place, after a comma or a dash ("Россия продолжила наступление", "отрезал путь" say
    # nothing); the look-behind follows the word, so that the alternative starts with it
    # (first_letter_alternation).
    + "|".join(
        f"{verb}(?<=[,–—-]\\s{verb})(?:а|и)?"
        for verb in ("продолжил", "заключил", "подытожил", "отрезал")
    )
    + "|"
    # '"Валерий Васильевич, ...", - обратился Путин к Герасимову', '"...", - отреагировал
    # президент': addressing someone with the words just quoted, reacting with them, only
    # right after a quote's dash ("обратился в суд", "рынок отреагировал" say nothing).
    "обратил(?<=[–—-]\\sобратил)(?:ся|ась|ись)|"
    "отреагировал(?<=[–—-]\\sотреагировал)(?:а|и)?|"
    # Russian gerunds: "Уиткофф поддержал шутку, сказав: «...»" (the sentence's subject says it).
    "сказав|заявив|отметив|добавив|подчеркнув|пояснив|ответив|напомнив|"
    # ... and the gerund of every other past of saying ("..., назвав её крайне опасной",
    # "..., призвав Запад ...": "назвал" -> "назвав"; not "написав": writing a post is no
    # saying, see _WRITE_RE).
    + "|".join(
        sorted(
            {
                f"{verb[:-1]}в"
                for verb in _RU_SAID.split("|")
                if verb.endswith("л") and " " not in verb
            }
            - set(_SAID_GERUNDS)
        )
    )
    + "|"
    # "Ушаков обратился к участникам со словами «...»": the words are his.
    "со словами|with the words|"
    # "Соответствующее заявление (в ходе брифинга в Москве) сделала ... Мария Захарова".
    'заявлени[ея](?:\\s+[^\\s.!?«»"]+){0,8}?\\s+сделал(?:а|и)?|'
    'комментари[йи](?:\\s+[^\\s.!?«»"]+){0,8}?\\s+сделал(?:а|и)?|'
    # "С таким заявлением выступил Лавров": what was said before, by its subject ("Путин
    # выступил с заявлением для СМИ" only tells of the event).
    "с (?:таким |подобным |соответствующим |этим )?(?:заявлением|предупреждением|призывом|"
    "мнением)"
    '(?:\\s+[^\\s.!?«»"]+){0,3}?\\s+выступил(?:а|и)?|'
    # "Такую оценку (прошедшей встрече) дал помощник президента Юрий Ушаков".
    'оценк[уи](?:\\s+[^\\s.!?«»"]+){0,4}?\\s+дал(?:а|и)?(?=\\s)|'
    "считает|полагает|уверена|убеждена|говорит|заявляет|отмечает|подчеркивает|подчёркивает|"
    # «Лебедев пишет, что ...»: writing what follows "что" ("пишет книгу" says nothing).
    "пишет(?=,?\\s+что\\s)|"
    # «Как сообщает российский дипломат, ...», «Посол сообщает, что ...»: reporting what
    # follows (an outlet's «Как сообщает ТАСС» names no one).
    "сообщает(?=,?\\s+что\\s)|сообщает(?<=как\\sсообщает)|"
    # Doubting, allowing, hoping and counting on aloud: «Министр сомневается, что ...»,
    # «Лавров допускает, что ...», «надеется», «рассчитывает, что», «придерживается мнения»,
    # «не видит смысла».
    "сомневается|допускает|надеется|рассчитывает(?=,?\\s+что)|"
    "придерживается (?:мнения|позиции|точки зрения)|"
    "не видит(?= смысла| оснований| причин| необходимости| альтернатив| возможност| препятстви)|"
    "высказывается|утверждает|указывает|напоминает|добавляет|поясняет|уточняет|признает|"
    "признаёт|настаивает|рассказывает|объясняет|обвиняет|призывает|называет|"
    # "Захарова подытожила, что ...": summing up with what was said ("заключил договор" says
    # nothing).
    "подытожил(?:а|и)?(?=,?\\s+что)|заключил(?:а|и)?(?=,?\\s+что)"
)
# Grouped by first letter: the same matches, some five times faster (it is run on every
# sentence of a report).
_SAY_WORDS = first_letter_alternation(top_level_alternatives(_SAY_ALTERNATIVES))
_SAY_RE = re.compile(rf"(?<![\w-])(?:{_SAY_WORDS})(?![\w-])", re.IGNORECASE)
_ACCORDING_RE = re.compile(
    r"(?<![^\W\d_])(?:according to|in the words of|по (?:словам|мнению|оценке|информации|"
    r"выражению)|с точки зрения)\s+",
    re.IGNORECASE,
)
_MADE_STATEMENT = (
    r"(?:statement|remarks?|comments?|announcement)\s+(?:was|were|has\s+been|had\s+been)\s+made"
)
# '"...," the statement read.', '"...," the Kremlin's readout reads': a document closing a quote.
_DOCUMENT_READS_RE = re.compile(
    r"[\"”»’]\s*,?\s*(?:[–—-]\s*)?(?:the|a|its|their)\s+(?:[\w'’-]+\s+){0,2}?(?:statement|"
    r"communiqu[eé]|readout|release|document|letter|message|declaration|text)\s+reads?"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
# "This was stated by Foreign Minister Sergey Lavrov": the passive names its speaker after "by".
_PASSIVE_RE = re.compile(
    r"(?<![^\W\d_])(?:(?:was|were|has been|had been|as) (?:stated|said|announced|noted|declared|"
    r"stressed|told|reported|indicated|pointed out|expressed|voiced|explained|relayed|conveyed)"
    # "The corresponding statement was made by ...": the Russian «Соответствующее заявление
    # сделал ...» in an English copy.
    rf"|{_MADE_STATEMENT})"
    # "This was stated on Thursday by ...", "... was said earlier today by ...", "This was
    # announced on Sunday, December 27, by ...": a time between the verb and its "by".
    r"(?:\s+(?:on|earlier|later|today|yesterday|last)(?:,?\s+[\w-]+){0,3}?,?)? by\s+",
    re.IGNORECASE,
)
# Every passive of the pattern holds its "by" (see may_hold): most sentences hold none.
_PASSIVE_ANCHORS = (" by",)
# "Such was the view of Maria Zakharova", "So said Peskov": a sentence that gives the words
# before it to the one it names.
_VIEW_OF_RE = re.compile(
    r"^\W*(?:(?:such|this|that)\s+(?:was|is)\s+(?:the\s+)?(?:view|opinion|position|"
    r"assessment|conclusion|verdict)\s+of|(?:so|thus)\s+said)\s+",
    re.IGNORECASE,
)
_ACCORDING_PRONOUN_RE = re.compile(
    r"(?<![^\W\d_])(?:according to (?:him|her)|in (?:his|her) (?:opinion|view|words)|"
    # ("По его данным", "по ее оценке": what he or she knows or judges, in his words too.)
    r"по (?:его|ее|её) (?:словам|мнению|данным|оценке|информации))(?![^\W\d_])",
    re.IGNORECASE,
)
# "In Lavrov's view, ...", "In the minister's opinion, ...", "From Lavrov's point of view, ...":
# a sentence opening on whose view it gives, the owner before "'s".
_POSSESSIVE_VIEW_RE = re.compile(
    r"^\W*(?:in|from)\s+(?P<whose>(?:[^\s,;:.!?'’]+\s+){0,4}?[^\s,;:.!?'’]+)['’]s?\s+"
    r"(?:view|opinion|words|point of view|assessment|estimation)\s*,",
    re.IGNORECASE,
)
# Every match of the pattern above opens with one of these (see may_hold).
_POSSESSIVE_VIEW_ANCHORS = ("'s ", "’s ", "s' ", "s’ ")
# "as the President said": a reference to someone's words, not a change of speaker.
_AS_BEFORE_RE = re.compile(
    r"(?:^|[\s,(])(?:as|как)\s+(?:[^\s,;:.!?\"«»“”]+\s+){0,5}$", re.IGNORECASE
)
# "..., как уточнил Грушко, ...": an aside inside a Russian sentence, after a comma ...
_AS_ASIDE_BEFORE_RE = re.compile(r"[^\W\d_],\s+как\s+$", re.IGNORECASE)
# ... with a name (a surname, or a first name and a surname) right after its verb, then a comma.
_AS_ASIDE_AFTER_RE = re.compile(r"\s+(?P<name>[А-ЯЁ][а-яё-]+(?:\s+[А-ЯЁ][а-яё-]+)?)\s*,")
# ... or with a post of a few words («как заметил министр иностранных дел России,»).
_AS_ASIDE_POST_RE = re.compile(r"\s+(?P<post>[а-яё][а-яё-]+(?:\s+[А-ЯЁа-яё][а-яё-]*){0,5})\s*,")
# Its verb tells of the words just given ("уточнил", "отметила"), not of earlier ones
# ("как заявлял Путин", "как говорил").
_AS_ASIDE_VERB_RE = re.compile(
    r"(?:уточнил|отметил|подчеркнул|пояснил|добавил|сказал|заявил|указал|заметил)[аи]?",
    re.IGNORECASE,
)
# "As Sergei Shoigu pointed out, ...", "Как отметил Шойгу, ...", "Как заметил сам Путин:
# «...»": a sentence that opens by saying whose words it gives (a ministry's release, a
# retelling), unlike "..., as the President said".
_AS_OPENING_RE = re.compile(
    rf"^\W*(?:as|как)\s+(?:[^\s,;:.!?\"«»“”]+\s+){{0,6}}?(?:{_SAY_WORDS})"
    rf"(?:\s+[^\s,;:.!?\"«»“”]+){{0,6}}[,:]",
    re.IGNORECASE,
)
# "This is what X told reporters", "That's what X said": X is the subject of the verb after it,
# and said the sentences before too (see _BACK_REFERENCE_RE).
_THIS_IS_WHAT_RE = re.compile(r"^\W*(?:this|that)(?:\s+is|'s|’s|\s+was)\s+what\s+", re.IGNORECASE)
# "Об этом заявила X", "This was stated by X": X said the sentences before too.
_BACK_REFERENCE_RE = re.compile(
    # ("Как передает Report, об этом ... заявил X": after the outlet that passes it on.)
    r"^\W*(?:как\s+(?:переда[её]т|передают|сообща[ею]т|пишет|пишут)\s+[^,.;:!?]{1,40},\s*)?"
    r"(?:об этом|на это|внимание\s+на\s+это|это|так|соответствующ\w*|this was|that was|so|thus|such"
    # "This, opening the spring session, said the Chairman ...": «Об этом, открывая ...,
    # заявила ...» translated word for word.
    r"|this(?=\s*,)"
    r"|(?:this|that)(?:\s+is|'s|’s|\s+was)\s+what"
    rf"|(?:the|this|that|such\s+a)\s+(?:corresponding\s+)?{_MADE_STATEMENT}"
    # "Такую оценку встрече дал Ушаков", "Такое заявление сделал Галузин": what was said just
    # before, by its name.
    r"|так(?:ое|ую|ой|ие)\s+(?:заявлени[ея]|мнени[ея]|оценк[уи]|позици[юи]|прогноз|"
    r"предупреждени[ея]|комментари[йи]|слова)"
    # "Такой информацией (мнением) чиновница поделилась с журналистами".
    r"|(?:такой|этой|подобной)\s+информацией|(?:таким|этим|подобным)\s+мнением"
    r"|с\s+(?:таким|подобным|соответствующим|этим)\s+(?:заявлением|предупреждением|призывом|"
    r"мнением))"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
# "Hakan Fidan said this in a press release": as "This was stated by X" (not "said this week":
# only a stop or a word of where, when or to whom follows).
_SAID_THIS_RE = re.compile(
    r"(?<![\w-])(?:said|stated|wrote|noted|announced)\s+this(?=\s*(?:[.,;]|$)|\s+(?:in|on|at|"
    r"during|after|while|when|to|ahead|before|via)\s)"
)
# The words that open such a sentence: "Такое", "Соответствующее заявление дипломат сделал".
_SAID_OBJECT_OPENERS = frozenset(
    "такое такую такой такие таким соответствующее соответствующую соответствующий "
    "соответствующие подобное подобную подобный подобные подобной подобным этой этим".split()
)
# Those words with the words for what was said, which open such a sentence before its
# subject: not part of it ("Такое мнение дипломат высказала").
_SAID_OBJECT_WORDS = _SAID_OBJECT_OPENERS | frozenset(
    "заявление заявления мнение мнения оценку оценки позицию позиции прогноз предупреждение "
    "предупреждения комментарий комментарии слова информацией мнением".split()
)
# Russian posts in the nominative that stand for the story's official by themselves.
_RU_BARE_POSTS = frozenset(
    "премьер премьер-министр министр дипломат посол спикер председатель постпред "
    "пресс-секретарь".split()
)
# A Russian adjective's ending in the nominative: "финский", "российская", "новое".
_RU_ADJECTIVE_END_RE = re.compile(r"(?:ий|ый|ой|ая|яя|ое|ее)$")
_PRONOUNS = frozenset({"he", "she", "он", "она", "him", "her"})
# Russian forms of address written lower-case before a surname ("господина Рябкова").
_HONORIFICS = frozenset("господин господина госпожа госпожи г-н г-на г-жа г-жи".split())
_SECOND_PERSON = frozenset({"you", "вы", "ты"})
_POSSESSIVES = frozenset({"его", "ее", "её", "их", "his", "its", "their"})
# Nouns for a person already named: "the minister said", "дипломат отметил".
_POST_NOUNS = frozenset(
    """
    minister spokesman spokeswoman spokesperson diplomat envoy ambassador representative
    secretary official premier head chief deputy fm politician mp parliamentarian
    press-secretary
    министр дипломат представитель пресс-секретарь постпред спикер замглавы замминистра посол
    председатель
    премьер-министр премьер-министра
    премьер глава министра дипломата представителя пресс-секретаря постпреда посла премьера
    главы госслужащий госслужащая госслужащей госслужащего чиновник чиновница чиновника
    чиновницы представительница представительницы политик политика секретарь секретаря
    заместитель заместителя
    диппредставитель диппредставителя вице-спикер вице-спикера сенатор сенатора генконсул
    генконсула консул консула consul полпред полпреда посланник посланника зампред зампреда
    вице-премьер вице-премьера депутат депутата парламентарий парламентария
    эмиссар эмиссара emissary
    """.split()
)
# Posts of a legislature, ours only when the words before them say so ("the Russian senator").
_SENATE_POSTS = frozenset({"senator", "lawmaker", "legislator"})
_RUSSIAN_WORDS = frozenset({"russian", "russia's", "russias"})
# Words that name someone as a member of a parliament, so "the legislator" may mean them.
_LEGISLATOR_WORDS = frozenset(
    "mp senator lawmaker legislator parliamentarian congressman congresswoman".split()
)


def _names_legislator(text: str) -> bool:
    """Whether a sentence calls someone a member of a parliament ("MP Aleksey Pushkov")."""
    return any(_key(word) in _LEGISLATOR_WORDS for word in text.split())


# Words that may stand with such a noun and still mean the page's own (Russian) speaker: "the
# Russian foreign minister", "официальный представитель МИД России". Any other word ("the
# Finnish minister", "his Turkish counterpart") points at someone else.
_OWN_SIDE_WORDS = frozenset(
    """
    the russian russia kremlin foreign ministry minister president presidential press prime
    permanent representative first deputy top federation of for to un security council mfa
    state official affairs acting defence defense policy российский российского официальный
    официального мид мида россии рф внешнеполитического ведомства президента кремля генеральный
    постоянный обороны минобороны дипведомства главный главы military department военного
    оборонного senior high-ranking высокопоставленный высокопоставленного русского совбеза
    совета безопасности кремлевский кремлёвский кремлевского кремлёвского первый первого
    veteran seasoned longtime long-serving diplomacy moscow
    отечественный отечественного хозяина российской нашего нашей
    new новый нового новая новой
    совфеда федерации госдумы думы комитета международным делам
    банка цб центробанка регулятора правительства кабмина минфина минэкономразвития минэнерго
    росатома роскосмоса администрации региона области края республики города столицы
    """.split()
)
# The words of a post's name after its noun: "министр иностранных дел" is "the foreign
# minister" (only in a subject: in a name's title they are no stop, "с главой МИД Японии ...
# министр иностранных дел России Сергей Лавров", see _after_preposition).
_POST_OF_WORDS = frozenset({"иностранных", "дел"})
# The organisations Russia keeps a permanent representative at («постпред при ООН»).
_POSTED_AT_ORGANISATIONS = frozenset("оон обсе нато ес магатэ юнеско оз".split())
# Words that may open a Russian sentence whose verb of saying has no subject ("И добавила:").
_LINKING_WORDS = frozenset("и а но также тоже затем потом еще ещё кроме того при этом".split())
# Words between a subject and its verb: "Peskov also said", "Lavrov has repeatedly stated".
_BETWEEN_WORDS = frozenset(
    """
    also further then again later earlier however once already previously repeatedly still
    has had have was is would will been in his her its turn
    specifically particularly separately publicly personally openly firmly
    также тоже ранее прежде уже еще ещё вновь снова неоднократно затем потом тогда же не
    особо отдельно дополнительно лично прямо открыто публично категорически решительно
    сразу сходу вчера сегодня накануне today yesterday
    ребром жестко жёстко резко четко чётко твердо твёрдо кратко коротко вкратце подробно
    журналистам корреспондентам репортерам репортёрам собравшимся
    """.split()
)
# The same in more than one word: "Министр с ходу заявил", "Лавров ещё раз подчеркнул".
_BETWEEN_PHRASES = frozenset({("с", "ходу"), ("еще", "раз"), ("тут", "же"), ("сразу", "же")})
_NOT_A_NAME = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
    | {"понедельник", "вторник", "среду", "среда", "четверг", "пятницу", "пятница"}
    | {"субботу", "суббота", "воскресенье"}
    | set(MONTHS)
)
# "I" or "we" as the subject: an official's own words say it, a report's narration does not
# (possessives like "our site" come from the site's own furniture too).
# (Not an initial: "A.I. Antonov", "I. Ivanov", «Я.Ю. Петров».)
_FIRST_PERSON_RE = re.compile(
    r"(?<![^\W\d_])(?:(?<![A-ZА-ЯЁ]\.)(?<![A-ZА-ЯЁ]\.\s)(?:I|[Яя])(?!\.\s?[A-ZА-ЯЁ])|[Ww]e|[Мм]ы)"
    r"(?![^\W\d_])"
)
# A quote's words that say who speaks is a person: "I", "my", "we", "our", «я», «мой», «мы».
_SPEAKS_FOR_SELF_RE = re.compile(
    r"(?<![^\W\d_])(?:I|me|my|we|us|our|я|меня|мне|мой|моя|мое|моё|мои|мы|нас|нам|наш\w*)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
_QUOTE_OPEN = "\"'«“„”"
_QUOTE_CLOSE = "\"'»”“’"
#: A page is written as a report when fewer than this share of its narration's sentences say
#: "I" or "we" outside quotes (an official's own remarks are full of them).
_MAX_FIRST_PERSON_SHARE = 0.3
#: How far before a verb its subject is looked for (words).
_SUBJECT_WINDOW = 20


class Ref(Enum):
    """A sentence's speaker when it is not named there."""

    PRONOUN = "he said: the last person named"
    OWN_POST = "the minister said: the last known official named, or the page's speaker"
    SOMEONE = "a subject that names no one we know: the Kremlin, the Finnish minister"
    JOURNALIST = "the interviewer asked, напомнила журналистка: the interviewer the page names"
    MODERATOR = "сказал модератор, the moderator said: the one moderator the page names"
    HEAD_OF_STATE = (
        "глава государства отметил: the story's main person, if the page calls him president"
    )
    AIDE = "Putin's spokesman said: the last known official named, unless it is Putin"
    RUSSIAN_PRESIDENT = (
        "сказал президент РФ, Russia's president noted: the one Russian president the page calls"
        " president"
    )
    LEGISLATOR = "the legislator stated: the last person named, if the page named them as one"


Sayer = str | Ref | None


def headline_speaker(title: str) -> str | None:
    """The person a title says is speaking.

    A headline in the form "Zakharova: ..." names its speaker like a label; "..., Peskov
    said" and "Nebenzya called for ..." name the one who speaks, even when another person is
    named first; "... – Medvedev" at the end names the one quoted. Otherwise the first known
    official named before the topic, or a post and a name (:func:`speaker_from_title`).
    """
    match = LABEL_RE.match(title)
    if match and (known := find_known_speaker(match.group("label"))):
        return known.name
    if match and (named := _first_named(match.group("label"))):
        return named  # "Alexander Zakharov: demand for trips to Russia is growing"
    if named := name_and_post(title):
        return named
    for say in _SAY_RE.finditer(title):
        # "Lavrov says Blinken lied": the subject before the verb speaks; only without one is
        # the name after it the sayer ("Russia will respond, says Lavrov").
        sayer = _sayer_of(title, say)
        if not isinstance(sayer, str):
            sayer = _sayer_of(title, say, inverted_ok=True)
        if isinstance(sayer, str):
            # "Prime Minister Vladimir Putin and his Mongolian counterpart Sanjaagiin Bayar
            # made statements ...": two speak, and neither is the page's alone.
            return None if _joint_subject(title[: say.start()], sayer) else sayer
    tail = re.search(r"[–—-]\s*([^–—-]{2,40})$", title)
    if tail and (known := find_known_speaker(tail.group(1))):
        return known.name
    return speaker_from_title(title)


def _joint_subject(before: str, sayer: str) -> bool:
    """Whether the words before a headline's verb join another person to its sayer ("X and
    his counterpart Y made statements")."""
    parts = re.split(r"\s(?:and|и)\s", before, maxsplit=1)
    # (Only a sayer named before the verb: "Telephone conversation of Putin and Macron is not
    # planned, said Peskov" has Peskov alone say it.)
    if len(parts) < 2 or not mentions(parts[1], sayer):
        return False
    other = speaker_from_title(parts[0]) or _first_named(parts[0])
    return other is not None and other != sayer


def name_and_post(title: str) -> str | None:
    """The person a title that is a name and a post names ("Dato' Zainol Abidin Omar,
    Ambassador of Malaysia to the Russian Federation"): the one whose words follow."""
    head, comma, post = title.partition(",")
    return _first_named(head, post=True) if comma and _POST_OPENING_RE.match(post) else None


def _first_named(words: str, *, post: bool = False) -> str | None:
    """The person ``words`` name, all of them, with a first name and a surname (a courtesy
    title before: "Dato' Zainol Abidin Omar"); None for anything else ("Ukraine crisis").
    ``post``: a post follows the words, so a first name we do not know is one too."""
    core = _COURTESY_RE.sub("", words.strip())
    name = person_name(core)
    if name is None or len(name.split()) < 2 or len(core.split()) > len(name.split()):
        return None
    return name if post or is_first_name_form(label_key(name.split()[0])) else None


# Courtesy titles before a name: "Dato'", "Dr", "H.E.", "Mr".
_COURTESY_RE = re.compile(r"^(?:(?:Dato|Datuk|Tan Sri|Dr|Mr|Mrs|Ms|H\.\s?E)[’'.]?\s+)+")
# A post opening the words after a name's comma: " Ambassador of ...", " Consul General ...".
_POST_OPENING_RE = re.compile(
    r"\s*(?:the\s+)?(?:(?:Russian|First|Deputy|Special|Permanent|Acting"
    r"|Extraordinary and Plenipotentiary)\s+)*"
    r"(?:Ambassador|Consul|Minister|Permanent Representative|Envoy|Spokes\w+|Press Secretary"
    r"|Chairman|Head|Director|Deputy)\b|\s*(?:(?i:чрезвычайный\s+и\s+полномочный)\s+)?"
    r"(?i:посол|генконсул|консул|министр|постпред|председатель|глава|директор|заместитель)\b",
)


# --- finding the subject of a verb of saying -------------------------------------------------


# A hyphen typed for a dash: spaced, or opening the text ('"...?" - the diplomat asked').
_SPACED_HYPHEN_RE = re.compile(r"(?:(?<=\s)|^)-(?=\s)")


# Words set off by commas between a subject and its verb of saying.
_PARENTHESIS_END_RE = re.compile(
    r",\s*(?:в частности|в свою очередь|в том числе|со своей стороны|среди прочего|"
    r"in particular|in (?:his|her|its|their) turn|for (?:his|her|its|their) part|however|"
    r"among other things)"
    r"\s*,$",
    re.IGNORECASE,
)


# The story's course between a subject and its verb: "между тем", "тем временем", "в свою
# очередь", "meanwhile", "in turn" (set off by commas or not).
_DISCOURSE_END_RE = re.compile(
    r"(?:,\s*)?(?:между\s+тем|тем\s+временем|в\s+свою\s+очередь|со\s+своей\s+стороны|"
    r"meanwhile|in\s+turn|for\s+(?:his|her|its|their)\s+part)\s*,?$",
    re.IGNORECASE,
)
# The last word of every match above: most clauses are spared the pattern.
_DISCOURSE_LAST_WORDS = frozenset("тем временем очередь стороны meanwhile turn part".split())


def _clause_before(text: str) -> str:
    """The clause just before a verb (``text`` with its quotes blanked out): back to a dash
    (or a hyphen typed for one, spaced: '"...?" - the diplomat asked'), a colon or a
    semicolon."""
    stripped = text.rstrip()
    if stripped.endswith(("—", "–")):
        # "Посол ... Александр Мацегора — человек, проработавший 41 год ..., — рассказал": the
        # subject before an aside set off by dashes.
        opening = max(stripped[:-1].rfind("—"), stripped[:-1].rfind("–"))
        between = stripped[opening + 1 : -1].strip()
        if (
            opening > 0
            and between[:1].islower()
            and any(w[:1].isupper() for w in text[:opening].split())
        ):
            return _clause_before(text[:opening])
    cut = max(text.rfind(mark) for mark in ("—", "–", ";", ":"))
    hyphens = [m.start() for m in _SPACED_HYPHEN_RE.finditer(text)]
    cut = max(cut, hyphens[-1] if hyphens else -1)
    words = (text[cut + 1 :] if cut >= 0 else text).split()[-_SUBJECT_WINDOW:]
    if words and words[-1].endswith(",") and (aside := _PARENTHESIS_END_RE.search(" ".join(words))):
        # "Он, в частности, заявил", "Cavusoglu, in his turn, said": the subject before the
        # words set off by commas.
        words = " ".join(words)[: aside.start()].split()
    elif (
        words
        and words[-1].strip(",").lower() in _DISCOURSE_LAST_WORDS
        and (discourse := _DISCOURSE_END_RE.search(" ".join(words)))
    ):
        # "Дональд Трамп между тем заявил", "Hakan Fidan meanwhile said": the same words of
        # the story's course without commas.
        words = " ".join(words)[: discourse.start()].split()
    while words:
        phrase = tuple(map(label_key, words[-2:])) in _BETWEEN_PHRASES  # "с ходу", "ещё раз"
        if not (
            (phrase and len(words) > 2)
            or label_key(words[-1]).strip(",") in _BETWEEN_WORDS
            or (words[-1].islower() and words[-1].endswith("ly"))
            # "дипломат иронично прокомментировала": a Russian adverb of manner.
            or (words[-1].islower() and len(words[-1]) >= 6 and words[-1].endswith(("но", "ски")))
        ):
            break
        del words[-2 if phrase else -1 :]
    return " ".join(words)


# A post's outlet in quotes between the post and the name: "корреспондент “Ъ” Андрей
# Колесников", "обозреватель «Известий» Иван Петров" (up to the post, then the quote).
_POST_OUTLET_RE = re.compile(
    r"^(?P<post>\s*(?:\S+\s+){0,3}?(?P<noun>\S+))\s+[“«\"„][^“”«»\"„]{1,30}[”»\"“]\s+"
    r"(?=[A-ZА-ЯЁ])"
)


# A particle inside a name: "da Silva", "bin Salman", "ас-Сиси", "аль-Асад", "el-Sisi".
_NAME_PARTICLE_RE = re.compile(
    r"^(?:(?:da|de|do|dos|das|di|du|van|von|der|bin|ibn|да|де|ду|дос|ван|фон|бин|ибн)"
    r"|(?:al|el|as|ad|ar|ash|at|az|an|аль|эль|ас|ад|ар|аш|ат|аз|ан)-[A-ZА-ЯЁ][^\W\d_]+)$"
)


def _name_particle(words: list[str], at: int) -> bool:
    """Whether ``words[at]`` is a particle of the name it stands in: a hyphened one with its
    part ("ас-Сиси"), or a bare one before a capitalised word ("da Silva")."""
    word = words[at].rstrip(",.;:!?")
    if not _NAME_PARTICLE_RE.match(word):
        return False
    return "-" in word or (at + 1 < len(words) and words[at + 1][:1].isupper())


# The outlet a Russian verb of saying had its words told to, before the subject: «в интервью
# «Известиям»», «в беседе с «Коммерсантом»», «РИА Новости» after «заявил».
_OUTLET_BEFORE_SUBJECT_RE = re.compile(
    r"^\s*(?:в\s+(?:интервью|беседе\s+с)\s+)«[^«»]{1,40}»\s+(?=[а-яёА-ЯЁ])"
)
# A name set off by a comma after a post, closing the sentence: ", Ermek Kosherbayev."
_APPOSED_NAME_RE = re.compile(r",\s+(?P<name>(?:[A-Z][\w'’-]+\s+){1,2}[A-Z][\w'’-]+)\s*(?:[.;]|$)")


# A name, then its holder's post set off by commas, and nothing else: "Alexander Shchetinin,
# director of the ministry's Latin America department,".
_NAME_THEN_POST_CLAUSE_RE = re.compile(
    r"^(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}),\s+(?:the\s+)?[^,]{0,80}?"
    r"\b(?i:director|head|minister|ambassador|spokes\w+|envoy|chief|deputy|official|"
    r"representative|secretary|chairman|adviser|advisor|consul|senator)\b[^,]{0,80},?$"
)


# A sentence's opening that says what it is about: "Regarding ...,", «Что касается ...,».
_TOPIC_OPENING_RE = re.compile(
    r"^\s*(?:regarding|as for|as to|concerning|with regard to|in regard to|speaking (?:of|about)"
    r"|commenting on|что касается|касаясь|говоря о|говоря об|комментируя)\b",
    re.IGNORECASE,
)


def _words_after(text: str, limit: int = 8) -> str:
    """The words just after a verb that may be its subject ("заявила Захарова в эфире"; a
    post's outlet in quotes is passed over: "считает корреспондент “Ъ” Андрей Колесников")."""
    if (outlet := _POST_OUTLET_RE.match(text)) and (
        _key(outlet.group("noun")) in _NAMED_POST_NOUNS
    ):
        text = f"{outlet.group('post')} {text[outlet.end() :]}"
    # «заявил в интервью «Известиям» посол ...»: the outlet told, before the subject.
    text = _OUTLET_BEFORE_SUBJECT_RE.sub("", text, count=1)
    if (site := _SITE_RE.match(text.lstrip())) and text.lstrip()[
        site.end() : site.end() + 1
    ] == " ":
        text = text.lstrip()[site.end() :]  # "заявил NEWS.ru председатель ...": the site told
    clause = re.split(r"[.;:!?](?=\s|$)|[\"«»“”„(]|,\s", text, maxsplit=1)[0]
    if (named := _APPOSED_NAME_RE.match(text, len(clause))) and any(
        _key(word) in _POST_NOUNS or is_post_word(_key(word)) for word in clause.split()
    ):
        # "said the Ambassador of Kazakhstan to Moscow, Ermek Kosherbayev.": the post, then
        # the name set off by a comma at the sentence's end.
        return named.group("name")
    words = clause.split()[:limit]
    if words and _key(words[0]) == "the" and len(words) > 1 and _key(words[1]) in _POST_NOUNS:
        # "..., said the Ambassador of Russia in Colombia Sergey Koshkin": the article before
        # a post, and room for the name after the post's places.
        words = clause.split()[1 : limit + 4]
    kept: list[str] = []
    for at, word in enumerate(words):
        key = _key(word)
        own = key in _POST_NOUNS or key in _OWN_SIDE_WORDS or key in _PRONOUNS
        own = own or key in _JOURNALIST_NOUNS  # "- уточнила журналистка."
        own = own or key in _HONORIFICS  # "По словам господина Рябкова, ..."
        own = own or key in _HEAD_NOUNS  # "- добавил российский лидер."
        # "Как отметил пресс-секретарь российского лидера, ...": whose aide he is.
        own = own or (key == "лидера" and bool(kept))
        # "- указал глава государства": the head of state, not a post alone ("глава").
        own = own or (key == "государства" and bool(kept) and _key(kept[-1]) == "глава")
        if kept and _outlet_after_name(kept[-1], word):
            break  # "- сказал Песков ТАСС", "- сообщил Рябков РИА Новости": the one told
        if kept and (key in _NOT_A_NAME or _told_after_surname(kept[-1], word)):
            break  # "said Ashrafhanov Thursday", "- сказал Путин Бердымухамедову": not his name
        if word[:1].isupper() or own or key in _POSSESSIVES or _adjective_of_named_post(words, at):
            kept.append(word)
        elif kept and kept[-1][:1].isupper() and _name_particle(words, at):
            kept.append(word)  # "заявил Абдель Фаттах ас-Сиси", "said ... Augusto da Silva Cunha"
        elif kept and not any(w[:1].isupper() for w in kept) and _named_next(words, at):
            # "- подчеркнул глава госдепартамента США": the post is of the one the words after
            # it name, not the page's own.
            return " ".join(words)
        elif _post_place(kept, words, at):
            kept.append(word)  # "заявил посол Ирана в РФ Казем Джалали"
        elif _post_qualifier(kept, words, at):
            kept.append(word)  # "сообщил посол африканского государства в Москве Бенсон Огуту"
        elif kept and _CHAMBER_HEAD_RE.search(" ".join(map(_key, [*kept, *words[at : at + 2]]))):
            # "— уточнила глава верхней палаты": our parliament's head by post, whole.
            kept += words[at : at + 2]
            break
        elif (
            kept
            and _key(kept[-1]) in _POST_NOUNS
            and _OBLIQUE_ADJECTIVE_RE.fullmatch(key) is not None
        ):
            # "— сказал зампред немецкой партии": a post of someone else's side, whose
            # adjective stands after the noun.
            kept.append(word)
            break
        else:
            break
    return " ".join(kept)


# A Russian adjective in an oblique case after a post noun: "зампред немецкой партии".
_OBLIQUE_ADJECTIVE_RE = re.compile(r"[а-яё]{2,}(?:ого|его|ой|ей|ых|их)")
# A Russian genitive, adjective or noun, qualifying a post: "африканского", "государства".
_GENITIVE_WORD_RE = re.compile(r"[а-яё]+(?:ого|его|ой|ей|ых|их|ства|ции|ики)")


def _post_qualifier(kept: list[str], words: list[str], at: int) -> bool:
    """Whether ``words[at]`` is one of at most two lower-case genitives right after a post,
    before where it is held and the name ("посол африканского государства в Москве Бенсон
    Огуту"): the name after them is still the subject's."""
    after_post = bool(kept) and (
        _key(kept[-1]) in _POST_NOUNS
        or (
            len(kept) >= 2
            and _key(kept[-2]) in _POST_NOUNS
            and _GENITIVE_WORD_RE.fullmatch(kept[-1]) is not None
        )
    )
    if not after_post:
        return False
    rest = words[at + 1 :]
    return (
        _GENITIVE_WORD_RE.fullmatch(words[at]) is not None
        and any(_key(w) in _POST_PLACE_PREPOSITIONS for w in rest[:2])
        and any(w[:1].isupper() for w in rest[1:4])
    )


#: Prepositions of the place where a post is held: "посол Ирана в РФ", "постпред при ООН",
#: "the Ambassador of Russia in Colombia Sergey Koshkin".
_POST_PLACE_PREPOSITIONS = frozenset({"в", "во", "при", "of", "in", "to"})


def _post_place(kept: list[str], words: list[str], at: int) -> bool:
    """Whether ``words[at]`` opens where the post among the words ``kept`` is held, a
    preposition before a capitalised place ("посол Ирана в РФ Казем Джалали"): the name after
    it is still the subject's."""
    return (
        _key(words[at]) in _POST_PLACE_PREPOSITIONS
        and at + 1 < len(words)
        and words[at + 1][:1].isupper()
        and any(_key(word) in _POST_NOUNS for word in kept)
    )


def _opening_subject_of(masked: str) -> Sayer:
    """The person or reference the words opening a sentence name, as a participle's or a
    gerund's subject."""
    opening = _words_after(masked.lstrip(' «"“„—–-'), limit=6)
    return (person_name(opening) or _reference(opening)) if opening else None


def _russian_gerund(verb: str, before: str) -> bool:
    """Whether a Russian verb of saying is a gerund ("сказав", "подчеркнув") after a single
    clause and its comma: its subject is the one that opens the sentence ("Мария Ситтель
    представила гостей, сказав, что ..."; not after a clause of its own: "Когда ..., ...")."""
    return verb.casefold().endswith("в") and has_cyrillic(verb) and before.count(",") == 1


def _adjective_of_named_post(words: list[str], at: int) -> bool:
    """Whether ``words[at]`` is a Russian adjective of a post that a name follows: "считает
    специальный корреспондент Андрей Колесников" (not "российский лидер" alone)."""
    key = _key(words[at])
    if at + 2 >= len(words) or not _RUSSIAN_ADJECTIVE_RE.search(key) or not has_cyrillic(key):
        return False
    noun = _key(words[at + 1])
    return noun in _NAMED_POST_NOUNS and words[at + 2][:1].isupper()


def _acronym(word: str) -> bool:
    """ "ТАСС", "RT", "МИД": a word of two capitals or more (not initials, "С.В.")."""
    bare = word.strip(",.;:")
    return len(bare) >= 2 and bare.isalpha() and bare.isupper()


def _outlet_after_name(before: str, word: str) -> bool:
    """Whether ``word`` is an outlet's acronym that follows a name after a verb ("сказал
    Песков ТАСС"): the outlet told, in the dative, not part of the name; after a post it may be
    its country or body ("Председатель КНР Си Цзиньпин")."""
    if _acronym(word) and _key(before) in _NO_BODY_POSTS:
        # "- сказал российский дипломат АНВ. -": a diplomat heads no body; the outlet told.
        return True
    return (
        _acronym(word)
        and before[:1].isupper()
        and not _acronym(before)
        and not before.endswith(",")
        and not is_post_word(_key(before))
    )


# A Russian name in the dative ("Бердымухамедову", "Блинкену"): no nominative name ends so.
_DATIVE_NAME_RE = re.compile(r"[А-ЯЁ][а-яё-]{2,}[ую]")


def _told_after_surname(before: str, word: str) -> bool:
    """Whether ``word`` is the one told, in the dative, after the sayer's surname ("- сказал
    Путин Бердымухамедову"): after a first name it is the surname ("сказал Сергей Шойгу")."""
    bare = before.strip(",.;:")
    return (
        _DATIVE_NAME_RE.fullmatch(word.strip(",.;:")) is not None
        and has_cyrillic(bare)
        and bare[:1].isupper()
        and not is_first_name_form(bare.casefold())
        and not is_post_word(_key(bare))
    )


# Posts named by nouns that take no body after them (unlike "глава МИД", "посол РФ").
_NO_BODY_POSTS = frozenset({"дипломат", "diplomat"})


def _named_next(words: list[str], at: int) -> bool:
    """Whether ``words[at]`` is a lower-case word that a capitalised one follows: the
    qualifier of a post ("госдепартамента США", "минобороны Украины")."""
    return at + 1 < len(words) and words[at][:1].islower() and words[at + 1][:1].isupper()


# Where the clause after a verb stops holding its subject: "заявила, что ...", "said that".
_CLAUSE_STOP_RE = re.compile(
    r"(?<![^\W\d_])(?:что|чтобы|будто|ли|как|о том|that|whether|if)(?![^\W\d_])"
    # (Not a site's dot, "заявил NEWS.ru председатель ...", nor an initial's, "говорит Г.
    # Гатилов".)
    r"|(?<!(?<![^\W\d_])[A-ZА-ЯЁ])\.(?!(?:ru|com|org|net|info|рф|su|ua|by|kz)(?![^\W\d_]))"
    r"|[;:!?«»\"“”„]",
    re.IGNORECASE,
)


# A site by its domain, told something: "NEWS.ru", "Lenta.ru", "RT.com".
_SITE_RE = re.compile(r"[\w-]+\.(?:ru|com|org|net|info|рф|su|ua|by|kz)", re.IGNORECASE)


def _person_after(text: str, masked: str | None = None) -> str | None:
    """The first person named after a Russian verb, before its "что" clause: "Об этом заявила
    в четверг, 7 октября, официальный представитель МИД Мария Захарова в эфире ..." (a quoted
    name on the way, «60 минут», does not end the search: ``masked`` has quotes blanked)."""
    stop = _CLAUSE_STOP_RE.search(text if masked is None else masked)
    words = (text[: stop.start()] if stop else text).split()[:_SUBJECT_WINDOW]
    floor = 0  # where the subject's words may start: after a name that is someone else's
    aside_end = -1  # the last word of a gerund's clause set off by commas
    for start, word in enumerate(words):
        if start <= aside_end:
            continue
        if start and words[start - 1].endswith(",") and _GERUND_RE.match(word):
            # "..., — сказала официальный представитель МИД, комментируя слова Санду о ...":
            # a name in a gerund's clause is what it comments on, not the one who speaks.
            aside_end = next(
                (i for i in range(start, len(words)) if words[i].endswith(",")), len(words)
            )
            floor = aside_end + 1
            continue
        if _SITE_RE.fullmatch(word.rstrip(",.;:")):
            floor = start + 1  # "заявил NEWS.ru председатель ...": the site told, no name
            continue
        if not word[:1].isupper() or _key(word) in _NOT_A_NAME:
            continue
        end = start
        while end + 1 < len(words) and words[end + 1][:1].isupper() and "," not in words[end]:
            end += 1
        if end > start and _oblique_surname(word):
            # "спросила у Путина Ситтель": the one asked, then the asker's own name.
            floor = start + 1
            continue
        span = " ".join(words[floor : end + 1]).rstrip(",").rsplit(",", 1)[-1]
        if _oblique_post_head(span):
            # "Российская сторона предупредила гендиректора МАГАТЭ Рафаэля Гросси, что ...":
            # a post in another case than the nominative heads the one warned, not the sayer.
            floor = end + 1
            continue
        name = person_name(span)
        # "на Ближнем Востоке", "с Сергеем Лавровым": a name after a preposition, or not in
        # the nominative, is no subject.
        if name and not _after_preposition(span) and not _oblique(span):
            return name
    return None


# Russian nouns of a post in the nominative (speakers.NOMINATIVE_POSTS, and a head's), and the
# endings their other cases take: "гендиректора", "генсеку", "председателем", "главы" head no
# verb's subject.
_POST_NOMINATIVES = NOMINATIVE_POSTS | {"руководитель"}
_OBLIQUE_POST_ENDINGS = (
    ("ом", ""), ("ой", "а"), ("ем", "ь"), ("а", ""), ("у", ""), ("е", ""), ("ы", "а"),
    ("у", "а"), ("е", "а"), ("я", "ь"), ("ю", "ь"), ("ю", "й"), ("я", "й"),
)  # fmt: skip


def _oblique_post_head(span: str) -> bool:
    """Whether the words after a Russian verb open with a post in another case than the
    nominative ("гендиректора МАГАТЭ Рафаэля Гросси", "генсеку ООН"): an object's words."""
    words = span.split()
    if not words or not words[0].islower():
        return False
    key = _key(words[0]).replace("ё", "е").removeprefix("экс-")
    if key in ("посла", "послу", "послом"):
        return True
    if key.startswith("зам") and not key.startswith("замест"):
        return False  # "замминистра", "замглавы": a deputy's post, the same in every case
    if any(key.endswith(post) for post in _POST_NOMINATIVES):
        return False
    return any(
        key.endswith(ending) and (key[: -len(ending)] + nominative).endswith(post)
        for ending, nominative in _OBLIQUE_POST_ENDINGS
        for post in _POST_NOMINATIVES
        if len(key) > len(ending) + 2
    )


def _oblique_surname(word: str) -> bool:
    """Whether a word is a known person's surname in another case than the nominative
    ("Путина", "Лаврову"): no first name of the capitalised word after it."""
    key = _key(word).replace("ё", "е")
    return key in _KNOWN_SURNAME_FORMS and key not in known_label_forms()


def _key(word: str) -> str:
    key = label_key(word).strip(",.;:()")
    return key[:-2] if key.endswith("'s") else key


# Words opening a reported clause: a verb of saying after them is the reported person's.
_SUBORDINATE = frozenset(
    {"что", "чтобы", "будто", "чем", "that", "whether", "if", "what", "why", "how"}
    # "the play-by-play of everything he said": what was said, not a sayer.
    | {"everything", "anything", "something", "whatever"}
)
_RELATIVE = frozenset(
    {"who", "which", "whom", "whose", "where", "который", "которая", "которые", "которое"}
)

# Conjunctions opening a clause of time or cause inside a sentence: "..., after X said".
_CONJUNCTIONS = frozenset({"after", "before", "when", "since", "until", "because", "once"})


def _after_conjunction(words: list[str]) -> bool:
    """Whether the name (with its post) that ends ``words`` is the subject of a clause of time
    or cause that follows the sentence's own words ("returned to Moscow after U.S. President
    Joe Biden")."""
    at = _name_start(words)
    if at == len(words):
        return False
    while at > 0 and (words[at - 1][:1].isupper() or is_post_word(_key(words[at - 1]))):
        at -= 1
    if at > 0 and _key(words[at - 1]) == "the":
        at -= 1
    return at > 1 and _key(words[at - 1]) in _CONJUNCTIONS


# Where a subject's phrase of place or time starts: "X at the conference said".
_PLACE_PHRASE_RE = re.compile(r"\s+(?:at|during|in|on|after|while|before)\s+(?=\S)")


# Two names joined right before a verb: "Fahmy and Lavrov", "Лавров и Ван И".
_TWO_NAMES_RE = re.compile(
    r"[A-ZА-ЯЁ][\w'’-]+\s+(?:and|и)\s+[A-ZА-ЯЁ][\w'’-]+(?:\s+[A-ZА-ЯЁ][\w'’-]+)?$"
)


#: At most this many words stand between "заявление" and "сделал" as the subject.
_INSIDE_SUBJECT_WORDS = 3


def _inside_said_noun(verb: str) -> str | Ref | None:
    """The subject between the noun and the verb of "заявление ... сделал" ("Соответствующее
    заявление дипломат сделал", "Такое заявление Рябков сделал"): a name, a post or a
    pronoun that is all the words there; None for a circumstance ("в ходе брифинга")."""
    words = verb.split()
    if len(words) < 3 or not _key(words[0]).startswith(("заявлени", "комментари")):
        return None
    inside = " ".join(words[1:-1])
    if len(words) - 2 > _INSIDE_SUBJECT_WORDS:
        return None
    return person_name(inside) or _reference(inside)


def _last_person(clause: str) -> str | None:
    """The subject of a verb, in the clause before it: the name right before the verb
    ("..., Kremlin spokesman Dmitry Peskov said"), the name before an apposition ("Dmitry
    Peskov, the press secretary of the President, told"), or else a known official named
    further back ("Мария Захарова в эфире радиостанции сообщила")."""
    chunks = [c.strip() for c in clause.split(",")]
    # "..., Dmitry Peskov, who arrived in New York, stated": the relative clause is not it.
    chunks = [c for c in chunks if c and _key(c.split()[0]) not in _RELATIVE]
    if not chunks:
        return None
    if _TWO_NAMES_RE.search(chunks[-1]):
        return None  # "Fahmy and Lavrov announced ...": two people, no one sayer
    if len(chunks) >= 2 and (
        _SUBJECT_PRONOUN_RE.fullmatch(chunks[-1]) or chunks[-1].casefold() in ("он", "она")
    ):
        # "Taking a dig at former US President Joe Biden, he said", «Во время встречи с главой
        # МИД КНР Ван И, он подчеркнул»: the pronoun after the comma is the subject; the one
        # named is the object of the phrase before it.
        return None
    if len(chunks) >= 2 and _pronoun_clause(chunks[-1]):
        # "X held talks with Y in Moscow, after which he noted": so after a connective.
        return None
    if _SOURCES_RE.search(chunks[-1]) and not person_name(chunks[-1]):
        # "The talks between Putin and Erdogan were positive, Turkish presidential sources have
        # said": unnamed sources are the subject, not an official named further back.
        return None
    words = chunks[-1].split()
    if len(words) >= 2 and _key(words[-1]) in _AIDE_NOUNS and words[-2][:1].isupper():
        # "Putin aide noted ...": the one who works for the name, not the name (see
        # _reference).
        return None
    # "advisers to US President Donald Trump advised", "в интервью корреспонденту Ксении
    # Байгаровой высказывается": a name after a preposition, or in another case than the
    # nominative, is not the subject.
    name = person_name(chunks[-1])
    *before, last = chunks[-1].split()
    if (
        name
        and before
        and not is_known_official(name)
        and not is_first_name_form(label_key(before[-1]))
        and not _oblique(last)
    ):
        # "министром Лавровым Шойгу": a capitalised word before a known official's surname
        # that is no first name ("Ксения Шойгу" is someone else); the surname is the subject.
        alone = person_name(last)
        if alone and is_known_official(alone) and not _other_first_name(before[-1], alone):
            name = alone
    if name and not _after_preposition(chunks[-1]) and not _oblique(chunks[-1]):
        return name
    # "US Secretary of State Anthony Blinken at the UN Conference on Disarmament said": the
    # subject before a phrase of place or time.
    located = _PLACE_PHRASE_RE.split(chunks[-1], maxsplit=1)[0]
    name = person_name(located) if located != chunks[-1] else None
    if name and not _after_preposition(located) and not _oblique(located):
        return name
    # "Посол ... Сергей Нечаев в беседе с изданием Deutsche Wirtschaftsnachrichten сообщил":
    # the subject right before a circumstance of the verb (the outlet in it is no subject).
    circumstance = _SUBJECT_CIRCUMSTANCE_RE.search(chunks[-1]) if " в" in chunks[-1] else None
    located = chunks[-1][: circumstance.start()].rstrip() if circumstance else ""
    name = person_name(located) if located else None
    if (
        name
        and person_name(" ".join(located.split()[-_NAME_WORDS:])) == name
        and not _after_preposition(located)
        and not _oblique(located)
    ):
        return name
    apposition = len(chunks) >= 2 and _reference(chunks[-1]) is not None
    # (Not "During a press conference in St. Petersburg, an American journalist asked":
    # a place after a preposition.)
    if apposition and not _after_preposition(chunks[-2]) and (name := person_name(chunks[-2])):
        return name
    if apposition:
        # "When asked about ... former Prime Minister X in Japan, the Russian diplomat said":
        # the post right before the verb is its subject; whoever the clause before names is
        # what was asked about.
        return None
    for chunk in reversed(chunks):
        if named := _first_known_subject(chunk.split()):
            # "Lavrov thanked Xi Jinping for the support ... and noted": of two officials in
            # one clause, the first is the subject, the one after the verb its object.
            return named
    return None


def _first_known_subject(words: list[str]) -> str | None:
    """The first known official a clause names where a subject may stand."""
    for end in range(1, len(words) + 1):
        if not words[end - 1][:1].isupper() or _key(words[end - 1]) in _NOT_A_NAME:
            continue
        # The words up to here, or the surname alone after other capitalised words that
        # are no first name ("Госдумы Руденко заявил"; not "Ксении Шойгу").
        alone_ok = end < 2 or not is_first_name_form(label_key(words[end - 2]))
        # "Spokesman for Putin", "Putin's spokesman": the one spoken for is no subject.
        whole = " ".join(words[:end])
        if words[end - 1].endswith(("'s", "’s")) or _after_preposition(whole):
            continue
        for span in (whole, *([words[end - 1]] if alone_ok else [])):
            name = person_name(span)
            if name and is_known_official(name) and not _oblique(span):
                return name
    return None


#: Words that join a clause to the sentence before its own subject pronoun: "after which he",
#: "and then she", "whereupon he".
_CLAUSE_JOINERS = frozenset({"after", "which", "whereupon", "and", "but", "then", "so", "later"})


def _pronoun_clause(chunk: str) -> bool:
    """Whether a clause is joiners and then "he" or "she", its subject ("after which he")."""
    *joiners, last = chunk.split()
    return (
        bool(joiners)
        and _SUBJECT_PRONOUN_RE.fullmatch(last) is not None
        and all(word in _CLAUSE_JOINERS for word in joiners)
    )


# Unnamed sources as a verb's subject: "diplomatic sources", «источник в Кремле», «собеседник
# агентства».
_SOURCES_RE = re.compile(
    r"(?<![^\W\d_])(?:sources?|источник\w*|собеседни\w*)(?![^\W\d_])", re.IGNORECASE
)


# Russian endings of a word in an oblique case ("министром Лавровым", "Госдумы"): no first
# name in the nominative before a surname.
_OBLIQUE_WORD_ENDINGS = ("ым", "им", "ом", "ем", "ой", "ей", "ы", "и", "у", "ю", "е")


# Russian nouns for a doer ("курильщик", "переводчик", "участник", "заявитель"): a headline's
# label for the man («Курильщик Лавров назвал ...»), never a first name.
_AGENT_NOUN_ENDINGS = ("щик", "чик", "ник", "тель", "щица", "чица", "ница")


def _other_first_name(word: str, known: str) -> bool:
    """Whether ``word`` right before a known person's surname is another person's first name
    ("Melania Trump", "Brigitte Macron", «Мелания Трамп»), not a spelling of theirs ("Dmitriy
    Peskov", «Стивен Уиткофф»: the same first letters) nor a word in another case («министром
    Лавровым Шойгу», «Госдумы Руденко»)."""
    key = label_key(word).strip(",.;:()")
    if has_cyrillic(key):
        if key.endswith(_OBLIQUE_WORD_ENDINGS) or key.endswith(_AGENT_NOUN_ENDINGS):
            return False
        key = transliterate(key).lower()
    return not key.startswith(known.lower()[:2])


# Every one-word Cyrillic form of a known person's name (their nominatives are label forms).
_KNOWN_SURNAME_FORMS = frozenset(
    alias for s in KNOWN_SPEAKERS for alias in s.aliases if " " not in alias and has_cyrillic(alias)
)


#: A word this short ending in "-ого" ("Того") is no adjectival surname.
_SHORT_SURNAME = 5


# Endings a first name ending in a consonant takes in other cases ("Джону", "Джоном", "Джона").
# A man's surname in -ov, -ev, -in in another case: «Назарбаева», «Лаврову», «Путиным».
_SURNAME_CASE_ENDINGS = ("а", "у", "ым", "ом", "е")
_FIRST_NAME_CASE_ENDINGS = ("ом", "ем", "у", "ю", "а", "я")


def _oblique(span: str) -> bool:
    """Whether the Russian name that ends ``span`` stands in another case than the nominative
    ("Ксении Байгаровой", "Лаврову"): then it is no verb's subject."""
    words = [w.strip(',;:()«»"“”') for w in span.split()][-2:]
    if not words or not has_cyrillic(words[-1]):
        return False
    keys = [label_key(w).replace("ё", "е") for w in words]
    # ("Советник Путина": a post before the surname is no first name.)
    first_name = (
        len(keys) == 2
        and has_cyrillic(words[0])
        and not is_common_word(words[0])
        and not _names_post(_key(words[0]))
    )
    if first_name and all(w[:1].isupper() for w in words):
        if " ".join(keys) in known_label_forms():
            return False  # a known person's nominative: «Хиллари Клинтон», not "Хилларя"
        if any(
            keys[0].endswith(end)
            and keys[1].endswith(tail)
            and f"{keys[0][: -len(end)]} {keys[1][: len(keys[1]) - len(tail)]}"
            in known_label_forms()
            for end in _FIRST_NAME_CASE_ENDINGS
            for tail in ("", *_SURNAME_CASE_ENDINGS)
        ):
            # «с госсекретарем Джоном Керри»: a known person's first name declined; «после
            # ухода Нурсултана Назарбаева»: both names, the first one the declension table
            # does not hold.
            return True
        # A first name and a surname: their nominative reading ("Джону Керри" -> "Джон Керри").
        found = nominative(keys)
        before = span.split()[:-2]
        # (A foreign name of four words: its first two are not the post's words either,
        # «посол Судана в Москве Мохаммед Эльгазали Эльтижани Сиррадж».)
        for _ in range(2):
            if before and before[-1][:1].isupper() and not after_place_word(before):
                before = before[:-1]
        if found is not None and found != keys and foreign_name_after_post(before, words[0]):
            return False  # "генсек правительства Японии Хирокадзу Мацуно"
        return found is not None and found != keys
    if keys[-1] in known_label_forms():
        return False  # a known person's nominative
    if len(keys[-1]) > _SHORT_SURNAME and keys[-1].endswith(_ADJECTIVE_OBLIQUE):
        return True  # "Рождественского", "Твардовскому": an adjectival surname's oblique case
    return keys[-1] in _KNOWN_SURNAME_FORMS  # a known person's surname in another case


_PREPOSITIONS = frozenset(
    """
    to of for with from about against at on in into toward towards between among near
    after before during following upon
    с со к ко у о об от для при по после перед между за над под про без на в во из через
    около возле вокруг среди
    """.split()
)


# A circumstance of a Russian verb of saying that may stand between it and its subject, or
# open the sentence before the subject: "в эфире радио Sputnik", "в интервью РИА Новости",
# "на брифинге", "в ходе беседы".
_CIRCUMSTANCE_RE = re.compile(
    # («в своем интервью РИА Новостям»: his own, said of it.)
    r"(?<![^\W\d_])(?:в|во|на)\s+(?:сво[её]м\s+|своей\s+)?(?:интервью|эфире|беседе|ходе|"
    r"рамках|продолжение|время|брифинге|пресс-конференции|разговоре|комментарии|выступлении)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
# A circumstance between a subject and its verb: one of those, or a day ("Дмитрий Медведев в
# понедельник предупредил").
_SUBJECT_CIRCUMSTANCE_RE = re.compile(
    rf"{_CIRCUMSTANCE_RE.pattern}|(?<![^\W\d_])(?:в|во)\s+(?:понедельник|вторник|среду|"
    r"четверг|пятницу|субботу|воскресенье)(?![^\W\d_])",
    re.IGNORECASE,
)
# Russian post nouns in the cases a preposition governs ("с главой МИД Японии Таро Коно",
# "к послу США", "с коллегой"): the name after them is no subject.
_OBLIQUE_POSTS = frozenset(
    """
    главой главе главу министром министру послом послу представителем представителю
    коллегой коллеге коллегу председателем председателю президентом президенту премьером
    премьеру дипломатом дипломату постпредом постпреду генсеком генсеку советником
    советнику помощником помощнику канцлером канцлеру госсекретарем госсекретарём
    госсекретарю секретарем секретарём секретарю
    """.split()
)
# An adjective of a post in the cases a preposition governs ("с государственным секретарем",
# "с японским коллегой", "к американскому послу").
_OBLIQUE_ADJECTIVE_ENDINGS = ("ым", "им", "ому", "ему", "ой", "ей")
# An outlet's noun in the instrumental or dative ("в беседе с изданием Deutsche
# Wirtschaftsnachrichten", "в интервью газете Financial Times", "телеканалу CNN"): the
# capitalised words after it name the outlet spoken to, never the verb's subject.
_OBLIQUE_OUTLETS = frozenset(
    """
    изданием изданию газетой газете агентством агентству телеканалом телеканалу журналом
    журналу порталом порталу радиостанцией телекомпанией
    """.split()
)
_GOVERNING_WORDS = _PREPOSITIONS | _OBLIQUE_OUTLETS


def _after_preposition(chunk: str) -> bool:
    """Whether the name (with its post) that ends ``chunk`` stands after a preposition
    ("advisers to US President Donald Trump"; not "Secretary of State Mike Pompeo")."""
    words = chunk.split()

    def titled(word: str) -> bool:
        key = _key(word)
        return key not in _PREPOSITIONS and (
            word[:1].isupper()
            or _is_post_noun(key)
            or key in _OWN_SIDE_WORDS
            or key in _OBLIQUE_POSTS
        )

    at = len(words)
    last_oblique = _oblique(words[-1]) if words else False
    while at > 0:
        word = words[at - 1]
        if at < len(words) and not last_oblique and word[:1].isupper() and _oblique(word):
            # "с министром Лавровым Шойгу": the preposition governs the name in its case
            # ("Лавровым"), not the one in the nominative after it.
            return False
        if (
            at < len(words)
            and not last_oblique
            and len(word) >= 2
            and word.isupper()
            and has_cyrillic(word)
            and at >= 2
            and _key(words[at - 2]) in _PREPOSITIONS
        ):
            # "В беседе с ТАСС Захарова": the preposition governs the outlet's acronym; the
            # name in the nominative after it is the subject.
            return False
        if titled(word):
            at -= 1
        elif (
            at < len(words)
            and word.islower()
            and word.endswith(_OBLIQUE_ADJECTIVE_ENDINGS)
            and _key(words[at]) in _OBLIQUE_POSTS
        ):
            at -= 1  # "с государственным секретарем США Джоном Керри"
        elif (
            at < len(words)
            and at >= 2
            and word.islower()
            and word.endswith(_OBLIQUE_ADJECTIVE_ENDINGS)
            and _key(words[at - 2]) in _PREPOSITIONS
        ):
            at -= 1  # "о настоящей Северной Корее": an adjective between preposition and name
        elif (
            _key(words[at - 1]) in _PREPOSITIONS
            and at >= 2
            and (
                _key(words[at - 2]) in POST_WORDS
                or (words[at - 2][:1].isupper() and at > 2)  # not the sentence's first word
            )
            # "Secretary of State", "Commissioner for Human Rights"; but "Spokesman for
            # Putin": a name right after the preposition is the one it governs.
            and at != _name_start(words)
        ):
            at -= 1  # "of" inside a post's title: "Secretary of State"
        else:
            break
    if at > 0 and _key(words[at - 1]) in _GOVERNING_WORDS:
        return True
    # "the aide to dictator Putin", "spokesman for Russian leader Putin": a lower-case word
    # or two between an aide's preposition and the name still make it the one spoken for.
    if " to " not in chunk and " for " not in chunk:
        return False
    aide = _AIDE_FOR_RE.search(chunk)
    return aide is not None and not any(
        _key(word) in _INSTITUTION_WORDS for word in aide.group("between").split()
    )


# An aide's post, its preposition and a short description before a name at the end ("the aide
# to dictator Putin", "spokesman for Russian leader Vladimir Putin"); an institution among the
# words ("spokeswoman for the Russian Foreign Ministry Maria Zakharova") makes it her post.
_AIDE_FOR_RE = re.compile(
    r"(?<![\w-])(?:aide|adviser|advisor|spokes(?:man|woman|person)|assistant|press secretary)"
    r"\s+(?:to|for)\s+(?P<between>(?:[\w’'-]+\s+){0,3}?)(?:[A-Z][\w.'’-]*\s*){1,3}$"
)
_INSTITUTION_WORDS = frozenset(
    """
    ministry foreign office department government kremlin mfa administration service council
    embassy committee house state mission affairs
    """.split()
)


#: A name in running text has at most this many words.
_NAME_WORDS = 3


def _institution_last(clause: str) -> bool:
    """Whether a clause's last part (after its last comma) is an institution, no post of it:
    "X and Y held a call, the Russian Foreign Ministry said" is the ministry's, not Y's."""
    words = clause.rsplit(",", 1)[-1].split()
    if not words or _key(words[-1]) not in _INSTITUTION_WORDS:
        return False
    # "the head of the Russian Foreign Ministry", "the official representative of the
    # ministry": a post of the institution is a person.
    return not any(_is_post_noun(_key(word)) for word in words)


def _name_start(words: list[str]) -> int:
    """Where the name that ends ``words`` starts: its last capitalised words that are no
    post and no common word ("Rights Volker Turk" -> "Volker Turk")."""
    at = len(words)
    while (
        at > 0
        and len(words) - at < _NAME_WORDS
        and words[at - 1][:1].isupper()
        and not is_post_word(_key(words[at - 1]))
        and not is_common_word(words[at - 1].strip(",.;:"))
    ):
        at -= 1
    if len(words) - at >= 3 and not is_first_name(words[at]) and is_first_name(words[at + 1]):
        at += 1  # "Minister of Energy Alexander Novak": the office's word before a first name
    return at


# Pronouns that end like adjectives: "Помимо этого посол сообщил", "Кроме того министр".
_PRONOUN_FORMS = frozenset("этого того всего него его её ее их чего сего ничего".split())
_RUSSIAN_ADJECTIVE_RE = re.compile(
    r"(?:ий|ый|ой|ая|яя|ое|ее|ие|ые|ого|его|ому|ему|ым|им|ую|юю|ых|их|ской|цкой)$"
)


# "the interviewer", "журналистка": the one who interviews the page's speaker.
_JOURNALIST_NOUNS = frozenset(
    """
    interviewer journalist reporter correspondent host журналист журналистка корреспондент
    корреспондентка интервьюер ведущий ведущая
    """.split()
)


# The nouns of a post that a name may follow ("корреспондент “Ъ” Андрей Колесников").
_NAMED_POST_NOUNS = _POST_NOUNS | _JOURNALIST_NOUNS


# A story's own reporter: "специальный корреспондент “Ъ”", "спецкор", "обозреватель".
_REPORTER_NOUNS = frozenset(
    """
    корреспондент корреспондентка спецкор спецкорр обозреватель обозревательница
    correspondent columnist
    """.split()
)


def _journalist(keys: list[str]) -> bool:
    """ "the interviewer", "журналистка" (Russian has no article; English needs "the": "a
    reporter asked" is anyone)."""
    if not keys or keys[-1] not in _JOURNALIST_NOUNS:
        return False
    return keys[:-1] == ["the"] or (len(keys) == 1 and has_cyrillic(keys[0]))


# Posts of someone who speaks for another person: "Putin's spokesman", "пресс-секретарь Путина".
_AIDE_NOUNS = frozenset(
    "spokesman spokeswoman spokesperson secretary aide adviser advisor "
    # "explained the press-Secretary of the President" (a machine translation's hyphen).
    "press-secretary "
    "пресс-секретарь помощник помощница советник советница "
    # After "по словам": "по словам помощника президента".
    "пресс-секретаря помощника помощницы советника советницы".split()
)


def _aide_of_official(pairs: list[tuple[str, str]], own: list[bool]) -> bool:
    """Whether a subject is a known official's aide ("Vladimir Putin's spokesman",
    "пресс-секретарь Путина"): the words that are not the page's own posts name that
    official, and the post is one of speaking for someone."""
    if not any(key in _AIDE_NOUNS for _, key in pairs):
        return False
    others = [word for (word, key), is_own in zip(pairs, own, strict=True) if not is_own]
    others = [word for word in others if _key(word) not in ("of", "for", "to")]
    # "the aide to dictator Putin": a description before the name is not part of it.
    capitalised = [word for word in others if word[:1].isupper()]
    others = capitalised or others
    name = person_name(" ".join(others)) if 0 < len(others) <= 3 else None
    return name is not None and is_known_official(name)


# Words naming a president as the one an aide works for ("presidential spokesman",
# "пресс-секретарь президента", "the president's aide").
_PRESIDENT_WORDS = frozenset(
    "president president's presidential президента президентский президентская "
    # "помощник российского лидера": the leader an aide works for is the president;
    # "пресс-секретарь главы государства" ("главы" is one of the page's own words).
    "лидера государства".split()
)
# "The Kremlin aide", "the Kremlin's foreign policy adviser", "помощник Кремля": an aide of
# the Kremlin speaks for the president ("the Kremlin spokesman" stays the page's own post).
_KREMLIN_WORDS = frozenset("kremlin кремля".split())


#: Known speakers who have been their country's president for all the years the pages cover:
#: "сказал президент" in a story about one of them is him (Medvedev was president only in
#: 2008-2012, so a story about him must call him so).
_LONG_SERVING_PRESIDENTS = frozenset(
    {"Vladimir Putin", "Alexander Lukashenko", "Recep Tayyip Erdogan", "Emmanuel Macron"}
)
#: Known speakers who were presidents: never their own aide (see Narration._aide).
_PRESIDENTS = frozenset(
    {
        "Vladimir Putin",
        "Dmitry Medvedev",
        "Alexander Lukashenko",
        "Recep Tayyip Erdogan",
        "Emmanuel Macron",
    }
)


#: Known officials who speak for a president ("the president's press secretary", "Putin's
#: aide"): an aide reference never names another known official (see _Reader._aide).
AIDES = frozenset({"Dmitry Peskov", "Yuri Ushakov"})
# "президент РФ", "российский лидер", "Russia's president", "the Kremlin leader".
_HEAD_NOUNS = frozenset("president leader президент лидер".split())
_RUSSIA_WORDS = frozenset("russian russia kremlin российский российской россии рф".split())
# "the President of the Russian Federation", «президент Российской Федерации»: a federation
# is Russia's only with a word naming Russia ("the president of the federation" may head a
# sports body).
_FEDERATION_WORDS = frozenset({"federation", "федерации"})
# Every word such a subject may hold.
_RUSSIAN_PRESIDENT_WORDS = _HEAD_NOUNS | _RUSSIA_WORDS | _FEDERATION_WORDS
#: Russia's presidents (the one the page calls president is "президент РФ").
_RUSSIAN_PRESIDENTS = frozenset({"Vladimir Putin", "Dmitry Medvedev"})
#: Known speakers who have headed a Russian region or city (a governor, Moscow's mayor): "the
#: governor said" on a story under such a one's headline that names no one else is them.
_REGIONAL_HEADS = frozenset(
    {
        "Andrei Vorobyov",
        "Sergei Sobyanin",
        "Alexander Beglov",
        "Alexander Bogomaz",
        "Vyacheslav Gladkov",
        "Mikhail Evraev",
        "Roman Starovoit",
        "Valentina Matviyenko",  # governor of St Petersburg, 2003-2011
    }
)


def _russian_president(keys: list[str]) -> bool:
    """Whether a subject is Russia's president and nothing else: a head's noun and words
    naming Russia ("сказал президент РФ", "добавил российский лидер", "the Kremlin leader")."""
    words = [key for key in keys if key not in ("the", "of")]  # "the president of Russia"
    heads = [key for key in words if key in _HEAD_NOUNS]
    return (
        len(heads) == 1
        and len(words) >= 2
        and all(key in _RUSSIAN_PRESIDENT_WORDS for key in words)
        and any(key in _RUSSIA_WORDS for key in words)
    )


# "глава российского государства", "the head of the Russian state": Russia's president.
_RUSSIAN_STATE_HEADS = (["глава", "российского", "государства"], ["head", "russian", "state"])


def _head_of_russian_state(keys: list[str]) -> bool:
    """Whether a subject is "the head of the Russian state" and nothing else."""
    return [key for key in keys if key not in ("the", "of")] in _RUSSIAN_STATE_HEADS


def _russian_president_run(pairs: list[tuple[str, str]]) -> int | None:
    """Where a Russian subject that ends in Russia's president ("президент РФ") starts after
    other words ("В ответ президент РФ"), or None when it does not end so; 0 when the word
    before it makes him someone else's or names him ("украинский президент", "Путину")."""
    start = len(pairs)
    while start > 0 and pairs[start - 1][1] in _RUSSIAN_PRESIDENT_WORDS:
        start -= 1
    if start in (0, len(pairs)) or not _russian_president([key for _, key in pairs[start:]]):
        return None
    word, key = pairs[start - 1]
    return 0 if word[:1].isupper() or _RUSSIAN_ADJECTIVE_RE.search(key) else start


def _aide_of_post(keys: list[str]) -> bool:
    """Whether a subject of posts only is a president's aide ("пресс-секретарь президента",
    "the president's spokesman", "the presidential aide"): someone who speaks for the
    president, never the president himself. An aide noun alone ("the spokesman") is the
    page's own official, as before."""
    if not any(key in _AIDE_NOUNS for key in keys):
        return False
    # ("the Kremlin spokesman" is one; "the Kremlin's chief of staff" another post.)
    return any(key in _PRESIDENT_WORDS for key in keys) or (
        any(key in _KREMLIN_WORDS for key in keys)
        and not any(_is_post_noun(key) and key not in _AIDE_NOUNS for key in keys)
    )


#: "по словам помощника президента России Юрия Ушакова" has at most this many words before
#: its comma.
_AIDE_PHRASE_WORDS = 7


def _president_aide(text: str) -> Sayer:
    """The sayer that ``text`` (after "по словам") names when it opens with a president's aide:
    the aide's name after the post ("помощника президента Юрия Ушакова"), or else the aide
    the story named ("помощника президента", "помощника российского лидера"); None when
    the one he works for is named instead ("помощника Путина") or is someone else's
    ("советника украинского лидера")."""
    words = text.split(",", 1)[0].split()[: _AIDE_PHRASE_WORDS + 1]
    keys = [_key(word) for word in words]
    if not 2 <= len(keys) <= _AIDE_PHRASE_WORDS or keys[0] not in _AIDE_NOUNS:
        return None
    post = 1
    while post < len(keys) and (keys[post] in _PRESIDENT_WORDS or keys[post] in _NATION_WORDS):
        post += 1
    if not any(key in _PRESIDENT_WORDS for key in keys[1:post]):
        return None
    if post == len(keys):
        return Ref.AIDE
    rest = words[post:]
    if not all(word[:1].isupper() for word in rest):
        return None
    return person_name(" ".join(rest).rstrip(".;:"))


def _names_post(key: str) -> bool:
    """A word for a person by post, an aide's included ("minister", "пресс-секретарь")."""
    return _is_post_noun(key) or key in _AIDE_NOUNS


def _is_post_noun(key: str) -> bool:
    """A noun for a person by their post ("minister", "дипломат"), or a post misspelt
    ("Minsiter")."""
    return key in _POST_NOUNS or (is_post_word(key) and key not in POST_WORDS)


# Posts in the plural: "officials said", «чиновники заявили» is many people, none we can name
# ("the official said" may be the one named before).
_PLURAL_POSTS = frozenset(
    """
    officials spokesmen spokespeople spokespersons representatives diplomats ministers envoys
    ambassadors чиновники представители дипломаты министры послы
    """.split()
)


def _reference(span: str) -> Ref | None:
    """ "he", "the Russian minister", "the Kremlin": who an unnamed subject can be."""
    chunks = span.split(",")
    if len(chunks) > 2 and not chunks[-1].strip() and _GERUND_RE.match(chunks[-2].strip()):
        # "Президент, выступая перед парламентариями, [заявил]", "The minister, speaking to
        # reporters, [said]": a gerund's clause between the subject and its verb.
        chunks = chunks[:-2]
    clause = chunks[-1]  # "Speaking at the conference, the minister"
    circumstance = _CIRCUMSTANCE_RE.search(clause) if has_cyrillic(clause) else None
    if circumstance and circumstance.start() > 0:
        # "Дипломат в эфире радио Sputnik подчеркнула", "Президент в продолжение беседы
        # отметил": the subject before the circumstance between it and its verb.
        lead = clause[: circumstance.start()]
        if any(_names_post(k) or k in _HEAD_NOUNS for k in map(_key, lead.split())):
            return _reference(lead)
    pairs = [
        (w, k)
        for w, k in ((w, _key(w)) for w in clause.split())
        if k not in _BETWEEN_WORDS and k not in ("as", "как")  # "Как отметила дипломат"
    ]
    if pairs and pairs[0][1] in _SAID_OBJECT_OPENERS:
        # "Такое мнение дипломат высказала": what was said, then its subject.
        pairs = list(itertools.dropwhile(lambda pair: pair[1] in _SAID_OBJECT_WORDS, pairs))
    elif (
        len(pairs) >= 2
        and pairs[-1][1] in _RU_BARE_POSTS
        and not _RU_ADJECTIVE_END_RE.search(pairs[-2][1])
    ):
        # «Выполнение положений Послания премьер назвал ориентиром»: the object first, then
        # the post right before its verb ("Финский премьер назвал" keeps its adjective).
        pairs = pairs[-1:]
    keys = [k for _, k in pairs]
    if not keys:
        return None
    if "при" in keys[1:-1]:
        # "постоянный представитель при ООН": a post at an organisation, Russia's own there
        # (the organisation's own staff are "представитель ООН").
        by = keys.index("при", 1)
        if keys[by + 1] in _POSTED_AT_ORGANISATIONS and _names_post(keys[by - 1]):
            pairs = pairs[:by] + pairs[by + 2 :]
            keys = keys[:by] + keys[by + 2 :]
    # "the Kremlin aid went on to say": a wire's typo for the aide.
    keys = [
        "aide" if k == "aid" and at and keys[at - 1] in ("kremlin", "presidential") else k
        for at, k in enumerate(keys)
    ]
    if keys[-1] in _SENATE_POSTS and any(k in _RUSSIAN_WORDS for k in keys[:-1]):
        # "the Russian senator said": a parliamentarian of our side (a bare "the senator" may
        # be an American one).
        keys = [*keys[:-1], "parliamentarian"]
    elif keys in ([keys[-1]], ["the", keys[-1]]) and keys[-1] in _SENATE_POSTS:
        return Ref.LEGISLATOR  # whoever was named last, of whatever country, if one
    pairs = [(w, k) for (w, _), k in zip(pairs, keys, strict=True)]
    if keys[-1] in _FIRST_PERSON_SUBJECTS:
        # "All I said was in no way intended to offend": the speaker's own words, no sayer.
        return None
    if keys[-1] in _PRONOUNS or (keys[0] in _PRONOUNS and len(keys) == 1):
        return Ref.PRONOUN
    if keys in (["тот"], ["та"]):
        # "Когда Пескову напомнили ..., тот сказал: «...»": "the latter", the one just named.
        return Ref.PRONOUN
    if _journalist(keys):
        return Ref.JOURNALIST
    if keys in (["aide"], ["the", "aide"], ["помощник"]):
        # "..., the aide said.": the aide the story named (Ushakov), as "the Kremlin aide".
        return Ref.AIDE
    if keys in (["модератор"], ["модераторка"], ["the", "moderator"]):
        return Ref.MODERATOR
    if keys[-2:] in (["глава", "государства"], ["of", "state"]) and (
        len(keys) == 2 or (keys[-3:] == ["head", "of", "state"] and keys[:-3] in ([], ["the"]))
    ):
        return Ref.HEAD_OF_STATE
    if keys in (["президент"], ["the", "president"]):
        return Ref.HEAD_OF_STATE  # "Президент отметил": the president the story is about
    if _head_of_russian_state(keys):
        return Ref.RUSSIAN_PRESIDENT  # "Глава российского государства охарактеризовал ..."
    if _russian_president(keys):
        return Ref.RUSSIAN_PRESIDENT
    if has_cyrillic(clause) and (at := _russian_president_run(pairs)) is not None:
        # "В ответ президент РФ заявил": words of circumstance first, as before a post below.
        return Ref.RUSSIAN_PRESIDENT if at else Ref.SOMEONE
    if any(k in _PLURAL_POSTS for k in keys):
        return Ref.SOMEONE  # "..., officials have said": many we cannot name, no one person
    if _CHAMBER_HEAD_RE.search(" ".join(keys)) or (
        keys == ["the", "speaker"] and "Speaker" in clause
    ):
        # ("According to the Speaker": a chamber's, capitalised; "the speaker" may be anyone's.)
        # "The Chairman of the State Duma believes ...", «спикер Госдумы»: our parliament's
        # head, the one the story named so.
        return Ref.OWN_POST
    if any(_names_post(k) for k in keys):
        # Every other word must keep it the page's own speaker ("the Russian foreign
        # minister", not "the Finnish minister" or "his Turkish counterpart").
        own = [_is_post_noun(k) or k in _OWN_SIDE_WORDS or k in _POST_OF_WORDS for k in keys]
        # (The aide's own noun too: "Помощник президента России" is the president's aide.)
        of_president = [
            o or k in _PRESIDENT_WORDS or k in _AIDE_NOUNS for o, k in zip(own, keys, strict=True)
        ]
        if _aide_of_post(keys) and all(of_president):
            # "Пресс-секретарь президента", "the president's spokesman": the president's aide,
            # the last official named unless that is the president (see Narration._aide).
            return Ref.AIDE
        if _posted_in_russia(clause):
            return Ref.SOMEONE  # "the ambassador to Russia": another country's
        if all(own):
            return Ref.OWN_POST
        if _aide_of_official(pairs, own):
            return Ref.AIDE
        if (described := _russian_post_phrase(clause)) is not None:
            return described
        # Russian word order puts circumstances first: "Во время интервью официальный
        # представитель МИД заявила". The subject is the run of such words at the end, and
        # only an adjective right before it ("украинский министр") makes it someone else.
        run = len(own) - own[::-1].index(False) if False in own else 0
        if has_cyrillic(clause) and any(_is_post_noun(k) for k in keys[run:]):
            word, key = pairs[run - 1]
            # (A capitalised word before the post names whose post it is, unless it ends a
            # circumstance the clause opens with: "В интервью РИА Новости министр".)
            capitalised = word[:1].isupper() and not (circumstance and circumstance.start() == 0)
            if capitalised and run >= 2 and _oblique_surname(word) and pairs[run - 2][0].islower():
                # ("В ответ на вопрос о высказывании Грызлова спикер": a known surname in the
                # genitive after a noun ends the phrase before the post; it owns no post.)
                capitalised = False
            # (A pronoun ends like an adjective but describes no one: "Помимо этого посол".)
            adjective = (
                _RUSSIAN_ADJECTIVE_RE.search(key) and key not in _PRONOUN_FORMS
            ) or capitalised
            return Ref.SOMEONE if adjective else Ref.OWN_POST
        return Ref.SOMEONE
    if clause.split()[-1][:1].isupper():
        return Ref.SOMEONE  # "the Kremlin said", "Interfax reported", "Moscow believes"
    return None


# The head of a chamber of Russia's parliament, named by his post.
_CHAMBER_HEAD_RE = re.compile(
    r"^(?:the )?(?:chairman|speaker|председатель|спикер) (?:of )?(?:the )?(?:state )?duma$"
    r"|^(?:the )?(?:state )?duma (?:chairman|speaker)$"
    r"|^(?:председатель|спикер|глава) (?:госдумы|государственной думы|нижней палаты)$"
    # The Federation Council's: "the chairwoman of the upper house", «глава верхней палаты».
    r"|^(?:the )?(?:chairman|chairwoman|speaker|head) of the (?:federation council|upper"
    r" (?:house|chamber))$"
    r"|^(?:the )?(?:federation council|upper house) (?:chairman|chairwoman|speaker)$"
    r"|^(?:председатель|спикер|глава) (?:совета федерации|совфеда|сф|верхней палаты)$"
)
# Words that make a post explicitly Russia's ("Russia's envoy to NATO", "постпред России").
_NATION_WORDS = frozenset("russian russia российский российского российскому россии рф".split())
# "the former Russian envoy", "бывший постпред": a post the person held before.
_FORMER_WORDS = frozenset("former бывший бывшего бывшему бывшим".split())
_FORMER_POST_RE = re.compile(r"(?:the\s+)?(?:former|бывшего)\s+", re.IGNORECASE)
# Where the host of a post starts: "envoy to the alliance", "ambassador in Washington",
# "постпред при НАТО", "посол в США".
_HOST_PREPOSITIONS = frozenset("to in at при в во".split())
# Descriptions of one person joined: "the diplomat and former envoy", "дипломат и бывший посол".
_AND_WORDS = frozenset({"and", "и"})


def _post_keys(clause: str) -> list[str]:
    """The keys of a subject's words, without the words that may stand between a subject and
    its verb, except a post's host preposition ("in" is one of them)."""
    return [
        key
        for key in (_key(word) for word in clause.split())
        if key in _HOST_PREPOSITIONS or key not in _BETWEEN_WORDS
    ]


def _host_at(part: list[str]) -> int | None:
    """Where the host of the first post in ``part`` starts ("envoy | to the alliance")."""
    post = next((i for i, key in enumerate(part) if _is_post_noun(key)), None)
    if post is None:
        return None
    return next((i for i in range(post + 1, len(part)) if part[i] in _HOST_PREPOSITIONS), None)


def _posted_in_russia(clause: str) -> bool:
    """Whether a post is held in Russia ("the ambassador to Russia", "посол в России"): another
    country's envoy, never the page's Russian official."""
    keys = _post_keys(clause)
    host = _host_at(keys)
    if host is None:
        return False
    place = [key for key in keys[host + 1 :] if key != "the"]
    return bool(place) and place[0] in _NATION_WORDS


def _russian_post_phrase(clause: str) -> Ref | None:
    """A subject that describes the page's Russian official by posts the plain check misses:
    a host after the post ("Russia's ambassador to the US", "the Russian envoy in Washington",
    "бывший постпред России при НАТО"), two descriptions joined ("the high-ranking diplomat
    and former Russian envoy to the alliance") or a former post. Russia must be named (the
    host alone says nothing of whose envoy it is: "the ambassador to Russia"). A former post
    is the person named last ("he"), not the last official: whoever held it then may hold
    another post now.

    Returns:
        ``Ref.OWN_POST`` or ``Ref.PRONOUN`` as above; None when a word points elsewhere.
    """
    keys = _post_keys(clause)
    if not any(key in _NATION_WORDS for key in keys) or "president" in keys:
        return None  # "the former president": the former-post rule's (_national_posts)
    parts: list[list[str]] = [[]]
    for key in keys:
        # (An "and" inside the post's host names one body: «постпред России при Организации по
        # безопасности и сотрудничеству в Европе».)
        if key in _AND_WORDS and _host_at(parts[-1]) is None:
            parts.append([])
        else:
            parts[-1].append(key)
    for part in parts:
        if not any(_is_post_noun(key) for key in part):
            return None
        host = _host_at(part)
        described = part[:host] if host is not None else part
        if not all(
            _is_post_noun(k) or k in _OWN_SIDE_WORDS or k in _FORMER_WORDS for k in described
        ):
            return None
    return Ref.PRONOUN if any(key in _FORMER_WORDS for key in keys) else Ref.OWN_POST


# A gerund opening a clause: "выступая", "отвечая", "подчеркнув", "speaking", "commenting".
_GERUND_RE = re.compile(
    r"^(?:[а-яё]{3,}(?:ая|яя|уя|ия|ея|ясь|аясь|вшись|ав|ив|ув|ев|яв)|[a-z]{2,}ing)(?=\s|$)"
)


# A Russian participle opening an apposition: "находящаяся с визитом в Баку", "прибывший".
_PARTICIPLE_RE = re.compile(r"^[а-яё]{3,}(?:щ|вш)(?:ий|ая|ие)(?:ся)?(?=\s|$)")


# Two words or more (a subject and its own verb), then "but" or "and" right before the verb of
# saying: "X agreed completely, but said ...", "X met the envoy and said ...".
_COORDINATED_VERB_RE = re.compile(r"\w\s+\w+\b[^,]*,?\s+(?:but|and|yet)\s*$")


def _spoken_together(subject: str, verb: str) -> set[str]:
    """The people a Russian plural verb of saying has as its subject when it names two or more
    joined by «и» («Павел Малков и ... Игорь Егоров сказали»); an empty set otherwise."""
    if not _plural_russian(verb) or re.search(r"(?<![\w-])и\s", subject) is None:
        return set()
    names = _full_names(subject)
    return names if len(names) >= 2 else set()


def _plural_russian(verb: str) -> bool:
    """Whether a Russian verb of saying is plural ("сообщили в Кремле": nobody named)."""
    return verb.casefold().endswith(("ли", "лись"))


def _from_named_chunk(clause: str) -> list[str]:
    """The words of ``clause`` from its last comma-set chunk that names a person on (all of
    them if none does): "Alexander Grushko, Russia's envoy to NATO" of "What is needed is ...,
    Alexander Grushko, Russia's envoy to NATO"."""
    chunks = clause.split(",")
    for at in range(len(chunks) - 1, -1, -1):
        if _last_person(chunks[at].strip()):
            return ",".join(chunks[at:]).split()
    return clause.split()


def _named_before_apposition(opening: str, verb: str) -> str | None:
    """ "Мария Захарова, официальный представитель МИД России, прокомментировала проблему":
    the subject of a verb after a comma that closes an apposition (a post, or a participle's
    or gerund's clause) set after the name that opens the sentence; the verb looked like a
    closing attribution ("..., заявила Захарова"), but nobody follows it. ``opening``: the
    sentence before the verb, quotes blanked. None for any other shape (a Russian plural verb
    has no one person as its subject)."""
    if any(mark in opening for mark in "—–;:") or _plural_russian(verb):
        return None
    chunks = [chunk.strip() for chunk in opening.split(",")]
    if len(chunks) > 3 and chunks[1] and _GERUND_RE.match(chunks[1].split()[0]):
        # "Дмитрий Песков, отвечая на вопрос журналистов, могут ли ..., подчеркнул": a
        # gerund's clause holds commas of its own; its subject is the verb's.
        chunks = [chunks[0], ", ".join(chunks[1:-1]), chunks[-1]]
    if len(chunks) != 3 or chunks[2] or not chunks[0] or not chunks[1]:
        return None
    head, apposition = chunks[0].split(), chunks[1]
    first = apposition.split()[0]
    if not (
        _GERUND_RE.match(first)
        or _PARTICIPLE_RE.match(first)
        or any(_names_post(_key(word)) for word in apposition.split())
    ):
        return None
    # The name ends the opening chunk, in the nominative and after no preposition (a Russian
    # first name and surname in the nominative follow none: "На брифинге в Москве Мария
    # Захарова").
    for size in range(min(_NAME_WORDS, len(head)), 0, -1):
        span = " ".join(head[-size:])
        if not span[:1].isupper() or not (name := person_name(span)) or _oblique(span):
            continue
        full_russian = size >= 2 and has_cyrillic(span) and is_first_name_form(_key(head[-2]))
        if full_russian or not _after_preposition(" ".join(head)):
            return name
    return None


def _surname_before_post(opening: str) -> bool:
    """Whether ``opening`` (a sentence up to its verb) is one capitalised word, then an
    apposition naming a post or a gerund's clause, set off by commas: "Kaminjin, spokesperson
    for Russian Foreign Minister Sergei Lavrov, ", "Gates, joining Lavrov and Rice at a news
    conference, "."""
    chunks = [chunk.strip() for chunk in opening.split(",")]
    if len(chunks) != 3 or chunks[2] or len(chunks[0].split()) != 1 or not chunks[1]:
        return False
    word, apposition = chunks[0], chunks[1].split()
    return (
        word[:1].isupper()
        and word.isalpha()
        and not is_common_word(word)
        and (
            _GERUND_RE.match(apposition[0]) is not None
            or _PARTICIPLE_RE.match(apposition[0]) is not None
            or any(_names_post(_key(w)) for w in apposition)
        )
    )


_PASSIVE_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])(?:is|was|are|were|be|been|being|get|got|gets)(?:\s+not)?\s+$", re.IGNORECASE
)
# English verbs of saying that may stand before their subject: ", said Lavrov".
_INVERTING_RE = re.compile(
    r"said|says|added|adds|noted|stressed|explained|stated|continued|insisted|argued|remarked|"
    r"recalled|wrote|writes|warned|emphasi[sz]ed|asked|replied|answered|concluded",
    re.IGNORECASE,
)


def _sayer_of(
    sentence: str,
    say: re.Match[str],
    masked: str | None = None,
    *,
    inverted_ok: bool = False,
    report: bool = False,
) -> Sayer:
    """Who a verb of saying has as its subject, before or after it (``masked``: the sentence
    with its quotes blanked out). "As the President said, ..." names no sayer of the
    sentence (an official's remarks refer to someone's words so); in a ``report`` a sentence
    opening with "As Sergei Shoigu pointed out, ..." is his, when it names him (or "the
    minister")."""
    masked = mask_quotes(sentence) if masked is None else masked
    if not _AS_BEFORE_RE.search(masked[: say.start()]):
        return _subject_of(sentence, say, masked, inverted_ok=inverted_ok)
    if report and _AS_ASIDE_BEFORE_RE.search(masked[: say.start()]):
        # "К этому относится, как уточнил Грушко, и политическая ... поддержка": a retelling
        # that names in an aside, set off by commas, the one whose words it gives.
        named = _AS_ASIDE_AFTER_RE.match(masked, say.end())
        if named and _AS_ASIDE_VERB_RE.fullmatch(say.group()):
            aside = person_name(named.group("name"))
            return aside if aside is not None and len(aside.split()) >= 2 else None
        posted = _AS_ASIDE_POST_RE.match(masked, say.end())
        if posted and _AS_ASIDE_VERB_RE.fullmatch(say.group()):
            # "Они, как заметил министр иностранных дел России, не приемлют ...": the aside
            # names the one whose words these are by the post the story named him with.
            post = _reference(posted.group("post"))
            return post if post in (Ref.OWN_POST, Ref.AIDE, Ref.RUSSIAN_PRESIDENT) else None
    if not (report and _AS_OPENING_RE.match(masked)):
        return None
    sayer = _subject_of(sentence, say, masked, inverted_ok=inverted_ok)
    if sayer is Ref.HEAD_OF_STATE and _LONE_PRESIDENT_RE.search(masked[: say.start()]):
        return None  # "As the President said, ...": which president, the sentence does not say
    return (
        sayer
        if isinstance(sayer, str)
        # ("Как отметил пресс-секретарь российского лидера, ...": the president's aide.)
        or sayer in (Ref.OWN_POST, Ref.HEAD_OF_STATE, Ref.RUSSIAN_PRESIDENT, Ref.AIDE)
        else None
    )


# A past verb of a relative clause: "вел", "провела", "приезжали", "negotiated".
_PAST_VERB_RE = re.compile(r"[а-яё]{2,}(?:л|ла|ло|ли|лся|лась)|[a-z]{3,}ed", re.IGNORECASE)


# "the president" / "президент" alone as a subject.
_LONE_PRESIDENT_RE = re.compile(r"(?:the\s+president|президент)\s*$", re.IGNORECASE)


# A reporter's "let us recall that" opening a sentence: "Напомним, что ...", "Recall that".
_REMINDER_RE = re.compile(
    r"^\W*(?:напомним|напомню|отметим|заметим|добавим|recall|it\s+(?:should\s+be|is\s+worth)\s+"
    r"(?:recalled|recalling|noting|noted))\s*,?\s+(?:что|that)\s+",
    re.IGNORECASE,
)


#: Words that open an English sentence whose subject is dropped: "And called ...", "Also
#: noted ...", "But then added ...".
_ENGLISH_JOINERS = frozenset({"and", "but", "also", "then", "later"})


# A Russian verb in the past ("прибыл", "приехала", "выступили"): a relative clause's own verb.
_RUSSIAN_PAST_RE = re.compile(r"[а-яё]{3,}(?:л|ла|ло|ли|лся|лась|лись)")
_RUSSIAN_RELATIVE = frozenset({"который", "которая", "которые"})


def _unmarked_relative_at(clause: str) -> int | None:
    """Where a Russian relative word opens a clause that a copy left without its commas
    ("Синдзо Абэ который прибыл ..."), with no comma after it up to the verb; else None."""
    words = clause.split()
    for at, word in enumerate(words[1:], 1):
        if _key(word) in _RUSSIAN_RELATIVE and not words[at - 1].endswith(","):
            return at if "," not in " ".join(words[at:]) else None
    return None


def _relative_closed_unmarked(clause: str) -> str | None:
    """The words before such a relative clause (:func:`_unmarked_relative_at`) when it has a
    verb of its own before the verb of saying and a name in the nominative stands before it
    ("Синдзо Абэ который прибыл в Москву накануне заявил": the name is the subject); else
    None."""
    at = _unmarked_relative_at(clause)
    if at is None:
        return None
    words = clause.split()
    rest, before = words[at + 1 :], " ".join(words[:at])
    own_verb = any(_RUSSIAN_PAST_RE.fullmatch(w) for w in rest)
    # ("... Абэ который прибыл и заявил": the verb of saying is the clause's too; "с Синдзо
    # Абэ который ...": a name after a preposition is no subject.)
    joined = bool(rest) and _key(rest[-1]) in _AND_WORDS
    named = person_name(before) is not None and not _after_preposition(before)
    return before if own_verb and not joined and named and not _oblique(before) else None


def _set_off_relative(clause: str) -> str:
    """The subject's clause with a relative clause a copy left without commas set off by them:
    "Синдзо Абэ который много лет вел переговоры с Москвой" (before "заявил") is "Синдзо Абэ,
    который ..., ": the relative clause has its own verb, so the verb of saying after it is
    the main one, and its subject the name before "который". Else the clause as it was."""
    words = clause.split()
    for k in range(1, len(words) - 1):
        if _key(words[k]) not in _RELATIVE or words[k - 1].endswith((",", "—", "–")):
            continue
        if not any(_PAST_VERB_RE.fullmatch(_key(w)) for w in words[k + 1 :]):
            return clause
        if person_name(" ".join(words[:k])) is None:
            return clause
        return f"{' '.join(words[:k])}, {' '.join(words[k:])},"
    return clause


# "I said", "we stated": the speaker speaking of his own words.
_FIRST_PERSON_SUBJECTS = frozenset({"i", "we", "я", "мы"})


def _subject_of(
    sentence: str, say: re.Match[str], masked: str, *, inverted_ok: bool = False
) -> Sayer:
    """The subject of a verb of saying (see :func:`_sayer_of`)."""
    before = sentence[: say.start()]
    # 'When asked if Russia has an "exit strategy," Lavrov said': a comma inside a closing
    # quote ends the clause before the subject too.
    comma = max(before.rfind(mark) for mark in (',"', ",”", ",»", ",’"))
    subject_before = _clause_before(masked[comma + 2 if comma >= 0 else 0 : say.start()])
    if comma >= 0 and not subject_before:
        # 'Donald Trump, in a conversation with the "New York Post," stated that ...': a
        # quoted name set off inside the subject's phrase, with no subject after it.
        subject_before = _clause_before(masked[: say.start()])
    if (topic := _TOPIC_OPENING_RE.match(subject_before)) and "," in subject_before[topic.end() :]:
        # "Regarding the US allegations against the president, Nicolas Maduro, the Russian
        # senator said": what it is about opens the sentence; its subject follows the last
        # comma (never a name inside the topic).
        subject_before = subject_before.rsplit(",", 1)[1].strip()
    if (reminder := _REMINDER_RE.match(masked)) and reminder.end() <= say.start():
        # "Напомним, что накануне Трамп заявил, что ...": the reporter's own "let us recall
        # that" opens no reported clause; the subject is after it.
        subject_before = _clause_before(masked[reminder.end() : say.start()])
    if subject_before and _unmarked_relative_at(subject_before) is not None:
        # A Russian relative clause a copy left without commas: the name before it is the
        # subject when the clause has a verb of its own ("Синдзо Абэ который прибыл в Москву
        # заявил"); when the verb of saying may be the clause's ("Путин встретился с Синдзо
        # Абэ который прибыл ... и заявил"), whoever was named before it is no sure sayer.
        closed = _relative_closed_unmarked(subject_before)
        set_off = _set_off_relative(subject_before)
        joined = _key(subject_before.split()[-1]) in _AND_WORDS
        if closed is None and (joined or set_off == subject_before):
            return None
        subject_before = closed or set_off
    elif subject_before:
        subject_before = _set_off_relative(subject_before)  # "Suga who negotiated ... said"
    if subject_before and _key(subject_before.split()[-1]) in _RELATIVE:
        return None  # "Боррель, который назвал ...": a relative clause, not the sayer
    if subject_before and _key(subject_before.split()[-1]) in _SECOND_PERSON:
        # "— In December you drew attention to ...": an interviewer speaking to the one
        # interviewed names no sayer of the sentence (it is the interviewer's own).
        return None
    if subject_before and _key(subject_before.split()[-1]) in _FIRST_PERSON_SUBJECTS:
        # "All I said was in no way intended to offend": the speaker's own words, no sayer.
        return None
    last_chunk = subject_before.rsplit(",", 1)[-1].split()
    if last_chunk and _key(last_chunk[0]) in _RELATIVE:
        # "Байден сделал заявления о России, которые в Кремле назвали ...": the verb is in a
        # relative clause; whoever the sentence named before it is no sayer of it.
        return None
    if _after_conjunction(last_chunk):
        # "Antonov returned to Moscow after U.S. President Joe Biden called Putin a killer":
        # the verb is in a clause of time; the sentence is not Biden's.
        return None
    if any(_key(word) in _SUBORDINATE for word in last_chunk):
        # "..., что Владимир Путин уже считает ...", "claiming that advisers to Trump
        # advised": the verb is inside a reported clause.
        return None
    if _PASSIVE_BEFORE_RE.search(masked[: say.start()]):
        # "Lavrov was asked whether ...", "a meeting ... is not ruled out, Peskov said": a
        # passive verb names no sayer of its own.
        return Ref.SOMEONE
    if say.group().casefold().endswith("ing"):
        # "He also questioned ..., saying ...": a participle's subject is the sentence's.
        return _opening_subject_of(masked)
    if _russian_gerund(say.group(), masked[: say.start()]):
        # "Ведущая Мария Ситтель представила гостей, сказав, что ...": so in Russian, when the
        # sentence opens with its subject (else as any verb: "В ходе встречи Путин ...").
        found = _opening_subject_of(masked)
        if found is not None and found is not Ref.SOMEONE:
            return found
    subject_after = _words_after(sentence[say.end() :])
    if _closing(sentence, masked, say):
        # "..., — заявил он.", "..., напомнила журналистка.": the subject follows the verb, and
        # the clause before it is what was said, never the sayer.
        rest = sentence[say.end() :]
        told = say.group().casefold() in ("told", "tells")
        if told:
            subject_after = ""  # "..., Nikolay Krasilnikov, told RT": after it, the one told
        found = person_name(subject_after) if subject_after else None
        if found and (_oblique(subject_after) or _after_preposition(subject_after)):
            found = None  # "– признался пресс-секретарь Путина": the one he speaks for
        found = found or _person_after(rest, masked[say.end() :])
        if (
            not found
            and not subject_after
            and (apposed := _NAME_THEN_POST_CLAUSE_RE.match(subject_before.strip()))
        ):
            # '"...," Alexander Shchetinin, director of the ministry's Latin America
            # department, told journalists': the name before the post set off by commas.
            found = person_name(apposed.group("name"))
        # (Only a word after the verb: "..., Lavrov, Russia's top diplomat, said." ends there.)
        after = [key for key in (_key(w) for w in rest.split()[:1]) if key]
        if (
            not found
            and not subject_after
            and subject_before
            # (After "told" its object, the one told: "..., Nikolay Krasilnikov, told RT".)
            and (told or all(key in _PREPOSITIONS for key in after))
            and not _SAY_RE.search(subject_before)
            # (What was said, before its first comma, may open with "what": "What is needed
            # is ..., Alexander Grushko, Russia's envoy to NATO, said after a meeting.")
            and not any(_key(w) in _SUBORDINATE for w in _from_named_chunk(subject_before))
            and not _plural_russian(say.group())
            and not _institution_last(subject_before)
        ):
            # "”...”. Dmitry Medvedev, deputy chairman of ..., wrote on Telegram.": nobody
            # after the verb (only where or when), and the narration before it is a name.
            found = _last_person(subject_before)
        if (
            not found
            and (
                not subject_after
                # ("Dmitry Peskov, the spokesman for ..., said the talks failed": what was said
                # follows the verb, not a subject.)
                or (
                    subject_after[:1].islower() and _reference(subject_after) in (None, Ref.SOMEONE)
                )
            )
        ):
            found = _named_before_apposition(masked[: say.start()], say.group())
        if not found and not subject_after and _CIRCUMSTANCE_RE.match(rest.lstrip()):
            # «..., — сказал в ходе брифинга дипломат.», «— заявил в интервью РИА Новости
            # министр»: where he said it, then the subject at the sentence's end.
            placed = _reference(masked[say.end() :].strip(" .!?…"))
            if placed is not None and placed is not Ref.SOMEONE:
                return placed
        if not found and _russian_post_last(say.group(), masked[say.end() :]):
            # «..., — описала свое понимание ситуации представитель МИД РФ.»: what she said
            # it of after the verb, then her post, the subject, ending the sentence.
            return _russian_post_last(say.group(), masked[say.end() :])
        if (
            not found
            and not rest.strip(" .!?…")
            and has_cyrillic(say.group())
            and not _plural_russian(say.group())
        ):
            # «..., – добавил» closing the text (a copy cut it there) or «– добавил.»: the
            # subject left out is the one who spoke before, "he".
            return Ref.PRONOUN
        return found or _reference(subject_after or " ".join(rest.split()[:3])) or Ref.SOMEONE
    # After a quote (", said Lavrov", "», — заявила она") or in Russian word order the
    # subject may follow the verb; otherwise it comes first.
    quoted = re.search(r"[\"'»”’][\s,–—-]*$", before) is not None
    russian = re.search(r"[а-яё]", say.group().casefold()) is not None
    # "..., заявил его пресс-секретарь Дмитрий Песков": after a comma the subject follows.
    after_comma = russian and before.rstrip().endswith((",", "—", "–"))
    # "..., said Russian Foreign Minister Sergey Lavrov on ...": after a comma an English verb
    # of saying (not a participle, not "told" with its object) may come before its subject.
    english_inverted = (
        not russian
        and before.rstrip().endswith(",")
        and _INVERTING_RE.fullmatch(say.group()) is not None
        and (
            subject_after[:1].isupper() or _key(subject_after.split()[0]) in {"the", "his", "her"}
            if subject_after
            else False
        )
    )
    inverted = (
        quoted
        or inverted_ok
        or after_comma
        or english_inverted
        or (russian and subject_after[:1].isupper())
    )
    if (
        russian
        and all(_key(word) in _LINKING_WORDS for word in subject_before.split())
        and _CLAUSE_OPEN_RE.match(masked[say.end() :])
    ):
        # "И добавила: «...»", "Также отметил, что ...": Russian drops the subject that the
        # sentence before named; it is "he" or "she".
        return Ref.PRONOUN
    if (
        not russian
        and subject_before
        and all(_key(word) in _ENGLISH_JOINERS for word in subject_before.split())
    ):
        # "And called the strikes unacceptable.", "Also noted that ...": an English sentence
        # with its subject dropped goes on with the one the sentence before had speak.
        return Ref.PRONOUN
    if inner := _inside_said_noun(say.group()):
        return inner  # "Соответствующее заявление дипломат сделал ...": the subject inside
    if (
        not inverted
        and not russian
        and _COORDINATED_VERB_RE.search(subject_before)
        and (shared := _opening_subject_of(masked)) is not None
        and shared is not Ref.SOMEONE
    ):
        # "The Russian Defense chief agreed completely, but said that ...": a second verb
        # of the sentence's subject, after "but" or "and".
        return shared
    if not inverted and _spoken_together(subject_before, say.group()):
        # «Губернатор ... Павел Малков и военный комиссар ... Игорь Егоров сказали, что ...»:
        # two people said it together; the words are no one person's.
        return Ref.SOMEONE
    if (
        subject_before
        and not quoted
        # ("..., said the talks failed": "the" opens what was said, not a subject.)
        and (
            not inverted or not subject_after or (english_inverted and subject_after[:1].islower())
        )
    ):
        # "Mikhail Kamynin, spokesman for Foreign Minister Sergei Lavrov, said": the name
        # opening the sentence, not the one inside the apposition after it, is the subject;
        # a surname we do not know there ("Kaminjin, spokesperson for ...") names someone.
        if name_first := _named_before_apposition(masked[: say.start()], say.group()):
            return name_first
        if _surname_before_post(masked[: say.start()]):
            return Ref.SOMEONE
    spans = [subject_after, subject_before] if inverted else [subject_before]
    if (
        inverted
        and russian
        and not quoted
        and not after_comma
        and _known_subject_last(subject_before)
    ):
        # "В начале встречи Путин предложил Керри ...": a known name in the nominative right
        # before the verb is its subject; the capitalised word after it is its object.
        spans = [subject_before, subject_after]
    if russian and not inverted:
        spans.append(subject_after)  # "заявила она", "отметил дипломат"
    fallback: Ref | None = None
    for span in spans:
        if not span:
            continue
        if span is subject_after and _oblique(span.rstrip(":;,.")):
            # "Лавров пояснил Джону Керри ...", "процитировала Рождественского": the one
            # spoken to or cited, never the subject (nor "someone" speaking).
            continue
        if span is subject_before and _institution_last(span):
            # "X and Y held a call, the Russian Foreign Ministry said": the ministry's words.
            fallback = Ref.SOMEONE
            continue
        if span is subject_before and (post := _post_after_comma(span)) is not None:
            # "During a press conference with his Chinese counterpart Wang Yi, the Russian
            # minister added": the name is in the clause before; the post is the subject.
            return post
        name = person_name(span) if span is subject_after else _last_person(span)
        if name:
            return name
        reference = _reference(span)
        before_verb = span is subject_before and reference is not None
        if fallback is None or (fallback is Ref.SOMEONE and before_verb):
            # "Российский министр также обвинил Штаты ...": the subject before the verb
            # ("the minister", "он") beats a capitalised object after it (but "журналист
            # Sky News попросил министра": a post after the verb is no subject then).
            fallback = reference
    if (
        russian
        and fallback is not Ref.PRONOUN
        # («Пресс-секретарь ответил и на вопрос, почему Путин скрывает ...»: a post before the
        # verb is its subject; a name after it is inside what he answered.)
        and not (fallback not in (None, Ref.SOMEONE) and subject_before)
        and (name := _person_after(sentence[say.end() :], masked[say.end() :]))
    ):
        return name  # Russian word order: "Соответствующее заявление сделала ... Захарова"
    opening = masked[: say.start()]
    # ("..., подчеркнул, что ...": a verb after a comma with nobody after it is not inverted.)
    unnamed_after = after_comma and not quoted and not inverted_ok and not subject_after
    if (
        fallback in (None, Ref.SOMEONE)
        and (not inverted or unnamed_after)
        and len(opening.split()) > _SUBJECT_WINDOW
        and (name := _named_before_apposition(opening, say.group()))
    ):
        # "Kirill Dmitriev, Chairman of ... and Special Representative of ... for Investment
        # and Economic Cooperation with Foreign Countries, noted that ...": an apposition too
        # long for the subject's window, between the name opening the sentence and the verb.
        return name
    if fallback is None and subject_before and not inverted:
        # Someone we cannot name is speaking ("Previously, macron said", "the agency said").
        return Ref.SOMEONE
    return fallback


def _post_after_comma(span: str) -> Ref | None:
    """The post that stands alone after the last comma of the words before a verb, when a
    name stands before that comma ("... with his counterpart Wang Yi, the Russian minister"):
    the verb's subject; None otherwise."""
    head, comma, tail = span.rpartition(",")
    tail = tail.strip()
    if not comma or not tail or _last_person(head) is None or person_name(tail) is not None:
        return None
    if len(tail.split()) > _POST_AFTER_COMMA_WORDS:
        return None
    reference = _reference(tail)
    return reference if reference not in (None, Ref.SOMEONE, Ref.PRONOUN) else None


#: A post standing for the subject after a comma has at most this many words ("the Russian
#: minister", "Russia's top diplomat").
_POST_AFTER_COMMA_WORDS = 4


# A phrase that gives whose words they are, with the name: «по утверждению Пескова», "according
# to Peskov".
_WHOSE_WORDS_RE = re.compile(
    r"(?<![^\W\d_])(?:по\s+(?:словам|мнению|утверждению|оценке|выражению)|according\s+to)\s+"
    r"(?-i:[A-ZА-ЯЁ][\w'’-]+\s*){1,3}",
    re.IGNORECASE,
)


def _russian_post_last(verb: str, after: str) -> Ref | None:
    """The post that ends a Russian closing attribution after some words of its own ("свое
    понимание ситуации представитель МИД РФ"): the verb's subject, when the last words
    (two to four) name one of our own posts; None otherwise."""
    if not has_cyrillic(verb):
        return None
    words = after.strip(" .!?…").split()
    if len(words) < 3 or len(words) > _CLOSING_WORDS:
        return None
    for size in (4, 3, 2):
        if size < len(words):
            found = _reference(" ".join(words[-size:]))
            if found is None or found is Ref.SOMEONE or found is Ref.PRONOUN:
                continue
            # (Not "турецкий министр обороны": an adjective before the post is part of it,
            # another country's post; only a noun of what was said may stand there.)
            if words[-size - 1].casefold().endswith(_ADJECTIVE_ENDINGS):
                return None
            return found
    return None


# The nominative endings of a Russian adjective («турецкий», «белорусский», «новая»).
_ADJECTIVE_ENDINGS = ("ий", "ый", "ой", "ая", "яя")


#: A closing attribution whose subject ends it has at most this many words after its verb.
_CLOSING_WORDS = 10


#: A name closing a sentence after a quote stands within this many characters of it.
_NAMED_AFTER_QUOTE_CHARS = 120


def _named_after_quote(sentence: str, masked: str) -> str | None:
    """ "“...,” the spokesman for the Russian leader, Dmitry Peskov, …": a name that ends a
    sentence after someone's quoted words and a comma or a dash (a sentence cut before its
    verb)."""
    match = re.search(
        r"(?:[,–—-]\s*[\"»”]|[\"»”]\s*[,–—-])[\s,–—-]*(?P<rest>[^\"«»“”]{3,240})$", sentence
    )
    if not match:
        return None
    quotes = QUOTED_RE.findall(sentence[: match.start() + 1])
    opened_before = not re.search(r"[^\W\d_]", masked[: match.start()])
    if not opened_before and not any(len(q.split()) >= SPEECH_QUOTE_WORDS for q in quotes):
        return None  # «Россия сегодня», Дмитрия Киселева: a quoted name, not a quote
    # "“...,” the opening line of a Telegram post by Dmitry Medvedev, ...": the author.
    if by := re.match(
        r"(?:[^,;]{0,60}?\s)?(?:by|от)\s+(?P<name>[^,;–—]{3,60})", match.group("rest")
    ):
        words = by.group("name").split()
        run = [w for w in itertools.takewhile(lambda w: w[:1].isupper(), words)]
        if run and (name := person_name(" ".join(run))):
            return name
    if len(match.group("rest")) > _NAMED_AFTER_QUOTE_CHARS:
        return None
    chunks = [c.strip(" .…") for c in match.group("rest").split(",")]
    chunks = [c for c in chunks if c]
    if not chunks or _key(chunks[-1].split()[0]) in _RELATIVE or _oblique(chunks[-1]):
        # "..., которое министр дал обозревателю Анне Вороновой": the one spoken to.
        return None
    if _after_preposition(chunks[-1]):
        return None  # '"...," said a collaborator of Vladimir Putin': the one it is of
    return person_name(chunks[-1])


# "«..., – сказал Лавров, – ...»", '"..., " he said, "...': an attribution inside a quote
# (a copy may type its dashes as hyphens: '"..., - напомнил Путин. - ..."').
_INTERRUPTION_RE = re.compile(
    rf"(?<=[,.!?…])\s*[–—-]\s+(?:(?:{_SAY_WORDS})\s+[^–—«»\"“”]{{1,60}}?"
    # («..., — излагает вступительную речь Путина британская Independent, репортер которой
    # присутствовал на встрече. — ...»: an outlet relaying him, and who it is.)
    r"|(?:цитиру|привод|излага|пересказыва|переда)[а-яё]*\s+[^–—«»\"“”]{1,100}?)"
    r"[,.]?\s*[–—-](?=\s)",
    re.IGNORECASE,
)
_WRITE_RE = re.compile(r"wrote|writes|написал(?:а|и)?", re.IGNORECASE)
# A reported clause or a quote that opens right after a verb: "wrote that", "написал, что".
# ("wrote on his Telegram channel:", "написал в своем канале, что": a place of a few words.)
_CLAUSE_OPEN_RE = re.compile(
    r"(?:\s+(?:in|on|at|в|на)(?:\s+[^\s,:;.]+){1,4}?)?\s*(?:,?\s*(?:что|that)(?![^\W\d_])|:)",
    re.IGNORECASE,
)


#: An attribution that closes a sentence ("..., said Lavrov on Tuesday.") has at most this many
#: words after its verb.
_CLOSING_WORDS = 10
#: ... or this many after a subject of two words or more (a post and a name).
_CLOSING_TAIL_WORDS = 6
#: ... or, after a subject of this many words at most, ...
_SUBJECT_WORDS = 4
#: ... or this many, a post and the name that ends the sentence.
_POST_AND_NAME_WORDS = 16
# Two capitalised words ending a sentence: a first name and surname.
_NAME_AT_END_RE = re.compile(r"(?P<name>[A-ZА-ЯЁ][\w'’-]+\s+[A-ZА-ЯЁ][\w'’-]+)\s*[.!?…]*\s*$")
#: ... this many words of circumstances, from a preposition on ("во время ... после ...").
_CIRCUMSTANCE_WORDS = 16


# What ends the words before a closing attribution: a comma, a dash or a closing quote.
_CLOSING_MARK_BEFORE_RE = re.compile(r"[,–—\"'»”’]\s*$")


def _closing(sentence: str, masked: str, say: re.Match[str]) -> bool:
    """Whether a verb of saying closes its sentence as an attribution: after a comma, a dash or
    a closing quote, with only its subject and a few words after it ("..., — заявил он в
    эфире.", "..., said the minister"); never a participle ("..., saying ...", "..., назвав
    её опасной")."""
    if say.group().casefold().endswith(("ing", "в")) or not _CLOSING_MARK_BEFORE_RE.search(
        masked[: say.start()]
    ):
        return False
    return _little_after(sentence, say)


def _little_after(sentence: str, say: re.Match[str]) -> bool:
    """Whether only a few words, none opening a clause, follow a verb of saying to the end of
    its sentence ("..., — заявил он в эфире.")."""
    rest = sentence[say.end() :]
    if _CLAUSE_STOP_RE.search(rest.rstrip(" .!?…")):
        return False
    words = len(rest.split())
    # A long post and name as the subject leave the same few words after them: "...,
    # admitted Russian Foreign Ministry Spokesperson Maria Zakharova in a press conference".
    subject = len(_words_after(rest).split())
    if words <= _CLOSING_WORDS or (subject >= 2 and words - subject <= _CLOSING_TAIL_WORDS):
        return True
    if words <= _POST_AND_NAME_WORDS and (named := _NAME_AT_END_RE.search(rest)):
        # "..., заявил постоянный представитель Российской Федерации при международных
        # организациях в Вене Михаил Ульянов.": a long post, the name closing the sentence.
        return person_name(named.group("name")) is not None
    # "..., — заявил чилийский лидер во время пресс-конференции в президентском дворце
    # Ла-Монеда после встречи с министрами.": only circumstances, one after another, after
    # the subject (no clause: _CLAUSE_STOP_RE found none).
    words_after = rest.split()
    after = [_key(word) for word in words_after]
    at = next((i for i, key in enumerate(after) if key in _PREPOSITIONS), None)
    if at is None or not 1 <= at <= _SUBJECT_WORDS or len(after) - at > _CIRCUMSTANCE_WORDS:
        return False
    # The words before the circumstances are a subject: a name, a pronoun or a post ("чилийский
    # лидер"), not an object ("underlined the significance of ...").
    last = after[at - 1]
    return (
        person_name(" ".join(words_after[:at])) is not None
        or last in _PRONOUNS
        or last in _HEAD_NOUNS
        or last in _JOURNALIST_NOUNS
        or _is_post_noun(last)
    )


# ", Ushakov said.", ", the minister said.": a closing attribution's subject before its verb,
# after the comma, dash or quote that ends what was said.
_SUBJECT_CLOSING_RE = re.compile(r"[,–—\"'»”’]\s*(?P<subject>(?:[\w.'’-]+\s+){1,4})$")


def _closing_after_subject(sentence: str, masked: str, say: re.Match[str]) -> bool:
    """Whether a verb of saying closes its sentence with its subject just before it ("...,
    Ushakov said.", "..., he said."): a person's name, a pronoun or a post, and then only a
    few words to the end (see :func:`_closing`)."""
    if say.group().casefold().endswith("ing"):
        return False
    found = _SUBJECT_CLOSING_RE.search(masked, 0, say.start())
    if found is None:
        return False
    subject = found.group("subject").strip()
    words = subject.split()
    keys = [_key(word) for word in words]
    # The whole span is the subject: a name in capitals, "he", or "the <post>" (not
    # "something he said ...", where "he said" sits inside a clause).
    named = all(word[:1].isupper() for word in words) and person_name(subject) is not None
    post = keys[0] == "the" and len(keys) > 1 and _reference(subject) is not None
    if not (named or post or keys in (["he"], ["she"])):
        return False
    return _little_after(sentence, say)


# "..., reiterated by Russian President Putin": a passive participle; but "responded by
# saying", "replied by noting": the verb's own, and its subject before it.
_BY_AFTER_RE = re.compile(r"\s+by\s(?![a-z]+ing(?![\w-]))", re.IGNORECASE)
# "until their meeting is officially announced": an English passive, whose subject is what
# was said, not who said it ("X was asked" is read apart: someone asked X).
_PASSIVE_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE
)
_ANSWER_VERBS = frozenset(
    {"ответил", "ответила", "ответили", "отвечал", "отвечала", "отвечали", "answered"}
)
# "Дипломат ответила на вопросы журналистов.", "He answered questions from reporters.": taking
# questions tells of the event, not what was said (no "что", colon or quote follows).
_ANSWERED_QUESTIONS_RE = re.compile(
    r"\s+(?:на\s+вопрос\w*|(?:\w+\s+)?questions)"
    r"[^:,«\"“]*$",
    re.IGNORECASE,
)
#: "According to X" opening a sentence stands within this many characters of its start.
_ACCORDING_AT = 24
#: "По его словам" / "according to her" opening a sentence ends within this many characters
#: of its start (the longest form, "in her opinion", with a dash or bracket before it).
_ACCORDING_PRONOUN_AT = 24
# What may stand before a sentence's opening words: quote marks, dashes, brackets, spaces.
_OPENING_PUNCTUATION = " \t\n\"'«“„([–—-"


def _took_questions(masked: str, say: re.Match[str]) -> bool:
    """Whether a verb of saying only tells that questions were taken ("answered questions")."""
    return (
        say.group().lower() in _ANSWER_VERBS
        and _ANSWERED_QUESTIONS_RE.match(masked, say.end()) is not None
    )


# Only a quote (blanked), then a short subject or none before the verb: '"...," she wrote',
# '"...", - написала дипломат' (a spaced hyphen for a dash).
_SUBJECT_AFTER_QUOTE_RE = re.compile(r"[\s,.–—-]*(?:[^\W\d_][\w'’.-]*\s+){0,4}")
# ... or a subject with its post spelt out, ending with the person's name ('"...," Deputy
# Chairman of the Russian Security Council Dmitry Medvedev wrote').
_POSTED_SUBJECT_AFTER_QUOTE_RE = re.compile(r"[\s,.–—-]*(?:[^\W\d_][\w'’.-]*\s+){5,12}")


def _subject_after_quote(sentence: str, masked: str, say: re.Match[str]) -> bool:
    """Whether a verb closes a quote with its subject before it ('"...," she wrote', "...»,
    — Захарова написала"): the sentence has a closing quote mark before the verb and nothing
    but the subject outside the quote."""
    before = sentence[: say.start()]
    if not any(mark in before for mark in _QUOTE_CLOSE):
        return False
    outside = masked[: say.start()]
    if _SUBJECT_AFTER_QUOTE_RE.fullmatch(outside) is not None:
        return True
    return (
        _POSTED_SUBJECT_AFTER_QUOTE_RE.fullmatch(outside) is not None
        and _last_person(outside.strip(" ,.–—-")) is not None
    )


# "приводит слова X", "передает слова X ТАСС", "процитировало слова X РИА Новости", "приводит
# ТАСС слова X", «приводит РИА "Новости" комментарий X»: the agency may stand between the verb
# and "слова".
# The nouns for what an agency passes on: «слова», «комментарий», «высказывания».
_RELAYED_NOUNS = r"(?:слова|комментари[йи]|высказывани[ея]|речь|выступлени[ея])"
_RELAYS_WORDS = (
    r"(?:привод(?:ит|ят|ятся)|переда[её]т|передают|процитировал[аои]?|излага(?:ет|ют)"
    r"|пересказыва(?:ет|ют))(?:\s+[^\s,.;:]+){0,3}?"
    rf"\s+{_RELAYED_NOUNS}"
)
# The noun that ends a match of _RELAYS_WORDS: the name after it is the one quoted.
_RELAYED_NOUN_END_RE = re.compile(rf"{_RELAYED_NOUNS}\s+$")
# "..., — цитирует Марию Захарову Sputnik.az", "TASS quoted Ushakov as saying": the quote is
# the object's, not the agency's.
_QUOTES_OBJECT_RE = re.compile(
    # "цитирует ТАСС слова X": the agency between the verb and "слова" (tried first).
    r"(?<![\w-])(?:цитиру(?:ет|ют)(?:\s+[^\s,.;:]+){0,3}?\s+слова|цитиру(?:ет|ют)|quoted|quotes"
    r"|cited|cites"
    # "пишет «Коммерсант» со ссылкой на X": an outlet's words, from X.
    r"|(?:пиш(?:ет|ут)|сообща(?:ет|ют)|переда[её]т)(?:\s+[^\s,.;:]+){0,3}?\s+со\s+ссылкой\s+на"
    rf"|{_RELAYS_WORDS}"
    # "говорится (сказано) в заявлении X": the words are from X's statement.
    r"|(?:говорится|сказано)\s+в\s+(?:заявлении|сообщении|комментарии|публикации|посте|обращении"
    # "говорится в письме Небензи", "сказано в статье Лаврова": the writer's words.
    r"|письме|статье|колонке|послании)"
    # "..., следует из комментария официального представителя МИД РФ Марии Захаровой".
    r"|следует\s+из\s+(?:заявления|сообщения|комментария|публикации|поста|обращения|письма"
    r"|статьи|интервью|слов))\s+",
    re.IGNORECASE,
)
# "В письме подчёркивается, что", "В статье также говорится": the text just named speaks.
_IN_THE_LETTER_RE = re.compile(
    r"^\W*в\s+(?:этом\s+|том\s+же\s+)?(?:письме|статье|послании|обращении)\s+(?:также\s+)?"
    r"(?:подч[её]ркивается|отмечается|говорится|указывается|сказано)(?![^\W\d_])",
    re.IGNORECASE,
)
# "Полная цитата Рябкова:", "Цитата Захаровой:", "Прямая речь Кислицы:", "Слова Пескова:",
# "Full quote by Lavrov:": a line that hands the quote under it (or after it, the quotes
# blanked) to the one it names.
_FULL_QUOTE_RE = re.compile(
    r"^\W*(?:(?:полная|дословная)\s+)?(?:цитата|прямая\s+речь|слова|(?:full\s+)?quote\s+"
    r"(?:of|by|from))\s+(?P<whose>[^\W\d_][^:;.!?]{2,50}?)\s*:\s*[.!?…]?\s*$",
    re.IGNORECASE,
)
# Every match of the pattern above holds one of these (see may_hold).
_FULL_QUOTE_ANCHORS = ("цитат", "речь", "слова", "quote")
# '"...," Lavrov was quoted as saying', "X is cited as saying": the passive's subject said it.
_QUOTED_AS_SAYING_RE = re.compile(
    r"(?<![^\W\d_])(?:was|were|is|are|has been)\s+(?:quoted|cited)"
    r"(?:\s+by\s+[^,.;:]{1,40}?)?\s+as\s+saying(?![^\W\d_])",
    re.IGNORECASE,
)


def _quoted_subject(masked: str) -> Sayer:
    """Who "X was quoted as saying" has say the words: X, before the passive."""
    found = _QUOTED_AS_SAYING_RE.search(masked)
    subject = _clause_before(masked[: found.start()]) if found else ""
    if not subject:
        return None
    return _last_person(subject) or _reference(subject)


#: The one quoted stands within this many words after "цитирует", "quoted".
_QUOTED_OBJECT_WORDS = 6


# '"...," TASS quoted her as saying', «— цитирует его ТАСС», «приводит её слова РИА Новости»:
# an agency quotes the one a pronoun points back to.
_QUOTED_PRONOUN_RE = re.compile(
    r"(?<![\w-])(?:(?:quoted|quotes|cited|cites)\s+(?P<en>him|her)\s+as\s+saying"
    r"|(?:цитиру(?:ет|ют)|процитировал[аои]?)\s+(?P<ru>его|ее|её)(?![\w-])"
    r"|(?:привод(?:ит|ят)|переда[её]т|передают|процитировал[аои]?)\s+(?P<of>его|ее|её)\s+слова"
    # «..., — говорится в ее заявлении на сайте МИД», «следует из его комментария».
    r"|(?:(?:говорится|сказано)\s+в|следует\s+из)\s+(?P<in>его|ее|её)\s+(?:заявлени|сообщени"
    r"|комментари|публикаци|пост|обращени|письм|стать|интервью))",
    re.IGNORECASE,
)


# "her", «её»: a pronoun that says its person is a woman.
_FEMININE_PRONOUNS = frozenset({"her", "ее", "её"})


def _quoted_pronoun_gender(text: str) -> str | None:
    """The gender of the pronoun an agency's "quoted her as saying" points back with."""
    found = _QUOTED_PRONOUN_RE.search(text)
    if found is None:
        return None
    pronoun = _key(found.group("en") or found.group("ru") or found.group("of") or found.group("in"))
    return "f" if pronoun in _FEMININE_PRONOUNS else "m"


def _quoted_object(sentence: str, masked: str) -> Sayer:
    """The known official whom a sentence says an agency quotes ("— цитирует Марию Захарову
    Sputnik.az", "TASS quoted Ushakov as saying"), or "the ministry's representative" whose
    comment it quotes ("цитируют ... комментарий представителя российского МИД"), or the one
    a pronoun points back to ("TASS quoted her as saying")."""
    if _QUOTED_PRONOUN_RE.search(masked):
        return Ref.PRONOUN
    found = _QUOTES_OBJECT_RE.search(masked)
    if found is None:
        return None
    words = sentence[found.end() :].split()[:_QUOTED_OBJECT_WORDS]
    # (A post may come first, capitalised or not: "RIA Novosti quoted Deputy Foreign Minister
    # Sergei Ryabkov as saying", "quoted the deputy minister Sergei Ryabkov".)
    run = list(
        itertools.takewhile(lambda w: w[:1].isupper() or is_post_word(_key(w)) or w == "the", words)
    )
    for start in range(len(run)):
        for end in range(min(len(run), start + _NAME_WORDS), start, -1):
            name = person_name(" ".join(run[start:end]).rstrip(",.;:"))
            if name and is_known_official(name):
                return name
    if has_cyrillic(found.group(0)) and (known := _known_among(words)):
        # «... комментария официального представителя МИД РФ Марии Захаровой»: a post in
        # lower case, then the known official's name in the genitive.
        return known
    if (
        run
        and _RUSSIAN_OBJECT_RE.match(found.group(0))
        and _CYRILLIC_NAME_RE.fullmatch(run[0])
        # (Right after the verb: not after a quoted outlet, «цитирует "Интерфакс" Прямая ...»;
        # but after «приводит РИА "Новости" комментарий» the name is the one quoted.)
        and (
            sentence[found.start() : found.end()] == found.group(0)
            or _RELAYED_NOUN_END_RE.search(found.group(0)) is not None
        )
    ):
        # «приводит слова Андреева агентство ТАСС»: someone the table does not hold, whom
        # :func:`_surnames_again` names when the page named him in full before.
        return Ref.SOMEONE
    if _AS_SAYING_RE.match(" ".join(words[len(run) :])) and run:
        # "Xinhua quoted Xi Jinping as saying ...": anyone named in full right before "as
        # saying"; a surname alone ("the ministry cited Wang as saying") is someone whom
        # :func:`_surnames_again` may name.
        name = person_name(" ".join(run))
        if name and len(name.split()) >= 2:
            return name
        # ("the Prime news agency cited the minister as saying": the post names him.)
        return _reference(" ".join(run)) if not name else Ref.SOMEONE
    keys = [_key(word) for word in words]
    others = [
        w for w, k in zip(words, keys, strict=True) if w[:1].isupper() and k not in _OWN_SIDE_WORDS
    ]
    if any(k in _POST_NOUNS for k in keys) and not others:
        return Ref.OWN_POST
    return None


def _known_among(words: list[str]) -> str | None:
    """The known official two capitalised words in a row among ``words`` name, if any."""
    for start in range(len(words) - 1):
        pair = words[start : start + 2]
        if all(w[:1].isupper() for w in pair):
            name = person_name(" ".join(pair).rstrip(",.;:"))
            if name and is_known_official(name):
                return name
    return None


_AS_SAYING_RE = re.compile(r"as\s+saying(?![^\W\d_])", re.IGNORECASE)
# The Russian verbs of _QUOTES_OBJECT_RE whose object is the one quoted.
_RUSSIAN_OBJECT_RE = re.compile(r"(?i:цитиру|привод|переда|процитир|излага|пересказыва)")
# A Russian name's word in any case ("Андреева", "Захарову"; not an agency's "ТАСС").
_CYRILLIC_NAME_RE = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?[,.;:]?")


# "When asked to comment on ..., he said": a clause of a question put to the sentence's
# subject, whose verb of saying is the one after it.
_ASKED_CLAUSE_RE = re.compile(r"(?:^|(?<![\w-])(?:when|if|once|as|while))\s*$", re.IGNORECASE)


# "Когда Пескову напомнили, что ...", "Когда его спросили о ...": a Russian clause of time whose
# plural verb is the reporters' question to the sentence's subject.
_WHEN_CLAUSE_RE = re.compile(r"(?<![\w-])когда\s+[^,;:]*$", re.IGNORECASE)


def _asked_clause(masked: str, say: re.Match[str]) -> bool:
    """Whether ``say`` is "asked" opening a clause of a question put to the subject ("When
    asked about ...", "Asked whether ..."), or a Russian plural verb in a clause of time
    ("Когда Пескову напомнили, что ..., тот сказал": the verb after it is the subject's)."""
    before = masked[: say.start()].lstrip(_OPENING_PUNCTUATION)
    if _plural_russian(say.group()):
        return _WHEN_CLAUSE_RE.search(before) is not None
    return say.group().casefold() == "asked" and _ASKED_CLAUSE_RE.search(before) is not None


# After a quote, the words that say its sayer did something with it: «...», — этими словами
# ...; '"..." With these words, ...' (the quote itself is blanked where this is looked for).
_THESE_WORDS_RE = re.compile(
    r"(?:[—–-]\s*(?:этими|такими|этой|такой)\s+(?:словами|фразой)"
    r"|[Ww]ith\s+(?:these|those)\s+words,?)\s+"
)


def sentence_sayer(sentence: str, masked: str | None = None, *, report: bool = False) -> Sayer:
    """The speaker a sentence of narration names, a reference to one, or None.

    Args:
        sentence: The sentence.
        masked: The sentence with quoted words blanked out, if the quotes started before it
            (taken from its paragraph); by default the sentence's own quotes are blanked.
        report: The sentence is a report's narration: "As X pointed out, ..." opening it
            names its sayer (in an official's remarks it refers to X's words).
    """
    masked = mask_quotes(sentence) if masked is None else masked
    if ("слов" in masked or "words" in masked) and (these := _THESE_WORDS_RE.search(masked)):
        # "«...», — этими словами губернатор ... Вячеслав Гладков начал пресс-конференцию":
        # the one who opened or closed something with the quote's words said them.
        span = _words_after(sentence[these.end() :])
        opener: Sayer = _person_after(sentence[these.end() :], masked[these.end() :])
        if opener := opener or ((person_name(span) or _reference(span)) if span else None):
            return opener
    if what := _THIS_IS_WHAT_RE.match(masked):
        # "This is what X told reporters": the verb's subject follows "what".
        return sentence_sayer(sentence[what.end() :], masked[what.end() :], report=report)
    if (view := _VIEW_OF_RE.match(masked)) and (
        name := _person_after(sentence[view.end() :], masked[view.end() :])
    ):
        return name
    if (may_hold(masked, _PASSIVE_ANCHORS) and (passive := _PASSIVE_RE.search(masked))) and (
        name := _person_after(sentence[passive.end() :], masked[passive.end() :])
    ):
        return name
    if (
        "цитиру" in masked
        or "quote" in masked
        or "cite" in masked
        or "слова" in masked
        or "комментари" in masked
        or "высказывани" in masked
        or "речь" in masked
        or "выступлени" in masked
        or "говорится" in masked
        or "сказано" in masked
        or "ссылкой" in masked
        or "следует из" in masked
    ) and (quoted := _quoted_object(sentence, masked)):
        return quoted
    if " as saying" in masked and (quoted := _quoted_subject(masked)):
        return quoted
    if may_hold(sentence, (" read",)) and _DOCUMENT_READS_RE.search(sentence):
        # '"...," the statement read.': a document's words, no person's (not even the one
        # the quote names: "Putin had a telephone conversation with ...").
        return Ref.SOMEONE
    if _IN_THE_LETTER_RE.match(masked):
        # "В письме подчёркивается, что ...": the letter the sentence before named, its
        # writer's words (as "он подчеркнул").
        return Ref.PRONOUN
    if may_hold(masked, _FULL_QUOTE_ANCHORS) and (heading := _FULL_QUOTE_RE.match(masked)):
        # "Полная цитата Рябкова:", "Full quote of Lavrov:": a line over someone's quote.
        return person_name(heading.group("whose"))
    fallback: Sayer = None
    opening = _ACCORDING_RE.search(masked, 0, _ACCORDING_AT)
    if opening and not _ACCORDING_PRONOUN_RE.search(masked, 0, opening.end() + 12):
        # "По словам дипломата, ... лидеры утверждали, что ...": the sentence opens by saying
        # whose words it gives; verbs further on are inside them.
        span = _words_after(sentence[opening.end() :])
        found = (person_name(span) or _reference(span)) if span else None
        if found is Ref.SOMEONE:
            # "According to TASS, Lavrov said ...", "По информации ТАСС, Лавров заявил ...": an
            # outlet or a body relays the words; the sentence's own verb says whose they are
            # (as after «По данным РИА Новости, ...» or «Как сообщает ТАСС, ...»).
            fallback = found
        elif found:
            return found
        if not span and (aide := _president_aide(sentence[opening.end() :])):
            return aide
    if may_hold(masked[:_ACCORDING_AT], _POSSESSIVE_VIEW_ANCHORS) and (
        view := _POSSESSIVE_VIEW_RE.match(masked)
    ):
        # "In Lavrov's view, ...", "In the minister's opinion, ...": whose words it gives.
        whose = view.group("whose")
        found = person_name(whose) or _reference(whose)
        if found is not None:
            return found
    if (pronoun := _ACCORDING_PRONOUN_RE.search(masked, 0, _ACCORDING_PRONOUN_AT)) and (
        not masked[: pronoun.start()].strip(_OPENING_PUNCTUATION)
    ):
        # "По его словам, альянс добавил ... фонд", "According to her, the side noted ...":
        # the sentence opens by saying whose words it gives; verbs further on are inside them.
        return Ref.PRONOUN
    if _ELIDED_SUBJECT_RE.match(masked):
        # "He praised the talks. And called the sanctions unacceptable.", «И назвал санкции
        # неприемлемыми»: a sentence that goes on with the last one's subject.
        return Ref.PRONOUN
    # "..., reiterated by Russian President Putin": a passive participle says nothing itself
    # (a passive sentence, "was stated by X", is read above).
    verbs = [
        v
        for v in _SAY_RE.finditer(masked)
        if not _BY_AFTER_RE.match(masked, v.end())
        and not (_PASSIVE_BEFORE_RE.search(masked, 0, v.start()) and v.group() != "asked")
        and not _took_questions(masked, v)
        and not _asked_clause(masked, v)
        and not _hedged(masked, v)
        and not _not_said(masked, v)
    ]
    if len(verbs) > 1 and (clause := _OPENING_TIME_CLAUSE_RE.match(masked)):
        # "When interviewer Ryan Chilcott said ..., Peskov replied: “...”": a verb inside an
        # opening clause of time is not the sentence's; the one after its comma is.
        main = [v for v in verbs if v.start() >= clause.end()]
        verbs = main or verbs
    if len(verbs) > 1 and (
        _closing(sentence, masked, verbs[-1]) or _closing_after_subject(sentence, masked, verbs[-1])
    ):
        # "Керри говорит, что ..., напомнила журналистка", "Putin stressed that ..., Ushakov
        # said.": the attribution that closes the sentence says whose words it all is; the
        # verbs before it are inside them.
        closing = _sayer_of(sentence, verbs[-1], masked, report=report) or Ref.SOMEONE
        if closing is Ref.SOMEONE:
            # "Kremlin spokesperson Dmitry Peskov stated that ..., says European Pravda.": an
            # outlet closing the sentence relays what the one named before it said.
            for say in verbs[:-1]:
                named = _sayer_of(sentence, say, masked, report=report)
                if isinstance(named, str) and not _outlet_report(say, named):
                    return named
        return closing
    relayed_by_body = fallback is Ref.SOMEONE  # "According to the UN Secretariat, ..."
    # Verbs inside a quote are the quoted person's own words, not the report's.
    for say in verbs:
        if _WRITE_RE.fullmatch(say.group()) and not (
            _closing(sentence, masked, say)
            or _CLAUSE_OPEN_RE.match(masked[say.end() :])
            or _subject_after_quote(sentence, masked, say)
        ):
            continue  # "он написал 214 постов": writing something is not saying it
        sayer = _sayer_of(sentence, say, masked, report=report)
        if isinstance(sayer, str) and _outlet_report(say, sayer):
            continue
        if isinstance(sayer, str):
            return sayer
        if sayer is Ref.SOMEONE and (relayed := _relayed_sayer(sentence, masked, say)):
            return relayed
        if (
            relayed_by_body
            and sayer in (Ref.PRONOUN, Ref.OWN_POST, Ref.AIDE)
            and (_closing(sentence, masked, say) or _closing_after_subject(sentence, masked, say))
        ):
            # "According to the UN Secretariat, the Ukrainian leader will attend ..., he said.":
            # the closing attribution is whose words these are; the body is his source.
            return sayer
        fallback = fallback or sayer
    if fallback is not None:
        return fallback
    if _ACCORDING_PRONOUN_RE.search(masked):
        return Ref.PRONOUN
    if match := _ACCORDING_RE.search(masked):
        after = sentence[match.end() :]
        span = _words_after(after)
        if not span and (former := _FORMER_POST_RE.match(after)):
            # "According to former Russian President Dmitry Medvedev, ...": a former post
            # names no one of its own, but the name after it does.
            return person_name(_words_after(after[former.end() :]))
        return person_name(span) or _reference(span) if span else None
    if (began := _BEGAN_AFTER_QUOTE_RE.search(sentence)) and sentence.lstrip()[:1] in _QUOTE_OPEN:
        # '"Dear colleagues," Lavrov began.': beginning to speak, after the words.
        who = began.group("who") or began.group("who2")
        return person_name(who) or _reference(who)
    return _named_after_quote(sentence, masked) or _signed(masked)


# A clause of time opening a sentence, to its comma: "When the host said ..., ", «Когда
# журналист спросил ..., ».
_OPENING_TIME_CLAUSE_RE = re.compile(
    r"^\W*(?:when|after|once|as soon as|когда|после того,?\s+как)\s[^,;:«»\"“”]{3,200}?,",
    re.IGNORECASE,
)


# A sentence opening on "And"/"But" (И, А, Но) right before its verb of saying: its subject
# is the one of the sentence before, left out.
_ELIDED_SUBJECT_RE = re.compile(
    rf"^\W*(?:and|but|и|а|но)\s+(?:(?:also|then|также|затем|тоже|еще|ещё)\s+)?"
    rf"(?:{_SAY_WORDS})(?![\w-])",
    re.IGNORECASE,
)


# '"...," Lavrov began.', '«...», — начал Песков.': who began, after a quote and its comma,
# at the sentence's end.
_BEGAN_AFTER_QUOTE_RE = re.compile(
    r"[\"”»’],?\s*(?:[–—-]\s*)?(?P<who>[A-ZА-ЯЁ][^.!?\"”«»]{0,60}?|(?:the|he|she)\s?[^.!?\"”«»]"
    r"{0,60}?)\s+began\s*[.!]?$"
    r"|[\"”»’],?\s*(?:[–—-]\s*)?начал[аи]?\s+(?P<who2>[^.!?\"”«»]{2,60}?)\s*[.!]?$"
)


def _outlet_report(say: re.Match[str], sayer: str) -> bool:
    """ "The Wall Street Journal reported that ...": "reported" names a sayer only when it is a
    person of our table ("Lavrov also reported that he discussed ..."); an outlet's report, or
    anyone else's, is not read as their words."""
    return say.group().lower() == "reported" and find_known_speaker(sayer) is None


# Hearsay: words an outlet says someone "allegedly" said are not theirs to quote.
_HEARSAY_ANCHORS = ("якобы", "будто", "вроде бы")
# A verb of saying right after a hedge: "reports Trump allegedly told the G7 ...", «Трамп
# якобы заявил»: the reporter does not vouch for those words, so they name no sayer.
_HEDGES = frozenset(
    {"allegedly", "reportedly", "supposedly", *(a for a in _HEARSAY_ANCHORS if " " not in a)}
)


def _hedged(masked: str, say: re.Match[str]) -> bool:
    before = masked[max(0, say.start() - 16) : say.start()].split()
    return bool(before) and before[-1].lower() in _HEDGES


# A verb of saying in the perfect under "not", or under "not yet": "Trump has not yet commented
# on the talks", "hasn't responded", «Кремль пока не прокомментировал ...». Nothing was said,
# so the subject is no sayer ("did not rule out", «не стал комментировать», "declined to
# comment" say something and are verbs of their own).
_NOT_YET_RE = re.compile(
    r"(?<![\w-])(?:(?:has|have|had)\s+not|(?:has|have|had)n[’']t|not\s+yet|never)"
    r"(?:\s+yet)?(?:\s+(?:publicly|officially))?\s+$"
    r"|(?<![\w-])(?:пока|ещ[её]|так\s+и|никак)\s+не\s+$",
    re.IGNORECASE,
)


def _not_said(masked: str, say: re.Match[str]) -> bool:
    """Whether the verb says that nothing was said (yet): see _NOT_YET_RE."""
    return _NOT_YET_RE.search(masked, max(0, say.start() - 32), say.start()) is not None


# "Ранее РУСАРМИНФО сообщило, что ...", "Общественная служба новостей сообщала, что ...": an
# outlet's report verb opening a clause that gives someone's words.
_RELAY_VERB_RE = re.compile(r"(?:сообщ(?:ил|ал)|писал|передал)(?:о|а|и)?", re.IGNORECASE)
_RELAY_THAT_RE = re.compile(r",\s+что\s+", re.IGNORECASE)


def _relayed_sayer(sentence: str, masked: str, say: re.Match[str]) -> str | None:
    """The person whose words an unnamed outlet's report relays: "Ранее РУСАРМИНФО сообщило,
    что ... Мария Захарова заявила в Баку, что ...", "Общественная служба новостей
    сообщала, что Рябков заявил, что ...": the clause after "сообщило, что" names its own
    sayer, who said what it gives (never with "якобы": the outlet's hearsay)."""
    if not _RELAY_VERB_RE.fullmatch(say.group()) or may_hold(masked, _HEARSAY_ANCHORS):
        return None
    that = _RELAY_THAT_RE.match(masked, say.end())
    if that is None:
        return None
    inner = sentence_sayer(sentence[that.end() :], masked[that.end() :])
    return inner if isinstance(inner, str) else None


# "Our relations have sunk to their lowest point — Putin.": a statement signed with its
# speaker's name after a dash (a news site's list of what someone said).
_SIGNED_RE = re.compile(r"\s[–—]\s*(?P<name>[^\W\d_][^–—,;:]{1,38}?)[.!]?\s*$")
#: A signed statement has at least this many words before its dash (not "Москва — Путин").
_SIGNED_WORDS = 4


def _signed(masked: str) -> str | None:
    """The known official whose name alone closes a statement after a dash."""
    if "—" not in masked and "–" not in masked:
        return None
    match = _SIGNED_RE.search(masked)
    if not match or len(masked[: match.start()].split()) < _SIGNED_WORDS:
        return None
    words = match.group("name").split()
    if not all(word[:1].isupper() for word in words):
        return None
    name = person_name(match.group("name"))
    return name if name and is_known_official(name) else None


# --- the page as a report ---------------------------------------------------------------------


def has_say_verb(text: str) -> bool:
    """Whether a text holds a verb of saying ("said", "заявил", "сказав")."""
    return _SAY_RE.search(text) is not None


def retold_spans(paragraph: str, speaker: str) -> list[tuple[int, int, bool]]:
    """Each sentence of a paragraph (start, end) and whether it has ``speaker`` say something
    by name ("Mr Putin stated that ...") or by the post he holds ("the President said that
    ..." of a known president, "the minister noted" of another known official)."""
    out: list[tuple[int, int, bool]] = []
    president = speaker in _PRESIDENTS
    for (a, b), sayer in zip(_spans(paragraph), paragraph_sayers(paragraph), strict=True):
        his = (
            sayer == speaker
            or (sayer is Ref.HEAD_OF_STATE and president)
            or (sayer is Ref.RUSSIAN_PRESIDENT and speaker in _RUSSIAN_PRESIDENTS)
            or (sayer is Ref.OWN_POST and not president and is_known_official(speaker))
        )
        out.append((a, b, his))
    return out


def says(paragraph: str, speaker: str) -> bool:
    """Whether a sentence of the paragraph has ``speaker`` say something ("Maria Zakharova
    advised the West to ...") or refers to them as its sayer ("the minister said")."""
    return any(sayer == speaker or sayer is Ref.OWN_POST for sayer in paragraph_sayers(paragraph))


# "I, Margarita Simonyan, ...", "Я, Анна Петрова, ...", "My name is ...": a speaker who
# introduces themself.
_SELF_NAMED_RE = re.compile(
    r"(?<![^\W\d_])(?:I|Я)\s*,\s*(?P<a>[^\W\d_][^,;:.!?]{2,40}?)\s*,"
    r"|(?<![^\W\d_])(?:my name is|меня зовут)\s+(?P<b>[^,;:.!?]{3,40})",
    re.IGNORECASE,
)

_SELF_NAMED_ANCHORS = (",", "name", "меня")


def self_named(paragraph: str) -> str | None:
    """The person who introduces themself in a paragraph, outside quotes ("..., and I,
    Margarita Simonyan, editor-in-chief of ..."): whose words the paragraph is."""
    # Masking only blanks characters out: a match needs a comma or "name"/"меня" in the text.
    if not may_hold(paragraph, _SELF_NAMED_ANCHORS):
        return None
    masked = mask_quotes(paragraph)
    for match in _SELF_NAMED_RE.finditer(masked):
        span = match.group("a") or match.group("b") or ""
        words = span.split()
        capitalised = 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words)
        if capitalised and (name := person_name(span)):
            return name
    return None


def addresses(paragraph: str, speaker: str) -> bool:
    """Whether a paragraph speaks to ``speaker`` by first name and patronymic ("Sergey
    Viktorovich, we will start right away", "Сергей Викторович, ..."): someone else's words."""
    forms = _address_forms(speaker)
    # Most paragraphs hold no first name and patronymic at all: tested before the patterns.
    plain = label_key(paragraph)
    if not forms or not any(form in plain for form in forms):
        return False
    key = label_key(mask_quotes(paragraph))
    return any(re.search(rf"(?:^|[.!?]\s+|,\s*){re.escape(form)}\s*[,!]", key) for form in forms)


@lru_cache(maxsize=256)
def _address_forms(speaker: str) -> frozenset[str]:
    """A known speaker's first name and patronymic forms ("сергей викторович")."""
    known = next((s for s in KNOWN_SPEAKERS if s.name == speaker), None)
    if known is None:
        return frozenset()
    return frozenset(" ".join(a.split()[:2]) for a in known.aliases if len(a.split()) == 3)


def speaks_for_self(text: str) -> bool:
    """Whether words say who speaks is a person: "I", "my", "we", "our", «я», «наш» ...
    ("US" is the United States)."""
    return any(found.group() != "US" for found in _SPEAKS_FOR_SELF_RE.finditer(text))


def first_person(text: str) -> bool:
    """Whether a text says "I" or "we" outside quotes."""
    return _FIRST_PERSON_RE.search(mask_quotes(text)) is not None


def mask_quotes(text: str) -> str:
    """The text with quoted words blanked out (same length; an unclosed quote runs to the end).

    An attribution that interrupts a quote between dashes («Что бы я ни ответил, – сказал
    Лавров, – вы напишете ...») is the narration's, and stays.
    """
    pieces: list[str] = []
    at = 0
    # Straight marks are re-paired only in a text with three or more (most have none).
    spans = _paired_quotes(text) if text.count('"') >= 3 else quote_spans(text)
    if "”" in text and text.count('"') % 2:
        spans = _mixed_marks(text, spans)
    elif text.count('"') % 2 and ("'," in text or "’," in text):
        spans = _closed_by_apostrophe(text, spans)
    if spans and spans[-1][1] == len(text):
        spans = _dash_closed(text, spans)
    for a, b in spans:
        pieces += [text[at:a], " " * (b - a)]
        at = b
    masked = "".join([*pieces, text[at:]])
    for match in _INTERRUPTION_RE.finditer(text):
        a, b = match.span()
        masked = masked[:a] + text[a:b] + masked[b:]
    return masked


# A quote's attribution after a comma and a dash: ", - цитирует РИА Новости слова ...",
# ", — заявил он", ", - said the minister".
_DASH_ATTRIBUTION_AFTER_RE = re.compile(r",\s*[-–—]\s+(?=[^\W\d_])")


def _dash_closed(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The quotes of a text whose last quote a copy never closed, but whose attribution
    follows a comma and a dash ('"Я хотел бы ... этого года, - цитирует РИА Новости слова
    Медведева ...'): the quote ends at that comma (read flat, the attribution is quoted)."""
    a, b = spans[-1]
    for found in _DASH_ATTRIBUTION_AFTER_RE.finditer(text, a + 1, b):
        after = text[found.end() : found.end() + 60]
        if _SAY_RE.match(after) or after.startswith(("цитиру", "приводит", "передает", "передаёт")):
            return [*spans[:-1], (a, found.start())]
    return spans


def _mixed_marks(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The quotes of a text whose straight opening mark a copy closed with a curly one ('"We
    stressed ... this practice,” Antonov stated.'): read flat, the quote would run to the end
    and take the attribution after it."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        close = text.find("”", a + 1) if text[a] == '"' and b == len(text) else -1
        if close < 0 or "“" in text[a:close] or '"' in text[a + 1 : close]:
            out.append((a, b))
            continue
        out.append((a, close + 1))
        rest = close + 1
        out += [(rest + c, rest + d) for c, d in quote_spans(text[rest:])]
    return out


# An apostrophe and a comma closing a quote a straight mark opened, before its attribution:
# '"... very short-sighted', said Peskov.'
_APOSTROPHE_CLOSE_RE = re.compile(rf"['’](?=,\s*(?:[-–—]\s*)?(?:{_SAY_WORDS})(?![\w-]))", re.I)


def _closed_by_apostrophe(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The quotes of a text whose straight opening mark a copy closed with an apostrophe
    before the attribution ('"... is not less absurd', said Peskov.'): read flat, the quote
    would run to the end and take the attribution after it."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        close = (
            _APOSTROPHE_CLOSE_RE.search(text, a + 1) if text[a] == '"' and b == len(text) else None
        )
        if close is None or '"' in text[a + 1 : close.start()]:
            out.append((a, b))
            continue
        out.append((a, close.end()))
        rest = close.end()
        out += [(rest + c, rest + d) for c, d in quote_spans(text[rest:])]
    return out


# A straight mark that opens a quote: at the start or after a space or a bracket, before a
# word; one that closes it: after a word or a stop, before a space, a stop or the end.
_OPENING_MARK_RE = re.compile(r'(?:^|(?<=[\s(]))"(?=[^\W_])')
_CLOSING_MARK_RE = re.compile(r'(?<=[^\s(])"(?=[\s,.;:!?)]|$)')
# A sentence's end right before a mark: 'wanted. "Immediately'.
_STOP_BEFORE_RE = re.compile(r"[.!?…]\s+$")


def _paired_quotes(text: str) -> list[tuple[int, int]]:
    """The quotes of a text (:func:`retrieval.text.quote_spans`), but when a copy lost a
    quote's closing mark before the next sentence's quote ('recently "when ... wanted.
    "Immediately ... silent," he pointed out.'), that quote ends at its sentence's end: read
    flat, "he pointed out" would be inside a quote and the words around it outside. Only a
    text whose every straight mark plainly opens or closes a quote is read so."""
    spans = quote_spans(text)
    opening = {m.start() for m in _OPENING_MARK_RE.finditer(text)}
    closing = {m.start() for m in _CLOSING_MARK_RE.finditer(text)}
    marks = [i for i, ch in enumerate(text) if ch == '"']
    if opening & closing or len(opening) + len(closing) != len(marks):
        return spans  # a mark that faces both ways or neither: the flat reading stands
    pairs: list[tuple[int, int]] = []
    start: int | None = None
    inner: int | None = None  # a quote opened inside the open one
    shared: int | None = None  # the mark that closed it
    lost = False
    for mark in marks:
        if mark in closing:
            if inner is not None:
                inner, shared = None, mark
                continue
            if start is None:
                return spans  # a closing mark with nothing open
            pairs.append((start, mark + 1))
            start = None
        elif start is None:
            start = mark
        elif inner is None and _STOP_BEFORE_RE.search(text, 0, mark):
            pairs.append((start, len(text[:mark].rstrip())))
            start, lost = mark, True
        elif inner is None and shared is None:
            inner = mark
        else:
            return spans
    if shared is not None:
        # '"It is hard to call it anything but "a farce," he wrote.': one mark closes the
        # quote inside and the quote around it, and the attribution follows. A quote inside
        # a quote that closes on its own mark is read flat, as before.
        if (
            inner is not None
            or start is None
            or shared != marks[-1]
            or text[shared - 1] not in ",.!?"
        ):
            return spans
        pairs.append((start, shared + 1))
        start, lost = None, True
    if not lost:
        return spans
    if start is not None:
        pairs.append((start, len(text)))
    others = [(a, b) for a, b in spans if text[a] != '"' and not any(c <= a < d for c, d in pairs)]
    return sorted(others + [(a, b) for a, b in pairs if not any(c <= a < d for c, d in others)])


# Each known person by canonical name.
_KNOWN_BY_NAME = {speaker.name: speaker for speaker in KNOWN_SPEAKERS}


def mentions(text: str, name: str) -> int:
    """How often ``text`` names the person (a known one by any form, another by surname)."""
    key = label_key(text)
    # Most paragraphs never name the person: a substring test rules them out before the
    # pattern of every form is run over the whole paragraph.
    if not any(anchor in key for anchor in _name_anchors(name)):
        return 0
    return len(_name_re(name).findall(key))


def _named_in_nominative(text: str, name: str) -> bool:
    """Whether ``text`` names the person in a form that can be a subject: a known person's
    nominative ("Лавров", not "Лаврова") or a masculine dative ("Медведеву нечего добавить"),
    a surname without the possessive "'s"."""
    if not mentions(text, name):
        return False
    key = label_key(text)
    nominatives = known_label_forms()
    for found in _name_re(name).finditer(key):
        form = found.group()
        if has_cyrillic(form):
            last = form.split()[-1]
            if last in nominatives or last.endswith(("у", "ю")) or not is_known_official(name):
                return True
        elif not key.startswith(("'s", "’s"), found.end()):
            return True
    return False


# The endings of a Russian man's surname in the cases that are never a sentence's subject:
# genitive, dative, prepositional, instrumental ("Медведева", "Байдену", "о Байдене", "с Путиным").
_OBLIQUE_ENDINGS = ("а", "я", "у", "ю", "е", "ым", "ом", "ем")


def _only_genitive(text: str, name: str) -> bool:
    """Whether ``text`` names a man only in Russian forms of an oblique case ("заявление зама
    секретаря Совбеза Дмитрия Медведева", "об отношении Путина к Джо Байдену", "О Трампе и
    Байдене"): whose a thing is, or whom it is about, never a subject."""
    if _gender_of(name) != "m":
        return False
    forms = [found.group().split()[-1] for found in _name_re(name).finditer(label_key(text))]
    nominatives = known_label_forms()  # ("небензя" ends as a genitive does, "шойгу" a dative)
    return bool(forms) and all(
        has_cyrillic(form) and form.endswith(_OBLIQUE_ENDINGS) and form not in nominatives
        for form in forms
    )


@lru_cache(maxsize=4096)
def _name_forms(name: str) -> tuple[str, ...]:
    known = _KNOWN_BY_NAME.get(name)
    if known:
        return tuple(known.aliases)
    words = name.split()
    surname = label_key(words[-1])
    if len(words) >= 2 and surname.isascii() and surname.isalpha():
        # Someone the table does not hold, named in Latin letters, is named on a Russian page
        # by his surname in any case ("с послом ... Владимиром Тюрденевым").
        forms: tuple[str, ...] = surname_forms_of_latin(words[0], words[-1])
        if _SOFTENED_RE.search(surname):
            # "Dyakov", "Grigoryev": the "y" may stand for a soft sign («Дьяков», «Григорьев»).
            forms = (*forms, *(_SOFT_SIGN_RE.sub("ь", form, count=1) for form in forms))
        return (surname, *dict.fromkeys(forms))
    return (surname,)


# A consonant, "y" and a vowel in a Latin surname: a soft sign before an iotated vowel.
_SOFTENED_RE = re.compile(r"[bdfgklmnprstvz]y[aeou]")
# Where a soft sign goes in the Cyrillic spelt back: between a consonant and я, ю, е, ё.
_SOFT_SIGN_RE = re.compile(r"(?<=[бвгдзклмнпрстф])(?=[яюеё])")


@lru_cache(maxsize=1024)
def _name_re(name: str) -> re.Pattern[str]:
    alternatives = "|".join(map(re.escape, sorted(_name_forms(name), key=len, reverse=True)))
    return re.compile(rf"(?<![^\W\d_])(?:{alternatives})(?![^\W\d_])")


@lru_cache(maxsize=1024)
def _name_anchors(name: str) -> tuple[str, ...]:
    """Forms of the name such that every form contains one ("лавров" for "с. лаврову"): a
    text without any of them names the person by no form."""
    anchors: list[str] = []
    for form in sorted(_name_forms(name), key=len):
        if not any(anchor in form for anchor in anchors):
            anchors.append(form)
    return tuple(anchors)


def _sayers(paragraphs: list[str]) -> list[Sayer]:
    return [sentence_sayer(text, masked) for text, masked in _sentences(paragraphs)]


def _sentences(paragraphs: list[str]) -> list[tuple[str, str]]:
    """Each sentence as written and with its quotes blanked out."""
    out: list[tuple[str, str]] = []
    for paragraph in paragraphs:
        masked = mask_quotes(paragraph)
        out.extend((paragraph[a:b], masked[a:b]) for a, b in _spans(paragraph))
    return out


def is_report(paragraphs: list[str], main_speaker: str | None) -> bool:
    """Whether unlabelled text reads as a report about its speakers rather than their words.

    A report speaks of its main speaker in the third person (as the one who says something,
    or at all outside quotes), and its narration hardly ever says "I" or "we" outside quotes.
    """
    if main_speaker is not None:
        paragraphs = [
            p
            for p in paragraphs
            if not _caption(p, main_speaker) and not _event_heading(p, main_speaker)
        ]
    # ("STATEMENT BY MR. ALEXANDER LUKASHEVICH, PERMANENT REPRESENTATIVE ...": the title
    # again in capitals, which names him as every title does.)
    paragraphs = [p for p in paragraphs if not _in_capitals(p)]
    sentences = _sentences(paragraphs)
    if not sentences:
        return False
    # A digest of someone's statements ("• ...", "...;" items) quotes the page's speaker; a
    # numbered list of headings ("1. The situation in Syria") is a briefing's contents, not
    # narration (numbered sentences may well be a story's: "2. Kyiv replied that ...").
    items = sum(
        p.lstrip().startswith(("•", "·", "-", "–", "—"))
        or p.rstrip().endswith(";")
        or (NUMBERED_RE.match(p.lstrip()) is not None and not _SENTENCE_END_RE.search(p.rstrip()))
        for p in paragraphs
    )
    if items * 2 > len(paragraphs):
        return False
    sayers = [sentence_sayer(text, masked) for text, masked in sentences]
    # ("We were never asleep, nor did we change our position, Lukashevich said.": a copy that
    # lost its quote marks says "we" in sentences that name their sayer; those are quotes.)
    said_by_self = sum(
        _FIRST_PERSON_RE.search(masked) is not None and not isinstance(sayer, str)
        for (_, masked), sayer in zip(sentences, sayers, strict=True)
    )
    if said_by_self > _MAX_FIRST_PERSON_SHARE * len(sentences):
        return False
    named = {s for s in sayers if isinstance(s, str)}
    if main_speaker is None:
        # ("Как рассказал изданию депутат X, ...": a retelling's opening names whose words the
        # sentence gives; text saying "I" or "we" so seldom is no official's own remarks.)
        return (
            bool(named)
            or any(
                isinstance(sentence_sayer(text, masked, report=True), str)
                for text, masked in sentences
                if _AS_OPENING_RE.match(masked)
            )
            # A column of sayings, each quote under a line with its sayer's name.
            or any(
                _name_line(line) and nxt.lstrip()[:1] in _QUOTE_OPEN
                for line, nxt in itertools.pairwise(paragraphs)
            )
            # A digest: "Here's a selection of quotes from X's report:".
            or any(_QUOTES_FROM_RE.match(p.strip()) for p in paragraphs)
        )
    # Others quoted by name are no sign: a spokeswoman's briefing quotes the minister. But a
    # quote closed by another person's attribution ("«...», – заявила Захарова агентству
    # ТАСС") under a headline about someone else is a report of that person's words.
    third_person = mentions(" ".join(masked for _, masked in sentences), main_speaker) > 0
    closed_by_other = any(
        isinstance(sayer, str)
        and sayer != main_speaker
        and (_QUOTE_THEN_DASH_RE.search(text) or _QUOTE_CLOSED_ON_COMMA_RE.search(text))
        for (text, _), sayer in zip(sentences, sayers, strict=True)
    )
    # "Yuri Ushakov stated that ..." opening the text under a headline about Putin: the
    # narration's sayer, not the person the headline names, speaks.
    # So does a lead whose later sentence hands what it said to him ("Российская сторона дала
    # ответ ... . Об этом сообщил посол ... Олег Миронов"), under a headline about Putin; not
    # one that only goes on to retell another ("Джонсон вновь рассказывает, что ..." in the
    # spokeswoman's comment).
    lead = len(_sentences(paragraphs[:1]))
    opened_by_other = (
        isinstance(sayers[0], str)
        and sayers[0] != main_speaker
        and not first_person(sentences[0][1])
    ) or any(
        isinstance(sayer, str)
        and sayer != main_speaker
        and _BACK_REFERENCE_RE.match(masked) is not None
        and not first_person(masked)
        for (_, masked), sayer in zip(sentences[1:lead], sayers[1:lead], strict=True)
    )
    if main_speaker in named or third_person or closed_by_other or opened_by_other:
        return True
    # A person not in the table, named in full by post and then said to speak by surname or
    # post alone («Посол ... Иван Петров ...», «"...", — ответил Петров», «подчеркнул посол»).
    return main_speaker in _sayers_resolved(paragraphs)


def _in_capitals(paragraph: str) -> bool:
    """Whether a paragraph is written in capitals (a heading: nine letters in ten or more)."""
    letters = [ch for ch in paragraph if ch.isalpha()]
    return len(letters) >= 12 and sum(ch.isupper() for ch in letters) * 10 >= 9 * len(letters)


# The opening of a line that names a text by its kind and giver: «Выступление и ответы на
# вопросы СМИ ...», "Remarks by ...", "Statement of ...".
_EVENT_HEADING_RE = re.compile(
    r"^(?:(?:opening|closing|introductory)\s+(?:remarks|statement)|statement|remarks|speech|"
    r"address|answers|commentary|выступление|заявление|ответы|комментарий|"
    r"(?:вступительное|заключительное)\s+слово|речь)(?![^\W\d_])",
    re.IGNORECASE,
)
# The kind of text named after its giver: "Russian MFA Spokesman Mikhail Kamynin Commentary
# Regarding Russian-US Missile Defense Negotiations".
_KIND_AFTER_GIVER_RE = re.compile(
    r"(?<![^\W\d_])(?:commentary|comments?|statement|remarks|answers|speech|interview)\s+"
    r"(?:regarding|on|about|concerning|in\s+connection\s+with)(?![^\W\d_])",
    re.IGNORECASE,
)
#: A heading that names its text's kind and giver is one sentence of this many words at most.
_EVENT_HEADING_WORDS = 45


def _event_heading(paragraph: str, speaker: str) -> bool:
    """Whether a paragraph is a heading naming the text below and its giver («Выступление и
    ответы на вопросы СМИ Верховного представителя ЕС Федерики Могерини в ходе ...»): the
    speaker named in the third person there gives no sign that a reporter tells the rest."""
    text = paragraph.strip()
    kind = _EVENT_HEADING_RE.match(text) or (
        (after := _KIND_AFTER_GIVER_RE.search(text)) and mentions(text[: after.start()], speaker)
    )
    return (
        bool(kind)
        and len(text.split()) <= _EVENT_HEADING_WORDS
        and len(sentence_spans(text)) == 1
        and not has_say_verb(text)
        and mentions(text, speaker) > 0
    )


#: A photo's caption inside a speech is a post and a name: this many words at most.
_SPEECH_CAPTION_WORDS = 14


def _caption(paragraph: str, speaker: str) -> bool:
    """Whether a paragraph is only a caption naming ``speaker`` ("Permanent Representative of
    Russia to the UN Vassily Nebenzia" under a photo inside his speech): no sentence, no
    verb, his post and name. It names him in the third person without reporting anything."""
    text = paragraph.strip()
    return (
        len(text.split()) <= _SPEECH_CAPTION_WORDS
        and not _SENTENCE_END_RE.search(text)
        and not text.endswith(":")
        and not has_say_verb(text)
        and person_name(text) == speaker
    )


# A quote closed and followed by a dash or a comma and then its attribution: "», – заявила".
_QUOTE_THEN_DASH_RE = re.compile(r"[»”\"][.,]?\s*[–—-]?\s*[,–—-]\s*[^\W\d_]")
# ... or, as English copy closes it, its comma inside the mark: '"...," Ushakov said'.
_QUOTE_CLOSED_ON_COMMA_RE = re.compile(r"[,?!][”\"]\s+[^\W\d_]")


def _report_sayers(paragraphs: Sequence[str]) -> tuple[list[bool], list[list[Sayer]]]:
    """Whether each paragraph goes on with a quote the one before opened, and each
    paragraph's sayers sentence by sentence, as a report reads them."""
    continued = [False] + [
        _quote_goes_on(previous, paragraph, last=number == len(paragraphs) - 1)
        for number, (previous, paragraph) in enumerate(itertools.pairwise(paragraphs), 1)
    ]
    all_sayers = [
        paragraph_sayers(paragraph, report=True, continued=going_on)
        for paragraph, going_on in zip(paragraphs, continued, strict=True)
    ]
    return continued, all_sayers


def _sayers_resolved(paragraphs: list[str]) -> tuple[Sayer, ...]:
    # main_sayer and is_report ask about the same page one after the other.
    return _sayers_resolved_of(tuple(paragraphs))


@lru_cache(maxsize=4)
def _sayers_resolved_of(page: tuple[str, ...]) -> tuple[Sayer, ...]:
    """The paragraphs' sayers with a surname alone read as the one person named in full
    before it (:func:`_surnames_again`), as :func:`attribute` reads them; and a post alone
    («подчеркнул посол», "the diplomat added") as the one person the page names by a post,
    when it names no one else in full."""
    paragraphs = list(page)
    continued, all_sayers = _report_sayers(paragraphs)
    _surnames_again(paragraphs, all_sayers, continued)
    sayers = [sayer for sayers in all_sayers for sayer in sayers]
    if Ref.OWN_POST in sayers:
        # Only on a page that names no one else in full: a post alone could be another's.
        posted = {
            name
            for paragraph in paragraphs
            for name in (*_posted_names(paragraph), *_subject_names(paragraph))
        }
        named = {name for paragraph in paragraphs for name in _full_names(paragraph)}
        if len(posted) == 1 and named <= posted:
            person = posted.pop()
            sayers = [person if s is Ref.OWN_POST else s for s in sayers]
    return tuple(sayers)


#: A sentence gives someone's own words when its quote marks hold this many characters at
#: least (not a name in them: «Росатом», "Izvestia").
_QUOTED_WORDS_LENGTH = 30


def _quoted_length(text: str, masked: str) -> int:
    """How many characters of a sentence its quote marks hold (:func:`mask_quotes`)."""
    return sum(1 for a, b in zip(text, masked, strict=False) if a != b)


def main_sayer(paragraphs: list[str], *, story: bool = False) -> str | None:
    """Whom a report is about: the known official it quotes most, else the person it quotes
    most, else the known official it names most (the first one wins a tie).

    ``story``: the paragraphs are a whole story (not a heading, "Другие заявления Ушакова:",
    whose genitive names whose statements follow): then an official it names only inside
    quotes ("«Этот автомат нам подарил ... Дмитрий Рогозин»": whom the quote's speaker speaks
    of) or only in the genitive ("заявление зама секретаря Совбеза Дмитрия Медведева": the
    story's background) is not whom it is about.
    """
    sayers: Sequence[Sayer] = _sayers(paragraphs)
    counts: Counter[str] = Counter(s for s in sayers if isinstance(s, str))
    if not counts:
        # Only surnames or posts say ("«...», — ответил Петров", «подчеркнул посол»): the one
        # named in full before them.
        sayers = _sayers_resolved(paragraphs)
        counts = Counter(s for s in sayers if isinstance(s, str))
    officials = Counter({name: n for name, n in counts.items() if is_known_official(name)})
    if not officials and not counts:
        text = " ".join(mask_quotes(p) if story else p for p in paragraphs)
        found: list[tuple[int, str, int]] = []
        for speaker in KNOWN_SPEAKERS:
            if (n := mentions(text, speaker.name)) and not (
                story and _only_genitive(text, speaker.name)
            ):
                named_at = _name_re(speaker.name).search(label_key(text))
                found.append((named_at.start() if named_at else len(text), speaker.name, n))
        # (In the order the text names them: of two named as often, the first one named wins,
        # not the one the table lists first.)
        for _, name, n in sorted(found):
            officials[name] = n
    ranked = officials or counts
    if not ranked:
        return None
    best = max(ranked.values())
    tied = [name for name in ranked if ranked[name] == best]
    if len(tied) > 1:
        # Said as often: the one who speaks first, when the page also gives more of his own
        # words in quote marks ('"...," Nebenzia noted' over a later paragraph's "Maduro ...
        # said he was severing ties", which names Maduro more often).
        sentences = _sentences(paragraphs)
        if len(sentences) == len(sayers):
            quoted = Counter(
                sayer
                for (text, masked), sayer in zip(sentences, sayers, strict=True)
                if isinstance(sayer, str) and _quoted_length(text, masked) >= _QUOTED_WORDS_LENGTH
            )
            first = next((s for s in sayers if isinstance(s, str) and s in tied), None)
            if first and all(quoted[first] > quoted[name] for name in tied if name != first):
                return first
            # Still even: the one whose own words stand whole more often ("«...», — сказал
            # он" after "Ушаков подтвердил ...", against a few words of Putin's set in quote
            # marks inside the narration).
            direct = _direct_quotes(sentences, sayers)
            most = max(direct[name] for name in tied)
            ahead = [name for name in tied if direct[name] == most]
            if most and len(ahead) == 1:
                return ahead[0]
    if len(tied) > 1:
        # Quoted as often: the one the page names more ("Песков отреагировал ..." over a
        # story that also recalls what Lavrov once said); still a tie, the first one.
        text = " ".join(paragraphs)
        named = {name: mentions(text, name) for name in tied}
        return max(tied, key=lambda name: named[name])
    return tied[0]


# A sentence that ends someone's words given whole with the attribution after them: «...», —
# сказал он', '"...," he said'.
_CLOSED_BY_ATTRIBUTION_RE = re.compile(r"[»”\"]\s*,?\s*[–—-]\s+[^\W\d_]|[,?!][”\"]\s+[^\W\d_]")


def _direct_quotes(sentences: list[tuple[str, str]], sayers: Sequence[Sayer]) -> Counter[str]:
    """Per person, the sentences that close their words given whole with the attribution,
    theirs or "he" after they were named last."""
    counts: Counter[str] = Counter()
    last: str | None = None
    for (text, _), sayer in zip(sentences, sayers, strict=True):
        who = sayer if isinstance(sayer, str) else last if sayer is Ref.PRONOUN else None
        if isinstance(sayer, str):
            last = sayer
        if who and _CLOSED_BY_ATTRIBUTION_RE.search(text):
            counts[who] += 1
    return counts


# A sentence about the moderator: "Модератором сессии стал ...", "moderated by ...".
_MODERATOR_RE = re.compile(r"(?<![^\W\d_])(?:модер[ауи]\w*|moderat\w*)", re.IGNORECASE)


def _moderator(paragraphs: list[str]) -> str | None:
    """The one person (not a known official) that the sentences about a session's moderator
    name in full ("Модератором сессии стал журналист Надим Котеич", "moderated by Andrey
    Kondrashov"): whom "сказал модератор" names; None if not exactly one."""
    found: set[str] = set()
    for _, masked in _sentences(paragraphs):
        if _MODERATOR_RE.search(masked):
            found |= {n for n in _full_names(masked) if not is_known_official(n)}
    return found.pop() if len(found) == 1 else None


_INTERVIEW_RE = re.compile(r"(?<![^\W\d_])(?:interview\w*|интервью)", re.IGNORECASE)


def interviewee(lead: list[str], *, of_interview: bool = False) -> str | None:
    """The one a lead over an interview names as giving it: the only person its sentences
    have say something, in a lead that speaks of an interview ("Deputy Foreign Minister
    Sergei Ryabkov said in an interview with Interfax that ...", "Рябков в интервью
    «Интерфаксу» заявил ..."); else the one known official a conversation is held with
    ("Izvestia spoke with Deputy Foreign Minister Sergei Ryabkov about ...", "«Известия»
    поговорили с замминистра Сергеем Рябковым"); None if it names no one so, or two people.
    ``of_interview``: the page's title calls it an interview (the lead need not say so)."""
    interview = (
        of_interview
        or tells_a_reporter(lead)
        or any(
            _INTERVIEW_RE.search(paragraph) or _QUESTIONS_ANSWERED_RE.search(paragraph)
            for paragraph in lead
        )
    )
    if interview:
        # "... рассказал корреспонденту РИА Новости Александре Дибижевой посол Эквадора в РФ
        # Хулио Прадо Эспиноса": the one named by his post after the words; two so named
        # ("рассказали ... посол X и посол Y") are no one interviewee.
        told = {
            name
            for paragraph in lead
            if (found := _TOLD_CORRESPONDENT_RE.search(paragraph))
            for name in _posted_names(paragraph[found.end() :])
        }
        if len(told) > 1:
            return None
        sayers = _sayers(lead)
        named = {sayer for sayer in sayers if isinstance(sayer, str)}
        if not named and Ref.SOMEONE in sayers:
            # "Президент ... назначил Семена Григорьева послом ... В своем первом интервью ...
            # Григорьев рассказал ...": a surname alone says, of one named in full before.
            named = _surname_sayers(lead)
        if named:
            return named.pop() if len(named) == 1 else None
        # "In an interview with Izvestia, Deputy Foreign Minister Sergei Ryabkov spoke about
        # ...", "Замминистра Сергей Рябков ответил на вопросы «Известий»": no verb of saying,
        # but one person named in full, a known official, is the one interviewed.
        people = {name for paragraph in lead for name in _full_names(paragraph)}
        # ("..., Mikhail Bogdanov, in an interview with Interfax correspondent Ksenia
        # Baigarova, spoke about ...": the one who asks is not the one interviewed.)
        people -= {name for paragraph in lead for name in _reporters_named(paragraph)}
        person = next(iter(people)) if len(people) == 1 else None
        if person is None and len(people) > 1:
            # "Dr. X, Minister of State ..., spoke with TASS in an interview about ..." under
            # a paragraph of background naming others: the one the interview's sentence names.
            interviewed = {
                name
                for paragraph in lead
                if _INTERVIEW_RE.search(paragraph)
                for name in _full_names(paragraph)
            }
            person = next(iter(interviewed)) if len(interviewed) == 1 else None
        if person is None and len(people) > 1:
            # "Первым объектом, который Николай Удовиченко посетил в Бишкеке, стал дом-музей
            # Чингиза Айтматова": of several, the one known official named in the nominative.
            named_so = {name for paragraph in lead for name in _known_nominatives(paragraph)}
            person = next(iter(named_so)) if len(named_so) == 1 else None
        if person is not None and (
            is_known_official(person)
            # "... посол ... Михаил Камынин в своем первом интервью ... . Дипломат рассказал
            # ТАСС о ...": the one person named, then said to speak by his post.
            or Ref.OWN_POST in _sayers(lead)
            # "..., Russian Ambassador to Thailand Kirill Barsky discusses relations ...": the
            # one person named, and named by his post.
            or any(person in _posted_names(paragraph) for paragraph in lead)
        ):
            return person
        # "Russian Ambassador to Chile Ivan Petrov answers the questions of El Mercurio": the
        # one named right before the words is the one who answers, known or not.
        answering = {
            name
            for paragraph in lead
            if (found := _QUESTIONS_ANSWERED_RE.search(paragraph))
            # («На вопросы «Вестника» отвечает посол ...»: the name after the words.)
            for name in _full_names(
                paragraph[found.end() :]
                if found.group().lower().startswith("на")
                else paragraph[: found.start()]
            )
        }
        if len(answering) == 1:
            return answering.pop()
        if len(told) == 1:
            return told.pop()
    # Most leads hold no such words ("with", "to", "с ", "interview"): spared the pattern.
    if not interview and not any(
        " with " in p or " to " in p or " с " in p or "terview" in p for p in lead
    ):
        return None
    partners = {name for paragraph in lead for name in _conversation_partners(paragraph)}
    partners |= {name for paragraph in lead for name in _guests(paragraph)}
    if interview:
        partners |= {name for paragraph in lead for name in _interview_givers(paragraph)}
    return partners.pop() if len(partners) == 1 else None


def _surname_sayers(lead: list[str]) -> set[str]:
    """The people named in full in ``lead`` (in any case) whose surname alone is a verb of
    saying's subject there ("Григорьев рассказал", "said Grigoriev")."""
    people = {name for paragraph in lead for name in _full_names(paragraph)}
    found: set[str] = set()
    for paragraph in lead:
        for match in _SURNAME_SAYS_RE.finditer(mask_quotes(paragraph)):
            word = match.group("before") or match.group("after")
            key = _word_key(word)
            found |= {person for person in people if key in _surname_keys(person)}
    return found


def title_posted(title: str) -> str | None:
    """The one person a headline names in full after a post, known to the table or not."""
    people = set(_posted_names(title))
    return people.pop() if len(people) == 1 else None


def title_interviewee(title: str) -> str | None:
    """The only person an interview's title names in full, known or not ("Interview of the
    Russian Ambassador to the UK Andrei Kelin to The Times"), as the one who gave it; of two
    such names, the only one that opens with a first name (the other is an outlet's: "the
    Evening Courier")."""
    people = {
        p for p in _full_names(title) if not _outlet_in(title, p) and not _placed_in(title, p)
    }
    # "Interview of the Consul General of Russia in New York A.G.Markov to ...": initials glued
    # to a surname, as the Ministry's English pages write its diplomats; two capitalised words
    # that open with no first name ("San Francisco") are a place's then.
    initialled = {canonical_speaker(m.group()) for m in _LATIN_INITIALLED_RE.finditer(title)}
    if len(people) > 1 or initialled:
        people = {p for p in people if is_first_name_form(label_key(p.split()[0]))}
    elif _title_case(title):
        # "Russian Ambassador Disarms Lying American Press in Candid Interview": in a title
        # whose every word is capitalised, two of them are a name only when they read as one.
        people = {
            p for p in people if is_first_name_form(label_key(p.split()[0])) or is_known_official(p)
        }
    if not people:
        people = set(_initialled_genitives(title)) or initialled
    return people.pop() if len(people) == 1 else None


def _title_case(title: str) -> bool:
    """Whether a title capitalises its words as English headlines do ("Russian Ambassador
    Disarms Lying American Press"): all but the short ones."""
    words = [w for w in re.findall(r"[^\W\d_]+", title) if len(w) > 3]
    return len(words) >= 4 and all(w[0].isupper() for w in words)


def _placed_in(title: str, name: str) -> bool:
    """Whether two capitalised words a title names are a place: after "in", "at", «в» and
    with no first name first ("The interview was recorded on June 18, 2011 in St Petersburg")."""
    if is_first_name_form(label_key(name.split()[0])):
        return False
    return re.search(rf"(?<![\w-])(?:in|at|в|во)\s+{re.escape(name)}", title) is not None


# Initials and a surname in Latin letters: "A.G.Markov", "A. G. Markov", "S.Lavrov".
_LATIN_INITIALLED_RE = re.compile(
    r"(?<![\w.])(?:[A-Z]\.\s?){1,2}[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?![\w.])"
)


# "Интервью Посла России в Чили П.С.Морозова телеканалу ...": initials and a surname in the
# genitive that an interview's title puts its giver in.
_INITIALLED_GENITIVE_RE = re.compile(
    r"(?<![\w.])(?:интервью|выступление|статья|ответы|комментарий)\s[^.]*?"
    r"(?P<name>(?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)(?![\w.])",
    re.IGNORECASE,
)
# Genitive endings of a surname -> nominative: a man's "-ова" is "-ов", a woman's "-овой" is
# "-ова" ("Захаровой"), "-ского" is "-ский".
_TITLE_GENITIVE_ENDINGS = (
    ("ской", "ская"), ("цкой", "цкая"), ("ского", "ский"), ("цкого", "цкий"), ("овой", "ова"),
    ("евой", "ева"), ("иной", "ина"), ("ова", "ов"), ("ева", "ев"), ("ёва", "ёв"), ("ина", "ин"),
    ("ына", "ын"),
)  # fmt: skip


def _initialled_genitives(title: str) -> list[str]:
    """People an interview's title names by initials and a genitive surname, in the
    nominative and spelt as a speaker ("П.С.Морозова" -> "P.S.Morozov")."""
    found = []
    for match in _INITIALLED_GENITIVE_RE.finditer(title):
        *initials, surname = re.split(r"(?<=\.)\s?", match.group("name"))
        for genitive, nominative_ending in _TITLE_GENITIVE_ENDINGS:
            if surname.endswith(genitive):
                surname = surname[: -len(genitive)] + nominative_ending
                found.append(canonical_speaker("".join(initials) + surname))
                break
    return found


# What an interview was given to or for, right before a name: "... interview for Sunday
# Express", "... to the Evening Courier".
_FOR_OUTLET_RE = re.compile(
    r"(?<![^\W\d_])(?:for|to)\s+(?:the\s+)?$"
    # ... or, in Russian, after an outlet's noun or an adjective in the dative or genitive
    # («австрийской Die Presse», «газете Le Figaro», «американскому CNN»).
    r"|(?<![^\W\d_])(?:газет[еыа]|издани[юя]|телеканал[уа]|агентств[уа]|журнал[уа]|радио"
    r"|порталу|[а-яё]+(?:ской|скому|ского|цкой|цкому|ному|ной|ому|ой))\s+$",
    re.IGNORECASE,
)


def _outlet_in(title: str, name: str) -> bool:
    """Whether the title gives ``name`` only right after "for" or "to": the outlet an
    interview was given for ("Ambassador Yakovenko's interview for Sunday Express"), no
    person ("... Ambassador to the UK Andrei Kelin" has the country between)."""
    spots = [m.start() for m in re.finditer(re.escape(name), title)]
    return bool(spots) and all(_FOR_OUTLET_RE.search(title[:at]) for at in spots)


# "answered questions from Izvestia", "ответил на вопросы «Известий»", "На вопросы «Известий»
# ответил ...": an interview's lead without the word.
# "О том, ..., рассказал корреспонденту РИА Новости ... посол X", "told a TASS
# correspondent": an agency's words for the interview under its lead.
_TOLD_CORRESPONDENT_RE = re.compile(
    r"(?<![^\W\d_])(?:рассказал[аи]?|сообщил[аи]?)\s+корреспондент(?:у|ке)"
    # («... рассказал “Ъ”, как ...», «рассказал «Известиям»»: told the paper, which asks.)
    r"|(?<![^\W\d_])рассказал[аи]?\s+[«“\"](?:Ъ|[А-ЯЁA-Z][^«»“”\"]{1,30})[»”\"]"
    r"|(?<![^\W\d_])в\s+беседе\s+с\s+корреспондент(?:ом|кой)"
    r"|(?<![^\W\d_])told\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}correspondent"
    # ("..., tells Anirban Bhaumik of DH that ...": a reporter named with his paper.)
    r"|(?<![^\W\d_])(?:tells|told)\s+(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\s+of\s+"
    r"(?:the\s+)?(?-i:[A-Z])",
    re.IGNORECASE,
)


def tells_a_reporter(lead: list[str]) -> bool:
    """Whether a lead says its speaker told a correspondent, or a reporter of a paper ("...,
    tells Anirban Bhaumik of DH that ..."): the questions under it are that reporter's."""
    return any(_TOLD_CORRESPONDENT_RE.search(paragraph) for paragraph in lead)


_QUESTIONS_ANSWERED_RE = re.compile(
    r"(?<![^\W\d_])answer(?:ed|s)\s+(?:the\s+)?questions"
    r"|(?<![^\W\d_])(?:ответил[аи]?|отвечает)\s+на\s+(?:[а-яё]+\s+)?вопрос"
    r"|(?<![^\W\d_])на\s+вопросы\s+[^.!?]{0,60}?(?:ответил|отвечает)"
    # («На вопрос журналистов о здоровье ... (ранее ...) Медведев ответил: ...»)
    r"|(?<![^\W\d_])на\s+вопрос\s+журналист\w*\s[^.!?]{0,160}?(?:ответил|отвечает)"
    # «Ниже приводятся ответы постпреда на вопросы корреспондента», "his answers to questions"
    r"|(?<![^\W\d_])ответы\s+(?:[а-яё]+\s+){0,2}на\s+вопросы"
    r"|(?<![^\W\d_])answers\s+(?:\w+\s+){0,2}to\s+(?:the\s+)?questions",
    re.IGNORECASE,
)


def _known_nominatives(paragraph: str) -> set[str]:
    """The known officials a Russian paragraph names in full in the nominative (outside
    quotes); an English one shows no case."""
    if not has_cyrillic(paragraph):
        return set()
    words = mask_quotes(paragraph).split()
    found: set[str] = set()
    for end in range(1, len(words)):
        if words[end][:1].isupper() and words[end - 1][:1].isupper():
            span = f"{words[end - 1]} {words[end]}".strip(",.;:!?()")
            known = find_known_speaker(span)
            if known is not None and known.official:
                found.add(known.name)
    return found


def _full_names(paragraph: str) -> set[str]:
    """The people a paragraph names with a first name and a surname (outside quotes)."""
    words = mask_quotes(paragraph).split()
    found: set[str] = set()
    for end in range(1, len(words)):
        if not (words[end][:1].isupper() and words[end - 1][:1].isupper()):
            continue
        name = person_name(" ".join(words[max(0, end - 3) : end + 1]).strip(",.;:!?()"))
        if name is None or len(name.split()) < 2:
            continue
        before = words[end - len(name.split())] if end >= len(name.split()) else ""
        if before.casefold() not in _OUTLET_NOUNS and not _REGION_RE.search(name):
            found.add(name)
    return found


# A region's name, no person's: "the Middle East", "Latin America", «Ближний Восток»; nor
# one that a region opens ("for the Middle East and Africa, Mikhail Bogdanov").
_REGION_RE = re.compile(
    r"\b(?:East|West|North|South|Asia|America|Africa|Europe|Gulf|Восток\w*|Запад\w*)$"
    r"|^(?:Middle|Far|Near|Latin|Central|Southeast|Asia|Africa|Europe|Ближн\w+|Дальн\w+"
    r"|Латинск\w+)\b"
)

# A reporter's job word, a name close after it the one who asks: "Interfax correspondent
# Ksenia Baigarova", «корреспондент РИА Новости Александра Дибижева».
_REPORTER_NOUN_RE = re.compile(
    r"(?<![^\W\d_])(?:correspondent|reporter|journalist|interviewer|host|anchor"
    r"|корреспондент\w*|журналист\w*|обозревател\w+|ведущ(?:ий|ая|ему|ей|им))\s",
    re.IGNORECASE,
)
#: How far after the job word the name may start (an outlet's name between).
_REPORTER_NAME_REACH = 25


def _reporters_named(paragraph: str) -> set[str]:
    """The people a paragraph names right after a reporter's job word."""
    found: set[str] = set()
    for match in _REPORTER_NOUN_RE.finditer(paragraph):
        after = paragraph[match.end() : match.end() + _REPORTER_NAME_REACH + 40]
        # (Names come back in the table's spelling, not the page's: those that a cut at the
        # reach loses are the ones that start within it.)
        found |= _full_names(after) - _full_names(after[_REPORTER_NAME_REACH:])
    return found


# "the newspaper El Sur", «газета Nuevo Día»: the capitalised words after name an outlet.
_OUTLET_NOUNS = _OBLIQUE_OUTLETS | frozenset(
    """
    newspaper newspaper's daily weekly magazine agency channel broadcaster outlet portal
    website radio station газета журнал агентство телеканал издание портал радиостанция
    """.split()
)


# A programme's guest, named right after: «Гостем программы «Специальный гость» ... стал
# пресс-секретарь президента Дмитрий Песков», "The guest of the programme was ...".
_GUEST_RE = re.compile(
    r"(?<![^\W\d_])(?:гост(?:ем|ьей)\s[^.!?]{0,120}?\s(?:стал|стала|был|была)"
    r"|(?:the\s+)?guest\s+of\s[^.!?]{0,120}?\s(?:was|is))\s",
    re.IGNORECASE,
)


def _guests(paragraph: str) -> set[str]:
    """The people a paragraph names in full as a programme's guest (:data:`_GUEST_RE`), in the
    words after it up to the sentence's end."""
    if "гост" not in paragraph.lower() and "guest" not in paragraph.lower():
        return set()
    masked = mask_quotes(paragraph)
    found: set[str] = set()
    for match in _GUEST_RE.finditer(masked):
        rest = re.split(r"[.!?;]\s", paragraph[match.end() :], maxsplit=1)[0]
        found |= _full_names(rest)
    return found


# "X gave an interview to Izvestia", "X дал интервью «Известиям»": X is interviewed.
_GAVE_INTERVIEW_RE = re.compile(
    r"(?<![^\W\d_])(?:gave|granted|has given|had given)\s+(?:an?\s+)?(?:[a-z]+\s+)?interview"
    r"|(?<![^\W\d_])дал[аи]?\s+(?:[а-яё]+\s+)?интервью",
    re.IGNORECASE,
)


def _interview_givers(paragraph: str) -> set[str]:
    """The people a paragraph names as giving an interview (:data:`_GAVE_INTERVIEW_RE`)."""
    masked = mask_quotes(paragraph)
    found: set[str] = set()
    for match in _GAVE_INTERVIEW_RE.finditer(masked):
        subject = _clause_before(masked[: match.start()])
        if subject and (name := _last_person(subject)):
            found.add(name)
    return found


# A conversation held with someone, who is named right after: "spoke with", "sat down with",
# "interviewed", "поговорили с", "беседа с", "интервью у".
_CONVERSATION_RE = re.compile(
    r"(?<![^\W\d_])(?:spoke|talked|sat down|conversation|interview)\s+(?:with|to)\s"
    r"|(?<![^\W\d_])interviewed\s"
    r"|(?<![^\W\d_])(?:поговорил\w*|побеседовал\w*|пообщал\w*|бесед[аеуы]|интервью)\s+(?:с|со|у)\s"
    # "Об этом говорим в эфире радио Sputnik с ...": a broadcast's host speaking with a guest.
    r"|(?<![^\W\d_])(?:говорим|беседуем|разговариваем)(?:\s+[^\s.,;:!?]+){0,4}?\s+(?:с|со)\s",
    re.IGNORECASE,
)
# Where the partner's name and post end: "... Sergei Ryabkov about the talks", ", who ...".
_PARTNER_END_RE = re.compile(
    r"[,.;:!?()«»\"“”]|\s(?:about|on|regarding|for|о|об|обо|про|по|для|накануне)\s",
    re.IGNORECASE,
)
#: A partner's post and name take this many words at most after "spoke with" (a post of up
#: to five words, "Russian Deputy Foreign Minister", and a name of up to three).
_PARTNER_WORDS = 8


def officials_named(text: str) -> set[str]:
    """The known officials that ``text`` names, in any of their forms."""
    return {s.name for s in KNOWN_SPEAKERS if s.official and mentions(text, s.name)}


def _conversation_partners(paragraph: str) -> set[str]:
    """The known officials a paragraph names right after a conversation's words
    (:data:`_CONVERSATION_RE`): whom a journalist spoke with."""
    found: set[str] = set()
    for match in _CONVERSATION_RE.finditer(paragraph):
        after = paragraph[match.end() :]
        end = _PARTNER_END_RE.search(after)
        words = (after[: end.start()] if end else after).split()[:_PARTNER_WORDS]
        span = " ".join(words)
        known = officials_named(span)
        if not known and any(_POST_STEM_RE.match(_key(w)) for w in words):
            # "мы пообщались с послом России в Узбекистане Владимиром Тюрденевым": one person
            # named in full after his post, known to the table or not.
            people = _full_names(span)
            known = people if len(people) == 1 else known
        if not known and end is not None and after[end.start()] == ",":
            # "a conversation with Andrei Kiselenko, minister-counselor and charge d'affaires
            # of the Russian Embassy": one person named in full, his post after the comma.
            people = _full_names(span)
            post = after[end.end() :].split()[:_PARTNER_WORDS]
            if len(people) == 1 and any(_POST_STEM_RE.match(_key(w)) for w in post):
                known = people
        if not known and len(words) == 1 and words[0][:1].isupper():
            # "Umaru Kashaka spoke to Semivolos on this": a surname alone, of the one person
            # the paragraph named in full before it.
            before = paragraph[: match.start()]
            known = {p for p in _full_names(before) if p.split()[-1] == words[0]}
            known = known if len(known) == 1 else set()
        found |= known
    # "I had the honor of interviewing His Excellency, Yuri Klimenko": the one interviewed,
    # named in full, known to the table or not.
    for match in _INTERVIEWING_RE.finditer(paragraph):
        people = _full_names(paragraph[match.end() :][: _PARTNER_WORDS * 12])
        named = [p for p in people if p.split()[-1] in paragraph[match.end() :].split(",")[0]]
        if len(named) == 1:
            found.add(named[0])
    return found


# A post in any case, the one spoken with: "послом", "министром", "ambassador".
_POST_STEM_RE = re.compile(
    r"(?:посл[аоуе]|посол|(?:зам)?министр|президент|премьер|пресс-секретар|дипломат|постпред"
    r"|представител|консул|поверенн|ambassador|minister|envoy|president|spokes|diplomat"
    r"|representative|consul|charg[eé])"
)


# "interviewing (His Excellency,) X", "interviewed X": the object is the one interviewed.
_INTERVIEWING_RE = re.compile(
    r"(?<![^\W\d_])interview(?:ing|ed)\s+(?:(?:his|her)\s+excellency,?\s+|h\.\s?e\.\s+)?"
    r"(?=[A-Z])",
    re.IGNORECASE,
)


# A lead's last sentence handing over the text of a statement itself: «Текст опубликован на
# официальном сайте МИД РФ:», «Текст заявления:», "The statement reads:", "Its full text follows:".
_TEXT_HANDED = (
    r"(?:(?:полный|его|ее|её)\s+)?текст\s+(?:(?:заявления|обращения|выступления|послания)\s+)?"
    r"(?:опубликован|размещ[её]н|распростран[её]н|приводится|следующий|таков)|"
    r"(?:(?:полный|его|ее|её)\s+)?текст\s+(?:заявления|обращения|выступления|послания)\s*:|"
    r"(?:the|its|his|her)\s+(?:full\s+)?(?:text|statement)(?:\s+of\s+the\s+statement)?\s+"
    r"(?:reads|follows|is as follows|was published|has been published|was posted)"
)
_TEXT_HANDED_RE = re.compile(_TEXT_HANDED, re.IGNORECASE)


# An editor's lead announcing the text below: "The following are excerpts from ...", "Below is
# the full text of ...", "Приводим выдержки из ...", "Ниже — полный текст ...".
_ANNOUNCING_RE = re.compile(
    r"^\W*(?:the following (?:are|is)|below (?:is|are)|what follows is|here (?:is|are) "
    r"(?:the |an? )?(?:full |complete )?(?:text|transcript|excerpts?|extracts?)|"
    # ("The following op-ed article was released by ...", "The following statement was
    # issued by ...": a named kind of text handed over.)
    r"the following (?:[\w-]+\s+){1,3}(?:was|were|has been|have been) "
    r"(?:released|issued|published|posted|given|made|written|delivered)|"
    r"(?:(?:i am|i'm|we are|we're) publishing|we publish) (?:below )?(?:the |an? )?"
    r"(?:full |complete )?(?:text|transcript)|"
    # An outlet handing it over: "RT presents the full transcript of ...", «РИА Новости
    # публикует полный текст ...».
    r"(?:[A-ZА-ЯЁ][\w.-]*\s+){1,3}(?:presents|publishes|posts|публикует|приводит)\s+"
    r"(?:here\s+|below\s+|ниже\s+)?(?:the |an? )?(?:full |complete |полный |полную )?"
    r"(?:text|transcript|текст|стенограмму)|"
    # ("Сегодня мы публикуем некоторые цитаты из эксклюзивного интервью.")
    r"(?:(?:сегодня|ниже)\s+)?(?:мы\s+)?(?:приводим|публикуем)|предлагаем вашему вниманию|"
    r"ниже\s*(?:[—–-]|приводится|публикуется)|" + _TEXT_HANDED + ")",
    re.IGNORECASE,
)


def _announcement(lead: str) -> str | None:
    """A paragraph's editor's announcement of the text below: the paragraph itself when it
    opens with one, else its last sentence when that is one; None when it has none."""
    if _ANNOUNCING_RE.match(lead):
        return lead
    spans = sentence_spans(lead)
    last = lead[spans[-1][0] : spans[-1][1]] if len(spans) > 1 else ""
    return last if last and _ANNOUNCING_RE.match(last) else None


def hands_over_text(lead: str) -> bool:
    """Whether a paragraph's announcement hands over the text of a statement itself («Текст
    опубликован на официальном сайте МИД РФ:»): what follows is all the statement, no
    digest of remarks."""
    found = _announcement(lead)
    return found is not None and _TEXT_HANDED_RE.match(found.lstrip()) is not None


def announces(lead: str) -> bool:
    """Whether a paragraph opens or ends with an editor's announcement of the text below."""
    return _announcement(lead) is not None


def announced_speaker(lead: str) -> str | None:
    """The one person an editor's lead hands the text below to ("The following are excerpts
    from a press conference by Russian Foreign Minister Sergey Lavrov ...", "Приводим выдержки
    из выступления Сергея Лаврова"): the person its first sentence names as the event's, when
    it names no other known person; None for any other paragraph. The announcing sentence may
    also end the paragraph, right over the text ("A Security Council meeting was held. I am
    publishing the full transcript of the speech by Dmitry Polyansky, ...")."""
    found = _announcement(lead)
    if found is None:
        return None
    if found is lead:
        return event_speaker(lead)
    # ("Russian Foreign Minister Sergey Lavrov held a press conference ... Below is the full
    # text:": the announcing sentence names no one, the paragraph's first names the event's.)
    return event_speaker(found) or event_speaker(lead)


def event_speaker(lead: str) -> str | None:
    """The one person a lead's first sentence names as the event's ("Пресс-конференция
    Владимира Путина ...", "... excerpts from a press conference by Sergey Lavrov"), when it
    names no other known person; else None."""
    spans = sentence_spans(lead)
    first = lead[: spans[0][1]] if spans else lead
    speaker = speaker_from_title(first)
    others = {s.name for s in KNOWN_SPEAKERS if s.name != speaker and mentions(first, s.name)}
    return speaker if speaker and not others else None


@dataclass(slots=True)
class Segment:
    """Sentences ``start:end`` of paragraph ``paragraph``, said by ``speaker`` (None: the
    reporter's narration)."""

    paragraph: int
    start: int
    end: int
    speaker: str | None


#: Quoted words in a sentence of narration without a verb of saying are speech when they are
#: at least a third as many as the narration's words; fewer are a term or a nickname.
_TERM_SHARE = 3


# A Russian verb in the plural right before a sentence's first quote mark: "рассчитывают",
# "считают", "надеются", "назвали".
_PLURAL_VERB_BEFORE_QUOTE_RE = re.compile(
    r"(?<![^\W\d_])[а-яё]{3,}(?:ют|ят|ются|ятся|[аеиыуя]ли)\s*$", re.IGNORECASE
)


def _plural_before_quote(sentence: str) -> bool:
    """Whether a sentence of narration leads into its first quote with a Russian plural verb
    ('В МИД РФ рассчитывают "..."'): the quote is many people's, never one person's."""
    at = next((i for i, char in enumerate(sentence) if char in _QUOTE_OPEN), -1)
    return at > 0 and _PLURAL_VERB_BEFORE_QUOTE_RE.search(sentence[:at]) is not None


# A sentence whose subject is Russia itself: "Moscow expects ...", «Россия надеется ...»,
# «Российская сторона рассчитывает ...».
_OWN_COUNTRY_SUBJECT_RE = re.compile(
    r"^\W*(?:moscow|russia|the russian side|москва|россия|российская сторона|рф)\s+"
    r"(?:also\s+|также\s+|still\s+|по-прежнему\s+)?[^\W\d_]+",
    re.IGNORECASE,
)


def own_country_subject(sentence: str) -> bool:
    """Whether a sentence speaks with Russia itself as its subject ("Moscow expects that
    ..."): on a list of a Russian official's statements, one more of his, not someone else's
    words."""
    return _OWN_COUNTRY_SUBJECT_RE.match(sentence) is not None


_LETTER_RE = re.compile(r"[^\W\d_]")


def _speech_quote(text: str, masked: str, *, lenient: bool = False) -> bool:
    """A sentence that is (or holds) someone's quoted words, not a quoted name or term
    (``lenient``: on a digest's topic line, any quote of four words or more is speech)."""
    if not re.search(r"[^\W\d_]", masked) or text.lstrip("—–- ")[:1] in _QUOTE_OPEN:
        return True
    quotes = [
        match.group()
        for match in QUOTED_RE.finditer(text)
        if len(match.group().split()) >= SPEECH_QUOTE_WORDS
        and not _named_thing(text, match.start())
    ]
    # A phrase quoted inside a longer sentence of narration with no verb of saying is a term
    # or a nickname ("earning him the moniker “herald of the apocalypse”"), not speech.
    if lenient:
        return bool(quotes)
    return bool(quotes) and sum(len(q.split()) for q in quotes) * _TERM_SHARE >= len(masked.split())


# Nouns before the quoted name of a thing: "программа «Итоги года с Владимиром Путиным»".
_NAMING_NOUNS_RE = re.compile(
    r"(?<![^\W\d_])(?:программ\w*|передач\w*|фильм\w*|книг\w*|газет\w*|журнал\w*|"
    r"издани\w*|форум\w*|марафон\w*|проект\w*|операци\w*|конференци\w*|фестивал\w*|"
    r"парти\w*|компани\w*|радиостанци\w*|телеканал\w*|агентств\w*|статья|стать\w+|"
    r"programme|program|show|film|book|newspaper|magazine|forum|festival|party|company|"
    r"operation|campaign|project|article|report|series)\s*$",
    re.IGNORECASE,
)


def _inside_named_thing(paragraph: str, at: int, end: int) -> bool:
    """Whether the sentence from ``at`` to ``end`` starts inside a quote opened before it that
    names a thing, and quotes nothing else ("программы «Пера. Путь героя»": the sentence cut
    split the name; '... "Москва. Кремль. Путин". Прямая речь: "..."' quotes speech after it)."""
    if all(paragraph.find(mark, 0, at) < 0 for mark in '«“"'):
        return False  # (most sentences: no quote opened before them)
    spans = quote_spans(paragraph)
    inside = any(start < at < stop and _named_thing(paragraph, start) for start, stop in spans)
    return inside and not any(at <= start < end for start, _ in spans)


def _named_thing(text: str, at: int) -> bool:
    """Whether the quote at ``at`` is a name of a thing after its noun ("программа «...»",
    "the programme “...”"), not anyone's words."""
    return _NAMING_NOUNS_RE.search(text[max(0, at - 40) : at]) is not None


# First names and surname endings that tell a canonical name's gender.
_FEMALE_FIRST_NAMES = frozenset(
    "maria mariya margarita lally elena yelena anna irina olga natalia natalya tatiana "
    "tatyana svetlana ekaterina yekaterina valentina ella alla marina lyudmila victoria "
    "viktoria veronika yulia julia".split()
)
_MALE_FIRST_NAMES = frozenset(
    "sergey sergei dmitry dmitri vladimir vasily vassily yury yuri alexander alexey alexei "
    "mikhail andrey andrei nikolai nikolay ivan pavel kirill recep steve john antony "
    "emmanuel donald joe volodymyr".split()
)
_FEMALE_SURNAME_RE = re.compile(r"(?:ova|eva|yova|ina|yna|aya|skaya|tskaya)$")
_MALE_SURNAME_RE = re.compile(r"(?:ov|ev|yov|in|yn|sky|skiy|skii|tsky)$")


def _gender_of(name: str) -> str | None:
    """ "f" or "m" for a canonical name whose first name or surname says so, else None."""
    words = name.lower().split()
    if len(words) < 2:
        return None
    if words[0] in _FEMALE_FIRST_NAMES:
        return "f"
    if words[0] in _MALE_FIRST_NAMES:
        return "m"
    if _FEMALE_SURNAME_RE.search(words[-1]):
        return "f"
    return "m" if _MALE_SURNAME_RE.search(words[-1]) else None


def _according_gender(text: str) -> str | None:
    """The gender that whose words a sentence gives says: "f" for "по её словам", "according
    to her"; "m" for "по его мнению", "in his view"; None when it opens on neither."""
    found = _ACCORDING_PRONOUN_RE.search(text, 0, _ACCORDING_PRONOUN_AT)
    if found is None or text[: found.start()].strip(_OPENING_PUNCTUATION):
        return None
    words = {_key(word) for word in found.group().split()}
    return "f" if words & _FEMININE_PRONOUNS else "m"


def _verb_gender(text: str) -> str | None:
    """The gender a Russian past-tense verb of saying (:data:`_SAY_RE`) gives its sayer in
    ``text``: "f" for "написала", "m" for "заявил"; None when there is none, or both."""
    if "л" not in text:
        return None  # every such verb has one: most English sentences are spared the pattern
    genders: set[str] = set()
    for match in _SAY_RE.finditer(text):
        verb = match.group().lower()
        if verb.endswith(("ла", "лась")):
            genders.add("f")
        elif verb.endswith(("л", "лся")):
            genders.add("m")
    return genders.pop() if len(genders) == 1 else None


#: The quoted words right before "he said" ('"...," he said', «"...", — сказал он»).
_QUOTE_BEFORE_RE = re.compile(r"[«\"“](?P<words>[^«»\"“”]+)[»\"”]\s*[,.!?]?\s*[-–—]?\s*$")
# English posts that say their holder's gender: "the spokeswoman added", "the chairman said".
_GENDERED_POST_RE = re.compile(
    r"(?<![^\W\d_])(?:(?P<f>spokeswoman|chairwoman)|spokesman|chairman)(?![^\W\d_])",
    re.IGNORECASE,
)
# "she" or "he", and a verb of saying right after it ("she added", "he also noted") or right
# before it ('"...," added she' is rare; '"...," said he' is not).
# "he" or "she" as a subject, and Russian «он», «она» («— сказал он ... с главой МИД Сергеем
# Лавровым»; a copy's "Об этом он заявил министр ... Сергей Лавров", which names its subject
# twice, is told apart by the name's case: see _Reader._pronouns).
_SUBJECT_PRONOUN_RE = re.compile(r"(?<![^\W\d_])(?:[Hh]e|[Ss]he|[Оо]на?)(?![^\W\d_])")
_HE_SHE_RE = re.compile(r"(?<![^\W\d_])(?P<f>[Ss]he)|(?<![^\W\d_])[Hh]e(?![^\W\d_])")
_SAYS_AFTER_RE = re.compile(rf"\s+(?:also\s+|then\s+)?(?:{_SAY_WORDS})(?![\w-])", re.IGNORECASE)
_SAYS_BEFORE_RE = re.compile(rf"(?<![\w-])(?:{_SAY_WORDS})\s+$", re.IGNORECASE)
#: How far before "he" its verb of saying is looked for (characters).
_SAYS_BEFORE_CHARS = 24


def _other_gender_says(text: str, speaker: str) -> bool:
    """Whether a sentence's "she said" / «сказала» gives a sayer of the other gender than
    ``speaker``'s (whose gender the name says)."""
    gender = _english_gender(text) or _verb_gender(text)
    return gender is not None and _gender_of(speaker) not in (gender, None)


def _english_gender(text: str) -> str | None:
    """The gender an English sentence gives its sayer: by a post ("f" for "the spokeswoman")
    or by "she"/"he" next to its verb of saying; None when it gives none, or both."""
    genders: set[str] = set()
    if "man" in text:  # every post of the pattern holds it: most sentences skip the pattern
        genders |= {"f" if m.group("f") else "m" for m in _GENDERED_POST_RE.finditer(text)}
    for match in _HE_SHE_RE.finditer(text):
        before = text[max(0, match.start() - _SAYS_BEFORE_CHARS) : match.start()]
        if _SAYS_AFTER_RE.match(text, match.end()) or _SAYS_BEFORE_RE.search(before):
            genders.add("f" if match.group("f") else "m")
    return genders.pop() if len(genders) == 1 else None


# Posts a president never holds: a diplomat's ("said the diplomat", "добавил посол"), a
# spokesman's ("the Kremlin spokesman added", "отметил пресс-секретарь главы государства",
# "добавил представитель Кремля", "the Kremlin official said") and a foreign minister's
# ("Глава внешнеполитического ведомства пояснил", "глава МИД", "the foreign minister").
_NOT_PRESIDENT_RE = re.compile(
    r"(?<![^\W\d_])(?:diplomat|ambassador|envoy|дипломат|посол|посл(?:а|у|ом)(?![^\W\d_])|постпред"
    r"|spokes(?:man|woman|person)"
    r"|press secretary|пресс-секретар|представител|official(?![^\W\d_])|спикер"
    r"|foreign minister|министр\w* иностранных|внешнеполитическ|мид(?![^\W\d_])"
    r"|депутат|парламентари|сенатор)",
    re.IGNORECASE,
)


# A deputy's post: "Deputy Foreign Minister", "the deputy minister", "замглавы МИД",
# "заместитель министра", "замминистра".
_DEPUTY_RE = re.compile(
    r"(?<![^\W\d_])(?:deputy|vice|заместител\w*|замглавы|замминистра|замначальника)(?![^\W\d_])",
    re.IGNORECASE,
)
# A minister's or a head's post, whose rank a deputy's is not: "the minister", "глава МИД".
_RANKED_POST_RE = re.compile(
    r"(?<![^\W\d_])(?:minister|министр\w*|глав[аеуы]|head|замглавы|замминистра)(?![^\W\d_])",
    re.IGNORECASE,
)


# Words that make a post Russia's: "the Russian minister", "глава МИД РФ", "the Kremlin aide".
_RUSSIA_NAMING = _NATION_WORDS | _RUSSIA_WORDS | {"мид", "мида", "кремля", "кремлевский"}


#: A post this many words at most from its verb of saying is the verb's subject ("сказал
#: президент Белоруссии", "the senator believes", "президент Белоруссии сказал").
_POST_NEAR_VERB_WORDS = 2
# Offices a Russian ministry's or the Kremlin's official never holds: "the senator believes".
_OTHER_OFFICES = frozenset(
    "senator senators governor mayor lawmaker сенатор губернатор мэр депутат парламентарий".split()
)


# A word for anyone in politics, whatever the post: "Политик добавил", "the politician said".
_DIPLOMAT_RE = re.compile(r"(?<![^\W\d_])(?:дипломат|diplomat)", re.IGNORECASE)
# The stems of the posts (as :func:`_posted_in_russian` gives them) that "the diplomat" names.
_DIPLOMATIC_POSTS = ("посол", "посл", "постпред", "представител", "консул", "поверен", "атташе")
_ANY_POLITICIAN_RE = re.compile(r"(?<![^\W\d_])(?:политик|politician)(?![^\W\d_])", re.IGNORECASE)


def _before_verb(text: str) -> str:
    """The words of a sentence that may be its verb's subject: before the verb of saying, and
    after it up to a comma or clause ("Политик" of "Политик добавил, что благодарен президенту
    РФ ...", "глава МИД РФ" of "..., — подчеркнул глава МИД РФ."); all of it without a verb."""
    verb = _SAY_RE.search(text)
    if verb is None:
        return text
    after = re.split(r"[,;:]|(?<![^\W\d_])(?:что|that)(?![^\W\d_])", text[verb.end() :], maxsplit=1)
    return text[: verb.start()] + " " + after[0]


def _names_russia(text: str) -> bool:
    """Whether words name Russia or its institutions ("the Russian minister", «МИД РФ»)."""
    return any(_key(word) in _RUSSIA_NAMING for word in text.split())


def _holds_post(text: str) -> bool:
    """Whether a sentence given to someone we cannot name calls them, right by its verb of
    saying, by another country's post ("..., — сказал президент Белоруссии", "глава МИД Японии
    добавил": a post and a country's name on the same side of the verb) or by an office no
    Russian official of the page holds ('"...," the senator believes'); not an institution
    ("the Kremlin said"), a post of Russia's ("секретарь СБ": an abbreviation is no country)
    nor the one asked ("журналист Sky News попросил министра ...")."""
    for verb in _SAY_RE.finditer(text):
        before = text[: verb.start()].split()
        after = [w for w in text[verb.end() :].split()[:3] if _key(w) != "the"]
        # (The word opening the sentence is left out: its capital names no country.)
        subject = before[max(1, len(before) - _POST_NEAR_VERB_WORDS) :]
        for side in (subject, after[:_POST_NEAR_VERB_WORDS]):
            keys = [_key(w) for w in side]
            if any(key in _OTHER_OFFICES for key in keys):
                return True
            posted = any(is_post_word(key) or _is_post_noun(key) for key in keys)
            if posted and any(_country_word(w) for w in side):
                return True
    return False


def _country_word(word: str) -> bool:
    """A capitalised word that may name another country than Russia ("Белоруссии", "Japan"):
    no post word, no abbreviation ("СБ", "МИД")."""
    key = _key(word)
    bare = word.strip(',.;:()«»"“”')
    return (
        bare[:1].isupper()
        and not (len(bare) > 1 and bare.isupper())
        and key not in _RUSSIA_NAMING
        and not is_post_word(key)
    )


# A person a story does not name: "a diplomatic source", "источник", "собеседник агентства",
# "his counterpart". "He said" after their words is not the official named before them.
_UNNAMED_PERSON_RE = re.compile(
    r"(?<![^\W\d_])(?:sources?|источник\w*|собеседни\w*|counterparts?|interlocutor)(?![^\W\d_])",
    re.IGNORECASE,
)


# A premier with a capitalised word after it in the same clause: the country or the name of
# whose premier ("премьер-министра Великобритании Дэвида Кэмерона", «премьер Медведев»).
_PREMIER_NAMED_RE = re.compile(
    r"(?<![\w-])премьер\w*(?:-министр\w*)?(?P<who>(?:\s+[а-яё]+){0,2}\s+[А-ЯЁ][\w-]*"
    r"(?:\s+[А-ЯЁ][\w-]*){0,2})"
)


class _Reader:
    """Walks a report's sentences in order, keeping who was named last."""

    def __init__(
        self, main: str | None, interviewer: str | None = None, president: bool = False
    ) -> None:
        self.main = main
        self.paragraph = ""  # the paragraph being read, as written (quotes and all)
        self.interviewer = interviewer  # whom "the interviewer asked" names
        self.moderator: str | None = None  # whom "the moderator said" names
        # Those named as a correspondent or a columnist ("считает спецкор “Ъ” X"): the
        # story's own reporters, whose dash lines are never theirs (see :func:`attribute`).
        self.reporters: set[str] = set()
        # Whom "the head of state" names: the main person, if the page calls him president.
        self.head_of_state = main if president else None
        # Everyone the narration has called president so far: "the president said" is the
        # head of state only while he is the only one.
        self.presidents: set[str] = set()
        self.last_named = main
        # "The ambassador said": the story's main person when no known official is named yet.
        self.last_official = main
        # Everyone named as a sayer so far, the latest last: "написала дипломат" is the latest
        # woman of them when the one named last is a man.
        self.named: list[str] = [main] if main else []
        # Whether the story so far named a premier other than its main person ("премьер-министра
        # Великобритании Дэвида Кэмерона"): "the premier" may then be him.
        self.other_premier = False
        # Those named with a post in the same sentence ("Turkish Foreign Minister Hakan Fidan
        # said"): "the minister" right after them may be theirs.
        self.posted: set[str] = set()
        # Person -> the stems of the Russian posts the narration named them with.
        self.posts: dict[str, set[str]] = {}
        # Whether the sentence that first named each sayer gave a deputy's post ("Deputy
        # Foreign Minister Sergey Ryabkov said"): "the deputy minister" is one of those,
        # "the foreign minister" / "глава МИД" one of the others.
        self.deputy: dict[str, bool] = {}
        # Whose words a following quote goes on with: nobody's until someone is quoted (a
        # quote that no attribution claims, at the top of a story, may be anyone's).
        self.quoting: str | None = None
        self.named_anyone = False  # whether any sentence so far named or referred to a sayer
        self.title = ""  # the page's title, which may name someone with a post
        # Who was named before a background sentence of this paragraph (:meth:`aside`).
        self.kept: tuple[str | None, str | None, str | None, bool] | None = None
        # The sayer of this paragraph's background sentence (None: someone we cannot name)
        # and the gender its verb gives; then the one of the background paragraph just ended,
        # until the next sentence that names or refers to a sayer; then the same while that
        # sentence is read (:meth:`_after_background`).
        self.aside_said: tuple[str | None, str | None] | None = None
        self.background: tuple[str | None, str | None] | None = None
        self.after_background: tuple[str | None, str | None] | None = None
        # Whether the last sayer was someone we cannot name who holds a post ("..., — сказал
        # президент Белоруссии", '"...," the senator believes'): see :meth:`_after_unnamed`.
        self.unnamed_spoke = False
        # The person this paragraph's narration so far has as its subject ("Mr Kelin arrived
        # at the Embassy ..."), for a quote after it that no one is said to say.
        self.paragraph_subject: str | None = None
        # Those the page named as members of a parliament ("MP Aleksey Pushkov", "Senator X").
        self.legislators: set[str] = set()
        # The subject of the last sentence of narration, while no one has been named since
        # as saying anything (:meth:`acting`).
        self.acted: str | None = None

    def peek(self, sayer: Sayer, text: str = "") -> str | None:
        """Who ``sayer`` would be now, without taking note of it (``text``: the narration
        around it, for "Putin's spokesman", as in :meth:`explicit`)."""
        if isinstance(sayer, str):
            return sayer
        if self._after_unnamed(sayer, text):
            return None  # as :meth:`explicit` will read the closing sentence
        if sayer is Ref.AIDE:
            return self._aide(text)
        if sayer is Ref.PRONOUN:
            return self._pronouns(text)
        if sayer is Ref.JOURNALIST:
            return self.interviewer
        if sayer is Ref.MODERATOR:
            return self.moderator
        if sayer is Ref.HEAD_OF_STATE:
            return self._the_president()
        if sayer is Ref.RUSSIAN_PRESIDENT:
            return self._russian_president()
        if sayer is Ref.LEGISLATOR:
            return self._legislator()
        return self._own_post(text) if sayer is Ref.OWN_POST else None

    def _legislator(self) -> str | None:
        """Whom "the legislator" names: the last person named, if named as one."""
        return self.last_named if self.last_named in self.legislators else None

    def explicit(self, sayer: Sayer, text: str = "", raw: str = "") -> str | None:
        """The speaker a sentence (``text``, its quotes masked; ``raw``, as written) names or
        refers to (updates who was named last). "Putin's spokesman" is the last known
        official named unless the sentence names that one, as the one spoken for."""
        self.after_background, self.background = self.background, None
        if isinstance(sayer, str):
            self.last_named = sayer
            self.acted = None
            if is_russian_official(sayer) or (sayer == self.main and is_known_official(sayer)):
                # "The Russian minister", "глава МИД" never name Blinken quoted in between.
                self.last_official = sayer
            self.named.append(sayer)
            if any(_key(word) in _POST_NOUNS for word in text.split()):
                self.posted.add(sayer)  # (no typo search: every named sentence asks this)
            if _names_legislator(text):
                self.legislators.add(sayer)
            self.deputy.setdefault(sayer, _DEPUTY_RE.search(text) is not None)
            if any(_key(word) in _REPORTER_NOUNS for word in text.split()):
                self.reporters.add(sayer)
            speaker: str | None = sayer
        elif sayer is Ref.PRONOUN:
            speaker = self._pronouns(text, raw)
        elif sayer is Ref.OWN_POST:
            speaker = self._own_post(text)
        elif sayer is Ref.JOURNALIST:
            speaker = self.interviewer
        elif sayer is Ref.MODERATOR:
            speaker = self.moderator
        elif sayer is Ref.HEAD_OF_STATE:
            speaker = self._the_president()
        elif sayer is Ref.RUSSIAN_PRESIDENT:
            speaker = self._russian_president()
        elif sayer is Ref.AIDE:
            speaker = self._aide(text)
        elif sayer is Ref.LEGISLATOR:
            speaker = self._legislator()
        else:  # Ref.SOMEONE: someone we cannot name is speaking
            speaker = None
            if _names_legislator(text):
                # ("Senator Blake told reporters ...": "the senator" after it is no longer the
                # one named before.)
                self.legislators.clear()
            if _UNNAMED_PERSON_RE.search(text) or _NATIONAL_SAYER_RE.match(text):
                # "..., the source said." / "He added": "he" is that source, not the official
                # named before it; so after "The Egyptian diplomat hailed ...".
                self.last_named = None
        if self._after_unnamed(sayer, text):
            speaker = None
        # (A post that names no one the story has named, "— передает РИА Новости со ссылкой
        # на слова посла", is such a one too.)
        self.unnamed_spoke = (
            (sayer is Ref.SOMEONE and _holds_post(text))
            or (sayer in (Ref.OWN_POST, Ref.LEGISLATOR) and speaker is None)
            or (speaker is None and self.unnamed_spoke)
        )
        asking = sayer in (Ref.JOURNALIST, Ref.MODERATOR)
        if speaker is not None and not asking and speaker != self.last_named:
            # "Ранее российский лидер заявил, что ... Он отметил ...": "he" is the one the
            # reference named, not someone named before it.
            self.last_named = speaker
            self.named.append(speaker)
        self.quoting = speaker
        self.named_anyone = True
        return speaker

    def _after_background(self, candidate: str, text: str) -> bool:
        """Whether "По ее мнению, ..." / "In his view, ..." opening the paragraph right after
        a background one ("Ранее Санду заявила, что ...") could be the background sayer's as
        well as the story's: the pronoun's nearest antecedent is the one the background
        named, the story's sayer is the one the reader returns to; then it is neither's."""
        if self.after_background is None:
            return False
        other, verb_gender = self.after_background
        wanted = _according_gender(text)
        if wanted is None or other == candidate:
            return False
        # (The name's gender, else the verb's, "заявила"; someone we cannot name only when
        # the verb gave the pronoun's gender.)
        gender = (_gender_of(other) if other else None) or verb_gender
        return gender == wanted or (gender is None and other is not None)

    def _after_unnamed(self, sayer: Sayer, text: str) -> bool:
        """Whether a back-reference ("Политик добавил", "In his opinion") follows the words of
        someone we cannot name who holds a post: then it is that one's, not the page's own
        official nor a person named inside their words. (The page's Russian official is still
        meant when the subject names Russia: "The Russian minister replied".)"""
        if not self.unnamed_spoke or sayer not in (Ref.PRONOUN, Ref.OWN_POST, Ref.LEGISLATOR):
            return False
        if _according_gender(text) is not None:
            return True  # "По его словам, ... российского руководства": no subject but "his"
        return not _names_russia(_before_verb(text))

    def _pronouns(self, text: str, raw: str = "") -> str | None:
        """Whom "he said" names: the last person named, when the verb agrees (see
        :meth:`_agreeing`), and never one the sentence names after the pronoun ("an American
        journalist he asked Putin when ...": "he" is not the one he asks)."""
        candidate = self._agreeing(self.last_named, text)
        if candidate is None or not text or self._after_background(candidate, text):
            return None
        if _SPEAKS_AS_RUSSIA_RE.search(self.paragraph) and (
            is_known_official(candidate) and not is_russian_official(candidate)
        ):
            # '"We Russians, we have a lot to offer ...," he said' after a line about the
            # visiting president: "he" is the Russian named before him.
            candidate = next((n for n in reversed(self.named) if is_russian_official(n)), None)
            if candidate is None:
                return None
        if (
            candidate == self.acted
            and candidate in _PRESIDENTS
            and self.quoting in AIDES
            and self.quoting == self.main
        ):
            # "Putin called Trump on Monday ... / '...,' he told reporters": on a story of the
            # President's aide, what the President did is what the aide speaks of; "he" is
            # the aide quoted before it.
            return self.quoting
        pronoun = _SUBJECT_PRONOUN_RE.search(text)
        # (Russian «он» before the person himself in the nominative is a copy's slip: "Об этом
        # он заявил министр ... Сергей Лавров"; in another case he is someone else: «— сказал
        # он ... с главой МИД Сергеем Лавровым».)
        if (
            pronoun is not None
            # ("Он также сказал, что ... : по утверждению Пескова, ...": a phrase giving whose
            # words they are names him himself.)
            and mentions(after := _WHOSE_WORDS_RE.sub(" ", text[pronoun.end() :]), candidate)
            and not (has_cyrillic(pronoun.group()) and _named_in_nominative(after, candidate))
        ):
            return None
        if (
            pronoun is not None
            and len(raw) == len(text)
            and (quoted := _QUOTE_BEFORE_RE.search(raw[: pronoun.start()]))
        ):
            # '"A meeting with Obama is not planned," he said': the words name the one named
            # last, so he is not the one saying them; the one quoted before is, unless the
            # words name that one too.
            words = quoted.group("words")
            if mentions(words, candidate):
                earlier = self.quoting
                if earlier and earlier != candidate and not mentions(words, earlier):
                    return earlier
                return None
        return candidate

    def _agreeing(self, candidate: str | None, text: str) -> str | None:
        """``candidate`` when the sentence's Russian verb of saying agrees with their gender
        (or says none); else the latest person named who agrees; else nobody we can name."""
        wanted = (
            (
                _according_gender(text)
                or _quoted_pronoun_gender(text)
                or _verb_gender(text)
                or _english_gender(text)
            )
            if text
            else None
        )
        if wanted is None or candidate is None or _gender_of(candidate) in (wanted, None):
            return candidate
        return next((n for n in reversed(self.named) if _gender_of(n) == wanted), None)

    def _own_post(self, text: str) -> str | None:
        """Whom "the minister" names (:meth:`_own_post_holder`), unless the sentence names
        that one after its verb of saying, as another: "The foreign minister said both he and
        FM Lavrov had agreed ..." is not Lavrov."""
        holder = self._own_post_holder(text)
        say = _SAY_RE.search(text) if holder is not None else None
        if (
            holder is not None
            and say is not None
            # (The post as the subject before the verb: after it, "заявил постпред ... Михаил
            # Ульянов" names the holder as the subject.)
            and any(_key(word) in _POST_NOUNS for word in text[: say.start()].split())
            and mentions(text[say.end() :], holder) > 0
        ):
            return None
        return holder

    def _own_post_holder(self, text: str) -> str | None:
        """Whom "the minister", "the diplomat" names: the last known official named (or the
        story's main person). "The diplomat", "the Kremlin spokesman" is never a president:
        then Russia's official named latest who is none, else the last person named, if no
        president either, else nobody we can name."""
        candidate = self._agreeing(self.last_official, text)
        if (
            candidate is not None
            and is_known_official(candidate)
            and not is_russian_official(candidate)
            and any(_key(word) in _RUSSIA_NAMING for word in text.split())
        ):
            # "The Russian foreign minister said" is never another country's official, even
            # the one a page without a title names first (the Turkish minister at a joint news
            # conference): Russia's official named latest, if any.
            candidate = next((n for n in reversed(self.named) if is_russian_official(n)), None)
        if _RANKED_POST_RE.search(text):
            # "the foreign minister" after his deputy was quoted: the latest Russian official
            # named with a post of the same rank (a deputy's, or not).
            deputy = _DEPUTY_RE.search(text) is not None
            candidate = next(
                (
                    n
                    for n in reversed(self.named)
                    if self.deputy.get(n) is deputy and (is_russian_official(n) or n == self.main)
                ),
                candidate,
            )
        latest = self.last_named
        if (
            latest is not None
            and latest != candidate
            and (latest in self.posted or is_known_official(latest))
            and not is_russian_official(latest)
            and not _names_russia(_before_verb(text))
        ):
            # "Turkish Foreign Minister Hakan Fidan said ..." / "..., the minister added": the
            # post may be his as well as Lavrov's named before him (a known foreign official
            # holds one whether or not the sentence gave it: "Госсекретарь США Энтони Блинкен
            # провел встречу. «...», — сказал дипломат"). Unless it is the post the story gave
            # him ("с премьер-министром Лаоса Сонсаем Сипхандоном ... Премьер добавил").
            lowered = text.lower()
            held = self.posts.get(latest, set())
            same = any(re.search(rf"(?<![\w-]){post}", lowered) for post in held) or (
                # «Посол России в Швейцарии Сергей Гармонин ... "...", — указал дипломат»: an
                # ambassador, an envoy, a consul is "the diplomat".
                _DIPLOMAT_RE.search(_before_verb(text)) is not None
                and any(post.startswith(_DIPLOMATIC_POSTS) for post in held)
            )
            # "Премьер-министр Армении Никол Пашинян объявил ... Политик охарактеризовал ...":
            # a word for anyone in politics names the one named last, whatever his post. So
            # does any post when he is the only one the story has had say anything yet ("Глава
            # комиссии Совфеда Владимир Джабаров прокомментировал заявление Зеленского ...
            # «...», — подчеркнул сенатор").
            # (Another country's known leader is never this post: "сенатор" is no Zelensky.)
            only = {
                n for n in self.named if is_russian_official(n) or not is_known_official(n)
            } == {latest}
            return latest if same or only or _ANY_POLITICIAN_RE.search(_before_verb(text)) else None
        presidents = self.presidents | _PRESIDENTS
        if (
            candidate in presidents
            and "премьер" in text.lower()
            and "премьер" not in self.posts.get(candidate, set())
            and not self._sole_premier(candidate, presidents)
        ):
            # «Премьер добавил» after Putin met a foreign premier: a president is the premier
            # only when the story named him so (Medvedev, «премьер-министр Дмитрий Медведев»),
            # or when he, once Russia's premier, is the only one it could be.
            return None
        if candidate in presidents and _NOT_PRESIDENT_RE.search(text):
            # Russia's official named latest who is no president ("the Kremlin spokesman"
            # after Putin was quoted: Peskov), else the last person named, if no president.
            other = next(
                (n for n in reversed(self.named) if n not in presidents and is_russian_official(n)),
                self.last_named,
            )
            return other if other and other not in presidents else None
        return candidate

    def _sole_premier(self, candidate: str, presidents: set[str] | frozenset[str]) -> bool:
        """Whether ``candidate``, the story's main person and a Russian president who was also
        premier, is the only one it could mean by "the premier": «Дмитрий Медведев дал интервью
        The Times ... "...", - заявил премьер-министр» (a story of 2012) names no other."""
        return (
            candidate == self.main
            and candidate in _RUSSIAN_PRESIDENTS
            and not self.other_premier
            and all(n == candidate or n in presidents for n in self.named)
        )

    def saw(self, masked: str) -> None:
        """A paragraph (its quotes masked) is read: note a premier it names who is not the
        story's main person."""
        if self.other_premier or self.main is None:
            return
        for found in _PREMIER_NAMED_RE.finditer(masked):
            if not mentions(found.group("who"), self.main):
                self.other_premier = True
                return

    def _aide(self, text: str) -> str | None:
        """Whom "Putin's spokesman" / "the president's press secretary" names: the last known
        official named, unless the sentence names that one (as the one spoken for) or that
        one is a president (whose aide is never he himself: one the narration has called
        president, or a known president)."""
        official = self.last_official
        if official and mentions(text, official):
            return None
        if (
            official
            and official not in self.presidents
            and official not in _PRESIDENTS
            and not (is_known_official(official) and official not in AIDES)
        ):
            return official
        # A president, a minister or a diplomat is nobody's spokesman: the aide named last,
        # if any ("Kremlin spokesman Dmitry Peskov said ... Putin also said: ... '...,' the
        # Kremlin spokesman added").
        aides = [name for name in self.named if name in AIDES]
        return aides[-1] if aides and not mentions(text, aides[-1]) else None

    def _the_president(self) -> str | None:
        """Whom "the president" names: the head of state, unless the narration has called
        someone else president too (then it could be either); on a story about someone else
        (Peskov's words), the one person the narration has called president."""
        if self.head_of_state is None and len(self.presidents) == 1:
            return next(iter(self.presidents))
        if self.head_of_state is None and not self.presidents:
            # "Глава Минэкономразвития Максим Орешкин ... Путин поручил ... «...», — сказал
            # президент": no one called president yet, Putin the only head of state the story
            # names (no foreign official beside him).
            named = set(self.named)
            # (Putin alone: Medvedev, president for four years, a story must call so.)
            if named & _PRESIDENTS == {"Vladimir Putin"} and not any(
                is_known_official(n) and not is_russian_official(n) for n in named
            ):
                return "Vladimir Putin"
        if self.presidents - {self.head_of_state}:
            # Two presidents named: "the president" is the story's own president when the
            # words just before were his too ("During the talks, Tokayev expressed his
            # gratitude ... / '...,' said the president."), else it could be either.
            return self.head_of_state if self.quoting == self.head_of_state else None
        return self.head_of_state

    def _russian_president(self) -> str | None:
        """Whom "президент РФ" / "the Russian president" names: the one of Russia's presidents
        the narration calls president (or the story's president); none with two."""
        called = self.presidents | ({self.head_of_state} if self.head_of_state else set())
        russian = called & _RUSSIAN_PRESIDENTS
        if not russian:
            # "US President Donald Trump and his Russian counterpart Vladimir Putin ... Putin
            # said ...": no Russian president called so, but one of them has spoken.
            russian = set(self.named) & _RUSSIAN_PRESIDENTS
        return next(iter(russian)) if len(russian) == 1 else None

    def acting(self, name: str, posted: bool = False, background: bool = False) -> None:
        """A sentence of narration has ``name`` as its subject ("Путин предложил Керри
        отдохнуть."): "— сказал он" right after it is his; ``posted``: it gave his post
        before his name ("Пресс-секретарь президента Дмитрий Песков рекомендовал ..."), so
        "the Kremlin's representative", "the minister" after it may be his too;
        ``background``: it tells of before the story ("Ранее ..."), so from the next
        paragraph on "he" is the story's sayer again (as after :meth:`aside`)."""
        if background and name != self.last_named and self.kept is None:
            self.kept = (self.last_named, self.last_official, self.quoting, self.named_anyone)
        self.paragraph_subject = None if background else name
        self.last_named = name
        self.acted = name
        self.named.append(name)
        if posted:
            self.posted.add(name)
        if is_russian_official(name) and name not in _PRESIDENTS:
            # ("Ulyanov, who later deleted his tweet, felt misunderstood. ... '...,' the
            # diplomat said.": the Russian official the narration was about.)
            self.last_official = name

    def aside(self, sayer: Sayer, text: str = "") -> str | None:
        """The speaker of a background sentence ("Ранее Зеленский заявил, что ..."): named
        there, and "he said" in the same paragraph is this one ("..., — сказал он тогда"),
        but from the next paragraph on it means the story's sayer again."""
        kept = (self.last_named, self.last_official, self.quoting, self.named_anyone)
        speaker = self.explicit(sayer, text)
        self.aside_said = (speaker, _verb_gender(text) or _english_gender(text))
        if speaker != kept[0] and self.kept is None:
            self.kept = kept
        return speaker

    def end_paragraph(self) -> None:
        """Back to the story's sayer after a paragraph of background (:meth:`aside`)."""
        self.paragraph_subject = None
        self.background, self.aside_said = (self.aside_said if self.kept else None), None
        if self.kept is not None:
            self.last_named, self.last_official, self.quoting, self.named_anyone = self.kept
            self.kept = None


# A sentence giving background from before the story's event: "Ранее ...", "Earlier, ...".
_ASIDE_RE = re.compile(
    r"^\W*(?:ранее|прежде|до этого|earlier|previously|before that)(?![^\W\d_])", re.IGNORECASE
)


def _aside(sentence: str) -> bool:
    """Whether a sentence gives background from before the story (:data:`_ASIDE_RE`)."""
    return _ASIDE_RE.match(sentence) is not None


# "Turkish President Recep Tayyip Erdogan", "his Russian counterpart Vladimir Putin": a
# nationality, a post and a name, in the narration.
_NATIONAL_NAME_RE = re.compile(
    # ("Kazakh", "Uzbek", "Tajik", "Kyrgyz", "Slovak": Central Asia's and others' endings.)
    r"(?<![\w-])(?P<nation>[A-Z][a-z]+(?:ish|ian|ese|an|i|ch|kh|[aei]k|yz))\s+"
    r"(?P<post>(?:[A-Za-z-]+\s+){1,3}?)(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})"
)
# "..., the Turkish politician admitted", "the Turkish leader said": a nationality and a noun
# for a person as the subject right before (or after) a verb of saying.
# ("the Paraguayan foreign minister said", "His Russian counterpart recalled": a post of two
# words, a counterpart of the one just named.)
# ("The Hungarian diplomat also noted", "the Iranian top diplomat added": opening a sentence,
# and with a word of rank before the noun.)
_NATIONAL_NOUN = (
    # (Either case: "the British Prime Minister said" as a post's title.)
    r"(?i:(?:(?:foreign|prime|defen[cs]e|deputy|top|chief|senior)\s+)?(?:politician|leader|"
    r"president|minister|diplomat|official|statesman|counterpart))"
)
_NATIONAL_SUBJECT_RE = re.compile(
    rf"(?:^|[,\"”’]\s*|\s)(?:[Tt]he|[Hh]is|[Hh]er)\s+(?P<nation>[A-Z][a-z]+)\s+"
    rf"(?:{_NATIONAL_NOUN}|(?i:head of state))\s+(?:also\s+|has\s+)?"
    rf"(?:{_SAY_WORDS})(?![\w-])"
    rf"|(?<![\w-])(?:{_SAY_WORDS})\s+the\s+(?P<nation2>[A-Z][a-z]+)\s+"
    rf"(?:{_NATIONAL_NOUN}|(?i:head of state))(?![\w-])"
)
# "Paraguay's Foreign Minister Ruben Ramirez Lezcano": a country's post and name.
_COUNTRY_POST_NAME_RE = re.compile(
    r"(?<![\w-])(?P<nation>[A-Z][a-z]+)(?:'s|’s)\s+"
    r"(?P<post>(?:[A-Za-z-]+\s+){1,3}?)(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})"
)


def _of_nation(nation: str, named: dict[str, set[str]]) -> set[str]:
    """The people ``named`` under a nationality ("paraguayan") or its country ("paraguay":
    the adjective starts with the country's name, or with it less its last letter, "china" /
    "chinese")."""
    key = nation.lower()
    people = set(named.get(key, set()))
    for country, found in named.items():
        if country != key and len(country) >= 4 and key.startswith((country, country[:-1])):
            people |= found
    return people


# "Former Russian president, and now ..., Dmitry Medvedev, warned ...", "Бывший премьер
# Израиля ... заявил": a sentence whose subject opens with a former post. Later "The former
# president who ruled ..., said" (or "said the former president") refers back to that person.
_FORMER_POST = (
    r"(?:former|ex-|бывш\w+|экс-)\s*(?:[A-ZА-ЯЁ][\w-]+\s+)?(?P<post>president|prime minister|"
    r"premier|foreign minister|minister|leader|президент\w*|премьер\w*|министр\w*|глав\w+)"
    r"(?![\w-])"
)
_FORMER_OPENING_RE = re.compile(rf"^\W*(?:the\s+)?{_FORMER_POST}", re.IGNORECASE)
_FORMER_AFTER_SAY_RE = re.compile(
    rf"(?<![\w-])(?:{_SAY_WORDS})\s+(?:the\s+)?{_FORMER_POST}", re.IGNORECASE
)


def _former_post(said: str) -> str | None:
    """The post of "the former president" opening a sentence, or right after its verb of
    saying, in lower case and without endings ("president", "премьер")."""
    found = _FORMER_OPENING_RE.match(said) or _FORMER_AFTER_SAY_RE.search(said)
    return found.group("post").lower()[:7] if found else None


# A speaker's name on a line of its own under what they said, after a dash or before their
# post: "Мария Захарова, пресс-секретарь МИД РФ", "— Мария Захарова".
_SIGNATURE_RE = re.compile(
    r"^(?P<dash>[—–-]\s*)?(?P<name>[A-ZА-ЯЁ][\w.'’-]*(?:\s+[A-ZА-ЯЁ][\w'’-]+){0,2})"
    r"(?:,\s*(?P<post>[^.!?,]{2,80}))?$"
)


# A chair's post under a signature: "Валентина Матвиенко, Председатель СФ".
_CHAIR_WORDS = frozenset("председатель chairman chairwoman chairperson".split())


def _signatures(paragraphs: list[str], all_sayers: list[list[Sayer]]) -> None:
    """A paragraph that names no sayer, signed by the next one ("Они просто настолько
    заигрались ..." / "Мария Захарова, пресс-секретарь МИД РФ"): the signer's words, and the
    signature too. A name alone on its line may label what follows instead: not read so.
    Updates ``all_sayers`` in place."""
    for number in range(1, len(paragraphs)):
        found = _SIGNATURE_RE.match(paragraphs[number].strip())
        if not found or not (found.group("dash") or found.group("post")):
            continue
        post = found.group("post")
        if post and not any(
            _names_post(key) or key in _CHAIR_WORDS for key in map(_key, post.split())
        ):
            continue
        name = person_name(found.group("name"))
        if name is None or any(sayer is not None for sayer in all_sayers[number - 1]):
            continue
        all_sayers[number - 1] = [name] * len(all_sayers[number - 1])
        all_sayers[number] = [name] * len(all_sayers[number])


def _national_posts(
    paragraphs: list[str], all_sayers: list[list[Sayer]], continued: list[bool], title: str = ""
) -> None:
    """ "..., the Turkish politician admitted": the one person of that nationality the
    narration named before with a post ("Turkish President Recep Tayyip Erdogan"); "the
    former president said": the one person a sentence opening with that former post had say
    something before. With none or two such people the subject stays someone unknown. The
    title's "talks with Chinese Foreign Minister Wang Yi" names one too. Updates
    ``all_sayers`` in place."""
    # Substrings every such subject holds ("the", "[Ff]ormer", "[Бб]ывший", "[Ээ]кс-"): most
    # pages are spared the patterns.
    if not any(" the " in p or "ormer" in p or "ывш" in p or "кс-" in p for p in paragraphs):
        return  # (a page naming a counterpart says "the" too)
    named: dict[str, set[str]] = {}
    _note_national_names(title, named)
    former: dict[str, set[str]] = {}
    sayers: list[str] = []  # who said something so far
    for number, paragraph in enumerate(paragraphs):
        masked = _masked(paragraph, continued[number])
        for i, (a, b) in enumerate(_spans(paragraph)):
            said = masked[a:b]
            sayer = all_sayers[number][i]
            # A former post names one of these words: most sentences are spared the patterns.
            former_words = "ormer" in said or "ex-" in said or "ывш" in said or "кс-" in said
            post = _former_post(said) if former_words else None
            if post and isinstance(sayer, str):
                former.setdefault(post, set()).add(sayer)
            elif post and sayer is Ref.SOMEONE and len(former.get(post, ())) == 1:
                all_sayers[number][i] = sayer = next(iter(former[post]))
            if sayer is Ref.SOMEONE and (
                " the " in said or "The " in said or "counterpart" in said
            ):
                subject = _NATIONAL_SUBJECT_RE.search(said)
                nation = subject and (subject.group("nation") or subject.group("nation2"))
                people = _of_nation(nation, named) if nation else set()
                if len(people) == 1:
                    all_sayers[number][i] = sayer = next(iter(people))
                elif subject and nation and not people:
                    # "the Kazakh leader said": a known person who spoke before, whom the
                    # narration never named with that nationality.
                    known = _known_of_nation(sayers, nation.lower(), subject.group())
                    all_sayers[number][i] = sayer = known or Ref.SOMEONE
            if isinstance(sayer, str) and sayer not in sayers:
                sayers.append(sayer)
            _note_national_names(said, named)


def _note_national_names(said: str, named: dict[str, set[str]]) -> None:
    """Adds to ``named`` (nationality -> people) those ``said`` names with a nationality and a
    post ("Turkish President Recep Tayyip Erdogan")."""
    found_names = [*_NATIONAL_NAME_RE.finditer(said), *_COUNTRY_POST_NAME_RE.finditer(said)]
    for found in found_names:
        posts = found.group("post").split()
        if not all(_is_post_noun(_key(w)) or _key(w) in _NATIONAL_POSTS for w in posts):
            continue
        # The name runs on past the match ("Foreign Minister Seyed Abbas Araghchi": the lazy
        # post leaves "Minister Seyed Abbas" to the name).
        first = _key(found.group("name").split()[0])
        more = _CAPITALISED_RUN_RE.match(said, found.end("name")) if is_post_word(first) else None
        span = found.group("name") + (more.group() if more else "")
        if name := person_name(span):
            named.setdefault(found.group("nation").lower(), set()).add(name)


_CAPITALISED_RUN_RE = re.compile(r"(?:\s+[A-Z][\w'’-]+){1,2}")


# A Russian post of a country's leader or minister: «президент», «лидер», «глава МИД»,
# «премьер-министр», «министр иностранных дел» (in any case).
_RU_NATIONAL_POST = (
    r"(?:президент\w*|лидер\w*|премьер(?:-министр)?\w*|глав\w+\s+(?:МИД|государства|"
    r"правительства)|министр\w*\s+иностранных\s+дел)"
)
# «глава венгерского МИД», «главы турецкого внешнеполитического ведомства»: a post whose
# nation's adjective stands inside it, in the genitive, in any case of «глава».
_RU_INNER_NATIONAL_POST = (
    r"[Гг]лав\w+\s+(?P<{}>[а-яё]+[сц]к(?:ого|ой))\s+(?:МИД\w*|внешнеполитического\s+ведомства|"
    r"дипломатии|правительства|государства)(?![\w-])"
)
# «Лидер Белоруссии Александр Лукашенко», «президента Казахстана Касым-Жомарта Токаева»: a
# post, a country (genitive) and a name; «белорусский лидер Александр Лукашенко»: a nation's
# adjective, a post and a name.
_RU_NATIONAL_NAME_RE = re.compile(
    rf"(?<![\w-])(?:(?i:{_RU_NATIONAL_POST})\s+(?P<country>[А-ЯЁ][а-яё]+)|"
    rf"(?P<adjective>[А-ЯЁа-яё]+[сц]к(?:ий|ого|ому|им|ом|ая|ой|ую))\s+(?i:{_RU_NATIONAL_POST})|"
    rf"{_RU_INNER_NATIONAL_POST.format('inner')})\s+"
    r"(?P<name>[А-ЯЁ][\w-]+\s+[А-ЯЁ][\w-]+)(?P<more>(?:\s+[А-ЯЁ][\w-]+){0,2})"
)
# «белорусский лидер», «турецкий министр», «венгерский дипломат» (a nation's adjective and a
# post; «министр», «дипломат» alone only here, beside the adjective).
# ("турецкий министр обороны" is another minister: «министр» alone only before no word of
# its field.)
_RU_ADJECTIVE_POST = rf"(?i:{_RU_NATIONAL_POST}|министр\w*(?!\s+[а-яё])|дипломат\w*)"
# «Президент Белоруссии отметил», «— сказал президент Белоруссии», «Белорусский лидер
# заявил», «— заявил белорусский лидер», «— написал глава венгерского МИД», «По словам
# главы украинского МИДа, ...»: such a post as the subject right by its verb of saying (or
# opening whose words a sentence gives), with no name.
_RU_NATIONAL_SUBJECT_RE = re.compile(
    rf"(?:^|[,.»\"]\s*|\s)(?:(?i:{_RU_NATIONAL_POST})\s+(?P<country>[А-ЯЁ][а-яё]+)|"
    rf"(?P<adjective>[А-ЯЁа-яё]+[сц]к(?:ий|ая))\s+(?i:{_RU_NATIONAL_POST})|"
    rf"{_RU_INNER_NATIONAL_POST.format('inner')})\s+(?:{_SAY_WORDS})"
    rf"(?![\w-])"
    rf"|(?<![\w-])(?:{_SAY_WORDS})\s+(?:(?i:{_RU_NATIONAL_POST})\s+(?P<country2>[А-ЯЁ][а-яё]+)|"
    rf"(?P<adjective2>[а-яё]+[сц]к(?:ий|ая))\s+{_RU_ADJECTIVE_POST}|"
    rf"{_RU_INNER_NATIONAL_POST.format('inner2')})(?![\w-])"
    rf"|^\W*(?i:по\s+(?:словам|мнению|оценке|данным))\s+"
    rf"{_RU_INNER_NATIONAL_POST.format('inner3')}"
)
#: Letters of a country's or nation's word that name it in any case and as an adjective
#: («Белоруссии», «белорусский»; «Японии», «японский»; «Китая», «китайский»).
_NATION_STEM_LETTERS = 4


#: Stems of one country whose adjective or other name parts from it within those letters:
#: «Беларусь» / «Белоруссия», «белорусский»; «Турции» / «турецкий»; «Армении» / «армянский»;
#: «Финляндии» / «финский»; «Германии» / «немецкий».
_SAME_NATION_STEMS = {
    "бела": "бело",
    "туре": "турц",
    "армя": "арме",
    "финс": "финл",
    "неме": "герм",
}


def _nation_stem(found: re.Match[str]) -> str:
    word = next(found.group(g) for g in found.re.groupindex if g != "name" and found.group(g))
    stem = word.lower()[:_NATION_STEM_LETTERS]
    return _SAME_NATION_STEMS.get(stem, stem)


# Known people of other countries whom a story may name by their nation and post alone
# («белорусский лидер», "the Kazakh leader", «глава венгерского МИД») without having named
# them so: their nation's stem (as _nation_stem reads it), its English adjective, and their
# post (a president, a head of government, a foreign minister).
_KNOWN_NATIONS = {
    "Alexander Lukashenko": ("бело", "belarusian", "president"),
    "Maxim Ryzhenkov": ("бело", "belarusian", "minister"),
    "Recep Tayyip Erdogan": ("турц", "turkish", "president"),
    "Hakan Fidan": ("турц", "turkish", "minister"),
    "Kassym-Jomart Tokayev": ("каза", "kazakh", "president"),
    "Aleksandar Vucic": ("серб", "serbian", "president"),
    "Viktor Orban": ("венг", "hungarian", "premier"),
    "Peter Szijjarto": ("венг", "hungarian", "minister"),
    "Masoud Pezeshkian": ("иран", "iranian", "president"),
    "Abbas Araghchi": ("иран", "iranian", "minister"),
    "Narendra Modi": ("инди", "indian", "premier"),
    "Subrahmanyam Jaishankar": ("инди", "indian", "minister"),
    "Nikol Pashinyan": ("арме", "armenian", "premier"),
    "Ararat Mirzoyan": ("арме", "armenian", "minister"),
    "Jeyhun Bayramov": ("азер", "azerbaijani", "minister"),
    "Shavkat Mirziyoyev": ("узбе", "uzbek", "president"),
    "Emomali Rahmon": ("тадж", "tajik", "president"),
    "Fumio Kishida": ("япон", "japanese", "premier"),
    "Emmanuel Macron": ("фран", "french", "president"),
    "Benjamin Netanyahu": ("изра", "israeli", "premier"),
}


def _post_role(post: str) -> str | None:
    """Which of the posts of :data:`_KNOWN_NATIONS` a post's words give ("leader": a
    president's or a head of government's), or None ("official", "defence minister")."""
    text = post.lower()
    if "премьер" in text or "правительства" in text or "prime" in text or "premier" in text:
        return "premier"
    if any(w in text for w in ("мид", "внешнеполит", "дипломат", "министр", "minister")):
        return None if "defen" in text or "deputy" in text else "minister"
    if "diplomat" in text:
        return "minister"
    if "президент" in text or "государства" in text or "president" in text or "of state" in text:
        return "president"
    return "leader" if "лидер" in text or "leader" in text else None


def _known_of_nation(sayers: list[str], nation: str, post: str) -> str | None:
    """The one person among ``sayers`` (people the page had say something) whom
    :data:`_KNOWN_NATIONS` gives that nation (a Russian stem or an English adjective) and
    post; None with none or two."""
    role = _post_role(post)
    if role is None:
        return None
    found = {
        person
        for person in sayers
        if (known := _KNOWN_NATIONS.get(person))
        and nation in known[:2]
        and (known[2] == role or (role == "leader" and known[2] != "minister"))
    }
    return found.pop() if len(found) == 1 else None


def _russian_national_posts(
    paragraphs: list[str], all_sayers: list[list[Sayer]], continued: list[bool], title: str = ""
) -> None:
    """ "Президент Белоруссии отметил", "— сказал президент Белоруссии": the one person the
    narration named before with a post of that country ("Белорусский лидер Александр
    Лукашенко", "Лидер Белоруссии Александр Лукашенко"), as :func:`_national_posts` reads
    "the Turkish leader said". With none or two such people the subject stays someone
    unknown. Updates ``all_sayers`` in place."""
    if not any(has_cyrillic(p) for p in paragraphs):
        return
    named: dict[str, set[str]] = {}
    # ("Лукашенко: пусть Запад спит спокойно" over the story: the title's speaker has spoken.)
    sayers = [speaker] if title and (speaker := headline_speaker(title)) else []
    for number, paragraph in enumerate(paragraphs):
        masked = _masked(paragraph, continued[number])
        for i, (a, b) in enumerate(_spans(paragraph)):
            said = masked[a:b]
            if all_sayers[number][i] is Ref.SOMEONE:
                subject = _RU_NATIONAL_SUBJECT_RE.search(said)
                people = named.get(_nation_stem(subject), set()) if subject else set()
                if len(people) == 1:
                    all_sayers[number][i] = next(iter(people))
                elif subject and not people:
                    # «Белорусский лидер считает»: a known person who spoke before, whom the
                    # page never named by that post.
                    known = _known_of_nation(sayers, _nation_stem(subject), subject.group())
                    all_sayers[number][i] = known or Ref.SOMEONE
            if isinstance(sayer := all_sayers[number][i], str) and sayer not in sayers:
                sayers.append(sayer)
            for found in _RU_NATIONAL_NAME_RE.finditer(said):
                # A known name of more words («президента Мьянмы Мин Аун Хлайном»), else
                # the first and the surname.
                longer = person_name(found.group("name") + found.group("more"))
                name = (
                    longer
                    if found.group("more") and longer and is_known_official(longer)
                    else person_name(found.group("name"))
                )
                if name and len(name.split()) >= 2:
                    named.setdefault(_nation_stem(found), set()).add(name)


def _named_under(
    paragraphs: list[str],
    all_sayers: list[list[Sayer]],
    continued: list[bool],
    subject_key: Callable[[str], str | None],
    names: Callable[[str], Iterator[tuple[str, str]]],
) -> None:
    """Gives each sentence whose sayer is someone we cannot name the one person the narration
    named before under the key its subject has (``subject_key``: a country, a post); ``names``
    yields the (key, person) pairs a sentence names. With none or two such people the subject
    stays someone unknown. Updates ``all_sayers`` in place."""
    named: dict[str, set[str]] = {}
    for number, paragraph in enumerate(paragraphs):
        masked = _masked(paragraph, continued[number])
        for i, (a, b) in enumerate(_spans(paragraph)):
            said = masked[a:b]
            if all_sayers[number][i] is Ref.SOMEONE and (key := subject_key(said)):
                people = named.get(key, set())
                if len(people) == 1:
                    all_sayers[number][i] = next(iter(people))
            for key, name in names(said):
                named.setdefault(key, set()).add(name)


# A foreign post with no country as the subject right by its verb of saying: «— добавил
# госсекретарь», «Канцлер отметил», «— заявил генсек» (a post the reader itself cannot name).
_RU_FOREIGN_POST = r"(?P<post>госсекретар|канцлер|генсек)[а-яё]{0,3}"
_RU_FOREIGN_POST_SUBJECT_RE = re.compile(
    rf"(?:^|[,.»\"]\s*|\s)(?i:{_RU_FOREIGN_POST})\s+(?:{_SAY_WORDS})(?![\w-])"
    rf"|(?<![\w-])(?:{_SAY_WORDS})\s+(?i:{_RU_FOREIGN_POST.replace('post', 'post2')})"
    rf"(?![\w-])"
)


# A military rank before a name, «генерал армии Сергей Шойгу», "General Valery Gerasimov",
# and the rank alone as the subject by its verb: «Генерал армии объяснил», "the general said".
_RANK = r"(?P<rank>генерал|адмирал|маршал|general|admiral|marshal)"
_RANK_NAME_RE = re.compile(
    rf"(?<![\w-])(?i:{_RANK})[а-яё]{{0,3}}(?:\s+(?i:армии|army))?\s+"
    r"(?P<name>[A-ZА-ЯЁ][\w'’-]+\s+[A-ZА-ЯЁ][\w'’-]+)"
)
_RANK_SUBJECT_RE = re.compile(
    rf"(?:^|[,.»\"”]\s*|\s)(?:(?i:the)\s+)?(?i:{_RANK})[а-яё]{{0,3}}(?:\s+(?i:армии|army))?\s+"
    rf"(?:also\s+|также\s+)?(?:{_SAY_WORDS})(?![\w-])"
    rf"|(?<![\w-])(?:{_SAY_WORDS})\s+(?:the\s+)?(?i:{_RANK.replace('rank', 'rank2')})[а-яё]{{0,3}}"
    rf"(?:\s+(?i:армии|army))?(?![\w-])"
)
#: Letters of a post or rank that key it in any case («генерал», «генералом»).
_RANK_KEY = 11
_FOREIGN_POST_ANCHORS_RE = re.compile(
    r"секретар|анцлер|енсек|енерал|дмирал|аршал|eneral|dmiral|arshal"
)


def _foreign_posts_again(
    paragraphs: list[str], all_sayers: list[list[Sayer]], continued: list[bool]
) -> None:
    """ "«...», — добавил госсекретарь", «Генерал армии объяснил», "the general said": the
    one person the narration named before with that post or rank («встретился с
    госсекретарем США Рубио»: a known person by surname alone too; «генерал армии Сергей
    Шойгу»). With none or two such people the subject stays someone unknown. Updates
    ``all_sayers`` in place."""
    if not any(_FOREIGN_POST_ANCHORS_RE.search(p) for p in paragraphs):
        return

    def post(said: str) -> str | None:
        subject = _RU_FOREIGN_POST_SUBJECT_RE.search(said) or _RANK_SUBJECT_RE.search(said)
        word = subject and next((g for g in subject.groups() if g), None)
        return word.lower()[:_RANK_KEY] if word else None

    def holders(said: str) -> Iterator[tuple[str, str]]:
        for name, held in _posted_in_russian(said):
            yield held[:_RANK_KEY], name
        for found in _RANK_NAME_RE.finditer(said):
            ranked = person_name(found.group("name"))
            if ranked and len(ranked.split()) >= 2:
                yield found.group("rank").lower()[:_RANK_KEY], ranked

    _named_under(paragraphs, all_sayers, continued, post, holders)


# An English post's head noun: "External Affairs Minister", "Foreign Secretary".
_POST_HEAD = (
    r"(?:minister|secretary|spokesperson|spokesman|spokeswoman|ambassador|envoy|chancellor|"
    r"premier|adviser|advisor|commissioner|governor|speaker)"
)
# "External Affairs Minister S Jaishankar", "Commerce and Industry Minister Piyush Goyal": a
# post of capitalised words right before a name, in the narration.
_POST_BEFORE_NAME_RE = re.compile(
    rf"(?<![\w-])(?P<post>(?:[A-Z][a-z]+\s+(?:and\s+)?){{1,3}}(?i:{_POST_HEAD}))\s+"
    r"(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w'’-]+){1,2})"
)
# "The external affairs minister also said", "..., the deputy prime minister added": that post
# in lower case as the subject by its verb of saying.
_POST_SUBJECT_RE = re.compile(
    rf"(?:^|[,\"”’]\s*|\s)[Tt]he\s+(?P<post>(?:[a-z]+\s+){{1,3}}{_POST_HEAD})\s+"
    rf"(?:also\s+|further\s+)?(?:{_SAY_WORDS})(?![\w-])"
    rf"|(?<![\w-])(?:{_SAY_WORDS})\s+the\s+(?P<post2>(?:[a-z]+\s+){{1,3}}{_POST_HEAD})(?![\w-])"
)


def _post_named_next(
    paragraphs: list[str], all_sayers: list[list[Sayer]], continued: list[bool]
) -> None:
    """A wire's lead that gives the sayer by post alone, naming him in the next paragraph
    ("Russia's Stabilization Fund stood at ..., the finance minister said Thursday." / "Alexei
    Kudrin said the fund ..."): the post is the one named there, when the lead names no one in
    full and he is no other country's known official. Updates ``all_sayers`` in place."""
    said = [n for n, sayers in enumerate(all_sayers) if any(s is not None for s in sayers)]
    if len(said) < 2 or said[1] != said[0] + 1:
        return
    lead, after = said[0], said[1]
    sayers = all_sayers[lead]
    if any(isinstance(s, str) for s in sayers) or not any(
        s in (Ref.OWN_POST, Ref.SOMEONE) for s in sayers
    ):
        return
    if _full_names(paragraphs[lead]):
        return
    person = next((s for s in all_sayers[after] if s is not None), None)
    if (
        not isinstance(person, str)
        or person not in _full_names(paragraphs[after])
        or (is_known_official(person) and not is_russian_official(person))
    ):
        return
    masked = _masked(paragraphs[lead], continued[lead])
    for i, (a, b) in enumerate(_spans(paragraphs[lead])):
        if sayers[i] in (Ref.OWN_POST, Ref.SOMEONE) and _POST_SUBJECT_RE.search(masked[a:b]):
            sayers[i] = person


def _posts_named_before(
    paragraphs: list[str], all_sayers: list[list[Sayer]], continued: list[bool]
) -> None:
    """ "The external affairs minister also said ...": the one person the page named before
    with that very post ("External Affairs Minister S Jaishankar"); with none or two, no one.
    A post of our own side alone ("the foreign minister") is read elsewhere (Ref.OWN_POST).
    Updates ``all_sayers`` in place."""
    if not any(" the " in p or "The " in p for p in paragraphs):
        return
    named: dict[str, set[str]] = {}
    for number, paragraph in enumerate(paragraphs):
        masked = _masked(paragraph, continued[number])
        for i, (a, b) in enumerate(_spans(paragraph)):
            said = masked[a:b]
            if all_sayers[number][i] is Ref.SOMEONE and (found := _POST_SUBJECT_RE.search(said)):
                post = " ".join((found.group("post") or found.group("post2")).split())
                people = named.get(post, set())
                if len(people) == 1:
                    all_sayers[number][i] = next(iter(people))
            for found in _POST_BEFORE_NAME_RE.finditer(said):
                if name := person_name(found.group("name")):
                    post = " ".join(found.group("post").lower().split())
                    named.setdefault(post, set()).add(name)


# Adverbs that may stand between a surname and its verb ("Матвиенко вновь заявила", "Fidan
# again said"; no auxiliary: "Fidan was asked" is a question to him).
_SURNAME_ADVERBS = (
    "also|has|again|later|earlier|already|previously|repeatedly|still|further|"
    "также|тоже|ранее|прежде|уже|вновь|снова|неоднократно|затем|потом"
)
# A post written before a surname after the verb of saying ("said Foreign Minister Fidan",
# «заявил посол Кулик»), one or two words.
_TITLE_BEFORE_SURNAME = (
    r"(?:(?:Deputy|First|Foreign|Prime|Vice)\s+)?(?:Ambassador|Minister|President|Secretary|"
    r"Senator|Envoy|Chancellor|Premier|Governor|Mayor|Chairman|Chairwoman|Spokesman|"
    r"Spokeswoman|Spokesperson|General|Professor|Prof\.|Dr\.)"
    r"|посол|министр|президент|премьер|сенатор|генсек|губернатор|мэр|спикер|дипломат"
)
# A capitalised word right before a verb of saying ("Fidan said", "Фидан заявил") or right
# after it ('"...," said Fidan.'): a surname, perhaps.
_SURNAME_SAYS_RE = re.compile(
    rf"(?:^|(?<=[\s,\"”»–—-]))(?P<before>[A-ZА-ЯЁ][a-zа-яёà-öø-ÿ'’-]{{2,}})\s+"
    rf"(?:(?:{_SURNAME_ADVERBS})\s+){{0,2}}"
    rf"(?:{_SAY_WORDS})(?![\w-])"
    rf"|(?<![\w-])(?:{_SAY_WORDS})\s+"
    # («— ответил журналистам Евраев»: whom he answered, then the surname.)
    r"(?:(?:журналистам|корреспондентам|корреспонденту|репортерам|репортёрам|собравшимся)\s+)?"
    r"(?:(?:господин|госпожа|г-н|г-жа|Mr\.?|Mrs\.?|Ms\.?)\s+)?"
    # ('"...," said Ambassador Shava during a briefing': his post before the surname.)
    rf"(?:(?:{_TITLE_BEFORE_SURNAME})\s+)?"
    # (Accented letters: "said Mr. Malayán".)
    rf"(?P<after>[A-ZА-ЯЁ][a-zа-яёà-öø-ÿ'’-]{{2,}})(?=[\s.,;:!?]|$)",
    re.IGNORECASE,
)


# A Russian plural verb of saying: «сказали», «заявили», «отметили».
_JOINT_SAY_RE = re.compile(rf"(?<![\w-])(?:{_SAY_WORDS})(?<=ли)(?![\w-])", re.IGNORECASE)


_TOLD_RE = re.compile(r"(?:told|tells|asked|asks)\s", re.IGNORECASE)


def _capitalised_surname_says(said: str) -> re.Match[str] | None:
    """The first _SURNAME_SAYS_RE match whose word is capitalised ("Asked whether ...,
    Mahmud said": not "asked whether"); else the first match, if any."""
    first = None
    at = 0
    # (Matches may overlap: "but [a quote blanked] said Zakharov" holds "but ... said" and
    # "said Zakharov".)
    while (found := _SURNAME_SAYS_RE.search(said, at)) is not None:
        word = found.group("before") or found.group("after")
        # (Not "The patriarch told Lavrov": after "told" the one told.)
        if word and word[0].isupper() and (first is None or not _TOLD_RE.match(found.group())):
            return found
        first = first or found
        at = found.start() + 1
    return first


_HONORIFIC_RE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Mister|Madam|Господин|Госпожа)\.?\s*$")


def _surnames_again(
    paragraphs: list[str],
    all_sayers: list[list[Sayer]],
    continued: list[bool],
    main: str | None = None,
) -> None:
    """'"We are ready to help," Fidan said.': a surname alone names the one person named in
    full as a sayer before it ("Turkish Foreign Minister Hakan Fidan said ..."), someone the
    table of known people may not hold; with two people of that surname it names no one. So
    does a surname before words set off by commas ("Cavusoglu, in his turn, said"). Updates
    ``all_sayers`` in place. ``main``: the page's own speaker, whose surname names him from
    the first sentence on ("Ambassador Alipov acknowledged ..." in the lead over his
    interview)."""
    surnames: dict[str, set[str]] = {}
    own = set(_surname_keys(main)) if main is not None and len(main.split()) >= 2 else set()
    own_surnames = {key: {main} for key in own if main}
    # The people named in full as sayers anywhere on the page, whom a typo of the surname may
    # name before they are ("Peshkov said" above "Peskov said"); made when first needed.
    page_surnames: dict[str, set[str]] | None = None
    # "... with his Egyptian counterpart Nabil Fahmy": people named in full by post in the
    # narration, whom "Fahmy said" names further on when the surname opens the sentence or
    # closes a quote (never inside a clause: "after President Joe Biden called Putin ...").
    posted: dict[str, set[str]] = {}
    for number, paragraph in enumerate(paragraphs):
        # The paragraph's sentences and masked text only when a sentence needs them.
        spans: list[tuple[int, int]] | None = None
        masked = ""
        for person in (*_posted_names(paragraph), *_subject_names(paragraph)):
            _add_surnames(posted, person)
        for i, sayer in enumerate(all_sayers[number]):
            if isinstance(sayer, str) and len(sayer.split()) >= 2:
                _add_surnames(surnames, sayer)
                continue
            if sayer is not Ref.SOMEONE:
                continue
            if spans is None:
                spans, masked = _spans(paragraph), _masked(paragraph, continued[number])
            a, b = spans[i]
            if (joint := _JOINT_SAY_RE.search(masked[a:b])) and (
                together := _spoken_together(masked[a : a + joint.start()], joint.group())
            ):
                # (Each of those who spoke together is named again by his surname alone:
                # «— отметил Малков», «По словам Егорова».)
                for person in together:
                    _add_surnames(surnames, person)
                continue
            if (local := _LOCAL_HEAD_SAYS_RE.match(masked[a:b])) and (
                one := _local_head(local.group("post"), paragraphs)
            ):
                # "Губернатор добавил, что ...": the one person the page names in full with
                # that post ("Губернатор Курской области Роман Старовойт").
                all_sayers[number][i] = one
                continue
            if (head := _ABBREVIATED_HEAD_RE.search(masked[a:b])) and (
                one := _abbreviated_head(head.group("abbr") or head.group("abbr2"), paragraphs)
            ):
                # "Глава СВР отметил ...": the one person the page names in full as the head
                # of the body whose initials those are ("Директор Службы внешней разведки"),
                # before or after (a teaser over the story names him by post alone).
                all_sayers[number][i] = one
                continue
            if (national := _NATIONAL_SAYER_RE.match(masked[a:b])) and (
                one := _national_person(national.group("adj"), paragraphs[: number + 1])
            ):
                # "The Jordanian diplomat hailed ...": the one person the page named in full
                # with that nationality before his post ("Jordanian Ambassador to Russia X").
                all_sayers[number][i] = one
                continue
            found = (
                _short_family_says(masked[a:b])
                or _QUOTED_SURNAME_RE.search(masked[a:b])
                or _capitalised_surname_says(masked[a:b])
                or _SURNAME_THEN_SAYING_RE.match(masked[a:b])
            )
            word = found and (found.group("before") or found.group("after"))
            if (relayed := _RELAYED_SURNAME_RE.search(masked[a:b])) and (
                one := _relayed_person(relayed.group("surname"), surnames, posted)
                # (The page's own speaker, named in full only further down: «"...", —
                # передает слова Нестеренко корреспондент» opening the story.)
                or _relayed_person(relayed.group("surname"), own_surnames, {})
            ):
                # «..., — приводит слова Андреева ТАСС»: the one person of that surname (in
                # the genitive or accusative) named in full before, as a sayer or by post.
                all_sayers[number][i] = one
                continue
            if according := _ACCORDING_SURNAME_RE.match(masked[a:b]):
                # "По словам Матвиенко, она не ...": the one person of that surname (in the
                # genitive) named in full as a sayer before.
                people = _surname_people(according.group("surname"), surnames)
                if people is not None and (one := _one_person(people)):
                    all_sayers[number][i] = one
                continue
            opening: str | None = None  # the words before a surname that opens the sentence
            if found and word and word[0].isupper() and found.group("before"):
                if _TWO_NAMES_RE.search(masked[a : a + found.end("before")]):
                    continue  # "Fahmy and Lavrov announced ...": two people, no one sayer
                opening = masked[a : a + found.start("before")]
            elif not (found and word and word[0].isupper()):
                # "Cavusoglu, in his turn, said ...": words set off between surname and verb.
                word, opening = _surname_set_off(masked[a:b])
            if not word or not word[0].isupper():
                continue
            key = _word_key(word)
            people = surnames.get(key)
            if people is None and opening is not None:
                # (The quote before it is blanked in ``masked``: '"...," Fahmy added'.)
                raw = paragraph[a : a + len(opening)]
                # ("Mr. Gunawardena said ...": an honorific is no opening words.)
                bare = _HONORIFIC_RE.sub("", opening).strip()
                if not bare or re.search(r"[,\"”»]\s*$", raw):
                    people = posted.get(key)
            elif (
                people is None
                and found
                and found.group("after")
                # (the sentence may start at the dash: «...!» — сказал Петров)
                and re.search(r"[,\"”»]\s*(?:[–—-]\s*)?$", paragraph[: a + found.start()])
            ):
                # «...», — ответил Петров, '"...," said Mr. Malayán': the verb right after the
                # quote, the surname after it, of the one person the narration named in full
                # by post.
                people = posted.get(key)
            if people is None and key in own and main is not None:
                # The page's own speaker by surname, where it opens the sentence or follows a
                # post or a quote ("Ambassador Alipov acknowledged", '"...," Alipov said'),
                # never after a preposition ("на встрече с Матвиенко попросила").
                before = paragraph[a : a + found.start()] if found else ""
                last = before.split()[-1] if before.split() else ""
                if (
                    not before.strip()
                    or is_post_word(label_key(last))
                    or re.search(r"[,\"”»]\s*[–—-]?\s*$", before)
                    # «На своей странице в Facebook Захарова заявила»: a circumstance first,
                    # the surname right before its verb (not a preposition's object).
                    or (
                        has_cyrillic(word)
                        and found is not None
                        and bool(found.group("before"))
                        and label_key(last) not in _PREPOSITIONS
                    )
                ):
                    people = {main}
            if people is None and (found or opening is not None) and not find_known_speaker(word):
                # '"...," Uashakov added.': a typo of the surname of one person named in full
                # as a sayer before ("Presidential Aide Yury Ushakov said").
                people = _misspelt_surname(key, surnames)
                if people is None:
                    # "Peshkov said ..." (a machine translation's typo) on a page whose later
                    # "Peskov said" names the known official: his, even before that.
                    if page_surnames is None:
                        page_surnames = {}
                        for sayer_of_page in itertools.chain.from_iterable(all_sayers):
                            if isinstance(sayer_of_page, str) and len(sayer_of_page.split()) >= 2:
                                _add_surnames(page_surnames, sayer_of_page)
                    near = _misspelt_surname(key, page_surnames)
                    typo_of = _one_person(near) if near is not None else None
                    people = {typo_of} if typo_of and is_known_official(typo_of) else None
            if people is None and found and word.isascii():
                # '"...", – said Zakharov.': a machine translation dropped the ending of the
                # woman named in full before ("Maria Zakharova"), when no one on the page
                # bears the surname as written.
                people = _ending_dropped(key, surnames, paragraphs)
            if people is None and found and is_first_name_form(key):
                # 'Calling himself a "committed Russophile", Boris said:': a first name alone,
                # as a familiar story writes it, names the one person named in full with it.
                people = {
                    person
                    for named in (*surnames.values(), *posted.values())
                    for person in named
                    if _word_key(person.split()[0]) == key
                } or None
            if people is not None and (one := _one_person(people)):
                all_sayers[number][i] = person = one
                # Now a sayer: "..., the ministry cited Wang as saying" further on names him
                # too ("Wang noted ..." had named him through the post that introduced him).
                _add_surnames(surnames, person)


# "The Jordanian diplomat hailed ...": a post after a nationality, opening the sentence.
_NATIONAL_SAYER_RE = re.compile(
    r"^\W*(?:[Tt]he\s+)?(?P<adj>[A-Z][a-z]+(?:an|ese|ish|i|ic|ch))\s+(?:diplomat|ambassador|"
    r"envoy|(?:foreign\s+)?minister|official|president|leader|politician)"
    # (Its verb next, an adverb at most between: "the Russian diplomat and the Finnish envoy
    # said" are two people.)
    rf"(?:\s+(?:also|further|then|again|later))?\s+(?:{_SAY_WORDS})(?![\w-])"
)
#: The nationality stands this many characters before the name at most ("Jordanian
#: Ambassador to the Russian Federation Amjad Odeh Adaileh").
_NATIONAL_POST_CHARS = 80


# "Глава СВР отметил", "Директор ФСБ также прокомментировал": a body's head by its initials.
_HEAD_OF = r"(?:[Гг]лава|[Дд]иректор|[Рр]уководитель|[Пп]редседатель)"
_ABBREVIATED_HEAD_RE = re.compile(
    rf"^\W*{_HEAD_OF}\s+(?P<abbr>[А-ЯЁ]{{2,6}})"
    rf"(?:\s+(?:РФ|России))?(?:\s+(?:также|еще|ещё|тогда|затем|же))?\s+(?:{_SAY_WORDS})(?![\w-])"
    # ('"...", - добавил глава МЧС РФ.': the post after the verb, closing a quote.)
    # (It ends the clause: "высказал глава МИД Эстонии" is another country's.)
    rf"|(?<![\w-])(?:{_SAY_WORDS})\s+{_HEAD_OF}\s+(?P<abbr2>[А-ЯЁ]{{2,6}})"
    r"(?:\s+(?:РФ|России))?(?=\s*(?:[.,;!?]|$))"
)
# The same post before the name, the body by its initials: "Глава МЧС России Сергей Шойгу".
_ABBREVIATED_HEAD_NAME_RE = re.compile(
    rf"{_HEAD_OF}\s+(?P<abbr>[А-ЯЁ]{{2,6}})(?:\s+(?:РФ|России))?\s+"
    r"(?P<name>[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+)"
)
# A head's post spelled out before his name: "Директор Службы внешней разведки РФ Сергей
# Нарышкин" (the body's words, then the name).
_SPELT_HEAD_RE = re.compile(
    r"(?:[Гг]лав[аеуы]|[Дд]иректор\w*|[Рр]уководител\w*|[Пп]редседател\w*)\s+"
    r"(?P<body>(?:[А-ЯЁа-яё-]+\s+){1,5}?)(?:(?:РФ|России|Российской\s+Федерации)\s+)?"
    r"(?P<name>[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+)"
)


# A region's or a city's head by his post alone, as a sentence's subject: "Губернатор добавил",
# "Мэр также отметил", "The governor said".
_LOCAL_HEAD_SAYS_RE = re.compile(
    r"^\W*(?:[Tt]he\s+)?(?P<post>[Гг]убернатор|[Мм]эр|[Gg]overnor|[Mm]ayor)\s+"
    rf"(?:(?:также|еще|ещё|тогда|затем|also|further|then)\s+)?(?:{_SAY_WORDS})(?![\w-])"
)


# A region's or a city's head by post as the subject of a verb of saying, before it («на
# заседании губернатор заявила») or after it («— заключила губернатор», «— заявила глава
# города»); nominative forms only («губернатора» is someone else's: his deputy's).
_REGIONAL_POST = (
    r"(?:губернатор|мэр|глава\s+(?:города|региона|области|края|столицы)|governor|mayor)"
)
_REGIONAL_POST_SAYS_RE = re.compile(
    rf"(?<![\w-])(?:the\s+)?{_REGIONAL_POST}\s+(?:(?:{_SURNAME_ADVERBS})\s+)?(?:{_SAY_WORDS})"
    rf"(?![\w-])|(?<![\w-])(?:{_SAY_WORDS})\s+(?:the\s+)?{_REGIONAL_POST}(?![\w-])",
    re.IGNORECASE,
)


#: Known speakers who have chaired a chamber of Russia's parliament: "the speaker said" on a
#: page that names one of them in full is them.
_CHAMBER_SPEAKERS = frozenset(
    {"Vyacheslav Volodin", "Valentina Matviyenko", "Sergey Naryshkin", "Boris Gryzlov"}
)
# A chamber's speaker by post as the subject of a verb of saying: "the speaker recalled", "the
# Duma speaker said", '"...," said the speaker', «спикер Госдумы подчеркнул».
_CHAMBER_SPEAKER = (
    r"(?:(?:state\s+duma|duma|parliament(?:ary)?|senate|federation\s+council)\s+)?speaker"
    r"|спикер(?:\s+(?:Госдумы|ГД|Совфеда|Совета\s+Федерации|парламента|палаты))?"
)
_CHAMBER_SPEAKER_SAYS_RE = re.compile(
    rf"(?<![\w-])(?:the\s+)?(?:{_CHAMBER_SPEAKER})\s+(?:(?:{_SURNAME_ADVERBS})\s+)?"
    rf"(?:{_SAY_WORDS}|went\s+on\s+to\s+say)(?![\w-])"
    rf"|(?<![\w-])(?:{_SAY_WORDS})\s+(?:the\s+)?(?:{_CHAMBER_SPEAKER})(?![\w-])",
    re.IGNORECASE,
)


def _chamber_speaker_by_post(
    paragraphs: list[str], all_sayers: list[list[Sayer]], continued: list[bool], title: str
) -> None:
    """ "— the speaker recalled": the one chamber's speaker the page (or its title) names in
    full. Updates ``all_sayers`` in place."""
    if not any("peaker" in p or "пикер" in p for p in paragraphs):
        return
    named = {
        name for text in (title, *paragraphs) for name in _full_names(text)
    } & _CHAMBER_SPEAKERS
    if len(named) != 1:
        return
    (speaker,) = named
    _post_is(speaker, _CHAMBER_SPEAKER_SAYS_RE, (Ref.SOMEONE,), paragraphs, all_sayers, continued)


def _post_is(
    person: str,
    says: re.Pattern[str],
    kinds: tuple[Ref, ...],
    paragraphs: list[str],
    all_sayers: list[list[Sayer]],
    continued: list[bool],
) -> None:
    """Give ``person`` each sentence whose sayer is one of ``kinds`` and whose words (quotes
    masked) match ``says``: a post that, on this page, can only be theirs."""
    for number, paragraph in enumerate(paragraphs):
        sayers = all_sayers[number]
        if not any(s in kinds for s in sayers):
            continue
        masked = _masked(paragraph, continued[number])
        for i, (a, b) in enumerate(_spans(paragraph)):
            if sayers[i] in kinds and says.search(masked[a:b]):
                sayers[i] = person


def _regional_head_by_post(
    paragraphs: list[str], all_sayers: list[list[Sayer]], continued: list[bool], main: str | None
) -> None:
    """ "— заключила губернатор" on a story under the headline of a region's head that names
    no one else in full (a deputy of hers named by post alone is no one): the post is hers.
    Updates ``all_sayers`` in place."""
    if main not in _REGIONAL_HEADS:
        return
    if any(name != main for paragraph in paragraphs for name in _full_names(paragraph)):
        return
    kinds = (Ref.SOMEONE, Ref.OWN_POST)
    _post_is(main, _REGIONAL_POST_SAYS_RE, kinds, paragraphs, all_sayers, continued)


def _local_head(post: str, paragraphs: list[str]) -> str | None:
    """The one person ``paragraphs`` name in full right after ``post`` and the place it is of
    ("Губернатор Курской области Роман Старовойт", "врио губернатора ... Михаил Евраев", "Moscow
    Mayor Sergei Sobyanin"); None when none or several."""
    stem = post.casefold()[:5]
    found: set[str] = set()
    pattern = re.compile(
        rf"(?i:{re.escape(stem)})\w*(?:\s+[^\s.,;:!?«»\"]+){{0,3}}?\s+(?P<name>[A-ZА-ЯЁ][a-zа-яё'’-]+"
        r"\s+[A-ZА-ЯЁ][a-zа-яё'’-]+)"
    )
    for paragraph in paragraphs:
        for match in pattern.finditer(paragraph):
            if name := person_name(match.group("name")):
                found.add(name)
    return _one_person(found) if found else None


def _abbreviated_head(abbr: str, paragraphs: list[str]) -> str | None:
    """The one person ``paragraphs`` name in full after a head's post over a body whose words'
    initials are ``abbr`` ("Службы внешней разведки" for СВР), or after the post with those
    initials themselves ("Глава МЧС России Сергей Шойгу")."""
    found: set[str] = set()
    for paragraph in paragraphs:
        for spelt in _SPELT_HEAD_RE.finditer(paragraph):
            initials = "".join(word[0] for word in spelt.group("body").split()).upper()
            if initials == abbr and (name := person_name(spelt.group("name"))):
                found.add(name)
        for named in _ABBREVIATED_HEAD_NAME_RE.finditer(paragraph):
            if named.group("abbr") == abbr and (name := person_name(named.group("name"))):
                found.add(name)
    return _one_person(found) if found else None


def _national_person(adjective: str, paragraphs: list[str]) -> str | None:
    """The one person ``paragraphs`` name in full after a post that ``adjective`` opens."""
    found: set[str] = set()
    for paragraph in paragraphs:
        for person in _posted_names(paragraph):
            at = paragraph.find(person.split()[-1])
            if at > 0 and adjective in paragraph[max(0, at - _NATIONAL_POST_CHARS) : at]:
                found.add(person)
    return _one_person(found) if found else None


#: The endings of a Russian woman's surname that a translation may drop: "Zakharov(a)",
#: "Skabeev(a)", "Lukin(a)".
_FEMININE_ENDINGS = ("ova", "eva", "ina")


def _ending_dropped(
    key: str, surnames: dict[str, set[str]], paragraphs: list[str]
) -> set[str] | None:
    """The women named in full as sayers whose surname is ``key`` with "a" after it
    ("zakharov" for Maria Zakharova); None when the page names anyone as ``key`` itself."""
    women = surnames.get(key + "a")
    if women is None or not key.endswith(tuple(end[:-1] for end in _FEMININE_ENDINGS)):
        return None
    named = (
        person
        for paragraph in paragraphs
        for person in (*_full_names(paragraph), *_posted_names(paragraph))
    )
    if any(key in _surname_keys(person) for person in named):
        return None  # "Deputy Ivan Zakharov" is the one "Zakharov said" names
    return women


def _add_surnames(surnames: dict[str, set[str]], person: str) -> None:
    """File ``person`` under each key of their surname."""
    for key in _surname_keys(person):
        surnames.setdefault(key, set()).add(person)


def _misspelt_surname(key: str, surnames: dict[str, set[str]]) -> set[str] | None:
    """The people of the one surname key that ``key`` is a typo of ("uashakov" for
    "ushakov"); None when none is, or several are."""
    near = [people for known, people in surnames.items() if one_typo(key, known)]
    return near[0] if len(near) == 1 else None


def _one_person(people: set[str]) -> str | None:
    """The one person ``people`` are, when they are one name in several spellings ("Alexei
    Polishchuk" and "Alexey Polishchuk" on one page: a corpus shows them as one, see
    :mod:`retrieval.spelling_variants`); None for two people."""
    if len({spelling_key(person) for person in people}) != 1:
        return None
    return preferred(people, {})


# A first name and a patronymic as a verb's subject, after it ("— подчеркнул Александр
# Григорьевич.") or before it ("Александр Григорьевич отметил, что ...").
_NAME_PATRONYMIC = (
    r"(?P<first{0}>[А-ЯЁ][а-яё]+)\s+(?P<patronymic{0}>[А-ЯЁ][а-яё]+(?:вич|ьич|вна|ична))"
)
_NAME_PATRONYMIC_SAYS_RE = re.compile(
    rf"(?<![\w-])(?:{_SAY_WORDS})\s+{_NAME_PATRONYMIC.format(1)}(?![\w-])"
    rf"|(?:^|(?<=[\s,\"”»–—-])){_NAME_PATRONYMIC.format(2)}\s+(?:{_SAY_WORDS})(?![\w-])"
)


def _named_so(person: str, first: str, patronymic: str) -> bool:
    """Whether a known person's first name is ``first`` and their patronymic starts as
    ``patronymic`` does (the table's initials: Lukashenko's are "а.г.")."""
    known = find_known_speaker(person)
    if known is None:
        return False
    first_key, initial = label_key(first), label_key(patronymic)[:1]
    return any(
        alias.startswith(f"{first_key} ")
        and f"{first_key[0]}.{initial}.{alias.split()[1]}" in known.aliases
        for alias in known.aliases
        if len(alias.split()) == 2
    )


def _names_and_patronymics(
    paragraphs: list[str], all_sayers: list[list[Sayer]], continued: list[bool]
) -> None:
    """ "— подчеркнул Александр Григорьевич.": a first name and a patronymic name the one
    person named before on the page as a sayer whose first name and patronymic's initial
    (from the table of known people) they are; with none or two, no one. Updates
    ``all_sayers`` in place."""
    if not any("вич" in p or "вна" in p or "ьич" in p or "ична" in p for p in paragraphs):
        return
    named: list[str] = []
    for number, paragraph in enumerate(paragraphs):
        masked = _masked(paragraph, continued[number])
        for i, (a, b) in enumerate(_spans(paragraph)):
            sayer = all_sayers[number][i]
            if isinstance(sayer, str):
                if sayer not in named:
                    named.append(sayer)
                continue
            found = _NAME_PATRONYMIC_SAYS_RE.search(masked[a:b]) if sayer is Ref.SOMEONE else None
            if found is None:
                continue
            first = found.group("first1") or found.group("first2")
            patronymic = found.group("patronymic1") or found.group("patronymic2")
            people = [person for person in named if _named_so(person, first, patronymic)]
            if len(people) == 1:
                all_sayers[number][i] = people[0]


# Chinese family names, which open a Chinese name ("Wang Yi", "Xi Jinping", "Li Qiang", "Mao
# Ning"), and Korean ones ("Kim Jong-un", "Choe Son Hui"): "Wang noted", '"...," Xi said' name
# the one person named so in full. (Not "He", "Lee", "Song", "Park": English words or names.)
FAMILY_NAMES_FIRST = frozenset(
    """
    wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo lin gao luo zheng liang
    xie tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang du ye cheng wei su lu
    ding ren shen yao fu zhong cui tan qin mao xi kong geng hua zhai kim choe pak ri
    """.split()
)


# A family name of two letters right before a verb of saying: "Xi said", "Ma added".
_SHORT_FAMILY_SAYS_RE = re.compile(
    rf"(?:^|(?<=[\s,\"”»–—-]))(?P<before>[A-Z][a-z])\s+(?:(?:{_SURNAME_ADVERBS})\s+){{0,2}}"
    rf"(?:{_SAY_WORDS})(?![\w-])(?P<after>)"
)


# "Viktorov also took issue with talk of ..., saying: “...”": a surname opening the sentence
# is the subject of the participle of saying that its clause ends on.
_SURNAME_THEN_SAYING_RE = re.compile(
    r"\W*(?P<before>[A-Z][a-z'’-]{2,})\s+(?:(?:also|then|later|further)\s+)?[a-z][^.!?;:,]{0,150},"
    r"\s+(?:saying|noting|adding|stating|arguing|insisting|explaining|warning)(?![\w-])(?P<after>)"
)


# "..., the ministry cited Wang as saying": the surname of the one an outlet quotes.
_QUOTED_SURNAME_RE = re.compile(
    r"(?<![\w-])(?:quoted|cited|quotes|cites)\s+(?P<before>[A-Z][\w'’-]+)\s+as\s+saying"
    r"(?![\w-])(?P<after>)"
)


def _short_family_says(said: str) -> re.Match[str] | None:
    """ "Xi said": a Chinese family name of two letters as a verb's subject (the surnames of
    _SURNAME_SAYS_RE have three letters at least)."""
    found = _SHORT_FAMILY_SAYS_RE.search(said)
    return found if found and found.group("before").lower() in FAMILY_NAMES_FIRST else None


def _surname_keys(person: str) -> set[str]:
    """The keys a surname alone names ``person`` by: the last word of the name, the first of a
    Chinese or Korean name of two or three words (FAMILY_NAMES_FIRST), the middle one of
    another name of three."""
    words = person.split()
    keys = {label_key(words[-1])}
    if len(words) in (2, 3) and label_key(words[0]) in FAMILY_NAMES_FIRST:
        keys.add(label_key(words[0]))
    elif len(words) == 3 and words[1][:1].isupper():
        # "Esmaeil Baghaei Kani", "Ruben Ramirez Lezcano": a double surname's first part
        # alone names them too ("Baghaei stated").
        keys.add(label_key(words[1]))
    keys = {_loose(key) for key in keys}
    # A known person's Russian surname, in any case, spelt in Latin letters ("Shapu" for
    # Daniel Chapo, «Шапу»), and the table's other Latin spellings ("Kaminin" for Mikhail
    # Kamynin, of whom a typo is "Kaminjin"): the page's surname alone is looked up so.
    return keys | _alias_surname_keys(person)


@lru_cache(maxsize=4096)
def _alias_surname_keys(person: str) -> frozenset[str]:
    known = _KNOWN_BY_NAME.get(person)
    if known is None:
        return frozenset()
    return frozenset(
        _word_key(alias.split()[-1])
        for alias in known.aliases
        if len(alias.split()) >= 2 and "." not in alias
    )


def _word_key(word: str) -> str:
    """A surname's key as :func:`_surname_keys` gives it, from a word in either script
    («Григорьев», "Grigoriev" and "Grigoryev" alike)."""
    return _loose(label_key(transliterate(word) if has_cyrillic(word) else word))


def _loose(key: str) -> str:
    """A Latin surname with the letters spelling customs differ on folded: "i" or "y" before
    a vowel ("Grigoriev" / "Grigoryev", "Desiatnikov" / "Desyatnikov") and the adjective's
    ending ("Mantytskiy" / "Mantytsky"), «ё» after a hushing sound ("Kosachov" / "Kosachev"),
    and accents dropped ("Malayán" / "Malayan")."""
    if not key.isascii() and not has_cyrillic(key):
        key = "".join(c for c in unicodedata.normalize("NFKD", key) if not unicodedata.combining(c))
    # "Kosachov" / "Kosachyov" / "Kosachev": a Russian «ё» after a hushing sound.
    key = _LOOSE_HUSHED_YO_RE.sub("e", key)
    return _LOOSE_ENDING_RE.sub("y", _LOOSE_IOTA_RE.sub("", key))


_LOOSE_HUSHED_YO_RE = re.compile(r"(?<=ch|sh|zh)y?o(?=v$)")
_LOOSE_IOTA_RE = re.compile(r"(?<=[a-z])[iy](?=[aeou])")
_LOOSE_ENDING_RE = re.compile(r"(?:iy|ii|yi)$")


def _surname_set_off(said: str) -> tuple[str | None, str | None]:
    """The capitalised word right before a verb of saying once words set off by commas are
    passed ("Cavusoglu, in his turn, said"), and the words before it; (None, None) if none."""
    if "," not in said:
        return None, None
    for verb in _SAY_RE.finditer(said):
        before = said[: verb.start()]
        if not before.rstrip().endswith(","):
            continue
        if _surname_before_post(before):
            # "Kaminjin, spokesperson for Foreign Minister Sergei Lavrov, told": the surname
            # opening the sentence, not the name inside the post set off after it.
            return before.split(",")[0].strip(), ""
        words = _clause_before(before).split()
        if words and words[-1].isalpha() and words[-1][:1].isupper():
            return words[-1], " ".join(words[:-1])
    return None, None


# A sentence opening with whose words it gives, by a surname alone: "По словам Нечаева, ...",
# "According to Nechayev, ...".
_ACCORDING_SURNAME_RE = re.compile(
    r"\W*(?:according to|по словам)\s+(?P<surname>[A-ZА-ЯЁ][a-zа-яё'’-]{2,}),\s",
    re.IGNORECASE,
)
# «приводит слова Андреева», «цитирует Петрову»: the surname an agency quotes, right after the
# verb (or "слова").
_RELAYED_SURNAME_RE = re.compile(
    rf"(?<![\w-])(?:цитиру(?:ет|ют)|{_RELAYS_WORDS})\s(?P<surname>[А-ЯЁ][а-яё]{{2,}})(?![\w-])"
)
# Genitive (and accusative) endings of Russian surnames and their nominatives ("Нечаева" ->
# "Нечаев", "Захаровой" -> "Захарова", "Петрову" -> "Петрова"; "Матвиенко" does not decline).
_GENITIVE_SURNAME_ENDINGS = (("ой", "а"), ("а", ""), ("у", "а"))


def _relayed_person(
    surname: str, surnames: dict[str, set[str]], posted: dict[str, set[str]]
) -> str | None:
    """The one person an agency's «приводит слова Андреева» quotes: named in full before as a
    sayer, or else by post."""
    people = _surname_people(surname, surnames) or _surname_people(surname, posted)
    return _one_person(people) if people is not None else None


def _surname_people(word: str, surnames: dict[str, set[str]]) -> set[str] | None:
    """The people named in full before whose surname ``word`` is, in the nominative or (in
    Russian) the genitive."""
    forms = [word]
    if has_cyrillic(word):
        forms += [
            word[: -len(end)] + nom for end, nom in _GENITIVE_SURNAME_ENDINGS if word.endswith(end)
        ]
    for form in forms:
        key = _word_key(form)
        if key in surnames:
            return surnames[key]
    return None


# A first name and a surname in Latin letters after a word for a post: "counterpart Nabil
# Fahmy", "Foreign Minister Hakan Fidan". (The name is looked ahead at, so that the words of a
# post in capitals, "Japanese Foreign Minister Fumio Kishida", cannot swallow it as a name.)
_POSTED_NAME_RE = re.compile(
    # (A comma may set the name off: "his Sri Lankan counterpart, Dinesh Gunawardena, ...".)
    # (Three words: "Foreign Minister Shah Mahmood Qureshi".)
    r"\b(?P<post>[A-Za-z-]+),?\s+"
    r"(?=(?P<name>[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?)\b)"
)


# A Russian post in any case, then the words that may name its holder: "премьер-министром
# Лаоса Сонсаем Сипхандоном", "главой МИД Турции Хаканом Фиданом".
_POST_THEN_NAME_RE = re.compile(
    r"(?<![\w-])(?i:(?P<post>премьер|министр|президент|глав|постпред|пресс-секретар|"
    r"представител|канцлер|госсекретар|генсек|председател(?=[а-яё]{0,3}\s+правительств)|"
    # An ambassador («посол», «посла», «послом»; not «после»), a chargé d'affaires, a
    # ministry's spokesman («спикер украинского МИД»).
    r"посол|посл(?=(?:а|у|ом)\s)|поверенн|спикер(?=[а-яё]{0,3}\s+[а-яё]+(?:ого|ой)\s+МИД\s))"
    r"(?:-министр)?[а-яё]{0,3}(?:\s+(?:российского\s+)?правительства)?)(?:\s+(?:РФ|России))?"
    # «спикер украинского МИД Георгий Тихий»: the country's adjective before its ministry.
    r"(?:\s+[а-яё]+(?:ого|ой)(?=\s+МИД\s))?"
    # «Посол России в Чили Иван Петров»: the country he serves in, one word.
    r"(?:\s+(?:в|во|при)(?=(?:\s+[A-ZА-ЯЁ][\w-]*){3}))?"
    # «Посол Народной Республики Бангладеш в России Сайфул Хок»: his country, then where he
    # serves (the name after both).
    r"(?:(?:\s+[A-ZА-ЯЁ][\w-]*){1,3}\s+(?:в|во|при)\s+[A-ZА-ЯЁ][\w-]*(?=(?:\s+[A-ZА-ЯЁ][\w-]*){2}))?"
    r"((?:\s+[A-ZА-ЯЁ][\w-]*){2,4})"
)


#: Pieces every match of _POST_THEN_NAME_RE holds (see may_hold).
_POST_THEN_NAME_ANCHORS = (
    "ремьер", "инистр", "резидент", "лав", "постпред", "секретар", "редставител", "анцлер",
    "енсек", "редседател", "осол", "осл", "оверенн", "пикер",
)  # fmt: skip


# A sentence opening with a first name and a surname and then a verb in lower case: "Denis
# Alipov spoke to Russia Today ...", «Иван Петров посетил ...».
_SUBJECT_NAME_RE = re.compile(
    r"[\W\d_]*([A-ZА-ЯЁ][\w'’-]+\s+[A-ZА-ЯЁ][\w'’-]+(?:\s+[A-ZА-ЯЁ][\w'’-]+)?)\s+(?=[a-zа-яё])"
)


def _subject_names(paragraph: str) -> list[str]:
    """The people named in full as the subject a paragraph's sentence opens with, whatever
    its verb ("Denis Alipov spoke to Russia Today on Diplomats' Day ..."): whom "Alipov
    added" names further on, as one named in full by post."""
    found: list[str] = []
    for a, b in _spans(paragraph):
        match = _SUBJECT_NAME_RE.match(paragraph, a, b)
        # (A first name we know opens it: "Башкан Гагаузии на встрече ..." names no one.)
        if (
            match
            and is_first_name_form(match.group(1).split()[0].lower())
            and (name := person_name(match.group(1)))
            and len(name.split()) >= 2
        ):
            found.append(name)
    return found


def _posted_names(paragraph: str) -> list[str]:
    """The people a paragraph names in full after a post: in English ("his Egyptian
    counterpart Nabil Fahmy"), and in Russian in any case ("с премьер-министром Лаоса Сонсаем
    Сипхандоном"): people a surname alone, or the post alone, may name later."""
    found = []
    for match in _POSTED_NAME_RE.finditer(paragraph):
        post = match.group("post").casefold()
        if post in _NATIONAL_POSTS or is_post_word(post):
            name = _posted_name(match.group("name").split())
            if name is not None and len(name.split()) >= 2:
                found.append(name)
    for match in _POSTED_TO_PLACE_RE.finditer(paragraph):
        # "Russian Ambassador to the UK Ivan Petrov": the place between post and name.
        name = person_name(match.group())
        if name is not None and len(name.split()) >= 2 and name not in found:
            found.append(name)
    for match in _NAME_THEN_POST_RE.finditer(paragraph):
        # "His Excellency Eduard Malayán, Ambassador of the Russian Federation to Mexico": the
        # post after the name and its comma.
        name = person_name(match.group("name"))
        if name is not None and len(name.split()) >= 2 and name not in found:
            found.append(name)
    return found + [name for name, _ in _posted_in_russian(paragraph)]


def _posted_name(words: list[str]) -> str | None:
    """The person two or three capitalised words after a post name: a third word counts
    unless the first two are someone we know or it is a weekday or a month ("Foreign Minister
    Sergey Lavrov Monday said")."""
    if len(words) == 3 and (
        find_known_speaker(" ".join(words[:2])) is not None
        or words[2].casefold() in WEEKDAYS
        or words[2].casefold() in MONTHS
    ):
        words = words[:2]
    return person_name(" ".join(words)) or (
        person_name(" ".join(words[:2])) if len(words) == 3 else None
    )


# Capitalised words, a comma and a post: "Eduard Malayán , Ambassador of Russia", "Dr.
# Mohammed Al-Khulaifi, Minister of State at the Ministry of Foreign Affairs of Qatar".
_NAME_THEN_POST_RE = re.compile(
    r"(?P<name>(?:[A-Z][\w'’-]*\s+){1,3}[A-Z][\w'’-]+)\s*,\s+(?:the\s+)?(?:[A-Z][a-z]+\s+){0,2}?"
    r"(?:Ambassador|Envoy|Consul|Charg[eé] d'[Aa]ffaires|Permanent Representative|Minister|"
    r"Secretary|Spokes\w+|Director|Head|Chairman|Adviser|Advisor|Deputy)\b"
)


# A diplomat's post, the place he serves in, and the capitalised words after it (the name
# among them): "Ambassador to the UK Ivan Petrov", "envoy to Chile Ivan Petrov".
_POSTED_TO_PLACE_RE = re.compile(
    r"\b(?:[Aa]mbassador|[Ee]nvoy|[Cc]onsul(?:-[Gg]eneral)?|[Cc]harg[eé] d'[Aa]ffaires|"
    r"[Pp]ermanent [Rr]epresentative)\s+(?:to|in|at)\s+(?:the\s+)?"
    # (A comma may set the name off: "The Russian ambassador in Ottawa, Oleg Stepanov, ...".)
    r"[A-Z][\w.-]*(?:,?\s+[A-Z][\w.'’-]*){1,5}"
)


def _posted_in_russian(paragraph: str) -> list[tuple[str, str]]:
    """The people a Russian paragraph names in full after a post, in any case, each with the
    post's stem ("премьер" of «премьер-министром Лаоса Сонсаем Сипхандоном»)."""
    if not has_cyrillic(paragraph) or not may_hold(paragraph, _POST_THEN_NAME_ANCHORS):
        return []
    found = []
    for match in _POST_THEN_NAME_RE.finditer(paragraph):
        words = match.group(2).split()
        # The post stays before the name: after "посол Эквадора в РФ" three words are one
        # foreign name ("Хулио Прадо Эспиноса"), not a Russian one in some case.
        post = paragraph[match.start() : match.start(2)]
        for size in range(len(words), 1, -1):
            if (name := person_name(f"{post} {' '.join(words[:size])}")) and len(name.split()) >= 2:
                post = match.group("post").lower()
                # («Председатель правительства», «глава правительства» is the premier.)
                premier = "правительств" in match.group(0)
                found.append((name, "премьер" if premier else post))
                break
    return found


# Words of a post after a nationality that _POST_NOUNS lacks: "Turkish President", "his
# Russian counterpart", "the Turkish leader".
_NATIONAL_POSTS = frozenset(
    "president prime foreign defence defense counterpart leader politician statesman".split()
)


# "President Vladimir Putin", "Turkish President Recep Tayyip Erdogan", "Президент Турции
# Реджеп Эрдоган": someone the narration calls president (a country may stand between).
_PRESIDENT_NAMED_RE = re.compile(
    r"(?<![\w-])(?:[Pp]resident|[Пп]резидент)\s+(?:of\s+(?:the\s+)?)?"
    r"(?P<name>[A-ZА-ЯЁ][\w'’-]+(?:\s+[A-ZА-ЯЁ][\w'’-]+){0,3})"
)


# "... of the President", "... to the president": a post held under a president, before it.
_OF_THE_PRESIDENT_RE = re.compile(r"(?<![\w-])(?:of|to|for)\s+(?:the\s+)?$", re.IGNORECASE)


def _presidents_named(masked: str) -> set[str]:
    """The people a paragraph's narration calls president, by their names."""
    found: set[str] = set()
    for match in _PRESIDENT_NAMED_RE.finditer(masked):
        if _OF_THE_PRESIDENT_RE.search(masked, 0, match.start()):
            # "The press secretary of the President of Russia Dmitry Peskov": the name is the
            # aide's, after the post of the one he serves.
            continue
        words = match.group("name").split()
        for start in range(min(2, len(words) - 1) + 1):  # past a country: "Турции Реджеп ..."
            if name := person_name(" ".join(words[start:])):
                found.add(name)
                break
    return found


# A sentence's opening up to its subject: nothing, or a few words of time ("В начале встречи",
# "Later,"); then a capitalised name of one to three words.
_OPENING_NAME_RE = re.compile(
    r"^\W*(?P<lead>[A-ZА-ЯЁ][a-zа-яё]*(?:\s+[a-zа-яё]+){0,3},?\s+)?"
    r"(?P<name>[A-ZА-ЯЁ][\w'’-]+(?:\s+[A-ZА-ЯЁ][\w'’-]+){0,2})$"
)


def _known_subject_last(opening: str) -> str | None:
    """The known person whose name, in the nominative, ends a sentence's opening that holds
    nothing else but a few words of time ("Путин", "В начале встречи Путин", "Later Putin");
    None for any other opening ("Путину", "Putin's aide", "Захарова и СМИ")."""
    match = _OPENING_NAME_RE.match(opening.strip())
    if match is None:
        return None
    known = find_known_speaker(match.group("name"))  # a nominative form of a known name only
    return known.name if known is not None else None


def _opening_subject(masked: str) -> str | None:
    """The known person a sentence of narration opens with as its subject, or None: a name in
    the nominative followed by a lower-case word, its verb ("Путин предложил Керри ..." is
    Putin's act; "Путину предложили ..." and "Putin's aide ..." name no subject)."""
    if clause := _OPENING_CLAUSE_RE.match(masked):
        # "Since the Russian army entered Ukraine, Medvedev has turned ...", «Когда встреча
        # закончилась, Лавров уехал»: the subject after a clause of time opening the sentence
        # (not one inside it: "After Medvedev arrived, the Kremlin kept silent").
        return _opening_subject(masked[clause.end() :])
    words = masked.split()
    for end in range(1, min(len(words), 7)):
        verb_here = words[end][:1].islower() and not words[end - 1][:1].islower()
        if verb_here and (subject := _known_subject_last(" ".join(words[:end]))):
            return subject
        if (
            words[end - 1].endswith(",")
            and _key(words[end]) in _RELATIVE_OPENERS
            and (subject := _known_subject_last(" ".join(words[:end]).rstrip(",")))
        ):
            # "Ulyanov, who later deleted his tweet, felt misunderstood": the name before a
            # relative clause set off by commas.
            return subject
    return None


_RELATIVE_OPENERS = frozenset({"who", "который", "которая"})


# A clause of time or concession opening a sentence, up to its comma.
_OPENING_CLAUSE_RE = re.compile(
    r"^\W*(?:since|when|after|while|although|though|before|once|until|"
    r"когда|после\s+того\s+как|хотя|пока|как\s+только)\s[^,;:.!?]{1,120},\s+",
    re.IGNORECASE,
)


#: A post before a name that opens a sentence has at most this many words ("Official
#: representative of the Russian Foreign Ministry"; "Пресс-секретарь президента РФ").
_POSTED_OPENING_WORDS = 7


def _post_opening_word(key: str) -> bool:
    """A word of a post that opens a sentence before the name ("Пресс-секретарь", "главы")."""
    return (
        _names_post(key)
        or key in _OWN_SIDE_WORDS
        or key in _PRESIDENT_WORDS
        or key in _POST_OF_WORDS
    )


def _posted_opening_subject(masked: str) -> str | None:
    """The known person a sentence of narration opens with after their post, as its subject
    ("Пресс-секретарь президента Дмитрий Песков рекомендовал ...", "Russian Foreign Minister
    Sergey Lavrov met ..."): the page's "представитель Кремля" after it is this one."""
    words = masked.split()
    post = 0
    while post < min(len(words), _POSTED_OPENING_WORDS) and _post_opening_word(_key(words[post])):
        post += 1
    if post == 0 or not any(_names_post(_key(word)) for word in words[:post]):
        return None
    for end in range(post + 1, min(len(words), post + 4)):
        if words[end][:1].islower():
            if not all(word[:1].isupper() for word in words[post:end]):
                return None
            # (Past the post's country: "Госсекретарь США Энтони Блинкен провел ...".)
            for start in range(post, end):
                if known := find_known_speaker(" ".join(words[start:end])):
                    return known.name
            return None
    return None


# A word of time that may open a sentence of narration before its subject ("Ранее глава ...",
# "Earlier, Rosatom head ...").
_TIME_OPENING_WORDS = frozenset(
    "ранее накануне позднее позже затем тогда earlier later previously".split()
)
# A Russian verb in the past tense: what follows a narration sentence's subject ("поблагодарил",
# "встретилась").
_RU_PAST_VERB_RE = re.compile(r"[а-яё]{2,}(?:л|ла|ло|ли)(?:ся|сь)?")
# An English one ("thanked", "met"), and words that open a clause: neither stands in a post.
_EN_PAST_VERB_RE = re.compile(r"[a-z]{2,}ed|met|went|took|gave|made|held|sent|left|came|said")
_CLAUSE_WORDS = frozenset(
    "что чтобы как когда если и а но который которая которые that and".split()
)
_RU_NAME_WORD_RE = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?")
_EN_NAME_WORD_RE = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")


def _named_opening_subject(masked: str) -> str | None:
    """The person named in full, known to the table or not, that a sentence of narration
    opens with as its subject: a word of time, a post, then a first name and a surname (in
    the nominative) and a verb in the past tense ("Ранее глава госкорпорации «Росатом»
    Алексей Лихачев поблагодарил ...", "Earlier, Rosatom head Alexey Likhachev thanked ...");
    None for any other opening ("Ранее Алексею Лихачеву вручили ...", "Ранее стало
    известно, что ...")."""
    words = [word.strip(",") for word in masked.split()]
    russian = has_cyrillic(masked)
    name_re, verb_re = (
        (_RU_NAME_WORD_RE, _RU_PAST_VERB_RE) if russian else (_EN_NAME_WORD_RE, _EN_PAST_VERB_RE)
    )
    at = opening = 1 if words and _key(words[0]) in _TIME_OPENING_WORDS else 0
    # The post: lower-case words in Russian ("глава госкорпорации"), and capitalised ones too
    # in English ("Rosatom head"), up to the name.
    while at < min(len(words), _POSTED_OPENING_WORDS):
        word = words[at]
        if (
            at + 2 < len(words)
            and all(name_re.fullmatch(w) for w in words[at : at + 2])
            and verb_re.fullmatch(words[at + 2])
        ):
            break
        lower = word.islower()
        if (russian and not lower) or _key(word) in _CLAUSE_WORDS or verb_re.fullmatch(word):
            return None
        if not russian and not lower and not word[:1].isupper():
            return None
        at += 1
    name = words[at : at + 2]
    if len(name) < 2 or at + 2 >= len(words) or not verb_re.fullmatch(words[at + 2]):
        return None
    if not all(name_re.fullmatch(word) for word in name):
        return None
    keys = [word.lower() for word in name]
    if russian and (not is_first_name_form(keys[0]) or nominative(keys) != keys):
        return None
    if not russian and not (
        (at > opening and is_post_word(_key(words[at - 1]))) or is_first_name_form(keys[0])
    ):
        # "Earlier, Sunday Express published ...": two capitalised words are a person's name
        # after a post ("Atomstroy head Igor Semenov") or with a first name we know.
        return None
    person = person_name(" ".join(name))
    return person if person is not None and len(person.split()) >= 2 else None


#: A post closing a quote stands within this many words after its verb ("— добавил
#: вице-президент США", "said the U.S. President").
_CLOSING_POST_WORDS = 4
#: The one a page names with a post stands within this many words after it ("Госсекретарь США
#: Марко Рубио", "Спикер Совфеда Валентина Матвиенко").
_POSTED_NAME_WORDS = 6


def _closing_post(sentence: str, masked: str) -> tuple[str, list[str]] | None:
    """The post that closes a quote as its attribution, with no name ("«...», — добавил
    госсекретарь.", '"...," said the U.S. President.'): its head word (lower-case) and the
    words that qualify it ("U.S.", "СФ", "Совета безопасности Франции")."""
    verbs = list(_SAY_RE.finditer(masked))
    if not verbs:
        return None
    say = verbs[-1]
    # (The quote's own comma or dash before the verb: the masked sentence has blanked it.)
    if say.group().casefold().endswith(("ing", "в")) or not (
        _CLOSING_MARK_BEFORE_RE.search(sentence[: say.start()])
        and len(rest := sentence[say.end() :].split()) <= _CLOSING_WORDS
        and not any(_key(word) in _SUBORDINATE for word in rest)
    ):
        return None
    head: str | None = None
    qualifiers: list[str] = []
    for word in rest:
        key = _key(word)
        if key in _PREPOSITIONS or key in _AND_WORDS:
            break  # "— сказала спикер СФ в интервью": where, not whose post
        if head is None and is_post_word(key):
            head = key
        elif word[:1].isupper() or (head is not None and not is_post_word(key)):
            qualifiers.append(key)
        elif head is None and key not in ("the", "also"):
            return None  # "— добавил он": no post
        if len(qualifiers) + (head is not None) >= _CLOSING_POST_WORDS:
            break
    if head is None or _institution_only([head, *qualifiers]):
        return None
    return head, qualifiers


# "По словам президента США, ...", "According to the U.S. President, ...": whose words, by post.
_ACCORDING_POST_RE = re.compile(
    r"^\W*(?:по\s+(?:словам|мнению)|according\s+to)\s+(?P<post>[^,;:!?«»\"“”]{3,60}?)\s*,",
    re.IGNORECASE,
)


def _post_head(key: str) -> str | None:
    """A post word as the nominative a page names someone with ("главы" -> "глава",
    "вице-президента" -> "вице-президент"), or None for any other word."""
    if is_post_word(key):
        return key[:-1] if key.endswith("а") and is_post_word(key[:-1]) else key
    if has_cyrillic(key):
        for nominative in (key[:-1] + "а", key[:-1], key[:-2]):
            if len(nominative) > MAX_ENDING_LETTERS and is_post_word(nominative):
                return nominative
    return None


# Russian institutions a post phrase may name instead of a person («По словам МИД России»,
# «— сообщили в пресс-службе посольства»): stems of their nouns in any case.
_RUSSIAN_INSTITUTION_STEMS = (
    "мид",
    "министерств",
    "ведомств",
    "посольств",
    "постпредств",
    "пресс-служб",
    "правительств",
    "кремл",
)


def _institution_word(key: str) -> bool:
    """Whether a word names an institution ("ministry", «МИД», «посольства»)."""
    return key in _INSTITUTION_WORDS or key.startswith(_RUSSIAN_INSTITUTION_STEMS)


def _institution_only(keys: list[str]) -> bool:
    """Whether a post phrase names an institution and no person holding a post in it:
    "According to the Russian Foreign Ministry", «По словам МИД России», '"...," the ministry
    noted' are the ministry's words, not its minister's ("the head of the ministry", "the
    Federation Council Speaker" are a person's)."""
    heads = [_post_head(key) or key for key in keys]
    return any(_institution_word(key) for key in keys) and not any(
        _names_post(head) or (is_post_word(head) and not _institution_word(head)) for head in heads
    )


def _according_post(masked: str) -> tuple[str, list[str]] | None:
    """The post whose words a sentence opening "По словам <post>, ..." retells, as
    :func:`_closing_post` gives it; None when a name stands there ("По словам Лаврова") or
    an institution ("According to the Russian Foreign Ministry")."""
    opening = _ACCORDING_POST_RE.match(masked)
    if opening is None or _institution_only([_key(w) for w in opening.group("post").split()]):
        return None
    head: str | None = None
    qualifiers: list[str] = []
    for word in opening.group("post").split():
        key = _key(word)
        if head is None and (nominative := _post_head(key)):
            head = nominative
        elif key not in ("the", "also") and key not in _FORMER_WORDS:
            qualifiers.append(key)
    if head is None or len(qualifiers) >= _CLOSING_POST_WORDS:
        return None
    return head, qualifiers


def _qualifies(key: str, window: list[str]) -> bool:
    """Whether a word qualifying a post ("США", "СФ") stands with the same post before a name
    (``window``: those words), as itself, in another case, or as its initial (an acronym)."""
    # ("турецкого" for "Турции": a Russian adjective of a country shares its first letters.)
    shared = 3 if has_cyrillic(key) else 4
    if any(word[:shared] == key[:shared] for word in window):
        return True
    return key.isalpha() and len(key) <= 3 and any(word[:1] == key[:1] for word in window)


def _named_with_post(post: tuple[str, list[str]], text: str) -> set[str]:
    """Everyone ``text`` names right after the post ``post`` ("госсекретарь США Марко Рубио",
    "U.S. President Donald Trump"), in any case of it ("госсекретаря"), with every word that
    qualifies it there too ("секретарь Совета безопасности Франции" is not Russia's)."""
    head, qualifiers = post
    stem = head[:-1] if has_cyrillic(head) and len(head) > _SHORT_SURNAME else head
    found: set[str] = set()
    # A name ends with its line: "Председатель ГД Вячеслав Володин" / "Председатель
    # Государственной Думы ..." (a title over a profile card) is no longer name.
    for line in text.splitlines():
        words = line.split()
        for at, word in enumerate(words):
            key = _key(word)
            # (A case ending past the stem: «госсекретар|ем».)
            ending = len(key) - len(stem)
            inflected = stem != head and key.startswith(stem) and ending <= MAX_ENDING_LETTERS
            if key != head and not inflected:
                continue
            following = words[at + 1 : at + 1 + _POSTED_NAME_WORDS]
            window = [_key(w) for w in words[max(0, at - _CLOSING_POST_WORDS) : at] + following]
            if not all(_qualifies(q, window) for q in qualifiers):
                continue
            # (With the post itself: after a post in the nominative, "генсек правительства
            # Японии Хирокадзу Мацуно", a foreign first name reads as written.)
            if name := _person_after(" ".join([word, *following])):
                found.add(name)
    return found


#: A sentence leading into someone's words, unlike a topic's heading ("On military spending:"),
#: has at least this many words.
_LEAD_IN_SENTENCE_WORDS = 8
# A topic's heading over a quote: "On military spending:", "О санкциях:", "Regarding Iran:".
_TOPIC_HEADING_RE = re.compile(r"^\W*(?:on|about|regarding|о|об|про|по)\s", re.IGNORECASE)


def _unnamed_lead_in(paragraph: str, sayers: list[Sayer], main: str | None) -> bool:
    """Whether a paragraph leads into a quote below it with a sentence ending in a colon that
    names no sayer and not the story's main person ("During the press conference, an unknown
    caller reached the MFA spokesperson:"): the words below are someone else's."""
    text = paragraph.strip()
    return (
        text.endswith(":")
        and all(s is None for s in sayers)
        and len(_spans(paragraph)) == 1
        and len(text.split()) >= _LEAD_IN_SENTENCE_WORDS
        and not _TOPIC_HEADING_RE.match(text)
        and not (main and mentions(text, main))
    )


def _posted_sayer(
    sayer: Sayer, paragraphs: list[str], number: int, span: tuple[int, int], reader: _Reader
) -> Sayer:
    """``sayer`` of the sentence ``a:b`` of paragraph ``number``, or the one a post alone
    closing it names: "Госсекретарь США Марко Рубио ... «...», — добавил госсекретарь." is
    his when his words came just before and the page named him, and no one else, with it."""
    if sayer not in (Ref.SOMEONE, None) or reader.last_named is None:
        return sayer
    paragraph = paragraphs[number]
    a, b = span
    sentence = paragraph[a:b]
    post = (
        _according_post(mask_quotes(sentence))
        if may_hold(sentence[:_ACCORDING_AT], _ACCORDING_OPENING_ANCHORS)
        else None
    )
    if post is None and sayer is Ref.SOMEONE:
        post = _closing_post(sentence, mask_quotes(sentence))
    if post is None:
        return sayer
    # (The title too: "На встрече с Президентом Председатель ГД Вячеслав Володин" over
    # "«...», — подчеркнул Председатель ГД.")
    before = "\n".join([reader.title, *paragraphs[:number], paragraph[:a]])
    return reader.last_named if _named_with_post(post, before) == {reader.last_named} else sayer


#: A headline's second line stands among a report's first paragraphs (a dek under the title).
_DEK_PARAGRAPHS = 2


def _labelled_deks(paragraphs: list[str], all_sayers: list[list[Sayer]]) -> None:
    """ "Фидан: Турция выразила опасения ...": a line among the first paragraphs, before any
    that names a sayer, with no stop at its end, that opens with a known person's name and a
    colon is a headline's second line quoting them, as a title "Захарова: ..." is theirs.
    Updates ``all_sayers`` in place."""
    for number, paragraph in enumerate(paragraphs[:_DEK_PARAGRAPHS]):
        if any(isinstance(s, str) for before in all_sayers[:number] for s in before):
            return  # (the story has begun: "Мария Захарова: биография ..." is a link's title)
        line = paragraph.strip()
        if "\n" in line or not line or line[-1] in '.!?…»"”':
            continue
        match = LABEL_RE.match(line)
        label = match.group("label").split() if match else []
        # (A name only: "Lavrov to Kishida: ..." is one speaking to another.)
        if not label or len(label) > _NAME_WORDS or any(w[:1].islower() for w in label):
            continue
        if known := find_known_speaker(" ".join(label)):
            all_sayers[number] = [known.name] * len(all_sayers[number])


def attribute(paragraphs: list[str], main_speaker: str | None, title: str = "") -> list[Segment]:
    """Cut a report's paragraphs into stretches by speaker (see the module's rules); ``title``
    is the page's, for the posts it names people with ("Председатель ГД Вячеслав Володин")."""
    president = False
    if main_speaker is not None:
        page = mask_quotes(" ".join(paragraphs))
        # A long-serving president is "the president" of a story about him unless the page
        # calls someone else president ("Президент России Дмитрий Медведев и ... Путин").
        president = _called_president(page, main_speaker) or (
            main_speaker in _LONG_SERVING_PRESIDENTS
            and not _presidents_named(page) - {main_speaker}
        )
    reader = _Reader(main_speaker, _interviewer(paragraphs, main_speaker), president)
    reader.title = title
    reader.moderator = _moderator(paragraphs)
    segments: list[Segment] = []
    continued, all_sayers = _report_sayers(paragraphs)
    # Paragraph -> the sayer whose closing attribution, further down, ends the quote it is in.
    inside_quote = _quoted_between(paragraphs, continued)
    for number, lead in _open_quote_goes_on(paragraphs).items():
        inside_quote.setdefault(number, lead)
    attributed_below = _attributed_below(paragraphs)
    tails = _quote_tails(paragraphs)
    statement_of: str | None = None  # whose statement "the statement" is
    _labelled_deks(paragraphs, all_sayers)
    _national_posts(paragraphs, all_sayers, continued, title)
    _russian_national_posts(paragraphs, all_sayers, continued, title)
    _posts_named_before(paragraphs, all_sayers, continued)
    _post_named_next(paragraphs, all_sayers, continued)
    _foreign_posts_again(paragraphs, all_sayers, continued)
    _signatures(paragraphs, all_sayers)
    _surnames_again(paragraphs, all_sayers, continued, main_speaker)
    _regional_head_by_post(paragraphs, all_sayers, continued, main_speaker)
    _chamber_speaker_by_post(paragraphs, all_sayers, continued, title)
    _names_and_patronymics(paragraphs, all_sayers, continued)
    announced: str | None = None  # who a paragraph ending "He wrote on Telegram:" announced
    headed: str | None = None  # whom a line that is only a name names, over the next paragraph
    listed: str | None = None  # whose statements a heading "Other statements by X:" lists
    for number, paragraph in enumerate(paragraphs):
        spans = _spans(paragraph)
        masked = mask_quotes(paragraph)
        reader.saw(masked)
        reader.paragraph = paragraph
        sayers = all_sayers[number]
        unnamed_lead_in = number > 0 and _unnamed_lead_in(
            paragraphs[number - 1], all_sayers[number - 1], main_speaker
        )
        # "- Украина мстит ... — заявила она.": a line opened by a dash is a quote, its
        # attribution at its end or in the next paragraph that goes on with it.
        line_ends = [_line_end(paragraph, a) for a, _ in spans]
        # ("... сообщает РИА Новости.  — Считаю, что ...": a sentence opened by a long dash
        # after another one is such a quote too.)
        dashed = [
            _DASH_QUOTE_RE.match(paragraph, _line_start(paragraph, a))
            or (a > 0 and _LONG_DASH_QUOTE_RE.match(paragraph, a))
            for a, _ in spans
        ]
        following: list[Sayer] = []
        goes_on = number + 1 < len(paragraphs) and not _DASH_QUOTE_RE.match(paragraphs[number + 1])
        if goes_on:
            following = all_sayers[number + 1]
        speakers: list[str | None] = []
        explicit: list[bool] = []
        digest_line = _DIGEST_RE.match(paragraph) is not None
        open_until = _open_quote_end(paragraph)
        # Where each sentence opened inside a quote of an earlier one ends (-1: it did not).
        carried = _carried_quotes(paragraph, spans)
        if continued[number]:
            # "...минимуме." / "Инфляция под контролем, ... сохраним».": the paragraph closes
            # a quote the one before opened; its words up to that mark are quoted too.
            open_until = max(open_until, _continued_quote_end(paragraph))
        if "резидент" in masked or "resident" in masked:
            # Before its quotes are read: "Russian President Vladimir Putin said ... . “...,”
            # the Russian leader said." names the president of this very paragraph.
            reader.presidents |= _presidents_named(masked)
        # "Путин встретился с премьер-министром Лаоса Сонсаем Сипхандоном": a post is his as
        # well, whatever the sentence says ("Премьер добавил" may be his).
        for name, post in _posted_in_russian(masked):
            reader.posted.add(name)
            reader.posts.setdefault(name, set()).add(post)
        for i, (a, b) in enumerate(spans):
            sayer = _posted_sayer(sayers[i], paragraphs, number, (a, b), reader)
            if sayer is not None:
                said = masked[a:b]
                speaker = (
                    reader.aside(sayer, said)
                    if _aside(said)
                    else reader.explicit(sayer, said, paragraph[a:b])
                )
                if _ASKED_RE.search(masked[a:b]):
                    # "Simonyan asked if ...": the quote that follows is the answer, the one
                    # asked's when the sentence names them ("спросила у Путина Ситтель").
                    if asked := _asked_one(masked[a:b], speaker):
                        reader.quoting = asked
                    elif speaker != reader.main:
                        reader.quoting = reader.main
                if speaker and (
                    _BACK_REFERENCE_RE.match(masked[a:b]) or _SAID_THIS_RE.search(masked[a:b])
                ):
                    _give_back(segments, speakers, explicit, speaker)
                elif (
                    speaker
                    and speakers
                    and _DASH_ATTRIBUTION_RE.search(paragraph, a, b)
                    and not _has_quote_marks(paragraph)
                ):
                    # "Everything that happened is a provocation. Of course, it cannot but
                    # cause our concern, – he said.": speech with no quote marks, its closing
                    # attribution after a dash; the sentences before it are the same speech.
                    _give_back(segments, speakers, explicit, speaker)
                speakers.append(speaker)
                explicit.append(True)
            elif _inside_named_thing(paragraph, a, b):
                # "программы «Пера. Путь героя»": a name the sentence cut split, no speech.
                speakers.append(None)
                explicit.append(False)
            elif (
                dashed[i]
                or _speech_quote(paragraph[a:b], masked[a:b], lenient=digest_line)
                or a < open_until
                or carried[i] >= 0
            ):
                # A quote is the words of the one its closing attribution names ("...,"
                # Lavrov said); without one, it goes on with the last one quoted.
                if dashed[i]:
                    same_line = [
                        sayers[j] for j in range(i + 1, len(spans)) if line_ends[j] == line_ends[i]
                    ]
                    last_line = line_ends[i] == len(paragraph)
                    later = [*same_line, *(following if last_line else [])]
                    closing = next((s for s in later if s is not None), None)
                    closing_text = masked
                elif a < carried[i] <= b:
                    # The quote an earlier sentence opened closes here, with no one named
                    # ("...», передает ТАСС."): it goes on with the one quoted.
                    closing, closing_text = None, masked
                else:
                    closing, at = _closing_sayer(paragraph, masked, spans, sayers, i)
                    if at < 0 and continued[number]:
                        # "Для них это было удивлением. ... «...»», — сказала Захарова.": the
                        # quote the paragraph before opened closes in a later sentence here.
                        at = _closing_sentence(spans, i, _continued_quote_end(paragraph))
                        closing = sayers[at] if at >= 0 else None
                    if at >= 0:
                        closing = _posted_sayer(closing, paragraphs, number, spans[at], reader)
                    # "the president's adviser said" is read in its own sentence: the
                    # paragraph's other sentences may name the adviser ("Как сообщил Ушаков").
                    closing_text = masked[spans[at][0] : spans[at][1]] if at >= 0 else masked
                if closing is not None:
                    speakers.append(reader.peek(closing, closing_text))
                else:
                    # With no one quoted yet, a paragraph that is all quote, or a digest's
                    # "On X: ..." line, quotes the one the story is about.
                    digest = _DIGEST_RE.match(paragraph) or all_quote(paragraph)
                    opening = digest and not reader.named_anyone
                    going_on = reader.quoting
                    closes_at = _continued_quote_end(paragraph) if continued[number] else -1
                    if (
                        going_on is None
                        and a < closes_at
                        and not paragraph[closes_at + 1 :].strip(" .,;!?…")
                        and not has_say_verb(paragraph[:closes_at])
                        and segments
                        and segments[-1].paragraph == number - 1
                    ):
                        # '"Борьба с коррупцией – это проблема. ...' / 'В Москве акция была
                        # нелегальной. ...".': the quote the paragraph before opened goes on
                        # here to the paragraph's end, the words of whoever that paragraph
                        # ended with (not when narration follows the mark, '..., the organisers
                        # hope.', nor when the paragraph has someone say it: "The mayor said").
                        going_on = segments[-1].speaker
                    if (
                        reader.background is not None
                        and (told := reader.background[0]) is not None
                        and all_quote(paragraph)
                    ):
                        # "Earlier, Lavrov said Moscow and London are ready ..." then a
                        # paragraph that is one quote and names no one: the words bear out
                        # what the background paragraph reported, so they are its sayer's.
                        going_on = reader.explicit(told)
                    if unnamed_lead_in and all_quote(paragraph):
                        # "During the briefing, an unknown caller reached the spokesperson:":
                        # a line ending with a colon that names no sayer leads into someone
                        # else's words, not more of the one quoted before.
                        going_on, opening = None, False
                    if dashed[i] and (guest := _guest_named(paragraphs, number, a)):
                        # "... говорим в эфире с официальным представителем МИД Марией
                        # Захаровой." then "- Многие считали ...": the guest's answer, not more
                        # of the one the lead quoted (a line that asks is the host's).
                        line = paragraph[_line_start(paragraph, a) : line_ends[i]]
                        asking = line.rstrip().endswith("?")
                        going_on = None if asking else reader.explicit(guest)
                    opens = paragraph[a:b].lstrip()[:1] in _QUOTE_OPEN
                    if dashed[i] and going_on in reader.reporters:
                        # "..., считает спецкор “Ъ” Андрей Колесников" then "— Вот теперь ...":
                        # a reporter's dash line gives someone else's words.
                        going_on = None
                    if not _LETTER_RE.search(paragraph[a:b]):
                        going_on = None  # "2 + 5 =": a comment form's sum, no one's words
                    if _attribution_cut_off(paragraph, b):
                        # '«Именно благодаря вам ...»,—' and the page ends: the sayer the dash
                        # leads to went with the cut (an audience's praise, not the minister).
                        going_on = None
                    if (
                        going_on is None
                        and reader.paragraph_subject is not None
                        and opens
                        and _SPEAKS_FOR_SELF_RE.search(paragraph[a:b])
                    ):
                        # 'Mr Kelin arrived at the Embassy almost four decades after his
                        # father was here. "During his posting, my father wrote a book ..."':
                        # a profile's quote with no verb, saying "I", right after a sentence
                        # about him, is his (and so is the rest of that quote).
                        going_on = reader.explicit(reader.paragraph_subject)
                    if going_on and _unclosed_quote_names_another(paragraph, going_on, a):
                        # '“I think we want to commend ..., US State Department spokeswoman
                        # Victoria Nuland stated. I think the question now is ...': a quote the
                        # copy left open names its own sayer inside; it is not more of the one
                        # quoted before.
                        going_on = None
                    if going_on and _other_gender_says(paragraph[a:b], going_on):
                        # '“It’s too much for him,’ she said ...' (marks that do not pair, so
                        # the whole sentence reads as quote): its own "she said" is not the
                        # man quoted before.
                        going_on = None
                    if going_on and opens and mentions(paragraph[a:b], going_on) > 0:
                        # "Mogherini and Lavrov discussed ...": a quote that speaks of the one
                        # quoted before in the third person is someone else's text.
                        going_on = None
                    if going_on and opens is False and _plural_before_quote(paragraph[a:b]):
                        # 'В МИД РФ рассчитывают "определить ..."': many speak the quote
                        # (a plural verb leads into it), not the one person quoted before.
                        going_on = None
                    speakers.append(going_on or (reader.main if opening else None))
                explicit.append(True)
            else:
                speakers.append(None)
                explicit.append(False)
                if subject := _opening_subject(masked[a:b]):
                    reader.acting(subject)
                elif subject := _posted_opening_subject(masked[a:b]):
                    reader.acting(subject, posted=True)
                elif subject := _named_opening_subject(masked[a:b]):
                    # "Ранее глава «Росатома» Алексей Лихачев поблагодарил Гросси. Он
                    # подчеркнул ...": "он" is the one this sentence is about, for its paragraph.
                    reader.acting(subject, background=_aside(masked[a:b]))
        for i, (a, b) in enumerate(spans):
            if isinstance(speakers[i], str) and _IN_A_STATEMENT_RE.match(masked[a:b]):
                # "In a statement published by the Kremlin, Putin said ...": his statement.
                statement_of = speakers[i]
            elif (
                statement_of
                and sayers[i] is Ref.SOMEONE
                and speakers[i] is None
                and _STATEMENT_READS_RE.search(paragraph[a:b])
            ):
                # '"...," the statement read. "..."': the statement the story said was his,
                # and the quote going on after it.
                speakers[i], explicit[i] = statement_of, True
                for j in range(i + 1, len(spans)):
                    c, d = spans[j]
                    if sayers[j] is not None or paragraph[c:d].lstrip()[:1] not in '"“«':
                        break
                    speakers[j], explicit[j] = statement_of, True
        _after_a_question(paragraph, spans, speakers, reader)
        _close_paragraph(paragraph, spans, speakers, explicit, reader)
        _interrupted_quotes(paragraph, spans, speakers, explicit)
        _lead_before_closing(paragraph, masked, spans, speakers, explicit)
        _relayed_after_colon(paragraph, spans, sayers, speakers, explicit)
        if announced and all(s is None for s in sayers) and not QUOTED_RE.search(paragraph):
            # "He wrote on his Telegram channel:" / "The European bureaucrats have ...": a
            # paragraph of someone's words set under their attribution without quote marks.
            speakers, explicit = [announced] * len(spans), [True] * len(spans)
        elif headed and _quote_under_name(paragraph, sayers):
            # "Геннадий Онищенко" / "«Нет сомнений, что ...». Главный санитарный врач России
            # полагает, что ...": a column of sayings, each under its sayer's name.
            speakers, explicit = [headed] * len(spans), [True] * len(spans)
            reader.explicit(headed)
        elif listed and any(s is not None and s != listed for s in speakers):
            listed = None  # someone else speaks: the list is over
        elif (
            listed
            and all(
                s is None or (s is Ref.SOMEONE and own_country_subject(paragraph[a:b]))
                for s, (a, b) in zip(sayers, spans, strict=True)
            )
            and (not QUOTED_RE.search(paragraph) or all_quote(paragraph))
            and not mentions(paragraph, listed)
            and not _HEADING_LINE_RE.search(paragraph)
        ):
            # "Other statements by the Russian President:" / "We have many areas for
            # cooperation.": a list of one person's statements, each a paragraph without quote
            # marks (one that speaks of him, "Putin thanked Trump", is the reporter's), or
            # each a quote ("Here's a selection of quotes from Sobyanin's report:"); a topic's
            # heading between them ("Jailed protesters") is no statement.
            speakers, explicit = [listed] * len(spans), [True] * len(spans)
        listed = _statements_heading(paragraph, reader, paragraphs[:number]) or listed
        if number in attributed_below and all(s is None for s in sayers):
            # "Их нынешняя позиция заключается в том, ..." over a line "сказал Грушко
            # журналистам": a quote set apart without quote marks, its attribution below it.
            speaker = reader.explicit(attributed_below[number], paragraph)
            speakers, explicit = [speaker] * len(spans), [speaker is not None] * len(spans)
        if number in inside_quote and all(s is None for s in speakers):
            # «Поздравляю ... / Открытый и неравнодушный человек ... / Желаю ...», — цитирует
            # Володина ...: the words of the one the quote's closing attribution names.
            closing_sayer, closing_text = inside_quote[number]
            speaker = reader.peek(closing_sayer, closing_text)
            speakers, explicit = [speaker] * len(spans), [speaker is not None] * len(spans)
        if number in tails:
            # The quote the paragraph's last sentences open is the one the next paragraph's
            # attribution closes.
            quote_at = next(
                (i for i, (a, _) in enumerate(spans) if paragraph[a:].lstrip()[:1] in '«“„"'),
                None,
            )
            if quote_at is not None and all(s is None for s in speakers[quote_at:]):
                speaker = reader.peek(*tails[number])
                for i in range(quote_at, len(spans)):
                    speakers[i], explicit[i] = speaker, speaker is not None
        _fill_narration(speakers, explicit, [paragraph[a:b] for a, b in spans])
        announced = (
            speakers[-1]
            if speakers
            and explicit[-1]
            and (paragraph.rstrip().endswith(":") or _SAID_LINE_RE.match(paragraph))
            else None
        )
        headed = _name_line(paragraph)
        reader.end_paragraph()
        for (a, b), speaker in zip(spans, speakers, strict=True):
            last = segments[-1] if segments else None
            if last and last.paragraph == number and last.speaker == speaker:
                last.end = b
            else:
                segments.append(Segment(number, a, b, speaker))
    _signed_paragraphs(paragraphs, segments)
    return _summaries(paragraphs, all_sayers, segments)


def _relayed_after_colon(
    paragraph: str,
    spans: list[tuple[int, int]],
    sayers: list[Sayer],
    speakers: list[str | None],
    explicit: list[bool],
) -> None:
    """ "..., Lavrov said:" then '"I do not think it useful ...," Russian Interfax news agency
    said at 0928 gmt.': a quote its sentence's agency only passes on is the one the sentence
    before announced with a colon. Updates ``speakers`` and ``explicit`` in place."""
    for i in range(1, len(spans)):
        a, b = spans[i]
        before = paragraph[spans[i - 1][0] : spans[i - 1][1]].rstrip()
        if (
            speakers[i - 1]
            and explicit[i - 1]
            and before.endswith(":")
            and sayers[i] is Ref.SOMEONE
            and paragraph[a:b].lstrip()[:1] in '"“«„'
            and _AGENCY_SAID_RE.search(paragraph[a:b])
        ):
            speakers[i], explicit[i] = speakers[i - 1], True


# A sentence that says whose statement the story quotes: "In a statement published by the
# Kremlin, Putin said ...".
_IN_A_STATEMENT_RE = re.compile(
    r"^\W*in\s+(?:a|an|his|her|the)\s+(?:written\s+|short\s+|brief\s+)?statement\b",
    re.IGNORECASE,
)
# '"...," the statement read.'
_STATEMENT_READS_RE = re.compile(
    r"[\"”»’]\s*,?\s*(?:[–—-]\s*)?the\s+statement\s+reads?(?![^\W\d_])", re.IGNORECASE
)


# Words that speak as Russia's own: "We Russians", «мы, россияне», «у нас в России».
_SPEAKS_AS_RUSSIA_RE = re.compile(
    r"(?<![^\W\d_])(?:we,?\s+russians|we\s+in\s+russia|мы,?\s+(?:русские|россияне)"
    r"|у\s+нас\s+в\s+России)(?![^\W\d_])",
    re.IGNORECASE,
)


# A news agency passing a quote on: '..." Interfax news agency said at 0928 gmt', '...,"
# ITAR-TASS reported', «..., — передает ТАСС».
_AGENCY_SAID_RE = re.compile(
    r"(?:news\s+agency|agency|Interfax|ITAR-TASS|TASS|RIA\s+Novosti|Reuters|AFP)\s+"
    r"(?:said|reported|quoted|reports|says)(?![\w-])"
    r"|(?:переда[её]т|сообщает|пишет)\s+(?:агентство\s+)?(?:ТАСС|Интерфакс|РИА\s+Новости)",
)


# A blog's line that is only a sayer and the verb, the words on the line below ("Ushakov
# said", "Lavrov adds", «Лавров добавил»): the words follow, no colon needed.
_SAID_LINE_RE = re.compile(
    r"^\s*(?:[A-ZА-ЯЁ][\w'’-]+\s+){1,2}(?:said|says|added|adds|told\s+reporters|"
    r"сказал|заявил|добавил|отметил|сказала|заявила|добавила|отметила)\s*$"
)


#: A line that is only a person's name has this many words at most ("Сергей Железняк").
_NAME_LINE_WORDS = 3
_NAME_LINE_RE = re.compile(r"^[A-ZА-ЯЁ][\w'’-]+(?:\s+[A-ZА-ЯЁ][\w'’-]+){1,2}$")


def _name_line(paragraph: str) -> str | None:
    """The person a paragraph that is nothing but their full name names ("Алексей Журавлев"),
    else None."""
    line = paragraph.strip()
    if "\n" in line or _NAME_LINE_RE.match(line) is None:
        return None
    # A first name first ("Partners Expressed Solidarity" is a subhead, no one's name).
    first = line.split()[0].lower()
    if not (
        is_first_name_form(first)
        if has_cyrillic(first)
        else first in _FEMALE_FIRST_NAMES | _MALE_FIRST_NAMES
    ):
        return None
    return person_name(line)


def _quote_under_name(paragraph: str, sayers: list[Sayer]) -> bool:
    """Whether a paragraph opens with a quote that no attribution closes and no one is named
    saying (a reference to a post or "he" may follow: "Вице-спикер напомнил, что ...")."""
    return (
        paragraph.lstrip()[:1] in _QUOTE_OPEN
        and bool(sayers)
        and sayers[0] is None  # (the quote closed by no attribution of its own)
        and all(s is None or s in (Ref.OWN_POST, Ref.PRONOUN, Ref.HEAD_OF_STATE) for s in sayers)
    )


#: A signature line ("Мария Захарова, пресс-секретарь МИД РФ") has at most this many words.
_SIGNATURE_WORDS = 10


def _guest_named(paragraphs: list[str], number: int, at: int) -> str | None:
    """The one known official the text right before the dash line at ``at`` of paragraph
    ``number`` (its line before, or the paragraph before) names in its last sentence as the
    one a conversation is held with ("Об этом говорим в эфире радио Sputnik с ... Марией
    Захаровой.", "We spoke with Deputy Foreign Minister Sergei Ryabkov."); else None."""
    start = _line_start(paragraphs[number], at)
    lines = paragraphs[number][:start].rstrip().splitlines()
    if lines:
        previous = lines[-1]
    elif number > 0:
        previous = paragraphs[number - 1].rstrip().splitlines()[-1]
    else:
        return None
    if _DASH_QUOTE_RE.match(previous):
        return None  # a dialogue under way: its lines are read as before
    spans = sentence_spans(previous)
    partners = _conversation_partners(previous[spans[-1][0] :] if spans else previous)
    return partners.pop() if len(partners) == 1 else None


def _signature(paragraph: str) -> str | None:
    """The person a signature line names: a name, a comma and their post, nothing else
    ("Мария Захарова, пресс-секретарь МИД РФ", "Dmitry Peskov, Kremlin spokesman")."""
    text = paragraph.strip()
    if "," not in text or "\n" in text or len(text.split()) > _SIGNATURE_WORDS:
        return None
    if text[-1:] in '.!?…»"' or has_say_verb(text):
        return None
    name, _, post = text.partition(",")
    keys = [_key(word) for word in post.split()]
    if not keys or not any(_names_post(key) for key in keys):
        return None
    found = person_name(name.strip())
    return found if found is not None and len(found.split()) >= 2 else None


def _signed_paragraphs(paragraphs: list[str], segments: list[Segment]) -> None:
    """A paragraph in the first person that nobody is named as saying, right above a
    signature line, is the signed person's words (a quote box on a news page). Updates
    ``segments`` in place."""
    for number in range(1, len(paragraphs)):
        name = _signature(paragraphs[number]) if "," in paragraphs[number] else None
        if name is None or not first_person(paragraphs[number - 1]):
            continue
        above = [s for s in segments if s.paragraph == number - 1]
        if above and all(s.speaker is None for s in above):
            for segment in above:
                segment.speaker = name


# "Other statements by the Russian President at a press conference:", "Другие заявления
# Путина:": a heading over a list of one person's statements.
_STATEMENTS_RE = re.compile(
    r"^\W*(?:(?:other|more|further|key|main)\s+)?(?:statements|remarks|theses|quotes)\s+"
    r"(?:by|of|from)\s+(?P<who>[^:]{3,80}):\s*$|"
    r"^\W*(?:(?:другие|ещё|еще|главные|основные|прочие)\s+)?(?:заявления|высказывания|тезисы|"
    r"цитаты)\s+(?P<ru>[^:]{3,80}):\s*$|"
    # "Excerpts from the address of Russian Ambassador Andrei Kelin:", «Выдержки из выступления
    # посла ...:»: an embassy's report giving the speech below.
    r"^\W*(?:excerpts|extracts|highlights)\s+(?:from|of)\s+(?:the\s+|his\s+|her\s+)?"
    r"(?:address|speech|remarks|statement|interview|article)\s+(?:of|by)\s+(?P<who2>[^:]{3,80}):\s*$|"
    r"^\W*(?:выдержки|фрагменты|отрывки)\s+из\s+(?:выступления|речи|обращения|интервью|статьи)"
    r"\s+(?P<ru2>[^:]{3,80}):\s*$",
    re.IGNORECASE,
)


def heads_statements(line: str) -> bool:
    """Whether a line is a heading over a list of one person's statements ("Другие заявления
    Пескова:", "Other statements by the Russian President:")."""
    return line.rstrip().endswith(":") and _STATEMENTS_RE.match(line.strip()) is not None


# A line with no sentence end and no quote: a topic's heading ("Jailed protesters").
_HEADING_LINE_RE = re.compile(r"^[^.!?…\"«»“”]+$")
# "Here's a selection of quotes from Sobyanin's two-hour report, which ...:": a digest of one
# person's quotes, whose name comes in the possessive.
_QUOTES_FROM_RE = re.compile(
    r"^\W*here(?:['’]s| is| are)\s+(?:a\s+)?(?:selection|some|a few|the best|highlights|"
    r"a roundup)\s+of\s+(?:the\s+)?(?:\w+\s+)?quotes\s+from\s+(?P<whose>[A-Z][\w'’-]+"
    r"(?:\s+[A-Z][\w'’-]+){0,2})['’]s?\s[^:]{0,160}:\s*$",
    re.IGNORECASE,
)


# A paper's digest announced at the end of its lead: "Главные заявления господина Пескова — в
# подборке «Ъ».", "Основные заявления Лаврова — в материале ТАСС."
_SELECTION_RE = re.compile(
    r"(?:^|[.!?]\s+)(?:главные|основные|ключевые)\s+(?:заявления|высказывания|тезисы)\s+"
    r"(?P<whose>[^.!?—–-]{3,60}?)\s+[—–-]\s+в\s+(?:подборке|материале|обзоре)\b[^.!?]*[.!?]?$",
    re.IGNORECASE,
)


def _statements_heading(paragraph: str, reader: _Reader, earlier: Sequence[str] = ()) -> str | None:
    """Whose statements a heading paragraph ending with a colon lists: a person it names, or
    the story's president or official it calls by post ("the Russian President"); a digest's
    "Here's a selection of quotes from X's report:" lists the one person the ``earlier``
    paragraphs name in full with that surname; a lead ending "Главные заявления господина
    Пескова — в подборке «Ъ»." (no colon) lists the known official it names."""
    if selection := _SELECTION_RE.search(paragraph.strip()):
        # "Главные заявления господина Пескова — в подборке «Ъ».": a paper's digest of one
        # known official's statements, announced by its lead's last sentence.
        words = selection.group("whose").split()
        name = person_name(" ".join(words[1:] if _key(words[0]) in _HONORIFICS else words))
        return name if name and is_known_official(name) else None
    if not paragraph.rstrip().endswith(":"):
        return None
    if digest := _QUOTES_FROM_RE.match(paragraph.strip()):
        whose = digest.group("whose")
        if (name := person_name(whose)) and len(name.split()) >= 2:
            return name
        key = _word_key(whose.split()[-1])
        people = {n for p in earlier for n in _full_names(p) if key in _surname_keys(n)}
        return _one_person(people) if people else None
    match = _STATEMENTS_RE.match(paragraph.strip())
    if not match:
        return None
    whose = next(g for g in match.group("who", "ru", "who2", "ru2") if g)
    who = _PLACE_PHRASE_RE.split(whose, maxsplit=1)[0]
    if name := person_name(who):
        return name if is_known_official(name) else None
    keys = [_key(word) for word in who.split()]
    if any(k in ("president", "президента") for k in keys) and all(
        k in _OWN_SIDE_WORDS or k == "президента" for k in keys
    ):
        # "the Russian President": the story's main person when he is a president.
        main = reader.main
        return reader.head_of_state or (main if main in _PRESIDENTS else None)
    reference = _reference(who)
    return reader.peek(reference) if reference is Ref.OWN_POST else None


#: Sentences of plain narration that a summary of someone's speech runs on for, at most,
#: between two of their "X said that ..." (a Defence Ministry release on a board session: 4).
_SUMMARY_SENTENCES = 5
# "According to the Defence Minister, ...", "As Shoigu pointed out, ...", "По словам ...".
_REPORTED_OPENING_RE = re.compile(r"^\W*(?:according to|по (?:словам|мнению))", re.IGNORECASE)
_THAT_RE = re.compile(r"(?<![^\W\d_])(?:that|что)(?![^\W\d_])", re.IGNORECASE)


def _summaries(
    paragraphs: list[str], sayers: list[list[Sayer]], segments: list[Segment]
) -> list[Segment]:
    """ "Shoigu said that the Armed Forces carried out ... Among them — ... 10,631 people were
    involved. ... Returning to NATO, Shoigu noted that ...": plain sentences between two
    sentences that give one person's words in indirect speech ("X said that") go on
    summarising that person's speech, when they are few, quote no one, name no one (not even
    X: "Shoigu then visited ..." is the reporter's) and never say "I" or "we"."""
    flat: list[Segment] = []  # one per sentence
    indirect: list[bool] = []
    reporting: list[bool] = []  # a sentence that names or refers to its sayer
    attributed: list[bool] = []  # a sentence with an attribution of its own, named or not
    by_paragraph: dict[int, list[Segment]] = {}
    for segment in segments:
        by_paragraph.setdefault(segment.paragraph, []).append(segment)
    for number, paragraph in enumerate(paragraphs):
        mine = by_paragraph.get(number, [])
        masked = mask_quotes(paragraph)
        for (a, b), sayer in zip(_spans(paragraph), sayers[number], strict=True):
            speaker = next((s.speaker for s in mine if s.start <= a < s.end), None)
            flat.append(Segment(number, a, b, speaker))
            # Named ("Shoigu said") or referred to ("the head of the department noted").
            said = speaker is not None and sayer is not None and sayer is not Ref.SOMEONE
            # "As Shoigu pointed out, ..." summarises; "As Putin noted: «...»" quotes him.
            opening = _AS_OPENING_RE.match(masked[a:b])
            reported = (
                _THAT_RE.search(masked[a:b])
                or _REPORTED_OPENING_RE.match(masked[a:b])
                or (opening and opening.group().endswith(","))
            )
            indirect.append(said and bool(reported))
            reporting.append(said)
            attributed.append(sayer is not None and sayer is not Ref.SOMEONE)
    _own_words_after_closing(paragraphs, flat, reporting)
    _own_paragraph_after_reported(paragraphs, flat, indirect)
    for k in range(1, len(flat)):
        # "Она напомнила, как ... Джонсона не дала ... Он "прилетел на крыльях ненависти" и
        # ...": a sentence whose subject is a pronoun and that quotes a few words inside its
        # own narration, right after someone's reported words in the same paragraph, quotes
        # that person (a new paragraph's "Он ... комментирует решения коллег из
        # «недружественных стран»" is the reporter's portrait of him).
        sentence, before = flat[k], flat[k - 1]
        if (
            sentence.speaker is None
            and before.speaker is not None
            and reporting[k - 1]
            and before.paragraph == sentence.paragraph
        ):
            text = _text_of(paragraphs, sentence)
            if _PRONOUN_OPENING_RE.match(text) and _inner_quote(text):
                sentence.speaker = before.speaker
    for k, sentence in enumerate(flat):
        speaker = sentence.speaker
        if not indirect[k] or speaker is None:
            continue
        after = k + 1
        while (
            after < len(flat)
            and after - k <= _SUMMARY_SENTENCES
            and flat[after].speaker is None
            # ("Глава внешнеполитического ведомства пояснил, что ..." between two of Putin's:
            # a sentence naming its own sayer, whom the story cannot name, summarises no one.)
            and not attributed[after]
            and _plain(_text_of(paragraphs, flat[after]), speaker)
        ):
            after += 1
        closed = after < len(flat) and indirect[after] and flat[after].speaker == speaker
        if after - k > 1 and closed:
            for between in flat[k + 1 : after]:
                between.speaker = speaker
    merged: list[Segment] = []
    for sentence in flat:
        last = merged[-1] if merged else None
        if last and last.paragraph == sentence.paragraph and last.speaker == sentence.speaker:
            last.end = sentence.end
        else:
            merged.append(sentence)
    return merged


# A sentence opened by a personal pronoun: "Он ...", "She ...", "They ...".
_PRONOUN_OPENING_RE = re.compile(r"^\W*(?:он|она|они|he|she|they)\s", re.IGNORECASE)
#: Words a quote inside a sentence's narration has at most: a phrase of someone's, not a
#: statement (the partial quotes of news copy run to five or six words).
_INNER_QUOTE_WORDS = 12


def _inner_quote(text: str) -> bool:
    """Whether a sentence quotes a few words inside its own narration: its first quotation
    opens after some words of its own and is short ('Он "прилетел на крыльях ненависти" и
    ...')."""
    match = QUOTED_RE.search(text)
    if match is None or not text[: match.start()].strip(" \t-–—"):
        return False
    return len(match.group().split()) <= _INNER_QUOTE_WORDS


# "I", "we" or a possessive of theirs ("our country", "нашей страны"): an official's own
# words, in the few sentences after his closing attribution that the rule below looks at.
_OWN_PERSON_RE = re.compile(
    r"(?<![^\W\d_])(?:I|[Ww]e|[Oo]ur|[Uu]s|[Mm]y|[Яя]|[Мм]ы|[Нн]аш\w*|[Нн]ас|[Нн]ам|[Мм]о[йяеи]\w*)"
    r"(?![^\W\d_])"
)


def _names_someone(text: str) -> bool:
    """Whether a text names a person: a capitalised word ending a name (with up to three
    words before it, a first name or a post)."""
    words = text.split()
    return any(
        word[:1].isupper() and person_name(" ".join(words[max(0, end - 3) : end + 1]))
        for end, word in enumerate(words)
    )


def _own_words(text: str, speaker: str) -> bool:
    """A sentence that could be ``speaker``'s words with their quote marks lost: it quotes and
    asks nothing, names no one (``speaker`` neither) and no one says it."""
    if QUOTED_RE.search(text) or mentions(text, speaker) or text.rstrip()[-1:] == "?":
        return False
    if has_say_verb(text):
        return False
    return not _names_someone(text)


#: Words a closing attribution's subject has at most, between the comma that ends what was
#: said and its verb ("Deputy Foreign Minister of the Russian Federation Alexander Grushko": 8).
_CLOSING_SUBJECT_WORDS = 12


def _closes_with_sayer(sentence: str, masked: str, say: re.Match[str]) -> bool:
    """Whether a sentence gives someone's words and closes with their attribution ("Russia
    will demand ..., Deputy Foreign Minister Alexander Grushko said in an interview with
    Izvestia."): words, a comma or dash, a short subject, the verb and a few words."""
    if say.group().casefold().endswith("ing"):
        return False
    before = masked[: say.start()]
    cut = max(before.rfind(","), before.rfind("–"), before.rfind("—"))
    if cut < 0 or len(before[:cut].split()) < 3:
        return False
    return len(before[cut + 1 :].split()) <= _CLOSING_SUBJECT_WORDS and _little_after(sentence, say)


def _own_words_after_closing(
    paragraphs: list[str], flat: list[Segment], reporting: list[bool]
) -> None:
    """ "Russia will demand guarantees, ... Grushko said in an interview with Izvestia. Since
    2019, the contingents have doubled. The rearmament of Europe threatens our country.": the
    rest of a paragraph after a sentence that gives someone's words and closes with their
    attribution goes on with their words when none of it quotes, names or asks anyone and
    some of it speaks in the first person (a mirror that lost the quote marks). A paragraph
    after it, all such and in the first person, goes on too. Updates ``flat`` in place."""
    k = 0
    while k < len(flat):
        sentence, speaker = flat[k], flat[k].speaker
        k += 1
        if speaker is None or not reporting[k - 1]:
            continue
        if k == len(flat) or flat[k].paragraph != sentence.paragraph or flat[k].speaker:
            continue  # nothing unattributed after it in its paragraph (most sentences)
        text = _text_of(paragraphs, sentence)
        masked = mask_quotes(text)
        verbs = list(_SAY_RE.finditer(masked))
        if QUOTED_RE.search(text) or not verbs or not _closes_with_sayer(text, masked, verbs[-1]):
            continue
        number = sentence.paragraph
        while k < len(flat):
            end = k
            while end < len(flat) and flat[end].paragraph == number:
                end += 1  # (flat is in paragraph order: only this paragraph's are read)
            run = flat[k:end]
            texts = [_text_of(paragraphs, s) for s in run]
            if not (
                run
                and len(run) <= _SUMMARY_SENTENCES
                and all(s.speaker is None for s in run)
                and all(_own_words(t, speaker) for t in texts)
                and any(_OWN_PERSON_RE.search(t) for t in texts)
            ):
                break
            for s in run:
                s.speaker = speaker
            k += len(run)
            number += 1


#: A paragraph of someone's own words with their quote marks lost, after the one that
#: reports them, has at least this many sentences (a lone "We will keep you updated." is the
#: site's).
_OWN_PARAGRAPH_SENTENCES = 2


def _own_paragraph_after_reported(
    paragraphs: list[str], flat: list[Segment], indirect: list[bool]
) -> None:
    """ "..., Ryabkov responded by saying that Moscow will not keep the US in the treaty. /
    If the Americans decide to aggravate the situation, it will be their choice. We are no
    stranger to ...": a paragraph right after one that ends with someone's words in indirect
    speech ("X said that ...") goes on with that person's words when all of it could be theirs
    with the quote marks lost (:func:`_own_words`), nobody is named as saying any of it, and it
    says "I" or "we". Updates ``flat`` in place."""
    for k, sentence in enumerate(flat[:-1]):
        speaker = sentence.speaker
        if not indirect[k] or speaker is None or flat[k + 1].paragraph != sentence.paragraph + 1:
            continue  # not the last sentence of its paragraph, or no one's reported words
        run = [s for s in flat[k + 1 :] if s.paragraph == sentence.paragraph + 1]
        if not _OWN_PARAGRAPH_SENTENCES <= len(run) <= _SUMMARY_SENTENCES:
            continue
        texts = [_text_of(paragraphs, s) for s in run]
        if (
            all(s.speaker is None for s in run)
            and all(_own_words(t, speaker) for t in texts)
            and any(_FIRST_PERSON_RE.search(t) or _OWN_VIEW_RE.search(t) for t in texts)
            and not any(site_talk(t) for t in texts)
        ):
            for s in run:
                s.speaker = speaker


# An opinion in the speaker's own voice without "I" or "we": «По-моему, это не пройдет».
_OWN_VIEW_RE = re.compile(
    r"(?<![^\W\d_])(?:[Пп]о-моему|[Нн]а мой взгляд|[Мм]не кажется|[Ii]n my view|"
    r"[Ii]n my opinion)(?![^\W\d_])"
)


def _text_of(paragraphs: list[str], segment: Segment) -> str:
    return paragraphs[segment.paragraph][segment.start : segment.end]


def _plain(text: str, speaker: str) -> bool:
    """A sentence of narration that quotes no one, names no one (``speaker`` neither), never
    says "I", asks nothing (a question line is the question he answers) and ends with a full
    stop (a subhead does not)."""
    if QUOTED_RE.search(text) or first_person(text) or mentions(text, speaker):
        return False
    end = text.rstrip(" \"'»”’)]")[-1:]
    if end == "?" or end not in (".", "!", "…"):
        return False  # a question line, or a subhead ("On Syria") with no full stop
    return not _names_someone(text)


_DASH_QUOTE_RE = re.compile(r"[-–—]\s")
_LONG_DASH_QUOTE_RE = re.compile(r"[–—]\s+[А-ЯЁA-Z]")
# A digest's topic line: "О Трампе и США: ...", "On Syria: ...".
_DIGEST_RE = re.compile(r"^(?:О|Об|Про|По поводу|On|About|Regarding)\s[^:.!?]{1,60}:\s")


def _open_quote_end(paragraph: str) -> int:
    """ "“... from the NATO,” Shoigu said. –They are trying to ... allies”.": where the last
    closing mark (” or ») that no opening mark matches stands, after a quote of the same
    paragraph (-1: none). The quote was split by its attribution and its second opening mark
    lost: the sentences from the first quote up to that mark go on with it. (A closing mark
    with no quote before it in its paragraph may close one opened paragraphs above, or be a
    typo: that is left alone.)"""
    spans = quote_spans(paragraph)
    if not spans:
        return -1
    inside = [False] * len(paragraph)
    for x, y in spans:
        inside[x:y] = [True] * (y - x)
    return max(
        (at for at, char in enumerate(paragraph) if char in "”»" and not inside[at]), default=-1
    )


def _unclosed_quote_names_another(paragraph: str, speaker: str, at: int) -> bool:
    """Whether ``paragraph`` opens a quote it never closes, and a sentence of it between that
    opening and ``at`` (the sentence being read), read without the quote's mask, names a
    sayer other than ``speaker``."""
    depth, opening = 0, -1
    for where, mark in enumerate(paragraph):
        if mark in "“«":
            depth, opening = depth + 1, (where if depth == 0 else opening)
        elif mark in "”»" and depth:
            depth -= 1
    if depth == 0 or opening >= at:
        return False
    for start, end in sentence_spans(paragraph):
        if end <= opening or start >= at:
            continue
        sentence = paragraph[start:end]
        sayer = sentence_sayer(sentence, sentence.replace("“", " ").replace("«", " "))
        if isinstance(sayer, str) and sayer != speaker:
            return True
    return False


def _attribution_cut_off(paragraph: str, end: int) -> bool:
    """Whether the sentence ending at ``end`` is a quote closed by a dash that leads to its
    sayer ('«...»,—', '"...," -'), with nothing after it: the page was cut before the name."""
    if paragraph[end:].strip():
        return False
    tail = paragraph[:end].rstrip()
    if not tail.endswith(("—", "–", "-")):
        return False
    return tail[:-1].rstrip(" ,")[-1:] in _QUOTE_CLOSE


def all_quote(paragraph: str) -> bool:
    """Whether a paragraph is one quotation and nothing else (a live blog's block quote)."""
    text = paragraph.strip()
    return bool(text) and text[0] in _QUOTE_OPEN and not re.search(r"[^\W\d_]", mask_quotes(text))


_ASKED_RE = re.compile(r"(?<![\w-])(?:asked|спросил(?:а|и)?)(?![\w-])", re.IGNORECASE)
# The one asked, named right after the verb: "спросила у Путина", "asked Putin".
_ASKED_ONE_RE = re.compile(
    r"(?<![\w-])(?:asked|спросил(?:а|и)?\s+у)\s+(?P<name>[A-ZА-ЯЁ][^\W\d_]+(?:\s+[A-ZА-ЯЁ][^\W\d_]+)?)"
)


def _asked_one(said: str, asker: str | None) -> str | None:
    """The known person a question was put to ("«...?» — спросила у Путина Ситтель"): the
    quote after it is their answer. None when the sentence names no one else there."""
    found = _ASKED_ONE_RE.search(said)
    if not found or re.match(r"\s+to\s", said[found.end() :]):
        return None  # "Putin asked Lavrov to prepare ...": a request, not a question
    words = found.group("name").split()
    for run in (words, words[:1]):
        name = person_name(" ".join(run))
        if name and name != asker and is_known_official(name):
            return name
    return None


# "..., — констатировал он.": an unquoted paragraph of direct speech closed by its
# attribution after a dash (Russian news copy leaves the quote marks out).
_DASH_CLOSING_RE = re.compile(rf"[,.!?…]\s*[–—]\s*(?:{_SAY_WORDS})(?![\w-])", re.IGNORECASE)

# A line that is only a dash-closed attribution: "- ответила дипломат.", "— заявил он."
_CLOSING_LINE_RE = re.compile(
    rf"^\s*[–—-]\s*(?:{_SAY_WORDS})(?![\w-])[^.!?:;«»\"“”„]{{0,60}}[.!?]?\s*$", re.IGNORECASE
)


def _close_paragraph(
    paragraph: str,
    spans: list[tuple[int, int]],
    speakers: list[str | None],
    explicit: list[bool],
    reader: _Reader,
) -> None:
    """A paragraph that is one person's words with their attribution at its end: direct
    speech closed by "— констатировал он", or a pull quote over a caption of the speaker's
    name ("... I can neither confirm nor deny it. Dmitry Peskov Kremlin spokesman"). Every
    sentence of it that no one else claims is that person's."""
    if len(spans) < 2 or QUOTED_RE.search(paragraph):
        return
    last = paragraph[spans[-1][0] : spans[-1][1]]
    speaker: str | None = None
    # "Таких данных у него давно не было,\n- ответила дипломат.": the attribution on a line
    # of its own after the words' closing comma.
    own_line = _CLOSING_LINE_RE.match(last) and paragraph[: spans[-1][0]].rstrip().endswith(
        (",", "!", "?", "…")
    )
    if (_DASH_CLOSING_RE.search(last) or own_line) and speakers[-1] is not None:
        speaker = speakers[-1]
    elif (caption := _caption_name(last)) and first_person(paragraph[: spans[-1][0]]):
        speaker = reader.explicit(caption)
        speakers[-1], explicit[-1] = speaker, True
    if speaker is None:
        return
    # "Reporters asked whether ... / — No, ..., — said Petrov": words opened by a dash on a
    # line of their own start there; the lines above are not theirs.
    opened = [
        m.start(1)
        for m in re.finditer(r"\n([–—-])\s*[A-ZА-ЯЁ«\"]", paragraph[: spans[-1][1]])
        if m.start(1)
    ]
    begin = opened[-1] if opened else 0
    for i in range(len(spans) - 1):
        if speakers[i] is None and spans[i][1] > begin:
            speakers[i], explicit[i] = speaker, True


def _after_a_question(
    paragraph: str, spans: list[tuple[int, int]], speakers: list[str | None], reader: _Reader
) -> None:
    """A paragraph that ends with the interviewer's question ("«...?» - уточнила
    журналистка"): a quote that follows with no attribution is the answer, the main
    speaker's."""
    named = [who for who in speakers if who]
    if reader.interviewer is None or not named or named[-1] != reader.interviewer:
        return
    theirs = "".join(
        paragraph[a:b] for (a, b), who in zip(spans, speakers, strict=True) if who == named[-1]
    )
    if "?" in theirs:
        reader.quoting = reader.main


_PRESIDENT_RE = re.compile(r"(?<![^\W\d_])(?:president|президент)(?![^\W\d_])", re.IGNORECASE)
#: A president's name stands within this many words after the word "president".
_PRESIDENT_NAME_WORDS = 4


def _called_president(text: str, main: str) -> bool:
    """Whether the page (``text``: its paragraphs with quotes blanked) calls its main person
    president ("Президент России Владимир Путин"), so that "глава государства" / "the head of
    state" is him."""
    if is_russian_official(main) and main not in _RUSSIAN_PRESIDENTS:
        # Lavrov, Peskov have never been Russia's president: "Президент объяснил, что у
        # Лаврова ..." names someone else (the words after "president" are not his title).
        return False
    for match in _PRESIDENT_RE.finditer(text):
        after = " ".join(text[match.end() :].split()[:_PRESIDENT_NAME_WORDS])
        if mentions(after, main):
            return True
    # «Дмитрий Медведев заявил, что решение ... безотзывно. По словам президента, ...»: the
    # sentence right after one he says opens with "according to the president".
    return any(
        _ACCORDING_PRESIDENT_RE.match(text, found.end()) and mentions(found.group(), main)
        for found in _SENTENCE_BEFORE_RE.finditer(text)
    )


# A sentence with a verb of saying, and "По словам президента," opening the next one.
_SENTENCE_BEFORE_RE = re.compile(rf"[^.!?]*(?<![\w-])(?:{_SAY_WORDS})(?![\w-])[^.!?]*[.!?]\s+")
_ACCORDING_PRESIDENT_RE = re.compile(r"(?:По\s+словам|По\s+мнению)\s+президента,")


def _interviewer(paragraphs: list[str], main: str | None) -> str | None:
    """The one person a report names as the interviewer: a journalist the bot knows by name,
    or someone named in a sentence about the interview ("интервью, которое глава МИД дал
    ... Лалли Вэймаус", "in an interview with X"), not an official; None if not exactly one."""
    found: set[str] = set()
    text = " ".join(paragraphs)
    for speaker in KNOWN_SPEAKERS:
        if not speaker.official and mentions(text, speaker.name):
            found.add(speaker.name)
    for _, masked in _sentences(paragraphs):
        if not _INTERVIEW_RE.search(masked):
            continue
        raw = masked.split()
        words = [word.strip(".,;:!?…") for word in raw]
        for end, word in enumerate(words):
            glued = raw[end] == word and end + 1 < len(words) and words[end + 1][:1].isupper()
            if not word[:1].isupper() or glued:
                continue  # the end of a run of capitalised words only
            at = end  # back over the run, to the word before it
            while at >= 0 and words[at][:1].isupper() and words[at].casefold() != "the":
                if at < end and words[at].endswith(("'s", "’s")):
                    break
                at -= 1
            if at >= 0 and words[at].casefold() == "the":
                continue  # "The Daily Courier", "the Washington Post": an outlet
            # "the Daily Courier's Anna Voronova": the name after the outlet's possessive.
            span = words[max(at, end - 5, 0) : end + 1]
            owner = [i for i, w in enumerate(span) if w.endswith(("'s", "’s"))]
            span = span[owner[-1] + 1 :] if owner else span
            name = person_name(" ".join(span))
            if name and name != main and not is_known_official(name):
                found.add(name)
    return found.pop() if len(found) == 1 else None


_INTERVIEW_RE = re.compile(r"(?<![^\W\d_])(?:interview\w*|интервью)(?![^\W\d_])", re.IGNORECASE)


def _interrupted_quotes(
    paragraph: str,
    spans: list[tuple[int, int]],
    speakers: list[str | None],
    explicit: list[bool],
) -> None:
    """ "«Что бы я ни ответил, – сказал Лавров, – вы напишете ... Так что пишите»": a quote
    that an attribution interrupts is all that person's, to its closing mark, even inside
    someone else's quote that quotes it (the innermost quote around the attribution)."""
    for match in _INTERRUPTION_RE.finditer(paragraph):
        opened = _opening_guillemet(paragraph, match.start())
        closed = paragraph.find("»", match.end())
        said = next((k for k, (a, b) in enumerate(spans) if a <= match.start() < b), None)
        if opened is None or closed < 0 or said is None or speakers[said] is None:
            continue
        for k, (a, _) in enumerate(spans):
            if opened <= a <= closed:
                speakers[k], explicit[k] = speakers[said], True


def _opening_guillemet(text: str, at: int) -> int | None:
    """Where the innermost «» quote open at ``at`` starts (None: no quote is open there)."""
    depth = 0
    for i in range(at - 1, -1, -1):
        if text[i] == "»":
            depth += 1
        elif text[i] == "«":
            if depth == 0:
                return i
            depth -= 1
    return None


# A closing attribution's short subject after the comma, before its verb: ", the diplomat",
# ", he", ", Lavrov", ", Maria Zakharova".
_SUBJECT_THEN_VERB_RE = re.compile(
    r",\s+(?:the\s+[a-z]+|he|she|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s*$"
)
#: Unattributed sentences before a closing attribution that it may cover, at most.
_COVERED_SENTENCES = 2


def _lead_before_closing(
    paragraph: str,
    masked: str,
    spans: list[tuple[int, int]],
    speakers: list[str | None],
    explicit: list[bool],
) -> None:
    """ "Western states are not used to sharing power. This causes turbulence, said Lavrov.":
    a paragraph's first attribution, closing its sentence, covers the plain sentences before
    it (no quotes, no one else's verb), as a news lead sums up what was said."""
    first = next((i for i, e in enumerate(explicit) if e), None)
    if not first or first > _COVERED_SENTENCES or speakers[first] is None:
        return
    # (Its sentences may have been given to him already, up to the one with the verb: "We see
    # these stories. This is the story of ..., the diplomat said.")
    said = first
    while not _SAY_RE.search(masked[slice(*spans[said])]) and said + 1 < len(spans):
        if not explicit[said + 1] or speakers[said + 1] != speakers[first]:
            return
        said += 1
    a, b = spans[said]
    verbs = list(_SAY_RE.finditer(masked[a:b]))
    if not verbs:
        return
    # The verb after a comma or a dash with its subject after it: ", said Lavrov on ...".
    verb = verbs[-1]
    inverted = re.search(r"[,–—]\s*$", masked[a : a + verb.start()]) and re.match(
        r"\s+(?:the\s+)?[A-ZА-ЯЁ]", paragraph[a + verb.end() : b]
    )
    # ... or its subject before it, closing the sentence: "..., the diplomat said.", "...,
    # Lavrov said." (a machine translation's speech without quote marks).
    closing = _SUBJECT_THEN_VERB_RE.search(masked[a : a + verb.start()]) and not paragraph[
        a + verb.end() : b
    ].strip(" .")
    if not (inverted or closing):
        return
    if QUOTED_RE.search(paragraph[: spans[first][0]]):
        return
    for i in range(first):
        speakers[i], explicit[i] = speakers[first], True


#: A caption naming a quote's speaker has at most this many words.
_CAPTION_WORDS = 8


def _caption_name(text: str) -> str | None:
    """The person a caption names: their name and post, no verb and no full stop."""
    words = text.split()
    if not 2 <= len(words) <= _CAPTION_WORDS or _SENTENCE_END_RE.search(text):
        return None
    while len(words) > 2 and (_is_post_noun(_key(words[-1])) or _key(words[-1]) in _OWN_SIDE_WORDS):
        words.pop()
    return person_name(" ".join(words)) if words[0][:1].isupper() else None


_SENTENCE_END_RE = re.compile(r"[.!?…][\"'»”’)\]]*$")


def _line_start(text: str, at: int) -> int:
    return text.rfind("\n", 0, at) + 1


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


# A stop glued to the next sentence's first letter or quote ("— сказал Лавров.В свою очередь
# Подоляк ...", "вторглась.«Тормозит ..."), after a lower-case letter (not "В.В.Путин").
# (After an acronym only a full stop and a capitalised word: "...министр обороны РФ.Минск не
# приемлет ..." is two sentences, "U.S.Army" none.)
# (The stop comes first in the pattern, so that the scan looks only at stops.)
_GLUED_STOP_RE = re.compile(
    r"[.!?](?:(?<=[a-zа-яё][.!?])(?=[«“]?[A-ZА-ЯЁ])|(?<=[A-ZА-ЯЁ]{2}\.)(?=[A-ZА-ЯЁ][a-zа-яё]))"
)


def first_sentence(paragraph: str) -> str:
    """A paragraph's first sentence, as :func:`paragraph_sayers` cuts it."""
    spans = _spans(paragraph)
    return paragraph[spans[0][0] : spans[0][1]] if spans else ""


def _spans(paragraph: str) -> list[tuple[int, int]]:
    """A paragraph's sentences (:func:`sentence_spans`), also cut where a copy glued two
    sentences together: the attribution of one must not be read as the next one's."""
    spans = sentence_spans(paragraph)
    if _GLUED_STOP_RE.search(paragraph) is None:
        return spans
    out: list[tuple[int, int]] = []
    for a, b in spans:
        start = a
        for glued in _GLUED_STOP_RE.finditer(paragraph, a, b):
            if start < glued.end() < b:
                out.append((start, glued.end()))
                start = glued.end()
        out.append((start, b))
    return out


def _leaves_quote_open(paragraph: str) -> bool:
    """Whether a paragraph opens a quote it does not close ("«Киев не выполняет ... каждый
    день." with the closing mark in the next paragraph); straight quotes only when the
    paragraph holds an odd number of them and opens with one or ends in an opening one."""
    if paragraph.count("«") > paragraph.count("»") or paragraph.count("“") > paragraph.count("”"):
        return True
    if paragraph.count('"') % 2 == 0:
        return False
    if paragraph.lstrip().startswith('"'):
        return True
    # '... Василий Небензя. "Мы видели ...': the last straight quote opens (a space before it,
    # a letter after it).
    last = paragraph.rfind('"')
    # (Or it ends the paragraph, a hard-wrapped copy breaking the line right after it:
    # '... погибшему в ходе спасательной операции морпеху. "' then 'Честно скажу, ...".')
    after = paragraph[last + 1 : last + 2]
    return paragraph[last - 1 : last].isspace() and (after.isalpha() or not after)


def _quote_goes_on(previous: str, paragraph: str, *, last: bool) -> bool:
    """Whether ``paragraph`` goes on with a quote: one the paragraph before left open and this
    one closes; one left open with no mark here when the page ends with this paragraph (a copy
    cut off mid-quote: «Нам приписывают ... / Дело обстоит с точностью до наоборот. Подчеркну
    ...»); or one whose opening mark was lost, closed here before its attribution ('Eurovision
    2024 has outdone any orgy ... Without surprises," Zakharova wrote.')."""
    end = _continued_quote_end(paragraph)
    if _leaves_quote_open(previous):
        if _has_quote_marks(paragraph) and not _only_inner_quotes(paragraph):
            return end >= 0
        # Cut off mid-quote: only if no sentence names a sayer of its own ("Earlier, Lavrov
        # said ..." after a quote a typo left open is the reporter's).
        return last and not any(sentence_sayer(paragraph[a:b]) for a, b in _spans(paragraph))
    if end < 0 or not _has_quote_marks(paragraph) or _only_inner_quotes(paragraph):
        return False
    before = paragraph[:end]
    if any(isinstance(sentence_sayer(before[a:b]), str) for a, b in _spans(before)):
        # "Об этом сообщил ... Лавров. ... Лавров отметил, что ... усилий." В воскресенье ...",
        # - рассказал Лавров.': narration naming its own sayer before a mark set after the
        # stop by a typo, not the end of a quote whose opening mark was lost ("Мы об этом
        # заявляли" may be inside one).
        return False
    # The words before the mark with their opening mark put back: '"...," Zakharova wrote.'
    start = max(paragraph.rfind(stop, 0, end) for stop in (". ", "! ", "? "))
    closing = re.split(r"(?<=[.!?…])\s", paragraph[end + 1 :], maxsplit=1)[0]
    opening = {"»": "«", "”": "“"}.get(paragraph[end], '"')
    quoted = opening + paragraph[start + 2 if start >= 0 else 0 : end + 1] + closing
    return isinstance(sentence_sayer(quoted), str)


def _quoted_between(paragraphs: list[str], continued: list[bool]) -> dict[int, tuple[Sayer, str]]:
    """Mark as going on with a quote the paragraphs without a quote mark between one that
    leaves a quote open and a later one that closes it («Поздравляю вас ... / Открытый и
    неравнодушный человек ... / Желаю вам успехов», — цитирует ...), and that closing one;
    not if one of them names a sayer of its own (then the quote was left open by a typo), nor
    if the closing attribution names no one.

    Returns:
        Each paragraph inside such a quote -> the sayer its closing attribution names, and
        that attribution's sentence (with the quote's opening mark put back).
    """
    inside_quote: dict[int, tuple[Sayer, str]] = {}
    for opener, paragraph in enumerate(paragraphs[:-2]):
        if not _leaves_quote_open(paragraph):
            continue
        closer = opener + 1
        while closer < len(paragraphs) and (
            not _has_quote_marks(paragraphs[closer]) or _only_inner_quotes(paragraphs[closer])
        ):
            closer += 1
        inside = range(opener + 1, closer)
        if not inside or closer == len(paragraphs):
            continue
        text = paragraphs[closer]
        end = _continued_quote_end(text)
        if end < 0 or any(
            sentence_sayer(paragraphs[at][a:b]) for at in inside for a, b in _spans(paragraphs[at])
        ):
            continue
        sayer, attribution = _closing_attribution(text, end)
        if sayer is None:
            continue
        for at in [*inside, closer]:
            continued[at] = True
        inside_quote.update((at, (sayer, attribution)) for at in inside)
    return inside_quote


def _quote_tails(paragraphs: list[str]) -> dict[int, tuple[Sayer, str]]:
    """The paragraphs whose last sentences open a quote that the very next paragraph closes
    with its attribution ("... прокомментировала данные СМИ. «Российские вооруженные силы
    ... государства." / "Исходя из ... США», — приводит ее слова «Коммерсантъ»."): each such
    paragraph -> the sayer that attribution names, and the attribution's sentence."""
    tails: dict[int, tuple[Sayer, str]] = {}
    for opener, paragraph in enumerate(paragraphs[:-1]):
        if not _leaves_quote_open(paragraph) or paragraph.lstrip()[:1] in '«“"':
            continue  # (a paragraph that is all quote is read by _quoted_between)
        text = paragraphs[opener + 1]
        end = _continued_quote_end(text)
        if end < 0:
            continue
        sayer, attribution = _closing_attribution(text, end)
        if sayer is not None:
            tails[opener] = (sayer, attribution)
    return tails


def _closing_attribution(text: str, end: int) -> tuple[Sayer, str]:
    """The sayer of a paragraph that closes, at ``end``, a quote opened before it ("...
    США», — приводит ее слова «Коммерсантъ»."), and the sentence read for it: the quoted
    words up to the mark, with the opening mark put back, and the attribution after it."""
    closing = re.split(r"(?<=[.!?…])\s", text[end + 1 :], maxsplit=1)[0]
    opening = {"»": "«", "”": "“"}.get(text[end], '"')
    attribution = opening + text[: end + 1] + closing
    return sentence_sayer(attribution), attribution


def _open_quote_goes_on(paragraphs: list[str]) -> dict[int, tuple[Sayer, str]]:
    """The paragraphs that go on with a quote a lead-in announced and no mark closes ("...,
    Zakharova said at a briefing:" / "“There is no need to fantasize ... easy." / "Russian
    peacekeepers are doing ... we always focus on this." / "We are trying ..."): a copy that
    opens each paragraph of a long quote without a mark, and never closes it. Each following
    paragraph without quote marks that speaks in the first person, names no sayer of its own
    and announces nothing goes on with it; the first that does not ends it.

    Returns:
        Each such paragraph -> the lead-in's sayer and the lead-in.
    """
    found: dict[int, tuple[Sayer, str]] = {}
    for opener in range(1, len(paragraphs) - 1):
        lead_in, paragraph = paragraphs[opener - 1].rstrip(), paragraphs[opener].lstrip()
        if not lead_in.endswith(":") or paragraph[:1] not in '“«"':
            continue
        if not _leaves_quote_open(paragraph):
            continue
        if not isinstance(sayer := sentence_sayer(lead_in), str):
            continue
        for at in range(opener + 1, len(paragraphs)):
            text = paragraphs[at]
            if (
                _has_quote_marks(text)
                or text.rstrip().endswith(":")
                or not first_person(text)
                or any(sentence_sayer(text[a:b]) for a, b in _spans(text))
            ):
                break
            found[at] = (sayer, lead_in)
    return found


#: A line that only attributes the paragraph above it ("сказал Грушко журналистам") has at
#: most this many words.
_ATTRIBUTION_LINE_WORDS = 6


def _attributed_below(paragraphs: list[str]) -> dict[int, str]:
    """The paragraphs whose words a line right below them attributes, with no quote marks
    anywhere: a site's set-apart quote, then a line in lower case that opens on a verb of
    saying and names the one who said it ("Их нынешняя позиция ... как можно дольше." /
    "сказал Грушко журналистам"). Paragraph -> that one."""
    found: dict[int, str] = {}
    for number, line in enumerate(paragraphs[1:], 1):
        words = line.split()
        if not words or len(words) > _ATTRIBUTION_LINE_WORDS or not words[0][:1].islower():
            continue
        if not _SAY_RE.match(line) or _has_quote_marks(line) or line.rstrip()[-1:] in "?!:":
            continue
        above = paragraphs[number - 1]
        if _has_quote_marks(above) or above.rstrip()[-1:] not in ".!?…":
            continue
        if isinstance(sayer := sentence_sayer(line), str):
            found[number - 1] = sayer
    return found


def _only_inner_quotes(paragraph: str) -> bool:
    """Whether a paragraph's quote marks are whole pairs inside it, a name's («Зенит» стал
    обладателем Кубка УЕФА) or a title's, none of them closing or opening a quote."""
    if '"' in paragraph or _leaves_quote_open(paragraph):
        return False
    return all(_unmatched_close(paragraph, opening, close) < 0 for opening, close in ("«»", "“”"))


def _has_quote_marks(text: str) -> bool:
    return any(mark in text for mark in '«»“”"')


def _continued_quote_end(paragraph: str) -> int:
    """Where a quote opened in the paragraph before closes in this one: its first closing
    mark with no opening mark before it, or an odd first straight quote that follows a word
    or a stop ('... changed," the minister said') or ends the paragraph (-1: none)."""
    if not _has_quote_marks(paragraph) or _only_inner_quotes(paragraph):
        # The quote goes on through it (a page cut off mid-quote); a name's marks inside it
        # («Зенит» стал обладателем Кубка УЕФА) close nothing.
        return len(paragraph) - 1
    for close, opening in (("»", "«"), ("”", "“")):
        if (at := _unmatched_close(paragraph, opening, close)) >= 0:
            return at
    at = paragraph.find('"')
    # (Or one that ends the paragraph after a space: '... by British instructors "'.)
    odd = at > 0 and paragraph.count('"') % 2 == 1
    if odd and (not paragraph[at - 1].isspace() or not paragraph[at + 1 :].strip()):
        return at
    return -1


def _unmatched_close(paragraph: str, opening: str, close: str) -> int:
    """The first closing mark no opening mark before it matches: '... «Они нам ничего не
    сказали»», — сказала Захарова' closes at its second mark, the quote it quotes being
    whole before it (-1: none)."""
    depth = 0
    for at, char in enumerate(paragraph):
        if char == opening:
            depth += 1
        elif char == close:
            if depth == 0:
                return at
            depth -= 1
    return -1


def _masked(paragraph: str, continued: bool) -> str:
    """The paragraph with its quotes blanked (:func:`mask_quotes`); when it closes a quote
    opened in the paragraph before, its words up to that mark are quoted words too (a name
    there, "наш официальный представитель Мария Захарова говорила", is no sayer)."""
    end = _continued_quote_end(paragraph) if continued else -1
    if end < 0:
        return mask_quotes(paragraph)
    return " " * (end + 1) + mask_quotes(paragraph[end + 1 :])


def paragraph_sayers(
    paragraph: str, *, report: bool = False, continued: bool = False
) -> list[Sayer]:
    """Each sentence's sayer (:func:`sentence_sayer`), the paragraph's quotes masked whole
    (``continued``: it opens inside a quote an earlier paragraph left open)."""
    masked = _masked(paragraph, continued)
    spans = _spans(paragraph)
    sayers = [sentence_sayer(paragraph[a:b], masked[a:b], report=report) for a, b in spans]
    cut_end = paragraph[-1:].isalpha() or paragraph.endswith(("…", "..."))
    if spans and sayers[-1] is None and cut_end:
        a, b = spans[-1]
        if (whole := _uncut(paragraph[a:b])) is not None:
            sayers[-1] = sentence_sayer(whole, mask_quotes(whole), report=report)
            if not isinstance(sayers[-1], str):
                sayers[-1] = None  # only a name is sure enough to finish a cut word for
    return sayers


# '..., Kremlin spokesman Dmitry Peskov s', '..., spokeswoman Maria Zakharova sai ...': a
# teaser cut inside the verb of its closing attribution, after a comma and a capitalised name.
_CUT_VERB_RE = re.compile(r",[^,]*[A-ZА-ЯЁ][\w'’-]+\s+(?P<cut>[a-zа-яё]{1,6})\s*(?:\.\.\.|…)?\s*$")
# The verbs such a cut word is the start of, the likelier first.
_CUT_VERBS = (
    "said says stated stressed told noted added заявил заявила сказал сказала отметил "
    "отметила подчеркнул подчеркнула сообщил сообщила добавил добавила".split()
)
# Whole short words that also start a verb of saying: "a visit by Peskov to", "Лавров и".
_NOT_CUT = frozenset("to no so ad за со".split())


def _uncut(sentence: str) -> str | None:
    """A sentence cut inside its closing verb of saying with the verb made whole (and its
    full stop), or None when it is not such a sentence."""
    last = sentence.rstrip(" .…").rsplit(None, 1)[-1:]
    if not last or len(last[0]) > 6 or not last[0].islower():
        return None  # (most paragraphs: no cut word at the end, and no pattern run)
    found = _CUT_VERB_RE.search(sentence)
    if found is None or found.group("cut") in _NOT_CUT:
        return None
    cut = found.group("cut")
    verb = next((v for v in _CUT_VERBS if v.startswith(cut) and v != cut), None)
    return None if verb is None else sentence[: found.start("cut")] + verb + "."


def _closing_sayer(
    paragraph: str, masked: str, spans: list[tuple[int, int]], sayers: list[Sayer], i: int
) -> tuple[Sayer, int]:
    """The sayer of the sentence where the quote around sentence ``i`` closes, if later, and
    that sentence's number (-1: none)."""
    a = spans[i][0]
    for q_start, q_end in quote_spans(paragraph):
        if q_start <= a < q_end or (q_start >= a and q_start < spans[i][1]):
            end = q_end - 1
            for j in range(i + 1, len(spans)):
                if spans[j][0] <= end < spans[j][1]:
                    if sayers[j] is None and paragraph[end + 1 : spans[j][1]].strip() == "":
                        # «... консульство.» — заявил Петров: the quote ends its sentence with
                        # its own full stop; the attribution is the next one, opened by a dash.
                        after = j + 1
                        if after < len(spans) and _DASH_START_RE.match(paragraph, spans[after][0]):
                            return sayers[after], after
                    return sayers[j], j
                if spans[j][0] > end:
                    # The next sentence's attribution is for a quote of its own, if it opens
                    # one («...». «..., – сказал Лавров, – ...»).
                    opens = paragraph[spans[j][0] : spans[j][1]].lstrip()[:1] in _QUOTE_OPEN
                    return (None, -1) if opens else (sayers[j], j)
            return None, -1
    return None, -1


# A sentence that is a quote's attribution opened by a dash ("— заявил Петров.").
_DASH_START_RE = re.compile(r"\s*[–—-]\s*[a-zа-яё]")


def _closing_sentence(spans: list[tuple[int, int]], i: int, end: int) -> int:
    """The number of the sentence after sentence ``i`` that holds the mark at ``end`` (-1:
    none)."""
    return next((j for j in range(i + 1, len(spans)) if spans[j][0] <= end < spans[j][1]), -1)


def _carried_quotes(paragraph: str, spans: list[tuple[int, int]]) -> list[int]:
    """For each sentence that opens inside a quote an earlier sentence of the paragraph
    opened ("Ушаков рассказал ...: «... вперед. | Это нас обнадеживает ...», передает
    ТАСС."), where that quote ends; -1 for the others. Its words are that quote's, whoever
    its closing names (the agency that passed them on is nobody's voice). A name the
    sentence cut split («Газета. | Ru» опубликовала ...) is no quote: the part before the
    sentence has to be as long as speech."""
    if "«" not in paragraph and "“" not in paragraph and '"' not in paragraph:
        return [-1] * len(spans)
    quotes = [(x, y) for x, y in quote_spans(paragraph) if y - x > 1]
    return [
        next(
            (
                y
                for x, y in quotes
                if x < a < y - 1 and len(paragraph[x:a].split()) >= SPEECH_QUOTE_WORDS
            ),
            -1,
        )
        for a, _ in spans
    ]


# A speech's closing attribution after its comma and a dash: "..., – he said.", "..., — заявил
# Лавров." (the verb within a few words of the dash, little after it).
_DASH_ATTRIBUTION_RE = re.compile(
    rf"[,!?…]\s*[–—]\s*(?:[^\W\d_][\w.'’-]*\s+){{0,4}}?(?:{_SAY_WORDS})(?![\w-])[^–—]{{0,60}}$",
    re.IGNORECASE,
)


def _give_back(
    segments: list[Segment], speakers: list[str | None], explicit: list[bool], speaker: str
) -> None:
    """ "Об этом заявила X": the narration just before (this paragraph's, or else the
    previous paragraph's last stretch) was X's."""
    if speakers:
        for i in range(len(speakers) - 1, -1, -1):
            if speakers[i] is not None:
                break
            speakers[i], explicit[i] = speaker, True
    elif segments and segments[-1].speaker is None:
        segments[-1].speaker = speaker


#: A sentence this short inside a paragraph that quotes someone is a dateline or a lead-in
#: ("MOSCOW, January 17. /TASS/."), part of what follows; longer narration is the reporter's.
_LEAD_IN_WORDS = 6


def _names_another(text: str, speaker: str | None) -> bool:
    """Whether Russian ``text`` has another known person in the nominative, as its subject,
    while it names ``speaker`` only in another case ("Такой ляп Захарова не спустила
    Зеленскому с рук": what Zakharova did to him)."""
    if speaker is None or not has_cyrillic(text):
        return False
    forms = known_label_forms()
    subjects: set[str] = set()
    for word in mask_quotes(text).split():
        key = label_key(word).strip(',.;:!?()«»"')
        if (
            word[:1].isupper()
            and key in forms
            and (known := find_known_speaker(key))
            # (Not a name alike in every case: "Керри" may be the object.)
            and surname_cases(key, "f" if key.endswith("а") else "m").count(key) == 1
        ):
            subjects.add(known.name)
    return bool(subjects) and speaker not in subjects


def _fill_narration(speakers: list[str | None], explicit: list[bool], texts: list[str]) -> None:
    """Narration inside a paragraph that quotes someone belongs to the nearest speaker of that
    paragraph when it is a dateline or a short lead-in ("MOSCOW, January 17. /TASS/. ...,
    Lavrov said"), or when it speaks of that speaker ("On the briefing, Zakharova discussed
    transit. - ..., she said"); other narration is the reporter's."""
    named = [i for i, e in enumerate(explicit) if e and speakers[i] is not None]
    if not named:
        return
    # A lead-in says nothing itself: "Asks if the government will help." is someone asking.
    short = [
        len(text.split()) <= _LEAD_IN_WORDS and not _SAY_RE.search(mask_quotes(text))
        for text in texts
    ]
    for i, is_explicit in enumerate(explicit):
        if is_explicit:
            continue
        if i > 0 and speakers[i - 1] is None and _aside(texts[i - 1]):
            # "Ранее Bloomberg опубликовал две стенограммы. Первую — Уиткоффа и Ушакова ...":
            # narration going on with the reporter's background is the reporter's too.
            continue
        before = [j for j in named if j < i]
        at = before[-1] if before else named[0]
        nearest = speakers[at]
        # A lead-in leads into the attribution next to it (other short lead-ins between
        # them at most): "Next question from Interfax. Asks why ..." is not Putin's.
        lead_in = short[i] and all(short[k] for k in range(min(i, at) + 1, max(i, at)))
        # Narration that speaks of the speaker leads into their words or goes straight on
        # from them: after a sentence left the reporter's ("Лавров также провел переговоры
        # ... . Посещение Лаврова Нью-Йорка связано с ..."), it is the reporter's too.
        spoken_of = mentions(texts[i], nearest) > 0 if nearest else False
        if nearest and spoken_of and at < i and not _named_in_nominative(texts[i], nearest):
            # After his words, narration naming him only as a possessor or an object
            # ("Посещение Лаврова Нью-Йорка связано с ...", "Footage of Zakharova's remarks
            # was published ...") is the reporter's background, not more of them.
            spoken_of = False
        if spoken_of and at < i - 1 and any(speakers[k] is None for k in range(at + 1, i)):
            spoken_of = False
        between = range(i + 1, at)
        if (
            spoken_of
            and nearest is not None
            and any(
                not explicit[k] and not short[k] and not mentions(texts[k], nearest)
                for k in between
            )
        ):
            # "В 1967 году, когда Гатилов поступал ..., закончилась война. Ближний Восток
            # бурлил ... «...», — говорит Гатилов": the reporter's background on him, not a
            # lead-in to his words, when other narration stands between.
            spoken_of = False
        if spoken_of and at > i and nearest in _posted_names(texts[i]):
            # "Посол России в Чили Иван Петров дал интервью агентству АНВ. - ..., - сказал
            # дипломат.": the reporter introducing him by post and name, not his words.
            spoken_of = False
        if spoken_of and _names_another(texts[i], nearest):
            # "Такой ляп Захарова не спустила Зеленскому с рук.": narration about what someone
            # else did to the speaker is the reporter's.
            spoken_of = False
        if nearest and (lead_in or spoken_of or _goes_on_retelling(texts, explicit, i)):
            speakers[i] = nearest


# A sentence opening on whose words it retells: "По словам X, ...", "По мнению дипломата, ...",
# "According to X, ...", "In her words, ...".
_ACCORDING_OPENING_RE = re.compile(
    r"^\W*(?:по (?:его |ее |её )?(?:словам|мнению)|according to|in (?:his|her) (?:words|view))"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
# Every match of the pattern above holds one of these (see may_hold).
_ACCORDING_OPENING_ANCHORS = ("словам", "мнению", "according", "words", "view")
# A sentence opening on background or on the reporter's own turn ("Напомним, ...",
# "Meanwhile, ...") goes on with no one's words.
_BACKGROUND_OPENING_RE = re.compile(
    r"^\W*(?:напомним|напомню|между тем|тем временем|в то же время|кроме того|также|"
    r"ранее|прежде|до этого|позднее|позже|затем|потом|"
    r"meanwhile|earlier|previously|before that|later|recall|also|in addition)(?![^\W\d_])",
    re.IGNORECASE,
)


def _goes_on_retelling(texts: list[str], explicit: list[bool], i: int) -> bool:
    """Whether sentence ``i`` only goes on with the retelling just before it, in the same
    paragraph ("По словам Ушакова, существует две возможные причины. Либо кто-то передает
    информацию журналистам, либо имеет место прослушка."): the sentence before names its
    sayer and opens on whose words it retells ("По словам X", "According to X"; after "X
    заявил, что ..." the reporter's own narration goes on as often as the words do); this
    one names no one, says nothing of its own, asks nothing and opens on no background."""
    if i == 0 or not explicit[i - 1]:
        return False
    before, text = texts[i - 1], texts[i]
    if not may_hold(before, _ACCORDING_OPENING_ANCHORS):
        return False
    if not _ACCORDING_OPENING_RE.match(before):
        return False
    if text.rstrip()[-1:] == "?" or _BACKGROUND_OPENING_RE.match(text):
        return False
    return not (_SAY_RE.search(mask_quotes(text)) or _names_someone(text))
