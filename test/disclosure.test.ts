/**
 * What an approval relied on is on its certificate: suppressions honored from the reports, severities
 * the policy set, required scan types, and scans that did not complete while evidence-completeness is
 * off. Each is checked with and without the setting that brings it in.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { summarizeOverrides } from '../src/evaluation.js';
import { silentLogger } from '../src/logger.js';
import { run } from '../src/run.js';
import { escapeMarkdown } from '../src/report/markdown.js';
import { renderJobSummary } from '../src/report/summary.js';
import { renderText } from '../src/report/text.js';
import { makeFinding } from './helpers.js';

const FIXTURES = fileURLToPath(new URL('../fixtures', import.meta.url));
const NOW = () => new Date('2026-11-25T12:00:00Z');

/** The demo release with `extra` appended to its policy. */
function release(extra = ''): string {
  const root = mkdtempSync(join(tmpdir(), 'sg-disclose-'));
  cpSync(join(FIXTURES, 'demo/release'), root, { recursive: true });
  const policy = join(root, '.shipgate/policy.yml');
  writeFileSync(policy, `${readFileSync(policy, 'utf8')}${extra}`);
  return root;
}

async function evaluate(root: string, dryRun = false) {
  const result = await run({ root, scans: [], dryRun, clock: NOW, logger: silentLogger });
  const certificate = (name: string) => readFileSync(join(result.outDir, name), 'utf8');
  return { result, certificate };
}

type Shipgate = {
  inFileSuppressions: { findings: number; ids: string[] };
  severityOverrides: { override: number; match: string; severity: string; findings: number; from: object }[];
};
const shipgateOf = (json: string): Shipgate =>
  (JSON.parse(json) as { predicate: { shipgate: Shipgate } }).predicate.shipgate;

describe('what an approval relied on is on its certificate', () => {
  it('severity overrides: each override, what it set, how many findings and their severity before', async () => {
    const plain = await evaluate(release());
    expect(shipgateOf(plain.certificate('security-approval-certificate.json')).severityOverrides).toEqual([]);
    expect(plain.certificate('security-approval-certificate.md')).not.toContain('## Severity overrides');

    const lowered = await evaluate(
      release('severity:\n  overrides:\n    - { match: { rule: js/xss }, severity: info }\n'),
    );
    expect(lowered.result.exitCode).toBe(0);
    const [override] = shipgateOf(lowered.certificate('security-approval-certificate.json')).severityOverrides;
    expect(override).toMatchObject({
      override: 1,
      match: 'rule=js/xss',
      severity: 'info',
      findings: 2,
      from: { high: 2 },
    });
    expect(lowered.certificate('security-approval-certificate.md')).toContain(
      '| 1 | rule=js/xss | info | 2 | high 2 |',
    );
  });

  it('severity overrides: the text output, the job summary and the disposition record say so too', async () => {
    const root = release(
      'severity:\n  overrides:\n    - { match: { rule: js/xss }, severity: info }\n    - { match: { scanType: dependency }, severity: low }\n',
    );
    const { result } = await evaluate(root);
    const [xss, secret] = result.evaluation.severityOverrides ?? [];
    expect(xss).toMatchObject({ override: 1, findings: 2, severity: 'info', from: { high: 2 } });
    expect(secret).toMatchObject({ override: 2, severity: 'low' });
    expect(secret?.findings).toBeGreaterThan(0);
    const before = Object.entries(secret?.from ?? {})
      .map(([severity, n]) => `${n} ${severity}`)
      .join(', ');
    const sentence = `The policy's severity overrides set the severity of ${2 + (secret?.findings ?? 0)} finding(s): #1 (rule=js/xss) set 2 to info (was 2 high); #2 (scanType=dependency) set ${secret?.findings} to low (was ${before}).`;
    expect(renderText(result.evaluation, { color: false })).toContain(`\n${sentence}\n`);
    expect(renderJobSummary(result.evaluation)).toContain(`\n${escapeMarkdown(sentence)}\n`);
    expect(readFileSync(join(result.outDir, 'disposition-record.md'), 'utf8')).toContain(
      `\n${escapeMarkdown(sentence)}\n`,
    );
    // Without overrides, none of them says anything about overrides.
    const plain = await evaluate(release(), true);
    expect(renderText(plain.result.evaluation, { color: false })).not.toContain('severity overrides');
    expect(renderJobSummary(plain.result.evaluation)).not.toContain('severity overrides');
  });

  it('suppressions honored from the reports: a condition, and listed on the certificate', async () => {
    const extra = [
      '  inFileSuppressions: honor',
      'inputs:',
      '  - reports/codeql.sarif',
      '  - reports/trivy.json',
      '  - reports/gitleaks.sarif',
      '  - path: reports/eslint.sarif',
      '    scanType: sast',
      '',
    ].join('\n');
    const root = release(extra);
    cpSync(join(FIXTURES, 'sarif/eslint-8.56.0-all-suppressed-insource.sarif'), join(root, 'reports/eslint.sarif'));
    // The policy's inputs list is replaced: the appended one is the list that counts.
    writeFileSync(
      join(root, '.shipgate/policy.yml'),
      readFileSync(join(root, '.shipgate/policy.yml'), 'utf8').replace(/^inputs:\n( {2}- .*\n)+(?=exceptions:)/m, ''),
    );
    const { result, certificate } = await evaluate(root);
    const inFile = result.evaluation.exceptions.inFile;
    expect(inFile.length).toBeGreaterThan(0);
    expect(result.evaluation.conditions).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^${inFile.length} finding\\(s\\) excepted by suppressions recorded in the reports \\(exceptions\\.inFileSuppressions: honor; no approver, no expiry\\)`,
        ),
      ),
    );
    expect(shipgateOf(certificate('security-approval-certificate.json')).inFileSuppressions).toEqual({
      findings: inFile.length,
      ids: inFile.slice(0, 100),
    });
    expect(certificate('security-approval-certificate.md')).toContain('## Suppressions honored');
    // Without honor, nothing is excepted that way, and no such condition is made.
    const plain = await evaluate(release(), true);
    expect(plain.result.evaluation.exceptions.inFile).toEqual([]);
    expect(plain.result.evaluation.conditions.some((c) => c.includes('suppressions recorded in the reports'))).toBe(
      false,
    );
  });

  it('evidence-completeness says what it required, and whether a commit was', async () => {
    const { result } = await evaluate(release(), true);
    const gate = result.evaluation.gates.find((g) => g.id === 'evidence-completeness');
    expect(gate?.summary).toBe(
      '3 input(s), 3 tool run(s); covered: dependency, sast, secret; required: sast, dependency, secret',
    );
    const strict = await run({
      root: release('evidence:\n  required: [secret]\n  requireCommit: true\n'),
      scans: [],
      dryRun: true,
      clock: NOW,
      logger: silentLogger,
    });
    expect(strict.evaluation.gates.find((g) => g.id === 'evidence-completeness')?.summary).toMatch(
      /; required: secret; commit required$/,
    );
  });

  it('a scan that did not complete is a warning when evidence-completeness is off, and a gate failure otherwise', async () => {
    const failed = JSON.stringify({
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'CodeQL' } },
          invocations: [{ executionSuccessful: false }],
          results: [],
        },
      ],
    });
    const off = release('gates:\n  evidence-completeness: { enforcement: off }\n');
    writeFileSync(join(off, 'reports/codeql.sarif'), failed);
    const quiet = await evaluate(off, true);
    expect(quiet.result.evaluation.warnings).toContain(
      'reports/codeql.sarif: CodeQL did not complete (/runs/0/invocations/0/executionSuccessful: CodeQL reports that its execution did not succeed.); evidence-completeness is off, so this does not stop the release.',
    );
    const on = release();
    writeFileSync(join(on, 'reports/codeql.sarif'), failed);
    const blocked = await evaluate(on, true);
    expect(blocked.result.evaluation.decision).toBe('rejected');
    expect(blocked.result.evaluation.warnings.some((w) => w.includes('evidence-completeness is off'))).toBe(false);
  });

  it('summarizeOverrides names the last matching override and leaves findings it did not decide out', () => {
    const a = makeFinding({ ruleId: 'r1', severity: 'critical' });
    const b = makeFinding({ ruleId: 'r2', severity: 'low' });
    const overrides = [
      { match: { rule: 'r1' }, severity: 'high' as const },
      { match: { rule: 'r1' }, severity: 'medium' as const },
    ];
    const after = [{ ...a, severity: 'medium' as const }, b];
    expect(summarizeOverrides([a, b], after, overrides)).toEqual([
      { override: 2, match: 'rule=r1', severity: 'medium', findings: 1, from: { critical: 1 }, ids: [a.id] },
    ]);
    expect(summarizeOverrides([a, b], [a, b], [])).toEqual([]);
  });
});
