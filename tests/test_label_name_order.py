"""Labels that name a person other than as "First Surname": the Ministry's surname-first lists
("ПЕТРОВ Иван Сергеевич"), initials after the surname, a patronymic between, a post alone on
an interview page. The person is shown by first name and surname, as the page names them.

The pages and names here are written for these tests.
"""

from __future__ import annotations

import pytest

from retrieval.speakers import canonical_speaker
from tests.conftest import speaker_of


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("ПЕТРОВ Иван Сергеевич, Посол России в Чили", "Ivan Petrov"),
        ("Петров Иван Сергеевич (Посол России в Чили)", "Ivan Petrov"),
        ("Посол России в Чили Петров Иван Сергеевич", "Ivan Petrov"),
        ("PETROV Ivan Sergeevich, Ambassador of Russia to Chile", "Ivan Petrov"),
        ("Lukashin Alexander Kazimirovich", "Alexander Lukashin"),
        # The first name had been cut with the posts: 'Sergeyevich Petrov'.
        ("Заместитель Министра иностранных дел России Иван Сергеевич Петров", "Ivan Petrov"),
        ("Ambassador of Russia to Chile Alexander Sergeevich Petrov", "Alexander Petrov"),
        ("Посол России в Японии Михаил Юрьевич Галузин", "Mikhail Galuzin"),
        # Initials after the surname go before it, as the Ministry writes them.
        ("Петров И.С.", "I.S.Petrov"),
        # Posts of an embassy.
        ("Chargé d'Affaires Ivan Petrov", "Ivan Petrov"),
        ("Временный поверенный в делах России в Чили Иван Петров", "Ivan Petrov"),
    ],
)
def test_a_label_names_first_name_and_surname(label: str, name: str) -> None:
    assert canonical_speaker(label) == name


def test_a_name_and_patronymic_without_a_surname_stay_as_written() -> None:
    # An address by name and patronymic names no surname to reorder.
    assert canonical_speaker("Сергей Викторович") == "Sergey Viktorovich"
    assert canonical_speaker("Alexander Lukashevich") == "Alexander Lukashevich"


_INTERVIEW = (
    "{title}\n\n"
    "Вопрос: Как вы оцениваете торговлю между странами?\n\n"
    "{label}: Товарооборот в прошлом году вырос почти на треть.\n\n"
    "Вопрос: А туризм?\n\n"
    "{label}: Туристов стало больше.\n"
)


@pytest.mark.parametrize(
    ("title", "label"),
    [
        # The title names him with his patronymic, in the genitive.
        ("Интервью Посла России в Чили Ивана Сергеевича Петрова газете «Меркурио»", "И.С.Петров"),
        # Initials after the surname.
        ("Интервью Посла России в Чили Ивана Петрова газете «Меркурио»", "Петров И.С."),
        ("Интервью Посла России в Чили Ивана Петрова газете «Меркурио»", "ПЕТРОВ И.С."),
        # A post and the surname.
        ("Интервью Посла России в Чили Ивана Петрова газете «Меркурио»", "Посол Петров"),
    ],
)
def test_initials_and_surnames_take_the_full_name_the_title_gives(title: str, label: str) -> None:
    page = _INTERVIEW.format(title=title, label=label)
    assert speaker_of(page, "Товарооборот") == "Ivan Petrov"
    assert speaker_of(page, "Туристов") == "Ivan Petrov"


_ENGLISH_INTERVIEW = (
    "Interview of the Russian Ambassador to Chile Ivan Petrov to El Mercurio\n\n"
    "Question: How do you assess trade?\n\n"
    "{label}: Trade grew by a third.\n\n"
    "Question: And tourism?\n\n"
    "{label}: There are more tourists.\n"
)


@pytest.mark.parametrize("label", ["Ambassador", "The Ambassador", "Ambassador Petrov"])
def test_the_post_the_title_gives_the_interviewee_labels_him(label: str) -> None:
    page = _ENGLISH_INTERVIEW.format(label=label)
    assert speaker_of(page, "Trade grew") == "Ivan Petrov"
    assert speaker_of(page, "more tourists") == "Ivan Petrov"


def test_a_post_the_title_does_not_give_him_is_not_his() -> None:
    page = _ENGLISH_INTERVIEW.format(label="Minister")
    assert speaker_of(page, "Trade grew") != "Ivan Petrov"


@pytest.mark.parametrize(
    ("title", "name"),
    [
        (
            "Statement by the Permanent Representative of the Russian Federation to the OSCE "
            "Ivan Petrov at the meeting of the Permanent Council, Vienna, 12 March 2024",
            "Ivan Petrov",
        ),
        ("Statement by Mr. Ivan PETROV, Representative of the Russian Federation", "Ivan Petrov"),
        ("Statement by H.E. Mr. Ivan Petrov, Permanent Representative", "Ivan Petrov"),
        ("Statement of the Russian Federation delivered by Ivan Petrov, Director", "Ivan Petrov"),
        (
            "Выступление Постоянного представителя Российской Федерации при ООН Ивана Петрова "
            "на заседании СБ ООН",
            "Ivan Petrov",
        ),
        (
            "Заявление Постоянного представителя России при ОБСЕ И.С.Петрова на заседании",
            "I.S.Petrov",
        ),
    ],
)
def test_a_title_of_one_persons_statement_names_him_however_long_his_post(
    title: str, name: str
) -> None:
    from retrieval.speakers import speaker_from_title

    assert speaker_from_title(title) == name


@pytest.mark.parametrize(
    "title",
    [
        "Statement by the Russian Federation at the Third Committee",
        "Interview with the Financial Times",
        "Заявление МИД России в связи с ситуацией в Сирии",
    ],
)
def test_a_statement_title_without_a_persons_name_names_no_one(title: str) -> None:
    from retrieval.speakers import speaker_from_title

    assert speaker_from_title(title) is None


def test_a_numeric_date_before_a_statements_title_is_a_line_of_its_own() -> None:
    from retrieval.transcript import parse_transcript

    page = (
        "14.03.05. Statement by Ivan Petrov, Acting Permanent Representative of the Russian "
        "Federation to the UN, Security Council Meeting on Freedonia, March 14, 2005\n\n"
        "Esteemed Mr. President,\n\n"
        "No plan should be forced on the two sides.\n"
    )
    document = parse_transcript(page, "page")
    assert document.title.startswith("Statement by Ivan Petrov")  # had been untitled
    assert speaker_of(page, "No plan should be forced") == "Ivan Petrov"


def test_opening_remarks_name_their_speaker() -> None:
    remarks = (
        "Вступительное слово И.С.Петрова в ходе переговоров с Министром иностранных дел "
        "Фридонии К.Аль-Хасаном (Москва, 14 марта 2022 года)\n"
        "Рады видеть вас в Москве.\n"
        "Сегодня обсудим региональные темы.\n"
    )
    assert speaker_of(remarks, "Рады видеть вас") == "I.S.Petrov"


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("President of Freedonia Karl Van den Berg", "Karl Van den Berg"),  # had been 'Berg'
        ("President of the Netherlands Jan van der Berg", "Jan van der Berg"),
        (
            "Federal President of the Republic of Freedonia Karl Van den Berg (retranslated)",
            "Karl Van den Berg",
        ),
        ("Ambassador to Japan Galuzin", "Mikhail Galuzin"),
    ],
)
def test_a_name_with_particles_keeps_them_and_its_first_name(label: str, name: str) -> None:
    assert canonical_speaker(label) == name


def test_a_long_post_label_of_a_name_with_particles_is_a_label() -> None:
    page = (
        "Talks with President of Freedonia Karl Van den Berg\n\n"
        "March 3, 2019, Fredonburg\n\n"
        "Vladimir Putin held talks with Karl Van den Berg.\n\n"
        "* * *\n\n"
        "News conference following talks with Federal President of the Republic of Freedonia "
        "Karl Van den Berg\n\n"
        "Federal President of the Republic of Freedonia Karl Van den Berg (retranslated): "
        "Mr President,\n\n"
        "We have built a solid basis for further talks.\n"
    )
    assert speaker_of(page, "solid basis") == "Karl Van den Berg"


def test_a_long_statement_heading_repeating_of_the_un_is_no_tag_cloud() -> None:
    from retrieval.transcript import parse_transcript

    page = (
        "Permanent Mission of the Russian Federation to the League of Freedonian States\n\n"
        "Permanent Mission of the Russian Federation to the League of Freedonian States\n\n"
        "Statement of Permanent Representative Ivan Petrov at the Adoption of the UN Security "
        "Council Resolution on the Extension of the Mandate of the UN Observer Mission in "
        "Freedonia\n\n"
        "Mr President,\n\n"
        "Russia believes that the resolution will help keep the calm.\n"
    )
    assert parse_transcript(page, "page").title.startswith("Statement of Permanent")
    assert speaker_of(page, "help keep the calm") == "Ivan Petrov"
