"""Recognising llama3.1's tool calls written in content."""

from __future__ import annotations

from vircom_desktop.agent.ollama_client import ToolCall
from vircom_desktop.agent.parsing import extract_calls, looks_like_json, may_become_call


def test_plain_text_is_not_a_call() -> None:
    assert extract_calls("Hola, {nombre}, ¿cómo estás?") == ([], "Hola, {nombre}, ¿cómo estás?")


def test_a_list_and_the_openai_shape_are_calls() -> None:
    calls, rest = extract_calls(
        '[{"name": "get_services", "parameters": {}}, '
        '{"type": "function", "function": {"name": "handoff_to_human", "arguments": {"reason": "x"}}}]'
    )
    assert calls == [ToolCall("get_services", {}), ToolCall("handoff_to_human", {"reason": "x"})]
    assert rest == ""


def test_text_around_a_call_is_kept_apart() -> None:
    calls, rest = extract_calls('Reviso.\n```json\n{"name": "get_services", "parameters": {}}\n```')
    assert calls == [ToolCall("get_services", {})]
    assert rest == "Reviso."


def test_json_that_is_not_a_call_is_recognised_as_json() -> None:
    assert extract_calls('{"answer": 1}')[0] == []
    assert looks_like_json('```json\n{"answer": 1}\n```')
    assert not looks_like_json("Hola")


def test_streaming_holds_back_what_may_become_a_call() -> None:
    assert may_become_call("  ")
    assert may_become_call('{"na')
    assert may_become_call("<|python")
    assert may_become_call("```")
    assert not may_become_call("Hola")


def test_brackets_nested_too_deep_are_neither_a_call_nor_json() -> None:
    deep = "[" * 100_000
    assert extract_calls(deep) == ([], deep)
    assert extract_calls('{"name": "get_services", "parameters": "' + deep + '"}')[0] == [
        ToolCall("get_services", deep)
    ]
    assert not looks_like_json(deep)


def test_only_one_level_of_function_wrapper_is_unwrapped() -> None:
    nested = '{"function": {"function": {"name": "get_services"}}}'
    assert extract_calls(nested)[0] == []
