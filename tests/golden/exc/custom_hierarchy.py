# Custom exception hierarchy
class AppError(Exception):
    pass
class DBError(AppError):
    def __init__(self, table, msg):
        super().__init__(f"{table}: {msg}")
        self.table = table
class NotFound(DBError):
    pass
for exc in [NotFound("users", "no row"), DBError("orders", "locked"), AppError("generic")]:
    try:
        raise exc
    except NotFound as e:
        print("NotFound", e, e.table)
    except DBError as e:
        print("DBError", e, e.args)
    except AppError as e:
        print("AppError", e)
print(issubclass(NotFound, Exception), issubclass(NotFound, BaseException))
print(isinstance(NotFound("t", "m"), AppError))

# expect: NotFound users: no row users
# expect: DBError orders: locked ('orders: locked',)
# expect: AppError generic
# expect: True True
# expect: True
