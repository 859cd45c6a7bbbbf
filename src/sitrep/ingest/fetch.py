"""Fetching a report or feed over HTTP(S), with a timeout and a size limit."""
from __future__ import annotations

import http.client
import urllib.error
import urllib.request
from dataclasses import dataclass
from email.message import Message

from sitrep import __version__
from sitrep.errors import InputRejected

#: Seconds to wait for a server before calling it unreachable.
FETCH_TIMEOUT_S = 20.0
USER_AGENT = f"sitrep/{__version__} (+offline conflict event coding)"
SCHEMES = ("http://", "https://")


@dataclass(frozen=True)
class Fetched:
    """The bytes a URL returned and what the server said they are."""

    url: str  # after redirects
    data: bytes
    content_type: str  # e.g. "text/html", "" when not given
    charset: str | None


def is_url(source: str) -> bool:
    """True for an http:// or https:// address."""
    return source.lower().startswith(SCHEMES)


def fetch(url: str, max_bytes: int, timeout: float = FETCH_TIMEOUT_S) -> Fetched:
    """GET a URL, or raise InputRejected (unreachable, too large, empty)."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            headers: Message = response.headers
            declared = headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise InputRejected(url, InputRejected.TOO_LARGE,
                                    f"{int(declared)} bytes, the limit is {max_bytes}")
            data = response.read(max_bytes + 1)
            final_url = response.geturl()
    except urllib.error.HTTPError as exc:
        raise InputRejected(url, InputRejected.UNREACHABLE, f"HTTP {exc.code} {exc.reason}") from exc
    except urllib.error.URLError as exc:
        raise InputRejected(url, InputRejected.UNREACHABLE, str(exc.reason)) from exc
    except (TimeoutError, ConnectionError, http.client.HTTPException) as exc:
        raise InputRejected(url, InputRejected.UNREACHABLE, str(exc) or type(exc).__name__) from exc
    except ValueError as exc:  # urllib's word for a URL it cannot parse
        raise InputRejected(url, InputRejected.UNREACHABLE, f"bad URL: {exc}") from exc
    if len(data) > max_bytes:
        raise InputRejected(url, InputRejected.TOO_LARGE, f"more than {max_bytes} bytes")
    if not data.strip():
        raise InputRejected(url, InputRejected.EMPTY, "the server sent nothing")
    return Fetched(url=final_url, data=data, content_type=headers.get_content_type() if
                   headers.get("Content-Type") else "", charset=headers.get_content_charset())
