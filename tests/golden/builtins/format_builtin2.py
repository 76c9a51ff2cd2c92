# format() with various types and specs
print(format(1234.5678, ",.2f"), format(0.000123, ".2e"), format(42, "b"))
print(format("left", "<8") + "|", format("right", ">8") + "|", format(7, "^5") + "|")
print(format(-12, "+05d"), format(12, "+05d"), format(3.0, "g"), format(1e20, "g"))
print(format(255, "#06x"), format(0.5, ".0%"), format(1e6, ",.0f"))

# expect: 1,234.57 1.23e-04 101010
# expect: left    |    right|   7  |
# expect: -0012 +0012 3 1e+20
# expect: 0x00ff 50% 1,000,000
