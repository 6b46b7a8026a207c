"""The `portfolio` command: `run` is the installed command (and `python -m evidence_portfolio.cli`), `main` the same
in this process. The commands are in commands/command_line.py, imported only when one runs: a `portfolio check` of a
project that has not changed since the last is answered from memory (commands/remembered.py) in little more than the
time Python takes to start."""

from __future__ import annotations

import os
import sys

TYPE_CHECKING = False  # as typing's, which takes a few milliseconds to import
if TYPE_CHECKING:
    from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Run `portfolio ARGV` (sys.argv's by default) in this process; its exit status. Nothing is remembered."""
    from .commands.command_line import main as command_line

    _streams_written_whole()
    return command_line(argv)


def _streams_written_whole() -> None:
    """The standard streams ready for what any command writes: in UTF-8 where not a terminal (Windows writes an
    output sent to a file in its own encoding, cp1252, which has no "≥" nor the Welsh "ŵ": a traceback, and an empty
    framework.yml), with a character a terminal cannot show replaced; a stream closed before the command began
    (`<&-`, `>&-`) the null device (an outside review: tracebacks)."""
    import io

    for name, mode in (("stdin", "r"), ("stdout", "w"), ("stderr", "w")):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, mode, encoding="utf-8"))  # noqa: SIM115 (as long as the process)
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and stream.encoding.lower().replace("-", "") != "utf8":
            if stream.isatty():
                stream.reconfigure(errors="replace")
            else:
                stream.reconfigure(encoding="utf-8")


def run() -> None:
    """The installed `portfolio` command: main(), and `portfolio check` remembered (commands/remembered.py). After
    a check, which writes nothing but what it prints and remembers (and Jinja's compiled templates, in a folder of its
    own that only this user may write to: site/render.py, template_cache), the process then ends at once, without
    freeing what it read, as mypy does: Python's orderly exit, through every module and object, takes a check 15 ms
    more."""
    arguments = sys.argv[1:]
    _streams_written_whole()
    if arguments[:1] != ["check"]:
        sys.exit(main(arguments))
    from .commands.remembered import checked

    code = checked(arguments, main)
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:  # None: the stream was closed before the command started (`>&-`)
                stream.flush()
        except (BrokenPipeError, ValueError):  # a reader that stopped early; a stream closed
            pass
        except OSError:  # the output could not be written (a full disk): as Python's own exit says so
            code = EXIT_UNWRITTEN
    os._exit(code)


EXIT_UNWRITTEN = 120
"""As Python exits when what it printed could not be written out at the end."""


if __name__ == "__main__":
    run()
