"""Command line: the GUI by default, plus `list` and `validate` that never import Qt.

coach                       open the app
coach --relief              open straight into cramp relief
coach --routine ID_OR_PATH  open straight into a routine
coach list                  id, title and length of every routine
coach validate PATH...      check routine files; exit 0 when all are valid
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from coach import __version__


def _library():
    from coach.core import resources
    from coach.core.routine_files import load_library

    return load_library(resources.routines_dir(), resources.illustrations_dir())


def cmd_list(_: argparse.Namespace) -> int:
    from coach.core.timeline import plan

    library = _library()
    rows = []
    for rid, routine in library.routines.items():
        total = plan(routine, library.catalogue_for(routine)).total_s
        rows.append((rid, routine.title, f"{int(total // 60)}:{int(total % 60):02d}"))
    width = max(len(r[0]) for r in rows)
    twidth = max(len(r[1]) for r in rows)
    for rid, title, length in rows:
        print(f"{rid:<{width}}  {title:<{twidth}}  {length:>6}")
    for problem in library.problems:
        print(problem, file=sys.stderr)
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    from coach.core import resources
    from coach.core.content_i18n import I18N_DIR, check_translation, translation_problems
    from coach.core.problems import RoutineFileError
    from coach.core.routine_files import validate_file

    try:
        library = _library()
    except RoutineFileError as exc:
        library = None
        print(f"warning: built-in catalogue could not be loaded:\n{exc}", file=sys.stderr)
    bad = 0
    folders: set[Path] = set()  # whose i18n/ translations were checked already
    for name in args.paths:
        path = Path(name)
        if path.parent.name == I18N_DIR and path.suffix == ".yaml":
            problems = check_translation(path)[1]
        else:
            problems = validate_file(path, library, resources.illustrations_dir(), args.week)
            if path.parent.resolve() not in folders:
                folders.add(path.parent.resolve())
                problems += translation_problems(path.parent)
        for problem in problems:
            print(problem)
        if any(p.severity == "error" for p in problems):
            bad += 1
        elif not args.quiet:
            print(f"{name}: ok")
    if len(args.paths) > 1 and not args.quiet:
        print(f"{len(args.paths) - bad} valid, {bad} with problems")
    return 1 if bad else 0


def cmd_install_desktop(_: argparse.Namespace) -> int:
    from coach.desktop_entry import install_desktop

    for path in install_desktop():
        print(f"wrote {path}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from datetime import date

    from coach.core import paths
    from coach.core.bundle import BundleError
    from coach.core.profile_store import load_profile
    from coach.core.routine_import import import_routine

    library = _library()
    week = args.week
    if week is None:
        answers, _ = load_profile(paths.profile_file())
        week = answers.week_on(date.today())
    try:
        outcome = import_routine(Path(args.path), library, paths.user_routines_dir(), week)
    except BundleError as exc:
        print(f"{args.path}: not imported: {exc}", file=sys.stderr)
        return 1
    who = outcome.routine.assigned.prescriber if outcome.routine.assigned else "no prescriber"
    verb = "updated" if outcome.replaced else "imported"
    print(f"{verb} {outcome.routine.id!r} ({outcome.routine.title}, {who}) into {outcome.folder}")
    for warning in outcome.warnings:
        print(f"warning: {warning}")
    return 0


def hand_over(args: argparse.Namespace) -> bool:
    """If Coach is already running, pass it this request (no Qt import) and return True."""
    from coach.core import paths
    from coach.instance_client import send_to_running

    if args.relief:
        command = "relief"
    elif args.routine:
        path = Path(args.routine)
        command = f"routine {path.resolve() if path.suffix in {'.yaml', '.yml'} else args.routine}"
    else:
        command = "show"
    return send_to_running(paths.instance_socket(), command)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="coach", description="Guided leg-cramp care in pregnancy."
    )
    parser.add_argument("--version", action="version", version=f"coach {__version__}")
    parser.add_argument("--relief", action="store_true", help="open straight into cramp relief")
    parser.add_argument("--routine", metavar="ID_OR_PATH", help="open straight into a routine")
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("list", help="list every routine with its length").set_defaults(func=cmd_list)
    validate = sub.add_parser("validate", help="check routine files, compiler style")
    validate.add_argument("paths", nargs="+", metavar="PATH")
    validate.add_argument("-q", "--quiet", action="store_true", help="print problems only")
    validate.add_argument(
        "--week",
        type=int,
        metavar="N",
        choices=range(0, 46),
        help="check the pregnancy-safety rules as of week N (default: week not known)",
    )
    validate.set_defaults(func=cmd_validate)
    importer = sub.add_parser("import", help="import a clinician's routine (.yaml or .zip)")
    importer.add_argument("path", metavar="PATH")
    importer.add_argument(
        "--week", type=int, metavar="N", choices=range(0, 46),
        help="check safety as of week N (default: the week in your profile)",
    )  # fmt: skip
    importer.set_defaults(func=cmd_import)
    sub.add_parser(
        "install-desktop", help="add Coach, with a Cramp relief action, to your app launcher"
    ).set_defaults(func=cmd_install_desktop)
    return parser


def plain_launch(argv: Sequence[str] | None) -> argparse.Namespace | None:
    """`coach` and `coach --relief`, the launches that must be quick, read without building
    the parser: its help texts go through gettext, 6 ms at every start."""
    words = list(sys.argv[1:] if argv is None else argv)
    if words in ([], ["--relief"]):
        return argparse.Namespace(command=None, relief=bool(words), routine=None)
    return None


def main(argv: Sequence[str] | None = None) -> int:
    args = plain_launch(argv) or build_parser().parse_args(argv)
    if args.command:
        try:
            return int(args.func(args))
        except KeyboardInterrupt:
            return 130
        except Exception as exc:  # a CLI never shows a traceback
            print(f"coach: error: {exc}", file=sys.stderr)
            return 2
    if hand_over(args):
        return 0
    from coach.source_lines import keep_no_module_sources

    keep_no_module_sources()  # before coach.app imports PySide6
    from coach.app import run_gui

    return run_gui(relief=args.relief, routine=args.routine)


if __name__ == "__main__":
    sys.exit(main())
