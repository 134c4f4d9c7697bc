export const DONE_TIMEOUT = 20000;

// Helpers shared by the browser suites (run.mjs and tests/web/suite-*.mjs).
export class Failure extends Error {}
export class Skip extends Error {}

export function expect(cond, what) {
  if (!cond) throw new Failure(what);
}

export function expectIncludes(text, part, where) {
  expect(text.includes(part), `${where}: expected ${JSON.stringify(part)} in ${JSON.stringify(text)}`);
}

// Opens [file] and waits until pyscript.js has run every tag.
export async function openPage(ctx, file) {
  await ctx.page.goto(ctx.base + file);
  await ctx.page.waitForFunction(() => document.documentElement.dataset.pyscript === 'done',
    null, { timeout: DONE_TIMEOUT });
}

export const outputs = (page) => page.$$eval('.py-output', (els) => els.map((e) => e.textContent));
export const errors = (page) => page.$$eval('pre.py-error', (els) => els.map((e) => e.textContent));

