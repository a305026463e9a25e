"""Alerts benchmark: 1,000 watches, a 50-document import, and people asking meanwhile.

Three processes, as in ``bench/bot.py``: this driver, the fake Bot API server
(``python -m tests.fake_bot_api``) and the bot (``statements-bot run``).

1. The bot runs with the flood limiter off and 1,000 users each send ``/watch <query>`` (a mix
   of topics, topics said by a speaker, speakers alone, phrases, a language filter).
2. The bot is restarted under Telegram's cap (30 messages a second). Fifty generated transcripts
   are written into the data folder and the admin sends ``/reload`` (an import goes through the
   same ``AnswerService.reload()`` and so the same hook). From then on, questions arrive from
   distinct users at ``--ask-rate`` a second until every alert is out.

Reported: the reload, the time to evaluate every watch against the new passages (the bot's own
log line), alerts delivered per second under the cap, answer latency (posting a question to its
reply being recorded) p50/p99/max for questions asked while alerts were going out, and checks:
every queued alert delivered, none twice, the outbox empty.

``--in-process DOCS`` times the evaluation alone, in this process, after ``DOCS`` generated
transcripts (about 15 passages each) are already served: how it grows with the corpus.

Usage: ``python bench/alerts.py [--watches 1000] [--documents 50] [--runs 3] [--in-process DOCS]
[--json out.json]``
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from machine import bench_bot_module, describe

ROOT = Path(__file__).resolve().parent.parent
ADMIN = 1
WATCHER_BASE = 200_000
ASKER_BASE = 300_000
#: The bot's log line for one evaluation (bot/watches.py).
EVALUATION_LINE = re.compile(
    r"watches: (\d+) new passages, (\d+) watches, (\d+) matched, (\d+) messages queued"
    r" \((\d+) more matches held\) in ([\d.]+)s"
)

# Sentences the generated transcripts are made of (written for this benchmark; the topics are
# the ones the watches below ask about, so some watches match often, some rarely, some never).
TOPIC_SENTENCES = (
    "The unilateral sanctions imposed by Washington and Brussels violate international law and "
    "hurt ordinary people far more than the governments they claim to target.",
    "We have never asked anyone to lift the sanctions, and our economy has adapted to them.",
    "NATO keeps moving its military infrastructure closer to our borders, despite every "
    "assurance given in the past about the alliance not expanding to the east.",
    "The expansion of the alliance has not made Europe any safer; each new wave has only added "
    "to the tension.",
    "The International Criminal Court has long become a political instrument in the hands of "
    "a small group of Western countries.",
    "We do not recognise the jurisdiction of the ICC, and its decisions have no legal force for "
    "Russia.",
    "Shipments of grain and fertiliser to the poorest countries must not be held hostage to "
    "the sanctions that still block payments, insurance and port calls.",
    "The Black Sea grain arrangements were a package, and the part concerning Russian exports "
    "was never implemented.",
    "The Arctic Council was created for practical cooperation, and freezing it for political "
    "reasons harms the indigenous peoples of the North first of all.",
    "Navigation along the Northern Sea Route is growing, and we are investing in icebreakers, "
    "ports and rescue centres along the whole route.",
    "The visa restrictions introduced by several European capitals punish students, families "
    "and tourists, not officials.",
    "We are ready to restore a normal visa regime on a mutual basis whenever our partners are.",
    "The situation in Syria requires respect for the country's sovereignty and the withdrawal of "
    "foreign troops that are present there illegally.",
    "The Constitutional Committee in Geneva should work without outside interference and "
    "without artificial deadlines.",
    "Strategic stability cannot be discussed in isolation from the missile defence plans of the "
    "United States and the deployment of intermediate-range missiles.",
    "The New START Treaty was the last instrument limiting the strategic arsenals of the two "
    "largest nuclear powers.",
    "Our cooperation within BRICS is growing, and more and more countries want to join the "
    "association as partners.",
    "Payments in national currencies now account for most of our trade with our BRICS partners.",
    "The Shanghai Cooperation Organisation is becoming a key platform for security in Eurasia.",
    "The SCO members agreed to strengthen cooperation against terrorism and drug trafficking.",
    "Discrimination against Russian journalists abroad continues, and we will respond in kind "
    "whenever our media are denied accreditation.",
    "Freedom of the press cannot be a principle that applies only to Western media.",
    "The demolition of monuments to the Soviet soldiers who liberated Europe is an insult to "
    "the memory of millions who gave their lives in the Second World War.",
    "We will continue to protect the memorial sites and the graves of our soldiers abroad.",
    "Reform of the Security Council should give a stronger voice to Asia, Africa and Latin "
    "America, while keeping the Council compact and efficient.",
    "The veto remains the guarantee that the great powers seek compromise within the United "
    "Nations.",
    "The settlement in the South Caucasus should rest on the trilateral statements and the "
    "unblocking of transport links.",
    "The North-South transport corridor will connect the Baltic Sea with the Persian Gulf and "
    "the Indian Ocean.",
    "Energy cooperation with our partners in Asia continues to grow despite the pressure.",
    "The Caspian states alone are responsible for security on the sea and for its biological "
    "resources.",
    "Climate policy must not become a pretext for trade barriers against developing countries.",
    "Cultural exchanges, tours and film weeks keep bridges between peoples open even in "
    "difficult times.",
)
FILLER_SENTENCES = (
    "We discussed this in detail with our partners.",
    "I have already spoken about this many times.",
    "Our position has not changed and it is well known.",
    "We will continue our contacts at every level.",
    "The working groups will meet again in the coming weeks.",
    "We agreed to keep in touch and compare notes regularly.",
)
QUESTIONS = (
    "What is Russia's position on this matter?",
    "How do you assess the latest developments?",
    "Could you comment on the statements made in Western capitals this week?",
    "What are the prospects for progress here?",
)
#: What the 1,000 users watch (cycled): topics, topics by a speaker, speakers alone, phrases,
#: exclusions and a language filter; a few match nothing in the import.
WATCH_QUERIES = (
    "sanctions", "NATO expansion", "ICC", "International Criminal Court", "grain exports",
    "Arctic Council", "Northern Sea Route", "visas", "Syria", "Constitutional Committee",
    "New START", "missile defence", "BRICS", "national currencies", "SCO", "terrorism",
    "journalists accreditation", "monuments Soviet soldiers", "Security Council reform", "veto",
    "South Caucasus", "transport corridor", "energy Asia", "Caspian", "climate trade barriers",
    "film weeks", "What did Lavrov say about sanctions?", "Zakharova on journalists",
    "Lavrov NATO", "Zakharova monuments", "Zakharova", "Lavrov", "speaker:zakharova",
    "speaker:lavrov", '"Black Sea grain"', '"strategic stability"', "sanctions -grain",
    "sanctions lang:en", "санкции", "cryptocurrency mining", "Antarctic krill", "space debris",
)  # fmt: skip
ASK_QUESTIONS = (
    "What did Lavrov say about the ICC?",
    "Zakharova on sanctions",
    "NATO expansion",
    "Syria Constitutional Committee",
    "visas for journalists",
    "Arctic Council",
)


def generated_transcript(number: int, rng: random.Random) -> tuple[str, str]:
    """A file name and a transcript in the Foreign Ministry's layout: a briefing by Maria
    Zakharova or a news conference of Sergey Lavrov, with 6-9 question-and-answer turns."""
    day = dt.date(2027, 1, 1) + dt.timedelta(days=number)
    when = f"{day:%B} {day.day}, {day.year}"
    lavrov = number % 2 == 0
    speaker = "Sergey Lavrov" if lavrov else "Maria Zakharova"
    title = (
        "Foreign Minister Sergey Lavrov's remarks and answers to media questions at a news "
        f"conference, Moscow, {when}"
        if lavrov
        else f"Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, {when}"
    )
    lines = [f"{day.day} {day:%B %Y}12:00", "", title, ""]
    lines += [f"Source: https://example.invalid/bench/{number}", "", "  • en-GB1 ru-RU1", ""]
    topics = rng.sample(TOPIC_SENTENCES, 9)
    for turn in range(rng.randint(6, 9)):
        answer = [topics[turn], *rng.sample(FILLER_SENTENCES, 3)]
        rng.shuffle(answer)
        lines += [f"Question: {rng.choice(QUESTIONS)} (item {turn + 1}, document {number})", ""]
        lines += [f"{speaker}: " + " ".join(answer), ""]
    lines.append("Additional materials")
    return f"{day.isoformat()}_bench_alerts_{number:05d}.txt", "\n".join(lines)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q / 100 * len(ordered)))] if ordered else float("nan")


def make_watches(bench_bot: Any, server: Any, data_dir: Path, watches: int) -> None:
    """Phase 1: every watcher sends /watch, with the limiter off so set-up takes seconds."""
    bot = bench_bot.Bot(server, data_dir, rate_limit="0")
    try:
        since = server.get("/_control/stats")["sent"]
        updates = [
            bench_bot.private_update(
                10 + i, WATCHER_BASE + i, f"/watch {WATCH_QUERIES[i % len(WATCH_QUERIES)]}"
            )
            for i in range(watches)
        ]
        # Telegram gives bot commands their entity; PTB's CommandHandler looks for it.
        for update in updates:
            command = update["message"]["text"].split()[0]
            update["message"]["entities"] = [
                {"type": "bot_command", "offset": 0, "length": len(command)}
            ]
        server.post("/_control/updates", updates)
        server.get(f"/_control/wait?sent={since + watches}&timeout=120", timeout=130)
        replies = server.get(f"/_control/sent?since={since}")["sent"]
        added = sum("Watching" in r["message"]["text"] for r in replies)
        if added != watches:
            raise RuntimeError(f"only {added} of {watches} watches were added")
    finally:
        bot.stop()


def alerts_run(
    bench_bot: Any, watches: int, documents: int, ask_rate: float, seed: int
) -> dict[str, Any]:
    """One run of both phases in a fresh data folder; the measured figures."""
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = bench_bot.bundled_data(Path(tmp))
        os.environ["ADMIN_IDS"] = str(ADMIN)
        server = bench_bot.Server()
        try:
            make_watches(bench_bot, server, data_dir, watches)
            return _import_and_deliver(bench_bot, server, data_dir, documents, ask_rate, seed)
        finally:
            server.stop()


@dataclass
class _Stream:
    """What the driver saw while questions streamed in during the import."""

    asked: dict[int, float] = field(default_factory=dict)  # asker -> when the question went in
    alerts_at: list[float] = field(default_factory=list)
    reload_done: float | None = None
    evaluation: tuple[float, ...] | None = None  # the bot's log line, as numbers


def _import_and_deliver(
    bench_bot: Any, server: Any, data_dir: Path, documents: int, ask_rate: float, seed: int
) -> dict[str, Any]:
    """Phase 2: under the cap, the import, the alerts, and questions meanwhile."""
    bot = bench_bot.Bot(server, data_dir, rate_limit="30")
    try:
        time.sleep(2.0)  # the start-up evaluation (nothing new) and the command list
        rng = random.Random(seed)
        for number in range(documents):
            name, text = generated_transcript(number, rng)
            (data_dir / name).write_text(text, encoding="utf-8")
        since = server.get("/_control/stats")["sent"]
        reload_at = time.time()
        server.post("/_control/private_text", {"user_id": ADMIN, "text": "/reload"})
        stream = _ask_until_delivered(server, Path(bot.log.name), since, reload_at, ask_rate)
        sent = _wait_for_answers(server, since, stream.asked)
        log = Path(bot.log.name).read_text()
    finally:
        bot.stop()
    return _summary(stream, sent, reload_at, log, _outbox_left(data_dir))


def _ask_until_delivered(
    server: Any, log: Path, since: int, reload_at: float, ask_rate: float
) -> _Stream:
    """Post a question from a new user every ``1/ask_rate`` s until every queued alert is out
    (or none has gone out for a minute)."""
    stream = _Stream()
    cursor, last_growth = since, time.time()
    for i in itertools.count():
        due = reload_at + i / ask_rate
        if due > time.time():
            time.sleep(due - time.time())
        stream.asked[ASKER_BASE + i] = time.time()
        question = ASK_QUESTIONS[i % len(ASK_QUESTIONS)]
        server.post("/_control/private_text", {"user_id": ASKER_BASE + i, "text": question})
        if i % 5:
            continue
        page = server.get(f"/_control/sent?since={cursor}")
        cursor = page["next"]
        for record in page["sent"]:
            chat = int(record["message"]["chat"]["id"])
            if chat == ADMIN and stream.reload_done is None:
                stream.reload_done = record["at"]
            elif WATCHER_BASE <= chat < ASKER_BASE:
                stream.alerts_at.append(record["at"])
                last_growth = time.time()
        if stream.evaluation is None and (match := EVALUATION_LINE.search(log.read_text())):
            stream.evaluation = tuple(float(g) for g in match.groups())
        if stream.evaluation is not None and len(stream.alerts_at) >= stream.evaluation[3]:
            break
        if stream.reload_done is not None and time.time() - last_growth > 60:
            break  # stalled: reported as undelivered
    return stream


def _wait_for_answers(server: Any, since: int, asked: dict[int, float]) -> list[dict[str, Any]]:
    """Every message sent since ``since``, once the last questions have their replies."""
    deadline = time.time() + 60
    while True:
        sent: list[dict[str, Any]] = server.get(f"/_control/sent?since={since}")["sent"]
        answered = {int(r["message"]["chat"]["id"]) for r in sent} & set(asked)
        if len(answered) == len(asked) or time.time() > deadline:
            return sent
        time.sleep(0.5)


def _summary(
    stream: _Stream, sent: list[dict[str, Any]], reload_at: float, log: str, outbox: int
) -> dict[str, Any]:
    replied: dict[int, float] = {}
    alert_texts: Counter[tuple[int, str]] = Counter()
    for record in sent:
        chat = int(record["message"]["chat"]["id"])
        if chat >= ASKER_BASE:
            replied.setdefault(chat, record["at"])
        elif chat >= WATCHER_BASE:
            alert_texts[(chat, record["message"]["text"])] += 1
    alerts_at, evaluation = stream.alerts_at, stream.evaluation
    assert evaluation is not None and stream.reload_done is not None and alerts_at
    first_alert, last_alert = min(alerts_at), max(alerts_at)
    latency = {u: replied[u] - at for u, at in stream.asked.items() if u in replied}
    during = [
        latency[u]
        for u, at in stream.asked.items()
        if u in latency and first_alert <= at <= last_alert
    ]
    # From the /reload to the first alert: the build, then the evaluation in the bot's thread.
    before = [latency[u] for u, at in stream.asked.items() if u in latency and at < first_alert]
    return {
        "new_passages": int(evaluation[0]),
        "watches": int(evaluation[1]),
        "matched_watches": int(evaluation[2]),
        "alerts_queued": int(evaluation[3]),
        "matches_held": int(evaluation[4]),
        "evaluate_s": evaluation[5],
        "reload_s": stream.reload_done - reload_at,
        "alerts_delivered": len(alerts_at),
        "alerts_sent_twice": sum(n - 1 for n in alert_texts.values() if n > 1),
        "delivery_s": last_alert - first_alert,
        "deliveries_per_s": (len(alerts_at) - 1) / (last_alert - first_alert),
        # The flood limiter's bucket starts full: past its first second the rate is the cap's.
        "deliveries_per_s_after_1s": _rate_after(alerts_at, first_alert + 1.0),
        "first_alert_after_reload_s": first_alert - reload_at,
        "questions_during_delivery": len(during),
        "answer_p50_s": percentile(during, 50),
        "answer_p99_s": percentile(during, 99),
        "answer_max_s": max(during) if during else float("nan"),
        "questions_before_delivery": len(before),
        "answer_p99_before_delivery_s": percentile(before, 99),
        "questions_unanswered": len(stream.asked) - len(latency),
        "outbox_left": outbox,
        "errors_logged": sum(" ERROR " in line for line in log.splitlines()),
    }


def _rate_after(times: list[float], start: float) -> float:
    later = sorted(t for t in times if t >= start)
    return (len(later) - 1) / (later[-1] - later[0]) if len(later) > 1 else float("nan")


def _outbox_left(data_dir: Path) -> int:
    """Messages still waiting, as ``statements-bot watches`` reports them."""
    out = subprocess.run(
        [sys.executable, "-m", "bot.cli", "watches", "--data", str(data_dir)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    ).stdout
    match = re.search(r"messages waiting to be sent: (\d+)", out)
    return int(match.group(1)) if match else -1


def evaluate_in_process(watches: int, documents: int, corpus: int, seed: int) -> dict[str, Any]:
    """The evaluation alone, in this process, over a larger corpus: ``corpus`` generated
    transcripts already served, then ``documents`` more imported (``--in-process``)."""
    sys.path.insert(0, str(ROOT))  # the project's packages, ahead of this folder's bot.py
    sys.modules.pop("bot", None)
    from bot.service import AnswerService
    from bot.statedb import StateDB
    from bot.watch_formatting import describe_watch
    from bot.watches import WatchStore, evaluate, understand

    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "data"
        data_dir.mkdir()
        for number in range(corpus):
            name, text = generated_transcript(number, rng)
            (data_dir / f"base_{name}").write_text(text, encoding="utf-8")
        service = AnswerService(data_dir, index_dir=Path(tmp) / "index")
        service.start()
        store = WatchStore(StateDB(Path(tmp) / "state.sqlite3"))
        for i in range(watches):
            query = WATCH_QUERIES[i % len(WATCH_QUERIES)]
            store.add(WATCHER_BASE + i, query, describe_watch(understand(service.index, query)))
        store.record_corpus(service.index.document_ids())
        for number in range(documents):
            name, text = generated_transcript(corpus + number, rng)
            (data_dir / f"new_{name}").write_text(text, encoding="utf-8")
        report = service.reload()
        known = store.known_documents() or set()
        started = time.perf_counter()
        evaluation = evaluate(store, service.corpus_change(report.added_passage_ids, known))
        return {
            "corpus_passages": report.passages,
            "new_passages": evaluation.new_passages,
            "watches": evaluation.watches,
            "alerts_queued": evaluation.messages,
            "matches_held": evaluation.held,
            "evaluate_s": time.perf_counter() - started,
        }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--watches", type=int, default=1000)
    parser.add_argument("--documents", type=int, default=50)
    parser.add_argument("--ask-rate", type=float, default=5.0, help="questions a second")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--in-process",
        type=int,
        metavar="DOCS",
        help="time the evaluation alone, in this process, over DOCS generated transcripts",
    )
    parser.add_argument("--json", metavar="FILE")
    args = parser.parse_args(argv)
    bench_bot = bench_bot_module()
    runs = []
    for run in range(args.runs):
        if args.in_process:
            result = evaluate_in_process(args.watches, args.documents, args.in_process, seed=run)
        else:
            result = alerts_run(bench_bot, args.watches, args.documents, args.ask_rate, seed=run)
        runs.append(result)
        shown = (f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in result.items())
        print(f"run {run + 1}: " + ", ".join(shown))
    medians = {
        key: statistics.median(r[key] for r in runs)
        for key in runs[0]
        if isinstance(runs[0][key], int | float)
    }
    machine = describe(["python-telegram-bot", "numpy"])
    print(f"machine: {machine['cpu']}, {machine['cores']} cores, Python {machine['python']}")
    print("median: " + ", ".join(f"{k}={v:.3f}" for k, v in medians.items()))
    if args.json:
        payload = {"machine": machine, "runs": runs, "median": medians, "args": vars(args)}
        Path(args.json).write_text(json.dumps(payload, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
