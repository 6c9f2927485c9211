#!/usr/bin/env python3
"""Times a full-screen command in a real pseudo-terminal of a given size.

Usage: pty-timing.py COLUMNS ROWS SPEC_JSON -- COMMAND [ARGS...]

SPEC_JSON: {"marker": "regular expression for the data frame", "keys": ["j", "k", ...],
            "settle_ms": 300, "timeout_ms": 15000, "linger_ms": 0}

Prints one JSON object: ms from fork to the first visible character
("first"), to the marker ("marker"), to exit ("exit", when the command ends
by itself), and per key the ms from writing it to the next output ("keys").
With "linger_ms", the command keeps running that long after the last key
before it is stopped (a warm-up run whose cache writes must land).
Clocks start just before fork, so Python's own start-up is not counted.
The command's stdin, stdout and stderr are the pty, as in a terminal.
"""
import fcntl
import json
import os
import re
import select
import signal
import struct
import sys
import termios
import time

ANSI = re.compile(rb"\x1b(\[[0-9;?<=>]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[()][A-Za-z0-9]|[=>78DEHMNOc])")


def visible(data: bytes) -> bool:
    return re.search(rb"[!-~\x80-\xff]", ANSI.sub(b"", data)) is not None


def main() -> None:
    columns, rows, spec = int(sys.argv[1]), int(sys.argv[2]), json.loads(sys.argv[3])
    command = sys.argv[sys.argv.index("--") + 1 :]
    marker = re.compile(spec["marker"].encode()) if spec.get("marker") else None
    keys = [key.encode() for key in spec.get("keys", [])]
    settle = spec.get("settle_ms", 300) / 1000
    timeout = spec.get("timeout_ms", 15000) / 1000
    linger = spec.get("linger_ms", 0) / 1000

    size = struct.pack("HHHH", rows, columns, 0, 0)
    started = time.perf_counter()
    pid, fd = os.forkpty()
    if pid == 0:
        # The size is set before the command starts, so its first look at the terminal sees it.
        fcntl.ioctl(0, termios.TIOCSWINSZ, size)
        os.execvp(command[0], command)
    now = lambda: (time.perf_counter() - started) * 1000
    result = {"first": None, "marker": None, "exit": None, "keys": []}
    raw = b""

    def read(wait: float) -> bytes:
        ready, _, _ = select.select([fd], [], [], wait)
        if not ready:
            return b""
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            raise EOFError
        if not chunk:
            raise EOFError
        return chunk

    try:
        deadline = time.perf_counter() + timeout
        while not marker or result["marker"] is None:
            if time.perf_counter() > deadline:
                raise TimeoutError
            chunk = read(deadline - time.perf_counter())
            if result["first"] is None and visible(chunk):
                result["first"] = now()
            # Stripped with some output before it, so a sequence split across reads is still removed.
            raw = (raw + chunk)[-200000:]
            if marker and marker.search(ANSI.sub(b"", raw[-(len(chunk) + 4096) :])):
                result["marker"] = now()
                break
        for key in keys:
            # Let the app go quiet so each key is timed alone, as a person types (a spinner may never stop).
            quiet_by = time.perf_counter() + 2
            while read(settle) and time.perf_counter() < quiet_by:
                pass
            sent = time.perf_counter()
            os.write(fd, key)
            if read(timeout):
                result["keys"].append((time.perf_counter() - sent) * 1000)
        lingered_by = time.perf_counter() + linger
        while time.perf_counter() < lingered_by:
            read(lingered_by - time.perf_counter())
    except EOFError:
        result["exit"] = now()
    except TimeoutError:
        result["error"] = f"no {spec.get('marker')!r} on screen within {timeout * 1000:.0f} ms"
    finally:
        if result["exit"] is None:
            try:
                os.kill(pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
        os.waitpid(pid, 0)
        os.close(fd)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
