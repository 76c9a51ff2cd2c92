# run, call, check_call, check_output, Popen and CompletedProcess: what a
# command gives back. gilsim runs nothing: echo, true, false, sleep and
# exit are simulated commands (subprocess's docstring); CPython runs the
# real ones, with the same results.
import subprocess as sp

r = sp.run(["echo", "hello", "world"], capture_output=True)
print(r)
print(r.returncode, r.stdout, r.stderr)
r = sp.run("echo hi; false", shell=True)
print(r)
print(sp.run(["echo", "-n", "no newline"], stdout=sp.PIPE, text=True).stdout + '|')
print(sp.check_output("echo a && echo b", shell=True))
print(sp.check_output(["echo", "x"], text=True), end='')
print(sp.check_output(["echo", "x"], universal_newlines=True).splitlines())
print(sp.call("true", shell=True), sp.call(["false"]), sp.check_call(["true"]))
print(sp.run("exit 3", shell=True).returncode)
print(sp.run(["echo", "quiet"], stdout=sp.DEVNULL).stdout)

p = sp.Popen(["sleep", "0.2"])
print(p.poll(), p.returncode)
print(p.wait(), p.returncode, p.poll())
p = sp.Popen("echo out", shell=True, stdout=sp.PIPE)
print(p.communicate())
with sp.Popen(["echo", "with"], stdout=sp.PIPE, text=True) as p:
    print(p.stdout.read(), end='')
print(p.returncode)
print(sp.getstatusoutput("echo one; exit 3"))
print(sp.getoutput("echo two"))
print(sp.run("echo e1 && false || echo e2; echo 'quoted  words'", shell=True, stdout=sp.PIPE).stdout)
print(sp.run("false && echo skipped", shell=True, stdout=sp.PIPE))
print(sp.PIPE, sp.STDOUT, sp.DEVNULL)

# expect: CompletedProcess(args=['echo', 'hello', 'world'], returncode=0, stdout=b'hello world\n', stderr=b'')
# expect: 0 b'hello world\n' b''
# expect: hi
# expect: CompletedProcess(args='echo hi; false', returncode=1)
# expect: no newline|
# expect: b'a\nb\n'
# expect: x
# expect: ['x']
# expect: 0 1 0
# expect: 3
# expect: None
# expect: None None
# expect: 0 0 0
# expect: (b'out\n', None)
# expect: with
# expect: 0
# expect: (3, 'one')
# expect: two
# expect: b'e1\ne2\nquoted  words\n'
# expect: CompletedProcess(args='false && echo skipped', returncode=1, stdout=b'')
# expect: -1 -2 -3
