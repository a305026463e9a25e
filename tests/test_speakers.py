"""Tests for retrieval.speakers: labels, canonical names, titles, known officials."""

from __future__ import annotations

import pytest

from retrieval.passages import QUESTION_SPEAKER
from retrieval.speakers import (
    KNOWN_SPEAKERS,
    UNKNOWN_SPEAKER,
    canonical_speaker,
    find_known_speaker,
    is_question_label,
    label_kind,
    person_name,
    speaker_from_title,
)


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("Sergey Lavrov", "Sergey Lavrov"),
        ("Sergey Lavrov:", "Sergey Lavrov"),
        ("S.Lavrov", "Sergey Lavrov"),
        ("Sergei Lavrov", "Sergey Lavrov"),
        ("С.В.Лавров", "Sergey Lavrov"),
        ("С.В. ЛАВРОВ", "Sergey Lavrov"),
        ("C.В.Лавров", "Sergey Lavrov"),  # Latin C
        ("Sergey Lavrov (after J.Kerry)", "Sergey Lavrov"),
        ("Sergey Lavrov, speaking in English", "Sergey Lavrov"),
        ("Question, TASS", QUESTION_SPEAKER),
        ("Министр иностранных дел России С.В.Лавров", "Sergey Lavrov"),
        ("Foreign Minister Lavrov", "Sergey Lavrov"),
        # Headline shorthand for posts.
        ("Russian FM Lavrov", "Sergey Lavrov"),
        ("Russian Deputy FM Ryabkov", "Sergey Ryabkov"),
        ("MFA spokeswoman Zakharova", "Maria Zakharova"),
        ("Maria Zakharova", "Maria Zakharova"),
        ("М.В.Захарова", "Maria Zakharova"),
        ("Мария Захарова", "Maria Zakharova"),
        ("Question", QUESTION_SPEAKER),
        ("Question (retranslated from English)", QUESTION_SPEAKER),
        ("Question to both ministers", QUESTION_SPEAKER),
        ("Вопрос", QUESTION_SPEAKER),
        ("ВОПРОС", QUESTION_SPEAKER),
        ("Вопрос (перевод с английского)", QUESTION_SPEAKER),
        ("President of France Emmanuel Macron (retranslated)", "Emmanuel Macron"),
        ("US Secretary of State John Kerry", "John Kerry"),
        ("Israeli Foreign Minister Gabriel Ashkenazi", "Gabriel Ashkenazi"),
        ("Foreign Minister of France Jean-Yves Le Drian", "Jean-Yves Le Drian"),
        ("Президент Франции Э.Макрон", "Emmanuel Macron"),
        ("Президент Финляндии А.Стубб", "Alexander Stubb"),  # in the table of known people
        ("Olga Belova", "Olga Belova"),
        ("OLGA BELOVA", "Olga Belova"),
        # One name across scripts: Russian names are spelt in Latin letters.
        ("И.П. СИДОРОВ", "I.P.Sidorov"),
        ("И.П. Сидоров", "I.P.Sidorov"),
        ("Д.К. КИСЕЛЁВ", "Dmitry Kiselyov"),  # an interviewer in the table
        ("К.КЛЕЙМЁНОВ", "Kirill Kleymenov"),
        ("ВИТАЛИЙ ЖИХАРЕВ", "Vitaly Zhikharev"),
        ("Д.Медведев", "Dmitry Medvedev"),
        ("Дмитрий Медведев", "Dmitry Medvedev"),
        ("Полянский", "Dmitry Polyanskiy"),
        ("Анна Петрова, радиостанция «Волна»", "Anna Petrova"),
        ("Konstantin Ernst, Director-General of Channel One", "Konstantin Ernst"),
        ("Speaker 1", UNKNOWN_SPEAKER),
        ("Geir O. Pedersen", "Geir O. Pedersen"),
        ("  Olga   Belova ", "Olga Belova"),
        ("", UNKNOWN_SPEAKER),
    ],
)
def test_canonical_speaker(label: str, expected: str) -> None:
    assert canonical_speaker(label) == expected


@pytest.mark.parametrize("label", ["Ivan Lavrov", "A.Lavrov", "Мария Лаврова", "Lavrov and Kerry"])
def test_other_people_sharing_a_surname_are_not_the_official(label: str) -> None:
    assert find_known_speaker(label) is None
    assert canonical_speaker(label) != "Sergey Lavrov"


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("Question", True),
        ("Question (retranslated from English):", True),
        ("Вопрос", True),
        ("ВОПРОС", True),
        ("Q", True),
        ("Question to Sergey Lavrov", True),
        ("Questions remain", False),
        ("Sergey Lavrov", False),
        ("Olga Belova", False),
        ("", False),
    ],
)
def test_is_question_label(label: str, expected: bool) -> None:
    assert is_question_label(label) is expected


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("Question", "question"),
        ("Вопрос (перевод с английского)", "question"),
        ("Answer", "answer"),
        ("Ответ", "answer"),
        ("Sergey Lavrov (after J.Kerry)", "known"),
        ("C.В.Лавров", "known"),
        ("J. Smith", "initials"),
        ("J. Kerry", "known"),
        ("KE", "abbrev"),
        ("Speaker 2", "anonymous"),
        ("Реплика", "anonymous"),
        ("Anna Petrova, Volna radio station", "name"),
        ("И.П. СИДОРОВ", "initials"),
        ("Moderator", "role"),
        ("President of Finland Tarja Halonen (retranslated)", "post"),
        ("Olga Belova", "name"),
        # Ordinary text before a colon is no label.
        ("We agreed on the following", None),
        ("The following principles remain unchanged for us", None),
        ("Мы договорились о следующем", None),
        ("At 10", None),
        ("http", None),
        ("He said, and I quote", None),
        ("Sergey Lavrov, speaking in English", "known"),
        ("Question, TASS", "question"),
        ("Moscow, Russia", None),
        ("A" * 90, None),
        ("", None),
    ],
)
def test_label_kind(label: str, kind: str | None) -> None:
    assert label_kind(label) == kind


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Foreign Minister Sergey Lavrov's remarks and answers to media questions at a joint "
            "news conference with Israeli Foreign Minister Gabriel Ashkenazi, Moscow, "
            "March 17, 2021",
            "Sergey Lavrov",
        ),
        (
            "Foreign Minister Sergey Lavrov’s interview with RT, Moscow, May 5, 2020",
            "Sergey Lavrov",
        ),
        (
            "Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, March 18, 2021",
            "Maria Zakharova",
        ),
        (
            "Выступление и ответы на вопросы СМИ Министра иностранных дел России С.В.Лаврова "
            "в ходе пресс-конференции, Москва, 17 марта 2021 года",
            "Sergey Lavrov",
        ),
        ("Брифинг официального представителя МИД России М.В.Захаровой", "Maria Zakharova"),
        ("Интервью Сергея Лаврова газете «Коммерсант»", "Sergey Lavrov"),
        # The speaker named first wins over one mentioned later.
        ("Maria Zakharova’s comment on Sergey Lavrov’s visit to Turkey", "Maria Zakharova"),
        ("Deputy Foreign Minister Sergey Ryabkov’s interview with Kommersant", "Sergey Ryabkov"),
        # Unknown officials: a post and a possessive, or "by" a post and a name.
        ("Deputy Foreign Minister Ivan Petrov’s interview with Izvestia", "Ivan Petrov"),
        ("Remarks by Ambassador Ivan Petrov at the reception, Minsk, May 9, 2019", "Ivan Petrov"),
        # A partner named after "with" is not the speaker; a department is not a person.
        ("Talks with Israeli Foreign Minister Gabriel Ashkenazi, Moscow", None),
        (
            "Comment by the Information and Press Department on the US State Department’s report",
            None,
        ),
        ("Joint statement on the Caspian Sea", None),
        # A name after the topic is what the page is about (a press release), not a speaker.
        ("Press release on Foreign Minister Sergey Lavrov’s telephone conversation", None),
        ("О телефонном разговоре Министра иностранных дел России С.В.Лаврова с коллегой", None),
        ("Foreign Minister Sergey Lavrov’s remarks on Syria, Moscow, May 5, 2020", "Sergey Lavrov"),
    ],
)
def test_speaker_from_title(title: str, expected: str | None) -> None:
    assert speaker_from_title(title) == expected


def test_known_speakers_and_aliases() -> None:
    names = {speaker.name for speaker in KNOWN_SPEAKERS}
    assert {"Sergey Lavrov", "Maria Zakharova", "Vladimir Putin"} <= names
    lavrov = next(s for s in KNOWN_SPEAKERS if s.name == "Sergey Lavrov")
    for alias in (
        "lavrov", "sergey lavrov", "sergei lavrov", "лавров", "лаврова", "лаврову",
        "лавровым", "лаврове", "с.в.лавров", "сергея лаврова", "s.lavrov",
    ):  # fmt: skip
        assert alias in lavrov.aliases
    zakharova = next(s for s in KNOWN_SPEAKERS if s.name == "Maria Zakharova")
    assert {"захарова", "захаровой", "захарову", "м.в.захаровой", "zakharova"} <= set(
        zakharova.aliases
    )
    for speaker in KNOWN_SPEAKERS:
        assert all(alias == alias.lower().strip() for alias in speaker.aliases)
        assert len(set(speaker.aliases)) == len(speaker.aliases)


@pytest.mark.parametrize(
    ("span", "name"),
    [
        ("Foreign Minister Sergey Lavrov", "Sergey Lavrov"),
        ("официального представителя МИД России Марии Захаровой", "Maria Zakharova"),
        ("Turkish counterpart Mevlut Cavusoglu", "Mevlut Cavusoglu"),
        ("по словам Ивана Петрова", "Ivan Petrov"),  # the case form undone, then in Latin
        ("Мария Львова-Белова", "Maria Lvova-Belova"),  # both parts of a double surname capitalised
        ("по словам Марии Львовой-Беловой", "Maria Lvova-Belova"),  # each part declines
        ("Ivan Lavrov", "Ivan Lavrov"),  # not Sergey Lavrov
        ("Russian Foreign Minister Sergey Lavroy", "Sergey Lavrov"),  # one letter misspelt
        ("IVAN SOKOLOV", "Ivan Sokolov"),
        ("Nebenzia", "Vassily Nebenzia"),
        ("President V.Putin", "Vladimir Putin"),
        # A patronymic between the first name and surname, in any case.
        ("Владимир Владимирович Путин", "Vladimir Putin"),
        ("Дмитрия Анатольевича Медведева", "Dmitry Medvedev"),
        ("Иван Иванович Петров", "Ivan Petrov"),
        # An institution's name before the first name and surname.
        ("глава Минцифры Максут Шадаев", "Maksut Shadayev"),
        # Not people: institutions, places, a surname alone that is not a known person's.
        ("The White House", None),
        ("Russian Foreign Ministry", None),
        ("Moscow", None),
        ("the minister", None),
        ("Abdelrahim", None),  # a lone surname of no one known
        ("Safadi", "Ayman Safadi"),
        ("Сергей Викторович", None),  # a first name and patronymic: an address, no surname
        ("NATO", None),
    ],
)
def test_person_name(span: str, name: str | None) -> None:
    assert person_name(span) == name
