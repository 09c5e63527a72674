"""Shared fixtures: the default registry is built once per test session."""

from __future__ import annotations

import pytest

from model.rules.registry import RuleRegistry


@pytest.fixture(scope="session")
def registry() -> RuleRegistry:
    return RuleRegistry.from_paths([], include_builtin=True)
