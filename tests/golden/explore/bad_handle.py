# A --schedule that is neither a handle nor a file holding one.
# args: --schedule=7:x
# python3: skip
# backend: virtual-only
# exit: 2
# expect stderr: invalid value '7:x' for --schedule
print("never runs")
