# string and textwrap: the constants, capwords, Template (substitute, safe_substitute, $$, ${},
# errors), Formatter (parse, fields, conversions, numbering errors); TextWrapper's chunking
# (hyphenated words, em-dashes, long words), max_lines with placeholders, fix_sentence_endings,
# shorten, dedent, indent.
import string
import textwrap

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
print(string.capwords("hello   wORLD, it's  a test"), string.capwords("a-b-c d-e", "-"))

t = string.Template("$who likes ${what}s; costs $$5 ($who)")
print(t.substitute(who="tim", what="kung pao"))
print(t.substitute({"who": "ann", "what": "tea"}, what="coffee"))
print(t.safe_substitute(who="bob"))
print(t.get_identifiers(), t.is_valid(), t.template)
for tmpl, kw in (("$who is $missing", {"who": "x"}), ("cost: $ 5", {}), ("line1\n  ${bad-id}", {}),
                 ("end $", {}), ("${1x}", {})):
    try:
        print(string.Template(tmpl).substitute(**kw))
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
    print(repr(string.Template(tmpl).safe_substitute(**kw)), string.Template(tmpl).is_valid())


class Percent(string.Template):
    delimiter = "%"


print(Percent("%name is %% %{n}th").substitute(name="x", n=3))

f = string.Formatter()
print(f.format("{0} + {1} = {2:>5}", 1, 2, 3), f.format("{a!r} {b[1]} {c.real}", a="s", b=[7, 8], c=3))
print(f.format("{} {} {:{}}|", "x", "y", "z", 4), f.format("{{literal}} {0:.{1}f}", 3.14159, 2))
print(list(f.parse("a{0!r:>5}b{}c{{d}}{name.attr[0]}")))
for fmt, args in (("{0} {}", (1, 2)), ("{} {0}", (1, 2)), ("{", ()), ("}", ()), ("{0!x}", (1,)), ("{5}", (1,))):
    try:
        print(f.format(fmt, *args))
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)


class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return "<" + key + ">"
        return super().get_value(key, args, kwargs)


print(Upper().format("{0} and {missing} and {x:>4}", "abc", x="q"))

text = ("The quick brown fox jumps over the lazy dog. A well-known, state-of-the-art "
        "language-model-based system--surprisingly--works. Supercalifragilisticexpialidocious "
        "words get broken. Mr. Smith went to Washington! Did he? Yes.")
for w in (10, 20, 33, 50):
    print(textwrap.wrap(text, w))
print(textwrap.fill(text, 40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap(text, 30, break_on_hyphens=False))
print(textwrap.wrap(text, 12, break_long_words=False))
print(textwrap.wrap("Hello.  World! Foo. bar", 60, fix_sentence_endings=True))
print(textwrap.wrap("a\tb\tc  d\ne", 8), textwrap.wrap("a\tb", 20, expand_tabs=False))
print(textwrap.wrap("  leading and trailing  ", 10), textwrap.wrap("  keep  spaces  ", 10, drop_whitespace=False))
print(textwrap.wrap(text, 25, max_lines=3), textwrap.wrap(text, 25, max_lines=1, placeholder="..."))
print(textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello  world!", width=11),
      textwrap.shorten(text, 40, placeholder=" (more)"))
print(textwrap.wrap("", 10), textwrap.wrap("word", 1), textwrap.wrap("-" * 12, 5), textwrap.wrap("ab-cd-ef-gh", 5))
for bad in (lambda: textwrap.wrap("x", 0), lambda: textwrap.wrap("x y", 3, max_lines=1, placeholder="[...]")):
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
block = """
    def f():
        return 1
  \t
    # done
"""
print(repr(textwrap.dedent(block)))
print(repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("\t  x\n\t y\n")), repr(textwrap.dedent("no indent\n  x")))
print(repr(textwrap.indent("a\n\nb\n  \nc", "> ")))
print(repr(textwrap.indent("a\nb\n", "+ ", lambda line: line.startswith("b"))))
tw = textwrap.TextWrapper(width=15, subsequent_indent="    ")
print(tw.wrap("one two three four five six seven"), tw.fill("x " * 10))
