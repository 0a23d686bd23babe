import wave, io
b = io.BytesIO()
w = wave.open(b, 'wb')
for f in [lambda: w.setnchannels(0), lambda: w.setsampwidth(5), lambda: w.setframerate(0), lambda: w.setcomptype('X','y'), lambda: w.writeframes(b'ab'), lambda: w.getmark(1), lambda: w.setmark(1,2,3)]:
  try: f(); print('ok')
  except Exception as e: print(type(e).__name__, e)
w.setnchannels(1); w.setsampwidth(2)
w.setframerate(8000.6); w.setcomptype('NONE', 'not compressed'); print(w.getframerate(), w.getparams(), w.getcompname(), w.getmarkers())
w.writeframes(b'abc');
try: w.setnchannels(2)
except Exception as e: print(type(e).__name__, e)
print(w.tell()); w.close(); print(b.getvalue()); w.close()
for data in [b'', b'RIFX', b'RIFF\x00\x00\x00\x00WAVX', b'RIFF\x04\x00\x00\x00WAVE', b'RIFF\x20\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x03\x00\x01\x00\x40\x1f\x00\x00\x80\x3e\x00\x00\x02\x00\x10\x00', b'RIFF\x20\x00\x00\x00WAVEdata\x02\x00\x00\x00ab']:
  try: wave.open(io.BytesIO(data))
  except Exception as e: print(type(e).__name__, e)
r = wave.open(io.BytesIO(b.getvalue()))
print(r.getparams(), r.readframes(1), r.tell(), r.readframes(5), r.tell()); r.rewind(); print(r.tell())
try: r.setpos(9)
except Exception as e: print(type(e).__name__, e)
print(repr(r.getparams()), type(r).__name__, r.getfp() is not None)
r.close(); print(r.getfp())
b2 = io.BytesIO(); w = wave.open(b2, 'wb'); w.setparams((2, 1, 100, 10, 'NONE', 'x')); w.writeframesraw(b'1234'); print(w.tell(), w.getnframes()); w.close(); print(b2.getvalue())
b3 = io.BytesIO(); 
with wave.open(b3, 'wb') as w:
    w.setnchannels(2); w.setsampwidth(3); w.setframerate(44100); w.writeframes(bytes(range(12)))
with wave.open(io.BytesIO(b3.getvalue()), 'rb') as r:
    print(r.getparams(), r.readframes(1), r.readframes(10)); r.setpos(1); print(r.readframes(1))
try: wave.open(b3, 'x')
except wave.Error as e: print(e)
