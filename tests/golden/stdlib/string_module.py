# string: the constants, capwords, Template (substitute, safe_substitute,
# errors, a custom delimiter, identifiers) and Formatter.
import string

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(string.punctuation, repr(string.whitespace), len(string.printable))
print(string.ascii_lowercase.upper() == string.ascii_uppercase)
print(string.capwords('the  quick brown\tfox'), string.capwords('a-b-c', '-'))

t = string.Template('$who likes ${what}s; $$5 for $who')
print(t.substitute(who='tim', what='kung pao'))
print(t.substitute({'who': 'ann', 'what': 'dumpling'}, what='noodle'))
print(t.safe_substitute(who='sam'))
print(t.get_identifiers(), t.is_valid(), t.template)
for text, kw in [('$missing', {}), ('cost: $ 5', {}), ('line one\n  ${bad name}', {}),
                 ('tail $', {})]:
    try:
        print(string.Template(text).substitute(**kw))
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
print(string.Template('cost: $ 5 and ${x').safe_substitute(), string.Template('$ 5').is_valid())
print(string.Template('$_under_score and $a1b2').substitute(_under_score=1, a1b2=2))


class Percent(string.Template):
    delimiter = '%'


print(Percent('%name is %% done at %{pct}').substitute(name='build', pct=90))

f = string.Formatter()
print(f.format('{0} + {1} = {2:>4}', 2, 3, 5))
print(f.format('{name!r:^10} {n:{w}d}', name='x', n=7, w=5))
print(f.format('{p.real} {d[key]} {l[1]}', p=3, d={'key': 'v'}, l=[4, 5]))
print(f.format('{} {}', 'auto', 'numbered'))
print(list(f.parse('a {b!r:>3} {{c}} {}')))
print(f.vformat('{x}-{0}', ('pos',), {'x': 'kw'}))


class Defaulting(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, '<%s?>' % key)
        return super().get_value(key, args, kwargs)


print(Defaulting().format('{known} {unknown}', known='yes'))
for fmt in ['{', '}', '{0!x}', '{} {1}', '{0} {}', '{a.}']:
    try:
        print(f.format(fmt, 1, 2, a=1))
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)

# expect: abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789 0123456789abcdefABCDEF 01234567
# expect: !"#$%&'()*+,-./:;<=>?@[\]^_`{|}~ ' \t\n\r\x0b\x0c' 100
# expect: True
# expect: The Quick Brown Fox A-B-C
# expect: tim likes kung paos; $5 for tim
# expect: ann likes noodles; $5 for ann
# expect: sam likes ${what}s; $5 for sam
# expect: ['who', 'what'] True $who likes ${what}s; $$5 for $who
# expect: KeyError 'missing'
# expect: ValueError Invalid placeholder in string: line 1, col 7
# expect: ValueError Invalid placeholder in string: line 2, col 3
# expect: ValueError Invalid placeholder in string: line 1, col 6
# expect: cost: $ 5 and ${x False
# expect: 1 and 2
# expect: build is % done at 90
# expect: 2 + 3 =    5
# expect:    'x'         7
# expect: 3 v 5
# expect: auto numbered
# expect: [('a ', 'b', '>3', 'r'), (' {', None, None, None), ('c}', None, None, None), (' ', '', '', None)]
# expect: kw-pos
# expect: yes <unknown?>
# expect: ValueError Single '{' encountered in format string
# expect: ValueError Single '}' encountered in format string
# expect: ValueError Unknown conversion specifier x
# expect: ValueError cannot switch from manual field specification to automatic field numbering
# expect: ValueError cannot switch from manual field specification to automatic field numbering
# expect: ValueError Empty attribute in format string
