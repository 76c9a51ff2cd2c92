# python3: skip (gilsim.subprocess_model declares simulated commands)
# backend: virtual-only
# A program declares the commands it runs: how long they take, whether
# they compute (a core busy) or wait, what they print and return. The
# seed's zip jobs in the background run in parallel on the cores.
import gilsim
import subprocess as sp
import time

gilsim.subprocess_model("zip", seconds=0.5, cpu=True, stdout="  adding: data/ (stored 0%)\n")
gilsim.subprocess_model("make", lambda argv: {'seconds': 0.1, 'stdout': 'make: Nothing to be done for %r.\n' % argv[1],
                                              'returncode': 0 if argv[1] == 'all' else 2})
gilsim.subprocess_model("wc", stdout="42\n")   # also /bin/wc, /usr/bin/wc

t0 = time.monotonic()
for d in ["a", "b", "c"]:
    sp.run(f"zip -r {d}.zip {d} &", shell=True)
print("started in %.2f s" % (time.monotonic() - t0))
time.sleep(0.6)
print(sp.run(["make", "all"], capture_output=True, text=True))
print(sp.run("make install", shell=True).returncode)
print(sp.check_output(["/usr/bin/wc", "-l"]), sp.check_output("wc -l", shell=True))
try:
    gilsim.subprocess_model("bad", seconds=-1)
except ValueError as e:
    print(e)
try:
    sp.run("cat data | wc -l", shell=True)
except NotImplementedError as e:
    print(e)
try:
    sp.run("echo hi > out.txt", shell=True)
except NotImplementedError as e:
    print(e)

# expect: started in 0.01 s
# expect:   adding: data/ (stored 0%)
# expect:   adding: data/ (stored 0%)
# expect:   adding: data/ (stored 0%)
# expect: CompletedProcess(args=['make', 'all'], returncode=0, stdout="make: Nothing to be done for 'all'.\n", stderr='')
# expect: make: Nothing to be done for 'install'.
# expect: 2
# expect: b'42\n' b'42\n'
# expect: subprocess_model() seconds must be a non-negative number
# expect: subprocess (gilsim): shell pipes (|) are not simulated
# expect: subprocess (gilsim): shell redirection (>) is not simulated
