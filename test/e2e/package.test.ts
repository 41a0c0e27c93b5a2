/**
 * The npm package as a user gets it: `npm pack`, installed offline into an empty folder, run with
 * `npx --no-install shipgate` on real corpus reports, and imported (and type-checked) as a library.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHIPGATE_VERSION } from '../../src/version.js';
import { snapshotTree } from './snapshot.js';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURES = join(REPO, 'fixtures');
const NOW = '2026-11-25T12:00:00Z';
const TSC = join(REPO, 'node_modules/typescript/bin/tsc');

const scratch = mkdtempSync(join(tmpdir(), 'sg-package-'));
/** npm with its own cache and home, offline: nothing may come from the network. */
const env = {
  PATH: process.env.PATH ?? '',
  HOME: join(scratch, 'home'),
  npm_config_cache: join(scratch, 'npm-cache'),
  npm_config_offline: 'true',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
  npm_config_loglevel: 'error',
  SHIPGATE_NOW: NOW,
};

function exec(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface PackResult {
  filename: string;
  files: { path: string }[];
}

let packed: PackResult;
/** The consumer project the tarball is installed into. */
let project: string;

/** `npx --no-install shipgate ...` in a folder of the consumer project. */
function shipgate(args: string[], cwd: string) {
  return exec('npx', ['--no-install', 'shipgate', ...args], cwd);
}

/** A folder inside the consumer project holding the given fixture files (relative to fixtures/). */
function workspace(name: string, files: Record<string, string>): string {
  const dir = join(project, name);
  for (const [target, source] of Object.entries(files)) {
    mkdirSync(join(dir, target, '..'), { recursive: true });
    cpSync(join(FIXTURES, source), join(dir, target), { recursive: true });
  }
  return dir;
}

beforeAll(() => {
  mkdirSync(env.HOME, { recursive: true });
  const destination = join(scratch, 'pack');
  mkdirSync(destination);
  const pack = exec('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', destination], REPO);
  expect(pack.stderr).toBe('');
  expect(pack.code).toBe(0);
  packed = (JSON.parse(pack.stdout) as PackResult[])[0] as PackResult;
  project = join(scratch, 'project');
  mkdirSync(project);
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, type: 'module' }),
  );
  const install = exec(
    'npm',
    ['install', '--offline', '--no-audit', '--no-fund', join(destination, packed.filename)],
    project,
  );
  expect(install.stderr).toBe('');
  expect(install.code).toBe(0);
}, 180_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('e2e/package', () => {
  it('packs what runs and nothing else', () => {
    const paths = packed.files.map((f) => f.path).sort();
    for (const required of [
      'package.json',
      'README.md',
      'LICENSE',
      'action.yml',
      'dist/cli.js',
      'dist/cli-main.js',
      'dist/action.js',
      'dist/action-main.js',
      'dist/index.js',
      'dist/github.js',
      'dist/types/index.d.ts',
      'dist/types/run.d.ts',
      'gates/release.yml',
      'gates/strict.yml',
      'gates/advisory.yml',
      'schemas/policy.schema.json',
      'schemas/exception.schema.json',
    ])
      expect(paths).toContain(required);
    expect(paths.includes('CHANGELOG.md')).toBe(existsSync(join(REPO, 'CHANGELOG.md')));
    const allowed = /^(dist\/|gates\/|schemas\/|action\.yml$|README\.md$|LICENSE$|CHANGELOG\.md$|package\.json$)/;
    expect(paths.filter((p) => !allowed.test(p))).toEqual([]);
    expect(paths.filter((p) => /^(src|test|fixtures|scripts|node_modules)\//.test(p))).toEqual([]);
  });

  it('installs offline with nothing but itself: no dependency is needed at run time', () => {
    const installed = readdirSync(join(project, 'node_modules')).filter((name) => !name.startsWith('.'));
    expect(installed).toEqual(['shipgate']);
    const manifest = JSON.parse(readFileSync(join(project, 'node_modules/shipgate/package.json'), 'utf8'));
    for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies', 'bundleDependencies'])
      expect(manifest[field]).toBeUndefined();
    expect(manifest.bin).toEqual({ shipgate: 'dist/cli.js' });
    expect(manifest.engines).toEqual({ node: '>=20' });
    expect(manifest.exports['.']).toEqual({ types: './dist/types/index.d.ts', import: './dist/index.js' });
  });

  it('bundles import only Node built-ins and each other, statically, dynamically or through the require shim', async () => {
    const bundles = ['cli.js', 'cli-main.js', 'action.js', 'action-main.js', 'index.js', 'github.js'];
    for (const name of bundles) {
      const file = join(project, 'node_modules/shipgate/dist', name);
      const analysis = await build({
        entryPoints: [file],
        bundle: true,
        write: false,
        metafile: true,
        platform: 'node',
        format: 'esm',
        logLevel: 'silent',
        external: ['*'],
      });
      const imports = Object.values(analysis.metafile.inputs).flatMap((input) => input.imports.map((i) => i.path));
      expect(imports.length).toBeGreaterThan(0);
      // The one import between bundles: the Action loads the GitHub client when it calls the API.
      // (cli.js and action.js start cli-main.js and action-main.js by a URL: in a worker thread, or by
      // import() of its href.)
      const siblings = imports.filter((path) => path.startsWith('./'));
      expect(siblings).toEqual(name === 'action-main.js' ? ['./github.js'] : []);
      expect(imports.filter((path) => !isBuiltin(path) && !path.startsWith('./'))).toEqual([]);
      // CommonJS code bundled into ESM calls require() through esbuild's shim; those names are strings.
      const code = readFileSync(file, 'utf8');
      if (code.includes('Dynamic require of')) {
        const shim = /var ([\w$]+)=\(\w+=>typeof require<"u"\?require:/.exec(code)?.[1];
        expect(shim, `${name}: esbuild's require shim`).toBeDefined();
        const required = [
          ...code.matchAll(new RegExp(`(?<![\\w$.])${(shim as string).replace(/\$/g, '\\$')}\\("([^"]+)"\\)`, 'g')),
        ].map((m) => m[1] as string);
        expect(required.length).toBeGreaterThan(0);
        expect(required.filter((path) => !isBuiltin(path))).toEqual([]);
      }
    }
  });

  it('shipgate --version prints the version of the installed package.json', () => {
    const manifest = JSON.parse(readFileSync(join(project, 'node_modules/shipgate/package.json'), 'utf8'));
    const run = shipgate(['--version'], project);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`${manifest.version}\n`);
    expect(manifest.version).toBe(JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')).version);
    expect(SHIPGATE_VERSION).toBe(manifest.version);
  });

  it('exit 0, approved: clean corpus reports and verified controls, no configuration; a dry run writes nothing', () => {
    const dir = workspace('approved', {
      'reports/semgrep.sarif': 'sarif/semgrep-1.66.2-empty.sarif',
      'reports/npm-audit.json': 'npm-audit-json/npm-audit-v2-no-vulns.json',
      'reports/gitleaks.sarif': 'sarif/gitleaks-8.0.0-no-results.sarif',
      'security/manual-assessment.md': 'demo/evidence-examples/manual-assessment.md',
    });
    const before = snapshotTree(project);
    const dry = shipgate(['evaluate', '--dry-run', '--scan', 'reports/*'], dir);
    expect(dry.code).toBe(0);
    expect(dry.stdout.split('\n')[0]).toBe('APPROVED — 4 of 4 blocking gate(s) passed; no conditions');
    expect(dry.stdout.split('\n')[1]).toMatch(/^Policy: the built-in release preset /);
    expect(snapshotTree(project)).toEqual(before);
    const written = shipgate(['evaluate', '--scan', 'reports/*'], dir);
    expect(written.code).toBe(0);
    expect(
      JSON.parse(readFileSync(join(dir, '.artifacts/review-security/security-approval-certificate.json'), 'utf8'))
        .predicate.verificationResult,
    ).toBe('PASSED');
  });

  it('exit 0, approved with conditions: the demo release with its own policy, register and exception', () => {
    const dir = workspace('demo', { '.': 'demo/release' });
    const before = snapshotTree(project);
    const run = shipgate(['evaluate', '--dry-run'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('APPROVED WITH CONDITIONS — 4 of 4 blocking gate(s) passed; 3 condition(s)');
    expect(run.stdout.split('\n')[4]).toBe('What to do: meet these conditions (the certificate lists them):');
    expect(snapshotTree(project)).toEqual(before);
  });

  it('exit 1, rejected: real reports with no configuration; the decision, then what to do, every gate, the blockers', () => {
    const dir = workspace('rejected', { reports: 'demo/release/reports' });
    const before = snapshotTree(project);
    const run = shipgate(['evaluate', '--dry-run', '--scan', 'reports/*'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe(
      'REJECTED — 3 of 4 blocking gate(s) failed: scan-cleanliness, control-verification, disposition-integrity',
    );
    expect(lines[1]).toMatch(
      /^Policy: the built-in release preset \(the default when there is no \.shipgate\/policy\.yml\)/,
    );
    expect(lines[4]).toBe('What to do:');
    expect(lines[5]).toMatch(/^ {2}1\. Give 2 open high finding\(s\) a current mitigation plan /);
    for (const gate of ['evidence-completeness', 'scan-cleanliness', 'control-verification', 'disposition-integrity'])
      expect(run.stdout).toMatch(new RegExp(`^ {2}(PASS|FAIL) ${gate} \\(blocking\\): `, 'm'));
    expect(run.stdout).toContain('\nBlocking findings (5):\n');
    expect(run.stdout.indexOf('What to do:')).toBeLessThan(run.stdout.indexOf('\nGates:\n'));
    expect(run.stdout.indexOf('\nGates:\n')).toBeLessThan(run.stdout.indexOf('\nBlocking findings'));
    expect(snapshotTree(project)).toEqual(before);
    expect(existsSync(join(dir, '.shipgate'))).toBe(false);
    expect(existsSync(join(dir, '.artifacts'))).toBe(false);
  });

  it('--format markdown prints exactly the job summary the library renders, and writes nothing', () => {
    const dir = workspace('markdown', { reports: 'demo/release/reports' });
    writeFileSync(
      join(project, 'summary.mjs'),
      [
        "import { run, renderJobSummary, silentLogger } from 'shipgate';",
        'const [root, ...scans] = process.argv.slice(2);',
        'const clock = () => new Date(process.env.SHIPGATE_NOW);',
        'const result = await run({ root, scans, dryRun: true, clock, clockPinned: true, logger: silentLogger });',
        'process.stdout.write(renderJobSummary(result.evaluation));',
      ].join('\n'),
    );
    const before = snapshotTree(project);
    const cli = shipgate(['evaluate', '--dry-run', '--format', 'markdown', '--scan', 'reports/*'], dir);
    expect(cli.code).toBe(1);
    expect(cli.stdout).toMatch(/^## ❌ shipgate: rejected\n/);
    expect(cli.stdout).toContain('\n### What to fix\n');
    // A consumer script resolves 'shipgate' through the package's exports, as any user's code does.
    const library = exec(process.execPath, [join(project, 'summary.mjs'), dir, 'reports/*'], project);
    expect(library.stderr).toBe('');
    expect(library.stdout).toBe(cli.stdout);
    expect(snapshotTree(project)).toEqual(before);
  });

  it('exit 3: a truncated corpus report is an input error naming the file, with nothing on stdout', () => {
    const dir = workspace('truncated', { 'reports/codeql.sarif': 'malformed/sarif-truncated-json.sarif' });
    const before = snapshotTree(project);
    const run = shipgate(['evaluate', '--dry-run', '--scan', 'reports/codeql.sarif'], dir);
    expect(run.code).toBe(3);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(
      /^shipgate: input error: reports\/codeql\.sarif: line \d+, column \d+ \(byte \d+\): invalid JSON/,
    );
    expect(snapshotTree(project)).toEqual(before);
  });

  it('type-checks a consumer that imports the library from the installed package', () => {
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          lib: ['ES2023'],
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: ['node'],
          typeRoots: [join(REPO, 'node_modules/@types')],
        },
        files: ['consumer.ts'],
      }),
    );
    writeFileSync(
      join(project, 'consumer.ts'),
      [
        'import {',
        '  ExitCode, InputError, SEVERITIES, SHIPGATE_VERSION, isShipgateError, listFormats, renderJobSummary,',
        '  renderText, run, silentLogger,',
        '  type Decision, type Evaluation, type Finding, type GateResult, type RunOptions, type RunResult,',
        "} from 'shipgate';",
        "import manifest from 'shipgate/package.json' with { type: 'json' };",
        '',
        "const options: RunOptions = { root: process.cwd(), scans: ['reports/*'], dryRun: true, clock: () => new Date(), logger: silentLogger };",
        'try {',
        '  const result: RunResult = await run(options);',
        '  const evaluation: Evaluation = result.evaluation;',
        '  const decision: Decision = evaluation.decision;',
        '  const first: Finding | undefined = evaluation.findings[0];',
        '  const gates: GateResult[] = evaluation.gates;',
        '  const failed: boolean = result.exitCode === ExitCode.Rejected;',
        '  const text: string = renderText(evaluation, { color: false }) + renderJobSummary(evaluation);',
        '  console.log(decision, first?.id, gates.length, failed, text.length);',
        '} catch (error) {',
        '  if (error instanceof InputError) console.error(error.problems.join("\\n"));',
        '  if (isShipgateError(error)) process.exitCode = error.exitCode;',
        '}',
        "console.log(SHIPGATE_VERSION === manifest.version, SEVERITIES.length, listFormats().map((f) => f.id).join(', '));",
      ].join('\n'),
    );
    const good = exec(process.execPath, [TSC, '-p', 'tsconfig.json'], project);
    expect(good.stdout + good.stderr).toBe('');
    expect(good.code).toBe(0);
    writeFileSync(
      join(project, 'consumer.ts'),
      "import type { Decision } from 'shipgate';\nexport const decision: Decision = 'maybe';\n",
    );
    const bad = exec(process.execPath, [TSC, '-p', 'tsconfig.json'], project);
    expect(bad.code).not.toBe(0);
    expect(bad.stdout).toMatch(/^consumer\.ts\(2,\d+\): error TS2322: Type '"maybe"' is not assignable to type /);
  });
});
