"""verifier: claim verification and source-consistency checking for articles."""

from .api import check, check_texts, extract
from .records import Claim, Finding, Report, Span

__all__ = ["check", "check_texts", "extract", "Claim", "Finding", "Report", "Span"]
__version__ = "0.1.0"
