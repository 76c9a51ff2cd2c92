# MemoryError names the line whose allocation passed the cap (as CPython's
# traceback does), not a later check point: here the repeat, not the append.
# args: --max-memory=64M
# python3: skip
# exit: 1
keep = []
while True:
    a = [0] * 10**6
    keep.append(a)
# expect stderr: Traceback (most recent call last):
# expect stderr: memory_line.py", line 8, in <module>
# expect stderr: a = [0] * 10**6
# expect stderr: MemoryError
