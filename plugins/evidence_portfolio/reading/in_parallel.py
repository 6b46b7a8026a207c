"""One function over many files, shared between the machine's cores by forking, with the results in order.

Reading a portfolio is a loop over its files in which each file is read alone; `portfolio check` spends most of
its time there. On Linux, in a process with no other thread, the files are split into parts: the process reads the
first, a forked copy of it reads each other part and hands its results back through a pipe, pickled. Anything that
goes wrong in a copy (an exception, a signal, a result that cannot be pickled) is not reported from there: the
process reads that part itself, so that what comes out, problems and exceptions included, is what one process
alone would give.
"""

from __future__ import annotations

import copyreg
import io
import os
import pickle
import signal
import sys
import threading
from collections.abc import Callable, Sequence
from types import MappingProxyType
from typing import Any, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

PER_PROCESS = 150
"""The fewest items a forked process is started for: fewer cost more to hand back than they save."""


def map_in_parallel(function: Callable[[Item], Result], items: Sequence[Item]) -> list[Result]:
    """`[function(item) for item in items]`, in several processes where that is safe and worth it."""
    parts = _parts(len(items))
    if parts <= 1:
        return [function(item) for item in items]
    size = -(-len(items) // parts)  # the first part is the process's own, the others are forked
    chunks = [items[start : start + size] for start in range(0, len(items), size)]
    children: list[tuple[int, int] | None] = []
    try:
        for chunk in chunks[1:]:
            children.append(_fork(function, chunk))
        results = [function(item) for item in chunks[0]]
        for index, chunk in enumerate(chunks[1:]):
            child, children[index] = children[index], None
            handed = _collect(*child) if child else None
            results += handed if handed is not None and len(handed) == len(chunk) else [function(i) for i in chunk]
        return results
    finally:  # an exception in this process: the forked ones are stopped, not left to finish
        for child in children:
            if child:
                _stop(*child)


def _parts(count: int) -> int:
    """How many processes to share `count` items between: one where forking is not safe (another thread running,
    whose locks a forked copy would inherit held; on macOS, system libraries start threads of their own, and on
    Windows there is no fork)."""
    if sys.platform != "linux" or threading.active_count() > 1:
        return 1
    return max(1, min(cores(), count // PER_PROCESS))


def cores() -> int:
    """The cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _fork(function: Callable[[Item], Result], chunk: Sequence[Item]) -> tuple[int, int] | None:
    """A forked process working through `chunk`: its id, and the end of the pipe its results come from; None when
    the system would not start one (too many processes or open files)."""
    try:
        read_end, write_end = os.pipe()
    except OSError:
        return None
    try:
        pid = os.fork()
    except OSError:
        os.close(read_end)
        os.close(write_end)
        return None
    if pid:
        os.close(write_end)
        return pid, read_end
    code = 1
    try:
        os.close(read_end)
        data = _dumps([function(item) for item in chunk])
        with os.fdopen(write_end, "wb") as out:
            out.write(data)
        code = 0
    finally:
        os._exit(code)  # neither the caller's code after the fork, nor its exit handlers, run twice


def _collect(pid: int, pipe: int) -> list[Any] | None:
    """The results a forked process handed back, or None when it did not finish."""
    with os.fdopen(pipe, "rb") as handed:
        data = handed.read()
    _, status = os.waitpid(pid, 0)
    if status != 0:
        return None
    try:
        results = pickle.loads(data)
    except Exception:  # whatever the copy handed back, this process reads the part itself
        return None
    return results if isinstance(results, list) else None


def _stop(pid: int, pipe: int) -> None:
    """Stop a forked process whose results are no longer wanted."""
    os.close(pipe)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)


def _dumps(results: list[Any]) -> bytes:
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = {**copyreg.dispatch_table, MappingProxyType: _reduce_proxy}
    pickler.dump(results)
    return buffer.getvalue()


def _reduce_proxy(proxy: MappingProxyType[Any, Any]) -> tuple[Callable[..., Any], tuple[dict[Any, Any]]]:
    """A read-only mapping (as an item's values are) pickled as the mapping it shows."""
    return _proxy, (dict(proxy),)


def _proxy(mapping: dict[Any, Any]) -> MappingProxyType[Any, Any]:
    return MappingProxyType(mapping)
