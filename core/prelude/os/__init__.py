# os, reduced to os.path, a few constants and remove/unlink over the run's in-memory files
# (_dp_files: what torch.save wrote; the playground has no disk).
from os import path
sep = "/"
curdir = "."
pardir = ".."
linesep = "\n"
name = "posix"


def remove(path):
    import _dp_files
    if path not in _dp_files.files:
        raise FileNotFoundError("[Errno 2] No such file or directory: '" + path + "'")
    del _dp_files.files[path]


unlink = remove
