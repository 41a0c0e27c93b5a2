/**
 * End to end: dist/action.js run as the GitHub runner runs it (INPUT_* variables with the runner's name
 * mangling, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_EVENT_NAME/PATH, a git workspace with a base and
 * a head commit), against a local HTTP server that answers GitHub's REST shapes.
 */
import { spawn, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSarif } from '../helpers.js';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const ACTION = join(REPO, 'dist/action.js');
const FIXTURES = join(REPO, 'fixtures');

interface Comment {
  id: number;
  body: string;
}

/** A fake api.github.com: issue comments and repository contents, with a switch for a fork's 403. */
class FakeGitHub {
  comments: Comment[] = [];
  requests: string[] = [];
  forbidComments = false;
  contents = new Map<string, Buffer>();
  private server: Server = createServer((req, res) => void this.handle(req, res));
  url = '';

  async start(): Promise<void> {
    await new Promise<void>((ok) => this.server.listen(0, '127.0.0.1', ok));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((ok) => this.server.close(() => ok()));
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
    const listMatch = /^\/repos\/acme\/payments\/issues\/(\d+)\/comments$/.exec(url.pathname);
    if (listMatch && req.method === 'GET')
      return send(
        200,
        this.comments.map((c) => ({ ...c, user: { login: 'github-actions[bot]' } })),
      );
    if (listMatch && req.method === 'POST') {
      if (this.forbidComments) return send(403, { message: 'Resource not accessible by integration' });
      const comment = { id: 1000 + this.comments.length, body: JSON.parse(body).body as string };
      this.comments.push(comment);
      return send(201, comment);
    }
    const updateMatch = /^\/repos\/acme\/payments\/issues\/comments\/(\d+)$/.exec(url.pathname);
    if (updateMatch && req.method === 'PATCH') {
      const comment = this.comments.find((c) => c.id === Number(updateMatch[1]));
      if (!comment) return send(404, { message: 'Not Found' });
      comment.body = JSON.parse(body).body;
      return send(200, comment);
    }
    const contentMatch = /^\/repos\/acme\/payments\/contents\/(.*)$/.exec(url.pathname);
    if (contentMatch && req.method === 'GET') {
      const path = decodeURIComponent(contentMatch[1] ?? '');
      const ref = url.searchParams.get('ref') ?? '';
      const file = this.contents.get(`${ref}:${path}`);
      if (file) return send(200, { type: 'file', path, encoding: 'base64', content: file.toString('base64') });
      const prefix = `${ref}:${path}/`;
      const entries = [...this.contents.keys()].filter(
        (k) => k.startsWith(prefix) && !k.slice(prefix.length).includes('/'),
      );
      if (entries.length > 0)
        return send(
          200,
          entries.map((k) => ({ type: 'file', path: k.slice(ref.length + 1) })),
        );
      return send(404, { message: 'Not Found' });
    }
    send(404, { message: `Not Found: ${req.method} ${url.pathname}` });
  }
}

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@e',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@e',
    },
  }).trim();
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

/** Parses the runner's GITHUB_OUTPUT file (name<<delimiter ... delimiter blocks). */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!match) continue;
    const value: string[] = [];
    for (i += 1; i < lines.length && lines[i] !== match[2]; i += 1) value.push(lines[i] ?? '');
    outputs[match[1] as string] = value.join('\n');
  }
  return outputs;
}

async function runAction(dir: string, inputs: Record<string, string>, env: Record<string, string>): Promise<ActionRun> {
  const files = mkdtempSync(join(tmpdir(), 'sg-runner-'));
  const outputPath = join(files, 'output');
  const summaryPath = join(files, 'summary');
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const inputEnv: Record<string, string> = {};
  // The runner's mangling: INPUT_ + the name upper-cased with spaces as underscores; hyphens stay.
  for (const [name, value] of Object.entries(inputs))
    inputEnv[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  const child = spawn(process.execPath, [ACTION], {
    cwd: dir,
    env: {
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
    },
  });
  let stdout = '';
  child.stdout.on('data', (d) => (stdout += String(d)));
  child.stderr.on('data', (d) => (stdout += String(d)));
  const code = await new Promise<number | null>((ok) => child.on('close', ok));
  return {
    code,
    stdout,
    outputs: parseOutputs(readFileSync(outputPath, 'utf8')),
    summary: readFileSync(summaryPath, 'utf8'),
  };
}

function pullRequestEvent(dir: string, base: string, head: string, number = 7): string {
  const path = join(mkdtempSync(join(tmpdir(), 'sg-event-')), 'event.json');
  writeFileSync(
    path,
    JSON.stringify({
      action: 'synchronize',
      number,
      pull_request: {
        number,
        base: { ref: 'main', sha: base },
        head: { ref: 'feature', sha: head },
        user: { login: 'dev' },
      },
      repository: { full_name: 'acme/payments', name: 'payments', owner: { login: 'acme' } },
    }),
  );
  return path;
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
    github.comments = [{ id: 1, body: 'an unrelated comment' }];
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

  it('under pull_request_target reads every evidence file from the base commit, under pull_request the register and assessment from the workspace', async () => {
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
    expect(pr.outputs.decision).toBe('rejected');
    expect(pr.code).toBe(1);
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
    for (const path of ['.shipgate/policy.yml', '.shipgate/exceptions/tomcat.yml'])
      github.contents.set(`${missingBase}:${path}`, readFileSync(join(dir, path)));
    const before = github.requests.length;
    const env = {
      ...NOW,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: pullRequestEvent(dir, missingBase, 'e'.repeat(40)),
      GITHUB_API_URL: github.url,
    };
    const run = await runAction(dir, {}, env);
    expect(run.stdout).toContain(`Reading policy and exception files from the trusted commit ${missingBase}`);
    expect(run.code).toBe(0);
    expect(github.requests.slice(before)).toContain('GET /repos/acme/payments/contents/.shipgate/policy.yml');
    expect(run.outputs.decision).toBe('approved-with-conditions');
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
      '&lt;img src=x onerror=alert(1)&gt; &#64;octocat fixes &#35;12 &#124; &#96;code&#96;',
    );
  });
});
