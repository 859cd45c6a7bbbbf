"""Field checks shared by every knowledge loader: errors name the file, the entry and the field."""
from __future__ import annotations

from typing import Any

import yaml

from sitrep.errors import KnowledgeError


def parse_yaml(label: str, text: str) -> Any:
    """Parse a knowledge file's YAML, or raise a KnowledgeError naming the file."""
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise KnowledgeError(label, None, f"not valid YAML: {exc}") from exc


def text_field(label: str, entry: str, field: str, value: Any, required: bool = True) -> str | None:
    """A non-empty string (stripped); None only when the field is optional and absent."""
    if value is None and not required:
        return None
    if not isinstance(value, str) or not value.strip():
        raise KnowledgeError(label, entry, f"field '{field}' must be a non-empty string")
    return value.strip()


def string_list(label: str, entry: str, field: str, value: Any) -> tuple[str, ...]:
    """A list of non-empty strings (stripped); () when the field is absent."""
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise KnowledgeError(label, entry, f"field '{field}' must be a list of non-empty strings")
    return tuple(v.strip() for v in value)
