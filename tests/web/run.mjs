// The browser suite: drives Debian's Chromium headless (playwright-core)
// against tests/web/pages/ and examples/, served with build/web/ on a free
// port of 127.0.0.1. One browser for the suite, a fresh page per test.
//   node tests/web/run.mjs [name-filter]
// Set PIPIT_SCREENSHOT=0 to skip the README screenshot (docs/screenshot.png).
// Ends with "web: N passed, N failed"; exits non-zero on any failure.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// PIPIT_WEB_BUILD: the web build to serve (default build/web).
const WEB_BUILD = path.resolve(REPO, process.env.PIPIT_WEB_BUILD || 'build/web');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

import { DONE_TIMEOUT, Failure, Skip, expect, expectIncludes, openPage, outputs, errors } from './lib.mjs';

const TESTS = {
  async 'seed page says hello'(ctx) {
    await openPage(ctx, 'hello.html');
    const body = await ctx.page.innerText('body');
    expectIncludes(body, 'Hello, world (from PyScript)', 'page text');
    expect(!body.includes('def hello'), `the source shows as text: ${JSON.stringify(body)}`);
    expect((await errors(ctx.page)).length === 0, 'an error box appeared');
  },

  async 'first output time'(ctx) {
    // Warm loads (the files in the cache), as a returning visitor sees them;
    // reported, never asserted. bare.html is the floor: pipit.wasm
    // instantiated by a bare page, without the platform.
    for (const file of ['hello.html', 'bare.html']) {
      await openPage(ctx, file);
      const times = [];
      for (let i = 0; i < 5; i++) {
        await openPage(ctx, file);
        times.push(await ctx.page.evaluate(() =>
          performance.getEntriesByName('pipit:first-output')[0]?.startTime));
      }
      expect(times.every((t) => typeof t === 'number'), `${file}: no first-output mark: ${times}`);
      times.sort((a, b) => a - b);
      ctx.note(`${file}: navigation to first output ${times[2].toFixed(1)} ms median ` +
        `(${times.map((t) => t.toFixed(1)).join(', ')})`);
    }
  },

  async 'tags share one namespace'(ctx) {
    await openPage(ctx, 'shared.html');
    const out = await outputs(ctx.page);
    expect(out.length === 3, `expected 3 outputs, got ${JSON.stringify(out)}`);
    expect(out[1] === 'counter 42\n', `second tag: ${JSON.stringify(out[1])}`);
    expect(out[2] === 'total 142\n', `third tag: ${JSON.stringify(out[2])}`);
    // Output stands where the tag stands: right after it, before <p>between</p>.
    const order = await ctx.page.evaluate(() =>
      [...document.body.children].map((e) => e.tagName + (e.className ? '.' + e.className : '')));
    expectIncludes(order.join(' '), 'PY-SCRIPT DIV.py-output P', 'order');
  },

  async 'an error shows a traceback and later tags run'(ctx) {
    await openPage(ctx, 'error.html');
    const errs = await errors(ctx.page);
    expect(errs.length === 1, `expected one error box, got ${JSON.stringify(errs)}`);
    expectIncludes(errs[0], 'Traceback (most recent call last):', 'error box');
    expectIncludes(errs[0], 'ZeroDivisionError: integer division or modulo by zero', 'error box');
    expect(await ctx.page.isVisible('pre.py-error'), 'the error box is not visible');
    const body = await ctx.page.innerText('body');
    expectIncludes(body, 'about to fail', 'page');
    expectIncludes(body, 'after the error', 'page');
    expect(!body.includes('never'), 'code after the error ran');
  },

  async 'src= loads a .py file'(ctx) {
    await openPage(ctx, 'src.html');
    const out = await outputs(ctx.page);
    expect(out[0] === 'loaded from a file True\n', `first: ${JSON.stringify(out[0])}`);
    expect(out[1] === 'loaded from a file True\n', `second: ${JSON.stringify(out[1])}`);
    const errs = await errors(ctx.page);
    expect(errs.length === 1, `expected one error box for the missing file: ${JSON.stringify(errs)}`);
    expectIncludes(errs[0], 'missing.py', 'error box');
    expectIncludes(await ctx.page.innerText('body'), 'still running', 'page');
  },

  async 'output= and target= attributes'(ctx) {
    await openPage(ctx, 'target.html');
    expect(await ctx.page.textContent('#here') === 'first:into here\n', `#here: ${await ctx.page.textContent('#here')}`);
    expect(await ctx.page.textContent('#there') === 'into there\n', `#there: ${await ctx.page.textContent('#there')}`);
    const out = await outputs(ctx.page);
    expect(out.length === 1 && out[0] === 'in place\n', `in place: ${JSON.stringify(out)}`);
  },

  async 'inline code is dedented and unescaped'(ctx) {
    await openPage(ctx, 'dedent.html');
    const out = await outputs(ctx.page);
    expect(out[0] === 'dedented a & b\n', `output: ${JSON.stringify(out)} errors: ${JSON.stringify(await errors(ctx.page))}`);
  },

  async 'the loader on its own'(ctx) {
    await ctx.page.goto(ctx.base + 'loader.html');
    await ctx.page.waitForFunction(() => window.result, null, { timeout: DONE_TIMEOUT });
    const r = await ctx.page.evaluate(() => window.result);
    expect(!r.fatal, `fatal: ${r.fatal}`);
    expect(typeof r.version === 'string' && r.version.length > 0, `version: ${r.version}`);
    expect(r.returned === undefined, `runPython returned ${JSON.stringify(r.returned)}`);
    const slept = r.sleepError ? '' : 'slept\n';
    const want = `x is 42\nstill 42\nfrom JS\n${slept}who? hi Ada\n`;
    expect(r.stdout === want, `stdout: ${JSON.stringify(r.stdout)}`);
    expect(r.readBack === 'WORD = "from JS"\n', `FS.readFile: ${JSON.stringify(r.readBack)}`);
    expect(JSON.stringify(r.asked) === '["who? "]', `prompts: ${JSON.stringify(r.asked)}`);
    expect(r.errorName === 'PythonError', `error name: ${r.errorName}`);
    expectIncludes(r.error || '', "KeyError: 'nope'", 'error');
    expect(!r.sleepError, `time.sleep: ${r.sleepError}`);
    expect(r.sleptMs >= 45, `time.sleep(0.05) took ${r.sleptMs} ms`);
  },

  async 'long loops keep the page responsive'(ctx) {
    await openPage(ctx, 'loop.html');
    const out = await outputs(ctx.page);
    expect(out[0] === 'start\nend 4499998500000\n', `output: ${JSON.stringify(out)} ${JSON.stringify(await errors(ctx.page))}`);
    // A frozen page has one gap as long as the whole run; a live one many
    // short ones (on a loaded machine some are long, so the bound is relative).
    const { gap, run } = await ctx.page.evaluate(() => ({
      gap: window.maxGap,
      run: window.doneAt - performance.getEntriesByName('pipit:first-output')[0].startTime,
    }));
    ctx.note(`longest main-thread gap while Python ran: ${gap.toFixed(0)} ms of ${run.toFixed(0)} ms`);
    expect(gap < Math.max(250, run / 2), `the page froze for ${gap.toFixed(0)} ms of ${run.toFixed(0)} ms`);
  },

  async 'time.sleep keeps the page responsive'(ctx) {
    await openPage(ctx, 'sleep.html');
    const errs = await errors(ctx.page);
    const out = await outputs(ctx.page);
    expect(out[0] === 'start\nend\n', `output: ${JSON.stringify(out)} ${JSON.stringify(errs)}`);
    const { gap, slept } = await ctx.page.evaluate(() => ({
      gap: window.maxGap,
      slept: window.doneAt - performance.getEntriesByName('pipit:first-output')[0].startTime,
    }));
    expect(slept >= 450, `time.sleep(0.5) took ${slept} ms`);
    expect(gap < Math.max(250, slept / 2), `the page froze for ${gap.toFixed(0)} ms of ${slept.toFixed(0)} ms`);
  },

  async 'a Stop button interrupts an endless loop'(ctx) {
    await ctx.page.goto(ctx.base + 'stop.html');
    await ctx.page.waitForTimeout(300);
    await ctx.page.click('#stop', { timeout: 2000 });
    await ctx.page.waitForFunction(() => document.documentElement.dataset.pyscript === 'done',
      null, { timeout: DONE_TIMEOUT });
    const errs = await errors(ctx.page);
    expect(errs.length === 1, `expected one error box: ${JSON.stringify(errs)}`);
    expectIncludes(errs[0], 'KeyboardInterrupt', 'error box');
    const out = await outputs(ctx.page);
    expect(out[1] === 'after stop True\n', `second tag: ${JSON.stringify(out)}`);
  },

  async 'examples index links every example'(ctx) {
    await ctx.page.goto(ctx.base + 'index.html');
    const links = await ctx.page.$$eval('a', (as) => as.map((a) => a.getAttribute('href')));
    const pages = fs.readdirSync(path.join(REPO, 'examples'))
      .filter((f) => f.endsWith('.html') && f !== 'index.html');
    for (const p of pages) expect(links.includes(p), `index.html does not link ${p}`);
  },
};

async function takeScreenshot(ctx) {
  if (process.env.PIPIT_SCREENSHOT === '0') return;
  await ctx.page.setViewportSize({ width: 640, height: 200 });
  await openPage(ctx, 'hello.html');
  await ctx.page.screenshot({ path: path.join(REPO, 'docs', 'screenshot.png') });
}

// The tests of this file, then those of every tests/web/suite-*.mjs (each
// exports TESTS: { name: async (ctx) => ... }), in file-name order.
async function allTests() {
  const all = { ...TESTS };
  const dir = path.join(REPO, 'tests/web');
  for (const f of fs.readdirSync(dir).filter((f) => /^suite-.*\.mjs$/.test(f)).sort()) {
    const mod = await import(path.join(dir, f));
    Object.assign(all, mod.TESTS);
  }
  return all;
}

async function main() {
  const filter = process.argv[2] || '';
  const server = await startServer({
    roots: [path.join(REPO, 'tests/web/pages'), WEB_BUILD, path.join(REPO, 'examples')],
  });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'pipit-chromium-'));
  let browser = null;
  let passed = 0, failed = 0, skipped = 0;
  try {
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM, headless: true, args: FLAGS,
    });
    for (const [name, fn] of Object.entries(await allTests())) {
      if (!name.includes(filter)) continue;
      const page = await browser.newPage();
      const logs = [];
      page.on('console', (m) => logs.push(`console.${m.type()}: ${m.text()}`));
      page.on('pageerror', (e) => logs.push(`page error: ${e.message}`));
      const notes = [];
      const ctx = { page, base: server.url, note: (s) => notes.push(s) };
      try {
        await fn(ctx);
        passed++;
        console.log(`ok   ${name}`);
      } catch (e) {
        if (e instanceof Skip) {
          skipped++;
          console.log(`skip ${name}: ${e.message}`);
          await page.close();
          continue;
        }
        failed++;
        console.log(`FAIL ${name}\n     ${e instanceof Failure ? e.message : e.stack}`);
        for (const l of logs.slice(0, 20)) console.log(`     ${l}`);
      }
      for (const n of notes) console.log(`     ${n}`);
      await page.close();
    }
    if (!filter) {
      const page = await browser.newPage();
      await takeScreenshot({ page, base: server.url });
      await page.close();
    }
  } finally {
    if (browser) await browser.close();
    server.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  console.log(`web: ${passed} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : ''));
  process.exit(failed ? 1 : 0);
}

main().catch((e) => {
  console.log(e.stack || String(e));
  console.log('web: 0 passed, 1 failed');
  process.exit(1);
});
