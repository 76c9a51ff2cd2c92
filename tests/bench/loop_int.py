# Integer arithmetic in a tight while loop: the eval loop's dispatch cost.
def main():
    total = 0
    i = 0
    while i < 6000000:
        total = (total + i * 7) % 1000003
        i += 1
    print(total)


main()
