/**
 * An owner, plan, reason or control that says nothing: a cell was a placeholder only when all of it,
 * letters and digits joined, was one listed word, so `TBD TBD`, `TBD / N/A`, `no owner`, `not yet
 * assigned`, `unowned` and `pending` passed for a real owner or plan, in the register and in an
 * exception file. A cell is now a placeholder when its words fall into runs that each spell a
 * placeholder or a filler word (negations, the field names, "yet"); one word that is neither keeps it
 * a name or words. And an owner written as an email address (`security-lead@example.com`) or an
 * @handle was another person than the approver `security-lead`: the address's local part and the
 * handle are now compared too. Through placeholderText and samePerson, parseExceptionFile and
 * exceptionStandingProblem, and run() over the demo release (its register and exception file edited).
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

/** Placeholders a person writes where an owner, plan or reason should be. */
const PLACEHOLDERS = [
  // As before: one listed word, in any case, with punctuation, full-width or split by invisible characters.
  'TBD',
  ' n/a ',
  'None.',
  'T.B.D.',
  'No-one',
  'to be determined',
  'Not applicable.',
  '\uff34\uff22\uff24',
  't\u200bbd',
  // Repeated or combined.
  'TBD TBD',
  'N/A N/A',
  'TBD - TBD',
  'TBD / N/A',
  'TBD/N/A',
  'n/a, tbd',
  '(TBD)',
  // Phrases around a placeholder, or of filler words alone.
  'no owner',
  'No owner yet',
  'not yet assigned',
  'Not assigned yet.',
  'unowned',
  'nobody yet',
  'none yet',
  'no plan',
  'No remediation plan',
  'pending',
  'Pending.',
  'owner TBD',
  'Owner: TBD',
  'plan to be determined',
  'currently unassigned',
  'still unknown',
  'no one',
  'To Do',
  'someone',
  'not set',
  'no reason given',
  'NO CONTROL',
  'no\u200b owner',
  // When, which says nothing of who or how; nobody in particular (found by a review).
  'TBD later',
  'TBA soon',
  'FIXME later',
  'TODO: assign',
  'Unassigned for now',
  'N/A for now',
  'None at this time',
  'Nobody at the moment',
  'Undecided',
  'will be assigned',
  'To be decided later',
  'Anyone',
  'Everyone',
];

/** Names and words that hold a placeholder or a filler word, or none: real owners, plans and reasons. */
const REAL = [
  'alice',
  'team-payments',
  'security-lead@example.com',
  '@octocat',
  'Upgrade lodash to 4.17.21',
  'No-op: rotate key',
  'No-op',
  "Nobody's fault; patch in 1.2",
  'tbd-team',
  'Noone Smith',
  'Nadia',
  'none of the inputs reach it',
  'Not affected: the function is never called',
  'pending upgrade to 2.0',
  'owner: alice',
  'TBD by alice',
  'no fix available; WAF rule 9410 blocks it',
  'fix in 1.2',
  '2',
  // Words that only begin or end like a listed one, and names of listed letters in other words.
  'Tobe',
  'Nona',
  'Toby',
  'Nobu',
  'Na Li',
  'Yetta',
  'Notte',
  'Pendergast',
  // Beside the words of when: a name or a step still makes it real.
  'alice, for now',
  'Upgrade later this week',
  'Fix now',
  'Assign to team-payments',
  'patch at the next release',
  'Atthe',
];

describe('strings/placeholderText', () => {
  it.each(PLACEHOLDERS)('%j is a placeholder', (value) => {
    expect(placeholderText(value)).toBe(true);
    expect(namesSomething(value)).toBe(false);
  });

  it.each(REAL)('%j names someone or says something', (value) => {
    expect(placeholderText(value)).toBe(false);
    expect(namesSomething(value)).toBe(true);
  });

  it('reads nothing, and text without a letter or digit, as no placeholder (meaningfulText refuses those)', () => {
    for (const value of [undefined, null, '', '  ', '-', '/ - /', '\u200b']) expect(placeholderText(value)).toBe(false);
  });

  it('reads a long text quickly, a placeholder or not', () => {
    const started = performance.now();
    expect(placeholderText('tbd '.repeat(200_000))).toBe(true);
    expect(placeholderText(`${'tbd '.repeat(200_000)}alice`)).toBe(false);
    expect(placeholderText(`alice ${'tbd '.repeat(200_000)}`)).toBe(false);
    expect(placeholderText('a'.repeat(1_000_000))).toBe(false);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('an exception file: owner, approver, reason and control', () => {
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
  const problemsOf = (text: string): string[] => {
    try {
      parseExceptionFile(text, 'x.yml');
      return [];
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      return [...(error as ConfigError).problems];
    }
  };

  it.each(PLACEHOLDERS.filter((v) => !/^\s|\s$|\u200b/.test(v)))(
    'refuses %j as owner, approver and reason',
    (value) => {
      const quoted = JSON.stringify(value);
      const text = valid
        .replace('owner: alice', `owner: ${quoted}`)
        .replace('approvedBy: bob', `approvedBy: ${quoted}`)
        .replace('reason: Not reachable.', `reason: ${quoted}`);
      expect(problemsOf(text)).toEqual([
        `x.yml: line 7, column 14: /exceptions/0/reason: ${quoted} is a placeholder (expected a reason in words).`,
        `x.yml: line 8, column 13: /exceptions/0/owner: ${quoted} is a placeholder (expected the name of the owner).`,
        `x.yml: line 9, column 18: /exceptions/0/approvedBy: ${quoted} is a placeholder (expected the name of the approver).`,
      ]);
    },
  );

  it.each(REAL)('accepts %j as owner and reason', (value) => {
    const quoted = JSON.stringify(value);
    const text = valid
      .replace('owner: alice', `owner: ${quoted}`)
      .replace('reason: Not reachable.', `reason: ${quoted}`);
    expect(problemsOf(text)).toEqual([]);
  });

  it('refuses the control of a compensating control that is a phrase of placeholders, and keeps one in words', () => {
    const control = (value: string) =>
      valid.replace('risk-acceptance', 'compensating-control').replace('ticket: SEC-204', `control: ${value}`);
    expect(problemsOf(control('no control yet'))).toEqual([
      'x.yml: line 12, column 14: /exceptions/0/control: "no control yet" is a placeholder (expected the control that mitigates the finding, in words).',
    ]);
    expect(problemsOf(control('WAF rule 9410 blocks the payload'))).toEqual([]);
  });
});

describe('the register: owner and remediation_plan cells', () => {
  const REGISTER = 'security/findings-register.csv';
  const NOW = '2026-11-25T12:00:00Z';

  /** The demo release with the owner and plan of its first row (SG-d58906d1d0eec93a, an open high) replaced. */
  async function evaluate(owner: string, plan: string) {
    const root = mkdtempSync(join(tmpdir(), 'sg-placeholder-phrases-'));
    cpSync(join(REPO, 'fixtures/demo/release'), root, { recursive: true });
    const committed = readFileSync(join(root, REGISTER), 'utf8');
    const row =
      "SG-d58906d1d0eec93a,Cross-site scripting in examples/Xss.js,high,sast,examples/Xss.js:4,alice,in-remediation,Encode the query parameter with the template engine's escaping helper,";
    expect(committed).toContain(row);
    const cell = (value: string) => (/[",]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
    writeFileSync(
      join(root, REGISTER),
      committed.replace(
        row,
        `SG-d58906d1d0eec93a,Cross-site scripting in examples/Xss.js,high,sast,examples/Xss.js:4,${cell(owner)},in-remediation,${cell(plan)},`,
      ),
    );
    const { evaluation } = await run({
      root,
      scans: [],
      dryRun: true,
      clock: () => new Date(NOW),
      logger: silentLogger,
    });
    return evaluation;
  }

  it.each([
    ['TBD TBD', 'N/A N/A'],
    ['no owner', 'TBD - TBD'],
    ['not yet assigned', 'TBD / N/A'],
    ['unowned', 'no plan'],
    ['nobody yet', 'pending'],
    ['none yet', 'Plan: TBD'],
  ])('owner %j and plan %j are no plan: the open high finding fails scan-cleanliness', async (owner, plan) => {
    const evaluation = await evaluate(owner, plan);
    expect(evaluation.decision).toBe('rejected');
    const gate = evaluation.gates.find((g) => g.id === 'scan-cleanliness');
    expect(gate?.status).toBe('fail');
    expect(gate?.reasons.join('\n')).toContain(
      `register row 2 has no owner (${JSON.stringify(owner)} is a placeholder), remediation_plan (${JSON.stringify(plan)} is a placeholder).`,
    );
  });

  it.each([
    ['team-payments', 'Upgrade lodash to 4.17.21'],
    ['alice', 'No-op: rotate key'],
    ['alice@example.com', "Nobody's fault; patch in 1.2"],
    ['tbd-team', 'pending upgrade to 2.0'],
  ])('owner %j and plan %j are a plan: the finding is allowed open with it', async (owner, plan) => {
    const evaluation = await evaluate(owner, plan);
    expect(evaluation.decision).toBe('approved-with-conditions');
    expect(evaluation.gates.find((g) => g.id === 'scan-cleanliness')?.status).toBe('pass');
    expect(evaluation.conditions.join('\n')).toContain(`owner ${owner}, due 2026-12-15 (register row 2)`);
  });
});

describe('an owner written as an email address or an @handle', () => {
  const policy = releasePolicy((p) => {
    p.exceptions.approvers = [];
  });
  const standing = (owner: string, approvedBy: string) =>
    exceptionStandingProblem({ owner, approvedBy, approvedOn: '2026-11-20', expires: '2027-01-20' }, policy);

  it.each([
    ['security-lead@example.com', 'security-lead'],
    ['Security-Lead@Example.com', 'security-lead'],
    ['security-lead+exceptions@example.com', 'security-lead'],
    ['Security Lead <security-lead@example.com>', 'security-lead'],
    ['Security Lead <security-lead@example.com>', 'Security Lead'],
    ['security-lead@example.com', 'security-lead@corp.example'],
    ['@security-lead', 'security-lead@example.com'],
    ['Sam (@security-lead)', 'security-lead'],
    ['security-lead\u200b@example.com', 'security-l\u0435ad'],
  ])('%j and %j are one person', (owner, approvedBy) => {
    expect(samePerson(owner, approvedBy)).toBe(true);
    expect(samePerson(approvedBy, owner)).toBe(true);
    expect(standing(owner, approvedBy)).toMatchObject({ key: 'approvedBy' });
    expect(standing(owner, approvedBy)?.reason).toMatch(
      /^approved by its own owner .*; an exception needs a second person$/,
    );
  });

  it.each([
    ['alice@example.com', 'bob'],
    ['alice@example.com', 'bob@example.com'],
    ['alice@example.com', 'example'],
    ['alice@example.com', 'example.com'],
    ['@alice', 'bob'],
    ['Alice <alice@example.com>', 'Bob <bob@example.com>'],
    ['security-lead@example.com', 'security-leads'],
    ['team@security-lead.example', 'security-lead'],
  ])('%j and %j are two people', (owner, approvedBy) => {
    expect(samePerson(owner, approvedBy)).toBe(false);
    expect(samePerson(approvedBy, owner)).toBe(false);
    expect(standing(owner, approvedBy)).toBeUndefined();
  });

  it('says why an address is its local part, and keeps the look-alike reason for names', () => {
    expect(samePersonBy('security-lead@example.com', 'security-lead')).toBe('address');
    expect(samePersonBy('security_lead', 'security-lead')).toBe('name');
    expect(standing('security-lead@example.com', 'security-lead')).toEqual({
      key: 'approvedBy',
      reason:
        'approved by its own owner "security-lead@example.com" (approver "security-lead": an email address is the person its local part (before \'@\') names, and an @handle or a GitHub address the person it names); an exception needs a second person',
      problem:
        'it is approved by its own owner "security-lead@example.com" (approver "security-lead") (expected an approvedBy other than the owner; an email address is the person its local part (before \'@\') names, and an @handle or a GitHub address the person it names)',
    });
    expect(standing('security_lead', 'security-lead')?.reason).toContain(
      'names that differ only in look-alike letters, accents, punctuation, white space, invisible characters or case are one person',
    );
  });
});
