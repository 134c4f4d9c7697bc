// Times bench/*.py in headless Chromium through the loader (runPython), best
// of RUNS; the in-browser counterpart of bench/run. Needs `make web`.
//   node bench/web.mjs [runs]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/serve.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.argv[2] || 3);
const FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

// PIPIT_WEB: another web build to time (default build/web).
const WEB_DIR = process.env.PIPIT_WEB || path.join(REPO, 'build/web');
const server = await startServer({ roots: [WEB_DIR, path.join(REPO, 'bench')] });
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'pipit-bench-'));
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, args: FLAGS,
});
try {
  const page = await browser.newPage();
  await page.goto(server.url + 'pipit.js');
  const programs = fs.readdirSync(path.join(REPO, 'bench')).filter((f) => f.endsWith('.py')).sort();
  console.log(`${'program'.padEnd(14)} ${'browser'.padStart(10)}`);
  for (const program of programs) {
    const result = await page.evaluate(async ({ base, program, runs }) => {
      const { loadPipit } = await import(base + 'pipit.js');
      const code = await (await fetch(base + program)).text();
      let best = Infinity;
      let out = '';
      for (let i = 0; i < runs; i++) {
        out = '';
        const py = await loadPipit({ stdout: (t) => { out += t; } });
        const t0 = performance.now();
        try {
          py.runPython(code, { filename: program });
        } catch (e) {
          return { error: e.message.trim().split('\n').pop() };
        }
        best = Math.min(best, performance.now() - t0);
      }
      return { best, out };
    }, { base: server.url, program, runs: RUNS });
    const expected = execFileSync('python3', [path.join(REPO, 'bench', program)], { encoding: 'utf8' });
    if (!result.error && result.out !== expected) result.error = `wrong output: ${JSON.stringify(result.out.slice(0, 80))}`;
    const name = program.replace(/\.py$/, '').padEnd(14);
    console.log(result.error ? `${name} ${'error'.padStart(10)}  ${result.error}` :
      `${name} ${(result.best / 1000).toFixed(4).padStart(9)}s`);
  }
} finally {
  await browser.close();
  server.close();
  fs.rmSync(profile, { recursive: true, force: true });
}
