/** shipgate.sarif written by the second thread: the same bytes as the main thread's renderer, errors surfaced, pacing. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { OutputError } from '../../src/errors.js';
import type { Evaluation } from '../../src/evaluation.js';
import { silentLogger } from '../../src/logger.js';
import { run } from '../../src/run.js';
import { findingForOutput } from '../../src/report/scan-results.js';
import { renderSarif, sarifFrame } from '../../src/report/sarif.js';
import { startSarifThread } from '../../src/report/sarif-thread.js';
import { writeOutputs } from '../../src/report/write.js';
import { generateSarif } from '../helpers.js';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURES = join(REPO, 'fixtures');
const tmp = mkdtempSync(join(tmpdir(), 'sg-sarif-thread-'));

async function evaluate(root: string, scans: string[]): Promise<Evaluation> {
  const result = await run({
    root,
    scans,
    dryRun: true,
    clock: () => new Date('2026-11-25T12:00:00Z'),
    logger: silentLogger,
    commit: 'c'.repeat(40),
    repository: 'acme/payments',
  });
  return result.evaluation;
}

/** Every file of a folder, by name. */
function files(dir: string): Record<string, Buffer> {
  return Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name))]));
}

/** The outputs written with shipgate.sarif from the second thread and from the main thread. */
async function bothWays(name: string, evaluation: Evaluation) {
  const threaded = join(tmp, `${name}-thread`);
  const inline = join(tmp, `${name}-inline`);
  await writeOutputs(threaded, evaluation, undefined, { sarifThreadMinFindings: 0 });
  await writeOutputs(inline, evaluation, undefined, { sarifThreadMinFindings: Number.POSITIVE_INFINITY });
  return { threaded: files(threaded), inline: files(inline) };
}

describe('report/sarif-thread', () => {
  it('writes the bytes the main thread writes: real reports, none, thousands, and text that JSON escapes', async () => {
    const root = join(tmp, 'release');
    mkdirSync(root);
    for (const file of [
      'sarif/gitleaks-8.0.0-no-results.sarif',
      'sarif/anchore-scan-action-0.7.3-suppressed-baseline.sarif',
      'sarif/eslint-8.56.0-all-suppressed-insource.sarif',
      'trivy-json/trivy-image-schema2-many.json',
    ])
      cpSync(join(FIXTURES, file), join(root, file.split('/')[1] as string));
    generateSarif(join(root, 'big.sarif'), '6MB', '5');

    const cases: [string, Evaluation][] = [
      ['none', await evaluate(root, ['gitleaks-8.0.0-no-results.sarif'])],
      ['demo', await evaluate(join(FIXTURES, 'demo/release'), [])],
      [
        'corpus',
        await evaluate(root, [
          'anchore-scan-action-0.7.3-suppressed-baseline.sarif',
          'eslint-8.56.0-all-suppressed-insource.sarif',
          'trivy-image-schema2-many.json',
        ]),
      ],
      ['generated', await evaluate(root, ['big.sarif'])],
    ];
    const odd = await evaluate(join(FIXTURES, 'demo/release'), []);
    const first = odd.findings[0];
    if (!first) throw new Error('the demo has findings');
    first.title = 'ä€😀 \u2028 "quoted" \\ back\tslash \ud800 lone';
    first.location = { path: 'dir with space/ñ.ts', startLine: 4, endLine: 2 };
    cases.push(['odd text', odd]);

    expect(cases.map(([, e]) => e.findings.length)).toEqual([0, 5, expect.any(Number), expect.any(Number), 5]);
    expect((cases[3]?.[1].findings.length ?? 0) > 4000).toBe(true);
    expect(cases[1]?.[1].findings.some((f) => f.excepted)).toBe(true);
    expect(cases[2]?.[1].findings.some((f) => f.suppressions)).toBe(true);
    for (const [name, evaluation] of cases) {
      const { threaded, inline } = await bothWays(name.replace(/ /g, '-'), evaluation);
      expect(Object.keys(threaded).sort(), name).toEqual(Object.keys(inline).sort());
      for (const file of Object.keys(inline))
        expect(threaded[file]?.equals(inline[file] as Buffer), `${name}: ${file}`).toBe(true);
      expect(threaded['shipgate.sarif']?.toString('utf8'), name).toBe(renderSarif(evaluation));
    }
  });

  it('rejects with the reason when its file cannot be written', async () => {
    const evaluation = await evaluate(join(FIXTURES, 'demo/release'), []);
    const thread = startSarifThread(join(tmp, 'no-such-dir', 'x.sarif'), sarifFrame(evaluation));
    if (!thread) throw new Error('worker threads are available here');
    thread.end();
    await expect(thread.done).rejects.toThrow(/ENOENT/);
  });

  it('names the file it was writing when a line it is handed is not JSON', async () => {
    const evaluation = await evaluate(join(FIXTURES, 'demo/release'), []);
    const path = join(tmp, 'bad-line.sarif');
    const thread = startSarifThread(path, sarifFrame(evaluation));
    if (!thread) throw new Error('worker threads are available here');
    thread.line('{"id": not json');
    thread.end();
    await expect(thread.done).rejects.toThrow(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: .*JSON`));
  });

  it('settles when stopped: done rejects instead of waiting forever', async () => {
    const evaluation = await evaluate(join(FIXTURES, 'demo/release'), []);
    const thread = startSarifThread(join(tmp, 'stopped.sarif'), sarifFrame(evaluation));
    if (!thread) throw new Error('worker threads are available here');
    thread.stop();
    await expect(thread.done).rejects.toThrow(
      `${join(tmp, 'stopped.sarif')}: the SARIF thread was stopped before the file was complete`,
    );
    expect(thread.pace()).toBeUndefined();
  });

  it.each([
    ['the second thread', 0],
    ['the main thread', Number.POSITIVE_INFINITY],
  ])('fails with an OutputError naming the folder when shipgate.sarif cannot be replaced (%s)', async (_, min) => {
    const evaluation = await evaluate(join(FIXTURES, 'demo/release'), []);
    const out = join(tmp, `blocked-${min}`);
    mkdirSync(join(out, 'shipgate.sarif', 'inside'), { recursive: true });
    const written = writeOutputs(out, evaluation, undefined, { sarifThreadMinFindings: min });
    await expect(written).rejects.toThrow(OutputError);
    await expect(written).rejects.toThrow(`${out}: the outputs could not be written`);
  });

  it('writes no certificate when shipgate.sarif fails, though the thread finishes after the other files', async () => {
    const evaluation = await evaluate(join(FIXTURES, 'demo/release'), []);
    expect(evaluation.decision).toBe('approved-with-conditions');
    const out = join(tmp, 'no-certificate');
    mkdirSync(join(out, 'shipgate.sarif', 'inside'), { recursive: true });
    await expect(writeOutputs(out, evaluation, undefined, { sarifThreadMinFindings: 0 })).rejects.toThrow(OutputError);
    // No certificate, and nothing else of the failed run either: no temporary file, no output in place.
    expect(readdirSync(out)).toEqual(['shipgate.sarif']);
    // Without the failure, the same evaluation gets its certificate.
    const fine = join(tmp, 'with-certificate');
    await writeOutputs(fine, evaluation, undefined, { sarifThreadMinFindings: 0 });
    expect(
      readdirSync(fine)
        .filter((f) => f.startsWith('security-approval-certificate'))
        .sort(),
    ).toEqual(['security-approval-certificate.json', 'security-approval-certificate.md']);
  });

  it('asks the main thread to wait while it is more than 16 batches behind, then catches up', async () => {
    const evaluation = await evaluate(join(FIXTURES, 'demo/release'), []);
    const path = join(tmp, 'paced.sarif');
    const thread = startSarifThread(path, sarifFrame(evaluation));
    if (!thread) throw new Error('worker threads are available here');
    const line = JSON.stringify(findingForOutput(evaluation.findings[0] as Evaluation['findings'][number]));
    // 20 batches of 64 Ki characters, sent before the thread can answer any.
    const count = Math.ceil((20 * 64 * 1024) / line.length);
    for (let i = 0; i < count; i += 1) thread.line(line);
    const wait = thread.pace();
    expect(wait).toBeInstanceOf(Promise);
    await wait;
    expect(thread.pace()).toBeUndefined();
    thread.end();
    await thread.done;
    const log = JSON.parse(readFileSync(path, 'utf8'));
    expect(log.runs[0].results).toHaveLength(count);
  });
});
