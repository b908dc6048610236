// The program editor: CodeMirror 6 with Python highlighting. The extensions are picked one by one
// (not basicSetup) to keep the page small: no autocompletion, search panel, lint or folding yet.
import { minimalSetup } from 'codemirror';
import { indentWithTab } from '@codemirror/commands';
import { bracketMatching, indentOnInput } from '@codemirror/language';
import { EditorView, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers } from '@codemirror/view';
import { python } from '@codemirror/lang-python';

export function createEditor(parent, doc) {
  const view = new EditorView({
    doc,
    parent,
    extensions: [
      lineNumbers(),
      highlightActiveLineGutter(),
      highlightActiveLine(),
      minimalSetup,  // history, selection drawing, default highlighting and keymap
      indentOnInput(),
      bracketMatching(),
      keymap.of([indentWithTab]),
      python(),
      EditorView.lineWrapping,
    ],
  });
  return {
    view,
    getText: () => view.state.doc.toString(),
    focus: () => view.focus(),
  };
}
