# An unknown --python value is a usage error that lists the valid ones.
# python3: skip (a gilsim option)
# args: --python=3.8
# exit: 2
# expect stderr: gilsim: invalid value '3.8' for --python (expected 3.9, 3.10, 3.11, 3.12, 3.13, 3.13t)
print('not reached')
