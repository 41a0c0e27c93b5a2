import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import {
  applyExceptions,
  exceptionMatches,
  exceptionStandingProblem,
  parseExceptionFile,
  type Exception,
} from '../../src/evidence/exceptions.js';
import { makeFinding, releasePolicy } from '../helpers.js';

const TODAY = '2026-11-25';

function exception(overrides: Partial<Exception> = {}): Exception {
  return {
    id: 'EXC-0001',
    type: 'risk-acceptance',
    match: { vulnerability: 'CVE-2020-8203' },
    reason: 'not reachable',
    owner: 'alice',
    approvedBy: 'security-lead',
    approvedOn: '2026-11-20',
    expires: '2027-01-20',
    file: '.shipgate/exceptions/a.yml',
    line: 2,
    ...overrides,
  };
}

const lodash = makeFinding({
  scanType: 'dependency',
  ruleId: 'GHSA-p6mc-m468-83gw',
  aliases: ['CVE-2020-8203', 'GHSA-p6mc-m468-83gw'],
  package: { name: 'lodash', version: '4.17.15', purl: 'pkg:npm/lodash@4.17.15' },
  location: { path: 'services/api/package-lock.json' },
});

describe('evidence/exceptions', () => {
  describe('validity on both sides of every boundary', () => {
    const policy = releasePolicy();
    const statusOf = (e: Exception) => {
      const { report } = applyExceptions([lodash], [e], policy, TODAY);
      return report.applied.length ? 'applied' : report.rejected[0]?.reason;
    };

    it('expires tomorrow: applies; today or yesterday: expired, saying what was expected', () => {
      expect(statusOf(exception({ expires: '2026-11-26' }))).toBe('applied');
      expect(statusOf(exception({ expires: '2026-11-25' }))).toBe(
        'expired on 2026-11-25 (expected expires after today, 2026-11-25: renew it with a new approval, or fix the finding)',
      );
      expect(statusOf(exception({ expires: '2026-11-24' }))).toBe(
        'expired on 2026-11-24 (expected expires after today, 2026-11-25: renew it with a new approval, or fix the finding)',
      );
    });

    it('approved today applies; approved tomorrow does not yet, saying what was expected', () => {
      expect(statusOf(exception({ approvedOn: TODAY }))).toBe('applied');
      expect(statusOf(exception({ approvedOn: '2026-11-26', expires: '2027-01-01' }))).toBe(
        'approved on 2026-11-26, which is after today, 2026-11-25 (expected approvedOn today or earlier: an exception applies from its approval date)',
      );
    });

    it('a horizon of maxDays applies; maxDays + 1 does not, naming the latest expiry allowed', () => {
      expect(statusOf(exception({ approvedOn: '2026-11-20', expires: '2027-02-18' }))).toBe('applied');
      expect(statusOf(exception({ approvedOn: '2026-11-20', expires: '2027-02-19' }))).toBe(
        "runs 91 days from approval to expiry, more than the policy's maxDays 90 (expected expires on or before 2027-02-18)",
      );
    });

    it('an approver equal to the owner is refused', () => {
      expect(statusOf(exception({ owner: 'security-lead', approvedBy: 'security-lead' }))).toMatch(
        /approved by its own owner/,
      );
    });

    it('an owner that differs from the approver only by invisible characters, white space or case is the same person', () => {
      for (const owner of [
        'security-lead\u200b',
        '\u2060security-lead',
        'Security-Lead\ufeff',
        ' security\u200d-lead ',
      ])
        expect(statusOf(exception({ owner, approvedBy: 'security-lead' }))).toMatch(
          /^approved by its own owner ".*" \(approver "security-lead": names that differ only in look-alike letters, accents, punctuation, white space, invisible characters or case are one person\); an exception needs a second person$/,
        );
      expect(statusOf(exception({ owner: 'security-lead\u200b', approvedBy: 'security-lead' }))).toContain(
        'owner "security-lead\\u200B"',
      );
      // An empty allowlist: the approver is anyone, so only the owner comparison stops a self-approval.
      const open = releasePolicy((p) => {
        p.exceptions.approvers = [];
      });
      const { report } = applyExceptions([lodash], [exception({ owner: 'bob\u200b', approvedBy: 'bob' })], open, TODAY);
      expect(report.applied).toEqual([]);
      expect(report.rejected[0]?.reason).toMatch(/approved by its own owner/);
      expect(statusOf(exception({ owner: 'alice', approvedBy: 'security-lead' }))).toBe('applied');
    });

    it('an exception built in code whose owner, approver, reason or control shows no letter or digit is invalid', () => {
      for (const blank of ['\u200b', '-', '**', ' \u2060 '])
        for (const key of ['owner', 'approvedBy', 'reason'] as const)
          expect(statusOf(exception({ [key]: blank }))).toBe(
            `its ${key} has no letter or digit (expected names and words, not only white space, punctuation or invisible characters)`,
          );
      expect(statusOf(exception({ type: 'compensating-control', control: '\u200b' }))).toMatch(
        /^its control has no letter or digit/,
      );
      expect(statusOf(exception({ type: 'compensating-control', control: 'WAF rule 9410' }))).toBe('applied');
      expect(statusOf(exception({ reason: 'fix in 1.2' }))).toBe('applied');
    });

    it('an exception built in code whose owner, approver, reason or control is a placeholder (TBD, N/A) is invalid', () => {
      for (const placeholder of [
        'TBD',
        ' n/a ',
        'None.',
        'unassigned',
        '\uff34\uff22\uff24',
        'T.B.D.',
        'No-one',
        'To be determined',
        'Not applicable',
      ])
        for (const key of ['owner', 'approvedBy', 'reason'] as const)
          expect(statusOf(exception({ [key]: placeholder }))).toBe(
            `its ${key} ${JSON.stringify(placeholder.trim())} is a placeholder (expected names and words)`,
          );
      expect(statusOf(exception({ type: 'compensating-control', control: 'TODO' }))).toBe(
        'its control "TODO" is a placeholder (expected names and words)',
      );
      // Words that only contain a placeholder are names and words.
      for (const text of ['Nadia', 'tbd-team', 'none of the inputs reach it', 'Noone Smith'])
        expect(statusOf(exception({ owner: text, reason: text }))).toBe('applied');
    });

    it('an approver not on the allowlist is refused; an empty allowlist accepts anyone but the owner', () => {
      expect(statusOf(exception({ approvedBy: 'bob' }))).toBe(
        "approver 'bob' is not on the policy's approver list (security-lead)",
      );
      const open = releasePolicy((p) => {
        p.exceptions.approvers = [];
      });
      expect(applyExceptions([lodash], [exception({ approvedBy: 'bob' })], open, TODAY).report.applied).toHaveLength(1);
    });

    it('reports the findings an invalid exception would have covered', () => {
      const { report, coveredBy } = applyExceptions([lodash], [exception({ approvedBy: 'bob' })], policy, TODAY);
      expect(report.rejected[0]?.wouldCover).toEqual([lodash.id]);
      expect(coveredBy.size).toBe(0);
    });

    it('lists unused and expiring-soon exceptions', () => {
      const { report } = applyExceptions(
        [lodash],
        [exception({ id: 'EXC-1', expires: '2026-12-09' }), exception({ id: 'EXC-2', match: { rule: 'nothing' } })],
        policy,
        TODAY,
      );
      expect(report.expiringSoon).toEqual([{ id: 'EXC-1', expires: '2026-12-09', daysLeft: 14 }]);
      expect(report.unused.map((u) => u.id)).toEqual(['EXC-2']);
    });
  });

  describe('selectors', () => {
    it('matches a CVE selector through the aliases of a GHSA finding', () => {
      expect(exceptionMatches({ match: { vulnerability: 'cve-2020-8203' } }, lodash)).toBe(true);
    });
    it('needs every selector to match: package by name or purl, path glob, tool', () => {
      expect(
        exceptionMatches(
          { match: { vulnerability: 'CVE-2020-8203', package: 'lodash', path: 'services/api/**' } },
          lodash,
        ),
      ).toBe(true);
      expect(exceptionMatches({ match: { vulnerability: 'CVE-2020-8203', package: 'pkg:npm/lodash' } }, lodash)).toBe(
        true,
      );
      expect(exceptionMatches({ match: { vulnerability: 'CVE-2020-8203', path: 'services/web/**' } }, lodash)).toBe(
        false,
      );
      // './' in front is the same path, as in the policy's inputs.
      for (const path of ['./services/api/**', './services/api/package-lock.json'])
        expect(exceptionMatches({ match: { vulnerability: 'CVE-2020-8203', path } }, lodash)).toBe(true);
      expect(exceptionMatches({ match: { vulnerability: 'CVE-2020-8203', path: './services/web/**' } }, lodash)).toBe(
        false,
      );
      expect(exceptionMatches({ match: { vulnerability: 'CVE-2020-8203', tool: 'grype' } }, lodash)).toBe(false);
      // A tool selector covers a merged finding only when every copy is that tool's, as a path does.
      const first = lodash.sources[0] as (typeof lodash.sources)[number];
      const merged = { ...lodash, sources: [first, { ...first, tool: 'Grype', pointer: '/matches/0' }] };
      const tool = first.tool;
      expect(exceptionMatches({ match: { vulnerability: 'CVE-2020-8203', tool } }, lodash)).toBe(true);
      expect(exceptionMatches({ match: { vulnerability: 'CVE-2020-8203', tool } }, merged)).toBe(false);
      expect(exceptionMatches({ match: { vulnerability: 'CVE-2020-8203', tool: 'grype' } }, merged)).toBe(false);
      const both = { ...merged, sources: [first, { ...first, pointer: '/Results/1' }] };
      expect(exceptionMatches({ match: { vulnerability: 'CVE-2020-8203', tool: tool.toUpperCase() } }, both)).toBe(
        true,
      );
      expect(exceptionMatches({ match: { finding: lodash.id } }, lodash)).toBe(true);
      expect(exceptionMatches({ match: { rule: 'GHSA-p6mc-m468-83gw' } }, lodash)).toBe(true);
    });
  });

  describe('parsing', () => {
    const valid = `exceptions:
  - id: EXC-0007
    type: risk-acceptance
    match:
      vulnerability: CVE-2020-8203
      package: lodash
    reason: Not reachable.
    owner: alice
    approvedBy: bob
    approvedOn: 2026-11-20
    expires: 2027-02-18
    ticket: SEC-204
`;
    it('reads entries with their line and keeps dates as strings', () => {
      const [entry] = parseExceptionFile(valid, 'x.yml');
      expect(entry).toMatchObject({
        id: 'EXC-0007',
        approvedOn: '2026-11-20',
        expires: '2027-02-18',
        line: 2,
        file: 'x.yml',
      });
    });

    const bad: [string, string, RegExp][] = [
      [
        'a path-only match is too broad',
        valid.replace('vulnerability: CVE-2020-8203\n      package: lodash', 'path: "src/**"'),
        /x\.yml: line 5, column 7: exception 'EXC-0007' selects only by path, which is too broad/,
      ],
      [
        'an impossible date',
        valid.replace('2027-02-18', '2027-02-30'),
        /line 11, column 14: '2027-02-30' is not a calendar date/,
      ],
      [
        'an unknown key',
        valid.replace('ticket:', 'tikcet:'),
        /line 12, column 5: \/exceptions\/0\/tikcet: unknown key 'tikcet'/,
      ],
      [
        'a bad type',
        valid.replace('type: risk-acceptance', 'type: yolo'),
        /line 3, column 11: \/exceptions\/0\/type: "yolo" is not allowed \(expected one of "risk-acceptance", "false-positive", "compensating-control"\)/,
      ],
      ['an alias', `${valid}x: &a 1\ny: *a\n`, /YAML aliases are not allowed/],
      ['a __proto__ key', valid.replace('ticket: SEC-204', '__proto__: {}'), /the key '__proto__' is not allowed/],
      ['a duplicate key', valid.replace('ticket: SEC-204', 'owner: eve'), /duplicated mapping key/],
      [
        'a second document with the same keys',
        `exceptions: []\n---\n${valid}`,
        /line 2, column 1: the file holds more than one YAML document \(expected a single document: remove the '---' that starts a second one\)/,
      ],
      ['a second document of another shape', `${valid}---\n- a\n`, /the file holds more than one YAML document/],
      [
        'a compensating control without control',
        valid.replace('risk-acceptance', 'compensating-control'),
        /is a compensating-control without 'control'/,
      ],
      [
        'an owner of only spaces',
        valid.replace('owner: alice', 'owner: " "'),
        /line 8, column 13: \/exceptions\/0\/owner: " " is blank \(expected text, not only white space\)/,
      ],
      [
        'an approver of only a tab and a no-break space',
        valid.replace('approvedBy: bob', 'approvedBy: "\\t\\u00a0"'),
        /line 9, column 18: \/exceptions\/0\/approvedBy: "\\t\u00a0" is blank/,
      ],
      [
        'a blank reason',
        valid.replace('reason: Not reachable.', "reason: '  '"),
        /\/exceptions\/0\/reason: " {2}" is blank/,
      ],
      [
        'a blank control of a compensating control',
        valid.replace('risk-acceptance', 'compensating-control').replace('ticket: SEC-204', 'control: " "'),
        /\/exceptions\/0\/control: " " is blank/,
      ],
      [
        'an empty owner, at its own line (not line 1)',
        valid.replace('owner: alice', 'owner:'),
        /x\.yml: line 8, column 5: \/exceptions\/0\/owner: null is not allowed \(expected string\)/,
      ],
      [
        'a blank selector',
        valid.replace('package: lodash', 'package: " "'),
        /\/exceptions\/0\/match\/package: " " is blank/,
      ],
      [
        'a brace glob',
        valid.replace('package: lodash', 'path: "src/{a,b}/**"'),
        /the path glob 'src\/\{a,b\}\/\*\*' is refused: braces/,
      ],
      [
        'a glob that is too long',
        valid.replace('package: lodash', `path: "${'a/'.repeat(300)}"`),
        /line 6, column 14: \/exceptions\/0\/match\/path: "a\/a\/.*must NOT have more than 512 characters/,
      ],
    ];
    describe('text that shows nothing', () => {
      const problemsOf = (text: string): readonly string[] => {
        try {
          parseExceptionFile(text, 'x.yml');
        } catch (e) {
          expect(e).toBeInstanceOf(ConfigError);
          return (e as ConfigError).problems ?? [];
        }
        return [];
      };
      // YAML double-quoted escapes: the file holds the invisible characters themselves.
      const shown: [string, string][] = [
        ['\\u200b', '"\\u200B"'],
        ['-', '"-"'],
        ['**', '"**"'],
        [' \\u2060 ', '" \\u2060 "'],
        ['\\u200d\\ufeff', '"\\u200D\\uFEFF"'],
        ['\\u3164', '"\\u3164"'],
      ];

      it.each(shown)(
        'refuses owner, approvedBy and reason "%s" with the file, line, key and what was expected',
        (yaml, show) => {
          const text = valid
            .replace('owner: alice', `owner: "${yaml}"`)
            .replace('approvedBy: bob', `approvedBy: "${yaml}"`)
            .replace('reason: Not reachable.', `reason: "${yaml}"`);
          expect(problemsOf(text)).toEqual([
            expect.stringMatching(/^x\.yml: line 7, column 14: \/exceptions\/0\/reason: /),
            expect.stringMatching(/^x\.yml: line 8, column 13: \/exceptions\/0\/owner: /),
            expect.stringMatching(/^x\.yml: line 9, column 18: \/exceptions\/0\/approvedBy: /),
          ]);
          expect(problemsOf(text)[1]).toBe(
            `x.yml: line 8, column 13: /exceptions/0/owner: ${show} has no letter or digit (expected the name of the owner; white space, punctuation and invisible characters alone name nobody).`,
          );
        },
      );

      it('refuses an owner, approver or reason that is only a placeholder (TBD, N/A, none), and keeps words holding one', () => {
        const text = valid
          .replace('owner: alice', 'owner: TBD')
          .replace('approvedBy: bob', 'approvedBy: "N/A"')
          .replace('reason: Not reachable.', 'reason: none');
        expect(problemsOf(text)).toEqual([
          'x.yml: line 7, column 13: /exceptions/0/reason: "none" is a placeholder (expected a reason in words).',
          'x.yml: line 8, column 12: /exceptions/0/owner: "TBD" is a placeholder (expected the name of the owner).',
          'x.yml: line 9, column 18: /exceptions/0/approvedBy: "N/A" is a placeholder (expected the name of the approver).',
        ]);
        expect(problemsOf(valid.replace('owner: alice', 'owner: tbd-team'))).toEqual([]);
        expect(problemsOf(valid.replace('reason: Not reachable.', 'reason: None of the callers pass input.'))).toEqual(
          [],
        );
      });

      it('refuses the control of a compensating control that shows nothing', () => {
        const text = valid
          .replace('risk-acceptance', 'compensating-control')
          .replace('ticket: SEC-204', 'control: "\\u200b"');
        expect(problemsOf(text)).toEqual([
          'x.yml: line 12, column 15: /exceptions/0/control: "\\u200B" has no letter or digit (expected the control that mitigates the finding, in words; white space, punctuation and invisible characters alone say nothing).',
        ]);
      });

      it('reports a value of only white space once, as the schema does', () => {
        expect(problemsOf(valid.replace('owner: alice', 'owner: " "'))).toEqual([
          expect.stringMatching(/\/exceptions\/0\/owner: " " is blank \(expected text, not only white space\)\.$/),
        ]);
      });

      it('accepts a name and a reason with a letter or digit, around invisible characters', () => {
        const text = valid
          .replace('owner: alice', 'owner: "alice\\u200b"')
          .replace('reason: Not reachable.', 'reason: "fix in 1.2"');
        expect(parseExceptionFile(text, 'x.yml')[0]).toMatchObject({ owner: 'alice\u200b', reason: 'fix in 1.2' });
        expect(parseExceptionFile(valid.replace('reason: Not reachable.', 'reason: "1"'), 'x.yml')).toHaveLength(1);
      });
    });

    it('lists every problem of a file, also those past a schema error', () => {
      const second = valid
        .replace('EXC-0007', 'EXC-0008')
        .replace('vulnerability: CVE-2020-8203\n      package: lodash', 'path: "src/**"')
        .replace('2027-02-18', '2027-02-30')
        .replace('exceptions:\n', '');
      const text = `${valid.replace('ticket:', 'tikcet:')}${second}`;
      let error: ConfigError | undefined;
      try {
        parseExceptionFile(text, 'x.yml');
      } catch (e) {
        error = e as ConfigError;
      }
      expect(error).toBeInstanceOf(ConfigError);
      expect(error?.problems).toEqual([
        expect.stringMatching(/^x\.yml: line 12, column 5: \/exceptions\/0\/tikcet: unknown key 'tikcet'/),
        expect.stringMatching(
          /^x\.yml: line 16, column 7: exception 'EXC-0008' selects only by path, which is too broad/,
        ),
        "x.yml: line 21, column 14: '2027-02-30' is not a calendar date (expected YYYY-MM-DD).",
      ]);
      // A date that is not YYYY-MM-DD at all is reported once, by the schema.
      const once = (() => {
        try {
          parseExceptionFile(valid.replace('2027-02-18', '2027-2-18'), 'x.yml');
        } catch (e) {
          return (e as ConfigError).problems;
        }
        return [];
      })();
      expect(once).toEqual([
        expect.stringMatching(/\/exceptions\/0\/expires: "2027-2-18" is not allowed: must match pattern/),
      ]);
    });

    it.each(bad)('refuses %s with a config error naming file and line', (_name, text, message) => {
      const error = (() => {
        try {
          parseExceptionFile(text, 'x.yml');
        } catch (e) {
          return e;
        }
        return undefined;
      })();
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as Error).message).toMatch(message);
    });
  });

  describe('an owner who looks like the approver is the approver', () => {
    const policy = releasePolicy();
    const reasonOf = (owner: string, approvedBy = 'security-lead', p = policy) =>
      applyExceptions([lodash], [exception({ owner, approvedBy })], p, TODAY).report.rejected[0]?.reason ?? 'applied';
    const SAME =
      'names that differ only in look-alike letters, accents, punctuation, white space, invisible characters or case are one person';

    it.each([
      ['a hyphen (U+2010)', 'security\u2010lead', '"security\\u2010lead"'],
      ['a non-breaking hyphen (U+2011)', 'security\u2011lead', '"security\\u2011lead"'],
      ['a Cyrillic e (U+0435)', 'security-l\u0435ad', '"security-l\\u0435ad"'],
      ['a combining acute accent (U+0301)', 'security-le\u0301ad', '"security-le\\u0301ad"'],
      ['a full stop after it', 'security-lead.', '"security-lead."'],
      ['an underscore for the hyphen', 'security_lead', '"security_lead"'],
      ['Cyrillic capitals', 'SECURITY-L\u0415\u0410D', '"SECURITY-L\\u0415\\u0410D"'],
      ['Greek small omicron for o, alpha for a', 'security-le\u03b1d', '"security-le\\u03B1d"'],
      ['full-width letters', '\uff53ecurity-lead', '"\\uFF53ecurity-lead"'],
    ])('refuses an owner with %s, showing the code points', (_what, owner, shown) => {
      expect(reasonOf(owner)).toBe(
        `approved by its own owner ${shown} (approver "security-lead": ${SAME}); an exception needs a second person`,
      );
    });

    it('refuses it with an empty approver list too, where only this comparison stops a self-approval', () => {
      const open = releasePolicy((p) => {
        p.exceptions.approvers = [];
      });
      expect(reasonOf('b\u043eb', 'bob', open)).toMatch(/^approved by its own owner "b\\u043Eb" \(approver "bob": /);
      expect(reasonOf('rob', 'bob', open)).toBe('applied');
    });

    it('keeps names that differ in a letter or digit apart', () => {
      for (const owner of ['security-leads', 'security-lead2', 'security-load', 'alice'])
        expect(reasonOf(owner), owner).toBe('applied');
    });

    it('names the line of approvedBy', () => {
      const [entry] = parseExceptionFile(
        `exceptions:
  - id: EXC-1
    type: risk-acceptance
    match: { vulnerability: CVE-2020-8203 }
    reason: r
    owner: security_lead
    approvedBy: security-lead
    approvedOn: 2026-11-20
    expires: 2027-01-15
`,
        'x.yml',
      );
      const { report } = applyExceptions([lodash], [entry as Exception], policy, TODAY);
      expect(report.rejected[0]?.line).toBe(7);
    });
  });

  describe('what can never apply, whatever the date', () => {
    const policy = releasePolicy();
    it('a horizon past maxDays, the owner as approver, an approver not on the list; each on both sides', () => {
      const base = { owner: 'alice', approvedBy: 'security-lead', approvedOn: '2026-11-20', expires: '2027-02-18' };
      expect(exceptionStandingProblem(base, policy)).toBeUndefined();
      expect(exceptionStandingProblem({ ...base, expires: '2027-02-19' }, policy)).toEqual({
        key: 'expires',
        reason:
          "runs 91 days from approval to expiry, more than the policy's maxDays 90 (expected expires on or before 2027-02-18)",
        problem:
          "it runs 91 days from approvedOn 2026-11-20 to expires 2027-02-19, more than the policy's maxDays 90 (expected expires on or before 2027-02-18)",
      });
      expect(exceptionStandingProblem({ ...base, owner: 'security-lead.' }, policy)?.problem).toBe(
        'it is approved by its own owner "security-lead." (approver "security-lead") (expected an approvedBy other than the owner; names that differ only in look-alike letters, accents, punctuation, white space, invisible characters or case are one person)',
      );
      expect(exceptionStandingProblem({ ...base, owner: 'security-lead' }, policy)?.problem).toBe(
        "it is approved by its own owner 'security-lead' (expected an approvedBy other than the owner; names that differ only in look-alike letters, accents, punctuation, white space, invisible characters or case are one person)",
      );
      expect(exceptionStandingProblem({ ...base, approvedBy: 'bob' }, policy)).toEqual({
        key: 'approvedBy',
        reason: "approver 'bob' is not on the policy's approver list (security-lead)",
        problem:
          "its approver 'bob' is not on the policy's approver list (expected approvedBy one of exceptions.approvers: security-lead)",
      });
      // Expiring on or before the day of approval, it applies on no day; the day after, on one.
      expect(exceptionStandingProblem({ ...base, expires: '2026-11-20' }, policy)).toEqual({
        key: 'expires',
        reason:
          'expires 2026-11-20, not after its approval on 2026-11-20, so it applies on no day (expected expires after approvedOn)',
        problem:
          'it expires 2026-11-20, not after approvedOn 2026-11-20, so it applies on no day (expected expires after approvedOn)',
      });
      expect(exceptionStandingProblem({ ...base, expires: '2026-11-01' }, policy)?.key).toBe('expires');
      expect(exceptionStandingProblem({ ...base, expires: '2026-11-21' }, policy)).toBeUndefined();
      // Dates alone never make it a standing problem: expired long ago, or approved next year.
      expect(
        exceptionStandingProblem({ ...base, approvedOn: '2020-01-01', expires: '2020-02-01' }, policy),
      ).toBeUndefined();
      expect(
        exceptionStandingProblem({ ...base, approvedOn: '2030-01-01', expires: '2030-02-01' }, policy),
      ).toBeUndefined();
    });
  });

  describe('a rejection names the line of the key at fault', () => {
    const file = `exceptions:
  - id: EXC-1
    type: risk-acceptance
    match: { vulnerability: CVE-2020-8203 }
    reason: r
    owner: alice
    approvedBy: security-lead
    approvedOn: 2026-11-20
    expires: 2027-01-15
  - type: risk-acceptance
    id: EXC-1
    match: { vulnerability: CVE-2020-8203 }
    reason: r
    owner: alice
    approvedBy: security-lead
    approvedOn: 2026-11-20
    expires: 2027-01-15
`;
    const entries = parseExceptionFile(file.replace(/\n {2}- type: [^]*$/, '\n'), 'x.yml');

    it('reads the line of each key', () => {
      expect(entries[0]?.keyLines).toEqual({
        id: 2,
        reason: 5,
        owner: 6,
        approvedBy: 7,
        approvedOn: 8,
        expires: 9,
      });
    });

    it('expires for an expired one, approvedOn for one not yet approved, approvedBy for the approver', () => {
      const [entry] = entries as [Exception];
      const lineOf = (e: Exception, policy = releasePolicy()) =>
        applyExceptions([lodash], [e], policy, TODAY).report.rejected.map((r) => [r.status, r.line]);
      expect(lineOf({ ...entry, expires: '2026-11-25' })).toEqual([['expired', 9]]);
      expect(lineOf({ ...entry, approvedOn: '2026-11-26' })).toEqual([['not-yet-valid', 8]]);
      expect(lineOf({ ...entry, expires: '2027-03-01' })).toEqual([['invalid', 9]]);
      expect(lineOf({ ...entry, approvedBy: 'bob' })).toEqual([['invalid', 7]]);
      expect(lineOf(entry)).toEqual([]);
      // Built in code, without key lines: the entry's line.
      expect(lineOf({ ...exception({ expires: '2026-11-25' }), line: 4 })).toEqual([['expired', 4]]);
    });

    it('the id line of a repeated id, saying what was expected', () => {
      // Parsed as two files: one file refuses its own repeated id.
      const first = parseExceptionFile(file.replace(/\n {2}- type: [^]*$/, '\n'), 'a.yml');
      const second = parseExceptionFile(`exceptions:\n${file.split('\n').slice(9).join('\n')}`, 'b.yml');
      const { report } = applyExceptions([lodash], [...first, ...second], releasePolicy(), TODAY);
      expect(report.rejected).toEqual([
        expect.objectContaining({
          file: 'b.yml',
          line: 3,
          reason:
            'its id is also used in a.yml: line 2 (expected each id once across the exception files; only the first entry with an id is considered)',
        }),
      ]);
    });
  });

  describe('match selectors that select too much, or that the schema refuses', () => {
    const entry = (match: string) => `exceptions:
  - id: EXC-1
    type: risk-acceptance
    match: ${match}
    reason: r
    owner: alice
    approvedBy: security-lead
    approvedOn: 2026-11-20
    expires: 2027-01-15
`;
    const problemsOf = (text: string): readonly string[] => {
      try {
        parseExceptionFile(text, 'x.yml');
      } catch (e) {
        expect(e).toBeInstanceOf(ConfigError);
        return (e as ConfigError).problems;
      }
      return [];
    };
    const NO_RULE =
      "which names no rule: shipgate gives that rule id to every SARIF result without one, of every tool, which is too broad (expected the finding's SG- id in 'finding' instead).";

    it("refuses the rule id '(no rule id)' alone or with a path, package or tool, as it names no rule", () => {
      for (const [match, column] of [
        ['{ rule: "(no rule id)" }', 21],
        ['{ rule: "(no rule id)", path: "src/**" }', 21],
        ['{ rule: "(no rule id)", tool: CodeQL }', 21],
      ] as const)
        expect(problemsOf(entry(match)), match).toEqual([
          `x.yml: line 4, column ${column}: exception 'EXC-1' selects by rule '(no rule id)', ${NO_RULE}`,
        ]);
      expect(problemsOf(entry('{ vulnerability: "(No Rule Id)" }'))).toEqual([
        `x.yml: line 4, column 30: exception 'EXC-1' selects by vulnerability '(No Rule Id)', ${NO_RULE}`,
      ]);
    });

    it('accepts it beside a finding id, and accepts a real rule id', () => {
      expect(problemsOf(entry('{ rule: "(no rule id)", finding: SG-0123456789abcdef }'))).toEqual([]);
      expect(problemsOf(entry('{ rule: js/xss }'))).toEqual([]);
      expect(problemsOf(entry('{ rule: "no rule id" }'))).toEqual([]);
    });

    it('an empty match: only the schema error', () => {
      expect(problemsOf(entry('{}'))).toEqual([
        'x.yml: line 4, column 12: /exceptions/0/match: {} is not allowed: must NOT have fewer than 1 properties.',
      ]);
    });

    it('an unknown selector: only the unknown-key error, alone or beside a path', () => {
      expect(problemsOf(entry('{ cve: CVE-2020-8203 }'))).toEqual([
        "x.yml: line 4, column 14: /exceptions/0/match/cve: unknown key 'cve'.",
      ]);
      expect(problemsOf(entry('{ cve: CVE-2020-8203, path: "src/**" }'))).toEqual([
        "x.yml: line 4, column 14: /exceptions/0/match/cve: unknown key 'cve'.",
      ]);
      // The other side: known selectors that name nothing are too broad.
      expect(problemsOf(entry('{ path: "src/**", tool: CodeQL }'))).toEqual([
        "x.yml: line 4, column 12: exception 'EXC-1' selects only by path and tool, which is too broad (expected a finding, vulnerability or rule selector).",
      ]);
    });
  });

  describe('a path selector and copies reported at no path', () => {
    it("covers no finding one of whose copies has no path ('' in alsoAt), whatever the glob", () => {
      const copies = { ...lodash, alsoAt: [''] };
      for (const path of ['services/api/**', '**'])
        expect(exceptionMatches({ match: { vulnerability: 'CVE-2020-8203', path } }, copies), path).toBe(false);
      expect(exceptionMatches({ match: { vulnerability: 'CVE-2020-8203', path: 'services/api/**' } }, lodash)).toBe(
        true,
      );
      expect(exceptionMatches({ match: { vulnerability: 'CVE-2020-8203' } }, copies)).toBe(true);
    });
  });
});
