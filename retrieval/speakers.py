"""Who is speaking: known officials, speaker labels and the speaker named in a title.

A transcript labels turns in many ways (``Sergey Lavrov:``, ``С.В. ЛАВРОВ:``, ``Question
(retranslated from English):``, ``President of France Emmanuel Macron (retranslated):``);
:func:`canonical_speaker` maps them all to one name, and :func:`label_kind` decides whether a
piece of text before a colon can be a label at all.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal, NamedTuple

from retrieval.foreign_officials import FOREIGN_OFFICIALS
from retrieval.name_words import is_common_word
from retrieval.passages import QUESTION_SPEAKER
from retrieval.russian_ambassadors import AMBASSADORS
from retrieval.russian_names import (
    Gender,
    first_name_cases,
    is_first_name_form,
    is_patronymic,
    nominative,
    surname_cases,
)
from retrieval.spelling_variants import script_key
from retrieval.text import (
    clean_line,
    fold_lookalikes,
    has_cyrillic,
    label_key,
    latin_unaccented,
    straighten_quotes,
    transliterate,
)
from retrieval.translit import NAME_SPELLINGS, to_cyrillic

__all__ = [
    "KNOWN_SPEAKERS",
    "POST_WORDS",
    "UNKNOWN_SPEAKER",
    "KnownSpeaker",
    "LabelKind",
    "canonical_speaker",
    "find_known_speaker",
    "is_known_official",
    "is_post_word",
    "is_question_label",
    "known_label_forms",
    "label_kind",
    "person_name",
    "posted_role_name",
    "speaker_from_title",
    "strip_notes",
]

#: Speaker given to text whose speaker the transcript does not say.
UNKNOWN_SPEAKER = "Unknown speaker"


@dataclass(frozen=True, slots=True)
class KnownSpeaker:
    """A person the bot knows by name: an official, or a journalist who interviews them.

    Attributes:
        name: Canonical name, e.g. ``"Sergey Lavrov"``.
        aliases: Lower-case surface forms, English and Russian, including Russian case forms
            (``"лаврова"``, ``"лавровым"``) and initials (``"с.в.лавров"``).
        official: An official whose unlabelled remarks a page may hold; False for an
            interviewer (known by name, but never given a page's unlabelled text).
        foreign: Another country's official (Blinken, Erdogan, Guterres), whom a story's "the
            Russian minister", "глава МИД" never names.
    """

    name: str
    aliases: tuple[str, ...]
    official: bool = True
    foreign: bool = False


def _initial_variants(initials: str, surname: str, *, both: bool = False) -> set[str]:
    """Initials forms: ``с.в.лавров``, ``с.в. лавров``, ``с. в. лавров``, ``с.лавров`` ...
    (``both``: only with both initials, none when one is known: "А.Иванов" may be anyone)."""
    letters = [part for part in initials.split(".") if part]
    if both and len(letters) < 2:
        return set()
    forms = set()
    for used in (letters,) if both else (letters, letters[:1]):
        glued = "".join(f"{letter}." for letter in used)
        spaced = " ".join(f"{letter}." for letter in used)
        forms |= {glued + surname, f"{glued} {surname}", f"{spaced} {surname}"}
    return forms


_LATIN_SURNAME_RE = re.compile(r"[a-z]+(?:-[a-z]+)?")
# A name form of plain Latin words ("yuriy ushakov"), whose other spellings may be folded.
_LATIN_FORM_RE = re.compile(r"[a-z]+(?: [a-z]+)*")


class _Row(NamedTuple):
    """One row of the speaker table: the person, and what the table derives from the row."""

    speaker: KnownSpeaker
    #: Nominative forms that may stand as a turn's label.
    label_forms: frozenset[str]
    #: (Latin surname, Russian surname) for each English spelling of the name.
    surname_spellings: tuple[tuple[str, str], ...]


def _speaker(
    name: str,
    russian: str,
    en_initials: str,
    ru_initials: str,
    english: Iterable[str] = (),
    *,
    official: bool = True,
    foreign: bool = False,
    by_surname: bool = True,
    one_initial: bool = True,
) -> _Row:
    """Build a speaker's aliases, and the nominative forms that may appear as a label.

    Args:
        name: The canonical (English) name.
        russian: First name and surname in Russian, nominative, lower case.
        en_initials: Initials before the English surname, e.g. ``"s.v."``.
        ru_initials: Initials before the Russian surname, e.g. ``"с.в."``.
        english: Other English spellings and full forms (lower case).
        official: False for a journalist (see :class:`KnownSpeaker`).
        foreign: True for another country's official (see :class:`KnownSpeaker`).
        by_surname: False when the surname alone may name someone else: only the full name
            and the initials name this person.
        one_initial: False when one initial with the surname may name someone else too (a
            common surname, "А.Иванов"): both initials are needed.
    """
    en_surname = name.lower().split()[-1]
    shared = not one_initial
    en_forms = {name.lower(), *english} | _initial_variants(en_initials, en_surname, both=shared)
    if by_surname:
        # Every other spelling's surname alone names them too: "Polyanskiy said" ("dmitry
        # polyanskiy"), "Kiselev" ("dmitry kiselev").
        en_forms |= {en_surname} | {form.split()[-1] for form in english if len(form.split()) >= 2}
    ru_first, ru_surname = russian.split()
    gender: Gender = "f" if ru_first.endswith(("а", "я")) and ru_first != "илья" else "m"
    ru_forms: set[str] = set()
    for first, surname in zip(
        first_name_cases(ru_first), surname_cases(ru_surname, gender), strict=True
    ):
        ru_forms |= {f"{first} {surname}"} | _initial_variants(ru_initials, surname, both=shared)
        if by_surname:
            ru_forms.add(surname)
    nominative = {russian} | _initial_variants(ru_initials, ru_surname, both=shared)
    if by_surname:
        nominative.add(ru_surname)
    # Aliases are compared with label_key()-folded text: "ё" is "е" there.
    ru_forms = {form.replace("ё", "е") for form in ru_forms}
    nominative = {form.replace("ё", "е") for form in nominative}
    aliases = tuple(sorted(en_forms | ru_forms))
    latin_surnames = (form.split()[-1] for form in (name.lower(), *english) if form.split())
    spellings = tuple(
        (surname, ru_surname.replace("ё", "е"))
        for surname in latin_surnames
        if _LATIN_SURNAME_RE.fullmatch(surname)
    )
    speaker = KnownSpeaker(name, aliases, official, foreign)
    return _Row(speaker, frozenset(en_forms | nominative), spellings)


def _written_as(name: str, forms: Iterable[str], nominative: Iterable[str]) -> _Row:
    """A foreign leader whose name a first name and a declined surname cannot write: more
    than two words, or words that are not declined («Ким Чен Ын», «Лула да Силва», «Мухаммед
    бин Сальман»). Every form, case forms too, is listed as written (lower case);
    ``nominative`` are those that may stand as a label."""
    aliases = {name.lower(), *forms, *nominative}
    labels = {name.lower(), *nominative}
    return _Row(KnownSpeaker(name, tuple(sorted(aliases)), foreign=True), frozenset(labels), ())


def _russian_cases(*stems: str, endings: tuple[str, ...] = ("а", "у", "ом", "е")) -> set[str]:
    """The oblique forms of names whose every word declines like «Сальман» («Сальмана», ...):
    each stem is the name with a placeholder ``{}`` after each declined word."""
    return {stem.format(*([ending] * stem.count("{}"))) for stem in stems for ending in endings}


def _patriarch(name: str, english: tuple[str, ...], russian: tuple[str, ...]) -> _Row:
    """A Patriarch of Moscow, whom the Kremlin's transcripts label by his church name and
    title ("Patriarch of Moscow and All Russia Kirill:", "Alexii II:"): each Russian form of
    ``russian`` (title and name in the nominative, words split by "|") in the four other
    cases too. Foreign: no "Russian minister" names him. The church name alone names others
    ("Кирилл" is a first name), so it is never a form."""
    cases = ("", "а", "у", "ом", "е")
    forms = set(english)
    for titled in russian:
        for case in cases:
            forms.add(" ".join(_patriarch_word(word, case) for word in titled.split("|")))
    labels = {*english, *(titled.replace("|", " ") for titled in russian)}
    return _Row(KnownSpeaker(name, tuple(sorted(forms)), foreign=True), frozenset(labels), ())


def _patriarch_word(word: str, case: str) -> str:
    """A word of a patriarch's Russian title or name in the case whose noun ending is ``case``
    ("" the nominative): «патриарх» -> «патриарха», «алексий» -> «алексия», «московский» ->
    «московского»; "ii" and «всея руси» do not change."""
    if not case or word in ("ii", "и", "всея", "руси"):
        return word
    if word.endswith("ий") and word != "алексий":  # an adjective: «московский»
        return word[:-2] + {"а": "ого", "у": "ому", "ом": "им", "е": "ом"}[case]
    if word.endswith("ий"):
        return word[:-1] + {"а": "я", "у": "ю", "ом": "ем", "е": "и"}[case]
    return word + case


_PATRIARCHS = (
    _patriarch(
        "Patriarch Kirill",
        (
            "patriarch kirill",
            "patriarch of moscow and all russia kirill",
            "his holiness patriarch kirill",
        ),
        ("патриарх|кирилл", "патриарх|московский|и|всея|руси|кирилл"),
    ),
    _patriarch(
        "Patriarch Alexy II",
        (
            "alexy ii",
            "alexii ii",
            "alexiy ii",
            "patriarch alexy ii",
            "patriarch alexii ii",
            "patriarch of moscow and all russia alexy ii",
            "patriarch of moscow and all russia alexii ii",
        ),
        ("алексий|ii", "патриарх|алексий|ii", "патриарх|московский|и|всея|руси|алексий|ii"),
    ),
)


# Foreign officials whom Russian pages quote (retrieval.foreign_officials), every form listed
# as written: a surname alone never names one of them ("Хан", "Али", "Ким" name many).
_FOREIGN_OFFICIALS = tuple(
    _written_as(name, forms, labels) for name, forms, labels, _posts in FOREIGN_OFFICIALS
)


# The foreign-officials batch: foreign ministers, heads of state or government and ambassadors
# in Moscow (2015-2026) whom Russian-language pages quote on Russia, and whose names spelt back
# from Cyrillic come out wrong ("Naser Burita", "Khorkhe Arreasa"). As their governments' English
# pages spell them; Russian forms as TASS, RIA and mid.ru write them. Common surnames ("Khan",
# "Dar", "Hussein", "Rodriguez", "Ibrahim") and undeclined or longer names are in
# _FOREIGN_BATCH_WRITTEN_AS, with full forms only; the rest decline as first name and surname.
_FOREIGN_BATCH_WRITTEN_AS = (
    _written_as(
        "Abdullah bin Zayed Al Nahyan",
        (
            *_russian_cases("абдалл{} бен заид{} аль нахайян{}", "абдалл{} бин заид{}"),
            *_russian_cases("абдалл{} бен заид{}", "абдалл{} бин заид{} аль нахайян{}"),
            "абдаллы бен заида аль нахайяна",
            "абдаллы бен заида",
            "абдаллой бен заидом аль нахайяном",
            "абдаллой бен заидом",
        ),
        (
            "abdullah bin zayed al nahyan",
            "abdullah bin zayed al-nahyan",
            "abdullah bin zayed",
            # The UAE agency's "Sheikh Abdullah said" after his full name (in news on Russia
            # the one Sheikh Abdullah quoted).
            "sheikh abdullah bin zayed al nahyan",
            "sheikh abdullah bin zayed",
            "sheikh abdullah",
            "абдалла бен заид аль нахайян",
            "абдалла бин заид аль нахайян",
            "абдалла бен заид",
            "абдалла бин заид",
        ),
    ),
    _written_as("Gustavo Petro", (), ("gustavo petro", "густаво петро")),
    _written_as("Delcy Rodriguez", (), ("delcy rodriguez", "delcy rodríguez", "делси родригес")),
    _written_as(
        "Yvan Gil",
        ("ивана хиля", "ивану хилю", "иваном хилем", "иване хиле"),
        ("yvan gil", "yván gil", "yvan gil pinto", "иван хиль", "иван хиль пинто"),
    ),
    _written_as(
        "Bruno Rodriguez Parrilla",
        (
            *_russian_cases("бруно родригес{}"),
            "бруно родригеса паррильи",
            "бруно родригесу паррилье",
            "бруно родригесом паррильей",
            "бруно родригесе паррилье",
        ),
        (
            "bruno rodriguez parrilla",
            "bruno rodríguez parrilla",
            "bruno rodriguez",
            "bruno rodríguez",
            "бруно родригес паррилья",
            "бруно родригес",
        ),
    ),
    _written_as(
        "Abiy Ahmed",
        ("абия ахмеда", "абию ахмеду", "абием ахмедом", "абии ахмеде"),
        ("abiy ahmed", "abiy ahmed ali", "абий ахмед", "абий ахмед али"),
    ),
    _written_as(
        "Fuad Hussein",
        _russian_cases("фуад{} хусейн{}"),
        ("fuad hussein", "fouad hussein", "фуад хусейн"),
    ),
    _written_as(
        "Mohammed Shia al-Sudani",
        (
            "мухаммеда шиа ас-судани",
            "мухаммеду шиа ас-судани",
            "мухаммедом шиа ас-судани",
            "мухаммеде шиа ас-судани",
        ),
        (
            "mohammed shia al-sudani",
            "mohammed shia al sudani",
            "mohammed shia al-sudani",
            "al-sudani",
            "мухаммед шиа ас-судани",
            "ас-судани",
        ),
    ),
    _written_as(
        "Mohammed bin Abdulrahman Al Thani",
        _russian_cases(
            "мухаммед{} бен абдеррахман{} аль тани",
            "мухаммед{} бин абдеррахман{} аль тани",
            "мухаммед{} бен абдуррахман{} аль тани",
        ),
        (
            "mohammed bin abdulrahman al thani",
            "mohammed bin abdulrahman al-thani",
            "mohammed bin abdulrahman bin jassim al thani",
            "мухаммед бен абдеррахман аль тани",
            "мухаммед бин абдеррахман аль тани",
            "мухаммед бен абдуррахман аль тани",
        ),
    ),
    _written_as(
        "Badr Albusaidi",
        (
            *_russian_cases("бадр{} аль-бусаиди", "бадр{} бен хамад{} аль-бусаиди"),
            *_russian_cases("бадр{} бин хамад{} аль-бусаиди"),
        ),
        (
            "badr albusaidi",
            "badr al-busaidi",
            "badr bin hamad albusaidi",
            "albusaidi",
            "al-busaidi",
            "бадр аль-бусаиди",
            "бадр бен хамад аль-бусаиди",
            "бадр бин хамад аль-бусаиди",
            "аль-бусаиди",
        ),
    ),
    _written_as(
        "Bilawal Bhutto Zardari",
        _russian_cases("билавал{} бхутто зардари"),
        ("bilawal bhutto zardari", "bilawal bhutto", "билавал бхутто зардари", "бхутто зардари"),
    ),
    _written_as(
        "Ishaq Dar",
        _russian_cases("исхак{} дар{}"),
        ("ishaq dar", "mohammad ishaq dar", "исхак дар"),
    ),
    _written_as("Imran Khan", _russian_cases("имран{} хан{}"), ("imran khan", "имран хан")),
    _written_as(
        "Sheikh Hasina",
        ("шейх хасины", "шейх хасине", "шейх хасину", "шейх хасиной"),
        ("sheikh hasina", "шейх хасина"),
    ),
    _written_as("Pham Minh Chinh", (), ("pham minh chinh", "phạm minh chính", "фам минь тинь")),
    _written_as("Bui Thanh Son", (), ("bui thanh son", "bùi thanh sơn", "буй тхань шон")),
    _written_as("Hun Sen", _russian_cases("хун сен{}"), ("hun sen", "хун сен")),
    _written_as(
        "Anwar Ibrahim", _russian_cases("анвар{} ибрагим{}"), ("anwar ibrahim", "анвар ибрагим")
    ),
    _written_as(
        "Mahathir Mohamad",
        _russian_cases("махатхир{} мохамад{}", "махатхир{}"),
        ("mahathir mohamad", "mahathir mohammad", "mahathir", "махатхир мохамад", "махатхир"),
    ),
    _written_as(
        "Ukhnaagiin Khurelsukh",
        _russian_cases("ухнаагийн хурэлсух{}", "хурэлсух{}"),
        (
            "ukhnaagiin khurelsukh",
            "ukhnaagiin khürelsükh",
            "khurelsukh",
            "ухнаагийн хурэлсух",
            "хурэлсух",
        ),
    ),
    _written_as(
        "Augusto Santos Silva",
        (),
        ("augusto santos silva", "santos silva", "аугушту сантуш силва", "сантуш силва"),
    ),
    _written_as(
        "Gurbanguly Berdimuhamedov",
        (
            "гурбангулы бердымухамедова",
            "гурбангулы бердымухамедову",
            "гурбангулы бердымухамедовым",
            "гурбангулы бердымухамедове",
        ),
        (
            "gurbanguly berdimuhamedov",
            "gurbanguly berdymukhamedov",
            "гурбангулы бердымухамедов",
        ),
    ),
    # «аль-» is written in lower case: a first name and a declined surname do not find it.
    _written_as(
        "Adel al-Jubeir",
        (
            *_russian_cases("аль-джубейр{}"),
            "аделя аль-джубейра",
            "аделю аль-джубейру",
            "аделем аль-джубейром",
            "аделе аль-джубейре",
        ),
        ("adel al-jubeir", "adel jubeir", "al-jubeir", "адель аль-джубейр", "аль-джубейр"),
    ),
    # The US ambassador in Moscow (2020-2022): "Салливан" alone stays Jake Sullivan's.
    _written_as(
        "John Sullivan",
        ("джона салливана", "джону салливану", "джоном салливаном", "джоне салливане"),
        ("john sullivan", "джон салливан"),
    ),
    # «Никола» declines as a woman's name would, his surname as a man's.
    _written_as(
        "Nikola Selakovic",
        (
            "николы селаковича",
            "николе селаковичу",
            "николу селаковича",
            "николой селаковичем",
            "селаковича",
            "селаковичу",
            "селаковичем",
        ),
        ("nikola selakovic", "nikola selaković", "selakovic", "никола селакович", "селакович"),
    ),
)
_FOREIGN_BATCH = (
    _speaker("Nasser Bourita", "насер бурита", "n.", "н.", ("naser bourita",), foreign=True),
    _speaker("Santiago Cafiero", "сантьяго кафьеро", "s.", "с.", foreign=True),
    _speaker("Diana Mondino", "диана мондино", "d.", "д.", foreign=True),
    _speaker("Marcelo Ebrard", "марсело эбрард", "m.", "м.", foreign=True),
    _speaker("Alicia Barcena", "алисия барсена", "a.", "а.", ("alicia bárcena",), foreign=True),
    _speaker("Alvaro Leyva", "альваро лейва", "a.", "а.", ("álvaro leyva",), foreign=True),
    _speaker("Jorge Arreaza", "хорхе арреаса", "j.", "х.", foreign=True),
    _speaker("Denis Moncada", "денис монкада", "d.", "д.", foreign=True),
    _speaker("Rogelio Mayta", "рохелио майта", "r.", "р.", foreign=True),
    _speaker("Dina Boluarte", "дина болуарте", "d.", "д.", foreign=True),
    _speaker("Jacob Zuma", "джейкоб зума", "j.", "дж.", foreign=True),
    _speaker("Yusuf Tuggar", "юсуф туггар", "y.", "ю.", ("yusuf maitama tuggar",), foreign=True),
    _speaker("Uhuru Kenyatta", "ухуру кениата", "u.", "у.", foreign=True),
    _speaker("Ramtane Lamamra", "рамтан ламамра", "r.", "р.", foreign=True),
    _speaker(
        "Walid al-Moallem",
        "валид муаллем",
        "w.",
        "в.",
        ("walid muallem", "walid al-muallem", "walid moallem"),
        foreign=True,
    ),
    _speaker("Najib Mikati", "наджиб микати", "n.", "н.", foreign=True),
    _speaker("Don Pramudwinai", "дон прамудвинай", "d.", "д.", foreign=True),
    _speaker("Rodrigo Duterte", "родриго дутерте", "r.", "р.", foreign=True),
    _speaker(
        "Mukhtar Tileuberdi", "мухтар тлеуберди", "m.", "м.", ("mukhtar tleuberdi",), foreign=True
    ),
    _speaker("Abdulaziz Kamilov", "абдулазиз камилов", "a.", "а.", foreign=True),
    _speaker(
        "Ruslan Kazakbaev", "руслан казакбаев", "r.", "р.", ("ruslan kazakbayev",), foreign=True
    ),
    _speaker(
        "Elmar Mammadyarov", "эльмар мамедъяров", "e.", "э.", ("elmar mamedyarov",), foreign=True
    ),
    _speaker("Zohrab Mnatsakanyan", "зограб мнацаканян", "z.", "з.", foreign=True),
    _speaker("Irakli Garibashvili", "ираклий гарибашвили", "i.", "и.", foreign=True),
    _speaker("Juraj Blanar", "юрай бланар", "j.", "ю.", ("juraj blanár",), foreign=True),
    _speaker("Nikos Dendias", "никос дендиас", "n.", "н.", foreign=True),
    _speaker("Alexis Tsipras", "алексис ципрас", "a.", "а.", foreign=True),
    _speaker("Nikos Christodoulides", "никос христодулидис", "n.", "н.", foreign=True),
    _speaker(
        "Nicos Anastasiades",
        "никос анастасиадис",
        "n.",
        "н.",
        ("nikos anastasiades",),
        foreign=True,
    ),
    _speaker("Mario Draghi", "марио драги", "m.", "м.", foreign=True),
    _speaker("Giuseppe Conte", "джузеппе конте", "g.", "дж.", foreign=True),
    _speaker("Paolo Gentiloni", "паоло джентилони", "p.", "п.", foreign=True),
    _speaker("Jon Huntsman", "джон хантсман", "j.", "дж.", foreign=True),
)


# Leaders whose names are more than a first name and a surname, or are not declined.
_WRITTEN_AS = (
    # Foreign ministers and leaders whose names are three words or more, or not declined.
    _written_as("Catherine Colonna", (), ("catherine colonna", "colonna", "катрин колонна")),
    _written_as(
        "Jean-Yves Le Drian", (), ("jean-yves le drian", "le drian", "жан-ив ле дриан", "ле дриан")
    ),
    _written_as("Luigi Di Maio", (), ("luigi di maio", "di maio", "луиджи ди майо", "ди майо")),
    _written_as(
        "Jose Manuel Albares",
        (),
        ("josé manuel albares", "jose manuel albares", "albares", "хосе мануэль альбарес"),
    ),
    _written_as(
        "Hossein Amir-Abdollahian",
        _russian_cases(
            "хосейн{} амир абдоллахиян{}",
            "хосейн{} амир{} абдоллахиян{}",
            "амир абдоллахиян{}",
            "амир{} абдоллахиян{}",
        ),
        (
            "hossein amir-abdollahian",
            "hossein amirabdollahian",
            "amir-abdollahian",
            "хосейн амир абдоллахиян",
            "амир абдоллахиян",
            "амир-абдоллахиян",
        ),
    ),
    _written_as(
        "Mohammad Javad Zarif",
        _russian_cases("мохаммад{} джавад{} зариф{}", "джавад{} зариф{}", "зариф{}"),
        (
            "mohammad javad zarif",
            "javad zarif",
            "zarif",
            "мохаммад джавад зариф",
            "джавад зариф",
            "зариф",
        ),
    ),
    _written_as("Cho Tae-yul", (), ("cho tae-yul", "cho tae yul", "чо тхэ ёль", "чо тэ ёль")),
    _written_as(
        "Badr Abdelatty",
        (),
        ("badr abdelatty", "abdelatty", "badr abdel aty", "бадр абдель аты", "абдель аты"),
    ),
    _written_as(
        "Faisal bin Farhan",
        _russian_cases("фейсал{} бен фархан{}", "фейсал{} бин фархан{}"),
        ("faisal bin farhan", "фейсал бен фархан", "фейсал бин фархан"),
    ),
    _written_as(
        "Ursula von der Leyen",
        (),
        (
            "ursula von der leyen",
            "von der leyen",
            "урсула фон дер ляйен",
            "фон дер ляйен",
            "урсула фон дер ляэн",
        ),
    ),
    _written_as("Yoon Suk Yeol", (), ("yoon suk yeol", "yoon suk-yeol", "юн сок ёль")),
    _written_as("Lee Jae-myung", (), ("lee jae-myung", "lee jae myung", "ли чжэ мён")),
    _written_as(
        "Andres Manuel Lopez Obrador",
        (),
        (
            "andrés manuel lópez obrador",
            "andres manuel lopez obrador",
            "lopez obrador",
            "lópez obrador",
            "amlo",
            "андрес мануэль лопес обрадор",
            "лопес обрадор",
        ),
    ),
    _written_as(
        "Abdel Fattah al-Burhan",
        ("абдель фаттаха аль-бурхана", "аль-бурхана", "аль-бурхану", "аль-бурханом"),
        ("abdel fattah al-burhan", "al-burhan", "абдель фаттах аль-бурхан", "аль-бурхан"),
    ),
    _written_as(
        "Amir Khan Muttaqi",
        (),
        ("amir khan muttaqi", "muttaqi", "амир хан муттаки", "муттаки"),
    ),
    _written_as("Han Zheng", (), ("han zheng", "хань чжэн")),
    # China's officials, surname first and not declined («Ван И»: no initial "И").
    _written_as("Wang Yi", (), ("wang yi", "ван и")),
    _written_as("Zhang Hanhui", (), ("zhang hanhui", "чжан ханьхуэй")),
    _written_as("Wang Wenbin", (), ("wang wenbin", "ван вэньбинь")),
    _written_as("Mao Ning", (), ("mao ning", "мао нин")),
    _written_as("Lin Jian", (), ("lin jian", "линь цзянь")),
    _written_as("Fu Cong", (), ("fu cong", "фу цун")),
    _written_as("Zhang Jun", (), ("zhang jun", "чжан цзюнь")),
    _written_as("Kim Jong Un", ("kim jong-un",), ("kim jong un", "ким чен ын")),
    _written_as(
        "Lula da Silva",
        (
            "луле",
            "лулу",
            "лулой",
            "лулы",
            "лулы да силвы",
            "луле да силве",
            "лулу да силву",
            "лулой да силвой",
        ),
        (
            "lula",
            "lula da silva",
            "luiz inacio lula da silva",
            "luiz inácio lula da silva",
            "лула",
            "лула да силва",
            "луис инасиу лула да силва",
        ),
    ),
    _written_as(
        "Mohammed bin Salman",
        _russian_cases("мухаммед{} бин сальман{}", "бин сальман{}"),
        (
            "mohammed bin salman",
            "mohammad bin salman",
            "muhammad bin salman",
            "bin salman",
            "мухаммед бин сальман",
            "бин сальман",
        ),
    ),
    _written_as(
        "Mohammed bin Zayed",
        _russian_cases("мухаммед{} бен заид{}", "мухаммед{} бин заид{}"),
        (
            "mohammed bin zayed",
            "mohamed bin zayed",
            "mohammed bin zayed al nahyan",
            "мухаммед бен заид",
            "мухаммед бин заид",
            "мухаммед бен заид аль нахайян",
        ),
    ),
    _written_as(
        "Tamim bin Hamad Al Thani",
        _russian_cases("тамим{} бен хамад{} аль тани", "тамим{} бин хамад{} аль тани"),
        ("tamim bin hamad al thani", "тамим бен хамад аль тани", "тамим бин хамад аль тани"),
    ),
    _written_as(
        "Min Aung Hlaing",
        _russian_cases("мин аун хлайн{}", "мин аунг хлайн{}"),
        ("min aung hlaing", "мин аун хлайн", "мин аунг хлайн"),
    ),
    _written_as(
        "Abdel Fattah el-Sisi",
        ("абдель фаттаха ас-сиси", "абдель фаттаху ас-сиси", "абдель фаттахом ас-сиси"),
        (
            "abdel fattah el-sisi",
            "abdel fattah al-sisi",
            "el-sisi",
            "al-sisi",
            "абдель фаттах ас-сиси",
            "ас-сиси",
        ),
    ),
    *_FOREIGN_BATCH_WRITTEN_AS,
    *_FOREIGN_OFFICIALS,
    *_PATRIARCHS,
)


#: Envoys of the ambassadors' table whom the news names by surname alone ("Чуркин заявил",
#: "Kabulov said"): the UN envoy of 2006-2017, the Ministry's spokesman of 2005-2008, the
#: President's envoy for Afghanistan. Their surnames name no one else in this field's news.
_ENVOYS_BY_SURNAME = frozenset({"Vitaly Churkin", "Mikhail Kamynin", "Zamir Kabulov"})

# The table: officials (and the partners and interviewers they most often appear with) that the
# bot knows by name in both scripts. Add a row to teach it another person.
_SPEAKER_TABLE = (
    _speaker(
        "Sergey Lavrov",
        "сергей лавров",
        "s.v.",
        "с.в.",
        ("sergei lavrov", "sergey viktorovich lavrov", "сергей викторович лавров"),
    ),
    _speaker(
        "Maria Zakharova",
        "мария захарова",
        "m.v.",
        "м.в.",
        ("mariya zakharova", "maria vladimirovna zakharova", "мария владимировна захарова"),
    ),
    _speaker(
        "Sergey Ryabkov",
        "сергей рябков",
        "s.a.",
        "с.а.",
        ("sergei ryabkov", "сергей алексеевич рябков"),
    ),
    _speaker(
        "Alexander Grushko",
        "александр грушко",
        "a.v.",
        "а.в.",
        ("aleksandr grushko", "александр викторович грушко"),
    ),
    _speaker("Andrey Rudenko", "андрей руденко", "a.yu.", "а.ю.", ("andrei rudenko",)),
    _speaker("Mikhail Bogdanov", "михаил богданов", "m.l.", "м.л."),
    # Deputy foreign minister (from 2022), before that ambassador to Japan: 11 of our real pages
    # are his, quoted by surname alone after a first mention ("Также Галузин заявил").
    _speaker(
        "Mikhail Galuzin",
        "михаил галузин",
        "m.yu.",
        "м.ю.",
        ("mikhail yuryevich galuzin", "михаил юрьевич галузин"),
    ),
    _speaker("Sergey Vershinin", "сергей вершинин", "s.v.", "с.в.", ("sergei vershinin",)),
    _speaker(
        "Alexander Lukashevich", "александр лукашевич", "a.k.", "а.к.", ("aleksandr lukashevich",)
    ),
    _speaker(
        # The spelling of his mission's and the ministry's English pages (most real pages).
        "Vassily Nebenzia",
        "василий небензя",
        "v.a.",
        "в.а.",
        (
            "vasily nebenzya",
            "vasily nebenzia",
            "vassily nebenzya",
            "nebenzia",
            "василий алексеевич небензя",
        ),
    ),
    _speaker(
        "Dmitry Polyanskiy",
        "дмитрий полянский",
        "d.a.",
        "д.а.",
        ("dmitriy polyanskiy", "dmitri polyansky", "dmitry polyansky"),
    ),
    # Deputy permanent representatives at the UN in New York, as the mission's site spells them.
    _speaker("Maria Zabolotskaya", "мария заболоцкая", "m.v.", "м.в.", ("mariya zabolotskaya",)),
    _speaker(
        "Anna Evstigneeva",
        "анна евстигнеева",
        "a.m.",
        "а.м.",
        ("anna yevstigneyeva", "anna evstigneyeva", "anna yevstigneeva"),
    ),
    # (A common surname: only the full name and both initials name him.)
    _speaker(
        "Gennady Kuzmin",
        "геннадий кузьмин",
        "g.v.",
        "г.в.",
        ("gennadiy kuzmin",),
        by_surname=False,
        one_initial=False,
    ),
    # The Ministry's commissioner for human rights, at the mission's General Assembly sessions.
    _speaker("Grigory Lukyantsev", "григорий лукьянцев", "g.ye.", "г.е.", ("grigoriy lukyantsev",)),
    _speaker("Vladimir Putin", "владимир путин", "v.v.", "в.в.", ("владимир владимирович путин",)),
    _speaker(
        "Dmitry Peskov",
        "дмитрий песков",
        "d.s.",
        "д.с.",
        ("dmitri peskov", "дмитрий сергеевич песков"),
    ),
    _speaker(
        "Dmitry Medvedev",
        "дмитрий медведев",
        "d.a.",
        "д.а.",
        (
            "dmitri medvedev",
            "dmitriy medvedev",
            "dmitry anatolyevich medvedev",
            "дмитрий анатольевич медведев",
        ),
    ),
    # (Spelt as the Defence Ministry, the agencies and most question writers do: on 48 blind
    # sets "Sergei Shoigu" 59 times, "Sergey Shoigu" 35.)
    _speaker(
        "Sergei Shoigu",
        "сергей шойгу",
        "s.k.",
        "с.к.",
        ("sergey shoigu", "сергей кужугетович шойгу"),
    ),
    _speaker("Mikhail Mishustin", "михаил мишустин", "m.v.", "м.в."),
    # Russia's ambassador to the US (2017-2024), quoted by name and as "the diplomat".
    _speaker(
        "Anatoly Antonov",
        "анатолий антонов",
        "a.i.",
        "а.и.",
        ("anatoliy antonov", "анатолий иванович антонов"),
    ),
    # Other officials the news quotes by name and then by post.
    _speaker("Mikhail Ulyanov", "михаил ульянов", "m.i.", "м.и.", ("mikhail ulianov",)),
    _speaker("Vladimir Chizhov", "владимир чижов", "v.a.", "в.а."),
    _speaker("Sergey Naryshkin", "сергей нарышкин", "s.e.", "с.е.", ("sergei naryshkin",)),
    # (kremlin.ru, TASS and the wires all write "Nikolai Patrushev".)
    _speaker("Nikolai Patrushev", "николай патрушев", "n.p.", "н.п.", ("nikolay patrushev",)),
    _speaker("Konstantin Kosachev", "константин косачев", "k.i.", "к.и."),
    # The speakers of both houses, quoted by surname and by post ("спикер Госдумы"); English
    # news spells hers both ways.
    _speaker(
        "Valentina Matviyenko",
        "валентина матвиенко",
        "v.i.",
        "в.и.",
        ("valentina matvienko", "valentina ivanovna matviyenko", "валентина ивановна матвиенко"),
    ),
    _speaker(
        "Vyacheslav Volodin",
        "вячеслав володин",
        "v.v.",
        "в.в.",
        ("vyacheslav viktorovich volodin", "вячеслав викторович володин"),
    ),
    _speaker("Leonid Slutsky", "леонид слуцкий", "l.e.", "л.э.", ("leonid slutskiy",)),
    _speaker("Sergey Kislyak", "сергей кисляк", "s.i.", "с.и.", ("sergei kislyak",)),
    _speaker("Alexey Zaitsev", "алексей зайцев", "a.a.", "а.а.", ("alexei zaitsev",)),
    # Deputy director of the press department (the Ministry's English pages: "A.E.Nastasin").
    _speaker(
        "Andrey Nastasyin", "андрей настасьин", "a.e.", "а.е.", ("andrei nastasyin", "a.e.nastasin")
    ),
    # Director of the Latin America department ("Alexander Schetinin" in Latin American copy).
    _speaker("Alexander Shchetinin", "александр щетинин", "a.", "а.", ("alexander schetinin",)),
    _speaker("Kirill Dmitriev", "кирилл дмитриев", "k.a.", "к.а.", ("kirill dmitriyev",)),
    # The Kremlin's aide as English news spells him (kremlin.ru and TASS: "Yury"); the check
    # sets' writers, three of three, wrote "Yuri".
    _speaker(
        "Yuri Ushakov", "юрий ушаков", "yu.v.", "ю.в.", ("yury ushakov", "юрий викторович ушаков")
    ),
    _speaker(
        "Alexander Lukashenko",
        "александр лукашенко",
        "a.g.",
        "а.г.",
        ("aleksandr lukashenko",),
        foreign=True,
    ),
    _speaker(
        "Recep Tayyip Erdogan",
        "реджеп эрдоган",
        "r.t.",
        "р.т.",
        (
            "recep erdogan",
            "tayyip erdogan",
            "redzhep erdogan",
            "реджеп тайип эрдоган",
            "тайип эрдоган",
        ),
        foreign=True,
    ),
    _speaker(
        "Steve Witkoff",
        "стив уиткофф",
        "s.",
        "с.",
        ("steven witkoff", "stiv uitkoff"),
        foreign=True,
    ),
    _speaker(
        "Mikhail Podolyak",
        "михаил подоляк",
        "m.",
        "м.",
        ("mykhailo podolyak", "mykhailo podoliak"),
        foreign=True,
    ),
    _speaker("John Kerry", "джон керри", "j.", "дж.", foreign=True),
    _speaker("Antony Blinken", "энтони блинкен", "a.", "э.", ("anthony blinken",), foreign=True),
    _speaker(
        "António Guterres",
        "антониу гутерреш",
        "a.",
        "а.",
        ("antonio guterres", "антониу гутерриш", "гутерриш"),
        foreign=True,
    ),
    _speaker("Emmanuel Macron", "эммануэль макрон", "e.", "э.", foreign=True),
    # Foreign leaders and ministers whose words Russian news retells, as English writes their
    # names: spelt back from Russian they came out "Donald Tramp", "Olaf Sholts", "Kir Starmer".
    # Surnames that are common English or Russian words or surnames are left out ("Johnson",
    # "Austin", «Трасс», «Алиев», Michel / «Мишель»).
    _speaker("Donald Trump", "дональд трамп", "d.", "д.", ("donald j. trump",), foreign=True),
    _speaker(
        "Joe Biden", "джо байден", "j.", "д.", ("joseph biden", "джозеф байден"), foreign=True
    ),
    # Lavrov's counterparts of 2005-2013, whom Russian pages retell: spelt back from Russian
    # they came out "Khillarya Klinton" (the first name read as a case form). Bill Clinton
    # shares the surname, so the surname alone names neither.
    _speaker(
        "Hillary Clinton",
        "хиллари клинтон",
        "h.",
        "х.",
        ("hillary rodham clinton", "хилари клинтон"),
        foreign=True,
        by_surname=False,
    ),
    _speaker("Bill Clinton", "билл клинтон", "b.", "б.", foreign=True, by_surname=False),
    _speaker("Condoleezza Rice", "кондолиза райс", "c.", "к.", foreign=True, by_surname=False),
    # More of those whom Russian pages retell, spelt back wrong from Russian before ("Nensya
    # Pelosi", "Tereza Mey", "Kolin Pauell", "Khu Tszintao", "Ugo Chaves"). A surname that is a
    # common word or another person's too names none of them alone.
    _speaker("Nancy Pelosi", "нэнси пелоси", "n.", "н.", foreign=True),
    _speaker("Theresa May", "тереза мэй", "t.", "т.", foreign=True, by_surname=False),
    _speaker("Catherine Ashton", "кэтрин эштон", "c.", "к.", foreign=True),
    _speaker(
        "Hassan Rouhani",
        "хасан рухани",
        "h.",
        "х.",
        ("hassan rohani", "хасан роухани"),
        foreign=True,
    ),
    _speaker("James Mattis", "джеймс мэттис", "j.", "д.", foreign=True),
    _speaker("Lloyd Austin", "ллойд остин", "l.", "л.", foreign=True, by_surname=False),
    _speaker("Colin Powell", "колин пауэлл", "c.", "к.", foreign=True),
    _speaker("Madeleine Albright", "мадлен олбрайт", "m.", "м.", foreign=True),
    _speaker("Zbigniew Brzezinski", "збигнев бжезинский", "z.", "з.", foreign=True),
    _speaker("Michael McFaul", "майкл макфол", "m.", "м.", foreign=True),
    _speaker("Mohamed ElBaradei", "мохамед эль-барадеи", "m.", "м.", foreign=True),
    _speaker("Yukiya Amano", "юкия амано", "y.", "ю.", foreign=True),
    _speaker("Hu Jintao", "ху цзиньтао", "h.", "х.", foreign=True, by_surname=False),
    _speaker("Hugo Chavez", "уго чавес", "h.", "у.", ("hugo chávez",), foreign=True),
    _speaker("Fidel Castro", "фидель кастро", "f.", "ф.", foreign=True, by_surname=False),
    _speaker("Maia Sandu", "майя санду", "m.", "м.", ("maya sandu", "мая санду"), foreign=True),
    _speaker("Marco Rubio", "марко рубио", "m.", "м.", foreign=True),
    _speaker(
        "JD Vance", "джей-ди вэнс", "j.d.", "д.", ("j.d. vance", "james david vance"), foreign=True
    ),
    _speaker("Mike Pompeo", "майк помпео", "m.", "м.", ("michael pompeo",), foreign=True),
    _speaker("Rex Tillerson", "рекс тиллерсон", "r.", "р.", foreign=True),
    # The US ambassador to the UN (2017-2018), whom Nebenzya's stories quote back by surname.
    _speaker("Nikki Haley", "никки хейли", "n.", "н.", foreign=True),
    _speaker("Jake Sullivan", "джейк салливан", "j.", "д.", foreign=True),
    _speaker("Pete Hegseth", "пит хегсет", "p.", "п.", foreign=True),
    _speaker("Mike Waltz", "майк уолтц", "m.", "м.", ("michael waltz",), foreign=True),
    _speaker("Keith Kellogg", "кит келлог", "k.", "к.", foreign=True),
    _speaker("Victoria Nuland", "виктория нуланд", "v.", "в.", foreign=True),
    _speaker("Barack Obama", "барак обама", "b.", "б.", foreign=True),
    _speaker("Olaf Scholz", "олаф шольц", "o.", "о.", foreign=True),
    _speaker("Friedrich Merz", "фридрих мерц", "f.", "ф.", foreign=True),
    _speaker("Annalena Baerbock", "анналена бербок", "a.", "а.", foreign=True),
    _speaker("Keir Starmer", "кир стармер", "k.", "к.", foreign=True),
    _speaker("Rishi Sunak", "риши сунак", "r.", "р.", foreign=True),
    _speaker("David Lammy", "дэвид лэмми", "d.", "д.", foreign=True),
    _speaker("Josep Borrell", "жозеп боррель", "j.", "ж.", foreign=True),
    _speaker("Kaja Kallas", "кая каллас", "k.", "к.", foreign=True),
    _speaker("Jens Stoltenberg", "йенс столтенберг", "j.", "й.", foreign=True),
    _speaker("Mark Rutte", "марк рютте", "m.", "м.", foreign=True),
    _speaker("Giorgia Meloni", "джорджа мелони", "g.", "д.", foreign=True),
    _speaker("Viktor Orban", "виктор орбан", "v.", "в.", ("viktor orbán",), foreign=True),
    _speaker("Robert Fico", "роберт фицо", "r.", "р.", foreign=True),
    _speaker("Andrzej Duda", "анджей дуда", "a.", "а.", foreign=True),
    _speaker("Donald Tusk", "дональд туск", "d.", "д.", foreign=True),
    _speaker(
        "Radoslaw Sikorski", "радослав сикорский", "r.", "р.", ("radosław sikorski",), foreign=True
    ),
    _speaker("Alexander Stubb", "александр стубб", "a.", "а.", foreign=True),
    _speaker(
        "Mevlut Cavusoglu", "мевлют чавушоглу", "m.", "м.", ("mevlüt çavuşoğlu",), foreign=True
    ),
    _speaker("Hakan Fidan", "хакан фидан", "h.", "х.", foreign=True),
    _speaker("Benjamin Netanyahu", "биньямин нетаньяху", "b.", "б.", foreign=True),
    _speaker("Abbas Araghchi", "аббас аракчи", "a.", "а.", foreign=True),
    _speaker("Masoud Pezeshkian", "масуд пезешкиан", "m.", "м.", foreign=True),
    _speaker("Ebrahim Raisi", "эбрахим раиси", "e.", "э.", foreign=True),
    _speaker(
        "Bashar al-Assad",
        "башар асад",
        "b.",
        "б.",
        (
            "bashar assad",
            "bashar al-assad",
        ),
        foreign=True,
    ),
    _speaker("Narendra Modi", "нарендра моди", "n.", "н.", foreign=True),
    _speaker("Subrahmanyam Jaishankar", "субраманьям джайшанкар", "s.", "с.", foreign=True),
    _speaker("Fumio Kishida", "фумио кисида", "f.", "ф.", foreign=True),
    _speaker("Nikol Pashinyan", "никол пашинян", "n.", "н.", foreign=True),
    _speaker(
        "Kassym-Jomart Tokayev",
        "касым-жомарт токаев",
        "k.",
        "к.",
        # (One "s", and "Zh" for «Ж», in Russian outlets' English: "Kasym-Jomart Tokayev".)
        ("kassym-jomart tokaev", "kasym-jomart tokayev", "kasym-zhomart tokayev"),
        foreign=True,
    ),
    _speaker(
        "Volodymyr Zelensky",
        "владимир зеленский",
        "v.",
        "в.",
        (
            "volodymyr zelenskyy",
            "volodymyr zelenskiy",
            "vladimir zelensky",
            "zelenskyy",
        ),
        foreign=True,
    ),
    _speaker("Andrii Sybiha", "андрей сибига", "a.", "а.", ("andriy sybiha",), foreign=True),
    _speaker("Andriy Yermak", "андрей ермак", "a.", "а.", ("andrii yermak",), foreign=True),
    _speaker(
        "Sergiy Kyslytsya",
        "сергей кислица",
        "s.",
        "с.",
        (
            "sergiy kyslytsia",
            "sergey kislitsa",
        ),
        foreign=True,
    ),
    _speaker("Barbara Woodward", "барбара вудворд", "b.", "б.", foreign=True),
    _speaker(
        "Aleksandar Vucic",
        "александр вучич",
        "a.",
        "а.",
        (
            "aleksandar vučić",
            "alexander vucic",
        ),
        foreign=True,
    ),
    _speaker("Shavkat Mirziyoyev", "шавкат мирзиёев", "s.", "ш.", foreign=True),
    _speaker("Emomali Rahmon", "эмомали рахмон", "e.", "э.", foreign=True),
    _speaker("Cyril Ramaphosa", "сирил рамафоса", "c.", "с.", foreign=True),
    _speaker("Nicolas Maduro", "николас мадуро", "n.", "н.", ("nicolás maduro",), foreign=True),
    _speaker("John Bolton", "джон болтон", "j.", "д.", foreign=True),
    _speaker("Lindsey Graham", "линдси грэм", "l.", "л.", foreign=True),
    _speaker("Rustem Umerov", "рустем умеров", "r.", "р.", foreign=True),
    _speaker("Kyrylo Budanov", "кирилл буданов", "k.", "к.", ("kirill budanov",), foreign=True),
    _speaker("António Costa", "антониу кошта", "a.", "а.", ("antonio costa",), foreign=True),
    _speaker("Prabowo Subianto", "прабово субианто", "p.", "п.", foreign=True),
    # Ministers and leaders beside whom Russian officials speak, often retold in Russian: spelt
    # back from Russian they came out "Mauro Viyeyra", "Peter Siyyarto", "Ivitsa Dachich".
    # Left out: surnames that are common words ("Pence" / «пенс», "Milei" / «милей»), names of
    # three parts in Russian («Ким Чен Ын», «Цой Сон Хи») and «Ван И» («и»).
    _speaker("Mauro Vieira", "мауро виейра", "m.", "м.", foreign=True),
    _speaker("Naledi Pandor", "наледи пандор", "n.", "н.", foreign=True),
    _speaker("Ronald Lamola", "рональд ламола", "r.", "р.", foreign=True),
    _speaker("Angela Merkel", "ангела меркель", "a.", "а.", foreign=True),
    _speaker(
        "Petro Poroshenko",
        "петр порошенко",
        "p.",
        "п.",
        ("petr poroshenko", "pyotr poroshenko"),
        foreign=True,
    ),
    _speaker("Peter Szijjarto", "петер сийярто", "p.", "п.", ("péter szijjártó",), foreign=True),
    _speaker("Ivica Dacic", "ивица дачич", "i.", "и.", ("ivica dačić",), foreign=True),
    _speaker("Milorad Dodik", "милорад додик", "m.", "м.", foreign=True),
    _speaker("Jeyhun Bayramov", "джейхун байрамов", "j.", "д.", foreign=True),
    _speaker("Ararat Mirzoyan", "арарат мирзоян", "a.", "а.", foreign=True),
    _speaker("Ayman Safadi", "айман сафади", "a.", "а.", foreign=True),
    _speaker("Sameh Shoukry", "самех шукри", "s.", "с.", foreign=True),
    _speaker("Antonio Tajani", "антонио таяни", "a.", "а.", foreign=True),
    _speaker(
        "Francois Hollande", "франсуа олланд", "f.", "ф.", ("françois hollande",), foreign=True
    ),
    _speaker("Nicolas Sarkozy", "николя саркози", "n.", "н.", foreign=True),
    _speaker("Ali Khamenei", "али хаменеи", "a.", "а.", foreign=True),
    _speaker("Irakli Kobakhidze", "ираклий кобахидзе", "i.", "и.", foreign=True),
    _speaker(
        "Rafael Grossi", "рафаэль гросси", "r.", "р.", ("rafael mariano grossi",), foreign=True
    ),
    _speaker("Linda Thomas-Greenfield", "линда томас-гринфилд", "l.", "л.", foreign=True),
    _speaker("Sadyr Japarov", "садыр жапаров", "s.", "с.", foreign=True),
    _speaker(
        "Serdar Berdimuhamedov",
        "сердар бердымухамедов",
        "s.",
        "с.",
        ("serdar berdymukhamedov",),
        foreign=True,
    ),
    _speaker("Vladimir Makei", "владимир макей", "v.", "в.", foreign=True),
    _speaker("Sergei Aleinik", "сергей алейник", "s.", "с.", foreign=True),
    _speaker("Maxim Ryzhenkov", "максим рыженков", "m.", "м.", foreign=True),
    _speaker("Retno Marsudi", "ретно марсуди", "r.", "р.", foreign=True),
    # Indonesia's president is "Jokowi" in most news of him, in both languages.
    _speaker("Joko Widodo", "джоко видодо", "j.", "д.", ("jokowi", "джокови"), foreign=True),
    _speaker("Daniel Ortega", "даниэль ортега", "d.", "д.", foreign=True),
    _speaker(
        "Miguel Diaz-Canel", "мигель диас-канель", "m.", "м.", ("miguel díaz-canel",), foreign=True
    ),
    _speaker("Tulsi Gabbard", "тулси габбард", "t.", "т.", foreign=True),
    # The ninth batch: Russian officials the news quotes beside the ten (deputy ministers,
    # ambassadors, ministers, the Kremlin's and the Security Council's people), and foreign
    # leaders and ministers (East Asian names in the table, since Russian pages spell them
    # otherwise: «Си Цзиньпин» had read as 'Si Tszinpin').
    _speaker("Alexander Pankin", "александр панкин", "a.", "а."),
    _speaker("Georgy Borisenko", "георгий борисенко", "g.", "г."),
    _speaker("Alexander Darchiev", "александр дарчиев", "a.", "а."),
    _speaker("Gennady Gatilov", "геннадий гатилов", "g.", "г."),
    _speaker("Alexander Alimov", "александр алимов", "a.", "а."),
    _speaker("Rodion Miroshnik", "родион мирошник", "r.", "р."),
    _speaker("Maria Lvova-Belova", "мария львова-белова", "m.", "м."),
    _speaker("Tatyana Moskalkova", "татьяна москалькова", "t.", "т.", ("tatiana moskalkova",)),
    _speaker("Ramzan Kadyrov", "рамзан кадыров", "r.", "р."),
    _speaker("Valery Gerasimov", "валерий герасимов", "v.", "в."),
    _speaker("Igor Konashenkov", "игорь конашенков", "i.", "и."),
    _speaker("Vladimir Medinsky", "владимир мединский", "v.", "в."),
    _speaker("Alexander Bortnikov", "александр бортников", "a.", "а."),
    _speaker("Anton Siluanov", "антон силуанов", "a.", "а."),
    _speaker("Elvira Nabiullina", "эльвира набиуллина", "e.", "э."),
    _speaker("Maxim Oreshkin", "максим орешкин", "m.", "м."),
    _speaker("Denis Manturov", "денис мантуров", "d.", "д."),
    # Energy minister 2012-2020, then deputy prime minister for energy (OPEC+ talks).
    _speaker("Alexander Novak", "александр новак", "a.", "а.", ("alexandr novak",)),
    _speaker("Grigory Karasin", "григорий карасин", "g.", "г."),
    # First deputy foreign minister 2011-2019 (the Ministry signs him "V.G.Titov"); "Titov"
    # alone is as often Boris Titov, the business ombudsman: only his full name or both initials.
    _speaker(
        "Vladimir Titov", "владимир титов", "v.g.", "в.г.", by_surname=False, one_initial=False
    ),
    _speaker("Igor Morgulov", "игорь моргулов", "i.", "и."),
    _speaker("Alexander Venediktov", "александр венедиктов", "a.", "а.", official=False),
    _speaker("Dmitry Lyubinsky", "дмитрий любинский", "d.", "д."),
    _speaker("Ella Pamfilova", "элла памфилова", "e.", "э."),
    _speaker("Dmitry Rogozin", "дмитрий рогозин", "d.", "д."),
    _speaker("Alexander Lavrentiev", "александр лаврентьев", "a.", "а.", ("alexander lavrentyev",)),
    _speaker("Alexander Shulgin", "александр шульгин", "a.", "а."),
    # The twelfth batch (round 45): Russia's ministers, premiers, Kremlin and party figures of
    # 2000-2026 whom agency stories quote by surname once named, or not at all when a copy is
    # cut ("«...», – добавил Лужков"), spelt as English news most often does. A surname other
    # people share (Ivanov, Miller, Kostin, Ustinov, Kozak, Krasnov, Kravtsov) names them only
    # with the first name or both initials.
    _speaker("Andrei Belousov", "андрей белоусов", "a.r.", "а.р.", ("andrey belousov",)),
    _speaker(
        "Alexei Kudrin", "алексей кудрин", "a.l.", "а.л.", ("alexey kudrin", "aleksei kudrin")
    ),
    _speaker("Yuri Luzhkov", "юрий лужков", "y.m.", "ю.м.", ("yury luzhkov", "yuriy luzhkov")),
    _speaker("Sergei Mironov", "сергей миронов", "s.m.", "с.м.", ("sergey mironov",)),
    _speaker("Gennady Onishchenko", "геннадий онищенко", "g.g.", "г.г.", ("gennadiy onishchenko",)),
    _speaker(
        "Igor Ivanov",
        "игорь иванов",
        "i.s.",
        "и.с.",
        ("igor sergeyevich ivanov",),
        by_surname=False,
        one_initial=False,
    ),
    _speaker("Mikhail Fradkov", "михаил фрадков", "m.e.", "м.е."),
    _speaker("Viktor Zubkov", "виктор зубков", "v.a.", "в.а.", ("victor zubkov",)),
    _speaker("Mikhail Kasyanov", "михаил касьянов", "m.m.", "м.м."),
    _speaker("Yevgeny Primakov", "евгений примаков", "y.m.", "е.м.", ("evgeny primakov",)),
    _speaker("Boris Yeltsin", "борис ельцин", "b.n.", "б.н."),
    _speaker("Vladislav Surkov", "владислав сурков", "v.y.", "в.ю."),
    _speaker("Sergei Kiriyenko", "сергей кириенко", "s.v.", "с.в.", ("sergey kiriyenko",)),
    _speaker("Anton Vaino", "антон вайно", "a.e.", "а.э."),
    _speaker("Dmitry Kozak", "дмитрий козак", "d.n.", "д.н.", by_surname=False, one_initial=False),
    _speaker("Tatyana Golikova", "татьяна голикова", "t.a.", "т.а.", ("tatiana golikova",)),
    _speaker("Mikhail Murashko", "михаил мурашко", "m.a.", "м.а."),
    _speaker("Sergei Chemezov", "сергей чемезов", "s.v.", "с.в.", ("sergey chemezov",)),
    _speaker("Igor Sechin", "игорь сечин", "i.i.", "и.и."),
    _speaker(
        "Alexei Miller",
        "алексей миллер",
        "a.b.",
        "а.б.",
        ("alexey miller",),
        by_surname=False,
        one_initial=False,
    ),
    _speaker("Viktor Zolotov", "виктор золотов", "v.v.", "в.в."),
    _speaker("Alexander Bastrykin", "александр бастрыкин", "a.i.", "а.и."),
    _speaker("Yury Chaika", "юрий чайка", "y.y.", "ю.я.", ("yuri chaika", "yury chayka")),
    _speaker("Igor Krasnov", "игорь краснов", "i.v.", "и.в.", by_surname=False, one_initial=False),
    _speaker("Vladimir Zhirinovsky", "владимир жириновский", "v.v.", "в.в."),
    _speaker("Gennady Zyuganov", "геннадий зюганов", "g.a.", "г.а."),
    _speaker("Marat Khusnullin", "марат хуснуллин", "m.s.", "м.ш."),
    _speaker("Yuri Trutnev", "юрий трутнев", "y.p.", "ю.п.", ("yury trutnev",)),
    _speaker("Alexei Overchuk", "алексей оверчук", "a.l.", "а.л.", ("alexey overchuk",)),
    _speaker("Sergei Prikhodko", "сергей приходько", "s.e.", "с.э.", ("sergey prikhodko",)),
    _speaker("Arkady Dvorkovich", "аркадий дворкович", "a.v.", "а.в."),
    _speaker("Igor Shuvalov", "игорь шувалов", "i.i.", "и.и."),
    _speaker("Sergei Glazyev", "сергей глазьев", "s.y.", "с.ю.", ("sergey glazyev",)),
    _speaker("Anatoly Serdyukov", "анатолий сердюков", "a.e.", "а.э."),
    # (As the English news of his years and the blind question writers spell him.)
    _speaker("Rashid Nurgaliyev", "рашид нургалиев", "r.g.", "р.г.", ("rashid nurgaliev",)),
    _speaker("Vladimir Kolokoltsev", "владимир колокольцев", "v.a.", "в.а."),
    _speaker("Sergei Stepashin", "сергей степашин", "s.v.", "с.в.", ("sergey stepashin",)),
    _speaker("Nikolai Bordyuzha", "николай бордюжа", "n.n.", "н.н.", ("nikolay bordyuzha",)),
    _speaker("Andrei Kostin", "андрей костин", "a.l.", "а.л.", by_surname=False, one_initial=False),
    _speaker("German Gref", "герман греф", "g.o.", "г.о.", ("herman gref",)),
    _speaker("Anatoly Chubais", "анатолий чубайс", "a.b.", "а.б."),
    _speaker("Yegor Gaidar", "егор гайдар", "y.t.", "е.т.", ("yegor gaydar",)),
    _speaker(
        "Vladimir Ustinov", "владимир устинов", "v.v.", "в.в.", by_surname=False, one_initial=False
    ),
    _speaker("Yevgeny Prigozhin", "евгений пригожин", "y.v.", "е.в.", ("evgeny prigozhin",)),
    _speaker("Sergei Surovikin", "сергей суровикин", "s.v.", "с.в.", ("sergey surovikin",)),
    _speaker("Andrei Turchak", "андрей турчак", "a.a.", "а.а.", ("andrey turchak",)),
    _speaker("Alexander Khinshtein", "александр хинштейн", "a.e.", "а.е."),
    _speaker(
        "Sergei Kravtsov", "сергей кравцов", "s.s.", "с.с.", by_surname=False, one_initial=False
    ),
    _speaker("Valery Falkov", "валерий фальков", "v.n.", "в.н."),
    _speaker("Olga Lyubimova", "ольга любимова", "o.b.", "о.б."),
    # The eleventh batch (the tenth: _written_as and the leaders of the 2020s): Russian
    # ambassadors and envoys whom embassy sites and retellings quote, often by initials and a
    # genitive surname only («Интервью Посла России в Бразилии А.К.Лабецкого»), spelt as
    # English pages of them most often do.
    _speaker("Andrei Kelin", "андрей келин", "a.", "а.", ("andrey kelin",)),
    _speaker("Alexey Meshkov", "алексей мешков", "a.", "а.", ("alexei meshkov",)),
    _speaker("Alexey Paramonov", "алексей парамонов", "a.", "а.", ("alexei paramonov",)),
    _speaker("Vladimir Barbin", "владимир барбин", "v.", "в."),
    _speaker("Denis Alipov", "денис алипов", "d.", "д."),
    _speaker("Nikolai Nozdrev", "николай ноздрев", "n.", "н.", ("nikolay nozdrev",)),
    _speaker("Alexey Borodavkin", "алексей бородавкин", "a.", "а.", ("alexei borodavkin",)),
    _speaker("Alexey Yerkhov", "алексей ерхов", "a.", "а.", ("alexei yerkhov", "alexey erkhov")),
    _speaker(
        "Alexander Botsan-Kharchenko",
        "александр боцан-харченко",
        "a.",
        "а.",
        ("aleksandr botsan-kharchenko",),
    ),
    _speaker("Viktor Tatarintsev", "виктор татаринцев", "v.", "в.", ("victor tatarintsev",)),
    _speaker("Levan Dzhagaryan", "леван джагарян", "l.", "л."),
    _speaker("Alexey Labetsky", "алексей лабецкий", "a.", "а.", ("alexei labetsky",)),
    _speaker("Oleg Syromolotov", "олег сыромолотов", "o.", "о."),
    _speaker("Sergey Nechaev", "сергей нечаев", "s.", "с.", ("sergei nechaev", "sergey nechayev")),
    _speaker("Yury Pilipson", "юрий пилипсон", "y.", "ю.", ("yuri pilipson",)),
    _speaker("Teymuraz Ramishvili", "теймураз рамишвили", "t.", "т."),
    _speaker("Georgy Zinoviev", "георгий зиновьев", "g.", "г."),
    _speaker("Alexander Matsegora", "александр мацегора", "a.", "а."),
    _speaker("Boris Gryzlov", "борис грызлов", "b.", "б."),
    _speaker("Kirill Logvinov", "кирилл логвинов", "k.", "к."),
    _speaker("Alexander Yakovenko", "александр яковенко", "a.", "а."),
    _speaker("Alexander Yefimov", "александр ефимов", "a.", "а.", ("alexander efimov",)),
    _speaker("Eleonora Mitrofanova", "элеонора митрофанова", "e.", "э."),
    _speaker("Yevgeny Stanislavov", "евгений станиславов", "y.", "е.", ("evgeny stanislavov",)),
    # The twelfth batch: directors of the Ministry's departments, whose interviews mid.ru
    # heads with initials only («Интервью директора ... А.А.Полищука»), and a senator.
    _speaker("Alexey Polishchuk", "алексей полищук", "a.a.", "а.а.", ("alexei polishchuk",)),
    # (A common surname: alone it may name someone else, "Ermakov said" an ambassador.)
    _speaker("Alexey Drobinin", "алексей дробинин", "a.", "а.", ("alexei drobinin",)),
    _speaker(
        "Vladimir Yermakov", "владимир ермаков", "v.", "в.", ("vladimir ermakov",), by_surname=False
    ),
    _speaker("Pyotr Ilyichev", "пётр ильичёв", "p.", "п.", ("petr ilyichev", "pyotr ilichev")),
    _speaker("Nikolay Kobrinets", "николай кобринец", "n.", "н.", ("nikolai kobrinets",)),
    _speaker("Tatiana Dovgalenko", "татьяна довгаленко", "t.", "т.", ("tatyana dovgalenko",)),
    _speaker("Vladimir Dzhabarov", "владимир джабаров", "v.", "в."),
    _speaker("Mikhail Babich", "михаил бабич", "m.", "м."),
    # Latin American leaders whom Russian retellings quote in Cyrillic ("Zhair Bolsonaru").
    _speaker("Jair Bolsonaro", "жаир болсонару", "j.", "ж.", foreign=True),
    _speaker("Gabriel Boric", "габриэль борич", "g.", "г.", foreign=True),
    _speaker("Xi Jinping", "си цзиньпин", "x.", "с.", foreign=True),
    _speaker("Li Qiang", "ли цян", "l.", "л.", foreign=True),
    _speaker("Ilham Aliyev", "ильхам алиев", "i.", "и.", ("ilham aliev",), foreign=True),
    _speaker("Shehbaz Sharif", "шахбаз шариф", "s.", "ш.", ("shahbaz sharif",), foreign=True),
    _speaker(
        "Ferdinand Marcos", "фердинанд маркос", "f.", "ф.", ("ferdinand marcos jr.",), foreign=True
    ),
    _speaker("Abdelmadjid Tebboune", "абдельмаджид теббун", "a.", "а.", foreign=True),
    _speaker("Ibrahim Traore", "ибрагим траоре", "i.", "и.", ("ibrahim traoré",), foreign=True),
    _speaker("Assimi Goita", "ассими гоита", "a.", "а.", ("assimi goïta",), foreign=True),
    _speaker(
        "Faustin-Archange Touadera",
        "фостен-арканж туадера",
        "f.",
        "ф.",
        ("faustin archange touadera", "faustin-archange touadéra"),
        foreign=True,
    ),
    _speaker("Yoweri Museveni", "йовери мусевени", "y.", "й.", foreign=True),
    _speaker("Emmerson Mnangagwa", "эммерсон мнангагва", "e.", "э.", foreign=True),
    _speaker("Claudia Sheinbaum", "клаудия шейнбаум", "c.", "к.", foreign=True),
    _speaker("Luis Arce", "луис арсе", "l.", "л.", foreign=True),
    _speaker("Evo Morales", "эво моралес", "e.", "э.", foreign=True),
    _speaker("Mahmoud Abbas", "махмуд аббас", "m.", "м.", foreign=True),
    _speaker("Ahmed Attaf", "ахмед аттаф", "a.", "а.", foreign=True),
    _speaker("Bidzina Ivanishvili", "бидзина иванишвили", "b.", "б.", foreign=True),
    _speaker(
        "Mikheil Kavelashvili",
        "михаил кавелашвили",
        "m.",
        "м.",
        ("mikhail kavelashvili",),
        foreign=True,
    ),
    _speaker("Roman Golovchenko", "роман головченко", "r.", "р.", foreign=True),
    _speaker("Ana Brnabic", "ана брнабич", "a.", "а.", ("ana brnabić",), foreign=True),
    _speaker("Marko Djuric", "марко джурич", "m.", "м.", ("marko đurić",), foreign=True),
    _speaker("Bakhtiyor Saidov", "бахтиёр саидов", "b.", "б.", foreign=True),
    _speaker("Murat Nurtleu", "мурат нуртлеу", "m.", "м.", foreign=True),
    _speaker("Ajit Doval", "аджит довал", "a.", "а.", foreign=True),
    _speaker("Shigeru Ishiba", "сигэру исиба", "s.", "с.", foreign=True),
    _speaker("Yoko Kamikawa", "ёко камикава", "y.", "е.", foreign=True),
    _speaker("Yoshimasa Hayashi", "ёсимаса хаяси", "y.", "е.", foreign=True),
    _speaker("Charles Michel", "шарль мишель", "c.", "ш.", foreign=True),
    _speaker(
        "Jean-Noel Barrot", "жан-ноэль барро", "j.", "ж.", ("jean-noël barrot",), foreign=True
    ),
    _speaker("Sergio Mattarella", "серджо маттарелла", "s.", "с.", foreign=True),
    _speaker("Pedro Sanchez", "педро санчес", "p.", "п.", ("pedro sánchez",), foreign=True),
    _speaker("Peter Pellegrini", "петер пеллегрини", "p.", "п.", foreign=True),
    _speaker("Milos Zeman", "милош земан", "m.", "м.", ("miloš zeman",), foreign=True),
    _speaker("Liz Truss", "лиз трасс", "l.", "л.", foreign=True),
    _speaker("Kamala Harris", "камала харрис", "k.", "к.", foreign=True),
    _speaker("John Kirby", "джон кирби", "j.", "д.", foreign=True),
    _speaker("Karoline Leavitt", "кэролайн ливитт", "k.", "к.", foreign=True),
    _speaker("Scott Bessent", "скотт бессент", "s.", "с.", foreign=True),
    _speaker("Jared Kushner", "джаред кушнер", "j.", "д.", foreign=True),
    _speaker(
        "Stephane Dujarric", "стефан дюжаррик", "s.", "с.", ("stéphane dujarric",), foreign=True
    ),
    _speaker(
        "Dmytro Kuleba",
        "дмитрий кулеба",
        "d.",
        "д.",
        ("dmitry kuleba", "dmitro kuleba"),
        foreign=True,
    ),
    _speaker(
        "Denys Shmyhal",
        "денис шмыгаль",
        "d.",
        "д.",
        ("denis shmygal", "denys shmygal"),
        foreign=True,
    ),
    _speaker(
        "Oleksii Reznikov",
        "алексей резников",
        "o.",
        "а.",
        ("oleksiy reznikov", "alexei reznikov", "alexey reznikov"),
        foreign=True,
    ),
    _speaker("Ali Larijani", "али лариджани", "a.", "а.", foreign=True),
    _speaker("Isaac Herzog", "ицхак герцог", "i.", "и.", foreign=True),
    _speaker("Gideon Saar", "гидеон саар", "g.", "г.", ("gideon sa'ar",), foreign=True),
    _speaker(
        "Ahmed al-Sharaa",
        "ахмед аш-шараа",
        "a.",
        "а.",
        ("ahmed al-shara", "ahmad al-sharaa"),
        foreign=True,
    ),
    _speaker(
        "Faisal Mekdad",
        "фейсал мекдад",
        "f.",
        "ф.",
        ("faisal al-mekdad", "fayssal mekdad"),
        foreign=True,
    ),
    _speaker(
        "Asaad al-Shaibani",
        "асаад аш-шейбани",
        "a.",
        "а.",
        ("asaad hassan al-shaibani", "asad al-shaibani"),
        foreign=True,
    ),
    _speaker("Ibrahim Kalin", "ибрагим калын", "i.", "и.", ("ibrahim kalın",), foreign=True),
    _speaker("Bola Tinubu", "бола тинубу", "b.", "б.", foreign=True),
    _speaker("William Ruto", "уильям руто", "w.", "у.", foreign=True),
    _speaker("Paul Kagame", "поль кагаме", "p.", "п.", foreign=True),
    _speaker("Moussa Faki", "мусса факи", "m.", "м.", ("moussa faki mahamat",), foreign=True),
    _speaker("Dilma Rousseff", "дилма руссефф", "d.", "д.", foreign=True),
    _speaker("Celso Amorim", "селсу аморим", "c.", "с.", foreign=True),
    _speaker("Hun Manet", "хун манет", "h.", "х.", foreign=True),
    _speaker("Muhammad Yunus", "мухаммад юнус", "m.", "м.", foreign=True),
    _speaker("Ranil Wickremesinghe", "ранил викрамасингхе", "r.", "р.", foreign=True),
    # Foreign leaders of past years whom Russian transcripts of joint press conferences label
    # in Russian («С.Абэ (как переведено):»).
    _speaker("Shinzo Abe", "синдзо абэ", "s.", "с.", foreign=True),
    _speaker("Yoshihide Suga", "ёсихидэ суга", "y.", "е.", foreign=True),
    _speaker("Li Keqiang", "ли кэцян", "l.", "л.", foreign=True),
    _speaker("David Cameron", "дэвид кэмерон", "d.", "д.", foreign=True),
    _speaker("Tony Blair", "тони блэр", "t.", "т.", foreign=True),
    _speaker(
        "Gerhard Schroeder", "герхард шрёдер", "g.", "г.", ("gerhard schröder",), foreign=True
    ),
    _speaker("Silvio Berlusconi", "сильвио берлускони", "s.", "с.", foreign=True),
    _speaker("Romano Prodi", "романо проди", "r.", "р.", foreign=True),
    _speaker("Jacques Chirac", "жак ширак", "j.", "ж.", foreign=True),
    _speaker("Henry Kissinger", "генри киссинджер", "h.", "г.", foreign=True),
    _speaker(
        "Viktor Yanukovych", "виктор янукович", "v.", "в.", ("viktor yanukovich",), foreign=True
    ),
    _speaker(
        "Mikheil Saakashvili",
        "михаил саакашвили",
        "m.",
        "м.",
        ("mikhail saakashvili",),
        foreign=True,
    ),
    _speaker(
        "Salome Zourabichvili",
        "саломе зурабишвили",
        "s.",
        "с.",
        ("salome zurabishvili",),
        foreign=True,
    ),
    _speaker("Sauli Niinisto", "саули ниинистё", "s.", "с.", ("sauli niinistö",), foreign=True),
    _speaker("Mette Frederiksen", "метте фредериксен", "m.", "м.", foreign=True),
    _speaker("Ulf Kristersson", "ульф кристерссон", "u.", "у.", foreign=True),
    _speaker("Hassan Nasrallah", "хасан насралла", "h.", "х.", foreign=True),
    _speaker("Ismail Haniyeh", "исмаил хания", "i.", "и.", ("ismail haniya",), foreign=True),
    _speaker("Yair Lapid", "яир лапид", "y.", "я.", foreign=True),
    _speaker("Naftali Bennett", "нафтали беннет", "n.", "н.", foreign=True),
    _speaker("Qin Gang", "цинь ган", "q.", "ц.", foreign=True),
    # Foreign ministers and leaders of the 2020s the news quotes beside the Russian side.
    _speaker("Johann Wadephul", "йоханн вадефуль", "j.", "й.", foreign=True),
    _speaker("Heiko Maas", "хайко маас", "h.", "х.", foreign=True),
    _speaker(
        "Stephane Sejourne", "стефан сежурне", "s.", "с.", ("stéphane séjourné",), foreign=True
    ),
    _speaker("James Cleverly", "джеймс клеверли", "j.", "д.", foreign=True),
    _speaker("Dominic Raab", "доминик рааб", "d.", "д.", foreign=True),
    _speaker("Zbigniew Rau", "збигнев рау", "z.", "з.", foreign=True),
    _speaker("Takeshi Iwaya", "такэси ивая", "t.", "т.", foreign=True),
    _speaker("Toshimitsu Motegi", "тосимицу мотэги", "t.", "т.", foreign=True),
    _speaker("Israel Katz", "исраэль кац", "i.", "и.", foreign=True),
    _speaker("Sirojiddin Muhriddin", "сироджиддин мухриддин", "s.", "с.", foreign=True),
    _speaker("Jeenbek Kulubaev", "жээнбек кулубаев", "j.", "ж.", foreign=True),
    _speaker("Rashid Meredov", "рашид мередов", "r.", "р.", foreign=True),
    _speaker("Pekka Haavisto", "пекка хаависто", "p.", "п.", foreign=True),
    _speaker("Elina Valtonen", "элина валтонен", "e.", "э.", foreign=True),
    _speaker("Alexander Schallenberg", "александр шалленберг", "a.", "а.", foreign=True),
    _speaker("Ignazio Cassis", "иньяцио кассис", "i.", "и.", foreign=True),
    _speaker("Nicu Popescu", "нику попеску", "n.", "н.", foreign=True),
    _speaker("Gabrielius Landsbergis", "габриэлюс ландсбергис", "g.", "г.", foreign=True),
    _speaker("Margus Tsahkna", "маргус цахкна", "m.", "м.", foreign=True),
    _speaker(
        "Edgars Rinkevics", "эдгарс ринкевич", "e.", "э.", ("edgars rinkēvičs",), foreign=True
    ),
    _speaker("Helga Schmid", "хельга шмид", "h.", "х.", foreign=True),
    _speaker(
        "Feridun Sinirlioglu",
        "феридун синирлиоглу",
        "f.",
        "ф.",
        ("feridun sinirlioğlu",),
        foreign=True,
    ),
    _speaker("Boris Johnson", "борис джонсон", "b.", "б.", foreign=True),
    _speaker("Karl Nehammer", "карл нехаммер", "k.", "к.", foreign=True),
    _speaker("Kyriakos Mitsotakis", "кириакос мицотакис", "k.", "к.", foreign=True),
    _speaker("Javier Milei", "хавьер милей", "j.", "х.", foreign=True),
    _speaker("Kais Saied", "каис сайед", "k.", "к.", foreign=True),
    _speaker("Khalifa Haftar", "халифа хафтар", "k.", "х.", foreign=True),
    _speaker("Lynne Tracy", "линн трейси", "l.", "л.", foreign=True),
    *_WRITTEN_AS,
    # A journalist who interviewed the President.
    _speaker("Tucker Carlson", "такер карлсон", "t.", "т.", official=False),
    # A senator whose comments on the minister's words the news quotes.
    _speaker("Alexey Pushkov", "алексей пушков", "a.k.", "а.к.", ("alexei pushkov",)),
    # Journalists who host the officials' yearly interviews and phone-ins.
    _speaker("Kirill Kleymenov", "кирилл клейменов", "k.", "к.", official=False),
    _speaker("Maria Sittel", "мария ситтель", "m.", "м.", official=False),
    _speaker("Sergey Brilev", "сергей брилёв", "s.", "с.", ("sergei brilev",), official=False),
    _speaker(
        "Dmitry Kiselyov", "дмитрий киселёв", "d.k.", "д.к.", ("dmitry kiselev",), official=False
    ),
    _speaker("Margarita Simonyan", "маргарита симоньян", "m.", "м.", official=False),
    _speaker("Pavel Zarubin", "павел зарубин", "p.", "п.", official=False),
    _speaker("Lally Weymouth", "лалли вэймаус", "l.", "л.", ("lally weymouth",), official=False),
    # The President's chief of staff (2011-2016), defence minister and first deputy premier
    # before: "Sergei Ivanov" in the Kremlin's English. The surname is common: it names him
    # only with his first name or both initials.
    _speaker(
        "Sergei Ivanov",
        "сергей иванов",
        "s.b.",
        "с.б.",
        ("sergey ivanov", "sergei borisovich ivanov"),
        by_surname=False,
        one_initial=False,
    ),
    # Heads of the two capitals and of regions (the Moscow region, those on the border with
    # Ukraine, Yaroslavl), whom radio, television and agency interviews quote.
    _speaker(
        "Andrei Vorobyov",
        "андрей воробьёв",
        "a.",
        "а.",
        ("andrey vorobyov", "andrei vorobyev", "andrey vorobyev"),
    ),
    # (Moscow's mayoralty and the agencies write him "Sergei".)
    _speaker("Sergei Sobyanin", "сергей собянин", "s.", "с.", ("sergey sobyanin",)),
    _speaker("Alexander Beglov", "александр беглов", "a.", "а."),
    _speaker("Alexander Bogomaz", "александр богомаз", "a.", "а."),
    _speaker("Vyacheslav Gladkov", "вячеслав гладков", "v.", "в."),
    _speaker("Mikhail Evraev", "михаил евраев", "m.", "м.", ("mikhail yevrayev",)),
    _speaker("Roman Starovoit", "роман старовойт", "r.", "р.", ("roman starovoyt",)),
    # A director of the Foreign Ministry whom its pages name by initials ("A.E.Gusarov").
    _speaker("Alexander Gusarov", "александр гусаров", "a.e.", "а.е."),
    *_FOREIGN_BATCH,
    # Russia's ambassadors and permanent representatives (retrieval.russian_ambassadors), whom
    # mid.ru and embassy pages name by initials; after every row above, whose forms come first.
    # A surname alone never names one of them: "Ранее Петровский заявил" may be a governor of
    # that name (a page that names the ambassador in full names him by surname after it);
    # except a few long-serving envoys and spokesmen whose rare surnames the news uses alone.
    *(
        _speaker(
            name,
            russian,
            en,
            ru,
            english,
            by_surname=name in _ENVOYS_BY_SURNAME,
            one_initial=distinct,
        )
        for name, russian, en, ru, english, distinct, _posts in AMBASSADORS
    ),
)

#: Officials known by name. Their aliases let labels, titles and queries name them.
KNOWN_SPEAKERS: tuple[KnownSpeaker, ...] = tuple(row.speaker for row in _SPEAKER_TABLE)


#: The first names and patronymics of officials whom interviewers address so, with no surname
#: ("— Андрей Юрьевич, ...?"); each is checked against the table's initials below.
_PATRONYMICS = {
    "Vladimir Putin": "владимир владимирович",
    "Sergey Lavrov": "сергей викторович",
    "Maria Zakharova": "мария владимировна",
    "Dmitry Peskov": "дмитрий сергеевич",
    "Dmitry Medvedev": "дмитрий анатольевич",
    "Mikhail Mishustin": "михаил владимирович",
    "Valentina Matviyenko": "валентина ивановна",
    "Vyacheslav Volodin": "вячеслав викторович",
    "Sergei Shoigu": "сергей кужугетович",
    "Nikolai Patrushev": "николай платонович",
    "Yuri Ushakov": "юрий викторович",
    "Vassily Nebenzia": "василий алексеевич",
    "Sergey Ryabkov": "сергей алексеевич",
    "Alexander Grushko": "александр викторович",
    "Andrey Rudenko": "андрей юрьевич",
    "Mikhail Galuzin": "михаил юрьевич",
    "Mikhail Bogdanov": "михаил леонидович",
    "Dmitry Polyanskiy": "дмитрий алексеевич",
    "Mikhail Ulyanov": "михаил иванович",
    "Konstantin Kosachev": "константин иосифович",
    "Leonid Slutsky": "леонид эдуардович",
    "Sergey Vershinin": "сергей васильевич",
    "Alexander Lukashevich": "александр казимирович",
}


def _by_first_name_and_patronymic() -> dict[str, str]:
    """«имя отчество» -> the official, for each of :data:`_PATRONYMICS` whose table row has
    the same two initials ("а.ю.руденко" for «андрей юрьевич»)."""
    rows = {speaker.name: speaker for speaker in KNOWN_SPEAKERS}
    found: dict[str, str] = {}
    for name, address in _PATRONYMICS.items():
        speaker = rows.get(name)
        first, patronymic = address.split()
        initials = f"{first[0]}.{patronymic[0]}."
        if speaker is not None and any(alias.startswith(initials) for alias in speaker.aliases):
            found[address] = name
    return found


_FIRST_AND_PATRONYMIC = _by_first_name_and_patronymic()


def official_by_patronymic(first: str, patronymic: str) -> str | None:
    """The official a Russian first name and patronymic address ("Андрей Юрьевич" is Andrey
    Rudenko), or None for anyone else."""
    return _FIRST_AND_PATRONYMIC.get(f"{first} {patronymic}".casefold().replace("ё", "е"))


_LABEL_FORMS: tuple[tuple[KnownSpeaker, frozenset[str]], ...] = tuple(
    (row.speaker, row.label_forms) for row in _SPEAKER_TABLE
)
#: A known person's surname in Latin letters -> the Russian spelling of it (lower case): a
#: name's index term is spelt from it, so "Dacic" meets «Дачич» and "Nebenzia" «Небензя», which
#: letter-by-letter spelling misses ("Дасик", "Небензиа"). The sound table NAME_SPELLINGS wins;
#: of two rows with one Latin surname, the first in the table.
SURNAME_SPELLINGS: dict[str, str] = {}
for _row in _SPEAKER_TABLE:
    for _latin, _russian in _row.surname_spellings:
        if _latin not in NAME_SPELLINGS:
            SURNAME_SPELLINGS.setdefault(_latin, _russian)
_KNOWN_NAMES = frozenset(speaker.name for speaker in KNOWN_SPEAKERS if speaker.official)
_KNOWN_LABEL_FORMS = frozenset(form for _, forms in _LABEL_FORMS for form in forms)
# Each label form and whose it is (the first speaker in the table that has it).
_FORM_OWNERS: dict[str, KnownSpeaker] = {}
for _owner, _forms in _LABEL_FORMS:
    for _form in _forms:
        _FORM_OWNERS.setdefault(_form, _owner)
# "Botsan Kharchenko said": a double surname that a copy wrote with a space for its hyphen.
# "Y.Ushakov:": a first name's Latin initial of two letters (Yu, Ya, Zh, Kh, ...) written as one.
for _form, _owner in list(_FORM_OWNERS.items()):
    if re.search(r"[^\W\d_]{3}-[^\W\d_]{3}", _form):
        _FORM_OWNERS.setdefault(_form.replace("-", " "), _owner)
    if _digraph := re.match(r"(yu|ya|ye|zh|kh|ch|sh)\.", _form):
        _FORM_OWNERS.setdefault(_form[0] + _form[_digraph.end() - 1 :], _owner)


def _latin_spelling(form: str) -> str:
    """A Latin name form with its transliteration's choices folded, so that one person's
    spellings meet: "Yuriy" / "Yuri" / "Jurij" / "Yury", "Mariya" / "Maria", "Zaharova" /
    "Zakharova", "Lawrow" / "Lavrov", "Sergej" / "Sergei" / "Sergey", "Riabkov" / "Ryabkov",
    "Shoygu" / "Shoigu", "Peter" / "Pyotr" / "Petr", "Kosachyov" / "Kosachev"."""
    # ("Zacharowa": a German or Polish page's "ch" for the letter kh.)
    s = form.replace("kh", "h").replace("ch", "h").replace("w", "v").replace("j", "y")
    # "Peter Ivantsov", "Pyotr Ivantsov": an English page's Peter is a Russian Petr.
    s = re.sub(r"^(?:peter|pyotr|piotr|pyetr)(?= )", "petr", s)
    # "Kosachyov" / "Kosachev", "Semyon" / "Semen": the letter ё spelt either way.
    s = re.sub(r"(?<=[b-df-hj-np-tv-z])yo", "e", s)
    s = re.sub(r"(?<=[a-z])iy(?![a-z])", "y", s.replace("iya", "ia"))
    s = s.replace("ya", "ia").replace("yu", "iu").replace("ks", "x")
    s = re.sub(r"(?<=[aeou])y(?=[b-df-hk-np-tv-z])", "i", s)
    s = re.sub(r"(?<=[a-z])i(?![a-z])", "y", s)
    return re.sub(r"([a-z])\1", r"\1", s)


# Each Latin label form's folded spelling and whose it is, for a known person's name spelt
# another way ("Mariya Zaharova"); a spelling two people's forms fold to names neither.
_SPELLING_OWNERS: dict[str, KnownSpeaker | None] = {}
for _form, _owner in _FORM_OWNERS.items():
    if _LATIN_FORM_RE.fullmatch(_form):
        _folded = _latin_spelling(_form)
        if _SPELLING_OWNERS.setdefault(_folded, _owner) not in (_owner, None):
            _SPELLING_OWNERS[_folded] = None

# --- label vocabulary --------------------------------------------------------------------

_QUESTION_WORDS = frozenset(
    {"question", "questions", "q", "вопрос", "вопросы", "journalist", "reporter", "журналист"}
    | {"correspondent", "корреспондент"}
)
_ANSWER_WORDS = frozenset({"answer", "a", "reply", "ответ"})
_ROLE_WORDS = frozenset(
    {"moderator", "presenter", "host", "anchor", "interviewer", "chairperson", "chair"}
    | {"chairman", "chairwoman", "председатель", "председательствующий"}
    | {"ведущий", "ведущая", "модератор", "интервьюер"}
)
# A Russian role label in English, as an English one stays ("Moderator").
_ROLE_NAMES = {
    "ведущий": "Presenter", "ведущая": "Presenter", "модератор": "Moderator",
    "интервьюер": "Interviewer", "председатель": "Chair", "председательствующий": "Chair",
}  # fmt: skip
# Words after "Question" that keep it a label: "Question to Sergey Lavrov", "Вопрос к ...".
_QUESTION_LINKS = frozenset(
    {"to", "from", "for", "by", "of", "at", "in", "к", "из", "от", "для", "с", "со", "в"}
)
#: Posts and honorifics (lower case): what a label may carry before a name; dropped by
#: :func:`canonical_speaker`.
POST_WORDS = frozenset(
    {
        "president", "vice-president", "prime", "minister", "ministers", "foreign", "affairs",
        "secretary", "secretary-general", "general", "deputy", "ambassador", "spokesperson",
        "press-secretary", "spokeswoman", "spokesman", "press", "chairman", "chairwoman",
        "director", "head",
        "representative", "special", "envoy", "high", "commissioner", "chancellor", "king",
        "queen", "emir", "sultan", "crown", "prince", "premier", "governor", "mayor", "senator",
        "state", "first", "senior", "permanent", "acting", "official", "federal", "mr", "mrs",
        "ms", "dr", "professor", "excellency", "his", "her", "ministry", "department", "adviser",
        "advisor", "assistant", "aide", "counsellor", "councillor", "executive", "chief",
        "fm", "pm", "mfa",  # headline shorthand: "Russian FM Lavrov", "PM Mishustin"
        "amb",  # "Amb Krasilnikov said": an ambassador, in Zimbabwean and Nigerian copy
        "speaker",  # "Federation Council Speaker Valentina Matviyenko" ("спикер" below)
        "президент", "вице-президент", "премьер-министр", "министр", "министра", "заместитель",
        "замминистра", "директор", "директора", "председатель", "посол", "представитель",
        "официальный", "генеральный", "генсек", "секретарь", "госсекретарь", "глава", "канцлер",
        "король", "королева", "эмир", "принц", "мэр", "губернатор", "сенатор", "депутат",
        "спикер", "советник", "помощник", "постпред", "постоянный", "первый", "иностранных",
        "дел", "г-н", "г-жа", "господин", "госпожа", "департамента", "мид",
        # An embassy's other posts: "Chargé d'Affaires", «Временный поверенный в делах».
        "consul", "consul-general", "chargé", "charge", "d'affaires", "attaché", "attache",
        "консул", "генконсул", "поверенный", "посланник", "атташе",
        # Russian posts written as one word, which open news sentences capitalised: "Замглавы
        # МИДа добавил", "Вице-премьер Новак", "Пресс-секретарь Песков:" (no name's words).
        "замглавы", "зампред", "зампреда", "вице-премьер", "вице-премьера", "премьер",
        "премьера", "вице-спикер", "вице-спикера", "пресс-секретарь", "пресс-секретаря",
        "спецпредставитель", "спецпредставителя", "спецпосланник", "спецпосланника", "полпред",
        "полпреда", "постпреда", "гендиректор", "гендиректора", "замдиректора",
        "замгендиректора", "замгенсека", "замначальника", "замсекретаря", "врио",
        "вице-губернатор", "вице-губернатора", "экс-премьер", "экс-министр", "экс-президент",
        "генпрокурор", "генпрокурора", "генконсула", "посла", "главы", "председателя", "мида",
        "начальник", "начальника", "руководитель", "руководителя", "советника", "помощника",
        "представителя", "спикера", "мэра", "губернатора", "сенатора", "депутата",
    }
)  # fmt: skip
# Lower-case words allowed inside a label between capitalised ones ("President of France").
_CONNECTORS = frozenset(
    {
        "of", "the", "and", "for", "to", "at", "in", "on", "de", "da", "del", "della", "di",
        "du", "van", "von", "der", "den", "al", "el", "bin", "ibn", "la", "le", "y",
        "по", "и", "в", "при", "для", "федерации", "республики", "россии", "российской",
        "правительства", "президента", "сша", "оон",
    }
)  # fmt: skip
# Name particles that belong to the name: "Jean-Yves Le Drian", "Ursula von der Leyen".
_PARTICLES = frozenset(
    {"le", "la", "de", "da", "del", "di", "du", "van", "von", "der", "den", "al", "el", "bin"}
)

_L = r"[^\W\d_]"
# Every capital letter a name may start with: Latin (with accents), Greek, Cyrillic.
_UPPER = "[" + re.escape("".join(c for c in map(chr, range(0x41, 0x530)) if c.isupper())) + "]"
# An initial: a capital, perhaps a small letter after it ("Дж."); two capitals are an
# abbreviation ("ST. PETERSBURG, Sept 13 – ..." is a dateline, "РФ." a country).
_INITIAL = rf"{_UPPER}(?:(?!{_UPPER}){_L})?\."
# "С.В.Лавров", "S.Lavrov", "J. Kerry", "Д.К. КИСЕЛЕВ": one to three initials, then a surname.
_INITIALS_NAME_RE = re.compile(rf"^(?:{_INITIAL}\s?){{1,3}}{_UPPER}{_L}*(?:[-'’]{_L}+)*$")
_INITIAL_RE = re.compile(rf"^(?:{_INITIAL}){{1,3}}$")
_CAP_WORD_RE = re.compile(rf"^{_UPPER}{_L}*(?:[-'’.]{_L}+)*\.?$")
_LOWER_WORD_RE = re.compile(rf"^{_L}+(?:-{_L}+)*$")
_NOTE_RE = re.compile(r"\s*[(\[][^()\[\]]*[)\]]")
_MAX_LABEL_CHARS = 80
_MAX_LABEL_WORDS = 10

LabelKind = Literal[
    "question", "answer", "known", "initials", "abbrev", "anonymous", "role", "post", "name"
]
# Unnamed speakers: "Speaker 1", "Participant", "Реплика", "Голос из зала" ("Replica": a
# machine translation's «Реплика»).
_ANONYMOUS_RE = re.compile(
    r"^(?:speaker|participant|voice|unidentified(?:\s+(?:speaker|man|woman|male|female))?|"
    r"audience member|off-camera|replica|реплика|голос(?:\s+из\s+зала)?|участник\w*|спикер)"
    r"(?:\s*(?:no\.?|№|#)?\s*\d{1,3})?$",
    re.IGNORECASE,
)
# Initials standing for a name: "KE", "DM", "ПГ" (two or three capitals, nothing else).
_ABBREV_RE = re.compile(rf"^{_UPPER}{{2,3}}$")
#: Words after a name in a "Name, note" label that keep it a label: at most this many.
_MAX_NOTE_WORDS = 12


def strip_notes(label: str) -> str:
    """Drop parenthetical notes: ``"Sergey Lavrov (after J.Kerry)"`` -> ``"Sergey Lavrov"``."""
    previous = None
    while previous != label:  # notes may nest once: "(answering (in English))"
        previous = label
        label = _NOTE_RE.sub("", label)
    return clean_line(label.replace("(", " ").replace(")", " "))


def _clean(label: str) -> str:
    """A label as written, with notes, bullets, trailing colon and look-alikes tidied, and an
    envoy's "H E" and a middle initial dropped ("H E Alexander V Mantytskiy" -> "Alexander
    Mantytskiy", as other pages name him)."""
    label = fold_lookalikes(straighten_quotes(clean_line(label)))
    label = _leading_symbols_off(label).strip(" :：-–—•·*")
    label = bare_name(label)
    return strip_notes(label).strip(" ,.:-–—") if label else ""


def _leading_symbols_off(label: str) -> str:
    """A label without the emoji or arrows a channel's repost sets before it ("💬 Dmitry
    Polyansky", "► Sergey Lavrov", a flag)."""
    start = 0
    while start < len(label) and (
        label[start].isspace() or unicodedata.category(label[start]) in _SYMBOL_CATEGORIES
    ):
        start += 1
    return label[start:]


#: Unicode categories of the marks set before a label: symbols, format characters (a zero
#: width joiner inside an emoji) and combining marks (an emoji's variation selector).
_SYMBOL_CATEGORIES = frozenset({"So", "Sm", "Sk", "Cf", "Mn"})


def bare_name(name: str) -> str:
    """A name in Latin letters without an envoy's "H E" before it or a middle initial without
    its stop in it ("H E Alexander V Mantytskiy" -> "Alexander Mantytskiy")."""
    return _MIDDLE_INITIAL_RE.sub(r"\1 ", _EXCELLENCY_RE.sub("", name))


# "H E", "H.E.", "HE" before a name in Latin letters: His (Her) Excellency.
_EXCELLENCY_RE = re.compile(r"^(?:H\.?\s?E\.?|HE)\s+(?=[A-Z][a-z])")
# A middle initial without its stop between a first name and a surname in Latin letters:
# "Alexander V Smith" (one written with it, "Geir O. Pedersen", is the person's own style).
_MIDDLE_INITIAL_RE = re.compile(r"^([A-Z][a-z]{2,})\s+[A-Z]\s+(?=[A-Z][a-z]{2,}$)")


def _tokens(core: str) -> list[str]:
    # Split "С.В. Лавров" into words but keep glued initials+surname ("С.В.Лавров") whole.
    return core.split()


def _is_question_core(core: str) -> bool:
    words = _tokens(label_key(core))
    if not words or words[0].rstrip(".") not in _QUESTION_WORDS:
        return False
    rest = words[1:]
    if not rest:
        return True
    if rest[0].isdigit() or rest[0].rstrip(".").isdigit():  # "Question 2"
        return len(rest) == 1
    return rest[0] in _QUESTION_LINKS and len(core) <= _MAX_LABEL_CHARS


def is_question_label(label: str) -> bool:
    """Whether a speaker label marks an unnamed journalist's question.

    ``"Question"``, ``"Question (retranslated from English)"``, ``"Question to Sergey Lavrov"``,
    ``"Вопрос"``, ``"ВОПРОС"`` are question labels; ``"Questions remain"`` is not.

    Args:
        label: The label text (a trailing colon is allowed).

    Returns:
        True for a question label.
    """
    core = _clean(label)
    return bool(core) and _is_question_core(core)


def _known_at_end(key: str) -> KnownSpeaker | None:
    """The known speaker whose label form ends ``key`` (the longest form that does)."""
    starts = [0, *(i + 1 for i, ch in enumerate(key) if ch in " .")]
    for start in starts:  # longest suffix first
        owner = _FORM_OWNERS.get(key[start:]) or _spelt_otherwise(key[start:])
        if owner is None:
            continue
        form = key[start:]
        if start == 0 or " " in form or "." in form:
            return owner
        # A bare surname needs a post before it ("Minister Lavrov"), not another first name
        # or initial ("Ivan Lavrov", "A.Lavrov" are someone else).
        before = key[:start]
        if before.endswith(" ") and before.split()[-1] in POST_WORDS | _CONNECTORS:
            return owner
        # "А.Н.Бородавкин" where the table knows "А.Бородавкин": the first initial is his; the
        # second, which the table may not hold, cannot make him someone else.
        initials = _LEADING_INITIALS_RE.fullmatch(before)
        if (
            initials
            and _FORM_OWNERS.get(f"{initials.group(1)}.{form}") is owner
            and not _holds_second_initial(owner, initials.group(1), form)
        ):
            return owner
    return None


def _holds_second_initial(owner: KnownSpeaker, first: str, surname: str) -> bool:
    """Whether the table gives ``owner`` two initials before ``surname`` (then a label's other
    second initial, "С.А.Лавров", is someone else's)."""
    return any(
        alias.startswith(f"{first}.") and alias.endswith(f".{surname}") and alias.count(".") == 2
        for alias in owner.aliases
    )


# Initials before a surname, as label_key() gives them: "а.н.", "a. n. " (the first kept).
_LEADING_INITIALS_RE = re.compile(r"(?:.*\s)?([^\W\d_])\.\s?(?:[^\W\d_]{1,2}\.\s?){1,2}")


def _surname_of_another(key: str, other: KnownSpeaker) -> KnownSpeaker | None:
    """The known person whose bare Latin surname ``key`` is, when that is not ``other``."""
    if not key.isascii() or " " in key or "." in key:
        return None
    known = _TITLE_ALIAS_MAP.get(key)
    if known is None or known.name == other.name or known.name.split()[-1].lower() != key:
        return None
    return known


def _spelt_otherwise(form: str) -> KnownSpeaker | None:
    """The known person a Latin form names in another spelling of theirs ("yuriy ushakov")."""
    if not form.isascii() or not _LATIN_FORM_RE.fullmatch(form):
        return None
    known = _SPELLING_OWNERS.get(_latin_spelling(form))
    if known is None and _SPANISH_J_RE.search(form):
        # "Maria Zajarova", "Mijail Ulianov": a Spanish page's "j" for the letter kh (a German
        # or Polish one's "j" is the y of "Sergej", tried first).
        known = _SPELLING_OWNERS.get(_latin_spelling(_SPANISH_J_RE.sub("kh", form)))
    return known


# A "j" between vowels, as Spanish spells the Russian kh ("Zajarova", "Mijail").
_SPANISH_J_RE = re.compile(r"(?<=[aeiou])j(?=[aeiou])")


# A Patriarch's see inside his title: "Patriarch of Moscow and All Russia Kirill".
_PATRIARCH_SEE_RE = re.compile(
    r"(?<=патриарх) московский и всея руси |(?<=patriarch) of moscow and all russia "
)


def find_known_speaker(label: str) -> KnownSpeaker | None:
    """The known official a label names, if any.

    The label must end with a nominative form of the name (posts before it are fine:
    ``"Министр иностранных дел России С.В.Лавров"``). Labels naming two people
    (``"Sergey Lavrov and John Kerry"``) match no one.

    Args:
        label: A speaker label.

    Returns:
        The speaker, or None.
    """
    core = _clean(label)
    if not core:
        return None
    # ("Patriarch of Moscow and All Russia Kirill": his see's "and" joins no two people.)
    key = _PATRIARCH_SEE_RE.sub(" ", label_key(core))
    if re.search(r"\s(?:and|и)\s|[,&/;]", key):
        return None
    if known := _known_at_end(key):
        return known
    if (plain := latin_unaccented(key)) != key and (known := _known_at_end(plain)):
        # "Sergey Mélik-Bagdasárov": a Spanish-language paper's accents on a Russian name.
        return known
    # "Permanent Representative V.A.Nebenzie": the label ends with the person's initials and
    # their surname one letter apart.
    fuzzy = _misspelt_initialled(key)
    return fuzzy[1] if fuzzy and _INITIALLED_RE.fullmatch(key, fuzzy[0]) else None


# Ambassadors in the table (retrieval.russian_ambassadors): people less known than the
# ministers, whose names English sources spell each their own way ("Sergei Kuznetsov" in TASS's
# English, "Sergey Kuznetsov" on the Ministry's site).
# Foreign ambassadors in Moscow (retrieval.foreign_officials) as well.
_AMBASSADOR_NAMES = frozenset(row[0] for row in AMBASSADORS) | frozenset(
    row[0] for row in FOREIGN_OFFICIALS if any("mbassador" in post for post in row[3])
)
# A full name in plain Latin words (no initials): only such a spelling is a page's own.
_PLAIN_LATIN_NAME_RE = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?: [A-Z][a-z]+(?:-[A-Z][a-z]+)?)+")


@lru_cache(maxsize=4096)
def ambassador_spelt(name: str) -> str | None:
    """The table's name of the ambassador whom ``name`` names in full in Latin letters, in the
    table's spelling or another ("Aydar Aganin", "Aidar Aganin" -> "Aidar Aganin"); None for
    anyone else (a minister's name is shown as the table spells it, whatever a page's custom:
    users know it so)."""
    if name in _AMBASSADOR_NAMES:
        return name
    if not _PLAIN_LATIN_NAME_RE.fullmatch(name):
        return None
    if any(is_post_word(word.lower()) for word in name.split()[:-1]):
        return None  # "Ambassador Churkin", "Mr Kabulov": a post and a surname, no spelling
    known = find_known_speaker(name)
    return known.name if known is not None and known.name in _AMBASSADOR_NAMES else None


#: A known person's two initials and a surname of at least this many letters that differs
#: from theirs by one letter is still them ("V.A.Nebenzie", a translation of the case form
#: "В.А.Небензи"); shorter surnames would meet other people's.
_MIN_FUZZY_SURNAME = 5
# Two Latin initials and a surname, as label_key() gives them: "v.a.nebenzie", "s.v. lavrova".
_INITIALLED_RE = re.compile(r"(?<![^\W\d_.])([a-z]{1,2})\.\s?([a-z]{1,2})\.\s?([a-z][a-z-]{4,})")


@lru_cache(maxsize=1)
def _initialled_surnames() -> dict[tuple[str, str], tuple[tuple[str, KnownSpeaker], ...]]:
    """Each pair of Latin initials of a known speaker -> (Latin surname, speaker) pairs (a
    surname in every Latin spelling the table gives: "nebenzya", "nebenzia")."""
    table: dict[tuple[str, str], list[tuple[str, KnownSpeaker]]] = {}
    for speaker in KNOWN_SPEAKERS:
        surnames = {a for a in speaker.aliases if " " not in a and a.isascii() and a.isalpha()}
        for alias in speaker.aliases:
            if (match := _INITIALLED_RE.fullmatch(alias)) and match.group(3) in surnames:
                pairs = table.setdefault((match.group(1), match.group(2)), [])
                pairs.extend((surname, speaker) for surname in sorted(surnames))
    return {initials: tuple(pairs) for initials, pairs in table.items()}


def _misspelt_initialled(key: str) -> tuple[int, KnownSpeaker] | None:
    """The first known person named in a folded text by their two initials and a surname
    spelt one letter apart ("v.a.nebenzie's speech"), with where the name starts; None when
    there is none, or when the spelling could be two people's."""
    if "." not in key:
        return None
    for match in _INITIALLED_RE.finditer(key):
        surname = match.group(3)
        candidates = {
            speaker.name: speaker
            for known, speaker in _initialled_surnames().get((match.group(1), match.group(2)), ())
            if _edit_distance_at_most_one(known, surname)
        }
        if len(candidates) == 1:
            return match.start(), next(iter(candidates.values()))
    return None


def _word_kind(word: str) -> str | None:
    """Classify one word of a candidate label, or None if no label may contain it."""
    if _INITIAL_RE.match(word):
        return "initial"
    if _INITIALS_NAME_RE.match(word):
        return "initials-name"
    if _CAP_WORD_RE.match(word):
        return "cap"
    low = word.casefold()
    if _LOWER_WORD_RE.match(word) and (low in _CONNECTORS or low in POST_WORDS):
        return "connector"
    return None


# A title's opening word for the event: «Интервью ...», "Statement by ...".
_EVENT_OPENING_RE = re.compile(
    r"^(?:интервью|выступление|заявление|статья|ответы|interview|statement|remarks|speech|"
    r"article|answers)\s+\S",
    re.IGNORECASE,
)
# A section's heading before a colon: "Part Six", "Chapter 2", «Часть вторая», «Раздел III».
_SECTION_RE = re.compile(
    r"^(?:part|chapter|section|episode|часть|раздел|глава)\s+(?:\d+|[IVXLC]+|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"перв\w+|втор\w+|трет\w+|четв[её]рт\w+|пят\w+|шест\w+|седьм\w+|восьм\w+|девят\w+|десят\w+)$",
    re.IGNORECASE,
)


# Prepositions before the place a post is held in: «в Лейпциге», "in Berlin", "to Chile".
_PLACE_PREPOSITIONS = frozenset({"в", "во", "на", "при", "in", "to", "at"})


@lru_cache(maxsize=8192)  # labels repeat on every page: "Question", "Sergey Lavrov"
def label_kind(label: str) -> LabelKind | None:
    """Whether text before a colon is shaped like a speaker label, and of what kind.

    Kinds, strongest first: ``question`` / ``answer`` (``Question``, ``Вопрос``, ``Answer``),
    ``known`` (a known official), ``initials`` (``С.В.Лавров``, ``J. Kerry``), ``role``
    (``Moderator``), ``post`` (a post and a name: ``Foreign Minister Gabriel Ashkenazi``),
    ``name`` (just capitalised words: ``Olga Belova``). Ordinary sentences
    (``We agreed on the following``) are None.

    Args:
        label: Text that stood before a colon (notes in parentheses allowed).

    Returns:
        The kind, or None if this cannot be a label.
    """
    raw = clean_line(label)
    # (Long by its letters or by its words: "Chief of the General Staff of the Armed Forces
    # Valery Gerasimov" is eleven words.)
    if _long_post_label(_clean(raw)):
        return "post"
    if "," in raw and posted_role_name(_clean(raw)):
        return "post"
    if not raw or len(raw) > _MAX_LABEL_CHARS + 40:
        return None
    core = _clean(raw)
    if core and _ANONYMOUS_RE.match(core):
        return "anonymous"
    if not core or len(core) > _MAX_LABEL_CHARS or re.search(r"[0-9?!;,\"«»“”]", core):
        head, _, note = core.partition(",")  # "Sergey Lavrov, speaking in English"
        if head and _is_question_core(head):
            return "question"
        if head != core and find_known_speaker(head):
            return "known"
        # "Anna Petrova, Volna radio station", "Konstantin Ernst, Director-General": a name
        # and a note on who they are.
        if note and len(note.split()) <= _MAX_NOTE_WORDS and not re.search(r"[?!;]", note):
            kind = label_kind(head)
            if kind in ("post", "name", "initials") and len(head.split()) >= 2 - (
                kind == "initials"
            ):
                return kind
        return None
    if _is_question_core(core):
        return "question"
    if _SECTION_RE.match(core):
        return None  # "Part Six:", «Часть вторая:» head a section of the text
    if _EVENT_OPENING_RE.match(core):
        return None  # «Интервью Секретаря Совбеза Н.П.Патрушева: «...»»: a title, no label
    if _PATRIARCH_SEE_RE.search(label_key(core)) and find_known_speaker(core):
        return "known"  # "Патриарх Московский и всея Руси Кирилл": a title of lower-case words
    words = _tokens(core)
    if not words or len(words) > _MAX_LABEL_WORDS:
        return None
    if len(words) == 1 and label_key(words[0]).rstrip(".") in _ANSWER_WORDS:
        return "answer"
    if len(words) == 1 and _ABBREV_RE.match(words[0]):
        return None if is_common_word(words[0]) else "abbrev"  # "МИД:", "NATO:" name no one
    kinds = [_word_kind(word) for word in words]
    if None in kinds and _role_then_name(words, kinds):
        return "post"
    if None in kinds or kinds[0] == "connector" or kinds[-1] in ("connector", "initial"):
        return None
    if find_known_speaker(core):
        return "known"
    if kinds[-1] == "initials-name" or (
        len(words) >= 2 and kinds[-2] == "initial" and kinds[-1] == "cap"
    ):
        if len(words) >= 2 and label_key(words[-2]) in _PLACE_PREPOSITIONS:
            return None  # "Russian Ambassador to U.S": a post and its country, dotted like initials
        return "initials"
    keys = [label_key(word) for word in words]
    if len(words) == 1 and keys[0] in _ROLE_WORDS:
        return "role"
    post = any(is_post_word(key) for key in keys[:-1])
    # The name itself (after any post) is a person's words only: "RUSSIALINK TRANSCRIPT",
    # "Annual Report", "Ambassador to Japan" name no one.
    name = _name_after_posts(words) if post else words
    if any(is_common_word(word) for word in name if not _INITIAL_RE.match(word)):
        return None
    if post and len(name) == 1 and label_key(words[-2]) in _PLACE_PREPOSITIONS:
        return None  # "Генконсул РФ в Лейпциге": a post and where it is held, no name
    return "post" if post else "name"


#: A post spelt out in full before a name ("Research Director of the Foundation for
#: Development and Support of the Valdai International Discussion Club Fyodor Lukyanov") has at
#: most this many words.
_LONG_LABEL_WORDS = 20


def _long_post_label(core: str) -> bool:
    """A label longer than most: a post among its first words, then only capitalised words
    and connectors, ending with a first name and a surname."""
    words = _tokens(core)
    if not _MAX_LABEL_WORDS < len(words) <= _LONG_LABEL_WORDS or re.search(r"[0-9?!;\"«»“”]", core):
        return False
    kinds = [_word_kind(word) for word in words]
    # (Particles inside the name do not end it: "... Karl Van den Berg".)
    named = [k for n, k in enumerate(kinds) if n < 2 or label_key(words[n]) not in _PARTICLES]
    if any(kind not in ("cap", "connector") for kind in kinds) or named[-2:] != ["cap", "cap"]:
        return False
    if not any(is_post_word(label_key(word)) for word in words[:3]):
        return False
    return not any(is_common_word(word) for word in words[-2:])


def posted_role_name(core: str) -> str | None:
    """ "Research Director of the Foundation ... of the Valdai Discussion Club, moderator Fyodor
    Lukyanov": a post of capitalised words and connectors, a comma, then a role or a post and
    a first name and a surname (the Kremlin's English transcripts label a moderator so). The
    part after the comma, or None."""
    head, comma, tail = core.rpartition(",")
    if not comma or re.search(r"[0-9?!;\"«»“”,]", head):
        return None
    head_words, tail_words = _tokens(head), _tokens(tail)
    if not 2 <= len(head_words) <= _LONG_LABEL_WORDS or len(tail_words) != 3:
        return None
    if any(_word_kind(word) not in ("cap", "connector") for word in head_words):
        return None
    if not any(is_post_word(label_key(word)) for word in head_words[:3]):
        return None
    role = label_key(tail_words[0])
    if role not in _ROLE_WORDS and not is_post_word(role):
        return None
    if [_word_kind(word) for word in tail_words[1:]] != ["cap", "cap"]:
        return None
    return None if any(is_common_word(word) for word in tail_words[1:]) else tail.strip()


def _role_then_name(words: list[str], kinds: list[str | None]) -> bool:
    """ "Moderator of the plenary session Fyodor Lukyanov", "Ведущий программы Дмитрий
    Киселёв": a role word, what the role is of (any words), and a first name and a surname."""
    if len(words) < 3 or label_key(words[0]) not in _ROLE_WORDS:
        return False
    return kinds[-2:] == ["cap", "cap"] and not any(is_common_word(w) for w in words[-2:])


def _tidy_case(words: list[str]) -> list[str]:
    """Title-case a label typed in capitals (``Д.К. КИСЕЛЕВ`` -> ``Д.К. Киселев``)."""
    letters = "".join(ch for word in words for ch in word if ch.isalpha())
    if len(words) >= 2 and not letters.isupper() and words[0][:1].isupper():
        # "Sergei IVANOV": kremlin.ru's surname in capitals after a first name as written.
        return [
            "-".join(p.capitalize() for p in word.split("-"))
            if len(word) >= 3 and word.replace("-", "").isalpha() and word.isupper()
            else word
            for word in words
        ]
    if len(letters) < 4 or not letters.isupper():
        return words
    out = []
    for word in words:
        if _INITIAL_RE.match(word):
            out.append(word)
            continue
        # Keep the initials' capitals, title-case the rest: "С.В.ЛАВРОВ" -> "С.В.Лавров".
        head, _, tail = word.rpartition(".")
        out.append((head + "." if head else "") + "-".join(p.capitalize() for p in tail.split("-")))
    return out


def _name_after_posts(words: list[str]) -> list[str]:
    """Drop posts before a name: "President of France Emmanuel Macron" -> Emmanuel Macron."""
    keys = [label_key(word) for word in words]
    post_at = [i for i, key in enumerate(keys[:-1]) if is_post_word(key)]
    if not post_at:
        return words
    tail = words[post_at[-1] + 1 :]
    tail_keys = keys[post_at[-1] + 1 :]
    cyrillic = any(has_cyrillic(word) for word in tail)
    if tail_keys and tail_keys[0] not in _CONNECTORS and not cyrillic and len(tail) <= 3:
        return tail  # "Foreign Minister Mohammad Javad Zarif"
    if tail_keys[:1] == ["of"] and (named := _after_country(tail)):
        return named  # "President of Turkey Recep Tayyip Erdogan": all after the country
    if cyrillic and (named := _after_russian_country(tail)):
        return named  # «Председатель Госсовета Мьянмы Мин Аунг Хлайн»: all after the country
    if _INITIALS_NAME_RE.match(words[-1]):
        return words[-1:]
    # After "of <Country>" (or a Russian genitive country), the name is the last two words,
    # plus a particle or middle initial before them ("Jean-Yves Le Drian", "Geir O. Pedersen").
    name = words[-2:] if len(words) >= 2 else words
    start = len(words) - len(name)
    # ("Karl Van den Berg", "Jan van der Berg": every particle, and the first name before.)
    while start > 0 and (label_key(words[start]) in _PARTICLES or _INITIAL_RE.match(words[start])):
        start -= 1
    name = words[start:]
    # "Ambassador to Japan Galuzin": connectors and a country before the name are not it.
    while len(name) > 1 and (label_key(name[0]) in _CONNECTORS or is_common_word(name[0])):
        name = name[1:]
    return name


#: Words of a state's formal name before "of <country>": "the Republic of Turkey".
_STATE_WORDS = frozenset({"republic", "kingdom", "state", "federation", "union", "islamic"})
_PARTICLE_NAME_RE = re.compile(r"^(?:al|el|ad|ar|as|bin|ibn)-[A-Z]")
#: A country's name in a label has at most this many words ("the United Arab Emirates").
_COUNTRY_WORDS = 4


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    """English names of countries and cities, label-keyed ("turkey", "united kingdom")."""
    from retrieval.places import places  # late: the places table is built on first use

    return frozenset(label_key(name) for p in places() for name in (p.en, *p.exact) if name)


def is_place_label(label: str) -> bool:
    """Whether a label in capitals is a country's or a city's name we know, a dateline's
    ("ST. PETERSBURG – ...", "MOSCOW – ..."), not a person's.

    Args:
        label: The words before a turn's dash or colon.

    Returns:
        True when the label, its dots dropped, is the English name of a known place.
    """
    return label_key(label).replace(".", "") in _country_names()


def _after_country(tail: list[str]) -> list[str] | None:
    """The name after "of <country>" in a post ("of Turkey Recep Tayyip Erdogan" -> "Recep
    Tayyip Erdogan"), when the country is one we know and two to four capitalised words follow
    it; None otherwise."""
    keys = [label_key(word) for word in tail]
    at = 1
    while at < len(keys) and (keys[at] == "the" or keys[at] in _STATE_WORDS or keys[at] == "of"):
        at += 1
    names = _country_names()
    for end in range(min(len(keys), at + _COUNTRY_WORDS), at, -1):
        if " ".join(keys[at:end]) in names:
            rest = tail[end:]
            # "Abdel Fattah el-Sisi": a particle joined to a surname may be lower case.
            capitalised = all(
                _CAP_WORD_RE.match(w) or _PARTICLE_NAME_RE.match(w) or label_key(w) in _PARTICLES
                for w in rest
            )
            named = [w for w in rest if label_key(w) not in _PARTICLES]
            return rest if 2 <= len(named) <= 4 and capitalised else None
    return None


# Lower-case particles of a foreign name written in Russian («Лула да Силва», «бин Салман»).
_RUSSIAN_PARTICLES = frozenset({"да", "де", "ду", "дос", "ван", "фон", "бин", "ибн", "аль", "эль"})


@lru_cache(maxsize=1)
def _russian_country_forms() -> frozenset[str]:
    """Countries' one-word Russian names in every case ("Мьянмы", "Вьетнама", "Бразилии")."""
    from retrieval.places import places  # late: the places table is built on first use

    return frozenset(
        form
        for p in places()
        if p.key.startswith("country:")
        for form in p.exact
        if form[:1].isupper()
    )


# Where a foreign ambassador is posted, written before his name: Russia, its capital, and
# the abbreviations the places table does not list as countries.
_HOST_PLACES = frozenset({"России", "РФ", "Москве", "США", "КНР", "КНДР", "ОАЭ", "ЮАР", "ООН"})


def after_place_word(before: list[str]) -> bool:
    """Whether the words ``before`` a name end with a country's Russian name («Вьетнама»), or
    where a foreign envoy serves («посол Эквадора в РФ», «... в Москве»)."""
    if not before:
        return False
    last = before[-1].strip(',;:()«»"“”')
    return last in _russian_country_forms() or last in _HOST_PLACES


def _after_russian_country(tail: list[str]) -> list[str] | None:
    """The whole name after a country in a Russian post («Президент Вьетнама Во Ван Тхыонг»
    -> «Во Ван Тхыонг», not its last two words), when two to four capitalised words (and
    particles among them) follow the country; None otherwise."""
    forms = _russian_country_forms()
    at = next((i for i in range(len(tail) - 1, -1, -1) if tail[i] in forms), None)
    if at is None:
        return None
    rest = tail[at + 1 :]
    words = [w for w in rest if w not in _RUSSIAN_PARTICLES]
    if not 2 <= len(words) <= 4 or rest[0] in _RUSSIAN_PARTICLES:
        return None
    return rest if all(_CAP_WORD_RE.match(w) for w in words) else None


# A patronymic in Latin letters ("Sergeyevich", "Ivanovna"; in Cyrillic _PATRONYMIC_FORM_RE).
_LATIN_PATRONYMIC_RE = re.compile(r"[a-z]{3}(?:vich|vna|ichna)$")
# Initials written after a surname ("Петров И.С."), the last dot perhaps cut off with the colon.
_TRAILING_INITIALS_RE = re.compile(rf"^(?:{_UPPER}\.\s?){{0,2}}{_UPPER}\.?$")


def _patronymic(word: str) -> bool:
    pattern = _PATRONYMIC_FORM_RE if has_cyrillic(word) else _LATIN_PATRONYMIC_RE
    return bool(pattern.search(label_key(word)))


def _first_name(word: str) -> bool:
    """A first name beside a patronymic: a known Russian one in Cyrillic; in Latin letters any
    capitalised word that is no post (its spellings are too many to list: "Alexander",
    "Aleksandr", "Aleksander")."""
    key = label_key(word)
    if has_cyrillic(word):
        return is_first_name_form(key)
    return bool(_CAP_WORD_RE.match(word)) and not is_post_word(key) and not is_common_word(key)


def _first_name_and_surname(words: list[str], tokens: list[str]) -> list[str]:
    """A Russian name as first name and surname, however the label orders it: «Михаил Юрьевич
    Галузин» and "ПЕТРОВ Иван Сергеевич" (the Ministry's lists put the surname first) without
    the patronymic; a first name that the posts' cut left out («... России Иван Сергеевич
    Петров» had kept 'Sergeyevich Petrov'); initials after the surname put before it, as the
    Ministry writes them («Петров И.С.» -> «И.С.Петров»)."""
    if len(words) == 3 and _patronymic(words[1]):
        return [words[0], words[2]]
    if len(words) == 3 and _patronymic(words[2]) and _first_name(words[1]):
        surname = words[0]
        if surname.isupper():  # "ПЕТРОВ Иван Сергеевич": the surname in capitals
            surname = "-".join(part.capitalize() for part in surname.split("-"))
        return [words[1], surname]
    at = len(tokens) - len(words)
    if len(words) == 2 and _patronymic(words[0]) and at >= 1 and _first_name(tokens[at - 1]):
        return [tokens[at - 1], words[1]]
    if len(words) == 2 and _TRAILING_INITIALS_RE.match(words[1]) and _CAP_WORD_RE.match(words[0]):
        initials = words[1].replace(" ", "")
        return [(initials if initials.endswith(".") else initials + ".") + words[0]]
    return words


@lru_cache(maxsize=8192)  # labels repeat on every page: "Question", "Sergey Lavrov"
def ambassador_by_surname(core: str) -> str | None:
    """The table's one ambassador of a surname, in a label of the word "Ambassador" and that
    surname ("Ambassador Bezdetko", «Посол Бездетко»: the post says which surname's holder is
    meant, where the surname alone in running text may be anyone's). For a page that names
    no one of that surname in full (the page's own name wins)."""
    words = label_key(core).split()
    if len(words) != 2 or words[0] not in ("ambassador", "посол"):
        return None
    owners = _AMBASSADOR_SURNAMES.get(words[1], ())
    return owners[0] if len(owners) == 1 else None


def _ambassador_surnames() -> dict[str, tuple[str, ...]]:
    table: dict[str, set[str]] = {}
    for name, russian, *_ in AMBASSADORS:
        for surname in {label_key(name.split()[-1]), russian.split()[-1].replace("ё", "е")}:
            table.setdefault(surname, set()).add(name)
    return {surname: tuple(sorted(names)) for surname, names in table.items()}


_AMBASSADOR_SURNAMES = _ambassador_surnames()


#: A label's surname this long with one letter more or fewer than a known one is his (a typo).
_DROPPED_LETTER_SURNAME = 7


def canonical_speaker(label: str) -> str:
    """The canonical speaker name for a turn label.

    * Known officials by any label form: ``"S.Lavrov"``, ``"С.В. ЛАВРОВ"``, ``"C.В.Лавров"``
      (Latin C), ``"Sergey Lavrov (after J.Kerry)"`` -> ``"Sergey Lavrov"``.
    * Question labels -> ``"Question"``.
    * Posts and notes are dropped: ``"President of France Emmanuel Macron (retranslated)"``
      -> ``"Emmanuel Macron"``.
    * A note after a comma is dropped: ``"Anna Petrova, Volna radio"`` -> ``"Anna Petrova"``.
    * Other names are kept as written, tidied: spaces and capitals normalised, Russian
      initials glued to the surname, and a Russian name spelt in Latin letters, so that one
      person has one name across scripts (``"Д.К. КИСЕЛЕВ"`` -> ``"D.K.Kiselev"``,
      ``"ВИТАЛИЙ ЖИХАРЕВ"`` -> ``"Vitaly Zhikharev"``).

    Args:
        label: A speaker label, with or without the trailing colon.

    Returns:
        The speaker name; ``"Unknown speaker"`` for an empty label or an unnamed speaker
        (``"Speaker 1"``).
    """
    core = _clean(label)
    if not core:
        return UNKNOWN_SPEAKER
    if _ANONYMOUS_RE.match(core):
        return UNKNOWN_SPEAKER
    head = core.split(",", 1)[0]
    if _is_question_core(core) or _is_question_core(head):
        return QUESTION_SPEAKER
    known = find_known_speaker(core) or find_known_speaker(head)
    if known:
        return known.name
    if role := _ROLE_NAMES.get(label_key(core)):
        return role  # "Ведущий:" is the presenter, as "Moderator:" is the moderator
    if named := posted_role_name(core):
        core = named  # "Research Director of the ... Club, moderator Fyodor Lukyanov"
    elif head != core and label_kind(core) in ("post", "name", "initials"):
        core = head  # "Anna Petrova, Volna radio": the note is not part of the name
    tokens = _tokens(core)
    if _role_then_name(tokens, [_word_kind(word) for word in tokens]):
        # "Moderator of the plenary session Fyodor Lukyanov"; a foreign name after a country
        # may have more words («Председатель Госсовета Мьянмы Мин Аунг Хлайн»).
        tokens = _after_russian_country(tokens) or tokens[-2:]
    after = _name_after_posts(tokens)
    if (
        len(after) == 2
        and len(tokens) >= 3
        and tokens[-2:] == after
        and tokens[-3] in _CYRILLIC_FAMILY_NAMES
    ):
        after = tokens[-3:]  # «... Ли Гю Хен»: a Korean family name first («Ли» is a particle)
    words = _first_name_and_surname(_tidy_case(after), tokens)
    name = " ".join(words)
    if words != tokens and (known := find_known_speaker(name)):
        return known.name  # a known person's name behind a post the table does not list
    if (
        len(words) == 2
        and len(words[1]) >= _DROPPED_LETTER_SURNAME
        and (misspelt := _misspelt_known(*(w.casefold() for w in words), letter_dropped=True))
    ):
        # "Mikhail Mishutin's opening remarks": a long known surname with a letter dropped or
        # added is a page's typo ("Alexander Lukashin" and "Lukashik" are two people).
        return misspelt.name
    # Initials then surname: glue them, as the Ministry writes them ("Д.К.Киселев").
    if _INITIALS_NAME_RE.match(name):
        name = name.replace(" ", "")
    # One name across scripts: a Russian name is given as it is spelt in English.
    return transliterate(name) if has_cyrillic(name) else name


# --- titles ------------------------------------------------------------------------------

_TITLE_ALIASES: tuple[tuple[str, KnownSpeaker], ...] = tuple(
    sorted(
        ((alias, speaker) for speaker in KNOWN_SPEAKERS for alias in speaker.aliases),
        key=lambda pair: -len(pair[0]),
    )
)
_TITLE_ALIAS_MAP: dict[str, KnownSpeaker] = {alias: speaker for alias, speaker in _TITLE_ALIASES}
_TITLE_POSTS = (
    r"Minister|Spokeswoman|Spokesperson|Spokesman|Ambassador|Representative|Envoy|Director"
    r"|Secretary|President|Chairman|Chairwoman|Head|Adviser|Advisor|Commissioner|Chancellor"
)
_NAME_WORD = r"(?:[A-Z][a-z]+(?:-[A-Z]?[a-z]+)*|[A-Z]\.)"
_NAME_STOP = frozenset(
    {"Foreign", "Ministry", "Department", "State", "Council", "Committee", "Office", "Union"}
    | {"Nations", "Federation", "Russian", "Russia", "Affairs", "General", "Deputy", "First"}
    | {"Special", "Permanent", "Presidential", "Press", "Information", "The", "Of", "And"}
)
# "... Deputy Foreign Minister Andrey Rudenko's interview", "Remarks by Ambassador X Y at ...".
_TITLE_NAME_RE = re.compile(
    rf"\b(?:{_TITLE_POSTS})(?:\s+of(?:\s+the)?(?:\s+[A-Z][a-z]+){{1,3}}){{0,2}}"
    rf"\s+({_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})"
    r"(?:(?P<own>'s\b)|,|\s+(?:at|to|in|on|during|for)\b|$)"
)

# "Interview with Mikhail Galuzin, Deputy Minister of ...", "Remarks by X Y, Ambassador ...": a
# name before its post, after the event's word that says whose words these are ("Statement by
# Mr. Peter Iliichev, Deputy Permanent Representative ...": a courtesy title before it).
_TITLE_NAME_THEN_POST_RE = re.compile(
    rf"\b(?:[Ii]nterview (?:with|of|to)|[Rr]emarks by|[Ss]tatement by|[Ss]peech by)\s+"
    rf"(?:(?:Mr|Ms|Mrs|Dr)(?:\.\s*|\s+))?({_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}}),\s+(?:(?:First|Deputy|Foreign|Special"
    rf"|Permanent|Presidential|Press)\s+)*(?:{_TITLE_POSTS})\b"
)


# "Statement by H.E. Ambassador SHINO Mitsuko, Deputy Permanent Representative of Japan ...":
# a family name in capitals, then the given name, before a post.
_FAMILY_CAPS_TITLE_RE = re.compile(
    r"\b(?:[Ss]tatement|[Rr]emarks|[Ss]peech|[Ii]nterview)\s+(?:by|of|with)\s+"
    r"(?:H\.\s?E\.\s+)?(?:(?:Mr|Ms|Mrs|Dr|Amb)\.?\s+|Ambassador\s+)?"
    r"(?P<family>[A-Z]{2,})\s+(?P<given>[A-Z][a-z]+),\s+(?:(?:First|Deputy|Foreign|Special"
    rf"|Permanent|Presidential|Press)\s+)*(?:{_TITLE_POSTS})\b"
)


# "Comment by Ivan Petrov in response to ...", "Ivan Petrov in reply to a question about ...":
# a comment's or an answer's giver named without a post.
_TITLE_COMMENT_BY_RE = re.compile(
    rf"^(?:(?:[Cc]omments?|[Aa]nswers?|[Rr]eply|[Rr]esponse|[Rr]emarks|[Ss]tatement)\s+(?:by|of|from)"
    rf"\s+)?({_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})(?:,|\s+(?:in\s+(?:response|reply)\s+to"
    rf"|answering|on|regarding|concerning|about|to)\b)"
)

_TITLE_TOPIC_RE = re.compile(
    r"(?:^|\s)(?:on|about|regarding|concerning|in connection with|о|об|по поводу|в связи с"
    r"|относительно"
    # The one met is a partner, not the speaker: "... Holds Q&A Session And Meets Blinken".
    r"|meets|met with|meeting with|talks with|встретился с|встречается с|встреча с|переговоры с)\s"
)


# Every alias of every known speaker as whole words (not inside a longer word).
_ALIASES_RE = re.compile(
    r"(?<![^\W\d_])(?:"
    + "|".join(re.escape(alias) for alias, _ in _TITLE_ALIASES)
    + r")(?![^\W\d_])"
)


def speaker_from_title(title: str) -> str | None:
    """The speaker a transcript's title names, e.g. whose remarks or briefing it is.

    Known officials are found in any language and case (``"... Maria Zakharova, Moscow"``,
    ``"... Министра иностранных дел России С.В.Лаврова ..."``); the one named first wins.
    Otherwise an English title of the form ``"<post> <Name Surname>'s remarks"`` or
    ``"... by <post> <Name Surname>, ..."`` gives that name.

    Args:
        title: The document title.

    Returns:
        The canonical speaker name, or None if the title names no one.
    """
    return _speaker_from_title(title)


@lru_cache(maxsize=4096)  # the parser asks about the same lines of a page several times
def _speaker_from_title(title: str) -> str | None:
    plain = clean_line(straighten_quotes(title))
    if commenter := _commenter(plain):
        # First: "X in response to ... by <post> <name>" names the one responded to after him.
        return commenter
    key = label_key(title)
    # A name after the topic ("Press release on Sergey Lavrov's talks", "О телефонном
    # разговоре С.В.Лаврова") is what the page is about, not who is speaking.
    topic = _TITLE_TOPIC_RE.search(key)
    cutoff = topic.start() if topic else len(key)
    # The leftmost alias wins (the longest one at that place: the alternation is sorted so),
    # or a known person's initials before their surname spelt one letter apart.
    found = _ALIASES_RE.search(key, 0, cutoff)
    while found and _someone_of(key, found):
        found = _ALIASES_RE.search(key, found.end(), cutoff)
    fuzzy = _misspelt_initialled(key[:cutoff])
    if fuzzy and (found is None or fuzzy[0] < found.start()):
        return fuzzy[1].name
    if found:
        return _TITLE_ALIAS_MAP[found.group()].name
    plain_topic = _TITLE_TOPIC_RE.search(plain.casefold())
    before_topic = plain[: plain_topic.start() if plain_topic else None]
    for match in _TITLE_NAME_RE.finditer(before_topic):
        # Without a possessive, only "<event> by <post> <name>" says whose words these are;
        # "talks with Foreign Minister X Y" names a partner, not the speaker.
        before = plain[: match.start()].casefold().split()[-6:]
        # "Interview with <post> <name>" names the one interviewed (not "talks with ...").
        interviewed = "interview with" in " ".join(before[-3:])
        if not match.group("own") and "by" not in before and not interviewed:
            continue
        words = [w for w in match.group(1).split() if w not in _NAME_STOP]
        if len(words) >= 2 and not _INITIAL_RE.match(words[-1]):
            return " ".join(words)
    if named := _TITLE_NAME_THEN_POST_RE.search(before_topic):
        words = named.group(1).split()
        if not _INITIAL_RE.match(words[-1]):
            return " ".join(words)
    if named := _FAMILY_CAPS_TITLE_RE.search(before_topic):
        # "Statement by H.E. Ambassador SHINO Mitsuko, Deputy Permanent Representative of
        # Japan": a family name in capitals before the given name, as Japan's mission writes
        # names; shown given name first, as English sources write them.
        return f"{named.group('given')} {named.group('family').capitalize()}"
    return _event_giver(before_topic)


# The words a title of one person's text opens with: "Statement by ...", «Выступление ...»
# (not "Interview with X": X may be the journalist who asked).
_EVENT_TITLE_RE = re.compile(
    r"^(?:(?:opening|closing|introductory)\s+(?:remarks|statement)|statement|remarks|speech|"
    r"address|briefing|comments?|answers|выступление|заявление|комментарий|брифинг|ответы|"
    r"(?:вступительное|заключительное)\s+слово|слово)\b",
    re.IGNORECASE,
)
#: A title's giver is looked for among this many words after its event word.
_EVENT_TITLE_WORDS = 24


def _event_giver(title: str) -> str | None:
    """The first person a title of one person's text names, by a Russian first name and a
    surname or by initials, whatever posts and places stand around ("Statement by the
    Permanent Representative of the Russian Federation to the OSCE Ivan Petrov at ...",
    "Statement by H.E. Mr. Ivan PETROV, ...", «Выступление Постоянного представителя ... Ивана
    Петрова на заседании ...»); None if the title does not open so."""
    if not _EVENT_TITLE_RE.match(title):
        return None
    words = [w.strip(',;:()«»"“”') for w in title.split()[: _EVENT_TITLE_WORDS + 1]]
    for end in range(2, len(words) + 1):
        last = words[end - 1]
        if not last[:1].isupper():
            continue
        for size in (3, 2, 1):
            span = words[max(0, end - size) : end]
            first = span[0]
            initials = size == 1 and _INITIALS_NAME_RE.match(first)
            if not initials and (size == 1 or not _looks_first(first)):
                continue
            name = person_name(" ".join(span))
            if initials and name is None:
                # «И.С.Петрова», «И.С.Петровой»: initials and a surname in the genitive.
                form = first
                for ending, nominative_ending in (("ой", "а"), ("а", "")):
                    if has_cyrillic(first) and first.endswith(ending):
                        form = first[: -len(ending)] + nominative_ending
                        break
                name = canonical_speaker(form)
            if name and (len(name.split()) >= 2 or initials):
                # ("Ivan PETROV": a surname in capitals, as UN pages type it.)
                return " ".join(
                    w.capitalize() if w.isupper() and len(w) > 1 else w for w in name.split()
                )
    return None


def _looks_first(word: str) -> bool:
    """A Russian first name in either script, by its letters (not a post, not a common
    word in Latin letters)."""
    if has_cyrillic(word):
        return _first_name(word)
    return _first_name(word) and _latin_first_name(word)


def _commenter(plain: str) -> str | None:
    """The one a title says comments or answers: "Comment by Ivan Petrov on ...", "Ivan Petrov
    in response to the presentation ... by <post> <name>" (not the one responded to)."""
    commented = _TITLE_COMMENT_BY_RE.match(plain)
    if commented is None:
        return None
    # After "Comment by", a first name and a surname; opening the title before "in
    # response to", a Russian first name ("Latin America in reply to ..." names no one).
    by = commented.group(0).split()[0].casefold() in _COMMENT_WORDS
    answering = re.search(r"\s(?:in\s+(?:response|reply)\s+to|answering)\b", commented[0])
    name = person_name(commented.group(1)) if by or answering else None
    first = name.split()[0] if name else ""
    if (
        name
        and len(name.split()) >= 2
        and (_latin_first_name(first) or (by and _first_name(first)))
    ):
        return name
    return None


_COMMENT_WORDS = frozenset(
    {"comment", "comments", "answer", "answers", "reply", "response", "remarks", "statement"}
)


# Someone's relation to the one named: «соратник Путина», «помощник Путина Ушаков», "aide
# to Putin", "Putin's spokesman Peskov", "Putin ally": the words are the other person's.
# (Person nouns with their case endings only: "замечания Путина" are his remarks, and
# "критика Путина" may be his criticism.)
_RELATION_NOUNS = (
    r"(?:(?:соратник|помощник|советник|союзник|сторонник|противник|оппонент|преемник|"
    r"предшественник)(?:а|и|ов|у|ом|ам|ами)?|пресс-секретар(?:ь|я|ю|ем)|окружени[ея]|"
    r"(?:заместител|замминистр|замглав|зампред)\w*)"
)
_RELATION_BEFORE_RE = re.compile(rf"(?:{_RELATION_NOUNS}|(?:aide|adviser|advisor|ally)\s+to)\s+$")
_RELATION_AFTER_RE = re.compile(
    r"^(?:['’]s)?\s+(?:top\s+|close\s+|chief\s+|longtime\s+)?(?:aide|ally|allies|spokes"
    r"(?:man|woman|person)|press\s+secretary|adviser|advisor|deputy|envoy|critic|rival)s?"
    r"(?![^\W\d_])"
)


# "Посол Кении ответил на заявления Борреля ...", "... responded to Borrell's ...": the one
# whose words are answered, not the speaker.
_ANSWERED_BEFORE_RE = re.compile(
    r"(?:ответил[аи]?|отреагировал[аи]?|возразил[аи]?)\s+на\s+(?:\S+\s+){0,2}?(?:заявлени[ея]|"
    r"слова|высказывани[ея]|обвинени[ея]|критику|призыв[ыа]?|угрозы)\s+$"
    r"|(?:responded|replied|reacted|hit\s+back|retorted)\s+to\s+$"
)


def _someone_of(key: str, found: re.Match[str]) -> bool:
    """Whether a known name in a title is only whose associate the speaker is, or the one
    whose words the speaker answers."""
    return bool(
        _RELATION_BEFORE_RE.search(key, max(0, found.start() - 40), found.start())
        or _RELATION_AFTER_RE.match(key[found.end() :])
        or _ANSWERED_BEFORE_RE.search(key, max(0, found.start() - 60), found.start())
        or (
            _EVENT_TITLE_RE.match(key) is not None
            and _PARTNER_BEFORE_RE.search(key, max(0, found.start() - 90), found.start())
            is not None
        )
    )


# "Remarks by HR/VP Mogherini at the joint press conference with Foreign Minister Lavrov",
# «Выступление ... Могерини в ходе пресс-конференции с Министром ... Лавровым»: under a title
# of one person's text, the one met "with" is the partner, not the speaker.
_PARTNER_BEFORE_RE = re.compile(
    r"(?:press[- ]conference|news conference|meeting|talks|пресс-конференции|встречи|"
    r"переговоров|переговорах)\s+(?:с|со|with)\s+(?:[^\s.;:]+\s+){0,7}$"
)


def known_label_forms() -> frozenset[str]:
    """Every lower-case form under which a known official may label a turn (nominative)."""
    return _KNOWN_LABEL_FORMS


def is_known_official(name: str) -> bool:
    """Whether a canonical name is one of the officials among :data:`KNOWN_SPEAKERS`."""
    return name in _KNOWN_NAMES


_RUSSIAN_NAMES = frozenset(s.name for s in KNOWN_SPEAKERS if s.official and not s.foreign)


def is_russian_official(name: str) -> bool:
    """Whether a canonical name is one of Russia's own officials among :data:`KNOWN_SPEAKERS`
    (not Blinken, Erdogan or Guterres)."""
    return name in _RUSSIAN_NAMES


# --- people named in running text ------------------------------------------------------------

#: English days and months, capitalised like names but never a person's ("On Thursday
#: Bogdanov said"; not April, June, August or May, which are first names or surnames too).
DAY_AND_MONTH_NAMES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march july "
    "september october november december".split()
)
# Capitalised words that are not part of a person's name: institutions, places of power,
# outlets, and the words that start a sentence in a news story.
_NOT_NAME_WORDS = DAY_AND_MONTH_NAMES | frozenset(
    """
    kremlin ministry department state council committee office union nations federation
    government parliament duma senate court bank agency service press house white news
    gazeta times post tv radio channel network media company corporation group party
    journal telegraph herald tribune gazette observer economist daily spiegel monde jazeera
    republic kingdom states united russian russia russia's moscow washington nato un eu us
    usa uk mfa foreign affairs general deputy first special permanent presidential
    information the of and a an in on at for with by from to as but it this that he she
    prosecutor judge counterpart colleague leader chief diplomat envoy analyst expert
    championship cup games olympics forum summit conference festival assembly congress
    university institute academy school museum theatre theater foundation fund
    they we i you his her their its our security organization organisation alliance
    commission european european's council's committee's bureau secretariat tribunal
    комиссия комиссии европейская европейской britain великобритания великобритании
    великобританию британия британии кндр оаэ
    кремль кремля мид министерство правительство госдума совет совета федерации россии рф
    госдумы госдуме госдуму совфед совфеда совфеде совфеду совбез совбеза совбезе совбезу
    сша оон нато ес москва москвы вашингтон российский российская российского
    """.split()
)
# Stems of the words of states' and unions' names in Russian, in any case form («Народной
# Республики», «Объединенных Арабских Эмиратов», «Королевства»).
_NOT_NAME_STEMS = (
    "республик",
    "королевств",
    "государств",
    "федераци",
    "федеративн",
    "народн",
    "демократическ",
    "социалистическ",
    "исламск",
    "арабск",
    "объединенн",
    "объединённ",
    "соединенн",
    "соединённ",
    "эмират",
    "княжеств",
    "султанат",
    "содружеств",
)
# A Russian patronymic in any case: "Анатольевич", "Анатольевича", "Владимировной".
_PATRONYMIC_FORM_RE = re.compile(r"[а-яё]{3}(?:вич|ьич|вн|ичн)(?:а|у|ем|е|ы|ой|ою)?$")
# ... and spelt in Latin letters: "Nikolai Vladimirovich Krasilnikov", "Maria Vladimirovna".
_LATIN_PATRONYMIC_RE = re.compile(r"[a-z]{3,}(?:ovich|evich|yevich|ovna|evna|yevna|ichna)")


def is_first_name(word: str) -> bool:
    """Whether a word is a Russian first name in any case, in either script ("Антона",
    "Alexander", "Dmitry")."""
    key = label_key(word).strip(".,;:")
    return is_first_name_form(key) if has_cyrillic(key) else _latin_first_name(key)


def _latin_first_name(word: str) -> bool:
    """A Russian first name spelt in Latin letters ("Alexey", "Sergei", "Maria"), in any of
    the English customs ("Alexander", "Dmitry", "Yuri", "Nikolai", "Igor", "Tatiana",
    "Vassily"), which letter-for-letter spelling back does not give."""
    return any(is_first_name_form(form) for form in _cyrillic_first_name_forms(word))


def _cyrillic_first_name_forms(word: str) -> set[str]:
    """The Cyrillic forms a Latin first name may stand for: its letters spelt back, and
    those with the endings English drops or changes restored («Александер» -> «александр»,
    «Дмитри» -> «дмитрий», «Николаи» -> «николай», «Игор» -> «игорь», «Татиана» ->
    «татьяна», «Вассили» -> «василий»)."""
    spelt = to_cyrillic(word).lower()
    forms = {spelt, re.sub(r"(.)\1", r"\1", spelt)}
    for form in list(forms):
        forms.add(form.replace("иа", "ья"))
        if form.endswith("и"):
            forms.update((form + "й", form[:-1] + "й"))
        if form.endswith("ер"):
            forms.add(form[:-2] + "р")
        if form[-1:] in "бвгджзклмнпрстфхцчшщ":
            forms.add(form + "ь")
    return forms


# A capital right after a small letter inside a Cyrillic word: words glued together (a Russian
# name has none; "McFaul", "DeSantis" are Latin).
_GLUED_CYRILLIC_RE = re.compile(r"[а-яё][А-ЯЁ]")


def _name_word(word: str, capitals: bool) -> bool:
    """A word that may be part of a person's name: capitalised, not an institution's word.

    ``capitals``: the text around is typed in capitals, so a short word in capitals may be a
    name ("IVAN"); elsewhere it is an acronym ("NATO", "ООН").
    """
    if not (_CAP_WORD_RE.match(word) or _INITIALS_NAME_RE.match(word) or _INITIAL_RE.match(word)):
        return False
    if _GLUED_CYRILLIC_RE.search(word):
        return False  # "ШойгуСергей": two words a copy glued together (a link's card), no name
    key = label_key(word).strip(".'’")
    if key in _NOT_NAME_WORDS or is_post_word(key) or key.endswith("'s"):
        return False
    if key.startswith(_NOT_NAME_STEMS):
        return False  # "Посол Народной Республики Бангладеш": a state's name, in any case
    if not _INITIAL_RE.match(word) and is_common_word(word):
        return False  # "Также Лавров", "Japan Galuzin": an adverb or a place is no name
    letters = [ch for ch in word if ch.isalpha()]
    return capitals or not (word.isupper() and len(letters) <= 4 and "." not in word)


#: A post word of at least this many letters is still one when misspelt by a letter or two
#: swapped ("Minsiter", "Ambasador"); shorter ones would meet names ("Head"/"Hear").
_MIN_TYPO_POST_LETTERS = 7
_LONG_POSTS = tuple(p for p in POST_WORDS if len(p) >= _MIN_TYPO_POST_LETTERS and "-" not in p)


@lru_cache(maxsize=8192)  # the parser asks about the same capitalised words again and again
def is_post_word(key: str) -> bool:
    """Whether a lower-case word is a post or honorific (:data:`POST_WORDS`), misspelt or not."""
    if key in POST_WORDS:
        return True
    if len(key) < _MIN_TYPO_POST_LETTERS:
        return False
    # A typo changes the length by one letter at most: only posts of about its length.
    return any(_typo_of(key, post) for post in _LONG_POSTS if abs(len(post) - len(key)) <= 1)


def _typo_of(a: str, b: str) -> bool:
    """One letter changed, added or dropped, or two neighbours swapped."""
    if _edit_distance_at_most_one(a, b):
        return True
    if len(a) != len(b):
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and a[diff[0]] == b[diff[1]]
        and a[diff[1]] == b[diff[0]]
    )


def _edit_distance_at_most_one(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) <= 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def _misspelt_known(
    first: str, surname: str, *, letter_dropped: bool = False
) -> KnownSpeaker | None:
    """A known person whose first name is ``first`` and whose surname is ``surname`` but for
    one letter ("Sergey Lavroy", «Александр Грушков»); surnames of five letters or more only.
    ``letter_dropped``: only a letter dropped or added, not one changed (the surname the match
    is made with, in the script of ``surname``, is of another length)."""
    if len(surname) < 5:
        return None
    table = _surnames_by_first_name()
    # The first name as written, then ("Andre Neterenko", "Andre Nesterenko") its other
    # spellings or the names it cuts short ("Andre" for the table's "Andrey"), whose surname
    # may also be the table's own.
    for other in itertools.chain((first,), _first_name_spellings(first)):
        for known_surname, speaker in table.get(other, ()):
            if not _edit_distance_at_most_one(known_surname, surname):
                continue
            if other == first and letter_dropped and len(known_surname) == len(surname):
                return None
            return speaker
    return None


#: A first name cut short is another spelling of a known one from this many letters on.
_FIRST_NAME_PREFIX = 4


def _first_name_spellings(first: str) -> list[str]:
    """The known first names (lower case, Latin) other than ``first`` that are ``first``
    spelt otherwise ("andrei" and "andrey") or that ``first`` begins ("andre")."""
    if has_cyrillic(first) or len(first) < _FIRST_NAME_PREFIX:
        return []
    keyed = _latin_first_names_by_key()
    # (Folded as a foreign transliteration too: Balkan pages write "Mihail" for Mikhail.)
    spelt = {known for key in script_key(first) for known in keyed.get(key, ())}
    cut = {known for names in keyed.values() for known in names if known.startswith(first)}
    wanted = (spelt | cut) - {first}
    return [known for known in _surnames_by_first_name() if known in wanted]  # the table's order


@lru_cache(maxsize=1)
def _latin_first_names_by_key() -> dict[str, tuple[str, ...]]:
    """Spelling key -> the known first names in Latin letters that have it (computed once: the
    parser asks about every unknown two-word name)."""
    found: dict[str, set[str]] = {}
    for known in _surnames_by_first_name():
        if not has_cyrillic(known):
            for key in script_key(known):
                found.setdefault(key, set()).add(known)
    return {key: tuple(sorted(names)) for key, names in found.items()}


@lru_cache(maxsize=1)
def _surnames_by_first_name() -> dict[str, tuple[tuple[str, KnownSpeaker], ...]]:
    """First name -> (surname, person) of every known person: the canonical name in Latin
    letters, every first-name-and-surname alias in Cyrillic (nominative and the case forms
    the table lists), and the table's other Latin spellings ("Mikhail Kaminin")."""
    found: dict[str, dict[str, KnownSpeaker]] = {}
    for speaker in KNOWN_SPEAKERS:
        latin = speaker.name.lower().split()
        found.setdefault(latin[0], {}).setdefault(latin[-1], speaker)
        for alias in speaker.aliases:
            words = alias.split()
            if len(words) == 2 and "." not in alias:
                found.setdefault(words[0], {}).setdefault(words[1], speaker)
    return {first: tuple(by.items()) for first, by in found.items()}


# Posts in the nominative: a name in apposition to one stands in the nominative too.
NOMINATIVE_POSTS = frozenset(
    """
    президент премьер-министр премьер министр генсек генсекретарь секретарь госсекретарь посол
    глава председатель представитель постпред канцлер мэр губернатор сенатор депутат спикер
    советник помощник директор заместитель дипломат
    """.split()
)
#: A nominative post stands this many words at most before the name it gives ("генсек
#: правительства Японии Хирокадзу Мацуно": the post, three words of its office, the name).
_POST_BEFORE_NAME_WORDS = 4


# A Russian noun in the genitive ends so: "Минфина", "Газпрома", "Чечни", "Росатома".
_GENITIVE_ENDINGS = ("а", "я", "ы", "и")


def _institution_before_surname(named: list[tuple[int, str]], run: list[str]) -> bool:
    """Whether the first of two Cyrillic name words is an office's name in the genitive right
    after a post ("Глава Минфина Силуанов", "Гендиректор Газпрома Миллер", "Глава Чечни
    Кадыров"), not a first name: no first name it is a form of, and no known person is the
    pair. (A foreign first name after a post is written after the post's country:
    "премьер-министр Индии Нарендра Моди".)"""
    first = label_key(run[0])
    if not has_cyrillic(first) or not first.endswith(_GENITIVE_ENDINGS):
        return False
    at = named[-2][0]
    before = next((w for n, w in reversed(named) if n < at), "")
    if not is_post_word(label_key(before).strip(".,;:")) or is_first_name_form(first):
        return False
    return _TITLE_ALIAS_MAP.get(f"{first} {label_key(run[1])}") is None


def foreign_name_after_post(before: list[str], first: str) -> bool:
    """Whether a Russian name opening with a first name no table of ours knows ("Хирокадзу",
    "Фумио", "Кристи": read as a case of "Хирокадз", "Кристя" for their endings) stands right
    after a post in the nominative (the words ``before`` it: "генсек правительства Японии",
    "глава МОК"): then it is in the nominative as written. ("госсекретарю США Джону Керри": a
    post in the dative; "с премьер-министром": a preposition.)"""
    if is_first_name_form(label_key(first)):
        return False
    words = before[-_POST_BEFORE_NAME_WORDS:]
    for at in range(len(words) - 1, -1, -1):
        word = words[at]
        key = label_key(word).strip(',;:()«»"“”')
        if key in NOMINATIVE_POSTS:
            return True
        if key in ("в", "во", "при") and at + 1 < len(words) and words[at + 1][:1].isupper():
            continue  # where the post is held: "посол ЮАР в РФ"
        if word.endswith((",", ".")) or (len(key) <= 2 and word.islower()):
            return False  # (a clause's end, or a preposition: "в", "с", "по")
    return False


_WRITTEN_AS_FORMS: dict[tuple[str, ...], KnownSpeaker] = {
    tuple(label_key(alias).split()): row.speaker
    for row in _WRITTEN_AS
    for alias in row.speaker.aliases
}
_WRITTEN_AS_WORDS = max(len(form) for form in _WRITTEN_AS_FORMS)
# The last word of each form: most spans end with none, and are spared the lookups.
_WRITTEN_AS_LAST = frozenset(form[-1] for form in _WRITTEN_AS_FORMS)


def _written_as_at_end(named: list[tuple[int, str]], quoted: set[int]) -> KnownSpeaker | None:
    """The leader of :data:`_WRITTEN_AS` whose form ends the words (the longest form that
    does), written as a name is, a capital in it: "Kim Jong Un", «бин Сальмана», "Lula"."""
    if not named or label_key(named[-1][1]) not in _WRITTEN_AS_LAST:
        return None
    keys = [label_key(w) for _, w in named[-_WRITTEN_AS_WORDS:]]
    for size in range(min(_WRITTEN_AS_WORDS, len(named)), 0, -1):
        tail = named[-size:]
        if any(n in quoted for n, _ in tail) or not any(w[:1].isupper() for _, w in tail):
            continue
        if any(len(w) == 1 and not w.isupper() for _, w in tail):
            continue  # «Ван И», not the conjunction «и»
        if known := _WRITTEN_AS_FORMS.get(tuple(keys[-size:])):
            return known
    return None


# Korean and Chinese family names in Cyrillic that open a name of three words.
_CYRILLIC_FAMILY_NAMES = frozenset(
    """
    Ли Ким Пак Чхве Чон Юн Мун Кан Чо Хан Ван Чжан Лю Чэнь Ян Хуан Чжао Чжоу Сюй Сунь Ху Го
    Линь Хэ Гао Чжэн Лян Се Тан Хань Фэн Дэн Цао Пэн Цзэн Сяо Тянь Дун Пань Юань Цай Цзян Чэн
    Вэй Шэнь Яо Чжун Цуй Тань Цинь Мао Си
    """.split()
)
#: A name's words (particles aside) that a span is looked at for, at most.
_RUN_WORDS = 4
# A particle between the words of a Latin name: "da Silva", "van der", "bin Salman".
_LATIN_PARTICLE_RE = re.compile(r"^(?:da|de|do|dos|das|di|du|van|von|der|bin|ibn)$")


# A capital letter standing alone between a first name and a surname: "Alexander M Kadakin".
_BARE_MIDDLE_INITIAL_RE = re.compile(r"(?<=[a-z]{2}) [A-Z] (?=[A-Z][a-z])")


_TRAILING_WEEKDAY_RE = re.compile(
    r"(?<=[^\W\d_]{2})\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)[,.]?\s*$"
)


# One initial glued to a capitalised surname: "А.Алексеев", "J.Kerry" (not the second of two,
# "И.С.Петрова", which is read whole, its case undone).
_GLUED_INITIAL_RE = re.compile(r"(?<![^\W\d_])(?<![A-ZА-ЯЁ]\.)([A-ZА-ЯЁ]\.)(?=[A-ZА-ЯЁ][a-zа-яё])")


def person_name(span: str) -> str | None:
    """The person that a short stretch of running text names, as a canonical speaker name.

    ``span`` ends with the name; posts may stand before it ("Foreign Minister Sergey Lavrov",
    "официального представителя МИД России Марии Захаровой", "Turkish counterpart Mevlut
    Cavusoglu"). Known people are found by any form of their name (case forms, initials,
    either script); another person needs a first name and a surname, is put into the
    nominative if Russian, and is spelt in Latin letters (see :func:`canonical_speaker`).
    A surname alone that is not a known person's names no one here.

    Args:
        span: A few words of text ending with the name.

    Returns:
        The canonical name, or None if the span does not end with a person's name.
    """
    # ("Alexander M Kadakin": a middle initial without its stop stands for nothing here.)
    span = _BARE_MIDDLE_INITIAL_RE.sub(" ", span)
    # ("Foreign Minister Sergey Lavrov Friday said": a wire's weekday after the name.)
    span = _TRAILING_WEEKDAY_RE.sub("", span)
    # ("подчеркнул А.Алексеев": an initial glued to the surname is a word of its own.)
    raw = _GLUED_INITIAL_RE.sub(r"\1 ", clean_line(straighten_quotes(span))).split()
    # A word in quotation marks is a title, not a name: "сказал «Известиям» Галузин".
    quoted = {n for n, w in enumerate(raw) if any(mark in w for mark in '"«»“”„')}
    words = [w.strip(",;:()«»\"“”„'") for w in raw]
    words = [w[:-2] if w.endswith(("'s", "’s")) else w for w in words]
    named = [(n, w) for n, w in enumerate(words) if w]
    words = [w for _, w in named]
    if written := _written_as_at_end(named, quoted):
        return written.name
    letters = [ch for w in words for ch in w if ch.isalpha()]
    capitals = len(words) >= 2 and all(ch.isupper() for ch in letters)
    run: list[str] = []
    particles = 0
    for n, word in reversed(named):
        if run and not particles and n not in quoted and _LATIN_PARTICLE_RE.match(word):
            # "Augusto da Silva Cunha": a particle inside the name, not one of its words.
            run.insert(0, word)
            particles += 1
            continue
        if n in quoted or not _name_word(word, capitals) or len(run) - particles == _RUN_WORDS:
            break
        if run and has_cyrillic(word) != has_cyrillic(run[0]):
            break  # "в эфире TV Pink Вучич": a name is written in one script
        run.insert(0, word)
    if run and particles and _LATIN_PARTICLE_RE.match(run[0]):
        run = run[1:]  # the particle opened no name: "... of da Silva"
    if len(run) == 3 and run[0] in _CYRILLIC_FAMILY_NAMES:
        return transliterate(" ".join(run))  # «Пак Ро Бёг»: family name first
    if len(run) == 2 and has_cyrillic(run[0]):
        at = named[-len(run)][0]
        family = next((w for n, w in reversed(named) if n < at), "")
        if family in _CYRILLIC_FAMILY_NAMES:
            # «посол Республики Корея Ли Гю Хён», «Пак Ро Бёг»: a Korean or Chinese family
            # name of one syllable opens the name («Ли» is also a particle, no name word).
            return transliterate(" ".join([family, *run]))
    if len(run) - particles == _RUN_WORDS:
        # Four words are one foreign name only right after a post and where it is held
        # («посол Судана в Москве Мохаммед Эльгазали Эльтижани Сиррадж»); else the first of
        # them is not the name's («Посол ... Петр Иванович Сидоров»: three words).
        before = [w for n, w in named if n < named[-len(run)][0]]
        if not (has_cyrillic(run[0]) and after_place_word(before)):
            run = run[1:]
        else:
            known = find_known_speaker(" ".join(run))
            return known.name if known else transliterate(" ".join(run))
    if not run:
        return None
    if len(run) == 2 and _institution_before_surname(named, run):
        run = run[1:]  # "Глава Минфина Силуанов": the office's name, then the surname
    if particles and len(run) >= 3 and not has_cyrillic(" ".join(run)):
        known = find_known_speaker(" ".join(run))
        return known.name if known else " ".join(run)  # a name with a particle, as written
    if len(run) > 1 and _INITIALS_NAME_RE.match(run[-1]) and "." not in run[-2]:
        # "Consul General in New York A.G.Markov": initials glued to the surname are the whole
        # name; the capitalised words before them are a place's.
        run = run[-1:]
    # (Latin only: a Russian surname after initials may be in any case, «И.С.Петрова».)
    glued = (
        len(run) == 1
        and _INITIALS_NAME_RE.match(run[0]) is not None
        and run[0].isascii()
        and re.search(r"\.\s?[A-Z][a-z]{2,}", run[0]) is not None  # (not "U.S")
    )
    keys = [label_key(word) for word in run]
    if len(run) == 3 and (
        _PATRONYMIC_FORM_RE.search(keys[1]) or _LATIN_PATRONYMIC_RE.fullmatch(keys[1])
    ):
        # "Владимир Владимирович Путин", "Дмитрия Анатольевича Медведева": the name without
        # its patronymic is the person's (the table lists few patronymics).
        run, keys = [run[0], run[2]], [keys[0], keys[2]]
    for size in range(len(run), 0, -1):
        form = " ".join(keys[-size:])
        known = _TITLE_ALIAS_MAP.get(form) or _spelt_otherwise(form)
        if known is None and (bare := latin_unaccented(form)) != form:
            # "Sergey Mélik-Bagdasárov": a Spanish-language paper's accents on a Russian name.
            known = _TITLE_ALIAS_MAP.get(bare) or _spelt_otherwise(bare)
        if known is None:
            continue
        # "Ivan Lavrov" is not Sergey Lavrov: a first name before a bare surname is someone
        # else's (initials of the known person are part of the alias already).
        if size > 1 or len(run) == 1:
            return known.name
        if (first := _surname_of_another(keys[-2], known)) is not None:
            # "said Shoigu Putin" (a machine's «сказал Шойгу Путину»): two known surnames side
            # by side are two people, the one saying first; English has lost the case that tells.
            return first.name
        break
    if glued:
        return canonical_speaker(run[0])  # "A.G.Markov": initials glued to the surname
    if len(run) < 2 or _INITIAL_RE.match(run[-1]):
        return None
    latin = len(run) == 3 and not has_cyrillic(" ".join(run))
    if latin and _latin_first_name(run[1]) and not _latin_first_name(run[0]):
        # "the Center for Current Policy Alexey Chesnakov": an institution's last word before
        # a Russian first name is not the name's.
        run, keys = run[1:], keys[1:]
    if misspelt := _misspelt_known(keys[0], keys[-1]):
        return misspelt.name
    if len(run) == 2 and has_cyrillic(run[-1]) and is_patronymic(keys[-1]):
        # "Сергей Викторович": an address by name and patronymic, no surname ("Драган
        # Петкович" has one: no first name makes "Петкович").
        return None
    if has_cyrillic(" ".join(run)):
        if any(_INITIAL_RE.match(word) for word in run):
            return canonical_speaker(" ".join(run))
        before = [w for n, w in named if n < named[-len(run)][0]]
        nominative_words: list[str] | None
        if (len(run) == 2 or after_place_word(before)) and foreign_name_after_post(before, run[0]):
            # "генсек правительства Японии Хирокадзу Мацуно", «президент Вьетнама Во Ван
            # Тхыонг» (three words after a country: one foreign name, not a Russian one's
            # first name, patronymic and surname).
            nominative_words = keys
        else:
            nominative_words = nominative(keys)
        if nominative_words is None and len(keys) == 3:
            # "глава Минцифры Максут Шадаев": an institution's name before the first name and
            # surname is not part of the name.
            run, keys = run[1:], keys[1:]
            nominative_words = nominative(keys)
        if nominative_words is None:
            return None
        # Each part of a double surname is capitalised ("Львова-Белова", not "-белова").
        capitalised = (
            "-".join(part.capitalize() for part in w.split("-")) for w in nominative_words
        )
        return transliterate(" ".join(capitalised))
    return " ".join(_tidy_case(run)) if capitals else " ".join(run)
