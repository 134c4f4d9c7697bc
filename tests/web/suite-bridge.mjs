// The JavaScript bridge, the pyscript package, asyncio and a main thread
// that never freezes: pages under tests/web/pages/bridge/ and the examples.
import { DONE_TIMEOUT, expect, expectIncludes, openPage, outputs, errors } from './lib.mjs';

async function expectNoErrors(ctx) {
  const errs = await errors(ctx.page);
  expect(errs.length === 0, `traceback: ${JSON.stringify(errs)}`);
}

const text = (ctx, selector) => ctx.page.textContent(selector);

// Waits until [selector]'s text satisfies [test].
// [test] runs in the page: it sees only its arguments (the text and [arg]).
async function waitText(ctx, selector, test, timeout = DONE_TIMEOUT, arg = null) {
  await ctx.page.waitForFunction(({ selector, source, arg }) => {
    const el = document.querySelector(selector);
    return el && new Function('t', 'arg', `return (${source})(t, arg)`)(el.textContent, arg);
  }, { selector, source: test.toString(), arg }, { timeout });
}

// The output of the page's tags, joined.
const allOutput = async (ctx) => (await outputs(ctx.page)).join('');

// The Python runtime of the page (its loader object).
const py = (page) => page.evaluate(() => window.pyscript.app.runtime.py.bridgeStats());

export const TESTS = {
  async 'bridge: @when counter button'(ctx) {
    await openPage(ctx, 'bridge/counter.html');
    await expectNoErrors(ctx);
    for (let i = 0; i < 3; i++) await ctx.page.click('#inc');
    await waitText(ctx, '#count', (t) => t === '3', 5000);
    await ctx.page.click('#later');
    await waitText(ctx, '#done', (t) => t === 'async click at 3', 5000);
  },

  async 'bridge: form read and written through document'(ctx) {
    await openPage(ctx, 'bridge/form.html');
    await ctx.page.fill('#name', 'Grace');
    await ctx.page.click('#go');
    await waitText(ctx, '#greeting', (t) => t.length > 0, 5000);
    expect(await text(ctx, '#greeting') === 'Hello, Grace! (click)', `greeting: ${await text(ctx, '#greeting')}`);
    expect(await ctx.page.inputValue('#name') === '', 'the field was not cleared');
  },

  async 'bridge: await fetch of a served file'(ctx) {
    await openPage(ctx, 'bridge/fetch.html');
    await expectNoErrors(ctx);
    const out = await allOutput(ctx);
    expect(out === "True 200\n2 ['apple', 'pear']\nTrue\nFalse 404\n", `output: ${JSON.stringify(out)}`);
    expect(await text(ctx, '#out') === '<b>not bold</b>', `display escapes text: ${await ctx.page.innerHTML('#out')}`);
  },

  async 'bridge: a button answers within 100 ms while Python sleeps in a loop'(ctx) {
    await ctx.page.goto(ctx.base + 'bridge/sleep-click.html');
    await ctx.page.waitForFunction(() => [...document.querySelectorAll('.py-output')]
      .some((e) => e.textContent.includes('sleeping')), null, { timeout: DONE_TIMEOUT });
    const times = [];
    for (let i = 0; i < 3; i++) {
      await ctx.page.waitForTimeout(150);
      const ms = await ctx.page.evaluate(() => new Promise((resolve) => {
        const el = document.getElementById('pong');
        const before = el.textContent;
        const t0 = performance.now();
        const observer = new MutationObserver(() => {
          if (el.textContent !== before) { observer.disconnect(); resolve(performance.now() - t0); }
        });
        observer.observe(el, { childList: true, characterData: true, subtree: true });
        document.getElementById('ping').click();
      }));
      times.push(ms);
    }
    ctx.note(`handler answered in ${times.map((t) => t.toFixed(1)).join(', ')} ms`);
    expect(Math.max(...times) < 100, `too slow: ${times}`);
    const pong = await text(ctx, '#pong');
    expect(/^pong \d+$/.test(pong) && Number(pong.slice(5)) < 40, `the handler ran while the loop slept: ${pong}`);
    await ctx.page.waitForFunction(() => document.documentElement.dataset.pyscript === 'done', null, { timeout: DONE_TIMEOUT });
    expectIncludes(await allOutput(ctx), 'woke 40', 'output');
  },

  async 'bridge: input() answered on the main thread'(ctx) {
    // a tag's input() shows a field in its output; the test types the answers
    await ctx.page.goto(ctx.base + 'bridge/input.html');
    for (const answer of ['Lin', '21']) {
      await ctx.page.waitForSelector('input.py-input', { timeout: DONE_TIMEOUT });
      await ctx.page.fill('input.py-input', answer);
      await ctx.page.press('input.py-input', 'Enter');
    }
    await ctx.page.waitForFunction(() => document.documentElement.dataset.pyscript === 'done',
      null, { timeout: DONE_TIMEOUT });
    await expectNoErrors(ctx);
    const out = await allOutput(ctx);
    expectIncludes(out, 'Your name? Lin\nHello, Lin\n', 'output');
    expectIncludes(out, 'A number? 21\ntwice 42\n', 'output');
  },

  async 'bridge: interrupt stops a loop an event handler runs'(ctx) {
    await openPage(ctx, 'bridge/stop.html');
    await ctx.page.click('#run');
    await waitText(ctx, '#status', (t) => t === 'running', 5000);
    await ctx.page.waitForTimeout(100);
    await ctx.page.click('#stop');
    await waitText(ctx, '#status', (t) => t === 'interrupted', 5000);
  },

  async 'bridge: a listener added and removed 10,000 times leaks nothing'(ctx) {
    await openPage(ctx, 'bridge/listeners.html');
    await expectNoErrors(ctx);
    const memory = () => ctx.page.evaluate(() => window.pyscript.app.runtime.py._x.memory.buffer.byteLength);
    // churn(n) adds and removes a listener n times; then a collection outside it
    const round = (n) => ctx.page.evaluate(async (n) => {
      await window.churn(n); // a promise when it outlasts one time slice
      window.pyscript.app.runtime.py.runPython('import gc\ngc.collect()\ngc.collect()');
    }, n);
    for (let i = 0; i < 5; i++) await round(2000); // the heap reaches its working size
    const before = await py(ctx.page);
    const memBefore = await memory();
    for (let i = 0; i < 5; i++) await round(2000);
    const after = await py(ctx.page);
    const memAfter = await memory();
    ctx.note(`handles before ${JSON.stringify(before)} after ${JSON.stringify(after)}; memory ${memBefore} -> ${memAfter}`);
    expect(after.pyHandles === before.pyHandles, `Python objects JS holds: ${before.pyHandles} -> ${after.pyHandles}`);
    expect(after.jsHandles <= before.jsHandles + 10, `JS objects Python holds: ${before.jsHandles} -> ${after.jsHandles}`);
    expect(memAfter === memBefore, `wasm memory grew: ${memBefore} -> ${memAfter}`);
  },

  async 'bridge: exceptions cross in both directions'(ctx) {
    await openPage(ctx, 'bridge/errors.html');
    await expectNoErrors(ctx);
    const out = await allOutput(ctx);
    expectIncludes(out, 'caught RangeError | out of range in JS\n', 'JS error in Python');
    expectIncludes(out, 'PythonError|Traceback (most recent call last):', 'Python error in JS');
    expectIncludes(out, 'ValueError: bad value from Python', 'Python error in JS');
    expectIncludes(out, 'rejected: Error: rejected promise\n', 'rejected promise');
    expectIncludes(out, 'null null\n', 'jsnull');
    const js = await ctx.page.evaluate(() => { try { window.pyFails(); return 'no error'; } catch (e) { return `${e.name}: ${e.message}`; } });
    expectIncludes(js, 'PythonError: Traceback (most recent call last):', 'thrown to JS');
    expectIncludes(js, 'in fails', 'thrown to JS');
    expect(!js.includes('_call_task'), `bridge frames in the traceback: ${js}`);
  },

  async 'bridge: asyncio tasks and top-level await'(ctx) {
    await openPage(ctx, 'bridge/tasks.html');
    await expectNoErrors(ctx);
    const out = await allOutput(ctx);
    expect(out === "started False\n['a', 'b']\nevent set True\ntimed out\nran\n", `output: ${JSON.stringify(out)}`);
    await waitText(ctx, '#ticks', (t) => t === '5', 5000);
  },

  async 'example: todo list'(ctx) {
    await openPage(ctx, 'todo.html');
    await expectNoErrors(ctx);
    for (const item of ['milk', 'bread', 'eggs']) {
      await ctx.page.fill('#task-text', item);
      await ctx.page.click('#add');
      await waitText(ctx, '#tasks', (t, item) => t.includes(item), 5000, item);
    }
    await ctx.page.check('#tasks li:nth-child(2) input');
    await waitText(ctx, '#summary', (t) => t === '1 of 3 done', 5000);
    const items = await ctx.page.$$eval('#tasks li', (lis) => lis.map((li) => li.textContent.trim()));
    expect(items.join(',') === 'milk,bread,eggs', `items: ${items}`);
  },

  async 'example: live clock'(ctx) {
    await openPage(ctx, 'clock.html');
    await expectNoErrors(ctx);
    await waitText(ctx, '#ticks', (t) => Number(t) >= 3, 5000);
    expect(/^\d\d:\d\d:\d\d$/.test(await text(ctx, '#clock')), `clock: ${await text(ctx, '#clock')}`);
  },

  async 'example: canvas drawing'(ctx) {
    await openPage(ctx, 'canvas.html');
    await expectNoErrors(ctx);
    const box = await ctx.page.$eval('#canvas', (c) => { const r = c.getBoundingClientRect(); return { x: r.x, y: r.y }; });
    const pixel = () => ctx.page.evaluate(() => Array.from(document.getElementById('canvas').getContext('2d').getImageData(20, 20, 1, 1).data));
    const blank = await pixel();
    await ctx.page.mouse.move(box.x + 10, box.y + 10);
    await ctx.page.mouse.down();
    for (let i = 1; i <= 10; i++) await ctx.page.mouse.move(box.x + 10 + 2 * i, box.y + 10 + 2 * i);
    await ctx.page.mouse.up();
    await waitText(ctx, '#strokes', (t) => t === '1', 5000);
    await ctx.page.waitForFunction(() => {
      const d = document.getElementById('canvas').getContext('2d').getImageData(20, 20, 1, 1).data;
      return d[0] < 200;
    }, null, { timeout: 5000 });
    const center = await ctx.page.evaluate(() => Array.from(document.getElementById('canvas').getContext('2d').getImageData(250, 150, 1, 1).data));
    expect(center[3] === 255 && !(center[0] === 255 && center[1] === 255 && center[2] === 255), `the pattern is missing: ${center} (blank ${blank})`);
  },

  async 'example: number guessing game'(ctx) {
    // the test plays by bisection, reading the hints
    let low = 1, high = 100, last = 0;
    await ctx.page.goto(ctx.base + 'guess.html');
    const asked = () => ctx.page.evaluate(() =>
      document.body.textContent.split('Your guess?').length - 1);
    const done = () => ctx.page.evaluate(() => document.documentElement.dataset.pyscript === 'done');
    for (let round = 1; round <= 12 && !(await done()); round++) {
      await ctx.page.waitForFunction((n) => document.body.textContent.split('Your guess?').length - 1 >= n &&
        document.querySelector('input.py-input'), round, { timeout: DONE_TIMEOUT });
      const lines = (await allOutput(ctx)).trimEnd().split('\n');
      const hint = lines[lines.length - 1];
      if (hint.includes('too low')) low = last + 1;
      if (hint.includes('too high')) high = last - 1;
      last = Math.floor((low + high) / 2);
      await ctx.page.fill('input.py-input', String(last));
      await ctx.page.press('input.py-input', 'Enter');
      await ctx.page.waitForFunction((n) => document.documentElement.dataset.pyscript === 'done' ||
        document.body.textContent.split('Your guess?').length - 1 > n, round, { timeout: DONE_TIMEOUT });
    }
    expect(await asked() > 0, 'the game never asked');
    await ctx.page.waitForFunction(() => document.documentElement.dataset.pyscript === 'done',
      null, { timeout: DONE_TIMEOUT });
    await expectNoErrors(ctx);
    const out = await allOutput(ctx);
    expect(/Yes, \d+! Found in \d+ tries\./.test(out), `output: ${JSON.stringify(out)}`);
  },

  async 'example: JSON file shown as a table'(ctx) {
    await openPage(ctx, 'table.html');
    await expectNoErrors(ctx);
    const cells = await ctx.page.$$eval('#table td', (tds) => tds.map((td) => td.textContent));
    expect(cells.length === 15 && cells[0] === 'Mercury' && cells[12] === 'Jupiter', `cells: ${cells}`);
    expectIncludes(await allOutput(ctx), '5 planets, 98 moons', 'output');
  },

  async 'example: progress bar keeps the page usable'(ctx) {
    await ctx.page.goto(ctx.base + 'progress.html');
    await ctx.page.waitForFunction(() => Number(document.getElementById('bar').value) > 0, null, { timeout: DONE_TIMEOUT });
    await ctx.page.click('#poke');
    await waitText(ctx, '#pokes', (t) => t === '1', 2000);
    const mid = await ctx.page.evaluate(() => Number(document.getElementById('bar').value));
    await ctx.page.waitForFunction(() => document.documentElement.dataset.pyscript === 'done', null, { timeout: 60000 });
    expect(mid < 100, `the click was answered only after the loop: ${mid}`);
    expectIncludes(await allOutput(ctx), '17984 primes below 200000', 'output');
  },

  async 'bridge: display shows rich values and escapes text'(ctx) {
    await openPage(ctx, 'bridge/display.html');
    await expectNoErrors(ctx);
    const out = await ctx.page.$$eval('.py-output > div', (ds) => ds.map((d) => d.innerHTML));
    expect(out.slice(0, 3).join('|') === '&lt;i&gt;plain&lt;/i&gt;|42|[1, \'x\']', `display: ${JSON.stringify(out)}`);
    expect(await ctx.page.innerHTML('#box') === "<em class=\"html\">marked up</em>", `box: ${await ctx.page.innerHTML('#box')}`);
    expect(await ctx.page.$('#rich b.rich') !== null && await ctx.page.$('#rich svg.svg') !== null, `rich: ${await ctx.page.innerHTML('#rich')}`);
    expectIncludes(await allOutput(ctx), 'name: display test target: True', 'output');
  },

  async 'bridge: the loader API (registerJsModule, globals, callPython, toPy, toJs)'(ctx) {
    await ctx.page.goto(ctx.base + 'bridge/loader-api.html');
    await ctx.page.waitForFunction(() => window.result, null, { timeout: DONE_TIMEOUT });
    const r = await ctx.page.evaluate(() => window.result);
    expect(r.total === 5 && r.scaled === 40 && r.later === 42, `results: ${JSON.stringify(r)}`);
    expect(JSON.stringify(r.items) === '[1,2,3]' && r.itemsLength === 3, `items: ${JSON.stringify(r)}`);
    expect(JSON.stringify(r.itemsJs) === '[1,2,3]', `toJs: ${JSON.stringify(r.itemsJs)}`);
    expect(r.toPy === "{'k': [True, None]}", `toPy: ${r.toPy}`);
    expect(r.out === 'set by JS jsmod\n', `output: ${JSON.stringify(r.out)}`);
  },

  async 'bridge: input() answered in an inline field'(ctx) {
    await ctx.page.goto(ctx.base + 'bridge/inline-input.html');
    await ctx.page.waitForSelector('#out input.py-input', { timeout: DONE_TIMEOUT });
    await ctx.page.fill('#out input.py-input', 'Ada');
    await ctx.page.press('#out input.py-input', 'Enter');
    await ctx.page.waitForFunction(() => window.finished, null, { timeout: 5000 });
    const out = await text(ctx, '#out');
    expect(out === 'Name: Ada\nHi Ada\n', `output: ${JSON.stringify(out)}`);
  },

  async 'bridge: the pyscript package under micropython and pyodide'(ctx) {
    for (const runtime of ['micropython', 'pyodide']) {
      await openPage(ctx, `bridge/pyscript-${runtime}.html`);
      const errs = await errors(ctx.page);
      expect(errs.length === 0, `${runtime}: ${JSON.stringify(errs)}`);
      expectIncludes(await allOutput(ctx), `on ${runtime} 2`, runtime);
      expect(await ctx.page.$('#box b#bold') !== null, `${runtime}: HTML() missing: ${await ctx.page.innerHTML('#box')}`);
      expectIncludes(await ctx.page.innerHTML('#box'), '&lt;i&gt;text&lt;/i&gt;', `${runtime}: text not escaped`);
      await ctx.page.click('#inc');
      await ctx.page.click('#inc');
      await waitText(ctx, '#count', (t) => t === '2', 10000);
    }
  },
};
