"""A python-telegram-bot request backend on aiohttp.

PTB's default backend (httpx) spends about half of the bot's CPU on each reply in a burst; aiohttp's
client does the same work in a fraction of it, so the bot is not what limits answers per second.
Behaviour follows PTB's ``HTTPXRequest``: the same timeouts and the same exceptions (``TimedOut``
for timeouts, ``NetworkError`` for transport failures).
"""

from __future__ import annotations

from typing import Any

import aiohttp
from telegram._utils.defaultvalue import DefaultValue
from telegram._utils.types import ODVInput
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

__all__ = ["AiohttpRequest"]


class AiohttpRequest(BaseRequest):
    """Sends Bot API requests with one shared ``aiohttp.ClientSession``.

    Args:
        connection_pool_size: Connections kept open to the Bot API server.
        read_timeout: Seconds to wait for a response (long polls add their own timeout).
        write_timeout: Seconds to send a request.
        connect_timeout: Seconds to connect.
        pool_timeout: Seconds to wait for a free connection.
    """

    def __init__(
        self,
        connection_pool_size: int = 16,
        read_timeout: float | None = 5.0,
        write_timeout: float | None = 5.0,
        connect_timeout: float | None = 5.0,
        pool_timeout: float | None = 1.0,
    ) -> None:
        self._pool_size = connection_pool_size
        self._read_timeout = read_timeout
        self._write_timeout = write_timeout
        self._connect_timeout = connect_timeout
        self._pool_timeout = pool_timeout
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float | None:
        return self._read_timeout

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(limit=self._pool_size, ttl_dns_cache=300)
            self._session = aiohttp.ClientSession(
                connector=connector, headers={"User-Agent": self.USER_AGENT}
            )

    async def shutdown(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()
        self._session = None

    @staticmethod
    def _pick(value: ODVInput[float], default: float | None) -> float | None:
        return default if isinstance(value, DefaultValue) else value

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        write_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        connect_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        pool_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        if self._session is None or self._session.closed:
            raise RuntimeError("This AiohttpRequest is not initialized!")
        read = self._pick(read_timeout, self._read_timeout)
        write = self._pick(write_timeout, self._write_timeout)
        connect = self._pick(connect_timeout, self._connect_timeout)
        pool = self._pick(pool_timeout, self._pool_timeout)
        # aiohttp has no separate write timeout; a request's whole budget covers it.
        total = None if read is None else read + (write or 0) + (connect or 0) + (pool or 0)
        timeout = aiohttp.ClientTimeout(
            total=total, connect=pool if pool is not None else None, sock_connect=connect,
            sock_read=read,
        )  # fmt: skip
        data: aiohttp.FormData | None = None
        body: dict[str, Any] | None = None
        if request_data is not None:
            if request_data.contains_files:
                data = aiohttp.FormData()
                for name, value in request_data.json_parameters.items():
                    data.add_field(name, value)
                for name, (filename, content, mime) in request_data.multipart_data.items():
                    data.add_field(name, content, filename=filename, content_type=mime)
            elif request_data.parameters:
                # A JSON body: the Bot API takes it, and it costs far less than url-encoding
                # long HTML texts byte by byte.
                body = request_data.parameters
        try:
            async with self._session.request(
                method, url, data=data, json=body, timeout=timeout
            ) as response:
                return response.status, await response.read()
        except (TimeoutError, aiohttp.ServerTimeoutError) as exc:
            raise TimedOut from exc
        except aiohttp.ClientError as exc:
            raise NetworkError(f"aiohttp.{exc.__class__.__name__}: {exc}") from exc
