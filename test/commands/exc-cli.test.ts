/**
 * End to end (dist/cli.js, run `npm run build` first): validate and waive on exceptions that can never
 * apply, a root that is no folder, and ids past the precision of a Number.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

function shipgate(args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    env: { PATH: process.env.PATH ?? '', SHIPGATE_NOW: '2026-11-25T12:00:00Z' },
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function workspace(files: Record<string, string> = {}): string {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'sg-exc-cli-')));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const entry = (id: string, fields = '') =>
  `exceptions:\n  - id: ${id}\n    type: risk-acceptance\n    match: { finding: SG-0000000000000001 }\n    reason: r\n    owner: alice\n    approvedBy: security-lead\n    approvedOn: 2026-11-20\n    expires: 2027-01-15\n${fields}`;

describe('validate', () => {
  it('exits 2 for a root that does not exist or is a file, naming it', () => {
    const parent = workspace({ 'file.txt': '' });
    for (const root of [join(parent, 'missing'), join(parent, 'file.txt')]) {
      const result = shipgate(['validate', '--root', root]);
      expect(result.code, root).toBe(2);
      expect(result.stderr, root).toMatch(/^shipgate: config error: /);
      expect(result.stderr, root).toContain(root);
      expect(result.stdout, root).not.toContain('valid');
    }
    expect(shipgate(['validate', '--root', parent]).code).toBe(0);
  });

  it('exits 2 for an exception whose approver is its owner under a look-alike name, 0 for another approver', () => {
    const self = workspace({
      '.shipgate/exceptions/a.yml': entry('EXC-0001').replace('owner: alice', 'owner: "security\\u2010lead"'),
    });
    const refused = shipgate(['validate', '--root', self]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      `shipgate: config error: .shipgate/exceptions/a.yml: line 7: exception 'EXC-0001' can never apply, whatever the date: it is approved by its own owner "security\\u2010lead" (approver "security-lead") (expected an approvedBy other than the owner; names that differ only in look-alike letters, accents, punctuation, white space, invisible characters or case are one person).\n`,
    );
    expect(shipgate(['validate', '--root', workspace({ '.shipgate/exceptions/a.yml': entry('EXC-0001') })]).code).toBe(
      0,
    );
  });

  it('exits 0 for an expired exception: a state of the date, not a mistake in the file', () => {
    const root = workspace({
      '.shipgate/exceptions/a.yml': entry('EXC-0001')
        .replace('2026-11-20', '2026-01-01')
        .replace('2027-01-15', '2026-02-01'),
    });
    const result = shipgate(['validate', '--root', root]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('exceptions: .shipgate/exceptions/a.yml: 1 exception(s), valid\n');
  });
});

describe('waive', () => {
  it('numbers on past 2^53 without writing an id already used', () => {
    const root = workspace({ '.shipgate/exceptions/a.yml': entry('EXC-9007199254740992') });
    const result = shipgate([
      'waive',
      'SG-d58906d1d0eec93a',
      '--root',
      root,
      '--reason',
      'Not reachable',
      '--owner',
      'alice',
      '--approved-by',
      'security-lead',
      '--expires',
      '2027-01-01',
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(readFileSync(join(root, '.shipgate/exceptions/waivers.yml'), 'utf8')).toContain(
      '- id: EXC-9007199254740993\n',
    );
    expect(shipgate(['validate', '--root', root]).code).toBe(0);
  });
});
