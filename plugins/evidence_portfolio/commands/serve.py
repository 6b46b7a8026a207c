"""`portfolio serve`: the website as it is being written, on this computer, for one audience (internal unless
told: every item), rebuilt each time a file is saved.

It is `mkdocs serve` (or ProperDocs' `serve`, for a project configured by properdocs.yml) with PORTFOLIO_AUDIENCE
set: the same command on Windows as anywhere else, where a variable set in front of a command is written three
different ways by three different terminals.
"""

from __future__ import annotations

import argparse
import errno
import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from ..reading.settings import ENVIRONMENT_AUDIENCE, PROPERDOCS_NAMES, Settings, inherited_files
from .errors import EXIT_CLEAN, EXIT_PROBLEMS, UsageError, add_audience_option


def add_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "directory", nargs="?", default=".", type=Path, help="the project folder (default: ., or the one above it)"
    )
    add_audience_option(
        parser,
        default="internal",
        help="whose website to show (default: internal, every item; public shows what everyone will see)",
    )
    parser.add_argument("--port", type=_port, default=8000, help="the port on this computer (default: 8000)")


def _port(written: str) -> int:
    """A port number, 1 to 65535 (argparse says what else was given, with the usage)."""
    if not written.strip().isdigit() or not 0 < int(written) < 65536:
        raise argparse.ArgumentTypeError(f'"{written}" is no port: give a number from 1 to 65535, such as 8001')
    return int(written)


def _check_free(port: int) -> None:
    """Stop, saying why, where the engine could not listen at `port` on this computer: it would end in a traceback
    (another `portfolio serve` running, most often)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        # as the engine's server binds: a port whose last connections are still closing (after a preview stopped a
        # moment ago) is free to listen at (a new organisation's review: told another was running)
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(("127.0.0.1", port))
        except OSError as exc:
            why = (
                "is in use already (is another portfolio serve, or mkdocs serve, running? stop it with Ctrl+C in its "
                "window)"
                if exc.errno == errno.EADDRINUSE
                else f"cannot be used ({exc.strerror})"
            )
            raise UsageError(
                f"port {port} on this computer {why}; or give another port, such as --port {port + 1}"
            ) from None


def serve(args: argparse.Namespace, settings: Settings, refused: Callable[[], list[str]]) -> int:
    """Run the engine's own `serve` for `settings.audience` until it is stopped; its exit status. `refused` says what
    is wrong with mkdocs.yml for the preview to go on: the engine reads mkdocs.yml again as it is saved, so the
    preview is stopped as soon as it is saved wrong (a hostile review: the plugin taken out of mkdocs.yml while the
    public's preview ran, the next rebuild published every internal item in it)."""
    config = settings.config_file or settings.root / "mkdocs.yml"
    engine = "properdocs" if config.name in PROPERDOCS_NAMES else "mkdocs"
    address = f"127.0.0.1:{args.port}"
    _check_free(args.port)
    command = [sys.executable, "-m", engine, "serve", "--config-file", str(config), "--dev-addr", address]
    environment = {**os.environ, ENVIRONMENT_AUDIENCE: settings.audience, "NO_MKDOCS_2_WARNING": "1"}
    print(
        f"portfolio serve: the {settings.audience} website at http://{address}/, built again each time a file is "
        "saved; stop it with Ctrl+C",
        file=sys.stderr,
        flush=True,
    )
    server = subprocess.Popen(command, env=environment)
    try:
        return _watched(server, config, refused)
    except KeyboardInterrupt:  # the engine was sent Ctrl+C too, and stops on its own
        server.terminate()
        server.wait()
        return EXIT_CLEAN  # Ctrl+C is how a preview is meant to end: not a failure


def _watched(server: subprocess.Popen[bytes], config: Path, refused: Callable[[], list[str]]) -> int:
    """Wait for the engine to end, looking at `config` and the files it INHERITs each half second (the engine reads
    them again as it rebuilds: a hostile review took the plugin out of an INHERITed file): saved with what `refused`
    refuses, the engine is stopped, and what is wrong said; the exit status."""
    stamp = _stamps(config)
    while server.poll() is None:
        time.sleep(0.5)
        if _stamps(config) == stamp:
            continue
        stamp = _stamps(config)
        wrong = refused()
        if wrong:
            server.terminate()
            server.wait()
            print(*wrong, sep="\n", file=sys.stderr)
            print(
                f"portfolio serve: stopped: {config.name} has errors (above); fix them, then start it again",
                file=sys.stderr,
            )
            return EXIT_PROBLEMS
    return server.returncode


def _stamps(config: Path) -> list[tuple[int, int] | None]:
    """When `config` and each file it INHERITs were last changed, and their sizes."""
    return [_stamp(path) for path in (config, *(named for named, _, _ in inherited_files(config) if named))]


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        status = path.stat()
    except OSError:
        return None
    return status.st_mtime_ns, status.st_size
