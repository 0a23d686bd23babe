"""Synthesize a short melody into a WAV file, then analyse it back."""
import wave
import math
import struct
import array
import tempfile
import os
from pathlib import Path
from itertools import accumulate

RATE = 8000
NOTES = {"C4": 261.63, "D4": 293.66, "E4": 329.63, "F4": 349.23, "G4": 392.00, "A4": 440.00, "REST": 0.0}
MELODY = [("E4", 0.25), ("D4", 0.25), ("C4", 0.25), ("D4", 0.25), ("E4", 0.25), ("E4", 0.25),
          ("E4", 0.5), ("REST", 0.125), ("D4", 0.25), ("D4", 0.25), ("D4", 0.5), ("G4", 0.25), ("A4", 0.5)]


def envelope(i, n, attack=80, release=200):
    if i < attack:
        return i / attack
    if i > n - release:
        return max(0.0, (n - i) / release)
    return 1.0


def render(freq, seconds, volume=0.6):
    n = int(RATE * seconds)
    samples = array.array("h")
    for i in range(n):
        value = 0.0
        if freq:
            t = i / RATE
            value = math.sin(2 * math.pi * freq * t) + 0.3 * math.sin(4 * math.pi * freq * t)
            value *= volume / 1.3 * envelope(i, n)
        samples.append(int(round(value * 32767)))
    return samples


def zero_crossings(samples):
    return sum(1 for a, b in zip(samples, samples[1:]) if (a < 0) != (b < 0))


pcm = array.array("h")
starts = [0] + list(accumulate(int(RATE * d) for _, d in MELODY))
for name, dur in MELODY:
    pcm.extend(render(NOTES[name], dur))
print(len(pcm), "samples,", f"{len(pcm) / RATE:.3f} s", "peak", max(pcm), min(pcm))

with tempfile.TemporaryDirectory() as tmp:
    path = Path(tmp) / "melody.wav"
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(pcm.tobytes())
    print(path.name, os.path.getsize(path), path.read_bytes()[:12], path.read_bytes()[36:44])

    stereo = Path(tmp) / "stereo.wav"
    frames = bytearray()
    for i, s in enumerate(pcm[:4000]):
        pan = i / 4000
        frames += struct.pack("<hh", int(s * (1 - pan)), int(s * pan))
    w = wave.open(str(stereo), "wb")
    w.setparams((2, 2, RATE, 0, "NONE", "not compressed"))
    w.writeframes(frames)
    w.close()

    with wave.open(str(path), "rb") as r:
        params = r.getparams()
        print(params)
        print(r.getnchannels(), r.getsampwidth(), r.getframerate(), r.getnframes(), r.getcomptype())
        back = array.array("h")
        back.frombytes(r.readframes(r.getnframes()))
    print("round trip identical:", back == pcm)
    for (name, dur), start in zip(MELODY, starts):
        seg = back[start:start + int(RATE * dur)]
        est = zero_crossings(seg) / 2 / dur
        rms = math.sqrt(sum(x * x for x in seg) / len(seg))
        nearest = min(NOTES, key=lambda n: abs(NOTES[n] - est))
        print(f"{name:<5}{dur:>6.3f}s  ~{est:7.1f} Hz  rms {rms:8.1f}  -> {nearest}")

    with wave.open(str(stereo)) as r:
        print(r.getparams().nchannels, r.getnframes(), r.tell())
        r.setpos(2000)
        chunk = r.readframes(3)
        print(r.tell(), struct.unpack("<6h", chunk))
        r.rewind()
        left = array.array("h", r.readframes(4000))[0::2]
    print(max(left), sum(abs(x) for x in left[:100]))
    try:
        wave.open(str(path), "a")
    except wave.Error as e:
        print("wave.Error:", e)
    bogus = Path(tmp) / "bogus.wav"
    bogus.write_bytes(b"RIFF\x04\x00\x00\x00AVI ")
    try:
        wave.open(str(bogus))
    except wave.Error as e:
        print("wave.Error:", e)
