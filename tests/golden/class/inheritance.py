# Single inheritance, overriding, super()
class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def describe(self):
        return f"{self.name} the {self.kind} says {self.speak()}"
class Dog(Animal):
    kind = "dog"
    def speak(self):
        return "Woof"
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + " (squeaky)"
for a in [Animal("generic"), Dog("Rex"), Puppy("Bit", 1)]:
    print(a.describe())
p = Puppy("Bit", 1)
print(p.age, isinstance(p, Animal), isinstance(p, Dog), issubclass(Puppy, Animal))
print(issubclass(Animal, Dog), issubclass(Dog, Dog))
print(Puppy.__name__, Dog.__name__)

# expect: generic the animal says ...
# expect: Rex the dog says Woof
# expect: Bit the dog says Woof (squeaky)
# expect: 1 True True True
# expect: False True
# expect: Puppy Dog
