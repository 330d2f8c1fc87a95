// npm run e2e: the whole end-to-end run against the real Go server.
import { chromium } from 'playwright-core';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  CHROMIUM_ARGS,
  RESULTS,
  Runner,
  buildServer,
  ensureBuilt,
  log,
  makeWorkDir,
  removeWorkDir,
  startServer,
} from './harness.mjs';
import { scenarios } from './scenarios.mjs';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(`e2e: ${executablePath} not found: apt-get update && apt-get install -y chromium`);
  process.exit(2);
}

// Screenshots of earlier failures would only mislead.
mkdirSync(RESULTS, { recursive: true });
for (const f of readdirSync(RESULTS)) if (f.startsWith('failure-')) rmSync(join(RESULTS, f));

const work = makeWorkDir();
let server;
let browser;
const runner = new Runner();
let exitCode = 1;
try {
  ensureBuilt();
  const bin = buildServer(work);
  server = await startServer(bin, work);
  browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  log('e2e: running scenarios');
  await scenarios({ browser, base: server.base, runner });
  exitCode = runner.failed === 0 ? 0 : 1;
} catch (err) {
  log(`e2e: aborted: ${err?.stack ?? err}`);
  runner.failed++;
} finally {
  await browser?.close().catch(() => undefined);
  await server?.stop().catch(() => undefined);
  removeWorkDir(work);
}
log(`\ne2e: ${runner.passed} passed, ${runner.failed} failed`);
process.exit(exitCode);
