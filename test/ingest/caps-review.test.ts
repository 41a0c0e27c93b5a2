/**
 * What a review of the caps found: arrays of more results than V8 takes as call arguments, byte offsets
 * after a byte order mark, a report over the input cap whose first bytes do not name its format, and a
 * report that grows while it is streamed.
 */
import { appendFileSync, closeSync, cpSync, mkdirSync, mkdtempSync, openSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { refuseGrowth } from '../../src/ingest/read.js';
import { FIXTURES as FIXTURE_DIR } from './harness.js';
import { silentLogger } from '../../src/logger.js';
import { run, type RunOptions } from '../../src/run.js';
import { generateSarif, rejectionOf } from '../helpers.js';

const clock = () => new Date('2026-11-25T12:00:00Z');

function workspace(): string {
  const root = mkdtempSync(join(tmpdir(), 'sg-caps-'));
  mkdirSync(join(root, 'reports'));
  return root;
}

async function evaluate(root: string, scan: string, options: Partial<RunOptions> = {}) {
  return run({ root, scans: [scan], dryRun: true, clock, logger: silentLogger, policy: 'advisory', ...options });
}

/** `n` SARIF results on lines 1..n of one file, each a finding of its own. */
function manyResults(n: number): string {
  const results: string[] = [];
  for (let i = 1; i <= n; i++)
    results.push(
      `{"ruleId":"r1","level":"note","message":{"text":"m"},"locations":[{"physicalLocation":{"artifactLocation":{"uri":"a.js"},"region":{"startLine":${i}}}}]}`,
    );
  return `{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"T","rules":[{"id":"r1"}]}},"invocations":[{"executionSuccessful":true}],"results":[${results.join(',')}]}]}`;
}

describe('more results than V8 takes as call arguments', () => {
  it('a SARIF run of 150,000 results gives every finding read whole and streamed, never a stack overflow', async () => {
    const root = workspace();
    writeFileSync(join(root, 'reports/many.sarif'), manyResults(150_000));
    const whole = await evaluate(root, 'reports/many.sarif', { streamAboveBytes: 1 << 30, maxInputBytes: 1 << 30 });
    expect(whole.evaluation.findings).toHaveLength(150_000);
    const streamed = await evaluate(root, 'reports/many.sarif', { streamAboveBytes: 1 });
    expect(streamed.evaluation.findings).toHaveLength(150_000);
  }, 60_000);

  it('a streamed Semgrep report of 150,000 results is put back and read, never a stack overflow', async () => {
    const root = workspace();
    const results: string[] = [];
    for (let i = 1; i <= 150_000; i++)
      results.push(
        `{"check_id":"c","path":"a.py","start":{"line":${i},"col":1},"end":{"line":${i},"col":2},"extra":{"severity":"INFO","message":"m"}}`,
      );
    writeFileSync(
      join(root, 'reports/semgrep.json'),
      `{"errors":[],"paths":{"scanned":["a.py"]},"results":[${results.join(',')}],"version":"1.66.2"}`,
    );
    const streamed = await evaluate(root, 'reports/semgrep.json', { streamAboveBytes: 1 });
    expect(streamed.evaluation.inputs[0]?.format).toBe('semgrep');
    expect(streamed.evaluation.findings).toHaveLength(150_000);
  }, 60_000);
});

describe('a report that starts with a byte order mark', () => {
  it('is refused at the same byte read whole and streamed', async () => {
    const root = workspace();
    const text = '\ufeff{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"T"}},"results":[]}]}x';
    writeFileSync(join(root, 'reports/bom.sarif'), text);
    const whole = await rejectionOf(() => evaluate(root, 'reports/bom.sarif'));
    const streamed = await rejectionOf(() => evaluate(root, 'reports/bom.sarif', { streamAboveBytes: 1 }));
    const byteOf = (message: string) => /\(byte (\d+)\)/.exec(message)?.[1];
    const at = String(Buffer.byteLength(text) - 1);
    expect(byteOf(whole.message), whole.message).toBe(at);
    expect(byteOf(streamed.message), streamed.message).toBe(at);
  });

  it('with a second mark is refused at byte 3, not at the end of the file', async () => {
    const root = workspace();
    writeFileSync(join(root, 'reports/two.sarif'), '\ufeff\ufeff{"version":"2.1.0","runs":[]}');
    const whole = await rejectionOf(() => evaluate(root, 'reports/two.sarif'));
    expect(whole).toBeInstanceOf(InputError);
    expect(whole.message).toContain('reports/two.sarif: line 1, column 1 (byte 3): invalid JSON: unexpected byte 0xEF');
    const streamed = await rejectionOf(() => evaluate(root, 'reports/two.sarif', { streamAboveBytes: 1 }));
    expect(streamed.message).toContain('(byte 3)');
  });
});

describe('a report over the input cap', () => {
  it('whose first bytes do not name its format says the cap kept it from being read whole', async () => {
    const root = workspace();
    // Bandit writes runs first and version last; named .json, the first bytes say nothing.
    const log = {
      runs: [{ tool: { driver: { name: 'T', rules: [] } }, results: [], padding: 'x'.repeat(8000) }],
      version: '2.1.0',
    };
    const text = JSON.stringify(log, null, 2);
    writeFileSync(join(root, 'reports/log.json'), text);
    const size = Buffer.byteLength(text);
    const read = await evaluate(root, 'reports/log.json', { streamAboveBytes: 100, maxInputBytes: size });
    expect(read.evaluation.inputs[0]?.format).toBe('sarif');
    const capped = await rejectionOf(() =>
      evaluate(root, 'reports/log.json', { streamAboveBytes: 100, maxInputBytes: size - 1 }),
    );
    expect(capped).toBeInstanceOf(InputError);
    expect(capped.message).toContain(
      `reports/log.json: the report is ${size} bytes, over the input cap of ${size - 1} (--max-input-bytes), so its format was looked for in its first bytes only`,
    );
  });
});

describe('a report that grows while it is streamed', () => {
  it('is refused: its digest would be of other bytes than the size recorded', async () => {
    const root = workspace();
    const file = join(root, 'reports/growing.sarif');
    generateSarif(file, '24MB', '3');
    let appended = false;
    const error = await rejectionOf(() =>
      evaluate(root, 'reports/growing.sarif', {
        streamAboveBytes: 1,
        onProgress: () => {
          if (appended) return;
          appended = true;
          appendFileSync(file, '\n'.repeat(4096));
        },
      }),
    );
    expect(appended).toBe(true);
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(
      /^reports\/growing\.sarif: the file changed while it was read \(\d+ bytes read, \d+ when it was looked at;/,
    );
    // Unchanged, the same file reads.
    const again = await evaluate(root, 'reports/growing.sarif', { streamAboveBytes: 1 });
    expect(again.evaluation.inputs[0]?.format).toBe('sarif');
  }, 60_000);
});

describe('a report that grows while it is read whole', () => {
  it('is refused once read, as a streamed one is; a file that did not grow is not', () => {
    const root = workspace();
    const file = join(root, 'reports/growing.sarif');
    cpSync(join(FIXTURE_DIR, 'sarif/codeql-2.19.0-typescript-one-result.sarif'), file);
    const size = statSync(file).size;
    const fd = openSync(file, 'r');
    try {
      expect(() => refuseGrowth('reports/growing.sarif', fd, size)).not.toThrow();
      // The scanner writes more after the bytes were read.
      appendFileSync(file, '\n');
      expect(() => refuseGrowth('reports/growing.sarif', fd, size)).toThrow(
        `reports/growing.sarif: the file changed while it was read (${size} bytes when it was opened, ${size + 1} or more when it was read; expected a report the scanner has finished writing).`,
      );
    } finally {
      closeSync(fd);
    }
  });
});
