/**
 * A SARIF result that names no rule gets the rule id `(no rule id)` (src/ingest/sarif.ts). An exception
 * selecting by that rule id selected every rule-less result of every tool; it is now refused as too broad.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { NO_RULE_ID } from '../../src/evidence/exceptions.js';
import { silentLogger } from '../../src/logger.js';
import { run } from '../../src/run.js';

function sarif(tool: string, paths: string[]): string {
  return JSON.stringify({
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: tool } },
        results: paths.map((uri) => ({
          level: 'error',
          message: { text: 'something is wrong here' },
          locations: [{ physicalLocation: { artifactLocation: { uri }, region: { startLine: 3 } } }],
        })),
      },
    ],
  });
}

async function evaluate(match: string | undefined) {
  const root = mkdtempSync(join(tmpdir(), 'sg-exc-no-rule-'));
  mkdirSync(join(root, 'reports'));
  mkdirSync(join(root, '.shipgate/exceptions'), { recursive: true });
  writeFileSync(join(root, 'reports/a.sarif'), sarif('ScannerA', ['src/a.js']));
  writeFileSync(join(root, 'reports/b.sarif'), sarif('ScannerB', ['src/b.js']));
  if (match !== undefined)
    writeFileSync(
      join(root, '.shipgate/exceptions/x.yml'),
      `exceptions:\n  - id: EXC-0001\n    type: false-positive\n    match: ${match}\n    reason: r\n    owner: carol\n    approvedBy: security-lead\n    approvedOn: 2026-11-20\n    expires: 2027-01-15\n`,
    );
  return run({
    root,
    scans: ['reports/*.sarif'],
    dryRun: true,
    clock: () => new Date('2026-11-25T12:00:00Z'),
    logger: silentLogger,
  });
}

describe('an exception selecting the rule id of results without one', () => {
  it('is the rule id the SARIF reader gives a result without one', async () => {
    const { evaluation } = await evaluate(undefined);
    expect(evaluation.findings.map((f) => f.ruleId)).toEqual([NO_RULE_ID, NO_RULE_ID]);
  });

  it('is refused as a configuration error naming the file, line and what to use instead', async () => {
    const error = await evaluate('{ rule: "(no rule id)" }').then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error).toBeInstanceOf(ConfigError);
    expect(error?.message).toBe(
      ".shipgate/exceptions/x.yml: line 4, column 21: exception 'EXC-0001' selects by rule '(no rule id)', which names no rule: shipgate gives that rule id to every SARIF result without one, of every tool, which is too broad (expected the finding's SG- id in 'finding' instead).",
    );
  });

  it('the finding id excepts the one finding it names, and no other', async () => {
    const { evaluation } = await evaluate(undefined);
    const [first] = evaluation.findings;
    const named = await evaluate(`{ finding: ${first?.id} }`);
    expect(named.evaluation.findings.map((f) => [f.id, f.excepted])).toEqual(
      evaluation.findings.map((f) => [f.id, f.id === first?.id]),
    );
  });
});
