/**
 * `validate` is the dry check of what `evaluate` would refuse or warn about before the gates run: on the
 * same workspace, each refusal of the output folder and the inherited advisory mode's warning are the
 * same, word for word, and a workspace evaluate accepts passes validate.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateEvidence } from '../../src/commands/validate.js';
import { ConfigError, isShipgateError } from '../../src/errors.js';
import { silentLogger } from '../../src/logger.js';
import { run } from '../../src/run.js';

const DEMO = fileURLToPath(new URL('../../fixtures/demo/release', import.meta.url));

/** The demo release with its policy edited by `edit`, and `setup` run on it. */
function demo(edit: (policy: string) => string, setup?: (root: string) => void): string {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'sg-parity-')));
  cpSync(DEMO, root, { recursive: true });
  const policy = join(root, '.shipgate/policy.yml');
  writeFileSync(policy, edit(readFileSync(policy, 'utf8')));
  setup?.(root);
  return root;
}

/** What evaluate (writing its outputs, the stricter run) says on `root`: its error, or its warnings. */
async function evaluate(root: string, outDir?: string): Promise<{ error?: string; warnings: string[] }> {
  try {
    const result = await run({
      root,
      scans: [],
      dryRun: false,
      clock: () => new Date('2026-11-25T12:00:00Z'),
      logger: silentLogger,
      ...(outDir ? { outDir } : {}),
    });
    return { warnings: result.evaluation.warnings };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return { error: error.message, warnings: [] };
  }
}

describe('validate says what evaluate refuses of the output folder, in its words', () => {
  const cases: [string, string, ((root: string) => void)?][] = [
    ['an exception file in outputs.dir', 'outputs:\n  dir: .shipgate/exceptions\n'],
    ['the policy in outputs.dir', 'outputs:\n  dir: .shipgate\n'],
    ['the register an output would replace', 'outputs:\n  dir: security\n'],
    [
      'outputs.dir through a folder linked outside the root',
      'outputs:\n  dir: linked/out\n',
      (root) => symlinkSync(realpathSync(mkdtempSync(join(tmpdir(), 'sg-parity-outside-'))), join(root, 'linked')),
    ],
    // The other side: folders evaluate writes to.
    ['a folder beside the exception files', 'outputs:\n  dir: .shipgate/exceptions-out\n'],
    ['a folder below the register', 'outputs:\n  dir: security/out\n'],
    [
      'a folder linked inside the root',
      'outputs:\n  dir: linked/out\n',
      (root) => {
        mkdirSync(join(root, 'artifacts'));
        symlinkSync(join(root, 'artifacts'), join(root, 'linked'));
      },
    ],
  ];
  for (const [name, policy, setup] of cases)
    it(name, async () => {
      const root = demo((text) => `${text}${policy}`, setup);
      // Validate first: evaluate writes outputs that would change what validate finds.
      const validated = await validateEvidence({ root });
      const evaluated = await evaluate(root);
      expect(validated.error?.message).toBe(evaluated.error);
      if (validated.error) expect(isShipgateError(validated.error) && validated.error.exitCode).toBe(2);
    });

  it('the folder --out names, evidence or not', async () => {
    for (const folder of ['.shipgate/exceptions', 'elsewhere']) {
      const root = demo((text) => text);
      const outDir = join(root, folder);
      const validated = await validateEvidence({ root, outDir });
      expect(validated.error?.message, folder).toBe((await evaluate(root, outDir)).error);
    }
  });
});

describe("validate prints evaluate's warning about an inherited advisory mode, and only then", () => {
  for (const [name, policy] of [
    ['extends advisory, no mode', 'extends: advisory\n'],
    ['extends advisory, mode advisory', 'extends: advisory\nmode: advisory\n'],
    ['extends advisory, mode enforce', 'extends: advisory\nmode: enforce\n'],
    ['extends release', 'extends: release\n'],
  ] as const)
    it(name, async () => {
      // The demo's policy, extending and setting a mode as `policy` says instead of extending release.
      const root = demo((text) => text.replace(/^extends: release\n/m, policy));
      const mode = (w: string) => w.includes('mode advisory comes from');
      const evaluated = (await evaluate(root)).warnings.filter(mode);
      const { report } = await validateEvidence({ root });
      const printed = report
        .split('\n')
        .filter((line) => line.startsWith('policy: warning: '))
        .map((line) => line.slice('policy: warning: '.length))
        .filter(mode);
      expect(printed).toEqual(evaluated);
      expect(printed).toHaveLength(policy === 'extends: advisory\n' ? 1 : 0);
    });
});
