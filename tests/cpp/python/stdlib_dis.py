"""Runs `PYTHONHASHSEED=0 python3 -m dis` over CPython's own standard library, for
StdlibDis.EveryModuleMatchesPython (test_frontend_oracle.cpp).

    python3 stdlib_dis.py OUTDIR

prints the stdlib directory, then writes OUTDIR/<path with '/' as '__'>.dis for every top-level
module and every module of json/, email/ and collections/. One process per module, as the test
compares against: the order of some frozenset constants depends on what that process interned.
Several processes run at once (the machine's CPU count).
"""
import concurrent.futures
import os
import subprocess
import sys
import sysconfig

root = sysconfig.get_paths()["stdlib"]
out = sys.argv[1]
names = []
for sub in ("", "json", "email", "collections"):
    d = os.path.join(root, sub)
    names += [os.path.join(sub, f) if sub else f for f in sorted(os.listdir(d)) if f.endswith(".py")]
env = dict(os.environ, PYTHONHASHSEED="0")


def run(name):
    r = subprocess.run([sys.executable, "-m", "dis", os.path.join(root, name)], capture_output=True, env=env)
    with open(os.path.join(out, name.replace("/", "__") + ".dis"), "wb") as f:
        f.write(r.stdout if r.returncode == 0 else b"<python3 -m dis failed>\n" + r.stderr)


with concurrent.futures.ThreadPoolExecutor(os.cpu_count() or 2) as pool:
    list(pool.map(run, names))
print(root)
