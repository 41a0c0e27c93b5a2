/** The one place outputs are written: atomically, into the output directory. */
import { mkdirSync, statSync } from 'node:fs';
import { lstat, open, rename, rm } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { OutputError } from '../errors.js';
import type { Evaluation } from '../evaluation.js';
import type { FindingsRegister } from '../evidence/register.js';
import { renderOutputs, type OutputContent } from './index.js';
import { sarifFrame, sarifSelection } from './sarif.js';
import { startSarifThread, type SarifThread } from './sarif-thread.js';

export const CERTIFICATE_FILES = ['security-approval-certificate.md', 'security-approval-certificate.json'] as const;

/** Every file an evaluation may write into the output directory (DESIGN 6). */
export const OUTPUT_FILES = [
  'scan-results.json',
  'scope-register.json',
  'disposition-record.md',
  'shipgate.sarif',
  'findings-register.csv',
  'security-remediation-backlog.csv',
  ...CERTIFICATE_FILES,
] as const;

/**
 * Removes every output an earlier run left, but the files `keep` names (ones this run reads), so that a
 * run that then fails leaves no disposition record or scan results that look current, as it leaves
 * no certificate.
 */
export async function removeStaleOutputs(outDir: string, keep: (path: string) => boolean): Promise<void> {
  try {
    for (const name of OUTPUT_FILES) {
      const path = join(outDir, name);
      if (keep(path)) continue;
      // A folder where an output goes is not an earlier output: writing there fails later, and says so.
      const stats = await lstat(path).catch(() => undefined);
      if (stats && !stats.isDirectory()) await rm(path, { force: true });
    }
  } catch (error) {
    throw new OutputError(`${outDir}: an old output could not be removed: ${(error as Error).message}.`);
  }
}

/**
 * `mkdir -p`: makes the folder and the parents it lacks, one at a time from the deepest that exists.
 * Node's own recursive mkdir never returns for a path under a folder that refuses new entries with
 * ENOENT (`/proc/x/y`: it retries the parent forever); here the first refusal is the error.
 */
export function makeFolders(path: string): void {
  const missing: string[] = [];
  for (let folder = resolve(path); ;) {
    try {
      statSync(folder);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      missing.push(folder);
      const parent = dirname(folder);
      if (parent === folder) break;
      folder = parent;
    }
  }
  for (const folder of missing.reverse())
    try {
      mkdirSync(folder);
    } catch (error) {
      // Made by someone else meanwhile: as good as made here.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
}

const FLUSH_BYTES = 1024 * 1024;

/**
 * Writes text or text chunks, gathered into writes of about 1 MiB: each chunk is encoded straight
 * into one reused buffer (no joined string, no buffer per write); a chunk too large for it is
 * written on its own. `pace`, asked after each write, may hold the next one back (a consumer of the
 * chunks' side effects that must catch up).
 */
export async function writeContent(
  path: string,
  content: OutputContent,
  pace?: () => Promise<void> | undefined,
): Promise<void> {
  const handle = await open(path, 'w');
  try {
    if (typeof content === 'string') await handle.writeFile(content);
    else {
      const buffer = Buffer.allocUnsafe(FLUSH_BYTES);
      let used = 0;
      const flush = async (): Promise<void> => {
        let done = 0;
        while (done < used) done += (await handle.write(buffer, done, used - done)).bytesWritten;
        used = 0;
        const wait = pace?.();
        if (wait) await wait;
      };
      for (const chunk of content) {
        // UTF-8 takes at most 3 bytes per UTF-16 code unit.
        if (used + 3 * chunk.length > buffer.length) {
          await flush();
          if (3 * chunk.length > buffer.length) {
            await handle.write(chunk);
            continue;
          }
        }
        used += buffer.write(chunk, used, 'utf8');
      }
      if (used > 0) await flush();
    }
  } finally {
    await handle.close();
  }
}

/** From this many findings on, shipgate.sarif is written by a second thread (see sarif-thread.ts). */
export const SARIF_THREAD_MIN_FINDINGS = 5000;

/**
 * Writes every output for the evaluation; returns the paths written, in `renderOutputs` order.
 * Each file is written to a temporary name and renamed into place.
 */
export async function writeOutputs(
  outDir: string,
  evaluation: Evaluation,
  register: FindingsRegister | undefined,
  options: { sarifThreadMinFindings?: number; sarifMaxResults?: number } = {},
): Promise<string[]> {
  const temporary = (target: string): string => `${target}.${randomUUID()}.tmp`;
  const sarifTarget = join(outDir, 'shipgate.sarif');
  const sarifTemporary = temporary(sarifTarget);
  let thread: SarifThread | undefined;
  // What this run has put on disk, removed again when it fails: an errored run leaves no outputs.
  const temporaries = new Set<string>([sarifTemporary]);
  const placed: string[] = [];
  try {
    makeFolders(outDir);
    const sarif = sarifSelection(evaluation.findings, options.sarifMaxResults);
    if (evaluation.findings.length >= (options.sarifThreadMinFindings ?? SARIF_THREAD_MIN_FINDINGS))
      thread = startSarifThread(sarifTemporary, sarifFrame(evaluation, sarif), evaluation.repositoryFolder);
    const files = await renderOutputs(evaluation, register, {
      sarif,
      ...(thread ? { onFinding: (json, finding) => (sarif.holds(finding) ? thread?.line(json) : undefined) } : {}),
    });
    let sarifPending = thread !== undefined;
    const finishSarif = async (): Promise<void> => {
      if (!thread || !sarifPending) return;
      sarifPending = false;
      await thread.done;
      await rename(sarifTemporary, sarifTarget);
      temporaries.delete(sarifTemporary);
      placed.push(sarifTarget);
    };
    for (const [name, content] of files) {
      const target = join(outDir, name);
      if (thread && name === 'shipgate.sarif') continue;
      // A certificate is written only after every other output is in place, as without the thread.
      if ((CERTIFICATE_FILES as readonly string[]).includes(name)) await finishSarif();
      const path = temporary(target);
      temporaries.add(path);
      await writeContent(path, content, thread && name === 'scan-results.json' ? () => thread?.pace() : undefined);
      await rename(path, target);
      temporaries.delete(path);
      placed.push(target);
      // Every line has been handed over: the thread finishes while the other files are written.
      if (name === 'scan-results.json') thread?.end();
    }
    await finishSarif();
    return [...files.keys()].map((name) => join(outDir, name));
  } catch (error) {
    // The thread has stopped writing before its file is removed.
    await thread?.stop();
    // Half-written temporary files, the outputs already in place, and an earlier run's outputs this run
    // had not replaced yet (any of which may say "approved") go: the run failed, and nothing in the folder
    // may look like its result. A folder in an output's place (what may have made the write fail) stays.
    const leftovers = [...temporaries, ...placed, ...OUTPUT_FILES.map((name) => join(outDir, name))];
    for (const path of leftovers) await rm(path, { force: true }).catch(() => undefined);
    throw new OutputError(`${outDir}: the outputs could not be written: ${(error as Error).message}.`);
  }
}
