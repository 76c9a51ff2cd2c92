# Class attributes vs instance attributes
class Dog:
    species = "canis"
    count = 0
    tricks = []
    def __init__(self, name):
        self.name = name
        Dog.count += 1
    def add_trick(self, t):
        self.tricks.append(t)
a = Dog("rex")
b = Dog("fido")
print(Dog.count, a.count, b.species)
a.species = "wolf"
print(a.species, b.species, Dog.species)
a.add_trick("sit")
print(b.tricks)
Dog.species = "dog"
print(a.species, b.species)
del a.species
print(a.species)
print(a.name, b.name, hasattr(a, "species"))

# expect: 2 2 canis
# expect: wolf canis canis
# expect: ['sit']
# expect: wolf dog
# expect: dog
# expect: rex fido True
