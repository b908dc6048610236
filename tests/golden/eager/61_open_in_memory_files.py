# open() over the run's in-memory files (core/prelude/_dp_open.py): the modes, text and binary reads and
# writes, append, iteration, the errors CPython raises (FileNotFoundError, FileExistsError, invalid
# modes, io.UnsupportedOperation, I/O on a closed file) and os.path.exists / os.remove on a written
# file. Expected output: CPython 3.11 (python3 on PATH) running this file in an empty directory.
import io, os
with open("test.txt", "w") as f:
    print(f.write("hello\nworld\n"), f)
with open("test.txt") as f:
    print(f.read())
with open("test.txt", "a") as f:
    f.write("more")
with open("test.txt", "r") as f:
    print(list(f))
with open("test.txt", "rb") as f:
    print(f.read(), f)
try:
    open("nope.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e)
try:
    open("test.txt", "x")
except FileExistsError as e:
    print(type(e).__name__, e)
try:
    open("test.txt", "rw")
except ValueError as e:
    print(type(e).__name__, e)
f = open("test.txt")
try:
    f.write("x")
except io.UnsupportedOperation as e:
    print(type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))
f.close()
try:
    f.read()
except ValueError as e:
    print(type(e).__name__, e)
print(os.path.exists("test.txt"))
os.remove("test.txt")
print(os.path.exists("test.txt"))
with open("b.bin", "wb") as f:
    f.write(b"\x00\x01")
with open("b.bin", "r+b") as f:
    print(f.read(), f.tell(), f.seek(0), f.read(1))
