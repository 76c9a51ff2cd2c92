# A tiny state machine for a text adventure, driven by scripted input
ROOMS = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "library", "east": "kitchen"}},
    "library": {"desc": "shelves of books", "exits": {"south": "hall"}, "item": "key"},
    "kitchen": {"desc": "a cold kitchen", "exits": {"west": "hall", "down": "cellar"}},
    "cellar": {"desc": "a locked cellar", "exits": {"up": "kitchen"}, "locked": True},
}
class Game:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.moves = 0
    def look(self):
        r = ROOMS[self.room]
        exits = ", ".join(sorted(r["exits"]))
        extra = f" You see a {r['item']}." if "item" in r else ""
        return f"You are in {r['desc']}. Exits: {exits}.{extra}"
    def go(self, direction):
        exits = ROOMS[self.room]["exits"]
        if direction not in exits:
            return "You can't go that way."
        target = exits[direction]
        if ROOMS[target].get("locked") and "key" not in self.inventory:
            return "The door is locked."
        self.room = target
        self.moves += 1
        return self.look()
    def take(self, thing):
        r = ROOMS[self.room]
        if r.get("item") == thing:
            del r["item"]
            self.inventory.append(thing)
            return f"Taken: {thing}."
        return f"There is no {thing} here."
    def handle(self, line):
        words = line.split()
        if not words:
            return "Say something."
        verb, *rest = words
        if verb == "look":
            return self.look()
        if verb == "go" and rest:
            return self.go(rest[0])
        if verb == "take" and rest:
            return self.take(" ".join(rest))
        if verb == "inv":
            return "Carrying: " + (", ".join(self.inventory) or "nothing")
        return f"I don't understand {line!r}."
game = Game()
script = ["look", "go east", "go down", "go west", "go north", "take key", "take key",
          "inv", "go south", "go east", "go down", "dance", "", "go up"]
for cmd in script:
    print(f"> {cmd!r}")
    print(game.handle(cmd))
print("moves:", game.moves, "room:", game.room)

# expect: > 'look'
# expect: You are in a dusty hall. Exits: east, north.
# expect: > 'go east'
# expect: You are in a cold kitchen. Exits: down, west.
# expect: > 'go down'
# expect: The door is locked.
# expect: > 'go west'
# expect: You are in a dusty hall. Exits: east, north.
# expect: > 'go north'
# expect: You are in shelves of books. Exits: south. You see a key.
# expect: > 'take key'
# expect: Taken: key.
# expect: > 'take key'
# expect: There is no key here.
# expect: > 'inv'
# expect: Carrying: key
# expect: > 'go south'
# expect: You are in a dusty hall. Exits: east, north.
# expect: > 'go east'
# expect: You are in a cold kitchen. Exits: down, west.
# expect: > 'go down'
# expect: You are in a locked cellar. Exits: up.
# expect: > 'dance'
# expect: I don't understand 'dance'.
# expect: > ''
# expect: Say something.
# expect: > 'go up'
# expect: You are in a cold kitchen. Exits: down, west.
# expect: moves: 7 room: kitchen
