/**
 * The five reports that read as completed clean scans though the scanner scanned nothing or stopped, each
 * evaluated end to end (the library's dry run, as `shipgate evaluate --dry-run`) under a policy that
 * requires only the scan type the report would cover: each is rejected by evidence-completeness, and the
 * same report on the other side of the boundary is approved. Built from the real fixtures where they apply.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/index.js';
import { silentLogger } from '../../src/logger.js';
import type { ScanType } from '../../src/model.js';
import { FIXTURES } from './harness.js';

const tmp = mkdtempSync(join(tmpdir(), 'shipgate-scan-evidence-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const fixtureText = (rel: string): string => readFileSync(join(FIXTURES, rel), 'utf8');
const fixtureJson = (rel: string): Record<string, unknown> => JSON.parse(fixtureText(rel)) as Record<string, unknown>;

/**
 * The release preset requiring only `required`, without the two gates that read files other than the
 * reports (the manual assessment and the findings register), so that the decision is the reports' alone.
 */
const POLICY = (required: ScanType) =>
  `version: 1\nextends: release\nevidence:\n  required: [${required}]\ngates:\n  control-verification: { enforcement: off }\n  disposition-integrity: { enforcement: off }\n`;

/**
 * Evaluates one report (dry run) under a policy that requires only `required`, with its format declared
 * when given; gives the decision, the evidence-completeness gate and the input.
 */
async function evaluate(name: string, content: unknown, required: ScanType, format?: string) {
  const root = mkdtempSync(join(tmp, 'run-'));
  mkdirSync(join(root, 'reports'));
  writeFileSync(join(root, 'reports', name), typeof content === 'string' ? content : JSON.stringify(content));
  mkdirSync(join(root, '.shipgate'));
  const input = format === undefined ? `reports/${name}` : `{ path: reports/${name}, format: ${format} }`;
  writeFileSync(join(root, '.shipgate/policy.yml'), `${POLICY(required)}inputs:\n  - ${input}\n`);
  const { evaluation } = await run({
    root,
    scans: [],
    dryRun: true,
    clock: () => new Date('2026-11-25T12:00:00Z'),
    logger: silentLogger,
  });
  const gate = evaluation.gates.find((g) => g.id === 'evidence-completeness');
  return { decision: evaluation.decision, gate, input: evaluation.inputs[0] };
}

const missing = (type: ScanType) => `no completed ${type} scan among the inputs (the policy requires ${type}).`;

describe('evaluate: reports of nothing scanned, or of a scan that stopped, are rejected', () => {
  it('Checkov: the real bare summary (resourcecount 0) is rejected; resourcecount 1 is an input error (Checkov writes the bare summary with every count 0)', async () => {
    const rel = 'checkov-json/checkov-2.1.269-summary-only-no-vulns.json';
    const none = await evaluate('checkov.json', fixtureText(rel), 'iac');
    expect(none.input?.format).toBe('checkov');
    expect(none.decision).toBe('rejected');
    expect(none.gate?.reasons).toEqual([missing('iac')]);
    await expect(evaluate('checkov.json', { ...fixtureJson(rel), resourcecount: 1 }, 'iac')).rejects.toThrow(
      /reports\/checkov\.json: \/resourcecount: the report is a bare summary that counts 1 resource\(s\) without listing them/,
    );
    // A framework report of the same Checkov covers iac and is approved.
    const framework = await evaluate(
      'checkov.json',
      fixtureText('checkov-json/checkov-2.2.34-with-severity.json'),
      'iac',
    );
    expect(framework.gate?.reasons).toEqual([]);
  });

  it('TruffleHog: a finished scan of 0 chunks and 0 bytes is approved with a warning (a --since-commit range may add nothing), as 1 chunk is', async () => {
    const log = (chunks: number, bytes: number) =>
      `${JSON.stringify({ level: 'info-0', logger: 'trufflehog', msg: 'finished scanning', chunks, bytes, verified_secrets: 0, unverified_secrets: 0, trufflehog_version: '3.93.0' })}\n`;
    // A file of log lines alone is detected as no format (TruffleHog's is told by its result lines): declared.
    const none = await evaluate('trufflehog.jsonl', log(0, 0), 'secret', 'trufflehog');
    expect(none.decision).toBe('approved');
    expect(none.input?.warnings.some((w) => w.includes('TruffleHog read nothing'))).toBe(true);
    const one = await evaluate('trufflehog.jsonl', log(1, 64), 'secret', 'trufflehog');
    expect(one.decision).toBe('approved');
  });

  it('GitLab: the real njsscan report emptied, with a fatal message and status success, is rejected; with a warn message approved', async () => {
    const doc = fixtureJson('gitlab-sast-json/gl-sast-v15-confidence.json');
    const report = (level: string) => ({
      ...doc,
      vulnerabilities: [],
      scan: { ...(doc.scan as Record<string, unknown>), messages: [{ level, value: 'analyzer halted' }] },
    });
    const fatal = await evaluate('gl-sast-report.json', report('fatal'), 'sast');
    expect(fatal.input?.format).toBe('gitlab');
    expect(fatal.decision).toBe('rejected');
    expect(fatal.gate?.reasons).toContain(missing('sast'));
    const warn = await evaluate('gl-sast-report.json', report('warn'), 'sast');
    expect(warn.decision).toBe('approved');
  });

  it('ZAP: the real 2.14.0 report with its alerts emptied and a High insight is rejected; with a Medium one approved', async () => {
    const doc = fixtureJson('zap-json/zap-2.14.0-traditional.json');
    const report = (level: string) => ({
      ...doc,
      insights: [
        {
          level,
          reason: 'Exceeded High',
          site: '',
          key: 'insight.memory.usage',
          description: 'Percentage of memory used',
          statistic: '97',
        },
      ],
      site: (doc.site as Record<string, unknown>[]).map((site) => ({ ...site, alerts: [] })),
    });
    const high = await evaluate('zap.json', report('High'), 'dast');
    expect(high.input?.format).toBe('zap');
    expect(high.decision).toBe('rejected');
    expect(high.gate?.reasons).toContain(missing('dast'));
    const medium = await evaluate('zap.json', report('Medium'), 'dast');
    expect(medium.decision).toBe('approved');
  });

  it('govulncheck: the real v1.1.4 stream cut after its fetch message is rejected; with the check message approved', async () => {
    const head = `${fixtureText('govulncheck-json/govulncheck-1.1.4-stream.json').split('\n').slice(0, 266).join('\n')}\n`;
    const cut = await evaluate('govulncheck.json', head, 'dependency');
    expect(cut.input?.format).toBe('govulncheck');
    expect(cut.decision).toBe('rejected');
    expect(cut.gate?.reasons).toContain(missing('dependency'));
    const checked = await evaluate(
      'govulncheck.json',
      `${head}{"progress":{"message":"Checking the code against the vulnerabilities..."}}\n`,
      'dependency',
    );
    expect(checked.decision).toBe('approved');
  });
});
