# os.cpu_count() and multiprocessing.cpu_count() report gilsim's --cores
# args: --cores=6
# python3: skip
import os
import multiprocessing
print(os.cpu_count(), multiprocessing.cpu_count())
# expect: 6 6
