"""A tiny text adventure, driven by a scripted list of commands."""

ROOMS = {
    "hall": {
        "desc": "You are in a dusty hall. Doors lead north and east.",
        "exits": {"north": "library", "east": "kitchen"},
        "items": ["lamp"],
    },
    "library": {
        "desc": "Shelves of mouldy books line the walls.",
        "exits": {"south": "hall", "up": "attic"},
        "items": ["book", "key"],
        "dark": True,
    },
    "kitchen": {
        "desc": "A cold kitchen. Something smells off.",
        "exits": {"west": "hall", "down": "cellar"},
        "items": ["bread"],
    },
    "cellar": {
        "desc": "A damp cellar with a locked chest.",
        "exits": {"up": "kitchen"},
        "items": [],
        "locked": True,
    },
    "attic": {
        "desc": "The attic is cramped and full of cobwebs.",
        "exits": {"down": "library"},
        "items": ["map"],
    },
}


class GameOver(Exception):
    pass


class Player:
    def __init__(self, start):
        self.room = start
        self.inventory = []
        self.moves = 0
        self.score = 0
        self.visited = {start}

    def __repr__(self):
        return f"Player(room={self.room!r}, inv={self.inventory}, score={self.score})"


class Game:
    def __init__(self, rooms):
        self.rooms = {k: dict(v, items=list(v["items"])) for k, v in rooms.items()}
        self.player = Player("hall")
        self.commands = {
            "look": self.look, "l": self.look,
            "go": self.go, "take": self.take, "drop": self.drop,
            "inventory": self.inv, "i": self.inv,
            "open": self.open, "quit": self.quit,
        }
        for d in ("north", "south", "east", "west", "up", "down"):
            self.commands[d] = (lambda d: lambda *a: self.go(d))(d)

    def here(self):
        return self.rooms[self.player.room]

    def can_see(self):
        return not self.here().get("dark") or "lamp" in self.player.inventory

    def look(self, *args):
        room = self.here()
        if not self.can_see():
            return "It is pitch black. You might be eaten by a grue."
        lines = [room["desc"]]
        if room["items"]:
            lines.append("You see: " + ", ".join(sorted(room["items"])) + ".")
        lines.append("Exits: " + " ".join(sorted(room["exits"])))
        return "\n".join(lines)

    def go(self, direction=None, *rest):
        if direction is None:
            return "Go where?"
        room = self.here()
        if direction not in room["exits"]:
            return f"You can't go {direction}."
        self.player.room = room["exits"][direction]
        if self.player.room not in self.player.visited:
            self.player.visited.add(self.player.room)
            self.player.score += 5
        return self.look()

    def take(self, item=None, *rest):
        if item is None:
            return "Take what?"
        if not self.can_see():
            return "You fumble around in the dark."
        room = self.here()
        if item == "all":
            taken = sorted(room["items"])
            if not taken:
                return "Nothing here."
            self.player.inventory.extend(taken)
            room["items"].clear()
            return "\n".join(f"{t}: taken." for t in taken)
        if item not in room["items"]:
            return f"There is no {item} here."
        room["items"].remove(item)
        self.player.inventory.append(item)
        self.player.score += 1
        return f"Taken: {item}."

    def drop(self, item=None, *rest):
        try:
            self.player.inventory.remove(item)
        except ValueError:
            return f"You don't have {item}."
        self.here()["items"].append(item)
        return "Dropped."

    def inv(self, *args):
        if not self.player.inventory:
            return "You are empty-handed."
        return "You carry: " + ", ".join(self.player.inventory)

    def open(self, what=None, *rest):
        room = self.here()
        if what != "chest" or "locked" not in room:
            return "You can't open that."
        if "key" not in self.player.inventory:
            return "The chest is locked."
        self.player.score += 50
        raise GameOver("The chest creaks open. Treasure! You win.")

    def quit(self, *args):
        raise GameOver("Bye.")

    def run(self, script):
        print(self.look())
        for line in script:
            print(f"\n> {line}")
            words = line.lower().split()
            if not words:
                print("Pardon?")
                continue
            verb, *args = words
            if verb in ("get", "pick"):
                verb = "take"
                args = [a for a in args if a != "up"]
            handler = self.commands.get(verb)
            if handler is None:
                print(f"I don't know how to '{verb}'.")
                continue
            self.player.moves += 1
            try:
                print(handler(*args))
            except GameOver as end:
                print(end)
                break
        print(f"\nScore {self.player.score} in {self.player.moves} moves.")
        print(self.player)


SCRIPT = [
    "look", "north", "take key", "south", "take lamp", "n", "north",
    "take all", "i", "", "dance", "up", "get map", "drop book", "look",
    "down", "south", "east", "pick up bread", "down", "open door",
    "open chest", "look",
]

if __name__ == "__main__":
    Game(ROOMS).run(SCRIPT)
