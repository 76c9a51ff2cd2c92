# os: print only stable facts
import os
pid = os.getpid()
print(isinstance(pid, int), pid > 0)
n = os.cpu_count()
print(isinstance(n, int), n >= 1)

# expect: True True
# expect: True True
