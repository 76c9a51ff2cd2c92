# Student grade book: dicts, sorting, statistics, exceptions
class GradeError(ValueError):
    pass
class Student:
    def __init__(self, name):
        self.name = name
        self.scores = {}
    def add(self, subject, score):
        if not 0 <= score <= 100:
            raise GradeError(f"{self.name}: invalid score {score} for {subject}")
        self.scores[subject] = score
    def average(self):
        if not self.scores:
            return 0.0
        return sum(self.scores.values()) / len(self.scores)
    def __lt__(self, other):
        return (self.average(), other.name) < (other.average(), self.name)
    def __repr__(self):
        return f"Student({self.name!r}, avg={self.average():.2f})"
def letter(avg):
    for cutoff, grade in [(90, "A"), (80, "B"), (70, "C"), (60, "D")]:
        if avg >= cutoff:
            return grade
    return "F"
raw = [("ana", "math", 95), ("ana", "art", 88), ("ben", "math", 72), ("ben", "art", 65),
       ("cy", "math", 101), ("cy", "art", 79), ("dee", "math", 59), ("ana", "bio", 91),
       ("ben", "bio", 80), ("cy", "bio", 85)]
students = {}
errors = []
for name, subject, score in raw:
    st = students.setdefault(name, Student(name))
    try:
        st.add(subject, score)
    except GradeError as e:
        errors.append(str(e))
print(errors)
ranking = sorted(students.values(), reverse=True)
for pos, st in enumerate(ranking, 1):
    avg = st.average()
    print(f"{pos}. {st.name:<4} {avg:6.2f} {letter(avg)} {sorted(st.scores.items())}")
subjects = sorted({s for st in students.values() for s in st.scores})
for subj in subjects:
    vals = [st.scores[subj] for st in students.values() if subj in st.scores]
    mean = sum(vals) / len(vals)
    var = sum((v - mean) ** 2 for v in vals) / len(vals)
    print(f"{subj:<5} n={len(vals)} mean={mean:.2f} sd={var ** 0.5:.3f} max={max(vals)}")
print(max(students.values()), min(students.values()))

# expect: ['cy: invalid score 101 for math']
# expect: 1. ana   91.33 A [('art', 88), ('bio', 91), ('math', 95)]
# expect: 2. cy    82.00 B [('art', 79), ('bio', 85)]
# expect: 3. ben   72.33 C [('art', 65), ('bio', 80), ('math', 72)]
# expect: 4. dee   59.00 F [('math', 59)]
# expect: art   n=3 mean=77.33 sd=9.463 max=88
# expect: bio   n=3 mean=85.33 sd=4.497 max=91
# expect: math  n=3 mean=75.33 sd=14.885 max=95
# expect: Student('ana', avg=91.33) Student('dee', avg=59.00)
