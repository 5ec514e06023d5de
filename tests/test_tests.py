"""The test suite's own rule: no test module imports another.

Helpers shared by several test modules live in builders.py (documents to read),
broken.py (files a reader must refuse), commands.py (the pipeline run as the tests run
it), bombs.py, scanner.py, dying.py, or as fixtures in conftest.py.
"""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parent


def _is_test_module(name: str | None) -> bool:
    return bool(name) and any(part.startswith("test_") for part in name.split("."))


def imports_of_test_modules(folder: Path) -> list[str]:
    """'file:line: module' for every import of a test module under folder: `import
    test_x`, `from test_x import y`, `from tests import test_x`, `from . import test_x`,
    `importlib.import_module("test_x")`, at the top or inside a function."""
    found: list[tuple[str, int, str]] = []
    for path in sorted(folder.rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"), filename=str(path))
        for node in ast.walk(tree):
            names: list[str | None] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module]
                if node.level or node.module == "tests":  # a module imported by its name
                    names += [alias.name for alias in node.names]
            elif isinstance(node, ast.Call) and node.args:
                called = node.func
                name = called.attr if isinstance(called, ast.Attribute) else None
                name = called.id if isinstance(called, ast.Name) else name
                first = node.args[0]
                if name in ("import_module", "__import__") and isinstance(first, ast.Constant):
                    names = [first.value] if isinstance(first.value, str) else []
            file = str(path.relative_to(folder))
            found += [(file, node.lineno, name) for name in names if _is_test_module(name)]
    return [f"{file}:{line}: {name}" for file, line, name in sorted(found)]


def test_no_test_module_imports_another():
    assert imports_of_test_modules(TESTS) == []


def test_the_rule_finds_every_kind_of_import(tmp_path):
    (tmp_path / "test_a.py").write_text(
        "import test_b\n"
        "from test_c import helper\n"
        "from tests.test_d import helper\n"
        "from tests import test_e\n"
        "from . import test_f\n"
        "import importlib\n"
        "importlib.import_module('test_g')\n"
        "def test_h():\n"
        "    from test_i import helper\n"
        "from builders import test_like_name, good_pdf\n"  # a helper, not a test module
        "import builders, commands\n",
        "utf-8",
    )
    found = imports_of_test_modules(tmp_path)
    assert [line.split(": ")[1] for line in found] == [
        "test_b",
        "test_c",
        "tests.test_d",
        "test_e",
        "test_f",
        "test_g",
        "test_i",
    ]
