"""Tests for the foreign-officials batch of retrieval.speakers: each person is found by the
Russian nominative of their name, by that name after a post in running Russian text, and by
an English spelling of theirs."""

from __future__ import annotations

import pytest

from retrieval.speakers import KNOWN_SPEAKERS, canonical_speaker, person_name
from tests.conftest import speaker_of

# (canonical name, Russian nominative, the name after a post, an English spelling)
BATCH = [
    (
        "Nasser Bourita",
        "Насер Бурита",
        "министр иностранных дел Марокко Насер Бурита",
        "Naser Bourita",
    ),
    (
        "Abdullah bin Zayed Al Nahyan",
        "Абдалла бен Заид Аль Нахайян",
        "министр иностранных дел ОАЭ Абдалла бен Заид Аль Нахайян",
        "Abdullah bin Zayed",
    ),
    (
        "Santiago Cafiero",
        "Сантьяго Кафьеро",
        "министр иностранных дел Аргентины Сантьяго Кафьеро",
        "Santiago Cafiero",
    ),
    ("Diana Mondino", "Диана Мондино", "глава МИД Аргентины Диана Мондино", "Diana Mondino"),
    ("Marcelo Ebrard", "Марсело Эбрард", "глава МИД Мексики Марсело Эбрард", "Marcelo Ebrard"),
    ("Alicia Barcena", "Алисия Барсена", "глава МИД Мексики Алисия Барсена", "Alicia Bárcena"),
    ("Alvaro Leyva", "Альваро Лейва", "глава МИД Колумбии Альваро Лейва", "Álvaro Leyva"),
    ("Gustavo Petro", "Густаво Петро", "президент Колумбии Густаво Петро", "Gustavo Petro"),
    (
        "Jorge Arreaza",
        "Хорхе Арреаса",
        "министр иностранных дел Венесуэлы Хорхе Арреаса",
        "Jorge Arreaza",
    ),
    (
        "Delcy Rodriguez",
        "Делси Родригес",
        "вице-президент Венесуэлы Делси Родригес",
        "Delcy Rodríguez",
    ),
    ("Yvan Gil", "Иван Хиль", "глава МИД Венесуэлы Иван Хиль", "Yván Gil"),
    (
        "Bruno Rodriguez Parrilla",
        "Бруно Родригес Паррилья",
        "министр иностранных дел Кубы Бруно Родригес Паррилья",
        "Bruno Rodríguez",
    ),
    (
        "Denis Moncada",
        "Денис Монкада",
        "министр иностранных дел Никарагуа Денис Монкада",
        "Denis Moncada",
    ),
    (
        "Rogelio Mayta",
        "Рохелио Майта",
        "министр иностранных дел Боливии Рохелио Майта",
        "Rogelio Mayta",
    ),
    ("Dina Boluarte", "Дина Болуарте", "президент Перу Дина Болуарте", "Dina Boluarte"),
    ("Jacob Zuma", "Джейкоб Зума", "президент ЮАР Джейкоб Зума", "Jacob Zuma"),
    (
        "Yusuf Tuggar",
        "Юсуф Туггар",
        "министр иностранных дел Нигерии Юсуф Туггар",
        "Yusuf Maitama Tuggar",
    ),
    ("Uhuru Kenyatta", "Ухуру Кениата", "президент Кении Ухуру Кениата", "Uhuru Kenyatta"),
    ("Abiy Ahmed", "Абий Ахмед", "премьер-министр Эфиопии Абий Ахмед", "Abiy Ahmed Ali"),
    (
        "Ramtane Lamamra",
        "Рамтан Ламамра",
        "министр иностранных дел Алжира Рамтан Ламамра",
        "Ramtane Lamamra",
    ),
    ("Fuad Hussein", "Фуад Хусейн", "министр иностранных дел Ирака Фуад Хусейн", "Fouad Hussein"),
    (
        "Mohammed Shia al-Sudani",
        "Мухаммед Шиа ас-Судани",
        "премьер-министр Ирака Мухаммед Шиа ас-Судани",
        "Mohammed Shia Al-Sudani",
    ),
    (
        "Walid al-Moallem",
        "Валид Муаллем",
        "министр иностранных дел Сирии Валид Муаллем",
        "Walid Muallem",
    ),
    ("Najib Mikati", "Наджиб Микати", "премьер-министр Ливана Наджиб Микати", "Najib Mikati"),
    (
        "Mohammed bin Abdulrahman Al Thani",
        "Мухаммед бен Абдеррахман Аль Тани",
        "министр иностранных дел Катара Мухаммед бен Абдеррахман Аль Тани",
        "Mohammed bin Abdulrahman Al-Thani",
    ),
    (
        "Badr Albusaidi",
        "Бадр аль-Бусаиди",
        "министр иностранных дел Омана Бадр аль-Бусаиди",
        "Badr Al-Busaidi",
    ),
    (
        "Adel al-Jubeir",
        "Адель аль-Джубейр",
        "министр иностранных дел Саудовской Аравии Адель аль-Джубейр",
        "Adel Jubeir",
    ),
    (
        "Bilawal Bhutto Zardari",
        "Билавал Бхутто Зардари",
        "министр иностранных дел Пакистана Билавал Бхутто Зардари",
        "Bilawal Bhutto",
    ),
    ("Ishaq Dar", "Исхак Дар", "министр иностранных дел Пакистана Исхак Дар", "Mohammad Ishaq Dar"),
    ("Imran Khan", "Имран Хан", "премьер-министр Пакистана Имран Хан", "Imran Khan"),
    ("Sheikh Hasina", "Шейх Хасина", "премьер-министр Бангладеш Шейх Хасина", "Sheikh Hasina"),
    (
        "Don Pramudwinai",
        "Дон Прамудвинай",
        "министр иностранных дел Таиланда Дон Прамудвинай",
        "Don Pramudwinai",
    ),
    (
        "Pham Minh Chinh",
        "Фам Минь Тинь",
        "премьер-министр Вьетнама Фам Минь Тинь",
        "Pham Minh Chinh",
    ),
    (
        "Bui Thanh Son",
        "Буй Тхань Шон",
        "министр иностранных дел Вьетнама Буй Тхань Шон",
        "Bui Thanh Son",
    ),
    ("Hun Sen", "Хун Сен", "премьер-министр Камбоджи Хун Сен", "Hun Sen"),
    ("Anwar Ibrahim", "Анвар Ибрагим", "премьер-министр Малайзии Анвар Ибрагим", "Anwar Ibrahim"),
    (
        "Mahathir Mohamad",
        "Махатхир Мохамад",
        "премьер-министр Малайзии Махатхир Мохамад",
        "Mahathir Mohammad",
    ),
    ("Rodrigo Duterte", "Родриго Дутерте", "президент Филиппин Родриго Дутерте", "Rodrigo Duterte"),
    (
        "Ukhnaagiin Khurelsukh",
        "Ухнаагийн Хурэлсух",
        "президент Монголии Ухнаагийн Хурэлсух",
        "Ukhnaagiin Khurelsukh",
    ),
    (
        "Mukhtar Tileuberdi",
        "Мухтар Тлеуберди",
        "министр иностранных дел Казахстана Мухтар Тлеуберди",
        "Mukhtar Tleuberdi",
    ),
    (
        "Abdulaziz Kamilov",
        "Абдулазиз Камилов",
        "министр иностранных дел Узбекистана Абдулазиз Камилов",
        "Abdulaziz Kamilov",
    ),
    (
        "Ruslan Kazakbaev",
        "Руслан Казакбаев",
        "министр иностранных дел Киргизии Руслан Казакбаев",
        "Ruslan Kazakbayev",
    ),
    (
        "Gurbanguly Berdimuhamedov",
        "Гурбангулы Бердымухамедов",
        "президент Туркменистана Гурбангулы Бердымухамедов",
        "Gurbanguly Berdymukhamedov",
    ),
    (
        "Elmar Mammadyarov",
        "Эльмар Мамедъяров",
        "министр иностранных дел Азербайджана Эльмар Мамедъяров",
        "Elmar Mamedyarov",
    ),
    (
        "Zohrab Mnatsakanyan",
        "Зограб Мнацаканян",
        "министр иностранных дел Армении Зограб Мнацаканян",
        "Zohrab Mnatsakanyan",
    ),
    (
        "Irakli Garibashvili",
        "Ираклий Гарибашвили",
        "премьер-министр Грузии Ираклий Гарибашвили",
        "Irakli Garibashvili",
    ),
    (
        "Nikola Selakovic",
        "Никола Селакович",
        "министр иностранных дел Сербии Никола Селакович",
        "Nikola Selaković",
    ),
    ("Juraj Blanar", "Юрай Бланар", "министр иностранных дел Словакии Юрай Бланар", "Juraj Blanár"),
    (
        "Nikos Dendias",
        "Никос Дендиас",
        "министр иностранных дел Греции Никос Дендиас",
        "Nikos Dendias",
    ),
    ("Alexis Tsipras", "Алексис Ципрас", "премьер-министр Греции Алексис Ципрас", "Alexis Tsipras"),
    (
        "Nikos Christodoulides",
        "Никос Христодулидис",
        "президент Кипра Никос Христодулидис",
        "Nikos Christodoulides",
    ),
    (
        "Nicos Anastasiades",
        "Никос Анастасиадис",
        "президент Кипра Никос Анастасиадис",
        "Nikos Anastasiades",
    ),
    (
        "Augusto Santos Silva",
        "Аугушту Сантуш Силва",
        "министр иностранных дел Португалии Аугушту Сантуш Силва",
        "Augusto Santos Silva",
    ),
    ("Mario Draghi", "Марио Драги", "премьер-министр Италии Марио Драги", "Mario Draghi"),
    ("Giuseppe Conte", "Джузеппе Конте", "премьер-министр Италии Джузеппе Конте", "Giuseppe Conte"),
    (
        "Paolo Gentiloni",
        "Паоло Джентилони",
        "премьер-министр Италии Паоло Джентилони",
        "Paolo Gentiloni",
    ),
    ("Jon Huntsman", "Джон Хантсман", "посол США в России Джон Хантсман", "Jon Huntsman"),
    ("John Sullivan", "Джон Салливан", "посол США в России Джон Салливан", "John Sullivan"),
]


@pytest.mark.parametrize(("name", "russian", "posted", "english"), BATCH)
def test_a_batch_official_is_known_in_both_scripts(
    name: str, russian: str, posted: str, english: str
) -> None:
    assert canonical_speaker(russian) == name
    assert person_name(posted) == name
    assert canonical_speaker(english) == name
    assert person_name(english) == name


@pytest.mark.parametrize(("name", "russian", "posted", "english"), BATCH)
def test_a_batch_official_is_foreign(name: str, russian: str, posted: str, english: str) -> None:
    speaker = next(s for s in KNOWN_SPEAKERS if s.name == name)
    assert speaker.foreign and speaker.official


@pytest.mark.parametrize(
    ("span", "name"),
    [
        # Case forms: a declined surname, a declined first name of a longer name.
        ("по словам главы МИД Марокко Насера Буриты", "Nasser Bourita"),
        ("встреча с Абдаллой бен Заидом Аль Нахайяном", "Abdullah bin Zayed Al Nahyan"),
        ("переговоры с Бруно Родригесом Паррильей", "Bruno Rodriguez Parrilla"),
        ("заявление Имрана Хана", "Imran Khan"),
        ("с министром иностранных дел Сербии Николой Селаковичем", "Nikola Selakovic"),
        ("по словам Юрая Бланара", "Juraj Blanar"),
        ("беседа с Анваром Ибрагимом", "Anwar Ibrahim"),
        ("встреча с послом США Джоном Салливаном", "John Sullivan"),
    ],
)
def test_a_batch_official_in_a_case_form(span: str, name: str) -> None:
    assert person_name(span) == name


@pytest.mark.parametrize(
    ("span", "name"),
    [
        # A common surname alone, or another's full name, stays no one's or its owner's.
        ("Салливан", "Jake Sullivan"),
        ("Салман Хан", "Salman Khan"),
        ("Хусейн", None),
    ],
)
def test_common_surnames_stay_unclaimed(span: str, name: str | None) -> None:
    assert person_name(span) == name


def test_the_uae_agencys_sheikh_abdullah_is_the_minister() -> None:
    page = (
        "MOSCOW, 14th Dec (WAM) H.H. Sheikh Abdullah bin Zayed Al Nahyan, Minister of Foreign "
        "Affairs, held talks with Sergey Lavrov.\n\n"
        '"We value our strategic ties with Russia," Sheikh Abdullah said.\n'
    )
    assert speaker_of(page, "We value our strategic ties") == "Abdullah bin Zayed Al Nahyan"
