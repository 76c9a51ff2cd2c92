# errors='replace' and 'ignore' for each codec
data = b'A\xffB\xe2\x82C\xc3\xa9'
for codec in ('utf-8', 'ascii', 'latin-1'):
    print(codec, repr(data.decode(codec, 'replace')), repr(data.decode(codec, errors='ignore')))
print(repr(b'\xe2\x28\xa1'.decode('utf-8', 'replace')))
try:
    b'\xff'.decode('utf-8', 'no-such-handler')
except LookupError as e:
    print(e)
print(b'fine'.decode('utf-8', 'no-such-handler'))

# expect: utf-8 'A�B�Cé' 'ABCé'
# expect: ascii 'A�B��C��' 'ABC'
# expect: latin-1 'AÿBâ\x82CÃ©' 'AÿBâ\x82CÃ©'
# expect: '�(�'
# expect: unknown error handler name 'no-such-handler'
# expect: fine
