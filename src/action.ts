/**
 * Action adapter: inputs -> options -> run -> outputs, job summary, annotations, PR comment.
 * The only module besides cli.ts that touches process, and the only one that touches @actions/* (with
 * github.ts, the API client it loads when it calls the API).
 */
import { lstatSync, readFileSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, posix, relative, resolve, sep } from 'node:path';
import * as core from '@actions/core';
import { ConfigError, ExitCode, InputError, OutputError, TrustError, isShipgateError } from './errors.js';
import type { Logger } from './logger.js';
import { oldSpaceFlag } from './memory.js';
import { run, withdrawOutputs, type RunOptions, type RunResult } from './run.js';
import { createWorkspaceReader, evidenceText, type EvidenceReader } from './evidence/source.js';
import { readExceptionFiles } from './evidence/exceptions.js';
import { parseRegister } from './evidence/register.js';
import { parseAssessment } from './evidence/assessment.js';
import { rootProblem } from './ingest/read.js';
import {
  changedEvidence,
  checkRootRepository,
  createGitReader,
  createRemoteReader,
  fetchPolicyChain,
  FULL_SHA,
  hasCommit,
  originIs,
  resolveTrustedRef,
  repositoryPrefix,
  useGitEnvironment,
  type RemoteFetcher,
  type RemoteLister,
} from './evidence/trusted-ref.js';
import {
  DEFAULT_POLICY_PATH,
  loadPolicy,
  MISNAMED_POLICY_PATHS,
  PRESETS,
  readsAssessment,
  readsLikePolicy,
} from './policy/load.js';
import type { Policy } from './policy/types.js';
import { matchGlob } from './glob.js';
import { escapeMarkdown } from './report/markdown.js';
import { COMMENT_LIMIT_CHARS, commentMarker, headingFor, renderComment, renderJobSummary } from './report/summary.js';
import { formatLocation, plain, topFindings } from './report/text.js';
import { SEVERITIES } from './model.js';
import { approvalObstacles } from './evaluation.js';
import type { EvaluatedFinding } from './gates/types.js';
import { clockFromEnvironment } from './dates.js';
import { throttledProgress } from './progress.js';
import { checkRepository } from './report/certificate.js';
import { forLog, neutralizeWorkflowCommands, positiveWholeNumber } from './strings.js';
import { actionEntryImports, actionReportPlan, outOfHeap, routeHostedStdio, threadOldGenerationMiB } from './host.js';

// In the evaluation thread of the Action's entry (src/action-entry.ts), the log goes to the main thread
// over its channel, before anything is written.
routeHostedStdio();

/**
 * GitHub shows at most this many error and this many warning annotations of one step, and drops the
 * rest without a word. One of each is kept back: the error for the step's failure message, the warning
 * for a pull request comment that cannot be written.
 */
const STEP_ANNOTATIONS = 10;

/** The author of comments written with `GITHUB_TOKEN`, a token that `GET /user` answers with 403. */
const ACTIONS_BOT = 'github-actions[bot]';

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

/** Where the outputs go: read on their own too, to withdraw a stale certificate when the other inputs are bad. */
interface OutputPlace {
  root: string;
  outputDir?: string;
  policy?: string;
}

/** What the event payload says of the pull request; any field may be missing. */
interface PullRequestEvent {
  number?: number;
  baseSha?: string;
  headSha?: string;
}

const TRUE_WORDS = ['true', 'yes', '1'];

function readBoolean(name: string, fallback: boolean): boolean {
  const value = core.getInput(name).trim().toLowerCase();
  if (value === '') return fallback;
  if (TRUE_WORDS.includes(value)) return true;
  if (['false', 'no', '0'].includes(value)) return false;
  throw new ConfigError(`input '${name}': '${value}' is not a boolean (expected true or false).`);
}

function readPositive(name: string): number | undefined {
  const text = core.getInput(name).trim();
  if (text === '') return undefined;
  const value = positiveWholeNumber(text);
  if (value === undefined)
    throw new ConfigError(
      `input '${name}': '${text}' is not a positive whole number (expected decimal digits, such as 1000000).`,
    );
  return value;
}

/**
 * `fail-on-error`, read before every other input so that it also covers their configuration errors;
 * a value that is not a boolean is itself such an error, and fails the step.
 */
function readFailOnError(): boolean {
  return readBoolean('fail-on-error', true);
}

function readOutputPlace(): OutputPlace {
  // Read as the entry reads them to choose the thread (src/host.ts): a relative root is a folder of the
  // workspace, as every path in a workflow is, whatever the current folder; output-dir is under the root.
  const { root, policy, outDir } = actionReportPlan(process.env, process.cwd());
  return { root, ...(policy ? { policy } : {}), ...(outDir ? { outputDir: outDir } : {}) };
}

function readSettings(): ActionSettings {
  const mode = core.getInput('mode').trim();
  if (mode !== '' && mode !== 'enforce' && mode !== 'advisory')
    throw new ConfigError(`input 'mode': '${mode}' is not a mode (expected enforce or advisory).`);
  const maxInputBytes = readPositive('max-input-bytes');
  const streamAboveBytes = readPositive('stream-above');
  const maxResultBytes = readPositive('max-result-bytes');
  const maxFindings = readPositive('max-findings');
  const commit = core.getInput('commit').trim() || process.env.GITHUB_SHA;
  const token = readToken();
  // Before anything uses it (the contents API, the pull request comment): the repository must be one.
  const repository = process.env.GITHUB_REPOSITORY;
  const repositoryProblem = repository === undefined ? undefined : checkRepository(repository);
  if (repositoryProblem) throw new ConfigError(`GITHUB_REPOSITORY: ${repositoryProblem}.`);
  return {
    clock: clockFromEnvironment(process.env.SHIPGATE_NOW),
    clockPinned: Boolean(process.env.SHIPGATE_NOW),
    // One path or glob a line; blank lines and # comments are skipped.
    scans: [...actionReportPlan(process.env, process.cwd()).scans],
    ...readOutputPlace(),
    ...(mode ? { mode } : {}),
    trustedRef: readTrustedRef(),
    comment: readBoolean('comment', false),
    token,
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

/** Control characters (C0, DEL and C1): no GitHub token holds one. */
const CONTROL = /\p{Cc}/u;

/**
 * The token's parts that withoutToken takes out of messages, longest first: the token, and each line
 * (each run between control characters) of one that holds a control character, from 4 characters on
 * (a shorter piece tells next to nothing, and taking it out of every message would garble them all).
 */
let tokenParts: string[] = [];

/**
 * A message with the token and each of its lines replaced by `***`. The runner masks what setSecret
 * registers in the log only, not in the job summary or a pull request comment, and an error of the HTTP
 * layer can quote the token (undici quotes a header value it refuses; a server may echo it).
 */
function withoutToken(text: string): string {
  return tokenParts.reduce((shown, part) => shown.split(part).join('***'), text);
}

/** An error of the HTTP layer, as a message may show it: without the token (see withoutToken). */
function apiMessage(error: unknown): string {
  return withoutToken(error instanceof Error ? error.message : String(error));
}

/**
 * `token`, masked in the log whatever prints it (a message quoting a request, a debug line) and taken out
 * of the messages that can quote it (withoutToken). A token with a line break or another control
 * character is refused before anything sends it: no GitHub token has one (it is a secret pasted with
 * another line, or two secrets in one), and the HTTP layer's error for such a header quotes it whole.
 * The error does not show the token.
 */
function readToken(): string {
  const token = core.getInput('token').trim();
  if (!token) return token;
  const lines = token.split(/\p{Cc}+/u).map((line) => line.trim());
  const parts = [...new Set([token, ...lines.filter((line) => line.length >= 4)])];
  for (const part of parts) core.setSecret(part);
  tokenParts = [...new Set([...tokenParts, ...parts])].sort((a, b) => b.length - a.length);
  const control = CONTROL.exec(token)?.[0];
  if (control !== undefined)
    throw new ConfigError(
      `input 'token': the token holds ${control === '\n' || control === '\r' ? 'a line break' : `a control character (U+${control.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')})`}, which no GitHub token has (the token is not shown here); set the token input to the token alone (usually \${{ github.token }}, or one secret).`,
    );
  return token;
}

/**
 * `trusted-ref`: `auto` (the default) and `none` in any case, as the other keyword inputs are read;
 * anything else is a ref, kept as given.
 */
function readTrustedRef(): string {
  const value = core.getInput('trusted-ref').trim();
  const keyword = value.toLowerCase();
  if (value === '' || keyword === 'auto') return 'auto';
  return keyword === 'none' ? 'none' : value;
}

/**
 * Writes to the job log. Report values reach these lines (warnings, errors, progress): a line break in
 * a rule id must not start a line the runner takes for a workflow command (see forLog).
 */
function info(text: string): void {
  core.info(forLog(text));
}

/** The parts of an event payload shipgate reads. */
interface EventPayload {
  pull_request?: { number?: unknown; base?: { sha?: unknown }; head?: { sha?: unknown } };
  merge_group?: { base_sha?: unknown };
}

/** The event payload (GITHUB_EVENT_PATH), undefined when there is none. */
function readPayload(): EventPayload | undefined {
  const path = process.env.GITHUB_EVENT_PATH;
  if (!path) return undefined;
  try {
    const payload: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return payload !== null && typeof payload === 'object' ? (payload as EventPayload) : {};
  } catch (error) {
    throw new ConfigError(`GITHUB_EVENT_PATH ${path}: the event payload cannot be read: ${(error as Error).message}.`);
  }
}

/** The event's pull request, undefined when the payload has none. */
function readPullRequest(): PullRequestEvent | undefined {
  const pr = readPayload()?.pull_request;
  if (!pr || typeof pr !== 'object') return undefined;
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
  const baseSha = text(pr.base?.sha);
  const headSha = text(pr.head?.sha);
  return {
    ...(typeof pr.number === 'number' ? { number: pr.number } : {}),
    ...(baseSha ? { baseSha } : {}),
    ...(headSha ? { headSha } : {}),
  };
}

const logger: Logger = {
  info: (m) => info(m),
  warning: (m) => info(`warning: ${m}`),
  debug: (m) => core.debug(m),
};

async function octokit(token: string) {
  if (!token) throw new Error("no token: set the 'token' input (usually ${{ github.token }}).");
  // @actions/github parses the event payload as it loads (its Context), and one that is not JSON would
  // throw a SyntaxError out of the import, a bug's exit 70: read first, it is the configuration error
  // it is on every event (exit 2, naming GITHUB_EVENT_PATH), whatever asks the API.
  readPayload();
  // dist/github.js, a bundle of its own (scripts/build.mjs): only the runs that call the API load it.
  const github = await import('./github.js');
  return { client: github.getOctokit(token), context: github.context };
}

/** Why the contents API is asked, when nothing else stops reading the clone. */
const NOT_IN_CLONE = 'is not in the clone';

const FETCH_BASE_ADVICE =
  'fetch the base commit into the clone (actions/checkout with fetch-depth: 0), or give the token input (usually ${{ github.token }}) contents: read';

/** Reads files at a ref through the contents API, for a base commit that is not in the clone. */
async function remoteFetchers(token: string) {
  const { client, context } = await octokit(token);
  const { owner, repo } = context.repo;
  const status = (error: unknown) => (error as { status?: number }).status;
  /** A URL's scheme, host and port; undefined for what is not a URL. */
  const origin = (url: unknown): string | undefined => {
    try {
      return typeof url === 'string' ? new URL(url).origin : undefined;
    } catch {
      return undefined;
    }
  };
  /** The host whose answer this is, when a redirect took the request away from the API asked. */
  const elsewhere = (error: unknown): string | undefined => {
    const { request, response } = error as { request?: { url?: unknown }; response?: { url?: unknown } };
    const answered = origin(response?.url);
    return answered !== undefined && answered !== origin(request?.url) ? answered : undefined;
  };
  /**
   * A 404 is GitHub saying there is no such file (or folder) at the commit, which probe has read, only
   * when it comes from the API asked: GitHub's own redirects (a renamed or transferred repository, to
   * /repositories/{id}/...) stay there. A 404 from another host a redirect led to (a proxy, a sign-in
   * page) says nothing of the commit's files, and taking it for their absence would fail open.
   */
  const absent = (error: unknown): boolean =>
    status(error) === 404 &&
    origin((error as { response?: { url?: unknown } }).response?.url) !== undefined &&
    elsewhere(error) === undefined;
  /** Says where an answer came from when it is not the API asked, for the error. */
  const answeredBy = (error: unknown): string => {
    const host = elsewhere(error);
    return host === undefined ? '' : ` from ${withoutToken(host)}, not the API asked`;
  };
  /**
   * Fails closed when the commit cannot be read at all, so that a file missing below is absent there.
   * Returns the commit's SHA: a name (a branch) is resolved once, through the commits API.
   */
  const probe = async (ref: string, commit: string, why = NOT_IN_CLONE): Promise<string> => {
    try {
      if (!FULL_SHA.test(ref)) {
        const sha = (await client.rest.repos.getCommit({ owner, repo, ref })).data?.sha;
        if (typeof sha !== 'string' || !FULL_SHA.test(sha))
          throw new Error(`the commits API answered with ${typeof sha === 'string' ? `'${sha}'` : 'no sha'}`);
        return sha.toLowerCase();
      }
      await client.rest.repos.getContent({ owner, repo, path: '', ref });
      return ref;
    } catch (error) {
      throw new TrustError(
        `${commit} ${ref} ${why}, and cannot be read through the contents API of ${owner}/${repo} (${status(error) ?? 'error'}: ${apiMessage(error)}): ${FULL_SHA.test(ref) ? 'the commit does not exist there' : 'no branch or commit of that name exists there'} or the token cannot read it; ${why === NOT_IN_CLONE ? FETCH_BASE_ADVICE : `give trusted-ref as a full commit SHA, which names the same files in any clone, or a token that can read ${owner}/${repo} (contents: read)`}.`,
      );
    }
  };
  /**
   * A file at the trusted commit: undefined only when the API answers 404 (see absent). Any other
   * answer that is not a regular file with its content is a trust error, as the git reader refuses a
   * symbolic link or a submodule there: taking it for no file would let a pull request that deletes the
   * policy be gated by the built-in preset instead of the base commit's policy.
   */
  const fetch: RemoteFetcher = async (path, ref) => {
    let data: unknown;
    try {
      data = (await client.rest.repos.getContent({ owner, repo, path, ref })).data;
    } catch (error) {
      if (absent(error)) return undefined;
      throw new TrustError(
        `${path}@${ref}: the trusted copy cannot be read from the contents API (${status(error) ?? 'error'}${answeredBy(error)}): ${apiMessage(error)}; ${FETCH_BASE_ADVICE}.`,
      );
    }
    const unread = (what: string) =>
      new TrustError(
        `${path}@${ref}: the contents API answered with ${what} (expected a regular file with its content, or a 404 when there is none); shipgate does not take it for a missing file; ${FETCH_BASE_ADVICE}.`,
      );
    if (data === null || typeof data !== 'object' || Array.isArray(data))
      throw unread(Array.isArray(data) ? 'a folder listing' : data === null ? 'null' : `a ${typeof data}`);
    const file = data as { type?: unknown; content?: unknown; encoding?: unknown; size?: unknown };
    // As the API sends them (quoted, cut): a server's text, shown in the log and the summary.
    const quoted = (value: string) => JSON.stringify(withoutToken(value).slice(0, 40));
    if (file.type !== 'file')
      throw unread(
        typeof file.type === 'string' ? `an entry of type ${quoted(file.type)}` : 'an object without a string type',
      );
    // Files over 1 MB come without content (encoding 'none', content '').
    if (file.encoding === 'none')
      throw new TrustError(
        `${path}@${ref}: the contents API does not return this file's content (encoding 'none', a file over 1 MB); fetch the base commit into the clone (actions/checkout with fetch-depth: 0).`,
      );
    if (typeof file.content !== 'string')
      throw unread(`a file without content (content ${file.content === null ? 'null' : typeof file.content})`);
    if (file.encoding !== 'base64')
      throw unread(
        `a file in ${typeof file.encoding === 'string' ? `encoding ${quoted(file.encoding)}` : 'no encoding'} (expected base64)`,
      );
    // Buffer.from skips what is not base64 without a word: a damaged answer would read as other bytes.
    if (!/^[A-Za-z0-9+/\s]*={0,2}\s*$/.test(file.content)) throw unread('content that is not base64');
    const bytes = Buffer.from(file.content, 'base64');
    if (typeof file.size === 'number' && file.size !== bytes.length)
      throw unread(`${bytes.length} bytes of content for a file of ${file.size} bytes`);
    return bytes;
  };
  const list: RemoteLister = async (folder, ref) => {
    try {
      const response = await client.rest.repos.getContent({ owner, repo, path: folder, ref });
      const entries = Array.isArray(response.data) ? (response.data as unknown[]) : [];
      // Entries as the API documents them; anything else is not read (a file left out of a trusted
      // listing is absent at the base, which only ever leaves an exception unapplied).
      return entries.flatMap((e) =>
        e !== null &&
        typeof e === 'object' &&
        typeof (e as { path?: unknown }).path === 'string' &&
        ((e as { type?: unknown }).type === 'file' || (e as { type?: unknown }).type === 'dir')
          ? [{ path: (e as { path: string }).path, type: (e as { type: 'file' | 'dir' }).type }]
          : [],
      );
    } catch (error) {
      if (absent(error)) return [];
      throw new TrustError(
        `${folder}@${ref}: the trusted folder cannot be listed (${status(error) ?? 'error'}${answeredBy(error)}): ${apiMessage(error)}; ${FETCH_BASE_ADVICE}.`,
      );
    }
  };
  return { probe, fetch, list };
}

/**
 * The root's path inside the repository, for the contents API: git's answer when the root is in a
 * work tree, else the root's path under GITHUB_WORKSPACE (a checkout without git).
 */
function rootPrefix(root: string): string {
  const prefix = repositoryPrefix(root);
  if (prefix !== undefined) return prefix;
  const workspace = process.env.GITHUB_WORKSPACE;
  const path = workspace ? relative(resolve(workspace), root) : undefined;
  if (path === undefined || path === '..' || path.startsWith(`..${sep}`) || isAbsolute(path))
    throw new TrustError(
      `the root ${root} is neither in a git work tree nor under GITHUB_WORKSPACE, so shipgate cannot tell where its files are in the base commit; set the root input to a folder of the checked-out repository.`,
    );
  // As repositoryPrefix refuses in a git work tree: a link below the workspace is the checkout's content,
  // which a pull request controls, and would match another folder's evidence at the base commit.
  const top = resolve(workspace as string);
  for (let at = resolve(root); at !== top && dirname(at) !== at; at = dirname(at))
    if (lstatSync(at, { throwIfNoEntry: false })?.isSymbolicLink())
      throw new TrustError(
        `the root ${root} is reached through the symbolic link ${at} (to ${realpathSync(at)}): the base commit's evidence cannot be matched to it; set the root input to the folder itself.`,
      );
  return path === '' ? '' : `${path.split(sep).join('/')}/`;
}

/**
 * The register and the assessment the policy names, as an evaluation reads them: evidence files besides
 * policy and exceptions. The register is read whenever it exists; the assessment only when its gate is on.
 */
function recordPaths(policy: Policy): string[] {
  return [
    policy.gates['disposition-integrity'].register,
    ...(readsAssessment(policy) ? [policy.gates['control-verification'].assessment] : []),
  ];
}

/**
 * Reads the exception files, register and assessment the evaluation will take from the trusted commit,
 * as it will read them, so that an error in one says it is that commit's copy: the pull request may
 * already fix the file, and its fix applies only once merged (as the policy's own errors say).
 */
async function checkTrustedEvidence(trusted: EvidenceReader, policy: Policy, ref: string): Promise<void> {
  const atTrustedCommit = (what: string, error: unknown): never => {
    // The reader's own errors (a symbolic link, a file git cannot read) already name the commit.
    if (!(error instanceof ConfigError || error instanceof InputError) || error.message.includes(`@${trusted.origin}:`))
      throw error;
    const Problem = error instanceof ConfigError ? ConfigError : InputError;
    throw new Problem(
      `${what} at the trusted commit ${ref} (line numbers are that copy's; a fix in this pull request applies once merged): ${error.message}`,
    );
  };
  try {
    readExceptionFiles(trusted, policy.exceptions.paths);
  } catch (error) {
    atTrustedCommit('an exception file', error);
  }
  const registerPath = policy.gates['disposition-integrity'].register;
  try {
    const register = trusted.read(registerPath);
    if (register) await parseRegister(evidenceText(register, 'findings register'), register.path);
  } catch (error) {
    atTrustedCommit(`the findings register ${registerPath}`, error);
  }
  if (!readsAssessment(policy)) return;
  const assessmentPath = policy.gates['control-verification'].assessment;
  try {
    const assessment = trusted.read(assessmentPath);
    if (assessment) parseAssessment(evidenceText(assessment, 'manual assessment'), assessment.path);
  } catch (error) {
    atTrustedCommit(`the manual assessment ${assessmentPath}`, error);
  }
}

/**
 * The trusted commit through the contents API: the policy and its extends chain, then the evidence it
 * names. `commit` says which commit it is in messages ('the base commit' of a pull request).
 */
async function readRemoteBase(
  settings: ActionSettings,
  ref: string,
  commit: string,
  /** Why the clone is not read, when not because the commit is missing from it. */
  why = NOT_IN_CLONE,
): Promise<EvidenceReader> {
  if (!settings.token)
    throw new TrustError(
      `${commit} ${ref} ${why}, and the token input is empty, so it cannot be read through the contents API either; set the token input (usually \${{ github.token }}, with contents: read), or fetch the base commit into the clone (actions/checkout with fetch-depth: 0).`,
    );
  if (!process.env.GITHUB_REPOSITORY)
    throw new TrustError(
      `${commit} ${ref} ${why}, and GITHUB_REPOSITORY is not set, so the contents API cannot be asked for it; fetch the base commit into the clone (actions/checkout with fetch-depth: 0).`,
    );
  const prefix = rootPrefix(settings.root);
  const { probe, fetch, list } = await remoteFetchers(settings.token);
  // A name is pinned to the commit it names now: every file comes from that one commit, and the outputs
  // record it (a branch moves; a merge landing mid-run would otherwise mix two commits).
  const sha = await probe(ref, commit, why);
  info(
    `Reading ${commit} ${ref}${sha === ref ? '' : ` (${sha})`} through the contents API${prefix ? ` under ${prefix}` : ''}: it ${why}.`,
  );
  const reader = createRemoteReader(sha, fetch, list, prefix);
  let policy: Policy;
  try {
    await fetchPolicyChain(reader, settings.policy);
    ({ policy } = loadPolicy(reader, settings.policy));
  } catch (error) {
    throw atTrustedPolicy(ref, error);
  }
  await reader.fetch(recordPaths(policy), policy.exceptions.paths);
  return reader;
}

/**
 * A policy error at the trusted commit, saying so: its lines are those of that commit's copy, and a fix
 * in this pull request counts only once merged. Other errors as they are.
 */
function atTrustedPolicy(ref: string, error: unknown): unknown {
  if (!(error instanceof ConfigError)) return error;
  return new ConfigError(
    `the policy at the trusted commit ${ref} (lines below are that copy's; a fix in this pull request applies once merged): ${error.message}`,
  );
}

/** Evidence files from the trusted reader when they match these patterns; everything else from the workspace. */
function combineReaders(
  trusted: EvidenceReader,
  workspace: EvidenceReader,
  trustedPatterns: readonly string[],
): EvidenceReader {
  // Compared as the readers read them: 'security//register.csv' and './a/../security/register.csv'
  // are the trusted 'security/register.csv', never a path the workspace reader answers instead.
  const clean = (path: string) => posix.normalize(path.replace(/\\/g, '/')).replace(/^(\.\/)+/, '');
  const isTrusted = (path: string) => trustedPatterns.some((p) => matchGlob(clean(p), clean(path)));
  return {
    origin: trusted.origin,
    read: (path) => (isTrusted(path) ? trusted.read(path) : workspace.read(path)),
    list: (pattern) => (isTrusted(pattern) ? trusted.list(pattern) : workspace.list(pattern)),
  };
}

/** What resolveEvidence got to before it failed: the trusted reader once the policy there has loaded. */
interface LoadedTrustedPolicy {
  trusted?: EvidenceReader;
}

/**
 * Decides where evidence comes from and what the pull request changed (DESIGN 4 and 7): with a
 * trusted ref, the policy (with its extends chain), the exception files, the register and the
 * assessment all come from the trusted commit; what the pull request adds, edits or deletes is pending.
 */
async function resolveEvidence(
  settings: ActionSettings,
  loaded: LoadedTrustedPolicy,
): Promise<Pick<RunOptions, 'evidence' | 'pendingEvidence'>> {
  const event = process.env.GITHUB_EVENT_NAME ?? '';
  // git needs none of the step's inputs or tokens, and no command it runs may see them.
  useGitEnvironment(process.env);
  if (settings.trustedRef === 'none') {
    if (event === 'pull_request_target')
      throw new TrustError(
        "under pull_request_target shipgate refuses to read evidence from the pull request's head; set trusted-ref to auto or a ref.",
      );
    return {};
  }
  let ref = settings.trustedRef;
  const commit = ref === 'auto' ? 'the base commit' : 'the trusted ref';
  if (ref === 'auto') {
    // A merge queue's group is pull requests on their way in: gated against the branch they join.
    const mergeGroup = event === 'merge_group';
    if (!mergeGroup && !event.startsWith('pull_request')) return {};
    const payload = readPayload();
    const sha = mergeGroup ? payload?.merge_group?.base_sha : readPullRequest()?.baseSha;
    const base = typeof sha === 'string' && sha !== '' ? sha : undefined;
    // Without the base, the only copy left is the pull request's own: fail closed, never read it.
    if (!base)
      throw new TrustError(
        `the ${event} event payload (GITHUB_EVENT_PATH) has no ${mergeGroup ? 'merge_group.base_sha' : 'pull_request.base.sha'}, so the trusted commit is unknown and the policy would be read from the pull request itself; set the trusted-ref input to the base branch or a commit (for example trusted-ref: main).`,
      );
    ref = base;
  }
  // A root that is not there is the problem to name, not a commit missing from the clone. (A root
  // outside any git work tree is read through the contents API: a checkout without git is a download.)
  const problem = rootProblem(settings.root);
  if (problem !== undefined)
    throw new ConfigError(
      `the root ${settings.root} ${problem.kind === 'missing' ? 'does not exist' : problem.kind === 'not-folder' ? 'is not a folder' : `cannot be read (${problem.reason})`}, so ${commit} ${ref} cannot be read at its folder (expected the root input to name a folder of the checked-out repository).`,
    );
  // Before git answers anything for the root: in a submodule, it would answer for another repository.
  checkRootRepository(settings.root, process.env.GITHUB_WORKSPACE);
  const workspace = createWorkspaceReader(settings.root);
  // A branch name is read as the branch, never as a tag of the same name (resolveTrustedRef), and only
  // from a clone whose origin is the repository under test: a fork's checkout holds the author's branches.
  const repository = process.env.GITHUB_REPOSITORY;
  const foreign = !FULL_SHA.test(ref) && repository !== undefined && !originIs(settings.root, repository);
  const local = foreign ? undefined : resolveTrustedRef(settings.root, ref);
  const trusted =
    local !== undefined && hasCommit(settings.root, local)
      ? createGitReader(settings.root, local)
      : await readRemoteBase(
          settings,
          ref,
          commit,
          foreign
            ? `is a name, and the clone's origin is not ${repository} (a fork's checkout?), so the name is not read from the clone`
            : undefined,
        );
  // Under pull_request_target the workspace may hold the pull request's code: anything read as
  // evidence comes from the trusted commit, whatever the policy names.
  const everything = event === 'pull_request_target';
  info(
    `Reading ${everything ? 'every evidence file' : 'the policy, exception files, register and assessment'} from the trusted commit ${ref}.`,
  );
  let basePolicy: ReturnType<typeof loadPolicy>;
  try {
    basePolicy = loadPolicy(trusted, settings.policy);
  } catch (error) {
    throw atTrustedPolicy(ref, error);
  }
  loaded.trusted = trusted;
  const policyFiles = basePolicy.chain.filter((c) => c.origin !== 'built-in').map((c) => c.source);
  const named = settings.policy ?? DEFAULT_POLICY_PATH;
  const policyPaths = Object.hasOwn(PRESETS, named) ? policyFiles : [named, ...policyFiles];
  for (const path of new Set(policyPaths)) {
    const base = trusted.read(path);
    const head = workspace.read(path);
    if ((base?.sha256 ?? 'absent') !== (head?.sha256 ?? 'absent'))
      throw new TrustError(
        `${path}: the pull request changes the policy itself (${base ? (head ? 'edited' : 'deleted') : 'added'}); a policy change must be merged before it can gate a release (or set trusted-ref: none outside pull_request_target).`,
      );
  }
  const evidencePatterns = [...basePolicy.policy.exceptions.paths, ...recordPaths(basePolicy.policy)];
  // Without a policy named, the run looks for one written under another name when there is none at
  // DEFAULT_POLICY_PATH (loadPolicy refuses it): the trusted commit's copies decide, as for the policy,
  // or a pull request that adds one would turn a rejection into a configuration error.
  const misnamedPaths = settings.policy === undefined ? MISNAMED_POLICY_PATHS : [];
  const trustedPatterns = everything ? ['**'] : [...new Set([...policyPaths, ...misnamedPaths, ...evidencePatterns])];
  const pendingEvidence = [
    ...misnamedPolicyChanges(trusted, workspace, misnamedPaths),
    ...changedEvidence(trusted, workspace, evidencePatterns),
  ];
  for (const p of pendingEvidence) core.warning(`${p.file} is pending review: ${p.reason}`);
  await checkTrustedEvidence(trusted, basePolicy.policy, ref);
  return { evidence: combineReaders(trusted, workspace, trustedPatterns), pendingEvidence };
}

/**
 * The policies written under another name (MISNAMED_POLICY_PATHS) that the pull request adds, edits or
 * deletes, where either copy reads like a shipgate policy (another tool's shipgate.yml is not one): the
 * trusted commit's copy is what the run reads, so the change is pending like other evidence.
 */
function misnamedPolicyChanges(
  trusted: EvidenceReader,
  workspace: EvidenceReader,
  paths: readonly string[],
): { file: string; reason: string }[] {
  const pending: { file: string; reason: string }[] = [];
  const sha = (reader: EvidenceReader, path: string): string | undefined => {
    try {
      return reader.read(path)?.sha256;
    } catch {
      return 'unreadable';
    }
  };
  for (const path of paths) {
    if (!readsLikePolicy(workspace, path) && !readsLikePolicy(trusted, path)) continue;
    const before = sha(trusted, path);
    const after = sha(workspace, path);
    if (before === after) continue;
    const change = before === undefined ? 'added' : after === undefined ? 'deleted' : 'changed';
    pending.push({
      file: path,
      reason: `${change} by the pull request, a shipgate policy under a name shipgate does not read (it reads ${DEFAULT_POLICY_PATH}); the base commit (${trusted.origin.slice(0, 12)}) decides which policy applies until it is merged.`,
    });
  }
  return pending;
}

/**
 * The root's folder in the repository for what GitHub places by repository path (annotations) and for
 * telling reports of several roots apart (the comment); '' at the top or when it cannot be told.
 */
function repositoryFolder(root: string): string {
  try {
    return rootPrefix(root);
  } catch {
    return '';
  }
}

/** Annotations name files from the repository's top, as GitHub places them: `folder` is the root's. */
function annotate(result: RunResult, warningsUsed: number, folder: string): void {
  const { findings } = result.evaluation;
  const blocking = new Set(['critical', 'high']);
  const open = (f: EvaluatedFinding): boolean => !f.excepted && f.location.path !== undefined;
  const errors = topFindings(findings, STEP_ANNOTATIONS - 1, (f) => open(f) && blocking.has(f.countedSeverity));
  const warnings = topFindings(
    findings,
    Math.max(0, STEP_ANNOTATIONS - 1 - warningsUsed),
    (f) => open(f) && !blocking.has(f.countedSeverity),
  );
  // @actions/core escapes line breaks, `%`, and `:` and `,` in properties; what reports can still put in
  // an annotation is bidirectional controls (text shown in another order) and a legacy `##[` command,
  // which every other sink of untrusted text takes out too.
  const shown = (text: string): string => neutralizeWorkflowCommands(plain(text));
  for (const finding of [...errors, ...warnings]) {
    const properties = {
      title: shown(`shipgate ${finding.countedSeverity}: ${finding.ruleId}`),
      file: shown(`${folder}${finding.location.path ?? ''}`),
      ...(finding.location.startLine ? { startLine: finding.location.startLine } : {}),
      ...(finding.location.endLine ? { endLine: finding.location.endLine } : {}),
    };
    const message = shown(`${finding.id}: ${finding.title} (${formatLocation(finding)}; ${finding.severitySource})`);
    if (blocking.has(finding.countedSeverity)) core.error(message, properties);
    else core.warning(message, properties);
  }
  let annotatable = 0;
  for (const f of findings) if (open(f)) annotatable += 1;
  const omitted = annotatable - errors.length - warnings.length;
  if (omitted > 0)
    info(
      `${omitted} more open finding(s) with a file are not annotated: GitHub shows at most ${STEP_ANNOTATIONS} error and ${STEP_ANNOTATIONS} warning annotations of a step. Every finding is in scan-results.json and the disposition record.`,
    );
}

/** A comment's author as the REST API gives it. */
interface CommentAuthor {
  login?: string;
  type?: string;
}

/**
 * Who writes shipgate's comments with this token: the login `GET /user` gives a personal token. App
 * tokens (`GITHUB_TOKEN`, a GitHub App's installation token) get 403 there; GraphQL's `viewer` names
 * their bot (`github-actions[bot]`, `<app>[bot]`). Taking every app token for the Actions bot would
 * make an App's token miss its own comment and write a new one on each run. When `viewer` cannot be
 * read either, the Actions bot.
 */
async function readCommentAuthor(client: Awaited<ReturnType<typeof octokit>>['client']) {
  try {
    const { login } = (await client.rest.users.getAuthenticated()).data;
    return { name: login, isAuthor: (user: CommentAuthor | null | undefined) => user?.login === login };
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status !== 403 && status !== 404) throw error;
  }
  const bot = await viewerBot(client);
  return {
    name: bot,
    isAuthor: (user: CommentAuthor | null | undefined) => user?.type === 'Bot' && user.login === bot,
  };
}

/** The bot an app token acts as, from GraphQL's `viewer`; the Actions bot when that cannot be read. */
async function viewerBot(client: Awaited<ReturnType<typeof octokit>>['client']): Promise<string> {
  try {
    const { viewer } = await client.graphql<{ viewer?: { login?: unknown } }>('query { viewer { login } }');
    const login = viewer?.login;
    // A bot's login ends in [bot]; anything else is not an app token's identity.
    if (typeof login === 'string' && /^[A-Za-z0-9][A-Za-z0-9-]*\[bot\]$/.test(login)) return login;
    core.debug(`GraphQL viewer gave ${JSON.stringify(login)}, not a bot; comments are matched to ${ACTIONS_BOT}.`);
  } catch (error) {
    core.debug(`GraphQL viewer could not be read (${apiMessage(error)}); comments are matched to ${ACTIONS_BOT}.`);
  }
  return ACTIONS_BOT;
}

/**
 * Writes shipgate's comment for the root on the pull request: updates every one this token's identity
 * wrote for it (two runs that started together each create one; none may keep an older decision), else
 * creates one. A marker in anyone else's comment is ignored, so no one can plant a report for shipgate
 * to keep or make it overwrite theirs. A failure is a warning: the comment never changes the decision.
 */
async function writeComment(token: string, number: number, body: string, marker: string): Promise<void> {
  try {
    const { client, context } = await octokit(token);
    const { owner, repo } = context.repo;
    const author = await readCommentAuthor(client);
    const comments = await client.paginate(client.rest.issues.listComments, {
      owner,
      repo,
      issue_number: number,
      per_page: 100,
    });
    const marked = comments.filter((c) => typeof c.body === 'string' && c.body.includes(marker));
    // shipgate's own comments start with the root's marker line: one that quotes it further down is
    // someone's reply, and one of another root (a second step in a monorepo) is that step's.
    const own = marked.filter((c) => author.isAuthor(c.user) && c.body?.split('\n', 1)[0] === marker);
    const foreign = marked.filter((c) => !author.isAuthor(c.user)).length;
    if (foreign > 0)
      info(
        `Ignored ${foreign} comment(s) on pull request #${number} that carry shipgate's marker but were not written by ${author.name}.`,
      );
    for (const existing of own.reverse())
      await client.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
    if (own.length === 0) await client.rest.issues.createComment({ owner, repo, issue_number: number, body });
    info(
      own.length === 0
        ? `Created the shipgate comment on pull request #${number}.`
        : `Updated the shipgate comment${own.length > 1 ? `s (${own.length}, every one this token wrote for this root)` : ''} on pull request #${number}.`,
    );
  } catch (error) {
    // A fork's read-only token answers 403: the comment is a convenience, never part of the decision.
    core.warning(
      `The pull request comment could not be written (${(error as { status?: number }).status ?? 'error'}): ${apiMessage(error)}`,
    );
  }
}

/**
 * The step's outputs. GITHUB_OUTPUT that cannot be written is an output error (exit 5), not a bug: the
 * steps after this one would read no decision.
 */
function setOutputs(result: RunResult): void {
  const { evaluation } = result;
  // By file name, not by a '/' before it: output paths use the platform's separator (Windows runners).
  const file = (name: string) => result.written.find((p) => basename(p) === name) ?? '';
  try {
    core.setOutput('decision', evaluation.decision);
    core.setOutput('exit-code', String(result.exitCode));
    for (const severity of SEVERITIES) core.setOutput(severity, String(evaluation.open[severity]));
    core.setOutput('certificate', file('security-approval-certificate.json'));
    core.setOutput('sarif', file('shipgate.sarif'));
    core.setOutput('disposition-record', file('disposition-record.md'));
  } catch (error) {
    const failure = new OutputError(
      `GITHUB_OUTPUT ${process.env.GITHUB_OUTPUT ?? ''}: the step's outputs cannot be written: ${(error as Error).message} (expected a writable file, as the runner sets it).`,
    );
    if (result.exitCode === ExitCode.Rejected) failure.afterRejection = true;
    throw failure;
  }
}

/** What to do about an error, by exit code, for the job summary. */
const ERROR_ADVICE: Record<number, string> = {
  [ExitCode.Config]:
    'Fix the input or the policy the message names; `shipgate validate` checks the policy, exception files, register and assessment locally.',
  [ExitCode.Input]:
    'Fix or regenerate the report or evidence file the message names (see Troubleshooting in the shipgate README).',
  [ExitCode.Trust]:
    "shipgate reads the policy and evidence files from the trusted commit (a pull request's base) and does not go on without it. Merge a policy change in its own pull request; when the base commit cannot be read, fetch it (actions/checkout with fetch-depth: 0) or give the token input contents: read; on an event without a base commit, set the trusted-ref input.",
  [ExitCode.Output]: 'Check that the output directory is inside the workspace and writable.',
  [ExitCode.Internal]: "This is a bug in shipgate: the stack is in the step's log. Please report it.",
};

/**
 * The report of a run that could not evaluate, for the job summary or (with the marker) the pull
 * request comment: what failed, the exit code, what to do. The message's lines are cut until the text
 * fits in a comment.
 */
function renderErrorReport(
  code: number,
  message: string,
  downgraded: boolean,
  forComment: boolean,
  folder: string,
): string {
  const [first = '', ...details] = message.split('\n');
  const render = (shown: number): string =>
    [
      ...(forComment ? [commentMarker(folder)] : []),
      headingFor(`## ❌ shipgate: error (exit ${code})`, folder),
      '',
      `shipgate could not evaluate the release: ${escapeMarkdown(first, 1000)}`,
      '',
      ...details.slice(0, shown).map((d) => `- ${escapeMarkdown(d.replace(/^\s*-\s*/, ''))}`),
      ...(details.length > shown ? [`- _${details.length - shown} more omitted (see the step's log)._`] : []),
      ...(details.length > 0 ? [''] : []),
      `**What to do:** ${ERROR_ADVICE[code] ?? ''}`,
      '',
      ...(forComment
        ? [
            "**No earlier decision stands:** this replaces shipgate's earlier report on this pull request; the release is not approved until a run of shipgate evaluates it.",
            '',
          ]
        : []),
      ...(downgraded
        ? ['_fail-on-error is false: the step did not fail, and the decision output is `error`._', '']
        : []),
    ].join('\n');
  let shown = Math.min(details.length, 20);
  let text = render(shown);
  while (text.length > COMMENT_LIMIT_CHARS && shown > 0) {
    shown = Math.floor(shown / 2);
    text = render(shown);
  }
  return text;
}

/** A short job summary for a run that could not evaluate. */
async function writeErrorSummary(code: number, message: string, downgraded: boolean, folder: string): Promise<void> {
  try {
    await core.summary
      .emptyBuffer()
      .addRaw(renderErrorReport(code, message, downgraded, false, folder))
      .write();
  } catch (error) {
    // A warning, as on the evaluation's own path: the step already fails with the error it reports.
    core.warning(`The job summary could not be written: ${(error as Error).message}`);
  }
}

/**
 * Replaces shipgate's pull request comment (or writes one) with the error report, so that no earlier
 * decision stays on the pull request. With the inputs unread, `comment` and `token` are read on their
 * own; when they, or the event, cannot be read either, there is no comment to write.
 */
async function writeErrorComment(
  settings: ActionSettings | undefined,
  code: number,
  message: string,
  downgraded: boolean,
  folder: string,
): Promise<void> {
  let token: string;
  let number: number | undefined;
  try {
    if (!(settings ? settings.comment : readBoolean('comment', false))) return;
    // A token readSettings refused is never sent (readToken throws again): no comment.
    token = settings ? settings.token : readToken();
    number = readPullRequest()?.number;
  } catch (error) {
    core.debug(`The pull request comment is not written: ${(error as Error).message}`);
    return;
  }
  if (number === undefined) return;
  // A repository that is not owner/name would send the comment elsewhere: the error stays in the job.
  const repository = process.env.GITHUB_REPOSITORY;
  if (repository === undefined || checkRepository(repository) !== undefined) return;
  await writeComment(token, number, renderErrorReport(code, message, downgraded, true, folder), commentMarker(folder));
}

/**
 * Removes a certificate an earlier run left in the output directory, for a run that fails (DESIGN 6):
 * `run()` does it first thing, but the inputs, the event or the trusted commit can fail before it.
 * Its own errors are swallowed: the run's error is the one to report.
 */
async function withdrawAfterFailure(
  settings: ActionSettings | undefined,
  trusted: EvidenceReader | undefined,
): Promise<void> {
  // With the inputs unread, dry-run counts only when it plainly says so: removing a stale certificate is the safe side.
  const dryRun = settings ? settings.dryRun : TRUE_WORDS.includes(core.getInput('dry-run').trim().toLowerCase());
  if (dryRun) return;
  let place: OutputPlace;
  try {
    place = settings ?? readOutputPlace();
  } catch (error) {
    core.debug(`The stale certificate could not be withdrawn: ${(error as Error).message}`);
    return;
  }
  // The reports the scans input names stay (a report shipgate wrote, read back as a scan).
  const scans = actionReportPlan(process.env, process.cwd()).scans;
  const withdrawals: (() => Promise<void>)[] = [
    () => withdrawOutputs(place.root, place.outputDir, place.policy, undefined, scans),
  ];
  // The workspace's policy may be the pull request's, naming another folder than the base's: the base
  // policy's folder is cleared too when it loaded, and the built-in folder (for when it did not).
  if (!place.outputDir) {
    if (trusted) withdrawals.push(() => withdrawOutputs(place.root, undefined, place.policy, trusted, scans));
    withdrawals.push(() => withdrawOutputs(place.root, undefined, 'release', undefined, scans));
  }
  // Each on its own: one folder that cannot be cleared does not keep a certificate in another.
  for (const withdraw of withdrawals)
    try {
      await withdraw();
    } catch (error) {
      core.debug(`The stale certificate could not be withdrawn: ${(error as Error).message}`);
    }
}

export async function runAction(): Promise<void> {
  let failOnError = true;
  let settings: ActionSettings | undefined;
  const loaded: LoadedTrustedPolicy = {};
  try {
    failOnError = readFailOnError();
    settings = readSettings();
    // Before any output is set: an event payload that cannot be read fails the run, not half of it.
    const pullRequest = settings.comment ? readPullRequest()?.number : undefined;
    const evidence = await resolveEvidence(settings, loaded);
    const folder = repositoryFolder(settings.root);
    // In the evaluation thread, its own old generation's limit: the heap guard's budget is the main thread's.
    const oldSpace = oldSpaceFlag(process.execArgv, process.env.NODE_OPTIONS) ?? threadOldGenerationMiB();
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
      ...(process.env.GITHUB_SERVER_URL ? { serverUrl: process.env.GITHUB_SERVER_URL } : {}),
      ...(folder ? { repositoryFolder: folder } : {}),
      ...(settings.mode ? { mode: settings.mode } : {}),
      ...(settings.maxInputBytes ? { maxInputBytes: settings.maxInputBytes } : {}),
      ...(settings.streamAboveBytes ? { streamAboveBytes: settings.streamAboveBytes } : {}),
      ...(settings.maxResultBytes ? { maxResultBytes: settings.maxResultBytes } : {}),
      ...(settings.maxFindings ? { maxFindings: settings.maxFindings } : {}),
      ...(oldSpace ? { maxOldSpaceMiB: oldSpace } : {}),
      // A log line every 2 s at most: enough to see a long read move, not enough to flood the log.
      ...(settings.progress ? { onProgress: throttledProgress(2000, (line) => info(line)) } : {}),
      ...evidence,
    });
    setOutputs(result);
    // The evaluation stands without a job summary (GITHUB_STEP_SUMMARY is missing on older GHES runners).
    let summaryWarnings = 0;
    try {
      await core.summary.addRaw(renderJobSummary(result.evaluation, folder)).write();
    } catch (error) {
      core.warning(`The job summary could not be written: ${(error as Error).message}`);
      summaryWarnings = 1;
    }
    if (settings.annotations) annotate(result, (evidence.pendingEvidence?.length ?? 0) + summaryWarnings, folder);
    if (pullRequest !== undefined)
      await writeComment(settings.token, pullRequest, renderComment(result.evaluation, folder), commentMarker(folder));
    const { evaluation } = result;
    if (result.exitCode !== ExitCode.Approved) {
      const failed = evaluation.gates.filter(
        (g) => g.enforcement === 'blocking' && g.status !== 'pass' && g.status !== 'off',
      );
      core.setFailed(
        `shipgate rejected the release: ${
          failed.length > 0
            ? failed.map((g) => `${g.id} ${g.status} (${g.reasons.length} reason(s))`).join(', ')
            : `${approvalObstacles(evaluation.gates).join(', ')}; make at least one gate blocking`
        }.`,
      );
      process.exitCode = result.exitCode;
    } else info(`shipgate: ${evaluation.decision}${evaluation.mode === 'advisory' ? ' (advisory mode)' : ''}.`);
  } catch (error) {
    await reportFailure(error, failOnError, settings, loaded.trusted);
  }
}

/**
 * What a run that failed leaves: no stale certificate, the outputs `decision: error` and `exit-code`,
 * the step failed (or a warning, with fail-on-error false and an error a user can act on), and the
 * error report in the job summary and the pull request comment.
 */
async function reportFailure(
  error: unknown,
  failOnError: boolean,
  settings: ActionSettings | undefined,
  trusted: EvidenceReader | undefined,
): Promise<void> {
  const code = isShipgateError(error) ? error.exitCode : ExitCode.Internal;
  // run() withdraws the certificate first thing; this covers failures before it (and after it).
  await withdrawAfterFailure(settings, trusted);
  try {
    core.setOutput('decision', 'error');
    core.setOutput('exit-code', String(code));
  } catch (outputError) {
    // GITHUB_OUTPUT may be what failed: the step's failure below still reports the error.
    info(`The outputs could not be set: ${(outputError as Error).message}`);
  }
  // Whatever failed, the token stays out of the log, the job summary and the comment (see withoutToken).
  const message = withoutToken(
    isShipgateError(error) ? error.message : `internal error (a bug): ${(error as Error)?.stack ?? String(error)}`,
  );
  const [first, ...details] = message.split('\n');
  if (details.length > 0) info(message);
  // fail-on-error covers the errors a user can act on (exit 2 to 5), never a bug, and never outputs that
  // failed after the evaluation had rejected the release: that rejection stands.
  const rejected = isShipgateError(error) && error.afterRejection === true;
  const downgraded = !failOnError && code !== ExitCode.Internal && !rejected;
  if (downgraded) core.warning(`shipgate could not evaluate (exit ${code}), and fail-on-error is false: ${first}`);
  else {
    core.setFailed(
      rejected
        ? `shipgate rejected the release, and then its outputs could not be written (exit ${code}; fail-on-error does not pass a rejection): ${first}`
        : `shipgate could not evaluate (exit ${code}): ${first}`,
    );
    process.exitCode = code;
  }
  let folder = '';
  try {
    folder = repositoryFolder((settings ?? readOutputPlace()).root);
  } catch {
    // The inputs that name the root are what failed: the report goes without the root's folder.
  }
  await writeErrorSummary(code, message, downgraded, folder);
  await writeErrorComment(settings, code, message, downgraded, folder);
}

/**
 * Reports a failure outside runAction's own handling, for the Action's entry (src/action-entry.ts):
 * the evaluation thread it ran the Action in ran out of heap (an input error that says how much heap to
 * give) or failed otherwise, or an error nothing caught (both bugs, exit 70). The inputs are read again
 * here; those that cannot be read are reported as when the Action fails before reading them.
 */
export async function reportUnhandled(error: unknown): Promise<void> {
  const heap = outOfHeap(error as Error & { code?: string });
  let failOnError = true;
  let settings: ActionSettings | undefined;
  try {
    failOnError = readFailOnError();
    settings = readSettings();
  } catch {
    // The run read the same inputs first, and said what was wrong with them.
  }
  // The trusted commit's reader is not known here: the folders of the workspace's policy and of the
  // release preset are cleared, not the base policy's (the run checked, before it could fail this way,
  // that the base policy is the workspace's; see resolveEvidence).
  await reportFailure(heap ? new InputError(heap) : error, failOnError, settings, undefined);
}

// Run at once, unless the Action's entry (src/action-entry.ts) imported this module to call runAction
// itself: the entry says so first. Started any other way (in the entry's evaluation thread, or directly
// with node), the Action runs as it always did.
if (!actionEntryImports()) await runAction();
