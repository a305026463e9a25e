"""A local web server on 127.0.0.1 for the import tests: transcript pages, feeds, bad cases.

It runs in its own thread with its own event loop, so synchronous tests (the CLI in-process)
and asynchronous ones (the bot) can both fetch from it.

Routes:
    /pages/NAME            tests/pages/NAME.html (windows-1251 pages are served as such)
    /feeds/NAME.rss|.atom  a feed of the entries in :attr:`PageServer.feeds` [NAME]
    /status/CODE           that HTTP status with a short HTML body
    /pdf                   a PDF body
    /big, /big-declared    a body over the fetcher's cap (streamed / with Content-Length)
    /slow                  answers after :attr:`PageServer.slow_seconds`
    /loop, /loop2          a redirect loop
    /hops/N                N redirects, then the mid.ru (new layout, English) page
    /to-private            a redirect to a link-local (cloud metadata) address
    /no-text               an HTML page with menus and no statement
"""

from __future__ import annotations

import asyncio
import html
import threading
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from aiohttp import web

PAGES_DIR = Path(__file__).resolve().parent / "pages"
#: Pages written in windows-1251, as old portals served them.
CP1251_PAGES = frozenset({"mid_old_ru"})


@dataclass(frozen=True)
class FeedEntry:
    title: str
    link: str
    entry_id: str


def page_bytes(name: str) -> bytes:
    return (PAGES_DIR / f"{name}.html").read_bytes()


class PageServer:
    """Serves the test pages and feeds; ``hits`` counts requests per path."""

    def __init__(self) -> None:
        self.feeds: dict[str, list[FeedEntry]] = defaultdict(list)
        self.hits: dict[str, int] = defaultdict(int)
        self.slow_seconds = 3.0
        self.big_bytes = 9 * 1024 * 1024
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._runner: web.AppRunner | None = None
        self.port = 0

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str) -> str:
        return f"{self.base}{path}"

    def page_url(self, name: str) -> str:
        return self.url(f"/pages/{name}")

    def add_entry(self, feed: str, name: str, title: str | None = None) -> FeedEntry:
        """Add an entry linking to page ``name`` at the top of ``feed``."""
        entry = FeedEntry(title or name, self.page_url(name), f"tag:test,2024:{name}")
        self.feeds[feed].insert(0, entry)
        return entry

    def start(self) -> PageServer:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._start(), self._loop).result(10)
        return self

    def stop(self) -> None:
        if self._runner is not None:
            asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        self._loop.close()

    async def _start(self) -> None:
        app = web.Application()
        app.router.add_get("/pages/{name}", self._page)
        app.router.add_get("/feeds/{name}.rss", self._rss)
        app.router.add_get("/feeds/{name}.atom", self._atom)
        app.router.add_get("/status/{code}", self._status)
        app.router.add_get("/pdf", self._pdf)
        app.router.add_get("/big", self._big)
        app.router.add_get("/big-declared", self._big_declared)
        app.router.add_get("/slow", self._slow)
        app.router.add_get("/loop", self._redirect("/loop2"))
        app.router.add_get("/loop2", self._redirect("/loop"))
        app.router.add_get("/hops/{n}", self._hops)
        app.router.add_get(
            "/to-private", self._redirect("http://169.254.169.254/latest/meta-data/")
        )
        app.router.add_get("/no-text", self._no_text)
        app.middlewares.append(self._count)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        server = site._server
        assert server is not None and server.sockets  # type: ignore[union-attr]
        self.port = server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    @web.middleware
    async def _count(self, request: web.Request, handler):  # type: ignore[no-untyped-def]
        self.hits[request.path] += 1
        return await handler(request)

    async def _page(self, request: web.Request) -> web.Response:
        name = request.match_info["name"]
        path = PAGES_DIR / f"{name}.html"
        if not path.is_file():
            raise web.HTTPNotFound(text="<html><body>Not found</body></html>")
        charset = "windows-1251" if name in CP1251_PAGES else "utf-8"
        return web.Response(
            body=path.read_bytes(), headers={"Content-Type": f"text/html; charset={charset}"}
        )

    def _entries(self, request: web.Request) -> list[FeedEntry]:
        return self.feeds.get(request.match_info["name"], [])

    async def _rss(self, request: web.Request) -> web.Response:
        items = "".join(
            f"<item><title>{html.escape(e.title)}</title><link>{html.escape(e.link)}</link>"
            f'<guid isPermaLink="false">{html.escape(e.entry_id)}</guid></item>'
            for e in self._entries(request)
        )
        body = (
            '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
            f"<title>Test transcripts</title><link>{self.base}/</link>"
            f"<description>Test feed</description>{items}</channel></rss>"
        )
        return web.Response(text=body, content_type="application/rss+xml")

    async def _atom(self, request: web.Request) -> web.Response:
        entries = "".join(
            f"<entry><title>{html.escape(e.title)}</title>"
            f'<link rel="alternate" href="{html.escape(e.link)}"/>'
            f"<id>{html.escape(e.entry_id)}</id><updated>2024-01-01T00:00:00Z</updated></entry>"
            for e in self._entries(request)
        )
        body = (
            '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>Test transcripts</title><id>{self.base}/</id>"
            f"<updated>2024-01-01T00:00:00Z</updated>{entries}</feed>"
        )
        return web.Response(text=body, content_type="application/atom+xml")

    async def _status(self, request: web.Request) -> web.Response:
        code = int(request.match_info["code"])
        return web.Response(
            status=code, text="<html><body>error</body></html>", content_type="text/html"
        )

    async def _pdf(self, request: web.Request) -> web.Response:
        return web.Response(body=b"%PDF-1.4 not a page", content_type="application/pdf")

    async def _big(self, request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "text/html"})
        response.enable_chunked_encoding()
        await response.prepare(request)
        chunk = b"<p>" + b"x" * 65_000 + b"</p>"
        sent = 0
        try:
            while sent < self.big_bytes:
                await response.write(chunk)
                sent += len(chunk)
        except (ConnectionResetError, RuntimeError):
            pass  # the client stopped reading at its cap, as it should
        return response

    async def _big_declared(self, request: web.Request) -> web.Response:
        return web.Response(body=b" " * self.big_bytes, content_type="text/html")

    async def _slow(self, request: web.Request) -> web.Response:
        await asyncio.sleep(self.slow_seconds)
        return web.Response(body=page_bytes("mid_new_en"), content_type="text/html")

    def _redirect(self, target: str):  # type: ignore[no-untyped-def]
        async def handler(request: web.Request) -> web.Response:
            raise web.HTTPFound(target)

        return handler

    async def _hops(self, request: web.Request) -> web.Response:
        n = int(request.match_info["n"])
        if n <= 0:
            raise web.HTTPFound("/pages/mid_new_en")
        raise web.HTTPFound(f"/hops/{n - 1}")

    async def _no_text(self, request: web.Request) -> web.Response:
        body = (
            "<html><head><title>Search - Ministry</title></head><body>"
            "<nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/about'>About</a></nav>"
            "<h1>Search</h1><form><input name='q'></form>"
            "<footer>© Ministry, all rights reserved</footer></body></html>"
        )
        return web.Response(text=body, content_type="text/html")
