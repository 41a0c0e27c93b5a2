/**
 * A `vulnerability` severity override compared with rule ids speaks for every copy of a merged finding
 * when it would lower it, as `rule` does, and as exceptionMatches judges an exception's `vulnerability`
 * (test/evidence/exc-merged-rule.test.ts). Secrets that two tools report at one path and line are one
 * finding shown under its first copy's rule: `{ vulnerability: generic-api-key } -> low` compared only
 * that id, and lowered the critical GitHub token Trivy reported on the same line, so the release was
 * approved. Such an override now lowers a merged finding only when every copy has the rule; it raises
 * one when any copy has it. A dependency finding joined across tools by a shared id is still lowered by
 * its rule id or any alias. Real reports (Trivy's secret result in trivy-fs-vulns-misconfig-secrets.json,
 * Gitleaks' json_simple test output), edited in the test.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { applySeverityOverrides } from '../src/evaluation.js';
import { silentLogger } from '../src/logger.js';
import type { Finding } from '../src/model.js';
import { copiesOf, mergeFindings } from '../src/normalize.js';
import { run } from '../src/run.js';
import { makeFinding } from './helpers.js';

const FIXTURES = fileURLToPath(new URL('../fixtures', import.meta.url));

type Entry = Record<string, unknown>;

/** Trivy's report with only its secret.txt result: a github-pat at secret.txt:1 (CRITICAL unless given). */
function trivy(severity = 'CRITICAL'): string {
  const report = JSON.parse(
    readFileSync(join(FIXTURES, 'trivy-json/trivy-fs-vulns-misconfig-secrets.json'), 'utf8'),
  ) as { Results: Entry[] };
  const results = report.Results.filter((r) => r.Class === 'secret' && r.Target === 'secret.txt');
  expect(results).toHaveLength(1);
  const [result] = results as [{ Secrets: Entry[] }];
  expect(result.Secrets).toHaveLength(1);
  expect(result.Secrets[0]).toMatchObject({ RuleID: 'github-pat', Severity: 'CRITICAL', StartLine: 1 });
  result.Secrets = [{ ...result.Secrets[0], Severity: severity }];
  return JSON.stringify({ ...report, Results: results });
}

/** Gitleaks' report with its one finding moved to secret.txt:1 under the given rule (Gitleaks rates none). */
function gitleaks(rule = 'generic-api-key'): string {
  const [first] = JSON.parse(
    readFileSync(join(FIXTURES, 'gitleaks-json/gitleaks-8-testdata-simple.json'), 'utf8'),
  ) as Entry[];
  return JSON.stringify([{ ...first, RuleID: rule, File: 'secret.txt', StartLine: 1, EndLine: 1 }]);
}

/** The reviewer's policy: the given overrides (YAML flow mappings), and only a critical finding blocks. */
function policy(overrides: readonly string[]): string {
  return [
    'version: 1',
    'severity:',
    '  overrides:',
    ...overrides.map((o) => `    - ${o}`),
    'gates:',
    '  evidence-completeness: { enforcement: off }',
    '  control-verification: { enforcement: off }',
    '  disposition-integrity: { enforcement: off }',
    '  scan-cleanliness: { max: { critical: 0 }, requirePlan: [] }',
    '',
  ].join('\n');
}

/** The release preset's override, which the reviewer's policy kept first. */
const SECRET_CRITICAL = '{ match: { scanType: secret }, severity: critical }';

/** A dry run over the given reports and overrides. */
async function evaluate(reports: Record<string, string>, overrides: readonly string[]) {
  const root = mkdtempSync(join(tmpdir(), 'sg-override-merged-rule-'));
  mkdirSync(join(root, 'reports'));
  mkdirSync(join(root, '.shipgate'));
  writeFileSync(join(root, '.shipgate/policy.yml'), policy(overrides));
  for (const [name, text] of Object.entries(reports)) writeFileSync(join(root, 'reports', name), text);
  const { evaluation } = await run({
    root,
    scans: Object.keys(reports).map((name) => `reports/${name}`),
    dryRun: true,
    clock: () => new Date('2026-11-25T12:00:00Z'),
    logger: silentLogger,
  });
  const secrets = evaluation.findings.filter((f) => f.scanType === 'secret');
  expect(secrets).toHaveLength(1);
  return { evaluation, secret: secrets[0] as (typeof secrets)[number] };
}

const BOTH = { 'trivy.json': trivy(), 'gitleaks.json': gitleaks() };

describe('a vulnerability override that would lower a secret two tools report at one line', () => {
  it("does not lower Trivy's critical github-pat through Gitleaks' generic-api-key, which the finding shows", async () => {
    for (const vulnerability of ['generic-api-key', 'GENERIC-API-KEY', 'github-pat']) {
      const { evaluation, secret } = await evaluate(BOTH, [
        SECRET_CRITICAL,
        `{ match: { vulnerability: ${vulnerability} }, severity: low }`,
      ]);
      expect(secret.sources.map((s) => s.tool).sort(), vulnerability).toEqual(['Gitleaks', 'Trivy']);
      expect(secret.ruleId, vulnerability).toBe('generic-api-key');
      expect([secret.severity, secret.severitySource], vulnerability).toEqual([
        'critical',
        'policy override #1 (scanType=secret; was trivy CRITICAL)',
      ]);
      expect(
        evaluation.severityOverrides?.map((o) => o.override),
        vulnerability,
      ).toEqual([1]);
      expect(evaluation.decision, vulnerability).toBe('rejected');
    }
  });

  it("still lowers Gitleaks' finding alone, and Trivy's alone, by its rule", async () => {
    const alone = await evaluate({ 'gitleaks.json': gitleaks() }, [
      SECRET_CRITICAL,
      '{ match: { vulnerability: GENERIC-API-KEY }, severity: low }',
    ]);
    expect(alone.secret).toMatchObject({
      severity: 'low',
      severitySource: 'policy override #2 (vulnerability=GENERIC-API-KEY; was no severity in gitleaks)',
    });
    expect(alone.evaluation.decision).not.toBe('rejected');
    const pat = await evaluate({ 'trivy.json': trivy() }, [
      SECRET_CRITICAL,
      '{ match: { vulnerability: github-pat }, severity: low }',
    ]);
    expect(pat.secret.severity).toBe('low');
    expect(pat.evaluation.decision).not.toBe('rejected');
  });

  it('lowers the merged finding when every copy has the rule', async () => {
    const { evaluation, secret } = await evaluate({ 'trivy.json': trivy(), 'gitleaks.json': gitleaks('github-pat') }, [
      SECRET_CRITICAL,
      '{ match: { vulnerability: github-pat }, severity: low }',
    ]);
    expect(secret.sources).toHaveLength(2);
    expect(secret).toMatchObject({ ruleId: 'github-pat', severity: 'low' });
    expect(evaluation.decision).not.toBe('rejected');
  });
});

describe('a vulnerability override that raises a secret two tools report at one line', () => {
  // Trivy rates its github-pat LOW here, Gitleaks rates nothing: the merged finding is unknown, below
  // critical whatever severity.unknown counts it as.
  const reports = { 'trivy.json': trivy('LOW'), 'gitleaks.json': gitleaks() };

  it("raises it when any copy has the rule, though the finding shows the other copy's", async () => {
    const { evaluation, secret } = await evaluate(reports, [
      '{ match: { vulnerability: github-pat }, severity: critical }',
    ]);
    expect(secret.ruleId).toBe('generic-api-key');
    expect(secret.severity).toBe('critical');
    expect(secret.severitySource).toMatch(/^policy override #1 \(vulnerability=github-pat; was /);
    expect(evaluation.decision).toBe('rejected');
    const shown = await evaluate(reports, ['{ match: { vulnerability: generic-api-key }, severity: critical }']);
    expect(shown.secret.severity).toBe('critical');
  });

  it('raises it by no rule that no copy has', async () => {
    const { evaluation, secret } = await evaluate(reports, [
      '{ match: { vulnerability: aws-access-token }, severity: critical }',
    ]);
    expect(secret.severity).toBe('unknown');
    expect(evaluation.severityOverrides ?? []).toEqual([]);
  });
});

describe('a vulnerability override on a dependency finding joined across tools', () => {
  // Trivy names the CVE with the GHSA as an alias; npm audit names only the GHSA. The two are joined by
  // the shared GHSA: one vulnerability, whatever rule id each tool gave it.
  const copy = (ruleId: string, aliases: string[], tool: string): Finding =>
    makeFinding({
      identity: `dep|${ruleId}|npm:lodash|4.17.15:1`,
      scanType: 'dependency',
      ruleId,
      aliases,
      severity: 'high',
      location: { path: 'package-lock.json' },
      package: { ecosystem: 'npm', name: 'lodash', version: '4.17.15' },
      sources: [{ input: `${tool}.json`, format: tool, tool, pointer: '/0' }],
    });
  const [merged, ...rest] = mergeFindings([
    copy('CVE-2020-8203', ['GHSA-p6mc-m468-83gw'], 'Trivy'),
    copy('GHSA-p6mc-m468-83gw', [], 'npm audit'),
  ]) as [Finding];

  it('is one finding shown under the CVE, whose copies have two rules', () => {
    expect(rest).toEqual([]);
    expect(merged.ruleId).toBe('CVE-2020-8203');
    expect(
      copiesOf(merged)
        ?.map((c) => c.ruleId)
        .sort(),
    ).toEqual(['CVE-2020-8203', 'GHSA-p6mc-m468-83gw']);
  });

  it('is lowered by its rule id or any alias, as before, and not by another id', () => {
    for (const vulnerability of ['CVE-2020-8203', 'cve-2020-8203', 'GHSA-p6mc-m468-83gw']) {
      const [lowered] = applySeverityOverrides([merged], [{ match: { vulnerability }, severity: 'low' }]);
      expect([lowered?.severity, vulnerability]).toEqual(['low', vulnerability]);
    }
    const [kept] = applySeverityOverrides([merged], [{ match: { vulnerability: 'CVE-2020-0000' }, severity: 'low' }]);
    expect(kept?.severity).toBe('high');
  });
});
