// PEP 263 source encodings: mirrors CPython 3.11's Parser/tokenizer.c (check_bom,
// check_coding_spec, get_coding_spec, get_normal_name) and the codecs a declared encoding names.
#pragma once

#include <string>

namespace dp::py {

// The source as UTF-8: a UTF-8 BOM dropped, and text declared (a `coding[:=]name` comment on line
// 1, or on line 2 below a comment or blank line) as latin-1 / iso-8859-1, cp1252 or ascii
// decoded. UTF-8 sources are returned unchanged. Throws CompileError with CPython's messages
// ("encoding problem: NAME", "encoding problem: NAME with BOM"); other real codecs
// (koi8-r, shift_jis, utf-16, ...) are a playground limitation.
std::string decode_source(const std::string& raw, const std::string& filename);

}  // namespace dp::py
