"""The place a photo was taken, as a phone writes it into the photo (GPS in its EXIF data): a public page's photo of a
club's juniors, published with it, would tell everyone where they train (a review of valid portfolios).

Read from a JPEG (its APP1 segment), a PNG (its eXIf chunk) or a WebP picture (its EXIF chunk), whatever the file's
name, part by part, passing over the others: the TIFF block they hold, its first directory, and the GPS directory it
points to, whose latitude or longitude, written and not all zeros, is the place.
"""

from __future__ import annotations

import struct
from typing import BinaryIO

_MOST_PARTS = 10_000
"""The most segments or chunks of a picture read through to its EXIF data: past them it holds none found."""
_GPS_DIRECTORY = 0x8825
"""The tag of the first directory that points to the GPS directory."""
_LATITUDE, _LONGITUDE = 0x0002, 0x0004
"""The GPS directory's tags of the place: three fractions each (degrees, minutes, seconds)."""
_RATIONAL = 5
"""The TIFF type of a fraction: two 4-byte whole numbers."""
_MOST_ENTRIES = 1000
"""The most entries of a directory read (a damaged one may say 65,535)."""
_MOST_EXIF = 1 << 20
"""The most EXIF data read (a JPEG's is at most 64 KB)."""


def photo_place(path: str) -> bool:
    """Whether the picture at `path` holds the place it was taken (a file that cannot be read holds none)."""
    try:
        with open(path, "rb") as file:
            tiff = _exif_of(file)
    except (OSError, ValueError):
        return False
    return tiff is not None and _holds_a_place(tiff)


def _exif_of(file: BinaryIO) -> bytes | None:
    """The TIFF block of a JPEG's, a PNG's or a WebP picture's EXIF data, wherever it is among the file's parts (a
    WebP encoder writes it after the picture; an editor may put its own data before it: a review of the change);
    None where it has none."""
    start = file.read(12)
    if start.startswith(b"\xff\xd8"):
        file.seek(2)
        return _jpeg_exif(file)
    if start.startswith(b"\x89PNG\r\n\x1a\n"):
        file.seek(8)
        return _chunk(file, b"eXIf", big_endian=True)
    if start.startswith(b"RIFF") and start[8:12] == b"WEBP":
        found = _chunk(file, b"EXIF", big_endian=False)
        return found.removeprefix(b"Exif\x00\x00") if found is not None else None
    return None


def _jpeg_exif(file: BinaryIO) -> bytes | None:
    """The TIFF block of a JPEG's APP1 segment that starts "Exif", among the segments before its picture data."""
    for _ in range(_MOST_PARTS):
        marker = file.read(2)
        while marker[:1] == b"\xff" and marker[1:] == b"\xff":  # (bytes of fill)
            marker = marker[1:] + file.read(1)
        if len(marker) < 2 or marker[0] != 0xFF or marker[1] in (0xD9, 0xDA):  # the end, or the picture data
            return None
        length = int.from_bytes(file.read(2), "big")
        if length < 2:
            return None
        if marker[1] == 0xE1:
            segment = file.read(length - 2)
            if segment.startswith(b"Exif\x00\x00"):
                return segment[6:]
        else:
            file.seek(length - 2, 1)
    return None


def _chunk(file: BinaryIO, name: bytes, *, big_endian: bool) -> bytes | None:
    """The data of the first chunk named `name`, from where `file` is: of a PNG (a 4-byte length, big-endian, before
    the name, and a checksum after the data) or of a WebP's RIFF file (the name, then a 4-byte length,
    little-endian, the data padded to an even length)."""
    for _ in range(_MOST_PARTS):
        head = file.read(8)
        if len(head) < 8:
            return None
        if big_endian:
            length, kind, after = int.from_bytes(head[:4], "big"), head[4:], 4
        else:
            kind, length = head[:4], int.from_bytes(head[4:], "little")
            after = length & 1
        if kind == name:
            return file.read(min(length, _MOST_EXIF))
        file.seek(length + after, 1)
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
