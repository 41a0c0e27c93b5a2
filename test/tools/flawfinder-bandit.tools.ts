/**
 * `npm run test:tools`: scanners installed from Debian (`apt-get install flawfinder bandit`; `.ci/run`
 * installs them), run here on small planted sources. Flawfinder writes SARIF; Bandit writes its
 * native JSON. Through the built CLI each is a completed SAST run whose findings sit at the lines the
 * tool names, with the severities the README's table gives: SARIF level error -> high, note -> low;
 * Bandit HIGH/MEDIUM/LOW -> high/medium/low.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const CLI = join(REPO, 'dist/cli.js');

const C_SOURCE = `#include <stdio.h>
#include <stdlib.h>
#include <string.h>
void handle(char *input) {
  char buffer[16];
  strcpy(buffer, input);
  sprintf(buffer, "%s", input);
  printf(input);
  system(input);
}
`;

const PY_SOURCE = `import pickle
import subprocess
def handle(command, payload):
    subprocess.call(command, shell=True)
    return pickle.loads(payload)
`;

interface Finding {
  ruleId: string;
  severity: string;
  severitySource: string;
  scanType: string;
  location: { path: string; startLine: number };
  sources: { tool: string }[];
}

function tool(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  if (result.error) throw new Error(`${command} is not installed: run 'apt-get install flawfinder bandit'.`);
  return result;
}

describe('tools/flawfinder and bandit, run here', () => {
  const root = mkdtempSync(join(tmpdir(), 'sg-debian-tools-'));
  let sarif: { runs: { tool: { driver: { name: string } }; results: { level: string; ruleId: string }[] }[] };
  let bandit: { results: { test_id: string; issue_severity: string; line_number: number; filename: string }[] };
  let findings: Finding[];
  let scan: { inputs: { format: string; tools: { tool: string; scanType: string; completed: boolean }[] }[] };

  beforeAll(() => {
    mkdirSync(join(root, 'src'));
    writeFileSync(join(root, 'src/handler.c'), C_SOURCE);
    writeFileSync(join(root, 'src/handler.py'), PY_SOURCE);
    const ff = tool('flawfinder', ['--sarif', 'src'], root);
    expect(ff.status, ff.stderr).toBe(0);
    writeFileSync(join(root, 'flawfinder.sarif'), ff.stdout);
    sarif = JSON.parse(ff.stdout);
    // Bandit exits 1 when it finds issues.
    const b = tool('bandit', ['-r', 'src', '-f', 'json', '-o', 'bandit.json'], root);
    expect(b.status, b.stderr).toBe(1);
    bandit = JSON.parse(readFileSync(join(root, 'bandit.json'), 'utf8'));

    const out = join(root, 'out');
    const cli = spawnSync(
      process.execPath,
      [CLI, 'evaluate', '--root', root, '--scan', 'flawfinder.sarif', '--scan', 'bandit.json', '--out', out],
      { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', SHIPGATE_NOW: '2026-11-25T12:00:00Z' } },
    );
    expect(cli.status, cli.stderr).toBe(1); // no dependency or secret scan: evidence is incomplete
    scan = JSON.parse(readFileSync(join(out, 'scan-results.json'), 'utf8'));
    findings = (scan as unknown as { findings: Finding[] }).findings;
  }, 120_000);

  it('reads each as a completed SAST run of its tool', () => {
    // In path order, as every evaluation lists its inputs.
    expect(scan.inputs.map((i) => [i.format, i.tools.map((t) => [t.tool, t.scanType, t.completed])])).toEqual([
      ['bandit', [['Bandit', 'sast', true]]],
      ['sarif', [['Flawfinder', 'sast', true]]],
    ]);
  });

  it("gives one finding per Flawfinder result, high for 'error' and low for 'note', at its line", () => {
    const results = sarif.runs[0]?.results ?? [];
    expect(sarif.runs[0]?.tool.driver.name).toBe('Flawfinder');
    expect(results.length).toBeGreaterThanOrEqual(4);
    const ours = findings.filter((f) => f.sources[0]?.tool === 'Flawfinder');
    expect(ours).toHaveLength(results.length);
    const level: Record<string, string> = { error: 'high', warning: 'medium', note: 'low', none: 'info' };
    expect(ours.map((f) => `${f.ruleId} ${f.severity}`).sort()).toEqual(
      results.map((r) => `${r.ruleId} ${level[r.level]}`).sort(),
    );
    // strcpy, sprintf, printf and system are each reported at their own line.
    expect(ours.filter((f) => f.severity === 'high').map((f) => f.location.startLine)).toEqual(
      expect.arrayContaining([6, 7, 8, 9]),
    );
    for (const f of ours) expect(f.location.path).toBe('src/handler.c');
  });

  it("gives one finding per Bandit result, with Bandit's severity, at its line", () => {
    const ours = findings.filter((f) => f.sources[0]?.tool === 'Bandit');
    expect(ours).toHaveLength(bandit.results.length);
    expect(ours.map((f) => `${f.ruleId} ${f.severity} ${f.location.startLine}`).sort()).toEqual(
      bandit.results.map((r) => `${r.test_id} ${r.issue_severity.toLowerCase()} ${r.line_number}`).sort(),
    );
    // shell=True (B602) is high; pickle (B301, B403) medium and low.
    expect(ours.find((f) => f.ruleId === 'B602')?.severity).toBe('high');
    for (const f of ours) expect(f.location.path).toBe('src/handler.py');
  });
});

describe('tools/bandit, with a file it cannot parse', () => {
  it('makes the run incomplete: evidence-completeness fails naming the file Bandit skipped', () => {
    const root = mkdtempSync(join(tmpdir(), 'sg-debian-bandit-skip-'));
    mkdirSync(join(root, 'src'));
    writeFileSync(join(root, 'src/handler.py'), PY_SOURCE);
    writeFileSync(join(root, 'src/broken.py'), 'def handle(:\n    pass\n');
    const b = tool('bandit', ['-r', 'src', '-f', 'json', '-o', 'bandit.json'], root);
    expect(b.status, b.stderr).toBe(1);
    const report = JSON.parse(readFileSync(join(root, 'bandit.json'), 'utf8')) as {
      errors: { filename: string }[];
      results: unknown[];
    };
    expect(report.errors.map((e) => e.filename)).toEqual(['src/broken.py']);
    expect(report.results.length).toBeGreaterThan(0);
    const cli = spawnSync(process.execPath, [CLI, 'evaluate', '--root', root, '--scan', 'bandit.json', '--dry-run'], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', SHIPGATE_NOW: '2026-11-25T12:00:00Z' },
    });
    expect(cli.status, cli.stderr).toBe(1);
    // The same report without broken.py covers sast (the describe above); with it, nothing.
    expect(cli.stdout).toContain('FAIL evidence-completeness (blocking): 1 input(s), 1 tool run(s); covered: nothing;');
    expect(cli.stdout).toContain(
      'bandit.json: /errors/0: Bandit could not scan src/broken.py (syntax error while parsing AST from file); its checks did not run',
    );
  }, 120_000);
});
