// The page's terminal (web/plugins/py-terminal.js loads this, bundled with
// xterm.js into pyscript-terminal.js, only when the page has a terminal).
// It receives stdout and stderr, input() reads a line from it, and once the
// page's tags have run it is an interactive Python prompt: ">>> " and "... ",
// blocks ended by an empty line (the runtime's inputComplete), Up/Down
// history, Ctrl-C interrupts the running code or drops the line, Ctrl-D at
// an empty input() line is end of input.

import { createTerminal } from './terminal.js';

const PROMPT = '>>> ';
const MORE = '... ';

// The line editing and the REPL over one xterm.js terminal.
class Console {
  constructor(app, view) {
    this.app = app;
    this.view = view;
    this.mode = 'idle';       // idle | input | repl | running
    this.line = '';
    this.source = '';
    this.queue = [];
    this.history = [];
    this.historyAt = 0;
    this.resolveInput = null;
    view.onData((data) => this.receive(data));
  }

  write(text) {
    this.view.write(text);
  }

  // input(): pipit has written the prompt already.
  readLine() {
    this.mode = 'input';
    this.line = '';
    return new Promise((resolve) => {
      this.resolveInput = resolve;
      this.pump();
    });
  }

  startRepl() {
    const { name, version } = this.app.runtime;
    this.write(`Python on the web: ${name} ${version}\n`);
    this.prompt(PROMPT);
  }

  prompt(text) {
    this.mode = 'repl';
    this.line = '';
    this.historyAt = this.history.length;
    this.write(text);
    this.pump();
  }

  receive(data) {
    // Escape sequences (arrows) stay whole; other text is split into keys.
    const keys = data.startsWith('\x1b') ? [data] : [...data];
    for (const key of keys) {
      if (key === '\x03') this.interrupt();
      else this.queue.push(key);
    }
    this.pump();
  }

  pump() {
    while (this.queue.length && (this.mode === 'input' || this.mode === 'repl')) {
      this.key(this.queue.shift());
    }
  }

  key(key) {
    if (key === '\r' || key === '\n') {
      this.write('\n');
      const line = this.line;
      this.line = '';
      if (this.mode === 'input') this.finishInput(line);
      else this.enter(line);
    } else if (key === '\x7f' || key === '\b') {
      if (this.line) {
        this.line = [...this.line].slice(0, -1).join('');
        this.write('\b \b');
      }
    } else if (key === '\x04') {
      if (this.mode === 'input' && !this.line) this.finishInput(null);
    } else if (key === '\x1b[A' || key === '\x1b[B') {
      if (this.mode === 'repl') this.walkHistory(key === '\x1b[A' ? -1 : 1);
    } else if (!key.startsWith('\x1b') && key >= ' ') {
      this.line += key;
      this.write(key);
    }
  }

  finishInput(line) {
    const resolve = this.resolveInput;
    this.resolveInput = null;
    this.mode = 'running';
    resolve(line);
  }

  walkHistory(direction) {
    const next = this.historyAt + direction;
    if (next < 0 || next > this.history.length) return;
    this.historyAt = next;
    const text = next === this.history.length ? '' : this.history[next];
    this.write('\b \b'.repeat([...this.line].length));
    this.line = text;
    this.write(text);
  }

  async enter(line) {
    this.source = this.source ? `${this.source}\n${line}` : line;
    if (line.trim()) this.history.push(line);
    if (!this.source.trim()) {
      this.source = '';
      return this.prompt(PROMPT);
    }
    const complete = this.app.runtime.inputComplete(this.source + '\n');
    if (complete === false || complete === 0) return this.prompt(MORE);
    const source = this.source;
    this.source = '';
    this.mode = 'running';
    try {
      await this.app.runtime.run(source + '\n', { filename: '<stdin>', mode: 'single' });
    } catch (error) {
      this.write(error.message.replace(/\n?$/, '\n'));
    }
    this.prompt(PROMPT);
  }

  interrupt() {
    this.queue = [];
    if (this.mode === 'repl') {
      this.write('^C\nKeyboardInterrupt\n');
      this.source = '';
      this.prompt(PROMPT);
    } else {
      this.app.runtime.interrupt();
      if (this.mode === 'input') this.finishInput('');
    }
  }
}

// A terminal in [parent] that takes the page's output and input, and is an
// interactive prompt once every tag has run.
export function startTerminal(app, parent) {
  const console_ = new Console(app, createTerminal(parent));
  app.io.terminal = {
    write: (text) => console_.write(text),
    readLine: (prompt) => console_.readLine(prompt),
  };
  app.terminal = console_;
  document.addEventListener('py:all-done', () => console_.startRepl(), { once: true });
  return console_;
}
