"""The codebook loader: YAML to :class:`Codebook`, every error with its file and line.

The YAML is *composed* (not loaded) so each value keeps its line; text values
are read as written, so ``No`` stays the word "No" and never becomes ``False``.

>>> book = codebook_from_text('''
... name: demo
... actors:
...   - {id: north, name: North, aliases: [Northern side]}
...   - {id: south, name: South, camp: north}
... issues:
...   - {id: treaty, label: Sign a peace treaty}
... ''', "demo.yaml")
>>> book.actor_ids, book.actor("south").side
(('north', 'south'), 'north')
>>> codebook_from_text("name: demo\\nactors: []\\nissues: []", "x.yaml")
Traceback (most recent call last):
...
parley.core.errors.CodebookError: x.yaml:2: actors must be a non-empty list
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from parley.core.errors import CodebookError, ValidationError
from parley.core.types import ACTOR_KINDS, Actor, Codebook, Issue

_SLUG = re.compile(r"^[a-z0-9][a-z0-9_.-]*$")
_NULL_TAG = "tag:yaml.org,2002:null"
TOP_KEYS = {"name": True, "title": False, "actors": True, "issues": True, "sources": False}
ACTOR_KEYS = {
    "id": True, "name": True, "kind": False, "aliases": False, "members": False,
    "metonyms": False, "demonyms": False, "camp": False, "description": False,
}
ISSUE_KEYS = {"id": True, "label": True, "description": False, "keywords": False, "family": False, "poles": False}
SOURCE_KEYS = {"independent": False, "outlets": False, "affiliations": False}
_CLAIMING_FIELDS = ("name", "aliases", "members", "metonyms")  # names that must point at one actor
Fields = dict[str, tuple[Node, Node]]


def load_codebook(path: str | Path) -> Codebook:
    """Read and validate the codebook YAML at ``path``."""
    path = Path(path)
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise CodebookError(path, "no such codebook file") from None
    except IsADirectoryError:
        raise CodebookError(path, "is a folder; expected a codebook YAML file") from None
    except OSError as err:
        raise CodebookError(path, f"cannot read codebook ({err.strerror or err})") from None
    except UnicodeDecodeError as err:
        raise CodebookError(path, f"not UTF-8 text (undecodable bytes at offset {err.start})") from None
    return codebook_from_text(text, str(path))


def codebook_from_text(text: str, source: str) -> Codebook:
    """Validate codebook YAML ``text``; ``source`` names it in errors (a path or a label)."""
    return _CodebookReader(source).codebook(_compose(text, source))


def _compose(text: str, source: str) -> Node:
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        problem = " ".join(p for p in (err.context, err.problem) if p)
        raise CodebookError(source, f"YAML syntax error: {problem}", mark.line + 1 if mark else None) from None
    except yaml.YAMLError as err:
        raise CodebookError(source, f"YAML error: {err}") from None
    if root is None or _is_null(root):
        raise CodebookError(source, "empty codebook; expected a mapping with keys name, actors, issues")
    return root


_THOUSANDS_HEAD = re.compile(r"\d{1,3}(?:,\d{3})*")
_THOUSANDS_TAIL = re.compile(r"\d{3}(?!\d)")


def _with_thousands_joined(texts: list[tuple[str, Node]]) -> list[tuple[str, Node]]:
    """Entries of a flow list with a number's thousands separator put back: ``[area, 29,800 square
    kilometres]`` reads in YAML as "29" and "800 square kilometres"; the comma written with no space
    between a bare number and three digits is the number's own, so the two entries are one."""
    joined: list[tuple[str, Node, int]] = []  # text, first node, where the last piece ends
    for text, node in texts:
        if joined and _THOUSANDS_HEAD.fullmatch(joined[-1][0]) and _THOUSANDS_TAIL.match(text) \
                and node.start_mark.index == joined[-1][2] + 1:  # "29,800": the comma alone between
            head, head_node, _ = joined.pop()
            text, node_first = f"{head},{text}", head_node
        else:
            node_first = node
        joined.append((text, node_first, node.end_mark.index))
    return [(text, node) for text, node, _ in joined]


def _is_null(node: Node) -> bool:
    return isinstance(node, ScalarNode) and node.tag == _NULL_TAG


def _line(node: Node) -> int:
    return node.start_mark.line + 1


def _kind_of(node: Node) -> str:
    if isinstance(node, MappingNode):
        return "a mapping"
    return "a list" if isinstance(node, SequenceNode) else f"the value {node.value!r}"


class _CodebookReader:
    """Walks the composed YAML, checking each part against the format as it maps it."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, node: Node, message: str) -> CodebookError:
        return CodebookError(self.source, message, _line(node))

    # -- generic shapes ------------------------------------------------------------------

    def fields(self, node: Node, what: str, allowed: dict[str, bool]) -> Fields:
        """The keys of a mapping, checked: no unknown, duplicate or missing required keys."""
        if not isinstance(node, MappingNode):
            raise self.fail(node, f"{what} must be a mapping with keys {', '.join(allowed)}; got {_kind_of(node)}")
        found: Fields = {}
        for key, value in node.value:
            name = key.value if isinstance(key, ScalarNode) else None
            if name not in allowed:
                raise self.fail(key, f"unknown key {name!r} in {what}; allowed: {', '.join(sorted(allowed))}")
            if name in found:
                raise self.fail(key, f"duplicate key {name!r} in {what} (first at line {_line(found[name][0])})")
            found[name] = (key, value)
        self._require(node, what, allowed, found)
        return found

    def _require(self, node: Node, what: str, allowed: dict[str, bool], found: Fields) -> None:
        for name, required in allowed.items():
            if required and name not in found:
                raise self.fail(node, f"{what} is missing the required key {name!r}")
            if required and _is_null(found[name][1]):
                raise self.fail(found[name][0], f"the required key {name!r} of {what} has no value")

    def text(self, node: Node, what: str) -> str | None:
        """A text value as written (numbers and yes/no included); ``None`` for an empty value."""
        if _is_null(node):
            return None
        if not isinstance(node, ScalarNode):
            raise self.fail(node, f"{what} must be text; got {_kind_of(node)}")
        return node.value.strip() or None

    def required_text(self, node: Node, what: str) -> str:
        value = self.text(node, what)
        if value is None:
            raise self.fail(node, f"{what} must not be empty")
        return value

    def slug(self, node: Node, what: str) -> str:
        value = self.required_text(node, what)
        if not _SLUG.match(value):
            raise self.fail(node, f"{what} must be a lower-case slug (letters, digits, _ . -); got {value!r}")
        return value

    def text_list(self, node: Node, what: str) -> tuple[tuple[str, Node], ...]:
        """A list of texts, each with its node (for line numbers)."""
        if _is_null(node):
            return ()
        if not isinstance(node, SequenceNode):
            raise self.fail(node, f"{what} must be a list of texts, e.g. [a, b]; got {_kind_of(node)}")
        texts = [(self.required_text(item, f"an entry of {what}"), item) for item in node.value]
        return tuple(_with_thousands_joined(texts))

    def optional(self, fields: Fields, key: str, reader, where: str):
        """``reader`` applied to the value of ``key`` (``None`` when the key is absent)."""
        return reader(fields[key][1], f"{key} of {where}") if key in fields else None

    def texts(self, fields: Fields, key: str, where: str) -> tuple[str, ...]:
        """The texts of a list-valued key (empty when absent)."""
        return tuple(text for text, _ in self.optional(fields, key, self.text_list, where) or ())

    def sequence(self, node: Node, what: str) -> list[Node]:
        if not isinstance(node, SequenceNode) or not node.value:
            got = "" if isinstance(node, SequenceNode) else f" (a '- id: …' entry each); got {_kind_of(node)}"
            raise self.fail(node, f"{what} must be a non-empty list{got}")
        return list(node.value)

    # -- the codebook ----------------------------------------------------------------------

    def codebook(self, root: Node) -> Codebook:
        top = self.fields(root, "the codebook", TOP_KEYS)
        actors = self.actors(top["actors"][1])
        issues = self.issues(top["issues"][1])
        known = {actor.id for actor, _ in actors}
        sources = self.sources(top["sources"][1], known) if "sources" in top else {}
        return Codebook(
            name=self.slug(top["name"][1], "the codebook name"),
            title=self.optional(top, "title", self.text, "the codebook"),
            actors=tuple(actor for actor, _ in actors),
            issues=tuple(issue for issue, _ in issues),
            source_path=self.source,
            **sources,
        )

    def actors(self, node: Node) -> list[tuple[Actor, Fields]]:
        actors = [self.actor(item) for item in self.sequence(node, "actors")]
        self._check_unique("actor", [(actor.id, fields) for actor, fields in actors])
        self._check_claims(actors)
        self._check_camps(actors)
        return actors

    def actor(self, node: Node) -> tuple[Actor, Fields]:
        fields = self.fields(node, "an actor", ACTOR_KEYS)
        where = f"actor {self.slug(fields['id'][1], 'actor id')!r}"
        kind = self.optional(fields, "kind", self.text, where) or "other"
        if kind not in ACTOR_KINDS:
            allowed = ", ".join(ACTOR_KINDS)
            raise self.fail(fields["kind"][1], f"kind of {where} must be one of {allowed}; got {kind!r}")
        lists = {key: self.texts(fields, key, where) for key in ("aliases", "members", "metonyms", "demonyms")}
        try:
            actor = Actor(
                id=self.slug(fields["id"][1], "actor id"),
                name=self.optional(fields, "name", self.required_text, where),
                kind=kind,
                camp=self.optional(fields, "camp", self.slug, where),
                description=self.optional(fields, "description", self.text, where),
                **lists,
            )
        except ValidationError as err:
            raise self.fail(node, str(err)) from None
        return actor, fields

    def _check_unique(self, kind: str, ids: list[tuple[str, Fields]]) -> None:
        first: dict[str, Node] = {}
        for item_id, fields in ids:
            id_node = fields["id"][1]
            if item_id in first:
                raise self.fail(id_node, f"duplicate {kind} id {item_id!r} (first at line {_line(first[item_id])})")
            first[item_id] = id_node

    def _check_claims(self, actors: list[tuple[Actor, Fields]]) -> None:
        """No name, alias, member or metonym may point at two actors (case-insensitive)."""
        owners: dict[str, tuple[str, Node]] = {}
        for actor, fields in actors:
            for term, term_node in self._claimed_terms(fields):
                owner, owner_node = owners.setdefault(term.casefold(), (actor.id, term_node))
                if owner != actor.id:
                    first = f"{owner!r} (line {_line(owner_node)})"
                    raise self.fail(term_node, f"{term!r} names two actors: {first} and {actor.id!r}")

    def _claimed_terms(self, fields: Fields) -> list[tuple[str, Node]]:
        terms = [(self.required_text(fields["name"][1], "actor name"), fields["name"][1])]
        for key in _CLAIMING_FIELDS[1:]:
            if key in fields:
                terms.extend(self.text_list(fields[key][1], key))
        return terms

    def _check_camps(self, actors: list[tuple[Actor, Fields]]) -> None:
        known = {actor.id for actor, _ in actors}
        for actor, fields in actors:
            if actor.camp is not None and actor.camp not in known:
                message = f"camp {actor.camp!r} of actor {actor.id!r} is not an actor id; known: {', '.join(sorted(known))}"
                raise self.fail(fields["camp"][1], message)

    def issues(self, node: Node) -> list[tuple[Issue, Fields]]:
        issues = [self.issue(item) for item in self.sequence(node, "issues")]
        self._check_unique("issue", [(issue.id, fields) for issue, fields in issues])
        return issues

    def issue(self, node: Node) -> tuple[Issue, Fields]:
        fields = self.fields(node, "an issue", ISSUE_KEYS)
        issue_id = self.slug(fields["id"][1], "issue id")
        where = f"issue {issue_id!r}"
        try:
            issue = Issue(
                id=issue_id,
                label=self.optional(fields, "label", self.required_text, where),
                description=self.optional(fields, "description", self.text, where),
                keywords=self.texts(fields, "keywords", where),
                family=self.optional(fields, "family", self.text, where),
                poles=self.poles(fields, where),
            )
        except ValidationError as err:
            raise self.fail(node, str(err)) from None
        return issue, fields

    def poles(self, fields: Fields, where: str) -> tuple[str, str] | None:
        poles = self.texts(fields, "poles", where)
        if "poles" in fields and len(poles) not in (0, 2):
            message = f"poles of {where} must be two labels [oppose end, support end]; got {len(poles)}"
            raise self.fail(fields["poles"][1], message)
        return (poles[0], poles[1]) if poles else None

    def sources(self, node: Node, known: set[str]) -> dict[str, object]:
        """The keyword arguments of :class:`Codebook` that the ``sources`` section gives."""
        if _is_null(node):
            return {}
        fields = self.fields(node, "sources", SOURCE_KEYS)
        independent = self.optional(fields, "independent", self.slug, "sources") or "independent"
        camps = known | {independent}
        tables = {key: self.camp_table(fields[key][1], key, camps) for key in ("outlets", "affiliations") if key in fields}
        return {
            "independent_camp": independent,
            "outlet_camps": tables.get("outlets", ()),
            "affiliation_camps": tables.get("affiliations", ()),
        }

    def camp_table(self, node: Node, key: str, camps: set[str]) -> tuple[tuple[str, str], ...]:
        """``{"Source name": camp}`` pairs; each camp must be an actor id or the independent camp."""
        if _is_null(node):
            return ()
        if not isinstance(node, MappingNode):
            example = '{"Name": actor-id}'
            raise self.fail(node, f"sources: {key} must be a mapping of names to camps, e.g. {example}; got {_kind_of(node)}")
        pairs: dict[str, str] = {}
        for name_node, camp_node in node.value:
            name = self.required_text(name_node, f"a name in sources: {key}")
            camp = self.required_text(camp_node, f"the camp of {name!r} in sources: {key}")
            if name in pairs:
                raise self.fail(name_node, f"{name!r} is listed twice in sources: {key}")
            if camp not in camps:
                known = ", ".join(sorted(camps))
                raise self.fail(camp_node, f"camp {camp!r} of {name!r} in sources: {key} is not an actor id; known: {known}")
            pairs[name] = camp
        return tuple(pairs.items())
