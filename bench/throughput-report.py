#!/usr/bin/env python3
"""Computes one row of bench/throughput.sh from a run's export, /usr/bin/time -v output, CPU polls and JFR samples.

Steady state: the samples completed after the first WARMUP completions, over the time from completion WARMUP to the
last one (completion = timings.started + timings.total_ms of each exported sample). CPU in that window comes from
the polled utime+stime of the JVM (interpolated), split by the JFR execution samples taken in the same window.
"""
import argparse, datetime, json, os, re, subprocess, sys


def epoch(instant):
    """Seconds since the epoch of an ISO instant like 2026-11-23T12:37:31.347831437Z (any number of digits)."""
    base, _, frac = instant.rstrip("Z").partition(".")
    whole = datetime.datetime.strptime(base, "%Y-%m-%dT%H:%M:%S").replace(tzinfo=datetime.timezone.utc)
    return whole.timestamp() + (float("0." + frac) if frac else 0.0)


def finishes(export):
    out = []
    with open(export) as f:
        for line in f:
            t = json.loads(line)["timings"]
            out.append(epoch(t["started"]) + t["total_ms"] / 1000.0)
    return sorted(out)


def time_file(path):
    text = open(path).read()
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", text).group(1)
    secs = 0.0
    for part in wall.split(":"):
        secs = secs * 60 + float(part)
    user = float(re.search(r"User time \(seconds\): (\S+)", text).group(1))
    system = float(re.search(r"System time \(seconds\): (\S+)", text).group(1))
    rss_kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1))
    return secs, user + system, rss_kb


def cpu_at(polls, t):
    """CPU seconds of the JVM at epoch time t, interpolated between polls."""
    for (t0, c0), (t1, c1) in zip(polls, polls[1:]):
        if t0 <= t <= t1:
            return c0 + (c1 - c0) * (t - t0) / (t1 - t0) if t1 > t0 else c1
    return polls[0][1] if t < polls[0][0] else polls[-1][1]


def main():
    ap = argparse.ArgumentParser()
    for name in ("label", "export", "time", "cpu", "jfr-text", "load"):
        ap.add_argument("--" + name, required=True)
    ap.add_argument("--connections", type=int, required=True)
    ap.add_argument("--latency-ms", type=float, required=True)
    ap.add_argument("--warmup", type=int, required=True)
    a = ap.parse_args()

    f = finishes(a.export)
    n = len(f)
    wall, cpu_total, rss_kb = time_file(a.time)
    w = min(a.warmup, n - 2)
    window = f[-1] - f[w]
    steady_n = n - 1 - w
    steady = steady_n / window if window > 0 else float("nan")
    ideal = a.connections / (a.latency_ms / 1000.0) if a.latency_ms > 0 else 0
    tck = os.sysconf("SC_CLK_TCK")
    polls = []
    for line in open(a.cpu):
        parts = line.split()
        if len(parts) == 2:
            polls.append((float(parts[0]), float(parts[1]) / tck))
    cpu_window = cpu_at(polls, f[-1]) - cpu_at(polls, f[w]) if len(polls) > 1 else float("nan")
    us_steady = 1e6 * cpu_window / steady_n

    ratio = f" ({100 * steady / ideal:.1f}% of ideal {ideal:,.0f}/s)" if ideal else ""
    print(f"{a.label}: steady {steady:,.0f} samples/s{ratio} over {steady_n:,} samples after {w:,} warm-up;"
          f" end to end {n:,} in {wall:.1f} s = {n / wall:,.0f}/s; peak RSS {rss_kb / 1024:,.0f} MB;"
          f" CPU {us_steady:,.0f} us/sample steady, {1e6 * cpu_total / n:,.0f} us/sample end to end;"
          f" load average {a.load}")

    local = lambda t: datetime.datetime.fromtimestamp(t).strftime("%H:%M:%S.%f")[:12]
    here = os.path.dirname(os.path.abspath(__file__))
    with open(a.jfr_text) as src:
        shares = subprocess.run(
            [sys.executable, os.path.join(here, "jfr-components.py"), "--from", local(f[w]), "--to", local(f[-1])],
            stdin=src, capture_output=True, text=True, check=True).stdout
    parts = []
    for line in shares.splitlines():
        name, count, pct = line.split("\t")
        if name == "total":
            continue
        share = float(pct.rstrip("%")) / 100
        parts.append(f"{name} {100 * share:.0f}% ({share * us_steady:,.0f} us)")
    print("  steady CPU by component (JFR execution samples): " + "; ".join(parts))
    if ideal:
        verdict = "MET" if steady >= 0.95 * ideal else "NOT MET"
        print(f"  RATIO TO IDEAL {a.label}: {100 * steady / ideal:.1f}% ({steady:,.0f} of {ideal:,.0f} samples/s;"
              f" goal >= 95%: {verdict}; load average {a.load})")


main()
