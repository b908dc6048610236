// Honest limits (issue 20): a playground limitation must never be shown with PyTorch's
// graph-break text. Every graph break core/dynamo raises is either one of PyTorch's gb_types, as
// listed in core/dynamo/graph_break_registry.cpp (taken from torch/_dynamo/graph_break_registry.json),
// or the playground's own "Not supported by the playground yet" gb_type, which only
// unimplemented_in_playground (exc.cpp) uses. The scan reads every `unimplemented(...)` call and
// every `GraphBreak{...}` in core/dynamo's sources; a call under a PyTorch gb_type whose text talks
// about the playground is a limitation dressed as Dynamo's and fails too.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "dynamo/exc.h"

namespace fs = std::filesystem;

namespace {

const char* const kPlaygroundGbType = "Not supported by the playground yet";

struct CallSite {
  std::string where;                  // file:line
  std::vector<std::string> gb_types;  // the string literals of the gb_type argument
  bool literal = true;                // the gb_type argument is made of string literals only
  std::string args;                   // the whole argument text
};

// The text of a balanced (...) or {...} starting at s[open].
std::string balanced(const std::string& s, size_t open) {
  char o = s[open], c = o == '(' ? ')' : '}';
  int depth = 0;
  bool in_str = false;
  for (size_t i = open; i < s.size(); ++i) {
    char ch = s[i];
    if (in_str) {
      if (ch == '\\') ++i;
      else if (ch == '"') in_str = false;
      continue;
    }
    if (ch == '"') in_str = true;
    else if (ch == '(' || ch == '{' || ch == '[') ++depth;
    else if (ch == ')' || ch == '}' || ch == ']') {
      if (--depth == 0 && ch == c) return s.substr(open + 1, i - open - 1);
    }
  }
  return s.substr(open + 1);
}

// The first argument of an argument list (up to a top-level comma).
std::string first_argument(const std::string& args) {
  int depth = 0;
  bool in_str = false;
  for (size_t i = 0; i < args.size(); ++i) {
    char ch = args[i];
    if (in_str) {
      if (ch == '\\') ++i;
      else if (ch == '"') in_str = false;
      continue;
    }
    if (ch == '"') in_str = true;
    else if (ch == '(' || ch == '{' || ch == '[') ++depth;
    else if (ch == ')' || ch == '}' || ch == ']') --depth;
    else if (ch == ',' && depth == 0) return args.substr(0, i);
  }
  return args;
}

// The string literals of an expression, and whether it has anything else than literals, spaces and
// a `cond ? "a" : "b"` choice between literals.
std::vector<std::string> literals(const std::string& expr, bool* only_literals) {
  std::vector<std::string> out;
  std::string rest;
  for (size_t i = 0; i < expr.size(); ++i) {
    if (expr[i] != '"') {
      rest += expr[i];
      continue;
    }
    std::string lit;
    for (++i; i < expr.size() && expr[i] != '"'; ++i) {
      if (expr[i] == '\\' && i + 1 < expr.size()) ++i;
      lit += expr[i];
    }
    out.push_back(lit);
  }
  // Allowed non-literal text: whitespace, or a condition before `?` with `:` between literals.
  std::string trimmed;
  for (char ch : rest)
    if (!std::isspace(static_cast<unsigned char>(ch))) trimmed += ch;
  size_t q = trimmed.find('?');
  *only_literals = !out.empty() && (trimmed.empty() || (q != std::string::npos && trimmed.substr(q) == "?:"));
  return out;
}

// `text` with its // and /* */ comments blanked (newlines kept, so line numbers stay).
std::string strip_comments(const std::string& text) {
  std::string out = text;
  bool in_str = false;
  for (size_t i = 0; i < out.size(); ++i) {
    char ch = out[i];
    if (in_str) {
      if (ch == '\\') ++i;
      else if (ch == '"') in_str = false;
      continue;
    }
    if (ch == '"' && !(i > 0 && out[i - 1] == '\'')) {
      in_str = true;
    } else if (ch == '/' && i + 1 < out.size() && out[i + 1] == '/') {
      for (; i < out.size() && out[i] != '\n'; ++i) out[i] = ' ';
    } else if (ch == '/' && i + 1 < out.size() && out[i + 1] == '*') {
      for (; i + 1 < out.size() && !(out[i] == '*' && out[i + 1] == '/'); ++i)
        if (out[i] != '\n') out[i] = ' ';
      if (i + 1 < out.size()) out[i] = out[i + 1] = ' ';
    }
  }
  return out;
}

// Every `unimplemented(` call (not the declaration or definition) and `GraphBreak{` construction of
// `text` (the contents of file `name`).
std::vector<CallSite> scan(const std::string& name, const std::string& source) {
  std::vector<CallSite> sites;
  const std::string text = strip_comments(source);
  for (const std::string& needle : {std::string("unimplemented("), std::string("GraphBreak{")}) {
    for (size_t pos = text.find(needle); pos != std::string::npos; pos = text.find(needle, pos + 1)) {
      if (pos > 0 && (std::isalnum(static_cast<unsigned char>(text[pos - 1])) || text[pos - 1] == '_')) continue;
      size_t open = pos + needle.size() - 1;
      CallSite site;
      site.where = name + ":" + std::to_string(1 + std::count(text.begin(), text.begin() + pos, '\n'));
      site.args = balanced(text, open);
      std::string first = first_argument(site.args);
      // The declaration and the definition take `const std::string& gb_type`.
      if (first.find("std::string") != std::string::npos) continue;
      site.gb_types = literals(first, &site.literal);
      sites.push_back(site);
    }
  }
  return sites;
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// The problems of one call site against the registry: "" when it is honest.
std::string check(const CallSite& site, const std::set<std::string>& registry, bool in_exc_cpp) {
  if (!site.literal) {
    // Only exc.cpp forwards a gb_type it was given (unimplemented -> GraphBreak).
    if (in_exc_cpp && first_argument(site.args).find("gb_type") != std::string::npos) return "";
    return site.where + ": the gb_type is not a string literal: " + first_argument(site.args);
  }
  for (const std::string& t : site.gb_types) {
    if (t == kPlaygroundGbType) {
      if (!in_exc_cpp) return site.where + ": use unimplemented_in_playground for \"" + t + "\"";
      continue;
    }
    if (!registry.count(t))
      return site.where + ": \"" + t +
             "\" is not one of PyTorch's gb_types in graph_break_registry.cpp (a playground limitation goes "
             "through unimplemented_in_playground)";
    if (lower(site.args).find("playground") != std::string::npos)
      return site.where + ": a playground limitation under PyTorch's gb_type \"" + t +
             "\" (use unimplemented_in_playground)";
  }
  return "";
}

std::set<std::string> registry_types() {
  std::set<std::string> out;
  for (const auto& e : dp::dynamo::graph_break_registry()) out.insert(e.gb_type);
  return out;
}

}  // namespace

TEST(HonestLimits, EveryGraphBreakIsPyTorchsOrSaysPlayground) {
  std::set<std::string> registry = registry_types();
  size_t sites = 0;
  const fs::path dynamo = fs::path(DP_SOURCE_DIR) / "core" / "dynamo";
  for (const auto& e : fs::recursive_directory_iterator(dynamo)) {
    std::string ext = e.path().extension().string();
    if (ext != ".cpp" && ext != ".h") continue;
    std::ifstream in(e.path());
    std::stringstream ss;
    ss << in.rdbuf();
    std::string rel = fs::relative(e.path(), DP_SOURCE_DIR).string();
    bool exc = e.path().stem() == "exc";
    for (const CallSite& site : scan(rel, ss.str())) {
      ++sites;
      std::string problem = check(site, registry, exc);
      EXPECT_EQ(problem, "");
    }
  }
  // The scan sees the call sites (about 60 today): an empty scan would pass vacuously.
  EXPECT_GT(sites, 40u);
}

TEST(HonestLimits, RegistryIsPyTorchs) {
  std::set<std::string> seen;
  for (const auto& e : dp::dynamo::graph_break_registry()) {
    EXPECT_TRUE(seen.insert(e.gb_type).second) << "listed twice: " << e.gb_type;
    EXPECT_NE(e.gb_type, kPlaygroundGbType) << "the playground's gb_type is not PyTorch's";
    EXPECT_EQ(lower(e.gb_type).find("playground"), std::string::npos) << e.gb_type;
    if (!e.id.empty()) {
      EXPECT_EQ(e.id.size(), 6u) << e.id;
      EXPECT_EQ(e.id.rfind("GB", 0), 0u) << e.id;
    }
    EXPECT_EQ(dp::dynamo::graph_break_id(e.gb_type), e.id);
  }
  EXPECT_EQ(dp::dynamo::graph_break_id(kPlaygroundGbType), "");
}

// The checker itself rejects the ways a limitation can masquerade (so that the scan above can fail).
TEST(HonestLimits, CheckerRejectsMasqueradingCallSites) {
  std::set<std::string> registry = registry_types();
  auto problems = [&](const std::string& code, bool exc = false) {
    std::vector<std::string> out;
    for (const CallSite& s : scan("x.cpp", code)) {
      std::string p = check(s, registry, exc);
      if (!p.empty()) out.push_back(p);
    }
    return out;
  };
  // A gb_type PyTorch does not have.
  EXPECT_EQ(problems("unimplemented(\"Unsupported set operation\", ctx, \"...\", {});").size(), 1u);
  // PyTorch's gb_type for something the playground cannot do yet.
  EXPECT_EQ(problems("unimplemented(\n  \"Unsupported method call\", ctx,\n  \"set.add is not supported by the "
                     "playground yet\", {});")
                .size(),
            1u);
  // The playground's gb_type outside unimplemented_in_playground.
  EXPECT_EQ(problems("unimplemented(\"Not supported by the playground yet\", ctx, \"x\", {});").size(), 1u);
  // A computed gb_type.
  EXPECT_EQ(problems("unimplemented(name + \" failed\", ctx, \"x\", {});").size(), 1u);
  EXPECT_EQ(problems("g = GraphBreak{loop ? \"graph break in loop\" : \"made up\", c, e, {}, \"\"};").size(), 1u);
  // Honest sites.
  EXPECT_TRUE(problems("unimplemented(\"Unsupported method call\", \"call_method \" + n, \"Dynamo does not know "
                       "how to trace the method `\" + n + \"`\", {});")
                  .empty());
  EXPECT_TRUE(problems("unimplemented_in_playground(\"set.add\", ctx);").empty());
  EXPECT_TRUE(problems("unimplemented(\"Not supported by the playground yet\", c, e, {});", true).empty());
  EXPECT_TRUE(problems("x = GraphBreak{loop ? \"graph break in loop\" : \"Dynamic shape operator\", c};").empty());
}
