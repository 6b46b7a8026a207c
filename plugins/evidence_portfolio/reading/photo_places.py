"""The place a photo was taken, as a phone writes it into the photo (GPS in its EXIF data): a public page's photo of a
club's juniors, published with it, would tell everyone where they train (a review of valid portfolios).

Read from the start of a JPEG (its APP1 segment), a PNG (its eXIf chunk) or a WebP picture (its EXIF chunk), whatever
the file's name: the TIFF block they hold, its first directory, and the GPS directory it points to, whose latitude
or longitude, written and not all zeros, is the place. Nothing else of the file is read.
"""

from __future__ import annotations

import struct

_MOST = 1 << 18
"""The most of a picture read to find its EXIF data (a camera writes it first: a JPEG's is at most 64 KB)."""
PICTURES = frozenset((".jpg", ".jpeg", ".jfif", ".png", ".webp"))
"""The names' endings of the pictures looked at: those a phone saves and a browser shows."""
_GPS_DIRECTORY = 0x8825
"""The tag of the first directory that points to the GPS directory."""
_LATITUDE, _LONGITUDE = 0x0002, 0x0004
"""The GPS directory's tags of the place: three fractions each (degrees, minutes, seconds)."""
_RATIONAL = 5
"""The TIFF type of a fraction: two 4-byte whole numbers."""
_MOST_ENTRIES = 1000
"""The most entries of a directory read (a damaged one may say 65,535)."""


def photo_place(path: str) -> bool:
    """Whether the picture at `path` holds the place it was taken (a file that cannot be read holds none)."""
    try:
        with open(path, "rb") as file:
            start = file.read(_MOST)
    except OSError:
        return False
    tiff = _exif_of(start)
    return tiff is not None and _holds_a_place(tiff)


def _exif_of(data: bytes) -> bytes | None:
    """The TIFF block of a JPEG's, a PNG's or a WebP picture's EXIF data; None where it has none."""
    if data.startswith(b"\xff\xd8"):
        return _jpeg_exif(data)
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return _chunk(data, 8, b"eXIf", big_endian_length=True)
    if data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        found = _chunk(data, 12, b"EXIF", big_endian_length=False)
        return found.removeprefix(b"Exif\x00\x00") if found is not None else None
    return None


def _jpeg_exif(data: bytes) -> bytes | None:
    """The TIFF block of a JPEG's APP1 segment that starts "Exif", among the segments before its picture data."""
    at = 2
    while at + 4 <= len(data) and data[at] == 0xFF:
        marker = data[at + 1]
        if marker == 0xFF:  # (a byte of fill)
            at += 1
            continue
        if marker in (0xD9, 0xDA):  # the end, or the picture data: no segment of data follows
            return None
        length = int.from_bytes(data[at + 2 : at + 4], "big")
        if length < 2:
            return None
        segment = data[at + 4 : at + 2 + length]
        if marker == 0xE1 and segment.startswith(b"Exif\x00\x00"):
            return segment[6:]
        at += 2 + length
    return None


def _chunk(data: bytes, at: int, name: bytes, *, big_endian_length: bool) -> bytes | None:
    """The data of the first chunk named `name` of a PNG (a 4-byte length before the name, big-endian, and a
    checksum after the data) or of a WebP's RIFF file (the name, then a 4-byte length, little-endian, the data padded
    to an even length), from `at`."""
    while at + 8 <= len(data):
        if big_endian_length:
            length, kind = int.from_bytes(data[at : at + 4], "big"), data[at + 4 : at + 8]
            start, after = at + 8, at + 12 + length
        else:
            kind, length = data[at : at + 4], int.from_bytes(data[at + 4 : at + 8], "little")
            start, after = at + 8, at + 8 + length + (length & 1)
        if kind == name:
            return data[start : start + length]
        at = after
    return None


def _holds_a_place(tiff: bytes) -> bool:
    """Whether a TIFF block's GPS directory gives a latitude or a longitude that is not all zeros."""
    order = {b"II": "<", b"MM": ">"}.get(tiff[:2])
    if order is None or len(tiff) < 8:
        return False
    first = struct.unpack_from(order + "I", tiff, 4)[0]
    pointer = next((value for tag, _, _, value in _entries(tiff, order, first) if tag == _GPS_DIRECTORY), None)
    if pointer is None:
        return False
    for tag, kind, count, value in _entries(tiff, order, pointer):
        if tag in (_LATITUDE, _LONGITUDE) and kind == _RATIONAL and 0 < count <= 8:
            numbers = tiff[value : value + 8 * count]
            if len(numbers) == 8 * count and any(
                struct.unpack_from(order + "I", numbers, 8 * index)[0] for index in range(count)
            ):
                return True
    return False


def _entries(tiff: bytes, order: str, at: int) -> list[tuple[int, int, int, int]]:
    """The entries of the directory at `at` of a TIFF block: tag, type, count, and the value or offset (as the
    4-byte whole number it is written as)."""
    if at < 8 or at + 2 > len(tiff):
        return []
    count = min(struct.unpack_from(order + "H", tiff, at)[0], _MOST_ENTRIES)
    return [
        struct.unpack_from(order + "HHII", tiff, start)
        for start in range(at + 2, min(at + 2 + 12 * count, len(tiff) - 11), 12)
    ]
