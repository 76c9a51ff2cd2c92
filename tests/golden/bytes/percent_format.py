# bytes %-formatting is outside gilsim's subset: refused by name
try:
    b'%d items' % 3
except NotImplementedError as e:
    print('refused:', e)
# python3: skip
# expect: refused: bytes %-formatting is not supported by gilsim
