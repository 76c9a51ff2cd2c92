# thread_name.py: the default name of a thread made with a target
# (3.9: `Thread-1`; 3.10+: `Thread-1 (target)`), blanks shown as _.
import threading


def work():
    pass


t = threading.Thread(target=work)
print("RESULT name=%s" % t.name.replace(" ", "_"))
