#!/usr/bin/env node
// The one test command (npm test): typecheck, lint, format check, build, unit and
// end-to-end tests, then one plain line: "N passed, N failed, N skipped".
// A failed check (typecheck, lint, format, build) counts as one failed test.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const reports = join('test-results', 'reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const vitestJson = join(reports, 'vitest.json');
const playwrightJson = join(reports, 'playwright.json');

const checks = [
  ['Typecheck', 'npx', ['tsc', '-b']],
  ['Lint', 'npx', ['eslint', '.', '--max-warnings', '0']],
  ['Format', 'npx', ['prettier', '--check', '.']],
  ['Build', 'npx', ['electron-vite', 'build']],
];

const totals = { passed: 0, failed: 0, skipped: 0 };
const failedSteps = [];

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = result.status === 0;
  console.log(`${ok ? '✔' : '✘'} ${label} (${seconds} s)`);
  return ok;
}

for (const [label, command, args] of checks) {
  if (run(label, command, args)) totals.passed += 1;
  else {
    totals.failed += 1;
    failedSteps.push(label);
  }
}

const built = !failedSteps.includes('Build');

const unitOk = run(
  'Unit tests',
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`],
  {
    NO_COLOR: '1',
  },
);
countVitest(unitOk);

if (built) {
  const e2eOk = run('End-to-end tests', 'npx', ['playwright', 'test'], {
    PW_JSON_OUTPUT: playwrightJson,
  });
  countPlaywright(e2eOk);
} else {
  console.log('End-to-end tests not run: the build failed.');
  totals.failed += 1;
  failedSteps.push('End-to-end tests (not run)');
}

if (failedSteps.length) console.log(`\nFailed: ${failedSteps.join(', ')}`);
const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(totals.failed > 0 ? 1 : 0);

function countVitest(ok) {
  if (!existsSync(vitestJson)) {
    totals.failed += 1;
    failedSteps.push('Unit tests (no report)');
    return;
  }
  const report = JSON.parse(readFileSync(vitestJson, 'utf8'));
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  totals.skipped += report.numPendingTests + report.numTodoTests;
  // A suite that fails to load has no failed tests but is still a failure.
  if (!ok && report.numFailedTests === 0) {
    totals.failed += 1;
    failedSteps.push('Unit tests (a file failed to load)');
  }
}

function countPlaywright(ok) {
  if (!existsSync(playwrightJson)) {
    totals.failed += 1;
    failedSteps.push('End-to-end tests (no report)');
    return;
  }
  const { stats } = JSON.parse(readFileSync(playwrightJson, 'utf8'));
  totals.passed += stats.expected + stats.flaky;
  totals.failed += stats.unexpected;
  totals.skipped += stats.skipped;
  if (!ok && stats.unexpected === 0) {
    totals.failed += 1;
    failedSteps.push('End-to-end tests (run failed)');
  }
}
