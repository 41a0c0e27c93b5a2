// npm run demo: evaluates the bundled example release (real scanner outputs in fixtures/demo/release)
// with the release preset, then the same release against an assessment with an unverified critical control.
// The evaluation date is pinned so the demo's exceptions and due dates stay valid.
import { spawnSync } from 'node:child_process';

const env = { ...process.env, SHIPGATE_NOW: process.env.SHIPGATE_NOW ?? '2026-11-25T12:00:00Z' };
const cases = [
  {
    title: 'Case 1: the release with its register, assessment and exception (expect approved with conditions, exit 0)',
    args: ['evaluate', '--root', 'fixtures/demo/release', '--out', '.artifacts/demo'],
    expected: 0,
  },
  {
    title: 'Case 2: the same release, but a critical control is only partially verified (expect rejected, exit 1)',
    args: ['evaluate', '--root', 'fixtures/demo/release', '--policy', '.shipgate/policy-unverified.yml', '--dry-run'],
    expected: 1,
  },
];
let failed = false;
for (const c of cases) {
  console.log(`\n=== ${c.title}\n$ shipgate ${c.args.join(' ')}\n`);
  const result = spawnSync(process.execPath, ['dist/cli.js', ...c.args], { env, stdio: 'inherit' });
  console.log(`(exit code ${result.status})`);
  if (result.status !== c.expected) failed = true;
}
if (failed) {
  console.error('\nThe demo did not end as expected.');
  process.exit(1);
}
