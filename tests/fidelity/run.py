#!/usr/bin/env python3
"""run.py: the fidelity suite (`make fidelity`): gilsim's scheduling against
CPython's, scenario by scenario (see /work/shared/fidelity/CPYTHON-MEASURED.md
for the reference figures and tests/fidelity/BASELINE-0.1.txt for gilsim
0.1's table).

Every scenario in scenarios/ runs unchanged under python3.X and under gilsim
and prints one line `RESULT name=value ...`. This script runs each one
under every CPython present (FIDELITY_RUNS times, default 5), under gilsim's
virtual backend over FIDELITY_SEEDS seeds (default 10; with `--python=3.X`
matching each CPython where gilsim has CPython profiles, plain gilsim
otherwise) and, for the lock and handoff scenarios, under gilsim's real
backend (FIDELITY_REAL_RUNS times, default 3); then it prints a table:
CPython's median [min..max] per version, gilsim's over seeds, the real
backend's, CPYTHON-MEASURED.md's figure, the target and whether gilsim meets
it (ok / off), judged twice where the target is relative to CPython: against
this run's CPython and against the reference figure (CPython's figures on a
loaded machine are the load's as much as CPython's: see the header's load).

Targets without a mark are the scheduler issue's; those marked `~` are this
suite's own tolerances for rows that are right today and should stay so.

Real-time runs (CPython and the real backend) are interleaved, one run of
every interpreter per round, so that the machine's load affects them alike,
and run at raised priority: FIDELITY_PRIO=nice (default: `nice -n -10`, the
ordinary scheduler, as CPYTHON-MEASURED.md was measured), chrt (`chrt -f 10`,
real-time FIFO: less sensitive to load, but it changes CPython's figures: no
timer slack, immediate wake-ups) or none; a mode that is not permitted falls
back to none. Virtual runs do not depend on the load and run FIDELITY_JOBS
(default 2) at a time.

Environment: GILSIM (default ./gilsim), FIDELITY_PYTHONS (versions, default
"3.9 3.10 3.11 3.12 3.13"; each found as python3.X on PATH or in pyenv's
versions), FIDELITY_ONLY (a regular expression: only the scenarios whose name
matches), FIDELITY_RAW (a file to write every measured value to, as JSON).
Exit status 0 unless the suite itself fails (a verdict "off" is a finding,
not a failure).
"""

import glob
import json
import os
import re
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
SCENARIOS = os.path.join(HERE, "scenarios")
TIMEOUT_S = 120


def env_int(name, default):
    try:
        return int(os.environ.get(name, default))
    except ValueError:
        sys.exit("run.py: %s must be a whole number" % name)


RUNS = env_int("FIDELITY_RUNS", 5)
SEEDS = env_int("FIDELITY_SEEDS", 10)
REAL_RUNS = env_int("FIDELITY_REAL_RUNS", 3)
JOBS = max(1, env_int("FIDELITY_JOBS", 2))
GILSIM = os.environ.get("GILSIM", "./gilsim")
if os.sep in GILSIM:
    # Scenarios run from their own directory.
    GILSIM = os.path.abspath(GILSIM)
VERSIONS = os.environ.get("FIDELITY_PYTHONS", "3.9 3.10 3.11 3.12 3.13").split()
ONLY = re.compile(os.environ.get("FIDELITY_ONLY", ""))
# The targets are for the 3.11 profile unless a row says otherwise.
MAIN = "3.11"


# ------------------------------------------------------------ the scenarios

class Variant:
    """One program with its arguments: a unit of running.

    profiles: "all" runs gilsim under every CPython profile (rows per
    version use it), "main" only under the 3.11 one. real: also run on
    gilsim's real backend."""

    def __init__(self, name, args, profiles="main", real=False):
        self.name, self.args, self.profiles, self.real = name, args, profiles, real

    def path_args(self):
        return [os.path.join(SCENARIOS, self.args[0])] + self.args[1:]


VARIANTS = [
    Variant("slices-2x5ms", ["cpu_slices.py", "2", "0.005", "0.3"]),
    Variant("slices-2x1ms", ["cpu_slices.py", "2", "0.001", "0.3"]),
    Variant("slices-4x5ms", ["cpu_slices.py", "4", "0.005", "0.3"]),
    Variant("slices-4x1ms", ["cpu_slices.py", "4", "0.001", "0.3"]),
    Variant("unequal", ["unequal_work.py", "3000000"]),
    Variant("staggered", ["staggered_start.py", "1000000"]),
    Variant("sleep0-alone", ["blocking.py", "sleep", "alone", "2000", "0"]),
    Variant("sleep0-spinner", ["blocking.py", "sleep", "spinner", "40", "0"], profiles="all"),
    Variant("sleep1ms-spinner", ["blocking.py", "sleep", "spinner", "30", "0.001"]),
    Variant("queue-alone", ["handoff.py", "queue", "alone", "2000"], real=True),
    Variant("queue-spinner", ["handoff.py", "queue", "spinner", "60"], real=True),
    Variant("event-spinner", ["handoff.py", "event", "spinner", "60"], real=True),
    Variant("lock", ["lock_loop.py", "Lock", "0.2"], real=True),
    Variant("rlock", ["lock_loop.py", "RLock", "0.2"], real=True),
    Variant("semaphore", ["lock_loop.py", "Semaphore", "0.2"], real=True),
    Variant("acquire-alone", ["blocking.py", "acquire", "alone", "20", "0.01"]),
    Variant("acquire-spinner", ["blocking.py", "acquire", "spinner", "20", "0.01"]),
    Variant("sleepers", ["sleepers.py"]),
    Variant("notify-one", ["notify_order.py", "one"]),
    Variant("notify-all", ["notify_order.py", "all"]),
] + [
    # CPYTHON-MEASURED.md's size, 4 x 1,000,000: the share lost depends on
    # how many forced switches a run has beside its staggered start, and
    # lst.append's duplicates are rare (one in a few forced switches)
    Variant("lost-" + s, ["lost_updates.py", s, "1000000"], profiles="all")
    for s in ("iadd", "add", "dict", "attr", "pycall", "builtin", "append")
] + [
    Variant("process-time", ["process_time.py"]),
    Variant("switchinterval", ["switchinterval.py"], profiles="all"),
    Variant("thread-name", ["thread_name.py"], profiles="all"),
    Variant("sum-list", ["sum_list.py"], profiles="all"),
    Variant("countdown", ["countdown.py", "1000000"], profiles="all"),
]


# ------------------------------------------------------------------ summaries

def number(v):
    """A figure with three or four significant digits, without exponent."""
    a = abs(v)
    if a == 0:
        return "0"
    for limit, form in ((100, "%.0f"), (10, "%.1f"), (1, "%.2f")):
        if a >= limit:
            return form % v
    return "%.3f" % v


def floats(values):
    return [float(v) for v in values]


def num_cell(values):
    if not values:
        return ""
    v = [number(x) for x in sorted(floats(values))]
    mid = number(statistics.median(floats(values)))
    return mid if v[0] == v[-1] else "%s [%s..%s]" % (mid, v[0], v[-1])


def distinct_cell(values):
    if not values:
        return ""
    top = max(set(values), key=lambda x: (values.count(x), x))
    return "%d distinct; %s x%d" % (len(set(values)), top, values.count(top))


def same_cell(values):
    if not values:
        return ""
    return distinct_cell(values) if len(set(values)) > 1 else values[0]


def median(values):
    return statistics.median(floats(values))


# Targets: (text, test(gilsim values, CPython values of the row's version)),
# test returning True/False, or None when there is nothing to judge by.

def needs_cpython(test):
    return lambda g, c: test(g, c) if c else None


def at_most_times(k):
    return ("<= %gx CPy" % k, needs_cpython(lambda g, c: median(g) <= k * median(c)))


def at_least_fraction(text, k):
    return (text, needs_cpython(lambda g, c: median(g) >= k * median(c)))


def within_factor(k, mark=""):
    return ("%swithin %gx CPy" % (mark, k),
            needs_cpython(lambda g, c: median(c) / k <= median(g) <= k * median(c)))


def within_pct(p, mark=""):
    return ("%swithin %g%% of CPy" % (mark, p),
            needs_cpython(lambda g, c: abs(median(g) - median(c)) <= p / 100.0 * median(c)))


def between(lo, hi, unit=""):
    return ("%g-%g%s" % (lo, hi, unit), lambda g, c: lo <= median(g) <= hi)


def distinct_at_least(k, mark=""):
    return ("%s>= %d distinct" % (mark, k), lambda g, c: len(set(g)) >= k)


def equals_cpython(mark="~"):
    return ("%s= CPy" % mark, needs_cpython(lambda g, c: set(g) == {statistics.mode(c)}))


def lost_target(dups):
    """As CPython for the same version: nothing lost where it loses nothing;
    duplicates where it has any; otherwise a share within 1/2..3/2 of its."""
    def test(g, c):
        if not c:
            return None
        if median(c) == 0:
            return max(floats(g)) == 0
        if dups:
            return median(g) > 0
        return 0.5 * median(c) <= median(g) <= 1.5 * median(c)
    return ("0 / >0 as CPy" if dups else "0 as CPy, else 1/2-3/2x", test)


def fraction(pred, label):
    """A cell counting the runs whose value satisfies pred."""
    def cell(values):
        if not values:
            return ""
        return "%s %d/%d" % (label, len([v for v in values if pred(v)]), len(values))
    return cell


def convoys(v):
    return float(v) > 1000


class Row:
    """One line of the table: a metric of a variant.

    per_version: one line per CPython version, with gilsim under the
    matching profile; otherwise CPython's figures for every version and
    gilsim's under the 3.11 profile. target / real_target: (text, test) for
    the virtual and real backend; versions: per-version targets instead.
    ref: CPYTHON-MEASURED.md's figure (3.11's, or one per version)."""

    def __init__(self, label, variant, metric, cell=num_cell, target=None,
                 real_target=None, per_version=False, versions=None, ref=""):
        self.label, self.variant, self.metric, self.cell = label, variant, metric, cell
        self.ref = ref
        self.target, self.real_target = target, real_target
        self.per_version, self.versions = per_version, versions


def handoff_rows(name, what, ref_us, ref_pct):
    return [Row(what + ": median round trip us", name, "median_us", ref=ref_us,
                target=at_most_times(3)),
            Row(what + ": % round trips > 1 ms", name, "slow_pct", ref=ref_pct,
                target=between(5, 30, " %"))]


def lock_row(kind, name, ref, target):
    return Row("`with lock:` loop, %s: handoffs/s" % kind, name, "handoffs_per_s", ref=ref,
               target=target, real_target=at_least_fraction(">= 1/3 CPy", 1 / 3.0))


# (variant, statement, reference % lost per version); CPYTHON-MEASURED.md.
LOST = [("iadd", "x += 1", {"3.9": "55", "3.10": "0", "3.11": "0", "3.13": "0"}),
        ("add", "x = x + 1", {"3.9": "52", "3.10": "0", "3.11": "0", "3.13": "0"}),
        ("dict", "d[k] += 1", {"3.9": "51", "3.10": "0", "3.11": "0", "3.13": "0"}),
        ("attr", "c.value += 1", {"3.9": "43", "3.10": "0", "3.11": "0", "3.13": "0"}),
        ("pycall", "x = x + f()", {"3.9": "67", "3.11": "50", "3.13": "47"}),
        ("builtin", "x = x + abs(1)", {"3.9": "59", "3.11": "55", "3.13": "54"})]

ROWS = [
    Row("2 threads 5 ms: median slice ms", "slices-2x5ms", "median_ms", ref="5.077",
        target=within_pct(3)),
    Row("2 threads 1 ms: median slice ms", "slices-2x1ms", "median_ms", ref="1.069",
        target=within_pct(3)),
    Row("4 threads 5 ms: p90 slice ms", "slices-4x5ms", "p90_ms", ref="8.45",
        target=between(7, 10, " ms")),
    Row("4 threads 5 ms: switches/s", "slices-4x5ms", "switches_per_s", ref="166",
        target=within_pct(10)),
    Row("4 threads 1 ms: p90 slice ms", "slices-4x1ms", "p90_ms", ref="2.06",
        target=between(1.6, 2.5, " ms")),
    Row("3 threads unequal work: finishing order", "unequal", "order", cell=distinct_cell,
        ref="4 distinct in 10", target=distinct_at_least(2, "~")),
    Row("4 workers started in turn: start/finish order", "staggered", "order",
        cell=distinct_cell, ref="5 distinct in 5", target=distinct_at_least(3)),
    Row("4 workers started in turn: median start() ms", "staggered", "start_median_ms",
        ref="5..29"),
    Row("sleep(0) alone: us per call", "sleep0-alone", "median_us", ref="59",
        target=within_factor(2, "~")),
    Row("sleep(0) beside a spinner: us per call", "sleep0-spinner", "median_us", ref="5146"),
    Row("sleep(0) beside a spinner: runs convoying", "sleep0-spinner", "median_us",
        cell=fraction(convoys, "convoy"), per_version=True,
        ref={"3.9": "never", "3.11": "4 in 5", "3.13": "4 in 5"}, versions={
            "3.9": ("never", lambda g, c: not any(convoys(v) for v in g)),
            "3.11": ("most runs", lambda g, c: 2 * len([v for v in g if convoys(v)]) > len(g))}),
    Row("sleep(0.001) beside a spinner: us per call", "sleep1ms-spinner", "mean_us",
        ref="6150", target=within_pct(10, "~")),
    Row("queue ping-pong alone: median round trip us", "queue-alone", "median_us", ref="27",
        target=within_factor(2)),
] + handoff_rows("queue-spinner", "queue ping-pong beside a spinner", "35", "14") \
  + handoff_rows("event-spinner", "Event handoff beside a spinner", "37", "16") + [
    lock_row("Lock", "lock", "18584", at_least_fraction(">= 1/3 CPy", 1 / 3.0)),
    lock_row("RLock", "rlock", "19320", at_least_fraction(">= 1/3 CPy", 1 / 3.0)),
    lock_row("Semaphore", "semaphore", "104", within_factor(2, "~")),
    Row("acquire(timeout=0.01) alone: overshoot us", "acquire-alone", "overshoot_us",
        ref="98", target=within_factor(3, "~")),
    Row("acquire(timeout=0.01) beside a spinner: overshoot us", "acquire-spinner",
        "overshoot_us", ref="5300", target=within_pct(15, "~")),
    Row("5 threads sleep(0.2): total ms", "sleepers", "total_ms", ref="207",
        target=within_pct(5, "~")),
    Row("Condition.notify() one by one: wake order", "notify-one", "order", ref="FIFO",
        cell=fraction(lambda v: v == "0123", "FIFO"),
        target=("~FIFO in most runs", lambda g, c: 2 * g.count("0123") > len(g))),
    Row("Condition.notify_all(): wake order", "notify-all", "order", cell=distinct_cell,
        ref="varies", target=distinct_at_least(2)),
] + [
    Row("lost updates, %s: %% lost" % stmt, "lost-" + key, "lost_pct", ref=ref,
        target=lost_target(False), per_version=True)
    for key, stmt, ref in LOST
] + [
    Row("lost updates, lst.append(len(lst)): duplicates", "lost-append", "duplicates",
        ref={"3.9": "19.5 of 4M", "3.10": "16.5 of 4M", "3.11": "0", "3.13": "0"},
        target=lost_target(True), per_version=True),
    Row("process_time() across sleep(0.2): s", "process-time", "advance_s", ref="0",
        target=("< 0.01 s", lambda g, c: max(floats(g)) < 0.01)),
    Row("time.thread_time exists", "process-time", "thread_time", cell=same_cell,
        ref="yes", target=equals_cpython()),
    Row("setswitchinterval(1e-9); getswitchinterval()", "switchinterval", "value",
        cell=same_cell, ref="0.0", target=equals_cpython(), per_version=True),
    Row("default thread name", "thread-name", "name", cell=same_cell,
        ref={"3.9": "Thread-1", "3.10": "Thread-1_(work)", "3.11": "Thread-1_(work)",
             "3.13": "Thread-1_(work)"},
        target=equals_cpython(), per_version=True),
    Row("sum of a 4M list: threads/sequential", "sum-list", "ratio", per_version=True,
        ref={"3.9": "0.95", "3.11": "1.04", "3.13": "1.14"}),
    Row("2-thread count-down / sequential", "countdown", "ratio", ref="1.01..1.19"),
]


# ---------------------------------------------------------------- running

def find_python(version):
    """The interpreter binary for python3.X (a pyenv shim resolved to the
    real binary, so that the shim's start-up is not timed), or None."""
    name = "python" + version
    try:
        out = subprocess.run([name, "-c", "import sys; print(sys.executable)"],
                             capture_output=True, text=True, timeout=30)
        if out.returncode == 0 and out.stdout.strip():
            return out.stdout.strip()
    except (OSError, subprocess.TimeoutExpired):
        pass
    roots = [os.environ.get("PYENV_ROOT", ""), os.path.expanduser("~/.pyenv")]
    for root in roots:
        found = sorted(glob.glob(os.path.join(root, "versions", version + ".*", "bin", name)))
        if root and found:
            return found[-1]
    return None


def priority_prefix():
    """The command prefix that raises a run's priority, and its name."""
    mode = os.environ.get("FIDELITY_PRIO", "nice")
    tries = {"chrt": ["chrt", "-f", "10"], "nice": ["nice", "-n", "-10"], "none": []}
    if mode not in tries:
        sys.exit("run.py: FIDELITY_PRIO must be nice, chrt or none")
    prefix = tries[mode]
    if not prefix:
        return [], "none"
    try:
        # nice runs the command even when it may not raise the priority: ask
        # the command for its niceness.
        out = subprocess.run(prefix + ["nice"], capture_output=True, text=True, timeout=10)
        if out.returncode == 0 and (mode == "chrt" or out.stdout.strip() == "-10"):
            return prefix, " ".join(prefix)
    except OSError:
        pass
    return [], "none (%s not permitted)" % mode


def gilsim_profiles():
    """The CPython profiles gilsim accepts (--python=3.X), or [] for none."""
    try:
        helptext = subprocess.run([GILSIM, "--help"], capture_output=True, text=True,
                                  timeout=30).stdout
    except OSError:
        sys.exit("run.py: cannot run gilsim: %s (build it, or set GILSIM)" % GILSIM)
    if "--python" not in helptext:
        return []
    probe = os.path.join(SCENARIOS, "switchinterval.py")
    ok = []
    for v in VERSIONS:
        r = subprocess.run([GILSIM, "--headless", "--python=" + v, probe],
                           capture_output=True, text=True, timeout=60)
        if r.returncode == 0:
            ok.append(v)
    return ok


def parse_result(stdout):
    for line in stdout.splitlines():
        if line.startswith("RESULT "):
            return dict(f.split("=", 1) for f in line.split()[1:] if "=" in f)
    return None


class Results:
    """values[(who, variant)][metric] -> list; who is "cpy3.X",
    "gilsim3.X" / "gilsim" (plain) or "real"."""

    def __init__(self):
        self.values = {}
        self.errors = []

    def run(self, who, variant, cmd):
        try:
            r = subprocess.run(cmd, capture_output=True, text=True, timeout=TIMEOUT_S,
                               stdin=subprocess.DEVNULL, cwd=SCENARIOS)
            res = parse_result(r.stdout) if r.returncode == 0 else None
            why = (r.stderr.strip().splitlines() or ["exit %d" % r.returncode])[-1]
        except subprocess.TimeoutExpired:
            res, why = None, "timeout after %d s" % TIMEOUT_S
        except OSError as e:
            res, why = None, str(e)
        if res is None:
            self.errors.append("%s %s: %s (%s)" % (who, variant.name, why, " ".join(cmd)))
            return
        slot = self.values.setdefault((who, variant.name), {})
        for k, v in res.items():
            slot.setdefault(k, []).append(v)

    def get(self, who, variant, metric):
        return self.values.get((who, variant), {}).get(metric, [])


def run_all():
    pythons = [(v, find_python(v)) for v in VERSIONS]
    pythons = [(v, p) for v, p in pythons if p]
    prefix, prio = priority_prefix()
    profiles = gilsim_profiles()
    variants = [v for v in VARIANTS if ONLY.search(v.name)]
    res = Results()
    load_before = open("/proc/loadavg").read().split()[:3]
    t0 = time.time()

    # Real time: every interpreter once per round, in turn.
    for rnd in range(max(RUNS, REAL_RUNS)):
        for var in variants:
            if rnd < RUNS:
                for v, exe in pythons:
                    res.run("cpy" + v, var, prefix + [exe] + var.path_args())
            if var.real and rnd < REAL_RUNS:
                res.run("real", var, prefix + [GILSIM, "--headless", "--backend=real"]
                        + var.path_args())

    t1 = time.time()

    # Virtual time: the load does not matter.
    jobs = []
    for var in variants:
        if not profiles:
            wanted = [None]
        elif var.profiles == "all":
            wanted = profiles
        else:
            wanted = [MAIN] if MAIN in profiles else profiles[:1]
        for prof in wanted:
            opt = ["--python=" + prof] if prof else []
            for seed in range(1, SEEDS + 1):
                jobs.append(("gilsim" + (prof or ""), var,
                             [GILSIM, "--headless", "--seed=%d" % seed] + opt + var.path_args()))
    # Seed order matters for the "over seeds" columns only as a set.
    with ThreadPoolExecutor(max_workers=JOBS) as pool:
        list(pool.map(lambda j: res.run(*j), jobs))

    info = {
        "date": time.strftime("%Y-%m-%d %H:%M"),
        "load_before": load_before,
        "load_after": open("/proc/loadavg").read().split()[:3],
        "cores": os.cpu_count(),
        "seconds": (t1 - t0, time.time() - t1),
        "prio": prio,
        "pythons": pythons,
        "profiles": profiles,
        "variants": [v.name for v in variants],
    }
    return res, info


# ------------------------------------------------------------------ the table

def gilsim_who(profiles, version):
    if not profiles:
        return "gilsim"
    return "gilsim" + version if version in profiles else None


def verdict(target, g, c):
    if not target or not g:
        return ""
    result = target[1](g, c)
    return "" if result is None else ("ok" if result else "off")


def reference_values(row, ref):
    """CPYTHON-MEASURED.md's figure as a CPython value list, where a
    target can use it (a plain number, or a word for rows of words)."""
    if row.cell is same_cell and ref:
        return [ref]
    if row.cell is num_cell:
        try:
            return [float(ref)]
        except ValueError:
            pass
    return []


def judge(target, real_target, g, real, c):
    """The verdicts of a row's virtual and real-backend targets."""
    found = [verdict(target, g, c)]
    if real_target and real:
        found.append("real " + (verdict(real_target, real, c) or "-"))
    return ", ".join(x for x in found if x)


def table_lines(res, info):
    versions = [v for v, _ in info["pythons"]]
    profiles = info["profiles"]
    head = ["scenario / metric"] + ["CPython " + v for v in versions] + \
        ["gilsim (virtual, seeds)", "gilsim real", "ref", "target", "vs this run", "vs ref"]
    rows = []
    for row in ROWS:
        if row.variant not in info["variants"]:
            continue
        if row.per_version:
            wanted = [v for v in VERSIONS if v in versions or v in profiles]
        else:
            wanted = [MAIN]
        for version in wanted:
            who = gilsim_who(profiles, version)
            g = res.get(who, row.variant, row.metric) if who else []
            c = res.get("cpy" + version, row.variant, row.metric)
            real = res.get("real", row.variant, row.metric)
            target = row.target
            if row.versions is not None:
                target = row.versions.get(version)
            if row.per_version:
                label = "%s [%s]" % (row.label, version)
                cpy = [row.cell(c) if v == version else "" for v in versions]
            else:
                label = row.label
                cpy = [row.cell(res.get("cpy" + v, row.variant, row.metric)) for v in versions]
            ref = row.ref.get(version, "") if isinstance(row.ref, dict) else row.ref
            c_ref = reference_values(row, ref)
            verdicts = [judge(target, row.real_target, g, real, c),
                        judge(target, row.real_target, g, real, c_ref)]
            tgt = [t[0] for t in (target, row.real_target) if t]
            if row.real_target and tgt:
                tgt[-1] = "real " + tgt[-1]
            rows.append([label] + cpy + [row.cell(g), row.cell(real), ref, "; ".join(tgt)]
                        + verdicts)
    widths = [max(len(r[i]) for r in [head] + rows) for i in range(len(head))]
    out = []
    for r in [head, ["-" * w for w in widths]] + rows:
        out.append("  ".join(cell.ljust(w) for cell, w in zip(r, widths)).rstrip())
    return out


def report(res, info):
    print("gilsim fidelity suite, %s" % info["date"])
    print("machine: %s cores; load average %s before, %s after (1, 5, 15 min); "
          "real-time runs %.0f s, virtual %.0f s" % (
              info["cores"], " ".join(info["load_before"]), " ".join(info["load_after"]),
              info["seconds"][0], info["seconds"][1]))
    print("CPython: %s; %d runs each at priority %s" % (
        ", ".join("%s (%s)" % (v, p) for v, p in info["pythons"]) or "none found",
        RUNS, info["prio"]))
    try:
        version = subprocess.run([GILSIM, "--version"], capture_output=True,
                                 text=True).stdout.splitlines()[0]
    except (OSError, IndexError):
        version = GILSIM
    print("gilsim: %s; virtual backend over seeds 1..%d, %s; real backend %d runs" % (
        version, SEEDS,
        "profiles --python=" + ",".join(info["profiles"]) if info["profiles"]
        else "no --python profiles (plain gilsim for every version)", REAL_RUNS))
    print("cells: median [min..max]; ref: CPYTHON-MEASURED.md's figure (3.11's unless "
          "the row names a version); targets marked ~ are this suite's tolerances, the "
          "others the scheduler issue's; CPy: CPython of the row's version, as measured "
          "in this run (verdict \"vs this run\") or as in ref (\"vs ref\", for a "
          "loaded machine)")
    print()
    for line in table_lines(res, info):
        print(line)
    if res.errors:
        print()
        print("failed runs (%d):" % len(res.errors))
        for e in res.errors:
            print("  " + e)


def main():
    if len(sys.argv) > 1:
        sys.exit(__doc__)
    res, info = run_all()
    raw = os.environ.get("FIDELITY_RAW")
    if raw:
        with open(raw, "w") as f:
            json.dump({"info": info, "values": {"%s %s" % k: v for k, v in res.values.items()},
                       "errors": res.errors}, f, indent=1, sort_keys=True)
    report(res, info)


if __name__ == "__main__":
    main()
