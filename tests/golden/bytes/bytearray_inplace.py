# += and *= change a bytearray in place; on bytes they make a new object
ba = bytearray(b'ab')
alias = ba
ba += b'cd'
ba *= 2
print(ba, alias is ba, alias)
b = b'ab'
keep = b
b += b'cd'
print(b, keep, b is keep)
try:
    ba += 'x'
except TypeError as e:
    print(e)
try:
    ba += ba
except BufferError as e:
    print(type(e).__name__, e)

# expect: bytearray(b'abcdabcd') True bytearray(b'abcdabcd')
# expect: b'abcd' b'ab' False
# expect: can't concat str to bytearray
# expect: BufferError Existing exports of data: object cannot be re-sized
