// The page platform (web/pyscript.js and web/plugins/): configuration,
// files, plugins, the tags and their attributes, the REPL cell, the
// terminal, and the example pages under each of the three runtimes. Pages
// are written by each test into tests/web/pages/platform/make.html's URL
// fragment, so a test shows the page it checks.
import { DONE_TIMEOUT, Skip, expect, expectIncludes, outputs, errors } from './lib.mjs';

// Opens a page whose body is [body] and waits until every tag has run.
async function openBody(ctx, body, runtime) {
  await ctx.page.goto(pageFor(ctx, body, runtime));
  await waitDone(ctx.page);
}

// A new document each time (a change of fragment alone would not reload).
let loads = 0;
const pageFor = (ctx, body, runtime = '') =>
  `${ctx.base}platform/make.html?n=${++loads}&py-runtime=${runtime}#${encodeURIComponent(body)}`;

async function waitDone(page, timeout = DONE_TIMEOUT) {
  await page.waitForFunction(() => document.documentElement.dataset.pyscript === 'done',
    null, { timeout });
}

// Pyodide compiles a 9 MB wasm: on a busy machine that takes a while.
const SLOW_TIMEOUT = 90000;

const banners = (page) => page.$$eval('.alert-banner', (els) => els.map((e) => e.textContent));
const text = (page) => page.innerText('body');
const Q = '"'.repeat(3); // a triple quote

function expectNoErrors(out, errs, bans) {
  expect(errs.length === 0, `traceback: ${JSON.stringify(errs)} output: ${JSON.stringify(out)}`);
  expect(bans.length === 0, `banner: ${JSON.stringify(bans)}`);
}

async function expectOutput(ctx, want) {
  const [out, errs, bans] = [await outputs(ctx.page), await errors(ctx.page), await banners(ctx.page)];
  expectNoErrors(out, errs, bans);
  expect(out.join('') === want, `output: ${JSON.stringify(out.join(''))}\nwanted: ${JSON.stringify(want)}`);
}

// A config error shows one banner with [code] and [parts]; the page's
// script still runs.
async function expectBanner(ctx, body, code, parts) {
  await openBody(ctx, body + '<script type="py">print("still runs")</script>');
  const bans = await banners(ctx.page);
  expect(bans.length >= 1, `no banner; page: ${JSON.stringify(await text(ctx.page))}`);
  const banner = bans.join('\n');
  expectIncludes(banner, `(${code}):`, 'banner');
  for (const part of parts) expectIncludes(banner, part, 'banner');
  expect(await ctx.page.isVisible('.alert-banner'), 'the banner is not visible');
  expectIncludes((await outputs(ctx.page)).join(''), 'still runs', 'output');
}

const FILES_CHECK = `
import os
print(open('hello.txt').read().strip())
b = open('bin/blob.bin', 'rb').read()
print(len(b), b[:3], b == bytes(range(256)) * 4)
import mod_a
print(mod_a.WHO, mod_a.twice(21))
print(sorted(os.listdir('zipped')), sorted(os.listdir('zipped/pkg')))
print(open('zipped/pkg/data.txt').read()[:11], open('zipped/top.bin', 'rb').read() == bytes(range(200)))
print(open('tarred/notes/readme.txt').read().strip())
import sys
sys.path.append('zipped')
sys.path.append('tarred/notes/deep')
import pkg, value
print(pkg.NAME, value.VALUE)
`;
const FILES_WANT = "hello from a file\n1024 b'\\x00\\x01\\x02' True\nmod_a 42\n" +
  "['pkg', 'top.bin'] ['__init__.py', 'data.txt']\nzipped text True\nfrom a tarball\npkg from zip 42\n";

export const TESTS = {
  async 'platform: TOML config: files, a binary, .zip and .tar.gz archives'(ctx) {
    await openBody(ctx, `<py-config>
name = "toml page"
[files]
"data/hello.txt" = "hello.txt"
"data/blob.bin" = "bin/blob.bin"
"data/mod_a.py" = "./"
"data/bundle.zip" = "zipped/*"
"data/bundle.tar.gz" = "tarred/*"
</py-config>
<script type="py">${FILES_CHECK}</script>`);
    await expectOutput(ctx, FILES_WANT);
  },

  async 'platform: JSON config (type="json"), {NAME} templates in files, <py-config src=>'(ctx) {
    await openBody(ctx, `<py-config type="json">{"files": {"data/hello.txt": "j/hello.txt"}}</py-config>
<script type="py">print(open('j/hello.txt').read().strip())</script>`);
    await expectOutput(ctx, 'hello from a file\n');
    await openBody(ctx, `<py-config type="json">{"files": {"{DATA}": "data", "{TO}": "t",
  "{DATA}/hello.txt": "{TO}/hello.txt"}}</py-config>
<script type="py">print(open('t/hello.txt').read().strip())</script>`);
    await expectOutput(ctx, 'hello from a file\n');
    await openBody(ctx, `<py-config src="data/conf.toml"></py-config>
<script type="py">print(open('hello.txt').read().strip())</script>`);
    await expectOutput(ctx, 'hello from a file\n');
  },

  async 'platform: config= attribute: inline JSON, a .toml URL, a .json URL'(ctx) {
    await openBody(ctx, `<script type="py" config='{"files": {"data/hello.txt": "x.txt"}}'>
print(open('x.txt').read().strip())</script>`);
    await expectOutput(ctx, 'hello from a file\n');
    await openBody(ctx, `<script type="py" config="data/conf.toml">print(open('hello.txt').read().strip())</script>`);
    await expectOutput(ctx, 'hello from a file\n');
    await openBody(ctx, `<script type="py" config="data/conf.json">print(open('greeting.txt').read().strip())</script>`);
    await expectOutput(ctx, 'hello from a file\n');
  },

  async 'platform: classic fetch and a wheel in packages'(ctx) {
    await openBody(ctx, `<py-config>
packages = ["data/tinywheel-1.0-py3-none-any.whl"]
[[fetch]]
from = "data/"
files = ["hello.txt", "mod_a.py"]
to_folder = "fetched"
[[fetch]]
from = "data/blob.bin"
to_file = "b.bin"
</py-config>
<script type="py">
import os, sys
print(sorted(os.listdir('fetched')), len(open('b.bin', 'rb').read()))
sys.path.append('fetched')
import mod_a, tinywheel
print(mod_a.twice(2), tinywheel.greet('Ada'))
</script>`);
    await expectOutput(ctx, "['hello.txt', 'mod_a.py'] 1024\n4 wheel says hi to Ada\n");
  },

  async 'platform: pyscript.config holds every key (pipit, micropython)'(ctx) {
    for (const runtime of ['micropython', 'pipit']) {
      await openBody(ctx, `<py-config>
name = "config page"
description = "a page"
[custom]
answer = 42
</py-config>
<script type="py">
try:
    import pyscript
except ImportError as e:
    print('no pyscript package:', e)
else:
    c = pyscript.config
    print(c['name'], c['description'], c['custom']['answer'], c['runtime'])
</script>`, runtime);
      const out = (await outputs(ctx.page)).join('');
      if (out.startsWith('no pyscript package')) throw new Skip(`${runtime}: ${out.trim()}`);
      await expectOutput(ctx, `config page a page 42 ${runtime}\n`);
      const answer = await ctx.page.evaluate(() => window.pyscript.config.custom.answer);
      expect(answer === 42, `window.pyscript.config: ${answer}`);
    }
  },

  async 'platform: malformed TOML names its line and column'(ctx) {
    await expectBanner(ctx, '<py-config>\nname = "x"\n[files\n"a" = "b"\n</py-config>', 'PY1000',
      ['malformed TOML in <py-config>', 'line 2, column']);
    await expectBanner(ctx, '<py-config src="data/broken.toml"></py-config>', 'PY1000',
      ['malformed TOML', 'data/broken.toml', 'line 2']);
  },

  async 'platform: malformed JSON and wrong types'(ctx) {
    await expectBanner(ctx, '<py-config type="json">{"name": }</py-config>', 'PY1000', ['malformed JSON in <py-config>']);
    await expectBanner(ctx, '<py-config>files = ["a.txt"]</py-config>', 'PY1000', ["'files'", 'table']);
    await expectBanner(ctx, '<py-config>plugins = "x.js"</py-config>', 'PY1000', ["'plugins'"]);
    await expectBanner(ctx, '<py-config>output = "paper"</py-config>', 'PY1000', ["'output'", 'paper']);
  },

  async 'platform: two configurations are an error'(ctx) {
    await expectBanner(ctx, '<py-config>name = "one"</py-config><py-config>name = "two"</py-config>',
      'PY1000', ['2 configurations', 'only one is allowed']);
  },

  async 'platform: an unknown runtime is named'(ctx) {
    await expectBanner(ctx, '<py-config>runtime = "cobra"</py-config>', 'PY1000',
      ["unknown runtime 'cobra'", "'runtime'"]);
    await expectBanner(ctx, '<py-config>interpreter = "snake"</py-config>', 'PY1000', ["unknown runtime 'snake'"]);
  },

  async 'platform: runtime by URL: a runtime module or an adapter of its own'(ctx) {
    await openBody(ctx, `<py-config>runtime = "../runtimes/micropython/micropython.mjs"</py-config>
<script type="py">import sys\nprint(sys.implementation.name)</script>`, '');
    await expectOutput(ctx, 'micropython\n');
    await openBody(ctx, '<py-config>runtime = "echo-runtime.js"</py-config><script type="py">print(1)</script>', '');
    await expectOutput(ctx, 'echo ran 8 chars\n');
    await expectBanner(ctx, '<py-config>runtime = "no-such-runtime.js"</py-config>', 'PY1000',
      ['cannot load the runtime module no-such-runtime.js']);
  },

  async 'platform: packages by name on pipit name what it can install'(ctx) {
    await expectBanner(ctx, '<py-config>packages = ["numpy"]</py-config>', 'PY1001',
      ['cannot install numpy', 'wheels given by URL']);
  },

  async 'platform: a file that fails to download shows its HTTP status'(ctx) {
    await expectBanner(ctx, '<py-config>[files]\n"data/missing.txt" = "m.txt"\n"data/hello.txt" = "h.txt"</py-config>' +
      '<script type="py">print(open("h.txt").read().strip())</script>',
      'PY0404', ['files', 'data/missing.txt', 'HTTP 404']);
    expectIncludes((await outputs(ctx.page)).join(''), 'hello from a file', 'the other file');
    await expectBanner(ctx, '<py-config>[files]\n"data/hello.txt" = "h/*"</py-config>', 'PY1000',
      ['not a .zip or .tar.gz']);
    await expectBanner(ctx, '<py-config src="data/nowhere.toml"></py-config>', 'PY0404', ['nowhere.toml', 'HTTP 404']);
  },

  async 'platform: plugins that fail to load are named'(ctx) {
    await expectBanner(ctx, '<py-config>plugins = ["missing-plugin.js"]</py-config>', 'PY2002',
      ['cannot load the plugin missing-plugin.js']);
    await expectBanner(ctx, '<py-config>plugins = ["no-default-plugin.js"]</py-config>', 'PY2001',
      ['no-default-plugin.js', 'no default export']);
    await expectBanner(ctx, '<py-config>plugins = ["broken-plugin.js"]</py-config>', 'PY2002',
      ['broken on purpose']);
    await expectBanner(ctx, '<py-config>plugins = ["plugin.py"]</py-config>', 'PY2000',
      ['plugin.py is not a JavaScript module']);
  },

  async 'platform: a plugin sees every hook in order, and the DOM events fire'(ctx) {
    await openBody(ctx, `<py-config>
name = "hooked"
plugins = ["hooks-plugin.js"]
</py-config>
<script type="py" id="s1" output="nowhere">print("one")</script>
<py-repl id="r1"></py-repl>`);
    await ctx.page.click('#r1 .cm-content');
    await ctx.page.keyboard.type('6 * 7');
    await ctx.page.keyboard.press('Shift+Enter');
    await ctx.page.waitForFunction(() => window.hookLog.some((l) => l.startsWith('afterPyReplExec')),
      null, { timeout: DONE_TIMEOUT });
    const log = await ctx.page.evaluate(() => window.hookLog);
    const want = [
      'configure hooked', 'beforeLaunch pipit', 'afterSetup pipit', 'afterStartup function',
      'onUserError PY1000', 'py:ready s1', 'beforePyScriptExec s1 print("one")',
      'afterPyScriptExec s1 undefined', 'py:done s1', 'py:all-done document',
      'beforePyReplExec r1 6 * 7 DIV', 'afterPyReplExec r1 42',
    ];
    expect(JSON.stringify(log) === JSON.stringify(want),
      `hooks:\n  got  ${JSON.stringify(log)}\n  want ${JSON.stringify(want)}`);
  },

  async 'platform: "!py-repl" turns a built-in plugin off; registerPlugin from JS'(ctx) {
    await openBody(ctx, `<py-config>plugins = ["!py-repl"]</py-config><py-repl id="r"></py-repl>
<script type="py">print("ran")</script>`);
    expect(await ctx.page.$('#r .cm-content') === null, 'the py-repl plugin ran');
    await ctx.page.goto(ctx.base + 'platform/register.html');
    await waitDone(ctx.page);
    const seen = await ctx.page.evaluate(() => window.seen);
    const want = ['configure pipit', 'afterStartup pipit', 'after print("hi")'];
    expect(JSON.stringify(seen) === JSON.stringify(want), `registerPlugin: ${JSON.stringify(seen)}`);
  },

  async 'platform: py-click calls a handler with the event or runs code'(ctx) {
    await openBody(ctx, `<button id="a" py-click="on_a">a</button>
<button id="b" py-click="clicks.append('b'); show()">b</button>
<div id="out"></div>
<script type="py">
clicks = []
def show():
    print(' '.join(clicks))
def on_a(event=None):
    clicks.append('a:' + (event.type if event is not None else 'no event'))
    show()
</script>`);
    const disabled = await ctx.page.$eval('#a', (b) => b.disabled);
    expect(!disabled, 'the button is still disabled after start-up');
    await ctx.page.click('#a');
    await ctx.page.click('#b');
    await ctx.page.waitForFunction(() => document.body.innerText.includes('a:click b'), null, { timeout: 5000 })
      .catch(() => {});
    const out = (await outputs(ctx.page)).join('');
    if (out.includes('no event')) throw new Skip('this loader cannot hand JS objects to Python (registerJsModule)');
    expectIncludes(out, 'a:click\n', 'handler output');
    expectIncludes(out, 'a:click b\n', 'code output');
  },

  async 'platform: form controls wait, disabled, until Python is ready'(ctx) {
    const body = '<button id="go" py-click="go">go</button><script type="py">import time\ntime.sleep(0.4)\ndef go(e): print("went")</script>';
    await ctx.page.goto(pageFor(ctx, body));
    await ctx.page.waitForSelector('#go');
    await ctx.page.waitForTimeout(100);
    expect(await ctx.page.$eval('#go', (b) => b.disabled), 'the button is enabled before Python is ready');
    await waitDone(ctx.page);
    expect(!(await ctx.page.$eval('#go', (b) => b.disabled)), 'the button stays disabled');
  },

  async 'platform: tag attributes: async, stderr, output'(ctx) {
    await openBody(ctx, `<div id="err"></div><div id="o"></div>
<script type="py" async>import time\ntime.sleep(0.3)\nslow_done = True</script>
<script type="py" output="o" stderr="err">import sys
print("fast", 'slow_done' in globals())
sys.stderr.write("oops\\n")</script>
<script type="py">time.sleep(0.5)\nprint("all done", slow_done)</script>`);
    expect(await ctx.page.textContent('#o') === 'fast False\n', `#o: ${await ctx.page.textContent('#o')}`);
    expect(await ctx.page.textContent('#err') === 'oops\n', `#err: ${await ctx.page.textContent('#err')}`);
    const out = (await outputs(ctx.page)).join('');
    expect(out === 'all done True\n', `outputs: ${JSON.stringify(out)} ${JSON.stringify(await errors(ctx.page))}`);
  },

  async 'platform: output = "console" sends print to the console'(ctx) {
    const logs = [];
    ctx.page.on('console', (m) => logs.push(m.text()));
    await openBody(ctx, '<py-config>output = "console"</py-config><script type="py">print("to the console")</script>');
    expect(logs.includes('to the console'), `console: ${JSON.stringify(logs)}`);
    expect(!(await text(ctx.page)).includes('to the console'), 'printed into the page');
  },

  async 'platform: the REPL cell shows values, tracebacks, grows and remembers'(ctx) {
    await openBody(ctx, '<py-repl id="first" auto-generate>x = 6</py-repl>');
    await ctx.page.click('#first .py-repl-run-button');
    await ctx.page.waitForSelector('py-repl:nth-of-type(2) .cm-content', { timeout: 5000 });
    // The new cell has the focus: type into it.
    await ctx.page.keyboard.type('x * 7');
    await ctx.page.keyboard.press('Shift+Enter');
    await ctx.page.waitForFunction(() => document.querySelectorAll('py-repl').length === 3, null, { timeout: 5000 });
    const shown = await ctx.page.$$eval('.py-repl-output', (els) => els.map((e) => e.textContent));
    expect(shown[0] === '' && shown[1] === '42\n', `outputs: ${JSON.stringify(shown)}`);
    await ctx.page.keyboard.type('1/0');
    await ctx.page.keyboard.press('Control+Enter');
    await ctx.page.waitForSelector('py-repl .py-error', { timeout: 5000 });
    const tb = await ctx.page.textContent('py-repl .py-error');
    expectIncludes(tb, 'ZeroDivisionError', 'traceback');
    // History: Up at the first line brings back the previous input.
    await ctx.page.keyboard.press('ArrowUp');
    let cells = await ctx.page.$$eval('py-repl .cm-content', (els) => els.map((e) => e.innerText));
    expect(cells[3].trim() === '1/0', `history: ${JSON.stringify(cells)}`);
    await ctx.page.keyboard.press('ArrowUp');
    await ctx.page.keyboard.press('ArrowUp');
    await ctx.page.keyboard.press('ArrowDown');
    cells = await ctx.page.$$eval('py-repl .cm-content', (els) => els.map((e) => e.innerText));
    expect(cells[3].trim() === 'x * 7', `history: ${JSON.stringify(cells)}`);
  },

  async 'platform: a REPL cell from src= writes into output='(ctx) {
    await openBody(ctx, '<py-repl id="r" src="data/cell.py" output="o"></py-repl><div id="o"></div>');
    const code = await ctx.page.$eval('#r .cm-content', (e) => e.innerText);
    expect(code === 'x = 21\nx * 2', `cell: ${JSON.stringify(code)}`);
    await ctx.page.click('#r .py-repl-run-button');
    await ctx.page.waitForFunction(() => document.querySelector('#o').textContent, null, { timeout: 5000 })
      .catch(() => {});
    expect(await ctx.page.textContent('#o') === '42\n', `#o: ${JSON.stringify(await ctx.page.textContent('#o'))}`);
  },

  async 'platform: terminal = true puts a terminal at the end of the page'(ctx) {
    await openBody(ctx, '<py-config>terminal = true</py-config><p id="p">text</p><script type="py">print("to the terminal")</script>');
    await ctx.page.waitForFunction(() => document.querySelector('.xterm-rows')?.innerText.includes('to the terminal'),
      null, { timeout: 5000 }).catch(() => {});
    const screen = await ctx.page.$eval('.xterm-rows', (e) => e.innerText);
    expectIncludes(screen, 'to the terminal', 'terminal');
    expect((await outputs(ctx.page)).join('') === '', 'printed into the page too');
    const last = await ctx.page.evaluate(() => document.body.lastElementChild.className);
    expect(last === 'py-terminal', `last element: ${last}`);
  },

  async 'platform: the terminal: output, input(), a multi-line block'(ctx) {
    await ctx.page.goto(pageFor(ctx,
      '<script type="py" terminal>print("hello terminal")\nname = input("name? ")\nprint("hi", name)</script>'));
    await ctx.page.waitForSelector('.xterm', { timeout: DONE_TIMEOUT });
    const screen = () => ctx.page.$eval('.xterm-rows', (e) => e.innerText);
    await ctx.page.waitForFunction(() => document.querySelector('.xterm-rows')?.innerText.includes('name?'),
      null, { timeout: DONE_TIMEOUT });
    await ctx.page.click('.xterm');
    await ctx.page.keyboard.type('Ada');
    await ctx.page.keyboard.press('Enter');
    await waitDone(ctx.page);
    await ctx.page.waitForFunction(() => document.querySelector('.xterm-rows').innerText.includes('>>>'),
      null, { timeout: 5000 });
    for (const line of ['for i in range(3):', '    print(i * i)', '']) {
      await ctx.page.keyboard.type(line);
      await ctx.page.keyboard.press('Enter');
    }
    for (const line of ['s = ' + Q + 'a', 'b' + Q, 's', '"done" + "!"']) {
      await ctx.page.keyboard.type(line);
      await ctx.page.keyboard.press('Enter');
    }
    await ctx.page.waitForFunction(() => document.querySelector('.xterm-rows').innerText.includes("'done!'"),
      null, { timeout: 5000 }).catch(() => {});
    const lines = (await screen()).split('\n').map((l) => l.trimEnd());
    const want = ['hello terminal', 'name? Ada', 'hi Ada', '>>> for i in range(3):', '...     print(i * i)',
      '...', '0', '1', '4', '>>> s = ' + Q + 'a', '... b' + Q, '>>> s', "'a\\nb'", '>>> "done" + "!"', "'done!'"];
    const got = lines.filter((l) => !l.startsWith('Python on the web'));
    expect(JSON.stringify(got.slice(0, want.length)) === JSON.stringify(want),
      `terminal:\n  got  ${JSON.stringify(got)}\n  want ${JSON.stringify(want)}`);
  },

  async 'platform: Ctrl-C in the terminal interrupts running code'(ctx) {
    await ctx.page.goto(pageFor(ctx,
      '<py-terminal></py-terminal><script type="py">while True: pass</script>'));
    await ctx.page.waitForSelector('.xterm', { timeout: DONE_TIMEOUT });
    await ctx.page.waitForTimeout(300);
    await ctx.page.click('.xterm');
    await ctx.page.keyboard.press('Control+C');
    await waitDone(ctx.page);
    expectIncludes((await errors(ctx.page)).join(''), 'KeyboardInterrupt', 'traceback');
  },

  async 'platform: the first download stays small without repl or terminal'(ctx) {
    const urls = [];
    ctx.page.on('request', (r) => urls.push(new URL(r.url()).pathname));
    await openBody(ctx, '<script type="py">print(1)</script>');
    for (const lazy of ['pyscript-editor.js', 'pyscript-terminal.js', 'pyscript-toml.js', 'pyscript-runtimes.js',
      'pyscript-archive.js', 'micropython', 'pyodide', 'unicode_names.bin'])
      expect(!urls.some((u) => u.includes(lazy)), `${lazy} was downloaded: ${JSON.stringify(urls)}`);
  },

  async 'platform: character names load when a program first needs them'(ctx) {
    const urls = [];
    ctx.page.on('request', (r) => urls.push(new URL(r.url()).pathname));
    // prefetched: the import and the escape are in the tag's source
    await openBody(ctx, '<script type="py">import unicodedata\n'
      + 'print(unicodedata.name("\u00e9"), unicodedata.lookup("em dash") == "\\N{EM DASH}")</script>');
    expectIncludes((await outputs(ctx.page)).join('|'), 'LATIN SMALL LETTER E WITH ACUTE True', 'prefetched names');
    expect(urls.filter((u) => u.endsWith('/unicode_names.bin')).length === 1, `fetches: ${JSON.stringify(urls)}`);
    // read synchronously: the module name is computed, so no scan sees it
    await openBody(ctx, '<script type="py">u = __import__("unicode" + "data")\n'
      + 'print(u.name(chr(0x1F600)), u.name(chr(0x4E00)), u.lookup("BULLET"))</script>');
    expectIncludes((await outputs(ctx.page)).join('|'), 'GRINNING FACE CJK UNIFIED IDEOGRAPH-4E00 \u2022',
      'names read on demand');
  },
};

// The same example pages under each runtime, with the same visible result.
async function examplePages(ctx, runtime) {
  const q = `?py-runtime=${runtime}`;
  const timeout = runtime === 'pyodide' ? SLOW_TIMEOUT : DONE_TIMEOUT;
  await ctx.page.goto(ctx.base + 'hello.html' + q);
  await waitDone(ctx.page, timeout);
  expectIncludes(await text(ctx.page), 'Hello, world (from PyScript)', `${runtime} hello.html`);
  expect((await banners(ctx.page)).length === 0, `${runtime}: ${JSON.stringify(await banners(ctx.page))}`);

  await ctx.page.goto(ctx.base + 'counter.html' + q);
  await waitDone(ctx.page, timeout);
  for (let i = 0; i < 3; i++) await ctx.page.click('#increment');
  await ctx.page.waitForFunction(() => document.querySelector('#count').textContent === '3', null, { timeout: 5000 })
    .catch(() => {});
  const count = await ctx.page.textContent('#count');
  expect(count === '3', `${runtime} counter.html: count ${count}; ${JSON.stringify(await errors(ctx.page))}`);

  await ctx.page.goto(ctx.base + 'files.html' + q);
  await waitDone(ctx.page, timeout);
  const files = await text(ctx.page);
  for (const part of ['poem.txt: 3 lines', 'First line of the poem', 'bytes.bin: 256 bytes, sum 32640', "geometry/shapes.py: ['shapes.py'] 12"])
    expectIncludes(files, part, `${runtime} files.html`);
  expect((await errors(ctx.page)).length === 0, `${runtime} files.html: ${JSON.stringify(await errors(ctx.page))}`);

  await ctx.page.goto(ctx.base + 'repl.html' + q);
  await waitDone(ctx.page, timeout);
  await ctx.page.click('py-repl .cm-content');
  await ctx.page.keyboard.press('Control+End');
  await ctx.page.keyboard.press('Shift+Enter');
  await ctx.page.waitForFunction(() => document.querySelector('.py-repl-output')?.textContent, null, { timeout: 10000 })
    .catch(() => {});
  const shown = await ctx.page.textContent('.py-repl-output');
  expect(shown === '[1, 4, 9, 16, 25]\n', `${runtime} repl.html: ${JSON.stringify(shown)} ${JSON.stringify(await errors(ctx.page))}`);
}

for (const runtime of ['pipit', 'micropython', 'pyodide']) {
  TESTS[`platform: hello, counter, files and repl examples under ${runtime}`] = (ctx) => examplePages(ctx, runtime);
}
