/** Shared test helpers: hand-built findings and policies for gate tests, generated SARIF. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { Evaluation } from '../src/evaluation.js';
import { emptyExceptionReport } from '../src/evidence/exceptions.js';
import type { EvaluatedFinding } from '../src/gates/types.js';
import { countBySeverity, emptyCounts, type InputRecord, type ScanType, type ToolRun } from '../src/model.js';
import { evidenceCompleteness } from '../src/gates/evidence-completeness.js';
import type { Policy } from '../src/policy/types.js';
import { loadPolicy } from '../src/policy/load.js';
import type { EvidenceReader } from '../src/evidence/source.js';
import { matchGlob } from '../src/glob.js';
import { silentLogger } from '../src/logger.js';
import { run } from '../src/run.js';

let counter = 0;

/** A finding with sensible defaults; override any field. */
export function makeFinding(overrides: Partial<EvaluatedFinding> = {}): EvaluatedFinding {
  counter += 1;
  const id = overrides.id ?? `SG-${counter.toString(16).padStart(16, '0')}`;
  const severity = overrides.severity ?? 'high';
  return {
    id,
    identity: `code|test|rule-${counter}|src/a.ts|${counter}:1`,
    scanType: 'sast',
    ruleId: `rule-${counter}`,
    title: `Finding ${counter}`,
    severity,
    severitySource: 'test',
    aliases: [],
    cwe: [],
    location: { path: 'src/a.ts', startLine: counter },
    sources: [{ input: 'scan.sarif', format: 'sarif', tool: 'CodeQL', pointer: `/runs/0/results/${counter}` }],
    countedSeverity: severity === 'unknown' ? 'high' : severity,
    excepted: false,
    ...overrides,
  };
}

const emptyReader: EvidenceReader = { origin: 'test', read: () => undefined, list: () => [] };

/** The release preset, resolved, with optional changes. */
export function releasePolicy(change: (policy: Policy) => void = () => undefined): Policy {
  const { policy } = loadPolicy(emptyReader, 'release');
  const copy = structuredClone(policy);
  change(copy);
  return copy;
}

/** An in-memory evidence reader over a map of path -> text. */
export function memoryReader(files: Record<string, string>): EvidenceReader {
  return {
    origin: 'memory',
    read(path) {
      const text = files[path];
      if (text === undefined) return undefined;
      const bytes = Buffer.from(text);
      return { path, bytes, sha256: 'x'.repeat(64), origin: 'memory' };
    },
    list(pattern) {
      return Object.keys(files).filter((p) => matchGlob(pattern, p));
    },
  };
}

/** A CodeQL-shaped SARIF file from the bench's generator (scripts/gen-sarif.mjs; the same bytes for a seed). */
export function generateSarif(out: string, size: string, seed: string): void {
  const made = spawnSync(process.execPath, ['scripts/gen-sarif.mjs', '--size', size, '--seed', seed, '--out', out], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    encoding: 'utf8',
  });
  expect(made.status, made.stderr).toBe(0);
}

/**
 * Every scanner report under `dir` (default fixtures/), as absolute paths in order: no provenance
 * READMEs or dotfiles, and not the malformed files, the test suites or the demo release.
 */
export function scannerReports(dir = fileURLToPath(new URL('../fixtures', import.meta.url))): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return ['malformed', 'suites', 'demo'].includes(entry.name) ? [] : scannerReports(path);
      return entry.name.endsWith('.md') || entry.name.startsWith('.') ? [] : [path];
    })
    .sort();
}

/** An evaluation of `findings` with no gates, inputs or evidence, for renderer tests; `overrides` set the rest. */
export function evaluationOf(findings: EvaluatedFinding[], overrides: Partial<Evaluation> = {}): Evaluation {
  return {
    shipgateVersion: '0.1.0',
    evaluatedAt: '2026-11-25T12:00:00.000Z',
    today: '2026-11-25',
    root: '/repo',
    mode: 'enforce',
    policy: { source: 'preset:release', digest: 'd'.repeat(64), chain: [] },
    inputs: [],
    findings,
    totals: countBySeverity(findings),
    open: countBySeverity(findings),
    gates: [],
    conditions: [],
    decision: 'rejected',
    warnings: [],
    exceptions: emptyExceptionReport(),
    evidence: [],
    ...overrides,
  };
}

/** The error `fn` throws; a test fails when it throws none. */
export function errorOf(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}

/** The error the promise `fn` returns rejects with; a test fails when it resolves. */
export async function rejectionOf(fn: () => Promise<unknown>): Promise<Error> {
  try {
    await fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}

/** Runs git in `dir` with a fixed author, for tests that build repositories; its output, trimmed. */
export function git(dir: string, ...args: string[]): string {
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

/** A SARIF log whose rule id, message, path and tool name each carry a line break and a workflow command. */
export function hostileSarif(): string {
  const ruleId = 'R1\n::stop-commands::zz\n';
  return JSON.stringify({
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Evil\n::error title=Security review::Release APPROVED by security-lead',
            rules: [{ id: ruleId, properties: { 'security-severity': 'bad\n::add-mask::shipgate' } }],
          },
        },
        invocations: [{ executionSuccessful: true }],
        results: [
          {
            ruleId,
            level: 'error',
            message: { text: 'x\n##[error]forged\n\u001b[2J' },
            locations: [
              { physicalLocation: { artifactLocation: { uri: 'src/a\n::error::URI.js' }, region: { startLine: 3 } } },
            ],
          },
        ],
      },
    ],
  });
}

/**
 * The evidence-completeness gate over one input (`path`, of `format`) holding the run, under the release
 * policy requiring only the scan type `required`: whether a reader's run counts as a completed scan.
 */
export function completenessGate(run: ToolRun, required: ScanType, format: string, path: string) {
  const input: InputRecord = {
    path,
    sha256: '0'.repeat(64),
    size: 1,
    format,
    runs: [run],
    counts: emptyCounts(),
    warnings: [],
  };
  const policy = releasePolicy((p) => {
    p.evidence.required = [required];
  });
  return evidenceCompleteness.evaluate({ policy, findings: [], today: '2026-11-25', inputs: [input] });
}

/**
 * A preload (for NODE_OPTIONS=--require) that appends, to `log`, a line for each thread an entry of
 * shipgate runs in: `main`, and `worker {workerData}` for an evaluation thread (src/host.ts
 * runInThread, whose workerData says whether stdout and stderr are terminals). Written into `dir`.
 */
export function threadProbe(dir: string, log: string): string {
  const file = join(dir, `probe-${Math.random().toString(36).slice(2)}.cjs`);
  writeFileSync(
    file,
    [
      "const threads = require('node:worker_threads');",
      "const fs = require('node:fs');",
      'const hosted = !threads.isMainThread && threads.workerData && threads.workerData.terminal;',
      `if (threads.isMainThread || hosted) fs.appendFileSync(${JSON.stringify(log)}, (hosted ? 'worker ' + JSON.stringify(threads.workerData) : 'main') + '\\n');`,
    ].join('\n'),
  );
  return file;
}

/** The runner's outputs file (GITHUB_OUTPUT, `name<<delimiter` blocks), as name -> value. */
export function runnerOutputs(text: string): Record<string, string> {
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

/** Every file under `dir` with its text, by path relative to `dir`. */
export function filesUnder(dir: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (entry.isFile())
      found.set(
        join(entry.parentPath, entry.name).slice(dir.length + 1),
        readFileSync(join(entry.parentPath, entry.name), 'utf8'),
      );
  return found;
}

/** A valid SARIF log without runs, padded with spaces to 2 KiB: streamed under `--stream-above 1024`. */
export function paddedSarif(path: string): void {
  writeFileSync(path, `${JSON.stringify({ version: '2.1.0', runs: [] })}${' '.repeat(2048)}`);
}

/** Code for inThread that fills the heap until the thread runs out of it. */
export const HEAP_HOG = 'const kept = []; for (;;) kept.push(new Array(1e5).fill(kept.length));';

/**
 * A preload (for NODE_OPTIONS=--require), written into `dir`, that runs `code` only in an evaluation
 * thread (src/host.ts runInThread), never in the main thread.
 */
export function inThread(dir: string, name: string, code: string): string {
  const file = join(dir, name);
  writeFileSync(
    file,
    `const t = require('node:worker_threads'); if (!t.isMainThread && t.workerData && t.workerData.terminal) { ${code} }\n`,
  );
  return file;
}

/**
 * Runs the gate in-process on one report (its JSON, or its text), as the CLI does: a dry run in a new
 * temporary root, the release preset, the clock pinned to 2026-11-25.
 */
export function gateOneReport(name: string, report: unknown) {
  const root = mkdtempSync(join(tmpdir(), 'shipgate-one-report-'));
  writeFileSync(join(root, name), typeof report === 'string' ? report : JSON.stringify(report));
  return run({
    root,
    scans: [name],
    dryRun: true,
    clock: () => new Date('2026-11-25T12:00:00Z'),
    clockPinned: true,
    logger: silentLogger,
  });
}
