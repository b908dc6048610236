"""Writes core/python/unicode_names.bin: Unicode's character names, name aliases and named sequences
as CPython 3.11's unicodedata has them (Unicode 14.0.0), for `\\N{...}` escapes and
unicodedata.lookup / unicodedata.name. The core loads it on demand (docs/unicode-names.md), never
as part of the wasm module.

Run with CPython 3.11 from the repository root (Debian's perl-modules provides the candidate
aliases and named sequences; each is kept only if this Python's unicodedata.lookup accepts it):

    python3 core/python/gen_unicode_names.py > core/python/unicode_names.bin

Format (all integers are LEB128 varints, u = unsigned):
  "DPUN" magic, u version (1), u unidata version as major*10000+minor*100+micro
  u number of CJK unified ideograph ranges, then per range u first, u last (inclusive)
  Hangul syllable jamo: 19 L, 21 V, 28 T short names, each u length + ASCII bytes
  word list: u count, then each word as u length + ASCII bytes (word 0 is never stored: it
    means "the code point in upper-case hex, 4 digits or more, glued to the previous word")
  names:     u count, then per character (ascending code points) u code point delta (from the
             previous one + 1) and its words; words are joined by one space
  aliases:   the same layout (deltas from the previous alias's code point, 0 allowed: a character
             may have several aliases)
  sequences: u count, then per named sequence (sorted by name) u number of code points,
             u code points, and its words
  A name's words are u how many leading words it shares with the previous name of its section,
  u how many follow, then their word indices.
"""
import re
import sys
import unicodedata

NAME_PL = "/usr/share/perl/5.36/unicore/Name.pl"


def uvar(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def text(s):
    b = s.encode("ascii")
    return uvar(len(b)) + b


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("run this with CPython 3.11 (its Unicode database is the one to follow)")
    names, cjk = [], []
    for cp in range(0x110000):
        n = unicodedata.name(chr(cp), None)
        if n is None:
            continue
        if n == "CJK UNIFIED IDEOGRAPH-%X" % cp:
            if cjk and cjk[-1][1] == cp - 1:
                cjk[-1][1] = cp
            else:
                cjk.append([cp, cp])
            continue
        if n.startswith("HANGUL SYLLABLE ") and 0xAC00 <= cp <= 0xD7A3:
            continue
        names.append((cp, n))
    # Candidates from perl's table (the same Unicode version): "HEX[ HEX...]\nNAME\n\n" entries.
    body = open(NAME_PL, encoding="ascii").read().split("return <<'END';\n", 1)[1].split("\nEND\n")[0] + "\n"
    aliases, seqs = set(), set()
    for entry in body.split("\n\n"):
        if not entry.strip():
            continue
        cps_text, name = entry.strip("\n").split("\n")
        cps = tuple(int(h, 16) for h in cps_text.split())
        try:
            got = unicodedata.lookup(name)
        except KeyError:
            continue
        if got != "".join(map(chr, cps)):
            continue
        if len(cps) == 1:
            if unicodedata.name(got, None) != name:
                aliases.add((cps[0], name))
        else:
            seqs.add((cps, name))
    aliases = sorted(aliases)
    seqs = sorted(seqs, key=lambda s: s[1])
    # Word table, most frequent first.
    hexword = re.compile(r"^(.*-)([0-9A-F]{4,6})$")
    count = {}

    def split(cp, name):
        out = []
        for w in name.split(" "):
            m = hexword.match(w)
            if m and cp is not None and int(m.group(2), 16) == cp and m.group(2) == "%04X" % cp:
                out += [m.group(1), None]
            else:
                out.append(w)
        return out

    entries = [split(cp, n) for cp, n in names] + [split(cp, n) for cp, n in aliases] + \
        [split(None, n) for _, n in seqs]
    for ws in entries:
        for w in ws:
            if w is not None:
                count[w] = count.get(w, 0) + 1
    words = sorted(count, key=lambda w: (-count[w], w))
    index = {w: i + 1 for i, w in enumerate(words)}

    prev_ws = []

    def encode(ws):
        # u words shared with the previous name of the section, u further words, their indices
        nonlocal prev_ws
        k = 0
        while k < min(len(ws), len(prev_ws)) and ws[k] == prev_ws[k] and ws[k] is not None:
            k += 1
        prev_ws = ws
        return uvar(k) + uvar(len(ws) - k) + b"".join(uvar(0 if w is None else index[w]) for w in ws[k:])

    out = bytearray(b"DPUN")
    out += uvar(1)
    major, minor, micro = map(int, unicodedata.unidata_version.split("."))
    out += uvar(major * 10000 + minor * 100 + micro)
    out += uvar(len(cjk))
    for a, b in cjk:
        out += uvar(a) + uvar(b)
    # Jamo short names, from the names themselves: U+AC00 + (L*21 + V)*28 + T.
    def syl(cp):
        return unicodedata.name(chr(cp))[len("HANGUL SYLLABLE "):]
    L = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"]
    V = ["A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI",
         "YU", "EU", "YI", "I"]
    T = ["", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B",
         "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"]
    for l in range(19):
        for v in range(21):
            for t in range(28):
                assert syl(0xAC00 + (l * 21 + v) * 28 + t) == L[l] + V[v] + T[t]
    for table in (L, V, T):
        for s in table:
            out += text(s)
    out += uvar(len(words))
    for w in words:
        out += text(w)
    for table in (names, aliases):
        prev_ws = []
        out += uvar(len(table))
        prev = -1
        for cp, n in table:
            ws = split(cp, n)
            out += uvar(cp - prev - 1 if table is names else cp - max(prev, 0)) + encode(ws)
            prev = cp
    prev_ws = []
    out += uvar(len(seqs))
    for cps, n in seqs:
        out += uvar(len(cps)) + b"".join(uvar(c) for c in cps) + encode(split(None, n))
    sys.stderr.write("%d names, %d aliases, %d named sequences, %d words, %d CJK ranges, %d bytes\n"
                     % (len(names), len(aliases), len(seqs), len(words), len(cjk), len(out)))
    sys.stdout.buffer.write(bytes(out))


if __name__ == "__main__":
    main()
