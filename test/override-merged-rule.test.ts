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
import { describe, expect, it } from 'vitest';
import { applySeverityOverrides } from '../src/evaluation.js';
import type { Finding } from '../src/model.js';
import { copiesOf, mergeFindings } from '../src/normalize.js';
import { makeFinding } from './helpers.js';
import { evaluateSecret, gitleaksSecret, trivySecret } from './merged-secret.js';

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
const evaluate = (reports: Record<string, string>, overrides: readonly string[]) =>
  evaluateSecret(reports, policy(overrides), {}, 'sg-override-merged-rule-');

const BOTH = { 'trivy.json': trivySecret(), 'gitleaks.json': gitleaksSecret() };

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
    const alone = await evaluate({ 'gitleaks.json': gitleaksSecret() }, [
      SECRET_CRITICAL,
      '{ match: { vulnerability: GENERIC-API-KEY }, severity: low }',
    ]);
    expect(alone.secret).toMatchObject({
      severity: 'low',
      severitySource: 'policy override #2 (vulnerability=GENERIC-API-KEY; was no severity in gitleaks)',
    });
    expect(alone.evaluation.decision).not.toBe('rejected');
    const pat = await evaluate({ 'trivy.json': trivySecret() }, [
      SECRET_CRITICAL,
      '{ match: { vulnerability: github-pat }, severity: low }',
    ]);
    expect(pat.secret.severity).toBe('low');
    expect(pat.evaluation.decision).not.toBe('rejected');
  });

  it('lowers the merged finding when every copy has the rule', async () => {
    const { evaluation, secret } = await evaluate(
      { 'trivy.json': trivySecret(), 'gitleaks.json': gitleaksSecret('github-pat') },
      [SECRET_CRITICAL, '{ match: { vulnerability: github-pat }, severity: low }'],
    );
    expect(secret.sources).toHaveLength(2);
    expect(secret).toMatchObject({ ruleId: 'github-pat', severity: 'low' });
    expect(evaluation.decision).not.toBe('rejected');
  });
});

describe('a vulnerability override that raises a secret two tools report at one line', () => {
  // Trivy rates its github-pat LOW here, Gitleaks rates nothing: the merged finding is unknown, below
  // critical whatever severity.unknown counts it as.
  const reports = { 'trivy.json': trivySecret('LOW'), 'gitleaks.json': gitleaksSecret() };

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
