/**
 * Bandit JSON, from a review: what `# nosec` comments hid (metrics._totals.nosec, skipped_tests), the
 * password the hardcoded-password tests (B105, B106, B107) quote in their text, in Bandit JSON and in
 * Bandit's SARIF through both paths, metrics without `_totals`, and detection of a large report from its
 * first bytes. The reports marked "bandit 1.6.2" are what `bandit -r <folder> -f json` wrote (Debian's
 * bandit 1.6.2 on Python 3.11), unchanged.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { bandit, PASSWORD_TITLE } from '../../src/ingest/bandit.js';
import { detectFormatFromHead } from '../../src/ingest/detect.js';
import { readInputHead } from '../../src/ingest/read.js';
import { run } from '../../src/index.js';
import { silentLogger } from '../../src/logger.js';
import { FIXTURES, createHarness, readSarifBothWays } from './harness.js';

const harness = createHarness(bandit, 'bandit-json');
const { parseText, otherFormatFiles } = harness;
const tmp = mkdtempSync(join(tmpdir(), 'shipgate-bandit-review-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

type Doc = Record<string, unknown>;

/** A fresh copy of a real fixture's document, to edit in a test. */
function fixture(rel: string): Doc {
  return JSON.parse(readFileSync(join(FIXTURES, rel), 'utf8')) as Doc;
}

/** bandit 1.6.2, `bandit -r app` over a.py (three `# nosec` lines: an import, an assignment, a shell call) and b.py. */
const NOSEC_162: Doc = {
  errors: [],
  generated_at: '2026-11-27T04:23:31Z',
  metrics: {
    _totals: {
      'CONFIDENCE.HIGH': 0.0,
      'CONFIDENCE.LOW': 0.0,
      'CONFIDENCE.MEDIUM': 1.0,
      'CONFIDENCE.UNDEFINED': 0.0,
      'SEVERITY.HIGH': 0.0,
      'SEVERITY.LOW': 1.0,
      'SEVERITY.MEDIUM': 0.0,
      'SEVERITY.UNDEFINED': 0.0,
      loc: 6,
      nosec: 3,
    },
    'app/a.py': {
      'CONFIDENCE.HIGH': 0.0,
      'CONFIDENCE.LOW': 0.0,
      'CONFIDENCE.MEDIUM': 1.0,
      'CONFIDENCE.UNDEFINED': 0.0,
      'SEVERITY.HIGH': 0.0,
      'SEVERITY.LOW': 1.0,
      'SEVERITY.MEDIUM': 0.0,
      'SEVERITY.UNDEFINED': 0.0,
      loc: 5,
      nosec: 3,
    },
    'app/b.py': {
      'CONFIDENCE.HIGH': 0.0,
      'CONFIDENCE.LOW': 0.0,
      'CONFIDENCE.MEDIUM': 0.0,
      'CONFIDENCE.UNDEFINED': 0.0,
      'SEVERITY.HIGH': 0.0,
      'SEVERITY.LOW': 0.0,
      'SEVERITY.MEDIUM': 0.0,
      'SEVERITY.UNDEFINED': 0.0,
      loc: 1,
      nosec: 0,
    },
  },
  results: [
    {
      code: '3 password = "Sup3rS3cretProdPassw0rd"\n4 def f(password="hunter22"):\n5     subprocess.call("ls", shell=True)  # nosec\n',
      filename: 'app/a.py',
      issue_confidence: 'MEDIUM',
      issue_severity: 'LOW',
      issue_text: "Possible hardcoded password: 'hunter22'",
      line_number: 4,
      line_range: [4],
      more_info: 'https://bandit.readthedocs.io/en/latest/plugins/b107_hardcoded_password_default.html',
      test_id: 'B107',
      test_name: 'hardcoded_password_default',
    },
  ],
};

/** bandit 1.6.2, the same folder with `--ignore-nosec`: the issues the comments hid are listed, nosec is 0. */
const IGNORED_162: Doc = {
  errors: [],
  generated_at: '2026-11-27T04:23:32Z',
  metrics: {
    _totals: {
      'CONFIDENCE.HIGH': 3.0,
      'CONFIDENCE.LOW': 0.0,
      'CONFIDENCE.MEDIUM': 1.0,
      'CONFIDENCE.UNDEFINED': 0.0,
      'SEVERITY.HIGH': 0.0,
      'SEVERITY.LOW': 4.0,
      'SEVERITY.MEDIUM': 0.0,
      'SEVERITY.UNDEFINED': 0.0,
      loc: 6,
      nosec: 0,
    },
    'app/a.py': {
      'CONFIDENCE.HIGH': 3.0,
      'CONFIDENCE.LOW': 0.0,
      'CONFIDENCE.MEDIUM': 1.0,
      'CONFIDENCE.UNDEFINED': 0.0,
      'SEVERITY.HIGH': 0.0,
      'SEVERITY.LOW': 4.0,
      'SEVERITY.MEDIUM': 0.0,
      'SEVERITY.UNDEFINED': 0.0,
      loc: 5,
      nosec: 0,
    },
    'app/b.py': {
      'CONFIDENCE.HIGH': 0.0,
      'CONFIDENCE.LOW': 0.0,
      'CONFIDENCE.MEDIUM': 0.0,
      'CONFIDENCE.UNDEFINED': 0.0,
      'SEVERITY.HIGH': 0.0,
      'SEVERITY.LOW': 0.0,
      'SEVERITY.MEDIUM': 0.0,
      'SEVERITY.UNDEFINED': 0.0,
      loc: 1,
      nosec: 0,
    },
  },
  results: [
    {
      code: '1 import subprocess  # nosec\n2 x = 1  # nosec\n3 password = "Sup3rS3cretProdPassw0rd"\n',
      filename: 'app/a.py',
      issue_confidence: 'HIGH',
      issue_severity: 'LOW',
      issue_text: 'Consider possible security implications associated with subprocess module.',
      line_number: 1,
      line_range: [1],
      more_info: 'https://bandit.readthedocs.io/en/latest/blacklists/blacklist_imports.html#b404-import-subprocess',
      test_id: 'B404',
      test_name: 'blacklist',
    },
    {
      code: '3 password = "Sup3rS3cretProdPassw0rd"\n4 def f(password="hunter22"):\n5     subprocess.call("ls", shell=True)  # nosec\n',
      filename: 'app/a.py',
      issue_confidence: 'MEDIUM',
      issue_severity: 'LOW',
      issue_text: "Possible hardcoded password: 'hunter22'",
      line_number: 4,
      line_range: [4],
      more_info: 'https://bandit.readthedocs.io/en/latest/plugins/b107_hardcoded_password_default.html',
      test_id: 'B107',
      test_name: 'hardcoded_password_default',
    },
    {
      code: '4 def f(password="hunter22"):\n5     subprocess.call("ls", shell=True)  # nosec\n',
      filename: 'app/a.py',
      issue_confidence: 'HIGH',
      issue_severity: 'LOW',
      issue_text: 'Starting a process with a partial executable path',
      line_number: 5,
      line_range: [5],
      more_info: 'https://bandit.readthedocs.io/en/latest/plugins/b607_start_process_with_partial_path.html',
      test_id: 'B607',
      test_name: 'start_process_with_partial_path',
    },
    {
      code: '4 def f(password="hunter22"):\n5     subprocess.call("ls", shell=True)  # nosec\n',
      filename: 'app/a.py',
      issue_confidence: 'HIGH',
      issue_severity: 'LOW',
      issue_text:
        'subprocess call with shell=True seems safe, but may be changed in the future, consider rewriting without shell',
      line_number: 5,
      line_range: [5],
      more_info: 'https://bandit.readthedocs.io/en/latest/plugins/b602_subprocess_popen_with_shell_equals_true.html',
      test_id: 'B602',
      test_name: 'subprocess_popen_with_shell_equals_true',
    },
  ],
};

/** bandit 1.6.2 over a settings file with a password as a function argument (B106) and as a default (B107). */
const PW_162: Doc = {
  errors: [],
  generated_at: '2026-11-27T04:19:33Z',
  metrics: {
    _totals: {
      'CONFIDENCE.HIGH': 0.0,
      'CONFIDENCE.LOW': 0.0,
      'CONFIDENCE.MEDIUM': 2.0,
      'CONFIDENCE.UNDEFINED': 0.0,
      'SEVERITY.HIGH': 0.0,
      'SEVERITY.LOW': 2.0,
      'SEVERITY.MEDIUM': 0.0,
      'SEVERITY.UNDEFINED': 0.0,
      loc: 5,
      nosec: 0,
    },
    'pw/settings.py': {
      'CONFIDENCE.HIGH': 0.0,
      'CONFIDENCE.LOW': 0.0,
      'CONFIDENCE.MEDIUM': 2.0,
      'CONFIDENCE.UNDEFINED': 0.0,
      'SEVERITY.HIGH': 0.0,
      'SEVERITY.LOW': 2.0,
      'SEVERITY.MEDIUM': 0.0,
      'SEVERITY.UNDEFINED': 0.0,
      loc: 5,
      nosec: 0,
    },
  },
  results: [
    {
      code: '1 import db\n2 conn = db.connect(user="app", password="Sup3rS3cretProdPassw0rd")\n3 password = "An0therS3cret"\n',
      filename: 'pw/settings.py',
      issue_confidence: 'MEDIUM',
      issue_severity: 'LOW',
      issue_text: "Possible hardcoded password: 'Sup3rS3cretProdPassw0rd'",
      line_number: 2,
      line_range: [2],
      more_info: 'https://bandit.readthedocs.io/en/latest/plugins/b106_hardcoded_password_funcarg.html',
      test_id: 'B106',
      test_name: 'hardcoded_password_funcarg',
    },
    {
      code: '3 password = "An0therS3cret"\n4 def login(user, password="DefaultPassw0rd!"):\n5     return db.connect(user=user, password=password)\n',
      filename: 'pw/settings.py',
      issue_confidence: 'MEDIUM',
      issue_severity: 'LOW',
      issue_text: "Possible hardcoded password: 'DefaultPassw0rd!'",
      line_number: 4,
      line_range: [4],
      more_info: 'https://bandit.readthedocs.io/en/latest/plugins/b107_hardcoded_password_default.html',
      test_id: 'B107',
      test_name: 'hardcoded_password_default',
    },
  ],
};

/**
 * bandit 1.6.2, `bandit -r .` in the same folder with a file that does not parse: the metrics, sorted, list
 * `./a.py` before `_totals`, and the unparsed file's entry has only `loc` and `nosec`.
 */
const DOT_162: Doc = {
  errors: [
    {
      filename: './bad.py',
      reason: 'syntax error while parsing AST from file',
    },
  ],
  generated_at: '2026-11-27T04:23:34Z',
  metrics: {
    './a.py': {
      'CONFIDENCE.HIGH': 0.0,
      'CONFIDENCE.LOW': 0.0,
      'CONFIDENCE.MEDIUM': 1.0,
      'CONFIDENCE.UNDEFINED': 0.0,
      'SEVERITY.HIGH': 0.0,
      'SEVERITY.LOW': 1.0,
      'SEVERITY.MEDIUM': 0.0,
      'SEVERITY.UNDEFINED': 0.0,
      loc: 5,
      nosec: 3,
    },
    './b.py': {
      'CONFIDENCE.HIGH': 0.0,
      'CONFIDENCE.LOW': 0.0,
      'CONFIDENCE.MEDIUM': 0.0,
      'CONFIDENCE.UNDEFINED': 0.0,
      'SEVERITY.HIGH': 0.0,
      'SEVERITY.LOW': 0.0,
      'SEVERITY.MEDIUM': 0.0,
      'SEVERITY.UNDEFINED': 0.0,
      loc: 1,
      nosec: 0,
    },
    './bad.py': {
      loc: 1,
      nosec: 0,
    },
    _totals: {
      'CONFIDENCE.HIGH': 0.0,
      'CONFIDENCE.LOW': 0.0,
      'CONFIDENCE.MEDIUM': 1.0,
      'CONFIDENCE.UNDEFINED': 0.0,
      'SEVERITY.HIGH': 0.0,
      'SEVERITY.LOW': 1.0,
      'SEVERITY.MEDIUM': 0.0,
      'SEVERITY.UNDEFINED': 0.0,
      loc: 7,
      nosec: 3,
    },
  },
  results: [
    {
      code: '3 password = "Sup3rS3cretProdPassw0rd"\n4 def f(password="hunter22"):\n5     subprocess.call("ls", shell=True)  # nosec\n',
      filename: './a.py',
      issue_confidence: 'MEDIUM',
      issue_severity: 'LOW',
      issue_text: "Possible hardcoded password: 'hunter22'",
      line_number: 4,
      line_range: [4],
      more_info: 'https://bandit.readthedocs.io/en/latest/plugins/b107_hardcoded_password_default.html',
      test_id: 'B107',
      test_name: 'hardcoded_password_default',
    },
  ],
};

const copy = (doc: Doc): Doc => structuredClone(doc);

/** The totals of a report, to edit. */
const totalsOf = (doc: Doc): Doc => (doc.metrics as { _totals: Doc })._totals;

/** What the run says `# nosec` comments set aside; the evaluation makes it a problem or a warning. */
const NOSEC = (pointer: string, total: number, shown: string) =>
  `${pointer}: # nosec comments made Bandit set aside ${total} issue(s) (${shown}; Bandit before 1.7.5 counts the statements it skipped on such a line), which the report does not list (Bandit run with --ignore-nosec lists them)`;

/** The evaluation (dry run) of one report under a policy that requires sast, with the given policy lines. */
async function evaluateOne(name: string, content: string, extra = '', options: { maxInputBytes?: number } = {}) {
  const root = mkdtempSync(join(tmp, 'run-'));
  mkdirSync(join(root, 'reports'));
  writeFileSync(join(root, 'reports', name), content);
  mkdirSync(join(root, '.shipgate'));
  writeFileSync(
    join(root, '.shipgate/policy.yml'),
    `version: 1\nextends: release\nevidence:\n  required: [sast]\ninputs:\n  - reports/${name}\n${extra}`,
  );
  const { evaluation } = await run({
    root,
    scans: [],
    dryRun: true,
    clock: () => new Date('2026-11-25T12:00:00Z'),
    logger: silentLogger,
    ...(options.maxInputBytes !== undefined ? { maxInputBytes: options.maxInputBytes, streamAboveBytes: 1 } : {}),
  });
  return {
    gate: evaluation.gates.find((g) => g.id === 'evidence-completeness'),
    input: evaluation.inputs[0],
  };
}

describe('ingest/bandit: issues # nosec comments hid make the scan incomplete', () => {
  it('the real report of code with three # nosec lines (nosec 3) is read, but is not a completed scan', async () => {
    const result = await parseText('nosec.json', NOSEC_162);
    expect(result.findings.map((f) => f.ruleId)).toEqual(['B107']);
    expect(result.runs).toEqual([
      {
        tool: 'Bandit',
        scanType: 'sast',
        completed: true,
        problems: [],
        resultCount: 1,
        setAside: NOSEC('/metrics/_totals/nosec', 3, 'nosec 3; in app/a.py (3)'),
      },
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('the same code scanned with --ignore-nosec (nosec 0) lists every issue and is a completed scan', async () => {
    const result = await parseText('ignored.json', IGNORED_162);
    expect(result.findings.map((f) => f.ruleId)).toEqual(['B404', 'B107', 'B607', 'B602']);
    expect(result.runs).toEqual([{ tool: 'Bandit', scanType: 'sast', completed: true, problems: [], resultCount: 4 }]);
  });

  it.each([
    [0, true],
    [1, false],
  ])('nosec %d in the totals of the real one-issue report: nothing set aside %s', async (nosec, none) => {
    const doc = fixture('bandit-json/bandit-one.json');
    totalsOf(doc).nosec = nosec;
    const result = await parseText(`one-${nosec}.json`, doc);
    expect(result.runs[0]?.problems).toEqual([]);
    expect(result.runs[0]?.setAside).toEqual(none ? undefined : NOSEC('/metrics/_totals/nosec', 1, 'nosec 1'));
  });

  it('a clean report whose only sign is nosec 2 in its totals (no results) is not a completed scan', async () => {
    const doc = {
      errors: [],
      generated_at: '2026-11-27T04:14:01Z',
      metrics: { _totals: { 'SEVERITY.HIGH': 0.0, 'SEVERITY.LOW': 0.0, loc: 5, nosec: 2 } },
      results: [],
    };
    const result = await parseText('clean-nosec.json', doc);
    expect(result.findings).toEqual([]);
    expect(result.runs[0]).toMatchObject({ problems: [], setAside: NOSEC('/metrics/_totals/nosec', 2, 'nosec 2') });
  });

  it('counts skipped_tests (`# nosec B101`, Bandit 1.7.5+) alone and beside nosec, naming each file', async () => {
    const only = copy(NOSEC_162);
    const metrics = only.metrics as Record<string, Doc>;
    Object.assign(metrics._totals as Doc, { nosec: 0, skipped_tests: 2 });
    Object.assign(metrics['app/a.py'] as Doc, { nosec: 0, skipped_tests: 2 });
    Object.assign(metrics['app/b.py'] as Doc, { skipped_tests: 0 });
    expect((await parseText('skipped.json', only)).runs[0]?.setAside).toEqual(
      NOSEC('/metrics/_totals/skipped_tests', 2, 'skipped_tests 2; in app/a.py (2)'),
    );
    const both = copy(NOSEC_162);
    const bothMetrics = both.metrics as Record<string, Doc>;
    Object.assign(bothMetrics._totals as Doc, { nosec: 3, skipped_tests: 1 });
    Object.assign(bothMetrics['app/b.py'] as Doc, { skipped_tests: 1 });
    expect((await parseText('both.json', both)).runs[0]?.setAside).toEqual(
      NOSEC('/metrics/_totals', 4, 'nosec 3, skipped_tests 1; in app/a.py (3), app/b.py (1)'),
    );
  });

  it('names the first five files and counts the rest', async () => {
    const files = Object.fromEntries(
      ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((n) => [`pkg/${n}.py`, { loc: 3, nosec: 1 }]),
    );
    const doc = {
      errors: [],
      generated_at: '2026-11-27T04:14:01Z',
      metrics: { _totals: { loc: 21, nosec: 7 }, ...files },
      results: [],
    };
    expect((await parseText('seven.json', doc)).runs[0]?.setAside).toEqual(
      NOSEC(
        '/metrics/_totals/nosec',
        7,
        'nosec 7; in pkg/a.py (1), pkg/b.py (1), pkg/c.py (1), pkg/d.py (1), pkg/e.py (1), and 2 more file(s)',
      ),
    );
  });

  it.each([
    ['the string "3"', '3', 'found a string'],
    ['null', null, 'found null'],
    ['-1', -1, 'the number -1'],
  ])('refuses a nosec count that is %s, naming its pointer', async (_, value, what) => {
    const doc = fixture('bandit-json/bandit-one.json');
    totalsOf(doc).nosec = value;
    await expect(parseText('bad-nosec.json', doc)).rejects.toThrow(
      new InputError(
        `bad-nosec.json: /metrics/_totals/nosec: ${what} (expected the count of what # nosec comments set aside, a whole number of at least 0, as Bandit writes it).`,
      ),
    );
  });

  it('fails evidence-completeness under inFileSuppressions: ignore (the default); the --ignore-nosec report passes', async () => {
    for (const policy of ['', 'exceptions:\n  inFileSuppressions: ignore\n']) {
      const hidden = await evaluateOne('bandit.json', JSON.stringify(NOSEC_162, null, 2), policy);
      expect(hidden.input?.format).toBe('bandit');
      expect(hidden.input?.runs[0]).toMatchObject({ completed: false });
      expect(hidden.input?.runs[0]).not.toHaveProperty('setAside');
      expect(hidden.gate?.status).toBe('fail');
      expect(hidden.gate?.reasons.join('\n')).toContain(
        `${NOSEC('/metrics/_totals/nosec', 3, 'nosec 3; in app/a.py (3)')}: shipgate can neither count them nor hold them to an exception's approver and expiry, so the scan is not complete (exceptions.inFileSuppressions: ignore).`,
      );
      const listed = await evaluateOne('bandit.json', JSON.stringify(IGNORED_162, null, 2), policy);
      expect(listed.gate?.status).toBe('pass');
    }
  });

  it('passes evidence-completeness under inFileSuppressions: honor, with a warning that says what was set aside', async () => {
    const hidden = await evaluateOne(
      'bandit.json',
      JSON.stringify(NOSEC_162, null, 2),
      'exceptions:\n  inFileSuppressions: honor\n',
    );
    expect(hidden.input?.runs[0]).toMatchObject({ completed: true, problems: [] });
    expect(hidden.input?.runs[0]).not.toHaveProperty('setAside');
    expect(hidden.gate?.status).toBe('pass');
    expect(hidden.input?.warnings).toContain(
      `reports/bandit.json: ${NOSEC('/metrics/_totals/nosec', 3, 'nosec 3; in app/a.py (3)')}; honored (exceptions.inFileSuppressions: honor): they count nowhere, with no approver and no expiry.`,
    );
  });
});

describe('ingest/bandit: the password the hardcoded-password tests quote is never copied', () => {
  it('masks the password in the titles of the real B106 and B107 issues', async () => {
    expect(PASSWORD_TITLE).toBe("Possible hardcoded password: '***'");
    const result = await parseText('pw.json', PW_162);
    expect(result.findings.map((f) => [f.ruleId, f.title])).toEqual([
      ['B106', PASSWORD_TITLE],
      ['B107', PASSWORD_TITLE],
    ]);
    const text = JSON.stringify(result);
    for (const secret of ['Sup3rS3cretProdPassw0rd', 'DefaultPassw0rd!', 'An0therS3cret'])
      expect(text).not.toContain(secret);
  });

  it('masks B105 (as Bandit 1.8.6 words it) and keeps the text of every other test', async () => {
    const doc = copy(IGNORED_162);
    const results = doc.results as Doc[];
    results.push({
      ...results[1],
      test_id: 'B105',
      test_name: 'hardcoded_password_string',
      issue_text: "Possible hardcoded password: 'test_pass'",
    });
    const result = await parseText('b105.json', doc);
    expect(result.findings.map((f) => [f.ruleId, f.title])).toEqual([
      ['B404', 'Consider possible security implications associated with subprocess module.'],
      ['B107', PASSWORD_TITLE],
      ['B607', 'Starting a process with a partial executable path'],
      [
        'B602',
        'subprocess call with shell=True seems safe, but may be changed in the future, consider rewriting without shell',
      ],
      ['B105', PASSWORD_TITLE],
    ]);
    expect(JSON.stringify(result)).not.toContain('test_pass');
    expect(JSON.stringify(result)).not.toContain('hunter22');
  });

  /** The message texts of the B105/B106 results of the real Bandit 1.8.6 SARIF fixture. */
  const SARIF = 'sarif/bandit-1.8.6-many-results.sarif';
  const sarifPasswords = (): string[] => {
    const log = fixture(SARIF) as { runs: { results: { ruleId: string; message: { text: string } }[] }[] };
    return log.runs[0]!.results.filter((r) => /^B10[567]$/.test(r.ruleId)).map((r) => r.message.text);
  };

  it("masks the password in Bandit's SARIF, through the whole-document and the streaming path alike", async () => {
    const passwords = sarifPasswords();
    expect(passwords).toHaveLength(11);
    expect(passwords[0]).toBe("Possible hardcoded password: 'test_pass'");
    const log = fixture(SARIF) as { runs: { results: { ruleId: string; message: { text: string } }[] }[] };
    // readSarifBothWays holds the streaming path's findings to the whole-document path's.
    const { value, error } = await readSarifBothWays(tmp, 'bandit.sarif', log);
    expect(error).toBeUndefined();
    const findings = value!.findings;
    expect(findings).toHaveLength(172);
    const messages = log.runs[0]!.results.map((r) => r.message.text);
    findings.forEach((f, i) => {
      expect([f.ruleId, f.title]).toEqual([f.ruleId, /^B10[567]$/.test(f.ruleId) ? PASSWORD_TITLE : messages[i]]);
    });
    expect(findings.filter((f) => f.title === PASSWORD_TITLE)).toHaveLength(11);
    const text = JSON.stringify(value);
    for (const secret of ["'test_pass'", "'custom_pass'", "'pass1'", "'pass2'", "'pass'"])
      expect(text).not.toContain(secret);
  });

  it('keeps the message of a B105 result of a tool other than Bandit', async () => {
    const log = fixture(SARIF) as { runs: { tool: { driver: { name: string } } }[] };
    log.runs[0]!.tool.driver.name = 'Banditry';
    const { value } = await readSarifBothWays(tmp, 'other.sarif', log);
    const titles = value!.findings.filter((f) => /^B10[567]$/.test(f.ruleId)).map((f) => f.title);
    expect(titles).toEqual(sarifPasswords());
  });
});

describe('ingest/bandit: metrics without _totals show no scan', () => {
  const MISSING = (file: string, what = 'the key is missing') =>
    `${file}: /metrics/_totals: ${what} (expected Bandit's totals, with the lines of code it read (loc), which every Bandit report has).`;

  it('refuses the report whose metrics are {} with no results, as one without metrics', async () => {
    const doc = { errors: [], generated_at: '2024-01-01T00:00:00Z', metrics: {}, results: [] };
    await expect(parseText('empty-metrics.json', doc)).rejects.toThrow(new InputError(MISSING('empty-metrics.json')));
    const { metrics: _, ...none } = doc;
    await expect(parseText('no-metrics.json', none)).rejects.toThrow(
      new InputError(
        "no-metrics.json: /metrics: the key is missing (expected Bandit's metrics object, which every Bandit report has).",
      ),
    );
  });

  it('refuses metrics {} beside results, metrics with only file entries, and _totals that is not an object', async () => {
    const withResult = { ...copy(PW_162), metrics: {} };
    await expect(parseText('with-result.json', withResult)).rejects.toThrow(
      new InputError(MISSING('with-result.json')),
    );
    const filesOnly = copy(PW_162);
    delete (filesOnly.metrics as Doc)._totals;
    await expect(parseText('files-only.json', filesOnly)).rejects.toThrow(new InputError(MISSING('files-only.json')));
    const array = { ...copy(PW_162), metrics: { _totals: [] } };
    await expect(parseText('array.json', array)).rejects.toThrow(
      new InputError(MISSING('array.json', 'found an array')),
    );
  });

  it('reads _totals with loc 1 and no results as a clean scan, and with loc 0 as covering nothing', async () => {
    const doc = (loc: number) => ({
      errors: [],
      generated_at: '2024-01-01T00:00:00Z',
      metrics: { _totals: { loc, nosec: 0 } },
      results: [],
    });
    expect((await parseText('loc1.json', doc(1))).runs).toEqual([
      { tool: 'Bandit', scanType: 'sast', completed: true, problems: [], resultCount: 0 },
    ]);
    expect((await parseText('loc0.json', doc(0))).runs[0]).toMatchObject({ coversNothing: true, completed: true });
  });
});

describe('ingest/bandit: a large report is detected from its first bytes', () => {
  const headOnly = (path: string, text: string) => ({ path, head: text.slice(0, 64 * 1024) });

  it('is certain of the real 311 KB report, whose first result comes after 177 KB of metrics', () => {
    const rel = 'bandit-json/bandit-many.json';
    const head = readInputHead(FIXTURES, rel);
    expect(head.toString('utf8').slice(0, 8192)).not.toContain('"test_id"');
    expect(head.toString('utf8')).not.toContain('"results"');
    expect(bandit.detect({ path: rel, head: head.toString('utf8') })).toBe('certain');
    expect(detectFormatFromHead(rel, head).id).toBe('bandit');
  });

  it('is certain of `bandit -r .` (files sorted before _totals, an unparsed file with only loc), indented or not', () => {
    const doc = copy(DOT_162);
    const metrics = doc.metrics as Record<string, unknown>;
    // Many files, as a real project has, so that the first result is far beyond the first 8 KiB; sorted
    // as Bandit writes them, an unparsed file (loc and nosec only) first.
    const many: [string, unknown][] = [['./0broken.py', { loc: 4, nosec: 0 }]];
    for (let i = 0; i < 200; i += 1) many.push([`./pkg/m${String(i).padStart(3, '0')}.py`, metrics['./b.py']]);
    doc.metrics = Object.fromEntries([...many, ...Object.entries(metrics)].sort(([a], [b]) => (a < b ? -1 : 1)));
    expect(Object.keys(doc.metrics as Doc)[0]).toBe('./0broken.py');
    for (const text of [JSON.stringify(doc, null, 2), JSON.stringify(doc)]) {
      expect(text.indexOf('"test_id"')).toBeGreaterThan(8192);
      expect(bandit.detect(headOnly('dot.json', text))).toBe('certain');
    }
    const pretty = JSON.stringify(DOT_162, null, 2);
    expect(pretty.indexOf('"./a.py"')).toBeLessThan(pretty.indexOf('"_totals"'));
    expect(bandit.detect(headOnly('dot-small.json', pretty))).toBe('certain');
  });

  it('is not certain of any other format from its first bytes alone, nor of near misses', () => {
    for (const rel of otherFormatFiles()) {
      const text = readFileSync(join(FIXTURES, rel)).toString('utf8');
      expect([rel, bandit.detect(headOnly(rel, text))]).not.toEqual([rel, 'certain']);
    }
    const start = '{\n  "errors": [],\n  "generated_at": "2026-11-27T04:23:31Z",\n  "metrics": ';
    for (const text of [
      `${start}{}, "results": []}`,
      `${start}{"_totals": 3}, "results": []}`,
      `${start}{"_totals": {"files": 3}}, "results": []}`,
      '{"generated_at": "2026-11-27T04:23:31Z", "errors": [], "metrics": {"_totals": {"loc": 1}}, "results": []}',
      '{"errors": {}, "generated_at": "2026-11-27T04:23:31Z", "metrics": {"_totals": {"loc": 1}}, "results": []}',
      '{"errors": [], "paths": {"scanned": []}, "results": [], "version": "1.100.0"}',
      `[${start}{"_totals": {"loc": 1}}, "results": []}]`,
    ])
      expect([text, bandit.detect(headOnly('near.json', text))]).toEqual([text, 'no']);
  });

  it('refuses the real report over --max-input-bytes as over the cap, not as an unrecognized format', async () => {
    const text = readFileSync(join(FIXTURES, 'bandit-json/bandit-many.json'), 'utf8');
    await expect(evaluateOne('bandit.json', text, '', { maxInputBytes: 100_000 })).rejects.toThrow(
      new InputError(
        `reports/bandit.json: the file is ${Buffer.byteLength(text)} bytes, over the input cap of 100000 bytes (raise it with --max-input-bytes).`,
      ),
    );
    // At the cap it is detected from its first bytes and read whole.
    const { input } = await evaluateOne('bandit.json', text, '', { maxInputBytes: Buffer.byteLength(text) });
    expect(input?.format).toBe('bandit');
  });
});
