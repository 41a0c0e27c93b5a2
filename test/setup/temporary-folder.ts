/**
 * Vitest global setup: every temporary folder the tests make (mkdtempSync(join(tmpdir(), ...))) goes
 * into one folder of this run, removed when the run ends. Without it each full run left thousands of
 * folders, and generated reports of megabytes, in the system's temporary directory. The test workers
 * are forked after this runs, so they inherit TMPDIR, which os.tmpdir() reads on every call.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const folder = mkdtempSync(join(tmpdir(), 'shipgate-tests-'));
  // Searchable by others, as the system's temporary directory is: the tests of unreadable files run
  // the CLI as another user (setpriv), which must reach its own folder inside this one.
  chmodSync(folder, 0o711);
  process.env.TMPDIR = folder;
  return () => rmSync(folder, { recursive: true, force: true });
}
