# Threads hashing chunks of a shared payload: the digests match a single-threaded pass
import hashlib
import threading

payload = bytes(range(256)) * 64
chunks = [payload[i:i + 4096] for i in range(0, len(payload), 4096)]
results = {}

def worker(i, chunk):
    results[i] = hashlib.sha256(chunk).hexdigest()

threads = [threading.Thread(target=worker, args=(i, c)) for i, c in enumerate(chunks)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(results), all(results[i] == hashlib.sha256(c).hexdigest() for i, c in enumerate(chunks)))
combined = hashlib.sha256()
for i in range(len(chunks)):
    combined.update(bytes.fromhex(results[i]))
print(combined.hexdigest())

# expect: 4 True
# expect: 09d9fcdd93e9624f64ef451917daa62dbd4315ae54da340cfa2b78a85f9faf35
