// Counts the bytes the C++ heap has handed out (heap_usage.h): the global operator new and delete
// are replaced by malloc/free plus a counter of malloc_usable_size. The array, sized and nothrow
// forms are replaced too, each calling these two: a runtime that provides its own operator new
// (AddressSanitizer does) must never pair its nothrow new with our delete. The aligned forms keep
// their own allocator, new and delete alike (nothing in the core uses over-aligned types).
#include "runtime/heap_usage.h"

#include <malloc.h>

#include <cstdlib>
#include <new>

namespace dp::rt {
std::atomic<size_t> g_heap_bytes_in_use{0};
}

void* operator new(std::size_t n) {
  if (n == 0) n = 1;
  for (;;) {
    if (void* p = std::malloc(n)) {
      dp::rt::g_heap_bytes_in_use.fetch_add(malloc_usable_size(p), std::memory_order_relaxed);
      return p;
    }
    std::new_handler h = std::get_new_handler();
    if (!h) throw std::bad_alloc();
    h();
  }
}

void operator delete(void* p) noexcept {
  if (!p) return;
  dp::rt::g_heap_bytes_in_use.fetch_sub(malloc_usable_size(p), std::memory_order_relaxed);
  std::free(p);
}

void operator delete(void* p, std::size_t) noexcept { operator delete(p); }

void* operator new[](std::size_t n) { return operator new(n); }
void* operator new(std::size_t n, const std::nothrow_t&) noexcept {
  try {
    return operator new(n);
  } catch (...) {
    return nullptr;
  }
}
void* operator new[](std::size_t n, const std::nothrow_t&) noexcept {
  try {
    return operator new(n);
  } catch (...) {
    return nullptr;
  }
}
void operator delete[](void* p) noexcept { operator delete(p); }
void operator delete[](void* p, std::size_t) noexcept { operator delete(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { operator delete(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { operator delete(p); }
