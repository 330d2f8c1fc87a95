// Minimal end-to-end harness: builds and starts the real Go server with demo
// data on a free port, launches Debian's Chromium through playwright-core,
// and runs named steps, screenshotting any failure into test-results/.
import { spawn, execFileSync } from 'node:child_process';
import { createServer } from 'node:net';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FRONTEND = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const REPO = resolve(FRONTEND, '..');
export const RESULTS = join(FRONTEND, 'test-results');

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function log(...args) {
  process.stdout.write(args.join(' ') + '\n');
}

export function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
  });
}

export function ensureBuilt() {
  if (!existsSync(join(FRONTEND, 'dist', 'index.html'))) {
    log('e2e: dist/index.html missing, running `npm run build` first');
    execFileSync('npm', ['run', 'build'], { cwd: FRONTEND, stdio: 'inherit' });
  }
}

/** Builds the Go binary (embedding the current dist/) into a temp dir. */
export function buildServer(workDir) {
  const bin = join(workDir, 'hatchery');
  log(`e2e: go build -o ${bin} .`);
  const t0 = Date.now();
  execFileSync('go', ['build', '-o', bin, '.'], { cwd: REPO, stdio: 'inherit' });
  log(`e2e: built in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
  return bin;
}

/** Starts `hatchery serve --demo` on a free port with a fresh data dir. */
export async function startServer(bin, workDir) {
  const port = await freePort();
  const dataDir = join(workDir, 'data');
  mkdirSync(dataDir, { recursive: true });
  mkdirSync(RESULTS, { recursive: true });
  const env = { ...process.env };
  delete env.HATCHERY_DEMO_PASSWORD;
  for (const k of Object.keys(env)) if (k.startsWith('MINIO_')) delete env[k];
  if (process.env.E2E_MINIO === '1') {
    // Documents on the MinIO of scripts/with-minio.sh: the browser then
    // uploads and downloads across origins, straight to MinIO.
    const endpoint = process.env.HATCHERY_TEST_MINIO_ENDPOINT;
    if (!endpoint) throw new Error('E2E_MINIO=1 needs scripts/with-minio.sh (HATCHERY_TEST_MINIO_ENDPOINT is not set)');
    Object.assign(env, {
      MINIO_ENDPOINT: endpoint,
      MINIO_ACCESS_KEY: process.env.HATCHERY_TEST_MINIO_ACCESS_KEY,
      MINIO_SECRET_KEY: process.env.HATCHERY_TEST_MINIO_SECRET_KEY,
      MINIO_BUCKET: `hatchery-e2e-${port}`,
    });
    log(`e2e: documents on MinIO at ${endpoint}`);
  } else {
    log('e2e: documents in the local store');
  }
  const logFile = join(RESULTS, 'server.log');
  const out = createWriteStream(logFile);
  const child = spawn(bin, ['serve', '--demo', '--addr', `127.0.0.1:${port}`, '--data-dir', dataDir], {
    cwd: workDir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  let exited = null;
  child.on('exit', (code, signal) => {
    exited = { code, signal };
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (exited) throw new Error(`server exited early (${JSON.stringify(exited)}); see ${logFile}`);
    try {
      const res = await fetch(`${base}/healthz`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server did not become healthy within 120s; see ${logFile}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  log(`e2e: server healthy at ${base} (log: ${logFile})`);
  return {
    base,
    stop: async () => {
      if (exited) return;
      const done = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await done;
      clearTimeout(timer);
    },
  };
}

export function makeWorkDir() {
  return mkdtempSync(join(tmpdir(), 'hatchery-e2e-'));
}

export function removeWorkDir(dir) {
  rmSync(dir, { recursive: true, force: true });
}

/** Runs steps in order; a failed step is screenshotted and later ones still run unless they depend on it. */
export class Runner {
  constructor() {
    this.passed = 0;
    this.failed = 0;
    this.failures = [];
  }

  async step(name, page, fn) {
    const t0 = Date.now();
    try {
      await fn();
      this.passed++;
      log(`  ✓ ${name} (${Date.now() - t0} ms)`);
      return true;
    } catch (err) {
      this.failed++;
      this.failures.push({ name, err });
      log(`  ✗ ${name}\n    ${String(err?.stack ?? err).split('\n').slice(0, 6).join('\n    ')}`);
      if (page) {
        const file = join(RESULTS, `failure-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`);
        try {
          await page.screenshot({ path: file, fullPage: true });
          log(`    screenshot: ${file}`);
        } catch (e) {
          log(`    (screenshot failed: ${e.message})`);
        }
      }
      return false;
    }
  }
}
