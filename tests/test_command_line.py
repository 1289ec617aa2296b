"""The quick launches are read exactly as the full parser reads them."""

from __future__ import annotations

import pytest

from coach.__main__ import build_parser, plain_launch


@pytest.mark.parametrize("argv", [[], ["--relief"]])
def test_a_plain_launch_reads_as_the_parser_would(argv: list[str]) -> None:
    assert plain_launch(argv) == build_parser().parse_args(argv)


@pytest.mark.parametrize(
    "argv", [["--routine", "bedtime"], ["list"], ["--relief", "--relief"], ["--help"]]
)
def test_anything_else_goes_to_the_parser(argv: list[str]) -> None:
    assert plain_launch(argv) is None
