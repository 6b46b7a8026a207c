"""The reader of tars and packed files (site/tarred.py), in memory: what a tar holds is found however it is written,
and what cannot be read through is taken to hold every withheld file (a hostile review of the reader)."""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import tarfile
import zipfile
import zlib
from pathlib import Path

import pytest

from evidence_portfolio.site import tarred
from evidence_portfolio.site.own_outputs import zip_in_a_tar
from evidence_portfolio.site.tarred import Unpacking, may_be_packed, packed_members

SECRET = b"kanarytarredzz: the door code is 4821.\n" * 40
KEPT = {(len(SECRET), zlib.crc32(SECRET))}
TAKEN = [(len(SECRET), None)]
"""What a tar that cannot be read through is taken to hold: a file of each size kept (its name says why)."""


def tar(*members: tuple[str, bytes], form: int = tarfile.USTAR_FORMAT) -> bytes:
    written = io.BytesIO()
    with tarfile.open(fileobj=written, mode="w", format=form) as archive:
        for name, content in members:
            entry = tarfile.TarInfo(name)
            entry.size = len(content)
            archive.addfile(entry, io.BytesIO(content))
    return written.getvalue()


def found(data: bytes) -> list[tuple[str, int, int | None]]:
    assert may_be_packed(data[:512]), "not taken for a tar or a packed file"
    return list(packed_members(io.BytesIO(data), KEPT, Unpacking(), zip_in_a_tar))


def old_format(data: bytes) -> bytes:
    """A ustar tar as a tar of the old format writes it: no "ustar" mark, the checksum counted again."""
    header = bytearray(data[:512])
    header[257:265] = b"\0" * 8
    header[148:156] = b" " * 8
    header[148:156] = b"%06o\0 " % sum(header)
    return bytes(header) + data[512:]


FORMS = [
    ("ustar", tar(("papers/terms.txt", SECRET)), "papers/terms.txt"),
    ("gnu-long-name", tar(("d/" + "x" * 150 + ".txt", SECRET), form=tarfile.GNU_FORMAT), "d/" + "x" * 150 + ".txt"),
    ("pax-long-name", tar(("é" * 120 + ".txt", SECRET), form=tarfile.PAX_FORMAT), "é" * 120 + ".txt"),
    ("old-format", old_format(tar(("terms.txt", SECRET))), "terms.txt"),
    ("gzip", gzip.compress(tar(("terms.txt", SECRET))), "terms.txt"),
    ("bzip2", bz2.compress(tar(("terms.txt", SECRET))), "terms.txt"),
    ("one-file-packed", gzip.compress(SECRET), "(what it holds, unpacked)"),
    (
        "tar-in-a-tar",
        tar(("a.txt", b"a" * 600), ("inner.tar", tar(("terms.txt", SECRET)))),
        "inner.tar › terms.txt",
    ),
    (
        "packed-tar-in-a-tar",
        tar(("inner.tgz", gzip.compress(tar(("terms.txt", SECRET))))),
        "inner.tgz › terms.txt",
    ),
]
"""Tars (and a packed file) as they may be written: each form, the archive, and the copy's path in it."""


@pytest.mark.parametrize(("form", "data", "member"), FORMS, ids=[form for form, _, _ in FORMS])
def test_a_copy_in_a_tar_is_found_however_the_tar_is_written(form: str, data: bytes, member: str) -> None:
    assert found(data) == [(member, len(SECRET), zlib.crc32(SECRET))], form


def test_a_copy_in_a_zip_in_a_tar_is_found() -> None:
    zipped = io.BytesIO()
    with zipfile.ZipFile(zipped, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("terms.txt", SECRET)
    assert found(tar(("papers.zip", zipped.getvalue()))) == [
        ("papers.zip › terms.txt", len(SECRET), zlib.crc32(SECRET))
    ]


def test_a_tar_of_other_files_holds_no_copy() -> None:
    assert found(tar(("a.txt", SECRET.replace(b"4821", b"0000")), ("b.txt", b"b" * 5000))) == []
    assert not may_be_packed(b"%PDF-1.7\n" + b"\0" * 503) and not may_be_packed(b"\0" * 512)
    # texts starting with part of a packed file's mark (a review of valid portfolios)
    assert not may_be_packed(b"BZh Ltd invoice summary\n") and not may_be_packed(b"LZIP results are in\n")


@pytest.mark.parametrize(
    "damage",
    ["a-bad-header-then-the-copy", "cut-short", "packed-by-zstd", "a-header-of-its-own-too-large", "past-the-limit"],
)
def test_a_tar_that_cannot_be_read_through_is_taken_to_hold_every_withheld_file(
    damage: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """GNU tar skips a header it cannot read to the next one, where Python's tarfile stops without a word: a bad
    header before the end is no end; a tar cut short, packed in a way Python cannot unpack, with a header's own data
    of gigabytes (a long name), or past what a check unpacks (a bomb), cannot be read through either."""
    readme = tar(("readme.txt", b"Our papers.\n"))[:1024]  # its header and data, without the end
    data = {
        "a-bad-header-then-the-copy": readme + b"G" * 512 + tar(("terms.txt", SECRET)),
        "cut-short": tar(("readme.txt", b"r" * 2000), ("terms.txt", SECRET))[:2048],
        "packed-by-zstd": b"\x28\xb5\x2f\xfd" + b"\0" * 508,
        "a-header-of-its-own-too-large": bz2.compress(
            tar(("x", b""))[:124] + b"%011o\0" % (2 << 20) + tar(("x", b""))[136:156] + b"L" + b"\0" * 355
        ),
        "past-the-limit": bz2.compress(tar(("zeros.bin", b"\0" * 3_000_000), ("terms.txt", SECRET))),
    }[damage]
    if damage == "a-header-of-its-own-too-large":  # (its checksum counted again over the header as changed)
        header = bytearray(bz2.decompress(data)[:512])
        header[148:156] = b" " * 8
        header[148:156] = b"%06o\0 " % sum(header)
        data = bz2.compress(bytes(header) + b"a" * (2 << 20))
    if damage == "past-the-limit":
        monkeypatch.setattr(tarred, "_MOST_UNPACKED", 1_000_000)
    taken = found(data)
    why = {
        "a-bad-header-then-the-copy": "damaged: a header that cannot be read",
        "cut-short": "cut short",
        "packed-by-zstd": "packed by zstd, lz4, lzip, lzop, compress, pack or LZH, which are not unpacked",
        "a-header-of-its-own-too-large": "a name or header of over 1 MB",
        "past-the-limit": "too large to look through: over 256 MB unpacked, or past what a check unpacks",
    }[damage]
    assert [(size, checksum) for _, size, checksum in taken] == TAKEN and taken[0][0] == why, taken


def test_a_copy_in_a_tar_in_a_zip_is_found(tmp_path: Path) -> None:
    from evidence_portfolio.site.own_outputs import zipped_members

    path = tmp_path / "papers.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("inner.tar", tar(("terms.txt", SECRET)))
    assert list(zipped_members(path, KEPT)) == [("inner.tar › terms.txt", len(SECRET), zlib.crc32(SECRET))]


def kind(data: bytes, mark: bytes) -> bytes:
    """A tar whose first member is marked of another kind (its checksum counted again)."""
    header = bytearray(data[:512])
    header[156:157] = mark
    header[148:156] = b" " * 8
    header[148:156] = b"%06o\0 " % sum(header)
    return bytes(header) + data[512:]


def test_a_member_of_a_kind_gnu_tar_extracts_as_a_file_is_read_as_one() -> None:
    """GNU tar extracts a member of a kind it does not know as a file: one marked "Z" was skipped, its copy
    published (a review of the reader)."""
    assert found(kind(tar(("terms.txt", SECRET)), b"Z")) == [("terms.txt", len(SECRET), zlib.crc32(SECRET))]


@pytest.mark.parametrize("how", ["sparse", "pax-size", "too-deep", "too-large"])
def test_what_gnu_tar_reads_otherwise_is_taken_to_hold_every_withheld_file(
    how: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A sparse member, a pax header changing its member's size, an archive in a tar five deep or too large to read
    were read wrongly or skipped (a review of the reader): each is taken to hold every withheld file."""
    inner = tar(("terms.txt", SECRET))
    if how == "sparse":
        data = kind(inner, b"S")
    elif how == "pax-size":
        written = io.BytesIO()
        with tarfile.open(fileobj=written, mode="w", format=tarfile.PAX_FORMAT) as archive:
            entry = tarfile.TarInfo("terms.txt")
            entry.size = len(SECRET)
            entry.pax_headers = {"size": str(len(SECRET))}
            archive.addfile(entry, io.BytesIO(SECRET))
        data = written.getvalue()
    elif how == "too-deep":
        data = inner
        for depth in range(5):
            data = tar((f"level{depth}.tar", data))
    else:
        monkeypatch.setattr(tarred, "_MOST_NESTED", 1000)
        data = tar(("inner.tar", inner))
    assert [(size, checksum) for _, size, checksum in found(data)] == [(len(SECRET), None)], how


def test_a_tar_in_a_zip_too_large_to_read_whole_is_taken_to_hold_every_withheld_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """It was read cut short, and a cut at a header read as its end (a review of the reader)."""
    from evidence_portfolio.site import own_outputs

    monkeypatch.setattr(own_outputs, "_MOST_READ", 4096)
    path = tmp_path / "papers.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("inner.tar", tar(("padding.bin", b"p" * 3000), ("terms.txt", SECRET)))
    assert list(own_outputs.zipped_members(path, KEPT)) == [("inner.tar", len(SECRET), None)]


def test_small_packed_files_cost_what_they_unpack() -> None:
    """Each read counted a megabyte, read or not: 300 small .gz files of a portfolio were taken to hold what is
    withheld, their items told to remove them (a review of the reader)."""
    unpacking = Unpacking()
    small = gzip.compress(b"A small file.\n" * 10)
    for _ in range(300):
        assert list(packed_members(io.BytesIO(small), KEPT, unpacking, zip_in_a_tar)) == []
    assert unpacking.left > tarred._MOST_UNPACKED - 300 * 1000


def test_a_withheld_tar_packed_whole_is_found() -> None:
    """A withheld file that is itself a tar, gzipped: its members were read, never the tar whole (a review)."""
    withheld = tar(("records.csv", b"name,code\n" * 50))
    kept = {(len(withheld), zlib.crc32(withheld))}
    listed = list(packed_members(io.BytesIO(gzip.compress(withheld)), kept, Unpacking(), zip_in_a_tar))
    assert listed == [("(what it holds, unpacked)", len(withheld), zlib.crc32(withheld))], listed


def test_an_older_lzma_file_is_unpacked() -> None:
    """minutes.pdf.lzma, as `xz --format=lzma` writes it, was not known for a packed file (a review)."""
    assert found(lzma.compress(SECRET, format=lzma.FORMAT_ALONE)) == [
        ("(what it holds, unpacked)", len(SECRET), zlib.crc32(SECRET))
    ]


@pytest.mark.parametrize("how", ["base-64-size", "too-many-headers"])
def test_what_gnu_tar_reads_as_python_would_not_is_taken_to_hold_every_withheld_file(how: str) -> None:
    """A size written "+0", which GNU tar reads in base 64 and Python as 0, hid a header of the reader's alone; and
    488,000 empty headers took a check a minute (a review of the reader)."""
    if how == "base-64-size":
        header = bytearray(tar(("notes.txt", b""))[:512])
        header[124:136] = b"+0".ljust(11, b" ") + b"\0"
        header[148:156] = b" " * 8
        header[148:156] = b"%06o\0 " % sum(header)
        data = bytes(header) + tar(("terms.txt", SECRET))
    else:
        empty = tar(("folder/", b""))[:512]
        data = bz2.compress(empty * 10_001)
    assert [(size, checksum) for _, size, checksum in found(data)] == [(len(SECRET), None)], how


def test_a_plain_tars_members_passed_over_are_not_counted(monkeypatch: pytest.MonkeyPatch) -> None:
    """A plain tar of 300 MB of videos was counted as a bomb would be, and taken to hold what is withheld (a review
    of valid portfolios): what is passed over unread is not counted; what is unpacked is."""
    monkeypatch.setattr(tarred, "_MOST_UNPACKED", 1_000_000)
    data = tar(("video.mp4", b"v" * 3_000_000), ("terms.txt", SECRET))
    assert found(data) == [("terms.txt", len(SECRET), zlib.crc32(SECRET))]
    assert [checksum for _, _, checksum in found(bz2.compress(data))] == [None]


def test_each_archive_has_its_own_limit_within_the_checks(monkeypatch: pytest.MonkeyPatch) -> None:
    """One limit for all made the third of three public datasets an error (a review of valid portfolios): each
    archive has its own, and all of a check have one more (bombs)."""
    monkeypatch.setattr(tarred, "_MOST_UNPACKED", 1_000_000)
    monkeypatch.setattr(tarred, "_MOST_IN_A_CHECK", 2_000_000)
    dataset = bz2.compress(tar(("visits.csv", b"1,2\n" * 150_000), ("terms.txt", SECRET)))
    unpacking = Unpacking()
    checksums = []
    for _ in range(4):
        unpacking.next_archive()
        checksums += [checksum for _, _, checksum in packed_members(io.BytesIO(dataset), KEPT, unpacking, zip_in_a_tar)]
    assert checksums == [zlib.crc32(SECRET)] * 3 + [None], checksums
