"""Read rule files (YAML) into validated :class:`Rule` objects.

A rule file is either a list of rules or a mapping with a ``rules:`` list::

    rules:
      - id: my_rule.v1
        title: {en: ..., id: ...}
        ...

Errors name the file, the line and the field (``rules.yaml:14: rule
'x.v1', field 'weight': Input should be less than or equal to 1``) because
the people writing these files are awareness-team analysts, not engineers.
To get lines, the YAML is composed into nodes (which carry marks) and the
pydantic error location is walked through the node tree.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from model.rules.base import Rule, RuleDefinitionError

_TOP_LEVEL_KEYS = {"rules", "version"}


def _error(
    path: str, line: int | None, field: str | None, text: str
) -> RuleDefinitionError:
    where = f"{path}:{line}" if line is not None else path
    return RuleDefinitionError(f"{where}: {text}", path=path, line=line, field=field)


def _line(node: yaml.Node) -> int:
    return int(node.start_mark.line) + 1


def _check_duplicate_keys(node: yaml.Node, path: str) -> None:
    # PyYAML keeps the last of two equal keys silently; in a rule file that
    # hides a mistake, so it is an error here.
    if isinstance(node, yaml.MappingNode):
        seen: dict[Any, int] = {}
        for key_node, value_node in node.value:
            key = key_node.value
            if key in seen:
                raise _error(
                    path,
                    _line(key_node),
                    str(key),
                    f"duplicate key {key!r} (first on line {seen[key]})",
                )
            seen[key] = _line(key_node)
            _check_duplicate_keys(value_node, path)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            _check_duplicate_keys(item, path)


def _child(node: yaml.Node, key: str | int) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            if key_node.value == key:
                return value_node
        return None
    if isinstance(node, yaml.SequenceNode) and isinstance(key, int):
        return node.value[key] if 0 <= key < len(node.value) else None
    return None


def _locate(node: yaml.Node, loc: Sequence[str | int]) -> int:
    """Line of the deepest node along ``loc`` (the pydantic error location).

    For a missing field the deepest existing node is the rule (or nested
    mapping) that lacks it, which is the right line to point at. For a key
    that is present, point at the key itself.
    """
    line = _line(node)
    current = node
    for part in loc:
        if isinstance(current, yaml.MappingNode):
            for key_node, value_node in current.value:
                if key_node.value == part:
                    line = _line(key_node)
                    current = value_node
                    break
            else:
                return line
            if not isinstance(current, yaml.MappingNode | yaml.SequenceNode):
                line = _line(current)
            continue
        child = _child(current, part)
        if child is None:
            return line
        current = child
        line = _line(current)
    return line


def _field_name(loc: Sequence[str | int]) -> str:
    parts: list[str] = []
    for part in loc:
        if isinstance(part, int):
            parts.append(f"[{part}]")
        elif "[" in part or part.startswith(("function-", "str", "dict")):
            # pydantic's union-branch tags ("str", "function-after[...]")
            # mean nothing to a rule author.
            continue
        else:
            parts.append(("." if parts else "") + part)
    return "".join(parts) or "(rule)"


def _rule_nodes(root: yaml.Node, path: str) -> list[yaml.Node]:
    if isinstance(root, yaml.SequenceNode):
        return list(root.value)
    if isinstance(root, yaml.MappingNode):
        for key_node, _ in root.value:
            if key_node.value not in _TOP_LEVEL_KEYS:
                raise _error(
                    path,
                    _line(key_node),
                    str(key_node.value),
                    f"unknown top-level key {key_node.value!r} (expected 'rules')",
                )
        rules = _child(root, "rules")
        if rules is None:
            raise _error(path, _line(root), "rules", "missing top-level 'rules' list")
        if not isinstance(rules, yaml.SequenceNode):
            raise _error(path, _line(rules), "rules", "'rules' must be a list")
        return list(rules.value)
    raise _error(path, _line(root), None, "expected a list of rules or 'rules:'")


def _refuse_anchors(text: str, path: str) -> None:
    """Refuse anchors and aliases (``&a`` / ``*a``).

    Rule files have no use for them, and they are how a small file becomes
    a huge document ("billion laughs": each level repeats the one before)
    or a self-referencing one that recursion cannot walk. Checked on the
    event stream, before anything is composed.
    """
    for event in yaml.parse(text, Loader=yaml.SafeLoader):
        anchor = getattr(event, "anchor", None)
        if isinstance(event, yaml.AliasEvent) or anchor:
            kind = "alias" if isinstance(event, yaml.AliasEvent) else "anchor"
            mark = event.start_mark
            raise _error(
                path,
                int(mark.line) + 1 if mark is not None else None,
                None,
                f"YAML {kind} {anchor!r} is not allowed in rule files "
                "(anchors and aliases can expand a small file without bound); "
                "write the value out",
            )


def load_rule_text(text: str, path: str) -> list[tuple[Rule, int]]:
    """Parse and validate rule definitions; returns (rule, line) pairs."""
    try:
        _refuse_anchors(text, path)
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        raise _error(path, line, None, f"YAML syntax error: {exc.problem}") from exc
    except yaml.YAMLError as exc:
        raise _error(path, None, None, f"YAML error: {exc}") from exc
    if root is None:
        return []
    _check_duplicate_keys(root, path)
    loaded: list[tuple[Rule, int]] = []
    for node in _rule_nodes(root, path):
        line = _line(node)
        if not isinstance(node, yaml.MappingNode):
            raise _error(path, line, None, "each rule must be a mapping")
        data = yaml.SafeLoader(text).construct_document(node)
        rule_id = data.get("id") if isinstance(data, dict) else None
        try:
            rule = Rule.model_validate(data)
        except ValidationError as exc:
            first = exc.errors()[0]
            loc = tuple(first["loc"])
            field = _field_name(loc)
            where = f"rule {rule_id!r}, " if isinstance(rule_id, str) else ""
            message = first["msg"]
            if first["type"] == "missing":
                message = "required field is missing"
            extra = len(exc.errors()) - 1
            more = (
                f" (and {extra} more error{'s' if extra > 1 else ''})" if extra else ""
            )
            raise _error(
                path,
                _locate(node, loc),
                field,
                f"{where}field '{field}': {message}{more}",
            ) from exc
        loaded.append((rule, line))
    return loaded


def load_rule_file(path: str | Path) -> list[tuple[Rule, int]]:
    """Load one YAML rule file; errors are :class:`RuleDefinitionError`."""
    file_path = Path(path)
    try:
        text = file_path.read_text(encoding="utf-8")
    except OSError as exc:
        raise _error(
            str(file_path), None, None, f"cannot read rule file: {exc}"
        ) from exc
    except UnicodeDecodeError as exc:
        raise _error(str(file_path), None, None, "rule file is not UTF-8") from exc
    return load_rule_text(text, str(file_path))
