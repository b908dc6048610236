// Serialized code objects, for the prelude frozen at build time: the role of CPython's
// Python/marshal.c (marshal.dumps / marshal.loads of a code object) behind Python/frozen.c and
// Programs/_freeze_module.c. The byte format is the playground's own (docs/frozen-prelude.md):
// CPython's marshal format encodes CPython's objects, ours encodes `CodeObject` and `Const`.
// It is an internal build artifact, versioned by its first bytes, never read from user input.
#pragma once
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>

#include "python/code.h"

namespace dp::py {

// The bytes of a code object and everything it holds (nested code objects included). `source`
// is the text the code object was compiled from, or empty: strings found in it are written as
// offsets, and the same source must then be given to marshal_loads.
// Frozenset constants are written as CPython 3.11's marshal writes them into a .pyc (what
// PyTorch's library code runs from): the elements sorted by their own marshal bytes, the order
// loading inserts them in (so the loaded set iterates as CPython's loaded one does).
std::string marshal_dumps(const CodeObject& code, std::string_view source = {});
// That order for a frozenset constant.
std::vector<Const> pyc_insertion_order(const Const& frozenset);

// The code object back, field for field. Each code object gets a fresh `fake_address`, in the
// order the compiler would have assigned them (nested code objects before their parent).
// Throws MarshalError for bytes that marshal_dumps did not write (or wrote for another source).
std::shared_ptr<const CodeObject> marshal_loads(std::string_view bytes, std::string_view source = {});

struct MarshalError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

}  // namespace dp::py
