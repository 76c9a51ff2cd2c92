# + and * on bytes and bytearray; the result takes the left operand's type
print(b'ab' + b'cd', b'ab' + bytearray(b'cd'), bytearray(b'ab') + b'cd')
print(b'ab' * 3, 2 * b'xy', b'z' * 0, b'q' * -2, bytearray(b'-') * 4)
for f in (lambda: b'a' + 'b', lambda: bytearray(b'a') + 'b', lambda: 'a' + b'b', lambda: b'a' * 1.5, lambda: b'a' + 1):
    try:
        f()
    except TypeError as e:
        print(e)

# expect: b'abcd' b'abcd' bytearray(b'abcd')
# expect: b'ababab' b'xyxy' b'' b'' bytearray(b'----')
# expect: can't concat str to bytes
# expect: can't concat str to bytearray
# expect: can only concatenate str (not "bytes") to str
# expect: can't multiply sequence by non-int of type 'float'
# expect: can't concat int to bytes
