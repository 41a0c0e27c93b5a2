/**
 * End to end: dist/action.js run as the GitHub runner runs it (INPUT_* variables with the runner's name
 * mangling, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_EVENT_NAME/PATH, a git workspace with a base and
 * a head commit), against a local HTTP server that answers GitHub's REST shapes.
 */
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generateSarif, git, hostileSarif, runnerOutputs } from '../helpers.js';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const ACTION = join(REPO, 'dist/action.js');
const FIXTURES = join(REPO, 'fixtures');

interface CommentUser {
  login: string;
  type: 'Bot' | 'User';
}

interface Comment {
  id: number;
  body: string;
  user: CommentUser;
}

/** Who writes comments with GITHUB_TOKEN. */
const BOT: CommentUser = { login: 'github-actions[bot]', type: 'Bot' };
/** A pull request's author, who may write anything in a comment of their own. */
const AUTHOR: CommentUser = { login: 'pr-author', type: 'User' };
const MARKER = '<!-- shipgate:release-gate-report -->';

/**
 * A fake api.github.com: issue comments (paginated as GitHub does) and repository contents, with a
 * switch for a fork's 403. The token is GITHUB_TOKEN (GET /user answers 403, GraphQL's viewer is the
 * Actions bot, comments are the Actions bot's, and editing another's comment is refused) unless
 * `tokenUser` names a personal token's user (GET /user answers with it; a maintainer's token may edit
 * anyone's comment) or `appBot` a GitHub App's bot (GET /user answers 403, viewer is the bot).
 */
class FakeGitHub {
  comments: Comment[] = [];
  requests: string[] = [];
  forbidComments = false;
  tokenUser: CommentUser | undefined = undefined;
  appBot: CommentUser | undefined = undefined;
  /** GraphQL answers with an error (a server without it, or a token it refuses). */
  graphqlFails = false;
  contents = new Map<string, Buffer>();
  /** Branch names the commits API resolves, to the SHA whose files `contents` holds. */
  branches = new Map<string, string>();
  private server: Server = createServer((req, res) => void this.handle(req, res));
  url = '';

  async start(): Promise<void> {
    await new Promise<void>((ok) => this.server.listen(0, '127.0.0.1', ok));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((ok) => this.server.close(() => ok()));
  }

  /** Serves every file under `dir` (but .git and .artifacts) at `ref`, under `prefix` in the repository. */
  serve(ref: string, dir: string, prefix = ''): void {
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const path = relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/');
      if (/^(\.git|\.artifacts)\//.test(path)) continue;
      this.contents.set(`${ref}:${prefix}${path}`, readFileSync(join(dir, path)));
    }
  }

  /** Who the token writes comments as. */
  get identity(): CommentUser {
    return this.tokenUser ?? this.appBot ?? BOT;
  }

  /** The comments API requests since request `from`, GET /user and GraphQL included. */
  commentRequests(from: number): string[] {
    return this.requests
      .slice(from)
      .filter((r) => r === 'GET /user' || r === 'POST /graphql' || r.includes('/comments'));
  }

  /** The paths asked of the contents API since request `from` ('' for the repository's top). */
  contentPaths(from: number): string[] {
    const contents = /^GET \/repos\/acme\/payments\/contents\/?/;
    return this.requests
      .slice(from)
      .filter((r) => contents.test(r))
      .map((r) => r.replace(contents, ''));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let body = '';
    for await (const chunk of req) body += String(chunk);
    const url = new URL(req.url ?? '/', this.url);
    this.requests.push(`${req.method} ${decodeURIComponent(url.pathname)}`);
    const send = (status: number, data: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(data));
    };
    const forbidden = { message: 'Resource not accessible by integration' };
    if (url.pathname === '/user' && req.method === 'GET')
      return this.tokenUser ? send(200, { ...this.tokenUser, id: 42 }) : send(403, forbidden);
    if (url.pathname === '/graphql' && req.method === 'POST') {
      if (this.graphqlFails) return send(502, { message: 'Bad Gateway' });
      const { query } = JSON.parse(body) as { query: string };
      if (!/^query\s*\{\s*viewer\s*\{\s*login\s*\}\s*\}$/.test(query.trim()))
        return send(200, { errors: [{ message: `unexpected query: ${query}` }] });
      return send(200, { data: { viewer: { login: this.identity.login } } });
    }
    const listMatch = /^\/repos\/acme\/payments\/issues\/(\d+)\/comments$/.exec(url.pathname);
    if (listMatch && req.method === 'GET') {
      const perPage = Number(url.searchParams.get('per_page') ?? 30);
      const page = Number(url.searchParams.get('page') ?? 1);
      if (page * perPage < this.comments.length) {
        const next = new URL(url);
        next.searchParams.set('page', String(page + 1));
        res.setHeader('link', `<${next.href}>; rel="next"`);
      }
      return send(200, this.comments.slice((page - 1) * perPage, page * perPage));
    }
    if (listMatch && req.method === 'POST') {
      if (this.forbidComments) return send(403, forbidden);
      const comment = { id: 1000 + this.comments.length, body: JSON.parse(body).body as string, user: this.identity };
      this.comments.push(comment);
      return send(201, comment);
    }
    const updateMatch = /^\/repos\/acme\/payments\/issues\/comments\/(\d+)$/.exec(url.pathname);
    if (updateMatch && req.method === 'PATCH') {
      const comment = this.comments.find((c) => c.id === Number(updateMatch[1]));
      if (!comment) return send(404, { message: 'Not Found' });
      if (this.forbidComments || (!this.tokenUser && comment.user.login !== this.identity.login))
        return send(403, forbidden);
      comment.body = JSON.parse(body).body;
      return send(200, comment);
    }
    // GET commits/{ref}: the commit a branch name or a SHA names (its sha only; GitHub's 422 otherwise).
    const commitMatch = /^\/repos\/acme\/payments\/commits\/(.+)$/.exec(url.pathname);
    if (commitMatch && req.method === 'GET') {
      const ref = decodeURIComponent(commitMatch[1] ?? '');
      const sha =
        this.branches.get(ref) ?? ([...this.contents.keys()].some((k) => k.startsWith(`${ref}:`)) ? ref : undefined);
      return sha ? send(200, { sha }) : send(422, { message: `No commit found for SHA: ${ref}` });
    }
    // GET contents/{path}: a file, or a folder's entries (the repository's top without a path).
    const contentMatch = /^\/repos\/acme\/payments\/contents(?:\/(.*))?$/.exec(url.pathname);
    if (contentMatch && req.method === 'GET') {
      const path = decodeURIComponent(contentMatch[1] ?? '').replace(/\/$/, '');
      const ref = url.searchParams.get('ref') ?? '';
      const file = this.contents.get(`${ref}:${path}`);
      if (file) return send(200, { type: 'file', path, encoding: 'base64', content: file.toString('base64') });
      const prefix = path === '' ? `${ref}:` : `${ref}:${path}/`;
      const entries = new Map<string, string>();
      for (const key of this.contents.keys()) {
        if (!key.startsWith(prefix)) continue;
        const [name, ...below] = key.slice(prefix.length).split('/');
        entries.set(`${path === '' ? '' : `${path}/`}${name}`, below.length > 0 ? 'dir' : 'file');
      }
      if (entries.size > 0)
        return send(
          200,
          [...entries].map(([entry, type]) => ({ type, path: entry })),
        );
      return send(404, { message: 'Not Found' });
    }
    send(404, { message: `Not Found: ${req.method} ${url.pathname}` });
  }
}

/** The demo release as a git repository: the base commit as the fixtures hold it. */
function workspace(): { dir: string; base: string } {
  const dir = mkdtempSync(join(tmpdir(), 'sg-action-'));
  cpSync(join(FIXTURES, 'demo/release'), dir, { recursive: true });
  writeFileSync(join(dir, '.gitignore'), '.artifacts/\n');
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'base');
  return { dir, base: git(dir, 'rev-parse', 'HEAD') };
}

/** A monorepo: the demo release in services/api, and a policy of the repository's own at its top. */
function monorepo(): { dir: string; root: string; base: string } {
  const dir = mkdtempSync(join(tmpdir(), 'sg-mono-'));
  const root = join(dir, 'services/api');
  cpSync(join(FIXTURES, 'demo/release'), root, { recursive: true });
  mkdirSync(join(dir, '.shipgate'));
  writeFileSync(join(dir, '.shipgate/policy.yml'), 'version: 1\nextends: advisory\n');
  writeFileSync(join(dir, '.gitignore'), '.artifacts/\n');
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'base');
  return { dir, root, base: git(dir, 'rev-parse', 'HEAD') };
}

function commitHead(dir: string, change: () => void): string {
  change();
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'head');
  return git(dir, 'rev-parse', 'HEAD');
}

interface ActionRun {
  code: number | null;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
}

/** Runs the Action; an `env` value of undefined removes the runner's variable of that name. */
/**
 * An environment under which the evaluation fails with an error that is not shipgate's own (exit 70):
 * a preloaded module makes Date#toISOString throw, which the run calls for its timestamp.
 */
function injectedFault(): Record<string, string> {
  const file = join(mkdtempSync(join(tmpdir(), 'sg-fault-')), 'fault.cjs');
  writeFileSync(file, "Date.prototype.toISOString = function () { throw new Error('injected fault'); };\n");
  return { NODE_OPTIONS: `--require ${file}` };
}

async function runAction(
  dir: string,
  inputs: Record<string, string>,
  env: Record<string, string | undefined>,
  cwd = dir,
  action = ACTION,
): Promise<ActionRun> {
  const files = mkdtempSync(join(tmpdir(), 'sg-runner-'));
  const outputPath = join(files, 'output');
  const summaryPath = join(files, 'summary');
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const inputEnv: Record<string, string> = {};
  // The runner's mangling: INPUT_ + the name upper-cased with spaces as underscores; hyphens stay.
  for (const [name, value] of Object.entries(inputs))
    inputEnv[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  const runnerEnv: Record<string, string | undefined> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '/tmp',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: dir,
    GITHUB_REPOSITORY: 'acme/payments',
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    'INPUT_TRUSTED-REF': 'auto',
    'INPUT_FAIL-ON-ERROR': 'true',
    INPUT_TOKEN: 'test-token',
    ...inputEnv,
    ...env,
  };
  const child = spawn(process.execPath, [action], {
    cwd,
    env: Object.fromEntries(Object.entries(runnerEnv).filter(([, value]) => value !== undefined)),
  });
  let stdout = '';
  child.stdout.on('data', (d) => (stdout += String(d)));
  child.stderr.on('data', (d) => (stdout += String(d)));
  const code = await new Promise<number | null>((ok) => child.on('close', ok));
  return {
    code,
    stdout,
    outputs: runnerOutputs(readFileSync(outputPath, 'utf8')),
    summary: readFileSync(summaryPath, 'utf8'),
  };
}

function eventFile(payload: unknown): string {
  const path = join(mkdtempSync(join(tmpdir(), 'sg-event-')), 'event.json');
  writeFileSync(path, JSON.stringify(payload));
  return path;
}

function pullRequestEvent(dir: string, base: string | undefined, head: string, number = 7): string {
  return eventFile({
    action: 'synchronize',
    number,
    pull_request: {
      number,
      base: base === undefined ? { ref: 'main' } : { ref: 'main', sha: base },
      head: { ref: 'feature', sha: head },
      user: { login: 'dev' },
    },
    repository: { full_name: 'acme/payments', name: 'payments', owner: { login: 'acme' } },
  });
}

function pushEvent(head: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'sg-event-')), 'event.json');
  writeFileSync(
    path,
    JSON.stringify({ ref: 'refs/heads/main', after: head, repository: { full_name: 'acme/payments' } }),
  );
  return path;
}

const NOW = { SHIPGATE_NOW: '2026-11-25T12:00:00Z' };

/** The runner's environment of a push of `base` (the workspace `dir` is where it runs). */
const push = (_dir: string, base: string) => ({
  ...NOW,
  GITHUB_EVENT_NAME: 'push',
  GITHUB_EVENT_PATH: pushEvent(base),
});

/** The runner's environment of a pull request from `base` to `head`. */
const pullRequest = (dir: string, base: string, head: string) => ({
  ...NOW,
  GITHUB_EVENT_NAME: 'pull_request',
  GITHUB_EVENT_PATH: pullRequestEvent(dir, base, head),
});

/** Appends to a file of the workspace. */
function append(path: string, text: string): void {
  writeFileSync(path, `${readFileSync(path, 'utf8')}${text}`);
}

describe('e2e/action', () => {
  const github = new FakeGitHub();
  beforeAll(() => github.start());
  afterAll(() => github.stop());

  it('on push: sets every output, writes the job summary, annotates open findings, exit 0', async () => {
    const { dir, base } = workspace();
    const run = await runAction(
      dir,
      {},
      { ...NOW, GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: pushEvent(base), GITHUB_SHA: base },
    );
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({
      decision: 'approved-with-conditions',
      'exit-code': '0',
      critical: '0',
      high: '2',
      medium: '0',
      low: '2',
      info: '0',
      unknown: '0',
    });
    expect(run.outputs.certificate).toBe(join(dir, '.artifacts/review-security/security-approval-certificate.json'));
    expect(existsSync(run.outputs.certificate as string)).toBe(true);
    expect(run.outputs.sarif).toMatch(/shipgate\.sarif$/);
    expect(run.outputs['disposition-record']).toMatch(/disposition-record\.md$/);
    expect(run.summary).toMatch(/^## ⚠️ shipgate: approved-with-conditions/);
    expect(run.summary).toContain('| evidence-completeness | blocking | pass |');
    expect(run.stdout).toMatch(
      /::error title=shipgate high%3A js\/xss,file=examples\/Xss\.js,line=4::SG-d58906d1d0eec93a/,
    );
    expect(run.stdout).toMatch(/::warning title=shipgate low%3A CVE-2026-24733/);
  });

  it('loads the GitHub client (dist/github.js) only to call the API: without it a push evaluates, only the pull request comment fails', async () => {
    const alone = mkdtempSync(join(tmpdir(), 'sg-alone-'));
    cpSync(ACTION, join(alone, 'action.js'));
    cpSync(join(REPO, 'dist/action-main.js'), join(alone, 'action-main.js'));
    try {
      const { dir, base } = workspace();
      const head = commitHead(dir, () => writeFileSync(join(dir, 'README.md'), 'change'));
      github.comments = [];
      const pushed = await runAction(dir, {}, { ...push(dir, base), GITHUB_SHA: base }, dir, join(alone, 'action.js'));
      expect(pushed.code).toBe(0);
      expect(pushed.outputs.decision).toBe('approved-with-conditions');
      const commented = await runAction(
        dir,
        { comment: 'true' },
        { ...pullRequest(dir, base, head), GITHUB_API_URL: github.url, GITHUB_SHA: head },
        dir,
        join(alone, 'action.js'),
      );
      // A comment is never what decides: its failure is a warning naming the missing file.
      expect(commented.code).toBe(0);
      expect(commented.stdout).toMatch(
        /pull request comment could not be written \(error\): Cannot find module .*github\.js/,
      );
      expect(github.comments).toEqual([]);
    } finally {
      rmSync(alone, { recursive: true, force: true });
    }
  });

  it('logs progress lines for a streamed report only when the progress input asks, at most every 2 s, the last at the whole file', async () => {
    const { dir, base } = workspace();
    generateSarif(join(dir, 'big.sarif'), '20MB', '13');
    const env = { ...NOW, GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: pushEvent(base), GITHUB_SHA: base };
    const line = /^big\.sarif: (\d+) of (\d+) MiB, (\d+) results$/;
    const quiet = await runAction(dir, { scans: 'big.sarif' }, env);
    expect(quiet.code).toBe(1);
    expect(quiet.stdout.split('\n').filter((l) => line.test(l))).toEqual([]);

    const loud = await runAction(dir, { scans: 'big.sarif', progress: 'true' }, env);
    expect(loud.code).toBe(1);
    const lines = loud.stdout.split('\n').filter((l) => line.test(l));
    expect(lines.length).toBeGreaterThanOrEqual(2);
    const [, read, total, results] = line.exec(lines.at(-1) as string) ?? [];
    expect(read).toBe(total);
    const scan = JSON.parse(readFileSync(join(dir, '.artifacts/review-security/scan-results.json'), 'utf8'));
    const input = scan.inputs.find((i: { path: string }) => i.path === 'big.sarif');
    expect(Number(results)).toBe(input.tools[0].results);
    // Plain log lines: no carriage returns or terminal escape codes.
    expect(loud.stdout.includes('\r') || loud.stdout.includes('\u001b')).toBe(false);

    const wrong = await runAction(dir, { scans: 'big.sarif', progress: 'sometimes' }, env);
    expect(wrong.code).toBe(2);
    expect(wrong.stdout).toContain("input 'progress': 'sometimes' is not a boolean (expected true or false).");
  });

  it('fails the step with exit code 3 and what to set when the findings will not fit in the heap of NODE_OPTIONS', async () => {
    const { dir, base } = workspace();
    generateSarif(join(dir, 'big.sarif'), '3MB', '31');
    const env = { ...NOW, GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: pushEvent(base), GITHUB_SHA: base };
    const small = await runAction(dir, { scans: 'big.sarif' }, { ...env, NODE_OPTIONS: '--max-old-space-size=16' });
    expect(small.code).toBe(3);
    expect(small.outputs).toMatchObject({ decision: 'error', 'exit-code': '3' });
    expect(small.stdout).toMatch(
      /::error::shipgate could not evaluate \(exit 3\): [\w/.]+\.sarif: after \d+ results \(byte \d+ of \d+\): live objects fill .* of the 16 MiB heap Node allows this process/,
    );
    expect(small.stdout).toContain('NODE_OPTIONS=--max-old-space-size=');
    expect(small.stdout).not.toContain('FATAL');
    // The same step with Node's default heap evaluates the report.
    const normal = await runAction(dir, { scans: 'big.sarif' }, env);
    expect(normal.code).toBe(1);
    expect(normal.outputs).toMatchObject({ decision: 'rejected', 'exit-code': '1' });
  });

  it('annotates within what GitHub shows of a step: 9 errors and 9 warnings, the worst first, and says how many it left out', async () => {
    const { dir, base } = workspace();
    generateSarif(join(dir, 'many.sarif'), '1MB', '21');
    const env = { ...NOW, GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: pushEvent(base), GITHUB_SHA: base };
    const run = await runAction(dir, { scans: 'many.sarif' }, env);
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n');
    const errors = lines.filter((l) => l.startsWith('::error title=shipgate '));
    const warnings = lines.filter((l) => l.startsWith('::warning title=shipgate '));
    // 9 finding errors and the step's failure message: the 10 GitHub shows.
    expect(errors).toHaveLength(9);
    expect(lines.filter((l) => l.startsWith('::error::shipgate rejected the release'))).toHaveLength(1);
    expect(warnings).toHaveLength(9);
    const scan = JSON.parse(readFileSync(join(dir, '.artifacts/review-security/scan-results.json'), 'utf8'));
    const open = scan.findings.filter(
      (f: { excepted: boolean; location: { path?: string } }) => !f.excepted && f.location.path,
    );
    const critical = open.filter((f: { countedSeverity: string }) => f.countedSeverity === 'critical');
    expect(critical.length).toBeGreaterThan(9);
    // The worst first: the errors are the 9 open critical findings with the lowest ids.
    const ids = errors.map((l) => /::(SG-[0-9a-f]{16}):/.exec(l)?.[1]);
    expect(ids).toEqual(
      critical
        .map((f: { id: string }) => f.id)
        .sort()
        .slice(0, 9),
    );
    expect(run.stdout).toContain(
      `${open.length - 18} more open finding(s) with a file are not annotated: GitHub shows at most 10 error and 10 warning annotations of a step.`,
    );
  });

  it('keeps bidirectional controls and a legacy ##[ command of a report out of its annotations', async () => {
    const { dir, base } = workspace();
    // A rule id, a title and a path that a hostile report would show reordered (Trojan Source) or as a command.
    const log = {
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'CodeQL',
              rules: [{ id: 'js/rule\u202etxt.exe', properties: { 'security-severity': '9.5' } }],
            },
          },
          invocations: [{ executionSuccessful: true }],
          results: [
            {
              ruleId: 'js/rule\u202etxt.exe',
              message: { text: 'bad ##[error]forged \u2066hidden\u2069' },
              locations: [
                { physicalLocation: { artifactLocation: { uri: 'src/a\u202eb.js' }, region: { startLine: 3 } } },
              ],
            },
          ],
        },
      ],
    };
    writeFileSync(join(dir, 'hostile.sarif'), JSON.stringify(log));
    const env = { ...NOW, GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: pushEvent(base), GITHUB_SHA: base };
    const run = await runAction(dir, { scans: 'hostile.sarif' }, env);
    expect(run.code).toBe(1);
    // The workspace's own reports are annotated too; the hostile report's finding is the critical one.
    const annotation = run.stdout.split('\n').filter((l) => l.startsWith('::error title=shipgate critical%3A '));
    expect(annotation, run.stdout).toHaveLength(1);
    expect(annotation[0]).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(annotation[0]).not.toContain('##[');
    expect(annotation[0]).toContain('js/rule\ufffdtxt.exe');
    expect(annotation[0]).toContain('file=src/a\ufffdb.js');
    expect(annotation[0]).toContain('##\u2060[error]forged \ufffdhidden\ufffd');
  });

  it('keeps warning annotations for the pending-evidence warnings GitHub also counts', async () => {
    const { dir, base } = workspace();
    const head = commitHead(dir, () => {
      generateSarif(join(dir, 'many.sarif'), '1MB', '21');
      for (const name of ['a', 'b', 'c'])
        writeFileSync(
          join(dir, `.shipgate/exceptions/${name}.yml`),
          `exceptions:\n  - id: EXC-01${name}\n    type: false-positive\n    match: { rule: js/xss }\n    reason: trust me\n    owner: dev\n    approvedBy: security-lead\n    approvedOn: 2026-11-24\n    expires: 2026-12-24\n`,
        );
    });
    const env = { ...NOW, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: pullRequestEvent(dir, base, head) };
    const run = await runAction(dir, { scans: 'many.sarif' }, env);
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n');
    expect(
      lines.filter((l) => /^::warning::\.shipgate\/exceptions\/[abc]\.yml is pending review/.test(l)),
    ).toHaveLength(3);
    // 3 pending warnings + 6 finding warnings + 1 kept for a comment that cannot be written = 10.
    expect(lines.filter((l) => l.startsWith('::warning title=shipgate '))).toHaveLength(6);
    expect(lines.filter((l) => l.startsWith('::error title=shipgate '))).toHaveLength(9);
    // A job summary that cannot be written is one more warning: one finding fewer is annotated.
    const unsummed = await runAction(dir, { scans: 'many.sarif' }, { ...env, GITHUB_STEP_SUMMARY: undefined });
    expect(unsummed.code).toBe(1);
    const more = unsummed.stdout.split('\n');
    expect(more.filter((l) => l.startsWith('::warning::The job summary could not be written'))).toHaveLength(1);
    expect(more.filter((l) => l.startsWith('::warning title=shipgate '))).toHaveLength(5);
  });

  describe('the job summary', () => {
    const certificate = (dir: string) => join(dir, '.artifacts/review-security/security-approval-certificate.json');

    it('is written on an approved release, with no warning', async () => {
      const { dir, base } = workspace();
      const run = await runAction(dir, {}, { ...NOW, GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: pushEvent(base) });
      expect(run.code).toBe(0);
      expect(run.summary).toMatch(/^## ⚠️ shipgate: approved-with-conditions/);
      expect(run.stdout).not.toContain('The job summary could not be written');
    });

    it('that cannot be written (no GITHUB_STEP_SUMMARY on an older GHES runner, or a folder) is a warning: the decision, its exit code, the outputs and the certificate stand', async () => {
      const { dir, base } = workspace();
      const env = { ...NOW, GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: pushEvent(base) };
      const missing = await runAction(dir, {}, { ...env, GITHUB_STEP_SUMMARY: undefined });
      expect(missing.code).toBe(0);
      expect(missing.stdout).toContain(
        '::warning::The job summary could not be written: Unable to find environment variable for $GITHUB_STEP_SUMMARY',
      );
      expect(missing.stdout).not.toContain('internal error');
      expect(missing.stdout).not.toContain('::error::');
      expect(missing.outputs).toMatchObject({
        decision: 'approved-with-conditions',
        'exit-code': '0',
        critical: '0',
        high: '2',
        low: '2',
      });
      expect(missing.outputs.certificate).toBe(certificate(dir));
      expect(existsSync(certificate(dir))).toBe(true);
      expect(missing.outputs.sarif).toMatch(/shipgate\.sarif$/);

      const folder = mkdtempSync(join(tmpdir(), 'sg-summary-'));
      const unwritable = await runAction(dir, { 'fail-on-error': 'false' }, { ...env, GITHUB_STEP_SUMMARY: folder });
      expect(unwritable.code).toBe(0);
      expect(unwritable.stdout).toContain('::warning::The job summary could not be written: EISDIR');
      expect(unwritable.outputs).toMatchObject({ decision: 'approved-with-conditions', 'exit-code': '0' });
      expect(existsSync(certificate(dir))).toBe(true);

      // A rejection stays a rejection (exit 1), not an error.
      const rejected = await runAction(
        dir,
        { policy: '.shipgate/policy-unverified.yml' },
        { ...env, GITHUB_STEP_SUMMARY: undefined },
      );
      expect(rejected.code).toBe(1);
      expect(rejected.outputs).toMatchObject({ decision: 'rejected', 'exit-code': '1' });
      expect(rejected.stdout).toContain('::error::shipgate rejected the release: control-verification fail');

      // On the error path too: the error stands (exit 2 here), the summary's failure is a warning.
      const failed = await runAction(dir, { policy: 'no-such-policy.yml' }, { ...env, GITHUB_STEP_SUMMARY: folder });
      expect(failed.code).toBe(2);
      expect(failed.outputs.decision).toBe('error');
      expect(failed.stdout).toContain('::warning::The job summary could not be written: EISDIR');
    });
  });

  it("SHIPGATE_NOW pins the clock: the day after the register's due date the same release is rejected, and every output says the time was pinned", async () => {
    const { dir, base } = workspace();
    const env = { GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: pushEvent(base), GITHUB_SHA: base };
    const onDueDate = await runAction(dir, {}, { ...env, SHIPGATE_NOW: '2026-12-15T12:00:00Z' });
    expect(onDueDate.outputs.decision).toBe('approved-with-conditions');
    expect(onDueDate.summary).toMatch(
      /### Warnings\n\n- SHIPGATE&#95;NOW pins the evaluation time to 2026-12-15T12:00:00\.000Z/,
    );
    const dayAfter = await runAction(dir, {}, { ...env, SHIPGATE_NOW: '2026-12-16T12:00:00Z' });
    expect(dayAfter.code).toBe(1);
    expect(dayAfter.outputs.decision).toBe('rejected');
    const results = JSON.parse(readFileSync(join(dir, '.artifacts/review-security/scan-results.json'), 'utf8'));
    expect(results.evaluatedAt).toBe('2026-12-16T12:00:00.000Z');
    expect(results.warnings).toContain(
      'SHIPGATE_NOW pins the evaluation time to 2026-12-16T12:00:00.000Z: dates are judged against it, not the real date.',
    );
  });

  it('an invalid SHIPGATE_NOW is a configuration error (exit 2), never a silent fall back to the real clock', async () => {
    const { dir, base } = workspace();
    const env = { GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: pushEvent(base), GITHUB_SHA: base };
    for (const value of ['tomorrow', '2026-11-25', '2026-02-30T12:00:00Z']) {
      const run = await runAction(dir, {}, { ...env, SHIPGATE_NOW: value });
      expect(run.code).toBe(2);
      expect(run.stdout).toContain(`SHIPGATE_NOW '${value}' is not a date-time`);
      expect(run.outputs.decision).toBe('error');
    }
  });

  it('on a pull request: creates one comment, then updates the same comment on the next run', async () => {
    const { dir, base } = workspace();
    const head = commitHead(dir, () => writeFileSync(join(dir, 'README.md'), 'change'));
    github.comments = [{ id: 1, body: 'an unrelated comment', user: AUTHOR }];
    const env = {
      ...NOW,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: pullRequestEvent(dir, base, head),
      GITHUB_API_URL: github.url,
      GITHUB_SHA: head,
    };
    const first = await runAction(dir, { comment: 'true' }, env);
    expect(first.code).toBe(0);
    expect(github.comments).toHaveLength(2);
    expect(github.comments[1]?.body.startsWith('<!-- shipgate:release-gate-report -->')).toBe(true);
    const second = await runAction(dir, { comment: 'true' }, env);
    expect(second.code).toBe(0);
    expect(github.comments).toHaveLength(2);
    expect(github.requests.filter((r) => r.startsWith('PATCH'))).toEqual([
      'PATCH /repos/acme/payments/issues/comments/1001',
    ]);
    expect(second.stdout).toContain('Updated the shipgate comment on pull request #7.');
  });

  it("treats a fork's 403 on the comment as a warning that does not change the decision", async () => {
    const { dir, base } = workspace();
    const head = commitHead(dir, () => writeFileSync(join(dir, 'README.md'), 'fork change'));
    github.comments = [];
    github.forbidComments = true;
    const env = {
      ...NOW,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: pullRequestEvent(dir, base, head),
      GITHUB_API_URL: github.url,
    };
    const run = await runAction(dir, { comment: 'true' }, env);
    github.forbidComments = false;
    expect(run.code).toBe(0);
    expect(run.outputs.decision).toBe('approved-with-conditions');
    expect(run.stdout).toMatch(/::warning::The pull request comment could not be written \(403\)/);
  });

  describe('the pull request comment', () => {
    const prEnv = (dir: string, base: string, head: string) => ({
      ...NOW,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: pullRequestEvent(dir, base, head),
      GITHUB_API_URL: github.url,
      GITHUB_SHA: head,
    });
    /** A pull request whose reports are fine until `truncate` cuts codeql.sarif in half (exit 3). */
    const pullRequest = () => {
      const { dir, base } = workspace();
      const head = commitHead(dir, () => writeFileSync(join(dir, 'README.md'), 'change'));
      const report = join(dir, 'reports/codeql.sarif');
      const whole = readFileSync(report, 'utf8');
      return {
        dir,
        env: prEnv(dir, base, head),
        truncate: () => writeFileSync(report, whole.slice(0, whole.length / 2)),
        restore: () => writeFileSync(report, whole),
      };
    };
    const fakeApproval = (id: number, user: CommentUser, before = '') => ({
      id,
      body: `${before}${MARKER}\n## ✅ shipgate: approved\n\nAll gates pass.`,
      user,
    });
    const patches = (from: number) => github.requests.slice(from).filter((r) => r.startsWith('PATCH'));

    afterEach(() => {
      github.comments = [];
      github.tokenUser = undefined;
      github.appBot = undefined;
      github.graphqlFails = false;
      github.forbidComments = false;
    });

    it('an error replaces the approved report in place with what failed and what to do; the next evaluation replaces the error', async () => {
      const { dir, env, truncate, restore } = pullRequest();
      const approved = await runAction(dir, { comment: 'true' }, env);
      expect(approved.code).toBe(0);
      expect(github.comments).toHaveLength(1);
      expect(github.comments[0]?.body).toContain('## ⚠️ shipgate: approved-with-conditions');

      truncate();
      const before = github.requests.length;
      const broken = await runAction(dir, { comment: 'true' }, env);
      expect(broken.code).toBe(3);
      expect(broken.outputs).toMatchObject({ decision: 'error', 'exit-code': '3' });
      expect(patches(before)).toEqual(['PATCH /repos/acme/payments/issues/comments/1000']);
      expect(broken.stdout).toContain('Updated the shipgate comment on pull request #7.');
      expect(github.comments).toHaveLength(1);
      const body = github.comments[0]?.body ?? '';
      expect(body.startsWith(`${MARKER}\n## ❌ shipgate: error (exit 3)\n`)).toBe(true);
      expect(body).toContain('shipgate could not evaluate the release: reports/codeql.sarif');
      expect(body).toContain('**What to do:** Fix or regenerate the report or evidence file the message names');
      expect(body).toContain("**No earlier decision stands:** this replaces shipgate's earlier report");
      expect(body).not.toContain('shipgate: approved');
      expect(body).not.toContain('fail-on-error is false');
      expect(existsSync(join(dir, '.artifacts/review-security/security-approval-certificate.json'))).toBe(false);

      restore();
      const again = await runAction(dir, { comment: 'true' }, env);
      expect(again.code).toBe(0);
      expect(github.comments).toHaveLength(1);
      expect(github.comments[0]?.body).toContain('## ⚠️ shipgate: approved-with-conditions');
      expect(github.comments[0]?.body).not.toContain('error (exit');
    });

    it('an error without an earlier comment creates one; without comment: true, or on a push, an error writes none', async () => {
      const { dir, env, truncate } = pullRequest();
      truncate();
      const created = await runAction(dir, { comment: 'true' }, env);
      expect(created.code).toBe(3);
      expect(github.comments).toHaveLength(1);
      expect(github.comments[0]?.user).toEqual(BOT);
      expect(github.comments[0]?.body.startsWith(`${MARKER}\n## ❌ shipgate: error (exit 3)\n`)).toBe(true);
      expect(created.stdout).toContain('Created the shipgate comment on pull request #7.');

      github.comments = [];
      let before = github.requests.length;
      const off = await runAction(dir, {}, env);
      expect(off.code).toBe(3);
      expect(github.commentRequests(before)).toEqual([]);

      before = github.requests.length;
      const onPush = await runAction(
        dir,
        { comment: 'true' },
        { ...env, GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: pushEvent('e'.repeat(40)) },
      );
      expect(onPush.code).toBe(3);
      expect(github.commentRequests(before)).toEqual([]);
      expect(github.comments).toEqual([]);
    });

    it('an error in the inputs is reported too, escaped and cut to fit in a comment, and says when fail-on-error is false', async () => {
      const { dir, env } = pullRequest();
      // 100 lines of a message, each escaping to some 6,000 characters: far more than a comment holds.
      const mode = Array.from({ length: 100 }, (_, i) => `@octocat <b>${i}</b> ${'|'.repeat(970)}`).join('\n');
      const failed = await runAction(dir, { mode, comment: 'true' }, env);
      expect(failed.code).toBe(2);
      expect(github.comments).toHaveLength(1);
      const body = github.comments[0]?.body ?? '';
      expect(body.length).toBeLessThanOrEqual(65_536);
      expect(body.startsWith(`${MARKER}\n## ❌ shipgate: error (exit 2)\n`)).toBe(true);
      expect(body).toContain(
        "shipgate could not evaluate the release: input 'mode': '&#64;\u2060octocat &lt;b&gt;0&lt;/b&gt; &#124;",
      );
      expect(body).toContain('- &#64;\u2060octocat &lt;b&gt;1&lt;/b&gt; &#124;');
      expect(body).not.toMatch(/@octocat|<b>|\|\|/);
      expect(body).toMatch(/\n- _\d+ more omitted \(see the step's log\)\._\n/);
      expect(body).toContain('**What to do:** Fix the input or the policy the message names');
      expect(body).toContain('**No earlier decision stands:**');

      const downgraded = await runAction(dir, { mode, comment: 'true', 'fail-on-error': 'false' }, env);
      expect(downgraded.code).toBe(0);
      expect(downgraded.outputs).toMatchObject({ decision: 'error', 'exit-code': '2' });
      expect(github.comments).toHaveLength(1);
      expect(github.comments[0]?.body).toContain(
        '_fail-on-error is false: the step did not fail, and the decision output is `error`._',
      );
    });

    it('an internal error (exit 70) replaces the report too; a comment that cannot be written stays a warning', async () => {
      const { dir, env, truncate } = pullRequest();
      expect((await runAction(dir, { comment: 'true' }, env)).code).toBe(0);
      const internal = await runAction(dir, { comment: 'true' }, { ...env, ...injectedFault() });
      expect(internal.code).toBe(70);
      expect(github.comments).toHaveLength(1);
      const body = github.comments[0]?.body ?? '';
      expect(body.startsWith(`${MARKER}\n## ❌ shipgate: error (exit 70)\n`)).toBe(true);
      expect(body).toContain('shipgate could not evaluate the release: internal error (a bug)');
      expect(body).toContain("**What to do:** This is a bug in shipgate: the stack is in the step's log.");

      github.forbidComments = true;
      truncate();
      const forbidden = await runAction(dir, { comment: 'true' }, env);
      expect(forbidden.code).toBe(3);
      expect(forbidden.outputs).toMatchObject({ decision: 'error', 'exit-code': '3' });
      expect(forbidden.stdout).toContain('::error::shipgate could not evaluate (exit 3): reports/codeql.sarif');
      expect(forbidden.stdout).toMatch(/::warning::The pull request comment could not be written \(403\)/);
      expect(github.comments[0]?.body).toBe(body);
    });

    it("with GITHUB_TOKEN, updates only the Actions bot's comment: a marker in anyone else's comment is ignored, never patched", async () => {
      const { dir, env } = pullRequest();
      const hijacks = [
        fakeApproval(500, AUTHOR, 'LGTM, fake report follows '),
        fakeApproval(501, AUTHOR),
        fakeApproval(502, { login: 'renovate[bot]', type: 'Bot' }),
      ];
      github.comments = hijacks.map((c) => ({ ...c }));
      let before = github.requests.length;
      const first = await runAction(dir, { comment: 'true' }, env);
      expect(first.code).toBe(0);
      expect(github.commentRequests(before)).toEqual([
        'GET /user',
        'POST /graphql',
        'GET /repos/acme/payments/issues/7/comments',
        'POST /repos/acme/payments/issues/7/comments',
      ]);
      expect(first.stdout).toContain(
        "Ignored 3 comment(s) on pull request #7 that carry shipgate's marker but were not written by github-actions[bot].",
      );
      expect(first.stdout).not.toContain('could not be written');
      expect(github.comments.slice(0, 3)).toEqual(hijacks);
      expect(github.comments[3]?.user).toEqual(BOT);
      expect(github.comments[3]?.body).toContain('## ⚠️ shipgate: approved-with-conditions');

      before = github.requests.length;
      const second = await runAction(dir, { comment: 'true' }, env);
      expect(second.code).toBe(0);
      expect(patches(before)).toEqual(['PATCH /repos/acme/payments/issues/comments/1003']);
      expect(github.comments).toHaveLength(4);
      expect(github.comments.slice(0, 3)).toEqual(hijacks);
    });

    it("with a GitHub App's token, updates that app's own comment on the next run, never the Actions bot's or another app's", async () => {
      const { dir, env } = pullRequest();
      github.appBot = { login: 'acme-release-gate[bot]', type: 'Bot' };
      const others = [fakeApproval(500, BOT), fakeApproval(501, { login: 'renovate[bot]', type: 'Bot' })];
      github.comments = others.map((c) => ({ ...c }));
      let before = github.requests.length;
      const first = await runAction(dir, { comment: 'true' }, env);
      expect(first.code).toBe(0);
      expect(github.commentRequests(before)).toEqual([
        'GET /user',
        'POST /graphql',
        'GET /repos/acme/payments/issues/7/comments',
        'POST /repos/acme/payments/issues/7/comments',
      ]);
      expect(first.stdout).toContain('not written by acme-release-gate[bot].');
      expect(github.comments[2]?.user).toEqual(github.appBot);

      before = github.requests.length;
      const second = await runAction(dir, { comment: 'true' }, env);
      expect(second.code).toBe(0);
      expect(patches(before)).toEqual(['PATCH /repos/acme/payments/issues/comments/1002']);
      expect(second.stdout).toContain('Updated the shipgate comment on pull request #7.');
      expect(github.comments).toHaveLength(3);
      expect(github.comments.slice(0, 2)).toEqual(others);
    });

    it("when GraphQL cannot name an app token's bot, matches the Actions bot as before, and a non-bot viewer is not trusted", async () => {
      const { dir, env } = pullRequest();
      github.graphqlFails = true;
      github.comments = [fakeApproval(500, BOT)];
      let before = github.requests.length;
      const first = await runAction(dir, { comment: 'true' }, env);
      expect(first.code).toBe(0);
      expect(patches(before)).toEqual(['PATCH /repos/acme/payments/issues/comments/500']);
      expect(first.stdout).not.toContain('could not be written');

      // An app whose viewer login is not a bot's: the Actions bot's comment is the one matched, and the
      // app (which cannot edit it) gets a warning, never someone else's comment.
      github.graphqlFails = false;
      github.appBot = { login: 'not-a-bot', type: 'Bot' };
      before = github.requests.length;
      const second = await runAction(dir, { comment: 'true' }, env);
      expect(second.code).toBe(0);
      expect(patches(before)).toEqual(['PATCH /repos/acme/payments/issues/comments/500']);
      expect(second.stdout).toMatch(/::warning::The pull request comment could not be written \(403\)/);
      expect(github.comments).toHaveLength(1);
    });

    it("with a personal token, updates only that user's comment, never the author's or the Actions bot's, on a success and on an error", async () => {
      const { dir, env, truncate } = pullRequest();
      github.tokenUser = { login: 'release-manager', type: 'User' };
      const others = [fakeApproval(500, AUTHOR), fakeApproval(501, BOT)];
      github.comments = others.map((c) => ({ ...c }));
      let before = github.requests.length;
      const first = await runAction(dir, { comment: 'true' }, env);
      expect(first.code).toBe(0);
      // The fake lets this token edit anyone's comment, as a maintainer's may: shipgate must not.
      expect(patches(before)).toEqual([]);
      expect(github.comments.slice(0, 2)).toEqual(others);
      expect(github.comments[2]?.user).toEqual(github.tokenUser);
      expect(first.stdout).toContain('not written by release-manager.');

      before = github.requests.length;
      const second = await runAction(dir, { comment: 'true' }, env);
      expect(second.code).toBe(0);
      expect(patches(before)).toEqual(['PATCH /repos/acme/payments/issues/comments/1002']);
      expect(github.commentRequests(before).filter((r) => r === 'GET /user')).toHaveLength(1);

      truncate();
      before = github.requests.length;
      const broken = await runAction(dir, { comment: 'true' }, env);
      expect(broken.code).toBe(3);
      expect(patches(before)).toEqual(['PATCH /repos/acme/payments/issues/comments/1002']);
      expect(github.comments).toHaveLength(3);
      expect(github.comments.slice(0, 2)).toEqual(others);
      expect(github.comments[2]?.body).toContain('## ❌ shipgate: error (exit 3)');
    });

    it('finds its own comment past the first page of comments', async () => {
      const { dir, env } = pullRequest();
      github.comments = [
        ...Array.from({ length: 150 }, (_, i) => ({ id: i + 1, body: `comment ${i}`, user: AUTHOR })),
        fakeApproval(151, AUTHOR),
        { id: 5000, body: `${MARKER}\nan earlier report`, user: BOT },
      ];
      const before = github.requests.length;
      const run = await runAction(dir, { comment: 'true' }, env);
      expect(run.code).toBe(0);
      expect(github.commentRequests(before).filter((r) => r.startsWith('GET /repos'))).toHaveLength(2);
      expect(patches(before)).toEqual(['PATCH /repos/acme/payments/issues/comments/5000']);
      expect(github.comments).toHaveLength(152);
      expect(github.comments.at(-1)?.body).toContain('## ⚠️ shipgate: approved-with-conditions');
    });

    it('updates every comment it wrote for the root (two runs that started together each made one), so no older approval survives', async () => {
      const { dir, env, truncate } = pullRequest();
      github.comments = [
        fakeApproval(1, BOT),
        ...Array.from({ length: 150 }, (_, i) => ({ id: i + 2, body: `comment ${i}`, user: AUTHOR })),
        fakeApproval(500, BOT),
      ];
      truncate();
      const before = github.requests.length;
      const run = await runAction(dir, { comment: 'true' }, env);
      expect(run.code).toBe(3);
      expect(patches(before)).toEqual([
        'PATCH /repos/acme/payments/issues/comments/500',
        'PATCH /repos/acme/payments/issues/comments/1',
      ]);
      for (const id of [1, 500])
        expect(
          github.comments.find((c) => c.id === id)?.body.startsWith(`${MARKER}\n## ❌ shipgate: error (exit 3)\n`),
        ).toBe(true);
      expect(run.stdout).toContain(
        'Updated the shipgate comments (2, every one this token wrote for this root) on pull request #7.',
      );
    });

    it('keeps one comment per root in a monorepo, names the root, and places annotations and SARIF paths from the top', async () => {
      const { dir, root: api } = monorepo();
      const web = join(dir, 'services/web');
      cpSync(join(FIXTURES, 'demo/release'), web, { recursive: true });
      git(dir, 'add', '-A');
      git(dir, 'commit', '-qm', 'web');
      const withWeb = git(dir, 'rev-parse', 'HEAD');
      const head = commitHead(dir, () => writeFileSync(join(dir, 'README.md'), 'change'));
      const env = prEnv(dir, withWeb, head);
      // The web service's assessment leaves a critical control unverified: rejected.
      const assessment = join(web, 'security/manual-assessment.md');
      writeFileSync(assessment, readFileSync(assessment, 'utf8').replace(/\| Verified \|/, '| Not verified |'));
      git(dir, 'add', '-A');
      git(dir, 'commit', '-qm', 'unverified');
      const rejectedBase = git(dir, 'rev-parse', 'HEAD');
      const webEnv = prEnv(
        dir,
        rejectedBase,
        commitHead(dir, () => writeFileSync(join(dir, 'NOTES.md'), 'x')),
      );

      const first = await runAction(dir, { comment: 'true', root: api }, env);
      expect(first.code).toBe(0);
      expect(first.stdout).toMatch(
        /^::error title=shipgate high%3A js\/xss,file=services\/api\/examples\/Xss\.js,line=4::/m,
      );
      const sarif = readFileSync(join(api, '.artifacts/review-security/shipgate.sarif'), 'utf8');
      expect(sarif).toContain('"artifactLocation":{"uri":"services/api/examples/Xss.js","uriBaseId":"%SRCROOT%"}');
      expect(sarif).not.toContain('"uri":"examples/');
      const second = await runAction(dir, { comment: 'true', root: web }, webEnv);
      expect(second.code).toBe(1);
      expect(github.comments).toHaveLength(2);
      const [apiComment, webComment] = github.comments;
      expect(apiComment?.body.startsWith('<!-- shipgate:release-gate-report root=services/api -->\n')).toBe(true);
      expect(apiComment?.body).toContain('## ⚠️ shipgate: approved-with-conditions · services/api\n');
      expect(webComment?.body.startsWith('<!-- shipgate:release-gate-report root=services/web -->\n')).toBe(true);
      expect(webComment?.body).toContain('## ❌ shipgate: rejected · services/web\n');
      expect(second.summary).toContain('## ❌ shipgate: rejected · services/web\n');

      // The next run of one root replaces its own comment, never the other root's.
      const before = github.requests.length;
      const again = await runAction(dir, { comment: 'true', root: api }, env);
      expect(again.code).toBe(0);
      expect(patches(before)).toEqual([`PATCH /repos/acme/payments/issues/comments/${apiComment?.id}`]);
      expect(github.comments[1]?.body).toContain('## ❌ shipgate: rejected · services/web\n');
    });
  });

  it('lists an exception file the pull request adds as pending and does not apply it', async () => {
    const { dir, base } = workspace();
    const head = commitHead(dir, () =>
      writeFileSync(
        join(dir, '.shipgate/exceptions/sneaky.yml'),
        'exceptions:\n  - id: EXC-0099\n    type: false-positive\n    match: { rule: js/xss }\n    reason: trust me\n    owner: dev\n    approvedBy: security-lead\n    approvedOn: 2026-11-24\n    expires: 2026-12-24\n',
      ),
    );
    const env = { ...NOW, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: pullRequestEvent(dir, base, head) };
    const run = await runAction(dir, {}, env);
    expect(run.code).toBe(0);
    expect(run.outputs.high).toBe('2');
    expect(run.stdout).toContain('.shipgate/exceptions/sneaky.yml is pending review: added by the pull request');
    expect(run.summary).toContain('.shipgate/exceptions/sneaky.yml: added by the pull request');
    const results = JSON.parse(readFileSync(join(dir, '.artifacts/review-security/scan-results.json'), 'utf8'));
    expect(results.findings.filter((f: { exceptionId?: string }) => f.exceptionId === 'EXC-0099')).toEqual([]);
  });

  it('lists an exception file or a register the pull request deletes as pending, and applies the base copies until it is merged', async () => {
    const { dir, base } = workspace();
    const head = commitHead(dir, () => {
      rmSync(join(dir, '.shipgate/exceptions/tomcat.yml'));
      rmSync(join(dir, 'security/findings-register.csv'));
    });
    const run = await runAction(dir, {}, pullRequest(dir, base, head));
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ decision: 'approved-with-conditions', medium: '0' });
    const applied = `the base version (${base.slice(0, 12)}) is applied until it is merged.`;
    expect(run.stdout).toContain(
      `::warning::.shipgate/exceptions/tomcat.yml is pending review: deleted by the pull request; ${applied}`,
    );
    expect(run.stdout).toContain(
      `::warning::security/findings-register.csv is pending review: deleted by the pull request; ${applied}`,
    );
    expect(run.summary).toContain('.shipgate/exceptions/tomcat.yml: deleted by the pull request');
    // Merged, the head's evidence is what counts: without the exception and the plans, rejected.
    const merged = await runAction(dir, {}, push(dir, head));
    expect(merged.code).toBe(1);
  });

  it('does not list an assessment no gate reads as pending (control-verification off)', async () => {
    const { dir } = workspace();
    const base = commitHead(dir, () =>
      append(join(dir, '.shipgate/policy.yml'), 'gates:\n  control-verification: { enforcement: off }\n'),
    );
    const head = commitHead(dir, () => append(join(dir, 'security/manual-assessment.md'), '\nedited\n'));
    const run = await runAction(dir, {}, pullRequest(dir, base, head));
    expect(run.code).toBe(0);
    expect(run.outputs.decision).toBe('approved-with-conditions');
    expect(run.stdout).not.toContain('pending review');
    expect(run.summary).not.toContain('manual-assessment.md');
    // The register is read whenever it exists: an edit of it is still pending.
    const register = commitHead(dir, () =>
      append(
        join(dir, 'security/findings-register.csv'),
        'SG-0000000000000000,x,high,sast,x,dev,open,later,2099-01-01,,\n',
      ),
    );
    const edited = await runAction(dir, {}, pullRequest(dir, base, register));
    expect(edited.stdout).toContain(
      '::warning::security/findings-register.csv is pending review: changed by the pull request',
    );
    expect(edited.stdout).not.toContain('manual-assessment.md is pending review');
  });

  it("applies the base commit's exception files when the policy's glob is not normalized (./.shipgate/./exceptions/*.yml)", async () => {
    const { dir } = workspace();
    const policy = join(dir, '.shipgate/policy.yml');
    const base = commitHead(dir, () =>
      writeFileSync(
        policy,
        readFileSync(policy, 'utf8').replace(
          'exceptions:\n',
          'exceptions:\n  paths: ["./.shipgate/./exceptions/*.yml"]\n',
        ),
      ),
    );
    const head = commitHead(dir, () => writeFileSync(join(dir, 'README.md'), 'unrelated'));
    for (const env of [pullRequest(dir, base, head), push(dir, base)]) {
      const run = await runAction(dir, {}, env);
      expect(run.code).toBe(0);
      expect(run.outputs).toMatchObject({ decision: 'approved-with-conditions', medium: '0' });
      expect(run.stdout).not.toContain('pending review');
      const scope = JSON.parse(readFileSync(join(dir, '.artifacts/review-security/scope-register.json'), 'utf8'));
      const files = scope.evidence.filter((e: { kind: string }) => e.kind === 'exceptions');
      expect(files.map((e: { path: string }) => e.path)).toEqual(['.shipgate/exceptions/tomcat.yml']);
    }
  });

  it('exits 4 when the pull request changes the policy itself', async () => {
    const { dir, base } = workspace();
    const head = commitHead(dir, () =>
      writeFileSync(
        join(dir, '.shipgate/policy.yml'),
        readFileSync(join(dir, '.shipgate/policy.yml'), 'utf8').replace('extends: release', 'extends: advisory'),
      ),
    );
    const env = { ...NOW, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: pullRequestEvent(dir, base, head) };
    const run = await runAction(dir, {}, env);
    expect(run.code).toBe(4);
    expect(run.outputs).toMatchObject({ decision: 'error', 'exit-code': '4' });
    expect(run.stdout).toMatch(
      /::error::shipgate could not evaluate \(exit 4\): \.shipgate\/policy\.yml: the pull request changes the policy itself \(edited\)/,
    );
  });

  it('under pull_request and pull_request_target reads the assessment from the base commit: an edit by the pull request is pending, never applied', async () => {
    const { dir, base } = workspace();
    const head = commitHead(dir, () =>
      cpSync(join(dir, 'security/manual-assessment-unverified.md'), join(dir, 'security/manual-assessment.md')),
    );
    const target = await runAction(
      dir,
      {},
      { ...NOW, GITHUB_EVENT_NAME: 'pull_request_target', GITHUB_EVENT_PATH: pullRequestEvent(dir, base, head) },
    );
    expect(target.stdout).toContain(`Reading every evidence file from the trusted commit ${base}`);
    expect(target.outputs.decision).toBe('approved-with-conditions');
    const pr = await runAction(
      dir,
      {},
      { ...NOW, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: pullRequestEvent(dir, base, head) },
    );
    expect(pr.stdout).toContain(
      `Reading the policy, exception files, register and assessment from the trusted commit ${base}`,
    );
    expect(pr.code).toBe(0);
    expect(pr.outputs.decision).toBe('approved-with-conditions');
    expect(pr.stdout).toContain(
      '::warning::security/manual-assessment.md is pending review: changed by the pull request; the base version',
    );
  });

  it('on a pull request, marking a control verified or filling in the register does not count until merged', async () => {
    const { dir } = workspace();
    cpSync(join(dir, 'security/manual-assessment-unverified.md'), join(dir, 'security/manual-assessment.md'));
    const base = commitHead(dir, () => undefined);
    const head = commitHead(dir, () => {
      git(dir, 'checkout', '-q', 'HEAD~1', '--', 'security/manual-assessment.md');
      writeFileSync(
        join(dir, 'security/findings-register.csv'),
        `${readFileSync(join(dir, 'security/findings-register.csv'), 'utf8')}SG-0000000000000000,x,high,sast,x,dev,open,later,2099-01-01,,\n`,
      );
    });
    const env = { ...NOW, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: pullRequestEvent(dir, base, head) };
    const pr = await runAction(dir, {}, env);
    expect(pr.code).toBe(1);
    expect(pr.outputs.decision).toBe('rejected');
    expect(pr.stdout).toContain('control-verification fail');
    expect(pr.stdout).toContain('security/manual-assessment.md is pending review: changed by the pull request');
    expect(pr.stdout).toContain('security/findings-register.csv is pending review: changed by the pull request');
    const results = JSON.parse(readFileSync(join(dir, '.artifacts/review-security/scan-results.json'), 'utf8'));
    expect(results.gates.find((g: { id: string }) => g.id === 'control-verification').status).toBe('fail');
    // Once merged (a push of the same tree), the verified assessment counts.
    const merged = await runAction(dir, {}, { ...NOW, GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: pushEvent(head) });
    expect(merged.code).toBe(0);
  });

  it('refuses trusted-ref none under pull_request_target', async () => {
    const { dir, base } = workspace();
    const env = {
      ...NOW,
      GITHUB_EVENT_NAME: 'pull_request_target',
      GITHUB_EVENT_PATH: pullRequestEvent(dir, base, base),
    };
    const run = await runAction(dir, { 'trusted-ref': 'none' }, env);
    expect(run.code).toBe(4);
    expect(run.stdout).toContain("refuses to read evidence from the pull request's head");
  });

  it('reads the base commit through the contents API when it is not in the clone', async () => {
    const { dir } = workspace();
    const missingBase = 'f'.repeat(40);
    github.contents.clear();
    github.serve(missingBase, dir);
    const before = github.requests.length;
    const env = {
      ...NOW,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: pullRequestEvent(dir, missingBase, 'e'.repeat(40)),
      GITHUB_API_URL: github.url,
    };
    const run = await runAction(dir, {}, env);
    expect(run.stdout).toContain(`from the trusted commit ${missingBase}`);
    expect(run.code).toBe(0);
    expect(github.contentPaths(before)).toEqual([
      '',
      '.shipgate/policy.yml',
      // No policy at the base: a policy written under another name there would be refused.
      '.shipgate/policy.yaml',
      'shipgate.yml',
      'security/findings-register.csv',
      'security/manual-assessment.md',
      '.shipgate/exceptions',
      '.shipgate/exceptions/tomcat.yml',
    ]);
    expect(run.outputs.decision).toBe('approved-with-conditions');
    expect(run.stdout).not.toContain('pending review');
  });

  it("reads a branch name from the clone only when its origin is the repository: a fork's main is the author's", async () => {
    // The fork's main excepts the critical finding; the repository's main does not.
    const { dir, base } = workspace();
    const forkMain = commitHead(dir, () =>
      writeFileSync(
        join(dir, '.shipgate/exceptions/fork.yml'),
        readFileSync(join(dir, '.shipgate/exceptions/tomcat.yml'), 'utf8').replace(/EXC-\d+/g, 'EXC-9999'),
      ),
    );
    git(dir, 'update-ref', 'refs/remotes/origin/main', forkMain);
    git(dir, 'remote', 'add', 'origin', 'https://github.com/mallory/payments.git');
    github.contents.clear();
    github.branches.clear();
    const upstream = 'a'.repeat(40);
    git(dir, 'checkout', '-q', base);
    github.serve(upstream, dir);
    git(dir, 'checkout', '-q', forkMain);
    const env = {
      ...NOW,
      GITHUB_EVENT_NAME: 'pull_request_target',
      GITHUB_EVENT_PATH: pullRequestEvent(dir, base, forkMain),
      GITHUB_API_URL: github.url,
    };
    const noToken = await runAction(dir, { 'trusted-ref': 'main', token: '' }, env);
    expect(noToken.code).toBe(4);
    expect(noToken.stdout).toContain(
      "the trusted ref main is a name, and the clone's origin is not acme/payments (a fork's checkout?), so the name is not read from the clone, and the token input is empty",
    );
    // A name the API does not know: the message says why the clone was not read, and what helps.
    const unknown = await runAction(dir, { 'trusted-ref': 'main' }, env);
    expect(unknown.code).toBe(4);
    expect(unknown.stdout).toContain(
      "the trusted ref main is a name, and the clone's origin is not acme/payments (a fork's checkout?), so the name is not read from the clone, and cannot be read through the contents API of acme/payments (422",
    );
    expect(unknown.stdout).toContain('give trusted-ref as a full commit SHA');
    // Through the API, main is the repository's, pinned to the commit it names now.
    github.branches.set('main', upstream);
    const before = github.requests.length;
    const viaApi = await runAction(dir, { 'trusted-ref': 'main' }, env);
    expect(viaApi.stdout).toContain(`Reading the trusted ref main (${upstream}) through the contents API`);
    expect(github.requests.slice(before)).toContain('GET /repos/acme/payments/commits/main');
    expect(github.contentPaths(before).every((p) => !p.includes('fork.yml'))).toBe(true);
    expect(viaApi.stdout).toContain('.shipgate/exceptions/fork.yml is pending review');
    const scope = JSON.parse(readFileSync(join(dir, '.artifacts/review-security/scope-register.json'), 'utf8'));
    expect(JSON.stringify(scope)).toContain(upstream);
    expect(JSON.stringify(scope)).not.toContain('"origin":"main"');
    // A full SHA names the same content in any clone: read from the fork's clone as before.
    const bySha = await runAction(dir, { 'trusted-ref': base }, env);
    expect(bySha.stdout).toContain(`from the trusted commit ${base}`);
    expect(bySha.stdout).not.toContain('through the contents API');
    // The same clone with the repository as its origin reads origin/main from the clone.
    git(dir, 'remote', 'set-url', 'origin', 'git@github.com:Acme/payments.git');
    const same = await runAction(dir, { 'trusted-ref': 'main', token: '' }, env);
    expect(same.stdout).not.toContain('through the contents API');
    expect(same.stdout).toContain('from the trusted commit main');
  });

  it('names a root that does not exist on a pull request, not a missing base commit (exit 2)', async () => {
    const { dir, base } = workspace();
    const run = await runAction(dir, { root: 'servces/api' }, pullRequest(dir, base, base));
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(
      `the root ${join(dir, 'servces/api')} does not exist, so the base commit ${base} cannot be read`,
    );
    expect(run.stdout).not.toContain('is not in the clone');
  });

  it('writes no workflow command a report smuggles into its values (rule id, severity, path, tool name)', async () => {
    const { dir } = workspace();
    writeFileSync(join(dir, 'reports/evil.sarif'), hostileSarif());
    const run = await runAction(
      dir,
      { scans: 'reports/evil.sarif\nreports/trivy.json', 'dry-run': 'true' },
      { ...NOW },
    );
    expect(run.stdout).toContain("security-severity 'bad");
    // shipgate's own annotations (::error file=...) are there; none of the report's.
    expect(run.stdout).toMatch(/^::error /m);
    // The one mask is shipgate's own, of the token, before anything is logged.
    expect(run.stdout.startsWith('::add-mask::test-token\n')).toBe(true);
    expect(run.stdout.slice('::add-mask::test-token\n'.length)).not.toMatch(/^[ \t]*::(stop-commands|add-mask)::/m);
    expect(run.stdout).not.toMatch(/^[ \t]*::error (title=Security review|::URI)/m);
    expect(run.stdout).not.toMatch(/^[ \t]*::error::URI/m);
  });

  it('refuses a GITHUB_REPOSITORY that is not owner/name before it asks the API anything or comments (exit 2)', async () => {
    const { dir } = workspace();
    const missingBase = 'f'.repeat(40);
    github.contents.clear();
    github.serve(missingBase, dir);
    const before = github.requests.length;
    const env = {
      ...NOW,
      GITHUB_REPOSITORY: 'acme/pay/ments',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: pullRequestEvent(dir, missingBase, 'e'.repeat(40)),
      GITHUB_API_URL: github.url,
    };
    const run = await runAction(dir, { comment: 'true' }, env);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(
      "::error::shipgate could not evaluate (exit 2): GITHUB_REPOSITORY: the repository 'acme/pay/ments' (--repository, else GITHUB_REPOSITORY) is not a GitHub owner/name",
    );
    expect(github.requests.slice(before)).toEqual([]);
    expect(run.outputs.decision).toBe('error');
  });

  it("through the contents API, a base commit that cannot be read is a trust error that says so, not 'the pull request changes the policy'", async () => {
    const { dir } = workspace();
    github.contents.clear();
    const env = {
      ...NOW,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: pullRequestEvent(dir, 'a'.repeat(40), 'e'.repeat(40)),
      GITHUB_API_URL: github.url,
    };
    const run = await runAction(dir, {}, env);
    expect(run.code).toBe(4);
    expect(run.stdout).toContain(
      `::error::shipgate could not evaluate (exit 4): the base commit ${'a'.repeat(40)} is not in the clone, and cannot be read through the contents API of acme/payments (404`,
    );
    expect(run.stdout).not.toContain('changes the policy itself');
    expect(run.summary).toMatch(/^## ❌ shipgate: error \(exit 4\)\n/);
    expect(run.summary).toContain('fetch-depth: 0');
  });

  it('through the contents API, a policy error at the base commit says it is that copy, as through git', async () => {
    const { dir } = workspace();
    const good = readFileSync(join(dir, '.shipgate/policy.yml'), 'utf8');
    const missingBase = 'c'.repeat(40);
    github.contents.clear();
    writeFileSync(join(dir, '.shipgate/policy.yml'), 'version: 1\nextends: release\nbogusKey: 1\n');
    github.serve(missingBase, dir);
    writeFileSync(join(dir, '.shipgate/policy.yml'), good);
    const env = {
      ...NOW,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: pullRequestEvent(dir, missingBase, 'e'.repeat(40)),
      GITHUB_API_URL: github.url,
    };
    const run = await runAction(dir, {}, env);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(
      `::error::shipgate could not evaluate (exit 2): the policy at the trusted commit ${missingBase} (lines below are that copy's; a fix in this pull request applies once merged): .shipgate/policy.yml: line 3, column 1: /bogusKey: unknown key 'bogusKey'`,
    );
    expect(run.outputs.decision).toBe('error');
  });

  it("through the contents API, fetches the policy's extends chain: the same chain passes, an edited link fails closed (exit 4)", async () => {
    const { dir } = workspace();
    const team = readFileSync(join(dir, '.shipgate/policy.yml'), 'utf8');
    writeFileSync(join(dir, '.shipgate/team.yml'), team);
    writeFileSync(join(dir, '.shipgate/policy.yml'), 'version: 1\nextends: ./team.yml\n');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'extends');
    const missingBase = 'd'.repeat(40);
    github.contents.clear();
    github.serve(missingBase, dir);
    const before = github.requests.length;
    const env = {
      ...NOW,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: pullRequestEvent(dir, missingBase, 'e'.repeat(40)),
      GITHUB_API_URL: github.url,
    };
    const same = await runAction(dir, {}, env);
    expect(same.code).toBe(0);
    expect(same.outputs.decision).toBe('approved-with-conditions');
    expect(github.contentPaths(before)).toContain('.shipgate/team.yml');
    const scope = JSON.parse(readFileSync(join(dir, '.artifacts/review-security/scope-register.json'), 'utf8'));
    expect(JSON.stringify(scope)).toContain(missingBase);

    writeFileSync(join(dir, '.shipgate/team.yml'), team.replace('extends: release', 'extends: advisory'));
    const edited = await runAction(dir, {}, env);
    expect(edited.code).toBe(4);
    expect(edited.stdout).toContain(
      '::error::shipgate could not evaluate (exit 4): .shipgate/team.yml: the pull request changes the policy itself (edited)',
    );
  });

  it("through the contents API, a preset policy reads the preset's exception files from the base, and asks for no file named after the preset", async () => {
    const { dir } = workspace();
    const missingBase = 'c'.repeat(40);
    github.contents.clear();
    github.serve(missingBase, dir);
    const inputs = { policy: 'release', scans: 'reports/codeql.sarif\nreports/trivy.json\nreports/gitleaks.sarif' };
    const env = {
      ...NOW,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: pullRequestEvent(dir, missingBase, 'e'.repeat(40)),
      GITHUB_API_URL: github.url,
    };
    const before = github.requests.length;
    const clean = await runAction(dir, inputs, env);
    expect(clean.code).toBe(0);
    expect(clean.outputs).toMatchObject({ decision: 'approved-with-conditions', high: '2' });
    expect(clean.stdout).not.toContain('pending review');
    expect(github.contentPaths(before)).toContain('.shipgate/exceptions/tomcat.yml');
    expect(github.contentPaths(before)).not.toContain('release');
    const results = JSON.parse(readFileSync(join(dir, '.artifacts/review-security/scan-results.json'), 'utf8'));
    expect(results.findings.some((f: { exceptionId?: string }) => f.exceptionId === 'EXC-0001')).toBe(true);

    // An exception file only the pull request has is pending, and not applied.
    writeFileSync(
      join(dir, '.shipgate/exceptions/sneaky.yml'),
      'exceptions:\n  - id: EXC-0099\n    type: false-positive\n    match: { rule: js/xss }\n    reason: trust me\n    owner: dev\n    approvedBy: security-lead\n    approvedOn: 2026-11-24\n    expires: 2026-12-24\n',
    );
    const sneaky = await runAction(dir, inputs, env);
    expect(sneaky.outputs.high).toBe('2');
    expect(sneaky.stdout).toContain('.shipgate/exceptions/sneaky.yml is pending review: added by the pull request');
    expect(sneaky.stdout).not.toContain('tomcat.yml is pending');
  });

  it('without a token, a base commit outside the clone is a trust error (exit 4) that says what to set; in the clone no token is needed', async () => {
    const { dir, base } = workspace();
    const head = commitHead(dir, () => writeFileSync(join(dir, 'README.md'), 'change'));
    const inClone = await runAction(
      dir,
      { token: '' },
      { ...NOW, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: pullRequestEvent(dir, base, head) },
    );
    expect(inClone.code).toBe(0);
    const outside = await runAction(
      dir,
      { token: '' },
      {
        ...NOW,
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: pullRequestEvent(dir, 'f'.repeat(40), head),
        GITHUB_API_URL: github.url,
      },
    );
    expect(outside.code).toBe(4);
    expect(outside.outputs).toMatchObject({ decision: 'error', 'exit-code': '4' });
    expect(outside.stdout).toMatch(
      /::error::shipgate could not evaluate \(exit 4\): the base commit f{40} is not in the clone/,
    );
    expect(outside.stdout).toContain('set the token input');
    expect(outside.stdout).toContain('actions/checkout with fetch-depth: 0');
    expect(outside.stdout).not.toContain('internal error');
  });

  describe('a monorepo folder as the root', () => {
    it("reads the base commit at the root's path with git: an unrelated change passes, an edit of the folder's policy fails closed", async () => {
      const { dir, root, base } = monorepo();
      const inputs = { root };
      const unrelated = commitHead(dir, () => writeFileSync(join(root, 'README.md'), 'change'));
      const pass = await runAction(dir, inputs, {
        ...NOW,
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: pullRequestEvent(dir, base, unrelated),
      });
      expect(pass.code).toBe(0);
      expect(pass.outputs).toMatchObject({ decision: 'approved-with-conditions', high: '2' });
      expect(pass.outputs.certificate).toBe(
        join(root, '.artifacts/review-security/security-approval-certificate.json'),
      );
      expect(pass.stdout).not.toContain('pending review');

      const edited = commitHead(dir, () =>
        writeFileSync(
          join(root, '.shipgate/policy.yml'),
          readFileSync(join(root, '.shipgate/policy.yml'), 'utf8').replace('extends: release', 'extends: advisory'),
        ),
      );
      const fail = await runAction(dir, inputs, {
        ...NOW,
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: pullRequestEvent(dir, base, edited),
      });
      expect(fail.code).toBe(4);
      expect(fail.stdout).toContain('.shipgate/policy.yml: the pull request changes the policy itself (edited)');
      expect(existsSync(join(root, '.artifacts/review-security/security-approval-certificate.json'))).toBe(false);
    });

    it("reads the base commit at the root's path through the contents API, with or without git in the workspace", async () => {
      const { dir, root } = monorepo();
      const missingBase = 'b'.repeat(40);
      const env = {
        ...NOW,
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: pullRequestEvent(dir, missingBase, 'e'.repeat(40)),
        GITHUB_API_URL: github.url,
      };
      github.contents.clear();
      github.serve(missingBase, dir);
      const before = github.requests.length;
      const withGit = await runAction(dir, { root }, env);
      expect(withGit.code).toBe(0);
      expect(withGit.outputs.decision).toBe('approved-with-conditions');
      const asked = github.contentPaths(before);
      expect(asked).toContain('services/api/.shipgate/policy.yml');
      expect(asked).toContain('services/api/.shipgate/exceptions/tomcat.yml');
      expect(asked).not.toContain('.shipgate/policy.yml');

      // A checkout without git (the REST fallback of actions/checkout): the root's path under GITHUB_WORKSPACE.
      rmSync(join(dir, '.git'), { recursive: true });
      const withoutGit = await runAction(dir, { root: 'services/api' }, env);
      expect(withoutGit.code).toBe(0);
      expect(withoutGit.outputs.decision).toBe('approved-with-conditions');

      // The folder's policy at the base differs from the workspace's: exit 4.
      github.contents.set(
        `${missingBase}:services/api/.shipgate/policy.yml`,
        Buffer.from('version: 1\nextends: strict\n'),
      );
      const edited = await runAction(dir, { root: 'services/api' }, env);
      expect(edited.code).toBe(4);
      expect(edited.stdout).toContain('.shipgate/policy.yml: the pull request changes the policy itself (edited)');

      // Without git too, a root reached through a symbolic link in the checkout is refused (exit 4): the
      // base commit would be read at the link's path, not at the folder's.
      symlinkSync('api', join(dir, 'services/alias'));
      const linked = await runAction(dir, { root: 'services/alias' }, env);
      expect(linked.code).toBe(4);
      expect(linked.stdout).toContain(
        `::error::shipgate could not evaluate (exit 4): the root ${join(dir, 'services/alias')} is reached through the symbolic link ${join(dir, 'services/alias')} (to ${realpathSync(join(dir, 'services/api'))})`,
      );
    });
  });

  it('fails closed (exit 4) on a pull request event whose payload has no base commit, unless trusted-ref names one', async () => {
    const { dir, base } = workspace();
    const head = commitHead(dir, () =>
      writeFileSync(
        join(dir, '.shipgate/policy.yml'),
        readFileSync(join(dir, '.shipgate/policy.yml'), 'utf8').replace('extends: release', 'extends: advisory'),
      ),
    );
    for (const event of ['pull_request', 'pull_request_target']) {
      for (const payload of [pullRequestEvent(dir, undefined, head), eventFile({ action: 'opened' })]) {
        const run = await runAction(dir, {}, { ...NOW, GITHUB_EVENT_NAME: event, GITHUB_EVENT_PATH: payload });
        expect(run.code).toBe(4);
        expect(run.stdout).toContain(
          `::error::shipgate could not evaluate (exit 4): the ${event} event payload (GITHUB_EVENT_PATH) has no pull_request.base.sha`,
        );
      }
    }
    // Named explicitly, the base is read: the pull request's policy edit is caught.
    const named = await runAction(
      dir,
      { 'trusted-ref': base },
      { ...NOW, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: pullRequestEvent(dir, undefined, head) },
    );
    expect(named.code).toBe(4);
    expect(named.stdout).toContain('.shipgate/policy.yml: the pull request changes the policy itself (edited)');
    git(dir, 'checkout', '-q', base);
    const clean = await runAction(
      dir,
      { 'trusted-ref': base },
      { ...NOW, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: pullRequestEvent(dir, undefined, base) },
    );
    expect(clean.code).toBe(0);
  });

  describe("errors in the trusted commit's copy", () => {
    it('say the file was read at the trusted commit and a fix applies once merged: a register that is not UTF-8, an invalid exception file, an unknown status', async () => {
      const cases: [string, (dir: string) => void, number, string][] = [
        [
          'security/findings-register.csv',
          (dir) =>
            writeFileSync(
              join(dir, 'security/findings-register.csv'),
              Buffer.concat([readFileSync(join(dir, 'security/findings-register.csv')), Buffer.from([0xe9, 0x0a])]),
            ),
          3,
          'the findings register security/findings-register.csv',
        ],
        [
          '.shipgate/exceptions/tomcat.yml',
          (dir) => append(join(dir, '.shipgate/exceptions/tomcat.yml'), '  - bogus: 1\n'),
          2,
          'an exception file',
        ],
        [
          'security/manual-assessment.md',
          (dir) =>
            writeFileSync(
              join(dir, 'security/manual-assessment.md'),
              readFileSync(join(dir, 'security/manual-assessment.md'), 'utf8').replace(
                /\| Verified \|/g,
                '| Verifed |',
              ),
            ),
          3,
          'the manual assessment security/manual-assessment.md',
        ],
      ];
      for (const [file, breakIt, code, what] of cases) {
        const { dir } = workspace();
        const original = readFileSync(join(dir, file));
        const base = commitHead(dir, () => breakIt(dir));
        // The pull request fixes the file: its fix cannot count before it is merged.
        const head = commitHead(dir, () => writeFileSync(join(dir, file), original));
        const run = await runAction(dir, {}, pullRequest(dir, base, head));
        expect(run.code).toBe(code);
        expect(run.stdout).toContain(
          `::error::shipgate could not evaluate (exit ${code}): ${what} at the trusted commit ${base} (line numbers are that copy's; a fix in this pull request applies once merged): ${file}: `,
        );
        expect(run.stdout).toContain(`${file} is pending review: changed by the pull request`);
        expect(run.summary).toContain(`at the trusted commit ${base}`);
        // On a push, the workspace's copy is the one read, and its error says nothing of a trusted commit.
        const broken = commitHead(dir, () => breakIt(dir));
        const pushed = await runAction(dir, {}, push(dir, broken));
        expect(pushed.code).toBe(code);
        expect(pushed.stdout).toContain(`::error::shipgate could not evaluate (exit ${code}): ${file}: `);
      }
    });

    it('a base file git cannot read (a partial clone whose remote is gone) is a trust error naming the file and the commit (exit 4), not exit 70', async () => {
      const { dir: origin, base } = workspace();
      const head = commitHead(origin, () =>
        append(
          join(origin, 'security/findings-register.csv'),
          'SG-0000000000000000,x,high,sast,x,dev,open,later,2099-01-01,,\n',
        ),
      );
      git(origin, 'config', 'uploadpack.allowFilter', 'true');
      const dir = join(mkdtempSync(join(tmpdir(), 'sg-partial-')), 'clone');
      git(tmpdir(), 'clone', '-q', '--filter=blob:none', `file://${origin}`, dir);
      // The blobs of the head are checked out; the base's register never was, and its remote is gone.
      rmSync(origin, { recursive: true });
      const run = await runAction(dir, {}, pullRequest(dir, base, head));
      expect(run.code).toBe(4);
      expect(run.outputs).toMatchObject({ decision: 'error', 'exit-code': '4' });
      expect(run.stdout).toMatch(
        new RegExp(
          `::error::shipgate could not evaluate \\(exit 4\\): security/findings-register\\.csv@${base}: the trusted copy cannot be read from the clone \\(git show: [^)]+\\); fetch the base commit into the clone in full \\(actions/checkout with fetch-depth: 0`,
        ),
      );
      expect(run.stdout).not.toContain('internal error');
    });
  });

  describe('what a pull request cannot reach', () => {
    it("reads a register the base policy names with '//' from the base commit, not the pull request", async () => {
      const { dir } = workspace();
      const register = join(dir, 'security/findings-register.csv');
      const full = readFileSync(register, 'utf8');
      const base = commitHead(dir, () => {
        writeFileSync(
          register,
          full
            .split('\n')
            .filter((line) => !line.includes('Xss'))
            .join('\n'),
        );
        writeFileSync(
          join(dir, '.shipgate/policy.yml'),
          `${readFileSync(join(dir, '.shipgate/policy.yml'), 'utf8')}gates:\n  disposition-integrity: { register: security//findings-register.csv }\n`,
        );
      });
      const head = commitHead(dir, () => writeFileSync(register, full));
      const run = await runAction(
        dir,
        {},
        {
          ...NOW,
          GITHUB_EVENT_NAME: 'pull_request',
          GITHUB_EVENT_PATH: pullRequestEvent(dir, base, head),
        },
      );
      // The base's register has no rows for the two XSS findings: rejected, the PR's rows pending.
      expect(run.code).toBe(1);
      expect(run.outputs.decision).toBe('rejected');
      const scope = JSON.parse(readFileSync(join(dir, '.artifacts/review-security/scope-register.json'), 'utf8'));
      const registers = scope.evidence.filter((e: { kind: string }) => e.kind === 'register');
      expect(registers.map((e: { origin: string }) => e.origin)).toEqual([base]);
    });

    it('refuses a root that the pull request turned into a symbolic link (exit 4)', async () => {
      const { dir, root, base } = monorepo();
      const head = commitHead(dir, () => {
        rmSync(root, { recursive: true });
        symlinkSync('..', root);
      });
      const run = await runAction(
        dir,
        { root },
        {
          ...NOW,
          GITHUB_EVENT_NAME: 'pull_request',
          GITHUB_EVENT_PATH: pullRequestEvent(dir, base, head),
        },
      );
      expect(run.code).toBe(4);
      expect(run.stdout).toMatch(/the root .*services\/api is reached through the symbolic link .*services\/api/);
    });

    it('refuses a root that the pull request turned into a git submodule (exit 4), whether git or the contents API reads the base', async () => {
      // The submodule's repository: an unrelated one (the base commit is read through the contents API),
      // or a fork that holds the base commit (git reads it in the submodule's clone). Either has, at its
      // top, the policy the monorepo has at its own top, which is what the base commit would be read for.
      const unrelated = mkdtempSync(join(tmpdir(), 'sg-evil-'));
      mkdirSync(join(unrelated, '.shipgate'));
      writeFileSync(join(unrelated, '.shipgate/policy.yml'), 'version: 1\nextends: advisory\n');
      cpSync(join(FIXTURES, 'demo/release/reports'), join(unrelated, 'reports'), { recursive: true });
      git(unrelated, 'init', '-q', '-b', 'main');
      git(unrelated, 'add', '-A');
      git(unrelated, 'commit', '-qm', 'evil');
      for (const kind of ['unrelated', 'fork'] as const) {
        const { dir, root, base } = monorepo();
        let submodule = unrelated;
        if (kind === 'fork') {
          submodule = join(mkdtempSync(join(tmpdir(), 'sg-fork-')), 'fork');
          git(tmpdir(), 'clone', '-q', dir, submodule);
          rmSync(join(submodule, 'services'), { recursive: true });
          cpSync(join(FIXTURES, 'demo/release/reports'), join(submodule, 'reports'), { recursive: true });
          git(submodule, 'add', '-A');
          git(submodule, 'commit', '-qm', 'evil');
        }
        github.contents.clear();
        github.serve(base, dir);
        const head = commitHead(dir, () => {
          rmSync(root, { recursive: true });
          git(dir, 'clone', '-q', submodule, 'services/api');
          writeFileSync(
            join(dir, '.gitmodules'),
            '[submodule "services/api"]\n\tpath = services/api\n\turl = ../evil\n',
          );
          git(dir, 'rm', '-rq', '--cached', 'services/api');
          const commit = git(join(dir, 'services/api'), 'rev-parse', 'HEAD');
          git(dir, 'update-index', '--add', '--cacheinfo', `160000,${commit},services/api`);
        });
        expect(git(dir, 'ls-tree', head, 'services/api')).toMatch(/^160000 commit /);
        const before = github.requests.length;
        const run = await runAction(
          dir,
          { root: 'services/api', scans: 'reports/*' },
          { ...pullRequest(dir, base, head), GITHUB_API_URL: github.url },
        );
        expect(run.code, kind).toBe(4);
        expect(run.outputs).toMatchObject({ decision: 'error', 'exit-code': '4' });
        expect(run.stdout).toContain(
          `::error::shipgate could not evaluate (exit 4): the root ${root} is in a git submodule (`,
        );
        // Refused before anything is read for it.
        expect(github.contentPaths(before)).toEqual([]);
        expect(existsSync(join(root, '.artifacts/review-security/security-approval-certificate.json'))).toBe(false);
      }
    });

    it('reads trusted-ref: main as the branch, not a tag named main at the pull request head', async () => {
      const { dir, base } = workspace();
      git(dir, 'remote', 'add', 'origin', 'https://github.com/acme/payments.git');
      const head = commitHead(dir, () =>
        writeFileSync(
          join(dir, '.shipgate/policy.yml'),
          readFileSync(join(dir, '.shipgate/policy.yml'), 'utf8').replace('extends: release', 'extends: advisory'),
        ),
      );
      git(dir, 'update-ref', 'refs/remotes/origin/main', base);
      git(dir, 'branch', '-q', '-f', 'feature', head);
      git(dir, 'checkout', '-q', '--detach', head);
      git(dir, 'branch', '-q', '-D', 'main');
      git(dir, 'tag', 'main', head);
      const run = await runAction(
        dir,
        { 'trusted-ref': 'main' },
        {
          ...NOW,
          GITHUB_EVENT_NAME: 'pull_request',
          GITHUB_EVENT_PATH: pullRequestEvent(dir, base, head),
        },
      );
      expect(run.code).toBe(4);
      expect(run.stdout).toContain('.shipgate/policy.yml: the pull request changes the policy itself (edited)');
    });
  });

  describe('fail-on-error', () => {
    it('false turns configuration errors in the inputs into a warning: the step passes, the decision output is error', async () => {
      const { dir, base } = workspace();
      for (const inputs of [{ mode: 'bogus' }, { 'max-findings': 'abc' }] as Record<string, string>[]) {
        const failing = await runAction(dir, inputs, push(dir, base));
        expect(failing.code).toBe(2);
        const warned = await runAction(dir, { ...inputs, 'fail-on-error': 'false' }, push(dir, base));
        expect(warned.code).toBe(0);
        expect(warned.outputs).toMatchObject({ decision: 'error', 'exit-code': '2' });
        expect(warned.stdout).toMatch(
          /::warning::shipgate could not evaluate \(exit 2\), and fail-on-error is false: input '/,
        );
        expect(warned.stdout).not.toContain('::error::');
        expect(warned.summary).toContain('fail-on-error is false: the step did not fail');
      }
    });

    it('false never passes a rejection whose outputs then fail: the output folder, or GITHUB_OUTPUT', async () => {
      const { dir, base } = workspace();
      const critical = {
        version: '2.1.0',
        runs: [
          {
            tool: {
              driver: {
                name: 'CodeQL',
                rules: [{ id: 'js/sql-injection', properties: { 'security-severity': '9.8' } }],
              },
            },
            invocations: [{ executionSuccessful: true }],
            results: [
              {
                ruleId: 'js/sql-injection',
                message: { text: 'SQL injection' },
                locations: [{ physicalLocation: { artifactLocation: { uri: 'src/a.js' }, region: { startLine: 3 } } }],
              },
            ],
          },
        ],
      };
      writeFileSync(join(dir, 'reports/critical.sarif'), JSON.stringify(critical));
      mkdirSync(join(dir, '.artifacts/review-security/scan-results.json'), { recursive: true });
      writeFileSync(join(dir, '.artifacts/review-security/scan-results.json/x'), '');
      const inputs = { scans: 'reports/*', 'fail-on-error': 'false' };
      const folder = await runAction(dir, inputs, push(dir, base));
      expect(folder.code).toBe(5);
      expect(folder.stdout).toMatch(
        /::error::shipgate rejected the release, and then its outputs could not be written \(exit 5; fail-on-error does not pass a rejection\)/,
      );
      expect(folder.stdout).not.toContain('fail-on-error is false:');
      rmSync(join(dir, '.artifacts'), { recursive: true });
      const outputs = await runAction(dir, inputs, { ...push(dir, base), GITHUB_OUTPUT: join(dir, 'no/such/file') });
      expect(outputs.code).toBe(5);
      expect(outputs.stdout).toContain(
        '::error::shipgate rejected the release, and then its outputs could not be written',
      );
      // An output folder that holds the register is refused before any gate decides: a configuration
      // error like any other, which fail-on-error: false lets pass, with no decision to keep.
      rmSync(join(dir, '.artifacts'), { recursive: true });
      const overRegister = await runAction(dir, { ...inputs, 'output-dir': 'security' }, push(dir, base));
      expect(overRegister.code).toBe(0);
      expect(overRegister.outputs).toMatchObject({ decision: 'error', 'exit-code': '2' });
      expect(overRegister.stdout).toContain(
        '::warning::shipgate could not evaluate (exit 2), and fail-on-error is false: ',
      );
      expect(overRegister.stdout).toContain('findings-register.csv would replace the register file');
      expect(overRegister.stdout).not.toContain('shipgate rejected the release');
      // Approved with conditions, the same failure is an error fail-on-error: false covers.
      rmSync(join(dir, 'reports/critical.sarif'));
      rmSync(join(dir, '.artifacts'), { recursive: true, force: true });
      mkdirSync(join(dir, '.artifacts/review-security/scan-results.json'), { recursive: true });
      writeFileSync(join(dir, '.artifacts/review-security/scan-results.json/x'), '');
      const passed = await runAction(dir, inputs, push(dir, base));
      expect(passed.code).toBe(0);
      expect(passed.stdout).toContain('::warning::shipgate could not evaluate (exit 5), and fail-on-error is false');
    });

    it('false never hides an internal error (exit 70); a fail-on-error that is not a boolean fails the step', async () => {
      const { dir, base } = workspace();
      const broken = await runAction(dir, { 'fail-on-error': 'false' }, { ...push(dir, base), ...injectedFault() });
      expect(broken.code).toBe(70);
      expect(broken.stdout).toContain(
        '::error::shipgate could not evaluate (exit 70): internal error (a bug): Error: injected fault',
      );
      expect(broken.summary).toMatch(/^## ❌ shipgate: error \(exit 70\)\n/);

      const unclear = await runAction(dir, { 'fail-on-error': 'maybe' }, push(dir, base));
      expect(unclear.code).toBe(2);
      expect(unclear.stdout).toContain("input 'fail-on-error': 'maybe' is not a boolean");
    });

    it('outputs that cannot be set (GITHUB_OUTPUT a folder) are an output error (exit 5), and the certificate goes', async () => {
      const { dir, base } = workspace();
      const folder = mkdtempSync(join(tmpdir(), 'sg-output-'));
      const broken = await runAction(dir, {}, { ...push(dir, base), GITHUB_OUTPUT: folder });
      expect(broken.code).toBe(5);
      expect(broken.stdout).toContain(
        `::error::shipgate could not evaluate (exit 5): GITHUB_OUTPUT ${folder}: the step's outputs cannot be written: EISDIR`,
      );
      expect(broken.stdout).toContain('The outputs could not be set: EISDIR');
      expect(broken.summary).toMatch(/^## ❌ shipgate: error \(exit 5\)\n/);
      // The certificate that run wrote does not outlive the failed step.
      expect(existsSync(join(dir, '.artifacts/review-security/security-approval-certificate.json'))).toBe(false);
      // fail-on-error: false covers it, as every error a user can act on.
      const softened = await runAction(
        dir,
        { 'fail-on-error': 'false' },
        { ...push(dir, base), GITHUB_OUTPUT: folder },
      );
      expect(softened.code).toBe(0);
      expect(softened.stdout).toContain('::warning::shipgate could not evaluate (exit 5), and fail-on-error is false');
    });
  });

  describe('runner edge cases', () => {
    it('says why a policy without a blocking gate is rejected, instead of an empty list', async () => {
      const { dir, base } = workspace();
      const policy = join(dir, '.shipgate/policy.yml');
      writeFileSync(policy, readFileSync(policy, 'utf8').replace('extends: release', 'extends: advisory'));
      const run = await runAction(dir, { mode: 'enforce' }, push(dir, base));
      expect(run.code).toBe(1);
      expect(run.stdout).toContain(
        '::error::shipgate rejected the release: no gate is blocking (a policy that enforces nothing certifies nothing); make at least one gate blocking.',
      );
    });

    it('gates a merge queue group against its base_sha: a policy change in the group fails closed (exit 4)', async () => {
      const { dir, base } = workspace();
      const edited = commitHead(dir, () =>
        writeFileSync(
          join(dir, '.shipgate/policy.yml'),
          readFileSync(join(dir, '.shipgate/policy.yml'), 'utf8').replace('extends: release', 'extends: advisory'),
        ),
      );
      const group = (payload: unknown) => ({
        ...NOW,
        GITHUB_EVENT_NAME: 'merge_group',
        GITHUB_EVENT_PATH: eventFile(payload),
        GITHUB_SHA: edited,
      });
      const run = await runAction(dir, {}, group({ merge_group: { base_sha: base, head_sha: edited } }));
      expect(run.code).toBe(4);
      expect(run.stdout).toContain('.shipgate/policy.yml: the pull request changes the policy itself (edited)');
      const unchanged = commitHead(dir, () =>
        writeFileSync(
          join(dir, '.shipgate/policy.yml'),
          readFileSync(join(dir, '.shipgate/policy.yml'), 'utf8').replace('extends: advisory', 'extends: release'),
        ),
      );
      const pass = await runAction(dir, {}, group({ merge_group: { base_sha: base, head_sha: unchanged } }));
      expect(pass.code).toBe(0);
      expect(pass.stdout).toContain(
        `Reading the policy, exception files, register and assessment from the trusted commit ${base}.`,
      );
      const blind = await runAction(dir, {}, group({ merge_group: { head_sha: unchanged } }));
      expect(blind.code).toBe(4);
      expect(blind.stdout).toContain('the merge_group event payload (GITHUB_EVENT_PATH) has no merge_group.base_sha');
    });

    it("reads trusted-ref's keywords in any case, as the other keyword inputs", async () => {
      const { dir, base } = workspace();
      const head = commitHead(dir, () => writeFileSync(join(dir, 'README.md'), 'change'));
      const env = { ...NOW, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: pullRequestEvent(dir, base, head) };
      const none = await runAction(dir, { 'trusted-ref': 'None' }, env);
      expect(none.code).toBe(0);
      expect(none.stdout).not.toContain('from the trusted commit');
      const auto = await runAction(dir, { 'trusted-ref': 'AUTO' }, env);
      expect(auto.code).toBe(0);
      expect(auto.stdout).toContain(`from the trusted commit ${base}.`);
    });

    it('resolves a relative root in the workspace, whatever the current folder', async () => {
      const { dir, root } = monorepo();
      const elsewhere = mkdtempSync(join(tmpdir(), 'sg-cwd-'));
      const run = await runAction(dir, { root: 'services/api' }, { ...NOW, GITHUB_EVENT_NAME: 'push' }, elsewhere);
      expect(run.code).toBe(0);
      expect(run.outputs.certificate).toBe(join(root, '.artifacts/review-security/security-approval-certificate.json'));
    });

    it('reads the event payload before any output: one that cannot be read sets only the error outputs', async () => {
      const { dir, base } = workspace();
      const broken = join(mkdtempSync(join(tmpdir(), 'sg-event-')), 'event.json');
      writeFileSync(broken, '{"pull_request": ');
      const run = await runAction(
        dir,
        { comment: 'true', 'trusted-ref': 'none' },
        { ...NOW, GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: broken, GITHUB_SHA: base },
      );
      expect(run.code).toBe(2);
      expect(run.outputs).toEqual({ decision: 'error', 'exit-code': '2' });
      expect(run.summary).toMatch(/^## ❌ shipgate: error \(exit 2\)\n/);
      expect(run.summary).not.toContain('approved');
    });
  });

  describe('a failed run leaves no certificate (nor the other outputs of an earlier run)', () => {
    const certificate = (dir: string, out = '.artifacts/review-security') =>
      join(dir, out, 'security-approval-certificate.json');

    it('when the pull request changes the policy (exit 4)', async () => {
      const { dir, base } = workspace();
      const approved = await runAction(
        dir,
        {},
        { ...NOW, GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: pushEvent(base) },
      );
      expect(approved.code).toBe(0);
      expect(existsSync(certificate(dir))).toBe(true);
      const head = commitHead(dir, () =>
        writeFileSync(
          join(dir, '.shipgate/policy.yml'),
          readFileSync(join(dir, '.shipgate/policy.yml'), 'utf8').replace('extends: release', 'extends: advisory'),
        ),
      );
      const run = await runAction(
        dir,
        {},
        { ...NOW, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: pullRequestEvent(dir, base, head) },
      );
      expect(run.code).toBe(4);
      expect(existsSync(certificate(dir))).toBe(false);
      // Nor the earlier run's disposition record or scan results, which said "approved" too.
      expect(existsSync(join(dir, '.artifacts/review-security/disposition-record.md'))).toBe(false);
      expect(existsSync(join(dir, '.artifacts/review-security/scan-results.json'))).toBe(false);
    });

    it("when the pull request edits outputs.dir (exit 4), in the base policy's folder too", async () => {
      const { dir } = workspace();
      const policy = join(dir, '.shipgate/policy.yml');
      const base = commitHead(dir, () => {
        append(join(dir, '.gitignore'), 'out/\n');
        append(policy, 'outputs:\n  dir: out/sg\n');
      });
      const approved = await runAction(dir, {}, push(dir, base));
      expect(approved.code).toBe(0);
      expect(existsSync(certificate(dir, 'out/sg'))).toBe(true);
      const head = commitHead(dir, () =>
        writeFileSync(policy, readFileSync(policy, 'utf8').replace('out/sg', 'out/other')),
      );
      const run = await runAction(dir, {}, pullRequest(dir, base, head));
      expect(run.code).toBe(4);
      expect(run.stdout).toContain('.shipgate/policy.yml: the pull request changes the policy itself (edited)');
      expect(existsSync(certificate(dir, 'out/sg'))).toBe(false);
      // The base policy's folder is withdrawn as a folder whose reads are unknown: every output but a
      // findings-register.csv, which says "approved" nowhere.
      expect(existsSync(join(dir, 'out/sg/disposition-record.md'))).toBe(false);
      expect(existsSync(join(dir, 'out/sg/findings-register.csv'))).toBe(true);
    });

    it('when an input is bad (exit 2), in the output directory the inputs name; not with dry-run', async () => {
      const { dir, base } = workspace();
      const env = { ...NOW, GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: pushEvent(base) };
      for (const [outputs, out] of [
        [{}, undefined],
        [{ 'output-dir': 'out/gate' }, 'out/gate'],
      ] as const) {
        expect((await runAction(dir, outputs, env)).code).toBe(0);
        expect(existsSync(certificate(dir, out))).toBe(true);
        const dry = await runAction(dir, { ...outputs, mode: 'bogus', 'dry-run': 'true' }, env);
        expect(dry.code).toBe(2);
        expect(existsSync(certificate(dir, out))).toBe(true);
        const bad = await runAction(dir, { ...outputs, 'max-findings': 'abc' }, env);
        expect(bad.code).toBe(2);
        expect(existsSync(certificate(dir, out))).toBe(false);
      }
    });
  });

  it('advisory mode reports a rejection without failing the job; an error still fails it', async () => {
    const { dir, base } = workspace();
    const env = { ...NOW, GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: pushEvent(base) };
    const rejected = await runAction(dir, { policy: '.shipgate/policy-unverified.yml', mode: 'advisory' }, env);
    expect(rejected.code).toBe(0);
    expect(rejected.outputs).toMatchObject({ decision: 'rejected', 'exit-code': '0' });
    const enforced = await runAction(dir, { policy: '.shipgate/policy-unverified.yml' }, env);
    expect(enforced.code).toBe(1);
    expect(enforced.stdout).toContain(
      '::error::shipgate rejected the release: control-verification fail (1 reason(s)).',
    );
    rmSync(join(dir, 'reports/trivy.json'));
    const broken = await runAction(dir, { mode: 'advisory' }, env);
    expect(broken.code).toBe(3);
    expect(broken.outputs).toMatchObject({ decision: 'error', 'exit-code': '3' });
  });

  it('escapes untrusted text in the summary: no raw HTML, no live mentions', async () => {
    const { dir, base } = workspace();
    const sarif = JSON.parse(readFileSync(join(dir, 'reports/codeql.sarif'), 'utf8'));
    sarif.runs[0].results[0].message.text = '<img src=x onerror=alert(1)> @octocat fixes #12 | `code`';
    writeFileSync(join(dir, 'reports/codeql.sarif'), JSON.stringify(sarif));
    const run = await runAction(dir, {}, { ...NOW, GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: pushEvent(base) });
    expect(run.summary).not.toContain('<img');
    expect(run.summary).not.toContain('@octocat');
    expect(run.summary).toContain(
      '&lt;img src=x onerror=alert(1)&gt; &#64;\u2060octocat fixes &#35;\u206012 &#124; &#96;code&#96;',
    );
  });
});
