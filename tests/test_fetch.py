"""The fetcher: redirects, size and type checks, timeouts, and no private addresses."""

from __future__ import annotations

import ipaddress

import pytest

from bot.fetch import FEED_TYPES, Fetcher, FetchError, public_only
from tests.page_server import PageServer


def loopback_test_server_only(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    """The default policy, except that the test server's own address may be fetched."""
    return None if str(address) == "127.0.0.1" else public_only(address)


async def fetch(url: str, **options: object):  # type: ignore[no-untyped-def]
    async with Fetcher(**options) as fetcher:  # type: ignore[arg-type]
        return await fetcher.fetch(url)


async def test_fetches_a_page_with_its_charset(page_server: PageServer) -> None:
    fetched = await fetch(page_server.page_url("mid_old_ru"), allow_private=True)
    assert fetched.content_type == "text/html" and fetched.charset == "windows-1251"
    assert "Арктика".encode("cp1251") in fetched.data


@pytest.mark.parametrize(
    ("path", "reason", "transient"),
    [
        ("/status/404", "HTTP 404 Not Found", False),
        ("/status/500", "HTTP 500 Internal Server Error", True),
        ("/pdf", "not an HTML page (content type application/pdf)", False),
        ("/big", "larger than 8 MB", False),
        ("/big-declared", "larger than 8 MB", False),
        ("/loop", "redirect loop", False),
        ("/hops/5", "too many redirects (more than 5)", False),
    ],
)
async def test_bad_cases_are_refused_with_the_reason(
    page_server: PageServer, path: str, reason: str, transient: bool
) -> None:
    with pytest.raises(FetchError) as caught:
        await fetch(page_server.url(path), allow_private=True)
    assert reason in str(caught.value)
    assert caught.value.transient is transient


async def test_five_redirects_are_followed(page_server: PageServer) -> None:
    fetched = await fetch(page_server.url("/hops/4"), allow_private=True)
    assert fetched.url == page_server.page_url("mid_new_en")


async def test_timeout(page_server: PageServer) -> None:
    with pytest.raises(FetchError, match=r"no complete answer within 0\.5 s") as caught:
        await fetch(page_server.url("/slow"), allow_private=True, timeout=0.5)
    assert caught.value.transient


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:9/x",
        "http://localhost:9/x",
        "http://[::1]:9/x",
        "http://10.1.2.3/",
        "http://192.168.0.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::ffff:127.0.0.1]/",
        "http://0.0.0.0/",
    ],
)
async def test_private_addresses_are_refused_before_any_connection(url: str) -> None:
    with pytest.raises(FetchError, match=r"refused: .* address .*IMPORT_ALLOW_PRIVATE"):
        await fetch(url)


async def test_the_test_server_itself_is_refused_unless_allowed(page_server: PageServer) -> None:
    with pytest.raises(FetchError, match=r"127\.0\.0\.1 is a loopback address"):
        await fetch(page_server.page_url("mid_new_en"))
    assert (await fetch(page_server.page_url("mid_new_en"), allow_private=True)).data


async def test_a_redirect_to_a_private_address_is_refused(page_server: PageServer) -> None:
    with pytest.raises(FetchError, match=r"169\.254\.169\.254 is a link-local address"):
        await fetch(page_server.url("/to-private"), policy=loopback_test_server_only)
    # Even with private addresses allowed, a link-local one is not (cloud metadata lives there).
    with pytest.raises(FetchError, match=r"169\.254\.169\.254 is a link-local address"):
        await fetch(page_server.url("/to-private"), allow_private=True)
    # The same policy lets a page through: only the redirect was refused.
    assert await fetch(page_server.page_url("mid_new_en"), policy=loopback_test_server_only)


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("ftp://example.org/file", "only http and https"),
        ("file:///etc/passwd", "only http and https"),
        ("javascript:alert(1)", "only http and https"),
        ("http:///nohost", "no host name"),
        ("http://example.org:99999/", "not a valid URL"),
    ],
)
async def test_only_http_and_https(url: str, reason: str) -> None:
    with pytest.raises(FetchError, match=reason):
        await fetch(url)


async def test_feeds_need_a_feed_type(page_server: PageServer) -> None:
    async with Fetcher(allow_private=True) as fetcher:
        fetched = await fetcher.fetch(page_server.url("/feeds/none.rss"), FEED_TYPES)
        assert fetched.content_type == "application/rss+xml"
        with pytest.raises(FetchError, match="not a feed"):
            await fetcher.fetch(page_server.page_url("mid_new_en"), FEED_TYPES)


def test_public_only_policy() -> None:
    assert public_only(ipaddress.ip_address("93.184.216.34")) is None
    assert public_only(ipaddress.ip_address("2a00:1450:4001::1")) is None
    for private in ("127.0.0.1", "10.0.0.1", "172.16.5.5", "192.168.1.1", "169.254.1.1",
                    "100.64.0.1", "::1", "fe80::1", "fc00::1", "224.0.0.1", "0.0.0.0"):  # fmt: skip
        assert public_only(ipaddress.ip_address(private)), private
