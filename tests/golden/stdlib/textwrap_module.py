# textwrap: wrap and fill at several widths, indents, long words,
# hyphens, sentence endings, max_lines, shorten, dedent and indent.
import textwrap

sample = ('The textwrap module can be used to format text for output in situations '
          'where pretty-printing is desired. It offers programmatic functionality '
          'similar to the paragraph wrapping or filling features found in many '
          'text editors -- well-known ones, even.')
for width in (20, 35, 50):
    print(textwrap.fill(sample, width=width))
    print('-' * width)
print(textwrap.wrap(sample, 30)[:3])
print(textwrap.fill(sample, 40, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap('supercalifragilisticexpialidocious and more', 10))
print(textwrap.wrap('supercalifragilisticexpialidocious and more', 10, break_long_words=False))
print(textwrap.wrap('a well-known self-contained mother-in-law', 12))
print(textwrap.wrap('a well-known self-contained mother-in-law', 12, break_on_hyphens=False))
print(textwrap.fill('One. Two? Three! done.', 30, fix_sentence_endings=True))
print(textwrap.wrap('tabs\there\tand   spaces', 12), textwrap.wrap('keep   spaces  here', 8, drop_whitespace=False))
print(textwrap.fill(sample, 30, max_lines=3))
print(textwrap.fill(sample, 30, max_lines=2, placeholder=' (more)'))
print(textwrap.shorten('Hello  world!  How are you today?', width=20))
print(textwrap.shorten('Hello world', width=11), textwrap.shorten('Hello world', width=10, placeholder='...'))
try:
    textwrap.wrap('x', 0)
except ValueError as e:
    print('ValueError:', e)
try:
    textwrap.shorten('abc def ghi', 3)
except ValueError as e:
    print('ValueError:', e)
block = '''
    def hello():
        print("hello")

    hello()
'''
print(textwrap.dedent(block))
print(repr(textwrap.dedent('  a\n\tb\n')), repr(textwrap.dedent('\t x\n\t y\n')), repr(textwrap.dedent('   \n  z\n')))
print(textwrap.indent('line one\n\nline three\n', '> '))
print(textwrap.indent('a\n\nb', '+ ', predicate=lambda line: True))
wrapper = textwrap.TextWrapper(width=25, subsequent_indent='    ')
print('\n'.join(wrapper.wrap(sample[:90])))

# expect: The textwrap module
# expect: can be used to
# expect: format text for
# expect: output in situations
# expect: where pretty-
# expect: printing is desired.
# expect: It offers
# expect: programmatic
# expect: functionality
# expect: similar to the
# expect: paragraph wrapping
# expect: or filling features
# expect: found in many text
# expect: editors -- well-
# expect: known ones, even.
# expect: --------------------
# expect: The textwrap module can be used to
# expect: format text for output in
# expect: situations where pretty-printing is
# expect: desired. It offers programmatic
# expect: functionality similar to the
# expect: paragraph wrapping or filling
# expect: features found in many text editors
# expect: -- well-known ones, even.
# expect: -----------------------------------
# expect: The textwrap module can be used to format text for
# expect: output in situations where pretty-printing is
# expect: desired. It offers programmatic functionality
# expect: similar to the paragraph wrapping or filling
# expect: features found in many text editors -- well-known
# expect: ones, even.
# expect: --------------------------------------------------
# expect: ['The textwrap module can be', 'used to format text for output', 'in situations where pretty-']
# expect: * The textwrap module can be used to
# expect:   format text for output in situations
# expect:   where pretty-printing is desired. It
# expect:   offers programmatic functionality
# expect:   similar to the paragraph wrapping or
# expect:   filling features found in many text
# expect:   editors -- well-known ones, even.
# expect: ['supercalif', 'ragilistic', 'expialidoc', 'ious and', 'more']
# expect: ['supercalifragilisticexpialidocious', 'and more']
# expect: ['a well-known', 'self-', 'contained', 'mother-in-', 'law']
# expect: ['a well-known', 'self-contain', 'ed mother-in', '-law']
# expect: One.  Two?  Three!  done.
# expect: ['tabs    here', 'and   spaces'] ['keep   ', 'spaces  ', 'here']
# expect: The textwrap module can be
# expect: used to format text for output
# expect: in situations where [...]
# expect: The textwrap module can be
# expect: used to format text for (more)
# expect: Hello world! [...]
# expect: Hello world Hello...
# expect: ValueError: invalid width 0 (must be > 0)
# expect: ValueError: placeholder too large for max width
# expect:
# expect: def hello():
# expect:     print("hello")
# expect:
# expect: hello()
# expect:
# expect: '  a\n\tb\n' 'x\ny\n' '\nz\n'
# expect: > line one
# expect:
# expect: > line three
# expect:
# expect: + a
# expect: + 
# expect: + b
# expect: The textwrap module can
# expect:     be used to format
# expect:     text for output in
# expect:     situations where
# expect:     pretty-print
