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
import { caseworkScenario } from './casework.mjs';
import { consultationScenario } from './consultation.mjs';
import { catalogueScenario } from './catalogue.mjs';
import { incubationScenario } from './incubation.mjs';
import { grantsScenario } from './grants.mjs';
import { partyScenario } from './party.mjs';

// E2E_ONLY=party (or grants, incubation…) runs one programme's walk alone
// against a fresh demo server: a quicker loop while working on it. The full
// run (scenarios.mjs) is what CI and `make test` run.
const ONLY = {
  casework: caseworkScenario,
  consultation: consultationScenario,
  catalogue: catalogueScenario,
  incubation: incubationScenario,
  grants: grantsScenario,
  party: partyScenario,
};
const only = process.env.E2E_ONLY;
if (only && !ONLY[only]) {
  console.error(`e2e: E2E_ONLY=${only} is none of ${Object.keys(ONLY).join(', ')}`);
  process.exit(2);
}

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
  if (only) {
    log(`e2e: running the ${only} scenario only`);
    await ONLY[only]({ browser, base: server.base, runner });
  } else {
    log('e2e: running scenarios');
    await scenarios({ browser, base: server.base, runner });
  }
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
