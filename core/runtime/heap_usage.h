// The playground's memory budget (README "Budgets"; no CPython or PyTorch counterpart): how many
// bytes of the C++ heap are in use, counted by the process's global operator new/delete
// (heap_usage.cpp replaces them, as [replacement.functions] allows). Everything a run keeps alive
// is allocated through them: objects of the per-run arena, tensor storage, the tracer's
// VariableTrackers, FX nodes, the JSON. Interp::make and the tracer's steps compare the count with
// the run's limit, so a runaway loop stops with a clear message instead of exhausting the
// process (natively std::bad_alloc after gigabytes, in WebAssembly the 2 GiB linear memory).
#pragma once
#include <atomic>
#include <cstddef>

namespace dp::rt {

extern std::atomic<size_t> g_heap_bytes_in_use;

// Bytes currently allocated through operator new (malloc's usable sizes), process-wide.
inline size_t heap_bytes_in_use() { return g_heap_bytes_in_use.load(std::memory_order_relaxed); }

}  // namespace dp::rt
