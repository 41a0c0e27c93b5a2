/**
 * End to end, the Action's use of the GitHub API (a review's findings): dist/action.js run as the
 * runner runs it, against local HTTP servers that answer GitHub's REST shapes.
 * - The contents API's answer for a file at the base commit is that file, or a 404 from the API itself:
 *   anything else (a symbolic link, a submodule, no content, a 404 a redirect found on another host)
 *   is a trust error, never a file missing at the base (a pull request deleting the policy would be
 *   gated by the built-in preset).
 * - An event payload that is not JSON is the configuration error it is on a pull request (exit 2) on
 *   every event that asks the API, not a crash in the API client's load (exit 70).
 * - A token with a line break or another control character is refused unsent and unshown, and no
 *   message of the HTTP layer shows the token.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { git, runnerOutputs } from '../helpers.js';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const ACTION = join(REPO, 'dist/action.js');
const FIXTURES = join(REPO, 'fixtures');

/** A base commit that is not in the clone: the Action reads it through the contents API. */
const MISSING_BASE = 'f'.repeat(40);
const HEAD = 'e'.repeat(40);
const POLICY = '.shipgate/policy.yml';

/** A request as the server saw it. */
interface Seen {
  method: string;
  path: string;
  authorization: string;
  body: string;
}

/** What a test makes the server answer for a request, instead of the repository's files. */
type Answer = (req: Seen, res: ServerResponse, url: URL) => boolean;

/**
 * A fake api.github.com: the commits and contents APIs over `contents` (files by `ref:path`), and the
 * issue comments of pull request 7. `answer` takes a request first when it returns true.
 */
class FakeGitHub {
  seen: Seen[] = [];
  contents = new Map<string, Buffer>();
  comments: { id: number; body: string; user: { login: string; type: string } }[] = [];
  answer: Answer = () => false;
  url = '';
  private server: Server = createServer((req, res) => void this.handle(req, res));

  async start(): Promise<void> {
    await new Promise<void>((ok) => this.server.listen(0, '127.0.0.1', ok));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((ok) => this.server.close(() => ok()));
  }

  reset(): void {
    this.seen = [];
    this.contents.clear();
    this.comments = [];
    this.answer = () => false;
  }

  /** Serves every file under `dir` (but .git and .artifacts) at `ref`. */
  serve(ref: string, dir: string): void {
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const path = relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/');
      if (/^(\.git|\.artifacts)\//.test(path)) continue;
      this.contents.set(`${ref}:${path}`, readFileSync(join(dir, path)));
    }
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let body = '';
    for await (const chunk of req) body += String(chunk);
    const url = new URL(req.url ?? '/', this.url);
    const seen = {
      method: req.method ?? '',
      path: decodeURIComponent(url.pathname),
      authorization: req.headers.authorization ?? '',
      body,
    };
    this.seen.push(seen);
    if (this.answer(seen, res, url)) return;
    const send = (status: number, data: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(data));
    };
    if (url.pathname === '/user') return send(403, { message: 'Resource not accessible by integration' });
    if (url.pathname === '/graphql') return send(200, { data: { viewer: { login: 'github-actions[bot]' } } });
    if (url.pathname === '/repos/acme/payments/issues/7/comments') {
      if (req.method === 'GET') return send(200, this.comments);
      const comment = {
        id: 1000 + this.comments.length,
        body: (JSON.parse(body) as { body: string }).body,
        user: { login: 'github-actions[bot]', type: 'Bot' },
      };
      this.comments.push(comment);
      return send(201, comment);
    }
    const commit = /^\/repos\/acme\/payments\/commits\/(.+)$/.exec(url.pathname);
    if (commit) {
      const ref = decodeURIComponent(commit[1] ?? '');
      const known = [...this.contents.keys()].some((k) => k.startsWith(`${ref}:`));
      return known ? send(200, { sha: ref }) : send(422, { message: `No commit found for SHA: ${ref}` });
    }
    // GitHub's own redirect (a renamed repository) lands here: the same contents, by repository id.
    const content = /^\/(?:repos\/acme\/payments|repositories\/1)\/contents(?:\/(.*))?$/.exec(url.pathname);
    if (content) {
      const path = decodeURIComponent(content[1] ?? '').replace(/\/$/, '');
      const ref = url.searchParams.get('ref') ?? '';
      const file = this.contents.get(`${ref}:${path}`);
      if (file)
        return send(200, {
          type: 'file',
          path,
          size: file.length,
          encoding: 'base64',
          content: file.toString('base64'),
        });
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

/** Answers the contents API's request for `path` (at any ref) with `status` and `data`. */
function answering(path: string, status: number, data: unknown, headers: Record<string, string> = {}): Answer {
  return (req, res) => {
    if (req.method !== 'GET' || req.path !== `/repos/acme/payments/contents/${path}`) return false;
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(data));
    return true;
  };
}

/** The demo release as a git repository: the base commit as the fixtures hold it. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sg-api-review-'));
  cpSync(join(FIXTURES, 'demo/release'), dir, { recursive: true });
  writeFileSync(join(dir, '.gitignore'), '.artifacts/\n');
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'base');
  return dir;
}

/** Commits `change` as the pull request's head. */
function commitHead(dir: string, change: () => void): void {
  change();
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'head');
}

function eventFile(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'sg-api-event-')), 'event.json');
  writeFileSync(path, text);
  return path;
}

/** A pull_request event payload from `base`, pull request 7. */
function pullRequestPayload(base: string): string {
  return JSON.stringify({
    action: 'synchronize',
    number: 7,
    pull_request: { number: 7, base: { ref: 'main', sha: base }, head: { ref: 'feature', sha: HEAD } },
    repository: { full_name: 'acme/payments' },
  });
}

interface ActionRun {
  code: number | null;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
}

/** Runs the Action as the runner does; an `env` value of undefined removes the variable. */
async function runAction(
  dir: string,
  inputs: Record<string, string>,
  env: Record<string, string | undefined>,
): Promise<ActionRun> {
  const files = mkdtempSync(join(tmpdir(), 'sg-api-runner-'));
  writeFileSync(join(files, 'output'), '');
  writeFileSync(join(files, 'summary'), '');
  const inputEnv: Record<string, string> = {};
  for (const [name, value] of Object.entries(inputs)) inputEnv[`INPUT_${name.toUpperCase()}`] = value;
  const runnerEnv: Record<string, string | undefined> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '/tmp',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: dir,
    GITHUB_REPOSITORY: 'acme/payments',
    GITHUB_OUTPUT: join(files, 'output'),
    GITHUB_STEP_SUMMARY: join(files, 'summary'),
    SHIPGATE_NOW: '2026-11-25T12:00:00Z',
    'INPUT_TRUSTED-REF': 'auto',
    'INPUT_FAIL-ON-ERROR': 'true',
    INPUT_TOKEN: 'test-token',
    ...inputEnv,
    ...env,
  };
  const child = spawn(process.execPath, [ACTION], {
    cwd: dir,
    env: Object.fromEntries(Object.entries(runnerEnv).filter(([, value]) => value !== undefined)),
  });
  let stdout = '';
  child.stdout.on('data', (d) => (stdout += String(d)));
  child.stderr.on('data', (d) => (stdout += String(d)));
  const code = await new Promise<number | null>((ok) => child.on('close', ok));
  const result = {
    code,
    stdout,
    outputs: runnerOutputs(readFileSync(join(files, 'output'), 'utf8')),
    summary: readFileSync(join(files, 'summary'), 'utf8'),
  };
  rmSync(files, { recursive: true, force: true });
  return result;
}

/** The job summary as it reads: markdown's entities decoded, word joiners taken out (see escapeMarkdown). */
const plain = (summary: string) =>
  summary
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\u2060/g, '');

/** The log without the runner's mask commands, the one place the token is meant to be written. */
const withoutMasks = (stdout: string) =>
  stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');

describe('e2e/action: the GitHub API', () => {
  const github = new FakeGitHub();
  /** Another host, for a redirect that leaves the API: it answers 404 to everything. */
  const elsewhere = new FakeGitHub();
  beforeAll(async () => {
    await github.start();
    await elsewhere.start();
  });
  afterAll(async () => {
    await github.stop();
    await elsewhere.stop();
  });
  beforeEach(() => github.reset());

  /** The runner's environment of pull request 7 from a base commit outside the clone. */
  const pullRequest = (base = MISSING_BASE) => ({
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventFile(pullRequestPayload(base)),
    GITHUB_API_URL: github.url,
  });

  describe("a pull request that deletes the policy, through the contents API: the base commit's answer decides", () => {
    /** The demo release at a base outside the clone, and a head without the policy. */
    const deletedPolicy = () => {
      const dir = workspace();
      github.serve(MISSING_BASE, dir);
      commitHead(dir, () => rmSync(join(dir, POLICY)));
      return dir;
    };
    /** The reports the deleted policy named, as the scans input: the built-in release preset would read them. */
    const scans = { scans: 'reports/codeql.sarif\nreports/trivy.json\nreports/gitleaks.sarif' };

    it('the policy file at the base: the pull request changes the policy itself (exit 4)', async () => {
      const run = await runAction(deletedPolicy(), scans, pullRequest());
      expect(run.code).toBe(4);
      expect(run.stdout).toContain(
        `::error::shipgate could not evaluate (exit 4): ${POLICY}: the pull request changes the policy itself (deleted)`,
      );
    });

    it('a 404 from the API: no policy at the base either, so the release preset gates both (the answer that means absent)', async () => {
      const dir = deletedPolicy();
      github.contents.delete(`${MISSING_BASE}:${POLICY}`);
      const run = await runAction(dir, scans, pullRequest());
      expect(run.stdout).not.toContain('changes the policy itself');
      expect(run.stdout).not.toContain('could not evaluate');
      expect(run.code).toBe(0);
      expect(run.outputs.decision).toBe('approved-with-conditions');
      expect(run.stdout).toContain(
        `Reading the policy, exception files, register and assessment from the trusted commit ${MISSING_BASE}`,
      );
    });

    // What the contents API may answer with 200 besides a file: none of it is "no file at the base".
    // (A folder listing and null were refused before too, in other words: here so that every answer reads alike.)
    const answers: [string, unknown, string][] = [
      [
        'a symbolic link whose target is not a file of the repository',
        { type: 'symlink', target: '../../elsewhere/policy.yml', path: POLICY },
        `an entry of type "symlink"`,
      ],
      [
        'a submodule',
        { type: 'submodule', submodule_git_url: 'https://github.com/acme/policy.git', path: POLICY },
        `an entry of type "submodule"`,
      ],
      ['a folder as an object', { type: 'dir', path: POLICY }, `an entry of type "dir"`],
      ['a folder listing', [{ type: 'file', path: `${POLICY}/x` }], 'a folder listing'],
      ['a file with content null', { type: 'file', path: POLICY, content: null, encoding: 'base64' }, 'content null'],
      ['a file without content', { type: 'file', path: POLICY, encoding: 'base64' }, 'content undefined'],
      ['an empty object', {}, 'an object without a string type'],
      ['null', null, 'answered with null'],
      [
        'a file in an encoding other than base64',
        { type: 'file', path: POLICY, encoding: 'utf-8', content: 'version: 1\n' },
        'encoding "utf-8" (expected base64)',
      ],
      [
        'content that is not base64',
        { type: 'file', path: POLICY, encoding: 'base64', content: 'dmVyc2lvbjog!!!MQo=' },
        'content that is not base64',
      ],
      [
        'content shorter than the size it gives',
        {
          type: 'file',
          path: POLICY,
          encoding: 'base64',
          size: 200,
          content: Buffer.from('version: 1\n').toString('base64'),
        },
        '11 bytes of content for a file of 200 bytes',
      ],
    ];
    it.each(answers)(
      'answered with %s: a trust error (exit 4) naming the file, the commit and the answer, never the release preset',
      async (_name, data, what) => {
        const dir = deletedPolicy();
        github.answer = answering(POLICY, 200, data);
        const run = await runAction(dir, { ...scans, comment: 'true' }, pullRequest());
        expect(run.code).toBe(4);
        expect(run.outputs).toMatchObject({ decision: 'error', 'exit-code': '4' });
        const error = `${POLICY}@${MISSING_BASE}: the contents API answered with `;
        expect(run.stdout).toContain(`::error::shipgate could not evaluate (exit 4): ${error}`);
        expect(run.stdout).toContain(what);
        expect(run.stdout).toContain('(expected a regular file with its content, or a 404 when there is none)');
        expect(run.summary).toMatch(/^## ❌ shipgate: error \(exit 4\)\n/);
        expect(plain(run.summary)).toContain(`${POLICY}@${MISSING_BASE}`);
        // The pull request's comment says the same: no approval stands there either.
        expect(github.comments.map((c) => c.body)).toEqual([expect.stringContaining('shipgate: error (exit 4)')]);
        expect(run.stdout).not.toContain('shipgate: approved');
      },
    );

    it("a file over 1 MB (encoding 'none') still says to fetch the base commit, as before", async () => {
      const dir = deletedPolicy();
      github.answer = answering(POLICY, 200, {
        type: 'file',
        path: POLICY,
        size: 2_000_000,
        encoding: 'none',
        content: '',
      });
      const run = await runAction(dir, scans, pullRequest());
      expect(run.code).toBe(4);
      expect(run.stdout).toContain(
        `${POLICY}@${MISSING_BASE}: the contents API does not return this file's content (encoding 'none', a file over 1 MB)`,
      );
    });
  });

  describe('a 404 after a redirect (302)', () => {
    /** The demo release at a base outside the clone; the pull request changes only the README. */
    const unchanged = () => {
      const dir = workspace();
      github.serve(MISSING_BASE, dir);
      commitHead(dir, () => writeFileSync(join(dir, 'README.md'), 'change\n'));
      return dir;
    };
    // Asked for, and absent, at every base without a policy of that name (MISNAMED_POLICY_PATHS).
    const misnamed = '.shipgate/policy.yaml';
    const redirecting =
      (to: (url: URL) => string): Answer =>
      (req, res, url) => {
        if (req.path !== `/repos/acme/payments/contents/${misnamed}`) return false;
        res.writeHead(302, { location: to(url) });
        res.end();
        return true;
      };

    it("within the API (GitHub's own, for a renamed repository): GitHub's 404, the file is absent, the run evaluates", async () => {
      github.answer = redirecting((url) => `${github.url}/repositories/1/contents/${misnamed}${url.search}`);
      const run = await runAction(unchanged(), {}, pullRequest());
      expect(github.seen.map((s) => s.path)).toContain(`/repositories/1/contents/${misnamed}`);
      expect(run.code).toBe(0);
      expect(run.outputs.decision).toBe('approved-with-conditions');
    });

    it('to another host: that 404 says nothing of the base commit, a trust error (exit 4) naming where it came from', async () => {
      github.answer = redirecting((url) => `${elsewhere.url}/contents/${misnamed}${url.search}`);
      const run = await runAction(unchanged(), {}, pullRequest());
      expect(run.code).toBe(4);
      expect(run.outputs).toMatchObject({ decision: 'error', 'exit-code': '4' });
      expect(run.stdout).toContain(
        `::error::shipgate could not evaluate (exit 4): ${misnamed}@${MISSING_BASE}: the trusted copy cannot be read from the contents API (404 from ${elsewhere.url}, not the API asked): Not Found`,
      );
      expect(plain(run.summary)).toContain('not the API asked');
    });
  });

  describe('an event payload that is not JSON, on an event that asks the API (trusted-ref names the base)', () => {
    const truncated = () => eventFile('{"after": "abc", trunc');
    it.each(['push', 'workflow_dispatch'])(
      'on %s: a configuration error naming GITHUB_EVENT_PATH (exit 2), not a crash of the API client (exit 70)',
      async (event) => {
        const dir = workspace();
        github.serve(MISSING_BASE, dir);
        const payload = truncated();
        const env = { GITHUB_EVENT_NAME: event, GITHUB_EVENT_PATH: payload, GITHUB_API_URL: github.url };
        const run = await runAction(dir, { 'trusted-ref': MISSING_BASE }, env);
        expect(run.code).toBe(2);
        expect(run.outputs).toMatchObject({ decision: 'error', 'exit-code': '2' });
        expect(run.stdout).toContain(
          `::error::shipgate could not evaluate (exit 2): GITHUB_EVENT_PATH ${payload}: the event payload cannot be read: `,
        );
        expect(run.stdout).not.toContain('internal error');
        expect(run.summary).toMatch(/^## ❌ shipgate: error \(exit 2\)\n/);
        expect(plain(run.summary)).toContain(`GITHUB_EVENT_PATH ${payload}`);
        // Nothing was asked: the payload is read before the API client loads.
        expect(github.seen).toEqual([]);
      },
    );

    it('a payload file that is missing is the same error (the API client would go on without it)', async () => {
      const dir = workspace();
      github.serve(MISSING_BASE, dir);
      const payload = join(dir, 'no-such-event.json');
      const env = { GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: payload, GITHUB_API_URL: github.url };
      const run = await runAction(dir, { 'trusted-ref': MISSING_BASE }, env);
      expect(run.code).toBe(2);
      expect(run.stdout).toContain(`GITHUB_EVENT_PATH ${payload}: the event payload cannot be read`);
    });

    it('a payload that is JSON reads the base through the API (exit 0); without the API, the payload is not read', async () => {
      const dir = workspace();
      github.serve(MISSING_BASE, dir);
      const json = eventFile(JSON.stringify({ ref: 'refs/heads/main' }));
      const env = { GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: json, GITHUB_API_URL: github.url };
      const viaApi = await runAction(dir, { 'trusted-ref': MISSING_BASE }, env);
      expect(viaApi.code).toBe(0);
      expect(viaApi.stdout).toContain(`Reading the trusted ref ${MISSING_BASE} through the contents API`);
      const base = git(dir, 'rev-parse', 'HEAD');
      const inClone = await runAction(dir, { 'trusted-ref': base }, { ...env, GITHUB_EVENT_PATH: truncated() });
      expect(inClone.code).toBe(0);
      expect(inClone.stdout).not.toContain('through the contents API');
    });
  });

  describe('the token', () => {
    const first = 'ghs_FirstLineOfTheSecret0123';
    const second = 'ghs_SecondLineOfTheSecret4567';

    it.each([
      ['a line break', `${first}\n${second}`, 'a line break'],
      ['a carriage return', `${first}\r\n${second}`, 'a line break'],
      ['a tab (which HTTP would send)', `${first}\t${second}`, 'a control character (U+0009)'],
      ['a DEL', `${first}\u007f${second}`, 'a control character (U+007F)'],
    ])(
      'with %s is refused unsent (exit 2), and shown nowhere: log, outputs, job summary, comment',
      async (_name, token, what) => {
        const dir = workspace();
        github.serve(MISSING_BASE, dir);
        const run = await runAction(dir, { token, comment: 'true' }, pullRequest());
        expect(run.code).toBe(2);
        expect(run.outputs).toMatchObject({ decision: 'error', 'exit-code': '2' });
        expect(run.stdout).toContain(
          `::error::shipgate could not evaluate (exit 2): input 'token': the token holds ${what}, which no GitHub token has (the token is not shown here)`,
        );
        for (const secret of [first, second]) {
          expect(withoutMasks(run.stdout)).not.toContain(secret);
          expect(plain(run.summary)).not.toContain(secret);
          expect(JSON.stringify(run.outputs)).not.toContain(secret);
        }
        // Masked line by line in the log, should anything print one.
        expect(run.stdout).toContain(`::add-mask::${first}\n`);
        expect(run.stdout).toContain(`::add-mask::${second}\n`);
        // Neither the contents API nor the comments API was asked: nothing was sent with it.
        expect(github.seen).toEqual([]);
      },
    );

    it('without a control character is sent as it is, and the run evaluates (exit 0)', async () => {
      const dir = workspace();
      github.serve(MISSING_BASE, dir);
      const run = await runAction(dir, { token: `${first}${second}` }, pullRequest());
      expect(run.code).toBe(0);
      expect(github.seen.length).toBeGreaterThan(0);
      expect(github.seen.every((s) => s.authorization === `token ${first}${second}`)).toBe(true);
    });

    it("is taken out of the HTTP layer's messages: a server that quotes it in an error (exit 4), and in a comment that fails", async () => {
      const dir = workspace();
      github.serve(MISSING_BASE, dir);
      const token = `${first}${second}`;
      // An answer that quotes the request's credentials back, as a proxy's error page may.
      const quoting: Answer = (req, res) => {
        if (req.path !== `/repos/acme/payments/contents/${POLICY}`) return false;
        res.writeHead(403, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: `Refused credentials '${req.authorization}' for ${req.path}` }));
        return true;
      };
      github.answer = quoting;
      const run = await runAction(dir, { token, comment: 'true' }, pullRequest());
      expect(run.code).toBe(4);
      expect(run.stdout).toContain(
        `::error::shipgate could not evaluate (exit 4): ${POLICY}@${MISSING_BASE}: the trusted copy cannot be read from the contents API (403): Refused credentials 'token ***' for`,
      );
      expect(plain(run.summary)).toContain("Refused credentials 'token ***'");
      expect(withoutMasks(run.stdout)).not.toContain(token);
      expect(plain(run.summary)).not.toContain(token);
      const [comment] = github.comments;
      expect(comment?.body).toContain('shipgate: error (exit 4)');
      expect(plain(comment?.body ?? '')).not.toContain(token);

      // The comment's own failure is a warning that quotes the server: without the token too.
      github.reset();
      github.serve(MISSING_BASE, dir);
      github.answer = (req, res) => {
        if (!req.path.includes('/comments')) return false;
        res.writeHead(403, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: `Refused credentials '${req.authorization}'` }));
        return true;
      };
      const warned = await runAction(dir, { token, comment: 'true' }, pullRequest());
      expect(warned.code).toBe(0);
      expect(warned.stdout).toContain(
        "::warning::The pull request comment could not be written (403): Refused credentials 'token ***'",
      );
      expect(withoutMasks(warned.stdout)).not.toContain(token);
    });
  });
});
