# An exception raised while a helper module loads: the traceback goes
# through the import line into the helper's own file and line.
print('before')
import _broken
print('never')

# expect: before
# expect stderr: Traceback (most recent call last):
# expect stderr: line 4, in <module>
# expect stderr: _broken.py", line 3, in <module>
# expect stderr: RuntimeError: helper failed while loading
# exit: 1
