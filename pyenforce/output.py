"""Output conventions shared by every command: exit statuses and JSON lines."""
from __future__ import annotations

import json
from typing import Any

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2


def json_line(data: Any) -> str:
    """One JSON value on one line: UTF-8 kept, but the line and paragraph
    separators escaped so that no line-splitting reader breaks a result."""
    text = json.dumps(data, ensure_ascii=False)
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
