"""Build. verifier is pure Python unless asked for its compiled build:

    VERIFIER_COMPILE=1 pip install .

which has mypyc compile extraction (verifier/extract, segment.py and trusted.py) into C
extensions: the same claims, extraction about 1.4x faster. It needs a C compiler and Python's
headers, and takes a minute or more; if any module fails to build, they all stay pure Python.
An editable install (pip install -e) always stays pure Python: a compiled module shadows its
.py file, so an edit would do nothing until the next build. mypy's settings for the compiled
modules are in pyproject.toml ([tool.mypy])."""

import os
import sys
import tomllib
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext

COMPILED = ["verifier/extract", "verifier/segment.py", "verifier/trusted.py"]
# the mypy (mypyc) the compiled build was checked with (tests, the same claims): pyproject's
# "compile" extra, which also gives a checkout what `setup.py build_ext --inplace` needs
with open(Path(__file__).with_name("pyproject.toml"), "rb") as f:
    MYPY = tomllib.load(f)["project"]["optional-dependencies"]["compile"][0]


class BuildAllOrNone(build_ext):
    """Every compiled module or none: they share one library (verifier__mypyc), so a partial
    build would leave modules that cannot import."""

    def build_extensions(self) -> None:
        try:
            super().build_extensions()
        except Exception as e:  # no compiler, no headers, a compile or link error
            print(f"warning: verifier's compiled build failed ({e}); it stays pure Python",
                  file=sys.stderr)
            for path in self.get_outputs():
                if os.path.exists(path):
                    os.remove(path)
            self.extensions = []


def compiling() -> bool:
    return os.environ.get("VERIFIER_COMPILE", "") not in ("", "0")


def ext_modules() -> list:
    # pip runs this file first for the build's requirements and metadata (egg_info,
    # dist_info), then to build; only a wheel's build compiles, never an editable one's
    if not compiling() or {"egg_info", "dist_info"} & set(sys.argv):
        return []
    if "editable_wheel" in sys.argv:
        print("warning: VERIFIER_COMPILE is ignored by an editable install: pure Python",
              file=sys.stderr)
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:  # mypy missing from the build environment
        print(f"warning: VERIFIER_COMPILE needs {MYPY}, not installed: pure Python",
              file=sys.stderr)
        return []
    try:
        return mypycify(COMPILED, opt_level="3", group_name="verifier")
    except SystemExit:  # mypy's type check failed: it has printed why
        print("warning: verifier's compiled build failed its type check (above); it stays "
              "pure Python", file=sys.stderr)
    except Exception as e:
        print(f"warning: verifier's compiled build failed ({e!r}); it stays pure Python",
              file=sys.stderr)
    return []


# setup_requires: pip installs it in the build environment only for a compiled build
setup(ext_modules=ext_modules(), cmdclass={"build_ext": BuildAllOrNone},
      setup_requires=[MYPY] if compiling() else [])
