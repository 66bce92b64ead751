"""Recognising tool calls that llama3.1 writes as JSON text in `content` instead of `tool_calls`.

It writes `{"name": "check_availability", "parameters": {...}}` (or `"arguments"`), sometimes in a
```json fence, after `<|python_tag|>`, several in a row or as a list. Those are calls, executed
as such; they must never reach a customer.
"""

from __future__ import annotations

import json
import re
from typing import Any

from .ollama_client import ToolCall

_FENCE = re.compile(r"```(?:json|JSON)?")
_TAGS = re.compile(r"<\|python_tag\|>|<\|eom_id\|>|<\|eot_id\|>")
_DECODER = json.JSONDecoder()


def load_json(text: str) -> Any:
    """The JSON value in `text`, or None when it is not JSON.

    Nesting too deep for the decoder counts as not JSON: the text is the model's, and a run of
    brackets must become a tool error, not a RecursionError.
    """
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        return None


def _as_call(value: Any) -> ToolCall | None:
    if not isinstance(value, dict):
        return None
    if isinstance(value.get("function"), dict):  # {"type": "function", "function": {...}}
        value = value["function"]
    name = value.get("name")
    if not isinstance(name, str) or not name:
        return None
    for key in ("parameters", "arguments", "args"):
        if key in value:
            arguments = value[key]
            break
    else:
        if set(value) - {"name", "type"}:
            return None
        arguments = {}
    if isinstance(arguments, str):
        parsed = load_json(arguments) if arguments.strip() else {}
        if parsed is not None:
            arguments = parsed
    return ToolCall(name, arguments)


def extract_calls(content: str) -> tuple[list[ToolCall], str]:
    """Tool calls written as JSON in `content`, and the text left once they are removed."""
    text = _TAGS.sub("", content)
    if "{" not in text:
        return [], content
    calls: list[ToolCall] = []
    spans: list[tuple[int, int]] = []
    index = 0
    while index < len(text):
        opening = _next_json_start(text, index)
        if opening < 0:
            break
        try:
            value, end = _DECODER.raw_decode(text, opening)
        except RecursionError:
            break  # every later bracket of the run would fail the same way, one by one
        except ValueError:
            index = opening + 1
            continue
        found = [_as_call(v) for v in value] if isinstance(value, list) else [_as_call(value)]
        if found and all(call is not None for call in found):
            calls.extend(call for call in found if call is not None)
            spans.append((opening, end))
        index = end
    if not calls:
        return [], content
    remaining = text
    for start, end in reversed(spans):
        remaining = remaining[:start] + remaining[end:]
    remaining = _FENCE.sub("", remaining)
    return calls, re.sub(r"[ \t]*\n[ \t\n]*\n", "\n\n", remaining).strip()


def _next_json_start(text: str, index: int) -> int:
    positions = [p for p in (text.find("{", index), text.find("[", index)) if p >= 0]
    return min(positions) if positions else -1


def looks_like_json(text: str) -> bool:
    """True when the whole text is a JSON document (never something to send a customer)."""
    stripped = _FENCE.sub("", _TAGS.sub("", text)).strip()
    if not stripped or stripped[0] not in "{[":
        return False
    return load_json(stripped) is not None


def may_become_call(text: str) -> bool:
    """While streaming: could this beginning of a reply still turn out to be a JSON call?"""
    stripped = _TAGS.sub("", text).lstrip()
    if not stripped:
        return True
    return stripped[0] in "{[`<"
