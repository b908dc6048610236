// The time-travel stepper over the core's trace `timeline`: one record per symbolically executed
// instruction (stack and locals before it; nodes, graph and guards it added; its event). Renders the
// bytecode listing (dis layout, from `frames`), the stack and locals, the FX graph as it stands after
// the step, the guards installed so far in the frame, and the narration sentence.
import { narrate } from './narrate.js';
import { element, graphCodeBlock } from './panes.js';

// One row of a dis-style listing (the column order of CPython 3.11 Lib/dis.py: line, current-
// instruction marker, jump-target marker, offset, opname, arg, (argrepr)). Column widths fit the
// listing at hand rather than dis's fixed ones, to leave room in a narrow pane.
function listingWidths(instructions) {
  let line = 1;
  let offset = 1;
  let opname = 1;
  for (const inst of instructions) {
    if (inst.starts_line >= 0) line = Math.max(line, String(inst.starts_line).length);
    offset = Math.max(offset, String(inst.offset).length);
    opname = Math.max(opname, inst.opname.length);
  }
  return { line, offset, opname };
}

function disRow(inst, current, w) {
  const lineField = inst.starts_line >= 0 ? String(inst.starts_line).padStart(w.line) : ' '.repeat(w.line);
  const marker = current ? '-->' : '   ';
  const jump = inst.jump_target ? '>>' : '  ';
  let text = `${lineField} ${marker} ${jump} ${String(inst.offset).padStart(w.offset)} ${inst.opname.padEnd(w.opname)}`;
  if (inst.arg !== null && inst.arg !== undefined && inst.arg >= 0) {
    text += ` ${String(inst.arg).padStart(3)}`;
    if (inst.argrepr) text += ` (${inst.argrepr})`;
  }
  return text.trimEnd();
}

export class Stepper {
  constructor({ els, editor, onStep }) {
    this.els = els;  // {range, label, narration, bytecode, bytecodeFrame, state, graph, guards, buttons..., speed}
    this.editor = editor;
    this.onStep = onStep;
    this.result = null;
    this.timeline = [];
    this.index = 0;
    // A new result opens at its last step, where the graph is finished (a newcomer sees what
    // Dynamo produced first, then steps back), and stays there while it is followed: a re-trace
    // after an edit keeps the last step if it was showing, or the step the reader moved to.
    this.follow = true;
    this.timer = null;
    this.listingKey = null;
  }

  // A new result: precompute per step the frame start and the last step carrying a graph snapshot.
  // `step` (a deep link's) overrides where it opens.
  load(result, mainFile = 'main.py', step = null) {
    this.pause();
    this.result = result;
    this.mainFile = mainFile;
    this.timeline = Array.isArray(result?.timeline) ? result.timeline : [];
    this.frames = Array.isArray(result?.frames) ? result.frames : [];
    this.codes = Array.isArray(result?.codes) ? result.codes : [];
    const placeholders = new Map();
    for (const g of result?.graphs ?? []) {
      placeholders.set(g.compile_id, new Set((g.nodes ?? []).filter((n) => n.op === 'placeholder').map((n) => n.name)));
    }
    this.placeholders = placeholders;
    this.frameStart = new Int32Array(this.timeline.length);
    this.lastGraph = new Int32Array(this.timeline.length);
    let start = 0;
    let graph = -1;
    this.timeline.forEach((rec, i) => {
      if (i === 0 || rec.frame !== this.timeline[i - 1].frame) { start = i; graph = -1; }
      if (typeof rec.graph === 'string') graph = i;
      this.frameStart[i] = start;
      this.lastGraph[i] = graph;
    });
    this.listingKey = null;
    const n = this.timeline.length;
    const { range } = this.els;
    range.max = String(Math.max(0, n - 1));
    range.disabled = n === 0;
    for (const b of this.els.buttons) b.disabled = n === 0;
    if (!n) {
      this.index = 0;
      this.renderEmpty();
      return;
    }
    this.go(Math.min(step ?? (this.follow ? n - 1 : this.index), n - 1), { quiet: true });
  }

  get length() { return this.timeline.length; }

  renderEmpty() {
    const { label, narration, bytecode, bytecodeFrame, state, graph, guards } = this.els;
    const exc = this.result?.exception;
    const stoppedBy = exc ? ` (${exc.type}${exc.lineno ? ` at line ${exc.lineno}` : ''}: ${String(exc.message ?? '').split('\n')[0]})` : '';
    const why = this.result ? (exc && !this.result.graphs?.length
      ? `Nothing was traced: the program stopped before torch.compile ran a function${stoppedBy}.`
      : 'Nothing was traced: no function ran under torch.compile.') : 'Run a program to trace it.';
    label.textContent = 'no trace';
    narration.textContent = why;
    bytecode.replaceChildren();
    bytecodeFrame.textContent = '';
    state.replaceChildren();
    graph.replaceChildren();
    guards.replaceChildren();
    this.editor.showStep(null);
    this.onStep?.(null);
  }

  // The code object a record runs in: its frame, or (inlined) a code object of the user's program.
  codeOf(rec) {
    const frame = this.frames[rec.frame];
    if (!rec.depth && frame) return { key: `f${rec.frame}`, title: `[${frame.compile_id}] ${frame.name}`, instructions: frame.instructions, filename: frame.filename };
    const code = this.codes.find((c) => c.name === rec.code && rec.line >= c.firstlineno && rec.line <= (c.lastlineno ?? Infinity));
    if (code) return { key: `c${code.name}:${code.firstlineno}`, title: `${code.qualname ?? code.name} (inlined, depth ${rec.depth})`, instructions: code.instructions, filename: code.filename ?? this.mainFile };
    return { key: `lib:${rec.code}`, title: `${rec.code} (inlined from a library, depth ${rec.depth})`, instructions: null, filename: null };
  }

  go(i, { quiet = false } = {}) {
    const n = this.timeline.length;
    if (!n) return;
    this.index = Math.max(0, Math.min(n - 1, i));
    this.follow = this.index === n - 1;
    const rec = this.timeline[this.index];
    const frame = this.frames[rec.frame];
    const code = this.codeOf(rec);
    this.els.range.value = String(this.index);
    this.els.range.setAttribute('aria-valuetext', `step ${this.index + 1} of ${n}, line ${rec.line}, ${rec.opname}`);
    this.els.label.textContent = `step ${this.index + 1} / ${n}${this.result?.timeline_truncated ? ' (the rest was not recorded)' : ''}` +
      `${frame ? ` · [${frame.compile_id}] ${rec.code}` : ''} · line ${rec.line}`;
    document.body.dataset.step = String(this.index);

    // Source span (only when the instruction is in the user's program).
    const inProgram = code.filename === this.mainFile || (!code.filename && !rec.depth);
    this.editor.showStep(inProgram ? rec : null);

    this.renderListing(code, rec);
    this.renderState(rec);
    this.renderGraph(rec, frame);
    this.renderGuards(rec);
    const inst = code.instructions?.find((x) => x.offset === rec.offset);
    const sentence = narrate(rec, { frame, inst, placeholders: this.placeholders.get(frame?.compile_id) });
    this.els.narration.textContent = `Step ${this.index + 1}: ${sentence}`;
    this.els.narration.dataset.event = rec.event?.kind ?? '';
    if (!quiet) this.onStep?.(this.index);
  }

  renderListing(code, rec) {
    const { bytecode, bytecodeFrame } = this.els;
    if (this.listingKey !== code.key) {
      this.listingKey = code.key;
      bytecodeFrame.textContent = code.title;
      if (!code.instructions) {
        bytecode.replaceChildren(element('span', 'muted', 'The bytecode of library code is not listed.'));
      } else {
        const rows = [];
        this.widths = listingWidths(code.instructions);
        code.instructions.forEach((inst, k) => {
          if (inst.starts_line >= 0 && k > 0) rows.push(element('span', 'blank', '\n'));
          const row = element('span', 'row', `${disRow(inst, false, this.widths)}\n`);
          row.dataset.offset = String(inst.offset);
          if (inst.line > 0 && code.filename === this.mainFile) row.dataset.line = String(inst.line);
          rows.push(row);
        });
        bytecode.replaceChildren(...rows);
      }
      this.currentRow = null;
    }
    if (this.currentRow) {
      this.currentRow.classList.remove('current');
      this.currentRow.textContent = this.currentRow.dataset.plain;
      this.currentRow.removeAttribute('aria-current');
    }
    const row = bytecode.querySelector(`.row[data-offset="${rec.offset}"]`);
    if (row) {
      const inst = code.instructions.find((x) => x.offset === rec.offset);
      row.dataset.plain = row.textContent;
      row.textContent = `${disRow(inst, true, this.widths)}\n`;
      row.classList.add('current');
      row.setAttribute('aria-current', 'step');
      this.currentRow = row;
      const box = bytecode.parentElement;
      const top = row.offsetTop - bytecode.offsetTop;
      if (top < box.scrollTop + 24 || top > box.scrollTop + box.clientHeight - 24) box.scrollTop = Math.max(0, top - box.clientHeight / 2);
    } else {
      this.currentRow = null;
    }
  }

  renderState(rec) {
    const stack = rec.stack ?? [];
    const stackList = element('ol', 'stack');
    stackList.setAttribute('aria-label', 'Symbolic stack, bottom to top');
    stack.forEach((repr, k) => {
      const li = element('li', k === stack.length - 1 ? 'top' : null, repr);
      stackList.append(li);
    });
    const localsList = element('dl', 'locals');
    for (const [name, repr] of Object.entries(rec.locals ?? {})) localsList.append(element('dt', null, name), element('dd', null, repr));
    this.els.state.replaceChildren(
      element('h3', null, `Stack (${stack.length}${stack.length ? ', top last' : ''})`),
      stack.length ? stackList : element('p', 'muted', '(empty)'),
      element('h3', null, 'Locals'),
      Object.keys(rec.locals ?? {}).length ? localsList : element('p', 'muted', '(none)'));
  }

  renderGraph(rec, frame) {
    const g = this.lastGraph[this.index];
    const graphs = this.result?.graphs ?? [];
    const finalGraph = graphs.find((x) => x.compile_id === frame?.compile_id);
    if (g < 0) {
      this.els.graph.replaceChildren(element('span', 'muted', 'The graph is still empty: no node has been added in this frame yet.'));
      return;
    }
    const snapshot = this.timeline[g];
    const block = graphCodeBlock(snapshot.graph, finalGraph?.nodes, g === this.index ? rec.nodes ?? [] : []);
    this.els.graph.replaceChildren(...block.childNodes);
  }

  renderGuards(rec) {
    const items = [];
    for (let k = this.frameStart[this.index]; k <= this.index; k++) {
      for (const text of this.timeline[k].guards ?? []) {
        const li = element('li', k === this.index ? 'guard newest' : 'guard', text);
        if (this.timeline[k].line > 0) li.dataset.line = String(this.timeline[k].line);
        items.push(li);
      }
    }
    this.els.guards.replaceChildren(...(items.length ? items : [element('li', 'muted', '(none yet)')]));
  }

  next() { this.go(this.index + 1); }
  prev() { this.go(this.index - 1); }
  first() { this.go(0); }
  last() { this.go(this.timeline.length - 1); }
  nextEvent() {
    for (let k = this.index + 1; k < this.timeline.length; k++) {
      if (this.timeline[k].event) return this.go(k);
    }
    return this.last();
  }

  get playing() { return this.timer !== null; }

  play() {
    if (!this.timeline.length) return;
    if (this.index >= this.timeline.length - 1) this.go(0);
    const rate = Number(this.els.speed.value) || 2;
    this.timer = setInterval(() => {
      if (this.index >= this.timeline.length - 1) this.pause();
      else this.next();
    }, 1000 / rate);
    this.updatePlayButton();
  }

  pause() {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
    this.updatePlayButton();
  }

  toggle() { if (this.playing) this.pause(); else this.play(); }

  updatePlayButton() {
    const b = this.els.play;
    if (!b) return;
    b.textContent = this.playing ? 'Pause' : 'Play';
    b.setAttribute('aria-label', this.playing ? 'Pause' : 'Play');
    b.setAttribute('aria-pressed', String(this.playing));
  }
}

// For the hover link and the Guards pane: where (source lines) each guard was installed.
export function guardLinesByCompileId(result) {
  const frames = result?.frames ?? [];
  const map = new Map();
  for (const rec of result?.timeline ?? []) {
    if (!rec.guards?.length) continue;
    const cid = frames[rec.frame]?.compile_id;
    if (!cid) continue;
    if (!map.has(cid)) map.set(cid, new Map());
    const m = map.get(cid);
    for (const g of rec.guards) {
      if (!m.has(g)) m.set(g, []);
      if (rec.line > 0 && !m.get(g).includes(rec.line)) m.get(g).push(rec.line);
    }
  }
  return map;
}
