// The <py-repl> editor: CodeMirror 6 with Python highlighting. Bundled with
// web/plugins/repl-cells.js into pyscript-editor.js, which only pages that
// have a <py-repl> download (web/plugins/py-repl.js).
import { EditorView, minimalSetup } from 'codemirror';
import { keymap, lineNumbers, highlightActiveLine } from '@codemirror/view';
import { Prec } from '@codemirror/state';
import { bracketMatching, indentOnInput } from '@codemirror/language';
import { closeBrackets } from '@codemirror/autocomplete';
import { indentWithTab } from '@codemirror/commands';
import { python } from '@codemirror/lang-python';

// What a cell needs of an editor, less than CodeMirror's basicSetup (no
// search panel, folding or completion popups), which keeps the bundle small.
const cellSetup = [minimalSetup, lineNumbers(), highlightActiveLine(), bracketMatching(),
  closeBrackets(), indentOnInput(), keymap.of([indentWithTab])];

// An editor in [parent] holding [doc]. onRun() runs the cell (Shift+Enter,
// Ctrl+Enter); onHistory(-1 | 1) returns the text to show for Up at the
// first line / Down at the last line, or null to move the cursor as usual.
export function createEditor(parent, { doc = '', onRun, onHistory }) {
  let view = null;
  const run = () => { onRun(); return true; };
  const history = (direction) => () => {
    const { state } = view;
    const line = state.doc.lineAt(state.selection.main.head).number;
    const atEdge = direction < 0 ? line === 1 : line === state.doc.lines;
    if (!atEdge) return false;
    const text = onHistory(direction);
    if (text === null || text === undefined) return false;
    setValue(text);
    return true;
  };
  const keys = Prec.highest(keymap.of([
    { key: 'Shift-Enter', run },
    { key: 'Ctrl-Enter', run },
    { key: 'Mod-Enter', run },
    { key: 'ArrowUp', run: history(-1) },
    { key: 'ArrowDown', run: history(1) },
  ]));
  view = new EditorView({ doc, parent, extensions: [keys, cellSetup, python()] });
  function setValue(text) {
    view.dispatch({
      changes: { from: 0, to: view.state.doc.length, insert: text },
      selection: { anchor: text.length },
    });
  }
  return {
    view,
    getValue: () => view.state.doc.toString(),
    setValue,
    focus: () => view.focus(),
  };
}
