// The tensor collector: gives back the storage of tensors a running program can no longer reach.
// No CPython or PyTorch counterpart: CPython frees an object when its reference count drops to
// zero (and Modules/gcmodule.c finds cycles); the playground's objects live in a per-run arena
// without reference counts (README "Design notes"). A training loop makes new tensors at every
// step, so a mark phase from the roots finds the tensors nothing reachable holds, and their
// TensorObj drops its handle on the TensorImpl (its storage, its autograd graph). The objects
// themselves stay until the run ends, so no pointer held anywhere can dangle; only a tensor's
// contents go, and reading those after a collection stops the run (TensorObj::t) instead of
// reading freed memory. docs/memory.md ("The tensor collector") says when it runs and why that
// is safe.
#include <stdexcept>

#include "runtime/interp.h"
#include "runtime/script_object.h"

namespace dp::rt {

void TensorObj::collected_tensor_used() {
  throw std::logic_error("a tensor whose storage the memory collector gave back was used again");
}

namespace {

void trace_frame(const Frame& f, RefVisitor& v) {
  v.visit(f.func);
  v.visit(f.globals);
  v.visit(f.locals_dict);
  v.visit(f.f_locals);
  v.visit(f.gen);
  for (const Value& x : f.fast) v.visit(x);
  for (const Value& x : f.stack) v.visit(x);
  v.visit(f.kw_names);
  v.visit(f.pending_throw);
  if (f.consts)
    for (const Value& x : *f.consts) v.visit(x);
}

}  // namespace

void Object::trace_refs(RefVisitor& v) const {
  switch (kind) {
    case Kind::Str: {
      auto* s = static_cast<const Str*>(this);
      v.visit(s->attrs);
      break;
    }
    case Kind::Tuple:
    case Kind::Size: {
      auto* t = static_cast<const Tuple*>(this);
      for (const Value& x : t->items) v.visit(x);
      v.visit(t->attrs);
      v.visit(t->view_of);
      break;
    }
    case Kind::List: {
      auto* l = static_cast<const List*>(this);
      for (const Value& x : l->items) v.visit(x);
      v.visit(l->attrs);
      break;
    }
    case Kind::Dict:
    case Kind::Set:
    case Kind::FrozenSet: {
      auto* d = static_cast<const Dict*>(this);
      for (const Dict::Entry& e : d->entries) {
        v.visit(e.key);  // a dead entry's key and value are kept too (harmless, and cheap)
        v.visit(e.value);
      }
      v.visit(d->attrs);
      break;
    }
    case Kind::Cell: v.visit(static_cast<const Cell*>(this)->value); break;
    case Kind::Function: {
      auto* f = static_cast<const Function*>(this);
      v.visit(f->globals);
      for (const Value& x : f->defaults) v.visit(x);
      v.visit(f->kwdefaults);
      for (const Cell* c : f->closure)
        v.visit(c);
      v.visit(f->dict);
      v.visit(f->module_name);
      v.visit(f->annotations);
      break;
    }
    case Kind::Builtin: {
      auto* b = static_cast<const Builtin*>(this);
      v.visit(b->self);
      for (const Value& x : b->refs) v.visit(x);
      break;
    }
    case Kind::BoundMethod: {
      auto* m = static_cast<const BoundMethod*>(this);
      v.visit(m->self);
      v.visit(m->func);
      break;
    }
    case Kind::Module: {
      auto* m = static_cast<const Module*>(this);
      v.visit(m->dict);
      break;
    }
    case Kind::Instance: {
      auto* i = static_cast<const Instance*>(this);
      v.visit(i->dict);
      v.visit(i->args);
      v.visit(i->cause);
      v.visit(i->context);
      v.visit(i->err_obj);
      v.visit(i->err_globals);
      v.visit(i->eg_message);
      v.visit(i->eg_excs);
      break;
    }
    case Kind::Slice: {
      auto* s = static_cast<const Slice*>(this);
      v.visit(s->start);
      v.visit(s->stop);
      v.visit(s->step);
      break;
    }
    case Kind::Iterator:
      for (const Value& x : static_cast<const Iterator*>(this)->refs) v.visit(x);
      break;
    case Kind::Property: {
      auto* p = static_cast<const Property*>(this);
      v.visit(p->fget);
      v.visit(p->fset);
      v.visit(p->fdel);
      break;
    }
    case Kind::ClassMethod: v.visit(static_cast<const ClassMethod*>(this)->func); break;
    case Kind::StaticMethod: v.visit(static_cast<const StaticMethod*>(this)->func); break;
    case Kind::Super: {
      auto* s = static_cast<const Super*>(this);
      v.visit(s->start);
      v.visit(s->obj);
      break;
    }
    case Kind::Generator: {
      auto* g = static_cast<const Generator*>(this);
      if (g->frame) trace_frame(*g->frame, v);
      v.visit(g->exc_state);
      v.visit(g->caller_exc);
      break;
    }
    case Kind::ScriptObject: v.visit(static_cast<const ScriptObj*>(this)->impl); break;
    case Kind::Number: {
      auto* n = static_cast<const NumberObj*>(this);
      v.visit(n->value);
      v.visit(n->attrs);
      break;
    }
    case Kind::Type: {
      auto* t = static_cast<const Type*>(this);
      v.visit(t->base);
      for (const Type* b : t->bases) v.visit(b);
      for (const Type* m : t->mro) v.visit(m);
      v.visit(t->dict);
      break;
    }
    // A tensor holds its __dict__ only (the autograd graph's Python values are
    // Interp::gc_autograd_ref roots).
    case Kind::Tensor: v.visit(static_cast<const TensorObj*>(this)->attrs); break;
    // No references: bytes, code (its constants are in Interp::const_cache_), ranges, big ints,
    // dtypes, singletons. Kind::Other: complex numbers; subclasses with references override this.
    case Kind::Bytes:
    case Kind::Code:
    case Kind::Range:
    case Kind::DType:
    case Kind::Ellipsis:
    case Kind::NotImplemented:
    case Kind::Long:
    case Kind::Other: break;
  }
}

void Interp::arm_memory_budget() {
  const size_t used = heap_bytes_in_use();
  memory_limit_ = used + budgets.max_memory_bytes;
  gc_threshold_ = used + kGcGrowthBytes;
  gc_base_ = heap_.size();
  gc_next_stress_ = gc_stress_steps > 0 ? steps + gc_stress_steps : INT64_MAX;
  gc_check_step_ = gc_next_stress_;
}

void Interp::gc_safe_point() {
  if (steps >= gc_next_stress_) {
    gc_requested_ = true;
    gc_next_stress_ = steps + gc_stress_steps;
  }
  if (gc_requested_ && indirect_frames_ == 0) collect_tensors();
  // Pending (no safe point in the frames running now): looked for again at every instruction.
  gc_check_step_ = gc_requested_ ? 0 : gc_next_stress_;
}

// A tensor the sweep may release: made by the run after its last pin, with real storage.
static bool releasable(const Object* o) {
  if (o->kind != Kind::Tensor) return false;
  auto* t = static_cast<const TensorObj*>(o);
  if (t->collected()) return false;
  const torch::Tensor& tensor = t->t();
  return tensor.defined() && !tensor.is_fake();
}

void Interp::collect_tensors() {
  gc_requested_ = false;
  const size_t pinned = std::min(heap_.size(), std::max(gc_base_, gc_pin_upto_));
  // No marking when there is nothing to find (a program that compiles throughout pins what it made).
  bool any = false;
  for (size_t i = pinned; i < heap_.size() && !any; ++i) any = releasable(heap_[i].get());
  if (any) mark_and_release(pinned);
  if (gc_threshold_ != static_cast<size_t>(-1)) gc_threshold_ = heap_bytes_in_use() + kGcGrowthBytes;
}

// Marks what the roots reach, then releases the unreachable tensors made after heap_[pinned].
void Interp::mark_and_release(size_t pinned) {
  if (++gc_epoch_ == 0) {  // wrapped: clear every mark once
    for (auto& o : heap_) o->gc_epoch = 0;
    gc_epoch_ = 1;
  }
  const uint32_t epoch = gc_epoch_;
  struct Marker : RefVisitor {
    uint32_t epoch;
    std::vector<const Object*> work;
    void mark(const Object* o) override {
      if (o->gc_epoch == epoch) return;
      const_cast<Object*>(o)->gc_epoch = epoch;
      work.push_back(o);
    }
  } m;
  m.epoch = epoch;

  // Roots. Every object older than the run (the warm interpreter) or than the end of the last
  // compile (gc_pin_existing) is one, with whatever it holds now.
  for (size_t i = 0; i < pinned; ++i) m.visit(heap_[i].get());
  for (const Frame* f : frame_stack) trace_frame(*f, m);
  for (const auto& [name, mod] : modules) m.visit(mod);
  m.visit(builtins);
  m.visit(main_module);
  m.visit(handled_exc);
  m.visit(ellipsis);
  m.visit(not_implemented);
  for (const auto& [k, v] : dtype_objects) m.visit(v);
  for (const auto& [k, t] : named_types) m.visit(t);
  for (const auto& [k, v] : slot_wrappers) m.visit(v);
  for (const auto& [k, o] : grad_fn_objects) m.visit(o);
  for (const auto& [code, consts] : const_cache_)
    for (const Value& v : consts) m.visit(v);
  for (const Value& v : gc_pinned_) m.visit(v);
  size_t live_refs = 0;
  for (auto& ref : gc_autograd_refs_) {
    if (ref.first.expired()) continue;
    m.visit(ref.second);
    gc_autograd_refs_[live_refs++] = ref;
  }
  gc_autograd_refs_.resize(live_refs);
  if (gc_extra_roots) gc_extra_roots(m);

  while (!m.work.empty()) {
    const Object* o = m.work.back();
    m.work.pop_back();
    m.visit(o->type);
    o->trace_refs(m);
  }

  // Sweep: the run's unreachable tensors with real storage give it back.
  for (size_t i = pinned; i < heap_.size(); ++i) {
    Object* o = heap_[i].get();
    if (o->gc_epoch == epoch || !releasable(o)) continue;
    auto* t = static_cast<TensorObj*>(o);
    const torch::Tensor& tensor = t->t();
    auto entry = tensor_objects.find(tensor.id());
    if (entry != tensor_objects.end() && entry->second == t) tensor_objects.erase(entry);
    t->release();
    ++gc_stats.tensors_released;
  }
  ++gc_stats.collections;
}

}  // namespace dp::rt
