# switchinterval.py: what getswitchinterval() returns after
# setswitchinterval(1e-9).
import sys

sys.setswitchinterval(1e-9)
print("RESULT value=%r" % sys.getswitchinterval())
