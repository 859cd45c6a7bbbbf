"""Fixtures shared by the event-stage tests."""
from __future__ import annotations

from collections.abc import Callable, Mapping

import pytest

from sitrep.model import Actor, Mention, MentionKind


def first_mention(text: str, surface: str, actor: Actor) -> Mention:
    """A mention of `actor` at the first occurrence of `surface` in a made-up text."""
    start = text.index(surface)
    return Mention(start, start + len(surface), surface, MentionKind.ACTOR, actor)


def _actor_mentions(text: str, surfaces: Mapping[str, Actor], label: str | None = None) -> list[Mention]:
    mentions = []
    for surface, actor in surfaces.items():
        start = text.find(surface)
        while start >= 0:
            extra = {"label": label} if label is not None else {}
            mentions.append(Mention(start, start + len(surface), surface, MentionKind.ACTOR, actor, **extra))
            start = text.find(surface, start + 1)
    return sorted(mentions, key=lambda m: m.start)


@pytest.fixture
def actor_mentions() -> Callable[..., list[Mention]]:
    """Mark every occurrence of each surface in a made-up text as a mention of its actor, in text
    order: `actor_mentions(text, {"the TLF": REBELS}, label="name")`."""
    return _actor_mentions
