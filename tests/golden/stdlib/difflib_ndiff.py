# difflib.SequenceMatcher and ndiff (the part unittest needs), compared
# with CPython's: matching blocks, opcodes, ratios, junk, and ndiff's
# fancy replacement with '?' guide lines.
import difflib

s = difflib.SequenceMatcher(None, 'abxcd', 'abcd')
print(s.ratio(), s.get_opcodes(), s.find_longest_match(0, 5, 0, 4))
print(s.get_matching_blocks())
s = difflib.SequenceMatcher(lambda c: c == ' ', 'private Thread currentThread;', 'private volatile Thread currentThread;')
print(round(s.ratio(), 3), s.get_opcodes())
print(s.quick_ratio(), s.real_quick_ratio())
print(difflib.SequenceMatcher(None, '', '').ratio())
for a, b in [(['one\n', 'two\n', 'three\n'], ['ore\n', 'tree\n', 'emu\n']),
             (['same\n', 'x = 1\n'], ['same\n', 'x = 2\n', 'y = 3\n']),
             (['\tindented line\n'], ['\tindented lines\n']),
             (['abc\n'], ['xyz\n'])]:
    for line in difflib.ndiff(a, b):
        print(repr(line))
big = [str(i % 7) for i in range(300)]
s = difflib.SequenceMatcher(None, big, big[::-1])
print(len(s.get_matching_blocks()), round(s.ratio(), 4), sorted(s.bpopular))
print(difflib.IS_CHARACTER_JUNK(' '), difflib.IS_CHARACTER_JUNK('x'), difflib.IS_LINE_JUNK(' # '))

# expect: 0.8888888888888888 [('equal', 0, 2, 0, 2), ('delete', 2, 3, 2, 2), ('equal', 3, 5, 2, 4)] Match(a=0, b=0, size=2)
# expect: [Match(a=0, b=0, size=2), Match(a=3, b=2, size=2), Match(a=5, b=4, size=0)]
# expect: 0.866 [('equal', 0, 8, 0, 8), ('insert', 8, 8, 8, 17), ('equal', 8, 29, 17, 38)]
# expect: 0.8656716417910447 0.8656716417910447
# expect: 1.0
# expect: '- one\n'
# expect: '?  ^\n'
# expect: '+ ore\n'
# expect: '?  ^\n'
# expect: '- two\n'
# expect: '- three\n'
# expect: '?  -\n'
# expect: '+ tree\n'
# expect: '+ emu\n'
# expect: '  same\n'
# expect: '- x = 1\n'
# expect: '?     ^\n'
# expect: '+ x = 2\n'
# expect: '?     ^\n'
# expect: '+ y = 3\n'
# expect: '- \tindented line\n'
# expect: '+ \tindented lines\n'
# expect: '? \t             +\n'
# expect: '- abc\n'
# expect: '+ xyz\n'
# expect: 1 0.0 ['0', '1', '2', '3', '4', '5', '6']
# expect: True False True
