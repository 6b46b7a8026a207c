"""Reading a file's bytes as text, reporting bytes that are not UTF-8 at their line."""

from __future__ import annotations

from ..model.problems import Problems


def decode(raw: bytes, path: str, problems: Problems) -> str | None:
    """UTF-8 text with any byte-order mark dropped and line endings made `\\n`; None (and an error) if not UTF-8."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        problems.add(
            "not-utf8", path, line, f"the file is not UTF-8 text (byte {exc.start} cannot be read); save it as UTF-8"
        )
        return None
    return text.replace("\r\n", "\n").replace("\r", "\n")
