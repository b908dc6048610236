# Frozenset constants whose order depends on what `python3 -m dis` interned at startup: 'link' and
# 'element' are interned before this file is compiled (core/python/startup_interned.txt), so
# creating the code object re-creates the set (docs/dis-conformance.md). From _markupbase.py.
def kind(decltype, name):
    if decltype in {"attlist", "linktype", "link", "element"}:
        return 1
    if name not in {"attlist", "element", "entity", "notation"}:
        return 2
    return 3


print(kind("link", "x"), kind("x", "entity"), kind("x", "y"))
