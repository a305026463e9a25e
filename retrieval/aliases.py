"""Domain aliases: abbreviations and the names they stand for, in English and Russian.

Each :class:`Concept` has one index term (``"#icc"``) and the surface forms that mean it. The
analyzer (:mod:`retrieval.tokenizer`) emits the concept term wherever a form occurs, next to the
ordinary terms of the form's words, so "ICC", "International Criminal Court" and "Международного
уголовного суда" all share ``#icc``.

Two kinds of form:

* ``forms`` match case-insensitively on stemmed words, so any case ending matches
  ("Совета Безопасности ООН", "Nato", "nato");
* ``exact`` forms match case-sensitively on the surface, for abbreviations that are also
  everyday words: "US" but not "us", "WHO" but not "who", "ПРО" but not "про", "START" but not
  "a new start".

Countries, cities and regions (:mod:`retrieval.places`: ISO names with their Russian
translations, and a table of our own) are concepts too, so "Сирии" meets "Syria" as "МУС" meets
"ICC"; a country that has a concept here gets its extra names added to it.

A concept should not list a one-word form that also sits inside one of its longer forms
("Britain" and "Great Britain"), or a passage would count the concept twice; the tests check it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Final

from retrieval.places import EXISTING, places

__all__ = ["ALIASES", "CONCEPTS", "CONCEPT_PREFIX", "Concept", "concept_label", "is_concept"]

#: Concept terms start with this; ordinary terms never contain it.
CONCEPT_PREFIX: Final = "#"


@dataclass(frozen=True, slots=True)
class Concept:
    """One named thing and the ways transcripts write it.

    Attributes:
        term: Index term, ``#`` plus a short lower-case key.
        label: Human-readable name, for help texts and explanations.
        forms: Surface forms matched on stemmed words, ignoring case.
        exact: Surface forms matched exactly, case included.
    """

    term: str
    label: str
    forms: tuple[str, ...]
    exact: tuple[str, ...] = ()


def _c(key: str, label: str, forms: str, exact: str = "") -> Concept:
    # Forms are written one per line-separated "|" list to keep the table readable.
    def split(text: str) -> tuple[str, ...]:
        return tuple(f.strip() for f in text.split("|") if f.strip())

    return Concept(CONCEPT_PREFIX + key, label, split(forms), split(exact))


# fmt: off
#: The concepts written here; :data:`CONCEPTS` adds the places.
_OWN: Final[tuple[Concept, ...]] = (
    # International organisations and their bodies.
    _c("un", "United Nations",
       "United Nations | ООН | Организация Объединенных Наций", "UN | U.N."),
    _c("unsc", "UN Security Council",
       "UNSC | UN Security Council | United Nations Security Council | Security Council"
       " | СБ ООН | Совет Безопасности ООН | Совет Безопасности | Совбез"),
    _c("prst", "Presidential statement of the UN Security Council",
       "presidential statement | заявление Председателя Совета Безопасности"
       " | заявление Председателя СБ | президентское заявление", "PRST"),
    _c("unga", "UN General Assembly",
       "UNGA | UN General Assembly | United Nations General Assembly | General Assembly"
       " | ГА ООН | Генеральная Ассамблея ООН | Генеральная Ассамблея | Генассамблея"),
    _c("un_charter", "UN Charter",
       "UN Charter | United Nations Charter | Charter of the United Nations | Устав ООН"
       " | Устав Организации Объединенных Наций"),
    # "Human Rights Council" and «Совет по правам человека» alone are no form of either: in
    # this corpus they as often name the Russian President's council («СПЧ») as the UN's.
    _c("unhrc", "UN Human Rights Council",
       "UNHRC | UN Human Rights Council | United Nations Human Rights Council | СПЧ ООН"
       " | Совет ООН по правам человека | Совет по правам человека ООН", "HRC"),
    _c("hrc_ru", "Presidential Council for Civil Society and Human Rights",
       "Presidential Council for Civil Society and Human Rights"
       " | Presidential Human Rights Council | Council for Civil Society and Human Rights"
       " | Совет по развитию гражданского общества и правам человека"
       " | Совет по правам человека при Президенте", "СПЧ"),
    _c("icc", "International Criminal Court",
       "ICC | International Criminal Court | МУС | Международный уголовный суд"),
    _c("icj", "International Court of Justice",
       "ICJ | International Court of Justice | Международный суд ООН | МС ООН"),
    _c("unesco", "UNESCO", "UNESCO | ЮНЕСКО"),
    _c("iaea", "International Atomic Energy Agency",
       "IAEA | International Atomic Energy Agency | МАГАТЭ"
       " | Международное агентство по атомной энергии"),
    _c("who", "World Health Organization",
       "World Health Organization | World Health Organisation"
       " | Всемирная организация здравоохранения", "WHO | ВОЗ"),
    _c("wto", "World Trade Organization",
       "WTO | World Trade Organization | World Trade Organisation | ВТО"
       " | Всемирная торговая организация"),
    _c("imf", "International Monetary Fund",
       "IMF | International Monetary Fund | МВФ | Международный валютный фонд"),
    _c("opcw", "Organisation for the Prohibition of Chemical Weapons",
       "OPCW | Organisation for the Prohibition of Chemical Weapons"
       " | Organization for the Prohibition of Chemical Weapons | ОЗХО"
       " | Организация по запрещению химического оружия"),
    _c("nato", "NATO",
       "NATO | North Atlantic Treaty Organization | North Atlantic Treaty Organisation"
       " | North Atlantic Alliance | НАТО | Североатлантический альянс"
       " | Организация Североатлантического договора"),
    _c("eu", "European Union",
       "European Union | ЕС | Европейский союз | Евросоюз", "EU"),
    _c("european_commission", "European Commission",
       "European Commission | Еврокомиссия | Европейская комиссия"),
    _c("european_parliament", "European Parliament",
       "European Parliament | Европарламент | Европейский парламент"),
    _c("osce", "OSCE",
       "OSCE | Organization for Security and Co-operation in Europe"
       " | Organisation for Security and Co-operation in Europe"
       " | Organization for Security and Cooperation in Europe"
       " | Organisation for Security and Cooperation in Europe | ОБСЕ"
       " | Организация по безопасности и сотрудничеству в Европе"),
    _c("coe", "Council of Europe", "Council of Europe | Совет Европы"),
    _c("pace", "Parliamentary Assembly of the Council of Europe",
       "Parliamentary Assembly of the Council of Europe"
       " | Парламентская ассамблея Совета Европы", "PACE | ПАСЕ"),
    _c("csto", "Collective Security Treaty Organisation",
       "CSTO | Collective Security Treaty Organization"
       " | Collective Security Treaty Organisation | ОДКБ"
       " | Организация Договора о коллективной безопасности"),
    _c("sco", "Shanghai Cooperation Organisation",
       "Shanghai Cooperation Organisation | Shanghai Cooperation Organization | ШОС"
       " | Шанхайская организация сотрудничества", "SCO"),
    _c("cis", "Commonwealth of Independent States",
       "Commonwealth of Independent States | СНГ | Содружество Независимых Государств",
       "CIS"),
    _c("eaeu", "Eurasian Economic Union",
       "EAEU | Eurasian Economic Union | ЕАЭС | Евразийский экономический союз", "EEU"),
    _c("brics", "BRICS", "BRICS | БРИКС"),
    _c("g7", "Group of Seven", "G7 | G-7 | Group of Seven | Группа семи | семерка"),
    _c("g8", "Group of Eight", "G8 | G-8 | Group of Eight | Группа восьми | восьмерка"),
    _c("g20", "Group of Twenty", "G20 | G-20 | Group of Twenty | Группа двадцати | двадцатка"),
    _c("p5", "Permanent members of the UN Security Council",
       "P5 | P-5 | Permanent Five | Big Five | five permanent members"
       " | permanent members of the Security Council | постоянные члены Совета Безопасности"
       " | пятерка"),
    _c("apec", "Asia-Pacific Economic Cooperation",
       "APEC | Asia-Pacific Economic Cooperation | АТЭС"
       " | Азиатско-Тихоокеанское экономическое сотрудничество"),
    _c("asean", "ASEAN",
       "ASEAN | Association of Southeast Asian Nations"
       " | Association of South-East Asian Nations | АСЕАН"),
    _c("arab_league", "League of Arab States",
       "Arab League | League of Arab States | Лига арабских государств", "ЛАГ"),
    _c("oic", "Organisation of Islamic Cooperation",
       "OIC | Organisation of Islamic Cooperation | Organization of Islamic Cooperation"
       " | Организация исламского сотрудничества", "ОИС"),
    _c("african_union", "African Union", "African Union | Африканский союз"),
    _c("nam", "Non-Aligned Movement", "Non-Aligned Movement | Движение неприсоединения"),
    _c("aukus", "AUKUS", "AUKUS | ОКАС"),
    _c("opec", "OPEC", "OPEC | ОПЕК"),
    _c("mercosur", "Mercosur", "Mercosur | МЕРКОСУР"),
    _c("ndb", "New Development Bank", "New Development Bank | Новый банк развития", "NDB"),
    _c("arctic_council", "Arctic Council", "Arctic Council | Арктический совет"),
    _c("gcc", "Gulf Cooperation Council",
       "Gulf Cooperation Council | Cooperation Council for the Arab States of the Gulf"
       " | Совет сотрудничества арабских государств Персидского залива | ССАГПЗ", "GCC"),
    _c("european_council", "European Council", "European Council | Европейский совет | Евросовет"),
    _c("echr", "European Court of Human Rights",
       "European Court of Human Rights | Европейский суд по правам человека | ЕСПЧ", "ECHR"),
    _c("world_bank", "World Bank", "World Bank | Всемирный банк"),
    _c("ebrd", "European Bank for Reconstruction and Development",
       "European Bank for Reconstruction and Development | EBRD"
       " | Европейский банк реконструкции и развития | ЕБРР"),
    _c("unhcr", "UN Refugee Agency",
       "UNHCR | UN Refugee Agency | Office of the UN High Commissioner for Refugees"
       " | УВКБ ООН | Управление Верховного комиссара ООН по делам беженцев"),
    _c("ohchr", "UN Human Rights Office",
       "OHCHR | Office of the UN High Commissioner for Human Rights | УВКПЧ"
       " | Управление Верховного комиссара ООН по правам человека"),
    _c("unicef", "UNICEF", "UNICEF | ЮНИСЕФ"),
    _c("unrwa", "UNRWA", "UNRWA | БАПОР"),
    # UN peacekeeping and political missions, which the Security Council's statements name by
    # their acronyms in either language (exact forms: «МООНСИ» and «МООНСА» share a stem).
    _c("unami", "UN Assistance Mission for Iraq",
       "United Nations Assistance Mission for Iraq", "UNAMI | МООНСИ"),
    _c("unama", "UN Assistance Mission in Afghanistan",
       "United Nations Assistance Mission in Afghanistan", "UNAMA | МООНСА"),
    _c("unmik", "UN Mission in Kosovo", "", "UNMIK | МООНК"),
    _c("unifil", "UN Interim Force in Lebanon",
       "United Nations Interim Force in Lebanon", "UNIFIL | ВСООНЛ"),
    _c("undof", "UN Disengagement Observer Force", "", "UNDOF | СООННР"),
    _c("unficyp", "UN Peacekeeping Force in Cyprus", "", "UNFICYP | ВСООНК"),
    _c("untso", "UN Truce Supervision Organization", "", "UNTSO | ОНВУП"),
    _c("minusma", "UN mission in Mali", "", "MINUSMA | МИНУСМА"),
    _c("minusca", "UN mission in the Central African Republic", "", "MINUSCA | МИНУСКА"),
    _c("monusco", "UN mission in the DR Congo", "", "MONUSCO | МООНСДРК"),
    _c("unmiss", "UN Mission in South Sudan", "", "UNMISS | МООНЮС"),
    _c("unsmil", "UN Support Mission in Libya", "", "UNSMIL | МООНПЛ"),
    _c("wfp", "World Food Programme",
       "World Food Programme | World Food Program | Всемирная продовольственная программа",
       "WFP | ВПП"),
    _c("icao", "International Civil Aviation Organization",
       "ICAO | International Civil Aviation Organization | ИКАО"
       " | Международная организация гражданской авиации"),
    _c("icrc", "International Committee of the Red Cross",
       "ICRC | Red Cross | МККК | Красный Крест"),
    _c("amnesty", "Amnesty International", "Amnesty International"),
    _c("hrw", "Human Rights Watch", "Human Rights Watch | HRW"),
    _c("ioc", "International Olympic Committee",
       "International Olympic Committee | Международный олимпийский комитет | МОК", "IOC"),
    _c("fifa", "FIFA", "FIFA | ФИФА"),
    _c("wada", "World Anti-Doping Agency",
       "WADA | World Anti-Doping Agency | ВАДА | Всемирное антидопинговое агентство"),
    # Movements and groups the ministry speaks about.
    _c("hamas", "Hamas", "Hamas | ХАМАС"),
    _c("hezbollah", "Hezbollah", "Hezbollah | Хезболла | Хизбалла"),
    _c("taliban", "Taliban", "Taliban | Талибан | талибы"),
    _c("isis", "ISIS",
       "ISIS | ISIL | Islamic State | Daesh | ИГИЛ | ИГ | Исламское государство | ДАИШ"),
    _c("pmc", "private military company",
       "private military company | private military companies | частная военная компания",
       "PMC | ЧВК"),
    # Wars.
    _c("smo", "special military operation",
       "special military operation | специальная военная операция", "SMO | СВО"),
    _c("wwii", "Second World War",
       "WWII | WW2 | WW II | Second World War | World War II | World War Two | World War 2"
       " | Вторая мировая война | ВМВ"),
    _c("wwi", "First World War",
       "WWI | WW1 | First World War | World War I | World War One | World War 1"
       " | Первая мировая война"),
    _c("gpw", "Great Patriotic War",
       "Great Patriotic War | Великая Отечественная война", "ВОВ"),
    # Treaties, agreements and formats.
    _c("jcpoa", "Joint Comprehensive Plan of Action",
       "JCPOA | Joint Comprehensive Plan of Action | Iran nuclear deal"
       " | Iranian nuclear deal | СВПД | Совместный всеобъемлющий план действий"),
    _c("start", "New START Treaty",
       "Strategic Arms Reduction Treaty | Strategic Offensive Arms Treaty | ДСНВ | СНВ"
       " | Договор о стратегических наступательных вооружениях",
       "START"),
    _c("inf", "INF Treaty",
       "Intermediate-Range Nuclear Forces Treaty"
       " | Intermediate-Range Nuclear Forces | ДРСМД | РСМД"
       " | Договор о ракетах средней и меньшей дальности"
       " | ракетах средней и меньшей дальности", "INF"),
    _c("npt", "Treaty on the Non-Proliferation of Nuclear Weapons",
       "NPT | Non-Proliferation Treaty | Nonproliferation Treaty"
       " | Treaty on the Non-Proliferation of Nuclear Weapons"
       " | Договор о нераспространении ядерного оружия",
       # Exact: «ДНЯО» stems as «дня», the genitive of «день».
       "ДНЯО"),
    _c("ctbt", "Comprehensive Nuclear-Test-Ban Treaty",
       "CTBT | Comprehensive Nuclear-Test-Ban Treaty | Comprehensive Test Ban Treaty | ДВЗЯИ"
       " | Договор о всеобъемлющем запрещении ядерных испытаний"),
    _c("abm", "Anti-Ballistic Missile Treaty",
       "Anti-Ballistic Missile Treaty | Договор по ПРО", "ABM"),
    _c("missile_defence", "Missile defence",
       "missile defence | missile defense | противоракетная оборона", "ПРО"),
    _c("cfe", "Treaty on Conventional Armed Forces in Europe",
       "Treaty on Conventional Armed Forces in Europe | ДОВСЕ", "CFE"),
    _c("open_skies", "Treaty on Open Skies",
       "Open Skies Treaty | Treaty on Open Skies | Договор по открытому небу", "ДОН"),
    _c("minsk", "Minsk agreements",
       "Minsk agreements | Minsk Package of Measures | Minsk Package | Минские соглашения"
       " | Минские договоренности | Минский комплекс мер"),
    _c("normandy", "Normandy format", "Normandy format | Normandy Four | нормандский формат"
       " | нормандская четверка"),
    _c("astana", "Astana format", "Astana format | Astana process | астанинский формат"),
    _c("nord_stream", "Nord Stream", "Nord Stream | Северный поток"),
    _c("turkstream", "TurkStream", "TurkStream | Turkish Stream | Турецкий поток"),
    _c("swift", "SWIFT", "СВИФТ", "SWIFT"),
    # States and governments.
    _c("usa", "United States",
       "USA | United States | United States of America | США | Соединенные Штаты"
       " | Соединенные Штаты Америки", "US | U.S. | U.S.A."),
    _c("uk", "United Kingdom",
       "UK | United Kingdom | Britain | Великобритания | Британия | Соединенное Королевство",
       "U.K."),
    _c("ussr", "Soviet Union", "USSR | Soviet Union | СССР | Советский Союз"),
    _c("rf", "Russian Federation", "Russian Federation | РФ | Российская Федерация"),
    _c("dprk", "North Korea",
       "DPRK | North Korea | Democratic People's Republic of Korea | КНДР | Северная Корея"
       " | Корейская Народно-Демократическая Республика"),
    _c("prc", "People's Republic of China",
       "PRC | People's Republic of China | КНР | Китайская Народная Республика"),
    _c("uae", "United Arab Emirates",
       "UAE | United Arab Emirates | ОАЭ | Объединенные Арабские Эмираты"),
    _c("mfa", "Foreign Ministry",
       "MFA | Foreign Ministry | Ministry of Foreign Affairs | МИД"
       " | Министерство иностранных дел"),
    _c("state_department", "US Department of State",
       "State Department | Department of State | Госдепартамент | Госдеп"),
    _c("cia", "CIA", "CIA | ЦРУ"),
    _c("fbi", "FBI", "ФБР", "FBI"),
    _c("nsa", "National Security Agency", "National Security Agency | АНБ", "NSA"),
    _c("sbu", "Security Service of Ukraine",
       "Security Service of Ukraine | Служба безопасности Украины | СБУ", "SBU"),
    _c("mi6", "MI6", "MI6 | MI-6 | МИ-6 | МИ6"),
    # Russian state bodies and institutions the statements name.
    _c("fsb", "Federal Security Service", "Federal Security Service | ФСБ", "FSB"),
    _c("svr", "Foreign Intelligence Service",
       "Foreign Intelligence Service | Служба внешней разведки | СВР", "SVR"),
    _c("defence_ministry", "Ministry of Defence",
       "Defence Ministry | Defense Ministry | Ministry of Defence | Ministry of Defense"
       " | Минобороны | Министерство обороны"),
    _c("federation_council", "Federation Council",
       "Federation Council | Совет Федерации | Совфед"),
    _c("central_bank", "Central Bank of Russia",
       "Central Bank | Bank of Russia | Центробанк | Центральный банк | Банк России", "ЦБ"),
    _c("cec", "Central Election Commission",
       "Central Election Commission | Central Electoral Commission | ЦИК | Центризбирком"
       " | Центральная избирательная комиссия", "CEC"),
    _c("mgimo", "MGIMO University", "MGIMO | МГИМО"),
    _c("cfm", "Council of Foreign Ministers",
       "Council of Foreign Ministers | Council of Ministers of Foreign Affairs"
       " | Совет министров иностранных дел | СМИД"),
    # News agencies, papers and channels, Russian and foreign: their names as each language
    # writes them (a name that is also an everyday word only with its capital, in its case
    # forms: «Дождь», «Известия»).
    _c("tass", "TASS", "TASS | ТАСС"),
    _c("ria_novosti", "RIA Novosti", "RIA Novosti | РИА Новости"),
    _c("interfax", "Interfax", "Interfax | Интерфакс"),
    _c("rbc", "RBC", "RBC | РБК"),
    _c("izvestia", "Izvestia", "Izvestia | Izvestiya",
       "Известия | Известий | Известиям | Известиях"),
    _c("kommersant", "Kommersant", "Kommersant",
       "Коммерсантъ | Коммерсанта | Коммерсанту | Коммерсантом | Коммерсанте"),
    _c("vedomosti", "Vedomosti", "Vedomosti", "Ведомости | Ведомостей | Ведомостям | Ведомостях"),
    _c("rossiyskaya_gazeta", "Rossiyskaya Gazeta",
       "Rossiyskaya Gazeta | Российская газета"),
    _c("komsomolskaya_pravda", "Komsomolskaya Pravda",
       "Komsomolskaya Pravda | Комсомольская правда"),
    _c("moskovsky_komsomolets", "Moskovsky Komsomolets",
       "Moskovsky Komsomolets | Московский комсомолец"),
    _c("aif", "Argumenty i Fakty", "Argumenty i Fakty | Аргументы и факты", "АиФ | AiF"),
    _c("novaya_gazeta", "Novaya Gazeta", "Novaya Gazeta | Новая газета"),
    _c("nezavisimaya_gazeta", "Nezavisimaya Gazeta",
       "Nezavisimaya Gazeta | Независимая газета"),
    _c("echo_of_moscow", "Echo of Moscow", "Echo of Moscow | Ekho Moskvy | Эхо Москвы"),
    _c("tv_rain", "TV Rain", "TV Rain | Dozhd", "Дождь | Дождя | Дождю | Дождем | Дождём | Дожде"),
    # ("Первый канал" stems to "кан", its other cases to "кана": both given.)
    _c("channel_one", "Channel One", "Channel One | Первый канал | Первом канале"),
    _c("ntv", "NTV", "НТВ", "NTV"),
    _c("rt", "RT", "Russia Today", "RT"),
    _c("cnn", "CNN", "CNN | Си-эн-эн"),
    _c("bbc", "BBC", "BBC | Би-би-си"),
    _c("nbc", "NBC", "NBC | Эн-би-си"),
    _c("cbs", "CBS", "CBS | Си-би-эс"),
    _c("fox_news", "Fox News", "Fox News | Фокс ньюс"),
    _c("reuters", "Reuters", "Reuters | Рейтер | Рейтерс"),
    _c("bloomberg", "Bloomberg", "Bloomberg | Блумберг"),
    _c("afp", "Agence France-Presse",
       "Agence France-Presse | France-Presse | Франс Пресс | Франс-Пресс", "AFP"),
    _c("associated_press", "Associated Press", "Associated Press | Ассошиэйтед Пресс"),
    _c("nyt", "The New York Times", "New York Times | Нью-Йорк таймс", "NYT"),
    _c("washington_post", "The Washington Post", "Washington Post | Вашингтон пост"),
    _c("wsj", "The Wall Street Journal",
       "Wall Street Journal | Уолл-стрит джорнэл | Уолл-стрит джорнал", "WSJ"),
    _c("financial_times", "Financial Times",
       "Financial Times | Файненшл таймс | Файнэншл таймс", "FT"),
    _c("guardian", "The Guardian", "Guardian | Гардиан"),
    _c("spiegel", "Der Spiegel", "Spiegel | Шпигель"),
    _c("al_jazeera", "Al Jazeera", "Al Jazeera | Аль-Джазира"),
    _c("xinhua", "Xinhua", "Xinhua | Синьхуа"),
    _c("euronews", "Euronews", "Euronews | Евроньюс"),
    _c("deutsche_welle", "Deutsche Welle",
       "Deutsche Welle | Дойче велле | Немецкая волна", "DW"),
    _c("voice_of_america", "Voice of America", "Voice of America | Голос Америки", "VOA"),
    _c("radio_liberty", "Radio Liberty",
       "Radio Liberty | Radio Free Europe | Радио Свобода"),
    # Places and events spelled more than one way.
    _c("cuban_missile_crisis", "Cuban missile crisis",
       "Cuban missile crisis | Caribbean crisis | Карибский кризис"),
    _c("kyiv", "Kiev", "Kiev | Kyiv | Киев | Kievan | киевский"),
    _c("donbass", "Donbass", "Donbass | Donbas | Донбасс"),
    _c("znpp", "Zaporozhye Nuclear Power Plant",
       "Zaporozhye Nuclear Power Plant | Zaporizhzhia Nuclear Power Plant | Zaporozhye NPP"
       " | Zaporizhzhia NPP | Запорожская АЭС | Запорожская атомная электростанция",
       "ZNPP | ZAES | ЗАЭС"),
    _c("lng", "liquefied natural gas",
       "liquefied natural gas | сжиженный природный газ", "LNG | СПГ"),
    # The republics of Donbass, by their names and their initials in either script.
    _c("dpr", "Donetsk People's Republic",
       "Donetsk People's Republic | Донецкая Народная Республика",
       "DPR | DNR | ДНР"),
    _c("lpr", "Lugansk People's Republic",
       "Lugansk People's Republic | Luhansk People's Republic | Луганская Народная Республика",
       "LPR | LNR | ЛНР"),
    _c("karabakh", "Nagorno-Karabakh",
       "Karabakh | Karabagh | Карабах | карабахский"),
    # ("Latin American countries" name no American: the longer name holds the word.)
    _c("latin_america", "Latin America",
       "Latin America | Latin American | Латинская Америка | латиноамериканский"),
    _c("covid", "COVID-19",
       "COVID | coronavirus | SARS-CoV-2 | коронавирус | ковид | коронавирусная инфекция"),
)
# fmt: on


def _with_places(own: tuple[Concept, ...]) -> tuple[Concept, ...]:
    """The concepts written here, with the places' names merged in or added after them."""
    by_key = {p.key: p for p in places()}
    merged = []
    for concept in own:
        place = by_key.get(concept.term.removeprefix(CONCEPT_PREFIX))
        if place is not None and place.key in EXISTING.values():
            concept = Concept(
                concept.term,
                concept.label,
                concept.forms + place.forms,
                concept.exact + place.exact,
            )
        merged.append(concept)
    extra = [
        Concept(CONCEPT_PREFIX + p.key, p.en, p.forms, p.exact)
        for p in places()
        if p.key not in EXISTING.values()
    ]
    return (*merged, *extra)


#: Every concept the analyzer knows, in no particular order.
CONCEPTS: Final[tuple[Concept, ...]] = _with_places(_OWN)

#: Concept term -> every surface form that stands for it (case-insensitive forms first).
ALIASES: Final[Mapping[str, tuple[str, ...]]] = MappingProxyType(
    {c.term: c.forms + c.exact for c in CONCEPTS}
)

_LABELS: Final[Mapping[str, str]] = MappingProxyType({c.term: c.label for c in CONCEPTS})


def _news_outlet_names() -> frozenset[str]:
    """Every name of the news agencies, papers and channels in the table (from TASS to Radio
    Liberty), lower case."""
    terms = [c.term for c in _OWN]
    first, last = terms.index("#tass"), terms.index("#radio_liberty")
    return frozenset(
        form.casefold() for c in _OWN[first : last + 1] for form in (c.label, *c.forms, *c.exact)
    )


_NEWS_OUTLETS: Final = _news_outlet_names()


def is_news_outlet(name: str) -> bool:
    """Whether ``name`` is the whole name of a news outlet the table knows ("РИА Новости",
    "TASS", "CNN"), any case."""
    return " ".join(name.split()).casefold() in _NEWS_OUTLETS


def is_concept(term: str) -> bool:
    """Whether an index term is a concept term (``"#icc"``) rather than a word's stem."""
    return term.startswith(CONCEPT_PREFIX)


def concept_label(term: str) -> str | None:
    """The readable name of a concept term.

    Args:
        term: An index term, e.g. ``"#icc"``.

    Returns:
        ``"International Criminal Court"`` for ``"#icc"``; None for an ordinary term or an
        unknown concept.
    """
    return _LABELS.get(term)
