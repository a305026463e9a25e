"""Verbs of saying, the words a news story gives someone's words with.

"said", "stressed", "according to", «заявил», «по мнению», «подчеркнув»: English and Russian,
each Russian verb in every gender and number, grouped into the one pattern (:data:`_SAY_RE`)
that every rule of reported speech reads.
"""

from __future__ import annotations

import re

from retrieval.patterns import first_letter_alternation, top_level_alternatives

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
# Words of manner between a comma and a verb of going on or summing up: «..., с иронией
# подытожила Захарова».
_MANNER_WORDS = (
    "с иронией", "иронично", "с сарказмом", "саркастично", "с усмешкой", "коротко", "кратко",
    "жестко", "жёстко",
)  # fmt: skip
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
    # ("made it very clear", "made it quite clear": an adverb before "clear".)
    "voiced|made it (?:very |quite |perfectly |abundantly |absolutely )?clear|specified|"
    "spoke out|drew attention|was sure|was convinced|summed up|"
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
    # '..., noting, "..."', 'stating: "..."': a participle of saying right before a quote, or
    # before a colon closing the line, a few words of where it was said between ('...,
    # stating on Telegram:' over the quote's paragraph).
    'noting(?=\\s*[,:]?\\s*["“«]|(?:\\s+[^\\s:"“«]+){0,4}\\s*:\\s*$)|'
    'stating(?=\\s*[,:]?\\s*["“«]|(?:\\s+[^\\s:"“«]+){0,4}\\s*:\\s*$)|'
    'adding(?=\\s*[,:]?\\s*["“«]|(?:\\s+[^\\s:"“«]+){0,4}\\s*:\\s*$)|'
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
    + "".join(
        f'concluded(?<=["”\\s]\\s[A-Z][a-z]{{{n}}} concluded)(?=[.!,])|' for n in range(2, 14)
    )
    # ... and the second part of a double surname ('"...," Botsan-Kharchenko concluded.').
    + "".join(f"concluded(?<=[a-z]-[A-Z][a-z]{{{n}}} concluded)(?=[.!,])|" for n in range(2, 14))
    # '"...," Medvedev continues.', '"...," he continues.': going on, right after a surname
    # or a pronoun at the sentence's end ("The fighting continues." says nothing).
    + "".join(rf'continues(?<=["”\s]\s[A-Z][a-z]{{{n}}} continues)(?=[.!])|' for n in range(2, 14))
    + r"continues(?<=\she continues)(?=[.!,])|continues(?<=\sshe continues)(?=[.!,])|"
    # '"...," states Lavrov, reports the agency.': the verb right after the quote's comma, its
    # subject after it ("the United States", "the States" are no verb there).
    r'states(?<=[,"”»\s]\sstates)(?=\s+(?-i:[A-Z]))|'
    # '"...," the official spokesman for the Russian Foreign Ministry concluded.': so after
    # an official's post.
     + "".join(f"concluded(?<={post} concluded)(?=[.!])|" for post in _CONCLUDING_POSTS) +
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
    # ... and so with a word of manner between ("..., с иронией подытожила Захарова").
    + "|".join(
        f"{verb}(?<=[,–—-]\\s{manner}\\s{verb})(?:а|и)?"
        for verb in ("продолжил", "заключил", "подытожил", "отрезал")
        for manner in _MANNER_WORDS
    )
    + "|"
    # '"Валерий Васильевич, ...", - обратился Путин к Герасимову', '"...", - отреагировал
    # президент': addressing someone with the words just quoted, reacting with them, only
    # right after a quote's dash ("обратился в суд", "рынок отреагировал" say nothing).
    "обратил(?<=[–—-]\\sобратил)(?:ся|ась|ись)|"
    "отреагировал(?<=[–—-]\\sотреагировал)(?:а|и)?|"
    # «Так на критику дипломата отреагировала Мария Захарова»: reacting thus is saying what
    # was just quoted (the words before the verb are part of the match, as with «заявление
    # ... сделал»).
    'так(?:\\s+на\\s+[^\\s.!?«»"]+(?:\\s+[^\\s.!?«»"]+){0,4}?)?\\s+отреагировал(?:а|и)?|'
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
