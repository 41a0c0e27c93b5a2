/**
 * The messages README.md quotes (Setup, Quick start, Troubleshooting) are the ones shipgate prints: each
 * case is run with dist/cli.js (or dist/action.js) in a temporary folder, and the README must contain the
 * real message. The temporary root is shown as /home/me/app in the README.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { generateSarif } from './helpers.js';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(REPO, 'dist/cli.js');
const ACTION = join(REPO, 'dist/action.js');
const DEMO = join(REPO, 'fixtures/demo/release');
const NOW = '2026-11-25T12:00:00Z';
const SHOWN_ROOT = '/home/me/app';

const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
const folders: string[] = [];

afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function folder(from?: string): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'sg-readme-')));
  folders.push(dir);
  if (from) cpSync(from, dir, { recursive: true });
  return dir;
}

function write(root: string, path: string, text: string): void {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
}

function shipgate(
  root: string,
  args: string[],
  env: Record<string, string> = {},
): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args, '--root', root], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', SHIPGATE_NOW: NOW, ...env },
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr.split(root).join(SHOWN_ROOT) };
}

/** `evaluate --dry-run --format json`: the scan results (decision, gates, exceptions). */
function scanResults(root: string, args: string[] = []) {
  const run = shipgate(root, ['evaluate', '--dry-run', '--format', 'json', ...args]);
  expect(run.stderr).toBe('');
  return {
    code: run.code,
    results: JSON.parse(run.stdout) as {
      gates: { id: string; reasons: string[] }[];
      exceptions: { rejected: { id: string; reason: string }[] };
    },
  };
}

function expectQuoted(text: string): void {
  expect(text.trim().length).toBeGreaterThan(0);
  expect(readme, `README.md should quote:\n${text}`).toContain(text.trim());
}

/**
 * The README quotes a message of this shape: the same text, with other figures (sizes, counts and byte
 * offsets depend on the machine and the report).
 */
function expectQuotedShape(text: string): void {
  const figure = String.raw`\d+(?:\.\d+)?`;
  const pattern = text
    .trim()
    .split(/\d+(?:\.\d+)?(?: [KM]iB)?/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join(`${figure}(?: [KM]iB)?`);
  expect(readme, `README.md should quote a message like:\n${text}`).toMatch(new RegExp(pattern));
}

const INVALID_EXCEPTION = `exceptions:
  - id: EXC-0005
    type: risk-acceptance
    match:
      path: "vendor/**"
    reason: Vendored code.
    owner: carol
    approvedOn: 2026-11-20
    expires: 2027-1-15
`;

const TOO_BROAD_EXCEPTION = `exceptions:
  - id: EXC-0005
    type: risk-acceptance
    match:
      path: "vendor/**"
    reason: Vendored code.
    owner: carol
    approvedBy: security-lead
    approvedOn: 2026-11-20
    expires: 2027-01-15
`;

function exceptionEntry(id: string, match: string, owner: string, approvedBy: string, on: string, expires: string) {
  return `  - id: ${id}
    type: risk-acceptance
    match: { ${match} }
    reason: Not reachable.
    owner: ${owner}
    approvedBy: ${approvedBy}
    approvedOn: ${on}
    expires: ${expires}
`;
}

const INCOMPLETE_SARIF = JSON.stringify({
  version: '2.1.0',
  $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
  runs: [
    {
      tool: { driver: { name: 'CodeQL', rules: [] } },
      invocations: [
        {
          executionSuccessful: false,
          toolExecutionNotifications: [{ level: 'error', message: { text: 'Out of memory' } }],
        },
      ],
      results: [],
    },
  ],
});

describe('README: Setup and Quick start quote real messages', () => {
  it('the demo rejection reason', () => {
    const root = folder(DEMO);
    const { code, results } = scanResults(root, ['--policy', '.shipgate/policy-unverified.yml']);
    expect(code).toBe(1);
    const reasons = results.gates.find((g) => g.id === 'control-verification')?.reasons ?? [];
    expect(reasons).toHaveLength(1);
    expectQuoted(`\`${reasons[0]}\``);
  });
});

describe('README: the npx quick start shows the real report', () => {
  it('starts with the lines a dry run of the demo reports prints in a folder with no configuration', () => {
    const root = folder();
    cpSync(join(DEMO, 'reports'), join(root, 'reports'), { recursive: true });
    const run = shipgate(root, ['evaluate', '--dry-run', '--scan', 'reports/*']);
    expect(run.code).toBe(1);
    const head = run.stdout.split('\n').slice(0, 9).join('\n');
    expect(head).toMatch(/^REJECTED — /);
    expect(readme).toContain(`$ npx shipgate evaluate --dry-run --scan 'reports/*'\n${head}\n...\n`);
  });
});

describe('README: Troubleshooting quotes real messages', () => {
  it('the glob matched no files; braces; a missing or empty file; no inputs at all', () => {
    const root = folder();
    const glob = shipgate(root, ['evaluate', '--scan', 'reports/*.sarif']);
    expect(glob.code).toBe(3);
    expectQuoted(glob.stderr);
    expect(readme).toContain(`$ npx shipgate evaluate --scan 'reports/*.sarif'\n${glob.stderr}`);

    const braces = shipgate(root, ['evaluate', '--scan', 'reports/*.{sarif,json}']);
    expect(braces.code).toBe(3);
    expectQuoted(braces.stderr);

    const missing = shipgate(root, ['evaluate', '--scan', 'reports/trivy.json']);
    expect(missing.code).toBe(3);
    expectQuoted(missing.stderr);
    write(root, 'reports/trivy.json', '');
    const empty = shipgate(root, ['evaluate', '--scan', 'reports/trivy.json']);
    expect(empty.code).toBe(3);
    expectQuoted(empty.stderr);

    const none = shipgate(root, ['evaluate']);
    expect(none.code).toBe(3);
    expectQuoted(none.stderr);

    const outside = shipgate(root, ['evaluate', '--scan', '../scans/trivy.json']);
    expect(outside.code).toBe(3);
    expectQuoted(outside.stderr);
  });

  it('the evaluation would run out of memory: a streamed report, and one that cannot be streamed', () => {
    const root = folder();
    mkdirSync(join(root, 'reports'));
    generateSarif(join(root, 'reports/codeql.sarif'), '3MB', '29');
    const heap = { NODE_OPTIONS: '--max-old-space-size=16' };
    const streamed = shipgate(root, ['evaluate', '--policy', 'release', '--scan', 'reports/codeql.sarif'], heap);
    expect(streamed.code).toBe(3);
    expect(streamed.stderr).toContain('reports/codeql.sarif: after ');
    expectQuotedShape(streamed.stderr);
    cpSync(join(REPO, 'fixtures/npm-audit-json/npm-audit-v1-many.json'), join(root, 'reports/npm-audit.json'));
    const whole = shipgate(root, ['evaluate', '--scan', 'reports/npm-audit.json'], heap);
    expect(whole.code).toBe(3);
    expectQuotedShape(whole.stderr);
  });

  it('the format was not recognized; a declared format; an unknown format id', () => {
    const root = folder();
    write(root, 'reports/custom-scanner.json', '{"scanner": "in-house", "issues": []}\n');
    const unknown = shipgate(root, ['evaluate', '--scan', 'reports/custom-scanner.json']);
    expect(unknown.code).toBe(3);
    expectQuoted(unknown.stderr);
    expect(readme).toContain(`$ npx shipgate evaluate --scan reports/custom-scanner.json\n${unknown.stderr}`);

    write(
      root,
      '.shipgate/policy.yml',
      'version: 1\ninputs:\n  - { path: reports/custom-scanner.json, format: gitleaks }\n',
    );
    const declared = shipgate(root, ['evaluate']);
    expect(declared.code).toBe(3);
    expectQuoted(`\`${declared.stderr.trim()}\``);

    write(
      root,
      '.shipgate/policy.yml',
      'version: 1\ninputs:\n  - { path: reports/custom-scanner.json, format: gitleak }\n',
    );
    const misspelled = shipgate(root, ['evaluate']);
    expect(misspelled.code).toBe(2);
    expectQuoted(`\`${misspelled.stderr.trim()}\``);
  });

  it('an invalid exception file, and one that selects only by path (exit 2)', () => {
    const root = folder(DEMO);
    write(root, '.shipgate/exceptions/vendor.yml', INVALID_EXCEPTION);
    const invalid = shipgate(root, ['evaluate', '--dry-run']);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr.trim().split('\n')).toHaveLength(4);
    expectQuoted(invalid.stderr);

    write(root, '.shipgate/exceptions/vendor.yml', TOO_BROAD_EXCEPTION);
    const broad = shipgate(root, ['evaluate', '--dry-run']);
    expect(broad.code).toBe(2);
    expectQuoted(broad.stderr);
  });

  it('exceptions not applied, with the reason of each', () => {
    const root = folder(DEMO);
    write(
      root,
      '.shipgate/exceptions/a.yml',
      `exceptions:\n${exceptionEntry('EXC-0009', 'rule: js/xss', 'carol', 'security-lead', '2026-11-20', '2027-01-15')}`,
    );
    write(
      root,
      '.shipgate/exceptions/tomcat.yml',
      `exceptions:\n${[
        exceptionEntry(
          'EXC-0001',
          'vulnerability: CVE-2025-66614',
          'carol',
          'security-lead',
          '2026-08-01',
          '2026-11-01',
        ),
        exceptionEntry(
          'EXC-0002',
          'vulnerability: CVE-2025-61795',
          'security-lead',
          'security-lead',
          '2026-11-20',
          '2027-01-15',
        ),
        exceptionEntry('EXC-0003', 'vulnerability: CVE-2026-24733', 'carol', 'dave', '2026-11-20', '2027-01-15'),
        exceptionEntry('EXC-0004', 'rule: js/xss', 'carol', 'security-lead', '2026-11-20', '2027-06-30'),
        exceptionEntry('EXC-0006', 'rule: js/xss', 'carol', 'security-lead', '2026-12-01', '2027-01-15'),
        exceptionEntry('EXC-0009', 'rule: js/xss', 'carol', 'security-lead', '2026-11-20', '2027-01-15'),
      ].join('')}`,
    );
    const { code, results } = scanResults(root);
    expect(code).toBe(1);
    const rejected = results.exceptions.rejected;
    expect(rejected.map((r) => r.id).sort()).toEqual([
      'EXC-0001',
      'EXC-0002',
      'EXC-0003',
      'EXC-0004',
      'EXC-0006',
      'EXC-0009',
    ]);
    for (const { reason } of rejected) expectQuoted(`| \`${reason}\` |`);

    const register = results.gates
      .find((g) => g.id === 'disposition-integrity')
      ?.reasons.find((r) => r.includes("names exception 'EXC-0001'"));
    expect(register).toBeDefined();
    expectQuoted(`\`... ${register?.slice(register.indexOf('register row'))}\``);

    const waive = shipgate(root, [
      'waive',
      'SG-579cfc928f3e0824',
      '--reason',
      'Not reachable.',
      '--owner',
      'alice',
      '--approved-by',
      'alice',
      '--expires',
      '2027-01-01',
    ]);
    expect(waive.code).toBe(2);
    expect(waive.stderr).toContain("the exception would not apply: it is approved by its own owner 'alice'");
    expectQuoted('`the exception would not apply: it is approved by its own owner ...`');
  });

  it('evidence incomplete: a SARIF run that did not complete, and no manual assessment', () => {
    const root = folder();
    write(root, 'reports/codeql.sarif', INCOMPLETE_SARIF);
    const { code, results } = scanResults(root, ['--scan', 'reports/codeql.sarif']);
    expect(code).toBe(1);
    const reasons = results.gates.find((g) => g.id === 'evidence-completeness')?.reasons ?? [];
    expect(reasons.length).toBeGreaterThanOrEqual(3);
    expectQuoted(reasons.slice(0, 3).join('\n'));
    const assessment = results.gates.find((g) => g.id === 'control-verification')?.reasons ?? [];
    expect(assessment).toHaveLength(1);
    expectQuoted(`\`${assessment[0]}\``);
  });

  it('the pull request changes the policy itself (exit 4, in the Action)', () => {
    const root = folder(DEMO);
    const git = (...args: string[]) =>
      execFileSync('git', args, {
        cwd: root,
        encoding: 'utf8',
        env: {
          PATH: process.env.PATH ?? '',
          HOME: root,
          GIT_AUTHOR_NAME: 't',
          GIT_AUTHOR_EMAIL: 't@e',
          GIT_COMMITTER_NAME: 't',
          GIT_COMMITTER_EMAIL: 't@e',
        },
      }).trim();
    writeFileSync(join(root, '.gitignore'), '.artifacts/\n');
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-qm', 'base');
    const base = git('rev-parse', 'HEAD');
    const policy = join(root, '.shipgate/policy.yml');
    writeFileSync(policy, readFileSync(policy, 'utf8').replace('extends: release', 'extends: advisory'));
    git('commit', '-qam', 'head');
    const head = git('rev-parse', 'HEAD');
    const runner = folder();
    const event = join(runner, 'event.json');
    writeFileSync(event, JSON.stringify({ pull_request: { number: 7, base: { sha: base }, head: { sha: head } } }));
    writeFileSync(join(runner, 'output'), '');
    writeFileSync(join(runner, 'summary'), '');
    const action = spawnSync(process.execPath, [ACTION], {
      cwd: root,
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH ?? '',
        HOME: root,
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: root,
        GITHUB_REPOSITORY: 'acme/payments',
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: event,
        GITHUB_SHA: head,
        GITHUB_OUTPUT: join(runner, 'output'),
        GITHUB_STEP_SUMMARY: join(runner, 'summary'),
        'INPUT_TRUSTED-REF': 'auto',
        'INPUT_FAIL-ON-ERROR': 'true',
        INPUT_TOKEN: 'unused',
      },
    });
    expect(action.status).toBe(4);
    const error = /^::error::(.*)$/m.exec(action.stdout)?.[1];
    expect(error).toContain('changes the policy itself (edited)');
    expectQuoted(`Error: ${error}`);
  });
});
