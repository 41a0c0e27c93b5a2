import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import {
  applyExceptions,
  exceptionMatches,
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

    it('expires tomorrow: applies; today or yesterday: expired', () => {
      expect(statusOf(exception({ expires: '2026-11-26' }))).toBe('applied');
      expect(statusOf(exception({ expires: '2026-11-25' }))).toBe('expired on 2026-11-25');
      expect(statusOf(exception({ expires: '2026-11-24' }))).toBe('expired on 2026-11-24');
    });

    it('approved today applies; approved tomorrow does not yet', () => {
      expect(statusOf(exception({ approvedOn: TODAY }))).toBe('applied');
      expect(statusOf(exception({ approvedOn: '2026-11-26', expires: '2027-01-01' }))).toMatch(/after today/);
    });

    it('a horizon of maxDays applies; maxDays + 1 does not', () => {
      expect(statusOf(exception({ approvedOn: '2026-11-20', expires: '2027-02-18' }))).toBe('applied');
      expect(statusOf(exception({ approvedOn: '2026-11-20', expires: '2027-02-19' }))).toBe(
        "runs 91 days from approval to expiry, more than the policy's maxDays 90",
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
          /^approved by its own owner ".*" \(approver "security-lead": white space, invisible characters and case do not make another person\); an exception needs a second person$/,
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
});
