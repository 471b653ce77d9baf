#!/usr/bin/env python3
"""Figures about the package's code, for issue 25's before/after note.

Run from the checkout: ``python scripts/code-figures.py [PACKAGE_DIR]``. Prints:

- lines and files in the package (every line of every ``.py`` file);
- the largest module (lines) and the largest function or method (lines, decorators included);
- imports inside a function or method body (``import``/``from ... import`` statements);
- millisecond figures in comments (``# ... 4 ms``) and in docstrings, counted separately;
- modules that import PySide6 but never name the ``Qt`` namespace (``Qt.Something``), and
  the modules that avoid it on purpose: they use the property helpers (``ui/qt_props.py``,
  later ``startup/props.py``: enum properties by name, roles as ints, ``push_button``) or
  import ``Qt`` inside a function.
"""

from __future__ import annotations

import ast
import io
import re
import sys
import tokenize
from pathlib import Path

MS = re.compile(r"\d+(?:[.,]\d+)?\s*(?:–|-)?\s*(?:\d+(?:[.,]\d+)?\s*)?ms\b")


def functions(tree: ast.AST) -> list[ast.FunctionDef | ast.AsyncFunctionDef]:
    return [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)]


def span(node: ast.FunctionDef | ast.AsyncFunctionDef) -> int:
    start = min([node.lineno, *(d.lineno for d in node.decorator_list)])
    return (node.end_lineno or node.lineno) - start + 1


def function_imports(tree: ast.AST) -> int:
    # A nested function is walked with its parent too: count each import once, by position.
    seen = {
        (n.lineno, n.col_offset)
        for fn in functions(tree)
        for n in ast.walk(fn)
        if isinstance(n, ast.Import | ast.ImportFrom)
    }
    return len(seen)


def ms_in_comments(source: str) -> int:
    tokens = tokenize.generate_tokens(io.StringIO(source).readline)
    return sum(len(MS.findall(t.string)) for t in tokens if t.type == tokenize.COMMENT)


def ms_in_docstrings(tree: ast.AST) -> int:
    count = 0
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            doc = ast.get_docstring(node, clean=False)
            if doc:
                count += len(MS.findall(doc))
    return count


def names_qt(tree: ast.AST) -> bool:
    return any(
        isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name) and n.value.id == "Qt"
        for n in ast.walk(tree)
    )


def imports_pyside(tree: ast.AST) -> bool:
    for n in ast.walk(tree):
        if isinstance(n, ast.ImportFrom) and (n.module or "").startswith("PySide6"):
            return True
        if isinstance(n, ast.Import) and any(a.name.startswith("PySide6") for a in n.names):
            return True
    return False


def avoids_qt_on_purpose(tree: ast.AST) -> bool:
    for n in ast.walk(tree):
        if isinstance(n, ast.ImportFrom) and (n.module or "").endswith(
            ("qt_props", "startup.props")
        ):
            return True
    for fn in functions(tree):
        for n in ast.walk(fn):
            if isinstance(n, ast.ImportFrom) and any(a.name == "Qt" for a in n.names):
                return True
    return False


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    root = Path(args[0] if args else "vipps_desktop")
    files = sorted(root.rglob("*.py"))
    total = 0
    biggest_module = ("", 0)
    spans: list[tuple[int, str]] = []
    fn_imports = 0
    per_module_imports: list[tuple[int, str]] = []
    ms_comments = ms_docs = 0
    ms_where: list[str] = []
    avoid_qt: list[str] = []
    on_purpose: list[str] = []
    qt_modules = 0
    for path in files:
        source = path.read_text(encoding="utf-8")
        lines = len(source.splitlines())
        total += lines
        name = str(path)
        if lines > biggest_module[1]:
            biggest_module = (name, lines)
        tree = ast.parse(source)
        spans += [(span(fn), f"{name}:{fn.lineno} {fn.name}") for fn in functions(tree)]
        n = function_imports(tree)
        fn_imports += n
        if n:
            per_module_imports.append((n, name))
        c = ms_in_comments(source)
        ms_comments += c
        if c:
            ms_where.append(f"{name} {c}")
        ms_docs += ms_in_docstrings(tree)
        if imports_pyside(tree):
            qt_modules += 1
            if not names_qt(tree):
                avoid_qt.append(name)
            if avoids_qt_on_purpose(tree):
                on_purpose.append(name)
    print(f"lines in {root}/: {total} in {len(files)} files")
    print(f"largest module: {biggest_module[0]} ({biggest_module[1]} lines)")
    spans.sort(reverse=True)
    print("largest functions: " + "; ".join(f"{where} ({n} lines)" for n, where in spans[:3]))
    print(f"function-level imports: {fn_imports}")
    if "-v" in sys.argv:
        for n, name in sorted(per_module_imports, reverse=True):
            print(f"  {n:3} {name}")
    print(f"millisecond figures: {ms_comments} in comments, {ms_docs} in docstrings")
    if "-v" in sys.argv:
        for w in ms_where:
            print(f"  {w}")
    print(f"modules importing PySide6 that never name Qt.: {len(avoid_qt)} of {qt_modules}")
    if "-v" in sys.argv:
        for name in avoid_qt:
            print(f"  {name}")
    print(
        f"modules avoiding Qt. on purpose (qt_props helpers, Qt imported in a function): "
        f"{len(on_purpose)}"
    )
    for name in on_purpose:
        print(f"  {name}")


if __name__ == "__main__":
    main()
