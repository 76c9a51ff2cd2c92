"""difflib (gilsim): SequenceMatcher and ndiff/Differ, with CPython 3.11's
algorithm (the longest-matching-block recursion, junk and the "popular"
heuristic, Differ's fancy replacement with the 0.75 cutoff and its '?'
guide lines), so that the diffs unittest shows match CPython's. Not here:
unified_diff, context_diff, HtmlDiff, get_close_matches, restore.
"""

__all__ = ['SequenceMatcher', 'Differ', 'ndiff', 'IS_CHARACTER_JUNK', 'IS_LINE_JUNK', 'Match']


class Match(tuple):
    """(a, b, size): a[a:a+size] == b[b:b+size]."""

    def __new__(cls, a, b, size):
        return tuple.__new__(cls, (a, b, size))

    a = property(lambda self: self[0])
    b = property(lambda self: self[1])
    size = property(lambda self: self[2])

    def __repr__(self):
        return 'Match(a=%r, b=%r, size=%r)' % (self[0], self[1], self[2])


class SequenceMatcher:
    """Compares two sequences of hashable elements."""

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.a = self.b = None
        self.autojunk = autojunk
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        if a is self.a:
            return
        self.a = a
        self.matching_blocks = self.opcodes = None

    def set_seq2(self, b):
        if b is self.b:
            return
        self.b = b
        self.matching_blocks = self.opcodes = None
        self.fullbcount = None
        self._chain_b()

    def _chain_b(self):
        b = self.b
        self.b2j = b2j = {}
        for i in range(len(b)):
            elt = b[i]
            if elt in b2j:
                b2j[elt].append(i)
            else:
                b2j[elt] = [i]
        self.bjunk = junk = set()
        isjunk = self.isjunk
        if isjunk:
            for elt in list(b2j.keys()):
                if isjunk(elt):
                    junk.add(elt)
            for elt in junk:
                del b2j[elt]
        self.bpopular = popular = set()
        n = len(b)
        if self.autojunk and n >= 200:
            ntest = n // 100 + 1
            for elt in list(b2j.keys()):
                if len(b2j[elt]) > ntest:
                    popular.add(elt)
            for elt in popular:
                del b2j[elt]

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        a, b, b2j, bjunk = self.a, self.b, self.b2j, self.bjunk
        if ahi is None:
            ahi = len(a)
        if bhi is None:
            bhi = len(b)
        besti, bestj, bestsize = alo, blo, 0
        j2len = {}
        nothing = []
        for i in range(alo, ahi):
            newj2len = {}
            for j in b2j.get(a[i], nothing):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = j2len.get(j - 1, 0) + 1
                newj2len[j] = k
                if k > bestsize:
                    besti, bestj, bestsize = i - k + 1, j - k + 1, k
            j2len = newj2len
        while besti > alo and bestj > blo and \
                b[bestj - 1] not in bjunk and a[besti - 1] == b[bestj - 1]:
            besti, bestj, bestsize = besti - 1, bestj - 1, bestsize + 1
        while besti + bestsize < ahi and bestj + bestsize < bhi and \
                b[bestj + bestsize] not in bjunk and a[besti + bestsize] == b[bestj + bestsize]:
            bestsize += 1
        while besti > alo and bestj > blo and \
                b[bestj - 1] in bjunk and a[besti - 1] == b[bestj - 1]:
            besti, bestj, bestsize = besti - 1, bestj - 1, bestsize + 1
        while besti + bestsize < ahi and bestj + bestsize < bhi and \
                b[bestj + bestsize] in bjunk and a[besti + bestsize] == b[bestj + bestsize]:
            bestsize = bestsize + 1
        return Match(besti, bestj, bestsize)

    def get_matching_blocks(self):
        if self.matching_blocks is not None:
            return self.matching_blocks
        la, lb = len(self.a), len(self.b)
        queue = [(0, la, 0, lb)]
        matching_blocks = []
        while queue:
            alo, ahi, blo, bhi = queue.pop()
            x = self.find_longest_match(alo, ahi, blo, bhi)
            i, j, k = x[0], x[1], x[2]
            if k:
                matching_blocks.append((i, j, k))
                if alo < i and blo < j:
                    queue.append((alo, i, blo, j))
                if i + k < ahi and j + k < bhi:
                    queue.append((i + k, ahi, j + k, bhi))
        matching_blocks.sort()
        i1 = j1 = k1 = 0
        non_adjacent = []
        for i2, j2, k2 in matching_blocks:
            if i1 + k1 == i2 and j1 + k1 == j2:
                k1 += k2
            else:
                if k1:
                    non_adjacent.append((i1, j1, k1))
                i1, j1, k1 = i2, j2, k2
        if k1:
            non_adjacent.append((i1, j1, k1))
        non_adjacent.append((la, lb, 0))
        self.matching_blocks = [Match(x[0], x[1], x[2]) for x in non_adjacent]
        return self.matching_blocks

    def get_opcodes(self):
        if self.opcodes is not None:
            return self.opcodes
        i = j = 0
        self.opcodes = answer = []
        for ai, bj, size in self.get_matching_blocks():
            tag = ''
            if i < ai and j < bj:
                tag = 'replace'
            elif i < ai:
                tag = 'delete'
            elif j < bj:
                tag = 'insert'
            if tag:
                answer.append((tag, i, ai, j, bj))
            i, j = ai + size, bj + size
            if size:
                answer.append(('equal', ai, i, bj, j))
        return answer

    def ratio(self):
        matches = 0
        for m in self.get_matching_blocks():
            matches += m[2]
        return _calculate_ratio(matches, len(self.a) + len(self.b))

    def quick_ratio(self):
        if self.fullbcount is None:
            self.fullbcount = fullbcount = {}
            for elt in self.b:
                fullbcount[elt] = fullbcount.get(elt, 0) + 1
        fullbcount = self.fullbcount
        avail = {}
        matches = 0
        for elt in self.a:
            if elt in avail:
                numb = avail[elt]
            else:
                numb = fullbcount.get(elt, 0)
            avail[elt] = numb - 1
            if numb > 0:
                matches = matches + 1
        return _calculate_ratio(matches, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        la, lb = len(self.a), len(self.b)
        return _calculate_ratio(min(la, lb), la + lb)


def _calculate_ratio(matches, length):
    if length:
        return 2.0 * matches / length
    return 1.0


def IS_LINE_JUNK(line, pat=None):
    return line.strip() in ('', '#')


def IS_CHARACTER_JUNK(ch, ws=" \t"):
    return ch in ws


def _keep_original_ws(s, tag_s):
    out = []
    for i in range(min(len(s), len(tag_s))):
        c = s[i]
        tag_c = tag_s[i]
        if tag_c == " " and c.isspace():
            out.append(c)
        else:
            out.append(tag_c)
    return ''.join(out)


class Differ:
    """Human-readable differences between sequences of lines (ndiff)."""

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        # gilsim has no generators: the lines are collected in a list
        out = []
        cruncher = SequenceMatcher(self.linejunk, a, b)
        for tag, alo, ahi, blo, bhi in cruncher.get_opcodes():
            if tag == 'replace':
                self._fancy_replace(out, a, alo, ahi, b, blo, bhi)
            elif tag == 'delete':
                self._dump(out, '-', a, alo, ahi)
            elif tag == 'insert':
                self._dump(out, '+', b, blo, bhi)
            elif tag == 'equal':
                self._dump(out, ' ', a, alo, ahi)
            else:
                raise ValueError('unknown tag %r' % (tag,))
        return iter(out)

    def _dump(self, out, tag, x, lo, hi):
        for i in range(lo, hi):
            out.append('%s %s' % (tag, x[i]))

    def _plain_replace(self, out, a, alo, ahi, b, blo, bhi):
        if bhi - blo < ahi - alo:
            self._dump(out, '+', b, blo, bhi)
            self._dump(out, '-', a, alo, ahi)
        else:
            self._dump(out, '-', a, alo, ahi)
            self._dump(out, '+', b, blo, bhi)

    def _fancy_replace(self, out, a, alo, ahi, b, blo, bhi):
        best_ratio, cutoff = 0.74, 0.75
        cruncher = SequenceMatcher(self.charjunk)
        eqi, eqj = None, None
        best_i = best_j = None
        for j in range(blo, bhi):
            bj = b[j]
            cruncher.set_seq2(bj)
            for i in range(alo, ahi):
                ai = a[i]
                if ai == bj:
                    if eqi is None:
                        eqi, eqj = i, j
                    continue
                cruncher.set_seq1(ai)
                if cruncher.real_quick_ratio() > best_ratio and \
                        cruncher.quick_ratio() > best_ratio and \
                        cruncher.ratio() > best_ratio:
                    best_ratio, best_i, best_j = cruncher.ratio(), i, j
        if best_ratio < cutoff:
            if eqi is None:
                self._plain_replace(out, a, alo, ahi, b, blo, bhi)
                return
            best_i, best_j, best_ratio = eqi, eqj, 1.0
        else:
            eqi = None
        self._fancy_helper(out, a, alo, best_i, b, blo, best_j)
        aelt, belt = a[best_i], b[best_j]
        if eqi is None:
            atags = btags = ''
            cruncher.set_seqs(aelt, belt)
            for tag, ai1, ai2, bj1, bj2 in cruncher.get_opcodes():
                la, lb = ai2 - ai1, bj2 - bj1
                if tag == 'replace':
                    atags += '^' * la
                    btags += '^' * lb
                elif tag == 'delete':
                    atags += '-' * la
                elif tag == 'insert':
                    btags += '+' * lb
                elif tag == 'equal':
                    atags += ' ' * la
                    btags += ' ' * lb
                else:
                    raise ValueError('unknown tag %r' % (tag,))
            self._qformat(out, aelt, belt, atags, btags)
        else:
            out.append('  ' + aelt)
        self._fancy_helper(out, a, best_i + 1, ahi, b, best_j + 1, bhi)

    def _fancy_helper(self, out, a, alo, ahi, b, blo, bhi):
        if alo < ahi:
            if blo < bhi:
                self._fancy_replace(out, a, alo, ahi, b, blo, bhi)
            else:
                self._dump(out, '-', a, alo, ahi)
        elif blo < bhi:
            self._dump(out, '+', b, blo, bhi)

    def _qformat(self, out, aline, bline, atags, btags):
        atags = _keep_original_ws(aline, atags).rstrip()
        btags = _keep_original_ws(bline, btags).rstrip()
        out.append("- " + aline)
        if atags:
            out.append("? %s\n" % atags)
        out.append("+ " + bline)
        if btags:
            out.append("? %s\n" % btags)


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    """Differ(linejunk, charjunk).compare(a, b): lines prefixed '- ', '+ ',
    '  ' and '? ' guides."""
    return Differ(linejunk, charjunk).compare(a, b)
