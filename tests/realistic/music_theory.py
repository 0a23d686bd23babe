"""Scales, chords and intervals with enums, itertools and a few tables."""
from enum import Enum, IntEnum
from itertools import accumulate, cycle, islice

NOTES = ["C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"]
FLATS = {"Db": "C#", "Eb": "D#", "Gb": "F#", "Ab": "G#", "Bb": "A#"}


class Interval(IntEnum):
    UNISON = 0
    MINOR_SECOND = 1
    MAJOR_SECOND = 2
    MINOR_THIRD = 3
    MAJOR_THIRD = 4
    PERFECT_FOURTH = 5
    TRITONE = 6
    PERFECT_FIFTH = 7
    MINOR_SIXTH = 8
    MAJOR_SIXTH = 9
    MINOR_SEVENTH = 10
    MAJOR_SEVENTH = 11


class Mode(Enum):
    IONIAN = (2, 2, 1, 2, 2, 2, 1)
    DORIAN = (2, 1, 2, 2, 2, 1, 2)
    PHRYGIAN = (1, 2, 2, 2, 1, 2, 2)
    LYDIAN = (2, 2, 2, 1, 2, 2, 1)
    MIXOLYDIAN = (2, 2, 1, 2, 2, 1, 2)
    AEOLIAN = (2, 1, 2, 2, 1, 2, 2)
    LOCRIAN = (1, 2, 2, 1, 2, 2, 2)

    @property
    def label(self):
        return self.name.capitalize()


CHORDS = {
    "": (0, 4, 7),
    "m": (0, 3, 7),
    "dim": (0, 3, 6),
    "aug": (0, 4, 8),
    "7": (0, 4, 7, 10),
    "maj7": (0, 4, 7, 11),
    "m7": (0, 3, 7, 10),
}


def note_index(name):
    name = FLATS.get(name, name)
    try:
        return NOTES.index(name)
    except ValueError:
        raise ValueError(f"unknown note {name!r}") from None


def scale(root, mode=Mode.IONIAN):
    start = note_index(root)
    steps = accumulate(mode.value[:-1], initial=start)
    return [NOTES[s % 12] for s in steps]


def chord(symbol):
    root = symbol[:2] if len(symbol) > 1 and symbol[1] in "#b" else symbol[:1]
    quality = symbol[len(root):]
    if quality not in CHORDS:
        raise KeyError(quality)
    base = note_index(root)
    return [NOTES[(base + i) % 12] for i in CHORDS[quality]]


def interval(a, b):
    return Interval((note_index(b) - note_index(a)) % 12)


def diatonic_triads(root):
    notes = scale(root)
    out = []
    for i in range(7):
        triad = [notes[i], notes[(i + 2) % 7], notes[(i + 4) % 7]]
        third = interval(triad[0], triad[1])
        fifth = interval(triad[0], triad[2])
        if third == Interval.MAJOR_THIRD:
            kind = ""
        elif fifth == Interval.TRITONE:
            kind = "dim"
        else:
            kind = "m"
        out.append(triad[0] + kind)
    return out


if __name__ == "__main__":
    for mode in Mode:
        print(f"{mode.label:<11}", " ".join(scale("D", mode)))
    print(scale("Bb"), scale("F#", Mode.AEOLIAN))
    for sym in ["C", "Am", "F#dim", "Ebmaj7", "G7", "Bm7", "Caug"]:
        print(f"{sym:>7} -> {chord(sym)}")
    for a, b in [("C", "G"), ("E", "C"), ("A", "D#"), ("B", "B")]:
        iv = interval(a, b)
        print(a, b, iv.name, int(iv), iv + 0, repr(iv))
    print(diatonic_triads("C"))
    print(diatonic_triads("G"))
    print(list(islice(cycle(scale("A", Mode.AEOLIAN)), 10)))
    print(Interval(7) is Interval.PERFECT_FIFTH, Interval.TRITONE < Interval.PERFECT_FIFTH)
    print(sorted(Interval, key=lambda i: -i)[:3])
    for bad in ["H", "Cx7"]:
        try:
            chord(bad)
        except (KeyError, ValueError) as e:
            print(type(e).__name__, e, e.__cause__, e.__suppress_context__)
    print(Mode((2, 2, 2, 1, 2, 2, 1)), Mode["DORIAN"].value)
