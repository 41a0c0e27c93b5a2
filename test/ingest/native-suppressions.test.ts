/**
 * A scanner's own ignore mechanism, committed in the repository, does not hide a finding from the gate:
 * Grype's ignore rules (ignoredMatches), Semgrep's nosemgrep comments (extra.is_ignored), Dependency-Check's
 * suppression file (suppressedVulnerabilities), Trivy's VEX and ignore files (ExperimentalModifiedFindings)
 * and trivy:ignore comments (Status EXCEPTION), Checkov's skip comments (skipped_checks), and ZAP's
 * false positives (confidence 0, set by alert filters or in the desktop). Each case is a
 * variant of a real fixture, built here, whose findings the scanner's mechanism set aside: read through
 * run(), they keep the ids they have in the real report, count with the default policy
 * (exceptions.inFileSuppressions: ignore), and are excepted, and listed, only with inFileSuppressions: honor.
 */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from './harness.js';
import { grype } from '../../src/ingest/grype.js';
import { readInputFile } from '../../src/ingest/read.js';
import { semgrep } from '../../src/ingest/semgrep.js';
import { trivy } from '../../src/ingest/trivy.js';
import type { Ingestor } from '../../src/ingest/types.js';
import { silentLogger } from '../../src/logger.js';
import { run } from '../../src/run.js';

type Json = Record<string, unknown>;

/** Only scan-cleanliness decides, and any open finding fails it. inFileSuppressions is the release default. */
const POLICY = [
  'version: 1',
  'extends: release',
  'evidence: { required: [] }',
  'gates:',
  '  scan-cleanliness: { max: { critical: 0, high: 0, medium: 0, low: 0, info: 0 }, requirePlan: [] }',
  '  control-verification: { enforcement: off }',
  '  disposition-integrity: { enforcement: off }',
  '',
].join('\n');
const HONOR = 'version: 1\nextends: policy.yml\nexceptions:\n  inFileSuppressions: honor\n';

function fixture(rel: string): Json {
  return JSON.parse(readFileSync(join(FIXTURES, rel), 'utf8')) as Json;
}

/** A temporary root with the two policies and the given reports. */
function rootWith(files: Record<string, unknown>): string {
  const root = mkdtempSync(join(tmpdir(), 'sg-native-suppressions-'));
  const all = { '.shipgate/policy.yml': POLICY, '.shipgate/honor.yml': HONOR, ...files };
  for (const [name, content] of Object.entries(all)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return root;
}

async function evaluate(root: string, scans: string[], policy: string) {
  const result = await run({
    root,
    scans,
    dryRun: true,
    clock: () => new Date('2026-11-25T12:00:00Z'),
    logger: silentLogger,
    policy,
  });
  return result.evaluation;
}

type Evaluation = Awaited<ReturnType<typeof evaluate>>;

function gate(evaluation: Evaluation, id: string) {
  return evaluation.gates.find((g) => g.id === id);
}

function idsOf(evaluation: Evaluation): string[] {
  return evaluation.findings.map((f) => f.id).sort();
}

/** What the scanner's mechanism should leave on every finding it set aside. */
interface Case {
  name: string;
  /** The real fixture the variant is built from. */
  fixture: string;
  /** The variant, every finding set aside; `keep` leaves the first one reported as usual. */
  variant: (doc: Json, keep: boolean) => Json;
  kind: 'external' | 'inSource';
  justification?: string;
  /** Critical findings of the real fixture (after the release preset raises secrets). */
  critical: number;
  total: number;
  /** The ingestor, when large reports of the format are streamed. */
  streamed?: Ingestor;
}

const REASON = 'Accepted by the team in the scanner configuration';

const CASES: Case[] = [
  {
    name: 'Grype ignoredMatches (.grype.yaml ignore rules)',
    fixture: 'grype-json/grype-0.24.0-directory.json',
    variant: (doc, keep) => {
      const matches = doc.matches as Json[];
      const ignored = matches.map((m) => ({
        ...m,
        appliedIgnoreRules: [{ vulnerability: (m.vulnerability as Json).id, reason: REASON }],
      }));
      return { ...doc, matches: keep ? matches.slice(0, 1) : [], ignoredMatches: keep ? ignored.slice(1) : ignored };
    },
    kind: 'external',
    justification: REASON,
    critical: 2,
    total: 9,
    streamed: grype,
  },
  {
    name: 'Semgrep extra.is_ignored (nosemgrep comments)',
    fixture: 'semgrep-json/semgrep-many.json',
    variant: (doc, keep) => ({
      ...doc,
      results: (doc.results as Json[]).map((r, i) => ({
        ...r,
        extra: { ...(r.extra as Json), is_ignored: !(keep && i === 0) },
      })),
    }),
    kind: 'inSource',
    critical: 0,
    total: 48,
    streamed: semgrep,
  },
  {
    name: 'Dependency-Check suppressedVulnerabilities (suppression file)',
    fixture: 'dependency-check-json/dependency-check-12.1.3-maven.json',
    variant: (doc, keep) => {
      let kept = !keep;
      const dependencies = (doc.dependencies as Json[]).map((d) => {
        const vulnerabilities = (d.vulnerabilities as Json[] | undefined) ?? [];
        if (vulnerabilities.length === 0) return d;
        const stay = kept ? [] : vulnerabilities.slice(0, 1);
        kept = true;
        return {
          ...d,
          vulnerabilities: stay,
          suppressedVulnerabilities: vulnerabilities.slice(stay.length).map((v) => ({ ...v, notes: REASON })),
        };
      });
      return { ...doc, dependencies };
    },
    kind: 'external',
    justification: REASON,
    critical: 4,
    total: 38,
  },
  {
    name: 'Trivy ExperimentalModifiedFindings (VEX, .trivyignore) and Status EXCEPTION (trivy:ignore)',
    fixture: 'trivy-json/trivy-fs-vulns-misconfig-secrets.json',
    variant: (doc, keep) => ({
      ...doc,
      Results: (doc.Results as Json[]).map((result, i) => {
        const { Vulnerabilities, Secrets, Misconfigurations, ...rest } = result;
        const vulnerabilities = (Vulnerabilities as Json[] | undefined) ?? [];
        const kept = keep && i === 0 ? vulnerabilities.slice(0, 1) : [];
        const modified = [
          ...vulnerabilities.slice(kept.length).map((finding) => ({
            Type: 'vulnerability',
            Status: 'not_affected',
            Statement: 'vulnerable_code_not_in_execute_path',
            Source: 'vex.json',
            Finding: finding,
          })),
          ...((Secrets as Json[] | undefined) ?? []).map((finding) => ({
            Type: 'secret',
            Status: 'ignored',
            Source: '.trivyignore',
            Finding: finding,
          })),
        ];
        return {
          ...rest,
          ...(kept.length > 0 ? { Vulnerabilities: kept } : {}),
          ...(Misconfigurations
            ? {
                MisconfSummary: { Successes: 22, Failures: 0, Exceptions: 1 },
                Misconfigurations: (Misconfigurations as Json[]).map((m) => ({ ...m, Status: 'EXCEPTION' })),
              }
            : {}),
          ...(modified.length > 0 ? { ExperimentalModifiedFindings: modified } : {}),
        };
      }),
    }),
    kind: 'external',
    critical: 2,
    total: 5,
    streamed: trivy,
  },
  {
    name: 'Checkov skipped_checks (checkov:skip comments)',
    fixture: 'checkov-json/checkov-2.2.34-with-severity.json',
    variant: (doc, keep) => {
      const results = doc.results as Json;
      const failed = results.failed_checks as Json[];
      const skipped = (keep ? failed.slice(1) : failed).map((c) => ({
        ...c,
        check_result: { result: 'SKIPPED', suppress_comment: REASON },
      }));
      return {
        ...doc,
        results: { ...results, failed_checks: keep ? failed.slice(0, 1) : [], skipped_checks: skipped },
        summary: { ...(doc.summary as Json), failed: keep ? 1 : 0, skipped: skipped.length },
      };
    },
    kind: 'inSource',
    justification: REASON,
    critical: 0,
    total: 4,
  },
  {
    name: 'ZAP alerts marked as false positives (confidence 0: alert filters, the desktop)',
    fixture: 'zap-json/zap-2.14.0-traditional.json',
    variant: (doc, keep) => ({
      ...doc,
      site: (doc.site as Json[]).map((site, s) => ({
        ...site,
        alerts: (site.alerts as Json[]).map((a, i) => (keep && s === 0 && i === 2 ? a : { ...a, confidence: '0' })),
      })),
    }),
    kind: 'external',
    justification: 'ZAP confidence 0 (False Positive)',
    critical: 0,
    total: 32,
  },
];

describe.each(CASES)('$name', ({ fixture: rel, variant, kind, justification, critical, total, streamed }) => {
  const original = fixture(rel);
  const root = rootWith({
    'reports/original.json': original,
    'reports/suppressed.json': variant(structuredClone(original), false),
    'reports/one-kept.json': variant(structuredClone(original), true),
  });

  it('reads every set-aside finding with the id and severity it has in the real report', async () => {
    const real = await evaluate(root, ['reports/original.json'], '.shipgate/policy.yml');
    const suppressed = await evaluate(root, ['reports/suppressed.json'], '.shipgate/policy.yml');
    expect(real.findings).toHaveLength(total);
    expect(real.findings.every((f) => f.suppressions === undefined)).toBe(true);
    expect(idsOf(suppressed)).toEqual(idsOf(real));
    const severities = (e: Evaluation) => Object.fromEntries(e.findings.map((f) => [f.id, f.severity]));
    expect(severities(suppressed)).toEqual(severities(real));
    expect(suppressed.totals).toEqual(real.totals);
    expect(suppressed.totals.critical).toBe(critical);
    for (const f of suppressed.findings)
      expect(f.suppressions?.every((s) => s.kind === kind && s.status === 'accepted')).toBe(true);
    if (justification !== undefined)
      for (const f of suppressed.findings) expect(f.suppressions?.map((s) => s.justification)).toContain(justification);
  });

  it('counts them with the default policy: open, and the release is rejected', async () => {
    const evaluation = await evaluate(root, ['reports/suppressed.json'], '.shipgate/policy.yml');
    expect(evaluation.findings.some((f) => f.excepted)).toBe(false);
    expect(evaluation.open).toEqual(evaluation.totals);
    expect(evaluation.exceptions.inFile).toEqual([]);
    expect(gate(evaluation, 'scan-cleanliness')?.status).toBe('fail');
    expect(evaluation.decision).toBe('rejected');
    expect(evaluation.warnings.join('\n')).toMatch(
      /counted unless the policy sets exceptions\.inFileSuppressions: honor/,
    );
  });

  it('counts them with the release preset itself', async () => {
    const evaluation = await evaluate(root, ['reports/suppressed.json'], 'release');
    expect(evaluation.findings).toHaveLength(total);
    expect(evaluation.findings.some((f) => f.excepted)).toBe(false);
    expect(evaluation.open.critical).toBe(critical);
  });

  it('excepts and lists them when the policy honors suppressions, and the release is approved', async () => {
    const evaluation = await evaluate(root, ['reports/suppressed.json'], '.shipgate/honor.yml');
    expect(evaluation.findings).toHaveLength(total);
    expect(evaluation.findings.every((f) => f.excepted && f.exceptionId === 'in-file-suppression')).toBe(true);
    expect([...evaluation.exceptions.inFile].sort()).toEqual(idsOf(evaluation));
    expect(Object.values(evaluation.open).every((n) => n === 0)).toBe(true);
    expect(gate(evaluation, 'scan-cleanliness')?.status).toBe('pass');
    expect(['approved', 'approved-with-conditions']).toContain(evaluation.decision);
  });

  if (streamed !== undefined)
    it('reads the same through the streaming path', async () => {
      const ingestor = streamed;
      const context = { root, logger: silentLogger };
      for (const name of ['reports/suppressed.json', 'reports/one-kept.json']) {
        const input = readInputFile(root, name);
        const whole = await ingestor.parse(input, context);
        for (const chunkSize of [7, 4096]) {
          const stream = await ingestor.parseStream!(
            { path: name, absPath: join(root, name), size: input.size },
            context,
            { chunkSize },
          );
          expect(stream.findings).toEqual(whole.findings);
          expect(stream.runs).toEqual(whole.runs);
          expect(stream.warnings).toEqual(whole.warnings);
        }
      }
    });

  it('keeps open, even when honored, the one finding the scanner did not set aside', async () => {
    const evaluation = await evaluate(root, ['reports/one-kept.json'], '.shipgate/honor.yml');
    const open = evaluation.findings.filter((f) => !f.excepted);
    expect(open).toHaveLength(1);
    expect(open[0]?.suppressions).toBeUndefined();
    expect(evaluation.findings.filter((f) => f.excepted)).toHaveLength(total - 1);
    expect(gate(evaluation, 'scan-cleanliness')?.status).toBe('fail');
    expect(evaluation.decision).toBe('rejected');
  });
});

describe('one vulnerability reported by two scanners', () => {
  const grypeReport = (ignored: boolean) => {
    const match = {
      vulnerability: { id: 'CVE-2021-23337', severity: 'Critical', description: 'Command injection in lodash' },
      relatedVulnerabilities: [],
      matchDetails: [],
      artifact: { name: 'lodash', version: '4.17.20', type: 'npm', locations: [{ path: 'package-lock.json' }] },
    };
    return {
      matches: ignored ? [] : [match],
      ignoredMatches: ignored
        ? [{ ...match, appliedIgnoreRules: [{ vulnerability: 'CVE-2021-23337', reason: 'x' }] }]
        : [],
      source: { type: 'directory', target: '.' },
      descriptor: { name: 'grype', version: '0.96.0' },
    };
  };
  const trivyReport = (status: string | undefined) => {
    const vulnerability = {
      VulnerabilityID: 'CVE-2021-23337',
      PkgName: 'lodash',
      InstalledVersion: '4.17.20',
      Severity: 'HIGH',
      Title: 'lodash: command injection',
    };
    return {
      SchemaVersion: 2,
      ArtifactName: '.',
      ArtifactType: 'filesystem',
      Results: [
        {
          Target: 'package-lock.json',
          Class: 'lang-pkgs',
          Type: 'npm',
          ...(status === undefined
            ? { Vulnerabilities: [vulnerability] }
            : { ExperimentalModifiedFindings: [{ Type: 'vulnerability', Status: status, Finding: vulnerability }] }),
        },
      ],
    };
  };
  const root = rootWith({
    'grype-ignored.json': grypeReport(true),
    'grype.json': grypeReport(false),
    'trivy.json': trivyReport(undefined),
    'trivy-vex.json': trivyReport('not_affected'),
    'trivy-affected.json': trivyReport('affected'),
  });

  it('merges an ignored copy with a reported one into one open finding, even when suppressions are honored', async () => {
    for (const scans of [
      ['grype-ignored.json', 'trivy.json'],
      ['trivy-vex.json', 'grype.json'],
    ]) {
      const evaluation = await evaluate(root, scans, '.shipgate/honor.yml');
      expect(evaluation.findings).toHaveLength(1);
      expect(evaluation.findings[0]).toMatchObject({ severity: 'critical', excepted: false });
      expect(evaluation.findings[0]?.sources.map((s) => s.format).sort()).toEqual(['grype', 'trivy']);
      expect(evaluation.findings[0]?.suppressions).toBeUndefined();
      expect(evaluation.decision).toBe('rejected');
    }
  });

  it('excepts the merged finding when every copy was set aside and suppressions are honored', async () => {
    const evaluation = await evaluate(root, ['grype-ignored.json', 'trivy-vex.json'], '.shipgate/honor.yml');
    expect(evaluation.findings).toHaveLength(1);
    expect(evaluation.findings[0]?.suppressions).toHaveLength(2);
    expect(evaluation.findings[0]).toMatchObject({ excepted: true, exceptionId: 'in-file-suppression' });
    expect(['approved', 'approved-with-conditions']).toContain(evaluation.decision);
    const counted = await evaluate(root, ['grype-ignored.json', 'trivy-vex.json'], '.shipgate/policy.yml');
    expect(counted.findings[0]?.excepted).toBe(false);
    expect(counted.decision).toBe('rejected');
  });

  it('never excepts a finding a VEX statement says is affected', async () => {
    const evaluation = await evaluate(root, ['grype-ignored.json', 'trivy-affected.json'], '.shipgate/honor.yml');
    expect(evaluation.findings).toHaveLength(1);
    expect(evaluation.findings[0]?.suppressions?.map((s) => s.status)).toEqual(['accepted', 'rejected']);
    expect(evaluation.findings[0]?.excepted).toBe(false);
    expect(evaluation.decision).toBe('rejected');
  });

  it('merges a match listed both as reported and as ignored in one Grype report into one open finding', async () => {
    const both = grypeReport(false) as Json;
    both.ignoredMatches = grypeReport(true).ignoredMatches;
    const evaluation = await evaluate(rootWith({ 'both.json': both }), ['both.json'], '.shipgate/honor.yml');
    expect(evaluation.findings).toHaveLength(1);
    expect(evaluation.findings[0]?.suppressions).toBeUndefined();
    expect(evaluation.findings[0]?.excepted).toBe(false);
  });
});
