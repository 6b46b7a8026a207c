"""What a tar holds, or a file packed by gzip, bzip2, xz or lzma, read header by header within limits, for the copies
of withheld files it may hold (a hostile review tarred an internal item with its attachment and attached the tar to
a public item, where a zip of them was told; site/publication.py keeps such a file with what it holds).

Read as GNU tar reads one, not as Python's tarfile does (two reviews of the reader): a tar of the old format (no
"ustar" mark), a member of any kind GNU tar extracts as a file, a packed file whole as well as the tar it holds. What
GNU tar would read otherwise than this reader cannot be looked through, and is taken to hold every withheld file: a
header that cannot be read before the end (GNU tar skips to the next, where tarfile stops without a word), a number
written otherwise than in octal digits, a sparse member or a pax header changing a member's size, a header's own
data past _MOST_HEADER, more than _MOST_MEMBERS headers, an archive in it _DEPTH deep or past _MOST_NESTED, a file
packed in a way Python cannot unpack, and all that is past what is unpacked in a check (_MOST_UNPACKED, for the tars
of a project together: a bomb of a few hundred bytes unpacks to a gigabyte).
"""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import zlib
from collections.abc import Callable, Collection, Iterator
from typing import IO, Protocol

from ..model.lazy_patterns import lazy_pattern
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
    b"\x5d\x00\x00": lambda file: lzma.LZMAFile(file, format=lzma.FORMAT_ALONE),  # noqa: SIM115
}
"""How a file packed by gzip, bzip2, xz or lzma (the older, .lzma) starts, and how it is unpacked as it is read."""
_NOT_UNPACKED = (
    b"\x28\xb5\x2f\xfd",
    b"\x04\x22\x4d\x18",
    b"LZIP\x01",
    b"\x1f\x9d",
    b"\x1f\x1e",
    b"\x1f\xa0",
    b"\x89LZO\x00\r\n\x1a\n",
)
"""How a file packed by zstd, lz4, lzip, compress, pack, LZH or lzop starts, which GNU tar or gunzip unpacks and
Python cannot (a review of the reader)."""
_MOST_HEADER = 1 << 20
"""The most data a header of its own may hold (a long name, pax's keys)."""
_MOST_NESTED = 64_000_000
"""The largest archive inside a tar that is looked into (read into memory)."""
_MOST_UNPACKED = 256_000_000
"""The most bytes read through one archive (a bzip2 bomb: 990 MB in 790 bytes); a plain tar's members passed over,
not read, are not counted."""
_MOST_IN_A_CHECK = 1_000_000_000
"""The most bytes read through all the archives of a check together."""
_DEPTH = 4
_MOST_MEMBERS = 10_000
"""The most headers read in one tar (a bomb of 488,000 empty ones took a check a minute: a review of the reader)."""
_CHUNK = 1 << 20
_NO_DATA = frozenset(b"123456")
"""The kinds of a tar's member that hold no file's data: links, devices, folders, pipes. GNU tar extracts a member
of any other kind, unknown ones too, as a file (a review of the reader: a member marked "Z" was skipped)."""
_SPARSE = frozenset(b"S")
"""GNU's sparse files, whose data is not the file's as written: not read (taken to hold what is withheld)."""
_OVERRIDES = lazy_pattern(rb"(?:^|\n)\d+ (?:size|GNU\.sparse\.[\w.]+)=")
"""A pax header's record that changes the size of its member's data, or makes it sparse, as GNU tar reads it."""
_PAX_PATH = lazy_pattern(rb"(?:^|\n)\d+ path=([^\n]*)\n")
"""A pax header's record of its member's path."""
_OWN_DATA = frozenset(b"LKxgX")
"""The kinds of header whose data is more of the header: GNU's long names and links, pax's keys."""


class Unpacking:
    """What is left to read through an archive (_MOST_UNPACKED), and through all those of a check together
    (_MOST_IN_A_CHECK: each bomb of a few hundred bytes costs a second)."""

    def __init__(self) -> None:
        self.total = _MOST_IN_A_CHECK
        self.left = _MOST_UNPACKED

    def next_archive(self) -> None:
        """Start on another archive: its own limit, within what is left of the check's (a review of valid
        portfolios: one limit for all, three public datasets of 95 MB each made the third an error)."""
        self.left = min(_MOST_UNPACKED, self.total)

    def take(self, size: int) -> None:
        self.left -= size
        self.total -= size
        if self.left < 0:
            raise _Unreadable("too large to look through: over 256 MB unpacked, or past what a check unpacks")


class _Unreadable(Exception):
    """What the archive holds, from here on, cannot be told."""


def may_be_packed(start: bytes) -> bool:
    """Whether a file starting with `start` (its first 512 bytes) is a tar or a packed file (see the module); a text
    starting "BZh Ltd" or "LZIP results" is neither (a review of valid portfolios: bzip2's and lzip's marks read
    in part took them for packed files, kept from the public)."""
    if start.startswith(b"BZh"):
        return _BZIP2.match(start) is not None
    return start.startswith((*_PACKED, *_NOT_UNPACKED)) or _header(start)


_BZIP2 = lazy_pattern(rb"BZh[1-9](?:1AY&SY|\x17rE8P\x90)")
"""How a file packed by bzip2 starts, whole: its block size, then a block's or the end's mark."""


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
            raise _Unreadable("packed by zstd, lz4, lzip, lzop, compress, pack or LZH, which are not unpacked")
        opener = next((open_ for mark, open_ in _PACKED.items() if start.startswith(mark)), None)
        stream = _Counted(opener(file)) if opener else file
        head = _read(stream, _BLOCK, unpacking)
        if _header(head):
            yield from _walk(stream, head, kept, unpacking, zipped, depth, path)
        elif opener is None:
            raise _Unreadable("no tar")
        while _read(stream, _CHUNK, unpacking):  # (to its end: what it holds, whole)
            pass
        if isinstance(stream, _Counted) and (stream.size, stream.checksum) in kept:
            # one file packed (rota.pdf.gz), or a withheld tar packed (a review of the reader: its members read alone)
            yield path + "(what it holds, unpacked)", stream.size, stream.checksum
    except (_Unreadable, OSError, EOFError, zlib.error, lzma.LZMAError, ValueError, MemoryError) as unread:
        why = str(unread) if isinstance(unread, _Unreadable) else "damaged"
        for size in sorted(sizes):  # (named by why, and the archive it is in, where it is in one)
            yield f"{path}{why}", size, None


class _Counted:
    """A stream read through, with the size and CRC-32 of what was read of it."""

    def __init__(self, stream: _Stream) -> None:
        self._stream = stream
        self.size = 0
        self.checksum = 0

    def read(self, size: int = -1, /) -> bytes:
        data = self._stream.read(size)
        self.size, self.checksum = self.size + len(data), zlib.crc32(data, self.checksum)
        return data


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
    for _ in range(_MOST_MEMBERS):
        if not head.strip(b"\0"):  # the end: what follows is nothing but zeros, else a header GNU tar skips to
            while rest := _read(stream, _CHUNK, unpacking):
                if rest.strip(b"\0"):
                    raise _Unreadable("more after its end, which GNU tar reads")
            return
        if len(head) < _BLOCK or not _header(head):
            raise _Unreadable("damaged: a header that cannot be read")
        kind, size = head[156], _size(head[124:136])
        name = long_name or _name(head)
        long_name = ""
        if kind in _OWN_DATA:
            if size > _MOST_HEADER:
                raise _Unreadable("a name or header of over 1 MB")
            data = _read(stream, _padded(size), unpacking)[:size]
            if kind in b"xg" and _OVERRIDES.search(data):
                raise _Unreadable("a pax header changing a member's size")
            if kind == ord("L"):
                long_name = data.split(b"\0", 1)[0].decode("utf-8", "replace")
            elif kind == ord("x") and (path_record := _PAX_PATH.search(data)):
                long_name = path_record[1].decode("utf-8", "replace")
        elif kind in _SPARSE:
            raise _Unreadable("a sparse member")
        elif kind in _NO_DATA:
            _skip(stream, _padded(size), unpacking)
        else:
            yield from _member(stream, size, f"{path}{name}", kept, sizes, unpacking, zipped, depth)
            _read(stream, _padded(size) - size, unpacking)
        head = _read(stream, _BLOCK, unpacking)
    raise _Unreadable("more than 10,000 members")


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
        raise _Unreadable("an archive in it more than four deep or over 64 MB")
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
    """Passes over `size` bytes: where they are not packed, without reading them (a review of valid portfolios: a
    plain tar of 300 MB of videos counted as a bomb would)."""
    if isinstance(stream, (io.BufferedReader, io.BytesIO)):
        at = stream.tell()
        if at + size > stream.seek(0, io.SEEK_END):
            raise _Unreadable("cut short")
        stream.seek(at + size)
        return
    while size > 0:
        chunk = _read(stream, min(size, _CHUNK), unpacking)
        if not chunk:
            raise _Unreadable("cut short")
        size -= len(chunk)


def _padded(size: int) -> int:
    return -(-size // _BLOCK) * _BLOCK


def _header(block: bytes) -> bool:
    """Whether a block is a tar's header, by its checksum (of the old format too, which has no "ustar" mark)."""
    if len(block) < _BLOCK or not (written := _OCTAL.fullmatch(block[148:156])):
        return False
    counted = block[:148] + b" " * 8 + block[156:_BLOCK]
    expected, unsigned = int(written[1], 8), sum(counted)
    return expected == unsigned or expected == unsigned - 256 * sum(byte > 127 for byte in counted)  # (signed too)


_OCTAL = lazy_pattern(rb"[ \0]*([0-7]+)[ \0]*")
"""A number as a tar's header writes it, in octal digits; not as Python reads one too ("+0", "0o7", "1_0"), which
GNU tar may read otherwise (base 64, a review of the reader)."""


def _size(field: bytes) -> int:
    """A header's size: in octal digits, or in base 256 for a large one (its first byte 0x80); written otherwise,
    as GNU tar may read it and Python would not the same (a review of the reader), it cannot be read."""
    if field[:1] == b"\x80":
        return int.from_bytes(field[1:], "big")
    if not field.strip(b" \0"):
        return 0
    if not (digits := _OCTAL.fullmatch(field)):
        raise _Unreadable("a size written otherwise than in octal digits")
    return int(digits[1], 8)


def _name(head: bytes) -> str:
    name = head[:100].split(b"\0", 1)[0]
    if head[257:262] == b"ustar" and (prefix := head[345:500].split(b"\0", 1)[0]):
        name = prefix + b"/" + name
    return name.decode("utf-8", "replace")
