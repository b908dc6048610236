# io.BytesIO / io.StringIO: reading, readline and iteration, writing past the end (zero fill),
# truncate, seek rules and CPython's closed-stream messages (StringIO's without a full stop).
import io
for c in (io.BytesIO, io.StringIO):
  x=c(); x.close()
  for m in ('read','getvalue','tell','write','seek','truncate','flush','readable','isatty','readline','__enter__'):
    try:
      a = () if m not in ('write','seek') else ((b'' if c is io.BytesIO else ''),) if m=='write' else (0,)
      getattr(x,m)(*a); print(c.__name__, m, 'ok')
    except ValueError as e: print(c.__name__, m, e)
b = io.BytesIO(b"ab\ncd\nef")
b.seek(10); b.write(b"x"); print(b.getvalue())
b.truncate(3); print(b.getvalue(), b.read())
s = io.StringIO("x\ny")
print(s.readline(), s.read(), s.tell())
s.seek(5); s.write("z"); print(repr(s.getvalue()))
print(list(io.StringIO("a\nb\n")), io.StringIO("a\nb").readlines())
with io.StringIO() as t:
    print("hi", file=t); print(repr(t.getvalue()))
try: s.write(3)
except TypeError as e: print(e)
try: s.seek(1, 1)
except OSError as e: print(e)
try: b.seek(-1)
except ValueError as e: print(e)
