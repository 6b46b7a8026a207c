"""The benchmark: build time, check time and peak memory against the bare Markdown floor, at several sizes.

    python benchmarks/run.py                       # 500, 2,000 and 5,000 items; the table goes to stdout
    python benchmarks/run.py 400 1600 --runs 3
    python benchmarks/run.py 2000 --serve          # also the rebuild of `mkdocs serve` after one edit

Each figure is a whole process (interpreter start and imports included), the best of --runs runs. The floor is
python-markdown rendering every page of the same portfolio once, with the extensions MkDocs uses for it.
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from generate import generate

FLOOR = r"""
import sys, pathlib, markdown
pages = [p.read_text(encoding="utf-8") for p in sorted(pathlib.Path(sys.argv[1]).rglob("*.md"))]
md = markdown.Markdown(extensions=["toc", "tables", "fenced_code", "attr_list", "admonition"])
for text in pages:
    body = text.split("\n---\n", 1)[1] if text.startswith("---\n") else text
    md.reset().convert(body)
"""
MEASURE = r"""
import resource, subprocess, sys, time
started = time.perf_counter()
done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
elapsed = time.perf_counter() - started
print(elapsed, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, done.returncode)
"""


@dataclass
class Figure:
    seconds: float
    peak_mb: float


def measure(command: list[str], cwd: Path, runs: int) -> Figure:
    """The best wall time of `runs` runs of a command, and its largest peak resident memory."""
    best, peak = float("inf"), 0.0
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", MEASURE, *command], cwd=cwd, env=env, capture_output=True, text=True, check=True
        ).stdout.split()
        seconds, peak_kb, code = float(out[0]), int(out[1]), int(out[2])
        if code != 0:
            raise RuntimeError(f"{command} failed with exit code {code}")
        best, peak = min(best, seconds), max(peak, peak_kb / 1024)
    return Figure(best, peak)


def serve_rebuild(root: Path, dirty: bool) -> float:
    """Seconds `mkdocs serve` takes to rebuild after one item is edited (from its own log)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    command = [
        sys.executable,
        "-m",
        "mkdocs",
        "serve",
        "--dev-addr",
        f"127.0.0.1:{port}",
        *(["--dirty"] if dirty else []),
    ]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    server = subprocess.Popen(command, cwd=root, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    built = re.compile(r"Documentation built in ([0-9.]+) seconds")
    try:
        times: list[float] = []
        assert server.stdout is not None
        for line in server.stdout:
            if match := built.search(line):
                times.append(float(match.group(1)))
                if len(times) == 1:
                    item = next((root / "evidence").rglob("item-00001.md"))
                    time.sleep(1.5)  # let the watcher settle before the edit
                    item.write_text(item.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
                else:
                    return times[1]
        raise RuntimeError("mkdocs serve stopped before rebuilding")
    finally:
        server.terminate()
        server.wait(timeout=30)


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        model = next(
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        )
    except (OSError, StopIteration):
        model = cpu
    return (
        f"{model}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()} {platform.release()}"
    )


def run(sizes: list[int], runs: int, serve: bool) -> str:
    rows = []
    serve_rows = []
    workdir = Path(tempfile.mkdtemp(prefix="portfolio-bench-"))
    try:
        for size in sizes:
            root = generate(size, workdir / f"p{size}")
            build = measure([sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(workdir / "site")], root, runs)
            check = measure([sys.executable, "-m", "evidence_portfolio.cli", "check", str(root)], root, runs)
            floor = measure([sys.executable, "-c", FLOOR, str(root / "evidence")], root, runs)
            rows.append((size, build, check, floor))
            print(
                f"{size} items: build {build.seconds:.2f} s, check {check.seconds:.2f} s, floor {floor.seconds:.2f} s",
                file=sys.stderr,
            )
            if serve:
                serve_rows.append((size, serve_rebuild(root, dirty=False), serve_rebuild(root, dirty=True)))
            shutil.rmtree(root)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    lines = [
        f"Measured on {datetime.date.today().isoformat()}: {machine()}. Best of {runs} run(s), whole processes.",
        "",
        "| items | `mkdocs build` | build peak memory | `portfolio check` | Markdown floor | build / floor "
        "| check / floor |",
        "|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for size, build, check, floor in rows:
        lines.append(
            f"| {size:,} | {build.seconds:.2f} s | {build.peak_mb:.0f} MB | {check.seconds:.2f} s "
            f"| {floor.seconds:.2f} s "
            f"| {build.seconds / floor.seconds:.2f} | {check.seconds / floor.seconds:.2f} |"
        )
    if len(rows) > 1:
        (small, first, _, _), (large, last, _, _) = rows[0], rows[-1]
        lines += [
            "",
            f"Growth from {small:,} to {large:,} items ({large / small:g}x the items): build time "
            f"x{last.seconds / first.seconds:.2f}.",
        ]
    if serve_rows:
        lines += ["", "| items | serve: rebuild after one edit | with `--dirty` |", "|---:|---:|---:|"]
        lines += [f"| {size:,} | {full:.2f} s | {dirty:.2f} s |" for size, full, dirty in serve_rows]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[500, 2000, 5000])
    parser.add_argument("--runs", type=int, default=1, help="runs of each command; the best is kept")
    parser.add_argument("--serve", action="store_true", help="also time mkdocs serve's rebuild after one edit")
    args = parser.parse_args()
    print(run(args.sizes, args.runs, args.serve))


if __name__ == "__main__":
    main()
