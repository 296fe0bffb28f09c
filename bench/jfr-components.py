#!/usr/bin/env python3
"""Aggregates JFR execution samples by Assay component.

Usage: jfr print --stack-depth 96 --events jdk.ExecutionSample,jdk.NativeMethodSample REC.jfr \
         | bench/jfr-components.py [--from HH:MM:SS.mmm] [--to HH:MM:SS.mmm] [--top N]
Each sample goes to the component of the first (innermost) frame that names one; SQLite's native calls
(jdk.NativeMethodSample in org.sqlite) count as store; other native samples (threads parked in epoll, sockets) are
not CPU and are skipped. Prints the share of each component, and with --top the hottest innermost frames.
"""
import re, sys, collections, argparse

COMPONENTS = [
    ("store", ("sg.assay.store.", "org.sqlite.", "org.flywaydb.")),
    ("scoring", ("sg.assay.score.",)),
    ("target client", ("sg.assay.target.", "sg.assay.targets.", "java.net.http.", "jdk.internal.net.http.",
                       "sun.nio.ch.", "sun.security.")),
    ("engine", ("sg.assay.run.", "sg.assay.solve.", "dev.failsafe.")),
    ("summary/report", ("sg.assay.metric.", "sg.assay.report.", "sg.assay.stats.", "sg.assay.parity.")),
    ("dataset/planning", ("sg.assay.dataset.", "sg.assay.task.")),
    ("cli (progress, output)", ("sg.assay.cli.", "picocli.")),
]

def classify(frames):
    for f in frames:
        for name, prefixes in COMPONENTS:
            if f.startswith(prefixes):
                return name
    return "jdk/other (class loading, threads, JSON outside the above)"

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--from", dest="start", default="")
    ap.add_argument("--to", dest="end", default="")
    ap.add_argument("--top", type=int, default=0)
    a = ap.parse_args()
    counts = collections.Counter(); tops = collections.Counter()
    event = None; time = ""; frames = []; in_stack = False
    def flush():
        if event is None or not frames:
            return
        if a.start and time < a.start or a.end and time > a.end:
            return
        if event == "jdk.NativeMethodSample" and not frames[0].startswith("org.sqlite."):
            return
        counts[classify(frames)] += 1
        tops[frames[0].split("(")[0]] += 1
    for line in sys.stdin:
        s = line.strip()
        m = re.match(r"^(jdk\.\w+) \{$", s)
        if m:
            flush(); event = m.group(1); frames = []; time = ""; in_stack = False
        elif s.startswith("startTime = "):
            time = s.split()[2]
        elif s.startswith("stackTrace = ["):
            in_stack = True
        elif s == "]":
            in_stack = False
        elif in_stack and s != "...":
            frames.append(s)
    flush()
    total = sum(counts.values()) or 1
    for name, n in counts.most_common():
        print(f"{name}\t{n}\t{100.0 * n / total:.1f}%")
    print(f"total\t{total}\t100%")
    if a.top:
        print("--- hottest frames")
        for f, n in tops.most_common(a.top):
            print(f"{n}\t{f}")

main()
