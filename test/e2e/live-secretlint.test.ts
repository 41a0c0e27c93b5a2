/**
 * A real secret scanner, run here: secretlint with its recommended rules, written as SARIF by
 * @secretlint/secretlint-formatter-sarif, over files holding made-up credentials. Through the built
 * CLI its run is a secret scan, and every finding is critical under the release preset, at the line
 * secretlint names. The credentials are assembled at run time, so this file holds none.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const CLI = join(REPO, 'dist/cli.js');
const require = createRequire(import.meta.url);
const SECRETLINT = join(dirname(require.resolve('secretlint/package.json')), 'bin/secretlint.js');

/** A run of characters from a seed: long enough and varied enough to look like a real key. */
function chars(alphabet: string, length: number, seed: number): string {
  let out = '';
  let x = seed;
  for (let i = 0; i < length; i += 1) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out += alphabet[x % alphabet.length];
  }
  return out;
}

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const MIXED = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** File -> [text, the lines secretlint must report]. */
const FILES: Record<string, [string, number[]]> = {
  'config/creds.ini': [
    `[default]\naws_access_key_id = ${'AKIA'}${chars(UPPER, 16, 7)}\naws_secret_access_key = ${chars(MIXED, 40, 11)}\n`,
    [3],
  ],
  'src/.env': [
    `PORT=8080\nSLACK=${'xo'}xb-${chars('0123456789', 12, 3)}-${chars('0123456789', 13, 5)}-${chars(MIXED.slice(26, 52), 24, 9)}\n`,
    [2],
  ],
  'src/config.js': [
    `const token = "${'npm_'}${chars(MIXED, 36, 13)}";\nconst db = "https://admin:${chars(MIXED, 12, 17)}@db.acme-internal.net/app";\n`,
    [1, 2],
  ],
  'src/clean.js': ['export const answer = 42;\n', []],
};

describe('e2e/a live secretlint SARIF report', () => {
  const root = mkdtempSync(join(tmpdir(), 'sg-secretlint-live-'));
  let report: { runs: { tool: { driver: { name: string } }; results: { level?: string }[] }[] };

  beforeAll(() => {
    for (const [path, [text]] of Object.entries(FILES)) {
      mkdirSync(join(root, dirname(path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    writeFileSync(
      join(root, '.secretlintrc.json'),
      JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }),
    );
    const scan = spawnSync(
      process.execPath,
      [SECRETLINT, '**/*', '--format', '@secretlint/secretlint-formatter-sarif', '--output', 'secretlint.sarif'],
      { cwd: root, encoding: 'utf8' },
    );
    // secretlint exits 1 when it finds secrets, as scanners in CI do.
    expect([0, 1], `${scan.stdout}\n${scan.stderr}`).toContain(scan.status);
    report = JSON.parse(readFileSync(join(root, 'secretlint.sarif'), 'utf8'));
  }, 120_000);

  it('is real secretlint output naming each planted credential', () => {
    expect(report.runs[0]?.tool.driver.name).toBe('secretlint');
    const expected = Object.values(FILES).reduce((n, [, lines]) => n + lines.length, 0);
    expect(report.runs[0]?.results).toHaveLength(expected);
  });

  it('is a completed secret scan whose findings are critical (release preset), at the lines secretlint names', () => {
    const out = join(root, 'out');
    const cli = spawnSync(
      process.execPath,
      [CLI, 'evaluate', '--root', root, '--scan', 'secretlint.sarif', '--out', out, '--policy', 'release'],
      { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', SHIPGATE_NOW: '2026-11-25T12:00:00Z' } },
    );
    expect(cli.status, cli.stderr).toBe(1);
    const scan = JSON.parse(readFileSync(join(out, 'scan-results.json'), 'utf8'));
    expect(scan.inputs[0].tools).toEqual([
      expect.objectContaining({ tool: 'secretlint', scanType: 'secret', completed: true }),
    ]);
    const places = scan.findings
      .map((f: { location: { path: string; startLine: number } }) => `${f.location.path}:${f.location.startLine}`)
      .sort();
    const expected = Object.entries(FILES)
      .flatMap(([path, [, lines]]) => lines.map((line) => `${path}:${line}`))
      .sort();
    expect(places).toEqual(expected);
    for (const f of scan.findings) {
      expect(f.scanType).toBe('secret');
      expect(f.countedSeverity).toBe('critical');
      expect(f.severitySource).toMatch(/^policy override #\d+ \(scanType=secret; was level error\)$/);
    }
    expect(scan.gates.find((g: { id: string }) => g.id === 'scan-cleanliness').status).toBe('fail');
    expect(cli.stdout).toContain(`open: critical ${expected.length}`);
  });
});
