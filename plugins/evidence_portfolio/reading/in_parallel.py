"""One function over many files, shared between the machine's cores by forking, with the results in order.

Reading a portfolio is a loop over its files in which each file is read alone; `portfolio check` spends most of
its time there. On Linux, in a process with no other thread, the files are split into small batches, and the
process and forked copies of it take batches in turn until none is left, so that a copy slowed down by other work
on the machine simply takes fewer. A copy hands back each batch's results as it finishes it, pickled into a file
in memory that the process reads between batches of its own (so that reading them is shared out like the rest of
the work: read at the end, they kept the other core waiting). Anything that goes wrong in a copy (an exception, a
signal, a result that cannot be pickled) is not reported from there: the process works through the batches that
copy did not hand back itself, so that what comes out, problems and exceptions included, is what one process alone
would give.
"""

from __future__ import annotations

import copyreg
import io
import os
import pickle
import signal
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from types import MappingProxyType
from typing import Any, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

PER_PROCESS = 150
"""The fewest items a forked process is started for: fewer cost more to hand back than they save."""
BATCH = 16
"""The items a process takes at a time: few enough that the processes finish close together."""
_MOST_BATCHES = 2048
"""The batches are numbered in a pipe, two bytes each: 4 KB, which the smallest pipe the system gives holds."""


def map_in_parallel(function: Callable[[Item], Result], items: Sequence[Item]) -> list[Result]:
    """`[function(item) for item in items]`, in several processes where that is safe and worth it."""
    parts = _parts(len(items))
    batches = _batches(len(items))
    queue = _queue(batches) if parts > 1 else None
    if queue is None:
        return [function(item) for item in items]
    children: list[_Child | None] = []
    try:
        for _ in range(parts - 1):
            children.append(_fork(function, items, batches, queue))
        done: dict[int, list[Result]] = {}
        for number in _taken(queue):
            try:
                done[number] = [function(item) for item in items[batches[number]]]
            except Exception:  # the first exception in order is raised, as one process would meet it
                for index, child in enumerate(children):
                    children[index] = None
                    if child:
                        _stop(child.pid, child.handed)
                for earlier in range(number):
                    if earlier not in done:
                        for item in items[batches[earlier]]:
                            function(item)
                raise
            for child in children:
                done.update(child.handed_back() if child else {})
        for index, child in enumerate(children):
            children[index] = None
            done.update(child.finish() if child else {})
        results: list[Result] = []
        for number, batch in enumerate(batches):
            mine = items[batch]
            handed = done.get(number)
            results += handed if handed is not None and len(handed) == len(mine) else [function(i) for i in mine]
        return results
    finally:  # an exception in this process: the forked ones are stopped, not left to finish
        os.close(queue)
        for child in children:
            if child:
                _stop(child.pid, child.handed)


def worth_sharing(count: int) -> bool:
    """Whether `count` items would be shared between processes."""
    return _parts(count) > 1


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


def _batches(count: int) -> list[slice]:
    """The items, in batches of BATCH (or more, so that there are no more than _MOST_BATCHES)."""
    size = max(BATCH, -(-count // _MOST_BATCHES))
    return [slice(start, start + size) for start in range(0, count, size)]


def _queue(batches: list[slice]) -> int | None:
    """The read end of a pipe holding the number of every batch (its write end closed, so that a read after the
    last one finds the end); None when the system gives no pipe."""
    try:
        read_end, write_end = os.pipe()
    except OSError:
        return None
    with os.fdopen(write_end, "wb") as numbers:
        numbers.write(b"".join(number.to_bytes(2, "big") for number in range(len(batches))))
    return read_end


def _taken(queue: int) -> Iterator[int]:
    """The numbers of the batches this process takes: each read takes one number, which no other process gets."""
    while taken := os.read(queue, 2):
        yield int.from_bytes(taken, "big")


def _fork(function: Callable[[Item], Result], items: Sequence[Item], batches: list[slice], queue: int) -> _Child | None:
    """A forked process taking batches from `queue`; None when the system would not start one (too many processes
    or open files)."""
    try:
        handed = os.memfd_create("portfolio-results", os.MFD_CLOEXEC)
    except (AttributeError, OSError):
        return None
    try:
        pid = os.fork()
    except OSError:
        os.close(handed)
        return None
    if pid:
        return _Child(pid, handed)
    code = 1
    try:
        for number in _taken(queue):
            record = _dumps((number, [function(item) for item in items[batches[number]]]))
            unwritten = memoryview(len(record).to_bytes(_LENGTH, "big") + record)
            while unwritten:  # unbuffered, so that the process can read each batch's results as soon as they are done
                unwritten = unwritten[os.write(handed, unwritten) :]
        code = 0
    finally:
        os._exit(code)  # neither the caller's code after the fork, nor its exit handlers, run twice


_LENGTH = 8
"""The bytes of the length written before each batch's pickled results."""


class _Child:
    """A forked process taking batches, and the file in memory it writes each finished batch's results to."""

    def __init__(self, pid: int, handed: int) -> None:
        self.pid = pid
        self.handed = handed
        self._read = 0
        """How far the file has been read: up to the end of the last batch's results read."""
        self._failed = False

    def handed_back(self) -> dict[int, list[Any]]:
        """The results of each batch the process has finished since the last call, by batch number; what it is
        still writing is left for the next call (a file in memory holds what was written up to its size)."""
        if self._failed:
            return {}
        written = os.fstat(self.handed).st_size - self._read
        data = memoryview(os.pread(self.handed, written, self._read)) if written > 0 else memoryview(b"")
        done: dict[int, list[Any]] = {}
        start = 0
        while start + _LENGTH <= len(data):
            end = start + _LENGTH + int.from_bytes(data[start : start + _LENGTH], "big")
            if end > len(data):
                break
            try:
                number, batch = pickle.loads(data[start + _LENGTH : end])
            except Exception:  # whatever the copy handed back from here on, this process works through itself
                self._failed = True
                break
            if isinstance(number, int) and isinstance(batch, list):
                done[number] = batch
            start = end
        self._read += start
        return done

    def finish(self) -> dict[int, list[Any]]:
        """The results of the batches the process finished since the last call, once it has ended."""
        os.waitpid(self.pid, 0)
        done = self.handed_back()
        os.close(self.handed)
        return done


def _stop(pid: int, handed: int) -> None:
    """Stop a forked process whose results are no longer wanted."""
    os.close(handed)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)


def _dumps(results: object) -> bytes:
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = {**copyreg.dispatch_table, MappingProxyType: _reduce_proxy}
    pickler.dump(results)
    return buffer.getvalue()


def _reduce_proxy(proxy: MappingProxyType[Any, Any]) -> tuple[Callable[..., Any], tuple[dict[Any, Any]]]:
    """A read-only mapping (as an item's values are) pickled as a copy of the dict it shows (each is made over a
    dict, which `copy` copies in a seventh of the time `dict()` takes)."""
    return _proxy, (proxy.copy(),)


def _proxy(mapping: dict[Any, Any]) -> MappingProxyType[Any, Any]:
    return MappingProxyType(mapping)
