"""Fetch one web page or feed for the importer, safely.

Only ``http``/``https``; at most :data:`MAX_REDIRECTS` redirects, each checked like the first
URL; a size cap, a time limit and an allowed content type; and no request to a loopback,
private, link-local or otherwise non-public address (with ``allow_private``: loopback and private
networks may be fetched, link-local addresses, where cloud metadata services live, never). Addresses
are checked after DNS resolution, before each hop, and again by the connector's resolver when it
connects, so a name that resolves differently the second time (DNS rebinding) is refused too.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Callable
from dataclasses import dataclass
from types import TracebackType
from urllib.parse import urljoin, urlsplit, urlunsplit

import aiohttp
from aiohttp.abc import AbstractResolver, ResolveResult
from aiohttp.resolver import ThreadedResolver

__all__ = [
    "FEED_TYPES",
    "HTML_TYPES",
    "MAX_PAGE_BYTES",
    "MAX_REDIRECTS",
    "USER_AGENT",
    "FetchError",
    "Fetched",
    "Fetcher",
    "private_allowed",
    "public_only",
]

#: Largest body read. Real transcript pages are a few hundred KB; the cap leaves room for pages
#: heavy with inline scripts, and keeps a hostile endless body from filling memory.
MAX_PAGE_BYTES = 8 * 1024 * 1024
#: Redirects followed (the issue's limit; real sites use one or two: http -> https, a slash).
MAX_REDIRECTS = 5
#: Seconds for the whole fetch, redirects included.
FETCH_TIMEOUT_S = 30.0
USER_AGENT = "statements-bot/0.1 (transcript importer; one page per request)"
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
FEED_TYPES = frozenset(
    {"application/rss+xml", "application/atom+xml", "application/rdf+xml"}
    | {"application/xml", "text/xml"}
)
_REDIRECTS = frozenset({301, 302, 303, 307, 308})

AddressPolicy = Callable[[ipaddress.IPv4Address | ipaddress.IPv6Address], str | None]


class FetchError(Exception):
    """A page that could not be fetched; ``str(exc)`` is the reason for a person.

    Attributes:
        transient: The failure may pass (a timeout, a 5xx, a dropped connection): worth trying
            again later. A 404, a wrong content type or a refused address is not.
    """

    def __init__(self, reason: str, *, transient: bool = False) -> None:
        super().__init__(reason)
        self.transient = transient


@dataclass(frozen=True, slots=True)
class Fetched:
    """A fetched body and where it finally came from."""

    url: str
    data: bytes
    content_type: str
    charset: str | None


def public_only(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    """Why ``address`` may not be fetched (loopback, private, link-local, ...), or None."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    for kind, flag in (
        ("a loopback", address.is_loopback),
        ("a link-local", address.is_link_local),
        ("a private", address.is_private),
        ("a multicast", address.is_multicast),
        ("an unspecified", address.is_unspecified),
        ("a reserved", address.is_reserved),
    ):
        if flag:
            return f"{address} is {kind} address"
    if not address.is_global:
        return f"{address} is not a public address"
    return None


def private_allowed(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    """With ``IMPORT_ALLOW_PRIVATE``: loopback and private networks may be fetched, but never
    a link-local address (cloud metadata services live there; no transcript does)."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    if address.is_link_local:
        return f"{address} is a link-local address"
    if address.is_multicast or address.is_unspecified:
        return f"{address} is not a host address"
    return None


class _Refused(OSError):
    """Raised inside the connector when a resolved address is not allowed."""


class _GuardedResolver(AbstractResolver):
    """The default threaded resolver, refusing addresses the policy forbids."""

    def __init__(self, policy: AddressPolicy) -> None:
        self._inner = ThreadedResolver()
        self._policy = policy

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        results = await self._inner.resolve(host, port, family)
        for result in results:
            reason = self._policy(ipaddress.ip_address(result["host"]))
            if reason:
                raise _Refused(reason)
        return results

    async def close(self) -> None:
        await self._inner.close()


class Fetcher:
    """One HTTP client session for a batch of fetches (use ``async with``).

    Args:
        allow_private: Allow loopback and private addresses (tests; a deployment that imports
            from its own network). Link-local addresses stay refused.
        timeout: Seconds for one fetch, redirects included.
        max_bytes: Largest body accepted.
        policy: Decides which addresses may be fetched (default: public ones only, or all with
            ``allow_private``).
    """

    def __init__(
        self,
        *,
        allow_private: bool = False,
        timeout: float = FETCH_TIMEOUT_S,
        max_bytes: int = MAX_PAGE_BYTES,
        policy: AddressPolicy | None = None,
    ) -> None:
        self._policy: AddressPolicy = policy or (private_allowed if allow_private else public_only)
        self._private_hint = not allow_private and policy is None
        self._timeout = timeout
        self._max_bytes = max_bytes
        self._session: aiohttp.ClientSession | None = None

    async def __aenter__(self) -> Fetcher:
        connector = aiohttp.TCPConnector(resolver=_GuardedResolver(self._policy), limit=8)
        self._session = aiohttp.ClientSession(
            connector=connector,
            headers={"User-Agent": USER_AGENT},
            auto_decompress=True,
            trust_env=False,  # never route through a proxy named in the environment
        )
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def fetch(self, url: str, accept: frozenset[str] = HTML_TYPES) -> Fetched:
        """Fetch ``url``, following redirects, and check what comes back.

        Raises:
            FetchError: With the reason: a bad URL or address, too many redirects or a loop,
                an HTTP error, a timeout, a body too large or of another type.
        """
        if self._session is None:
            raise RuntimeError("use 'async with Fetcher() as fetcher'")
        try:
            async with asyncio.timeout(self._timeout):
                return await self._follow(self._session, url, accept)
        except TimeoutError:
            raise FetchError(
                f"no complete answer within {self._timeout:g} s", transient=True
            ) from None

    async def _follow(
        self, session: aiohttp.ClientSession, url: str, accept: frozenset[str]
    ) -> Fetched:
        seen: set[str] = set()
        for _hop in range(MAX_REDIRECTS + 1):
            url = _check_url(url)
            if url in seen:
                raise FetchError("redirect loop")
            seen.add(url)
            await self._check_host(url)
            try:
                async with session.get(
                    url, allow_redirects=False, headers={"Accept": _accept_header(accept)}
                ) as response:
                    if response.status in _REDIRECTS:
                        location = response.headers.get("Location")
                        if not location:
                            raise FetchError(f"HTTP {response.status} redirect with no Location")
                        url = urljoin(url, location)
                        continue
                    return await self._body(response, url, accept)
            except aiohttp.ClientConnectorError as exc:
                if isinstance(exc.os_error, _Refused):
                    raise FetchError(f"refused: {exc.os_error}") from None
                raise FetchError(f"cannot connect: {exc.os_error}", transient=True) from None
            except aiohttp.ClientError as exc:
                raise FetchError(f"connection failed: {exc}", transient=True) from None
        raise FetchError(f"too many redirects (more than {MAX_REDIRECTS})")

    async def _check_host(self, url: str) -> None:
        host = urlsplit(url).hostname or ""
        try:
            addresses = [ipaddress.ip_address(host)]
        except ValueError:
            try:
                infos = await asyncio.get_running_loop().getaddrinfo(
                    host, None, type=socket.SOCK_STREAM
                )
            except OSError as exc:
                raise FetchError(f"cannot resolve {host}: {exc}", transient=True) from None
            addresses = [ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in infos]
        for address in addresses:
            reason = self._policy(address)
            if reason:
                hint = " (set IMPORT_ALLOW_PRIVATE=1 to allow)" if self._private_hint else ""
                raise FetchError(f"refused: {host} → {reason}{hint}")

    async def _body(
        self, response: aiohttp.ClientResponse, url: str, accept: frozenset[str]
    ) -> Fetched:
        if response.status != 200:
            transient = response.status >= 500 or response.status == 429
            status = f"HTTP {response.status} {response.reason or ''}".strip()
            raise FetchError(status, transient=transient)
        kind = response.content_type.lower() if response.content_type else ""
        if kind not in accept:
            wanted = "an HTML page" if accept == HTML_TYPES else "a feed"
            raise FetchError(f"not {wanted} (content type {kind or 'missing'})")
        declared = response.content_length
        if declared is not None and declared > self._max_bytes:
            raise FetchError(_too_large(self._max_bytes))
        chunks: list[bytes] = []
        size = 0
        async for chunk in response.content.iter_chunked(1 << 16):
            size += len(chunk)
            if size > self._max_bytes:
                raise FetchError(_too_large(self._max_bytes))
            chunks.append(chunk)
        return Fetched(url=url, data=b"".join(chunks), content_type=kind, charset=response.charset)


def _too_large(limit: int) -> str:
    return f"the page is larger than {limit / (1024 * 1024):g} MB"


def _accept_header(accept: frozenset[str]) -> str:
    return ", ".join(sorted(accept)) + ";q=1.0, */*;q=0.1"


def _check_url(url: str) -> str:
    """A URL we may fetch, without its fragment; else FetchError saying why."""
    try:
        parts = urlsplit(url.strip())
    except ValueError as exc:
        raise FetchError(f"not a valid URL ({exc})") from None
    if parts.scheme.lower() not in ("http", "https"):
        raise FetchError(f"only http and https links can be imported, not {parts.scheme or url!r}")
    if not parts.hostname:
        raise FetchError("the link has no host name")
    try:
        parts.port  # noqa: B018 - raises on a malformed port
    except ValueError as exc:
        raise FetchError(f"not a valid URL ({exc})") from None
    return urlunsplit(parts._replace(fragment=""))
