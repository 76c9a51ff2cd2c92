# sys.exit(0) is a clean exit
import sys
print("clean")
sys.exit(0)
print("never")

# expect: clean
