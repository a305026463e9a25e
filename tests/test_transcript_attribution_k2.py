"""Who said it, and where a sentence ends, in English news copy (issue 8, read on real set K).

A quote closed by its speaker with the post spelt out ('"...," Deputy Chairman of the Security
Council Dmitry Medvedev wrote on Telegram') is his; a known person's other spelling is his
surname alone too ("Polyanskiy emphasized"); "Polyanskiy’s statement underscored ... ." is a
sentence, not the page's title (nor is the text above it dropped); "Jan. 28" ends no sentence.

The pages are written for these tests in the layouts of agency copy.
"""

from __future__ import annotations

from retrieval.speakers import person_name
from retrieval.transcript import parse_transcript
from retrieval.transcript._sizing import sentence_spans
from retrieval.transcript._turns import _paragraphs
from tests.conftest import said_by as _said_by

MEDVEDEV, POLYANSKY = "Dmitry Medvedev", "Dmitry Polyanskiy"


def test_a_quote_closed_by_its_speaker_with_his_post_spelt_out_is_his() -> None:
    page = (
        "Security Council\n\n"
        '"A nuclear power that loses a war can start a wider one," said Dmitry Medvedev.\n\n'
        '"Nuclear powers do not lose the conflicts their fate depends on," Deputy Chairman of '
        "the Russian Security Council Dmitry Medvedev wrote on Telegram today, quoted by TASS."
    )
    assert "Nuclear powers do not lose" in _said_by(page, MEDVEDEV)


def test_another_spelling_of_a_known_surname_names_him_and_a_possessive_sentence_is_no_title() -> (
    None
):
    page = (
        "The Security Council met on Tuesday as Russia’s Deputy Permanent Representative, "
        "Dmitry Polyanskiy, warned against troops of the alliance in Ukraine.\n\n"
        "Speaking to TASS after a closed meeting, Polyanskiy emphasized that Moscow would not "
        "accept such a deployment.\n\n"
        "Polyanskiy’s statement underscored a turning point in the talks between Russia and "
        "its rivals.\n\n"
        "«This option is clear to us, and we are ready to consider it», he said."
    )
    document = parse_transcript(page, "page")
    assert document.title == "Untitled transcript"
    text = " ".join(p.text for p in document.passages)
    assert "The Security Council met on Tuesday" in text  # nothing above is dropped
    assert "Moscow would not accept" in _said_by(page, POLYANSKY)
    assert "we are ready to consider it" in _said_by(page, POLYANSKY)
    # An official title with a possessive stays one.
    official = (
        "Foreign Minister Sergey Lavrov’s answers to media questions following the annual "
        "session of the Discussion Club.\n\n"
        "Question: How do you see the world?\n\n"
        "Sergey Lavrov: It is changing."
    )
    assert parse_transcript(official, "page").title.startswith("Foreign Minister Sergey Lavrov")


def test_a_month_cut_short_before_a_day_ends_no_sentence() -> None:
    text = "He spoke on Jan. 28, referring to the West. Exports stop from Sept. 1 next year."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "He spoke on Jan. 28, referring to the West.",
        "Exports stop from Sept. 1 next year.",
    ]


def test_the_president_in_a_story_about_a_long_serving_president_is_him() -> None:
    page = (
        "Владимир Путин заявил, что нужно больше думать о своей экономике.\n"
        "Также Путин пошутил об отсутствии своего имени в списке.\n"
        "«Обидно»,\n"
        "— сказал президент.\n"
        "Напомним, что всего в списке 210 человек."
    )
    assert "Обидно" in _said_by(page, "Vladimir Putin")
    assert "Напомним" not in _said_by(page, "Vladimir Putin")
    # Medvedev was president for four years only: a story must call him so.
    medvedev = "Дмитрий Медведев заявил, что санкции не помогут.\n«Это ошибка», — сказал президент."
    assert "Это ошибка" not in _said_by(medvedev, MEDVEDEV)


def test_a_statement_made_after_a_phrase_and_a_signed_quote_box_are_the_speakers() -> None:
    page = (
        "Члены организации готовы направить в страну миссию наблюдателей. Соответствующее "
        "заявление в ходе брифинга с журналистами в Москве сделала официальный представитель "
        "МИД Мария Захарова. Её попросили оценить слова министра соседней страны.\n"
        "Вы знаете, я не хочу разбирать, что имел в виду этот политик. Если речь идёт об "
        "обязательствах, мы готовы направить миссию.\n"
        "Мария Захарова, официальный представитель МИД РФ\n"
        "В министерстве добавили, что Москва опирается на прежние договорённости."
    )
    zakharova = _said_by(page, "Maria Zakharova")
    assert "готовы направить в страну миссию" in zakharova
    assert "я не хочу разбирать" in zakharova
    assert "В министерстве добавили" not in zakharova


def test_a_dash_quote_after_a_sentence_and_a_tag_line_over_the_headline() -> None:
    page = (
        "Сергей Шойгу армия учения Сергей Шойгу\n\n"
        "Шойгу объявил о завершении проверки войск\n\n"
        "Министр обороны России Сергей Шойгу поручил вернуть войска к местам дислокации, "
        "сообщает агентство.  — Считаю, что цели проверки достигнуты полностью.\n\n"
        "Войска показали готовность к обороне страны, — заявил Шойгу."
    )
    document = parse_transcript(page, "page")
    assert document.title == "Шойгу объявил о завершении проверки войск"
    assert "цели проверки достигнуты" in _said_by(page, "Sergei Shoigu")


def test_a_tag_pages_bullet_headline_under_a_story_starts_the_next_story() -> None:
    lines: list[str | None] = [
        "The High Representative stressed the need to stop the fighting …",
        "• Lavrov: Prospects of a settlement are 'fairly good'",
    ]
    assert _paragraphs(lines) == lines
    # Bullets under a line that introduces them, and dash replies, stay with it.
    listed: list[str | None] = ["The main conclusions are these:", "• reform;", "• new platforms."]
    assert _paragraphs(listed) == ["The main conclusions are these:\n• reform;\n• new platforms."]
    dashed: list[str | None] = ["«Это ошибка», — сказал он.", "– добавил дипломат."]
    assert len(_paragraphs(dashed)) == 1
    # An institution is nobody's name: "the Vice-President of the European Commission stressed".
    assert person_name("Vice-President of the European Commission") is None
