"""Related words of this domain, so a question phrased unlike the passage still finds it.

A journalist writes *trip* where the minister said *visit*, *ties* for *relations*, *military
spending* for *defence budget*, *поездка* for *визит*. Each line of :data:`RELATED_WORDS` is one
group of words that stand in for each other in statements on foreign policy; every word of a group
is related to all the others. The search adds a question word's related words to the query with
less weight than the word itself (:mod:`retrieval.search`), and a passage that says a related word
covers the question's word in part.

The groups are general vocabulary of diplomacy, security, economy and the press, in English and in
Russian, not words picked for particular questions. Add groups freely; keep each to words a
reader would accept as "saying the same thing" in a news summary. Different languages are not
mixed here: names across languages belong to :mod:`retrieval.aliases`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Final

from retrieval.tokenizer import Analyzer

__all__ = ["RELATED_WORDS", "RelatedTerms"]

#: Groups of related words, one group per line (English first, then Russian).
RELATED_WORDS: Final[tuple[tuple[str, ...], ...]] = tuple(
    tuple(line.split())
    for line in """
    visit trip travel tour journey
    relations relationship ties
    contact contacts dialogue
    country state nation
    member membership participant
    spending expenditure budget expenses
    military defence defense army
    reporter reporters journalist journalists correspondent press media
    talks negotiations consultations
    conversation discussion
    war warfare hostilities fighting conflict
    agreement deal accord treaty pact
    sanction sanctions restrictions embargo
    threat danger risk menace
    support back endorse backing
    ceasefire truce armistice
    election elections vote ballot
    crisis downturn recession
    growth increase rise
    unemployment jobless unemployed
    pension pensions pensioner pensioners retirement
    harvest crop crops
    ship vessel freighter tanker
    plane aircraft airliner
    weapon weapons arms armaments weaponry
    nuclear atomic
    missile missiles rocket rockets
    troops soldiers forces servicemen
    attack strike assault raid
    killing murder assassination
    investigation inquiry probe
    accusation accusations allegation allegations charges
    evidence proof
    lie lies falsehood fake disinformation propaganda
    meeting summit
    leader head
    envoy ambassador representative
    embassy consulate mission
    expel expulsion expelled
    border frontier
    refugee refugees migrant migrants
    terrorism terrorist terrorists extremism
    trade commerce
    price prices cost costs
    money funds funding finance financing
    aid assistance
    cooperation collaboration partnership
    mediation mediator intermediary
    court tribunal
    ruling verdict judgment
    prisoner prisoners detainee detainees captive
    exchange swap
    shelling bombing bombardment
    civilian civilians population
    pandemic epidemic coronavirus covid
    food grain wheat
    fertilizer fertilizers fertiliser fertilisers
    investor investors investment investments
    company companies firm firms
    currency dollar ruble rouble
    speech address monologue
    criticism criticise criticize
    condemn condemned denounce denounced
    warn warned warning
    demand demands require requirement
    refuse refused reject rejected refusal
    promise promised pledge pledged vow
    protest protests demonstration demonstrations rally
    opposition opponents
    government cabinet authorities administration
    parliament legislature duma congress
    west western
    east eastern
    spy spies espionage intelligence
    independence sovereignty
    goal aim objective
    problem problems difficulty difficulties challenge challenges
    result results outcome
    long lengthy
    big large major
    beforehand advance

    визит поездка турне
    отношения связи
    контакт контакты диалог
    страна государство
    член участник
    расходы бюджет траты затраты
    военный оборонный армия
    журналист журналисты корреспондент репортер пресса сми
    переговоры консультации
    беседа разговор
    война конфликт
    соглашение договор сделка договоренность
    санкции ограничения эмбарго
    угроза опасность риск
    поддержка поддержать поддерживать
    перемирие прекращение
    выборы голосование
    кризис спад
    рост увеличение
    безработица безработные
    пенсия пенсии пенсионер пенсионеры
    урожай
    корабль судно
    самолет лайнер
    оружие вооружение вооружения
    ядерный атомный
    ракета ракеты
    войска военнослужащие солдаты
    нападение удар атака
    убийство
    расследование
    обвинение обвинения
    доказательства доказательство
    ложь фейк дезинформация пропаганда
    встреча саммит
    лидер глава
    посол дипломат представитель
    посольство консульство
    высылка выслать
    граница
    беженцы мигранты
    терроризм террористы экстремизм
    торговля
    цена цены стоимость
    деньги средства финансирование
    помощь содействие
    сотрудничество партнерство
    урегулирование
    посредничество посредник
    суд трибунал
    приговор вердикт
    заключенный заключенные пленный пленные
    обмен
    обстрел обстрелы бомбардировка
    население жители
    пандемия эпидемия коронавирус
    зерно пшеница продовольствие
    удобрения
    инвестиции инвесторы
    компания компании фирма
    валюта доллар рубль
    выступление речь
    критика критиковать
    осудить осуждать осуждение
    предупредить предупреждение
    требовать требование
    отказ отказаться отвергнуть
    обещать обещание
    протест протесты акция митинг
    оппозиция
    правительство власти администрация
    парламент дума
    запад западный
    восток восточный
    шпионаж разведка
    независимость суверенитет
    цель задача
    проблема трудность
    результат итог итоги
    долгий длинный
    большой крупный
    """.strip().splitlines()
    if line.strip()
)


class RelatedTerms(Mapping[str, tuple[str, ...]]):
    """Index term -> the terms of its related words, built with the search's own analyzer.

    Args:
        analyzer: The analyzer the index uses, so related terms meet indexed terms.
        groups: Groups of related words (default: :data:`RELATED_WORDS`).
    """

    def __init__(
        self, analyzer: Analyzer, groups: tuple[tuple[str, ...], ...] = RELATED_WORDS
    ) -> None:
        related: dict[str, dict[str, None]] = {}
        for group in groups:
            terms = [t for word in group for t in analyzer.terms(word) if not t.startswith("#")]
            unique = list(dict.fromkeys(terms))
            for term in unique:
                others = related.setdefault(term, {})
                others.update(dict.fromkeys(t for t in unique if t != term))
        self._related = {term: tuple(others) for term, others in related.items() if others}

    def __getitem__(self, term: str) -> tuple[str, ...]:
        return self._related[term]

    def __iter__(self) -> Iterator[str]:
        return iter(self._related)

    def __len__(self) -> int:
        return len(self._related)
