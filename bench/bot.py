"""Bot capacity benchmark: bursts of questions through a Bot API server on loopback.

Three processes: this driver, the fake Bot API server (``python -m tests.fake_bot_api``) and the
bot itself (``statements-bot run``), so the bot is measured as it runs in production.

Scenarios (``--scenario``):

* ``burst``: the flood limiter off (``TELEGRAM_RATE_LIMIT=0``), 2,000 questions from 2,000 users
  at once: answers/s, reply latency p50/p99, lost replies.
* ``inline``: the same with 2,000 inline queries.
* ``fair``: the limiter on (30 msg/s), 200 users asking 10 questions each at once, and one
  newcomer asking once in the middle: every question gets its answer or the per-user limit's
  notice, the send rate against the cap, and the newcomer's wait.

Usage: ``python bench/bot.py [--scenario burst,inline,fair] [--users 2000] [--json out.json]``
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "424242:BENCH-token"
QUESTIONS = (
    "What did Lavrov say about the ICC?",
    "Zakharova on sanctions",
    "NATO expansion",
    "Syria Constitutional Committee",
    "What did Lavrov say about New START?",
    "visas for journalists",
    "Arctic Council",
    "UN Security Council reform",
)


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q / 100 * len(ordered)))]


class Server:
    """The fake Bot API server in its own process, driven over its control API."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.fake_bot_api", "--port", "0", "--token", TOKEN],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line.startswith("PORT "):
            raise RuntimeError(f"fake Bot API did not start: {line!r}")
        self.port = int(line.split()[1])
        self.base = f"http://127.0.0.1:{self.port}"

    def _request(self, path: str, body: Any = None, timeout: float = 300) -> Any:
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(
            self.base + path, data=data, headers={"Content-Type": "application/json"}
        )
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                return json.loads(response.read())["result"]
        except urllib.error.HTTPError as exc:
            return json.loads(exc.read())["result"]

    def post(self, path: str, body: Any) -> Any:
        return self._request(path, body)

    def get(self, path: str, timeout: float = 300) -> Any:
        return self._request(path, timeout=timeout)

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=10)


class Bot:
    """``statements-bot run`` pointed at the server."""

    def __init__(self, server: Server, data_dir: Path, rate_limit: str) -> None:
        env = dict(os.environ)
        env.update(
            TELEGRAM_BOT_TOKEN=TOKEN,
            TELEGRAM_BASE_URL=f"{server.base}/bot",
            TELEGRAM_BASE_FILE_URL=f"{server.base}/file/bot",
            DATA_DIR=str(data_dir),
            TELEGRAM_RATE_LIMIT=rate_limit,
        )
        # The bot's log goes to a file: an undrained pipe would block the bot once it fills.
        self.log = tempfile.NamedTemporaryFile("w+", suffix=".log", delete=False)  # noqa: SIM115
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "bot.cli", "run"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=self.log,
            text=True,
        )
        deadline = time.time() + 120
        while time.time() < deadline:
            calls = server.get("/_control/stats")["calls"]
            if calls.get("getUpdates"):
                return
            if self.proc.poll() is not None:
                raise RuntimeError(f"bot exited: {Path(self.log.name).read_text()[-2000:]}")
            time.sleep(0.2)
        raise RuntimeError("bot did not start polling within 120 s")

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        self.log.close()
        Path(self.log.name).unlink(missing_ok=True)


def private_update(update_id: int, user: int, text: str) -> dict[str, Any]:
    person = {"id": user, "is_bot": False, "first_name": f"U{user}"}
    return {
        "update_id": update_id,
        "message": {
            "message_id": update_id,
            "date": int(time.time()),
            "chat": {"id": user, "type": "private", "first_name": f"U{user}"},
            "from": person,
            "text": text,
        },
    }


def inline_update(update_id: int, user: int, text: str) -> dict[str, Any]:
    person = {"id": user, "is_bot": False, "first_name": f"U{user}"}
    return {
        "update_id": update_id,
        "inline_query": {"id": f"iq{update_id}", "from": person, "query": text, "offset": ""},
    }


def _burst_summary(asked: int, answered_at: dict[Any, float], started: float) -> dict[str, Any]:
    """Answered, lost, rate and latency percentiles from when each one was first answered."""
    latencies = [at - started for at in answered_at.values()]
    elapsed = max(answered_at.values()) - started if answered_at else float("nan")
    return {
        "answered": len(answered_at),
        "lost": asked - len(answered_at),
        "answers_per_s": len(answered_at) / elapsed if elapsed else float("nan"),
        "p50_s": percentile(latencies, 50),
        "p99_s": percentile(latencies, 99),
        "seconds": elapsed,
    }


def burst(server: Server, n_users: int, first_id: int) -> dict[str, Any]:
    since = server.get("/_control/stats")["sent"]
    updates = [
        private_update(first_id + i, 10_000 + i, QUESTIONS[i % len(QUESTIONS)])
        for i in range(n_users)
    ]
    started = time.time()
    server.post("/_control/updates", updates)
    server.get(f"/_control/wait?sent={since + n_users}&timeout=120", timeout=130)
    sent = server.get(f"/_control/sent?since={since}")["sent"]
    first_reply: dict[int, float] = {}
    for record in sent:
        chat = int(record["message"]["chat"]["id"])
        first_reply.setdefault(chat, record["at"])
    return {"questions": n_users, **_burst_summary(n_users, first_reply, started)}


def inline_burst(server: Server, n_users: int, first_id: int) -> dict[str, Any]:
    since = len(server.get("/_control/calls?since=0")["calls"])
    updates = [
        inline_update(first_id + i, 20_000 + i, QUESTIONS[i % len(QUESTIONS)])
        for i in range(n_users)
    ]
    started = time.time()
    server.post("/_control/updates", updates)
    answered: dict[str, float] = {}
    deadline = started + 120
    while len(answered) < n_users and time.time() < deadline:
        time.sleep(0.5)
        for call in server.get(f"/_control/calls?since={since}")["calls"]:
            if call["method"] == "answerInlineQuery":
                answered.setdefault(str(call["params"]["inline_query_id"]), call["at"])
    return {"queries": n_users, **_burst_summary(n_users, answered, started)}


def fair(
    server: Server, heavy_users: int, per_user: int, first_id: int, cap: float
) -> dict[str, Any]:
    since = server.get("/_control/stats")["sent"]
    # Update ids rise in the order the updates arrive, as Telegram's do.
    askers = [(u, q) for q in range(per_user) for u in range(heavy_users)]
    updates = [
        private_update(first_id + i, 30_000 + u, QUESTIONS[(u + q) % len(QUESTIONS)])
        for i, (u, q) in enumerate(askers)
    ]
    total = len(updates)
    started = time.time()
    server.post("/_control/updates", updates)
    expected_seconds = total / cap
    time.sleep(expected_seconds / 2)
    newcomer = 99_999
    asked_at = time.time()
    server.post("/_control/updates", [private_update(first_id + total + 1, newcomer, QUESTIONS[0])])
    server.get(
        f"/_control/wait?sent={since + total + 1}&timeout={expected_seconds * 3 + 60}",
        timeout=expected_seconds * 3 + 90,
    )
    sent = server.get(f"/_control/sent?since={since}")["sent"]
    times = sorted(r["at"] for r in sent)
    newcomer_at = next(
        (r["at"] for r in sent if int(r["message"]["chat"]["id"]) == newcomer), float("nan")
    )
    per_chat: dict[int, int] = {}
    for record in sent:
        chat = int(record["message"]["chat"]["id"])
        per_chat[chat] = per_chat.get(chat, 0) + 1
    notices = sum("faster than I can answer" in r["message"]["text"] for r in sent)
    window = times[-1] - times[0] if len(times) > 1 else float("nan")
    return {
        "questions": total + 1,
        "replies": len(sent),
        "lost": total + 1 - len(sent),
        "rate_limit_notices": notices,
        "send_rate_per_s": (len(sent) - 1) / window if window else float("nan"),
        "cap_per_s": cap,
        "share_of_cap": (len(sent) - 1) / window / cap if window else float("nan"),
        "newcomer_wait_s": newcomer_at - asked_at,
        "seconds": times[-1] - started,
        "chats_short_of_replies": sum(
            1 for u in range(heavy_users) if per_chat.get(30_000 + u, 0) < per_user
        ),
    }


def bundled_data(parent: Path) -> Path:
    """A fresh ``parent/data`` holding the sample and the synthetic evaluation transcripts."""
    data_dir = parent / "data"
    data_dir.mkdir()
    for folder in (ROOT / "data", ROOT / "bench" / "eval" / "transcripts"):
        for f in folder.glob("*.txt"):
            shutil.copy(f, data_dir / f.name)
    return data_dir


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--scenario", default="burst,inline,fair")
    parser.add_argument("--users", type=int, default=2000)
    parser.add_argument("--heavy-users", type=int, default=200)
    parser.add_argument("--per-user", type=int, default=10)
    parser.add_argument("--json", metavar="FILE")
    args = parser.parse_args(argv)
    scenarios = args.scenario.split(",")

    with tempfile.TemporaryDirectory() as tmp:
        data_dir = bundled_data(Path(tmp))
        results: dict[str, Any] = {"machine": machine()}
        server = Server()
        try:
            update_id = 1
            if "burst" in scenarios or "inline" in scenarios:
                bot = Bot(server, data_dir, rate_limit="0")
                try:
                    if "burst" in scenarios:
                        results["burst"] = burst(server, args.users, update_id)
                        update_id += args.users
                    if "inline" in scenarios:
                        results["inline"] = inline_burst(server, args.users, update_id)
                        update_id += args.users
                finally:
                    bot.stop()
            if "fair" in scenarios:
                bot = Bot(server, data_dir, rate_limit="30")
                try:
                    results["fair"] = fair(server, args.heavy_users, args.per_user, update_id, 30.0)
                finally:
                    bot.stop()
        finally:
            server.stop()

    print(f"machine: {results['machine']}")
    for name in ("burst", "inline", "fair"):
        if name in results:
            print(
                f"{name}: "
                + ", ".join(
                    f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}"
                    for k, v in results[name].items()
                )
            )
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
