// An evaluate whose line gives --root, --out or --policy twice is refused (exit 2), and a failed run
// leaves no certificate behind: in every folder the line names, not only the one parseArgs kept last.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanRelease as release, shipgateIn } from './release.js';

const OUT = '.artifacts/review-security';
const CERTIFICATE = 'security-approval-certificate.json';

const shipgate = (args: string[], cwd: string) => shipgateIn(cwd, args);
const cleanRelease = () => release('sg-repeated-');

describe('e2e/cli: an option given twice', () => {
  it('--root twice: refused, and the certificate of an earlier run under either root is withdrawn', () => {
    const first = cleanRelease();
    const second = cleanRelease();
    for (const dir of [first, second]) {
      expect(shipgate(['evaluate', '--root', dir, '--scan', 'reports/*'], dir).code).toBe(0);
      expect(existsSync(join(dir, OUT, CERTIFICATE))).toBe(true);
    }
    const twice = shipgate(['evaluate', '--root', first, '--root', second, '--scan', 'reports/*'], first);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain('--root is given 2 times');
    expect(existsSync(join(first, OUT, CERTIFICATE))).toBe(false);
    expect(existsSync(join(second, OUT, CERTIFICATE))).toBe(false);
  });

  it('--out twice: both folders lose their certificate; a dry run given twice removes nothing', () => {
    const dir = cleanRelease();
    const outs = [join(dir, 'out-a'), join(dir, 'out-b')];
    for (const out of outs) {
      expect(shipgate(['evaluate', '--root', dir, '--scan', 'reports/*', '--out', out], dir).code).toBe(0);
      expect(existsSync(join(out, CERTIFICATE))).toBe(true);
    }
    const dry = shipgate(
      [
        'evaluate',
        '--root',
        dir,
        '--scan',
        'reports/*',
        '--out',
        outs[0] as string,
        '--out',
        outs[1] as string,
        '--dry-run',
      ],
      dir,
    );
    expect(dry.code).toBe(2);
    for (const out of outs) expect(existsSync(join(out, CERTIFICATE))).toBe(true);
    const twice = shipgate(
      ['evaluate', '--root', dir, '--scan', 'reports/*', '--out', outs[0] as string, '--out', outs[1] as string],
      dir,
    );
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain('--out is given 2 times');
    for (const out of outs) expect(existsSync(join(out, CERTIFICATE))).toBe(false);
  });

  it('a line that does not parse (an unknown flag) with --out twice withdraws from both folders too', () => {
    const dir = cleanRelease();
    const outs = [join(dir, 'out-a'), join(dir, 'out-b')];
    for (const out of outs)
      expect(shipgate(['evaluate', '--root', dir, '--scan', 'reports/*', '--out', out], dir).code).toBe(0);
    const bad = shipgate(
      [
        'evaluate',
        '--root',
        dir,
        '--scan',
        'reports/*',
        '--out',
        outs[0] as string,
        '--out',
        outs[1] as string,
        '--bogus',
      ],
      dir,
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/Unknown option '--bogus'/);
    for (const out of outs) expect(existsSync(join(out, CERTIFICATE))).toBe(false);
  });
});

describe('e2e/cli: an output folder whose name starts with a dash', () => {
  it('given inline (--out=-x) is withdrawn from when a later run fails, as any other', () => {
    const dir = cleanRelease();
    const sha = 'a'.repeat(40);
    const approved = shipgate(['evaluate', '--root', dir, '--scan', 'reports/*', '--out=-x', '--commit', sha], dir);
    expect(approved.code).toBe(0);
    expect(existsSync(join(dir, '-x', CERTIFICATE))).toBe(true);
    // An abbreviated commit is refused (exit 2): the run failed, and -x/ may not keep the approval.
    const refused = shipgate(['evaluate', '--root', dir, '--scan', 'reports/*', '--out=-x', '--commit', 'abc'], dir);
    expect(refused.code).toBe(2);
    expect(existsSync(join(dir, '-x', CERTIFICATE))).toBe(false);
    expect(shipgate(['evaluate', '--root', dir, '--scan', 'reports/*', '--out=-x'], dir).code).toBe(0);
    const bad = shipgate(['evaluate', '--root', dir, '--scan', 'reports/*', '--out=-x', '--bogus'], dir);
    expect(bad.code).toBe(2);
    expect(existsSync(join(dir, '-x', CERTIFICATE))).toBe(false);
  });
});

describe('e2e/cli: validate --out', () => {
  it('checks the folder --out names, as evaluate would be given it: one holding evidence is exit 2', () => {
    const dir = cleanRelease();
    // The assessment's folder as output folder: the assessment would be evidence in the output folder.
    const holding = shipgate(['validate', '--root', dir, '--out', 'security'], dir);
    expect(holding.code).toBe(2);
    expect(holding.stdout + holding.stderr).toContain('the output folder holds evidence this run reads');
    const evaluate = shipgate(['evaluate', '--root', dir, '--scan', 'reports/*', '--out', 'security'], dir);
    expect(evaluate.code).toBe(2);
    // A folder of its own passes both.
    const own = shipgate(['validate', '--root', dir, '--out', 'out'], dir);
    expect(own.stderr).toBe('');
    expect(own.code).toBe(0);
    expect(own.stdout).toMatch(/^outputs: .*out \(--out\): valid$/m);
  });
});
