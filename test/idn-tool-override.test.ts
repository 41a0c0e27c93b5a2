/**
 * A severity override by `tool` speaks for that tool's copies of a merged finding (README "Severity"):
 * `{ match: { tool: grype }, severity: low }` lowered urllib3's CVE-2021-33503 that Trivy rated HIGH, as
 * `tool` matched when any source was Grype, though merged findings keep the highest severity. An
 * override that would lower a finding applies only when every copy is that tool's; one that raises it
 * applies when any copy is. Real Trivy and Grype reports, edited in the test.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { applySeverityOverrides, summarizeOverrides } from '../src/evaluation.js';
import { silentLogger } from '../src/logger.js';
import type { Finding } from '../src/model.js';
import type { SeverityOverride } from '../src/policy/types.js';
import { run } from '../src/run.js';
import { makeFinding } from './helpers.js';

const FIXTURES = fileURLToPath(new URL('../fixtures', import.meta.url));
/** Trivy's urllib3 1.26.3 CVE-2021-33503 (HIGH) in trivy-fs-vulns-misconfig-secrets.json. */
const URLLIB3 = 'SG-65bd0a40532d8c97';
/** A Grype-only finding of grype-0.96.0-image.json (bind-libs, High). */
const BIND_LIBS = 'SG-0fa44ecf5625883e';

/** A root with Trivy's report and Grype's image report whose first match is urllib3's CVE-2021-33503 (Low). */
function rootWith(overrides: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'sg-idn-override-'));
  cpSync(join(FIXTURES, 'trivy-json/trivy-fs-vulns-misconfig-secrets.json'), join(root, 'trivy.json'));
  const grype = JSON.parse(readFileSync(join(FIXTURES, 'grype-json/grype-0.96.0-image.json'), 'utf8')) as {
    matches: { vulnerability: Record<string, unknown>; artifact: Record<string, unknown> }[];
  };
  const [first] = grype.matches as [(typeof grype.matches)[number]];
  first.vulnerability = { ...first.vulnerability, id: 'CVE-2021-33503', severity: 'Low' };
  first.artifact = {
    ...first.artifact,
    name: 'urllib3',
    version: '1.26.3',
    type: 'python',
    purl: 'pkg:pypi/urllib3@1.26.3',
    locations: [{ path: '/requirements.txt' }],
  };
  writeFileSync(join(root, 'grype.json'), JSON.stringify(grype));
  mkdirSync(join(root, '.shipgate'));
  writeFileSync(
    join(root, '.shipgate/policy.yml'),
    [
      'version: 1',
      'extends: release',
      'inputs: [trivy.json, grype.json]',
      'severity:',
      '  overrides:',
      '    - { match: { scanType: secret }, severity: critical }',
      ...overrides.map((o) => `    - ${o}`),
      '',
    ].join('\n'),
  );
  return root;
}

async function evaluate(root: string) {
  const { evaluation } = await run({
    root,
    scans: [],
    dryRun: true,
    clock: () => new Date('2026-11-25T12:00:00Z'),
    logger: silentLogger,
  });
  return evaluation;
}

describe('a tool severity override on merged findings', () => {
  it('does not lower a finding Trivy rated HIGH because Grype reported it too, and lowers what only Grype reported', async () => {
    const evaluation = await evaluate(rootWith(['{ match: { tool: grype }, severity: low }']));
    const urllib3 = evaluation.findings.find((f) => f.id === URLLIB3);
    expect(urllib3?.sources.map((s) => s.tool).sort()).toEqual(['Trivy', 'grype']);
    expect([urllib3?.severity, urllib3?.severitySource]).toEqual(['high', 'trivy HIGH']);
    expect(evaluation.findings.find((f) => f.id === BIND_LIBS)).toMatchObject({
      severity: 'low',
      severitySource: 'policy override #2 (tool=grype; was grype High)',
    });
    const summary = evaluation.severityOverrides?.find((o) => o.override === 2);
    expect(summary?.ids).not.toContain(URLLIB3);
    expect(summary?.ids).toContain(BIND_LIBS);
  });

  it('raises a merged finding when any copy is the tool’s', async () => {
    const evaluation = await evaluate(rootWith(['{ match: { tool: grype }, severity: critical }']));
    expect(evaluation.findings.find((f) => f.id === URLLIB3)).toMatchObject({
      severity: 'critical',
      severitySource: 'policy override #2 (tool=grype; was trivy HIGH)',
    });
  });
});

describe('applySeverityOverrides with a tool selector', () => {
  const copy = (tool: string) => ({ input: `${tool}.json`, format: tool, tool, pointer: '/0' });
  const merged = (severity: Finding['severity']): Finding =>
    makeFinding({ severity, severitySource: `trivy ${severity}`, sources: [copy('Trivy'), copy('grype')] });
  const lower: SeverityOverride = { match: { tool: 'Grype' }, severity: 'low' };

  it('lowers a finding only when every copy is the tool’s', () => {
    const grypeOnly = makeFinding({ severity: 'high', sources: [copy('grype'), copy('grype')] });
    const both = merged('high');
    const after = applySeverityOverrides([grypeOnly, both], [lower]);
    expect(after.map((f) => f.severity)).toEqual(['low', 'high']);
    expect(after[1]).toBe(both);
    expect(summarizeOverrides([grypeOnly, both], after, [lower])).toEqual([
      { override: 1, match: 'tool=Grype', severity: 'low', findings: 1, from: { high: 1 }, ids: [grypeOnly.id] },
    ]);
  });

  it('sets what a merged finding already has, or more, when any copy is the tool’s', () => {
    expect(applySeverityOverrides([merged('low')], [lower])[0]?.severitySource).toBe(
      'policy override #1 (tool=Grype; was trivy low)',
    );
    expect(applySeverityOverrides([merged('medium')], [{ ...lower, severity: 'high' }])[0]?.severity).toBe('high');
  });

  it('judges a later override against the severity an earlier one set', () => {
    const secret = makeFinding({
      scanType: 'secret',
      severity: 'unknown',
      sources: [copy('Gitleaks'), copy('TruffleHog')],
    });
    const overrides: SeverityOverride[] = [
      { match: { scanType: 'secret' }, severity: 'critical' },
      { match: { tool: 'gitleaks' }, severity: 'low' },
    ];
    const [after] = applySeverityOverrides([secret], overrides);
    expect([after?.severity, after?.severitySource]).toEqual([
      'critical',
      'policy override #1 (scanType=secret; was test)',
    ]);
    expect(summarizeOverrides([secret], [after as Finding], overrides)[0]).toMatchObject({ override: 1 });
  });

  it('counts unknown as the policy says when given, and as lowering either way when not', () => {
    const unknown = makeFinding({ severity: 'unknown', sources: [copy('Trivy'), copy('grype')] });
    const toMedium: SeverityOverride = { match: { tool: 'grype' }, severity: 'medium' };
    expect(applySeverityOverrides([unknown], [toMedium])[0]?.severity).toBe('unknown');
    expect(applySeverityOverrides([unknown], [toMedium], 'high')[0]?.severity).toBe('unknown');
    expect(applySeverityOverrides([unknown], [toMedium], 'low')[0]?.severity).toBe('medium');
    const toUnknown: SeverityOverride = { match: { tool: 'grype' }, severity: 'unknown' };
    expect(applySeverityOverrides([merged('info')], [toUnknown])[0]?.severity).toBe('unknown');
    expect(applySeverityOverrides([merged('medium')], [toUnknown])[0]?.severity).toBe('medium');
    expect(applySeverityOverrides([merged('medium')], [toUnknown], 'high')[0]?.severity).toBe('unknown');
  });
});
