"""The benchmark: build time, check time and peak memory against the bare engine and the Markdown floor, at
several sizes, side by side in one run.

    python benchmarks/run.py                       # 500, 2,000 and 5,000 items; the table goes to stdout
    python benchmarks/run.py 400 1600 --runs 5
    python benchmarks/run.py 2000 --serve          # also the rebuild of `mkdocs serve` after one edit

The weights of the evidence library (its page, its plain list and its data) come from one more build.

Each figure is a whole process (interpreter start and imports included), the median of --runs runs: its wall
time, and its CPU time (user + system), which a machine shared with other work disturbs less. The runs take
turns (build, bare build, then check and floor three times each, taking turns, then again), so that a busy machine
slows each of them alike; `check` and the floor, which take seconds, have the median of three times as many runs. The
bare build is MkDocs with Material and its search and tags plugins, without the portfolio plugin, of the same
item pages, with a one-entry navigation. The floor is python-markdown rendering every page of the same
portfolio once, with the extensions MkDocs uses for it. Everything is on a RAM disk (/dev/shm) where there is one,
and each build writes into an empty folder of its own. The portfolio's modules are compiled first, as pip compiles
those of an installed package (and those of MkDocs and Material): an editable install where PYTHONDONTWRITEBYTECODE
is set, as on some CI machines, would compile them again in every run (0.14 s).

`portfolio check` is timed as a user runs it, and as the first check of a project (on a fresh machine, or after a
change) runs, with --no-cache: a check answers from memory while nothing it depends on has changed since the last
(see evidence_portfolio/commands/remembered.py), which here is every run of it but the first.
"""

from __future__ import annotations

import argparse
import compileall
import datetime
import os
import platform
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import evidence_portfolio
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
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(elapsed, usage.ru_maxrss, done.returncode, usage.ru_utime + usage.ru_stime)
"""


CHECK_TURNS = 3
"""How many times `portfolio check` and the floor run, taking turns, in each run of the builds: they take seconds,
where a build takes minutes, and their ratio moved most with the machine's load."""

WEIGHED = ("library/index.html", "library-list/index.html", "assets/portfolio/library-data.js")
"""What a reader of the evidence library downloads, weighed after one build: the page, the plain list every item
is reached by without JavaScript, and the data its filters read."""

BARE = """site_name: Synthetic portfolio
site_url: https://portfolio.example.org/
docs_dir: evidence
theme:
  name: material
  font: false
plugins:
  - search
  - tags
nav:
  - {first}
"""


@dataclass
class Figure:
    seconds: float
    cpu: float
    peak_mb: float


def once(command: list[str], cwd: Path) -> tuple[float, float, float]:
    """The wall time and CPU time of one run of a command, and its peak resident memory in MB."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    out = subprocess.run(
        [sys.executable, "-c", MEASURE, *command], cwd=cwd, env=env, capture_output=True, text=True, check=True
    ).stdout.split()
    seconds, peak_kb, code, cpu = float(out[0]), int(out[1]), int(out[2]), float(out[3])
    if code != 0:
        raise RuntimeError(f"{command} failed with exit code {code}")
    return seconds, cpu, peak_kb / 1024


def measure(
    commands: dict[str, list[str]], cwd: Path, runs: int, sites: dict[str, Path], turns: dict[str, int]
) -> dict[str, Figure]:
    """The median wall and CPU times of `runs` runs of each command, the runs taking turns, and its largest peak
    memory; a command named in `turns` is run that many times in each run, taking turns with the others it names.
    The folder a command writes its site into (`sites`) is removed before each of its runs, untimed: each build
    writes into an empty folder (a build that first had to empty the other's site paid for it)."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    cpus: dict[str, list[float]] = {name: [] for name in commands}
    peaks: dict[str, float] = dict.fromkeys(commands, 0.0)
    for _ in range(runs):
        order = [name for name in commands if name not in turns]
        order += [name for turn in range(max(turns.values(), default=0)) for name in turns if turn < turns[name]]
        for name in order:
            if name in sites:
                shutil.rmtree(sites[name], ignore_errors=True)
            seconds, cpu, peak = once(commands[name], cwd)
            times[name].append(seconds)
            cpus[name].append(cpu)
            peaks[name] = max(peaks[name], peak)
    return {
        name: Figure(statistics.median(times[name]), statistics.median(cpus[name]), peaks[name]) for name in commands
    }


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
    compileall.compile_dir(evidence_portfolio.__path__[0], quiet=1)
    rows = []
    weights: list[tuple[float, ...]] = []
    serve_rows = []
    memory = Path("/dev/shm")  # a RAM disk where there is one: the disk's speed is not what is measured
    workdir = Path(tempfile.mkdtemp(prefix="portfolio-bench-", dir=memory if memory.is_dir() else None))
    os.environ["XDG_CACHE_HOME"] = str(workdir / "caches")  # the checks' remembered answers, not the user's
    try:
        for size in sizes:
            root = generate(size, workdir / f"p{size}")
            first = min(p.relative_to(root / "evidence").as_posix() for p in (root / "evidence").rglob("*.md"))
            (root / "bare.yml").write_text(BARE.format(first=first), encoding="utf-8")
            mkdocs = [sys.executable, "-m", "mkdocs", "build", "-q", "-d"]
            sites = {"build": workdir / "site", "bare": workdir / "site-bare"}
            figures = measure(
                {
                    "build": [*mkdocs, str(sites["build"])],
                    "bare": [*mkdocs, str(sites["bare"]), "-f", "bare.yml"],
                    "check": [sys.executable, "-m", "evidence_portfolio.cli", "check", str(root)],
                    "first check": [sys.executable, "-m", "evidence_portfolio.cli", "check", str(root), "--no-cache"],
                    "floor": [sys.executable, "-c", FLOOR, str(root / "evidence")],
                },
                root,
                runs,
                sites,
                {"check": CHECK_TURNS, "first check": CHECK_TURNS, "floor": CHECK_TURNS},
            )
            rows.append((size, figures))
            print(
                f"{size} items: "
                + ", ".join(f"{name} {f.seconds:.2f} s (CPU {f.cpu:.2f} s)" for name, f in figures.items()),
                file=sys.stderr,
            )
            weighed = workdir / "weighed"
            subprocess.run(
                [*mkdocs, str(weighed)], cwd=root, check=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"}
            )
            weights.append((size, *((weighed / path).stat().st_size / 1e6 for path in WEIGHED)))
            shutil.rmtree(weighed)
            if serve:
                serve_rows.append((size, serve_rebuild(root, dirty=False), serve_rebuild(root, dirty=True)))
            shutil.rmtree(root)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    lines = [
        f"Measured on {datetime.date.today().isoformat()}: {machine()}. Median of {runs} run(s) of the builds and "
        f"{runs * CHECK_TURNS} of each check and the floor, whole processes, the runs taking turns.",
        "",
        "| items | `mkdocs build` | bare Material build | build / bare (CPU) | build peak memory "
        "| `portfolio check` | first check | Markdown floor | check / floor (CPU) | first check / floor (CPU) |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for size, figures in rows:
        build, bare, check, first, floor = (
            figures[name] for name in ("build", "bare", "check", "first check", "floor")
        )
        lines.append(
            f"| {size:,} | {build.seconds:.2f} s | {bare.seconds:.2f} s "
            f"| {build.seconds / bare.seconds:.2f} ({build.cpu / bare.cpu:.2f}) | {build.peak_mb:.0f} MB "
            f"| {check.seconds:.3f} s | {first.seconds:.2f} s | {floor.seconds:.2f} s "
            f"| {check.seconds / floor.seconds:.3f} ({check.cpu / floor.cpu:.3f}) "
            f"| {first.seconds / floor.seconds:.2f} ({first.cpu / floor.cpu:.2f}) |"
        )
    if len(rows) > 1:
        (small, first_figures), (large, last_figures) = rows[0], rows[-1]
        growth = ", ".join(
            f"{name} x{last_figures[name].seconds / first_figures[name].seconds:.2f}"
            for name in ("build", "bare", "check", "first check", "floor")
        )
        memory = last_figures["build"].peak_mb / first_figures["build"].peak_mb
        lines += [
            "",
            f"Growth from {small:,} to {large:,} items ({large / small:g}x the items): {growth}; "
            f"build peak memory x{memory:.2f}.",
        ]
    lines += ["", "| items | library page | its plain list | library data |", "|---:|---:|---:|---:|"]
    lines += [f"| {size:,.0f} | " + " | ".join(f"{mb:.2f} MB" for mb in sizes) + " |" for size, *sizes in weights]
    if serve_rows:
        lines += ["", "| items | serve: rebuild after one edit | with `--dirty` |", "|---:|---:|---:|"]
        lines += [f"| {size:,} | {full:.2f} s | {dirty:.2f} s |" for size, full, dirty in serve_rows]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[500, 2000, 5000])
    parser.add_argument("--runs", type=int, default=3, help="runs of each command; the median is kept")
    parser.add_argument("--serve", action="store_true", help="also time mkdocs serve's rebuild after one edit")
    args = parser.parse_args()
    print(run(args.sizes, args.runs, args.serve))


if __name__ == "__main__":
    main()
