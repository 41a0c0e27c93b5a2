/**
 * Two findings of a review. First, four eyes failed open: an exception's owner is free text, and only an
 * exact name, an email address's local part or an @handle was compared with the approver, so an owner
 * `https://github.com/security-lead`, `Security Lead (security-lead)`, `@acme/security-lead`,
 * `"security-lead"@example.com` or `security-lead at example.com` was someone other than the approver
 * `security-lead`, and the exception applied. Every name an owner's text gives is now compared; a name
 * of one word of letters (`will`, `security`) only as a name of its own, so that `Will Smith` and
 * `Security Team` stay someone else. Second, the words of when (`will`, `soon`, `time`...) were fillers
 * on their own, so the owner `Will` named nobody: the demo release was rejected, and `owner: Will` was a
 * configuration error. They now count only beside a placeholder or a filler, and `will` and `soon`,
 * which are names too, only after one. And `wip`, `unclaimed`, `vacant`, `orphaned`, `unclear`, `to be
 * done` and `pending review` are placeholders. Through samePersonBy and placeholderText,
 * exceptionStandingProblem, parseExceptionFile, and run() over the demo release (its exception file and
 * register edited).
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { exceptionStandingProblem, parseExceptionFile } from '../../src/evidence/exceptions.js';
import { silentLogger } from '../../src/logger.js';
import { run } from '../../src/run.js';
import { namesSomething, placeholderText, samePerson, samePersonBy } from '../../src/strings.js';
import { releasePolicy } from '../helpers.js';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const NOW = '2026-11-25T12:00:00Z';

/** The demo release in a new folder, with `edit` applied to the text of one of its files. */
async function evaluateDemo(file: string, edit: (text: string) => string) {
  const root = mkdtempSync(join(tmpdir(), 'sg-same-person-'));
  cpSync(join(REPO, 'fixtures/demo/release'), root, { recursive: true });
  const committed = readFileSync(join(root, file), 'utf8');
  const edited = edit(committed);
  expect(edited).not.toBe(committed);
  writeFileSync(join(root, file), edited);
  const { evaluation } = await run({ root, scans: [], dryRun: true, clock: () => new Date(NOW), logger: silentLogger });
  return evaluation;
}

describe('an owner that gives the approver as one of its names is the approver', () => {
  const policy = releasePolicy((p) => {
    p.exceptions.approvers = [];
  });
  const standing = (owner: string, approvedBy: string) =>
    exceptionStandingProblem({ owner, approvedBy, approvedOn: '2026-11-20', expires: '2027-01-20' }, policy);

  // Each found by the review, or its neighbour, beside a name that differs by a letter or a word.
  it.each([
    ['https://github.com/security-lead', 'https://github.com/security-lead-bot', 'address'],
    ['github.com/security-lead', 'github.com/security-leads', 'address'],
    ['http://www.github.com/security-lead?tab=repositories', 'www.github.com/security-leads/', 'address'],
    [
      'https://github.com/orgs/acme/teams/security-lead',
      'https://github.com/orgs/acme/teams/security-leads',
      'address',
    ],
    ['Sam (security-lead)', 'Sam (security-leads)', 'part'],
    ['Security Lead (security-lead)', 'Security Leader (security-leads)', 'part'],
    ['[security-lead]', '[security-leads]', 'name'],
    ['@acme/security-lead', '@acme/security-leads', 'address'],
    ['"security-lead"@example.com', '"security-leads"@example.com', 'address'],
    ['security-lead at example.com', 'team at security-lead.example', 'address'],
    ['security-lead [at] example [dot] com', 'security-leads [at] example [dot] com', 'address'],
    ['alice, security-lead', 'alice, security-leads', 'part'],
    // A list of one name a line (a YAML block) or with bullets.
    ['alice\nsecurity-lead\n', 'alice\nsecurity-leads\n', 'part'],
    ['alice \u2022 security-lead', 'alice \u2022 security-leads', 'part'],
    ['alice \u00b7 security-lead', 'alice \u00b7 security-leads', 'part'],
    ['security-lead and alice', 'security-lead-deputy and alice', 'part'],
    ['Owner: security-lead', 'Owner: security-leadership', 'part'],
    ["Sam 'security-lead' Jones", "security-lead's deputy", 'part'],
    ['ask security-lead', 'ask security-lead2', 'part'],
    ['Security Lead team', 'Security Leader team', 'part'],
    ['https://gitlab.com/security-lead', 'https://gitlab.com/security-leads', 'part'],
  ])('%j is the approver security-lead; %j is someone else', (owner, other, how) => {
    expect(samePersonBy('security-lead', owner)).toBe(how);
    expect(samePersonBy(owner, 'security-lead')).toBe(how);
    expect(standing(owner, 'security-lead')?.reason).toMatch(
      /^approved by its own owner .*; an exception needs a second person$/,
    );
    // The reason says why those two are one person, in the words of how they meet.
    expect(standing(owner, 'security-lead')?.reason).toContain(
      how === 'part'
        ? "a name of the owner's list, brackets or quotes, or a handle spelt by whole words of it, is that person"
        : how === 'address'
          ? 'an @handle or a GitHub address the person it names'
          : 'one person',
    );
    expect(samePersonBy('security-lead', other)).toBeUndefined();
    expect(samePersonBy(other, 'security-lead')).toBeUndefined();
    expect(standing(other, 'security-lead')).toBeUndefined();
  });

  it.each([
    // A name of one word of letters is one person with a name of its own: the whole entry, a name of a
    // list, in brackets or quotes, or an address.
    ['Will Smith (will)', 'will'],
    ['will at example.com', 'will'],
    ['will, alice', 'will'],
    ['alice and bob', 'alice'],
    ['Owner: alice', 'alice'],
    ['security, compliance', 'security'],
    // A name of two words or more, or a handle, spelt by whole words of the other.
    ['Alice Smith, on call', 'Alice Smith'],
    ['security team', 'security-team'],
  ])('%j and %j are one person', (owner, approvedBy) => {
    expect(samePerson(owner, approvedBy)).toBe(true);
    expect(samePerson(approvedBy, owner)).toBe(true);
    expect(standing(owner, approvedBy)).toMatchObject({ key: 'approvedBy' });
  });

  it.each([
    // One word of letters in a longer name may be anyone's: Will Smith is not every Will.
    ['Will Smith', 'will'],
    ['Will Smith', '@will'],
    ['Security Team', 'security'],
    ['Alice Smith', 'alice'],
    ['Dr. Alice', 'alice'],
    ['security-lead', 'lead'],
    // Parts alike are no person: two people of one team.
    ['Alice (Security)', 'Bob (Security)'],
    ['alice, on call', 'bob, on call'],
    // A domain, a repository or an organization names no person.
    ['team@security-lead.example', 'security-lead'],
    ['@security-lead/payments', 'security-lead'],
    ['alice@example.com', 'example.com'],
    ['Nobody at the moment', 'moment'],
  ])('%j and %j are two people', (owner, approvedBy) => {
    expect(samePerson(owner, approvedBy)).toBe(false);
    expect(samePerson(approvedBy, owner)).toBe(false);
    expect(standing(owner, approvedBy)).toBeUndefined();
  });

  it('reads a long entry in a time in proportion to its length', () => {
    const started = performance.now();
    for (const [a, b] of [
      ['a '.repeat(20_000), 'a-b '.repeat(20_000)],
      ['x at '.repeat(20_000), 'x'],
      ['github.com/'.repeat(20_000), 'github'],
      ['a'.repeat(100_000), `${'b'.repeat(50_000)} at ${'c'.repeat(50_000)}`],
    ] as const) {
      samePersonBy(a, b);
      samePersonBy(b, a);
    }
    expect(performance.now() - started).toBeLessThan(3_000);
  });

  describe('the demo release, its exception (owner carol, approver security-lead) edited', () => {
    const FILE = '.shipgate/exceptions/tomcat.yml';

    it('applies the exception of owner carol', async () => {
      const evaluation = await evaluateDemo(FILE, (text) => text.replace('ticket: SEC-31', 'ticket: SEC-32'));
      expect(evaluation.decision).toBe('approved-with-conditions');
      expect(evaluation.exceptions.applied.map((e) => e.id)).toEqual(['EXC-0001']);
      expect(evaluation.exceptions.rejected).toEqual([]);
    });

    it.each([
      'https://github.com/security-lead',
      'Security Lead (security-lead)',
      '@acme/security-lead',
      '"security-lead"@example.com',
      'security-lead at example.com',
      'carol, security-lead',
    ])('refuses the exception of owner %j: approved by its own owner, and the release is rejected', async (owner) => {
      const evaluation = await evaluateDemo(FILE, (text) =>
        text.replace('owner: carol', `owner: ${JSON.stringify(owner)}`),
      );
      expect(evaluation.exceptions.applied).toEqual([]);
      expect(evaluation.exceptions.rejected).toHaveLength(1);
      expect(evaluation.exceptions.rejected[0]?.reason).toMatch(
        /^approved by its own owner .*\(approver "security-lead": .*\); an exception needs a second person$/,
      );
      expect(evaluation.decision).toBe('rejected');
    });
  });
});

describe('words of when beside a name, and the placeholders a review found', () => {
  const PLACEHOLDERS = [
    // Beside a placeholder or a filler, before or after it.
    'TBD later',
    'N/A for now',
    'TBA soon',
    'TBD, will',
    'For now: TBD',
    'At the moment, nobody',
    'not yet assigned for now',
    'the owner',
    'will be assigned',
    'Will be determined later',
    // Found by the review.
    'wip',
    'WIP',
    'unclaimed',
    'Vacant',
    'orphaned',
    'to be done',
    'To-be-done.',
    'unclear',
    'pending review',
    'Pending-Review',
    'owner: unclaimed',
    // Words of when say nothing of who or how, alone too (a review found them taken for an owner and a
    // plan once they counted only beside a placeholder): only `will` and `soon`, names too, need one.
    'for now',
    'later',
    'assign later',
    'At the moment',
    'for now, will',
  ];

  const REAL = [
    // Words of when that are names, alone or first.
    'Will',
    'will',
    'Will Smith',
    'Will Still',
    'Will Noone',
    'Will, TBD',
    'Soon',
    'Soon-Yi',
    // Beside the new placeholders, a word that is none.
    'WIP: upgrade lodash',
    'Wipf',
    'Vacanti',
    'to be done in 1.2',
    'pending review by the security team',
    'Unclear Smith',
  ];

  it.each(PLACEHOLDERS)('%j is a placeholder', (value) => {
    expect(placeholderText(value)).toBe(true);
    expect(namesSomething(value)).toBe(false);
  });

  it.each(REAL)('%j names someone or says something', (value) => {
    expect(placeholderText(value)).toBe(false);
    expect(namesSomething(value)).toBe(true);
  });

  const VALID = `exceptions:
  - id: EXC-0007
    type: risk-acceptance
    match:
      vulnerability: CVE-2020-8203
    reason: Not reachable.
    owner: alice
    approvedBy: bob
    approvedOn: 2026-11-20
    expires: 2027-02-18
`;
  const problemsOf = (text: string): string[] => {
    try {
      parseExceptionFile(text, 'x.yml');
      return [];
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      return [...(error as ConfigError).problems];
    }
  };

  it.each(['Will', 'Will Smith', 'Soon-Yi'])('accepts the owner %j in an exception file', (owner) => {
    expect(problemsOf(VALID.replace('owner: alice', `owner: ${owner}`))).toEqual([]);
  });

  it.each(['TBD later', 'wip', 'unclaimed', 'pending review'])('refuses the owner %j in an exception file', (owner) => {
    expect(problemsOf(VALID.replace('owner: alice', `owner: ${owner}`))).toEqual([
      `x.yml: line 7, column 12: /exceptions/0/owner: ${JSON.stringify(owner)} is a placeholder (expected the name of the owner).`,
    ]);
  });

  describe('the demo release, the owner and plan of its open high finding edited', () => {
    const FILE = 'security/findings-register.csv';
    const ROW =
      "SG-d58906d1d0eec93a,Cross-site scripting in examples/Xss.js,high,sast,examples/Xss.js:4,alice,in-remediation,Encode the query parameter with the template engine's escaping helper,";
    const withRow = (owner: string, plan: string) => (text: string) => {
      expect(text).toContain(ROW);
      return text.replace(
        ROW,
        `SG-d58906d1d0eec93a,Cross-site scripting in examples/Xss.js,high,sast,examples/Xss.js:4,${owner},in-remediation,${plan},`,
      );
    };

    it.each([
      ['Will', 'Encode the query parameter'],
      ['Will Smith', 'Encode the query parameter'],
      ['Soon-Yi', 'Encode the query parameter'],
      ['alice', 'WIP: encode the query parameter'],
    ])('owner %j and plan %j are a plan: approved with conditions', async (owner, plan) => {
      const evaluation = await evaluateDemo(FILE, withRow(owner, plan));
      expect(evaluation.gates.find((g) => g.id === 'scan-cleanliness')?.status).toBe('pass');
      expect(evaluation.decision).toBe('approved-with-conditions');
      expect(evaluation.conditions.join('\n')).toContain(`owner ${owner}, due 2026-12-15 (register row 2)`);
    });

    it.each([
      ['TBD later', 'Encode the query parameter', 'owner ("TBD later" is a placeholder)'],
      ['unclaimed', 'Encode the query parameter', 'owner ("unclaimed" is a placeholder)'],
      ['alice', 'pending review', 'remediation_plan ("pending review" is a placeholder)'],
      ['alice', 'to be done', 'remediation_plan ("to be done" is a placeholder)'],
      ['vacant', 'wip', 'owner ("vacant" is a placeholder), remediation_plan ("wip" is a placeholder)'],
    ])('owner %j and plan %j are no plan: the release is rejected', async (owner, plan, what) => {
      const evaluation = await evaluateDemo(FILE, withRow(owner, plan));
      const gate = evaluation.gates.find((g) => g.id === 'scan-cleanliness');
      expect(gate?.status).toBe('fail');
      expect(gate?.reasons.join('\n')).toContain(`register row 2 has no ${what}.`);
      expect(evaluation.decision).toBe('rejected');
    });
  });
});

describe('a one-word approver among names on lines or after bullets', () => {
  it.each([
    'alice\nbob',
    'bob\r\nalice',
    'alice \u2022 bob',
    'bob \u00b7 alice',
    'alice\u2028bob',
    'alice\u0085bob',
    '\u7530\u4e2d\u3001alice',
    'bob\uff64alice',
    'bob\u060calice',
    'bob\u3002alice',
  ])('finds the approver alice in the owner %j', (owner) => {
    expect(samePersonBy('alice', owner)).toBe('part');
  });

  it('still keeps a name with the word inside apart on one line', () => {
    expect(samePersonBy('alice', 'Alice Smith')).toBeUndefined();
    expect(samePersonBy('alice', 'Alice Smith\nBob Jones')).toBeUndefined();
  });
});

describe('the full stops and commas of other scripts inside one name', () => {
  it.each([
    ['yamada\u3002taro (SRE)', 'yamada.taro'],
    ['Yamada\u3002Taro (SRE)', 'Yamada Taro'],
    ['yamada\u3002taro, bob', 'yamada.taro'],
    ['\u5c71\u7530\u3001\u592a\u90ce (\u30bb\u30ad\u30e5\u30ea\u30c6\u30a3\u62c5\u5f53)', '\u5c71\u7530 \u592a\u90ce'],
    ['yamada\uff61taro', 'yamada.taro'],
  ])('%j is the approver %j', (owner, approver) => {
    expect(samePersonBy(approver, owner)).toBeDefined();
    expect(samePersonBy(owner, approver)).toBeDefined();
  });

  it('and still separate the names of a list', () => {
    expect(samePersonBy('alice', '\u7530\u4e2d\u3001alice')).toBe('part');
    expect(samePersonBy('alice', 'bob\u3002alice')).toBe('part');
    expect(samePersonBy('alice', 'bob\u3002carol')).toBeUndefined();
  });
});
