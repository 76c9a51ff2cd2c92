# A to-do list manager driven by a list of commands
class Task:
    def __init__(self, tid, title, priority):
        self.tid = tid
        self.title = title
        self.priority = priority
        self.done = False
    def __repr__(self):
        mark = "x" if self.done else " "
        return f"[{mark}] {self.tid:>2} {self.title} (p{self.priority})"
class TodoList:
    def __init__(self):
        self.tasks = {}
        self.next_id = 1
    def add(self, title, priority=3):
        t = Task(self.next_id, title, priority)
        self.tasks[t.tid] = t
        self.next_id += 1
        return t.tid
    def complete(self, tid):
        if tid not in self.tasks:
            raise KeyError(tid)
        self.tasks[tid].done = True
    def remove(self, tid):
        return self.tasks.pop(tid)
    def pending(self):
        return sorted((t for t in self.tasks.values() if not t.done),
                      key=lambda t: (t.priority, t.tid))
    def __len__(self):
        return len(self.tasks)
    def __iter__(self):
        return iter(list(self.tasks.values()))
commands = [
    "add Buy milk|2", "add Write report|1", "add Call mom", "add Fix bike|2",
    "done 2", "done 9", "remove 1", "add Read book|5", "list", "pending",
]
todo = TodoList()
for cmd in commands:
    op, _, arg = cmd.partition(" ")
    if op == "add":
        title, _, prio = arg.partition("|")
        tid = todo.add(title, int(prio) if prio else 3)
        print("added", tid, title)
    elif op == "done":
        try:
            todo.complete(int(arg))
            print("completed", arg)
        except KeyError as e:
            print("no such task:", e)
    elif op == "remove":
        print("removed", todo.remove(int(arg)))
    elif op == "list":
        for t in todo:
            print(t)
    elif op == "pending":
        print("pending:", [t.title for t in todo.pending()])
print(len(todo), "tasks,", sum(1 for t in todo if t.done), "done")

# expect: added 1 Buy milk
# expect: added 2 Write report
# expect: added 3 Call mom
# expect: added 4 Fix bike
# expect: completed 2
# expect: no such task: 9
# expect: removed [ ]  1 Buy milk (p2)
# expect: added 5 Read book
# expect: [x]  2 Write report (p1)
# expect: [ ]  3 Call mom (p3)
# expect: [ ]  4 Fix bike (p2)
# expect: [ ]  5 Read book (p5)
# expect: pending: ['Fix bike', 'Call mom', 'Read book']
# expect: 4 tasks, 1 done
