"""Countries and cities in English and Russian, as concepts for the alias table.

Country names come from pycountry (ISO 3166-1, with the Russian names of its gettext catalogue):
each country's short English name and its Russian name become the forms of one concept
(``#country:sy``: "Syria", "Сирия", and through the analyzer's stemming "Сирии", "Сирией").
A table of our own adds what ISO leaves out: the names the transcripts actually use ("Turkey",
"Belarus"/"Белоруссия", "Moldova"), the adjectives that name a country in a statement
("Syrian", "сирийский"), and the cities and regions the ministry speaks about, with their
spelling variants ("Kharkov"/"Kharkiv"/"Харьков").

:mod:`retrieval.aliases` turns these into :class:`~retrieval.aliases.Concept` entries, so names
cross languages by the one concept mechanism. :func:`place_name` gives a place's name in either
language for display ("Moscow" for a Russian document's "Москва" in an English reply).

A Russian one-word name is matched by its own case forms (:func:`declined`: "Армения",
"Армении", "Армению", "Арменией"), not by its stem: the Russian stemmer cuts short names down
to the stem of an everyday word (Армения/армия, Дели/дело, Судан/суд, Словения/слово).
"""

from __future__ import annotations

import gettext
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Final

import pycountry

from retrieval.passages import Language
from retrieval.text import label_key

__all__ = ["RUSSIAN_CITIES", "Place", "capitals", "place_name", "places"]


@dataclass(frozen=True, slots=True)
class Place:
    """One country, city or region and its names.

    Attributes:
        key: Concept key (``"country:sy"``, ``"city:moscow"``).
        en: English display name.
        ru: Russian display name.
        forms: Every name matched on stemmed words (both languages).
        exact: Names matched by their exact spelling (case included).
    """

    key: str
    en: str
    ru: str
    forms: tuple[str, ...]
    exact: tuple[str, ...] = ()


#: Countries that already have a concept in :mod:`retrieval.aliases` (under that term): their
#: extra names below are added to it instead of making a second concept.
EXISTING: Final[Mapping[str, str]] = {
    "US": "usa",
    "GB": "uk",
    "KP": "dprk",
    "AE": "uae",
    "RU": "rf",
}

# fmt: off
#: Names and adjectives ISO does not give, by ISO code: "English | … / Russian | …".
_COUNTRY_EXTRA: Final[Mapping[str, str]] = {
    "SY": "Syrian / сирийский | сирийцы",
    "UA": "Ukrainian / украинский | украинцы | украинец",
    "US": "American / американский | американцы | американец",
    "CN": "Chinese / китайский | китайцы",
    "IR": "Iranian / иранский | иранцы",
    "IL": "Israeli / израильский | израильтяне",
    "TR": "Turkey | Turkish / турецкий",
    "JP": "Japanese / японский | японцы",
    "DE": "German / немецкий | германский | ФРГ | немцы",
    "FR": "French / французский | французы",
    "GB": "British | Britons / британский | британцы",
    "IN": "Indian / индийский",
    "PS": "Palestine | Palestinian / палестинский",
    "AF": "Afghan / афганский | афганцы",
    "LY": "Libyan / ливийский",
    "IQ": "Iraqi / иракский",
    "VE": "Venezuelan / венесуэльский",
    "CU": "Cuban / кубинский",
    "GE": "Georgian / грузинский | грузины",
    "AM": "Armenian / армянский | армяне",
    "AZ": "Azerbaijani / азербайджанский",
    "BY": "Belarusian | Byelorussia / Белоруссия | белорусский",
    "KZ": "Kazakh | Kazakhstani / казахстанский | казахский",
    "RS": "Serbian | Serb | Serbs / сербский | сербы",
    "PL": "Polish / польский | поляки",
    "MD": "Moldovan / Молдова | молдавский",
    "KG": "Kyrgyz / Киргизия | киргизский",
    "TJ": "Tajik / таджикский",
    "UZ": "Uzbek / узбекский",
    "TM": "Turkmen / туркменский",
    "EG": "Egyptian / египетский",
    "SA": "Saudi / саудовский",
    "YE": "Yemeni / йеменский",
    "LB": "Lebanese / ливанский",
    "JO": "Jordanian / иорданский",
    "QA": "Qatari / катарский",
    "IT": "Italian / итальянский",
    "ES": "Spanish / испанский",
    "BR": "Brazilian / бразильский",
    "KR": "South Korean / южнокорейский",
    "KP": "North Korean / северокорейский",
    "VN": "Vietnamese / вьетнамский",
    "PK": "Pakistani / пакистанский",
    "EE": "Estonian / эстонский | эстонцы",
    "LV": "Latvian / латвийский | латыши",
    "LT": "Lithuanian / литовский",
    "FI": "Finnish / финский",
    "NO": "Norwegian / норвежский",
    "SE": "Swedish / шведский",
    "DK": "Danish / датский",
    "NL": "Dutch | Holland / голландский | нидерландский | Голландия",
    "CZ": "Czech Republic | Czech / чешский",
    "GR": "Greek / греческий",
    "IS": "Icelandic / исландский",
    "RU": "Russia / Россия",
    "MK": "Macedonia | Macedonian / Македония | македонский | северомакедонский",
    "CI": "Ivory Coast / Кот-д'Ивуар",
    "MM": "Burma / Бирма | мьянманский",
    "SZ": "Swaziland / Свазиленд",
    "VA": "Vatican | Holy See / Ватикан | Святой Престол",
    "CD": "Democratic Republic of the Congo / ДР Конго | ДРК",
    "FM": "Micronesia / Микронезия",
    "LA": "Laos | Lao | Laotian / Лаос | лаосский",
    "TW": "Taiwanese / тайваньский",
    "SK": "Slovak | Slovakian / словацкий",
    "HU": "Hungarian / венгерский",
    "RO": "Romanian / румынский",
    "BG": "Bulgarian / болгарский",
    "AT": "Austrian / австрийский",
    "CH": "Swiss / швейцарский",
    "BE": "Belgian / бельгийский",
    "PT": "Portuguese / португальский",
    "IE": "Irish / ирландский",
    "HR": "Croatian / хорватский",
    "SI": "Slovenian / словенский",
    "BA": "Bosnian / боснийский",
    "ME": "Montenegrin / черногорский",
    "AL": "Albanian / албанский",
    "CY": "Cypriot / кипрский",
    "CA": "Canadian / канадский",
    "MX": "Mexican / мексиканский",
    "AR": "Argentine | Argentinian / аргентинский",
    "AU": "Australian / австралийский",
    "MN": "Mongolian / монгольский",
    "ID": "Indonesian / индонезийский",
    "DZ": "Algerian / алжирский",
    "MA": "Moroccan / марокканский",
    "SD": "Sudanese / суданский",
    "AE": "Emirati / эмиратский",
    "ZA": "South African / южноафриканский | ЮАР",
    "CF": "Central African / центральноафриканский | ЦАР",
    # Adjectives of the countries MFA stories name most often by them ("лаосского народа",
    # "the Paraguayan foreign minister"); not "Congolese" (two Congos), "Guinean" (three
    # Guineas), nor one inside another's ("South Sudanese").
    "LK": "Sri Lankan / шри-ланкийский", "MY": "Malaysian / малайзийский",
    "TH": "Thai / таиландский | тайский", "KH": "Cambodian / камбоджийский",
    "PH": "/ филиппинский", "BD": "Bangladeshi / бангладешский",
    "NP": "Nepalese | Nepali / непальский", "CL": "Chilean / чилийский",
    "PE": "Peruvian / перуанский", "CO": "Colombian / колумбийский",
    "BO": "Bolivian / боливийский", "NI": "Nicaraguan / никарагуанский",
    "PY": "Paraguayan / парагвайский", "UY": "Uruguayan / уругвайский",
    "EC": "Ecuadorian / эквадорский", "NG": "Nigerian / нигерийский",
    "ET": "Ethiopian / эфиопский", "KE": "Kenyan / кенийский", "TN": "Tunisian / тунисский",
    "ML": "Malian / малийский", "NE": "Nigerien / нигерский", "AO": "Angolan / ангольский",
    "MZ": "Mozambican / мозамбикский", "ZW": "Zimbabwean / зимбабвийский",
    "OM": "Omani / оманский", "BH": "Bahraini / бахрейнский", "KW": "Kuwaiti / кувейтский",
    "GH": "Ghanaian / ганский", "SN": "Senegalese / сенегальский",
    "BF": "Burkinabe / буркинийский", "TD": "Chadian / чадский", "ER": "Eritrean / эритрейский",
    "SO": "Somali / сомалийский", "NZ": "/ новозеландский", "SG": "Singaporean / сингапурский",
    "BN": "Bruneian / брунейский", "MV": "Maldivian / мальдивский",
    "DO": "Dominican / доминиканский", "GT": "Guatemalan / гватемальский",
    "HN": "Honduran / гондурасский", "SV": "Salvadoran / сальвадорский",
    "PA": "Panamanian / панамский", "CR": "Costa Rican / костариканский",
    "JM": "Jamaican / ямайский", "HT": "Haitian / гаитянский", "TZ": "Tanzanian / танзанийский",
    "UG": "Ugandan / угандийский", "RW": "Rwandan / руандийский",
    "CM": "Cameroonian / камерунский", "LR": "Liberian / либерийский",
    "MG": "Malagasy / мадагаскарский", "NA": "Namibian / намибийский",
    "BW": "Botswanan / ботсванский", "ZM": "Zambian / замбийский",
    "MU": "Mauritian / маврикийский",
}

#: Concept terms of the Russian cities of _CITIES (where statements are made at home, as Russia
#: is the country every statement speaks for).
RUSSIAN_CITIES: Final = frozenset(
    f"#city:{key}"
    for key in (
        "moscow", "st_petersburg", "sochi", "kazan", "vladivostok", "kaliningrad", "kursk",
        "belgorod",
    )
)

#: Cities and regions: key, English names, Russian names (first of each: the display name).
_CITIES: Final[tuple[tuple[str, str, str], ...]] = (
    ("moscow", "Moscow", "Москва"),
    ("st_petersburg", "St Petersburg | Saint Petersburg | St. Petersburg",
     "Санкт-Петербург | Петербург"),
    ("sochi", "Sochi", "Сочи"),
    ("kazan", "Kazan", "Казань"),
    ("vladivostok", "Vladivostok", "Владивосток"),
    ("kaliningrad", "Kaliningrad", "Калининград"),
    ("kursk", "Kursk", "Курск"),
    ("belgorod", "Belgorod", "Белгород"),
    ("crimea", "Crimea", "Крым"),
    ("sevastopol", "Sevastopol", "Севастополь"),
    ("simferopol", "Simferopol", "Симферополь"),
    ("donetsk", "Donetsk", "Донецк"),
    ("lugansk", "Lugansk | Luhansk", "Луганск"),
    ("mariupol", "Mariupol", "Мариуполь"),
    ("kherson", "Kherson", "Херсон"),
    ("zaporozhye", "Zaporozhye | Zaporozhie | Zaporizhzhia", "Запорожье"),
    ("odessa", "Odessa | Odesa", "Одесса"),
    ("kharkov", "Kharkov | Kharkiv", "Харьков"),
    ("bucha", "Bucha", "Буча"),
    ("washington", "Washington", "Вашингтон"),
    ("new_york", "New York", "Нью-Йорк"),
    ("london", "London", "Лондон"),
    ("paris", "Paris", "Париж"),
    ("berlin", "Berlin", "Берлин"),
    ("munich", "Munich", "Мюнхен"),
    ("brussels", "Brussels", "Брюссель"),
    ("geneva", "Geneva", "Женева"),
    ("vienna", "Vienna", "Вена"),
    ("the_hague", "The Hague", "Гаага"),
    ("davos", "Davos", "Давос"),
    ("rome", "Rome", "Рим"),
    ("madrid", "Madrid", "Мадрид"),
    ("lisbon", "Lisbon", "Лиссабон"),
    ("athens", "Athens", "Афины"),
    ("helsinki", "Helsinki", "Хельсинки"),
    ("stockholm", "Stockholm", "Стокгольм"),
    ("oslo", "Oslo", "Осло"),
    ("copenhagen", "Copenhagen", "Копенгаген"),
    ("reykjavik", "Reykjavik", "Рейкьявик"),
    ("warsaw", "Warsaw", "Варшава"),
    ("prague", "Prague", "Прага"),
    ("bratislava", "Bratislava", "Братислава"),
    ("budapest", "Budapest", "Будапешт"),
    ("bucharest", "Bucharest", "Бухарест"),
    ("sofia", "Sofia", "София"),
    ("belgrade", "Belgrade", "Белград"),
    ("pristina", "Pristina", "Приштина"),
    ("vilnius", "Vilnius", "Вильнюс"),
    ("riga", "Riga", "Рига"),
    ("tallinn", "Tallinn", "Таллин"),
    ("chisinau", "Chisinau | Kishinev", "Кишинев"),
    ("minsk", "Minsk", "Минск"),
    ("baku", "Baku", "Баку"),
    ("yerevan", "Yerevan", "Ереван"),
    ("tbilisi", "Tbilisi", "Тбилиси"),
    ("astana", "Astana | Nur-Sultan", "Астана | Нур-Султан"),
    ("almaty", "Almaty", "Алма-Ата | Алматы"),
    ("tashkent", "Tashkent", "Ташкент"),
    ("bishkek", "Bishkek", "Бишкек"),
    ("dushanbe", "Dushanbe", "Душанбе"),
    ("ashgabat", "Ashgabat", "Ашхабад"),
    ("ankara", "Ankara", "Анкара"),
    ("istanbul", "Istanbul", "Стамбул"),
    ("antalya", "Antalya", "Анталья"),
    ("damascus", "Damascus", "Дамаск"),
    ("aleppo", "Aleppo", "Алеппо | Халеб"),
    ("idlib", "Idlib", "Идлиб"),
    ("tehran", "Tehran", "Тегеран"),
    ("baghdad", "Baghdad", "Багдад"),
    ("beirut", "Beirut", "Бейрут"),
    ("amman", "Amman", "Амман"),
    ("jerusalem", "Jerusalem", "Иерусалим"),
    ("tel_aviv", "Tel Aviv", "Тель-Авив"),
    ("gaza", "Gaza Strip | Gaza", "сектор Газа | Газа"),
    ("west_bank", "West Bank", "Западный берег"),
    ("golan", "Golan Heights | Golan", "Голанские высоты"),
    ("cairo", "Cairo", "Каир"),
    ("riyadh", "Riyadh", "Эр-Рияд"),
    ("doha", "Doha", "Доха"),
    ("abu_dhabi", "Abu Dhabi", "Абу-Даби"),
    ("dubai", "Dubai", "Дубай"),
    ("tripoli", "Tripoli", "Триполи"),
    ("benghazi", "Benghazi", "Бенгази"),
    ("kabul", "Kabul", "Кабул"),
    ("delhi", "Delhi", "Дели"),
    ("beijing", "Beijing", "Пекин"),
    ("shanghai", "Shanghai", "Шанхай"),
    ("tokyo", "Tokyo", "Токио"),
    ("seoul", "Seoul", "Сеул"),
    ("pyongyang", "Pyongyang", "Пхеньян"),
    ("hanoi", "Hanoi", "Ханой"),
    ("jakarta", "Jakarta", "Джакарта"),
    ("bangkok", "Bangkok", "Бангкок"),
    ("ulaanbaatar", "Ulaanbaatar | Ulan Bator", "Улан-Батор"),
    ("havana", "Havana", "Гавана"),
    ("caracas", "Caracas", "Каракас"),
    ("brasilia", "Brasilia", "Бразилиа"),
    ("rio", "Rio de Janeiro", "Рио-де-Жанейро"),
    ("buenos_aires", "Buenos Aires", "Буэнос-Айрес"),
    ("mexico_city", "Mexico City", "Мехико"),
    ("johannesburg", "Johannesburg", "Йоханнесбург"),
    ("pretoria", "Pretoria", "Претория"),
    ("addis_ababa", "Addis Ababa", "Аддис-Абеба"),
    ("ottawa", "Ottawa", "Оттава"),
    ("kosovo", "Kosovo", "Косово"),
    ("transnistria", "Transnistria | Pridnestrovie", "Приднестровье"),
    ("abkhazia", "Abkhazia", "Абхазия"),
    ("south_ossetia", "South Ossetia", "Южная Осетия"),
    ("sukhum", "Sukhum | Sukhumi", "Сухум | Сухуми"),
    ("tskhinval", "Tskhinval | Tskhinvali", "Цхинвал | Цхинвали"),
    ("tiraspol", "Tiraspol", "Тирасполь"),
    ("arctic", "Arctic", "Арктика"),
    # More capitals the Ministry's partners are named by ("talks in Kuala Lumpur").
    ("kuala_lumpur", "Kuala Lumpur", "Куала-Лумпур"),
    ("vientiane", "Vientiane", "Вьентьян"),
    ("phnom_penh", "Phnom Penh", "Пномпень"),
    ("manila", "Manila", "Манила"),
    ("naypyidaw", "Naypyidaw | Nay Pyi Taw", "Нейпьидо"),
    ("islamabad", "Islamabad", "Исламабад"),
    ("dhaka", "Dhaka", "Дакка"),
    ("colombo", "Colombo", "Коломбо"),
    ("kathmandu", "Kathmandu", "Катманду"),
    ("rabat", "Rabat", "Рабат"),
    ("khartoum", "Khartoum", "Хартум"),
    ("nairobi", "Nairobi", "Найроби"),
    ("abuja", "Abuja", "Абуджа"),
    ("bamako", "Bamako", "Бамако"),
    ("ouagadougou", "Ouagadougou", "Уагадугу"),
    ("niamey", "Niamey", "Ниамей"),
    ("bangui", "Bangui", "Банги"),
    ("luanda", "Luanda", "Луанда"),
    ("harare", "Harare", "Хараре"),
    ("kinshasa", "Kinshasa", "Киншаса"),
    ("dakar", "Dakar", "Дакар"),
    ("accra", "Accra", "Аккра"),
    ("managua", "Managua", "Манагуа"),
    ("la_paz", "La Paz", "Ла-Пас"),
    ("lima", "Lima", "Лима"),
    ("bogota", "Bogota | Bogotá", "Богота"),
    ("santiago", "Santiago", "Сантьяго"),
    ("montevideo", "Montevideo", "Монтевидео"),
    ("asuncion", "Asuncion | Asunción", "Асунсьон"),
    ("quito", "Quito", "Кито"),
    ("muscat", "Muscat", "Маскат"),
    ("manama", "Manama", "Манама"),
    ("canberra", "Canberra", "Канберра"),
    ("wellington", "Wellington", "Веллингтон"),
    ("dublin", "Dublin", "Дублин"),
    ("bern", "Bern | Berne", "Берн"),
    ("amsterdam", "Amsterdam", "Амстердам"),
    ("ljubljana", "Ljubljana", "Любляна"),
    ("zagreb", "Zagreb", "Загреб"),
    ("sarajevo", "Sarajevo", "Сараево"),
    ("podgorica", "Podgorica", "Подгорица"),
    ("skopje", "Skopje", "Скопье"),
    ("tirana", "Tirana", "Тирана"),
    ("nicosia", "Nicosia", "Никосия"),
    # Summit and talks venues that are not capitals: a question names the meeting by its city
    # ("what did Medvedev say in Nice", "Putin at the G20 in Hamburg").
    ("nice", "Nice", "Ницца"),
    ("hamburg", "Hamburg", "Гамбург"),
    ("osaka", "Osaka", "Осака"),
    ("toronto", "Toronto", "Торонто"),
    ("pittsburgh", "Pittsburgh", "Питтсбург"),
    ("deauville", "Deauville", "Довиль"),
    ("heiligendamm", "Heiligendamm", "Хайлигендамм"),
    ("brisbane", "Brisbane", "Брисбен"),
    ("hangzhou", "Hangzhou", "Ханчжоу"),
    ("bali", "Bali", "Бали"),
    ("qingdao", "Qingdao", "Циндао"),
    ("samarkand", "Samarkand", "Самарканд"),
    ("anchorage", "Anchorage", "Анкоридж"),
)
# fmt: on

#: Adjectives of cities and regions ("the Munich conference" is «Мюнхенская конференция», "the
#: Beijing forum" «Пекинский форум»), matched on stemmed words like a country's adjectives:
#: key -> English adjectives / Russian adjectives.
_CITY_ADJECTIVES: Final[Mapping[str, str]] = {
    "moscow": "Muscovite / московский",
    "st_petersburg": "/ петербургский",
    "sochi": "/ сочинский",
    "kazan": "/ казанский",
    "vladivostok": "/ владивостокский",
    "kaliningrad": "/ калининградский",
    "kursk": "/ курский",
    "belgorod": "/ белгородский",
    "crimea": "Crimean / крымский",
    "sevastopol": "/ севастопольский",
    "donetsk": "/ донецкий",
    "lugansk": "/ луганский",
    "mariupol": "/ мариупольский",
    "kherson": "/ херсонский",
    "zaporozhye": "/ запорожский",
    "odessa": "/ одесский",
    "kharkov": "/ харьковский",
    "washington": "/ вашингтонский",
    "new_york": "/ нью-йоркский",
    "london": "/ лондонский",
    "paris": "Parisian / парижский",
    "berlin": "/ берлинский",
    "munich": "/ мюнхенский",
    "brussels": "/ брюссельский",
    "geneva": "/ женевский",
    "vienna": "Viennese / венский",
    "the_hague": "/ гаагский",
    "davos": "/ давосский",
    "rome": "/ римский",
    "madrid": "/ мадридский",
    "lisbon": "/ лиссабонский",
    "athens": "/ афинский",
    "helsinki": "/ хельсинкский",
    "stockholm": "/ стокгольмский",
    "copenhagen": "/ копенгагенский",
    "reykjavik": "/ рейкьявикский",
    "warsaw": "/ варшавский",
    "prague": "/ пражский",
    "bratislava": "/ братиславский",
    "budapest": "/ будапештский",
    "bucharest": "/ бухарестский",
    "belgrade": "/ белградский",
    "vilnius": "/ вильнюсский",
    "riga": "/ рижский",
    "tallinn": "/ таллинский",
    "chisinau": "/ кишиневский | кишинёвский",
    "minsk": "/ минский",
    "baku": "/ бакинский",
    "yerevan": "/ ереванский",
    "tbilisi": "/ тбилисский",
    "astana": "/ астанинский",
    "tashkent": "/ ташкентский",
    "bishkek": "/ бишкекский",
    "dushanbe": "/ душанбинский",
    "ashgabat": "/ ашхабадский",
    "ankara": "/ анкарский",
    "istanbul": "/ стамбульский",
    "damascus": "/ дамасский",
    "tehran": "/ тегеранский",
    "baghdad": "/ багдадский",
    "beirut": "/ бейрутский",
    "jerusalem": "/ иерусалимский",
    "cairo": "/ каирский",
    "kabul": "/ кабульский",
    "beijing": "/ пекинский",
    "shanghai": "/ шанхайский",
    "tokyo": "/ токийский",
    "seoul": "/ сеульский",
    "pyongyang": "/ пхеньянский",
    "hanoi": "/ ханойский",
    "bangkok": "/ бангкокский",
    "havana": "/ гаванский",
    "caracas": "/ каракасский",
    "johannesburg": "/ йоханнесбургский",
    "ottawa": "/ оттавский",
    "kosovo": "Kosovar / косовский",
    "transnistria": "Transnistrian / приднестровский",
    "abkhazia": "Abkhaz | Abkhazian / абхазский",
    "sukhum": "/ сухумский",
    "tskhinval": "/ цхинвальский",
    "tiraspol": "/ тираспольский",
    "south_ossetia": "South Ossetian / южноосетинский",
    "arctic": "/ арктический",
}

# fmt: off
#: The capital of each country or region in the tables above, by city key: ISO code, or the
#: key of a region of :data:`_CITIES`. A statement names a government by its capital ("talks
#: in Riyadh", "Washington's sanctions", "the Sukhum–Tbilisi–Tskhinval triangle"). Moscow is
#: left out: every statement here speaks for Russia, and Russian news opens with "МОСКВА, ...".
_CAPITALS: Final[Mapping[str, str]] = {
    "washington": "US", "london": "GB", "paris": "FR", "berlin": "DE",
    "brussels": "BE", "vienna": "AT", "rome": "IT", "madrid": "ES", "lisbon": "PT",
    "athens": "GR", "helsinki": "FI", "stockholm": "SE", "oslo": "NO", "copenhagen": "DK",
    "reykjavik": "IS", "warsaw": "PL", "prague": "CZ", "bratislava": "SK", "budapest": "HU",
    "bucharest": "RO", "sofia": "BG", "belgrade": "RS", "vilnius": "LT", "riga": "LV",
    "tallinn": "EE", "chisinau": "MD", "minsk": "BY", "baku": "AZ", "yerevan": "AM",
    "tbilisi": "GE", "astana": "KZ", "tashkent": "UZ", "bishkek": "KG", "dushanbe": "TJ",
    "ashgabat": "TM", "ankara": "TR", "damascus": "SY", "tehran": "IR", "baghdad": "IQ",
    "beirut": "LB", "amman": "JO", "cairo": "EG", "riyadh": "SA", "doha": "QA",
    "abu_dhabi": "AE", "tripoli": "LY", "kabul": "AF", "delhi": "IN", "beijing": "CN",
    "tokyo": "JP", "seoul": "KR", "pyongyang": "KP", "hanoi": "VN", "jakarta": "ID",
    "bangkok": "TH", "ulaanbaatar": "MN", "havana": "CU", "caracas": "VE", "brasilia": "BR",
    "buenos_aires": "AR", "mexico_city": "MX", "pretoria": "ZA", "addis_ababa": "ET",
    "ottawa": "CA", "pristina": "kosovo", "sukhum": "abkhazia", "tskhinval": "south_ossetia",
    "tiraspol": "transnistria", "simferopol": "crimea",
    "kuala_lumpur": "MY", "vientiane": "LA", "phnom_penh": "KH", "manila": "PH",
    "naypyidaw": "MM", "islamabad": "PK", "dhaka": "BD", "colombo": "LK", "kathmandu": "NP",
    "rabat": "MA", "khartoum": "SD", "nairobi": "KE", "abuja": "NG", "bamako": "ML",
    "ouagadougou": "BF", "niamey": "NE", "bangui": "CF", "luanda": "AO", "harare": "ZW",
    "kinshasa": "CD", "dakar": "SN", "accra": "GH", "managua": "NI", "la_paz": "BO",
    "lima": "PE", "bogota": "CO", "santiago": "CL", "montevideo": "UY", "asuncion": "PY",
    "quito": "EC", "muscat": "OM", "manama": "BH", "canberra": "AU", "wellington": "NZ",
    "dublin": "IE", "bern": "CH", "amsterdam": "NL", "ljubljana": "SI", "zagreb": "HR",
    "sarajevo": "BA", "podgorica": "ME", "skopje": "MK", "tirana": "AL", "nicosia": "CY",
}
# fmt: on

#: Russian names whose lower-case forms are everyday words ("того", "газа", "куба", "вена"):
#: matched only when written with a capital.
_CAPITALISED_ONLY: Final = frozenset(
    {"Того", "Газа", "Куба", "Вена", "Перу", "Чад", "Мали", "Манила", "Тирана", "Загреб", "Лима"}
)
#: English names that are also everyday words ("nice"): matched as written, capital and all.
_CAPITALISED_ONLY_EN: Final = frozenset({"Nice"})
#: English display names where the ISO name is not the one the ministry's pages use.
_DISPLAY_EN: Final[Mapping[str, str]] = {"TR": "Turkey", "PS": "Palestine", "CD": "DR Congo"}
#: ISO names never used as forms: ambiguous or clumsy, with a better name in the table above.
_SKIPPED_NAMES: Final = frozenset({"Соединённые штаты", "Государство-город Ватикан"})


def _split(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split("|") if part.strip())


def _plain(name: str) -> str:
    """A name without stress marks ("Респу́блика" -> "Республика")."""
    decomposed = unicodedata.normalize("NFD", name)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if c != "\u0301"))


_WORD_SEPARATORS_RE: Final = re.compile(r"[\s\-—]+")
_PARENTHESES_RE: Final = re.compile(r"\s*\([^)]*\)")
#: Letters of a word compared when looking for a one-word name inside a longer one: enough to
#: see "Микронезии" in "Федеративные Штаты Микронезии" beside "Микронезия" without a stemmer.
_CRUDE_LETTERS: Final = 5


def _crude(word: str) -> str:
    return word.casefold()[:_CRUDE_LETTERS]


def _inside(crude: str, singles: set[str]) -> bool:
    return len(crude) > 2 and any(s.startswith(crude) or crude.startswith(s) for s in singles)


_CYRILLIC_WORD_RE: Final = re.compile(r"[А-ЯЁ][а-яё]+")
_ABBREVIATION_RE: Final = re.compile(r"[А-ЯЁ]{3,4}")
_HARD: Final = "гкхжшчщ"


def declined(name: str) -> tuple[str, ...]:
    """The case forms of a one-word Russian place name, for matching (not for display).

    A plain rule by the name's ending, enough for place names: "Сирия" -> "Сирии", "Сирию",
    "Сирией"; "Куба" -> "Кубы", "Кубе", "Кубу", "Кубой"; "Иран" -> "Ирана", "Ирану",
    "Ираном", "Иране"; "Израиль", "Китай", "Афины" likewise; names that do not decline
    ("Токио", "Баку", "Самоа") stay as they are.
    """
    endings: tuple[str, ...]
    if name.endswith(("оа", "уа", "иа")) or name[-1] in "оеиуюэ":
        return (name,)
    if name.endswith("ия"):
        base, endings = name[:-2], ("ия", "ии", "ию", "ией")
    elif name.endswith("я"):
        base, endings = name[:-1], ("я", "и", "ю", "ей")
    elif name.endswith("а"):
        base = name[:-1]
        endings = ("а", "и" if base[-1] in _HARD else "ы", "е", "у", "ой")
    elif name.endswith("ы"):
        base, endings = name[:-1], ("ы", "", "ам", "ах")
    elif name.endswith("ь"):
        base, endings = name[:-1], ("ь", "я", "ю", "ем", "е", "и", "ью")
    elif name.endswith("й"):
        base, endings = name[:-1], ("й", "я", "ю", "ем", "е")
    elif name in _FLEETING_VOWEL:
        # "Египет" -> "Египта": the last vowel drops in the other cases.
        return (name, *(_FLEETING_VOWEL[name] + ending for ending in ("а", "у", "ом", "е")))
    else:
        base, endings = name, ("", "а", "у", "ом", "ем", "е")
    return tuple(dict.fromkeys(base + ending for ending in endings))


#: Place names whose last vowel drops when declined, and the stem the other cases take.
_FLEETING_VOWEL = {"Египет": "Египт"}


def _forms(names: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(stemmed forms, exact forms) of a place's names, duplicates dropped.

    A longer name holding one of the place's one-word names is left out ("North Macedonia"
    beside "Macedonia"): the one-word name already marks it, and the concept must not count
    twice in one mention.
    """
    names = tuple(_PARENTHESES_RE.sub("", n).strip() for n in names)
    singles = {_crude(n) for n in names if not _WORD_SEPARATORS_RE.search(n)}
    names = tuple(
        n
        for n in names
        if not _WORD_SEPARATORS_RE.search(n)
        or not any(_inside(_crude(w), singles) for w in _WORD_SEPARATORS_RE.split(n))
    )
    russian = [n for n in names if _CYRILLIC_WORD_RE.fullmatch(n)]
    # "ЮАР", "ФРГ", "ЦАР": an abbreviation is matched as written, capitals and all ("цар" is
    # also the stem of «царь»).
    abbreviations = [n for n in names if _ABBREVIATION_RE.fullmatch(n)]
    exact: list[str] = [*abbreviations, *(n for n in names if n in _CAPITALISED_ONLY_EN)]
    for name in russian:
        forms_of_name = declined(name)
        exact += forms_of_name
        if name not in _CAPITALISED_ONLY:
            exact += [form.lower() for form in forms_of_name]
    forms = tuple(dict.fromkeys(n for n in names if n not in russian and n not in exact))
    return forms, tuple(dict.fromkeys(exact))


def _countries() -> Iterator[Place]:
    russian = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"])
    for country in pycountry.countries:
        code = country.alpha_2
        english = getattr(country, "common_name", None) or country.name
        translated = russian.gettext(english)
        ru_name = _plain(translated if translated != english else russian.gettext(country.name))
        en_names = [english] if "," not in english else []
        ru_names = [ru_name] if ru_name not in _SKIPPED_NAMES and ru_name != english else []
        if english != country.name and "," not in country.name:
            en_names.append(country.name)  # "Viet Nam" beside "Vietnam"
        if code in _COUNTRY_EXTRA:
            en_extra, _, ru_extra = _COUNTRY_EXTRA[code].partition("/")
            en_names += _split(en_extra)
            ru_names += _split(ru_extra)
        if code in EXISTING:
            en_names = [n for n in en_names if n not in {english, country.name}]
            ru_names = [n for n in ru_names if n != ru_name]
        forms, exact = _forms((*en_names, *ru_names))
        if not forms and not exact:
            continue
        display_en = _DISPLAY_EN.get(code) or (en_names[0] if en_names else english)
        display_ru = ru_names[0] if ru_names else ru_name
        yield Place(f"country:{code.lower()}", display_en, display_ru, forms, exact)


@cache
def places() -> tuple[Place, ...]:
    """Every country, city and region, countries first (ISO order), then the cities' table.

    A country that already has a concept (:data:`EXISTING`) comes with its key set to that
    concept's key and only the names that concept lacks.
    """
    out: list[Place] = []
    for place in _countries():
        code = place.key.removeprefix("country:").upper()
        key = EXISTING.get(code, place.key)
        out.append(Place(key, place.en, place.ru, place.forms, place.exact))
    for key, english, russian in _CITIES:
        en_names, ru_names = _split(english), _split(russian)
        en_adjectives, _, ru_adjectives = _CITY_ADJECTIVES.get(key, "/").partition("/")
        forms, exact = _forms((*en_names, *ru_names))
        forms += tuple((*_split(en_adjectives), *_split(ru_adjectives)))
        out.append(Place(f"city:{key}", en_names[0], ru_names[0], forms, exact))
    # A name two places share ("Виргинские острова" of Britain and of the US) names neither.
    shared = Counter(name for p in out for name in {*p.forms, *p.exact})
    kept = (
        Place(
            p.key,
            p.en,
            p.ru,
            tuple(n for n in p.forms if shared[n] == 1),
            tuple(n for n in p.exact if shared[n] == 1),
        )
        for p in out
    )
    return tuple(p for p in kept if p.forms or p.exact)


@cache
def capitals() -> dict[str, str]:
    """Concept term of each capital city -> the concept term of its country or region
    (``"#city:riyadh"`` -> ``"#country:sa"``, ``"#city:washington"`` -> ``"#usa"``)."""
    keys = {p.key for p in places()}
    out: dict[str, str] = {}
    for city, owner in _CAPITALS.items():
        if owner.isupper():
            owner = EXISTING.get(owner, f"country:{owner.lower()}")
        else:
            owner = f"city:{owner}"
        if f"city:{city}" in keys and (owner in keys or owner in EXISTING.values()):
            out[f"#city:{city}"] = f"#{owner}"
    return out


@cache
def _names_by_key() -> dict[str, tuple[str, str]]:
    table: dict[str, tuple[str, str]] = {}
    for place in places():
        if place.key in EXISTING.values():
            continue
        for name in (place.en, place.ru, *place.forms, *place.exact):
            table.setdefault(label_key(name), (place.en, place.ru))
    return table


def place_name(place: str, language: Language) -> str:
    """A document's place as a reader of ``language`` would write it, when the table knows it.

    Args:
        place: The place as the transcript's title gives it ("Москва", "Moscow").
        language: The reader's language.

    Returns:
        The place's name in that language ("Moscow" for "Москва" in English), or ``place``
        unchanged when the table does not know it.
    """
    names = _names_by_key().get(label_key(place))
    if names is None:
        return place
    return names[0] if language == "en" else names[1]
