// Symbolic execution of bytecode: one handler per opcode over a stack of VariableTrackers.
// Mirrors torch/_dynamo/symbolic_convert.py (InstructionTranslatorBase, InstructionTranslator,
// InliningInstructionTranslator, step(), the TRACE logs, break_graph_if_unsupported).
#pragma once
#include <string>
#include <vector>

#include "dynamo/exc.h"
#include "dynamo/output_graph.h"
#include "dynamo/records.h"
#include "python/frontend.h"

namespace dp::dynamo {

struct DynamoState;
struct ContextWrappingVariable;

// A `with` block the translator is inside (symbolic_convert.py BlockStackEntry, Python 3.11: a
// block is the exception table entries sharing one handler). `target` is the offset of the with
// statement's cleanup handler; `stack_index` where its `__exit__` sits on the stack.
struct BlockStackEntry {
  int target = -1;
  size_t stack_index = 0;
  ContextWrappingVariable* with_context = nullptr;
};

// How the translator treats an opcode of core/python/opcode.h: a method traces it, or it is
// explicitly unsupported (the "Missing bytecode handler" graph break). None: the opcode was added
// to the table without deciding; a test fails on it.
enum class OpcodeSupport { None, Handler, Unsupported };
OpcodeSupport opcode_support(py::Op op);

struct InstructionTranslatorBase {
  InstructionTranslatorBase(rt::Interp& interp, DynamoState& state, OutputGraph& out,
                            std::shared_ptr<const py::CodeObject> code, rt::Dict* globals, int inline_depth);
  virtual ~InstructionTranslatorBase() = default;

  rt::Interp& interp;
  DynamoState& state;
  OutputGraph& output;
  std::shared_ptr<const py::CodeObject> code;
  rt::Dict* globals;
  int inline_depth;
  InstructionTranslatorBase* parent = nullptr;

  std::vector<py::Instruction> instructions;
  std::unordered_map<int, size_t> offset_to_index;
  size_t ip = 0;       // index of the next instruction
  size_t current = 0;  // index of the instruction being executed
  std::vector<VariableTracker*> stack;
  std::vector<VariableTracker*> symbolic_locals;  // localsplus
  VariableTracker* kw_names = nullptr;
  int last_line = -1;
  int unpack_depth = 0;  // nesting of __iter__ calls inside unpack_var_sequence

  template <class T, class... A>
  T* make(A&&... a) {
    return output.make<T>(std::forward<A>(a)...);
  }
  void push(VariableTracker* v) { stack.push_back(v); }
  VariableTracker* pop();
  std::vector<VariableTracker*> popn(size_t n);
  VariableTracker* constant(rt::Value v);
  // iter(v): the iterator tracker, or nullptr when v cannot be iterated while tracing.
  VariableTracker* get_iter(VariableTracker* v);
  VariableTracker* none();

  // Runs until RETURN_VALUE (or, in an inlined generator, until the next YIELD_VALUE).
  // Unsupported propagates to the caller.
  VariableTracker* run();
  // An inlined generator's next item (the frame resumes where it yielded); nullptr when it returned.
  // `sent`: the value generator.send() resumes it with (nullptr: None, as next() sends).
  VariableTracker* generator_next(VariableTracker* sent = nullptr);
  bool yielded = false;
  // A graph break (Unsupported) left this generator's frame mid-instruction, or the playground
  // refused a method of it (local_generator_method): it cannot be run on to be rebuilt after the
  // graph (PyCodegen, convert_frame.cpp).
  bool generator_broken = false;
  uint64_t advanced_at = 0;  // a generator frame: OutputGraph::iter_serial at its last resumption
  uint64_t iter_serial_before = 0;  // the root frame: OutputGraph::iter_serial before its instruction
  VariableTracker* yielded_value = nullptr;
  void step();
  TimelineRecord timeline_record(const py::Instruction& inst);
  // Runs the method the dispatch table holds for the instruction's opcode.
  void dispatch(const py::Instruction& inst);
  // The "Missing bytecode handler" graph break: an opcode (or a case of one) the tracer does not trace.
  [[noreturn]] void missing_bytecode_handler(const py::Instruction& inst);
  // An opcode PyTorch traces and the playground does not yet: "Not supported by the playground yet".
  [[noreturn]] void playground_unsupported_opcode(const py::Instruction& inst);

  // One method per opcode, named as in PyTorch's InstructionTranslatorBase (symbolic_convert.cpp
  // lists which opcodes share one: the jumps, the unary operators, DICT_UPDATE).
  void NOP(const py::Instruction& inst);
  void RESUME(const py::Instruction& inst);
  void PRECALL(const py::Instruction& inst);
  void COPY_FREE_VARS(const py::Instruction& inst);
  void POP_TOP(const py::Instruction& inst);
  void PUSH_NULL(const py::Instruction& inst);
  void COPY(const py::Instruction& inst);
  void SWAP(const py::Instruction& inst);
  void LOAD_CONST(const py::Instruction& inst);
  void LOAD_FAST(const py::Instruction& inst);
  void STORE_FAST(const py::Instruction& inst);
  void DELETE_FAST(const py::Instruction& inst);
  SourcePtr other_module_global_source(const std::string& name);
  void LOAD_GLOBAL(const py::Instruction& inst);
  void LOAD_ATTR(const py::Instruction& inst);
  void LOAD_METHOD(const py::Instruction& inst);
  void STORE_ATTR(const py::Instruction& inst);
  void KW_NAMES(const py::Instruction& inst);
  void CALL(const py::Instruction& inst);
  void CALL_FUNCTION_EX(const py::Instruction& inst);
  void BINARY_OP(const py::Instruction& inst);
  void COMPARE_OP(const py::Instruction& inst);
  void IS_OP(const py::Instruction& inst);
  void CONTAINS_OP(const py::Instruction& inst);
  void stack_op(const py::Instruction& inst);  // UNARY_NEGATIVE, UNARY_POSITIVE, UNARY_INVERT, UNARY_NOT
  void BINARY_SUBSCR(const py::Instruction& inst);
  void STORE_SUBSCR(const py::Instruction& inst);
  void BUILD_TUPLE(const py::Instruction& inst);
  void BUILD_LIST(const py::Instruction& inst);
  void LIST_TO_TUPLE(const py::Instruction& inst);
  void LIST_APPEND(const py::Instruction& inst);
  void LIST_EXTEND(const py::Instruction& inst);
  void BUILD_SET(const py::Instruction& inst);
  void SET_ADD(const py::Instruction& inst);
  void SET_UPDATE(const py::Instruction& inst);
  void BUILD_MAP(const py::Instruction& inst);
  void BUILD_CONST_KEY_MAP(const py::Instruction& inst);
  void DICT_MERGE(const py::Instruction& inst);  // and DICT_UPDATE
  void BUILD_SLICE(const py::Instruction& inst);
  void FORMAT_VALUE(const py::Instruction& inst);
  void BUILD_STRING(const py::Instruction& inst);
  void UNPACK_SEQUENCE(const py::Instruction& inst);
  void RETURN_VALUE(const py::Instruction& inst);
  void jump(const py::Instruction& inst);          // JUMP_FORWARD, JUMP_BACKWARD, JUMP_BACKWARD_NO_INTERRUPT
  void generic_jump(const py::Instruction& inst);  // POP_JUMP_*_IF_*, JUMP_IF_*_OR_POP
  void GET_ITER(const py::Instruction& inst);
  void FOR_ITER(const py::Instruction& inst);
  void MAKE_FUNCTION(const py::Instruction& inst);
  void MAKE_CELL(const py::Instruction& inst);
  void LOAD_CLOSURE(const py::Instruction& inst);
  void LOAD_DEREF(const py::Instruction& inst);
  void STORE_DEREF(const py::Instruction& inst);
  void RAISE_VARARGS(const py::Instruction& inst);
  void PUSH_EXC_INFO(const py::Instruction& inst);
  void POP_EXCEPT(const py::Instruction& inst);
  void CHECK_EXC_MATCH(const py::Instruction& inst);
  void RERAISE(const py::Instruction& inst);
  void LOAD_ASSERTION_ERROR(const py::Instruction& inst);
  // Finds the handler of an exception raised at the current instruction (or passes it on).
  void exception_handler(const ObservedException& e);
  VariableTracker* folded_exception_variable(const Unsupported& u);
  std::vector<VariableTracker*> exn_vt_stack;  // the exceptions being handled (sys.exc_info())
  // The exception table entry covering an instruction (Instruction.exn_tab_entry), or nullptr.
  const py::ExceptionTableEntry* exn_tab_entry(const py::Instruction& inst) const;
  // The with blocks entered and not yet left (pushed by BEFORE_WITH, popped by update_block_stack,
  // which step() runs before each instruction). Only with blocks not inside a try block are kept.
  std::vector<BlockStackEntry> block_stack;
  void update_block_stack(const py::Instruction& inst);
  void BEFORE_WITH(const py::Instruction& inst);
  void WITH_EXCEPT_START(const py::Instruction& inst);
  void RETURN_GENERATOR(const py::Instruction& inst);
  void MAP_ADD(const py::Instruction& inst);
  void IMPORT_NAME(const py::Instruction& inst);
  void IMPORT_FROM(const py::Instruction& inst);
  void UNPACK_EX(const py::Instruction& inst);
  void DELETE_SUBSCR(const py::Instruction& inst);
  void YIELD_VALUE(const py::Instruction& inst);
  void GET_YIELD_FROM_ITER(const py::Instruction& inst);
  void SEND(const py::Instruction& inst);

  // InliningInstructionTranslator.inline_call_: traces a call of a Python function into this graph.
  VariableTracker* inline_call_(rt::Function* fn, std::shared_ptr<const py::CodeObject> code, rt::Dict* globals,
                                VTArgs& args, VTKwargs& kwargs, std::vector<VariableTracker*> closure,
                                rt::Value fn_value, SourcePtr fn_source = nullptr);
  std::string frame_name() const { return code->co_name; }

  // Wraps a runtime value under a source: VariableBuilder(*this, src)(v) (variables/builder.h).
  VariableTracker* wrap(rt::Value v, SourcePtr src);
  // Like wrap, but objects stay lazy until first used (placeholder order = first use).
  VariableTracker* wrap_lazy(rt::Value v, SourcePtr src);
  // A value produced inside the trace with no source: SourcelessBuilder::create(*this, v).
  VariableTracker* wrap_sourceless(rt::Value v);
  // The example result of a new node becomes a tracker (wrap_fx_proxy).
  VariableTracker* wrap_fx_proxy(fx::Node* node, rt::Value example);
  // Dynamic shapes (builder.py _automatic_dynamic / wrap_symint): each dim's policy for a tensor
  // input, and whether an int input is traced as a SymInt. Both merge the value into the code
  // object's frame state (automatic dynamic).
  std::vector<fx::DimDynamic> dim_dynamism(rt::Value tensor, SourcePtr src,
                                           std::vector<std::string>* reasons = nullptr);
  bool int_is_dynamic(rt::Value v, SourcePtr src);
  // A SymInt tracker for an expression: the placeholder of a bound symbol, a constant for an
  // integer, else a `size` / arithmetic node made by the caller (`node`).
  VariableTracker* sym_node(const sym::Expr& e, rt::Value hint, fx::Node* node = nullptr);
  VariableTracker* sym_binary_op(int nb_op, VariableTracker* a, VariableTracker* b);

  // Graph operations used by the variables.
  VariableTracker* call_tensor_method(VariableTracker* self, const std::string& name, VTArgs& args, VTKwargs& kwargs);
  VariableTracker* binary_op(int nb_op, VariableTracker* a, VariableTracker* b);
  VariableTracker* compare_op(int op, VariableTracker* a, VariableTracker* b);
  std::vector<PArg> proxies(VTArgs& args);
  // VariableTracker.unpack_var_sequence: the items a `for` loop, enumerate, zip, reversed, list(),
  // ... see (lists, tuples, dict keys, ranges, iterators, constants, a tensor's rows, and objects
  // whose class defines __iter__ in Python, e.g. nn.ModuleList / Sequential / ModuleDict, whose
  // __iter__ is inlined as PyTorch inlines it). False when `v` cannot be unpacked.
  bool unpack_var_sequence(VariableTracker* v, std::vector<VariableTracker*>& out);
  // Calls the Python method `name` of a user-defined object's class (`__len__`, `__contains__`,
  // ...) when the class defines it in Python; nullptr otherwise.
  VariableTracker* call_user_dunder(VariableTracker* obj, const std::string& name, VTArgs args);

  // TRACE / timeline helpers
  std::string stack_repr();
  VariableTracker* return_value = nullptr;
  bool returned = false;
  // State before the current top-level instruction (where a graph break resumes from).
  std::vector<VariableTracker*> stack_before;
  std::vector<VariableTracker*> locals_before;
  uint64_t node_id_before = 0;  // fx::Graph::next_node_id() before it: later nodes are its own
  // What the instruction may change in place: the frame's cells' contents and the attributes
  // written in the trace (PyTorch restarts the analysis instead; the graph break restores these).
  std::vector<std::pair<CellVariable*, VariableTracker*>> cells_before;
  size_t attr_undo_before = 0;                      // output.attr_undo_log's size
  std::vector<BlockStackEntry> block_stack_before;  // block_stack as the instruction found it
  bool grad_before = true;                          // the grad mode being traced before it
  bool grad_at_return = true;                       // the grad mode when the frame returned
  // Records the fields above (but the cells' contents: cells_before is left empty) as they are now.
  void save_state_before();

  // Speculation (symbolic_convert.py speculate, SpeculationLog, step_graph_break): the root
  // translator passes a checkpoint at every instruction it reaches with an empty stack where a
  // partial graph could be compiled (should_compile_partial_graph) and the graph has calls
  // (is_non_empty_graph: more than one call). A graph break at an instruction without break_graph_if_unsupported
  // cannot resume after it: the analysis restarts (fail_and_restart_analysis, convert_frame.cpp)
  // and the new trace stops at the last checkpoint (`failed_speculation`), where the partial graph
  // is compiled and the rest of the frame runs eagerly. Checkpoints are counted in trace order, so
  // the replay finds the same one (the SpeculationLog's index).
  // The replay of a graph break inside an inlined call (convert_frame.cpp compile_frame): the
  // first trace let the inlined code mutate lists, dicts, sets, objects and cells before it broke,
  // which the break must not keep (the call runs again eagerly after the graph). As PyTorch's
  // break_graph_if_unsupported does (speculation.fail_and_restart_analysis), the frame is traced
  // again, and this trace stops at the same top-level instruction (counted in trace order) with
  // the same graph break, before running it.
  int64_t root_step = 0;              // top-level instructions started so far
  int64_t replay_break_at = -1;       // the root_step to stop at, or -1
  std::optional<Unsupported> replay_break;  // the graph break to raise there
  int speculation_count = 0;     // checkpoints passed so far
  int current_speculation = -1;  // the last one (-1: none yet)
  size_t speculation_index = 0;  // the instruction (index) of the last one
  int failed_speculation = -1;   // the checkpoint this (restarted) trace stops at
  bool stepped_graph_break = false;  // step_graph_break: stopped at failed_speculation, before `current`
  bool should_compile_partial_graph() const;
  bool is_non_empty_graph() const;
  void step_graph_break(const py::Instruction& continue_inst);
};

// The opcodes PyTorch 2.9 decorates with break_graph_if_unsupported (for Python 3.11: CALL,
// CALL_FUNCTION_EX, STORE_ATTR, STORE_SUBSCR, BINARY_SUBSCR): a graph break there resumes after the
// instruction. A graph break at any other instruction (but a data-dependent jump, generic_jump's
// jump_graph_break) cannot.
bool has_break_graph_if_unsupported(py::Op op);

// The translator of a frame Dynamo intercepted (symbolic_convert.py InstructionTranslator): its
// locals start as lazy trackers of the frame's values.
struct InstructionTranslator : InstructionTranslatorBase {
  InstructionTranslator(rt::Interp& interp, DynamoState& state, OutputGraph& out, rt::Function* fn, rt::Frame& frame);
};

// The translator of a function inlined into its caller's graph (InliningInstructionTranslator);
// made by InstructionTranslatorBase::inline_call_.
struct InliningInstructionTranslator : InstructionTranslatorBase {
  using InstructionTranslatorBase::InstructionTranslatorBase;
};

}  // namespace dp::dynamo
