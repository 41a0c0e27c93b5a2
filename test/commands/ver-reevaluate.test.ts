/**
 * `verify` derives the decision again: when every file matches its digest, the attested inputs and
 * evidence are evaluated once more at the certificate's evaluation time, and a decision, gate, count,
 * condition or exception the certificate states that the files do not give is a MISMATCH. Before,
 * digests were the only check, so an unsigned certificate edited by hand (approved-with-conditions made
 * approved, an open high count lowered, a condition dropped) verified.
 */
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { CERTIFICATE_KEYS, verifyCertificate } from '../../src/commands/verify.js';
import { TrustError } from '../../src/errors.js';
import { silentLogger } from '../../src/logger.js';
import { run } from '../../src/run.js';
import { SHIPGATE_VERSION } from '../../src/version.js';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const CERT = '.artifacts/review-security/security-approval-certificate.json';
const AT = '2026-11-25T12:00:00.000Z';
const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** The demo release in a fresh folder, with `change` applied to it before it is evaluated. */
function demo(change: (root: string) => void = () => undefined): string {
  const root = mkdtempSync(join(tmpdir(), 'sg-reevaluate-'));
  folders.push(root);
  cpSync(join(REPO, 'fixtures/demo/release'), root, { recursive: true });
  change(root);
  return root;
}

/** The demo release, evaluated at AT with its outputs written: a certificate approved with conditions. */
async function certified(
  options: { repository?: string; commit?: string; scans?: string[] } = {},
  change?: (root: string) => void,
): Promise<string> {
  const root = demo(change);
  const result = await run({
    root,
    scans: options.scans ?? [],
    dryRun: false,
    clock: () => new Date(AT),
    clockPinned: true,
    logger: silentLogger,
    ...(options.repository ? { repository: options.repository } : {}),
    ...(options.commit ? { commit: options.commit } : {}),
  });
  expect(result.evaluation.decision).toBe('approved-with-conditions');
  return root;
}

type Json = Record<string, unknown> & {
  predicate: Record<string, unknown> & { shipgate: Record<string, unknown> & { open: Record<string, number> } };
};

function edit(root: string, change: (certificate: Json) => void): void {
  const certificate = JSON.parse(readFileSync(join(root, CERT), 'utf8')) as Json;
  change(certificate);
  writeFileSync(join(root, CERT), JSON.stringify(certificate, null, 2));
}

async function verify(root: string) {
  const result = await verifyCertificate({ certificate: join(root, CERT), root, allowPinnedClock: true });
  return { ...result, lines: result.report.split('\n').filter((l) => / decision re-derived/.test(l)) };
}

const TAIL = `(expected what the attested files give when evaluated again at ${AT}: the certificate was changed, or written for other evidence).`;

describe('verify: the decision is derived again from the attested files', () => {
  it('an unedited certificate verifies, and says it was derived again at the recorded time', async () => {
    const root = await certified();
    const result = await verify(root);
    expect(result.error).toBeUndefined();
    expect(result.lines).toEqual([
      `  ok       decision re-derived: the attested files, evaluated again at ${AT}, give approved-with-conditions with the same gates, counts, conditions and exceptions`,
    ]);
  });

  it('approved-with-conditions edited to approved, with the matching level, does not verify (it did before)', async () => {
    const root = await certified();
    edit(root, (c) => {
      c.predicate.shipgate.decision = 'approved';
      c.predicate.verifiedLevels = ['SHIPGATE_APPROVED'];
    });
    const result = await verify(root);
    expect(result.error).toBeInstanceOf(TrustError);
    expect(result.error?.message).toMatch(/: 1 of \d+ check\(s\) failed: decision re-derived \(decision\); /);
    expect(result.lines).toEqual([
      `  MISMATCH decision re-derived (decision): the evidence gives "approved-with-conditions"; the certificate says "approved" ${TAIL}`,
    ]);
  });

  it('a lowered count, a dropped condition, an edited gate and a dropped exception are each named', async () => {
    const root = await certified();
    const original = JSON.parse(readFileSync(join(root, CERT), 'utf8')) as Json;
    const shipgate = original.predicate.shipgate;
    const conditions = shipgate.conditions as string[];
    const gates = shipgate.gates as { id: string; status: string; enforcement: string; summary: string }[];
    expect(conditions.length).toBeGreaterThan(1);
    expect((shipgate.exceptionsApplied as unknown[]).length).toBeGreaterThan(0);
    const high = shipgate.open.high as number;
    expect(high).toBeGreaterThan(0);
    edit(root, (c) => {
      c.predicate.shipgate.open.high = 0;
      (c.predicate.shipgate.conditions as string[]).pop();
      (c.predicate.shipgate.gates as { summary: string }[])[1]!.summary = 'all clean';
      c.predicate.shipgate.exceptionsApplied = [];
    });
    const result = await verify(root);
    expect(result.error?.message).toMatch(
      /: 4 of \d+ check\(s\) failed: decision re-derived \(gates\), decision re-derived \(open\), decision re-derived \(conditions\), decision re-derived \(exceptionsApplied\); /,
    );
    const gate = gates[1]!;
    expect(result.lines).toEqual([
      `  MISMATCH decision re-derived (gates): the evidence gives ${gate.id} ${gate.status} (${gate.enforcement}): ${gate.summary}; the certificate says ${gate.id} ${gate.status} (${gate.enforcement}): all clean ${TAIL}`,
      expect.stringMatching(
        new RegExp(
          `^ {2}MISMATCH decision re-derived \\(open\\): the evidence gives \\{[^}]*"high":${high}[^}]*\\}; the certificate says \\{[^}]*"high":0[^}]*\\} \\(expected`,
        ),
      ),
      `  MISMATCH decision re-derived (conditions): ${conditions.length} entries from the evidence, ${conditions.length - 1} in the certificate; the first that differs (#${conditions.length}): the evidence gives ${JSON.stringify(conditions.at(-1)).slice(0, 200)}${JSON.stringify(conditions.at(-1)).length > 200 ? '...' : ''}, the certificate says none ${TAIL}`,
      expect.stringMatching(
        /^ {2}MISMATCH decision re-derived \(exceptionsApplied\): 1 entry from the evidence, 0 in the certificate; the first that differs \(#1\): the evidence gives \{"approvedBy":"security-lead",.*"id":"EXC-0001",.*\}, the certificate says none \(expected/,
      ),
    ]);
  });

  it('dates are judged at the recorded time: moved past the exception expiry, the same files give another result', async () => {
    const root = await certified();
    // The demo's exception expires on 2027-02-15.
    edit(root, (c) => {
      c.predicate.timeVerified = '2027-03-01T12:00:00.000Z';
    });
    const result = await verify(root);
    expect(result.error).toBeInstanceOf(TrustError);
    expect(result.lines.length).toBeGreaterThan(0);
    for (const line of result.lines) expect(line).toMatch(/^ {2}MISMATCH decision re-derived \(/);
    expect(result.lines.join('\n')).toContain('evaluated again at 2027-03-01T12:00:00.000Z');
    expect(result.lines.some((l) => l.startsWith('  MISMATCH decision re-derived (exceptionsApplied)'))).toBe(true);
  });

  it('a timeVerified that is not a date is a MISMATCH saying what was expected', async () => {
    const root = await certified();
    edit(root, (c) => {
      c.predicate.timeVerified = 'yesterday';
    });
    const result = await verify(root);
    expect(result.lines).toEqual([
      '  MISMATCH decision re-derived: timeVerified is "yesterday" (expected the evaluation time, an RFC 3339 date and time with a zone such as 2026-11-25T12:00:00.000Z, to evaluate the evidence at)',
    ]);
  });

  it('names the version that made the certificate when it is not this one; the version alone changes nothing', async () => {
    const root = await certified();
    edit(root, (c) => {
      (c.predicate.verifier as { version: { shipgate: string } }).version.shipgate = '0.0.9';
    });
    // The markdown names the version too: edited in the JSON alone, the two disagree.
    const md = join(root, CERT.replace(/\.json$/, '.md'));
    expect((await verify(root)).report).toContain(
      `  MISMATCH ${md}: line 3, column 56: "**Approved with conditions** for release by shipgate ${SHIPGATE_VERSION} on`,
    );
    writeFileSync(md, readFileSync(md, 'utf8').replace(`by shipgate ${SHIPGATE_VERSION} on`, 'by shipgate 0.0.9 on'));
    expect((await verify(root)).error).toBeUndefined();
    edit(root, (c) => {
      c.predicate.shipgate.decision = 'approved';
      c.predicate.verifiedLevels = ['SHIPGATE_APPROVED'];
    });
    const result = await verify(root);
    expect(result.lines).toEqual([
      `  MISMATCH decision re-derived (decision): the evidence gives "approved-with-conditions"; the certificate says "approved" ${TAIL} The certificate was made by shipgate 0.0.9 and this is ${SHIPGATE_VERSION}: a change between the two versions may explain it (verify with the version that made it: npx shipgate@0.0.9 verify ...).`,
    ]);
  });

  it('is not made when a file differs from its digest; the skipped line is not counted as a check', async () => {
    const root = await certified();
    writeFileSync(join(root, 'reports/trivy.json'), `${readFileSync(join(root, 'reports/trivy.json'), 'utf8')} `);
    const result = await verify(root);
    expect(result.lines).toEqual([
      '  skipped  decision re-derived: not made: a check above failed (the certificate or its files are not what it says)',
    ]);
    const counted = result.report.split('\n').filter((l) => /^ {2}(ok|MISMATCH) /.test(l)).length;
    expect(result.error?.message).toContain(`: 1 of ${counted} check(s) failed: reports/trivy.json; `);
  });

  it('checks the markdown certificate beside the JSON one: as written it agrees, edited it does not, absent it is not checked', async () => {
    const root = await certified({ repository: 'acme/payments', commit: 'a'.repeat(40) });
    const md = CERT.replace(/\.json$/, '.md');
    const line = (report: string) => report.split('\n').find((l) => l.includes(`${md}:`));
    const verified = await verify(root);
    expect(verified.error).toBeUndefined();
    expect(line(verified.report)).toBe(
      `  ok       ${root}/${md}: says what the JSON certificate and the evidence give`,
    );
    const text = readFileSync(join(root, md), 'utf8');
    expect(text).toContain('- Repository: acme/payments\n');
    writeFileSync(join(root, md), text.replace('**Approved with conditions**', '**Approved**'));
    const edited = await verify(root);
    expect(edited.error?.message).toMatch(
      new RegExp(`: 1 of \\d+ check\\(s\\) failed: ${root}/${md.replace(/\./g, '\\.')}; `),
    );
    expect(line(edited.report)).toBe(
      `  MISMATCH ${root}/${md}: line 3, column 11: "**Approved** for release by shipgate ${SHIPGATE_VERSION} on ${AT}" (expected "**Approved with conditions** for release by shipgate ${SHIPGATE_VERSION} on ${AT.slice(0, 8)}", as evaluate renders the evaluation derived again: the markdown certificate was changed, or belongs to another certificate)`,
    );
    rmSync(join(root, md));
    const without = await verify(root);
    expect(without.error).toBeUndefined();
    expect(line(without.report)).toBeUndefined();
  });

  it('reads absolute report paths under the root the certificate was evaluated in, when verified in another folder', async () => {
    let first = '';
    const root = await certified({}, (dir) => {
      first = dir;
      const sarif = join(dir, 'reports/codeql.sarif');
      writeFileSync(
        sarif,
        readFileSync(sarif, 'utf8').replaceAll('"uri" : "examples/', `"uri" : "file://${dir}/examples/`),
      );
    });
    expect((await verify(root)).error).toBeUndefined();
    const other = demo();
    rmSync(other, { recursive: true });
    cpSync(root, other, { recursive: true });
    expect(JSON.parse(readFileSync(join(other, CERT), 'utf8')).predicate.shipgate.root).toBe(first);
    const moved = await verify(other);
    expect(moved.error).toBeUndefined();
    expect(moved.lines[0]).toMatch(/^ {2}ok {7}decision re-derived: /);
    // Without the recorded root the paths stay absolute, the ids change, and the plans no longer match.
    edit(other, (c) => Reflect.deleteProperty(c.predicate.shipgate, 'root'));
    rmSync(join(other, CERT.replace(/\.json$/, '.md')));
    expect((await verify(other)).lines.some((l) => l.startsWith('  MISMATCH decision re-derived (decision)'))).toBe(
      true,
    );
  });

  it('compares the markdown as the bytes evaluate writes: text cut next to an emoji verifies', async () => {
    const root = await certified({}, (dir) => {
      const file = join(dir, '.shipgate/exceptions/tomcat.yml');
      const text = readFileSync(file, 'utf8');
      writeFileSync(file, text.replace(/reason: .*/, `reason: "${'a'.repeat(498)}\u{1F600} more"`));
    });
    const md = readFileSync(join(root, CERT.replace(/\.json$/, '.md')), 'utf8');
    expect(md).toContain(`${'a'.repeat(40)}…`);
    expect(md).not.toContain('\ufffd');
    expect((await verify(root)).error).toBeUndefined();
  });

  it('a warning the evidence gives that the certificate drops is a MISMATCH; one the certificate adds is not', async () => {
    const bandit = {
      errors: [{ filename: 'app/x.py', reason: 'syntax error while parsing AST from file' }],
      generated_at: '2026-11-25T00:00:00Z',
      metrics: { _totals: { loc: 10, nosec: 0 } },
      results: [],
    };
    const root = await certified({ scans: ['reports/bandit.json'] }, (dir) => {
      writeFileSync(join(dir, 'reports/bandit.json'), JSON.stringify(bandit));
      const policy = join(dir, '.shipgate/policy.yml');
      writeFileSync(policy, `${readFileSync(policy, 'utf8')}gates:\n  evidence-completeness: { enforcement: off }\n`);
    });
    const warning = (JSON.parse(readFileSync(join(root, CERT), 'utf8')) as Json).predicate.shipgate
      .warnings as string[];
    expect(warning.some((w) => w.startsWith('reports/bandit.json: Bandit did not complete'))).toBe(true);
    rmSync(join(root, CERT.replace(/\.json$/, '.md')));
    expect((await verify(root)).error).toBeUndefined();
    edit(root, (c) => (c.predicate.shipgate.warnings = [...warning, 'an added note']));
    expect((await verify(root)).error).toBeUndefined();
    edit(root, (c) => (c.predicate.shipgate.warnings = warning.filter((w) => !w.startsWith('reports/bandit.json'))));
    const dropped = await verify(root);
    expect(dropped.lines).toEqual([
      expect.stringMatching(
        /^ {2}MISMATCH decision re-derived \(warnings\): the evidence gives 1 warning\(s\) the certificate does not list, the first: "reports\/bandit\.json: Bandit did not complete/,
      ),
    ]);
  });

  it('checks resourceUri, the mode, and keys shipgate does not write', async () => {
    const root = await certified({ repository: 'acme/payments', commit: 'a'.repeat(40) });
    const uri = `git+https://github.com/acme/payments@${'a'.repeat(40)}`;
    expect((await verify(root)).report).toContain(`\n  ok       resourceUri: ${uri}\n`);
    rmSync(join(root, CERT.replace(/\.json$/, '.md')));
    edit(root, (c) => {
      c.predicate.resourceUri = `git+https://github.com/acme/billing@${'0'.repeat(40)}`;
      c.predicate.shipgate.note = 'Signed off by the CISO';
      c.predicate.extra = 1;
    });
    const result = await verify(root);
    const failed = result.report.split('\n').filter((l) => l.startsWith('  MISMATCH'));
    expect(failed).toEqual([
      `  MISMATCH resourceUri: is "git+https://github.com/acme/billing@${'0'.repeat(40)}" (expected ${uri}, from the subject's repository, shipgate.commit and the inputs' sha256)`,
      '  MISMATCH keys: the certificate has the key "extra" at /predicate, the key "note" at /predicate/shipgate, which shipgate does not write (expected only the keys of schemas/certificate.schema.json)',
    ]);
    edit(root, (c) => {
      c.predicate.resourceUri = uri;
      Reflect.deleteProperty(c.predicate.shipgate, 'note');
      Reflect.deleteProperty(c.predicate, 'extra');
      c.predicate.shipgate.mode = 'enforce (blocking)';
    });
    expect((await verify(root)).lines).toEqual([
      '  MISMATCH decision re-derived: shipgate.mode is "enforce (blocking)" (expected enforce or advisory)',
    ]);
  });

  it('a subject name that is not owner/name is a MISMATCH, also with the markdown beside it (it was exit 2)', async () => {
    const root = await certified({ repository: 'acme/payments' });
    edit(root, (c) => ((c.subject as { name: string }[])[0]!.name = 'acme/pay ments'));
    const result = await verify(root);
    expect(result.error).toBeInstanceOf(TrustError);
    expect(result.report).toContain(
      '  MISMATCH subject acme/pay ments: the name "acme/pay ments" is not a GitHub owner/name (expected the repository as shipgate names it, such as acme/payments, or release)',
    );
  });

  it('verifies when the policy output folder is a link outside the root and the evaluation wrote elsewhere', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'sg-reevaluate-outside-'));
    folders.push(outside);
    const root = demo((dir) => symlinkSync(outside, join(dir, '.artifacts')));
    const result = await run({
      root,
      scans: [],
      outDir: join(root, 'out'),
      dryRun: false,
      clock: () => new Date(AT),
      clockPinned: true,
      logger: silentLogger,
    });
    expect(result.evaluation.decision).toBe('approved-with-conditions');
    const verified = await verifyCertificate({
      certificate: join(root, 'out/security-approval-certificate.json'),
      root,
      allowPinnedClock: true,
    });
    expect(verified.error).toBeUndefined();
  });

  it('reads an attested report whose name holds glob characters as that file', async () => {
    const root = await certified({}, (dir) => {
      renameSync(join(dir, 'reports/codeql.sarif'), join(dir, 'reports/codeql?[main].sarif'));
      const policy = join(dir, '.shipgate/policy.yml');
      writeFileSync(policy, readFileSync(policy, 'utf8').replace('reports/codeql.sarif', 'reports/*.sarif'));
    });
    expect(JSON.stringify(JSON.parse(readFileSync(join(root, CERT), 'utf8')).predicate.inputAttestations)).toContain(
      'reports/codeql?[main].sarif',
    );
    expect((await verify(root)).error).toBeUndefined();
  });

  it('a certificate re-serialized with sorted keys, and a markdown with CRLF line breaks, verify', async () => {
    const root = await certified();
    const sortKeys = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(sortKeys)
        : value !== null && typeof value === 'object'
          ? Object.fromEntries(
              Object.keys(value)
                .sort()
                .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
            )
          : value;
    writeFileSync(join(root, CERT), JSON.stringify(sortKeys(JSON.parse(readFileSync(join(root, CERT), 'utf8')))));
    const md = join(root, CERT.replace(/\.json$/, '.md'));
    writeFileSync(md, readFileSync(md, 'utf8').replaceAll('\n', '\r\n'));
    const result = await verify(root);
    expect(result.error).toBeUndefined();
    expect(result.report).toContain('says what the JSON certificate and the evidence give (with CRLF line breaks)');
  });

  it('reads timeVerified only as RFC 3339 with a zone', async () => {
    const root = await certified();
    rmSync(join(root, CERT.replace(/\.json$/, '.md')));
    for (const time of ['0', 'Wed, 25 Nov 2026 12:00:00 GMT', '2026-11-25T12:00:00', '2026-02-30T12:00:00Z']) {
      edit(root, (c) => (c.predicate.timeVerified = time));
      expect((await verify(root)).lines, time).toEqual([
        `  MISMATCH decision re-derived: timeVerified is ${JSON.stringify(time)} (expected the evaluation time, an RFC 3339 date and time with a zone such as 2026-11-25T12:00:00.000Z, to evaluate the evidence at)`,
      ]);
    }
    edit(root, (c) => (c.predicate.timeVerified = '2026-11-25T13:00:00+01:00'));
    expect((await verify(root)).error).toBeUndefined();
  });

  it('accepts exactly the keys schemas/certificate.schema.json defines, at each level', () => {
    const schema = JSON.parse(readFileSync(join(REPO, 'schemas/certificate.schema.json'), 'utf8'));
    const keys = (node: { properties: Record<string, unknown> }) => Object.keys(node.properties).sort();
    expect([...CERTIFICATE_KEYS.statement].sort()).toEqual(keys(schema));
    expect([...CERTIFICATE_KEYS.predicate].sort()).toEqual(keys(schema.properties.predicate));
    expect([...CERTIFICATE_KEYS.shipgate].sort()).toEqual(keys(schema.properties.predicate.properties.shipgate));
  });

  it('gives the evidence a pull request left pending (the Action) to the evaluation it derives again', async () => {
    const root = demo();
    const pendingEvidence = [{ file: '.shipgate/exceptions/new.yml', reason: 'the pull request adds it' }];
    const result = await run({
      root,
      scans: [],
      dryRun: false,
      clock: () => new Date(AT),
      clockPinned: true,
      logger: silentLogger,
      pendingEvidence,
    });
    expect(result.evaluation.conditions).toContain(
      '.shipgate/exceptions/new.yml is pending review: the pull request adds it',
    );
    const certificate = JSON.parse(readFileSync(join(root, CERT), 'utf8')) as Json;
    expect(certificate.predicate.shipgate.pending).toEqual(pendingEvidence);
    expect((await verify(root)).error).toBeUndefined();
    // Dropped from the certificate, the condition it made is no longer what the evidence gives.
    rmSync(join(root, CERT.replace(/\.json$/, '.md')));
    edit(root, (c) => Reflect.deleteProperty(c.predicate.shipgate, 'pending'));
    expect((await verify(root)).lines.map((l) => l.split(':')[0])).toEqual([
      '  MISMATCH decision re-derived (conditions)',
    ]);
  });

  it('a certificate without shipgate.root (written before it was recorded) says so when the re-derivation differs', async () => {
    const root = await certified();
    rmSync(join(root, CERT.replace(/\.json$/, '.md')));
    edit(root, (c) => {
      Reflect.deleteProperty(c.predicate.shipgate, 'root');
      c.predicate.shipgate.open.high = 0;
    });
    const [line] = (await verify(root)).lines;
    expect(line).toContain(
      'The certificate does not record the folder it was evaluated in (shipgate.root; certificates written before 2026-11-26 do not): if its reports name files by absolute path, verify it in that folder, or evaluate again.',
    );
  });

  it('reads absolute paths under the real path of a root the evaluation was given through a link', async () => {
    const real = demo((dir) => {
      const sarif = join(dir, 'reports/codeql.sarif');
      writeFileSync(
        sarif,
        readFileSync(sarif, 'utf8').replaceAll('"uri" : "examples/', `"uri" : "file://${dir}/examples/`),
      );
    });
    const link = `${real}-link`;
    folders.push(link);
    symlinkSync(real, link);
    const result = await run({
      root: link,
      scans: [],
      dryRun: false,
      clock: () => new Date(AT),
      clockPinned: true,
      logger: silentLogger,
    });
    expect(result.evaluation.decision).toBe('approved-with-conditions');
    const shipgate = (JSON.parse(readFileSync(join(real, CERT), 'utf8')) as Json).predicate.shipgate;
    expect([shipgate.root, shipgate.rootReal]).toEqual([link, real]);
    const copy = demo();
    rmSync(copy, { recursive: true });
    cpSync(real, copy, { recursive: true });
    expect((await verify(copy)).error).toBeUndefined();
    // Without the real path, the reports' paths under it stay absolute in the copy.
    edit(copy, (c) => Reflect.deleteProperty(c.predicate.shipgate, 'rootReal'));
    rmSync(join(copy, CERT.replace(/\.json$/, '.md')));
    expect((await verify(copy)).error).toBeDefined();
  });
});
