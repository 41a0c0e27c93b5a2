import {
  appendFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateEvidence } from '../../src/commands/validate.js';
import { ConfigError, InputError } from '../../src/errors.js';

const TOO_BROAD = `exceptions:
  - id: E1
    type: risk-acceptance
    match: { path: "src/**" }
    reason: r
    owner: alice
    approvedBy: security-lead
    approvedOn: 2026-11-20
    expires: 2027-01-01
`;

function workspace(files: Record<string, string>): string {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'sg-validate-')));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const DEMO = fileURLToPath(new URL('../../fixtures/demo/release', import.meta.url));

/** The demo release (policy, exception file, register, assessment, reports) with `policy` added to its policy. */
function demo(policy = ''): string {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'sg-validate-demo-')));
  cpSync(DEMO, root, { recursive: true });
  appendFileSync(join(root, '.shipgate/policy.yml'), policy);
  return root;
}

const policyWithInputs = (inputs: string) => ({ '.shipgate/policy.yml': `version: 1\ninputs:\n${inputs}` });

describe('commands/validate', () => {
  describe("the policy's inputs, checked as evaluate checks them before reading", () => {
    it('accepts known formats, literal paths and globs that match nothing yet', async () => {
      const root = workspace({
        ...policyWithInputs(
          '  - { path: reports/trivy.json, format: trivy }\n  - reports/**/*.sarif\n  - reports/gitleaks.json\n',
        ),
        'reports/a/codeql.sarif': '{}',
      });
      const { report, error } = await validateEvidence({ root });
      expect(error).toBeUndefined();
      expect(report).toContain('inputs: reports/trivy.json (format trivy): valid\n');
      expect(report).toContain('inputs: reports/**/*.sarif: valid (matches 1 file(s) now)\n');
      expect(report).toContain('inputs: reports/gitleaks.json: valid\n');
      const none = await validateEvidence({ root: workspace(policyWithInputs('  - reports/*.json\n')) });
      expect(none.error).toBeUndefined();
      expect(none.report).toContain('inputs: reports/*.json: valid (matches no files yet)\n');
    });

    it('refuses, as evaluate does, a report there now that is a symbolic link or lies past a folder linked outside the root (exit 3)', async () => {
      const outside = realpathSync(mkdtempSync(join(tmpdir(), 'sg-validate-outside-')));
      writeFileSync(join(outside, 'codeql.sarif'), '{}');
      for (const [input, make, message] of [
        [
          'reports/link.sarif',
          (root: string) => symlinkSync(join(outside, 'codeql.sarif'), join(root, 'reports/link.sarif')),
          'reports/link.sarif: the input is a symbolic link; inputs must be regular files inside the workspace.',
        ],
        [
          'ext/*.sarif',
          (root: string) => symlinkSync(outside, join(root, 'ext')),
          `ext/codeql.sarif: the folder ext is a symbolic link to ${outside}, outside the root `,
        ],
      ] as const) {
        const root = workspace({ ...policyWithInputs(`  - ${input}\n`), 'reports/real.sarif': '{}' });
        make(root);
        const { report, error } = await validateEvidence({ root });
        expect(report, input).toContain(`inputs: ${input}: invalid\n`);
        expect(error, input).toBeInstanceOf(InputError);
        expect(error?.message, input).toContain(message);
      }
    });

    it('reads a report there now only for links, not its content, and a path through a file as not there yet', async () => {
      const root = workspace({
        ...policyWithInputs('  - reports/*.sarif\n  - { path: notdir/gitleaks.json, format: gitleaks }\n'),
        'reports/old.sarif': '',
        notdir: 'a file, not a folder',
      });
      const { report, error } = await validateEvidence({ root });
      expect(error).toBeUndefined();
      expect(report).toContain('inputs: reports/*.sarif: valid (matches 1 file(s) now)\n');
      expect(report).toContain('inputs: notdir/gitleaks.json (format gitleaks): valid\n');
      // A folder where a report is named is refused, as evaluate refuses it.
      mkdirSync(join(root, 'reports/dir.sarif'));
      const folder = await validateEvidence({ root: root, policy: undefined });
      expect(folder.error).toBeUndefined();
      writeFileSync(join(root, '.shipgate/policy.yml'), 'version: 1\ninputs:\n  - reports/dir.sarif\n');
      const named = await validateEvidence({ root });
      expect(named.error?.message).toBe('reports/dir.sarif: the input is a directory; give a file or a glob.');
    });

    it("expands globs as evaluate does, skipping the policy's output folder: one that starts there is refused", async () => {
      const root = workspace({
        '.shipgate/policy.yml': 'version: 1\ninputs:\n  - reports/*.sarif\noutputs:\n  dir: reports\n',
        'reports/a.sarif': '{}',
      });
      const { report, error } = await validateEvidence({ root });
      expect(report).toContain('inputs: reports/*.sarif: invalid\n');
      expect(error).toBeInstanceOf(InputError);
      expect(error?.message).toBe(
        `reports/*.sarif: the glob matched no files under ${root} (it starts in reports, shipgate's output folder, which globs do not read: outputs are not scans; keep the reports in another folder, or set outputs.dir or --out to a folder of its own).`,
      );
    });

    it('refuses an unknown format id (exit 2)', async () => {
      const root = workspace(policyWithInputs('  - { path: reports/trivy.json, format: gitleak }\n'));
      const { report, error } = await validateEvidence({ root });
      expect(report).toContain('inputs: reports/trivy.json (format gitleak): invalid\n');
      expect(error).toBeInstanceOf(ConfigError);
      expect(error?.message).toMatch(
        /^reports\/trivy\.json: format 'gitleak' is not supported \(expected one of sarif, .*; see 'shipgate formats'\)\.$/,
      );
    });

    it('refuses braces, a glob with .. and a path outside the root as configuration errors naming the place (exit 2)', async () => {
      for (const [input, message] of [
        [
          '"reports/*.{sarif,json}"',
          ".shipgate/policy.yml: line 3, column 6: inputs[0] 'reports/*.{sarif,json}' is refused: braces and character classes are not supported (use *, ** and ?).",
        ],
        // Braces without a wildcard: not a file named so, but a glob shipgate does not support.
        [
          "'reports/{a,b}.sarif'",
          ".shipgate/policy.yml: line 3, column 6: inputs[0] 'reports/{a,b}.sarif' is refused: braces and character classes are not supported (use *, ** and ?).",
        ],
        [
          '../x/*.sarif',
          ".shipgate/policy.yml: line 3, column 5: inputs[0] '../x/*.sarif' leads outside the root (expected a path or glob inside the root).",
        ],
        [
          '../scans/trivy.json',
          ".shipgate/policy.yml: line 3, column 5: inputs[0] '../scans/trivy.json' leads outside the root (expected a path or glob inside the root).",
        ],
        [
          '/etc/passwd',
          ".shipgate/policy.yml: line 3, column 5: inputs[0] '/etc/passwd' is an absolute path (expected a path or glob relative to the root, inside it).",
        ],
      ] as const) {
        const error = await validateEvidence({ root: workspace(policyWithInputs(`  - ${input}\n`)) }).then(
          () => undefined,
          (e: unknown) => e as Error,
        );
        expect(error, input).toBeInstanceOf(ConfigError);
        expect(error?.message, input).toBe(message);
      }
      // The other side: the same reports inside the root, named one by one.
      const { error } = await validateEvidence({
        root: workspace(policyWithInputs('  - reports/a.sarif\n  - reports/b.sarif\n  - scans/trivy.json\n')),
      });
      expect(error).toBeUndefined();
    });

    it('refuses exceptions paths, a register and an assessment outside the root (exit 2), each with its key', async () => {
      const root = workspace({
        '.shipgate/policy.yml':
          'version: 1\nexceptions:\n  paths: [../shared/*.yml]\ngates:\n  disposition-integrity: { register: /etc/passwd }\n  control-verification: { assessment: ../manual.md }\n',
      });
      const error = await validateEvidence({ root }).then(
        () => undefined,
        (e: unknown) => e as Error,
      );
      expect(error).toBeInstanceOf(ConfigError);
      expect(error?.message.split('\n')).toEqual([
        '.shipgate/policy.yml: the policy names paths shipgate cannot read inside the root.',
        "  - .shipgate/policy.yml: line 3, column 11: exceptions.paths[0] '../shared/*.yml' leads outside the root (expected a path or glob inside the root).",
        "  - .shipgate/policy.yml: line 5, column 38: gates.disposition-integrity.register '/etc/passwd' is an absolute path (expected a path relative to the root, inside it).",
        "  - .shipgate/policy.yml: line 6, column 39: gates.control-verification.assessment '../manual.md' leads outside the root (expected a path inside the root).",
      ]);
    });
  });

  describe("the policy's warnings", () => {
    it('prints each list the policy replaces and drops entries of, after the policy line; none when nothing is dropped', async () => {
      const root = workspace({
        '.shipgate/policy.yml':
          'version: 1\nextends: release\nseverity:\n  overrides:\n    - { match: { tool: Trivy }, severity: low }\n',
      });
      const { report, error } = await validateEvidence({ root });
      expect(error).toBeUndefined();
      expect(report.split('\n').slice(0, 2)).toEqual([
        'policy: .shipgate/policy.yml -> preset:release: valid, with 1 warning(s)',
        'policy: warning: .shipgate/policy.yml: line 4, column 3: severity.overrides replaces the 1 entry of preset:release, so { match: { scanType: secret }, severity: critical } no longer applies (lists replace what they extend: list it again to keep it).',
      ]);
      // Kept, and listed after the Trivy override: the last override that matches decides, so Trivy's
      // secrets stay critical. (Listed before it, the Trivy override would lower them: a warning.)
      const kept = workspace({
        '.shipgate/policy.yml':
          'version: 1\nextends: release\nseverity:\n  overrides:\n    - { match: { tool: Trivy }, severity: low }\n    - { match: { scanType: secret }, severity: critical }\n',
      });
      const clean = await validateEvidence({ root: kept });
      expect(clean.report.split('\n')[0]).toBe('policy: .shipgate/policy.yml -> preset:release: valid');
      expect(clean.report).not.toContain('warning');
      const shadowed = workspace({
        '.shipgate/policy.yml':
          'version: 1\nextends: release\nseverity:\n  overrides:\n    - { match: { scanType: secret }, severity: critical }\n    - { match: { tool: Trivy }, severity: low }\n',
      });
      expect((await validateEvidence({ root: shadowed })).report.split('\n').slice(0, 2)).toEqual([
        'policy: .shipgate/policy.yml -> preset:release: valid, with 1 warning(s)',
        'policy: warning: .shipgate/policy.yml: line 6, column 7: severity.overrides entry 2, { match: { tool: Trivy }, severity: low }, comes after { match: { scanType: secret }, severity: critical } of preset:release and can match the same findings, so it lowers them to low (the last override that matches a finding sets its severity: list it before that entry, or give it a match that entry cannot share).',
      ]);
    });

    it('prints, as evaluate warns, a mode advisory the policy file inherits from the advisory preset', async () => {
      const advisory = (extends_: string) =>
        `policy: warning: .shipgate/policy.yml: mode advisory comes from preset:advisory, which the policy extends: the job does not fail when the release is rejected. Set mode: enforce in .shipgate/policy.yml to make the gates block (a gate's enforcement: blocking decides the decision, not the job).`.replace(
          'preset:advisory, which',
          `${extends_}, which`,
        );
      const root = workspace({
        '.shipgate/policy.yml':
          'version: 1\nextends: advisory\ngates:\n  scan-cleanliness: { enforcement: blocking }\n',
      });
      const { report, error } = await validateEvidence({ root });
      expect(error).toBeUndefined();
      expect(report.split('\n').slice(0, 2)).toEqual([
        'policy: .shipgate/policy.yml -> preset:advisory -> preset:release: valid, with 1 warning(s)',
        advisory('preset:advisory'),
      ]);
      // Through a policy file that extends the preset, the mode is still the preset's.
      const chained = workspace({
        '.shipgate/base.yml': 'version: 1\nextends: advisory\n',
        '.shipgate/policy.yml': 'version: 1\nextends: base.yml\n',
      });
      expect((await validateEvidence({ root: chained })).report.split('\n')[1]).toBe(advisory('preset:advisory'));
    });

    it('says nothing of the mode when the policy sets it, advisory or enforce, or is the advisory preset itself', async () => {
      for (const mode of ['advisory', 'enforce']) {
        const root = workspace({ '.shipgate/policy.yml': `version: 1\nextends: advisory\nmode: ${mode}\n` });
        const { report, error } = await validateEvidence({ root });
        expect(error, mode).toBeUndefined();
        expect(report.split('\n')[0], mode).toBe(
          'policy: .shipgate/policy.yml -> preset:advisory -> preset:release: valid',
        );
        expect(report, mode).not.toContain('warning');
      }
      const preset = await validateEvidence({ root: workspace({}), policy: 'advisory' });
      expect(preset.report.split('\n')[0]).toBe('policy: preset:advisory -> preset:release: valid');
      expect(preset.report).not.toContain('warning');
    });

    it('prints an exceptions.trustedRef other than auto as not read, with its line; auto is silent', async () => {
      const root = workspace({
        '.shipgate/policy.yml': 'version: 1\nextends: release\nexceptions:\n  trustedRef: none\n',
      });
      const { report, error } = await validateEvidence({ root });
      expect(error).toBeUndefined();
      expect(report.split('\n').slice(0, 2)).toEqual([
        'policy: .shipgate/policy.yml -> preset:release: valid, with 1 warning(s)',
        "policy: warning: .shipgate/policy.yml: line 4, column 15: exceptions.trustedRef 'none' is not read; where policy and exception files come from is the Action's trusted-ref input (default auto: the base commit of a pull request).",
      ]);
      const auto = workspace({
        '.shipgate/policy.yml': 'version: 1\nextends: release\nexceptions:\n  trustedRef: auto\n',
      });
      expect((await validateEvidence({ root: auto })).report).not.toContain('warning');
    });
  });

  describe('every file is checked, and every problem reported', () => {
    it('reports both bad exception files and the bad register; a configuration error outranks the input error', async () => {
      const root = workspace({
        '.shipgate/exceptions/a.yml': TOO_BROAD,
        '.shipgate/exceptions/b.yml': TOO_BROAD,
        '.shipgate/exceptions/c.yml': 'exceptions: []\n',
        'security/findings-register.csv': 'finding_id,status\nX,bogus\n',
      });
      const { report, error } = await validateEvidence({ root });
      expect(report.split('\n')).toEqual([
        'policy: preset:release: valid',
        'exceptions: .shipgate/exceptions/a.yml: invalid',
        'exceptions: .shipgate/exceptions/b.yml: invalid',
        'exceptions: .shipgate/exceptions/c.yml: 0 exception(s), valid',
        'register: security/findings-register.csv: invalid',
        'assessment: security/manual-assessment.md: not found (control-verification will fail until it exists)',
        // The output folder is checked last, once every file this run reads is known.
        'outputs: .artifacts/review-security: valid',
        '',
      ]);
      expect(error).toBeInstanceOf(ConfigError);
      expect(error?.problems).toHaveLength(3);
      expect(error?.message.split('\n')[0]).toBe(
        '3 problems in .shipgate/exceptions/a.yml, .shipgate/exceptions/b.yml and security/findings-register.csv:',
      );
      expect(error?.problems[0]).toMatch(/^\.shipgate\/exceptions\/a\.yml: line 4, column 12: exception 'E1' selects/);
      expect(error?.problems[1]).toMatch(/^\.shipgate\/exceptions\/b\.yml: line 4, column 12: exception 'E1' selects/);
      expect(error?.problems[2]).toMatch(/^security\/findings-register\.csv: row 2, column status: 'bogus'/);
    });

    it('refuses an exception id used in two files (evaluate would apply only the first); distinct ids pass', async () => {
      const entry = (id: string, finding: string) =>
        `exceptions:\n  - id: ${id}\n    type: risk-acceptance\n    match: { finding: ${finding} }\n    reason: r\n    owner: alice\n    approvedBy: security-lead\n    approvedOn: 2026-11-20\n    expires: 2027-01-01\n`;
      const twice = await validateEvidence({
        root: workspace({
          '.shipgate/exceptions/a.yml': entry('EXC-0001', 'SG-0000000000000001'),
          '.shipgate/exceptions/b.yml': entry('EXC-0001', 'SG-0000000000000002'),
        }),
      });
      expect(twice.error).toBeInstanceOf(ConfigError);
      expect(twice.error?.message).toContain(
        ".shipgate/exceptions/b.yml: line 2: exception id 'EXC-0001' is also used in .shipgate/exceptions/a.yml: line 2 (expected each id once across the exception files; evaluate applies only the first).",
      );
      const distinct = await validateEvidence({
        root: workspace({
          '.shipgate/exceptions/a.yml': entry('EXC-0001', 'SG-0000000000000001'),
          '.shipgate/exceptions/b.yml': entry('EXC-0002', 'SG-0000000000000002'),
        }),
      });
      expect(distinct.error).toBeUndefined();
      // Files matched by two different exceptions.paths entries are compared too.
      const apart = await validateEvidence({
        root: workspace({
          '.shipgate/policy.yml': 'version: 1\nexceptions:\n  paths: ["team-a/*.yml", "team-b/*.yml"]\n',
          'team-a/x.yml': entry('EXC-0001', 'SG-0000000000000001'),
          'team-b/x.yml': entry('EXC-0001', 'SG-0000000000000002'),
        }),
      });
      expect(apart.error).toBeInstanceOf(ConfigError);
      expect(apart.error?.message).toContain(
        "team-b/x.yml: line 2: exception id 'EXC-0001' is also used in team-a/x.yml: line 2 (expected each id once across the exception files; evaluate applies only the first).",
      );
    });

    it('exits 3 when only input errors are found: the register and the assessment', async () => {
      const root = workspace({
        'security/findings-register.csv': 'finding_id,status\nX,bogus\n',
        'security/manual-assessment.md': 'no controls here\n',
      });
      const { error } = await validateEvidence({ root });
      expect(error).toBeInstanceOf(InputError);
      expect(error?.problems.map((p) => p.split(':')[0])).toEqual([
        'security/findings-register.csv',
        'security/manual-assessment.md',
      ]);
    });

    it('does not read the assessment when control-verification is off, as evaluate does not', async () => {
      const files = { 'security/manual-assessment.md': 'no controls here\n' };
      const off = await validateEvidence({
        root: workspace({
          ...files,
          '.shipgate/policy.yml': 'version: 1\ngates:\n  control-verification: { enforcement: off }\n',
        }),
      });
      expect(off.error).toBeUndefined();
      expect(off.report).toContain(
        'assessment: security/manual-assessment.md: not read (control-verification is off)\n',
      );
      const on = await validateEvidence({ root: workspace(files) });
      expect(on.error).toBeInstanceOf(InputError);
      expect(on.report).toContain('assessment: security/manual-assessment.md: invalid\n');
    });

    it('a single problem is the error itself, with its own message', async () => {
      const root = workspace({ '.shipgate/exceptions/a.yml': TOO_BROAD });
      const { error } = await validateEvidence({ root });
      expect(error?.message).toMatch(/^\.shipgate\/exceptions\/a\.yml: line 4, column 12: exception 'E1'/);
    });

    it('a policy that does not load stops validation with its own error', async () => {
      const root = workspace({ '.shipgate/policy.yml': 'version: 2\n' });
      await expect(validateEvidence({ root })).rejects.toBeInstanceOf(ConfigError);
    });
  });

  describe('exceptions that can never apply, whatever the date', () => {
    const entry = (fields: Record<string, string> = {}) => {
      const f = {
        owner: 'alice',
        approvedBy: 'security-lead',
        approvedOn: '2026-11-20',
        expires: '2027-01-15',
        ...fields,
      };
      return `exceptions:\n  - id: EXC-0001\n    type: risk-acceptance\n    match: { finding: SG-0000000000000001 }\n    reason: r\n    owner: ${f.owner}\n    approvedBy: ${f.approvedBy}\n    approvedOn: ${f.approvedOn}\n    expires: ${f.expires}\n`;
    };
    const validate = (text: string, policy?: string) =>
      validateEvidence({
        root: workspace({
          '.shipgate/exceptions/a.yml': text,
          ...(policy ? { '.shipgate/policy.yml': policy } : {}),
        }),
      });

    it('refuses a horizon past maxDays (exit 2), naming the expires line and the latest date; maxDays passes', async () => {
      const { report, error } = await validate(entry({ expires: '2027-02-19' }));
      expect(report).toContain('exceptions: .shipgate/exceptions/a.yml: invalid\n');
      expect(error).toBeInstanceOf(ConfigError);
      expect(error?.message).toBe(
        ".shipgate/exceptions/a.yml: line 9: exception 'EXC-0001' can never apply, whatever the date: it runs 91 days from approvedOn 2026-11-20 to expires 2027-02-19, more than the policy's maxDays 90 (expected expires on or before 2027-02-18).",
      );
      expect((await validate(entry({ expires: '2027-02-18' }))).error).toBeUndefined();
    });

    it('refuses an exception that expires on or before the day it was approved (exit 2), naming the expires line; the day after passes', async () => {
      for (const expires of ['2026-11-20', '2026-11-19']) {
        const { error } = await validate(entry({ expires }));
        expect(error).toBeInstanceOf(ConfigError);
        expect(error?.message).toBe(
          `.shipgate/exceptions/a.yml: line 9: exception 'EXC-0001' can never apply, whatever the date: it expires ${expires}, not after approvedOn 2026-11-20, so it applies on no day (expected expires after approvedOn).`,
        );
      }
      expect((await validate(entry({ expires: '2026-11-21' }))).error).toBeUndefined();
    });

    it('refuses an approver not on the list, naming the approvedBy line; one on it passes, and anyone with an empty list', async () => {
      const { error } = await validate(entry({ approvedBy: 'bob' }));
      expect(error).toBeInstanceOf(ConfigError);
      expect(error?.message).toBe(
        ".shipgate/exceptions/a.yml: line 7: exception 'EXC-0001' can never apply, whatever the date: its approver 'bob' is not on the policy's approver list (expected approvedBy one of exceptions.approvers: security-lead).",
      );
      const open = 'version: 1\nexceptions:\n  approvers: []\n';
      expect((await validate(entry({ approvedBy: 'bob' }), open)).error).toBeUndefined();
    });

    it('refuses the owner as approver, also under a look-alike name; another person passes', async () => {
      for (const owner of ['security-lead', 'security_lead', '"security-l\\u0435ad"']) {
        const { error } = await validate(entry({ owner }));
        expect(error, owner).toBeInstanceOf(ConfigError);
        expect(error?.message, owner).toMatch(
          /^\.shipgate\/exceptions\/a\.yml: line 7: exception 'EXC-0001' can never apply, whatever the date: it is approved by its own owner .* \(expected an approvedBy other than the owner; names that differ only in look-alike letters, accents, punctuation, white space, invisible characters or case are one person\)\.$/,
        );
      }
      const open = 'version: 1\nexceptions:\n  approvers: []\n';
      expect((await validate(entry({ owner: 'security_lead' }), open)).error).toBeInstanceOf(ConfigError);
      expect((await validate(entry({ owner: 'carol' }))).error).toBeUndefined();
    });

    it('lists every such problem of a file, with a repeated id, in file order', async () => {
      const second = entry({ approvedBy: 'bob', expires: '2027-02-19' })
        .replace('exceptions:\n', '')
        .replace('EXC-0001', 'EXC-0002');
      const root = workspace({
        '.shipgate/exceptions/a.yml': entry(),
        '.shipgate/exceptions/b.yml': `${entry({ owner: 'security-lead' })}${second}`,
      });
      const { error } = await validateEvidence({ root });
      expect(error?.message.split('\n')).toEqual([
        '.shipgate/exceptions/b.yml: 3 problem(s) with its exceptions: evaluate would not apply them as written.',
        "  - .shipgate/exceptions/b.yml: line 2: exception id 'EXC-0001' is also used in .shipgate/exceptions/a.yml: line 2 (expected each id once across the exception files; evaluate applies only the first).",
        "  - .shipgate/exceptions/b.yml: line 7: exception 'EXC-0001' can never apply, whatever the date: it is approved by its own owner 'security-lead' (expected an approvedBy other than the owner; names that differ only in look-alike letters, accents, punctuation, white space, invisible characters or case are one person).",
        "  - .shipgate/exceptions/b.yml: line 17: exception 'EXC-0002' can never apply, whatever the date: it runs 91 days from approvedOn 2026-11-20 to expires 2027-02-19, more than the policy's maxDays 90 (expected expires on or before 2027-02-18).",
      ]);
    });

    it('does not refuse an expired exception or one approved later: those depend on the date', async () => {
      for (const dates of [
        { approvedOn: '2020-01-01', expires: '2020-02-01' },
        { approvedOn: '2099-01-01', expires: '2099-02-01' },
      ]) {
        const { report, error } = await validate(entry(dates));
        expect(error, dates.expires).toBeUndefined();
        expect(report).toContain('exceptions: .shipgate/exceptions/a.yml: 1 exception(s), valid\n');
      }
    });
  });

  describe('the output folder, checked as evaluate checks it before any gate (exit 2)', () => {
    const holdsEvidence = (dir: string, files: string) =>
      `${dir}: the output folder holds evidence this run reads: ${files} (expected evidence committed outside shipgate's output folder, whose files are replaced by every run and are no reviewed evidence: move the file, or set outputs.dir or --out to another folder).`;

    it('refuses an outputs.dir that holds an exception file; a folder beside it whose name starts the same passes', async () => {
      const root = demo('outputs:\n  dir: .shipgate/exceptions\n');
      const { report, error } = await validateEvidence({ root });
      expect(report).toContain('exceptions: .shipgate/exceptions/tomcat.yml: 1 exception(s), valid\n');
      expect(report.split('\n').at(-2)).toBe('outputs: .shipgate/exceptions: invalid');
      expect(error).toBeInstanceOf(ConfigError);
      expect(error?.message).toBe(
        holdsEvidence(join(root, '.shipgate/exceptions'), 'the exceptions file .shipgate/exceptions/tomcat.yml'),
      );
      const beside = await validateEvidence({ root: demo('outputs:\n  dir: .shipgate/exceptions-out\n') });
      expect(beside.error).toBeUndefined();
      expect(beside.report.split('\n').at(-2)).toBe('outputs: .shipgate/exceptions-out: valid');
    });

    it('refuses an outputs.dir that holds the policy file, naming every file of evidence there', async () => {
      const root = demo('outputs:\n  dir: .shipgate\n');
      const { error } = await validateEvidence({ root });
      expect(error).toBeInstanceOf(ConfigError);
      expect(error?.message).toBe(
        holdsEvidence(
          join(root, '.shipgate'),
          'the policy file .shipgate/policy.yml; the exceptions file .shipgate/exceptions/tomcat.yml',
        ),
      );
    });

    it('refuses an output folder where an output would replace the register; a folder below it passes', async () => {
      const root = demo('outputs:\n  dir: security\n');
      const { error } = await validateEvidence({ root });
      expect(error).toBeInstanceOf(ConfigError);
      expect(error?.message).toBe(
        `${join(root, 'security')}: the output folder holds files this run reads: findings-register.csv would replace the register file security/findings-register.csv (expected an output folder of its own, such as the default .artifacts/review-security; set outputs.dir or --out).`,
      );
      expect((await validateEvidence({ root: demo('outputs:\n  dir: security/out\n') })).error).toBeUndefined();
    });

    it('refuses the assessment in the output folder when control-verification reads it; off, it is not read', async () => {
      const gates = (enforcement: string) =>
        `gates:\n  disposition-integrity: { register: records/findings-register.csv }\n  control-verification: { enforcement: ${enforcement} }\noutputs:\n  dir: security\n`;
      const root = demo(gates('blocking'));
      const { error } = await validateEvidence({ root });
      expect(error).toBeInstanceOf(ConfigError);
      expect(error?.message).toBe(
        holdsEvidence(join(root, 'security'), 'the assessment file security/manual-assessment.md'),
      );
      const off = await validateEvidence({ root: demo(gates('off')) });
      expect(off.error).toBeUndefined();
      expect(off.report.split('\n').at(-2)).toBe('outputs: security: valid');
    });

    it('refuses a report named as an output in the output folder; a report of another name there passes', async () => {
      // The demo's reports are named one by one: a literal path is read wherever it is.
      const passes = await validateEvidence({ root: demo('outputs:\n  dir: reports\n') });
      expect(passes.error).toBeUndefined();
      const root = demo('outputs:\n  dir: reports\n');
      const policy = join(root, '.shipgate/policy.yml');
      writeFileSync(policy, readFileSync(policy, 'utf8').replace('reports/gitleaks.sarif', 'reports/shipgate.sarif'));
      // The scans write it later: validate checks the path named, there or not.
      for (const there of [false, true]) {
        if (there) writeFileSync(join(root, 'reports/shipgate.sarif'), '{}');
        const { error } = await validateEvidence({ root });
        expect(error, String(there)).toBeInstanceOf(ConfigError);
        expect(error?.message, String(there)).toBe(
          `${join(root, 'reports')}: the output folder holds files this run reads: shipgate.sarif would replace the scan report reports/shipgate.sarif (expected an output folder of its own, such as the default .artifacts/review-security; set outputs.dir or --out).`,
        );
      }
    });

    it('refuses an outputs.dir that leads outside the root through a linked folder; one linked inside passes', async () => {
      const outside = realpathSync(mkdtempSync(join(tmpdir(), 'sg-validate-outside-')));
      const root = demo('outputs:\n  dir: linked/out\n');
      symlinkSync(outside, join(root, 'linked'));
      const { report, error } = await validateEvidence({ root });
      expect(report.split('\n').at(-2)).toBe('outputs: linked/out: invalid');
      expect(error).toBeInstanceOf(ConfigError);
      expect(error?.message).toBe(
        `.shipgate/policy.yml: outputs.dir 'linked/out' leads outside the root: the folder linked is a symbolic link to ${outside}, outside the root ${root} (expected a folder inside the workspace; give --out, or the Action's output-dir, to write elsewhere).`,
      );
      const inside = demo('outputs:\n  dir: linked/out\n');
      mkdirSync(join(inside, 'artifacts'));
      symlinkSync(join(inside, 'artifacts'), join(inside, 'linked'));
      expect((await validateEvidence({ root: inside })).error).toBeUndefined();
    });

    it('checks the folder outDir (--out) names instead, as evaluate does: anywhere, but not over evidence or the root', async () => {
      const root = demo();
      const exceptions = join(root, '.shipgate/exceptions');
      const { report, error } = await validateEvidence({ root, outDir: exceptions });
      expect(report.split('\n').at(-2)).toBe(`outputs: ${exceptions} (--out): invalid`);
      expect(error?.message).toBe(holdsEvidence(exceptions, 'the exceptions file .shipgate/exceptions/tomcat.yml'));
      const elsewhere = realpathSync(mkdtempSync(join(tmpdir(), 'sg-validate-out-')));
      expect((await validateEvidence({ root, outDir: elsewhere })).error).toBeUndefined();
      const itself = await validateEvidence({ root, outDir: root });
      expect(itself.error).toBeInstanceOf(ConfigError);
      expect(itself.error?.message).toBe(
        `the output folder ${root} (--out, or the Action's output-dir) is the root itself: the outputs need a folder of their own, which every run replaces and input globs do not read (expected a folder inside or outside the root, such as .artifacts/review-security).`,
      );
    });

    it('reports the output folder beside the other problems, the configuration error first in rank', async () => {
      const root = demo('outputs:\n  dir: .shipgate/exceptions\n');
      writeFileSync(join(root, 'security/findings-register.csv'), 'finding_id,status\nX,bogus\n');
      const { error } = await validateEvidence({ root });
      expect(error).toBeInstanceOf(ConfigError);
      expect(error?.message.split('\n')[0]).toBe(
        '2 problems in security/findings-register.csv and .shipgate/exceptions:',
      );
    });
  });

  describe('the root', () => {
    it('refuses a root that does not exist or is a file (exit 2), naming it; a folder passes', async () => {
      const parent = workspace({ 'file.txt': '' });
      for (const [root, what] of [
        [join(parent, 'missing'), 'does not exist'],
        [join(parent, 'file.txt', 'below'), 'does not exist'],
        [join(parent, 'file.txt'), 'is not a folder'],
      ] as const) {
        const error = await validateEvidence({ root }).then(
          () => undefined,
          (e: unknown) => e as Error,
        );
        expect(error, root).toBeInstanceOf(ConfigError);
        expect(error?.message, root).toBe(
          `the root '${root}' ${what} (expected the workspace folder: --root DIR, $GITHUB_WORKSPACE or the current directory).`,
        );
      }
      expect((await validateEvidence({ root: parent })).error).toBeUndefined();
    });
  });
});
