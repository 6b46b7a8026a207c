"""What a tar holds, or a file packed by gzip, bzip2 or xz, read header by header within limits, for the copies of
withheld files it may hold (a hostile review tarred an internal item with its attachment and attached the tar to a
public item, where a zip of them was told; site/publication.py keeps such a file with what it holds).

Read as GNU tar reads one, not as Python's tarfile does: a tar of the old format (no "ustar" mark), a header that
cannot be read before the end (GNU tar skips to the next, where tarfile stops without a word), a file packed in a way
Python cannot unpack (zstd, lz4, lzip, compress), a header's own data past _MOST_HEADER (a long name of gigabytes),
and all that is past what is unpacked in a check (_MOST_UNPACKED, for all the tars of a project together: a bomb of a
few hundred bytes unpacks to a gigabyte) cannot be looked through, and is taken to hold every withheld file. A tar or
a zip inside one is looked into, _DEPTH deep.
"""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import re
import zlib
from collections.abc import Callable, Collection, Iterator
from typing import IO, Protocol

from ..reading.file_contents import ZIP_START

Member = tuple[str, int, int | None]
"""A member that holds what a withheld file holds: its path through the archives, its size and its CRC-32 (None:
what the archive holds could not be told, and it is taken for every withheld file of that size)."""
ZipReader = Callable[[IO[bytes], Collection[tuple[int, int]], int, str, "Unpacking"], Iterator[Member]]
"""How a zip inside a tar is read (site/own_outputs.py reads zips), the tars in it within the same limit."""


class _Stream(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...


_BLOCK = 512
_PACKED: dict[bytes, Callable[[IO[bytes]], _Stream]] = {  # (each closed with the file it reads: not opened here)
    b"\x1f\x8b": lambda file: gzip.GzipFile(fileobj=file),
    b"BZh": lambda file: bz2.BZ2File(file),
    b"\xfd7zXZ\x00": lambda file: lzma.LZMAFile(file),  # noqa: SIM115
}
"""How a file packed by gzip, bzip2 or xz starts, and how it is unpacked as it is read."""
_NOT_UNPACKED = (b"\x28\xb5\x2f\xfd", b"\x04\x22\x4d\x18", b"LZIP", b"\x1f\x9d")
"""How a file packed by zstd, lz4, lzip or compress starts, which GNU tar unpacks and Python cannot."""
_MOST_HEADER = 1 << 20
"""The most data a header of its own may hold (a long name, pax's keys)."""
_MOST_NESTED = 64_000_000
"""The largest archive inside a tar that is looked into (read into memory)."""
_MOST_UNPACKED = 256_000_000
"""The most bytes read through the tars of a project, all together (a bzip2 bomb: 990 MB in 790 bytes)."""
_DEPTH = 4
_CHUNK = 1 << 20
_NO_DATA = frozenset(b"123456")
"""The kinds of a tar's member that hold no file's data: links, devices, folders, pipes. GNU tar extracts a member
of any other kind, unknown ones too, as a file (a review of the reader: a member marked "Z" was skipped)."""
_SPARSE = frozenset(b"S")
"""GNU's sparse files, whose data is not the file's as written: not read (taken to hold what is withheld)."""
_OVERRIDES = re.compile(rb"(?:^|\n)\d+ (?:size|GNU\.sparse\.[\w.]+)=")
"""A pax header's record that changes the size of its member's data, or makes it sparse, as GNU tar reads it."""
_PAX_PATH = re.compile(rb"(?:^|\n)\d+ path=([^\n]*)\n")
"""A pax header's record of its member's path."""
_OWN_DATA = frozenset(b"LKxgX")
"""The kinds of header whose data is more of the header: GNU's long names and links, pax's keys."""


class Unpacking:
    """What is left to read through the tars of a project."""

    def __init__(self) -> None:
        self.left = _MOST_UNPACKED

    def take(self, size: int) -> None:
        self.left -= size
        if self.left < 0:
            raise _Unreadable("past the limit")


class _Unreadable(Exception):
    """What the archive holds, from here on, cannot be told."""


def may_be_packed(start: bytes) -> bool:
    """Whether a file starting with `start` (its first 512 bytes) is a tar or a packed file (see the module)."""
    return start.startswith((*_PACKED, *_NOT_UNPACKED)) or _header(start)


def packed_members(
    file: IO[bytes],
    kept: Collection[tuple[int, int]],
    unpacking: Unpacking,
    zipped: ZipReader,
    depth: int = 1,
    path: str = "",
) -> Iterator[Member]:
    """The members of a tar or packed file (`file`, at its start) that hold what a withheld file holds (`kept`: their
    sizes and CRC-32s); where what it holds cannot be told, one member of each size kept, its CRC-32 None."""
    sizes = {size for size, _ in kept}
    try:
        start = file.read(_BLOCK)
        file.seek(0)
        if start.startswith(_NOT_UNPACKED):
            raise _Unreadable("packed in a way not unpacked")
        opener = next((open_ for mark, open_ in _PACKED.items() if start.startswith(mark)), None)
        stream: _Stream = opener(file) if opener else file
        head = _read(stream, _BLOCK, unpacking)
        if _header(head):
            yield from _walk(stream, head, kept, unpacking, zipped, depth, path)
        elif opener is not None:  # one file packed: what it holds whole (rota.pdf.gz)
            size, checksum = len(head), zlib.crc32(head)
            while chunk := _read(stream, _CHUNK, unpacking):
                size, checksum = size + len(chunk), zlib.crc32(chunk, checksum)
            if (size, checksum) in kept:
                yield path + "(what it holds, unpacked)", size, checksum
        else:
            raise _Unreadable("no tar")
    except (_Unreadable, OSError, EOFError, zlib.error, lzma.LZMAError, ValueError, MemoryError):
        for size in sorted(sizes):  # (named by the archive it is in, where it is in one)
            yield path.removesuffix(" › "), size, None


def _walk(
    stream: _Stream,
    head: bytes,
    kept: Collection[tuple[int, int]],
    unpacking: Unpacking,
    zipped: ZipReader,
    depth: int,
    path: str,
) -> Iterator[Member]:
    """The members of a tar whose first header is `head`, read as `packed_members` says."""
    sizes = {size for size, _ in kept}
    long_name = ""
    while True:
        if not head.strip(b"\0"):  # the end: what follows is nothing but zeros, else a header GNU tar skips to
            while rest := _read(stream, _CHUNK, unpacking):
                if rest.strip(b"\0"):
                    raise _Unreadable("more after the end")
            return
        if len(head) < _BLOCK or not _header(head):
            raise _Unreadable("a header that cannot be read")
        kind, size = head[156], _size(head[124:136])
        name = long_name or _name(head)
        long_name = ""
        if kind in _OWN_DATA:
            if size > _MOST_HEADER:
                raise _Unreadable("a header's data too large")
            data = _read(stream, _padded(size), unpacking)[:size]
            if kind in b"xg" and _OVERRIDES.search(data):
                raise _Unreadable("a pax header changing its member's size")
            if kind == ord("L"):
                long_name = data.split(b"\0", 1)[0].decode("utf-8", "replace")
            elif kind == ord("x") and (path_record := _PAX_PATH.search(data)):
                long_name = path_record[1].decode("utf-8", "replace")
        elif kind in _SPARSE:
            raise _Unreadable("a sparse file")
        elif kind in _NO_DATA:
            _skip(stream, _padded(size), unpacking)
        else:
            yield from _member(stream, size, f"{path}{name}", kept, sizes, unpacking, zipped, depth)
            _read(stream, _padded(size) - size, unpacking)
        head = _read(stream, _BLOCK, unpacking)


def _member(
    stream: _Stream,
    size: int,
    name: str,
    kept: Collection[tuple[int, int]],
    sizes: set[int],
    unpacking: Unpacking,
    zipped: ZipReader,
    depth: int,
) -> Iterator[Member]:
    """A file of a tar (read through to its end): itself where it is a withheld file's copy, or what it holds where
    it is an archive."""
    head = _read(stream, min(size, _BLOCK), unpacking)
    nested = head.startswith(ZIP_START) or may_be_packed(head)
    if nested and (depth >= _DEPTH or size > _MOST_NESTED):  # (not looked into: a review of the reader)
        raise _Unreadable("an archive in it too deep or too large")
    if size not in sizes and not nested:
        _skip(stream, size - len(head), unpacking)
        return
    if nested:
        data = head + _read(stream, size - len(head), unpacking)
        if (size, zlib.crc32(data)) in kept:
            yield name, size, zlib.crc32(data)
        elif data.startswith(ZIP_START):
            yield from zipped(io.BytesIO(data), kept, depth + 1, f"{name} › ", unpacking)
        else:
            yield from packed_members(io.BytesIO(data), kept, unpacking, zipped, depth + 1, f"{name} › ")
        return
    checksum, left = zlib.crc32(head), size - len(head)
    while left > 0:
        chunk = _read(stream, min(left, _CHUNK), unpacking)
        if not chunk:
            raise _Unreadable("cut short")
        checksum, left = zlib.crc32(chunk, checksum), left - len(chunk)
    if (size, checksum) in kept:
        yield name, size, checksum


def _read(stream: _Stream, size: int, unpacking: Unpacking) -> bytes:
    """Up to `size` bytes, counted as they are read (a last read of nothing costs nothing: a review found 300 small
    .gz files counted a megabyte each), and never more than is left to read."""
    data = stream.read(min(size, max(unpacking.left, 0) + 1))
    unpacking.take(len(data))
    return data


def _skip(stream: _Stream, size: int, unpacking: Unpacking) -> None:
    while size > 0:
        chunk = _read(stream, min(size, _CHUNK), unpacking)
        if not chunk:
            raise _Unreadable("cut short")
        size -= len(chunk)


def _padded(size: int) -> int:
    return -(-size // _BLOCK) * _BLOCK


def _header(block: bytes) -> bool:
    """Whether a block is a tar's header, by its checksum (of the old format too, which has no "ustar" mark)."""
    if len(block) < _BLOCK or not block[148:156].strip(b" \0"):
        return False
    try:
        written = int(block[148:156].strip(b" \0").decode("ascii"), 8)
    except ValueError:
        return False
    counted = block[:148] + b" " * 8 + block[156:_BLOCK]
    return written in (sum(counted), sum((byte ^ 0x80) - 0x80 for byte in counted))  # (signed, as some tars wrote)


def _size(field: bytes) -> int:
    """A header's size: in octal digits, or in base 256 for a large one (its first byte's high bit set)."""
    if field[:1] and field[0] & 0x80:
        return int.from_bytes(bytes([field[0] & 0x7F]) + field[1:], "big")
    digits = field.strip(b" \0")
    return int(digits.decode("ascii"), 8) if digits else 0


def _name(head: bytes) -> str:
    name = head[:100].split(b"\0", 1)[0]
    if head[257:262] == b"ustar" and (prefix := head[345:500].split(b"\0", 1)[0]):
        name = prefix + b"/" + name
    return name.decode("utf-8", "replace")
