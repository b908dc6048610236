# sys: the streams print() can write to, the interpreter version the playground mirrors, argv
# (the program's file name), and the platform answers of CPython 3.11 on 64-bit Linux.


class _Stream:
    def __init__(self, name):
        self.name = name

    def write(self, s):
        print(s, end="", file=self)
        return len(s)

    def flush(self):
        pass

    def __repr__(self):
        return "<_io.TextIOWrapper name='" + self.name + "' mode='w' encoding='utf-8'>"


stdout = _Stream("<stdout>")
stderr = _Stream("<stderr>")
__stdout__ = stdout  # the process streams: print() writes these natively
__stderr__ = stderr
version_info = (3, 11, 7, "final", 0)
version = "3.11.7 (Dynamo Playground)"
maxsize = 9223372036854775807
hexversion = 0x030B07F0
api_version = 1013
platform = "linux"
byteorder = "little"
maxunicode = 1114111
executable = "/usr/bin/python3"
prefix = "/usr"
argv = [""]  # the run sets argv[0] to the program's file name (core/api.cpp)
warnoptions = []
dont_write_bytecode = False
builtin_module_names = ("builtins", "sys", "time", "_random")


def getdefaultencoding():
    return "utf-8"

# exit, getrecursionlimit, setrecursionlimit, intern, exc_info, set_int_max_str_digits are native
# (core/runtime/sysmodule.cpp).


def __getattr__(name):
    # sys.modules: the modules imported so far (a snapshot; the playground's import does not read it).
    if name == "modules":
        return _loaded_modules()
    raise AttributeError("module 'sys' has no attribute '" + name + "'")
