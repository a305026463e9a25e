"""Common words of this domain in English and Russian, so a question meets a page in the other one.

Journalists ask in one language about a page in the other: "What did Ryabkov say about the
consultative commission?" about a Russian page that says «заседание двусторонней консультативной
комиссии», «Захарова о санкциях» about an English briefing on sanctions. Names already cross
(:mod:`retrieval.names`, :mod:`retrieval.places`, the concepts of :mod:`retrieval.aliases`);
this table does the same for the everyday content words of diplomacy, security, politics, the
economy and the press. Each line pairs English words with the Russian words that translate them
(``sanction sanctions = санкции санкционный``): the analyzer stems both sides, so any form of a
word meets any form of its translation, and every English term of a line meets every Russian term
of it (and back). A form is listed only where the stemmer would not join it to another one
(``перенести перенесли``, ``choose chose``).

The search adds a question word's translations to the query with less weight than the word
itself, and a passage that says a translation covers the word in part
(:mod:`retrieval.search`); on a page in the question's own language the translations find
nothing, so they matter only across languages. Keep each line to words a bilingual reader would
accept as the same idea in a news summary; a word with several unrelated senses (``мир`` is both
*peace* and *world*) may stand on several lines, since a stem cannot tell the senses apart.
Synonyms within one language belong to :mod:`retrieval.related_words`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Final

from retrieval.passages import Language
from retrieval.tokenizer import Analyzer

__all__ = ["BILINGUAL_WORDS", "CrossTerms"]

#: One idea per line: English words, ``=``, the Russian words that translate them.
BILINGUAL_WORDS: Final[tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]] = tuple(
    (tuple(english.split()), tuple(russian.split()))
    for line in """
    diplomat diplomats diplomatic = дипломат дипломаты дипломатический
    diplomacy = дипломатия
    embassy embassies = посольство посольства
    consulate consular = консульство консульский
    ambassador ambassadors envoy = посол послы посланник
    mission = миссия постпредство представительство
    representative representatives = представитель представители
    delegation delegations = делегация делегации
    minister ministers = министр министры
    ministry ministries = министерство министерства ведомство
    foreign = иностранный зарубежный внешний
    spokeswoman spokesman spokesperson = пресс-секретарь секретарь
    kremlin = кремль кремлевский
    duma = дума
    visit visits visited trip = визит визиты поездка посетить посетил
    travel travelled traveled = поездка ездить поехать
    talks negotiations negotiate negotiating = переговоры переговорный
    consultations consult = консультации консультироваться
    meeting meetings met meet = встреча встречи встретиться встретился заседание
    summit summits = саммит встреча
    agreement agreements accord deal = соглашение соглашения договоренность договоренности сделка
    treaty treaties = договор договоры
    memorandum = меморандум
    declaration declarations = декларация заявление
    statement statements = заявление заявления
    resolution resolutions = резолюция резолюции
    veto vetoed = вето
    vote votes voted voting = голосование голосовать проголосовать проголосовали голос
    council = совет
    assembly = ассамблея собрание
    organisation organization organisations organizations = организация организации
    commission = комиссия
    committee = комитет
    session sessions = сессия заседание
    forum = форум
    conference conferences = конференция
    briefing briefings = брифинг
    interview interviews = интервью
    journalist journalists reporter reporters = журналист журналисты репортер корреспондент
    correspondent correspondents = корреспондент корреспонденты журналист
    media press = сми пресса медиа
    newspaper newspapers = газета газеты
    television tv = телевидение телевизор телеканал
    channel channels = канал каналы телеканал
    radio = радио
    relations relationship ties = отношения связи
    cooperation cooperate = сотрудничество сотрудничать
    partnership partner partners = партнерство партнер партнеры
    dialogue = диалог
    contact contacts = контакт контакты
    ally allies alliance = союзник союзники союз альянс
    bloc = блок
    neighbour neighbor neighbours neighbors neighbouring neighboring = сосед соседи соседний
    recognition recognise recognize recognised recognized = признание признать признал признавать
    sovereignty sovereign = суверенитет суверенный
    independence independent = независимость независимый
    territory territories territorial = территория территории территориальный
    border borders frontier = граница границы пограничный пограничники
    integrity = целостность
    security = безопасность
    stability stable = стабильность стабильный
    crisis crises = кризис
    settlement settle = урегулирование урегулировать
    mediation mediator mediate = посредничество посредник
    initiative initiatives = инициатива инициативы
    proposal proposals propose proposed = предложение предложения предложить предложил
    plan plans planned = план планы планировать
    approach approaches = подход подходы
    interest interests = интерес интересы
    principle principles = принцип принципы
    law laws legal = закон законы право правовой
    international = международный
    charter = устав
    obligation obligations commitments = обязательство обязательства
    guarantee guarantees = гарантия гарантии
    ceasefire truce = перемирие
    peace peaceful = мир мирный
    war wars warfare = война войны военный
    conflict conflicts = конфликт конфликты
    hostilities fighting combat = бои боевые
    army armies = армия армии
    troops soldiers servicemen forces = войска военные солдаты военнослужащие силы
    military = военный военные вооруженные
    defence defense = оборона оборонный
    weapon weapons arms armaments = оружие вооружения вооружение
    nuclear = ядерный
    missile missiles rocket rockets = ракета ракеты ракетный
    strike strikes = удар удары
    attack attacks attacked = атака нападение напасть напал
    drone drones = беспилотник беспилотники дрон дроны
    tank tanks = танк танки
    aircraft plane planes jet = самолет самолеты
    fleet navy naval = флот морской
    ship ships vessel vessels = корабль корабли судно суда
    base bases = база базы
    exercise exercises drills = учения
    deployment deploy deployed = развертывание разместить размещение
    withdrawal withdraw withdrew = вывод вывести отвод
    mobilisation mobilization = мобилизация
    operation operations = операция
    offensive = наступление
    front frontline = фронт
    victory victories win won = победа победы победить победил
    defeat defeated = поражение
    casualties losses = потери
    wounded injured = раненые ранены
    killed dead deaths death = погибли погибшие гибель смерть убиты
    prisoner prisoners captive captives = пленный пленные заключенный заключенные
    exchange exchanges swap = обмен
    hostage hostages = заложник заложники
    civilian civilians = мирные гражданские
    refugee refugees = беженец беженцы
    migrant migrants = мигрант мигранты
    humanitarian = гуманитарный
    aid assistance help helped = помощь помочь содействие
    corridor corridors = коридор
    evacuation evacuate = эвакуация эвакуировать
    hospital hospitals clinic = больница больницы госпиталь
    school schools = школа школы
    children child kids = дети ребенок детей
    destruction destroyed destroy = разрушение разрушить уничтожение уничтожить
    reconstruction rebuild = восстановление восстановить
    terrorism terrorist terrorists = терроризм террорист террористы террористический
    extremism extremist extremists = экстремизм экстремист экстремисты
    sabotage = диверсия саботаж
    explosion blast = взрыв
    bombing shelling = обстрел обстрелы бомбардировка
    genocide = геноцид
    crime crimes = преступление преступления
    criminal = преступный уголовный
    tribunal court courts = трибунал суд суды
    judge judges = судья судьи
    investigation investigate inquiry = расследование расследовать следствие
    evidence proof = доказательства доказательство
    accusation accusations allegations = обвинение обвинения
    accuse accused accusing = обвинять обвинил обвиняют обвинение
    sanction sanctions = санкции санкционный
    restriction restrictions = ограничение ограничения
    embargo = эмбарго
    asset assets = активы
    freeze frozen = заморозка заморозить замороженные
    confiscation confiscate seizure = конфискация конфисковать изъятие
    economy economic economies = экономика экономический
    trade = торговля торговый
    export exports = экспорт
    import imports = импорт
    oil = нефть нефтяной
    gas = газ газовый
    pipeline = газопровод трубопровод
    energy = энергия энергетика энергетический
    grain wheat = зерно пшеница
    food = продовольствие еда продукты
    fertilizer fertilizers fertiliser fertilisers = удобрения
    price prices = цена цены
    inflation = инфляция
    currency currencies = валюта
    dollar dollars = доллар
    ruble rouble rubles roubles = рубль
    bank banks = банк банки
    payment payments = платеж платежи расчеты
    investment investments investor investors = инвестиции инвестор инвесторы
    business businesses = бизнес
    company companies = компания компании
    market markets = рынок рынки
    growth = рост
    budget = бюджет
    debt debts = долг
    tax taxes = налог налоги
    tariff tariffs duties = пошлины тариф
    election elections = выборы
    referendum = референдум
    campaign = кампания
    candidate candidates = кандидат кандидаты
    president presidential = президент президентский
    prime premier = премьер премьер-министр
    government governments = правительство
    authorities = власти
    parliament parliamentary = парламент парламентский
    party parties = партия партии
    opposition = оппозиция
    protest protests protesters = протест протесты протестующие
    coup = переворот
    regime = режим
    democracy democratic = демократия демократический
    rights = права
    freedom = свобода
    censorship = цензура
    propaganda = пропаганда
    disinformation fake fakes = дезинформация фейк фейки
    lie lies lied lying = ложь лгать врать
    truth true = правда правду истина
    fact facts = факт факты
    history historical = история исторический
    memory = память
    monument monuments = памятник памятники
    anniversary = годовщина юбилей
    nazism nazi nazis = нацизм нацист нацисты нацистский
    fascism fascist = фашизм фашист фашистский
    church = церковь
    religion religious = религия религиозный
    culture cultural = культура культурный
    language languages = язык языки
    english = английский
    russian = русский российский
    compatriots = соотечественники
    citizen citizens = гражданин граждане
    passport passports = паспорт
    visa visas = виза визы
    expulsion expel expelled = высылка выслать высылать
    spy spies espionage = шпион шпионы шпионаж
    intelligence = разведка
    hacker hackers cyberattack = хакеры кибератака
    interference meddling meddle interfere = вмешательство вмешиваться лезть лезем
    affairs = дела
    seek seeking strive = стремиться стремятся стремление добиваться
    support supported supporting = поддержка поддержать поддерживать
    oppose opposed = выступать противиться
    condemn condemned condemnation = осудить осуждение осуждать
    welcome welcomed = приветствовать приветствуем
    demand demands demanded = требование требования требовать потребовать
    refuse refused refusal = отказ отказаться отказался отказываться
    reject rejected = отвергнуть отвергать отклонить
    accept accepted = принять принимать
    agree agreed = согласиться согласен договориться
    promise promised pledge = обещание обещать пообещал
    threat threats threaten threatened = угроза угрозы угрожать
    warning warnings warn warned = предупреждение предупреждать предостережение
    deny denied denial = опровергнуть опровергать отрицать
    confirm confirmed confirmation = подтвердить подтверждать подтверждение
    announce announced announcement = объявить объявил объявление
    postpone postponed = отложить перенести перенесли перенос
    cancel cancelled canceled cancellation = отменить отмена
    suspend suspended suspension = приостановить приостановка
    resume resumed resumption = возобновить возобновление
    extend extended extension = продлить продление
    join joining joined accession = присоединиться присоединение вступить вступление
    leave left exit = выйти выход покинуть
    sign signed signing = подписать подписал подписание
    ratify ratified ratification = ратифицировать ратификация
    violate violated violation violations breach = нарушение нарушения нарушать нарушил
    implement implemented implementation = выполнение выполнять реализация
    provoke provocation provocations = провокация провокации провоцировать
    escalation escalate = эскалация
    prevent prevented prevention = предотвратить предотвращение
    protect protected protection = защита защитить защищать
    defend defended = защищать оборонять
    threatening dangerous danger = опасный опасность опасно
    safe safety = безопасный
    invite invited invitation = пригласить пригласил приглашение
    host hosted = принимать принять
    discuss discussed discussion = обсудить обсуждение обсуждать обсуждали
    decide decided decision decisions = решение решения решить решил
    solve solution solutions = решение решения решить
    achieve achieved = достичь добиться достижение
    fail failed failure = провал провалиться неудача
    success successful = успех успешный
    blame blamed = винить обвинять
    criticism criticise criticize criticised criticized = критика критиковать раскритиковал
    praise praised = похвалить похвала
    thank thanked = поблагодарить благодарность
    congratulate congratulated congratulations = поздравить поздравил поздравление
    insist insisted = настаивать настаивает
    hope hoped = надеяться надежда
    trust = доверие доверять
    fear fears = страх опасения бояться
    concern concerns concerned worried = озабоченность обеспокоенность беспокойство
    regret = сожаление сожалеть
    listen listened = слушать слушали
    hear heard = слышать слышали
    understand understanding = понимать понимание
    explanation = объяснение
    publish published publication = опубликовать опубликовал публикация
    leak leaked = утечка
    write wrote written writes = писать написал пишет
    post posts = пост посты
    ban banned = запрет запретить запретил
    block blocked blocking = блокировать заблокировать блокировка
    allow allowed = разрешить позволить допустить
    punish punishment = наказать наказание
    arrest arrested detained detention = арест арестован задержан задержание
    release released = освободить освобождение освобожден
    seize seized capture captured = захватить захват
    occupy occupied occupation = оккупировать оккупация
    liberate liberated liberation = освободить освобождение
    isolate isolation isolated = изоляция изолировать
    pressure = давление давить
    blackmail = шантаж
    new = новый новые новая
    old = старый
    main = главный основной
    important importance = важный важно
    key = ключевой ключ
    serious = серьезный
    possible possibility = возможный возможно возможность
    impossible = невозможно невозможный
    necessary needed need needs = необходимый необходимо нужный
    strategic strategy = стратегический стратегия
    political politics politician politicians = политический политика политик политики
    global = глобальный мировой
    regional region regions = региональный регион регионы
    bilateral = двусторонний
    multilateral = многосторонний
    national = национальный
    friendly = дружественный дружеский
    unfriendly = недружественный
    hostile hostility = враждебный
    aggressive aggression = агрессивный агрессия
    fair unfair = справедливый несправедливый
    legitimate illegitimate = легитимный нелегитимный
    illegal unlawful = незаконный
    official = официальный
    public = публичный общественный
    secret = секретный тайный
    neutral neutrality = нейтральный нейтралитет
    difficult hard = трудный сложный
    useful = полезный
    timely = своевременный
    premature = преждевременный
    constructive = конструктивный
    mutual = взаимный
    joint = совместный
    common = общий
    future = будущее будущий
    past = прошлое прошлый
    annual = ежегодный
    consultative = консультативный
    year years = год года лет
    month months = месяц месяцы
    week weeks = неделя недели
    day days = день дни
    people = люди народ
    nation nations = народ нация
    country countries state states = страна страны государство государства
    world = мир мировой
    city cities = город города
    capital = столица
    population = население
    society = общество
    life = жизнь
    family families = семья семьи
    youth young = молодежь молодой
    women woman = женщины женщина
    health = здоровье
    education = образование
    science scientific = наука научный
    technology technologies = технологии технология
    sport sports athletes = спорт спортсмены
    olympics olympic = олимпиада олимпийский
    football = футбол
    championship = чемпионат
    team = команда сборная
    space = космос космический
    climate = климат
    sea = море
    river = река
    road roads = дорога дороги
    bridge = мост
    port = порт
    airport = аэропорт
    flight flights = рейс полет
    door = дверь
    house home = дом
    water = вода
    electricity = электроэнергия электричество
    photo photos photograph = фото фотография фотографии
    exhibition exhibitions = выставка фотовыставка экспозиция
    film films movie = фильм фильмы кино
    book books = книга книги
    article articles = статья статьи
    report reports = доклад доклады отчет
    speech speeches = речь выступление
    lecture = лекция
    message = послание сообщение
    letter letters = письмо письма
    phone telephone call calls = телефон телефонный звонок разговор
    conversation = разговор беседа
    document documents = документ документы
    list = список
    number = число количество
    percent = процент процентов
    million = миллион миллионов
    billion = миллиард миллиардов
    figure figures = цифра цифры
    result results outcome = результат результаты итоги
    goal goals aim objective = цель цели
    task tasks = задача задачи
    problem problems = проблема проблемы
    issue issues = проблема
    situation = ситуация положение обстановка
    event events = мероприятие событие события
    ceremony = церемония
    celebration holiday holidays = праздник праздники торжества
    parade = парад
    project projects = проект проекты
    program programme = программа
    reform reforms = реформа реформы
    development develop = развитие развивать
    interaction interact = взаимодействие взаимодействовать
    closer = ближе сближение приближает приблизить
    control = контроль контролировать
    inspection inspections inspector inspectors = инспекция инспекции инспектор инспекторы
    verification = проверка верификация
    monitoring observers = мониторинг наблюдатели
    disarmament = разоружение
    proliferation = распространение
    deterrence = сдерживание
    open = открытый открыть
    closed = закрытый закрыть
    sky skies = небо
    decree = указ
    amendment amendments constitution = поправки конституция
    investigators = следователи
    police = полиция
    prison jail = тюрьма
    sentence sentenced = приговор приговорен
    murder murdered assassination = убийство убит
    profession = профессия
    career = карьера
    job work = работа
    worker workers = работники рабочие
    salary salaries wages = зарплата зарплаты
    pension pensions = пенсия пенсии
    harvest = урожай
    industry = промышленность
    production = производство
    supply supplies delivery deliveries = поставки поставка
    transit = транзит
    route routes = маршрут
    west western = запад западный
    east eastern = восток восточный
    north northern = север северный
    south southern = юг южный
    europe european = европа европейский
    arctic = арктика арктический
    ukrainian = украинский
    american americans = американский американцы
    chinese = китайский
    side sides = сторона стороны
    part = часть
    role = роль
    influence = влияние
    power powers = власть держава
    leader leaders = лидер лидеры руководитель
    head = глава
    chief = руководитель начальник
    staff = сотрудники
    expert experts = эксперт эксперты
    analyst analysts = аналитик аналитики
    scientist scientists = ученые ученый
    assessment assessments = оценка оценки
    rumour rumours rumor rumors = слухи слух
    appointment appoint appointed = назначение назначить назначен
    resign resigned resignation = отставка уйти
    dismissal dismissed = увольнение отставка
    successor = преемник
    blockade siege = блокада
    lifting = снятие
    joke jokes = анекдот шутка
    advice advise = совет советовать
    lesson lessons = урок уроки
    mistake mistakes error = ошибка ошибки
    naive trusting = доверчивый наивный
    stop stopped = остановить прекратить
    continue continued = продолжать продолжить
    begin began start started = начать начало начался
    end ended = конец завершение закончить
    prepare prepared preparation = подготовка подготовить готовить
    ready = готов готовы
    unwilling unwillingness reluctance = нежелание
    willing willingness readiness = готовность
    grounds basis = основания основание
    reason reasons = причина причины
    consequences = последствия
    signal signals = сигнал сигналы
    step steps = шаг шаги
    measures measure = меры мера
    response = реакция
    reaction = реакция
    enemy enemies adversary = враг враги противник
    victim victims = жертва жертвы
    tragedy = трагедия
    catastrophe disaster = катастрофа
    accident = авария
    """.strip().splitlines()
    if line.strip()
    for english, _, russian in (line.partition("="),)
)


class CrossTerms(Mapping[str, tuple[str, ...]]):
    """Index term -> the terms of its translations, built with the search's own analyzer.

    Args:
        analyzer: The analyzer the index uses, so translations meet indexed terms.
        pairs: Lines of English words and their Russian translations (default:
            :data:`BILINGUAL_WORDS`).
    """

    def __init__(
        self,
        analyzer: Analyzer,
        pairs: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = BILINGUAL_WORDS,
    ) -> None:
        crossing: dict[str, dict[str, None]] = {}
        for english, russian in pairs:
            sides = [_terms(analyzer, english, "en"), _terms(analyzer, russian, "ru")]
            for mine, theirs in (sides, sides[::-1]):
                for term in mine:
                    crossing.setdefault(term, {}).update(dict.fromkeys(theirs))
        self._crossing = {term: tuple(other) for term, other in crossing.items() if other}

    def __getitem__(self, term: str) -> tuple[str, ...]:
        return self._crossing[term]

    def __iter__(self) -> Iterator[str]:
        return iter(self._crossing)

    def __len__(self) -> int:
        return len(self._crossing)


def _terms(analyzer: Analyzer, words: tuple[str, ...], language: Language) -> list[str]:
    """The word terms (no concepts or names) of one side of a line, in its language."""
    terms = (t for word in words for t in analyzer.terms(word, language) if not t.startswith("#"))
    return list(dict.fromkeys(terms))
