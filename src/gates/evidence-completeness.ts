/** evidence-completeness: every input was read and shows a completed scan; required scan types are covered. */
import type { InputRecord, ToolRun } from '../model.js';
import { showInvisible } from '../strings.js';
import type { Gate, GateContext } from './types.js';

export const evidenceCompleteness: Gate = {
  id: 'evidence-completeness',
  title: 'Evidence completeness',
  evaluate(context) {
    const reasons: string[] = [];
    const covered = new Set<string>();
    for (const input of context.inputs) {
      if (input.runs.length === 0) reasons.push(`${input.path}: the report holds no tool run.`);
      for (const run of input.runs) {
        for (const problem of run.problems) reasons.push(`${input.path}: ${problem}`);
        if (run.completed && !run.coversNothing) covered.add(run.scanType);
        if (context.policy.evidence.requireCommit) {
          const reason = commitReason(input, run, context);
          if (reason !== undefined) reasons.push(reason);
        }
      }
    }
    for (const required of context.policy.evidence.required)
      if (!covered.has(required))
        reasons.push(
          `no completed ${required} scan among the inputs (the policy requires ${context.policy.evidence.required.join(', ')}).`,
        );
    const runs = context.inputs.reduce((n, i) => n + i.runs.length, 0);
    return {
      status: reasons.length === 0 ? 'pass' : 'fail',
      reasons: [...new Set(reasons)],
      conditions: [],
      // What was required is part of what the gate checked: a certificate must not leave it to be guessed.
      summary: `${context.inputs.length} input(s), ${runs} tool run(s); covered: ${[...covered].sort().join(', ') || 'nothing'}; required: ${context.policy.evidence.required.join(', ') || 'none'}${context.policy.evidence.requireCommit ? '; commit required' : ''}`,
    };
  },
};

/** Where shipgate reads the commit a report scanned: only SARIF says it (src/ingest/sarif.ts, readCommit). */
const COMMIT_SOURCE = "a SARIF run's versionControlProvenance[].revisionId";
const TURN_OFF = 'or set evidence.requireCommit: false in this policy';

/**
 * How to get a SARIF report from the tools of the native formats that can write one; a format not listed
 * (npm audit, yarn audit, pip-audit, TruffleHog, GitLab) has no SARIF writer of its own.
 */
const SARIF_WRITERS: ReadonlyMap<string, string> = new Map([
  ['trivy', 'Trivy writes SARIF with --format sarif'],
  ['grype', 'Grype writes SARIF with -o sarif'],
  ['osv-scanner', 'OSV-Scanner writes SARIF with --format sarif'],
  ['dependency-check', 'Dependency-Check writes SARIF with --format SARIF'],
  ['snyk', 'the Snyk CLI writes SARIF with --sarif'],
  ['govulncheck', 'govulncheck 1.1 and later writes SARIF with -format sarif'],
  ['gitleaks', 'Gitleaks writes SARIF with --report-format sarif'],
  ['semgrep', 'Semgrep writes SARIF with --sarif'],
  ['bandit', 'Bandit writes SARIF with -f sarif'],
  ['checkov', 'Checkov writes SARIF with -o sarif'],
  ['zap', 'ZAP writes SARIF with the sarif-json report template, in an Automation Framework report job'],
  ['nuclei', 'Nuclei writes SARIF with -sarif-export'],
]);

/** Why a run fails `requireCommit`, or undefined when it names the commit under test. */
function commitReason(input: InputRecord, run: ToolRun, context: GateContext): string | undefined {
  const { path } = input;
  const underTest = context.commit;
  if (!underTest)
    return `${path}: the policy requires every input to name the commit under test, but no commit was given (--commit, or GITHUB_SHA).`;
  const commit = run.commit;
  if (!commit) {
    if (input.format === 'sarif')
      return `${path}: the ${run.tool} run does not name the commit it scanned (expected ${underTest} in ${COMMIT_SOURCE}, which this run does not have). Write versionControlProvenance with the revisionId of the commit under test into the run (have the tool or the upload step add it), ${TURN_OFF}.`;
    const writer = SARIF_WRITERS.get(input.format);
    const how =
      writer !== undefined
        ? `give this scan as SARIF with versionControlProvenance[].revisionId set to ${underTest} (${writer}; add the revisionId if the tool leaves it out)`
        : `give this scan as SARIF from a tool that writes SARIF, with versionControlProvenance[].revisionId set to ${underTest} (${run.tool} writes no SARIF)`;
    return `${path}: ${run.tool} does not name the commit it scanned (expected ${underTest}): shipgate reads the scanned commit only from ${COMMIT_SOURCE}, and this report's format (${input.format}) carries no commit. With requireCommit, ${how}, ${TURN_OFF}.`;
  }
  const match = compareCommits(commit, underTest);
  if (match === 'same') return undefined;
  const shown = showCommit(commit);
  if (match === 'abbreviated-under-test')
    return `${path}: ${run.tool} scanned commit ${shown}, and the commit under test ${underTest} is abbreviated, so the two cannot be checked to be the same commit. Give the full SHA of the commit under test (40 hex digits, or 64 in a SHA-256 repository) to --commit.`;
  if (match === 'too-short')
    return `${path}: ${run.tool} names commit ${shown}, too short an abbreviation to identify the commit under test ${underTest} (expected the full SHA, or at least 7 of its hex digits, in ${COMMIT_SOURCE}).`;
  return `${path}: ${run.tool} scanned commit ${shown}, not the commit under test ${underTest}. Scan the commit under test, or check that --commit (GITHUB_SHA) names the commit the reports were made from.`;
}

/** A full commit id: 40 hex digits (SHA-1), or 64 in a SHA-256 repository. */
export const FULL_COMMIT = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
/** An abbreviated commit id as git prints one: at least 7 hex digits. */
const ABBREVIATED_COMMIT = /^[0-9a-f]{7,}$/;

/**
 * Whether a report's commit is the commit under test: the same id ignoring case, or an abbreviation (7 or
 * more hex digits) of the full commit under test. A longer id that starts with the commit under test is
 * another commit, and an abbreviated commit under test matches only itself: a report's full id cannot
 * be checked against it.
 */
export function compareCommits(
  reported: string,
  underTest: string,
): 'same' | 'abbreviated-under-test' | 'too-short' | 'different' {
  const report = reported.toLowerCase();
  const test = underTest.toLowerCase();
  if (report === test) return 'same';
  if (test.startsWith(report) && !ABBREVIATED_COMMIT.test(report)) return 'too-short';
  if (!FULL_COMMIT.test(test))
    return /^[0-9a-f]+$/.test(report) && (report.startsWith(test) || test.startsWith(report))
      ? 'abbreviated-under-test'
      : 'different';
  return test.startsWith(report) ? 'same' : 'different';
}

/** A commit a report names, for a reason: as it is when it is hex, else quoted with what does not show escaped. */
export function showCommit(commit: string): string {
  const cut = commit.length > 80 ? `${commit.slice(0, 77)}...` : commit;
  return /^[0-9a-f]+$/i.test(commit) && commit.length <= 80 ? commit : showInvisible(cut);
}
