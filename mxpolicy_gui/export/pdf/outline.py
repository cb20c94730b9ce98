"""Bookmarks (the PDF outline) and full document metadata, appended to the PDF Qt wrote.

Qt's PDF engine writes neither an outline nor a subject and keywords. pypdf can add them, but
it reads every object of the file first, which took half the time of the whole export
(docs/performance.md). This appends them instead as an *incremental update* (PDF 1.7, section
7.5.6): new objects, a rewritten catalog and information dictionary, and an xref section that
points back to Qt's (`/Prev`). Nothing Qt wrote is read beyond its trailer, catalog, page tree
and information dictionary, which Qt writes as plain, uncompressed dictionaries; the tests
read the result back with pypdf.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_TRAILER = re.compile(rb"trailer\s*<<(?P<body>.*?)>>\s*startxref\s*(?P<xref>\d+)\s*%%EOF\s*$", re.S)


class OutlineError(ValueError):
    """The PDF is not laid out as Qt writes it; the caller keeps the file without bookmarks."""


@dataclass
class Bookmark:
    title: str
    page: int  # index of the page it opens
    children: list[Bookmark] = field(default_factory=list)


def _ref(body: bytes, key: bytes) -> int:
    found = re.search(rb"/" + key + rb"\s+(\d+)\s+0\s+R", body)
    if not found:
        raise OutlineError(f"no /{key.decode()} reference")
    return int(found.group(1))


def _object(pdf: bytes, number: int) -> bytes:
    """The dictionary body of object `number` (the last definition wins, as in a reader).

    Found from the end with `rfind` rather than by a regex over the whole file: a regex
    anchored at line starts tries every byte of a file that holds a thousand pages (about
    0.3 s a lookup at 1,000 records)."""
    head = str(number).encode() + b" 0 obj"
    at = pdf.rfind(b"\n" + head)
    start = at + 1 if at >= 0 else (0 if pdf.startswith(head) else -1)
    while start >= 0:
        found = _BODY.match(pdf, start + len(head))
        if found:
            return found.group(1)
        at = pdf.rfind(b"\n" + head, 0, max(start - 1, 0))
        start = at + 1 if at >= 0 else (0 if start and pdf.startswith(head) else -1)
    raise OutlineError(f"object {number} not found")


_BODY = re.compile(rb"\s*<<(.*?)>>\s*endobj", re.S)


def page_objects(pdf: bytes, pages: int) -> list[int]:
    """Object numbers of the pages, in order, from a flat page tree as Qt writes it."""
    body = _object(pdf, pages)
    kids = re.search(rb"/Kids\s*\[(.*?)\]", body, re.S)
    if not kids:
        raise OutlineError("no /Kids in the page tree")
    numbers = [int(n) for n in re.findall(rb"(\d+)\s+0\s+R", kids.group(1))]
    for number in numbers[:1]:
        if b"/Type /Pages" in _object(pdf, number):
            raise OutlineError("nested page tree")
    return numbers


def text_string(value: str) -> bytes:
    """A PDF text string in UTF-16BE with its byte order mark, hex-encoded: any character,
    no escaping."""
    return b"<FEFF" + value.encode("utf-16-be").hex().upper().encode() + b">"


def _count(mark: Bookmark) -> int:
    return len(mark.children) + sum(_count(child) for child in mark.children)


def append_outline(pdf: bytes, bookmarks: list[Bookmark], info: dict[str, str]) -> bytes:
    """`pdf` with `bookmarks` (opened on show) and `info` merged into its document
    information, as an incremental update. Raises OutlineError if `pdf` is not as expected."""
    trailer = _TRAILER.search(pdf[-4096:])
    if not trailer:
        raise OutlineError("no trailer")
    body = trailer.group("body")
    # Qt always writes /Size in the trailer; a file without it fails here, as it should.
    size = int(re.search(rb"/Size\s+(\d+)", body).group(1))  # type: ignore[union-attr]
    root, info_ref = _ref(body, b"Root"), _ref(body, b"Info")
    ids = re.search(rb"/ID\s*\[.*?\]", body, re.S)
    catalog = _object(pdf, root)
    pages = page_objects(pdf, _ref(catalog, b"Pages"))

    objects: dict[int, bytes] = {}
    next_number = size

    def allocate() -> int:
        nonlocal next_number
        next_number += 1
        return next_number - 1

    outline_root = allocate()
    numbers: dict[int, int] = {}

    def place(marks: list[Bookmark], parent: int) -> tuple[int, int]:
        for mark in marks:
            numbers[id(mark)] = allocate()
        for i, mark in enumerate(marks):
            own = numbers[id(mark)]
            page = pages[min(max(mark.page, 0), len(pages) - 1)]
            parts = [
                b"/Title " + text_string(mark.title),
                b"/Parent %d 0 R" % parent,
                b"/Dest [%d 0 R /XYZ null null null]" % page,
            ]
            if i:
                parts.append(b"/Prev %d 0 R" % numbers[id(marks[i - 1])])
            if i + 1 < len(marks):
                parts.append(b"/Next %d 0 R" % numbers[id(marks[i + 1])])
            if mark.children:
                first, last = place(mark.children, own)
                parts += [b"/First %d 0 R" % first, b"/Last %d 0 R" % last,
                          b"/Count %d" % _count(mark)]
            objects[own] = b"<<\n" + b"\n".join(parts) + b"\n>>"
        return numbers[id(marks[0])], numbers[id(marks[-1])]

    if bookmarks:
        first, last = place(bookmarks, outline_root)
        total = len(bookmarks) + sum(_count(m) for m in bookmarks)
        objects[outline_root] = (b"<<\n/Type /Outlines\n/First %d 0 R\n/Last %d 0 R\n/Count %d\n>>"
                                 % (first, last, total))
    else:
        objects[outline_root] = b"<<\n/Type /Outlines\n/Count 0\n>>"
    kept = re.sub(rb"/(Outlines|PageMode)\s+\S+(\s+0\s+R)?", b"", catalog)
    objects[root] = (b"<<" + kept.rstrip() + b"\n/Outlines %d 0 R\n/PageMode /UseOutlines\n>>"
                     % outline_root)
    old_info = _object(pdf, info_ref)
    for key in info:
        old_info = re.sub(rb"/" + key.encode() + rb"\s*(\([^)]*\)|<[^>]*>)", b"", old_info)
    new_info = b"".join(b"\n/" + key.encode() + b" " + text_string(value)
                        for key, value in info.items())
    objects[info_ref] = b"<<" + old_info.rstrip() + new_info + b"\n>>"

    out = bytearray(pdf)
    if not out.endswith(b"\n"):
        out += b"\n"
    offsets: dict[int, int] = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + objects[number] + b"\nendobj\n"
    xref_at = len(out)
    out += b"xref\n"
    run: list[int] = []
    in_order: list[int | None] = [*sorted(offsets), None]
    for entry in in_order:
        if run and (entry is None or entry != run[-1] + 1):
            out += b"%d %d\n" % (run[0], len(run))
            out += b"".join(b"%010d 00000 n \n" % offsets[n] for n in run)
            run = []
        if entry is not None:
            run.append(entry)
    out += b"trailer\n<<\n/Size %d\n/Root %d 0 R\n/Info %d 0 R\n/Prev %s\n" % (
        next_number, root, info_ref, trailer.group("xref"))
    if ids:
        out += ids.group(0) + b"\n"
    out += b">>\nstartxref\n%d\n%%%%EOF\n" % xref_at
    return bytes(out)
