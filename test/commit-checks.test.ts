/**
 * The commit under test as the outputs record it. A report that says it scanned another commit is a
 * warning when the policy does not check it (requireCommit off), so the certificate does not vouch for
 * the commit without a word; and a run that writes its outputs (an approval certificate among them)
 * needs the full SHA, which no other commit shares.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../src/errors.js';
import { evidenceCompleteness } from '../src/gates/evidence-completeness.js';
import { silentLogger } from '../src/logger.js';
import { emptyCounts } from '../src/model.js';
import { namesAnotherCommit, run, type RunOptions } from '../src/run.js';
import { releasePolicy } from './helpers.js';

const DEMO = fileURLToPath(new URL('../fixtures/demo/release', import.meta.url));
const OUT = '.artifacts/review-security';
const UNDER_TEST = '0123456789abcdef0123456789abcdef01234567';
const OTHER = 'f'.repeat(40);

/**
 * The demo release (approved with conditions) with its CodeQL report's run naming `revisionId` in
 * versionControlProvenance, and `policy` appended to its policy.
 */
function demo(revisionId: string | undefined, policy = ''): string {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'sg-commit-')));
  cpSync(DEMO, root, { recursive: true });
  const report = join(root, 'reports/codeql.sarif');
  const sarif = JSON.parse(readFileSync(report, 'utf8')) as { runs: Record<string, unknown>[] };
  if (revisionId !== undefined)
    (sarif.runs[0] as Record<string, unknown>).versionControlProvenance = [
      { repositoryUri: 'https://github.com/acme/payments', revisionId },
    ];
  writeFileSync(report, JSON.stringify(sarif, null, 2));
  const file = join(root, '.shipgate/policy.yml');
  writeFileSync(file, `${readFileSync(file, 'utf8')}${policy}`);
  return root;
}

function evaluate(root: string, options: Partial<RunOptions> = {}) {
  return run({
    root,
    scans: [],
    dryRun: true,
    commit: UNDER_TEST,
    clock: () => new Date('2026-11-25T12:00:00Z'),
    logger: silentLogger,
    ...options,
  });
}

const otherCommitWarning = (reported: string, why = 'evidence.requireCommit is off') =>
  `reports/codeql.sarif: the CodeQL command-line toolchain run names commit ${reported} (versionControlProvenance[].revisionId), not the commit under test ${UNDER_TEST}: its findings may be of another commit. The policy does not check it (${why}), so this does not stop the release; scan the commit under test, or check that --commit (GITHUB_SHA) names the commit the reports were made from.`;

const aboutCommits = (warnings: readonly string[]) => warnings.filter((w) => w.includes('not the commit under test'));

describe('a report that names another commit than the one under test', () => {
  it('is a warning in the certificate and the outputs with requireCommit off (the release preset)', async () => {
    const root = demo(OTHER);
    const { evaluation } = await evaluate(root, { dryRun: false, repository: 'acme/payments' });
    expect(evaluation.decision).toBe('approved-with-conditions');
    expect(aboutCommits(evaluation.warnings)).toEqual([otherCommitWarning(OTHER)]);
    const certificate = JSON.parse(readFileSync(join(root, OUT, 'security-approval-certificate.json'), 'utf8')) as {
      predicate: { shipgate: { warnings: string[] } };
    };
    expect(certificate.predicate.shipgate.warnings).toContain(otherCommitWarning(OTHER));
    expect(readFileSync(join(root, OUT, 'security-approval-certificate.md'), 'utf8')).toContain(
      'names commit ffffffffffffffffffffffffffffffffffffffff (versionControlProvenance',
    );
  });

  it('is no warning when the report names the commit under test, in any case, or abbreviated; nor without a commit', async () => {
    for (const same of [UNDER_TEST, UNDER_TEST.toUpperCase(), UNDER_TEST.slice(0, 7), UNDER_TEST.slice(0, 12)])
      expect(aboutCommits((await evaluate(demo(same))).evaluation.warnings), same).toEqual([]);
    // A report that names no commit, and a run given no commit under test, compare nothing.
    expect(aboutCommits((await evaluate(demo(undefined))).evaluation.warnings)).toEqual([]);
    const noCommit = await run({
      root: demo(OTHER),
      scans: [],
      dryRun: true,
      clock: () => new Date('2026-11-25T12:00:00Z'),
      logger: silentLogger,
    });
    expect(aboutCommits(noCommit.evaluation.warnings)).toEqual([]);
    // A longer id that starts with the commit under test is another commit.
    expect(aboutCommits((await evaluate(demo(`${UNDER_TEST}abcd`))).evaluation.warnings)).toEqual([
      otherCommitWarning(`${UNDER_TEST}abcd`),
    ]);
  });

  it('with requireCommit the gate fails as before and no warning repeats it; with the gate off, the warning says so', async () => {
    const strict = await evaluate(demo(OTHER, 'evidence:\n  requireCommit: true\n'));
    const gate = strict.evaluation.gates.find((g) => g.id === 'evidence-completeness');
    expect(gate?.status).toBe('fail');
    expect(gate?.reasons).toContain(
      `reports/codeql.sarif: CodeQL command-line toolchain scanned commit ${OTHER}, not the commit under test ${UNDER_TEST}. Scan the commit under test, or check that --commit (GITHUB_SHA) names the commit the reports were made from.`,
    );
    expect(aboutCommits(strict.evaluation.warnings)).toEqual([]);
    const off = await evaluate(
      demo(OTHER, 'evidence:\n  requireCommit: true\ngates:\n  evidence-completeness:\n    enforcement: off\n'),
    );
    expect(aboutCommits(off.evaluation.warnings)).toEqual([
      otherCommitWarning(OTHER, 'evidence-completeness, which would with evidence.requireCommit, is off'),
    ]);
  });

  it("names another commit exactly when evidence-completeness's comparison calls it different", () => {
    const full256 = '0123456789abcdef'.repeat(4);
    const pairs: [string, string][] = [];
    const reported = [
      UNDER_TEST,
      UNDER_TEST.toUpperCase(),
      UNDER_TEST.slice(0, 7),
      UNDER_TEST.slice(0, 6),
      UNDER_TEST.slice(0, 3),
      `${UNDER_TEST}abcd`,
      OTHER,
      'main',
      `${UNDER_TEST.slice(0, 7)}\u200b`,
      full256,
      full256.slice(0, 40),
      UNDER_TEST.slice(0, 9),
      'abcdef0',
    ];
    for (const underTest of [UNDER_TEST, full256, UNDER_TEST.slice(0, 7), UNDER_TEST.slice(0, 8), 'abcdef0'])
      for (const report of reported) pairs.push([report, underTest]);
    const policy = releasePolicy((p) => {
      p.evidence.requireCommit = true;
      p.evidence.required = [];
    });
    for (const [report, underTest] of pairs) {
      const { reasons } = evidenceCompleteness.evaluate({
        policy,
        findings: [],
        today: '2026-11-25',
        commit: underTest,
        inputs: [
          {
            path: 'r.sarif',
            sha256: '0'.repeat(64),
            size: 1,
            format: 'sarif',
            runs: [{ tool: 'T', scanType: 'sast', completed: true, problems: [], resultCount: 0, commit: report }],
            counts: emptyCounts(),
            warnings: [],
          },
        ],
      });
      const different = reasons.some((r) => r.includes(', not the commit under test'));
      expect(namesAnotherCommit(report, underTest), `${report} vs ${underTest}`).toBe(different);
    }
  });
});

describe('the commit under test of a run that writes its outputs', () => {
  const refused = (commit: string) =>
    `the commit ${commit} (--commit, the Action's commit input, else GITHUB_SHA) is not a full commit SHA (${commit.length} hex digits; expected 40, or 64 in a SHA-256 repository, as \`git rev-parse HEAD\` prints it): a run that writes its outputs records the commit, and an approval certificate vouches for it by name, which an abbreviated commit shares with every commit that starts the same. Pass the full SHA; a dry run (--dry-run) accepts an abbreviated one.`;

  it('is refused abbreviated (exit 2), before anything is written; 40 and 64 hex digits write a certificate', async () => {
    for (const commit of ['abc1234', 'ABC1234', UNDER_TEST.slice(0, 39), `${UNDER_TEST}0`, 'f'.repeat(63)]) {
      const root = demo(undefined);
      const error = await evaluate(root, { dryRun: false, commit }).catch((e: unknown) => e);
      expect(error, commit).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).message).toBe(refused(commit));
      expect((error as ConfigError).exitCode).toBe(2);
      expect(existsSync(join(root, OUT))).toBe(false);
    }
    for (const commit of [UNDER_TEST, UNDER_TEST.toUpperCase(), 'f'.repeat(64)]) {
      const root = demo(undefined);
      const result = await evaluate(root, { dryRun: false, commit, repository: 'acme/payments' });
      expect(result.evaluation.commit).toBe(commit.toLowerCase());
      const certificate = JSON.parse(readFileSync(join(root, OUT, 'security-approval-certificate.json'), 'utf8')) as {
        predicate: { resourceUri: string };
      };
      expect(certificate.predicate.resourceUri).toMatch(new RegExp(`@${commit.toLowerCase()}$`));
    }
  });

  it('is accepted abbreviated in a dry run, which writes nothing', async () => {
    const root = demo(undefined);
    const result = await evaluate(root, { commit: 'ABC1234' });
    expect(result.evaluation.commit).toBe('abc1234');
    expect(result.written).toEqual([]);
    expect(existsSync(join(root, OUT))).toBe(false);
  });
});
