"""A smaller ICU data library for the bundle: the items Qt Core reaches, for the languages the app speaks.

Qt Core links ICU, whose data library (libicudata, 31 MB) holds one "common data" package: a table of named
items (locale bundles, collation rules, converters, break dictionaries, time-zone names). Qt asks ICU only for
case mapping, collation (QCollator), time-zone names (QTimeZone) and legacy text codecs (QStringConverter), so
the rebuilt library keeps the core property and normalisation items, the time-zone and locale metadata, root,
English and German collation and zone names, and the single-byte codecs. Other locales collate and name zones
by ICU's root rules; multi-byte legacy codecs, break dictionaries, transliterators and display-name tables go.

The package format: a data header, then a count and (name offset, data offset) pairs relative to the table,
the NUL-terminated names, and each item (a data file with its own header) aligned to 16 bytes.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import tempfile
from pathlib import Path

Item = tuple[str, bytes]

KEPT_LANGUAGES = ("de", "en")
LOCALE = re.compile(r"^(?:[a-z]{2,3}|root)(?:_\w*)?\.res$")
# Whole trees (coll/, zone/) kept for the kept languages; every other tree is left out.
LOCALE_TREES = ("coll", "zone")
ALWAYS_KEPT = {
    "root.res",
    "pool.res",
    "res_index.res",
}  # the fallback locale and each tree's index and key pool
TOP_LEVEL_DROPPED = re.compile(r"^(?:unames\.icu|confusables\.cfu|.*\.spp)$")
SMALL_CODEC = 20_000  # single-byte converter tables are a few KB; multi-byte ones run to hundreds of KB


def kept(name: str, size: int) -> bool:
    """Whether the item called `name` (as "icudt73l/zone/de.res") of `size` bytes stays in the package."""
    parts = name.split("/")[1:]
    if len(parts) == 1:
        (leaf,) = parts
        if leaf.endswith(".cnv"):
            return size <= SMALL_CODEC
        if LOCALE.match(leaf):
            return speaks(leaf)
        return not TOP_LEVEL_DROPPED.match(leaf)
    tree, leaf = parts[0], parts[-1]
    if tree not in LOCALE_TREES:
        return False
    return not LOCALE.match(leaf) or speaks(leaf)


def speaks(leaf: str) -> bool:
    if leaf in ALWAYS_KEPT:
        return True
    language = leaf.removesuffix(".res").split("_")[0]
    return language == "root" or language in KEPT_LANGUAGES


def read_package(blob: bytes) -> tuple[bytes, list[Item]]:
    """The package's own header and its items, in table order."""
    header_size, magic = struct.unpack_from("<H2s", blob)
    if magic != b"\xda\x27" or blob[12:16] != b"CmnD" or blob[8] != 0:
        raise ValueError("not a little-endian ICU common data package")
    count = struct.unpack_from("<I", blob, header_size)[0]
    table = header_size
    entries = [struct.unpack_from("<II", blob, table + 4 + 8 * i) for i in range(count)]
    starts = [table + data for _name, data in entries] + [len(blob)]
    items = []
    for index, (name_offset, _data) in enumerate(entries):
        end = blob.index(b"\0", table + name_offset)
        name = blob[table + name_offset : end].decode("ascii")
        items.append((name, blob[starts[index] : starts[index + 1]]))
    return blob[:header_size], items


def write_package(header: bytes, items: list[Item]) -> bytes:
    """A package holding `items` (kept in name order, which ICU's lookup relies on)."""
    items = sorted(items, key=lambda item: item[0].encode("ascii"))
    names = b"".join(name.encode("ascii") + b"\0" for name, _data in items)
    table_size = 4 + 8 * len(items)
    name_offsets, offset = [], table_size
    for name, _data in items:
        name_offsets.append(offset)
        offset += len(name) + 1
    offset = align(offset)
    body, data_offsets = bytearray(), []
    for _name, data in items:
        data_offsets.append(offset + len(body))
        body += data + bytes(align(len(data)) - len(data))
    table = struct.pack("<I", len(items))
    table += b"".join(struct.pack("<II", n, d) for n, d in zip(name_offsets, data_offsets, strict=True))
    prefix = table + names
    return header + prefix + bytes(align(len(prefix)) - len(prefix)) + bytes(body)


def align(size: int) -> int:
    return (size + 15) & ~15


def trim(blob: bytes) -> bytes:
    header, items = read_package(blob)
    return write_package(header, [(name, data) for name, data in items if kept(name, len(data))])


def data_symbol(library: Path) -> tuple[str, int, int]:
    """The exported data symbol of an ICU data library, its file offset and size (read with binutils' nm)."""
    listing = subprocess.run(
        ["nm", "-D", "--defined-only", "-S", str(library)], capture_output=True, text=True, check=True
    ).stdout
    for line in listing.splitlines():
        fields = line.split()
        if len(fields) == 4 and re.fullmatch(r"icudt\d+_dat", fields[3]):
            return fields[3], int(fields[0], 16), int(fields[1], 16)
    raise ValueError(f"{library} exports no ICU data symbol")


def rebuild(library: Path, target: Path) -> Path:
    """Write a trimmed copy of the ICU data `library` to `target` (an assembler and linker do the ELF)."""
    symbol, offset, size = data_symbol(library)
    blob = library.read_bytes()[offset : offset + size]
    soname = library.name
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        (folder / "data.bin").write_bytes(trim(blob))
        (folder / "data.s").write_text(
            f"\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign 16\n{symbol}:\n"
            f'\t.incbin "data.bin"\n\t.size {symbol}, . - {symbol}\n\t.section .note.GNU-stack,"",@progbits\n'
        )
        subprocess.run(["as", "-o", "data.o", "data.s"], cwd=folder, check=True)
        subprocess.run(["ld", "-shared", "-soname", soname, "-o", soname, "data.o"], cwd=folder, check=True)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(folder / soname, target)
    return target


def tools_present() -> bool:
    return all(shutil.which(tool) for tool in ("nm", "as", "ld"))
