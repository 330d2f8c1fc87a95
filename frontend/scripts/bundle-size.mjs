// Prints the production bundle size (raw and gzip) of frontend/dist: every
// JS/CSS asset, the total, and what the first page load needs (the files
// index.html references directly plus their static imports).
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error('bundle-size: dist/index.html not found; run `npm run build` first');
  process.exit(1);
}

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const files = walk(dist)
  .filter((p) => /\.(js|css|html)$/.test(p))
  .map((p) => {
    const buf = readFileSync(p);
    return { name: relative(dist, p), raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length, text: buf.toString('utf8') };
  })
  .sort((a, b) => b.gzip - a.gzip);

// First load: index.html's scripts/styles and, transitively, static imports.
const byName = new Map(files.map((f) => [f.name, f]));
const initial = new Set(['index.html']);
const queue = ['index.html'];
while (queue.length) {
  const f = byName.get(queue.shift());
  if (!f) continue;
  const refs = f.name.endsWith('.html')
    ? [...f.text.matchAll(/(?:src|href)="\/?(assets\/[^"]+)"/g)].map((m) => m[1])
    : [...f.text.matchAll(/(?:^|[;\s}])import\s*(?:[\w${},*\s]+from\s*)?["']\.\/([^"']+)["']/g)].map((m) => `assets/${m[1]}`);
  for (const r of refs) {
    if (!initial.has(r) && byName.has(r)) {
      initial.add(r);
      queue.push(r);
    }
  }
}

const sum = (list, k) => list.reduce((a, f) => a + f[k], 0);
const width = Math.max(...files.map((f) => f.name.length), 10);
console.log('\nProduction bundle (frontend/dist):');
for (const f of files) {
  console.log(`  ${f.name.padEnd(width)}  ${kb(f.raw).padStart(10)}  gzip ${kb(f.gzip).padStart(9)}${initial.has(f.name) ? '  (first load)' : ''}`);
}
const init = files.filter((f) => initial.has(f.name));
console.log(`  ${'total'.padEnd(width)}  ${kb(sum(files, 'raw')).padStart(10)}  gzip ${kb(sum(files, 'gzip')).padStart(9)}`);
console.log(`BUNDLE_GZIP_TOTAL_KB=${(sum(files, 'gzip') / 1024).toFixed(1)}`);
console.log(`BUNDLE_GZIP_FIRST_LOAD_KB=${(sum(init, 'gzip') / 1024).toFixed(1)}`);
