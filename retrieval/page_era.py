"""The years a page that states no date can be of, from the people in office it names.

A news page cut before its date line still says "US Secretary of State John Kerry" or
«официальный представитель МИД Андрей Нестеренко»: a post held only in some years dates the
page to them. A name alone bounds the page from below only (Zelensky is spoken of after
2019, but Obama is still named long after he left office), and a post said with "former" or
«бывший» bounds nothing.

The years are a hint, never a date: search lets such a page answer a question of one of them
and marks the answer as not checked against the date (``Hit.unchecked``).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Final

from retrieval.posted_ambassadors import OFFICIALS_POSTS, post_years
from retrieval.russian_ambassadors import AMBASSADORS
from retrieval.speakers import find_known_speaker

__all__ = ["OFFICES", "Office", "page_era"]

#: The last year a post still held today may be named in (the corpus is of 2026).
_NOW: Final = 2026


@dataclass(frozen=True, slots=True)
class Office:
    """A person's posts and the years each was held.

    ``names``: case-folded stems of the surname (Latin and Cyrillic; a stem takes the Russian
    case endings). ``posts``: pairs of (words that name the post, first year, last year).
    ``known_from``: the year from which a page may name the person at all (None: too common a
    name to tell anything alone).
    """

    names: tuple[str, ...]
    posts: tuple[tuple[tuple[str, ...], int, int], ...]
    known_from: int | None = None


_PRESIDENT = ("president", "президент")
_US_PRESIDENT = (
    "us president",
    "u.s. president",
    "american president",
    "president of the united states",
    "президент сша",
    "американский президент",
    "президента сша",
    "президентом сша",
    "президенту сша",
    "президент соединенных штатов",
)
_SECRETARY = (
    "secretary of state",
    "госсекретар",
    "государственный секретарь",
    "государственного секретаря",
)
_CHANCELLOR = ("chancellor", "канцлер")
_UK_PM = (
    "british prime minister",
    "uk prime minister",
    "prime minister of the united kingdom",
    "премьер-министр великобритании",
    "британский премьер",
    "премьер великобритании",
    "премьер-министра великобритании",
    "британского премьер",
)
_PM = (
    "prime minister",
    "premier",
    "премьер",
    "председател правительства",
    "председатель правительства",
    "председателя правительства",
    "глава правительства",
    "главы правительства",
)
_UN_SG = (
    "un secretary-general",
    "un secretary general",
    "secretary-general of the united nations",
    "генсек оон",
    "генеральный секретарь оон",
    "генерального секретаря оон",
    "генсека оон",
)
_NATO_SG = (
    "nato secretary-general",
    "nato secretary general",
    "secretary-general of nato",
    "генсек нато",
    "генеральный секретарь нато",
    "генерального секретаря нато",
    "генсека нато",
)
_EU_DIPLOMAT = (
    "high representative",
    "eu foreign policy chief",
    "eu's foreign policy chief",
    "глава евродипломатии",
    "верховный представитель",
    "главы евродипломатии",
    "верховного представителя",
)
_FOREIGN_MINISTER = (
    "foreign minister",
    "minister of foreign affairs",
    "министр иностранных дел",
    "министра иностранных дел",
    "глава мид",
    "главы мид",
    "глава российского мид",
    "главы российского мид",
    "руководитель мид",
    "глава внешнеполитического ведомства",
    "главы внешнеполитического ведомства",
)
_SPOKESPERSON = (
    "spokeswoman",
    "spokesman",
    "spokesperson",
    "official representative",
    "официальный представитель",
    "официального представителя",
    "официальным представителем",
    "официальному представителю",
    "представитель мид",
    "представителя мид",
)
_UN_ENVOY = (
    "permanent representative",
    "ambassador to the un",
    "envoy to the un",
    "un envoy",
    "un ambassador",
    "постпред",
    "постоянный представитель",
    "постоянного представителя",
)
_AMBASSADOR_US = (
    "ambassador to the us",
    "ambassador to the united states",
    "ambassador in washington",
    "ambassador to washington",
    "посол россии в сша",
    "посла россии в сша",
    "посол рф в сша",
    "посла рф в сша",
    "российский посол в сша",
    "российского посла в сша",
    "посол в сша",
    "посла в сша",
)
_AMBASSADOR_UK = (
    "ambassador to the uk",
    "ambassador to britain",
    "ambassador to the united kingdom",
    "ambassador in london",
    "посол россии в великобритании",
    "посла россии в великобритании",
    "посол рф в великобритании",
    "посла рф в великобритании",
    "посол в лондоне",
    "посла в лондоне",
    "посол в великобритании",
    "посла в великобритании",
)
_EU_ENVOY = (
    "envoy to the eu",
    "ambassador to the eu",
    "representative to the eu",
    "representative to the european union",
    "постпред россии при ес",
    "постпреда россии при ес",
    "постпред рф при ес",
    "постпреда рф при ес",
    "постоянный представитель россии при ес",
    "при евросоюзе",
    "при ес",
)
_PRESS_SECRETARY = (
    "press secretary",
    "presidential spokesman",
    "kremlin spokesman",
    "kremlin spokesperson",
    "пресс-секретарь",
    "пресс-секретаря",
    "пресс-секретарем",
)
_AIDE = (
    "aide",
    "adviser",
    "advisor",
    "помощник президента",
    "помощника президента",
    "помощником президента",
)
_SECURITY_COUNCIL = (
    "security council secretary",
    "secretary of the security council",
    "секретарь совбеза",
    "секретаря совбеза",
    "секретарь совета безопасности",
    "секретаря совета безопасности",
)
_DEFENCE_MINISTER = (
    "defence minister",
    "defense minister",
    "minister of defence",
    "minister of defense",
    "министр обороны",
    "министра обороны",
    "глава минобороны",
    "главы минобороны",
)

_US_NSA = (
    "national security adviser",
    "national security advisor",
    "советник президента сша по национальной безопасности",
    "советника президента сша по национальной безопасности",
    "помощник президента сша по национальной безопасности",
    "помощника президента сша по национальной безопасности",
)
_US_DEFENSE = (
    "defense secretary",
    "secretary of defense",
    "pentagon chief",
    "head of the pentagon",
    "глава пентагона",
    "главы пентагона",
    "министр обороны сша",
    "министра обороны сша",
)
_US_UN = (
    "us ambassador to the un",
    "u.s. ambassador to the un",
    "american ambassador to the un",
    "us envoy to the un",
    "u.s. envoy to the un",
    "постпред сша при оон",
    "постпреда сша при оон",
    "постоянный представитель сша при оон",
    "постоянного представителя сша при оон",
)
_NATO_ENVOY = (
    "envoy to nato",
    "ambassador to nato",
    "representative to nato",
    "representative in nato",
    "постпред россии при нато",
    "постпреда россии при нато",
    "постпред рф при нато",
    "постпреда рф при нато",
    "постоянный представитель россии при нато",
    "постоянного представителя россии при нато",
    "представитель при нато",
    "представителя при нато",
)
_AMBASSADOR_JP = (
    "ambassador to japan",
    "ambassador in tokyo",
    "посол россии в японии",
    "посла россии в японии",
    "посол рф в японии",
    "посла рф в японии",
    "посол в японии",
    "посла в японии",
)
_ROSCOSMOS = (
    "head of roscosmos",
    "head of the roscosmos",
    "roscosmos head",
    "roscosmos chief",
    "director general of roscosmos",
    "глава роскосмоса",
    "главы роскосмоса",
    "гендиректор роскосмоса",
    "гендиректора роскосмоса",
    "генеральный директор роскосмоса",
    "генерального директора роскосмоса",
    "руководитель роскосмоса",
)
_FINANCE_MINISTER = (
    "finance minister",
    "minister of finance",
    "министр финансов",
    "министра финансов",
    "глава минфина",
    "главы минфина",
)
_MOSCOW_MAYOR = (
    "moscow mayor",
    "mayor of moscow",
    "мэр москвы",
    "мэра москвы",
    "столичный мэр",
    "столичного мэра",
)
_DUMA_SPEAKER = (
    "duma speaker",
    "speaker of the state duma",
    "speaker of the duma",
    "chairman of the state duma",
    "спикер госдумы",
    "спикера госдумы",
    "председатель госдумы",
    "председателя госдумы",
    "председатель государственной думы",
    "председателя государственной думы",
)
_FEDERATION_COUNCIL_SPEAKER = (
    "federation council speaker",
    "speaker of the federation council",
    "chairman of the federation council",
    "chairwoman of the federation council",
    "председатель совета федерации",
    "председателя совета федерации",
    "спикер совфеда",
    "спикера совфеда",
    "спикер совета федерации",
    "спикера совета федерации",
)

#: People whose posts date a page. A name first, then its posts. Years are inclusive: a post
#: left in a year and another's begun in it both count that year.
OFFICES: Final[tuple[Office, ...]] = (
    # American presidents and secretaries of state.
    Office(("bush", "буш"), ((_US_PRESIDENT + _PRESIDENT, 2001, 2009),)),
    Office(("clinton", "клинтон"), ((_SECRETARY, 2009, 2013), (_US_PRESIDENT, 1993, 2001))),
    Office(("obama", "обам"), ((_US_PRESIDENT + _PRESIDENT, 2009, 2017),), 2007),
    Office(
        ("trump", "трамп"),
        ((_US_PRESIDENT + _PRESIDENT, 2017, 2021), (_US_PRESIDENT + _PRESIDENT, 2025, _NOW)),
        2015,
    ),
    Office(("biden", "байден"), ((_US_PRESIDENT + _PRESIDENT, 2021, 2025),), 2008),
    Office(("powell", "пауэлл"), ((_SECRETARY, 2001, 2005),)),
    Office(("condoleezza rice", "кондолиз", "rice", "райс"), ((_SECRETARY, 2005, 2009),)),
    Office(("kerry", "керри"), ((_SECRETARY, 2013, 2017),), 2003),
    Office(("tillerson", "тиллерсон"), ((_SECRETARY, 2017, 2018),), 2016),
    Office(("pompeo", "помпео"), ((_SECRETARY, 2018, 2021),), 2016),
    Office(("blinken", "блинкен"), ((_SECRETARY, 2021, 2025),), 2020),
    Office(("rubio", "рубио"), ((_SECRETARY, 2025, _NOW),), 2015),
    # Ukraine and Georgia.
    Office(("yushchenko", "ющенк"), ((_PRESIDENT, 2005, 2010),), 1999),
    Office(("yanukovych", "yanukovich", "янукович"), ((_PRESIDENT, 2010, 2014),), 2002),
    Office(("poroshenko", "порошенк"), ((_PRESIDENT, 2014, 2019),), 2007),
    Office(("zelensky", "zelenskyy", "zelenskiy", "зеленск"), ((_PRESIDENT, 2019, _NOW),), 2019),
    Office(("saakashvili", "саакашвил"), ((_PRESIDENT, 2004, 2013),), 2003),
    # The United Nations, NATO and the European Union.
    Office(("annan", "аннан"), ((_UN_SG, 1997, 2006),)),
    Office(
        ("ban ki-moon", "ban ki moon", "пан ги мун", "пан ги муна"), ((_UN_SG, 2007, 2016),), 2006
    ),
    Office(("guterres", "гутерр", "гутерреш"), ((_UN_SG, 2017, _NOW),), 2016),
    Office(("rasmussen", "расмуссен"), ((_NATO_SG, 2009, 2014),)),
    Office(("stoltenberg", "столтенберг"), ((_NATO_SG, 2014, 2024),), 2014),
    Office(("rutte", "рютте"), ((_NATO_SG, 2024, _NOW),), 2010),
    Office(("solana", "солан"), ((_EU_DIPLOMAT, 1999, 2009),)),
    Office(("ashton", "эштон"), ((_EU_DIPLOMAT, 2009, 2014),)),
    Office(("mogherini", "могерини"), ((_EU_DIPLOMAT, 2014, 2019),), 2014),
    Office(("borrell", "боррел"), ((_EU_DIPLOMAT, 2019, 2024),), 2018),
    Office(("kallas", "каллас"), ((_EU_DIPLOMAT, 2024, _NOW),), 2019),
    # Germany, France and Britain.
    Office(("schröder", "schroeder", "шредер"), ((_CHANCELLOR, 1998, 2005),)),
    Office(("merkel", "меркел"), ((_CHANCELLOR, 2005, 2021),), 2000),
    Office(("scholz", "шольц"), ((_CHANCELLOR, 2021, 2025),), 2018),
    Office(("merz", "мерц"), ((_CHANCELLOR, 2025, _NOW),)),
    Office(("chirac", "ширак"), ((_PRESIDENT, 1995, 2007),)),
    Office(("sarkozy", "саркози"), ((_PRESIDENT, 2007, 2012),), 2002),
    Office(("hollande", "олланд"), ((_PRESIDENT, 2012, 2017),), 2011),
    Office(("macron", "макрон"), ((_PRESIDENT, 2017, _NOW),), 2015),
    Office(("blair", "блэр"), ((_UK_PM + _PM, 1997, 2007),)),
    Office(("cameron", "кэмерон"), ((_UK_PM + _PM, 2010, 2016),), 2005),
    Office(
        ("theresa may", "тереза мэй", "терезы мэй", "терезой мэй"),
        ((_UK_PM + _PM, 2016, 2019),),
        2010,
    ),
    Office(
        ("boris johnson", "борис джонсон", "бориса джонсона", "борисом джонсоном"),
        ((_UK_PM + _PM, 2019, 2022),),
        2008,
    ),
    Office(("sunak", "сунак"), ((_UK_PM + _PM, 2022, 2024),), 2020),
    Office(("starmer", "стармер"), ((_UK_PM + _PM, 2024, _NOW),), 2020),
    # Russia's own: the posts of this corpus's speakers.
    Office(
        ("putin", "путин"), ((_PRESIDENT, 2000, 2008), (_PRESIDENT, 2012, _NOW), (_PM, 2008, 2012))
    ),
    Office(("medvedev", "медведев"), ((_PRESIDENT, 2008, 2012), (_PM, 2012, 2020)), 2000),
    Office(("lavrov", "лавров"), ((_FOREIGN_MINISTER, 2004, _NOW), (_UN_ENVOY, 1994, 2004))),
    Office(("zakharova", "захаров"), ((_SPOKESPERSON, 2015, _NOW),)),
    Office(("lukashevich", "лукашевич"), ((_SPOKESPERSON, 2011, 2015),), 2005),
    Office(("nesterenko", "нестеренк"), ((_SPOKESPERSON, 2008, 2011),)),
    Office(("kamynin", "kaminin", "камынин"), ((_SPOKESPERSON, 2005, 2008),), 2004),
    Office(("yakovenko", "яковенк"), ((_SPOKESPERSON, 2000, 2005), (_AMBASSADOR_UK, 2011, 2019))),
    Office(("churkin", "чуркин"), ((_UN_ENVOY, 2006, 2017),)),
    Office(("nebenzia", "nebenzya", "небенз"), ((_UN_ENVOY, 2017, _NOW),), 2011),
    Office(("peskov", "песков"), ((_PRESS_SECRETARY, 2008, _NOW),)),
    Office(("ushakov", "ушаков"), ((_AIDE, 2012, _NOW), (_AMBASSADOR_US, 1999, 2008))),
    Office(("patrushev", "патрушев"), ((_SECURITY_COUNCIL, 2008, 2024),)),
    Office(("shoigu", "шойгу"), ((_DEFENCE_MINISTER, 2012, 2024), (_SECURITY_COUNCIL, 2024, _NOW))),
    Office(("kislyak", "кисляк"), ((_AMBASSADOR_US, 2008, 2017),)),
    Office(("antonov", "антонов"), ((_AMBASSADOR_US, 2017, 2024),)),
    Office(("darchiev", "дарчиев"), ((_AMBASSADOR_US, 2024, _NOW),)),
    Office(("kelin", "келин"), ((_AMBASSADOR_UK, 2019, 2025),)),
    Office(("chizhov", "чижов"), ((_EU_ENVOY, 2005, 2022),)),
    # A common surname: only a post beside it dates the page ("Defense Minister Sergei
    # Ivanov", «глава МИД Игорь Иванов»).
    Office(
        ("ivanov", "иванов"), ((_DEFENCE_MINISTER, 2001, 2007), (_FOREIGN_MINISTER, 1998, 2004))
    ),
    Office(("serdyukov", "сердюков"), ((_DEFENCE_MINISTER, 2007, 2012),)),
    Office(("belousov", "белоусов"), ((_DEFENCE_MINISTER, 2024, _NOW),)),
    Office(("rogozin", "рогозин"), ((_NATO_ENVOY, 2008, 2011), (_ROSCOSMOS, 2018, 2022))),
    Office(("grushko", "грушко"), ((_NATO_ENVOY, 2012, 2018),)),
    Office(("afanasiev", "afanasyev", "афанасьев"), ((_AMBASSADOR_JP, 2012, 2018),)),
    Office(("galuzin", "галузин"), ((_AMBASSADOR_JP, 2018, 2022),)),
    Office(("nozdrev", "ноздрев"), ((_AMBASSADOR_JP, 2022, _NOW),)),
    Office(("kudrin", "кудрин"), ((_FINANCE_MINISTER, 2000, 2011),)),
    Office(("siluanov", "силуанов"), ((_FINANCE_MINISTER, 2011, _NOW),)),
    Office(("luzhkov", "лужков"), ((_MOSCOW_MAYOR, 1992, 2010),)),
    Office(("sobyanin", "собянин"), ((_MOSCOW_MAYOR, 2010, _NOW),)),
    Office(("gryzlov", "грызлов"), ((_DUMA_SPEAKER, 2003, 2011),)),
    Office(("naryshkin", "нарышкин"), ((_DUMA_SPEAKER, 2011, 2016),)),
    Office(("volodin", "володин"), ((_DUMA_SPEAKER, 2016, _NOW),)),
    Office(("mironov", "миронов"), ((_FEDERATION_COUNCIL_SPEAKER, 2001, 2011),)),
    Office(("matviyenko", "matvienko", "матвиенк"), ((_FEDERATION_COUNCIL_SPEAKER, 2011, _NOW),)),
    # American security advisers, defense secretaries and envoys to the UN.
    Office(("bolton", "болтон"), ((_US_NSA, 2018, 2019), (_US_UN, 2005, 2006))),
    Office(("mcmaster", "макмастер"), ((_US_NSA, 2017, 2018),)),
    Office(("sullivan", "салливан"), ((_US_NSA, 2021, 2025),)),
    Office(("rumsfeld", "рамсфелд"), ((_US_DEFENSE, 2001, 2006),)),
    Office(("gates", "гейтс"), ((_US_DEFENSE, 2006, 2011),)),
    Office(("panetta", "панетт"), ((_US_DEFENSE, 2011, 2013),)),
    Office(("hagel", "хейгел"), ((_US_DEFENSE, 2013, 2015),)),
    Office(("ashton carter", "эштон картер"), ((_US_DEFENSE, 2015, 2017),)),
    Office(("mattis", "мэттис"), ((_US_DEFENSE, 2017, 2018),)),
    Office(("esper", "эспер"), ((_US_DEFENSE, 2019, 2020),)),
    Office(("lloyd austin", "ллойд остин"), ((_US_DEFENSE, 2021, 2025),)),
    Office(("hegseth", "хегсет"), ((_US_DEFENSE, 2025, _NOW),)),
    Office(("khalilzad", "халилзад"), ((_US_UN, 2007, 2009),)),
    Office(("samantha power", "саманта пауэр"), ((_US_UN, 2013, 2017),)),
    Office(("haley", "хейли"), ((_US_UN, 2017, 2018),)),
    Office(("thomas-greenfield", "томас-гринфилд"), ((_US_UN, 2021, 2025),)),
)

#: Events a page cannot speak of before they began (a lower bound only).
_SINCE: Final[tuple[tuple[tuple[str, ...], int], ...]] = (
    (
        (
            "special military operation",
            "специальной военной операции",
            "специальная военная операция",
            "специальную военную операцию",
            "сво ",
        ),
        2022,
    ),
    (("covid", "коронавирус", "ковид"), 2020),
    (("mh17",), 2014),
    (("skripal", "скрипал"), 2018),
    (("brexit", "брексит"), 2016),
    (("minsk agreements", "minsk accords", "минских договоренност", "минские договоренност"), 2014),
    (
        (
            "nord stream 2",
            "северный поток – 2",
            "северный поток-2",
            "северного потока – 2",
            "северного потока-2",
            "северный поток — 2",
            "северного потока — 2",
        ),
        2015,
    ),
)

#: A word that puts the post after it in the past ("former US Secretary of State").
_FORMER_RE = re.compile(
    r"\b(?:former|ex|then|late|onetime|бывш\w*|экс|тогдашн\w*|покойн\w*|прежн\w*)"
    r"(?:[\s-]+[\w.]+){0,2}[\s-]*$"
)
#: How far before or after a name its post may stand ("US Secretary of State John Kerry",
#: "Kerry, the US Secretary of State").
_BEFORE = 60
_AFTER = 45
#: Small words that may stand between a post and a name besides capitalised ones ("the
#: Secretary of State of the United States").
_LINKS = frozenset({"the", "of", "and", "s", "'s"})
_WORD_RE = re.compile(r"[\w'’.-]+")


def page_era(text: str) -> frozenset[int] | None:
    """The years the page ``text`` can be of, by the posts and names of people it names; None
    when it names no post held only in some years (or the hints contradict each other)."""
    # lower() keeps each letter's place (casefold() may not: "ß"), so the capitals of the
    # words between a post and a name can be read at the same offsets.
    folded = text.lower().replace("ё", "е")
    if len(folded) != len(text):
        return None
    years: set[int] | None = None
    floor = 0
    for office in OFFICES:
        for span in _mentions(folded, office.names):
            held = _posts_at(text, folded, span, office)
            if held:
                years = held if years is None else years & held
            elif office.known_from is not None:
                floor = max(floor, office.known_from)
    for posted in _ambassadors_posted(text, folded):
        years = set(posted) if years is None else years & posted
    for words, since in _SINCE:
        if any(word in folded for word in words):
            floor = max(floor, since)
    if years is None:
        # Names and events alone bound the page from below only: up to now.
        if not floor:
            return None
        years = set(range(floor, _NOW + 1))
    era = frozenset(y for y in years if y >= floor)
    return era or None


# Russia's ambassadors of the ambassadors' table: "посол Российской Федерации в Белоруссии
# Михаил Бабич", "Ambassador to Sweden Viktor Tatarintsev", "Galuzin, Russia's ambassador to
# Japan" date the page to the years of his posts abroad.
_AMBASSADOR_NOUNS = (
    "ambassador",
    "envoy",
    "permanent representative",
    "посол",
    "посла",
    "послом",
    "послу",
    "постпред",
    "постоянный представитель",
    "постоянного представителя",
)
# Small words a post abroad spells its place with: "Ambassador of Russia to the Holy See",
# «посол России в Белоруссии», «постпред при ООН».
_PLACE_LINKS = frozenset({"the", "of", "to", "in", "at", "and", "s", "'s", "в", "во", "при"})
#: The words of such a post and its place between the noun and the name, at most.
_PLACE_GAP_WORDS = 7
#: A surname shorter than this names too many words' starts to date anything.
_MIN_SURNAME_LETTERS = 5


@functools.cache
def _ambassador_years() -> dict[str, dict[str, frozenset[int]]]:
    """Each ambassador's surname (Latin, and Russian less a case ending) -> the years of his
    posts abroad, filed under its first _MIN_SURNAME_LETTERS letters; a surname two of them
    share, or one shorter than that, is left out."""
    years: dict[str, set[int]] = {}
    owners: dict[str, set[str]] = {}
    officials = [(name, _russian_surname(name), True, (post,)) for name, post in OFFICIALS_POSTS]
    rows = [(row[0], row[1], row[5], row[6]) for row in AMBASSADORS] + officials
    for name, russian, own_surname, posts in rows:
        if not own_surname or not russian:
            continue
        held = {year for post in posts for year in post_years(post) or ()}
        ru_surname = russian.split()[-1].replace("ё", "е")
        for stem in (name.split()[-1].lower(), re.sub(r"(?:ий|ый|ой|ая|а|я)$", "", ru_surname)):
            if len(stem) >= _MIN_SURNAME_LETTERS and held:
                years.setdefault(stem, set()).update(held)
                owners.setdefault(stem, set()).add(name)
    filed: dict[str, dict[str, frozenset[int]]] = {}
    for stem, held in years.items():
        if len(owners[stem]) == 1:
            filed.setdefault(stem[:_MIN_SURNAME_LETTERS], {})[stem] = frozenset(held)
    return filed


def _russian_surname(name: str) -> str:
    """A known speaker's surname in Russian, its shortest form (the nominative), or ""."""
    known = find_known_speaker(name)
    forms = [a for a in (known.aliases if known else ()) if " " not in a and not a.isascii()]
    return min(forms, key=len) if forms else ""


# The first letters of each word of the page, where an ambassador's surname may start.
_WORD_START_RE = re.compile(rf"\b\w{{{_MIN_SURNAME_LETTERS}}}")


def _ambassadors_posted(text: str, folded: str) -> list[frozenset[int]]:
    """The years of each ambassador of the table that the page names with his post beside
    his name."""
    filed = _ambassador_years()
    found: list[frozenset[int]] = []
    # (Only the surnames whose first letters start a word of the page are looked for: one
    # pattern of 440 surnames is five times slower.)
    for start_letters in filed.keys() & set(_WORD_START_RE.findall(folded)):
        for stem, held in filed[start_letters].items():
            for start, end in _mentions(folded, (stem,)):
                # (The sentence's own year, looked for from the page's start, last: it is the
                # dearest test.)
                if any(
                    _post_before(text, folded, start, noun, place=True)
                    or _post_after(text, folded, end, noun)
                    for noun in _AMBASSADOR_NOUNS
                ) and not _YEAR_RE.search(_sentence_around(folded, start, end)):
                    found.append(held)
    return found


def _mentions(folded: str, names: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where a name's stems stand as a word's start (a Russian stem takes its case ending)."""
    spans = []
    for name in names:
        pattern = _name_pattern(name)
        at = 0
        # (A search from the name itself, the word's start checked after: a pattern opening
        # with a look-behind is tried at every place of the page, five times slower.)
        while (match := pattern.search(folded, at)) is not None:
            start = match.start()
            if start and (folded[start - 1].isalnum() or folded[start - 1] == "_"):
                at = start + 1
                continue
            spans.append(match.span())
            at = match.end()
    return spans


@functools.cache
def _name_pattern(name: str) -> re.Pattern[str]:
    ending = r"\w{0,3}\b" if not name.isascii() else r"(?:'s)?\b"
    return re.compile(rf"{re.escape(name)}{ending}")


def _posts_at(text: str, folded: str, span: tuple[int, int], office: Office) -> set[int]:
    """The years of the posts said right beside a name at ``span`` (empty: none there, or
    one said as past)."""
    start, end = span
    years: set[int] = set()
    if _YEAR_RE.search(_sentence_around(folded, start, end)):
        # "To recall, in September 2010, President of Russia Dmitry Medvedev signed ...": the
        # sentence dates the post itself; it says nothing of when the page was written.
        return years
    for words, first, last in office.posts:
        if any(
            _post_before(text, folded, start, word) or _post_after(text, folded, end, word)
            for word in words
        ):
            years.update(range(first, last + 1))
    return years


_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_SENTENCE_END_RE = re.compile(r"[.!?\n]\s")


def _sentence_around(folded: str, start: int, end: int) -> str:
    """The sentence of the text that holds ``folded[start:end]``."""
    opening = max((m.end() for m in _SENTENCE_END_RE.finditer(folded, 0, start)), default=0)
    closing = _SENTENCE_END_RE.search(folded, end)
    return folded[opening : closing.start() if closing else len(folded)]


def _post_before(text: str, folded: str, start: int, word: str, *, place: bool = False) -> bool:
    """Whether ``word`` names the post just before the name at ``start`` ("госсекретарь США
    Джон Керри"): only capitalised words between them, and not said as past. ``place``: an
    ambassador's post, whose place may stand between noun and name («посол России в
    Белоруссии Михаил Бабич»), farther and with more small words."""
    low = max(0, start - (2 * _BEFORE if place else _BEFORE))
    at = folded.rfind(word, low, start)
    if at < 0 or (at > 0 and folded[at - 1].isalnum()):
        return False
    gap = re.sub(r"^\w*", "", text[at + len(word) : start])  # the rest of the post's word
    # (Not across a comma: "the position of President, Saakashvili expressed".)
    return (
        "," not in gap
        and (_only_names(gap, _PLACE_GAP_WORDS, _PLACE_LINKS) if place else _only_names(gap))
        and not _FORMER_RE.search(folded[max(0, at - 20) : at])
    )


def _post_after(text: str, folded: str, end: int, word: str) -> bool:
    """Whether ``word`` names the post just after the name ending at ``end`` ("Kerry, the US
    Secretary of State", «Джон Керри, госсекретарь США»)."""
    at = folded.find(word, end, end + _AFTER)
    if at < 0 or folded[at - 1].isalnum():
        return False
    gap = text[end:at]
    if not gap.lstrip().startswith(","):
        return False
    return _only_names(gap) and not _FORMER_RE.search(folded[max(end, at - 20) : at])


def _only_names(gap: str, most: int = 4, links: frozenset[str] = _LINKS) -> bool:
    """Whether the words between a post and a name are only names (capitalised) or small
    linking words (``links``), at most ``most``, with no sentence's end among them."""
    if re.search(r"[.!?;:]\s|[()«»\"“”]", gap):
        return False
    words = _WORD_RE.findall(gap)
    return len(words) <= most and all(w[0].isupper() or w.lower() in links for w in words)
