# SystemExit raised from nested calls, exit code from sys.exit(n)
import sys
def shutdown(code):
    print("shutting down with", code)
    sys.exit(code)
def main():
    shutdown(4)
    print("never")
main()

# expect: shutting down with 4
# exit: 4
