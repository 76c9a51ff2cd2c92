# A command that does not exist, one that fails, one that runs too long:
# CPython's exceptions and messages (the shell is dash: /bin/sh).
import subprocess as sp

try:
    sp.run(["nosuchcmd", "x"])
except FileNotFoundError as e:
    print('argv:', type(e).__name__, e.errno, e.filename, '|', e)
r = sp.run("nosuchcmd x", shell=True, capture_output=True, text=True)
print(r)
r = sp.run("nosuchcmd x || echo recovered", shell=True, capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr))
try:
    sp.check_call(["false"])
except sp.CalledProcessError as e:
    print('check_call:', e, '|', e.returncode, e.cmd, e.output)
try:
    sp.check_output("echo partial; exit 4", shell=True)
except sp.CalledProcessError as e:
    print('check_output:', e, '|', e.output, e.stdout)
try:
    sp.run(["false"], check=True, capture_output=True)
except sp.CalledProcessError as e:
    print('run check:', e, issubclass(sp.CalledProcessError, sp.SubprocessError))
r = sp.run(["sleep", "x"], capture_output=True, text=True)
print(r.returncode, r.stderr.splitlines()[0])
p = sp.Popen(["sleep", "5"])
try:
    p.wait(timeout=0.25)
except sp.TimeoutExpired as e:
    print('wait:', e, '|', e.timeout, e.cmd)
p.kill()
print('killed:', p.wait())
try:
    sp.run("sleep 5", shell=True, timeout=0.5, capture_output=True)
except sp.TimeoutExpired as e:
    print('run:', e)
print(sp.run("echo a; ; echo b", shell=True, capture_output=True))
try:
    sp.run(["echo"], capture_output=True, stdout=sp.PIPE)
except ValueError as e:
    print(e)

# expect: argv: FileNotFoundError 2 nosuchcmd | [Errno 2] No such file or directory: 'nosuchcmd'
# expect: CompletedProcess(args='nosuchcmd x', returncode=127, stdout='', stderr='/bin/sh: 1: nosuchcmd: not found\n')
# expect: 0 'recovered\n' '/bin/sh: 1: nosuchcmd: not found\n'
# expect: check_call: Command '['false']' returned non-zero exit status 1. | 1 ['false'] None
# expect: check_output: Command 'echo partial; exit 4' returned non-zero exit status 4. | b'partial\n' b'partial\n'
# expect: run check: Command '['false']' returned non-zero exit status 1. True
# expect: 1 sleep: invalid time interval ‘x’
# expect: wait: Command '['sleep', '5']' timed out after 0.25 seconds | 0.25 ['sleep', '5']
# expect: killed: -9
# expect: run: Command 'sleep 5' timed out after 0.5 seconds
# expect: CompletedProcess(args='echo a; ; echo b', returncode=2, stdout=b'', stderr=b'/bin/sh: 1: Syntax error: ";" unexpected\n')
# expect: stdout and stderr arguments may not be used with capture_output.
