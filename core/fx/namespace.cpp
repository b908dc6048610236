// Unique-name allocation (see namespace.h). Re-implements the documented behaviour of
// torch/fx/graph.py `_Namespace.create_name` and the illegal-name table.
#include "fx/namespace.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <stdexcept>

namespace dp::fx {

namespace {

// keyword.kwlist of CPython 3.11
constexpr std::array<const char*, 35> kKeywords = {
    "False", "None",     "True",  "and",    "as",   "assert", "async",  "await",    "break",
    "class", "continue", "def",   "del",    "elif", "else",   "except", "finally",  "for",
    "from",  "global",   "if",    "import", "in",   "is",     "lambda", "nonlocal", "not",
    "or",    "pass",     "raise", "return", "try",  "while",  "with",   "yield"};

// dir(builtins) of CPython 3.11.7 (157 names), taken from `python3 -c "import builtins;
// print(dir(builtins))"` on the build machine.
constexpr std::array<const char*, 157> kBuiltins = {"ArithmeticError",
                                                    "AssertionError",
                                                    "AttributeError",
                                                    "BaseException",
                                                    "BaseExceptionGroup",
                                                    "BlockingIOError",
                                                    "BrokenPipeError",
                                                    "BufferError",
                                                    "BytesWarning",
                                                    "ChildProcessError",
                                                    "ConnectionAbortedError",
                                                    "ConnectionError",
                                                    "ConnectionRefusedError",
                                                    "ConnectionResetError",
                                                    "DeprecationWarning",
                                                    "EOFError",
                                                    "Ellipsis",
                                                    "EncodingWarning",
                                                    "EnvironmentError",
                                                    "Exception",
                                                    "ExceptionGroup",
                                                    "False",
                                                    "FileExistsError",
                                                    "FileNotFoundError",
                                                    "FloatingPointError",
                                                    "FutureWarning",
                                                    "GeneratorExit",
                                                    "IOError",
                                                    "ImportError",
                                                    "ImportWarning",
                                                    "IndentationError",
                                                    "IndexError",
                                                    "InterruptedError",
                                                    "IsADirectoryError",
                                                    "KeyError",
                                                    "KeyboardInterrupt",
                                                    "LookupError",
                                                    "MemoryError",
                                                    "ModuleNotFoundError",
                                                    "NameError",
                                                    "None",
                                                    "NotADirectoryError",
                                                    "NotImplemented",
                                                    "NotImplementedError",
                                                    "OSError",
                                                    "OverflowError",
                                                    "PendingDeprecationWarning",
                                                    "PermissionError",
                                                    "ProcessLookupError",
                                                    "RecursionError",
                                                    "ReferenceError",
                                                    "ResourceWarning",
                                                    "RuntimeError",
                                                    "RuntimeWarning",
                                                    "StopAsyncIteration",
                                                    "StopIteration",
                                                    "SyntaxError",
                                                    "SyntaxWarning",
                                                    "SystemError",
                                                    "SystemExit",
                                                    "TabError",
                                                    "TimeoutError",
                                                    "True",
                                                    "TypeError",
                                                    "UnboundLocalError",
                                                    "UnicodeDecodeError",
                                                    "UnicodeEncodeError",
                                                    "UnicodeError",
                                                    "UnicodeTranslateError",
                                                    "UnicodeWarning",
                                                    "UserWarning",
                                                    "ValueError",
                                                    "Warning",
                                                    "ZeroDivisionError",
                                                    "__build_class__",
                                                    "__debug__",
                                                    "__doc__",
                                                    "__import__",
                                                    "__loader__",
                                                    "__name__",
                                                    "__package__",
                                                    "__spec__",
                                                    "abs",
                                                    "aiter",
                                                    "all",
                                                    "anext",
                                                    "any",
                                                    "ascii",
                                                    "bin",
                                                    "bool",
                                                    "breakpoint",
                                                    "bytearray",
                                                    "bytes",
                                                    "callable",
                                                    "chr",
                                                    "classmethod",
                                                    "compile",
                                                    "complex",
                                                    "copyright",
                                                    "credits",
                                                    "delattr",
                                                    "dict",
                                                    "dir",
                                                    "divmod",
                                                    "enumerate",
                                                    "eval",
                                                    "exec",
                                                    "exit",
                                                    "filter",
                                                    "float",
                                                    "format",
                                                    "frozenset",
                                                    "getattr",
                                                    "globals",
                                                    "hasattr",
                                                    "hash",
                                                    "help",
                                                    "hex",
                                                    "id",
                                                    "input",
                                                    "int",
                                                    "isinstance",
                                                    "issubclass",
                                                    "iter",
                                                    "len",
                                                    "license",
                                                    "list",
                                                    "locals",
                                                    "map",
                                                    "max",
                                                    "memoryview",
                                                    "min",
                                                    "next",
                                                    "object",
                                                    "oct",
                                                    "open",
                                                    "ord",
                                                    "pow",
                                                    "print",
                                                    "property",
                                                    "quit",
                                                    "range",
                                                    "repr",
                                                    "reversed",
                                                    "round",
                                                    "set",
                                                    "setattr",
                                                    "slice",
                                                    "sorted",
                                                    "staticmethod",
                                                    "str",
                                                    "sum",
                                                    "super",
                                                    "tuple",
                                                    "type",
                                                    "vars",
                                                    "zip"};

// _register_custom_builtin order in torch/fx/graph.py
constexpr std::array<const char*, 7> kCustomBuiltins = {"inf",    "nan",       "NoneType", "torch",
                                                        "device", "fx_pytree", "pytree"};

// name -> owner key ("" for keywords: no object can legally own a keyword)
const std::unordered_map<std::string, std::string>& illegal_table() {
  static const std::unordered_map<std::string, std::string> table = [] {
    std::unordered_map<std::string, std::string> t;
    for (const char* k : kKeywords) t[k] = "";
    // builtins.__dict__ update overrides True/False/None with the builtin objects
    for (const char* b : kBuiltins) t[b] = std::string("g:") + b;
    for (const char* c : kCustomBuiltins) t[c] = std::string("g:") + c;
    return t;
  }();
  return table;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_ident_char(char c) { return c == '_' || is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_ident_start(char c) { return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// ^([a-zA-Z_][0-9a-zA-Z_]*?)(?:_(\d+))?$  -> (matched, base, suffix-digits or empty)
bool match_name(const std::string& s, std::string* base, std::string* num) {
  if (s.empty() || !is_ident_start(s[0])) return false;
  for (char c : s)
    if (!is_ident_char(c)) return false;
  // The lazy base takes the shortest prefix such that the rest is "_<digits>" or empty.
  // The shortest such prefix is found by taking the trailing run of digits and checking
  // the underscore in front of it; the base must keep at least one character.
  size_t end = s.size();
  size_t d = end;
  while (d > 0 && is_digit(s[d - 1])) --d;
  if (d < end && d >= 2 && s[d - 1] == '_') {
    // base = s[0 : d-1], which is non-empty because d-1 >= 1.
    *base = s.substr(0, d - 1);
    *num = s.substr(d);
    return true;
  }
  *base = s;
  num->clear();
  return true;
}

int64_t parse_suffix(const std::string& digits) {
  int64_t v = 0;
  for (char c : digits) {
    if (v > (INT64_MAX - 9) / 10) return v;  // saturate (never happens in practice)
    v = v * 10 + (c - '0');
  }
  return v;
}

}  // namespace

bool is_illegal_name(std::string_view name) { return illegal_table().count(std::string(name)) != 0; }

std::string illegal_name_owner(std::string_view name) {
  auto it = illegal_table().find(std::string(name));
  return it == illegal_table().end() ? std::string() : it->second;
}

const char* const* custom_builtin_names(size_t* count) {
  *count = kCustomBuiltins.size();
  return kCustomBuiltins.data();
}

std::string Namespace::create_name(const std::string& candidate_in, const std::string& obj) {
  if (!obj.empty()) {
    auto it = obj_to_name_.find(obj);
    if (it != obj_to_name_.end()) return it->second;
  }
  std::string candidate = candidate_in;
  std::string base, num_str;
  if (!match_name(candidate, &base, &num_str)) {
    // replace runs of characters illegal in identifiers by a single '_'
    std::string cleaned;
    bool in_run = false;
    for (char c : candidate) {
      if (is_ident_char(c)) {
        cleaned += c;
        in_run = false;
      } else if (!in_run) {
        cleaned += '_';
        in_run = true;
      }
    }
    candidate = cleaned;
    if (candidate.empty()) candidate = "_unnamed";
    if (is_digit(candidate[0])) candidate = "_" + candidate;
    if (!match_name(candidate, &base, &num_str)) throw std::logic_error("fx namespace: bad name");
  }
  int64_t num;
  if (num_str.empty() || used_.count(candidate)) {
    auto bc = base_count_.find(candidate);
    num = bc == base_count_.end() ? 0 : bc->second;
    auto il = illegal_table().find(candidate);
    bool illegal = il != illegal_table().end() && (obj.empty() || il->second != obj);
    if (illegal) {
      num += 1;
      candidate = base + "_" + std::to_string(num);
    }
  } else {
    num = parse_suffix(num_str);
  }
  while (used_.count(candidate)) {
    num += 1;
    candidate = base + "_" + std::to_string(num);
  }
  used_.insert(candidate);
  base_count_[base] = num;
  if (!obj.empty()) obj_to_name_[obj] = candidate;
  return candidate;
}

void Namespace::associate_name_with_obj(const std::string& name, const std::string& obj) {
  auto it = obj_to_name_.find(obj);
  if (it != obj_to_name_.end() && it->second != name) throw std::logic_error("fx namespace: obj is already associated");
  obj_to_name_[obj] = name;
}

void Namespace::rename_object(const std::string& obj, const std::string& name) {
  obj_to_name_[obj] = name;
  used_.insert(name);
}

std::string snake_case(std::string_view s) {
  // insert '_' before an uppercase letter that follows a lowercase letter, then lowercase.
  std::string out;
  out.reserve(s.size() + 4);
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (i > 0 && c >= 'A' && c <= 'Z' && s[i - 1] >= 'a' && s[i - 1] <= 'z') out += '_';
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

bool is_magic_name(std::string_view s) {
  return s.size() >= 2 && s.substr(0, 2) == "__" && s.substr(s.size() - 2) == "__";
}

}  // namespace dp::fx
