"""A larger English-Russian lexicon of news words, for questions about a page in the other one.

:mod:`retrieval.bilingual_words` pairs the core words of diplomacy; real questions use many more
("Рябков о запрете виз для россиян и железном занавесе" about an English page on a visa ban and an
Iron Curtain, "Putin guaranteed economic growth in the short term" about «в краткосрочной
перспективе рост гарантирован»). This module pairs the words that news about diplomacy, war, the
economy, law, society and the press use, written here as facts of translation, and their common
multiword terms.

The format is that of :data:`retrieval.bilingual_words.BILINGUAL_WORDS` (one idea per line:
English wordings, ``=``, the Russian ones; the analyzer stems both sides, so any form meets any
form of a translation), with one addition: the words of a multiword term are joined by ``_``
(``iron_curtain = железный_занавес``). A multiword term is one wording: a question crosses by it
only when it has all of its words ("iron curtain", not "iron" alone), and a passage covers it only
when it says all of the translation's words (so "Nord Stream" does not meet every «северный»). A
stop word inside a term ("head_of_state") gives no term and asks for nothing.

Only questions use this table, never the index, so its size costs nothing at build time; it is
analysed when the first question needs it (:class:`Translations`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Final

from retrieval.bilingual_words import BILINGUAL_WORDS
from retrieval.passages import Language
from retrieval.tokenizer import Analyzer

__all__ = ["BILINGUAL_LEXICON", "Translations", "Wording", "all_lines", "parse_lines"]

#: The words of one wording of an idea: one word, or the words of a multiword term.
Wording = tuple[str, ...]
#: One line: the English wordings and the Russian wordings of one idea.
Line = tuple[tuple[Wording, ...], tuple[Wording, ...]]

#: Diplomacy, international bodies, regions and relations.
_DIPLOMACY: Final = """
iron_curtain = железный_занавес
foreign_office = форин-офис
foreign_secretary = глава_форин-офиса
state_department = госдеп госдепартамент
visa visas = виза визы визовый
visa_ban = запрет_виз визовый_запрет
visa_regime = визовый_режим
ban bans banned banning prohibit prohibited prohibition = запрет запреты запретить запретили
ban bans banned banning prohibit prohibited prohibition = запрещение запрещен запрещено запрещать
deny denied denial = отказать отказали отказ отказывать лишить лишать
refuse refused refusal = отказаться отказался отказались отказ отказывается
citizen citizens citizenship = гражданин граждане гражданство
russians = россияне россиян россиянам россиянин
americans = американцы американцев
ukrainians = украинцы украинцев
europeans = европейцы европейцев
westerners = западники
compatriot compatriots = соотечественник соотечественники
expel expelled expulsion = выслать выслали высылка выдворение выдворить
persona_non_grata = персона_нон_грата
recall recalled = отозвать отозвали отзыв
accreditation accredited = аккредитация аккредитовать аккредитованный
credentials = верительные_грамоты
host_country = принимающая_страна
bilateral = двусторонний двусторонние
multilateral = многосторонний многосторонние
trilateral = трехсторонний
unilateral unilaterally = односторонний одностороннем односторонние
concession concessions = уступка уступки
compromise compromises = компромисс компромиссы
mediation mediator mediate = посредничество посредник посреднический
intermediary = посредник
good_offices = добрые_услуги
dialogue dialog = диалог
contact contacts = контакт контакты
channel_of_communication = канал_связи
hotline = горячая_линия
phone_call telephone_conversation = телефонный_разговор звонок созвон
call calls called = звонок звонки позвонить позвонил призвать призвал
invitation invite invited = приглашение пригласить пригласили
guest host hosted = гость принимать принял
reception = прием
ceremony = церемония
protocol = протокол
credential = мандат
mandate = мандат
charter = устав хартия
un_charter = устав_оон
security_council = совбез совет_безопасности
general_assembly = генассамблея генеральная_ассамблея
secretary_general = генсек генеральный_секретарь
permanent_representative = постпред постоянный_представитель
permanent_member permanent_members = постоянный_член постоянные_члены
presidency = председательство президентство
rotating = ротационный
observer observers = наблюдатель наблюдатели
observer_status = статус_наблюдателя
partner partners partnership = партнер партнеры партнерство
ally allies alliance allied = союзник союзники альянс союз союзный
bloc blocs = блок блоки
neutral neutrality = нейтральный нейтралитет
non-aligned = неприсоединившиеся
friendly = дружественный дружественные
unfriendly = недружественный недружественные
hostile hostility = враждебный враждебность
rapprochement = сближение
normalisation normalization normalise normalize = нормализация нормализовать
relations relationship = отношения отношений
ties = связи отношения
sever severed = разорвать разорвали разрыв
diplomatic_relations = дипломатические_отношения
cut_ties = разрыв_отношений
restore restored restoration = восстановить восстановили восстановление
downgrade = понизить понижение
escalate escalation = эскалация обострение
de-escalation deescalation = деэскалация
tension tensions = напряженность напряжение
crisis crises = кризис кризисы
détente detente = разрядка
confrontation confront = противостояние конфронтация
rivalry rival = соперничество соперник
adversary adversaries opponent opponents = противник противники оппонент
enemy enemies = враг враги
counterpart counterparts = коллега коллеги визави
colleague colleagues = коллега коллеги
envoy special_envoy = спецпосланник спецпредставитель посланник
deputy deputies = заместитель замминистра депутат депутаты
deputy_foreign_minister = замминистра замглавы_мид
foreign_minister = глава_мид министр_иностранных_дел
foreign_ministry = мид министерство_иностранных_дел внешнеполитическое_ведомство
prime minister premier = премьер премьер-министр
chancellor = канцлер
head_of_state = глава_государства
heads_of_state = главы_государств
leader leaders leadership = лидер лидеры руководство руководитель
chief = глава начальник руководитель
aide adviser advisor = помощник советник
press_secretary = пресс-секретарь
spokesperson = официальный_представитель
official officials = чиновник чиновники официальный должностное_лицо
administration = администрация
white_house = белый_дом
pentagon = пентагон
downing_street = даунинг-стрит
elysee_palace = елисейский_дворец
brussels = брюссель
washington = вашингтон
kiev kyiv = киев
western = западный западные
west = запад
east eastern = восток восточный
north northern = север северный
south southern = юг южный
global_south = глобальный_юг
global_majority = мировое_большинство
world_order = миропорядок мировой_порядок
international_law = международное_право
rules-based_order = порядок_основанный_на_правилах
sovereign sovereignty = суверенный суверенитет
independence independent = независимость независимый
self-determination = самоопределение
territorial_integrity = территориальная_целостность
integrity = целостность
recognition recognise recognize recognised recognized = признание признать признали
annex annexation = аннексия присоединение присоединить
reunification reunite = воссоединение воссоединить
referendum referendums = референдум референдумы
secession = отделение сепаратизм
separatist separatists = сепаратист сепаратисты
interference interfere meddling meddle = вмешательство вмешиваться
internal_affairs = внутренние_дела
pressure pressured = давление давить
blackmail = шантаж
ultimatum = ультиматум
demand demands demanded = требование требования потребовать потребовал требовать
request requests requested = просьба запрос попросить просил
proposal proposals propose proposed = предложение предложения предложить предложил
initiative initiatives = инициатива инициативы
plan plans = план планы
peace_plan = мирный_план
roadmap road_map = дорожная_карта
framework = рамки рамочный
guarantee guarantees guaranteed = гарантия гарантии гарантировать гарантировал гарантирован
security_guarantees = гарантии_безопасности
commitment commitments committed = обязательство обязательства
obligation obligations = обязательство обязательства
comply compliance = соблюдать соблюдение выполнять
implement implementation implemented = выполнение реализация выполнить реализовать
violate violation violations violated = нарушение нарушения нарушать нарушил нарушили
breach = нарушение
withdraw withdrawal withdrew = выход выйти вышли вывод вывести
suspend suspension suspended = приостановить приостановка приостановлено
extend extension extended = продлить продление продлен
expire expiry expires expired = истечь истекает истечение
ratify ratification ratified = ратификация ратифицировать
denounce denunciation = денонсация денонсировать
sign signed signing = подписать подписали подписание
signatory = подписант
text = текст
draft drafts = проект проекты
consensus = консенсус
unanimous unanimously = единогласно единогласный
abstain abstained abstention = воздержаться воздержались
majority = большинство
minority = меньшинство
humanitarian = гуманитарный
humanitarian_aid = гуманитарная_помощь
aid assistance help = помощь содействие помочь
donor donors = донор доноры
grain_deal = зерновая_сделка
black_sea = черное_море черноморский
baltic = балтика балтийский
arctic = арктика арктический
caucasus = кавказ
central_asia = центральная_азия
middle_east = ближний_восток ближневосточный
asia-pacific = азиатско-тихоокеанский
latin_america = латинская_америка
post-soviet_space = постсоветское_пространство
post-soviet = постсоветский
soviet = советский ссср
cold_war = холодная_война
divide_and_rule = разделяй_и_властвуй
russophobe = русофоб
anti-russian = антироссийский антироссийские
pro-russian = пророссийский
pro-western = прозападный
euro-atlantic = евроатлантический
transatlantic = трансатлантический
eurasian = евразийский
brics = брикс
sco = шос
csto = одкб
cis = снг
osce = обсе
eaeu = еаэс
nato = нато
eu = ес евросоюз
g7 = семерка
g20 = двадцатка
un = оон
unesco = юнеско
iaea = магатэ
wto = вто
"""

#: War, security, arms and incidents.
_WAR: Final = """
special_military_operation = специальная_военная_операция спецоперация сво
special_operation = спецоперация специальная_операция сво
military_operation = военная_операция
goals_of_the_special_operation = цели_спецоперации
war wars = война войны военный
warfare = военные_действия
hostilities = боевые_действия
combat = бой боевой
battle battles = битва сражение бой
front frontline front_line = фронт линия_фронта передовая
offensive = наступление наступательный
counteroffensive counter-offensive = контрнаступление
advance advancing = продвижение продвигаться
retreat = отступление отступать
attack attacks attacked = атака атаки нападение напасть атаковать атаковали удар
strike strikes struck = удар удары ударить нанести
airstrike air_strike = авиаудар
missile_strike = ракетный_удар
drone drones uav = беспилотник беспилотники дрон дроны бпла
missile missiles = ракета ракеты ракетный
rocket rockets = ракета реактивный
shelling shelled = обстрел обстрелы обстрелять
bombing bombed bomb bombs = бомбардировка бомба бомбы бомбить
explosion blast = взрыв
terrorist_attack = теракт террористическая_атака
terrorism terrorist terrorists = терроризм террорист террористы террористический
sabotage saboteur = диверсия диверсант
assassination = убийство покушение
murder killed kill killing = убийство убит убить убиты
casualties = жертвы потери
losses = потери
victim victims = жертва жертвы
civilian civilians = мирный_житель мирные_жители гражданские
wounded injured = ранен ранены раненые пострадавшие
dead death deaths died = погибший погибшие смерть погибли гибель
prisoner prisoners = пленный пленные заключенный
prisoner_exchange = обмен_пленными
prisoners_of_war = военнопленные
hostage hostages = заложник заложники
mobilisation mobilization = мобилизация
conscription conscript = призыв призывник
soldier soldiers servicemen serviceman = солдат солдаты военнослужащий военнослужащие
officer officers = офицер офицеры
general generals = генерал генералы
commander commanders = командир командующий
troops forces = войска силы
armed_forces = вооруженные_силы
army = армия
navy naval fleet = флот военно-морской
air_force = ввс
nuclear = ядерный
nuclear_weapons = ядерное_оружие
nuclear_power_plant = аэс атомная_электростанция
nuclear_war = ядерная_война
weapon weapons arms = оружие вооружение вооружения
arms_control = контроль_над_вооружениями
arms_race = гонка_вооружений
arms_supplies = поставки_оружия
supply supplies supplied = поставка поставки поставить поставлять
deliveries delivery delivered = поставка поставки доставка
tank tanks = танк танки
aircraft warplane jets = самолет самолеты авиация
fighter_jets = истребители
helicopter = вертолет
artillery = артиллерия
ammunition shells = боеприпасы снаряды
long-range = дальнобойный большой_дальности
hypersonic = гиперзвуковой
ballistic = баллистический
intermediate-range = средней_дальности
strategic = стратегический
strategic_stability = стратегическая_стабильность
new_start = сно
deterrence deter = сдерживание сдерживать
nuclear_deterrence = ядерное_сдерживание
doctrine = доктрина
defence defense defend = оборона оборонный защита защищать
self-defence self-defense = самооборона
security = безопасность
threat threats threaten threatened = угроза угрозы угрожать
danger dangerous = опасность опасный
risk risks = риск риски
provocation provocations provoke = провокация провокации провоцировать
escalation_ladder = эскалация
ceasefire truce = прекращение_огня перемирие
moratorium = мораторий
demilitarised demilitarized = демилитаризованный
buffer_zone = буферная_зона санитарная_зона
zone = зона
territory territories = территория территории
border borders = граница границы пограничный
frontier = рубеж граница
occupation occupied occupy = оккупация оккупированный оккупировать
liberation liberate liberated = освобождение освободить освобожденный
capture captured seize seized = захват захватить захватили взять
control = контроль
region regions = регион регионы область
donbas donbass = донбасс
new_regions = новые_регионы
crimea = крым
bridge = мост
infrastructure = инфраструктура
military_infrastructure = военная_инфраструктура
base bases = база базы
deployment deploy deployed = размещение развертывание разместить развернуть
exercise exercises drills = учения
mercenaries = наемники
nazi nazis neo-nazi neo-nazis = нацист нацисты неонацист неонацисты нацистский
nazism neo-nazism = нацизм неонацизм
regime = режим
kiev_regime = киевский_режим
militants = боевики
extremism extremist = экстремизм экстремист экстремистский
genocide = геноцид
war_crimes = военные_преступления
atrocities = зверства
massacre = резня бойня
tragedy = трагедия
disaster catastrophe = катастрофа бедствие
accident = авария инцидент
fire = пожар огонь
miners = шахта шахтеры
collapse = обрушение крах
incident incidents = инцидент инциденты
investigation investigate investigated = расследование расследовать выяснить
cause causes = причина причины
responsible responsibility = ответственный ответственность
guilty guilt = виновный вина виновные
punish punishment punished = наказать наказание наказаны
intelligence = разведка разведывательный
spy spies espionage = шпион шпионы шпионаж
secret_services special_services = спецслужбы
fsb = фсб
cia = цру
sbu = сбу
biological = биологический
chemical = химический
biolabs biological_laboratories = биолаборатории
dirty_bomb = грязная_бомба
zaporozhye zaporizhzhia = запорожье запорожская
kursk = курск курская
belgorod = белгород белгородская
kharkov kharkiv = харьков
odessa odesa = одесса
mariupol = мариуполь
bakhmut artemovsk = бахмут артемовск
yuzhmash = южмаш
dnepropetrovsk dnipro = днепропетровск днепр
oreshnik = орешник
"""

#: The economy, finance, trade and energy.
_ECONOMY: Final = """
economy economic economics = экономика экономический
economic_growth = рост_экономики экономический_рост
growth grow grew growing = рост расти вырос растет
decline declined fall fell drop = спад падение снижение упасть упал сократился
recession = рецессия спад
short_term short-term = краткосрочный краткосрочной_перспективе
long_term long-term = долгосрочный долгосрочной_перспективе
medium_term medium-term = среднесрочный
in_the_short_term = в_краткосрочной_перспективе
prospects outlook = перспектива перспективы
forecast forecasts = прогноз прогнозы
gdp = ввп валовой_внутренний_продукт
inflation = инфляция
interest_rate key_rate = ключевая_ставка процентная_ставка
rate rates = ставка ставки курс
exchange_rate = курс_валюты обменный_курс
currency currencies = валюта валюты валютный
national_currencies = национальные_валюты
dollar dollars = доллар доллары долларовый
de-dollarisation de-dollarization dedollarization = дедолларизация
euro euros = евро
rouble ruble roubles rubles = рубль рубли рублей
yuan = юань юани
budget budgets = бюджет бюджетный
deficit = дефицит
surplus = профицит
debt debts = долг долги задолженность
loan loans credit = кредит кредиты заем
bank banks banking = банк банки банковский
central_bank = центробанк центральный_банк цб
reserves = резервы
gold = золото золотой
assets = активы
frozen_assets = замороженные_активы
freeze frozen = заморозка заморозить заморожены замороженные
confiscation confiscate = конфискация конфисковать
seizure = изъятие арест
property = собственность имущество
nationalisation nationalization = национализация
privatisation privatization = приватизация
investment investments investor investors invest = инвестиции инвестор инвесторы
investment investments investor investors invest = вложения инвестировать
capital = капитал столица
market markets = рынок рынки рыночный
stock_exchange = биржа
shares = акции
price prices = цена цены
price_cap = потолок_цен
cost costs = стоимость издержки расходы
expensive = дорогой дорогостоящий
cheap = дешевый
trade = торговля торговый
trade_turnover = товарооборот
export exports exporter = экспорт экспортер экспортировать
import imports importer = импорт импортер импортировать
import_substitution = импортозамещение
tariff tariffs duties = пошлины тариф тарифы
customs = таможня таможенный
embargo = эмбарго
restrictions restrict restrictive = ограничения ограничить ограничительные
restrictive_measures = ограничительные_меры
sanctions_pressure = санкционное_давление
secondary_sanctions = вторичные_санкции
sanctions_package = пакет_санкций
energy = энергетика энергетический энергоносители
oil = нефть нефтяной
gas = газ газовый
pipeline pipelines = трубопровод газопровод нефтепровод
nord_stream = северный_поток
lng = спг сжиженный_газ
coal = уголь угольный
electricity = электроэнергия электричество
fuel = топливо
nuclear_energy = атомная_энергетика
grain wheat = зерно пшеница зерновой
food = продовольствие еда продовольственный
food_security = продовольственная_безопасность
fertiliser fertilizer fertilisers fertilizers = удобрения
agriculture agricultural farmers = сельское_хозяйство аграрный фермеры сельскохозяйственный
industry industrial = промышленность промышленный отрасль
manufacturing production produce produced = производство производить произвести
factory plant plants = завод заводы предприятие
enterprise enterprises company companies firm = компания компании предприятие фирма
business businesses = бизнес предприниматели деловой
entrepreneur entrepreneurs = предприниматель предприниматели
corporation corporations = корпорация корпорации
logistics = логистика
transport transportation = транспорт транспортный
shipping ships vessels = судоходство суда судно
port ports = порт порты
railway railways rail = железная_дорога железнодорожный
route routes corridor = маршрут коридор
transit = транзит транзитный
supply_chains = цепочки_поставок
technology technologies tech = технологии технологический
innovation = инновации
digital = цифровой
artificial_intelligence ai = искусственный_интеллект ии
semiconductors chips = полупроводники чипы микросхемы
space = космос космический
satellite satellites = спутник спутники
wages salary salaries = зарплата зарплаты заработная_плата
pension pensions = пенсия пенсии пенсионный
unemployment unemployed = безработица безработные
employment jobs = занятость рабочие_места
poverty poor = бедность бедные
income incomes = доход доходы
tax taxes taxation = налог налоги налоговый
revenue revenues = доходы выручка поступления
spending expenditure = расходы траты
subsidies subsidy = субсидии
payments payment pay paid = платежи оплата платить заплатить
financial finance finances = финансы финансовый
financing funding fund funds = финансирование фонд средства финансировать
money = деньги
crypto cryptocurrency = криптовалюта
swift = свифт
mir = мир
contract contracts = контракт контракты договор
project projects = проект проекты
cooperation co-operation = сотрудничество кооперация
integration = интеграция
development develop developing = развитие развивать развивающиеся
developing_countries = развивающиеся_страны
sustainable = устойчивый
stability stable = стабильность стабильный
recovery recover = восстановление
economic_crisis = экономический_кризис
shortage shortages = дефицит нехватка
consumer consumers = потребитель потребители
tourism tourists = туризм туристы
"""

#: Law, courts, rights, government, politics and society.
_LAW_AND_SOCIETY: Final = """
power powers = власть держава мощь полномочия
great_power great_powers = великая_держава великие_державы
law laws legal = закон законы правовой юридический
legislation legislative = законодательство законодательный
bill bills = законопроект законопроекты
amendment amendments = поправка поправки
constitution constitutional = конституция конституционный
court courts = суд суды судебный
judge judges = судья судьи
trial = процесс суд судебный процесс
verdict sentence sentenced = приговор приговорить приговорен
prison jail imprisonment = тюрьма заключение лишение_свободы
arrest arrested detain detained detention = арест задержание задержать задержан арестован
charges charged accused accusation accusations = обвинение обвинения обвинить обвинен обвиняют
accuse = обвинять
prosecutor prosecutors prosecution = прокурор прокуратура обвинение
investigator investigators = следователь следователи следствие
investigative_committee = следственный_комитет ск
lawyer lawyers attorney = адвокат юрист
defendant = обвиняемый подсудимый
suspect suspects = подозреваемый подозреваемые
crime crimes criminal = преступление преступления преступный уголовный
criminal_case = уголовное_дело
case cases = дело дела случай
tribunal = трибунал
international_criminal_court = международный_уголовный_суд мус
extradition extradite = экстрадиция выдача выдать
warrant = ордер
rights = права
human_rights = права_человека
freedom freedoms free = свобода свободы свободный
freedom_of_speech = свобода_слова
free_speech = свобода_слова
censorship censor = цензура
discriminate = дискриминировать
minorities = меньшинства
language languages = язык языки языковой
russian_language = русский_язык
church churches = церковь церкви
orthodox = православный
religion religious = религия религиозный
canonical = канонический
faith = вера верующие
priest priests clergy = священник священники духовенство
culture cultural = культура культурный
history historical historian = история исторический историк
memory = память
monument monuments = памятник памятники
heritage = наследие
education schools school = образование школы школа
university universities students = университет вуз студенты
children child = дети ребенок детей
family families = семья семьи семейный
women woman = женщины женщина
youth young = молодежь молодой
people = люди народ население
nation nations national = нация народ национальный
population = население
society social = общество социальный общественный
public = общественность публичный общественный
poll polls survey = опрос опросы
protest protests protesters = протест протесты протестующие
rally rallies = митинг митинги
demonstration demonstrations = демонстрация демонстрации
opposition = оппозиция оппозиционный
dissident dissidents = диссидент
activist activists = активист активисты
migrant migrants migration = мигрант мигранты миграция
refugee refugees = беженец беженцы
health healthcare = здоровье здравоохранение
doctors medical = врачи медицинский
hospital = больница госпиталь
pandemic epidemic = пандемия эпидемия
coronavirus covid = коронавирус ковид
vaccine vaccines vaccination = вакцина вакцины вакцинация прививка
quarantine lockdown = карантин локдаун
sport sports athletes = спорт спортсмены
olympic olympics = олимпийский олимпиада
doping = допинг
government governments = правительство правительства
cabinet = кабинет
state states = государство государства штат
authorities = власти
presidential = президентский
president presidents = президент президенты
parliament parliamentary = парламент парламентский
senate senator senators = сенат сенатор сенаторы
federation_council = совет_федерации совфед
speaker = спикер
lawmaker lawmakers mp mps = депутат депутаты законодатель
party parties = партия партии
election elections electoral = выборы избирательный
vote = голос
candidate candidates = кандидат кандидаты
campaign = кампания
inauguration = инаугурация
governor governors = губернатор губернаторы
mayor = мэр
municipal = муниципальный
corruption corrupt = коррупция коррупционный
bribe bribery = взятка взяточничество
reform reforms = реформа реформы
policy policies = политика курс
politics political politician politicians = политика политический политик политики
foreign_policy = внешняя_политика внешнеполитический
domestic = внутренний
democracy democratic = демократия демократический
dictatorship dictator = диктатура диктатор
authoritarian = авторитарный
totalitarian = тоталитарный
liberal = либеральный
conservative = консервативный
values = ценности
traditional_values = традиционные_ценности
identity = идентичность
ideology = идеология
propaganda = пропаганда
coup = переворот госпереворот
revolution = революция
maidan = майдан
legitimate legitimacy = легитимный легитимность
illegitimate = нелегитимный
usurper = узурпатор
puppet = марионетка марионеточный
obedient = послушный
masters = хозяева хозяин
sponsors patrons = спонсоры покровители кураторы
handlers = кураторы
elite elites = элита элиты
establishment = истеблишмент
oligarch oligarchs = олигарх олигархи
"""

#: The press, statements and how they are reported.
_PRESS: Final = """
news = новости новость
report reports reported = сообщение доклад сообщить сообщил сообщает
source sources = источник источники
claim claims claimed = утверждение утверждать утверждает
allegation allegations alleged = утверждения обвинения якобы
rumour rumours rumor rumors = слухи слух
fake fakes = фейк фейки
disinformation misinformation = дезинформация
lie lies = ложь вранье
truth true = правда истина
deny denies = опровергнуть опроверг опровержение отрицать
refute refuted = опровергнуть опроверг
confirm confirmed confirmation = подтвердить подтвердил подтверждение
reaction react reacted = реакция реагировать отреагировать
response respond responded reply replied = отвечать
explanation = объяснить объяснил пояснить пояснил объяснение
emphasise emphasize emphasised emphasized stress stressed = подчеркнуть подчеркнул подчеркивать
note noted = отмечать
warn warned warning = предупредить предупредил предупреждение
urge urged = призвать призвал призывать
call called = призвать призвал
recall recalled = напомнить напомнил
promise promised = обещание обещать пообещал
admit admitted = признать признал
acknowledge acknowledged = признать признал
assure assured = заверить заверил
insist insisted = настаивать настоял
suggest suggested = предложить предположить
consider considers = рассматривать
assess assessment assessments = оценка оценки оценить
evaluate = оценивать
vision = видение
negotiating_position = переговорная_позиция
approach approaches = подход подходы
assessment = оценка
conclusion conclusions = вывод выводы
interview = интервью
press_conference news_conference = пресс-конференция
briefing = брифинг
press_release = пресс-релиз
stakeout = подход_к_прессе
address = обращение выступление
speech speeches = речь выступление
lecture = лекция
article = статья
op-ed = статья колонка
message = послание сообщение обращение
greeting greetings = приветствие поздравление
congratulate congratulations = поздравить поздравление
appeal = обращение призыв
emergency_address = экстренное_обращение
urgent emergency = срочный экстренный чрезвычайный
telegram = телеграм телеграм-канал телеграмм
telegram_channel telegram_channels = телеграм-канал телеграм-каналы
social_media social_networks = соцсети социальные_сети
facebook = фейсбук
twitter = твиттер
youtube = ютуб ютьюб
tiktok = тикток
messenger = мессенджер
post posts posted = пост публикация опубликовать
publication publish published = публикация опубликовать опубликовал
photo photos = фото фотография снимок
exhibition = выставка
film = фильм
documentary = документальный
book books = книга книги
poem poet = стихотворение поэт стихи
writer = писатель
tv_channel = телеканал
broadcaster = телекомпания вещатель
editor editors = редактор редакция
editor-in-chief = главный редактор
agency = агентство
news_agency = информагентство информационное_агентство
state_media = государственные_сми
independent_media = независимые_сми
foreign_agent foreign_agents = иноагент иностранный_агент иноагенты
blocked block blocking = заблокировать заблокирован блокировка
ban_on_media = запрет_сми
accreditation_revoked = лишение_аккредитации
press_pool = пресс-пул кремлевский_пул
direct_line = прямая_линия
year-end = итоговый
annual = ежегодный
anniversary = годовщина
holiday = праздник
victory_day = день_победы
victory = победа
parade = парад
wreath = венок
"""

#: The everyday words of news: verbs, judgements, time, amounts.
_GENERAL: Final = """
expect expects = ожидать ожидаем рассчитывать
continue continued continuation = продолжить продолжение продолжаться продолжения
resume resumed resumption = возобновить возобновление возобновились
stop stopped halt = остановить прекратить остановка прекращение
end ended ending = конец завершение закончить завершить окончание
begin began start started beginning = начало начать начался начинать старт
launch launched = запустить запуск начать
prepare prepared preparation = подготовка подготовить готовить
ready readiness = готов готовность
willing willingness = готовность готовы
intend intention intentions = намерение намерения намерен
want wants = хотеть хочет хотим
need needs = необходимо потребность
possible possibility = возможный возможно возможность
impossible = невозможно невозможный
unthinkable = немыслимо немыслимый немыслимы
unacceptable = неприемлемо неприемлемый
acceptable = приемлемый
inevitable = неизбежный неизбежно
premature = преждевременно преждевременный рано
early = рано ранний
late later = поздно позднее позже
soon = скоро вскоре
today = сегодня
future = будущее будущий
past = прошлое прошлый
year years = год годы лет
month months = месяц месяцы
week weeks = неделя недели
day days = день дни
deadline = срок
period = период срок
term = срок
time = время
moment = момент
history = история
change changes changed = изменение изменения изменить перемены
deep = глубокий
significant = значительный существенный
serious = серьезный
important = важный важно
main key = главный ключевой основной
major = крупный
large big = большой крупный
small = маленький небольшой
new = новый
old = старый
common = общий
joint = совместный
mutual = взаимный
equal equality = равный равноправный равенство
fair = справедливый честный
justice = справедливость справедливый
unfair = несправедливый
honest = честный
open openly = открытый открыто
closed close = закрытый закрыть
secret = секретный тайный
public = публичный
clear = ясный ясно понятно
obvious = очевидный очевидно
direct directly = прямой прямо
indirect = косвенный
real = реальный настоящий
false = ложный
wrong = неверный неправильный
right correct = правильный верный
incorrect = некорректный неверный
absurd = абсурдный абсурд
nonsense = чушь ерунда
ridiculous = смешной нелепый
cynical cynicism = циничный цинизм
hypocritical = лицемерный
arrogant arrogance = высокомерный высокомерие
aggressive aggression = агрессивный агрессия
hostile = враждебный
peaceful = мирный
peace = мир
world = мир мировой
global = глобальный
international = международный
regional = региональный
local = местный
country countries = страна страны
member_states = государства-члены
capital_city = столица
city cities = город города
village = село деревня
residents inhabitants = жители
people's = народный
dialogue = диалог
talk talks = переговоры разговор
negotiator negotiators = переговорщик переговорщики
delegation = делегация
round = раунд
meeting = встреча
hold held = провести провели проходить
participate participation participants = участвовать участие участники
attend attended = присутствовать посетить
present = присутствовать представить
host = принимающий
organiser organizer organisers organizers = организатор организаторы
venue = площадка место
place = место
country's = страны
discuss discussed discussion = обсудить обсудили обсуждение обсуждать
agree agreed = договориться договорились согласиться согласен
disagree disagreement disagreements = разногласия
differences = разногласия различия
contradictions = противоречия
coincide coincides = совпадать совпадают
share shared = разделять разделяют
support supported supporter supporters = поддержка поддержать поддержал сторонники
oppose opposed = противиться
reject rejected rejection = отвергнуть отверг отвергать отклонить
condemn condemned condemnation = осудить осудил осуждение
criticise criticize criticised criticized criticism = критиковать раскритиковал критика
praise praised = похвалить хвалить
thank thanked gratitude = поблагодарить благодарность
apologise apologize apology = извиниться извинение
regret = сожаление сожалеть
hope hopes hoped = надеяться надежда
fear fears = страх опасения бояться
worry concern concerns concerned = беспокойство обеспокоенность озабоченность обеспокоены
alarm = тревога
surprise surprised = удивление удивлен
disappointed = разочарован
interest interested = интерес заинтересован
benefit benefits = выгода польза
damage harm = ущерб вред
loss = потеря убыток
win = выиграть победить
lose lost = проиграть потерять
defeat defeated = поражение разгромить
strategic_defeat = стратегическое_поражение
success successful = успех успешный
failure failed fail = провал неудача провалиться
result results = результат результаты итоги
outcome = итог исход
goal goals aim aims objective objectives = цель цели задача задачи
task tasks = задача задачи
purpose = цель
reason reasons = причина причины
consequence consequences = последствия
effect = эффект последствие
impact = влияние воздействие
influence = влияние
role = роль
status = статус
level = уровень
scale = масштаб
size = размер
number = число количество
amount = сумма объем
share = доля
percent per_cent = процент процентов
billion billions = миллиард миллиарды млрд
million millions = миллион миллионы млн
thousand thousands = тысяча тысячи
half = половина
double = удвоить
increase increased = увеличение увеличить рост повышение
reduce reduced reduction = сокращение сократить снизить снижение
cut = сократить урезать
raise raised = поднять повысить
worsen worse deteriorate deteriorating = ухудшаться ухудшение хуже ухудшаются
improve improved improvement better = улучшение улучшить лучше
every_day daily = каждый_день ежедневно
move moving = двигать придвигать передвижение перемещение
movement movements = передвижение движение передвижения
approach approaching = приближаться приближение
widen expand = расширить расширять
extend = распространить
narrow = сузить
tighten = ужесточить
weaken = ослабить
strengthen = укрепить укрепление усилить
build building = строить строительство здание
destroy destroyed destruction = уничтожить разрушить уничтожение разрушение
protect protection = защищать защита
save = спасти сохранить
preserve = сохранить сохранение
keep = сохранить держать
maintain = поддерживать сохранять
lose_control = потерять_контроль
decide decided decision decisions = решение решения решить решил
choice choose = выбор выбрать
vote = голосовать
order ordered orders = приказ поручение поручить поручил распорядиться указ
instruct instructed instruction = поручить поручил поручение
decree = указ
signed_a_decree = подписал_указ
task_force = рабочая_группа
working_group = рабочая_группа
establish = выяснить установить
check verify = проверить проверка
monitor monitoring = мониторинг наблюдение
inspect inspection inspectors = инспекция инспекторы
evidence proof = доказательства улики
facts = факты
data = данные
documents document = документы документ
letter letters = письмо письма
list = список
map = карта
information = информация
details = детали подробности
figure figures = цифры
name names = имя имена название
title = название
word words = слово слова
read = прочитать зачитать зачитал
write wrote written = написать написал
show showed = показать показал
see saw seen = увидеть видеть видим
hear heard = услышать слышать слышали
understand understanding = понимать понимание
know known = знать известно
learn = узнать
forget = забыть
remember = помнить
mean means = значить означает
happen happened = произойти произошло случилось
occur = произойти
exist existence = существовать существование
remain = оставаться остается
become became = стать стал
seem = казаться
appear = появиться
go went = идти пойти поехать
come came = прийти приехать
leave left = уйти покинуть уехать
return = вернуться
bring = привести принести
send sent = отправить направить послать
receive received = получить получил
give gave = дать дать
take took = взять принять
use used = использовать применять применение
apply = применять
allow allowed permit = разрешить позволить допустить
admission admit = допуск допустить
prevent = предотвратить
avoid = избежать
ignore ignored ignoring = игнорировать игнорирование
neglect = пренебрегать
twist_arms = выкручивать_руки
force forced = заставить вынудить принуждение
coerce coercion = принуждение
persuade = убедить
convince = убедить
deceive deception = обмануть обман
betray betrayal = предать предательство
trust = доверие доверять
distrust mistrust = недоверие
hope = надежда
optimistic optimism = оптимистичный оптимизм
pessimistic = пессимистичный
thankless = неблагодарный
useless pointless = бесполезный бессмысленный
senseless = бессмысленный
difficult hard = трудный сложный тяжелый
easy = легкий простой
complicated = сложный
simple = простой
quick fast = быстрый быстро
slow = медленный
long = долгий длинный
short = короткий краткий
high = высокий
low = низкий
strong = сильный
weak = слабый
rich = богатый
friendly = дружеский дружественный
brotherly = братский
neighbour neighbor neighbours neighbors neighbouring = сосед соседи соседний
relative relatives = родственник родственники
wife = жена
husband = муж
son = сын
daughter = дочь
health = здоровье
life lives = жизнь жизни
home house = дом
land = земля
sea = море
river = река
air = воздух
weather = погода
winter = зима
summer = лето
spring = весна
autumn = осень
morning = утро
evening = вечер
night = ночь
cancer cancerous = рак раковый
disease = болезнь
virus = вирус
tumour tumor cancerous_tumour cancerous_tumor = опухоль раковая_опухоль
"""


def parse_lines(*texts: str) -> tuple[Line, ...]:
    """Lines of ``english wordings = russian wordings`` (words of a term joined by ``_``)."""

    def side(words: str) -> tuple[Wording, ...]:
        return tuple(tuple(wording.split("_")) for wording in words.split())

    return tuple(
        (side(english), side(russian))
        for text in texts
        for line in text.strip().splitlines()
        if line.strip()
        for english, _, russian in (line.partition("="),)
    )


#: Every line of this module.
BILINGUAL_LEXICON: Final[tuple[Line, ...]] = parse_lines(
    _DIPLOMACY,
    _WAR,
    _ECONOMY,
    _LAW_AND_SOCIETY,
    _PRESS,
    _GENERAL,
)


def all_lines() -> tuple[Line, ...]:
    """The core table of :mod:`retrieval.bilingual_words` (each word its own wording) and this
    lexicon together."""
    core = tuple(
        (tuple((word,) for word in english), tuple((word,) for word in russian))
        for english, russian in BILINGUAL_WORDS
    )
    return core + BILINGUAL_LEXICON


class Translations:
    """A question's word terms -> the term wordings of their translations.

    Built with the search's own analyzer, so translations meet indexed terms; analysed on first
    use, so that building an index does not pay for it.

    Args:
        analyzer: The analyzer the index uses.
        lines: The lexicon (default: :func:`all_lines`).
    """

    def __init__(self, analyzer: Analyzer, lines: Sequence[Line] | None = None) -> None:
        self._analyzer = analyzer
        self._lines = lines
        # Term -> wording (terms) that has it -> translations' wordings (terms).
        self._table: dict[str, dict[Wording, dict[Wording, None]]] | None = None

    def _built(self) -> dict[str, dict[Wording, dict[Wording, None]]]:
        if self._table is None:
            table: dict[str, dict[Wording, dict[Wording, None]]] = {}
            for english, russian in all_lines() if self._lines is None else self._lines:
                sides = [self._wordings(english, "en"), self._wordings(russian, "ru")]
                for mine, theirs in (sides, sides[::-1]):
                    for source in mine:
                        for term in source:
                            table.setdefault(term, {}).setdefault(source, {}).update(
                                dict.fromkeys(theirs)
                            )
            self._table = table
        return self._table

    def _wordings(self, wordings: Iterable[Wording], language: Language) -> list[Wording]:
        """Each wording as its word terms (no concepts or names), in the side's language."""
        out: dict[Wording, None] = {}
        for words in wordings:
            terms = tuple(
                dict.fromkeys(
                    term
                    for word in words
                    for term in self._analyzer.terms(word, language)
                    if not term.startswith("#")
                )
            )
            if terms:
                out[terms] = None
        return list(out)

    def of(self, terms: Sequence[str]) -> dict[str, tuple[Wording, ...]]:
        """Each of the question's word ``terms`` that crosses -> its translations' wordings.

        A multiword term crosses only if every one of its terms is among ``terms``.
        """
        table = self._built()
        present = set(terms)
        found: dict[str, tuple[Wording, ...]] = {}
        for term in dict.fromkeys(terms):
            targets: dict[Wording, None] = {}
            for source, theirs in table.get(term, {}).items():
                if present.issuperset(source):
                    targets.update(theirs)
            if targets:
                found[term] = tuple(targets)
        return found

    def __len__(self) -> int:
        return len(self._built())
