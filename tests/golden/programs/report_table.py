# Formatting a report table with f-strings and alignment
sales = [
    ("North", "Widget", 1200, 2.5),
    ("South", "Gadget", 310, 19.99),
    ("East", "Widget", 87, 2.5),
    ("West", "Gizmo", 15000, 0.35),
    ("North", "Gizmo", 640, 0.35),
]
headers = ("Region", "Product", "Units", "Price", "Revenue")
widths = [8, 8, 7, 8, 12]
def line(ch="-"):
    return "+" + "+".join(ch * (w + 2) for w in widths) + "+"
print(line("="))
print("| " + " | ".join(f"{h:^{w}}" for h, w in zip(headers, widths)) + " |")
print(line("="))
total = 0
for region, product, units, price in sales:
    revenue = units * price
    total += revenue
    cells = [f"{region:<{widths[0]}}", f"{product:<{widths[1]}}", f"{units:>{widths[2]},}",
             f"{price:>{widths[3]}.2f}", f"{revenue:>{widths[4]},.2f}"]
    print("| " + " | ".join(cells) + " |")
print(line())
print(f"| {'TOTAL':<{sum(widths[:4]) + 9}} | {total:>{widths[4]},.2f} |")
print(line())
by_product = {}
for _, product, units, price in sales:
    by_product[product] = by_product.get(product, 0) + units * price
for product, rev in sorted(by_product.items(), key=lambda kv: -kv[1]):
    share = rev / total
    bar = "*" * round(share * 40)
    print(f"{product:>7}: {share:6.1%} {bar}")
print("%-10s|%10s|" % ("left", "right"))
print("{:*^30}".format(" END OF REPORT "))

# expect: +==========+==========+=========+==========+==============+
# expect: |  Region  | Product  |  Units  |  Price   |   Revenue    |
# expect: +==========+==========+=========+==========+==============+
# expect: | North    | Widget   |   1,200 |     2.50 |     3,000.00 |
# expect: | South    | Gadget   |     310 |    19.99 |     6,196.90 |
# expect: | East     | Widget   |      87 |     2.50 |       217.50 |
# expect: | West     | Gizmo    |  15,000 |     0.35 |     5,250.00 |
# expect: | North    | Gizmo    |     640 |     0.35 |       224.00 |
# expect: +----------+----------+---------+----------+--------------+
# expect: | TOTAL                                    |    14,888.40 |
# expect: +----------+----------+---------+----------+--------------+
# expect:  Gadget:  41.6% *****************
# expect:   Gizmo:  36.8% ***************
# expect:  Widget:  21.6% *********
# expect: left      |     right|
# expect: ******* END OF REPORT ********
