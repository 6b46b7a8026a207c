"""Names of files and folders under evidence/ that a Mac, Linux or GitHub accept but Windows cannot hold.

A colleague on Windows could not download the repository (git stops at the first such name), nor an assessor
unzip the pack. Each is a `file-name` warning, with a name Windows holds suggested where one can be made.
"""

from __future__ import annotations

from ..model.lazy_patterns import lazy_pattern

_FORBIDDEN_CHARACTERS = r'[<>:"\\|?*\x00-\x1f]'
_DEVICE_NAMES = r"con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]"
_FORBIDDEN = lazy_pattern(_FORBIDDEN_CHARACTERS)
_DEVICE = lazy_pattern(rf"(?i)({_DEVICE_NAMES})(\..*)?\Z")
_TROUBLE = lazy_pattern(rf"{_FORBIDDEN_CHARACTERS}|[. ]\Z|\A(?i:{_DEVICE_NAMES})(?:\.|\Z)")
"""Anything in a name Windows refuses: one of its forbidden characters, a dot or a space at the end, or a device's
name (`CON`, `nul.txt`), whatever its extension."""
_REPLACED = {":": "-", '"': "'", "\\": "-", "|": "-", "\t": " "}
"""What a forbidden character becomes in the name suggested (the others are left out)."""


def windows_trouble(name: str, what: str) -> str | None:
    """The warning of a file or folder (`what`) whose `name` Windows cannot hold, with a name it holds: None when it
    can hold it."""
    if not _TROUBLE.search(name):
        return None
    forbidden = sorted(set(_FORBIDDEN.findall(name)))
    shown = [_shown(character) for character in forbidden]
    reasons = [f"it has {' and '.join(filter(None, (', '.join(shown[:-1]), shown[-1])))}"] if shown else []
    if name.endswith((".", " ")):
        reasons.append(f"it ends with {'a dot' if name.endswith('.') else 'a space'}")
    device = _DEVICE.match(name)
    if device:
        reasons.append(f"Windows keeps the name {device.group(1).upper()} for a device")
    suggested = _FORBIDDEN.sub(lambda match: _REPLACED.get(match.group(), ""), name.replace(": ", " - "))
    suggested = suggested.rstrip(". ")
    if device:
        suggested = f"{device.group(1)}-file{device.group(2) or ''}"
    suggestion = f' (such as "{suggested}")' if suggested and not _TROUBLE.search(suggested) else ""
    return (
        f"Windows cannot hold this name ({', '.join(reasons)}), so a colleague on Windows cannot download the "
        f"portfolio, nor open this {what} from the assessor's pack; rename the {what}{suggestion}"
    )


def _shown(character: str) -> str:
    if character == '"':
        return "a double quote"
    if character == "\t":
        return "a tab"
    return f'"{character}"' if character.isprintable() else f"the invisible character U+{ord(character):04X}"
