"""The lexicon's ninth pass (the _NINTH_PASS* blocks of retrieval/bilingual_lexicon.py): words
of questions asked across languages and of the pages that no line translated, or translated
only in another sense, both ways; a wording whose stem another word shares stays out.

The two stories are ours, written here: a TASS-style Russian story and an English one.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.bilingual_lexicon import Translations
from retrieval.corpus import load_corpus
from retrieval.search import SearchIndex
from tests.conftest import crossed_terms, first_quote, plain_terms

_RUSSIAN_STORY = """12 апреля 2028, 10:40

Песков: подвижек на переговорах пока нет

МОСКВА, 12 апреля. /ТАСС/. Пресс-секретарь президента России Дмитрий Песков назвал позорным \
бредом публикации о том, что Москва якобы оккупирует соседние земли.

"Это неприятно, но сегодня любая публикация расходится мгновенно. Нечестность некоторых \
изданий видна всем", - сказал Песков журналистам.

По словам Пескова, президент передал коллеге привет и поздравил его с рождением внука.
"""

_ENGLISH_STORY = """April 14, 2028

Ryabkov: the talks in Geneva were frank

GENEVA, April 14. /TASS/. Russian Deputy Foreign Minister Sergey Ryabkov said he was grateful \
to the American envoy for a sincere conversation.

"The probe into the pipeline that was blown up last year is not over, and we still disagree \
on who is to blame," Ryabkov told reporters.

He added that any upgrade of the delegations would need a qualitatively new proposal.
"""


@pytest.mark.parametrize(
    ("english", "russian"),
    [
        ("grandson", "внука"),
        ("grateful", "поблагодарил"),
        ("sincere", "откровенный"),
        ("greetings", "привет"),
        ("occupies", "оккупирует"),
        ("friendliness", "дружелюбие"),
        ("nonsense", "бредом"),
        ("madman", "безумец"),
        ("disgraceful", "позорный"),
        ("disagreement", "несогласие"),
        ("dishonesty", "нечестность"),
        ("requesting", "запрашивать"),
        ("hold", "проведут"),
        ("want", "захотели"),
        ("influx", "поток"),
        ("changes", "переменах"),
        ("qualitatively", "качественно"),
        ("English-speaking", "англоязычный"),
        ("assistant", "помощник"),
        ("headway", "подвижек"),
        ("upgrade", "повышение"),
        ("unpleasant", "неприятно"),
        ("instantly", "мгновенно"),
        ("blown up", "взорвали"),
        ("probe", "расследование"),
        ("moves", "шаги"),
        ("walked out", "покинул"),
        ("envoy", "постпред"),
        ("PR stunt", "пиар-акция"),
        ("fresh", "свежий"),
        ("informed", "проинформировал"),
        ("stressing", "подчеркивая"),
        ("refuted", "опровергла"),
        ("resonance", "резонанс"),
        ("considerations", "соображения"),
        ("smiled", "улыбнулась"),
        ("geographical", "географической"),
        ("transactions", "транзакции"),
        ("obtained", "получил"),
        ("necessity", "необходимость"),
        ("navigation", "навигация"),
        ("mantra", "мантра"),
        ("killer", "убийца"),
        ("intruded", "вторглись"),
        ("aspirations", "устремления"),
        ("deeper", "глубже"),
        ("non-paper", "нон-пейпер"),
        ("unrealistic", "нереалистичный"),
        ("unplanned", "внеплановая"),
        ("torpedoed", "торпедировать"),
        ("threshold", "порог"),
        ("tangible", "ощутимые"),
        ("reputation", "репутацию"),
        ("non-interference", "невмешательства"),
        ("interdependence", "взаимозависимость"),
        ("interdepartmental", "межведомственной"),
        ("eviction", "выселение"),
        ("encroachments", "посягательства"),
        ("eradicate", "искоренить"),
        ("disregard", "пренебрежение"),
        ("buildup", "наращивание"),
        ("avalanche", "лавина"),
        ("assumptions", "предположения"),
        ("unconstitutional", "антиконституционный"),
        ("ambush", "засаду"),
        ("labels", "ярлыки"),
        ("evaded", "уклонился"),
        ("notified", "уведомил"),
        ("man-made", "рукотворный"),
        ("inciting", "разжигание"),
        ("venal", "продажные"),
        ("damaged", "повреждены"),
        ("columnist", "обозреватель"),
        ("disproportionate", "непропорциональный"),
        ("untrue", "неправда"),
        ("misleading", "заблуждение"),
        ("hitch", "заминка"),
        ("long-awaited", "долгожданный"),
        ("worried", "беспокоит"),
        ("capacity", "мощности"),
        ("sales", "продажи"),
    ],
)
def test_the_ninth_pass_crosses_both_ways(table: Translations, english: str, russian: str) -> None:
    assert set(plain_terms(russian, "ru")) & crossed_terms(table, english, "en")
    assert set(plain_terms(english, "en")) & crossed_terms(table, russian, "ru")


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> SearchIndex:
    folder: Path = tmp_path_factory.mktemp("ninth_pass")
    (folder / "2028-04-12_peskov_tass_story_ru.txt").write_text(_RUSSIAN_STORY, encoding="utf-8")
    (folder / "2028-04-14_ryabkov_tass_story_en.txt").write_text(_ENGLISH_STORY, encoding="utf-8")
    return SearchIndex(load_corpus(folder).documents)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Peskov calls the reports disgraceful nonsense", "позорным"),
        ("Peskov: unpleasant, but it spreads instantly", "мгновенно"),
        ("Putin sent greetings and congratulated him on a grandson", "внука"),
        ("Рябков поблагодарил постпреда США за откровенность", "grateful"),
        ("Рябков о расследовании: трубопровод взорвали", "blown up"),
        ("Рябков о повышении уровня делегаций", "upgrade"),
    ],
)
def test_a_question_finds_the_story_in_the_other_language(
    index: SearchIndex, question: str, said: str
) -> None:
    assert said in first_quote(index, question)


def test_a_question_the_stories_do_not_answer_gets_nothing(index: SearchIndex) -> None:
    # A guard, as in the earlier passes: the new lines answer no question off the stories.
    assert not index.search("Peskov on the football World Cup in Qatar").hits
