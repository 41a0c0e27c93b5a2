/**
 * evidence-completeness with `requireCommit`: which report commits match the commit under test, and what a
 * reason says when a report cannot name its commit (only SARIF carries it, in versionControlProvenance).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evidenceCompleteness } from '../../src/gates/evidence-completeness.js';
import type { GateContext } from '../../src/gates/types.js';
import { readInputFile } from '../../src/ingest/read.js';
import { gitleaks } from '../../src/ingest/gitleaks.js';
import { trivy } from '../../src/ingest/trivy.js';
import { silentLogger } from '../../src/logger.js';
import { emptyCounts, type InputRecord, type ToolRun } from '../../src/model.js';
import { releasePolicy } from '../helpers.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const FULL = '0123456789abcdef0123456789abcdef01234567';
const FULL_256 = '0123456789abcdef'.repeat(4);

const strict = releasePolicy((p) => {
  p.evidence.requireCommit = true;
  p.evidence.required = [];
});

function record(path: string, format: string, runs: Partial<ToolRun>[]): InputRecord {
  return {
    path,
    sha256: '0'.repeat(64),
    size: 1,
    format,
    runs: runs.map((run) => ({
      tool: 'CodeQL',
      scanType: 'sast',
      completed: true,
      problems: [],
      resultCount: 0,
      ...run,
    })),
    counts: emptyCounts(),
    warnings: [],
  };
}

function evaluate(inputs: InputRecord[], commit: string | undefined) {
  const context: GateContext = {
    policy: strict,
    findings: [],
    inputs,
    today: '2026-11-25',
    ...(commit !== undefined ? { commit } : {}),
  };
  return evidenceCompleteness.evaluate(context);
}

/** The gate over one SARIF run that names `reported`, with `underTest` as --commit. */
function sarifRun(reported: string, underTest: string) {
  return evaluate([record('reports/codeql.sarif', 'sarif', [{ commit: reported }])], underTest);
}

describe('gates/evidence-completeness: which report commit is the commit under test', () => {
  it('matches the same id, ignoring case', () => {
    expect(sarifRun(FULL, FULL).reasons).toEqual([]);
    expect(sarifRun(FULL.toUpperCase(), FULL).reasons).toEqual([]);
    expect(sarifRun(FULL, FULL.toUpperCase()).reasons).toEqual([]);
    expect(sarifRun(FULL_256, FULL_256).status).toBe('pass');
  });

  it("matches a report's abbreviation of 7 or more hex digits of the full commit under test", () => {
    expect(sarifRun(FULL.slice(0, 7), FULL).status).toBe('pass');
    expect(sarifRun(FULL.slice(0, 12).toUpperCase(), FULL).status).toBe('pass');
    expect(sarifRun(FULL_256.slice(0, 40), FULL_256).status).toBe('pass');
    // Six digits identify nothing.
    expect(sarifRun(FULL.slice(0, 6), FULL).reasons).toEqual([
      `reports/codeql.sarif: CodeQL names commit 012345, too short an abbreviation to identify the commit under test ${FULL} (expected the full SHA, or at least 7 of its hex digits, in a SARIF run's versionControlProvenance[].revisionId).`,
    ]);
  });

  it('does not match a longer id that starts with the commit under test (the defect: 44 digits matched)', () => {
    const longer = `${FULL}abcd`;
    const result = sarifRun(longer, FULL);
    expect(result.status).toBe('fail');
    expect(result.reasons).toEqual([
      `reports/codeql.sarif: CodeQL scanned commit ${longer}, not the commit under test ${FULL}. Scan the commit under test, or check that --commit (GITHUB_SHA) names the commit the reports were made from.`,
    ]);
    // A SHA-1 id that is the start of a SHA-256 one is another commit too.
    expect(sarifRun(FULL_256, FULL_256.slice(0, 40)).status).toBe('fail');
  });

  it('does not match another commit, nor an id that is not hex', () => {
    const other = 'f'.repeat(40);
    expect(sarifRun(other, FULL).reasons).toEqual([
      `reports/codeql.sarif: CodeQL scanned commit ${other}, not the commit under test ${FULL}. Scan the commit under test, or check that --commit (GITHUB_SHA) names the commit the reports were made from.`,
    ]);
    expect(sarifRun('main', FULL).reasons).toEqual([
      `reports/codeql.sarif: CodeQL scanned commit "main", not the commit under test ${FULL}. Scan the commit under test, or check that --commit (GITHUB_SHA) names the commit the reports were made from.`,
    ]);
    // What the report names is shown with what does not show escaped.
    expect(sarifRun(`${FULL.slice(0, 7)}\u200b`, FULL).reasons[0]).toContain('scanned commit "0123456\\u200B", not');
  });

  it('an abbreviated commit under test matches only the same string (the defect: it matched any report starting with it)', () => {
    const abbreviation = FULL.slice(0, 7);
    expect(sarifRun(abbreviation, abbreviation).status).toBe('pass');
    expect(sarifRun(abbreviation.toUpperCase(), abbreviation).status).toBe('pass');
    const full = sarifRun(FULL, abbreviation);
    expect(full.status).toBe('fail');
    expect(full.reasons).toEqual([
      `reports/codeql.sarif: CodeQL scanned commit ${FULL}, and the commit under test ${abbreviation} is abbreviated, so the two cannot be checked to be the same commit. Give the full SHA of the commit under test (40 hex digits, or 64 in a SHA-256 repository) to --commit.`,
    ]);
    // Any id that starts with the abbreviation, or that it starts with, cannot be checked either.
    expect(sarifRun(FULL.slice(0, 9), FULL.slice(0, 8)).reasons[0]).toMatch(
      /is abbreviated, so the two cannot be checked/,
    );
    expect(sarifRun(FULL.slice(0, 7), FULL.slice(0, 8)).reasons[0]).toMatch(
      /is abbreviated, so the two cannot be checked/,
    );
    // Fewer than 7 digits identify nothing, whatever the commit under test.
    expect(sarifRun('012', abbreviation).reasons[0]).toMatch(/names commit 012, too short an abbreviation/);
    // One that does not is another commit.
    expect(sarifRun('f'.repeat(40), abbreviation).reasons).toEqual([
      `reports/codeql.sarif: CodeQL scanned commit ${'f'.repeat(40)}, not the commit under test ${abbreviation}. Scan the commit under test, or check that --commit (GITHUB_SHA) names the commit the reports were made from.`,
    ]);
  });
});

describe('gates/evidence-completeness: a report that names no commit', () => {
  it('a SARIF run without versionControlProvenance revisionId: says where shipgate looks', () => {
    const result = evaluate([record('reports/codeql.sarif', 'sarif', [{}])], FULL);
    expect(result.reasons).toEqual([
      `reports/codeql.sarif: the CodeQL run does not name the commit it scanned (expected ${FULL} in a SARIF run's versionControlProvenance[].revisionId, which this run does not have). Write versionControlProvenance with the revisionId of the commit under test into the run (have the tool or the upload step add it), or set evidence.requireCommit: false in this policy.`,
    ]);
  });

  it('a native report of a tool that writes SARIF: says the format carries no commit and how to get SARIF', async () => {
    // The real Trivy filesystem report, read as shipgate reads it: three runs, none with a commit.
    const fixtures = FIXTURES;
    const rel = 'trivy-json/trivy-fs-vulns-misconfig-secrets.json';
    const parsed = await trivy.parse(readInputFile(fixtures, rel), { root: fixtures, logger: silentLogger });
    expect(parsed.runs.map((run) => run.commit)).toEqual([undefined, undefined, undefined]);
    const input: InputRecord = { ...record('reports/trivy.json', 'trivy', []), runs: parsed.runs };
    const result = evaluate([input], FULL);
    expect(result.status).toBe('fail');
    // One reason for the report, not one per run.
    expect(result.reasons).toEqual([
      `reports/trivy.json: Trivy does not name the commit it scanned (expected ${FULL}): shipgate reads the scanned commit only from a SARIF run's versionControlProvenance[].revisionId, and this report's format (trivy) carries no commit. With requireCommit, give this scan as SARIF with versionControlProvenance[].revisionId set to ${FULL} (Trivy writes SARIF with --format sarif; add the revisionId if the tool leaves it out), or set evidence.requireCommit: false in this policy.`,
    ]);
    expect(readFileSync(join(fixtures, rel), 'utf8')).not.toMatch(/revisionId/);
  });

  it('a native report of a tool that writes no SARIF: says so', () => {
    const result = evaluate(
      [record('reports/npm-audit.json', 'npm-audit', [{ tool: 'npm audit', scanType: 'dependency' }])],
      FULL,
    );
    expect(result.reasons).toEqual([
      `reports/npm-audit.json: npm audit does not name the commit it scanned (expected ${FULL}): shipgate reads the scanned commit only from a SARIF run's versionControlProvenance[].revisionId, and this report's format (npm-audit) carries no commit. With requireCommit, give this scan as SARIF from a tool that writes SARIF, with versionControlProvenance[].revisionId set to ${FULL} (npm audit writes no SARIF), or set evidence.requireCommit: false in this policy.`,
    ]);
  });

  it('a Gitleaks report: its per-finding Commit (where a secret was introduced) is not the scanned commit', async () => {
    const rel = 'gitleaks-json/gitleaks-8-many.json';
    expect(readFileSync(join(FIXTURES, rel), 'utf8')).toMatch(/"Commit": ?"[0-9a-f]{40,64}"/);
    const parsed = await gitleaks.parse(readInputFile(FIXTURES, rel), { root: FIXTURES, logger: silentLogger });
    expect(parsed.runs.map((run) => [run.tool, run.commit])).toEqual([['Gitleaks', undefined]]);
    const input: InputRecord = { ...record('reports/gitleaks.json', 'gitleaks', []), runs: parsed.runs };
    const result = evaluate([input], FULL);
    expect(result.reasons).toEqual([
      `reports/gitleaks.json: Gitleaks does not name the commit it scanned (expected ${FULL}): shipgate reads the scanned commit only from a SARIF run's versionControlProvenance[].revisionId, and this report's format (gitleaks) carries no commit. With requireCommit, give this scan as SARIF with versionControlProvenance[].revisionId set to ${FULL} (Gitleaks writes SARIF with --report-format sarif; add the revisionId if the tool leaves it out), or set evidence.requireCommit: false in this policy.`,
    ]);
  });

  it('without requireCommit, no report needs a commit', () => {
    const policy = releasePolicy((p) => {
      p.evidence.required = [];
    });
    const result = evidenceCompleteness.evaluate({
      policy,
      findings: [],
      inputs: [record('reports/trivy.json', 'trivy', [{ tool: 'Trivy', scanType: 'dependency' }])],
      today: '2026-11-25',
      commit: FULL,
    });
    expect(result.status).toBe('pass');
  });

  it('no commit under test: says to give one', () => {
    expect(evaluate([record('reports/codeql.sarif', 'sarif', [{ commit: FULL }])], undefined).reasons).toEqual([
      'reports/codeql.sarif: the policy requires every input to name the commit under test, but no commit was given (--commit, or GITHUB_SHA).',
    ]);
  });
});
