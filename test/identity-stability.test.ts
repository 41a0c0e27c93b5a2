/**
 * Finding ids must survive re-runs and releases (DESIGN 3.2): ids of real fixture findings of every
 * format, pinned before the identity fixes of the review (shuffled de-duplication, package names, Grype
 * related ids, secrets without a line, DAST queries, paths), and only the ones those fixes meant to
 * change are different.
 */
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../src/logger.js';
import { run } from '../src/run.js';

const FIXTURES = fileURLToPath(new URL('../fixtures', import.meta.url));

async function findingsOf(scan: string) {
  const result = await run({
    root: FIXTURES,
    scans: [scan],
    dryRun: true,
    clock: () => new Date('2026-11-25T12:00:00Z'),
    logger: silentLogger,
    policy: 'release',
  });
  return result.evaluation.findings;
}

/** The first 16 hex digits of sha256 over the sorted ids, one a line. */
function digestOf(ids: readonly string[]): string {
  return createHash('sha256')
    .update([...ids].sort().join('\n'))
    .digest('hex')
    .slice(0, 16);
}

/** One or two findings of each format, by fixture: id and identity as the build before the fixes gave them. */
const PINNED: [file: string, id: string, identity: string][] = [
  ['bandit-json/bandit-many.json', 'SG-0197bcf4ce1b86f0', 'code|Bandit|B308|dojo/templatetags/display_tags.py|581:1'],
  [
    'checkov-json/checkov-2.0.209-multiple-check-types-list.json',
    'SG-05879240696d158e',
    'code|Checkov|CKV2_AWS_17|aws/db-app.tf|aws_instance.db_app:1',
  ],
  [
    'dependency-check-json/dependency-check-12.1.3-maven.json',
    'SG-0011069497e32500',
    'dep|CVE-2022-46337|maven:org.apache.derby:derby|10.15.2.0:1',
  ],
  [
    'gitlab-dependency-scanning-json/gl-dependency-scanning-v15-many.json',
    'SG-18fb0cd6d98cbef3',
    'dep|CVE-2020-14040|golang:golang.org/x/text|v0.3.2:1',
  ],
  [
    'gitlab-sast-json/gl-sast-v14-many.json',
    'SG-00eb484708976f3c',
    'code|ESLint|security/detect-object-injection|dojo/static/dojo/js/datatables.min.js|525:1',
  ],
  ['gitleaks-json/gitleaks-8-many.json', 'SG-6d0a59647b8467f1', 'secret|conf/aws.tf|2:1'],
  [
    'govulncheck-json/govulncheck-1.0.0-array-wrapped.json',
    'SG-bbb32839dbe442ae',
    'dep|CVE-2023-29403|golang:stdlib|v1.20.1:1',
  ],
  [
    'govulncheck-json/govulncheck-1.1.4-stream.json',
    'SG-b7eb171306bb7dcb',
    'dep|CVE-2024-45337|golang:golang.org/x/crypto|v0.23.0:1',
  ],
  ['grype-json/grype-0.24.0-directory.json', 'SG-1378d29850fdffc4', 'dep|CVE-2021-32626|pypi:redis|3.5.3:1'],
  [
    'grype-json/grype-0.7.0-image-many.json',
    'SG-52375f5cbf12e826',
    'dep|CVE-2004-0971|deb:libgssapi-krb5-2|1.17-3+deb10u1:1',
  ],
  ['npm-audit-json/npm-audit-v1-many.json', 'SG-74da21d78485dcfc', 'dep|CVE-2017-16119|npm:fresh|0.3.0:1'],
  ['npm-audit-json/npm-audit-v2-one.json', 'SG-0a5c67ca7eaaf842', 'dep|GHSA-9vvw-cc9w-f27h|npm:debug|:1'],
  ['nuclei-json/nuclei-jsonl-critical.jsonl', 'SG-b7d793a4b60149fe', 'dast|apache-detect||http://dvwa_dvwa_1/|:1'],
  ['osv-scanner-json/osv-scanner-many.json', 'SG-000fee36508a2d1c', 'dep|CVE-2022-28346|pypi:django|3.2.4:1'],
  ['pip-audit-json/pip-audit-new-format-many.json', 'SG-026f9acfe270f53f', 'dep|PYSEC-2021-76|pypi:aiohttp|3.6.2:1'],
  [
    'semgrep-json/semgrep-1.100.0-fingerprints.json',
    'SG-9e74275659204c5b',
    'code|Semgrep|go.lang.security.audit.database.string-formatted-query.string-formatted-query|sample/function.go|37:1',
  ],
  [
    'snyk-json/snyk-maven-many.json',
    'SG-b544486ddfa88079',
    'dep|CVE-2012-5783|maven:commons-httpclient:commons-httpclient|3.1:1',
  ],
  [
    'trivy-json/trivy-fs-vulns-misconfig-secrets.json',
    'SG-cf7af557c45321e7',
    'dep|CVE-2021-28363|pypi:urllib3|1.26.3:1',
  ],
  [
    'trivy-json/trivy-fs-vulns-misconfig-secrets.json',
    'SG-0dac0bc6a5a7d4d1',
    'code|Trivy|DS002|Dockerfile|message:48b5b7ef6eda136c:1',
  ],
  ['trivy-json/trivy-fs-vulns-misconfig-secrets.json', 'SG-14504f63e20f3305', 'secret|secret.txt|1:1'],
  ['trivy-json/trivy-legacy-list-many.json', 'SG-b5a9444314a5973e', 'dep|CVE-2005-2541|deb:tar|1.30+dfsg-6:1'],
  [
    'trivy-json/trivy-0.69.1-fs-cvssv4.json',
    'SG-2a9db297a6a036a6',
    'dep|CVE-2026-24733|maven:org.apache.tomcat:tomcat-catalina|9.0.109:1',
  ],
  ['trufflehog-json/trufflehog-v3-git.jsonl', 'SG-438f06eddaca76a3', 'secret|keys|1:1'],
  ['yarn-audit-json/yarn-v1-audit-many.jsonl', 'SG-251dc4407d1faad0', 'dep|NPM-1179|npm:minimist|0.0.10:1'],
  [
    'zap-json/zap-2.12.0-traditional.json',
    'SG-00e5b4a6bcd72da2',
    'dast|CWE-524|GET|http://www.itsecgames.com/bugs.htm||10049:1',
  ],
  [
    'sarif/anchore-scan-action-0.7.3-suppressed-baseline.sarif',
    'SG-0061da875f4e264b',
    'dep|CVE-2018-13098|deb:linux-libc-dev-4.4.0-186.216|:1',
  ],
  [
    'sarif/codeql-2.19.0-typescript-one-result.sarif',
    'SG-c7ff833b71c9dc52',
    'code|CodeQL|js/code-injection|yarn/src/app.ts|c544cbb4de60052c:1:1',
  ],
  [
    'sarif/codeql-2.5.4-java-partialfingerprints.sarif',
    'SG-04cb11a550ac40d8',
    'code|CodeQL|py/sql-injection|bad/libuser.py|dca96e071a47ec37:1:1',
  ],
  [
    'sarif/lgtm-1.26-multiple-runs.sarif',
    'SG-00039219e7087baf',
    'code|LGTM.com|com.lgtm/python-queries:py/unsafe-cyclic-import|dojo/utils.py|923f36ad18e3134b:1:3',
  ],
  ['sarif/gitleaks-8-testdata-simple.sarif', 'SG-36703d34cb200646', 'secret|auth.py|1:1'],
  [
    'sarif/semgrep-0.17.0-owasp-benchmark-many-results.sarif',
    'SG-002e298a3ebe9ed2',
    'code|semgrep|java.lang.security.audit.cookie-missing-httponly.cookie-missing-httponly|src/main/java/org/owasp/benchmark/testcode/BenchmarkTest02427.java|70:1',
  ],
  ['sarif/trivy-0.37.1-image.sarif', 'SG-0250a03a9c4987e0', 'dep|CVE-2010-4756|:libc6|2.31-13+deb11u5:1'],
  ['sarif/osv-scanner-2.2.0-npm.sarif', 'SG-0cfb303adeefc8af', 'dep|CVE-2024-47764|:cookie|0.4.0:1'],
];

/** Every readable fixture: its finding count and the digest of its ids. */
const DIGESTS: [file: string, count: number, digest: string][] = [
  ['bandit-json/bandit-many.json', 213, '1bb03fd6af6310bf'],
  ['bandit-json/bandit-one.json', 1, '44b3852a41bf75bf'],
  ['checkov-json/checkov-1.0.467-many.json', 3, '7052df595c33ddf8'],
  ['checkov-json/checkov-2.0.209-multiple-check-types-list.json', 13, 'a167881d0ed81530'],
  ['checkov-json/checkov-2.2.34-with-severity.json', 4, 'e5d0e003a9870e3b'],
  ['dependency-check-json/dependency-check-12.1.3-maven.json', 38, 'f770248de912c085'],
  ['gitlab-dependency-scanning-json/gl-dependency-scanning-v15-many.json', 6, '14900faf75c079f6'],
  ['gitlab-sast-json/gl-sast-v14-many.json', 467, '71cb44ecebb19106'],
  ['gitlab-sast-json/gl-sast-v15-confidence.json', 8, '2b8e3b1b68517d57'],
  ['gitleaks-json/gitleaks-7.5.0.json', 4, '5e57d7aca5f53262'],
  ['gitleaks-json/gitleaks-8-many.json', 4, 'f518c1cd42a58b00'],
  ['gitleaks-json/gitleaks-8-testdata-simple.json', 1, '404888f071a29a69'],
  ['gitleaks-json/gitleaks-legacy-many.json', 2, '1405ef42f5db44a0'],
  ['govulncheck-json/govulncheck-1.0.0-array-wrapped.json', 1, 'b7c6417695a4934f'],
  ['govulncheck-json/govulncheck-1.1.4-stream.json', 40, '2686ef2e8bd4c6d7'],
  ['grype-json/grype-0.24.0-directory.json', 9, 'b1bbfd7f3705e3da'],
  ['grype-json/grype-0.7.0-image-many.json', 327, '4b239d3edacf5eee'],
  // Changed by the fixes: a match relating two CVEs keeps its own (cups-libs), Java artifacts are
  // group:artifact (avro, commons-compress). Before: 0ccef7db0aa25bd4.
  ['grype-json/grype-0.96.0-image.json', 35, '11d1ba6035d3cc5d'],
  ['npm-audit-json/npm-audit-v1-many.json', 5, 'edd5e6f70d89858b'],
  ['npm-audit-json/npm-audit-v1-multiple-cwes-critical.json', 44, 'b31a272e7288cbf1'],
  ['npm-audit-json/npm-audit-v2-many.json', 3, '3631db526910cd51'],
  ['npm-audit-json/npm-audit-v2-npm7-many.json', 8, '20662658f8e51098'],
  ['npm-audit-json/npm-audit-v2-one.json', 2, '2f98e5145a058260'],
  ['nuclei-json/nuclei-jsonl-critical.jsonl', 27, 'bdeca1d13f949351'],
  ['nuclei-json/nuclei-v2-many.jsonl', 18, 'a0bc7b2f75389ed7'],
  ['nuclei-json/nuclei-v3-array.json', 5, '67598a61236ddd3a'],
  ['osv-scanner-json/osv-scanner-many.json', 37, 'ffc8d6becf28fdb2'],
  ['osv-scanner-json/osv-scanner-some.json', 1, '8265ad78377ef64b'],
  ['pip-audit-json/pip-audit-new-format-many.json', 7, 'f27c3ee46c83c7ec'],
  ['pip-audit-json/pip-audit-old-format-many.json', 7, 'f27c3ee46c83c7ec'],
  ['sarif/anchore-scan-action-0.7.3-suppressed-baseline.sarif', 429, 'cb0c014098219d3e'],
  ['sarif/bandit-1.8.6-few-results.sarif', 3, 'cb22266c0da05c35'],
  ['sarif/bandit-1.8.6-many-results.sarif', 172, '7e0d149a02b005a1'],
  ['sarif/codeql-2.19.0-ruby-security-severity.sarif', 4, 'e0b7b2b057440e1c'],
  ['sarif/codeql-2.19.0-typescript-one-result.sarif', 1, '6a3e2ae81c01754c'],
  ['sarif/codeql-2.2.4-old-cli.sarif', 2, '7acf98ef456b8245'],
  ['sarif/codeql-2.5.4-java-partialfingerprints.sarif', 72, 'ce789edce5ffcd6c'],
  ['sarif/dependency-check-6.1.2-no-rules.sarif', 13, '0899dd5c99006c38'],
  ['sarif/dependency-check-7.1.0.sarif', 1, 'cdb56808315ea0ca'],
  ['sarif/eslint-8.56.0-all-suppressed-insource.sarif', 12, 'ab678272baae9ec7'],
  ['sarif/gitleaks-7.4.0.sarif', 4, '5e57d7aca5f53262'],
  ['sarif/gitleaks-8-testdata-simple.sarif', 1, '404888f071a29a69'],
  ['sarif/govulncheck-1.3.0.sarif', 3, '82797180d78313b3'],
  ['sarif/grype-0.34.7-java.sarif', 22, '6e39ffe0ad1d5c39'],
  // Changed by the fixes: Go's standard library is v1.x.y, not go1.x.y (15 findings). Before: 9bd01e434396783e.
  ['sarif/grype-0.91.2-container.sarif', 37, 'a4953c5a7005e67d'],
  ['sarif/lgtm-1.26-multiple-runs.sarif', 510, '4514235c9d5184ab'],
  ['sarif/mayhem-code-2.12.0-no-level.sarif', 8, '9ef217529a7517ad'],
  ['sarif/multi-run-trivy-0.62.1-plus-wizcli.sarif', 12, 'c01e8ce370d23ca8'],
  ['sarif/osv-scanner-2.2.0-npm.sarif', 10, '70d6be6ca6036a56'],
  ['sarif/semgrep-0.17.0-owasp-benchmark-many-results.sarif', 1768, '305cbd0fc49f5687'],
  ['sarif/semgrep-1.69.0-security-severity.sarif', 77, '57ee8c5be5690798'],
  ['sarif/shiftleft-scan-bash-baselinestate.sarif', 12, '4a460ce4469af855'],
  ['sarif/shiftleft-scan-python-taint.sarif', 11, '59323a42a38729d6'],
  ['sarif/snyk-code-1.0.0-many.sarif', 206, '5dc4f7113462b756'],
  ['sarif/snyk-open-source-npm.sarif', 14, 'da630eac8ec23796'],
  ['sarif/spotbugs-4.4.0-execution-unsuccessful.sarif', 56, 'db789aa9f688e4f2'],
  ['sarif/trivy-0.37.1-image.sarif', 11, '280597b27751b5b2'],
  ['sarif/trivy-0.62.1-iac.sarif', 2, '37352f4113a06383'],
  ['sarif/trivy-0.9.2-legacy-image.sarif', 12, '9cf1efe2f50ff66d'],
  ['sarif/trivy-dev-alpine-image.sarif', 4, '992b448cfbba99c3'],
  ['semgrep-json/semgrep-1.100.0-fingerprints.json', 2, '0196275d0aefd576'],
  ['semgrep-json/semgrep-1.84.1-low-severity.json', 3, '67a0b53c13337489'],
  ['semgrep-json/semgrep-many.json', 48, 'b5c5a08a472c7f7b'],
  ['snyk-json/snyk-all-projects-list.json', 3, '07f7f177f5cd6dd7'],
  ['snyk-json/snyk-container-all-targets.json', 17, 'fb18364c2ad0ab96'],
  ['snyk-json/snyk-maven-many.json', 41, '56d46ed9995866e1'],
  ['trivy-json/trivy-0.69.1-fs-cvssv4.json', 3, '5532772907a69790'],
  // Changed on purpose: the VEX-suppressed CVE-2017-16137 in debug 3.0.1 (ExperimentalModifiedFindings) is read as
  // a suppressed finding (SG-81b37e9d5e54e746) beside the one it had (SG-48a738294e5daa3d, kept). Before: 1, 51866a36f6815f00.
  ['trivy-json/trivy-dev-npm-with-suppressed.json', 2, '285cdb4d5d37ad32'],
  ['trivy-json/trivy-fs-vulns-misconfig-secrets.json', 5, 'a20f1d93b58c5873'],
  ['trivy-json/trivy-image-schema2-many.json', 5, 'eb8a919ce05be15c'],
  ['trivy-json/trivy-k8s-cluster-report.json', 15, 'cfdd642afd26c146'],
  ['trivy-json/trivy-legacy-list-many.json', 93, '78c5c82aaf32b3c8'],
  ['trufflehog-json/trufflehog-v3-git.jsonl', 3, '2d29f09eb7f144fd'],
  ['yarn-audit-json/yarn-berry-audit.json', 4, 'bcc517676cae3ffb'],
  ['yarn-audit-json/yarn-v1-audit-many.jsonl', 3, '3e0195ae91996a1c'],
  ['zap-json/zap-2.12.0-traditional.json', 49, '64e4d5a475133b84'],
  ['zap-json/zap-2.14.0-traditional.json', 32, 'f6c8b06a1ac472c0'],
  ['zap-json/zap-2.8.0-traditional.json', 26, 'eba6efe3afb74549'],
];

/** The ids the fixes changed, before and after. */
const CHANGED: [file: string, before: string, after: string, identity: string][] = [
  [
    'grype-json/grype-0.96.0-image.json',
    'SG-5e9ffd499f8cdc2d',
    'SG-a5eb0f1a8ad47868',
    'dep|CVE-2023-44981|rpm:cups-libs|1:2.2.6-50.el8:1',
  ],
  [
    'grype-json/grype-0.96.0-image.json',
    'SG-38bb39b516523bcc',
    'SG-50de4cb0d7a47f7d',
    'dep|CVE-2023-39410|maven:org.apache.avro:avro|1.9.2:1',
  ],
  [
    'grype-json/grype-0.96.0-image.json',
    'SG-dc20c9806d5fb2b7',
    'SG-fc360ebfd9757121',
    'dep|CVE-2023-39410|maven:org.apache.avro:avro|1.11.1:1',
  ],
  [
    'grype-json/grype-0.96.0-image.json',
    'SG-3a6ba4f99a511d9c',
    'SG-0eecf9419a5f7f5e',
    'dep|CVE-2024-26308|maven:org.apache.commons:commons-compress|1.21:1',
  ],
  [
    'sarif/grype-0.91.2-container.sarif',
    'SG-4d8ca7a162d2fe32',
    'SG-1482261cd3203c77',
    'dep|CVE-2024-34155|golang:stdlib|v1.22.5:1',
  ],
  // Snyk entries and OSV groups that name several CVEs join none of them (joinableAliases).
  [
    'snyk-json/snyk-maven-many.json',
    'SG-eda090e3e4cecb07',
    'SG-4a389c1391f610e5',
    'dep|SNYK-JAVA-ORGWEBJARS-451162|maven:org.webjars:bootstrap|3.3.7:1',
  ],
  [
    'snyk-json/snyk-maven-many.json',
    'SG-4463886811de0a1c',
    'SG-6a90b6af0a9218e4',
    'dep|SNYK-JAVA-ORGWEBJARS-479774|maven:org.webjars:jquery|1.11.1:1',
  ],
  [
    'snyk-json/snyk-maven-many.json',
    'SG-4845ab323a20e50e',
    'SG-d1a67743c7c2c566',
    'dep|SNYK-JAVA-ORGWEBJARS-479782|maven:org.webjars:jquery|1.11.1:1',
  ],
  [
    'osv-scanner-json/osv-scanner-many.json',
    'SG-4980e647ee375b10',
    'SG-d767de87e6cd6dde',
    'dep|GHSA-8x94-hmjh-97hq|pypi:django|3.2.4:1',
  ],
  [
    'osv-scanner-json/osv-scanner-many.json',
    'SG-f8abe345c90f46d3',
    'SG-2e5557b89325827f',
    'dep|GHSA-q7rv-6hp3-vh96|composer:guzzlehttp/psr7|1.6.1:1',
  ],
];

describe('finding ids of the fixtures', () => {
  it.each(PINNED)('%s keeps %s (%s)', async (file, id, identity) => {
    const findings = await findingsOf(file);
    expect(findings.find((f) => f.id === id)?.identity).toBe(identity);
  });

  it.each(CHANGED)('%s: %s became %s (%s), as the fix meant', async (file, before, after, identity) => {
    const findings = await findingsOf(file);
    expect(findings.map((f) => f.id)).not.toContain(before);
    expect(findings.find((f) => f.id === after)?.identity).toBe(identity);
  });

  it.each(DIGESTS)('%s: %i findings, ids unchanged (digest %s)', async (file, count, digest) => {
    const ids = (await findingsOf(file)).map((f) => f.id);
    expect([ids.length, digestOf(ids)]).toEqual([count, digest]);
  });
});
