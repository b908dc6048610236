// `_dp_iters`: the iterators of the prelude's C-in-CPython containers, with CPython's classes and
// mutation checks (Modules/_collectionsmodule.c dequeiter_next, Objects/odictobject.c
// odictiter_nextkey, Objects/memoryobject.c memory_iter):
//  * deque_iter(deque, items, reverse): `_collections._deque_iterator` (or
//    `_deque_reverse_iterator`) over the deque's backing list. A change of its length, or a new
//    backing list (rotate makes one), is "deque mutated during iteration", at every later call
//    too (CPython checks the deque's state first).
//  * odict_iter(od, which, reverse): `odict_iterator` over an OrderedDict's keys (which 0), values
//    (1) or items (2). Adding, removing or moving a key (CPython's od_state) is "OrderedDict
//    mutated during iteration"; then the iterator is exhausted. Setting an existing key is not.
//  * memory_iter(view, obj, idx): `memory_iterator` reading obj[idx[i]] at each step (the
//    view's memory as it is then), "operation forbidden on released memoryview object" once
//    released.
// Dynamo traces deque_iter as iter()/reversed() of the backing list (variables/builtin.cpp).
#include "runtime/interp.h"

namespace dp::rt {

namespace {

Value new_iterator(Interp& I, Interp::IterClass cls, std::function<bool(Interp&, Value&)> fn, std::vector<Value> refs) {
  Iterator* it = I.make<Iterator>(I.iter_class(cls));
  it->next = std::move(fn);
  it->refs = std::move(refs);
  return Value::obj(it);
}

List* list_arg(Interp& I, const Value& v, const char* fn) {
  if (!v.is_obj() || v.o->kind != Kind::List) I.raise(I.TypeError, std::string(fn) + "() needs a list");
  return static_cast<List*>(v.o);
}

}  // namespace

void init_dp_iters_native(Interp& I, Module* m) {
  auto def = [&](const char* name, NativeFn fn) { I.dict_set_str(m->dict, name, I.builtin(name, std::move(fn), m->name)); };
  def("deque_iter", [](Interp& I2, CallArgs& a) -> Value {
    expect_args(I2, a, 3, 3, "deque_iter");
    Value deque = a[0], items = a[1];
    List* l = list_arg(I2, items, "deque_iter");
    bool reverse = I2.truthy(a[2]);
    size_t n0 = l->items.size(), done = 0;
    return new_iterator(
        I2, reverse ? Interp::IterClass::deque_reverse_iterator : Interp::IterClass::deque_iterator,
        [deque, l, reverse, n0, done](Interp& I3, Value& out) mutable {
          // dequeiter_next checks the deque's state first, at every call, even once exhausted.
          Value now = I3.getattr(deque, "_items");
          if (l->items.size() != n0 || !now.is_obj() || now.o != l) {
            done = n0;
            I3.raise(I3.RuntimeError, "deque mutated during iteration");
          }
          if (done >= n0) return false;
          out = l->items[reverse ? n0 - 1 - done : done];
          ++done;
          return true;
        },
        {deque, items});
  });
  def("odict_iter", [](Interp& I2, CallArgs& a) -> Value {
    expect_args(I2, a, 3, 3, "odict_iter");
    if (!a[0].is_obj() || a[0].o->kind != Kind::Dict) I2.raise(I2.TypeError, "odict_iter() needs a dict");
    auto* d = static_cast<Dict*>(a[0].o);
    int64_t which = I2.index_value(a[1]);
    bool reverse = I2.truthy(a[2]);
    // CPython's od_state changes when a key is added, removed or moved (move_to_end); here each
    // of those appends an entry or lowers the live count, so the pair stands for the state.
    size_t entries0 = d->entries.size(), live0 = d->size(), pos = 0;
    while (pos < entries0 && !d->entries[reverse ? entries0 - 1 - pos : pos].live) ++pos;  // the first key
    bool stopped = false;
    return new_iterator(
        I2, Interp::IterClass::odict_iterator,
        [d, which, reverse, entries0, live0, pos, stopped](Interp& I3, Value& out) mutable {
          // As odictiter_nextkey: no next key (the walk is past the last one) ends the iteration
          // before any check, so a key added while the last one is handled is not an error.
          auto live_at = [&](size_t p) { return d->entries[reverse ? entries0 - 1 - p : p].live; };
          if (stopped || pos >= entries0) return false;
          if (d->entries.size() != entries0 || d->size() != live0) {
            stopped = true;
            I3.raise(I3.RuntimeError, "OrderedDict mutated during iteration");
          }
          const Dict::Entry& e = d->entries[reverse ? entries0 - 1 - pos : pos];
          ++pos;
          while (pos < entries0 && !live_at(pos)) ++pos;  // the next key, found now as CPython does
          out = which == 0 ? e.key : which == 1 ? e.value : I3.tuple({e.key, e.value});
          return true;
        },
        {a[0]});
  });
  def("memory_iter", [](Interp& I2, CallArgs& a) -> Value {
    expect_args(I2, a, 3, 3, "memory_iter");
    Value view = a[0], obj = a[1], idx = a[2];
    if (!obj.is_obj() || obj.o->kind != Kind::Bytes || !idx.is_obj() || idx.o->kind != Kind::Range)
      I2.raise(I2.TypeError, "memory_iter() needs bytes and a range");
    int64_t i = 0;
    return new_iterator(
        I2, Interp::IterClass::memory_iterator,
        [view, obj, idx, i](Interp& I3, Value& out) mutable {
          if (I3.truthy(I3.getattr(view, "_released")))
            I3.raise(I3.ValueError, "operation forbidden on released memoryview object");
          auto* r = static_cast<Range*>(idx.o);
          if (i >= r->length()) return false;
          int64_t at = r->start + i * r->step;
          ++i;
          const std::string& s = static_cast<Bytes*>(obj.o)->s;
          if (at < 0 || static_cast<size_t>(at) >= s.size()) return false;  // the bytearray shrank
          out = Value::integer(static_cast<unsigned char>(s[static_cast<size_t>(at)]));
          return true;
        },
        {view, obj, idx});
  });
}

}  // namespace dp::rt
