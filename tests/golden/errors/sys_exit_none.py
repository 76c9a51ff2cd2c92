# sys.exit() with no argument exits 0; finally blocks still run
import sys
try:
    print("in try")
    sys.exit()
finally:
    print("finally still runs")

# expect: in try
# expect: finally still runs
