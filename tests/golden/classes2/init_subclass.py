# __init_subclass__ is an implicit classmethod called on the base when a
# subclass is made, with the class statement's keyword arguments;
# object's own refuses keywords.
class Plugin:
    registry = {}

    def __init_subclass__(cls, /, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls


class Csv(Plugin, name='csv'):
    pass


class Json(Plugin):
    pass


class PrettyJson(Json, name='pretty'):
    pass


print(sorted(Plugin.registry), Csv.plugin_name, Json.plugin_name, PrettyJson.plugin_name)
print(type(Plugin.__dict__['__init_subclass__']).__name__)
try:
    class Bad(Plugin, colour='red'):
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    class Plain(answer=42):
        pass
except TypeError as e:
    print('TypeError:', e)


class Counted:
    count = 0

    @classmethod
    def __init_subclass__(cls):
        Counted.count += 1


class One(Counted): pass
class Two(One): pass


print(Counted.count)
opts = {'name': 'xml'}


class Xml(Plugin, **opts):
    pass


print(Xml.plugin_name)
# expect: ['csv', 'json', 'pretty'] csv json pretty
# expect: classmethod
# expect: TypeError: Bad.__init_subclass__() takes no keyword arguments
# expect: TypeError: Plain.__init_subclass__() takes no keyword arguments
# expect: 2
# expect: xml
