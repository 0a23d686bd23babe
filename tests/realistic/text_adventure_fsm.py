"""A tiny text adventure driven by a scripted list of commands."""
from enum import Enum, auto


class Dir(Enum):
    NORTH = auto()
    SOUTH = auto()
    EAST = auto()
    WEST = auto()

    @classmethod
    def parse(cls, word):
        aliases = {"n": cls.NORTH, "s": cls.SOUTH, "e": cls.EAST, "w": cls.WEST}
        word = word.lower()
        if word in aliases:
            return aliases[word]
        try:
            return cls[word.upper()]
        except KeyError:
            raise ValueError(f"unknown direction {word!r}") from None


class Room:
    def __init__(self, name, description, items=()):
        self.name = name
        self.description = description
        self.items = list(items)
        self.exits = {}
        self.locked = {}

    def connect(self, direction, other, locked_by=None):
        self.exits[direction] = other
        if locked_by:
            self.locked[direction] = locked_by

    def __repr__(self):
        return f"Room({self.name!r})"


class Game:
    def __init__(self):
        hall = Room("Hall", "A dusty hall.", ["lamp"])
        library = Room("Library", "Shelves of old books.", ["key", "book"])
        vault = Room("Vault", "Gold glitters everywhere.", ["gold"])
        garden = Room("Garden", "Overgrown roses.")
        hall.connect(Dir.NORTH, library)
        library.connect(Dir.SOUTH, hall)
        library.connect(Dir.EAST, vault, locked_by="key")
        vault.connect(Dir.WEST, library)
        hall.connect(Dir.WEST, garden)
        garden.connect(Dir.EAST, hall)
        self.room = hall
        self.inventory = []
        self.moves = 0
        self.score = 0
        self.done = False

    def do(self, line):
        words = line.split()
        if not words:
            return "Say something."
        verb, *rest = words
        handler = getattr(self, "cmd_" + verb, None)
        if handler is None:
            return f"I don't know how to {verb}."
        self.moves += 1
        return handler(*rest)

    def cmd_look(self):
        things = ", ".join(self.room.items) or "nothing"
        exits = " ".join(sorted(d.name.lower() for d in self.room.exits))
        return f"{self.room.name}: {self.room.description} You see {things}. Exits: {exits}."

    def cmd_go(self, where=None):
        if where is None:
            return "Go where?"
        try:
            d = Dir.parse(where)
        except ValueError as e:
            return str(e)
        if d not in self.room.exits:
            return "You can't go that way."
        need = self.room.locked.get(d)
        if need and need not in self.inventory:
            return f"The door is locked. You need the {need}."
        self.room = self.room.exits[d]
        return self.cmd_look()

    def cmd_take(self, item=None):
        if item not in self.room.items:
            return f"There is no {item} here."
        self.room.items.remove(item)
        self.inventory.append(item)
        if item == "gold":
            self.score += 50
            self.done = True
        else:
            self.score += 5
        return f"Taken: {item}."

    def cmd_drop(self, item):
        if item not in self.inventory:
            return "You don't have that."
        self.inventory.remove(item)
        self.room.items.append(item)
        return f"Dropped {item}."

    def cmd_inv(self):
        if not self.inventory:
            return "You carry nothing."
        return "You carry: " + ", ".join(sorted(self.inventory))


script = """
look
go n
take book
go east
go sideways
take key
go e
dance
inv
drop book
take gold
""".strip().splitlines()

game = Game()
for line in script:
    print(f"> {line}")
    print(game.do(line))
    if game.done:
        print(f"You win with {game.score} points in {game.moves} moves!")
        break
print(list(Dir))
print(Dir.EAST, Dir.EAST.value, repr(Dir.WEST))
print(Dir(3) is Dir.EAST, len(Dir))
