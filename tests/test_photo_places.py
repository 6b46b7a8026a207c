"""A photo published to everyone that holds the place it was taken (the GPS position a phone saves in it) is told:
read from a JPEG's, a PNG's and a WebP picture's EXIF data, as cameras and phones write it."""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import Project
from evidence_portfolio.reading.photo_places import photo_place


def tiff(latitude: tuple[int, int, int] | None, order: str = "<") -> bytes:
    """A TIFF block as a phone writes EXIF data: a first directory pointing to a GPS directory that gives the
    latitude (degrees, minutes, seconds, each a fraction over 1), or to none."""
    head = (b"II*\x00" if order == "<" else b"MM\x00*") + struct.pack(order + "I", 8)
    if latitude is None:
        return head + struct.pack(order + "H", 1) + struct.pack(order + "HHII", 0x010F, 2, 4, 0) + b"\0" * 4
    first = struct.pack(order + "H", 1) + struct.pack(order + "HHII", 0x8825, 4, 1, 26) + b"\0" * 4
    fractions = 26 + 2 + 2 * 12 + 4
    gps = struct.pack(order + "H", 2)
    gps += struct.pack(order + "HHI", 1, 2, 2) + b"N\0\0\0"
    gps += struct.pack(order + "HHII", 2, 5, 3, fractions) + b"\0" * 4
    return head + first + gps + b"".join(struct.pack(order + "II", number, 1) for number in latitude)


def jpeg(block: bytes) -> bytes:
    """A JPEG as an editor writes one: colour profiles (APP2) of 320 KB before its EXIF data (a hostile review: read
    only to its 256th KB)."""
    exif = b"Exif\x00\x00" + block
    profiles = (b"\xff\xe2" + struct.pack(">H", 65_000) + b"\0" * 64_998) * 5
    return (
        b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
        + profiles
        + (b"\xff\xe1" + struct.pack(">H", len(exif) + 2) + exif + b"\xff\xda\x00\x02" + b"\x00" * 64 + b"\xff\xd9")
    )


def png(block: bytes) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
    return b"\x89PNG\r\n\x1a\n" + header + chunk(b"eXIf", block) + chunk(b"IDAT", zlib.compress(b"\0\0\0\0"))


def webp(block: bytes) -> bytes:
    """A WebP picture as libwebp writes one: its EXIF chunk after its picture's (a review of the change: a photo
    of 1.1 MB was read only to its 256th KB)."""
    exif = b"EXIF" + struct.pack("<I", len(block)) + block + b"\0" * (len(block) & 1)
    picture = b"VP8L" + struct.pack("<I", 400_001) + b"\x2f" + b"\0" * 400_001  # (odd: padded)
    body = b"WEBP" + b"VP8X" + struct.pack("<I", 10) + b"\x08" + b"\0" * 9 + picture + exif
    return b"RIFF" + struct.pack("<I", len(body)) + body


@pytest.mark.parametrize("made", [jpeg, png, webp], ids=["jpeg", "png", "webp"])
@pytest.mark.parametrize("order", ["<", ">"], ids=["intel", "motorola"])
def test_the_place_a_photo_was_taken_is_read_from_its_exif_data(
    tmp_path: Path, made: Callable[[bytes], bytes], order: str
) -> None:
    photo = tmp_path / "photo"
    photo.write_bytes(made(tiff((51, 30, 12), order)))
    assert photo_place(str(photo))
    for without in (tiff(None, order), tiff((0, 0, 0), order)):  # no GPS directory; a phone's without a fix
        photo.write_bytes(made(without))
        assert not photo_place(str(photo))


@pytest.mark.parametrize(
    "damaged",
    [b"", b"\xff\xd8", b"\xff\xd8\xff\xe1\x00\x01", jpeg(b"II*\x00\xff\xff\xff\xff"), jpeg(tiff((51, 30, 12))[:40])],
    ids=["empty", "a start alone", "a segment too short", "a directory out of the block", "cut short"],
)
def test_a_damaged_picture_holds_no_place_and_raises_nothing(tmp_path: Path, damaged: bytes) -> None:
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(damaged)
    assert not photo_place(str(photo))


def test_a_photo_a_public_page_publishes_that_holds_its_place_is_told_in_both_doors(project: Project) -> None:
    """A junior team's photo, attached to a public item and shown by a public page, told everyone where the team
    trains (a review of valid portfolios): a warning at the photo, once, naming the page; not of a photo kept from the
    public, nor of one without the place."""
    project.write("evidence/juniors/files/team.jpg", jpeg(tiff((52, 12, 30))))
    project.write("evidence/juniors/files/pitch.jpg", jpeg(tiff(None)))
    project.write("evidence/staff/files/rota.jpg", jpeg(tiff((52, 12, 30))))
    head = "---\ntitle: Cup final\ntype: evidence\nmaps_to: partnerships/do\ndate: 2026-05-01\nvisibility: {}\n"
    project.write(
        "evidence/juniors/cup.md",
        head.format("public") + "attachments: [files/team.jpg]\n---\n\n![The team](files/team.jpg)\n"
        "![The pitch](files/pitch.jpg)\n",
    )
    project.write("evidence/staff/rota.md", head.format("internal") + "---\n\n![Rota](files/rota.jpg)\n")
    said = (
        "evidence/juniors/files/team.jpg:1: warning: this photo holds the place where it was taken (the GPS position "
        "a phone saves in it), and it is published to everyone with evidence/juniors/cup.md, which is public; save a "
        "copy without the location and use that"
    )
    checked = project.check()
    told = [line for line in checked.stdout.splitlines() if "photo holds the place" in line]
    assert len(told) == 1 and told[0].startswith(said), checked.stdout
    built = project.build(strict=True)
    assert built.failed and any(said in line for line in built.log), built.log
    project.write("evidence/juniors/cup.md", head.format("accreditor") + "---\n\n![The team](files/team.jpg)\n")
    assert "photo holds the place" not in project.check().stdout
    # told of a public item's photo that a public item with an error attaches too (a review of the change: hidden)
    project.write("evidence/juniors/cup.md", head.format("public") + "attachments: [files/team.jpg]\n---\n\nCup.\n")
    project.write(
        "evidence/juniors/bad.md",
        head.format("public").replace("2026-05-01", "2026-13-45") + "attachments: [files/team.jpg]\n---\n\nBad.\n",
    )
    assert said in project.check().stdout
    (project.root / "evidence/juniors/bad.md").unlink()
    # nor of one an internal item attaches, which the public build withholds whoever shows it (a review of the
    # change: told to be published to everyone)
    project.write("evidence/juniors/cup.md", head.format("public") + "---\n\n![The rota](../staff/files/rota.jpg)\n")
    project.write("evidence/staff/rota.md", head.format("internal") + "attachments: [files/rota.jpg]\n---\n\nRota.\n")
    assert "photo holds the place" not in project.check().stdout
