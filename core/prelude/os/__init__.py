# os, reduced to os.path and a few constants (the playground has no file system).
from os import path
sep = "/"
curdir = "."
pardir = ".."
linesep = "\n"
name = "posix"
