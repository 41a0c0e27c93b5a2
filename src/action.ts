/**
 * Action adapter: inputs -> options -> run -> outputs, job summary, annotations, PR comment.
 * The only module besides cli.ts that touches process, and the only one that touches @actions/*.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as core from '@actions/core';
import { ConfigError, ExitCode, TrustError, isShipgateError } from './errors.js';
import type { Logger } from './logger.js';
import { oldSpaceFlag } from './memory.js';
import { run, type RunOptions, type RunResult } from './run.js';
import { createWorkspaceReader, type EvidenceReader } from './evidence/source.js';
import { changedEvidence, createGitReader, createRemoteReader, hasCommit } from './evidence/trusted-ref.js';
import { DEFAULT_POLICY_PATH, loadPolicy } from './policy/load.js';
import { matchGlob } from './glob.js';
import { COMMENT_MARKER, renderComment, renderJobSummary } from './report/summary.js';
import { formatLocation, topFindings } from './report/text.js';
import { SEVERITIES } from './model.js';
import type { EvaluatedFinding } from './gates/types.js';
import { clockFromEnvironment } from './dates.js';
import { throttledProgress } from './progress.js';

/**
 * GitHub shows at most this many error and this many warning annotations of one step, and drops the
 * rest without a word. One of each is kept back: the error for the step's failure message, the warning
 * for a pull request comment that cannot be written.
 */
const STEP_ANNOTATIONS = 10;

/** Every input, read and checked in one place. */
interface ActionSettings {
  scans: string[];
  policy?: string;
  root: string;
  outputDir?: string;
  mode?: 'enforce' | 'advisory';
  trustedRef: string;
  comment: boolean;
  token: string;
  failOnError: boolean;
  annotations: boolean;
  commit?: string;
  maxInputBytes?: number;
  streamAboveBytes?: number;
  maxResultBytes?: number;
  maxFindings?: number;
  /** Log progress lines for streamed inputs. */
  progress: boolean;
  dryRun: boolean;
  /** The evaluation clock; `SHIPGATE_NOW` pins it (see clockFromEnvironment). */
  clock: () => Date;
  clockPinned: boolean;
}

interface PullRequestEvent {
  number: number;
  baseSha: string;
  headSha?: string;
}

function readBoolean(name: string, fallback: boolean): boolean {
  const value = core.getInput(name).trim().toLowerCase();
  if (value === '') return fallback;
  if (['true', 'yes', '1'].includes(value)) return true;
  if (['false', 'no', '0'].includes(value)) return false;
  throw new ConfigError(`input '${name}': '${value}' is not a boolean (expected true or false).`);
}

function readPositive(name: string): number | undefined {
  const text = core.getInput(name).trim();
  if (text === '') return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value <= 0)
    throw new ConfigError(`input '${name}': '${text}' is not a positive whole number.`);
  return value;
}

function readSettings(): ActionSettings {
  const mode = core.getInput('mode').trim();
  if (mode !== '' && mode !== 'enforce' && mode !== 'advisory')
    throw new ConfigError(`input 'mode': '${mode}' is not a mode (expected enforce or advisory).`);
  const maxInputBytes = readPositive('max-input-bytes');
  const streamAboveBytes = readPositive('stream-above');
  const maxResultBytes = readPositive('max-result-bytes');
  const maxFindings = readPositive('max-findings');
  const root = resolve(core.getInput('root').trim() || process.env.GITHUB_WORKSPACE || process.cwd());
  const policy = core.getInput('policy').trim();
  const outputDir = core.getInput('output-dir').trim();
  const commit = core.getInput('commit').trim() || process.env.GITHUB_SHA;
  return {
    clock: clockFromEnvironment(process.env.SHIPGATE_NOW),
    clockPinned: Boolean(process.env.SHIPGATE_NOW),
    scans: core
      .getMultilineInput('scans')
      .map((s) => s.trim())
      .filter((s) => s !== '' && !s.startsWith('#')),
    ...(policy ? { policy } : {}),
    root,
    ...(outputDir ? { outputDir: resolve(root, outputDir) } : {}),
    ...(mode ? { mode } : {}),
    trustedRef: core.getInput('trusted-ref').trim() || 'auto',
    comment: readBoolean('comment', false),
    token: core.getInput('token').trim(),
    failOnError: readBoolean('fail-on-error', true),
    annotations: readBoolean('annotations', true),
    ...(commit ? { commit } : {}),
    ...(maxInputBytes ? { maxInputBytes } : {}),
    ...(streamAboveBytes ? { streamAboveBytes } : {}),
    ...(maxResultBytes ? { maxResultBytes } : {}),
    ...(maxFindings ? { maxFindings } : {}),
    progress: readBoolean('progress', false),
    dryRun: readBoolean('dry-run', false),
  };
}

function readPullRequest(): PullRequestEvent | undefined {
  const path = process.env.GITHUB_EVENT_PATH;
  if (!path) return undefined;
  let payload: { pull_request?: { number?: number; base?: { sha?: string }; head?: { sha?: string } } };
  try {
    payload = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ConfigError(`GITHUB_EVENT_PATH ${path}: the event payload cannot be read: ${(error as Error).message}.`);
  }
  const pr = payload.pull_request;
  if (!pr?.base?.sha || typeof pr.number !== 'number') return undefined;
  return { number: pr.number, baseSha: pr.base.sha, ...(pr.head?.sha ? { headSha: pr.head.sha } : {}) };
}

const logger: Logger = {
  info: (m) => core.info(m),
  warning: (m) => core.info(`warning: ${m}`),
  debug: (m) => core.debug(m),
};

async function octokit(token: string) {
  if (!token) throw new Error("no token: set the 'token' input (usually ${{ github.token }}).");
  const github = await import('@actions/github');
  return { client: github.getOctokit(token), context: github.context };
}

/** Reads files at a ref through the contents API, for a base commit that is not in the clone. */
async function remoteFetchers(token: string) {
  const { client, context } = await octokit(token);
  const { owner, repo } = context.repo;
  const fetch = async (path: string, ref: string): Promise<Buffer | undefined> => {
    try {
      const response = await client.rest.repos.getContent({ owner, repo, path, ref });
      const data = response.data as { type?: string; content?: string; encoding?: string };
      if (data.type !== 'file' || typeof data.content !== 'string') return undefined;
      return Buffer.from(data.content, (data.encoding as BufferEncoding) ?? 'base64');
    } catch (error) {
      if ((error as { status?: number }).status === 404) return undefined;
      throw new TrustError(
        `${path}@${ref}: the trusted copy cannot be read from the contents API: ${(error as Error).message}.`,
      );
    }
  };
  const list = async (folder: string, ref: string): Promise<string[]> => {
    try {
      const response = await client.rest.repos.getContent({ owner, repo, path: folder, ref });
      const entries = Array.isArray(response.data) ? (response.data as { type: string; path: string }[]) : [];
      return entries.filter((e) => e.type === 'file').map((e) => e.path);
    } catch (error) {
      if ((error as { status?: number }).status === 404) return [];
      throw new TrustError(`${folder}@${ref}: the trusted folder cannot be listed: ${(error as Error).message}.`);
    }
  };
  return { fetch, list };
}

/** Policy and exception files from the trusted reader; everything else (register, assessment) from the workspace. */
function combineReaders(
  trusted: EvidenceReader,
  workspace: EvidenceReader,
  trustedPatterns: readonly string[],
): EvidenceReader {
  const isTrusted = (path: string) =>
    trustedPatterns.some((p) => matchGlob(p.replace(/^\.\//, ''), path.replace(/^\.\//, '')));
  return {
    origin: trusted.origin,
    read: (path) => (isTrusted(path) ? trusted.read(path) : workspace.read(path)),
    list: (pattern) => (isTrusted(pattern) ? trusted.list(pattern) : workspace.list(pattern)),
  };
}

/** Decides where evidence comes from (DESIGN 7) and what the pull request changed. */
async function resolveEvidence(settings: ActionSettings): Promise<Pick<RunOptions, 'evidence' | 'pendingEvidence'>> {
  const event = process.env.GITHUB_EVENT_NAME ?? '';
  const workspace = createWorkspaceReader(settings.root);
  const pr = event.startsWith('pull_request') ? readPullRequest() : undefined;
  if (settings.trustedRef === 'none') {
    if (event === 'pull_request_target')
      throw new TrustError(
        "under pull_request_target shipgate refuses to read evidence from the pull request's head; set trusted-ref to auto or a ref.",
      );
    return {};
  }
  const ref = settings.trustedRef === 'auto' ? pr?.baseSha : settings.trustedRef;
  if (!ref) return {};
  // Under pull_request_target the workspace may hold the pull request's code: every evidence file
  // (register and assessment too) comes from the trusted commit.
  const everything = event === 'pull_request_target';
  let trusted: EvidenceReader;
  if (hasCommit(settings.root, ref)) trusted = createGitReader(settings.root, ref);
  else {
    const { fetch, list } = await remoteFetchers(settings.token);
    const policyPath = settings.policy ?? DEFAULT_POLICY_PATH;
    const first = await createRemoteReader(ref, fetch, list, [policyPath], []);
    const base = first.read(policyPath) || !settings.policy ? loadPolicy(first, settings.policy).policy : undefined;
    const paths = [policyPath];
    if (base && everything)
      paths.push(base.gates['disposition-integrity'].register, base.gates['control-verification'].assessment);
    trusted = await createRemoteReader(ref, fetch, list, paths, base?.exceptions.paths ?? []);
  }
  core.info(
    `Reading ${everything ? 'every evidence file' : 'policy and exception files'} from the trusted commit ${ref}.`,
  );
  const basePolicy = loadPolicy(trusted, settings.policy);
  const policyFiles = basePolicy.chain.filter((c) => c.origin !== 'built-in').map((c) => c.source);
  const policyPath = settings.policy ?? DEFAULT_POLICY_PATH;
  for (const path of new Set([policyPath, ...policyFiles])) {
    const base = trusted.read(path);
    const head = workspace.read(path);
    if ((base?.sha256 ?? 'absent') !== (head?.sha256 ?? 'absent'))
      throw new TrustError(
        `${path}: the pull request changes the policy itself (${base ? (head ? 'edited' : 'deleted') : 'added'}); a policy change must be merged before it can gate a release (or set trusted-ref: none outside pull_request_target).`,
      );
  }
  const trustedPatterns = everything
    ? ['**']
    : [...new Set([policyPath, ...policyFiles, ...basePolicy.policy.exceptions.paths])];
  const pendingEvidence = changedEvidence(trusted, workspace, basePolicy.policy.exceptions.paths);
  for (const p of pendingEvidence) core.warning(`${p.file} is pending review: ${p.reason}`);
  return { evidence: combineReaders(trusted, workspace, trustedPatterns), pendingEvidence };
}

function annotate(result: RunResult, warningsUsed: number): void {
  const { findings } = result.evaluation;
  const blocking = new Set(['critical', 'high']);
  const open = (f: EvaluatedFinding): boolean => !f.excepted && f.location.path !== undefined;
  const errors = topFindings(findings, STEP_ANNOTATIONS - 1, (f) => open(f) && blocking.has(f.countedSeverity));
  const warnings = topFindings(
    findings,
    Math.max(0, STEP_ANNOTATIONS - 1 - warningsUsed),
    (f) => open(f) && !blocking.has(f.countedSeverity),
  );
  for (const finding of [...errors, ...warnings]) {
    const properties = {
      title: `shipgate ${finding.countedSeverity}: ${finding.ruleId}`,
      file: finding.location.path,
      ...(finding.location.startLine ? { startLine: finding.location.startLine } : {}),
      ...(finding.location.endLine ? { endLine: finding.location.endLine } : {}),
    };
    const message = `${finding.id}: ${finding.title} (${formatLocation(finding)}; ${finding.severitySource})`;
    if (blocking.has(finding.countedSeverity)) core.error(message, properties);
    else core.warning(message, properties);
  }
  let annotatable = 0;
  for (const f of findings) if (open(f)) annotatable += 1;
  const omitted = annotatable - errors.length - warnings.length;
  if (omitted > 0)
    core.info(
      `${omitted} more open finding(s) with a file are not annotated: GitHub shows at most ${STEP_ANNOTATIONS} error and ${STEP_ANNOTATIONS} warning annotations of a step. Every finding is in scan-results.json and the disposition record.`,
    );
}

async function comment(settings: ActionSettings, result: RunResult): Promise<void> {
  const pr = readPullRequest();
  if (!settings.comment || !pr) return;
  try {
    const { client, context } = await octokit(settings.token);
    const { owner, repo } = context.repo;
    const body = renderComment(result.evaluation);
    const comments = await client.paginate(client.rest.issues.listComments, {
      owner,
      repo,
      issue_number: pr.number,
      per_page: 100,
    });
    const existing = comments.find((c) => typeof c.body === 'string' && c.body.includes(COMMENT_MARKER));
    if (existing) await client.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
    else await client.rest.issues.createComment({ owner, repo, issue_number: pr.number, body });
    core.info(`${existing ? 'Updated' : 'Created'} the shipgate comment on pull request #${pr.number}.`);
  } catch (error) {
    // A fork's read-only token answers 403: the comment is a convenience, never part of the decision.
    core.warning(
      `The pull request comment could not be written (${(error as { status?: number }).status ?? 'error'}): ${(error as Error).message}`,
    );
  }
}

function setOutputs(result: RunResult): void {
  const { evaluation } = result;
  core.setOutput('decision', evaluation.decision);
  core.setOutput('exit-code', String(result.exitCode));
  for (const severity of SEVERITIES) core.setOutput(severity, String(evaluation.open[severity]));
  const file = (name: string) => result.written.find((p) => p.endsWith(`/${name}`)) ?? '';
  core.setOutput('certificate', file('security-approval-certificate.json'));
  core.setOutput('sarif', file('shipgate.sarif'));
  core.setOutput('disposition-record', file('disposition-record.md'));
}

export async function runAction(): Promise<void> {
  let settings: ActionSettings | undefined;
  try {
    settings = readSettings();
    const evidence = await resolveEvidence(settings);
    const oldSpace = oldSpaceFlag(process.execArgv, process.env.NODE_OPTIONS);
    const result = await run({
      root: settings.root,
      scans: settings.scans,
      dryRun: settings.dryRun,
      clock: settings.clock,
      clockPinned: settings.clockPinned,
      logger,
      ...(settings.policy ? { policy: settings.policy } : {}),
      ...(settings.outputDir ? { outDir: settings.outputDir } : {}),
      ...(settings.commit ? { commit: settings.commit } : {}),
      ...(process.env.GITHUB_REPOSITORY ? { repository: process.env.GITHUB_REPOSITORY } : {}),
      ...(settings.mode ? { mode: settings.mode } : {}),
      ...(settings.maxInputBytes ? { maxInputBytes: settings.maxInputBytes } : {}),
      ...(settings.streamAboveBytes ? { streamAboveBytes: settings.streamAboveBytes } : {}),
      ...(settings.maxResultBytes ? { maxResultBytes: settings.maxResultBytes } : {}),
      ...(settings.maxFindings ? { maxFindings: settings.maxFindings } : {}),
      ...(oldSpace ? { maxOldSpaceMiB: oldSpace } : {}),
      // A log line every 2 s at most: enough to see a long read move, not enough to flood the log.
      ...(settings.progress ? { onProgress: throttledProgress(2000, (line) => core.info(line)) } : {}),
      ...evidence,
    });
    setOutputs(result);
    if (settings.annotations) annotate(result, evidence.pendingEvidence?.length ?? 0);
    await core.summary.addRaw(renderJobSummary(result.evaluation)).write();
    await comment(settings, result);
    const { evaluation } = result;
    if (result.exitCode !== ExitCode.Approved) {
      const failed = evaluation.gates.filter(
        (g) => g.enforcement === 'blocking' && g.status !== 'pass' && g.status !== 'off',
      );
      core.setFailed(
        `shipgate rejected the release: ${failed.map((g) => `${g.id} ${g.status} (${g.reasons.length} reason(s))`).join(', ')}.`,
      );
      process.exitCode = result.exitCode;
    } else core.info(`shipgate: ${evaluation.decision}${evaluation.mode === 'advisory' ? ' (advisory mode)' : ''}.`);
  } catch (error) {
    const code = isShipgateError(error) ? error.exitCode : ExitCode.Internal;
    core.setOutput('decision', 'error');
    core.setOutput('exit-code', String(code));
    const message = isShipgateError(error)
      ? error.message
      : `internal error (a bug): ${(error as Error)?.stack ?? String(error)}`;
    const [first, ...details] = message.split('\n');
    if (details.length > 0) core.info(message);
    if (settings && !settings.failOnError)
      core.warning(`shipgate could not evaluate (exit ${code}), and fail-on-error is false: ${first}`);
    else {
      core.setFailed(`shipgate could not evaluate (exit ${code}): ${first}`);
      process.exitCode = code;
    }
  }
}

await runAction();
