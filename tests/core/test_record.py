"""The light record class: it must behave like the frozen dataclasses it replaced."""

from __future__ import annotations

import copy
import pickle

import pytest

from coach.core.record import FrozenRecordError, as_dict, field, fields, record, replace


@record
class Point:
    x: int
    y: int = 0
    tags: list[str] = field(default_factory=list)
    note: str = field(default="", compare=False)

    def total(self) -> int:
        return self.x + self.y


@record
class Pair:
    a: int
    b: str = field(default="", compare=False)


@record
class Point3(Point):
    z: int = 0


def test_positional_keyword_and_default_construction() -> None:
    assert Point(1, 2).y == 2
    assert Point(x=1).y == 0
    assert Point(1, tags=["a"]).tags == ["a"]
    assert Point(1).total() == 1
    assert Point.y == 0  # the default stays readable on the class, as with dataclasses


def test_default_factories_make_a_fresh_value_each_time() -> None:
    first, second = Point(1), Point(1)
    first.tags.append("a")
    assert second.tags == []


def test_missing_extra_and_surplus_arguments_are_type_errors() -> None:
    with pytest.raises(TypeError, match="'x'"):
        Point()
    with pytest.raises(TypeError, match="'w'"):
        Point(1, w=2)
    with pytest.raises(TypeError, match="arguments"):
        Point(1, 2, [], "", 5)


def test_records_are_frozen() -> None:
    point = Point(1)
    with pytest.raises(FrozenRecordError):
        point.x = 2  # type: ignore[misc]
    with pytest.raises(AttributeError):
        del point.x
    assert point.x == 1


def test_equality_and_hash_by_value_leave_out_uncompared_fields() -> None:
    assert Point(1, 2, note="a") == Point(1, 2, note="b")
    assert hash(Pair(1, "a")) == hash(Pair(1, "b")) != hash(Pair(2, "a"))
    assert Point(1, 2) != Point(2, 1)
    assert Point(1) != Point3(1)  # another class is never equal
    assert repr(Point(1, 2)) == "Point(x=1, y=2, tags=[])"


def test_replace_fields_and_as_dict() -> None:
    point = Point(1, 2, ["a"], "n")
    moved = replace(point, y=5)
    assert (moved.x, moved.y, moved.tags, moved.note) == (1, 5, ["a"], "n")
    assert point.y == 2
    assert fields(Point) == ("x", "y", "tags", "note")
    assert as_dict(point) == {"x": 1, "y": 2, "tags": ["a"], "note": "n"}
    with pytest.raises(TypeError, match="'w'"):
        replace(point, w=1)


def test_a_subclass_adds_its_fields_after_the_parents() -> None:
    point = Point3(1, 2, z=3)
    assert fields(point) == ("x", "y", "tags", "note", "z")
    assert point.z == 3 and point.total() == 3


def test_copies_and_pickles_round_trip() -> None:
    point = Point(1, 2, ["a"])
    assert copy.deepcopy(point) == point
    assert pickle.loads(pickle.dumps(point)) == point
