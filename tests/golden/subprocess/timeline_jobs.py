# args: --timeline --width=80 --ascii
# python3: skip (the timeline is gilsim's)
# backend: virtual-only
# Each command is a process of its own on the timeline, named by its
# command line. The shell of "zip ... &" ends at once; the zip it put in
# the background computes (a core busy: '='), in parallel with the other
# two; the main thread waits for the sleep with the GIL released.
import gilsim
import subprocess as sp

gilsim.subprocess_model("zip", seconds=0.02, cpu=True)
for d in ["a", "b"]:
    sp.run(f"zip -r {d}.zip {d} &", shell=True)
sp.run(["sleep", "0.03"])
print("done")

# expect: done
# expect:
# expect:              0 ms     5 ms    10 ms    15 ms    20 ms    25 ms   30 ms    35 ms
# expect: -- MainProcess -----------------------------------------------------------------
# expect: GIL          00   00    00
# expect: 0 MainThread #+...+#....#+......................................................
# expect: -- zip -r a.zip a & ------------------------------------------------------------
# expect: GIL           1111
# expect: 1 MainThread  +###+
# expect: -- zip -r a.zip a --------------------------------------------------------------
# expect: GIL               22
# expect: 2 MainThread      +#====================================
# expect: -- zip -r b.zip b & ------------------------------------------------------------
# expect: GIL                 3333
# expect: 3 MainThread        +##+
# expect: -- zip -r b.zip b --------------------------------------------------------------
# expect: GIL                    444
# expect: 4 MainThread           -#+===================================
# expect: -- sleep 0.03 ------------------------------------------------------------------
# expect: GIL                      555
# expect: 5 MainThread             +#+....................................................
# expect: # run  + ran part  - wait  = native  . block  | handoff  v drop request
# expect: x forced switch
