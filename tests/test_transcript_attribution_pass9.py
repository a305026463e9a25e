"""Who said it on news retellings, pass 9 (issue 8): speakers named by their post only, after
the story named them, and dates stated near the top of a page.

The pages here are written for these tests in the layouts met on news sites. A wrong speaker
is the worst bug: where the page does not say who speaks, the passage stays unknown.
"""

from __future__ import annotations

import pytest

from tests.conftest import said_by as _said_by

GRUSHKO = "Alexander Grushko"
_ENVOY_STORY = (
    "Diplomat says the alliance keeps to old schemes\n\n"
    "MOSCOW, May 3. /TASS/. The alliance keeps to the schemes of the past, Russian Deputy "
    "Foreign Minister Alexander Grushko said in an interview with TASS on Friday.\n\n"
    '"We will find an answer to every step of this kind," Grushko noted.\n\n'
    '"Any talks must start with restoring contacts between the militaries," {closing}\n'
)


@pytest.mark.parametrize(
    ("closing", "his"),
    [
        # "Russia's envoy to NATO", "the Russian ambassador in Brussels": the place the post
        # is held at does not make it someone else's.
        ("Russia's envoy to NATO said.", True),
        ("the Russian envoy in Brussels stressed.", True),
        ("the high-ranking diplomat and Russian envoy to the alliance stressed.", True),
        # A former post of Russia's: the person named last.
        ("Russia's former envoy to NATO said.", True),
        ("the high-ranking diplomat and former Russian envoy to the alliance stressed.", True),
        # Someone else, or two people.
        ("the ambassador to Russia said.", False),
        ("the US envoy to NATO said.", False),
        ("the Russian diplomat and the Finnish envoy to NATO said.", False),
        ("a Russian diplomat in Brussels said.", False),
    ],
)
def test_a_post_with_its_host_is_the_russian_official_named_before(closing: str, his: bool) -> None:
    grushko = _said_by(_ENVOY_STORY.format(closing=closing), GRUSHKO)
    assert ("restoring contacts between the militaries" in grushko) is his


def test_a_former_russian_envoy_in_russian_is_the_person_named_last() -> None:
    page = (
        "Грушко: альянс живёт схемами прошлого\n\n"
        "МОСКВА, 3 мая. /ТАСС/. Альянс действует по старым схемам, заявил ТАСС заместитель "
        "министра иностранных дел России Александр Грушко.\n\n"
        "«Мы найдём ответ на каждый такой шаг», — подчеркнул Грушко.\n\n"
        "«Восточный фланг — пустая трата денег», — добавил бывший постпред России при НАТО.\n\n"
        "«Нам нечего обсуждать», — добавил бывший постпред Франции при НАТО.\n"
    )
    grushko = _said_by(page, GRUSHKO)
    assert "пустая трата денег" in grushko
    assert "Нам нечего обсуждать" not in grushko
