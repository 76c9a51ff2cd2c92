# Workers take binary records from a queue, unpack them with struct and
# checksum the payloads; the main thread checks the results it gets back.
import hashlib
import queue
import struct
import threading
import binascii

HEADER = struct.Struct('>HI')      # record id, payload length


def make_record(rid, payload):
    return HEADER.pack(rid, len(payload)) + payload


def worker(inbox, outbox):
    while True:
        record = inbox.get()
        if record is None:
            break
        rid, length = HEADER.unpack_from(record)
        payload = record[HEADER.size:HEADER.size + length]
        outbox.put((rid, hashlib.md5(payload).hexdigest(), binascii.crc32(payload)))


inbox, outbox = queue.Queue(), queue.Queue()
threads = [threading.Thread(target=worker, args=(inbox, outbox)) for _ in range(3)]
for t in threads:
    t.start()
payloads = {rid: ('record %d ' % rid).encode() * (rid + 1) for rid in range(8)}
for rid, payload in payloads.items():
    inbox.put(make_record(rid, payload))
for _ in threads:
    inbox.put(None)
for t in threads:
    t.join()
results = sorted(outbox.get() for _ in payloads)
for rid, digest, crc in results:
    assert digest == hashlib.md5(payloads[rid]).hexdigest()
    print(rid, digest[:12], hex(crc))
print(HEADER.size, len(make_record(1, b'xyz')))

# expect: 0 08e03aa7566f 0x89839f5
# expect: 1 0913b00018c9 0xa69aa3c1
# expect: 2 ec3e0ef70488 0x3665c59
# expect: 3 b0376d54d444 0x56d14d41
# expect: 4 abe7c726e1dd 0xeca79813
# expect: 5 d5e62e590915 0xdc52e17c
# expect: 6 ee160404bac6 0x9506c691
# expect: 7 25af061f7b93 0xb6e58f21
# expect: 6 9
