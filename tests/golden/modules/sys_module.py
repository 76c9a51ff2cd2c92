# sys attributes that are stable
import sys
print(len(sys.argv), sys.argv[0].endswith("sys_module.py"))
print(sys.maxsize == 2 ** 63 - 1)
print(sys.version_info >= (3, 0), sys.version_info[0], sys.version_info > (2, 7), sys.version_info < (4,))
print(isinstance(sys.getrecursionlimit(), int), sys.getrecursionlimit() >= 500)

# expect: 1 True
# expect: True
# expect: True 3 True True
# expect: True True
