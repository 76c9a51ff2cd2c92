# A run that --timeout stops is an outcome like any other: exit status 124,
# with gilsim's last line on stderr.
# args: --explore=3 --timeout=1ms
# python3: skip
# backend: virtual-only
# expect: explore timeout.py: 1 outcome in 3 schedules (base seed 0, up to 2 forced switches each)
# expect:   #1      3 runs 100.0%  exit 124 --schedule=0
# expect:        stderr: 'gilsim: stopped (--timeout)'
# expect: ran all 3 schedules; the last new outcome: schedule 0
while True:
    pass
