/** The one place outputs are written: atomically, into the output directory. */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { OutputError } from '../errors.js';
import type { Evaluation } from '../evaluation.js';
import type { FindingsRegister } from '../evidence/register.js';
import { renderOutputs } from './index.js';

export const CERTIFICATE_FILES = ['security-approval-certificate.md', 'security-approval-certificate.json'] as const;

/** Removes a certificate left by an earlier run, so none can look current. */
export async function removeStaleCertificates(outDir: string): Promise<void> {
  try {
    for (const name of CERTIFICATE_FILES) await rm(join(outDir, name), { force: true });
  } catch (error) {
    throw new OutputError(`${outDir}: an old certificate could not be removed: ${(error as Error).message}.`);
  }
}

/** Writes every output for the evaluation; returns the paths written. */
export async function writeOutputs(
  outDir: string,
  evaluation: Evaluation,
  register: FindingsRegister | undefined,
): Promise<string[]> {
  const files = await renderOutputs(evaluation, register);
  const written: string[] = [];
  try {
    await mkdir(outDir, { recursive: true });
    for (const [name, content] of files) {
      const target = join(outDir, name);
      const temporary = `${target}.${randomUUID()}.tmp`;
      await writeFile(temporary, content);
      await rename(temporary, target);
      written.push(target);
    }
  } catch (error) {
    throw new OutputError(`${outDir}: the outputs could not be written: ${(error as Error).message}.`);
  }
  return written;
}
