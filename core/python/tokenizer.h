// Tokenizer for Python 3.11 source. Mirrors Parser/tokenizer.c: INDENT/DEDENT from an
// indentation stack, implicit line joining inside brackets, the same token boundaries and
// the same error messages for unterminated strings, bad dedents and unbalanced brackets.
#pragma once
#include <string>
#include <vector>

#include "python/errors.h"

namespace dp::py {

enum class Tok : uint8_t { Name, Number, String, Op, Newline, Indent, Dedent, EndMarker };

struct Token {
  Tok type;
  std::string text;  // exact source text (strings include prefix and quotes)
  int lineno = 0, col = 0, end_lineno = 0, end_col = 0;
  int level = 0;  // bracket nesting depth at this token (after an opening bracket)
};

// unicodedata.normalize('NFKC', word): what a non-ASCII NAME token becomes as an identifier
// (the parser applies it, as CPython's _PyPegen_new_identifier does).
std::string nfkc_identifier(const std::string& word);

// str.isidentifier(): XID_Start or '_' first, XID_Continue after (keywords included).
bool is_identifier(const std::string& word);

struct TokenizeResult {
  std::vector<Token> tokens;
  // Brackets still open at end of input (char, line, col), innermost last.
  struct Open {
    char ch;
    int lineno, col;
  };
  std::vector<Open> unclosed;
  // A tokenizer error: `tokens` then stops with an ENDMARKER at the error position, and the
  // parser raises this error when it reaches that token (CPython tokenizes lazily, so an
  // earlier parser error such as "unexpected indent" can win).
  bool has_error = false;
  SyntaxErrorInfo error;
};

// Normalizes newlines in `source`, fills `src.lines`, and tokenizes. Tokenizer-level errors
// are returned in the result (see TokenizeResult::error), not thrown.
TokenizeResult tokenize(const std::string& source, SourceLines& src);

}  // namespace dp::py
