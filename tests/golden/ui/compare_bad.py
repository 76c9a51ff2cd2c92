# --compare's options are checked as the command line's are: an unknown
# option, or a bad value, is a usage error (exit 2) before anything runs.
# python3: skip (a gilsim option)
# args: --compare=--switch-interval=fast
# exit: 2
# expect stderr: gilsim: invalid value 'fast' for --switch-interval
print('not reached')
