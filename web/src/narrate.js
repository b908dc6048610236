// Plain-English narration of one step of Dynamo's trace (a record of the core's `timeline`), for the
// stepper's live region. Built only from the record's fields (opname, argrepr, the trackers of
// stack_info and locals_info, nodes, guards_info, event) and the frame it belongs to; it explains,
// it never decides anything about tracing, and it never parses a repr.

// A tracker of stack_info / locals_info ({kind, lazy?, source?, value?}) -> what kind of value it is:
// "TensorVariable" (a realized lazy is its realized tracker), or an unrealized lazy's Python type.
export function trackerKind(tracker) {
  if (!tracker?.kind) return 'value';
  if (tracker.kind === 'LazyVariableTracker') return `LazyVariableTracker (a ${tracker.value ?? 'value'} not yet inspected)`;
  return tracker.kind;
}

const article = (word) => (/^[AEIOU]/i.test(word) ? 'an' : 'a');
const withArticle = (kind) => `${article(kind)} ${kind}`;

const CALLABLE_KINDS = new Set(['TorchInGraphFunctionVariable', 'BuiltinVariable', 'UserFunctionVariable',
  'NestedUserFunctionVariable', 'UserMethodVariable']);

// A short human name for a callable's tracker: "torch.sin", "f", ".append", "method push", ...
export function callableName(tracker) {
  if (!tracker?.kind) return 'a value';
  const { kind, value, source } = tracker;
  if (kind === 'GetAttrVariable' && value) return `.${value}`;
  if (kind === 'CallTorchbindHigherOrderVariable' && value) return `method ${value}`;
  if (kind === 'LazyVariableTracker') return source ?? `a ${value ?? 'value'}`;
  if (value && CALLABLE_KINDS.has(kind)) return value;
  return kind;
}

const list = (items) => (items.length <= 1 ? items.join('') :
  `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);

const COMPARE = { '<': 'less than', '<=': 'at most', '==': 'equal to', '!=': 'not equal to', '>': 'greater than', '>=': 'at least' };

// The effect on the symbolic stack of the common instructions, as a phrase.
function describeInstruction(rec) {
  const { opname, argrepr = '' } = rec;
  const stack = rec.stack_info ?? [];
  const top = stack[stack.length - 1];
  const locals = rec.locals_info ?? {};
  const n = Number(/^\d+/.exec(argrepr)?.[0] ?? rec.arg ?? 0);
  switch (opname) {
    case 'RESUME': return rec.depth > 0 ? `Dynamo starts inlining ${rec.code}: its body becomes part of the same graph` :
      `the start of ${rec.code}; Dynamo begins tracing it, with every argument wrapped lazily as a VariableTracker`;
    case 'NOP': return 'does nothing';
    case 'LOAD_FAST': case 'LOAD_DEREF': case 'LOAD_CLOSURE': {
      const kind = argrepr in locals ? trackerKind(locals[argrepr]) : 'value';
      return `pushes the local ${argrepr}, ${withArticle(kind)}, onto the stack`;
    }
    case 'STORE_FAST': case 'STORE_DEREF':
      return `pops the top of the stack (${withArticle(trackerKind(top))}) into the local ${argrepr}`;
    case 'DELETE_FAST': return `deletes the local ${argrepr}`;
    case 'LOAD_CONST': return `pushes the constant ${argrepr} (a ConstantVariable) onto the stack`;
    case 'LOAD_GLOBAL': {
      const name = argrepr.replace(/^NULL \+ /, '');
      return `${argrepr.startsWith('NULL + ') ? 'pushes NULL, then ' : ''}looks up the global ${name} and pushes it; Dynamo wraps it by what it is and guards on it when needed`;
    }
    case 'LOAD_NAME': return `looks up the name ${argrepr} and pushes it`;
    case 'STORE_GLOBAL': return `stores the top of the stack into the global ${argrepr} (a side effect Dynamo replays after the graph)`;
    case 'LOAD_ATTR': return `replaces ${withArticle(trackerKind(top))} on top of the stack with its attribute .${argrepr}`;
    case 'LOAD_METHOD': return `looks up the method .${argrepr} of ${withArticle(trackerKind(top))} and pushes it with its object`;
    case 'STORE_ATTR': return `sets the attribute .${argrepr}; Dynamo records the store as a side effect`;
    case 'BINARY_OP': {
      const a = stack[stack.length - 2];
      return `pops two values (${withArticle(trackerKind(a))} and ${withArticle(trackerKind(top))}) and pushes the result of ${argrepr}`;
    }
    case 'BINARY_SUBSCR': return `indexes ${withArticle(trackerKind(stack[stack.length - 2]))} with ${withArticle(trackerKind(top))}`;
    case 'STORE_SUBSCR': return 'stores into a container item';
    case 'COMPARE_OP': return `compares the two values on top of the stack: is the first ${COMPARE[argrepr] ?? argrepr} the second?`;
    case 'IS_OP': return `checks whether the two values on top of the stack are${argrepr === '1' ? ' not' : ''} the same object`;
    case 'CONTAINS_OP': return `checks whether a value is${argrepr === '1' ? ' not' : ''} in a container`;
    case 'UNARY_NEGATIVE': return `negates ${withArticle(trackerKind(top))}`;
    case 'UNARY_NOT': return 'negates a truth value';
    case 'PUSH_NULL': return 'pushes NULL (a marker for the call that follows)';
    case 'PRECALL': return 'prepares the call that follows (no change to the stack)';
    case 'KW_NAMES': return `names the keyword arguments of the next call: ${argrepr}`;
    case 'CALL': {
      const head = stack[stack.length - n - 2];
      const isNull = head?.kind === 'NullVariable';
      const callee = isNull || head === undefined ? stack[stack.length - n - 1] : head;
      return `calls ${callableName(callee)} with ${n} argument${n === 1 ? '' : 's'}`;
    }
    case 'CALL_FUNCTION_EX': return 'calls a function with *args/**kwargs';
    case 'BUILD_TUPLE': return `builds a tuple of ${argrepr || n} items (a TupleVariable)`;
    case 'BUILD_LIST': return `builds a list of ${argrepr || n} items (a ListVariable)`;
    case 'BUILD_MAP': return `builds a dict of ${argrepr || n} items`;
    case 'BUILD_CONST_KEY_MAP': return 'builds a dict from constant keys';
    case 'UNPACK_SEQUENCE': return `unpacks ${withArticle(trackerKind(top))} into ${argrepr || n} values`;
    case 'POP_TOP': return `discards the top of the stack (${withArticle(trackerKind(top))})`;
    case 'COPY': return `copies item ${argrepr || n} of the stack to the top`;
    case 'SWAP': return `swaps the top of the stack with item ${argrepr || n}`;
    case 'RETURN_VALUE': return `returns ${withArticle(trackerKind(top))}${rec.depth > 0 ? ` from the inlined ${rec.code}` : ''}`;
    case 'GET_ITER': return `gets an iterator over ${withArticle(trackerKind(top))}`;
    case 'FOR_ITER': return 'takes the next item of the iterator (or leaves the loop when it is exhausted)';
    case 'JUMP_FORWARD': case 'JUMP_BACKWARD': case 'JUMP_BACKWARD_NO_INTERRUPT': return `jumps (${argrepr})`;
    case 'MAKE_FUNCTION': return 'makes a function object (a NestedUserFunctionVariable)';
    case 'BEFORE_WITH': return 'enters a with block';
    case 'IMPORT_NAME': return `imports ${argrepr}`;
    case 'IMPORT_FROM': return `takes ${argrepr} from the imported module`;
    case 'FORMAT_VALUE': return 'formats a value for an f-string';
    case 'BUILD_STRING': return 'joins the parts of an f-string';
    case 'LIST_APPEND': return 'appends to the list being built';
    case 'RAISE_VARARGS': return 'raises an exception';
    default:
      if (/^POP_JUMP_(FORWARD|BACKWARD)_IF_(TRUE|FALSE|NONE|NOT_NONE)$/.test(opname)) {
        const cond = /IF_(\w+)$/.exec(opname)[1].toLowerCase().replace('_', ' ');
        return `pops ${withArticle(trackerKind(top))} and jumps to ${argrepr} if it is ${cond}; the condition must be known while tracing`;
      }
      return argrepr ? `runs ${opname} with ${argrepr}` : `runs ${opname}`;
  }
}

const firstLine = (text) => String(text ?? '').split('\n').find((l) => l.trim())?.trim() ?? '';

// One sentence (or two) for the step `rec`. ctx: {frame, inst (its row of the listing, for the
// argument), placeholders (Set of the graph's input names)}
export function narrate(rec, ctx = {}) {
  if (!rec) return '';
  const arg = rec.arg ?? ctx.inst?.arg;
  const head = `${rec.opname}${rec.argrepr ? ` ${rec.argrepr}` : arg >= 0 ? ` ${arg}` : ''}`;
  const parts = [`${head}: ${describeInstruction({ ...rec, arg })}`];
  const nodes = rec.nodes ?? [];
  if (nodes.length) {
    const placeholders = ctx.placeholders ?? new Set();
    const inputs = nodes.filter((n) => placeholders.has(n));
    const ops = nodes.filter((n) => !placeholders.has(n));
    const bits = [];
    if (inputs.length) bits.push(`graph input${inputs.length > 1 ? 's' : ''} ${list(inputs)}`);
    if (ops.length) bits.push(`node${ops.length > 1 ? 's' : ''} ${list(ops)}`);
    parts.push(`Dynamo adds ${list(bits)} to the graph`);
  }
  const guards = rec.guards_info ?? [];
  if (guards.length) {
    const described = guards.map(({ type, source }) => (source ? `${type} on ${source}` : type));
    parts.push(`installs ${guards.length === 1 ? 'a guard' : `${guards.length} guards`}: ${list(described)}`);
  }
  // Dynamic shapes: symbols the step created (and why), guards on symbolic sizes it recorded.
  const WHY = {
    automatic: 'its value changed since the last compile of this function, so Dynamo stops baking it in (automatic dynamic shapes)',
    'dynamic=True': 'torch.compile(dynamic=True) makes every size of 2 or more symbolic',
    mark_dynamic: 'the program marked it with torch._dynamo.mark_dynamic',
    maybe_mark_dynamic: 'the program marked it with torch._dynamo.maybe_mark_dynamic',
  };
  for (const s of rec.symbols ?? []) {
    parts.push(`${s.source} (${s.hint} now) becomes the symbol ${s.symbol}: ${WHY[s.reason] ?? 'it is dynamic'}; ` +
      `the graph reads it from an input instead of a constant`);
  }
  const shapeGuards = rec.shape_guards ?? [];
  if (shapeGuards.length) {
    parts.push(`the decision depends on a symbolic size, so Dynamo takes it with the sizes seen now and guards it: ` +
      `${list(shapeGuards)} (checked on every later call)`);
  }
  let sentence = `${parts.join('; ')}.`;
  const ev = rec.event;
  if (ev?.kind === 'graph_break' && ev.cannot_resume) {
    // PyTorch resumes only after the instructions with break_graph_if_unsupported (calls, attribute
    // and item stores, subscripts) and data-dependent jumps; elsewhere it restarts the trace.
    sentence += ` Graph break (${ev.gb_type || 'unsupported'}): Dynamo cannot trace this instruction and cannot resume ` +
      'after it, so it traces the function again from the start and stops at the last instruction it reached with an ' +
      'empty stack: the graph built up to there is compiled, and the rest of the function runs eagerly in Python, with no resume function.';
  } else if (ev?.kind === 'graph_break') {
    sentence += ` Graph break (${ev.gb_type || 'unsupported'}): Dynamo cannot trace this instruction, so it compiles the graph ` +
      'built so far, runs this instruction eagerly in Python, and resumes tracing in a new function after it.';
  } else if (ev?.kind === 'partial_graph') {
    sentence += ' The second trace stops here, at the last point with an empty stack before the graph break: Dynamo ' +
      `compiles the graph built so far (reason: ${ev.message || 'step_unsupported'}); from this instruction on, the function runs eagerly.`;
  } else if (ev?.kind === 'error') {
    sentence += ` Hard error (${ev.type}): ${ev.gb_type || firstLine(ev.message)}. Tracing stops and the error reaches the program; there is no fallback.`;
  } else if (ev?.kind === 'return') {
    sentence += ` Tracing of ${ctx.frame?.name ?? rec.code} ends here: Dynamo compiles the graph${ctx.frame?.compile_id ? ` [${ctx.frame.compile_id}]` : ''} and installs its guards.`;
  }
  return sentence;
}
