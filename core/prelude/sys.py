# sys: the streams print() can write to, and the interpreter version the playground mirrors.


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
