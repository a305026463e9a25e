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
    presidency chairmanship
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
    warn warned warning signal signals
    demand demands require requirement
    refuse refused reject rejected refusal
    promise promised pledge pledged vow
    protest protests demonstration demonstrations rally
    opposition opponents
    government cabinet authorities administration
    parliament legislature duma congress
    west western
    muslim muslims islamic
    shrine sanctuary
    east eastern
    spy spies espionage intelligence
    independence sovereignty
    goal aim objective
    problem problems difficulty difficulties challenge challenges
    result results outcome
    long lengthy
    partly partially partial
    working functioning operating operational
    big large major
    beforehand advance
    decide decided decision decisions
    agree agreed agreement agreements
    invade invaded invasion
    explanation explain explained
    describe described description
    threaten threatened threat threats
    respond responded response
    produce produced production producer output
    recognise recognize recognised recognized recognition
    fail failed failure
    suspend suspended suspension
    extend extended extension prolong prolongation
    expand expanded expansion enlargement enlarge
    deliver delivered delivery deliveries supplies supply
    destroy destroyed destruction
    invite invited invitation
    appoint appointed appointment
    arrest arrested detention detained
    release released freed
    withdraw withdrew withdrawal pullout
    deploy deployed deployment stationing
    violate violated violation violations breach
    comply compliance implement implemented implementation fulfil fulfilled carry carried abide
    cancel cancelled canceled cancellation scrap
    postpone postponed delay delayed
    resume resumed resumption restore restored
    sign signed signing
    ratify ratified ratification
    publish published publication disclose
    ban banned prohibition prohibit
    boycott boycotted
    veto vetoed
    resign resigned resignation
    elect elected
    vote voted voting referendum
    recover recovered recovery
    decline declined fall fell drop dropped shrink shrank
    harm damage damaged losses
    victim victims casualties dead killed
    wounded injured
    hostage hostages
    dialogue contacts communication
    partner partners ally allies
    neighbour neighbor neighbours neighbors neighbouring neighboring
    opponent opponents adversary adversaries rival rivals
    enemy enemies foe
    provocation provocations provoke
    escalation escalate escalated
    settlement resolution solution
    stability stable
    security safety
    territory territories land lands
    region regions regional
    capital capitals
    citizen citizens nationals compatriots
    diplomat diplomats diplomatic
    minister ministers
    president presidents leader
    prime premier
    spokesman spokeswoman spokesperson
    statement statements remark remarks comment comments
    interview interviews
    conference presser briefing
    talk talks conversation
    phone telephone call
    letter message
    report reports
    poll survey
    economy economic economies
    inflation prices
    oil crude petroleum
    gas pipeline
    energy power electricity
    export exports exporter
    import imports importer
    tariff tariffs duties
    debt debts loan loans credit
    bank banks
    reserve reserves assets
    freeze frozen seize seized confiscation confiscate
    tax taxes taxation
    salary salaries wages wage pay
    school schools education students
    hospital hospitals healthcare medicine medical clinic clinics
    vaccine vaccines vaccination
    church religion religious faith
    language languages
    history historical past
    memory memorial monument monuments
    culture cultural
    sport sports athletes olympic olympics
    film films cinema movie movies
    book books
    football soccer
    climate warming
    environment environmental ecology
    space cosmos
    internet online web
    cyber cyberattack hackers hacking
    children child kids
    family families
    holiday holidays celebration celebrate
    anniversary jubilee
    birthday
    start started begin began launch launched initiate initiated initiator
    deny denied denial refute refuted dismiss dismissed rebuff rebuffed
    wide wider broad broader
    worsen worsened deteriorate deteriorated deterioration cooling chill
    improve improved improvement
    devastating destructive crushing
    miscalculate miscalculation misjudge misjudged underestimate underestimated
    mistake mistakes error errors
    welcome welcomed praise praised hail hailed
    ready readiness willing willingness
    talks dialogue
    harsh severe tough strict stringent
    punishment penalty sentence
    consequences repercussions implications fallout
    principles rules norms
    pivot turn shift reorientation
    tension tensions strain friction
    blame fault guilt culpability
    main central key principal primary
    subject topic theme
    discussion discussions debate deliberations
    nature character

    визит поездка турне
    главный основной центральный ключевой
    тема предмет
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
    решить решать решение решения
    согласиться соглашаться согласие
    вторгнуться вторжение
    объяснить объяснять объяснение
    описать описывать описание
    угрожать пригрозить угроза угрозы
    отвечать отвечает ответные
    производить производство производитель
    признать признавать признание
    провалиться провал неудача неудачный
    приостановить приостанавливать приостановка
    продлить продлевать продление
    расширить расширять расширение
    поставить поставлять поставки поставка
    уничтожить уничтожать уничтожение
    пригласить приглашать приглашение
    назначить назначать назначение
    арестовать арест задержать задержание
    освободить освобождать освобождение
    вывести выводить вывод отвод
    разместить размещать размещение
    нарушить нарушать нарушение нарушения
    выполнить выполнять выполнение исполнение исполнять соблюдать соблюдение
    отменить отменять отмена
    отложить откладывать перенести перенос
    возобновить возобновлять возобновление восстановить восстановление
    подписать подписывать подписание
    ратифицировать ратификация
    опубликовать публиковать публикация обнародовать
    запретить запрещать запрет
    бойкотировать бойкот
    вето
    уйти отставка
    избрать избирать избрание
    голосовать голосование референдум
    восстановление оживление
    снижение падение спад сокращение
    ущерб урон потери
    жертвы погибшие убитые
    раненые пострадавшие
    заложник заложники
    партнер партнеры союзник союзники
    сосед соседи соседний соседние
    противник противники оппонент соперник
    враг враги
    провокация провокации
    эскалация обострение
    стабильность
    безопасность
    территория территории земли
    регион регионы региональный
    гражданин граждане соотечественники
    дипломат дипломаты дипломатический
    министр министры
    президент лидер
    премьер премьер-министр
    интервью
    пресс-конференция брифинг
    переговоры беседа разговор
    телефонный звонок
    письмо послание
    доклад отчет
    опрос
    экономика экономический
    инфляция цены
    нефть нефтяной
    газ газопровод
    энергетика энергия электроэнергия
    экспорт вывоз
    импорт ввоз
    пошлины тарифы
    долг долги кредит кредиты заем
    банк банки
    резервы активы
    заморозить заморозка изъять изъятие конфискация
    налог налоги
    зарплата зарплаты заработная
    школа школы образование студенты
    больница больницы здравоохранение медицина
    вакцина вакцины вакцинация прививка
    церковь религия вера
    язык языки
    история исторический прошлое
    память памятник памятники мемориал
    культура культурный
    спорт спортсмены олимпиада олимпийский
    фильм фильмы кино
    книга книги
    футбол
    климат потепление
    экология экологический
    космос космический
    интернет
    кибератака хакеры
    дети ребенок
    семья семьи
    праздник праздники торжество
    годовщина юбилей
    урожай неурожай
    начать начало начинать запустить запуск
    отрицать опровергнуть опровержение
    широкий широкая широкое расширенный
    ухудшение ухудшить ухудшились охлаждение
    улучшение улучшить улучшились
    разрушительный сокрушительный
    ошибка ошибки просчет
    приветствовать приветствует одобрить одобряет
    готов готовы готовность
    переговоры диалог
    request requests application bid appeal petition
    remain stay
    reason reasons cause causes
    expert experts analyst analysts pundit pundits commentator commentators
    tragedy disaster catastrophe
    deliberate conscious intentional
    просьба просьбу заявка заявку запрос ходатайство
    причина причины
    эксперт эксперты аналитик аналитики комментатор комментаторы
    трагедия катастрофа
    rumour rumours rumor rumors gossip
    illness disease sickness ailment
    слухи слух сплетни домыслы
    болезнь болезни недуг
    trouble troubles problem problems
    settle settled solve solved resolve resolved settlement resolution solution
    help helped helping assist assisted contribute contributed contribution
    change changes changed transformation transform transformed shift
    important importance crucial significant significance key
    difficult hard tough complicated uneasy
    concern concerns concerned worry worried fear fears alarm
    strengthen strengthened strengthening bolster boost reinforce
    weaken weakened weakening undermine undermined erode
    lift lifted lifting ease eased easing remove removed
    impose imposed imposing introduce introduced
    joint common shared
    huge enormous massive vast immense
    friend friends friendly friendship
    unclear vague obscure incomprehensible
    blame blamed fault responsible responsibility
    помочь помогать помощь содействовать содействие вклад
    изменение изменения перемены трансформация
    важный важно ключевой значимый существенный
    трудный сложный непростой тяжелый
    опасение опасения беспокойство обеспокоенность тревога
    укрепить укрепление усилить усиление
    ослабить ослабление подорвать подрыв
    снять снятие отменить отмена смягчить смягчение
    ввести введение наложить
    совместный совместно общий
    огромный громадный колоссальный масштабный
    дружба дружеский дружественный
    вина виноват ответственность ответственный
    суровый строгий жесткий жёсткий
    наказание приговор
    последствия последствие
    принципы правила нормы
    поворот разворот переориентация
    напряженность напряжённость трения
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
