"""Plain data read from YAML with the position of every value and key, and merging two such
documents (a pack over the pack it extends) without losing where each value came from."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from msgspec import Struct, field

Path_ = tuple[str | int, ...]
"""A path into the data: keys and list indexes."""


class Document(Struct):
    """Plain data read from YAML, with the position of every value and key."""

    data: Any
    values: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    keys: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    files: dict[Path_, str] = field(default_factory=dict)
    """For merged documents: which file each value came from (nearest prefix wins)."""
    tight: set[Path_] = field(default_factory=set)
    """Items of flow lists (``[a,b]``) followed by the next item after a bare comma, with no
    space: where YAML may have split one item at a decimal comma (``[Fee of 2,9 %]``)."""

    def position(self, path: Path_) -> tuple[int, int]:
        """The line and column of the value at ``path``, or of its nearest parent."""
        path = tuple(path)
        while path not in self.values and path:
            path = path[:-1]
        return self.values.get(path, (1, 1))

    def tight_pairs(self) -> Iterator[tuple[Path_, Any, Any]]:
        """Each :attr:`tight` item with the item after it, in the order they were written:
        ``(path of the first, first, second)``."""
        for path in sorted(self.tight, key=self.position):
            items: Any = self.data
            for part in path[:-1]:
                items = items[part]  # the loader recorded this path in this data
            index = path[-1]
            if isinstance(items, list) and isinstance(index, int) and index + 1 < len(items):
                yield path, items[index], items[index + 1]

    def file_of(self, path: Path_) -> str | None:
        """The file the value at ``path`` (or its nearest parent) came from, if recorded."""
        path = tuple(path)
        while path not in self.files and path:
            path = path[:-1]
        return self.files.get(path)


def overlay(
    child: Document,
    child_file: str,
    parent: Document,
    parent_file: str,
    whole: Callable[[Path_], bool] = lambda _path: False,
) -> Document:
    """Merge ``child`` over ``parent``: mappings merge key by key, anything else is replaced,
    and so is a mapping at a path for which ``whole`` is true.

    Every value keeps its position and the file it came from, so errors in a merged pack
    point at the file that set the value.
    """
    out = Document(None)

    def copy(doc: Document, file: str, prefix: Path_) -> None:
        for source, target in ((doc.values, out.values), (doc.keys, out.keys)):
            for path, pos in source.items():
                if path[: len(prefix)] == prefix:
                    target[path] = pos
        for path, origin in doc.files.items():
            if path[: len(prefix)] == prefix:
                out.files[path] = origin
        out.files[prefix] = doc.file_of(prefix) or file

    def merge(c: Any, p: Any, prefix: Path_) -> Any:
        if not (isinstance(c, dict) and isinstance(p, dict)) or whole(prefix):
            copy(child, child_file, prefix)
            return c
        for source, target in ((child.values, out.values), (child.keys, out.keys)):
            if prefix in source:
                target[prefix] = source[prefix]
        out.files[prefix] = child.file_of(prefix) or child_file
        merged: dict[str, Any] = {}
        for key in [*p, *(k for k in c if k not in p)]:
            sub = (*prefix, key)
            if key in c and key in p:
                merged[key] = merge(c[key], p[key], sub)
            elif key in c:
                copy(child, child_file, sub)
                merged[key] = c[key]
            else:
                copy(parent, parent_file, sub)
                merged[key] = p[key]
        return merged

    out.data = merge(child.data, parent.data, ())
    return out
