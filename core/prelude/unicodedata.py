# unicodedata (CPython 3.11's Modules/unicodedata.c, Unicode 14.0.0): the name functions only.
# lookup and name are native (core/runtime/unicodedatamodule.cpp) and already in this module when
# this file runs; they read Unicode's character names from the on-demand table
# (docs/unicode-names.md). The property functions (category, normalize, ...) are not here yet.
__dp_hide_frames__ = True  # C in CPython: no lines of this file in tracebacks

unidata_version = '14.0.0'

_NOT_YET = frozenset('decimal digit numeric category bidirectional combining east_asian_width mirrored '
                     'decomposition normalize is_normalized ucd_3_2_0 UCD'.split())


def __getattr__(name):
    if name in _NOT_YET:
        raise AttributeError("module 'unicodedata' has no attribute '" + name +
                             "' (not supported by the playground yet: unicodedata." + name +
                             " is in Python 3.11's standard library)")
    raise AttributeError("module 'unicodedata' has no attribute '" + name + "'")
