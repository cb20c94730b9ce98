"""Which addresses the app may hand to the system browser: http(s) with a host, nothing else.

A source URL of `javascript:`, `file:` or a malformed string is shown as text but never opened.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl


def safe_web_url(text: str | None) -> QUrl | None:
    if not text:
        return None
    url = QUrl(text.strip(), QUrl.ParsingMode.StrictMode)
    if not url.isValid() or url.scheme().lower() not in ("http", "https") or not url.host():
        return None
    return url
