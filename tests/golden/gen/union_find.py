# A union-find where each set's find() is next() of its own generator: a
# root yields itself forever; once merged, it delegates to its parent's
# generator. Random merges with a seeded random.Random, as in the example
# from the PEP 255 discussions.
import random

class DisjointSet:
    def __init__(self, name):
        self.name = name
        self.parent = None
        self.generator = self.generate()

    def generate(self):
        while not self.parent:
            yield self
        for x in self.parent.generator:
            yield x

    def find(self):
        return next(self.generator)

    def union(self, parent):
        if self.parent:
            raise ValueError("not a root")
        self.parent = parent

    def __str__(self):
        return self.name

sets = [DisjointSet(name) for name in "ABCDEFGHIJ"]
roots = sets[:]
rng = random.Random(42)
while True:
    print(" ".join(f"{s}->{s.find()}" for s in sets))
    if len(roots) <= 1:
        break
    s1 = rng.choice(roots)
    roots.remove(s1)
    s2 = rng.choice(roots)
    s1.union(s2)
    print("merged", s1, "into", s2)
try:
    sets[0].union(sets[1])
except ValueError as e:
    print("ValueError:", e)
# expect: A->A B->B C->C D->D E->E F->F G->G H->H I->I J->J
# expect: merged B into A
# expect: A->A B->A C->C D->D E->E F->F G->G H->H I->I J->J
# expect: merged F into E
# expect: A->A B->A C->C D->D E->E F->E G->G H->H I->I J->J
# expect: merged E into C
# expect: A->A B->A C->C D->D E->C F->C G->G H->H I->I J->J
# expect: merged I into A
# expect: A->A B->A C->C D->D E->C F->C G->G H->H I->A J->J
# expect: merged J into H
# expect: A->A B->A C->C D->D E->C F->C G->G H->H I->A J->H
# expect: merged A into H
# expect: A->H B->H C->C D->D E->C F->C G->G H->H I->H J->H
# expect: merged C into D
# expect: A->H B->H C->D D->D E->D F->D G->G H->H I->H J->H
# expect: merged D into G
# expect: A->H B->H C->G D->G E->G F->G G->G H->H I->H J->H
# expect: merged G into H
# expect: A->H B->H C->H D->H E->H F->H G->H H->H I->H J->H
# expect: ValueError: not a root
