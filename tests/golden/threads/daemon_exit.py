# At exit, non-daemon threads are joined; daemon threads are abandoned.
import threading
import time

def slow(msg, seconds):
    time.sleep(seconds)
    print(msg)

threading.Thread(target=slow, args=('non-daemon finished', 0.1)).start()
threading.Thread(target=slow, args=('daemon never prints', 3), daemon=True).start()
d = threading.Thread(target=time.sleep, args=(5,))
d.daemon = True
d.start()
print('main done')
# expect: main done
# expect: non-daemon finished
