// Lays out lib/ for the web build's standard library on demand: copies every
// lib/**/*.py to OUT/ and writes OUT/index.json, the module names with the
// lib modules each one imports (so the loader can fetch what a program
// needs, with what that needs, in one parallel round).
//   node scripts/weblib.mjs lib build/web/lib
import fs from 'node:fs';
import path from 'node:path';

const [root = 'lib', out = 'build/web/lib'] = process.argv.slice(2);

function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return walk(p);
    return e.name.endsWith('.py') ? [p] : [];
  });
}

// The module names a source imports (absolute, relative ones resolved
// against [pkg], the package the source belongs to).
export function importedNames(source, pkg = '') {
  const names = new Set();
  const absolute = (mod) => {
    const m = /^(\.*)(.*)$/.exec(mod);
    if (!m[1]) return mod;
    const parts = pkg ? pkg.split('.') : [];
    const base = parts.slice(0, parts.length - (m[1].length - 1)).join('.');
    return [base, m[2]].filter(Boolean).join('.');
  };
  for (const m of source.matchAll(/^[ \t]*import[ \t]+([\w. \t,]+)/gm)) {
    for (const item of m[1].split(',')) {
      const name = item.trim().split(/\s+/)[0];
      if (name) names.add(name);
    }
  }
  for (const m of source.matchAll(/^[ \t]*from[ \t]+([\w.]+)[ \t]+import[ \t]+\(?([\w \t,*]+)/gm)) {
    const mod = absolute(m[1]);
    if (mod) names.add(mod);
    for (const item of m[2].split(',')) {
      const leaf = item.trim().split(/\s+/)[0];
      if (leaf && leaf !== '*') names.add(mod ? `${mod}.${leaf}` : leaf);
    }
  }
  // every package on the way down is imported too
  for (const n of [...names]) {
    const parts = n.split('.');
    for (let i = 1; i < parts.length; i++) names.add(parts.slice(0, i).join('.'));
  }
  return names;
}

function main() {
  const files = walk(root).sort();
  const modules = {};
  const sources = {};
  for (const f of files) {
    let rel = path.relative(root, f).replace(/\\/g, '/').replace(/\.py$/, '');
    const pkg = rel.endsWith('/__init__') || rel === '__init__';
    if (pkg) rel = rel.replace(/\/?__init__$/, '');
    if (!rel) continue;
    const name = rel.replace(/\//g, '.');
    modules[name] = { pkg: pkg ? 1 : 0, deps: [] };
    sources[name] = fs.readFileSync(f, 'utf8');
    const dest = path.join(out, path.relative(root, f));
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    fs.copyFileSync(f, dest);
  }
  for (const [name, info] of Object.entries(modules)) {
    const pkg = info.pkg ? name : name.split('.').slice(0, -1).join('.');
    info.deps = [...importedNames(sources[name], pkg)].filter((d) => d in modules && d !== name).sort();
  }
  fs.writeFileSync(path.join(out, 'index.json'), JSON.stringify({ modules }));
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) main();
