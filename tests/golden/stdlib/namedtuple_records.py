# Records parsed into namedtuples, sorted with attrgetter, grouped with
# itertools.groupby, summed with functools.reduce, reported with textwrap.
import functools
import itertools
import operator
import textwrap
from collections import namedtuple

Sale = namedtuple('Sale', 'region product units price')
raw = '''north widget 10 2.50
south gadget 3 10.00
north gadget 1 10.00
east widget 7 2.50
south widget 12 2.25
north widget 4 2.50'''
sales = [Sale(r, p, int(u), float(pr)) for r, p, u, pr in (line.split() for line in raw.splitlines())]
print(sales[0], sales[0]._asdict())
by_region = sorted(sales, key=operator.attrgetter('region', 'product'))
for region, group in itertools.groupby(by_region, key=operator.attrgetter('region')):
    group = list(group)
    revenue = functools.reduce(operator.add, (s.units * s.price for s in group))
    print('%-6s %2d sales %8.2f' % (region, len(group), revenue))
best = max(sales, key=lambda s: s.units * s.price)
print('best:', best._replace(price=round(best.price)))
summary = ('Regions: ' + ', '.join(sorted({s.region for s in sales})) + '. Products: ' +
           ', '.join(sorted({s.product for s in sales})) + '. Units sold in total: %d.' %
           sum(map(operator.attrgetter('units'), sales)))
print(textwrap.fill(summary, 30, initial_indent='  ', subsequent_indent='    '))

# expect: Sale(region='north', product='widget', units=10, price=2.5) {'region': 'north', 'product': 'widget', 'units': 10, 'price': 2.5}
# expect: east    1 sales    17.50
# expect: north   3 sales    45.00
# expect: south   2 sales    57.00
# expect: best: Sale(region='south', product='gadget', units=3, price=10)
# expect:   Regions: east, north, south.
# expect:     Products: gadget, widget.
# expect:     Units sold in total: 37.
