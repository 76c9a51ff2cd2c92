# Order of try/except/else/finally
def run(fail):
    try:
        print("try")
        if fail:
            raise ValueError("boom")
    except ValueError as e:
        print("except", e)
    else:
        print("else")
    finally:
        print("finally")
    print("after")
run(False)
run(True)

# expect: try
# expect: else
# expect: finally
# expect: after
# expect: try
# expect: except boom
# expect: finally
# expect: after
