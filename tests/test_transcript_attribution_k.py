"""Who said it in news copy (issue 8, three wrong speakers read on real set K).

"сказал пресс-секретарь президента" names the aide the story is about, never a minister the
story also recalls, and a story that quotes two officials once each is about the one it names
more; "Putin stressed that ..., Ushakov said." is Ushakov's; a tag page's headline in a label's
form ("Medvedev: ...") does not hand the stories under it to that person.

The pages are written for these tests in the layouts of agency copy and tag pages.
"""

from __future__ import annotations

from retrieval.speakers import UNKNOWN_SPEAKER
from tests.conftest import said_by as _said_by

PESKOV, LAVROV = "Dmitry Peskov", "Sergey Lavrov"
PUTIN, USHAKOV, MEDVEDEV = "Vladimir Putin", "Yuri Ushakov", "Dmitry Medvedev"

_QUOTE = (
    "«Мы будем отвечать на эти шаги так, как сочтём нужным», - сказал пресс-секретарь "
    "президента на брифинге с журналистами."
)
_BACKGROUND = "Ранее глава МИД Сергей Лавров также заявил, что у России «много партнёров» в мире."


def test_the_presidents_spokesman_is_the_aide_the_story_names_not_the_minister() -> None:
    page = (
        "Песков отреагировал на заморозку активов, сообщает ИА REGNEWS.RU.\n"
        "В Кремле прокомментировали решение заморозить счета российских компаний.\n"
        f"{_QUOTE}\n"
        f"{_BACKGROUND}\n"
        "Также Дмитрий Песков прокомментировал новый закон о связи.\n"
        "«Закон принят, его надо исполнять», - сказал он."
    )
    assert "Мы будем отвечать на эти шаги" in _said_by(page, PESKOV)
    assert "Мы будем отвечать на эти шаги" not in _said_by(page, LAVROV)
    assert "Закон принят" in _said_by(page, PESKOV)


def test_the_presidents_spokesman_is_nobody_when_only_a_minister_is_named() -> None:
    page = f"В Кремле ответили на решение о заморозке счетов.\n{_QUOTE}\n{_BACKGROUND}"
    assert "Мы будем отвечать на эти шаги" in _said_by(page, UNKNOWN_SPEAKER)
    assert "Мы будем отвечать на эти шаги" not in _said_by(page, LAVROV)
    # The minister's own words stay his.
    english = (
        "Kremlin answers on frozen assets\n\n"
        '"We will respond as we see fit," the presidential spokesman told reporters.\n\n'
        'Earlier, Foreign Minister Sergey Lavrov said that Russia "has many partners".'
    )
    assert "We will respond" not in _said_by(english, LAVROV)


def test_a_closing_attribution_after_its_subject_takes_the_whole_sentence() -> None:
    page = (
        "Aide briefs reporters on the visit to India\n\n"
        "Presidential aide Yury Ushakov told reporters about the visit on Friday.\n\n"
        "Putin stressed that India is a close partner and that trade keeps growing, Ushakov "
        "said. The visit will be the first in two years.\n\n"
        "Putin said in a telephone call that the talks would be useful."
    )
    assert "India is a close partner" in _said_by(page, USHAKOV)
    assert "India is a close partner" not in _said_by(page, PUTIN)
    # A bare "he said" inside a clause is no closing attribution: the sentence stays the
    # ambassador's, as before.
    clause = (
        "Antonov on the dialogue\n\n"
        "Ambassador Anatoly Antonov said that relations were at a low point.\n\n"
        "He called on Washington to fight the pandemic together, something he said Russia "
        "is ready to do."
    )
    assert "fight the pandemic together" in _said_by(clause, "Anatoly Antonov")


def test_a_tag_pages_headline_in_a_labels_form_is_no_turn_of_that_person() -> None:
    page = (
        "Security Council\n\n"
        "Medvedev: A Lost War Could Lead to a Wider Conflict\n\n"
        '"A nuclear power that loses a war can start a wider conflict," said Dmitry Medvedev.\n\n'
        "Moscow Protests Over the Transit Ban\n\n"
        "Russia summoned the envoy of the European Union over the transit ban, news agencies "
        "reported.\n\n"
        "Sanctions Widen\n\n"
        "Washington will impose new sanctions on Russian officials, the White House said."
    )
    assert "can start a wider conflict" in _said_by(page, MEDVEDEV)
    assert "summoned the envoy" not in _said_by(page, MEDVEDEV)
    assert "new sanctions" not in _said_by(page, MEDVEDEV)
    assert "summoned the envoy" in _said_by(page, UNKNOWN_SPEAKER)


def test_a_headline_in_a_labels_form_over_widget_lines_is_narration_too() -> None:
    page = (
        "Ryabkov says the position is unchanged\n\n"
        "Ryabkov: Russia Will Not Test Unless Others Do\n"
        "0\n"
        "On\n"
        "Off\n\n"
        '"Nothing has changed," Deputy Foreign Minister Sergey Ryabkov told reporters.\n\n'
        "Earlier, Foreign Minister Sergey Lavrov said that the doctrine was being clarified."
    )
    assert "Nothing has changed" in _said_by(page, "Sergey Ryabkov")
    assert "doctrine was being clarified" in _said_by(page, LAVROV)
    assert "doctrine was being clarified" not in _said_by(page, "Sergey Ryabkov")
