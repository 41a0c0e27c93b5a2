import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkspaceReader } from '../../src/evidence/source.js';
import { ConfigError } from '../../src/errors.js';
import { loadPolicy, MAX_EXTENDS } from '../../src/policy/load.js';
import { errorOf, memoryReader } from '../helpers.js';

describe('policy/load', () => {
  it('uses the release preset when there is no policy file', () => {
    const loaded = loadPolicy(memoryReader({}));
    expect(loaded.source).toBe('preset:release');
    expect(loaded.policy.gates['scan-cleanliness'].max).toEqual({ critical: 0, high: 3 });
    expect(loaded.policy.severity.unknown).toBe('high');
    expect(loaded.policy.severity.overrides).toEqual([{ match: { scanType: 'secret' }, severity: 'critical' }]);
  });

  it('reads .shipgate/policy.yml and merges it onto its preset', () => {
    const loaded = loadPolicy(
      memoryReader({ '.shipgate/policy.yml': 'version: 1\nextends: strict\nexceptions:\n  approvers: [carol]\n' }),
    );
    expect(loaded.chain.map((c) => c.source)).toEqual(['.shipgate/policy.yml', 'preset:strict', 'preset:release']);
    expect(loaded.policy.gates['scan-cleanliness'].max.high).toBe(0);
    expect(loaded.policy.exceptions).toMatchObject({ maxDays: 30, approvers: ['carol'] });
    expect(loaded.policy.evidence.requireCommit).toBe(true);
  });

  it('limits plans to 90 days ahead in strict, not in release, and takes maxPlanDays from 1 to 3650 days', () => {
    expect(loadPolicy(memoryReader({}), 'strict').policy.gates['disposition-integrity'].maxPlanDays).toBe(90);
    expect(loadPolicy(memoryReader({}), 'release').policy.gates['disposition-integrity'].maxPlanDays).toBeUndefined();
    const withDays = (days: string) => `version: 1\ngates:\n  disposition-integrity:\n    maxPlanDays: ${days}\n`;
    for (const ok of ['1', '3650'])
      expect(
        loadPolicy(memoryReader({ 'p.yml': withDays(ok) }), 'p.yml').policy.gates['disposition-integrity'].maxPlanDays,
      ).toBe(Number(ok));
    for (const [bad, why] of [
      ['0', 'must be >= 1'],
      ['3651', 'must be <= 3650'],
      ['1.5', 'is not allowed (expected integer)'],
    ]) {
      const error = errorOf(() => loadPolicy(memoryReader({ 'p.yml': withDays(bad as string) }), 'p.yml'));
      expect(error, bad).toBeInstanceOf(ConfigError);
      expect(error.message, bad).toContain(
        `p.yml: line 4, column 18: /gates/disposition-integrity/maxPlanDays: ${bad}`,
      );
      expect(error.message, bad).toContain(why);
    }
  });

  it('makes every advisory-preset gate advisory', () => {
    const { policy } = loadPolicy(memoryReader({}), 'advisory');
    expect(Object.values(policy.gates).map((g) => g.enforcement)).toEqual([
      'advisory',
      'advisory',
      'advisory',
      'advisory',
    ]);
    expect(policy.mode).toBe('advisory');
  });

  it('follows a relative extends and refuses a loop', () => {
    const files = { 'p/a.yml': 'version: 1\nextends: b.yml\n', 'p/b.yml': 'version: 1\nextends: a.yml\n' };
    expect(errorOf(() => loadPolicy(memoryReader(files), 'p/a.yml')).message).toMatch(/the extends chain loops back/);
  });

  it('names the file, line, column, value and what was expected for a schema error', () => {
    const text =
      'version: 1\ngates:\n  scan-cleanliness:\n    max: { critical: 0, high: -1 }\n    enforcement: sometimes\n';
    const error = errorOf(() => loadPolicy(memoryReader({ 'policy.yml': text }), 'policy.yml'));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toContain(
      'policy.yml: line 4, column 31: /gates/scan-cleanliness/max/high: -1 is not allowed: must be >= 0.',
    );
    expect(error.message).toContain(
      'policy.yml: line 5, column 18: /gates/scan-cleanliness/enforcement: "sometimes" is not allowed (expected one of "blocking", "advisory", "off").',
    );
  });

  it.each([
    ['aliases', 'version: 1\nmode: &m enforce\nx: *m\n', /line 3, column 4: YAML aliases are not allowed/],
    [
      'duplicate keys',
      'version: 1\nversion: 1\n',
      /^policy\.yml: line 2, column 1: duplicated mapping key 'version': it is already set at line 1, column 1, and a key may appear once in a mapping \(expected a shipgate policy in YAML\)\.$/,
    ],
    ['__proto__', 'version: 1\n__proto__: { polluted: true }\n', /the key '__proto__' is not allowed/],
    ['constructor', 'version: 1\ngates:\n  constructor: {}\n', /the key 'constructor' is not allowed/],
    ['prototype', 'version: 1\nprototype: 1\n', /the key 'prototype' is not allowed/],
    ['a wrong version', 'version: 2\n', /\/version: 2 is not allowed \(expected 1\)/],
    ['a missing version', 'mode: enforce\n', /the key 'version' is missing/],
    ['a list', '- a\n', /must be a YAML mapping/],
    [
      'an unknown preset',
      'version: 1\nextends: lenient\n',
      /^policy\.yml: line 2, column 10: extends 'lenient': no such preset or file \(tried lenient, /,
    ],
  ])('refuses %s', (_name, text, message) => {
    const error = errorOf(() => loadPolicy(memoryReader({ 'policy.yml': text }), 'policy.yml'));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toMatch(message);
  });

  it('refuses a --policy file that does not exist', () => {
    expect(errorOf(() => loadPolicy(memoryReader({}), 'nope.yml')).message).toMatch(
      /nope\.yml: the policy file does not exist/,
    );
  });

  it('keeps outputs.dir inside the root: a folder under it loads, one that leads out is a config error', () => {
    // Quoted: the place is the value's first character, inside the quote.
    const dir = (value: string) => ({ 'policy.yml': `version: 1\noutputs:\n  dir: '${value}'\n` });
    for (const inside of ['out', 'a/../out', './build/review', 'a\\b'])
      expect(loadPolicy(memoryReader(dir(inside)), 'policy.yml').policy.outputs.dir).toBe(inside);
    for (const outside of ['..', '../escape', 'a/../../escape', '/tmp/escape', '..\\escape']) {
      const error = errorOf(() => loadPolicy(memoryReader(dir(outside)), 'policy.yml'));
      expect(error).toBeInstanceOf(ConfigError);
      expect(error.message).toBe(
        `policy.yml: line 3, column 9: outputs.dir '${outside}' leads outside the root (expected a folder relative to the root; give --out, or the Action's output-dir, to write elsewhere).`,
      );
    }
    // The layer that set it is named, with the place, not the one that extends it.
    const base = {
      'p/base.yml': "version: 1\noutputs:\n  dir: '../x'\n",
      'p/top.yml': 'version: 1\nextends: base.yml\n',
    };
    expect(errorOf(() => loadPolicy(memoryReader(base), 'p/top.yml')).message).toMatch(
      /^p\/base\.yml: line 3, column 9: outputs\.dir '\.\.\/x' leads outside the root/,
    );
  });

  it('reports a policy path the reader refuses (outside the root, not a file) as a config error of the policy', () => {
    const root = mkdtempSync(join(tmpdir(), 'sg-policy-'));
    mkdirSync(join(root, '.shipgate'));
    writeFileSync(join(root, '.shipgate/policy.yml'), 'version: 1\nextends: ../../outside.yml\n');
    const reader = createWorkspaceReader(root);
    const outside = errorOf(() => loadPolicy(reader));
    expect(outside).toBeInstanceOf(ConfigError);
    expect(outside.message).toMatch(
      /^\.shipgate\/policy\.yml: line 2, column 10: extends '\.\.\/\.\.\/outside\.yml': \.\.\/outside\.yml: the evidence file is outside the root .*; evidence must be inside the workspace\.$/,
    );
    writeFileSync(join(root, '.shipgate/policy.yml'), 'version: 1\nextends: .\n');
    expect(errorOf(() => loadPolicy(reader))).toBeInstanceOf(ConfigError);
    const flag = errorOf(() => loadPolicy(reader, '.shipgate'));
    expect(flag).toBeInstanceOf(ConfigError);
    expect(flag.message).toMatch(/^\.shipgate: the evidence path is not a regular file\.$/);
  });

  it('gives the same digest for the same files and a different one when a byte changes', () => {
    const a = loadPolicy(memoryReader({ '.shipgate/policy.yml': 'version: 1\n' }));
    const b = loadPolicy(memoryReader({ '.shipgate/policy.yml': 'version: 1\n' }));
    expect(a.digest).toBe(b.digest);
  });

  describe('extends', () => {
    const team = 'version: 1\nexceptions:\n  maxDays: 45\n';

    it('refuses an absolute path (exit 2) rather than read it below the policy folder; a relative one is read', () => {
      for (const ref of ['/etc/team.yml', 'C:\\team.yml', '\\\\server\\share\\team.yml']) {
        const files = { '.shipgate/policy.yml': `version: 1\nextends: ${ref}\n`, '.shipgate/etc/team.yml': team };
        const error = errorOf(() => loadPolicy(memoryReader(files)));
        expect(error, ref).toBeInstanceOf(ConfigError);
        expect(error.message, ref).toBe(
          `.shipgate/policy.yml: line 2, column 10: extends '${ref}' is an absolute path (expected a preset (release, strict, advisory) or a path relative to the folder of .shipgate/policy.yml, such as ./team.yml).`,
        );
      }
      // The other side: relative paths, down and up from the policy's folder.
      for (const [ref, file] of [
        ['etc/team.yml', '.shipgate/etc/team.yml'],
        ['./etc/team.yml', '.shipgate/etc/team.yml'],
        ['../shared/team.yml', 'shared/team.yml'],
      ]) {
        const loaded = loadPolicy(
          memoryReader({ '.shipgate/policy.yml': `version: 1\nextends: ${ref}\n`, [file as string]: team }),
        );
        expect(
          loaded.chain.map((c) => c.source),
          ref,
        ).toEqual(['.shipgate/policy.yml', file, 'preset:release']);
        expect(loaded.policy.exceptions.maxDays, ref).toBe(45);
      }
    });

    it('names the path it tried when the file does not exist, and where the extends is', () => {
      const error = errorOf(() =>
        loadPolicy(
          memoryReader({ '.shipgate/policy.yml': 'version: 1\nmode: enforce\nextends: ../shared/team.yml\n' }),
        ),
      );
      expect(error).toBeInstanceOf(ConfigError);
      expect(error.message).toBe(
        ".shipgate/policy.yml: line 3, column 10: extends '../shared/team.yml': no such preset or file (tried shared/team.yml, relative to the folder of .shipgate/policy.yml; expected a preset (release, strict, advisory) or a relative path to a policy file).",
      );
    });

    it('names the extends that loops, with its place', () => {
      const files = { 'p/a.yml': 'version: 1\nextends: b.yml\n', 'p/b.yml': 'version: 1\n\nextends: a.yml\n' };
      expect(errorOf(() => loadPolicy(memoryReader(files), 'p/a.yml')).message).toBe(
        "p/b.yml: line 3, column 10: extends 'a.yml': the extends chain loops back to p/a.yml (p/a.yml -> p/b.yml -> p/a.yml; expected a chain that ends in a preset).",
      );
    });

    /** A chain of `count` policy files p0.yml -> p1.yml -> ..., the last extending `last`. */
    const chainOf = (count: number, last: string): Record<string, string> => {
      const files: Record<string, string> = {};
      for (let i = 0; i < count; i += 1)
        files[`p${i}.yml`] = `version: 1\nextends: ${i === count - 1 ? last : `./p${i + 1}.yml`}\n`;
      return files;
    };

    it(`counts only the user's files against the limit of ${MAX_EXTENDS}: the presets at the end are not counted`, () => {
      // 8 files of the user's own, then strict and release: 10 layers, loaded.
      const eight = loadPolicy(memoryReader(chainOf(MAX_EXTENDS, 'strict')), 'p0.yml');
      expect(eight.chain).toHaveLength(MAX_EXTENDS + 2);
      expect(eight.chain.slice(-2).map((c) => c.source)).toEqual(['preset:strict', 'preset:release']);
      // A 9th file is refused at the extends that would add it, saying what the limit counts.
      const error = errorOf(() => loadPolicy(memoryReader(chainOf(MAX_EXTENDS + 1, 'release')), 'p0.yml'));
      expect(error).toBeInstanceOf(ConfigError);
      expect(error.message).toBe(
        "p7.yml: line 2, column 10: extends './p8.yml': the extends chain is longer than 8 policy files: p0.yml -> p1.yml -> p2.yml -> p3.yml -> p4.yml -> p5.yml -> p6.yml -> p7.yml are 8 already, and './p8.yml' would be file 9 (expected at most 8 policy files of your own; the built-in preset at the end of a chain is not counted).",
      );
    });
  });

  it('names a duplicated key, nested too, with the place of both', () => {
    const text = 'version: 1\ngates:\n  scan-cleanliness:\n    enforcement: blocking\n    enforcement: off\n';
    expect(errorOf(() => loadPolicy(memoryReader({ 'policy.yml': text }), 'policy.yml')).message).toBe(
      "policy.yml: line 5, column 5: duplicated mapping key 'enforcement': it is already set at line 4, column 5, and a key may appear once in a mapping (expected a shipgate policy in YAML).",
    );
    // The same key in two mappings is no duplicate.
    const twice =
      'version: 1\ngates:\n  scan-cleanliness: { enforcement: blocking }\n  control-verification: { enforcement: off }\n';
    expect(
      loadPolicy(memoryReader({ 'policy.yml': twice }), 'policy.yml').policy.gates['control-verification'],
    ).toMatchObject({ enforcement: 'off' });
  });

  describe('paths the policy names are inside the root, and globs shipgate accepts (exit 2, with the place and key)', () => {
    const load = (text: string, files: Record<string, string> = {}) =>
      loadPolicy(memoryReader({ '.shipgate/policy.yml': `version: 1\n${text}`, ...files }));

    it('inputs: outside the root, absolute, braces and classes, a glob with ..; each named', () => {
      const error = errorOf(() =>
        load(
          'inputs:\n  - ../x/*.sarif\n  - /etc/passwd\n  - reports/{a,b}.sarif\n  - { path: "reports/[ab].sarif", format: sarif }\n  - a/../b/*.sarif\n  - reports/../../x.json\n',
        ),
      );
      expect(error).toBeInstanceOf(ConfigError);
      expect(error.message.split('\n')).toEqual([
        '.shipgate/policy.yml: the policy names paths shipgate cannot read inside the root.',
        "  - .shipgate/policy.yml: line 3, column 5: inputs[0] '../x/*.sarif' leads outside the root (expected a path or glob inside the root).",
        "  - .shipgate/policy.yml: line 4, column 5: inputs[1] '/etc/passwd' is an absolute path (expected a path or glob relative to the root, inside it).",
        "  - .shipgate/policy.yml: line 5, column 5: inputs[2] 'reports/{a,b}.sarif' is refused: braces and character classes are not supported (use *, ** and ?).",
        "  - .shipgate/policy.yml: line 6, column 14: inputs[3] 'reports/[ab].sarif' is refused: braces and character classes are not supported (use *, ** and ?).",
        "  - .shipgate/policy.yml: line 7, column 5: inputs[4] 'a/../b/*.sarif' is a glob with a '..' segment (expected a glob relative to the root without '..', such as reports/*.sarif).",
        "  - .shipgate/policy.yml: line 8, column 5: inputs[5] 'reports/../../x.json' leads outside the root (expected a path or glob inside the root).",
      ]);
      // One problem is the message itself.
      expect(errorOf(() => load('inputs: [../x/*.sarif]\n')).message).toBe(
        ".shipgate/policy.yml: line 2, column 10: inputs[0] '../x/*.sarif' leads outside the root (expected a path or glob inside the root).",
      );
    });

    it('inputs: paths and globs inside the root load, a literal .. that stays inside included', () => {
      const { policy } = load(
        'inputs:\n  - reports/*.sarif\n  - ./reports/**/trivy.json\n  - reports/../gitleaks.json\n  - { path: reports/semgrep?.json, format: semgrep }\n',
      );
      expect(policy.inputs.map((i) => i.path)).toEqual([
        'reports/*.sarif',
        './reports/**/trivy.json',
        'reports/../gitleaks.json',
        'reports/semgrep?.json',
      ]);
    });

    it('exceptions.paths, the register and the assessment: outside the root, absolute, braces', () => {
      const error = errorOf(() =>
        load(
          'exceptions:\n  paths: [.shipgate/exceptions/*.yml, ../shared/*.yml, "x/{a,b}.yml"]\ngates:\n  disposition-integrity:\n    register: /etc/register.csv\n  control-verification:\n    assessment: ../assessment.md\n',
        ),
      );
      expect(error).toBeInstanceOf(ConfigError);
      expect(error.message.split('\n').slice(1)).toEqual([
        "  - .shipgate/policy.yml: line 3, column 39: exceptions.paths[1] '../shared/*.yml' leads outside the root (expected a path or glob inside the root).",
        "  - .shipgate/policy.yml: line 3, column 57: exceptions.paths[2] 'x/{a,b}.yml' is refused: braces and character classes are not supported (use *, ** and ?).",
        "  - .shipgate/policy.yml: line 6, column 15: gates.disposition-integrity.register '/etc/register.csv' is an absolute path (expected a path relative to the root, inside it).",
        "  - .shipgate/policy.yml: line 8, column 17: gates.control-verification.assessment '../assessment.md' leads outside the root (expected a path inside the root).",
      ]);
      const { policy } = load(
        'exceptions:\n  paths: [security/exceptions/*.yml, security/waived.yml]\ngates:\n  disposition-integrity: { register: security//register.csv }\n  control-verification: { assessment: ./security/a.md }\n',
      );
      expect(policy.exceptions.paths).toEqual(['security/exceptions/*.yml', 'security/waived.yml']);
      expect(policy.gates['disposition-integrity'].register).toBe('security//register.csv');
    });

    it('names the layer that set a bad path, not the policy that extends it', () => {
      const error = errorOf(() =>
        load('extends: ../shared/team.yml\n', {
          'shared/team.yml': 'version: 1\ninputs: [reports/*.sarif, ../up.json]\n',
        }),
      );
      expect(error.message).toBe(
        "shared/team.yml: line 2, column 27: inputs[1] '../up.json' leads outside the root (expected a path or glob inside the root).",
      );
    });
  });

  describe('lists replace: a list that drops entries of the one it extends is a warning', () => {
    it("names the key, the layer whose entries are dropped, how many, and which: the release preset's secret override", () => {
      const loaded = loadPolicy(
        memoryReader({
          '.shipgate/policy.yml':
            'version: 1\nseverity:\n  overrides:\n    - { match: { tool: Trivy }, severity: low }\nevidence:\n  required: [sast, dependency]\ngates:\n  control-verification:\n    requiredControls: [authn]\n',
        }),
      );
      expect(loaded.policy.severity.overrides).toEqual([{ match: { tool: 'Trivy' }, severity: 'low' }]);
      expect(loaded.warnings).toEqual([
        '.shipgate/policy.yml: line 3, column 3: severity.overrides replaces the 1 entry of preset:release, so { match: { scanType: secret }, severity: critical } no longer applies (lists replace what they extend: list it again to keep it).',
        '.shipgate/policy.yml: line 6, column 3: evidence.required replaces the 3 entries of preset:release and leaves out 1, so secret no longer applies (lists replace what they extend: list it again to keep it).',
        '.shipgate/policy.yml: line 9, column 5: gates.control-verification.requiredControls replaces the 4 entries of preset:release, so authentication, authorization, data-protection and 1 more no longer apply (lists replace what they extend: list them again to keep them).',
      ]);
    });

    it('no warning when every entry is listed again (in any order, with more), or the list extended was empty', () => {
      const loaded = loadPolicy(
        memoryReader({
          '.shipgate/policy.yml':
            'version: 1\nseverity:\n  overrides:\n    - { match: { tool: Trivy }, severity: low }\n    - { severity: critical, match: { scanType: secret } }\nevidence:\n  required: [secret, sast, dependency, iac]\nexceptions:\n  approvers: [security-lead]\ninputs: [reports/*.sarif]\n',
        }),
      );
      expect(loaded.warnings).toEqual([]);
      expect(loadPolicy(memoryReader({}), 'strict').warnings).toEqual([]);
      expect(loadPolicy(memoryReader({})).warnings).toEqual([]);
    });

    it('names the layer that set the dropped entries: a team file between the policy and the preset', () => {
      const loaded = loadPolicy(
        memoryReader({
          '.shipgate/policy.yml': 'version: 1\nextends: team.yml\nexceptions:\n  approvers: []\n',
          '.shipgate/team.yml': 'version: 1\nexceptions:\n  approvers: [alice, bob]\n',
        }),
      );
      // Naming other approvers is a choice (no warning); an empty list lets anyone but the owner approve.
      expect(loaded.warnings).toEqual([
        '.shipgate/policy.yml: line 4, column 3: exceptions.approvers replaces the 2 entries of .shipgate/team.yml, so alice, bob no longer apply (lists replace what they extend: list them again to keep them).',
      ]);
    });
  });

  it('locates a key of the merged policy in the layer that set it', () => {
    const loaded = loadPolicy(memoryReader({ '.shipgate/policy.yml': 'version: 1\noutputs:\n  dir: build/review\n' }));
    expect(loaded.locate('/outputs/dir')).toBe('.shipgate/policy.yml: line 3, column 8');
    expect(loaded.locate('/exceptions/maxDays')).toMatch(/^preset:release: line \d+, column \d+$/);
  });
});

describe('a policy written under another name than .shipgate/policy.yml', () => {
  it.each(['.shipgate/policy.yaml', 'shipgate.yml'])(
    '%s, with no .shipgate/policy.yml, is refused rather than passed over for the release preset',
    (name) => {
      const reader = memoryReader({ [name]: 'version: 1\nextends: strict\n' });
      const error = errorOf(() => loadPolicy(reader));
      expect(error).toBeInstanceOf(ConfigError);
      expect(error.message).toBe(
        `${name}: shipgate reads its policy from .shipgate/policy.yml, and there is none, so this shipgate policy would be passed over for the built-in release preset (expected the policy at .shipgate/policy.yml: rename the file, or name the policy to apply with --policy or the Action's policy input, e.g. --policy ${name} or --policy release).`,
      );
    },
  );

  it('is not in the way when .shipgate/policy.yml exists, or when the policy is named', () => {
    const both = memoryReader({
      '.shipgate/policy.yml': 'version: 1\nextends: strict\n',
      '.shipgate/policy.yaml': 'version: 1\nextends: advisory\n',
    });
    expect(loadPolicy(both).source).toBe('.shipgate/policy.yml');
    const named = memoryReader({ '.shipgate/policy.yaml': 'version: 1\nextends: strict\n' });
    expect(loadPolicy(named, '.shipgate/policy.yaml').source).toBe('.shipgate/policy.yaml');
    expect(loadPolicy(named, 'release').source).toBe('preset:release');
    // Nothing at all: the release preset, as before.
    expect(loadPolicy(memoryReader({})).source).toBe('preset:release');
  });

  it("another tool's shipgate.yml, or an empty one, is no shipgate policy: the release preset, as before", () => {
    for (const text of ['deploy:\n  target: prod\n', '', 'version: 2\nsteps: []\n'])
      expect(loadPolicy(memoryReader({ 'shipgate.yml': text })).source).toBe('preset:release');
  });

  it.each([
    ['a byte order mark', '\uFEFFversion: 1\nextends: strict\n'],
    ['quoted keys', '"version": 1\n"extends": strict\n'],
    ['flow style', '{version: 1, extends: strict, evidence: {requireCommit: false}}\n'],
    ['a document start and indentation', '---\n  version: 1\n  extends: strict\n'],
    ['the mode key alone', 'version: 1\nmode: enforce\n'],
    ['YAML the loader refuses (a key twice)', 'version: 1\nextends: strict\nextends: release\n'],
  ])('is refused however it is spelt: %s (the release preset approved in its place)', (_, text) => {
    for (const name of ['.shipgate/policy.yaml', 'shipgate.yml']) {
      const error = errorOf(() => loadPolicy(memoryReader({ [name]: text })));
      expect(error).toBeInstanceOf(ConfigError);
      expect(error.message).toContain(
        `${name}: shipgate reads its policy from .shipgate/policy.yml, and there is none`,
      );
    }
  });

  it('a YAML mapping without version, or with no policy key, is still no policy', () => {
    for (const text of ['{extends: strict}\n', '"version": 2\n"steps": []\n', '\uFEFFdeploy: {target: prod}\n'])
      expect(loadPolicy(memoryReader({ 'shipgate.yml': text })).source).toBe('preset:release');
  });

  it('a folder of such a name is no policy: the release preset, as before', () => {
    const root = mkdtempSync(join(tmpdir(), 'sg-misnamed-'));
    mkdirSync(join(root, 'shipgate.yml'));
    expect(loadPolicy(createWorkspaceReader(root)).source).toBe('preset:release');
  });
});
