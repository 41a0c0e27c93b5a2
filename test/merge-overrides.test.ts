/**
 * Severity overrides by `scanType` and `rule` speak for every copy of a merged finding (README
 * "Severity"), as `tool` does. A merged finding's scan type and rule id are its first copy's only, so a
 * second scanner could lower a critical (`{ scanType: container } -> low` lowered what Trivy's
 * dependency scan rated CRITICAL because Grype's image scan reported it too) or keep a raise from
 * applying (`{ scanType: container } -> critical` with Grype's directory copy first; `{ rule: GHSA-… }
 * -> critical` with Trivy's CVE-ruled copy first). An override that would lower a finding now applies
 * only when it matches every copy; one that raises it when it matches any. What the merged finding
 * keeps of its copies for that reaches no output. Real Trivy and Grype reports, edited in the test.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { applySeverityOverrides, type Evaluation } from '../src/evaluation.js';
import type { EvaluatedFinding } from '../src/gates/types.js';
import { silentLogger } from '../src/logger.js';
import type { Finding, FindingSource } from '../src/model.js';
import { copiesOf, mergeFindings } from '../src/normalize.js';
import type { SeverityOverride } from '../src/policy/types.js';
import { renderCertificateJson, renderCertificateMarkdown } from '../src/report/certificate.js';
import { renderDispositionRecord } from '../src/report/disposition-record.js';
import { renderSarif } from '../src/report/sarif.js';
import { renderScanResults } from '../src/report/scan-results.js';
import { renderJobSummary } from '../src/report/summary.js';
import { renderText } from '../src/report/text.js';
import { run } from '../src/run.js';
import { makeFinding } from './helpers.js';

const FIXTURES = fileURLToPath(new URL('../fixtures', import.meta.url));
const CVE = 'CVE-2017-20165';
const GHSA = 'GHSA-9vvw-cc9w-f27h';

type Json = Record<string, unknown>;

function fixture(rel: string): Json {
  return JSON.parse(readFileSync(join(FIXTURES, rel), 'utf8')) as Json;
}

/** Trivy's report of debug 3.0.1's CVE-2017-20165 (trivy-dev-npm-with-suppressed.json), of a filesystem or an image. */
function trivy(artifactType: 'filesystem' | 'container_image', severity: string): Json {
  const report = fixture('trivy-json/trivy-dev-npm-with-suppressed.json');
  report.ArtifactType = artifactType;
  if (artifactType === 'container_image') report.ArtifactName = 'app:1.0';
  const [result] = report.Results as [Json];
  const [vulnerability] = result.Vulnerabilities as [Json];
  vulnerability.Severity = severity;
  return report;
}

/**
 * Grype's report of an image or a directory (grype-0.96.0-image.json): its first match edited to debug
 * 3.0.1's vulnerability `id` (with CVE-2017-20165 related when `id` is the GHSA), and its second match
 * (avahi-libs' CVE-2023-38472, Medium) as it is, a finding no other scanner reports.
 */
function grype(sourceType: 'image' | 'directory', id: string, severity: string): Json {
  const report = fixture('grype-json/grype-0.96.0-image.json');
  report.source = { ...(report.source as Json), type: sourceType };
  const [first, second] = report.matches as [Json, Json];
  first.vulnerability = { ...(first.vulnerability as Json), id, severity };
  first.relatedVulnerabilities = id === CVE ? [] : [{ id: CVE, severity }];
  first.artifact = {
    ...(first.artifact as Json),
    name: 'debug',
    version: '3.0.1',
    type: 'npm',
    purl: 'pkg:npm/debug@3.0.1',
    cpes: [],
    locations: [{ path: '/app/package-lock.json' }],
  };
  report.matches = [first, second];
  return report;
}

/** The Grype-only finding of the second match (avahi-libs, Medium). */
const AVAHI = 'CVE-2023-38472';

function avahiOf(evaluation: Evaluation): EvaluatedFinding {
  const found = evaluation.findings.find((f) => f.ruleId === AVAHI);
  expect(found?.sources).toHaveLength(1);
  return found as EvaluatedFinding;
}

async function evaluate(reports: Record<string, Json>, overrides: string[], outputs = false) {
  const root = mkdtempSync(join(tmpdir(), 'sg-merge-overrides-'));
  for (const [name, report] of Object.entries(reports)) writeFileSync(join(root, name), JSON.stringify(report));
  mkdirSync(join(root, '.shipgate'));
  writeFileSync(
    join(root, '.shipgate/policy.yml'),
    [
      'version: 1',
      'extends: release',
      `inputs: [${Object.keys(reports).join(', ')}]`,
      'severity:',
      '  overrides:',
      '    - { match: { scanType: secret }, severity: critical }',
      ...overrides.map((o) => `    - ${o}`),
      '',
    ].join('\n'),
  );
  const { evaluation } = await run({
    root,
    scans: [],
    dryRun: !outputs,
    clock: () => new Date('2026-11-25T12:00:00Z'),
    logger: silentLogger,
  });
  return { root, evaluation };
}

/** The one finding of debug's CVE-2017-20165, which both reports hold. */
function debugOf(evaluation: Evaluation): EvaluatedFinding {
  const found = evaluation.findings.filter((f) => f.aliases.includes(CVE));
  expect(found).toHaveLength(1);
  const [finding] = found as [EvaluatedFinding];
  expect(finding.sources.map((s) => s.tool).sort()).toEqual(['Trivy', 'grype']);
  return finding;
}

/** A copy's source: a report of `tool`. */
const source = (tool: string): FindingSource => ({ input: `${tool}.json`, format: tool, tool, pointer: '/0' });

describe('a scanType severity override on merged findings', () => {
  it('does not lower what a dependency scan rated CRITICAL because an image scan reported it too', async () => {
    const { evaluation } = await evaluate(
      { 'trivy.json': trivy('filesystem', 'CRITICAL'), 'grype.json': grype('image', CVE, 'Medium') },
      ['{ match: { scanType: container }, severity: low }'],
    );
    const debug = debugOf(evaluation);
    // The merged finding shows the image scan's scan type (its first copy is Grype's), yet stays critical.
    expect([debug.scanType, debug.severity, debug.severitySource]).toEqual(['container', 'critical', 'trivy CRITICAL']);
    // What only the image scan reported is lowered.
    const avahi = avahiOf(evaluation);
    expect(avahi).toMatchObject({
      scanType: 'container',
      severity: 'low',
      severitySource: 'policy override #2 (scanType=container; was grype Medium)',
    });
    const summary = evaluation.severityOverrides?.find((o) => o.override === 2);
    expect(summary?.ids).toEqual([avahi.id]);
  });

  it('lowers a merged finding when every copy is of that scan type', async () => {
    const { evaluation } = await evaluate(
      { 'trivy.json': trivy('container_image', 'CRITICAL'), 'grype.json': grype('image', CVE, 'Medium') },
      ['{ match: { scanType: container }, severity: low }'],
    );
    expect(debugOf(evaluation)).toMatchObject({
      severity: 'low',
      severitySource: 'policy override #2 (scanType=container; was trivy CRITICAL)',
    });
  });

  it('raises a merged finding when any copy is of that scan type, though its first copy is not', async () => {
    const reports = { 'trivy.json': trivy('container_image', 'HIGH'), 'grype.json': grype('directory', CVE, 'High') };
    const raised = await evaluate(reports, ['{ match: { scanType: container }, severity: critical }']);
    expect(debugOf(raised.evaluation)).toMatchObject({
      scanType: 'dependency',
      severity: 'critical',
      severitySource: 'policy override #2 (scanType=container; was grype High)',
    });
    // No copy of it is an IaC finding: nothing is raised.
    const none = await evaluate(reports, ['{ match: { scanType: iac }, severity: critical }']);
    expect(debugOf(none.evaluation).severity).toBe('high');
  });
});

describe('a rule severity override on merged findings', () => {
  const reports = { 'trivy.json': trivy('filesystem', 'HIGH'), 'grype.json': grype('directory', GHSA, 'High') };

  it("raises a merged finding when any copy has the rule, though the finding shows another copy's", async () => {
    const { evaluation } = await evaluate(reports, [`{ match: { rule: ${GHSA} }, severity: critical }`]);
    expect(debugOf(evaluation)).toMatchObject({
      ruleId: CVE,
      severity: 'critical',
      severitySource: `policy override #2 (rule=${GHSA}; was trivy HIGH)`,
    });
  });

  it('lowers it by neither rule while the other copy has the other rule', async () => {
    for (const rule of [CVE, GHSA]) {
      const { evaluation } = await evaluate(reports, [`{ match: { rule: ${rule} }, severity: low }`]);
      expect([debugOf(evaluation).severity, rule]).toEqual(['high', rule]);
    }
  });

  it('lowers it when every copy has the rule', async () => {
    const { evaluation } = await evaluate(
      { 'trivy.json': trivy('filesystem', 'HIGH'), 'grype.json': grype('directory', CVE, 'High') },
      [`{ match: { rule: ${CVE} }, severity: low }`],
    );
    expect(debugOf(evaluation)).toMatchObject({ severity: 'low' });
  });
});

describe('applySeverityOverrides on findings mergeFindings made', () => {
  const ID = 'SG-00000000000000aa';
  const copy = (tool: string, scanType: Finding['scanType'], ruleId: string): Finding =>
    makeFinding({ id: ID, identity: 'dep|x:1', scanType, ruleId, sources: [source(tool)] });

  it('matches the selectors of an override against one copy at a time', () => {
    // Grype's copy is the dependency scan's, Trivy's the image scan's: no copy is Grype's image scan.
    const [mixed] = mergeFindings([copy('Trivy', 'container', 'CVE-1'), copy('grype', 'dependency', 'CVE-1')]);
    const grypeImage: SeverityOverride = { match: { tool: 'grype', scanType: 'container' }, severity: 'critical' };
    expect(applySeverityOverrides([mixed as Finding], [grypeImage])[0]).toBe(mixed);
    const [image] = mergeFindings([copy('Trivy', 'dependency', 'CVE-1'), copy('grype', 'container', 'CVE-1')]);
    expect(applySeverityOverrides([image as Finding], [grypeImage])[0]?.severity).toBe('critical');
  });

  it('judges a finding that no merge made by its own scan type and rule, and its sources by tool', () => {
    const alone = makeFinding({ scanType: 'container', ruleId: 'R1', severity: 'high', sources: [source('grype')] });
    expect(copiesOf(alone)).toBeUndefined();
    const lower = (match: SeverityOverride['match']) => applySeverityOverrides([alone], [{ match, severity: 'low' }]);
    expect(lower({ scanType: 'container', rule: 'R1', tool: 'Grype' })[0]?.severity).toBe('low');
    expect(lower({ scanType: 'dependency' })[0]).toBe(alone);
    expect(lower({ rule: 'R2' })[0]).toBe(alone);
  });
});

describe('what a merged finding keeps of its copies', () => {
  it('keeps each distinct copy only when they differ', async () => {
    const { evaluation } = await evaluate(
      { 'trivy.json': trivy('filesystem', 'HIGH'), 'grype.json': grype('image', GHSA, 'High') },
      [],
    );
    expect(
      [...(copiesOf(debugOf(evaluation)) ?? [])].sort((a, b) => (a.tool < b.tool ? -1 : a.tool > b.tool ? 1 : 0)),
    ).toEqual([
      { scanType: 'dependency', tool: 'Trivy', ruleId: CVE },
      { scanType: 'container', tool: 'grype', ruleId: GHSA },
    ]);
    // The Grype-only finding is one copy: nothing kept.
    expect(copiesOf(avahiOf(evaluation))).toBeUndefined();
    // A repeat of one copy (same tool, scan type and rule) keeps nothing either.
    const [repeat] = mergeFindings([
      makeFinding({ id: 'SG-00000000000000bb', ruleId: 'R', sources: [{ ...source('x'), pointer: '/0' }] }),
      makeFinding({ id: 'SG-00000000000000bb', ruleId: 'R', sources: [{ ...source('x'), pointer: '/1' }] }),
    ]);
    expect(repeat?.sources).toHaveLength(2);
    expect(copiesOf(repeat as Finding)).toBeUndefined();
  });

  it('writes them to no output: every output is the same as without them', async () => {
    const { root, evaluation } = await evaluate(
      { 'trivy.json': trivy('filesystem', 'CRITICAL'), 'grype.json': grype('image', GHSA, 'Medium') },
      ['{ match: { scanType: container }, severity: low }'],
      true,
    );
    const debug = debugOf(evaluation);
    expect(copiesOf(debug)).toHaveLength(2);
    // The same evaluation with findings that hold only their own fields renders the same bytes, and a
    // library caller's JSON of the finding is the same too.
    const own = (f: EvaluatedFinding): EvaluatedFinding => Object.fromEntries(Object.entries(f)) as EvaluatedFinding;
    expect(JSON.stringify(debug)).toBe(JSON.stringify(own(debug)));
    const plain: Evaluation = { ...evaluation, findings: evaluation.findings.map(own) };
    expect(copiesOf(plain.findings.find((f) => f.aliases.includes(CVE)) as Finding)).toBeUndefined();
    for (const render of [
      renderScanResults,
      renderSarif,
      renderCertificateJson,
      renderCertificateMarkdown,
      renderDispositionRecord,
      (e: Evaluation) => renderJobSummary(e),
      (e: Evaluation) => renderText(e, { color: false, top: 100 }),
    ])
      expect(render(evaluation)).toBe(render(plain));
    const out = join(root, '.artifacts/review-security');
    const results = readFileSync(join(out, 'scan-results.json'), 'utf8');
    const findingOf = (text: string) =>
      (JSON.parse(text) as { findings: Json[] }).findings.find((f) => f.id === debug.id);
    expect(findingOf(results)).toEqual(findingOf(renderScanResults(plain)));
    expect(results).not.toContain('copies');
    expect(readFileSync(join(out, 'shipgate.sarif'), 'utf8')).not.toContain('copies');
  });
});
