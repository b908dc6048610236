# Dumps every field of the code objects CPython 3.11 compiles for a file, in the same
# format as DumpCode() in test_frontend_oracle.cpp. Usage: python3 dump_code.py FILE
import dis
import sys


def const_repr(c):
    if hasattr(c, "co_code"):
        return "<code %s>" % c.co_name
    return repr(c)


def dump(co, out):
    out.append("code %s %s %d %d %d %d %d %d" % (
        co.co_name, co.co_qualname, co.co_firstlineno, co.co_argcount,
        co.co_posonlyargcount, co.co_kwonlyargcount, co.co_flags, co.co_stacksize))
    out.append("varnames: " + ",".join(co.co_varnames))
    out.append("cellvars: " + ",".join(co.co_cellvars))
    out.append("freevars: " + ",".join(co.co_freevars))
    out.append("names: " + ",".join(co.co_names))
    out.append("consts: " + " | ".join(const_repr(c) for c in co.co_consts))
    out.append("code: " + co.co_code.hex())
    pos = []
    for p in co.co_positions():
        pos.append(",".join("-1" if v is None else str(v) for v in p))
    out.append("positions: " + " ".join(pos))
    for e in dis._parse_exception_table(co):
        out.append("exc: %d %d %d %d %d" % (e.start, e.end, e.target, e.depth, int(e.lasti)))
    for i in dis.get_instructions(co):
        p = i.positions
        out.append("ins: %d %s %s %s %s %s" % (
            i.offset, i.opname, "-1" if i.arg is None else i.arg,
            "-1" if i.starts_line is None else i.starts_line,
            ",".join("-1" if v is None else str(v) for v in p),
            i.argrepr))
    for c in co.co_consts:
        if hasattr(c, "co_code"):
            dump(c, out)


path = sys.argv[1]
with open(path, "rb") as f:  # bytes: compile() honours a PEP 263 coding cookie, as `python3 FILE` does
    src = f.read()
out = []
dump(compile(src, path, "exec"), out)
sys.stdout.write("\n".join(out) + "\n")
