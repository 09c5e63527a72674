"""The import layering: ``model`` <- ``training``, ``model`` <- ``service``.

Walks every import statement of the three packages (also those inside
functions, which run later but still tie the modules together) and checks
that no module imports upwards and that modules do not import each other in
a loop.
"""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("model", "training", "service")
# Which packages each package may import (besides itself).
ALLOWED = {"model": set(), "training": {"model"}, "service": {"model"}}
# The one package allowed to compose training and service (lazily).
COMPOSER = "service.cli"
# Cycles allowed today (none); a new one fails, and so does a listed one
# that is gone.
KNOWN_CYCLES: set[frozenset[str]] = set()


def _in_composer(module: str) -> bool:
    return module == COMPOSER or module.startswith(COMPOSER + ".")


def _module(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


@cache
def import_graph() -> dict[str, set[str]]:
    """Module -> the project modules it imports."""
    files = {
        _module(path): path for pkg in PACKAGES for path in (ROOT / pkg).rglob("*.py")
    }

    def resolve(name: str) -> str | None:
        while name and name not in files:
            name = name.rpartition(".")[0]
        return name or None

    graph: dict[str, set[str]] = {}
    for name, path in files.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        targets: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = package.split(".")[
                        : len(package.split(".")) - node.level + 1
                    ]
                    base = ".".join([*anchor, *([base] if base else [])])
                for alias in node.names:
                    # `from pkg import submodule` depends on the submodule.
                    submodule = f"{base}.{alias.name}"
                    targets.add(submodule if submodule in files else base)
        graph[name] = {
            target
            for target in map(resolve, targets)
            if target is not None and target != name
        }
    return graph


def _cycles(graph: dict[str, set[str]]) -> set[frozenset[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: set[frozenset[str]] = set()

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.add(member)
                if member == node:
                    break
            if len(component) > 1:
                found.add(frozenset(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_walker_sees_the_packages() -> None:
    graph = import_graph()
    assert {"model.detector", "training.train", "service.app"} <= set(graph)
    assert "model.verdict" in graph["model.detector"]


@pytest.mark.parametrize("package", PACKAGES)
def test_no_upward_imports(package: str) -> None:
    wrong = sorted(
        f"{module} imports {target}"
        for module, targets in import_graph().items()
        if module.split(".")[0] == package and not _in_composer(module)
        for target in targets
        if target.split(".")[0] not in {package, *ALLOWED[package]}
    )
    assert wrong == []


def test_no_import_cycles() -> None:
    cycles = _cycles(import_graph())
    assert cycles - KNOWN_CYCLES == set(), "new import cycle"
    assert KNOWN_CYCLES - cycles == set(), "a known cycle is gone: delete it here"
