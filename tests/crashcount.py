# crashcount.py -- counts how the calls of a sweep program end under a gilsim
# that may crash on them (a measuring tool, run by python3, not a test):
#
#     python3 tests/crashcount.py GILSIM PROGRAM [TIMEOUT [START]]
#
# PROGRAM (tests/golden/hardening/foreign_self.py is one) takes a call number
# N as its argument, makes its calls from number N on and prints '@N label'
# before each, 'FAIL ...' for a call that ends wrongly and '@end' when done
# (a run that exits without it, say after a call closed its stdout, counts as
# a crash of its last call). This runs
# `GILSIM --headless PROGRAM N`; when gilsim dies (a signal, an abort) or stops
# printing for TIMEOUT seconds (a hang), the last number is the culprit, and
# the sweep resumes after it. A culprit that was not the first call of its run
# is run again alone, to tell a crash of its own from one left behind by an
# earlier call that corrupted memory. Prints each culprit as it is found, then
# the totals.
import os
import selectors
import signal
import subprocess
import sys


def run(gilsim, program, start, timeout, stop=None):
    """Runs from call `start`: (last call number, its label, how it ended,
    the failure lines seen). `stop`: end after that call."""
    p = subprocess.Popen([gilsim, '--headless', os.path.basename(program), str(start)],
                         cwd=os.path.dirname(program),
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                         start_new_session=True)
    sel = selectors.DefaultSelector()
    sel.register(p.stdout, selectors.EVENT_READ)
    last, label, fails, buf = start - 1, '', [], b''
    how = None
    while how is None:
        if not sel.select(timeout):
            how = 'hang'
            os.killpg(p.pid, signal.SIGKILL)
            break
        chunk = os.read(p.stdout.fileno(), 65536)
        if not chunk:
            break
        buf += chunk
        *lines, buf = buf.split(b'\n')
        for raw in lines:
            line = raw.decode('utf-8', 'replace')
            if line == '@end':
                how = 'done'
            elif line.startswith('@'):
                n, _, label = line[1:].partition(' ')
                last = int(n)
                if stop is not None and last > stop:
                    how = 'done'
                    os.killpg(p.pid, signal.SIGKILL)
                    break
            elif line.startswith('FAIL '):
                fails.append(line)
    rc = p.wait()
    if how is None:
        if rc == 0:
            how = 'exit 0 unfinished'
        elif rc < 0:
            how = signal.Signals(-rc).name
        else:
            how = 'exit %d' % rc
    return last, label, how, fails


def main():
    gilsim = os.path.abspath(sys.argv[1])
    program = os.path.abspath(sys.argv[2])
    timeout = float(sys.argv[3]) if len(sys.argv) > 3 else 10.0
    first = start = int(sys.argv[4]) if len(sys.argv) > 4 else 1
    culprits, fails, total = [], [], 0
    while True:
        last, label, how, f = run(gilsim, program, start, timeout)
        fails += f
        total = max(total, last)
        if how == 'done':
            break
        alone = how
        if last != start:
            alone = run(gilsim, program, last, timeout, stop=last)[2]
        culprits.append((last, label, how, alone))
        print('  #%d %s: %s (alone: %s)' % (last, label, how, alone), flush=True)
        start = last + 1
    kinds = {}
    for n, label, how, alone in culprits:
        kinds[how] = kinds.get(how, 0) + 1
    confirmed = sum(1 for c in culprits if c[3] != 'done')
    print('calls: %d (from %d)' % (total, first))
    print('crashed or hung: %d (%s); %d of them also when run alone' %
          (len(culprits), ', '.join('%s %d' % kv for kv in sorted(kinds.items())), confirmed))
    print('returned or raised something other than TypeError: %d' % len(fails))
    for line in fails:
        print('  ' + line)


main()
