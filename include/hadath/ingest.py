"""Discovering inputs, decoding their bytes, reading sidecars and feeds.

Every document that goes in comes out as an `Article` or a `Reject` with a
reason code (CONTRACT.md, rejects): nothing is dropped silently. Inputs are
read through fsspec, so a local folder, `file://…` or `s3://…` behave alike.
"""
from __future__ import annotations

import datetime as dt
import email.utils
import gzip
import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import charset_normalizer
import fsspec

from hadath.records import Article, Reject, stable_id
from hadath.text.dateline import outlet

DEFAULT_MAX_BYTES = 2 * 1024 * 1024
FEED_SUFFIXES = (".jsonl", ".jsonl.gz")
ARTICLE_SUFFIX = ".txt"

# Field aliases a feed record may use (CONTRACT.md, Inputs), in order of preference.
ID_FIELDS = ("id", "doc_id", "docno")
TEXT_FIELDS = ("text", "content", "body")
PUBLISHED_FIELDS = ("published", "time", "date", "pubDate", "date_extracted")
SOURCE_FIELDS = ("source", "src", "outlet")

LEGACY_ARABIC_ENCODINGS = ["cp1256", "iso8859_6"]
ARABIC_LETTER = re.compile(r"[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FC]")
ANY_LETTER = re.compile(r"[^\W\d_]")
CONTROL_CHAR = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
MIN_ARABIC_SHARE = 0.5


@dataclass(frozen=True, slots=True)
class InputUnit:
    """One piece of work for an ingest task: a text file, or a line range of a feed.

    Plain strings and ints only, so that a list of them travels as Airflow XCom.
    """

    uri: str
    first_line: int = 0  # feeds: 1-based line range, inclusive; 0 for a .txt file
    last_line: int = 0

    @property
    def is_feed(self) -> bool:
        return self.uri.endswith(FEED_SUFFIXES)


class SourceError(Exception):
    """An input that cannot be read at all (missing path, unreachable store)."""


def discover(sources: Iterable[str], feed_slice: int = 2000) -> list[InputUnit]:
    """Every article file and feed slice under the given sources, sorted for
    reproducible batches. Raises SourceError for a source that does not exist."""
    units: list[InputUnit] = []
    for source in sources:
        fs, root = fsspec.core.url_to_fs(source)
        if not fs.exists(root):
            raise SourceError(f"source not found: {source}")
        paths = sorted(fs.find(root)) if fs.isdir(root) else [root]
        for path in paths:
            uri = fs.unstrip_protocol(path) if "://" in source else path
            if path.endswith(ARTICLE_SUFFIX):
                units.append(InputUnit(uri))
            elif path.endswith(FEED_SUFFIXES):
                n_lines = _count_lines(uri)
                for first in range(1, n_lines + 1, feed_slice):
                    units.append(InputUnit(uri, first, min(first + feed_slice - 1, n_lines)))
    return units


def batches(units: list[InputUnit], size: int) -> list[list[InputUnit]]:
    """Group units into batches of about `size` documents (a feed slice counts
    its lines)."""
    out: list[list[InputUnit]] = []
    current: list[InputUnit] = []
    count = 0
    for unit in units:
        weight = unit.last_line - unit.first_line + 1 if unit.is_feed else 1
        if current and count + weight > size:
            out.append(current)
            current, count = [], 0
        current.append(unit)
        count += weight
    if current:
        out.append(current)
    return out


def read_units(units: Iterable[InputUnit], ingested_at: dt.datetime,
               max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | Reject]:
    """Decode every document of the units into an Article or a Reject."""
    for unit in units:
        if unit.is_feed:
            yield from _read_feed(unit, ingested_at, max_bytes)
        else:
            yield _read_text_file(unit.uri, ingested_at, max_bytes)


# --- text files with sidecars -------------------------------------------------

def _read_text_file(uri: str, ingested_at: dt.datetime, max_bytes: int) -> Article | Reject:
    doc_id = _stem(uri)
    with fsspec.open(uri, "rb") as f:
        data = f.read(max_bytes + 1)
    sha = hashlib.sha256(data).hexdigest()
    reject = _Rejecter(uri, doc_id, sha, ingested_at)
    if len(data) > max_bytes:
        return reject("too_large", f"larger than {max_bytes} bytes")
    meta = {}
    sidecar = uri[: -len(ARTICLE_SUFFIX)] + ".json"
    fs, path = fsspec.core.url_to_fs(sidecar)
    if fs.exists(path):
        try:
            with fs.open(path, "rb") as f:
                meta = json.loads(f.read().decode("utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            return reject("bad_metadata", f"sidecar {path}: {exc}")
        if not isinstance(meta, dict):
            return reject("bad_metadata", f"sidecar {path}: not a JSON object")
    decoded = decode(data)
    if isinstance(decoded, str):  # a reason code
        return reject(*_DECODE_REJECTS[decoded])
    text, encoding = decoded
    return _accept(reject, text, encoding, meta)


# --- feeds -------------------------------------------------------------------

def _open_lines(uri: str):
    f = fsspec.open(uri, "rb").open()
    return gzip.open(f) if uri.endswith(".gz") else f


def _count_lines(uri: str) -> int:
    with _open_lines(uri) as f:
        return sum(1 for _ in f)


def _read_feed(unit: InputUnit, ingested_at: dt.datetime, max_bytes: int) -> Iterator[Article | Reject]:
    with _open_lines(unit.uri) as f:
        for line_no, line in enumerate(f, start=1):
            if line_no < unit.first_line:
                continue
            if line_no > unit.last_line:
                break
            if line.strip():
                yield _read_feed_line(unit.uri, line_no, line, ingested_at, max_bytes)


def _read_feed_line(uri: str, line_no: int, line: bytes, ingested_at: dt.datetime,
                    max_bytes: int) -> Article | Reject:
    location = f"{uri}#L{line_no}"
    sha = hashlib.sha256(line.rstrip(b"\r\n")).hexdigest()
    reject = _Rejecter(location, None, sha, ingested_at)
    if len(line) > max_bytes:
        return reject("too_large", f"line {line_no}: larger than {max_bytes} bytes")
    try:
        record = json.loads(line.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        return reject("bad_metadata", f"line {line_no}: {exc}")
    if not isinstance(record, dict):
        return reject("bad_metadata", f"line {line_no}: not a JSON object")
    doc_id = _first(record, ID_FIELDS)
    if doc_id is None:
        doc_id = stable_id(record.get("url") or line, length=16)
    reject.doc_id = str(doc_id)
    text = _first(record, TEXT_FIELDS)
    if text is None:
        if any(name in record for name in TEXT_FIELDS):
            return reject("empty", f"line {line_no}: the text field is empty")
        return reject("bad_metadata", f"line {line_no}: no text field ({', '.join(TEXT_FIELDS)})")
    if not isinstance(text, str):
        return reject("bad_metadata", f"line {line_no}: text is {type(text).__name__}, not a string")
    problem = _text_problem(text)
    if problem:
        return reject(*_DECODE_REJECTS[problem])
    return _accept(reject, text, "utf-8", record)


# --- decoding ----------------------------------------------------------------

_DECODE_REJECTS = {
    "empty": ("empty", "no text"),
    "not_text": ("not_text", "binary or undecodable bytes"),
    "not_arabic": ("not_arabic", f"less than {MIN_ARABIC_SHARE:.0%} of the letters are Arabic"),
}


def decode(data: bytes) -> tuple[str, str] | str:
    """(text, encoding) for bytes holding Arabic text, else a reason code:
    `empty`, `not_text` or `not_arabic`."""
    if not data.strip():
        return "empty"
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                text = data.decode("utf-8-sig" if codec == "utf-8" else codec)
            except UnicodeDecodeError:
                return "not_text"
            return _checked(text, codec)
    if b"\x00" in data:
        return "not_text"
    try:
        return _checked(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data, cp_isolation=LEGACY_ARABIC_ENCODINGS).best()
    if best is None:
        return "not_text"
    return _checked(str(best), _codec_name(best.encoding))


def _codec_name(encoding: str) -> str:
    return {"cp1256": "windows-1256", "iso8859_6": "iso-8859-6"}.get(encoding, encoding)


def _checked(text: str, encoding: str) -> tuple[str, str] | str:
    problem = _text_problem(text)
    return problem or (text, encoding)


def _text_problem(text: str) -> str | None:
    if not text.strip():
        return "empty"
    if len(CONTROL_CHAR.findall(text)) > max(2, len(text) // 100):
        return "not_text"
    letters = len(ANY_LETTER.findall(text))
    if letters == 0 or len(ARABIC_LETTER.findall(text)) / letters < MIN_ARABIC_SHARE:
        return "not_arabic"
    return None


# --- building the records ----------------------------------------------------

class _Rejecter:
    """Makes Rejects for one document, which can learn its doc_id late."""

    def __init__(self, source_path: str, doc_id: str | None, sha: str, ingested_at: dt.datetime):
        self.source_path, self.doc_id, self.sha, self.ingested_at = source_path, doc_id, sha, ingested_at

    def __call__(self, reason: str, detail: str) -> Reject:
        return Reject(self.source_path, self.doc_id, reason, detail, self.sha, self.ingested_at)


def _accept(reject: _Rejecter, text: str, encoding: str, meta: dict) -> Article | Reject:
    text = unicodedata.normalize("NFC", text)
    published = _first(meta, PUBLISHED_FIELDS)
    pub_date = parse_published(published) if published is not None else None
    if published is not None and pub_date is None:
        return reject("bad_metadata", f"unparseable publication date {published!r}")
    source = _first(meta, SOURCE_FIELDS)
    if source is None:
        source = outlet(text)
    return Article(
        article_id=article_id(text),
        doc_id=reject.doc_id,
        source=_optional_str(source),
        title=_optional_str(meta.get("title")),
        url=_optional_str(meta.get("url")),
        pub_date=pub_date,
        pub_date_source="metadata" if pub_date else None,
        text=text,
        content_sha256=reject.sha,
        encoding=encoding,
        ingested_at=reject.ingested_at,
        source_path=reject.source_path,
    )


def article_id(text: str) -> str:
    """sha256 of the normalized text (NFC, whitespace collapsed): the same
    article received twice, even re-wrapped, gets the same id."""
    normalized = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(normalized.encode("utf-8")).hexdigest()[:20]


def parse_published(value: object) -> dt.date | None:
    """The publication day as published, in its own time zone (no UTC shift).
    ISO 8601 or RFC 2822; None when neither parses."""
    if isinstance(value, (int, float)) or not str(value).strip():
        return None
    text = str(value).strip()
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        return None


def _first(record: dict, fields: tuple[str, ...]):
    for name in fields:
        value = record.get(name)
        if value is not None and value != "":
            return value
    return None


def _optional_str(value: object) -> str | None:
    return None if value is None or str(value).strip() == "" else str(value).strip()


def _stem(uri: str) -> str:
    name = uri.rstrip("/").rsplit("/", 1)[-1]
    return name[: -len(ARTICLE_SUFFIX)] if name.endswith(ARTICLE_SUFFIX) else name
