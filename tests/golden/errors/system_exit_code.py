# raise SystemExit(3): exit status 3, no traceback
print("exiting")
raise SystemExit(3)
print("never")

# expect: exiting
# exit: 3
