# bytearray's mutation errors
ba = bytearray(b'abc')
def attempt(f):
    try:
        f()
        print('ok', ba)
    except Exception as e:
        print(type(e).__name__ + ':', e)

attempt(lambda: ba.append(256))
attempt(lambda: ba.append('d'))
attempt(lambda: ba.__setitem__(0, -1))
attempt(lambda: ba.__setitem__(7, 1))
attempt(lambda: ba.__setitem__(slice(0, 1), 5))
attempt(lambda: ba.__setitem__(slice(None, None, 2), b'xyz'))
attempt(lambda: ba.remove(122))
attempt(lambda: bytearray().pop())
attempt(lambda: ba.pop(10))
attempt(lambda: ba.extend(5))
attempt(lambda: ba.extend([1, 300]))
attempt(lambda: ba.__delitem__(9))

# expect: ValueError: byte must be in range(0, 256)
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: ValueError: byte must be in range(0, 256)
# expect: IndexError: bytearray index out of range
# expect: TypeError: can assign only bytes, buffers, or iterables of ints in range(0, 256)
# expect: ValueError: attempt to assign bytes of size 3 to extended slice of size 2
# expect: ValueError: value not found in bytearray
# expect: IndexError: pop from empty bytearray
# expect: IndexError: pop index out of range
# expect: TypeError: can't extend bytearray with int
# expect: ValueError: byte must be in range(0, 256)
# expect: IndexError: bytearray index out of range
