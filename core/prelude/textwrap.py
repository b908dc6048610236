# textwrap: CPython 3.11's Lib/textwrap.py behaviour: TextWrapper (width, initial_indent,
# subsequent_indent, expand_tabs, tabsize, replace_whitespace, fix_sentence_endings,
# break_long_words, break_on_hyphens, drop_whitespace, max_lines, placeholder), wrap, fill,
# shorten, dedent, indent. CPython splits text into chunks with a regular expression (whitespace
# runs, words, hyphenated-word parts, em-dashes); _split does the same by hand, with the same
# rules: a word breaks after a hyphen preceded by two letters (or letter-hyphen-letter) and
# followed by letter, optional hyphen, letter; "--" between word characters is its own chunk.

__all__ = ["TextWrapper", "wrap", "fill", "dedent", "indent", "shorten"]

_whitespace = "\t\n\x0b\x0c\r "


def _is_w(c):
    return c.isalnum() or c == "_"


def _is_letter(c):
    return (c.isalnum() or c == "_") and not c.isdecimal()


def _is_wp(c):
    return _is_w(c) or c in "!\"'&.,?"


def _dash_run_then_w(t, k):
    # (?=-{2,}\w) at k.
    n = len(t)
    if not t.startswith("--", k):
        return False
    j = k
    while j < n and t[j] == "-":
        j += 1
    return j < n and _is_w(t[j])


def _split_word(t, pos, end, out):
    # The chunks of the non-whitespace run t[pos:end].
    while pos < end:
        if pos > 0 and _is_wp(t[pos - 1]) and _dash_run_then_w(t, pos):
            j = pos
            while t[j] == "-":
                j += 1
            out.append(t[pos:j])
            pos = j
            continue
        k = pos + 1
        while True:
            if k < end and t[k] == "-":
                behind = (k >= 2 and _is_letter(t[k - 2]) and _is_letter(t[k - 1])) or \
                         (k >= 3 and _is_letter(t[k - 3]) and t[k - 2] == "-" and _is_letter(t[k - 1]))
                ahead = k + 1 < end and _is_letter(t[k + 1]) and (
                    (k + 2 < end and _is_letter(t[k + 2])) or
                    (k + 3 < end and t[k + 2] == "-" and _is_letter(t[k + 3])))
                if behind and ahead:
                    out.append(t[pos:k + 1])
                    pos = k + 1
                    break
            if k >= end:
                out.append(t[pos:end])
                pos = end
                break
            if _is_wp(t[k - 1]) and _dash_run_then_w(t, k):
                out.append(t[pos:k])
                pos = k
                break
            k += 1


class TextWrapper:
    unicode_whitespace_trans = {ord(c): 32 for c in _whitespace}

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=" [...]"):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = "".join([" " if c in _whitespace else c for c in text])
        return text

    def _split(self, text):
        chunks = []
        i = 0
        n = len(text)
        while i < n:
            j = i
            if text[i] in _whitespace:
                while j < n and text[j] in _whitespace:
                    j += 1
                chunks.append(text[i:j])
            else:
                while j < n and text[j] not in _whitespace:
                    j += 1
                if self.break_on_hyphens:
                    _split_word(text, i, j, chunks)
                else:
                    chunks.append(text[i:j])
            i = j
        return chunks

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            c = chunks[i]
            ends = False
            k = len(c)
            if k >= 1 and c[k - 1] in "\"'":
                k -= 1
            if k >= 2 and c[k - 1] in ".!?" and "a" <= c[k - 2] <= "z":
                ends = True
            if chunks[i + 1] == " " and ends:
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        if width < 1:
            space_left = 1
        else:
            space_left = width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind("-", 0, space_left)
                if hyphen > 0 and any(c != "-" for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            if self.max_lines > 1:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            if lines:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == "" and lines:
                del chunks[-1]
            while chunks:
                l = len(chunks[-1])
                if cur_len + l <= width:
                    cur_line.append(chunks.pop())
                    cur_len += l
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum([len(c) for c in cur_line])
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == "":
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if cur_line:
                if (self.max_lines is None or len(lines) + 1 < self.max_lines or
                        (not chunks or self.drop_whitespace and len(chunks) == 1 and not chunks[0].strip())
                        and cur_len <= width):
                    lines.append(indent + "".join(cur_line))
                else:
                    placed = False
                    while cur_line:
                        if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                            cur_line.append(self.placeholder)
                            lines.append(indent + "".join(cur_line))
                            placed = True
                            break
                        cur_len -= len(cur_line[-1])
                        del cur_line[-1]
                    if not placed:
                        if lines:
                            prev_line = lines[-1].rstrip()
                            if len(prev_line) + len(self.placeholder) <= self.width:
                                lines[-1] = prev_line + self.placeholder
                                break
                        lines.append(indent + self.placeholder.lstrip())
                    break
        return lines

    def _split_chunks(self, text):
        text = self._munge_whitespace(text)
        return self._split(text)

    def wrap(self, text):
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    w = TextWrapper(width=width, **kwargs)
    return w.wrap(text)


def fill(text, width=70, **kwargs):
    w = TextWrapper(width=width, **kwargs)
    return w.fill(text)


def shorten(text, width, **kwargs):
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(" ".join(text.strip().split()))


def dedent(text):
    lines = text.split("\n")
    margin = None
    for idx in range(len(lines)):
        line = lines[idx]
        stripped = line.lstrip(" \t")
        if stripped == "":
            lines[idx] = ""
            continue
        indent = line[:len(line) - len(stripped)]
        if margin is None:
            margin = indent
        elif indent.startswith(margin):
            pass
        elif margin.startswith(indent):
            margin = indent
        else:
            for i in range(min(len(margin), len(indent))):
                if margin[i] != indent[i]:
                    margin = margin[:i]
                    break
    if margin:
        lines = [line[len(margin):] if line.startswith(margin) else line for line in lines]
    return "\n".join(lines)


def indent(text, prefix, predicate=None):
    out = []
    for line in text.splitlines(True):
        if (predicate(line) if predicate is not None else line.strip()):
            out.append(prefix + line)
        else:
            out.append(line)
    return "".join(out)
