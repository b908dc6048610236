// Unicode's character names, as CPython 3.11's unicodedata has them (Unicode 14.0.0): what
// `\N{...}` escapes, unicodedata.lookup and unicodedata.name need (Modules/unicodedata.c's
// _getcode / _getucname). The table is not compiled in: it is the file unicode_names.bin
// (core/python/gen_unicode_names.py writes it, docs/unicode-names.md describes it), which the
// embedder hands over through one reader hook the first time a name is needed.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dp::py::unicode_names {

// Reads an on-demand data file of the core (`file` is a bare name: "unicode_names.bin") into
// `bytes`; false when it cannot. Installed by the embedder (dp::set_data_file_reader), before any
// run: setting one drops a table already loaded (nullptr: the native default reader).
using Reader = bool (*)(const std::string& file, std::string& bytes);
void set_reader(Reader reader);

// The table's file name, and why it could not be used ("" while none was tried or it loaded).
inline constexpr const char* kFile = "unicode_names.bin";

// Loads the table once; false (with `why` set, e.g. "unicode_names.bin could not be read") when
// it is unavailable. Later calls return the first outcome.
bool ensure_loaded(std::string* why);

// _getcode: the code points a name stands for (case-insensitive for table names, case-sensitive
// for the algorithmic "HANGUL SYLLABLE " and "CJK UNIFIED IDEOGRAPH-" forms). Aliases always count;
// named sequences (several code points) only when `with_named_seq`. Requires ensure_loaded().
bool lookup(std::string_view name, bool with_named_seq, std::vector<uint32_t>& out);

// _getucname: the name of one code point (never an alias). Requires ensure_loaded().
bool name_of(uint32_t cp, std::string& out);

}  // namespace dp::py::unicode_names
