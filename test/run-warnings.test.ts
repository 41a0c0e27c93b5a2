import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../src/logger.js';
import { run } from '../src/run.js';

const DEMO = fileURLToPath(new URL('../fixtures/demo/release', import.meta.url));

/** The demo release with its policy's exceptions.trustedRef set to `value` (or left out). */
async function evaluateWith(trustedRef: string | undefined, clockPinned = false) {
  const root = mkdtempSync(join(tmpdir(), 'sg-run-'));
  cpSync(DEMO, root, { recursive: true });
  mkdirSync(join(root, '.shipgate'), { recursive: true });
  const policy = [
    'version: 1',
    'extends: release',
    ...(trustedRef === undefined ? [] : ['exceptions:', `  trustedRef: ${trustedRef}`]),
    '',
  ].join('\n');
  writeFileSync(join(root, '.shipgate/extra-policy.yml'), policy);
  const result = await run({
    root,
    scans: ['reports/*'],
    dryRun: true,
    clock: () => new Date('2026-11-25T12:00:00Z'),
    clockPinned,
    logger: silentLogger,
    policy: '.shipgate/extra-policy.yml',
  });
  return result.evaluation.warnings;
}

describe('run: warnings about settings that do not do what they say', () => {
  it('exceptions.trustedRef other than auto is reported as not read; auto and absent are silent', async () => {
    const refWarning = (w: string) => w.includes('exceptions.trustedRef');
    expect((await evaluateWith(undefined)).filter(refWarning)).toEqual([]);
    expect((await evaluateWith('auto')).filter(refWarning)).toEqual([]);
    expect((await evaluateWith('none')).filter(refWarning)).toEqual([
      ".shipgate/extra-policy.yml: line 4, column 15: exceptions.trustedRef 'none' is not read; where policy and exception files come from is the Action's trusted-ref input (default auto: the base commit of a pull request).",
    ]);
  });

  it('a pinned clock is recorded in the warnings; the real clock is not', async () => {
    const pinned = (w: string) => w.startsWith('SHIPGATE_NOW pins');
    expect((await evaluateWith(undefined, true)).filter(pinned)).toEqual([
      'SHIPGATE_NOW pins the evaluation time to 2026-11-25T12:00:00.000Z: dates are judged against it, not the real date.',
    ]);
    expect((await evaluateWith(undefined, false)).filter(pinned)).toEqual([]);
  });

  it("says when a policy file inherits the advisory preset's mode; not when it sets a mode, names the preset, or the run sets one", async () => {
    const root = mkdtempSync(join(tmpdir(), 'sg-mode-'));
    cpSync(DEMO, root, { recursive: true });
    const evaluate = async (policy: string, extra: { mode?: 'enforce' | 'advisory'; policy?: string } = {}) => {
      writeFileSync(join(root, '.shipgate/policy.yml'), policy);
      const result = await run({
        root,
        scans: ['reports/*'],
        dryRun: true,
        clock: () => new Date('2026-11-25T12:00:00Z'),
        clockPinned: false,
        logger: silentLogger,
        ...extra,
      });
      return result.evaluation.warnings.filter((w) => w.includes('mode advisory comes from'));
    };
    const blocking =
      'version: 1\nextends: advisory\ngates:\n  scan-cleanliness: { enforcement: blocking }\n  control-verification: { enforcement: blocking }\n';
    expect(await evaluate(blocking)).toEqual([
      ".shipgate/policy.yml: mode advisory comes from preset:advisory, which the policy extends: the job does not fail when the release is rejected. Set mode: enforce in .shipgate/policy.yml to make the gates block (a gate's enforcement: blocking decides the decision, not the job).",
    ]);
    expect(await evaluate(`${blocking}mode: enforce\n`)).toEqual([]);
    expect(await evaluate(`${blocking}mode: advisory\n`)).toEqual([]);
    expect(await evaluate(blocking, { mode: 'enforce' })).toEqual([]);
    expect(await evaluate(blocking, { policy: 'advisory' })).toEqual([]);
    expect(await evaluate('version: 1\nextends: release\n')).toEqual([]);
  });
});
