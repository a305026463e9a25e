"""A generated folder of transcripts for the trend tests: known words in known months.

Seeded, so every run writes the same files. Per month from January 2020 to December 2021 (24
months): one to three documents by Lavrov or Zakharova, with opening remarks, questions and
answers. ``grain`` is said in every month; ``uranium`` twice in all; ``sanctions`` at random,
also in journalists' questions and in some titles (which must not count as mentions); one
document has no date at all; one is in Russian (``санкции``).
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

MONTHS = (
    "January February March April May June July August September October November December"
).split()
FILLER = (
    "cooperation partners dialogue region security agreement economy trade visit meeting "
    "negotiations talks border energy transport culture education science investment"
).split()
SPEAKERS = (
    ("Sergey Lavrov", "Foreign Minister Sergey Lavrov's remarks"),
    ("Maria Zakharova", "Briefing by Foreign Ministry Spokeswoman Maria Zakharova"),
)
FIRST = dt.date(2020, 1, 1)
N_MONTHS = 24


def _sentence(rng: random.Random, extra: list[str]) -> str:
    words = rng.sample(FILLER, 8) + extra
    rng.shuffle(words)
    return "We discussed " + " ".join(words) + " with our colleagues in detail today."


def _paragraph(rng: random.Random, extra: list[str]) -> str:
    # Three sentences: over the 30 words under which a paragraph joins the next one.
    return " ".join(_sentence(rng, extra if i == 1 else []) for i in range(3))


def write_trend_corpus(folder: Path, seed: int = 7) -> None:
    """Write the transcripts into ``folder`` (created if needed)."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    uranium_months = {3, 17}
    serial = 0
    for k in range(N_MONTHS):
        year, month = FIRST.year + (FIRST.month - 1 + k) // 12, (FIRST.month - 1 + k) % 12 + 1
        for n in range(rng.randint(1, 3)):
            serial += 1
            day = rng.randint(1, 28)
            speaker, heading = SPEAKERS[rng.randint(0, 1)]
            topic = " on sanctions" if rng.random() < 0.2 else ""
            title = f"{heading}{topic}, Moscow, {MONTHS[month - 1]} {day}, {year}"
            body = [_paragraph(rng, ["grain"] if n == 0 else [])]
            if k in uranium_months and n == 0:
                body.append(_paragraph(rng, ["uranium", "enrichment"]))
            for _ in range(rng.randint(1, 3)):
                asked = ["sanctions"] if rng.random() < 0.4 else []
                body.append(f"Question: What about {' '.join(asked + rng.sample(FILLER, 3))}?")
                said = ["sanctions"] if rng.random() < 0.3 else []
                body.append(f"{speaker}: {_paragraph(rng, said)}")
            text = (
                f"{day} {MONTHS[month - 1]} {year}12:00\n\n{title}\n\n\n  • en-GB1 ru-RU1\n\n\n"
                + "\n\n".join(body)
                + "\n\nAdditional materials\n"
            )
            (folder / f"{year}-{month:02d}-{day:02d}_{serial:03d}.txt").write_text(text, "utf-8")
    undated = (
        "Foreign Minister Sergey Lavrov's remarks\n\n\n  • en-GB1 ru-RU1\n\n\n"
        + _paragraph(rng, ["grain", "sanctions"])
        + "\n"
    )
    (folder / "undated_remarks.txt").write_text(undated, "utf-8")
    russian = (
        "5 мая 202112:00\n\nБрифинг официального представителя МИД России М.В.Захаровой, Москва,"
        " 5 мая 2021 года\n\n\n  • en-GB1 ru-RU1\n\n\n"
        "Мы снова обсуждали санкции и их последствия для торговли зерном. Западные страны вводят"
        " всё новые ограничения, хотя сами признают, что они не работают. Мы будем и дальше"
        " выстраивать торговлю с теми партнёрами, которые готовы к равноправному сотрудничеству.\n"
    )
    (folder / "2021-05-05_zakharova_ru.txt").write_text(russian, "utf-8")
