"""Stop words for English and Russian: function words and the words of asking.

Two kinds per language:

* ``*_STOP_WORDS`` are matched on the lower-cased surface form of a word (``ё`` already folded
  to ``е``, curly apostrophes already straight). They list every inflected form that should go,
  because their stems often collide with topic words: "concerning" stems to "concern", "stated"
  to "state", "после" (after) to the stem of "послы" (ambassadors), "среди" (among) to that of
  "среда" (environment).
* ``*_STEM_STOP_SEEDS`` are words whose *stem* is a stop stem too, so that any inflection goes:
  "say", "says", "saying"; "мнение", "мнения", "мнению". Only words whose stems are known not to
  collide with topic words are seeds (the analyzer stems them with its own stemmer).

Topic words stay, even frequent ones: "Russia", "state", "talks", "relations", "May" (the month),
"мир", "год". Speaker names are not stop words either: the query parser decides what is a name.
"""

from __future__ import annotations

from typing import Final

from retrieval.passages import Language

__all__ = [
    "EN_STEM_STOP_SEEDS",
    "EN_STOP_WORDS",
    "RU_STEM_STOP_SEEDS",
    "RU_STOP_WORDS",
    "STEM_STOP_SEEDS",
    "STOP_WORDS",
    "is_stop_surface",
]


def _words(text: str) -> frozenset[str]:
    # Lists are written naturally; the analyzer folds ё to е before it looks words up.
    return frozenset(text.replace("ё", "е").split())


#: Verbs and nouns of asking and telling whose every inflection carries no topic.
EN_STEM_STOP_SEEDS: Final[frozenset[str]] = _words(
    """
    say tell think comment mention remark opinion view answer ask speak believe please
    regard thing question explain
    """
)

EN_STOP_WORDS: Final[frozenset[str]] = EN_STEM_STOP_SEEDS | _words(
    """
    a an the and or but nor if then else so than that this these those there here where when
    whenever wherever while whilst whether which who whom whose what why how whatever whichever
    whoever however

    i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his
    himself she her hers herself it its itself they them their theirs themselves one oneself
    someone somebody something anyone anybody anything everyone everybody everything no-one
    nobody nothing

    am is are was were be been being have has had having do does did doing done will would
    shall should can could cannot might must ought get gets got getting let lets

    it's that's what's who's where's there's here's how's let's don't doesn't didn't isn't
    aren't wasn't weren't won't wouldn't can't couldn't shouldn't mustn't haven't hasn't
    hadn't i'm i've i'd i'll we're we've we'd we'll you're you've you'd you'll they're
    they've they'd they'll he's she's he'd she'd he'll she'll

    of in on at to from by for with without within about above below under over into onto
    upon through throughout during before after since until till against among amongst
    between across along around behind beyond despite toward towards via per off out up down
    near except besides unlike like regarding concerning re vis-a-vis

    not no yes very too also just only even still yet already again ever never always often
    sometimes quite rather really perhaps maybe indeed however therefore thus hence moreover
    furthermore although though because unless as such same other others another each every
    all any both either neither some many much more most few less least several own well now
    then once twice etc ok okay

    says said saying tells told telling thinks thought thinking comments commented
    commenting mentions mentioned mentioning remarks remarked opinions views viewed answers
    answered answering asks asked asking speaks spoke spoken speaking believes believed
    believing pleased regards regarded regarding things questions questioned questioning
    talked talking stated stating position positions according

    mr mrs ms dr sir madam http https www
    """
)

#: Russian verbs and nouns of asking and telling whose inflections all go.
RU_STEM_STOP_SEEDS: Final[frozenset[str]] = _words(
    """
    сказать говорить мнение комментарий вопрос ответ позиция считать отметить
    """
)

RU_STOP_WORDS: Final[frozenset[str]] = RU_STEM_STOP_SEEDS | _words(
    """
    и а но или либо да нет не ни же ли бы ведь вот ну уж то тоже также причем зато однако
    хотя если когда пока чтобы чтоб будто словно как так что чем где куда откуда зачем почему
    отчего кто кого кому ком кем чего чему какой какая какое какие каких каким какими какую каков
    какова каково каковы сколько насколько разве неужели

    я меня мне мной мною мы нас нам нами ты тебя тебе тобой вы вас вам вами он его него ему
    нему им ним она ее её нее неё ей ней ею нею оно они их них ими ними себя себе собой
    мой моя мое моё мои моего моей моих моим моими мою наш наша наше наши нашего нашей наших
    нашим нашими нашу нашем ваш ваша ваше ваши вашего вашей ваших вашим вашими вашу вашем
    свой своя свое своё свои своего своей своих своим своими свою своем своём

    этот эта это эти этого этой этих этим этими эту этом тот та те того той тех тому тем теми
    ту том такой такая такое такие такого таких таким такими такую таком
    который которая которое которые которого которой которых которому которым которыми
    которую котором весь вся всё все всего всей всех всему всем всеми всю всём сам сама само
    сами самого самой самих самому самим самими саму самом

    в во на с со к ко у о об обо от ото из изо до по за под подо над надо при про для без
    через после перед передо между среди около вокруг против ради вместо кроме вне сквозь
    вдоль мимо внутри возле из-за из-под по-прежнему

    быть был была было были буду будешь будет будем будете будут есть являться является
    являются мочь может могут можно могу можем нужно надо должен должна должно должны

    очень более менее много мало еще ещё уже всегда никогда иногда сейчас теперь тогда потом
    затем здесь тут там вообще конечно именно лишь только даже опять снова вдруг почти
    весьма довольно слишком совсем столь настолько вполне например кстати впрочем итак
    поэтому потому вроде пожалуйста спасибо один одна одно одни

    что-то кто-то как-то где-то какой-то какая-то какое-то какие-то чем-то кого-то чего-то
    что-нибудь кто-нибудь что-либо кто-либо нибудь

    сказал сказала сказали сказано скажите скажу говорил говорила говорили говорит говорят
    говорю заявил заявила заявили заявлял заявляла заявляли заявляет заявить отметил
    отметила отметили отмечал отмечает думаю думает думаете думают думал думала думали
    спросил спросила спросили спрашивал спрашивала спрашивают спросить
    комментировать комментирует комментируете комментировал комментировала комментировали
    прокомментировать прокомментируйте прокомментируете прокомментирует прокомментировал
    прокомментировала прокомментировали расскажите расскажете рассказал рассказала
    рассказали ответьте скажете
    мнение мнения мнению мнении позиция позиции позицию поводу касается касательно
    относительно отношении насчет насчёт тема теме тему темы словам
    """
)

#: Surface stop words per language.
STOP_WORDS: Final[dict[Language, frozenset[str]]] = {"en": EN_STOP_WORDS, "ru": RU_STOP_WORDS}
#: Words whose stems are stop stems per language.
STEM_STOP_SEEDS: Final[dict[Language, frozenset[str]]] = {
    "en": EN_STEM_STOP_SEEDS,
    "ru": RU_STEM_STOP_SEEDS,
}


def is_stop_surface(word: str, language: Language) -> bool:
    """Whether a lower-cased surface form is a stop word in ``language``.

    Args:
        word: One word, lower-cased, with ``ё`` folded to ``е`` and straight apostrophes.
        language: ``"en"`` or ``"ru"``.

    Returns:
        True for a listed word, and for an English word whose possessive ``'s`` leaves one.
    """
    words = STOP_WORDS[language]
    if word in words:
        return True
    return language == "en" and word.endswith("'s") and word[:-2] in words
