"""The lexicon's eleventh pass (the _ELEVENTH_PASS* blocks of retrieval/bilingual_lexicon.py):
everyday and news words of questions asked across languages that no line translated (a leave, a
prank, an embryo, barbarity, an annual address), and the words of politics, regions, the economy,
culture, the church, sport and the law around them, both ways; a wording whose stem another common
word shares stays out.

The two stories are ours, written here: a TASS-style Russian story and an English one.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.bilingual_lexicon import Translations
from retrieval.corpus import load_corpus
from retrieval.search import SearchIndex
from tests.conftest import crossed_terms, first_hit, plain_terms, quote_of

_RUSSIAN_STORY = """14 июня 2028, 12:05

Володин: Госдума примет закон о многодетных семьях до конца сессии

МОСКВА, 14 июня. /ТАСС/. Председатель Государственной думы Вячеслав Володин заявил, что \
законопроект о поддержке многодетных семей будет принят до конца весенней сессии.

"Мы дорабатываем документ вместе с правительством, и все поправки будут рассмотрены", - сказал \
Володин журналистам.

"Никакого отпуска до окончания сессии не будет. В послании прозвучал прямой призыв к действию, \
и парламент обязан на него ответить", - продолжил председатель Думы.

Он рассказал и о звонке, который поступил в его приемную накануне. "Это был розыгрыш: пранкеры \
представились сотрудниками Европарламента, а потом жаловались, что их неправильно поняли", - \
отметил он.

Санкции против российских парламентариев Володин назвал средневековьем. "Такое варварство в \
XXI веке - позор для тех, кто называет себя демократами", - подчеркнул спикер.

По его словам, в корреспонденции, которая приходит в Госдуму, много писем от прихожан сельских \
храмов. "Прихожане просят защитить их приходы от закрытия, и мы эти просьбы не оставим без \
ответа", - добавил Володин.

Работу нелегальных коллекторов в ряде регионов он назвал полубандитизмом. "Такие вещи надо \
пресекать в зародыше, а не ждать, пока они станут системой", - заявил председатель Думы.
"""

_ENGLISH_STORY = """June 16, 2028

Zakharova: Moscow expects the Geneva round to go ahead as planned

MOSCOW, June 16. /TASS/. Russian Foreign Ministry Spokeswoman Maria Zakharova said Moscow \
expected the next round of talks in Geneva to go ahead as planned.

"We see no reason to change the schedule, and we are ready for it," Zakharova told a briefing.

"Our negotiating team will wrap up its work in Geneva next week. Whoever made the deepfake that \
spread on Western messaging apps hoped we would be misread, but the screenshots they circulate \
prove nothing," the spokeswoman went on.

She said that hackers had broken into the correspondence of the Russian mission a month \
earlier. "The leaked letters were edited before they were published, and every eyewitness of \
those talks knows it," the diplomat said.

Zakharova also spoke about two Russian reporters held in pretrial detention abroad. "They have \
been on hunger strike for nine days. We demand that they be released on bail at once," she said.

The spokeswoman called the disqualification of Russian athletes from the coming championships \
barbaric. "A sporting body that punishes the athletes of a whole country has forgotten what a \
fair referee is," Zakharova stressed.

She added that the Western media were stirring up anti-Russian sentiment. "Every such \
campaign ends in a scandal for its authors, and this one will be no exception," the diplomat \
said.
"""


@pytest.mark.parametrize(
    ("english", "russian"),
    [
        ("vacation", "отпуска"),
        ("sick leave", "больничный"),
        ("misread", "неправильно поняли"),
        ("caption", "подпись к фото"),
        ("prank", "розыгрыш"),
        ("pranksters", "пранкеры"),
        ("embryo", "зародыше"),
        ("barbarity", "варварство"),
        ("barbaric", "варварские"),
        ("Middle Ages", "средневековьем"),
        ("medieval", "средневековые"),
        ("correspondence", "корреспонденции"),
        ("wrap up", "завершить"),
        ("address", "послании"),
        ("addresses", "посланием"),
        ("negotiating team", "состав делегации"),
        ("semi-banditry", "полубандитизмом"),
        ("eyewitnesses", "очевидцы"),
        ("deepfake", "дипфейк"),
        ("screenshots", "скриншоты"),
        ("whistleblower", "разоблачитель"),
        ("leaked", "слили"),
        ("hunger strike", "голодовку"),
        ("treachery", "вероломство"),
        ("shoulder to shoulder", "плечом к плечу"),
        ("sentiment", "настроения"),
        ("scandals", "скандалы"),
        ("irreversible", "необратимые"),
        ("parishioners", "прихожане"),
        ("clergy", "священнослужители"),
        ("pilgrims", "паломники"),
        ("liturgy", "литургии"),
        ("autocephaly", "автокефалия"),
        ("referee", "арбитр"),
        ("disqualification", "дисквалификация"),
        ("footballers", "футболисты"),
        ("single-mandate", "одномандатный"),
        ("quorum", "кворума"),
        ("polling stations", "избирательные участки"),
        ("impeachment", "импичмента"),
        ("plenipotentiary", "полпред"),
        ("oblast", "области"),
        ("taxpayers", "налогоплательщики"),
        ("bankruptcy", "банкротство"),
        ("shareholders", "акционеры"),
        ("stagnation", "стагнация"),
        ("plaintiff", "истца"),
        ("pretrial detention", "сизо"),
        ("bail", "залог"),
        ("amnesty", "амнистии"),
        ("interrogated", "допросили"),
        ("embezzlement", "растрата"),
        ("arson", "поджоги"),
        ("statute of limitations", "срок давности"),
        ("kickbacks", "откаты"),
        ("defamation", "клевета"),
    ],
)
def test_the_eleventh_pass_crosses_both_ways(
    table: Translations, english: str, russian: str
) -> None:
    assert set(plain_terms(russian, "ru")) & crossed_terms(table, english, "en")
    assert set(plain_terms(english, "en")) & crossed_terms(table, russian, "ru")


@pytest.mark.parametrize(
    ("english", "russian"),
    [
        # «усталость» stems as «уста» (as «устава», a charter's): only «утомлены» is the line's.
        ("fatigue", "устава"),
        # «молиться» stems as «мол» (the reporting «мол»): prayers have no verb here.
        ("pray", "мол"),
        # «мощи» (relics) stems as «мощь» (might): only «святыни».
        ("relics", "мощь"),
        # «совершенно» stems as «совершить» (to commit): "totally" keeps its old lines.
        ("totally", "совершить"),
        # «сель» (a mudflow) stems as «село» and «сел»: only «оползень».
        ("mudslide", "село"),
        # "defendant" stems as "defend": «ответчик» has no English line here.
        ("defend", "ответчик"),
        # "apartment" stems as "apart": «квартира» gets no line from it.
        ("apart", "квартира"),
    ],
)
def test_a_left_out_wording_does_not_cross(table: Translations, english: str, russian: str) -> None:
    assert not set(plain_terms(russian, "ru")) & crossed_terms(table, english, "en")


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> SearchIndex:
    folder: Path = tmp_path_factory.mktemp("eleventh_pass")
    (folder / "2028-06-14_volodin_tass_story_ru.txt").write_text(_RUSSIAN_STORY, encoding="utf-8")
    (folder / "2028-06-16_zakharova_tass_story_en.txt").write_text(_ENGLISH_STORY, encoding="utf-8")
    return SearchIndex(load_corpus(folder).documents)


@pytest.mark.parametrize(
    ("question", "speaker", "said"),
    [
        ("Volodin: no vacations", "Vyacheslav Volodin", "отпуска"),
        ("Volodin on the address", "Vyacheslav Volodin", "послании"),
        ("Volodin: it was a prank, the pranksters were misread", "Vyacheslav Volodin", "розыгрыш"),
        ("Volodin speaks of barbarity", "Vyacheslav Volodin", "варварство"),
        ("Volodin on letters from parishioners", "Vyacheslav Volodin", "Прихожане"),
        ("Volodin on semi-banditry to be nipped in the embryo", "Vyacheslav Volodin", "зародыше"),
        ("Захарова о переговорной группе и дипфейке", "Maria Zakharova", "negotiating team"),
        ("Захарова: переписку слили, очевидцы знают", "Maria Zakharova", "leaked letters"),
        ("Захарова о голодовке журналистов", "Maria Zakharova", "hunger strike"),
        ("Захарова об арбитрах", "Maria Zakharova", "referee"),
        ("Захарова: скандалы и антироссийские настроения", "Maria Zakharova", "sentiment"),
    ],
)
def test_a_question_finds_the_story_in_the_other_language(
    index: SearchIndex, question: str, speaker: str, said: str
) -> None:
    top = first_hit(index, question)
    assert said in quote_of(top)
    assert top.passage.speaker == speaker


def test_a_question_the_stories_do_not_answer_gets_nothing(index: SearchIndex) -> None:
    # A guard, as in the earlier passes: the new lines answer no question off the stories.
    assert not index.search("Volodin on the weather in Sochi and its beaches").hits
