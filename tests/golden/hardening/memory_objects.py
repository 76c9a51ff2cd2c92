# Small objects that cannot fail one by one (tuples, here) pass the cap
# between two instructions: the MemoryError names the line that built them.
# args: --max-memory=64M
# python3: skip
# exit: 1
def build():
    head = None
    while True:
        head = (head, 1)

build()
# expect stderr: Traceback (most recent call last):
# expect stderr: memory_objects.py", line 11, in <module>
# expect stderr: build()
# expect stderr: memory_objects.py", line 9, in build
# expect stderr: head = (head, 1)
# expect stderr: MemoryError
