"""The compiled build (setup.py): CI runs the whole suite a second time on it. A build that
fell back to pure Python must not pass for a compiled one there."""

import ast
import importlib
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _compiled_modules() -> list[str]:
    """The modules setup.py's COMPILED names (folders and files), by import name."""
    tree = ast.parse((ROOT / "setup.py").read_text(encoding="utf-8"))
    paths = next(ast.literal_eval(node.value) for node in tree.body if isinstance(node, ast.Assign)
                 and getattr(node.targets[0], "id", "") == "COMPILED")
    names = []
    for path in map(ROOT.joinpath, paths):
        for file in sorted(path.rglob("*.py")) if path.is_dir() else [path]:
            parts = file.relative_to(ROOT).with_suffix("").parts
            names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def test_build_compiled_modules_are_all_of_extraction():
    names = _compiled_modules()
    assert {"verifier.segment", "verifier.trusted", "verifier.extract",
            "verifier.extract.figures.reading"} <= set(names) and len(names) == len(set(names))


@pytest.mark.skipif(os.environ.get("VERIFIER_EXPECT_COMPILED") != "1",
                    reason="only where .ci/run has built the compiled modules")
@pytest.mark.parametrize("name", _compiled_modules())
def test_build_compiled_module_is_an_extension(name):
    path = importlib.import_module(name).__file__
    assert not path.endswith(".py"), path
