/**
 * A real producer, run here: ESLint with eslint-plugin-security, written as SARIF by
 * @microsoft/eslint-formatter-sarif, over a generated source tree of 2,000 files. The report goes
 * through the built CLI twice, read whole and streamed: the findings must be the same, one per result,
 * with the severities the SARIF levels give and paths made relative to the root. Its shipgate.sarif
 * must be accepted back as an input with the same findings.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const CLI = join(REPO, 'dist/cli.js');
const ESLINT = join(REPO, 'node_modules/eslint/bin/eslint.js');
const FILES = 2000;
const require = createRequire(import.meta.url);

/** Each file trips four rules of eslint-plugin-security; every tenth one a fifth, at another line. */
function source(i: number): string {
  return [
    "const fs = require('fs');",
    "const cp = require('child_process');",
    `function handler${i}(req) {`,
    '  eval(req.query.code);',
    '  const pattern = new RegExp(req.body.pattern);',
    "  fs.readFile(req.params.name, 'utf8', () => undefined);",
    '  cp.exec(req.query.cmd);',
    ...(i % 10 === 0 ? ['  fs.writeFileSync(req.params.out, pattern.source);'] : []),
    '  return pattern;',
    '}',
    `module.exports = handler${i};`,
    '',
  ].join('\n');
}

interface Finding {
  id: string;
  ruleId: string;
  severity: string;
  location: { path?: string; startLine?: number };
  sources: { tool: string; pointer: string }[];
}

function evaluate(root: string, scan: string, out: string, extra: string[] = []) {
  const result = spawnSync(
    process.execPath,
    [CLI, 'evaluate', '--root', root, '--scan', scan, '--out', out, '--policy', 'release', ...extra],
    { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', SHIPGATE_NOW: '2026-11-25T12:00:00Z' } },
  );
  const scanResults = JSON.parse(readFileSync(join(out, 'scan-results.json'), 'utf8'));
  return { code: result.status, stderr: result.stderr, scanResults, findings: scanResults.findings as Finding[] };
}

describe('e2e/a live ESLint SARIF report, read whole and streamed', () => {
  const root = mkdtempSync(join(tmpdir(), 'sg-eslint-live-'));
  let report: { runs: { tool: { driver: { name: string } }; results: { level?: string; ruleId: string }[] }[] };

  beforeAll(() => {
    mkdirSync(join(root, 'src'));
    for (let i = 0; i < FILES; i += 1) writeFileSync(join(root, 'src', `handler${i}.js`), source(i));
    writeFileSync(
      join(root, 'eslint.config.mjs'),
      `import security from '${pathToFileURL(require.resolve('eslint-plugin-security')).href}';\nexport default [security.configs.recommended];\n`,
    );
    const eslint = spawnSync(
      process.execPath,
      [
        ESLINT,
        '--config',
        'eslint.config.mjs',
        '--format',
        require.resolve('@microsoft/eslint-formatter-sarif'),
        '--output-file',
        'eslint.sarif',
        'src',
      ],
      { cwd: root, encoding: 'utf8' },
    );
    expect(eslint.status, `${eslint.stdout}\n${eslint.stderr}`).toBe(0);
    report = JSON.parse(readFileSync(join(root, 'eslint.sarif'), 'utf8'));
  }, 240_000);

  it('is real ESLint output of the expected size', () => {
    const [run] = report.runs;
    expect(run?.tool.driver.name).toBe('ESLint');
    expect(run?.results).toHaveLength(FILES * 4 + FILES / 10);
  });

  it('gives the same findings through both readers: one per result, severity from the level, relative paths', () => {
    const whole = evaluate(root, 'eslint.sarif', join(root, 'out-whole'));
    const streamed = evaluate(root, 'eslint.sarif', join(root, 'out-streamed'), ['--stream-above', '1024']);
    expect(whole.code, whole.stderr).toBe(1); // only a SAST scan: evidence is incomplete
    expect(streamed.code, streamed.stderr).toBe(1);
    expect(streamed.findings).toEqual(whole.findings);
    expect(streamed.scanResults.inputs).toEqual(whole.scanResults.inputs);

    const results = report.runs[0]?.results ?? [];
    expect(whole.findings).toHaveLength(results.length);
    const level = { error: 'high', warning: 'medium', note: 'low', none: 'info' } as Record<string, string>;
    const expected: Record<string, number> = {};
    for (const r of results) {
      const severity = level[r.level ?? 'warning'] as string;
      expected[severity] = (expected[severity] ?? 0) + 1;
    }
    expect(Object.fromEntries(Object.entries(whole.scanResults.totals).filter(([, n]) => n !== 0))).toEqual(expected);
    for (const f of whole.findings) {
      expect(f.location.path).toMatch(/^src\/handler\d+\.js$/);
      expect(f.ruleId).toMatch(/^security\//);
      expect(f.sources[0]?.tool).toBe('ESLint');
    }
    // The fifth rule of every tenth file sits on line 8: a finding of its own.
    expect(whole.findings.filter((f) => f.location.startLine === 8)).toHaveLength(FILES / 10);
  }, 120_000);

  it("reads its own shipgate.sarif back to the same findings' rules, places and severities", () => {
    const first = evaluate(root, 'eslint.sarif', join(root, 'out-first'));
    const again = evaluate(root, 'out-first/shipgate.sarif', join(root, 'out-again'));
    const key = (f: Finding) => `${f.ruleId} ${f.location.path}:${f.location.startLine} ${f.severity}`;
    expect(again.findings.map(key).sort()).toEqual(first.findings.map(key).sort());
  }, 120_000);
});
