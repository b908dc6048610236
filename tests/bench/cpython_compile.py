#!/usr/bin/env python3
# Reference of `./dev bench`: CPython's own parser + compiler alone, compile(source, path, "exec"),
# timed inside Python (no interpreter start-up) over repeated runs. Prints one JSON line per file:
#   {"file", "times_ms": [...], "median_ms", "median_wall_ms", "version"}
# Times are CPU time of the process (as tests/bench/bench_native.cpp measures ours), wall time too.
#
#   python3 tests/bench/cpython_compile.py [--reps N] [--min-ms MS] FILE...
import json
import statistics
import sys
import time


def main():
    args = sys.argv[1:]
    reps, min_ms, files = 5, 50.0, []
    i = 0
    while i < len(args):
        if args[i] == '--reps':
            reps = max(1, int(args[i + 1]))
            i += 2
        elif args[i] == '--min-ms':
            min_ms = float(args[i + 1])
            i += 2
        else:
            files.append(args[i])
            i += 1
    version = '.'.join(map(str, sys.version_info[:3]))
    for path in files:
        with open(path, encoding='utf-8') as f:
            source = f.read()
        compile(source, path, 'exec')  # warm-up (and: the file must compile)
        times, walls, spent = [], [], 0.0
        while len(times) < reps or (spent < min_ms and len(times) < 1000):
            w0, c0 = time.perf_counter_ns(), time.process_time_ns()
            compile(source, path, 'exec')
            dt = (time.process_time_ns() - c0) / 1e6
            walls.append((time.perf_counter_ns() - w0) / 1e6)
            times.append(dt)
            spent += dt
        print(json.dumps({'file': path, 'times_ms': times, 'median_ms': statistics.median(times),
                          'median_wall_ms': statistics.median(walls), 'version': version}), flush=True)


if __name__ == '__main__':
    main()
