// The terminal's screen: xterm.js (with its fit add-on and style sheet).
// Bundled with web/plugins/console.js into pyscript-terminal.js, which only
// pages with a terminal download (web/plugins/py-terminal.js).
import { Terminal } from '@xterm/xterm';
import { FitAddon } from '@xterm/addon-fit';
import css from '@xterm/xterm/css/xterm.css';

let styled = false;

// A terminal in [parent]: write(text) shows text ("\n" becomes a new line);
// onData(callback) hears what the user types.
export function createTerminal(parent, { rows = 20 } = {}) {
  if (!styled) {
    styled = true;
    const style = document.createElement('style');
    style.textContent = css;
    document.head.append(style);
  }
  const term = new Terminal({ rows, convertEol: true, cursorBlink: true, scrollback: 5000,
    fontFamily: 'monospace', fontSize: 14 });
  const fit = new FitAddon();
  term.loadAddon(fit);
  term.open(parent);
  try { fit.fit(); } catch { /* not visible yet */ }
  term.resize(term.cols, rows);
  return {
    term,
    write: (text) => term.write(text),
    onData: (callback) => term.onData(callback),
    focus: () => term.focus(),
  };
}
