"""Tool errors: one line naming the file, the place and what would be valid (exit 2)."""


class VerifierError(Exception):
    """A usage, config or rule error. `str()` is the one line the CLI prints."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None):
        self.path, self.line, self.detail = path, line, message
        where = f"{path}:{line}: " if path and line else f"{path}: " if path else ""
        super().__init__(where + message)
