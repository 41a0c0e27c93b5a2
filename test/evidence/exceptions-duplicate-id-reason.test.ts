/**
 * A register row that names an exception not valid today is told why, from the entry that is
 * considered: the first one with the id. A later entry with the same id is refused as a duplicate, and
 * its refusal must not replace the first entry's reason (the message sent the user to the wrong file).
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logger.js';
import { run } from '../../src/run.js';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const NOW = '2026-11-25T12:00:00Z';
const FIRST = '.shipgate/exceptions/tomcat.yml';
const LATER = `exceptions:
  - id: EXC-0001
    type: risk-acceptance
    match:
      vulnerability: CVE-1999-0001
    reason: Another acceptance that reuses the id.
    owner: carol
    approvedBy: security-lead
    approvedOn: 2026-11-20
    expires: 2027-01-15
`;

/** The demo release, with the first EXC-0001 expiring on `expires` and, when `later`, a second EXC-0001. */
function release(expires: string, later: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'sg-dup-reason-'));
  cpSync(join(REPO, 'fixtures/demo/release'), dir, { recursive: true });
  const first = readFileSync(join(dir, FIRST), 'utf8');
  writeFileSync(join(dir, FIRST), first.replace('expires: 2027-02-15', `expires: ${expires}`));
  if (later) writeFileSync(join(dir, '.shipgate/exceptions/zz.yml'), LATER);
  return dir;
}

async function dispositionReasons(root: string): Promise<string[]> {
  const result = await run({ root, scans: [], dryRun: true, clock: () => new Date(NOW), logger: silentLogger });
  const gate = result.evaluation.gates.find((g) => g.id === 'disposition-integrity');
  return gate?.reasons ?? [];
}

describe('exceptions: the reason a register row is given for an exception that is not valid', () => {
  it("names the first entry's expiry, also when a later file reuses the id", async () => {
    for (const later of [false, true]) {
      const reasons = await dispositionReasons(release('2026-11-24', later));
      const row = reasons.find((r) => r.includes("names exception 'EXC-0001'"));
      expect(row, `later=${later}: ${reasons.join('\n')}`).toMatch(
        /which is not valid today \(\.shipgate\/exceptions\/tomcat\.yml: line \d+: expired on 2026-11-24 /,
      );
      expect(row).not.toContain('zz.yml');
    }
  });

  it('says nothing of the id when the first entry is valid, even though the later one is refused', async () => {
    const reasons = await dispositionReasons(release('2027-02-15', true));
    expect(reasons.filter((r) => r.includes("names exception 'EXC-0001'"))).toEqual([]);
    // As without the later entry.
    const valid = await dispositionReasons(release('2027-02-15', false));
    expect(valid.filter((r) => r.includes("names exception 'EXC-0001'"))).toEqual([]);
  });
});
