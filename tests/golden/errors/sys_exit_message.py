# sys.exit with a string prints it to stderr and exits 1
import sys
print("about to exit")
sys.exit("fatal: something went wrong")

# expect: about to exit
# expect stderr: fatal: something went wrong
# exit: 1
