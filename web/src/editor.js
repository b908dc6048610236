// The program editor: CodeMirror 6 with Python highlighting. The extensions are picked one by one
// (not basicSetup) to keep the page small. On top of the editor: the stepper's highlight of the
// current instruction's source span, line classes and gutter markers for graph breaks and hard
// errors, and the hover link (a line hovered here, or lines lit up from the other panes).
import { minimalSetup } from 'codemirror';
import { indentWithTab } from '@codemirror/commands';
import { bracketMatching, HighlightStyle, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { RangeSet, StateEffect, StateField } from '@codemirror/state';
import {
  Decoration, EditorView, gutter, GutterMarker, highlightActiveLineGutter, keymap, lineNumbers,
} from '@codemirror/view';
import { python } from '@codemirror/lang-python';
import { tags } from '@lezer/highlight';

// Colors come from CSS custom properties (style.css), so the light and dark themes are pure CSS.
const highlight = HighlightStyle.define([
  { tag: [tags.keyword, tags.controlKeyword, tags.definitionKeyword, tags.moduleKeyword, tags.operatorKeyword], color: 'var(--syn-keyword)' },
  { tag: [tags.string, tags.special(tags.string)], color: 'var(--syn-string)' },
  { tag: [tags.number, tags.bool, tags.null], color: 'var(--syn-number)' },
  { tag: tags.comment, color: 'var(--syn-comment)', fontStyle: 'italic' },
  { tag: [tags.function(tags.definition(tags.variableName)), tags.definition(tags.className)], color: 'var(--syn-def)' },
  { tag: [tags.function(tags.variableName), tags.function(tags.propertyName)], color: 'var(--syn-call)' },
  { tag: tags.self, color: 'var(--syn-keyword)' },
]);

const theme = EditorView.theme({
  '&': { color: 'var(--fg)', backgroundColor: 'var(--bg)', height: '100%' },
  '.cm-content': { caretColor: 'var(--fg)' },
  '.cm-gutters': { backgroundColor: 'var(--pane)', color: 'var(--muted)', borderRight: '1px solid var(--border)' },
  '&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection': { backgroundColor: 'var(--selection)' },
  '.cm-activeLineGutter': { backgroundColor: 'var(--hover)' },
});

// ---- decorations driven from outside: {step: {from, to, line} | null, linked: [lines], marks: [{line, kind, title}]}
const setStep = StateEffect.define();
const setLinked = StateEffect.define();
const setMarks = StateEffect.define();

const stepMark = Decoration.mark({ class: 'cm-dp-step' });
const stepLine = Decoration.line({ class: 'cm-dp-step-line' });
const linkedLine = Decoration.line({ class: 'cm-dp-linked' });
const markLine = { graph_break: Decoration.line({ class: 'cm-dp-break-line' }), error: Decoration.line({ class: 'cm-dp-error-line' }) };
// The columns an issue points at (a SyntaxError's offset, a hard error's span), underlined.
const markSpan = { graph_break: Decoration.mark({ class: 'cm-dp-break-span' }), error: Decoration.mark({ class: 'cm-dp-error-span' }) };

class IssueMarker extends GutterMarker {
  constructor(kind, title) { super(); this.kind = kind; this.title = title; }
  eq(other) { return other.kind === this.kind && other.title === this.title; }
  toDOM() {
    const span = document.createElement('span');
    span.className = `cm-dp-marker cm-dp-marker-${this.kind}`;
    span.textContent = this.kind === 'error' ? '✖' : '◆';
    span.title = this.title;  // a property: never parsed as markup
    return span;
  }
}

function lineRange(state, line) {
  return line >= 1 && line <= state.doc.lines ? state.doc.line(line) : null;
}

const decorations = StateField.define({
  create: () => ({ step: null, linked: [], marks: [], deco: Decoration.none, gutter: RangeSet.empty }),
  update(value, tr) {
    let { step, linked, marks } = value;
    let changed = false;
    for (const e of tr.effects) {
      if (e.is(setStep)) { step = e.value; changed = true; }
      if (e.is(setLinked)) { linked = e.value; changed = true; }
      if (e.is(setMarks)) { marks = e.value; changed = true; }
    }
    if (tr.docChanged) {
      // The trace describes the old text: drop what points into it until the next result.
      return { step: null, linked: [], marks: [], deco: Decoration.none, gutter: RangeSet.empty };
    }
    if (!changed) return value;
    const { state } = tr;
    const ranges = [];
    const addLine = (line, deco) => {
      const l = lineRange(state, line);
      if (l) ranges.push(deco.range(l.from));
    };
    for (const m of marks) {
      addLine(m.line, markLine[m.kind] ?? markLine.graph_break);
      const l = lineRange(state, m.line);
      if (!l || !(m.col >= 0) || !l.length) continue;
      // At the end of the line (e.g. "return x +", where more was expected): its last character.
      const from = l.from + Math.min(byteColToIndex(l.text, m.col), l.length - 1);
      const end = m.end_col > m.col ? l.from + byteColToIndex(l.text, m.end_col) : from + 1;
      ranges.push((markSpan[m.kind] ?? markSpan.graph_break).range(from, Math.max(from + 1, Math.min(end, l.to))));
    }
    for (const line of linked) addLine(line, linkedLine);
    if (step) {
      const l = lineRange(state, step.line);
      if (l) {
        ranges.push(stepLine.range(l.from));
        const from = Math.max(0, Math.min(step.from, state.doc.length));
        const to = Math.max(from, Math.min(step.to, state.doc.length));
        if (to > from) ranges.push(stepMark.range(from, to));
      }
    }
    const gutterRanges = [];
    const seen = new Set();
    for (const m of marks) {
      const l = lineRange(state, m.line);
      if (!l || seen.has(m.line)) continue;
      seen.add(m.line);
      gutterRanges.push(new IssueMarker(m.kind, m.title).range(l.from));
    }
    return {
      step, linked, marks,
      deco: Decoration.set(ranges, true),
      gutter: RangeSet.of(gutterRanges, true),
    };
  },
  provide: (f) => EditorView.decorations.from(f, (v) => v.deco),
});

const issueGutter = gutter({
  class: 'cm-dp-issues',
  markers: (view) => view.state.field(decorations).gutter,
  initialSpacer: () => new IssueMarker('spacer', ''),
});

// UTF-8 byte column (what the core reports, as CPython does) -> UTF-16 offset within the line.
function byteColToIndex(text, byteCol) {
  if (byteCol <= 0) return 0;
  let bytes = 0;
  let i = 0;
  for (const ch of text) {
    if (bytes >= byteCol) break;
    const cp = ch.codePointAt(0);
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    i += ch.length;
  }
  return i;
}

export function createEditor(parent, doc, { onChange, onHoverLine, label = 'Program' } = {}) {
  let hovered = 0;
  const view = new EditorView({
    doc,
    parent,
    extensions: [
      lineNumbers(),
      issueGutter,
      highlightActiveLineGutter(),
      minimalSetup,  // history, selection drawing, default highlighting and keymap
      syntaxHighlighting(highlight),
      indentOnInput(),
      bracketMatching(),
      keymap.of([indentWithTab]),
      python(),
      EditorView.lineWrapping,
      theme,
      decorations,
      EditorView.contentAttributes.of({ 'aria-label': label }),
      EditorView.updateListener.of((update) => {
        if (update.docChanged) onChange?.(update.state.doc.toString());
      }),
      EditorView.domEventHandlers({
        mousemove(event, v) {
          const pos = v.posAtCoords({ x: event.clientX, y: event.clientY });
          const line = pos === null ? 0 : v.state.doc.lineAt(pos).number;
          if (line !== hovered) { hovered = line; onHoverLine?.(line); }
        },
        mouseleave() {
          if (hovered) { hovered = 0; onHoverLine?.(0); }
        },
      }),
    ],
  });

  return {
    view,
    getText: () => view.state.doc.toString(),
    setText(text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    focus: () => view.focus(),
    // Highlights the span (1-based lines, UTF-8 byte columns as in the core's records).
    showStep(span) {
      if (!span || !(span.line >= 1) || span.line > view.state.doc.lines) {
        view.dispatch({ effects: setStep.of(null) });
        return;
      }
      const start = view.state.doc.line(span.line);
      const endLineNo = span.end_line >= span.line && span.end_line <= view.state.doc.lines ? span.end_line : span.line;
      const end = view.state.doc.line(endLineNo);
      const from = start.from + (span.col >= 0 ? byteColToIndex(start.text, span.col) : 0);
      const to = span.end_col >= 0 ? end.from + byteColToIndex(end.text, span.end_col) : end.to;
      view.dispatch({ effects: [setStep.of({ line: span.line, from, to })] });
      // Keep the line in view without stealing focus or scrolling the page.
      const block = view.lineBlockAt(start.from);
      const scroller = view.scrollDOM;
      if (block.top < scroller.scrollTop || block.bottom > scroller.scrollTop + scroller.clientHeight) {
        view.dispatch({ effects: EditorView.scrollIntoView(start.from, { y: 'center' }) });
      }
    },
    setLinkedLines(lines) { view.dispatch({ effects: setLinked.of(lines) }); },
    setMarks(marks) { view.dispatch({ effects: setMarks.of(marks) }); },
  };
}
