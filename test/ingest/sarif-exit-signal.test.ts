/**
 * A SARIF invocation that names the signal that ended the tool (exitSignalName, exitSignalNumber) did
 * not complete its scan, whatever executionSuccessful says: a scanner killed out of memory, or at a
 * timeout, by a wrapper that still wrote `executionSuccessful: true`. An exit code alone is not a
 * failure (many tools exit non-zero when they find something), and SpotBugs' exit-code words in
 * exitSignalName name no signal. Each case is read through the whole-document and the streaming path,
 * which must agree.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readSarifBothWays } from './harness.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/sarif', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'shipgate-sarif-signal-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

type Invocation = Record<string, unknown>;
interface Log {
  runs: { invocations: Invocation[]; conversion?: unknown }[];
}

/** The real CodeQL log (one invocation, `executionSuccessful: true`, one result), its invocation changed. */
function codeql(change: Partial<Invocation> = {}): Log {
  const log = JSON.parse(readFileSync(join(FIXTURES, 'codeql-2.19.0-typescript-one-result.sarif'), 'utf8')) as Log;
  Object.assign(log.runs[0]!.invocations[0]!, change);
  return log;
}

/** The real SpotBugs 4.4 log, its exitSignalName (the words of its exit code) and executionSuccessful set. */
function spotbugs(exitSignalName: string): Log {
  const log = JSON.parse(readFileSync(join(FIXTURES, 'spotbugs-4.4.0-execution-unsuccessful.sarif'), 'utf8')) as Log;
  const invocation = log.runs[0]!.invocations[0]!;
  invocation.exitSignalName = exitSignalName;
  invocation.executionSuccessful = true;
  delete invocation.toolConfigurationNotifications;
  return log;
}

async function runOf(name: string, log: unknown) {
  const { value, error } = await readSarifBothWays(tmp, name, log);
  expect(error).toBeUndefined();
  expect(value?.runs).toHaveLength(1);
  return value!.runs[0]!;
}

async function errorOf(name: string, log: unknown): Promise<string | undefined> {
  const { value, error } = await readSarifBothWays(tmp, name, log);
  expect(value).toBeUndefined();
  return error;
}

describe('ingest/sarif: an invocation ended by a signal', () => {
  it('is complete as written: executionSuccessful true, exit code 0, no signal', async () => {
    expect(await runOf('codeql.sarif', codeql())).toMatchObject({ completed: true, problems: [], resultCount: 1 });
  });

  it('is not complete when it names a signal (SIGKILL, 9), though executionSuccessful is true', async () => {
    const run = await runOf('killed.sarif', codeql({ exitCode: 137, exitSignalName: 'SIGKILL', exitSignalNumber: 9 }));
    expect(run.completed).toBe(false);
    expect(run.problems).toEqual([
      '/runs/0/invocations/0/exitSignalName: CodeQL was ended by a signal (exitSignalName SIGKILL, exitSignalNumber 9), though executionSuccessful is true: a tool killed mid-scan (out of memory, a timeout) did not complete its scan.',
    ]);
    // The result it wrote before it was killed is still read.
    expect(run.resultCount).toBe(1);
  });

  it('is not complete for the name alone, or the number alone', async () => {
    expect((await runOf('name.sarif', codeql({ exitSignalName: 'SIGTERM' }))).problems).toEqual([
      expect.stringMatching(/^\/runs\/0\/invocations\/0\/exitSignalName: .* \(exitSignalName SIGTERM\), though/),
    ]);
    expect((await runOf('number.sarif', codeql({ exitSignalNumber: 9 }))).problems).toEqual([
      expect.stringMatching(/^\/runs\/0\/invocations\/0\/exitSignalNumber: .* \(exitSignalNumber 9\), though/),
    ]);
  });

  it('is complete for a non-zero exit code alone, an exit code description, an empty name or signal number 0', async () => {
    for (const [name, change] of [
      ['exit-1.sarif', { exitCode: 1, exitCodeDescription: 'findings reported' }],
      ['empty-name.sarif', { exitSignalName: '' }],
      ['signal-0.sarif', { exitSignalNumber: 0 }],
    ] as const)
      expect(await runOf(name, codeql(change))).toMatchObject({ completed: true, problems: [] });
  });

  it("is complete for SpotBugs' exit-code words in exitSignalName, which name no signal", async () => {
    for (const words of ['SUCCESS', 'BUGS FOUND', 'ERROR,MISSING CLASS,BUGS FOUND'])
      expect(await runOf(`spotbugs-${words.length}.sarif`, spotbugs(words))).toMatchObject({
        completed: true,
        problems: [],
      });
    // Anything else there is read as a signal.
    expect((await runOf('spotbugs-killed.sarif', spotbugs('KILL'))).problems).toEqual([
      expect.stringMatching(/^\/runs\/0\/invocations\/0\/exitSignalName: SpotBugs was ended by a signal/),
    ]);
  });

  it('names the failed execution once when executionSuccessful is false as well', async () => {
    const run = await runOf('both.sarif', codeql({ executionSuccessful: false, exitSignalName: 'SIGKILL' }));
    expect(run.problems).toEqual([
      '/runs/0/invocations/0/executionSuccessful: CodeQL reports that its execution did not succeed.',
    ]);
  });

  it('refuses a signal name that is not a string, or a number that is not an integer', async () => {
    expect(await errorOf('bad-name.sarif', codeql({ exitSignalName: 9 }))).toBe(
      'bad-name.sarif: /runs/0/invocations/0/exitSignalName: got the number 9 (expected a string: the name of the signal that ended the tool).',
    );
    expect(await errorOf('bad-number.sarif', codeql({ exitSignalNumber: 'SIGKILL' }))).toBe(
      "bad-number.sarif: /runs/0/invocations/0/exitSignalNumber: got the string 'SIGKILL' (expected an integer: the number of the signal that ended the tool).",
    );
  });

  it('is not complete when the conversion to SARIF was ended by a signal; is when it names none', async () => {
    const killed = codeql();
    killed.runs[0]!.conversion = {
      tool: { driver: { name: 'converter' } },
      invocation: { executionSuccessful: true, exitSignalName: 'SIGSEGV', exitSignalNumber: 11 },
    };
    expect((await runOf('conversion-killed.sarif', killed)).problems).toEqual([
      "/runs/0/conversion/invocation/exitSignalName: the conversion of CodeQL's output to SARIF was ended by a signal (exitSignalName SIGSEGV, exitSignalNumber 11), so results may be missing.",
    ]);
    const fine = codeql();
    fine.runs[0]!.conversion = {
      tool: { driver: { name: 'converter' } },
      invocation: { executionSuccessful: true, exitCode: 2 },
    };
    expect(await runOf('conversion-fine.sarif', fine)).toMatchObject({ completed: true, problems: [] });
  });
});
