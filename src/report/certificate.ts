/**
 * The security approval certificate: markdown for people, and an in-toto Statement v1 whose predicate
 * follows the SLSA Verification Summary Attestation v1, plus shipgate's own fields (signed-ready JSON).
 * https://github.com/in-toto/attestation/blob/main/spec/v1/statement.md
 * https://slsa.dev/spec/v1.0/verification_summary
 */
import { createHash } from 'node:crypto';
import { ConfigError } from '../errors.js';
import type { Evaluation } from '../evaluation.js';
import { SEVERITIES } from '../model.js';
import { renderExceptionSections } from './disposition-record.js';
import { escapeMarkdown, markdownTable } from './markdown.js';

export const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
export const VSA_PREDICATE_TYPE = 'https://slsa.dev/verification_summary/v1';
export const VERIFIER_ID = 'https://github.com/shipgate/shipgate';

/** GitHub's owner and repository names: letters, digits, `-`, `_` and `.`, as `owner/name`. */
const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
/** A git object name as `gitCommit` takes it: SHA-1 (40) or SHA-256 (64) hex digits, lower case. */
const GIT_OBJECT = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/**
 * Why `repository` cannot go into the certificate's `resourceUri` (`git+https://github.com/<owner>/<name>`),
 * or undefined when it is a GitHub `owner/name`: anything else (`?`, `#`, `@`, a third segment, `..`)
 * would make the URI name another resource.
 */
export function checkRepository(repository: string): string | undefined {
  if (REPOSITORY.test(repository) && !repository.split('/').some((part) => part === '.' || part === '..'))
    return undefined;
  return `the repository '${repository}' (--repository, else GITHUB_REPOSITORY) is not a GitHub owner/name (expected two names joined by '/', each of letters, digits, '-', '_' and '.', as in acme/payments)`;
}

/** The commit as the certificate records it everywhere: hex digits in lower case (as git prints them), else as given. */
export function certificateCommit(commit: string): string {
  return /^[0-9a-f]+$/i.test(commit) ? commit.toLowerCase() : commit;
}

/** Orders by path, comparing the UTF-8 bytes (not UTF-16 code units), so that every platform agrees. */
export function sortByPath<T extends { path: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => Buffer.compare(Buffer.from(a.path, 'utf8'), Buffer.from(b.path, 'utf8')));
}

/**
 * The sha256 of a set of inputs, one `sha256  path` line each in path order (so that the same set gives
 * the same digest whatever order `--scan` named it in): the subject's sha256.
 */
export function inputSetDigest(inputs: readonly { sha256: string; path: string }[]): string {
  return createHash('sha256')
    .update(
      sortByPath(inputs)
        .map((i) => `${i.sha256}  ${i.path}`)
        .join('\n'),
    )
    .digest('hex');
}

/** The GitHub server repositories are named on when no other is given. */
export const DEFAULT_SERVER_URL = 'https://github.com';

/**
 * The GitHub server (`--server-url`, else GITHUB_SERVER_URL: `https://github.com`, or a GitHub
 * Enterprise Server's address) as the outputs name it: scheme and host (and port), no trailing slash.
 * Anything more (a path, a query, credentials) would make the repository's URI name another resource.
 */
export function checkServerUrl(serverUrl: string): string {
  const server = serverAddress(serverUrl);
  if (server === undefined)
    throw new ConfigError(
      `the server URL '${serverUrl}' (--server-url, else GITHUB_SERVER_URL) is not a GitHub server's address (expected https://HOST or https://HOST:PORT, as https://github.com or https://github.example.com).`,
    );
  return server;
}

/**
 * The server as checkServerUrl records it (scheme, host in lower case, port), or undefined when it is not
 * a server's address: `verify` holds the server a certificate's resourceUri names to the same rule. The
 * host is letters, digits, `.` and `-` (a look-alike letter such as a Cyrillic `і` is not one), and a
 * port is 1 to 65535 written without a leading zero (a port past 65535 names no server; a URL parser
 * may read `:0443` as 443, while the URI is compared as text).
 */
export function serverAddress(serverUrl: string): string | undefined {
  const match = /^(https?):\/\/([A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?)(?::([1-9]\d{0,4}))?\/?$/.exec(
    serverUrl.trim(),
  );
  if (!match || Number(match[3] ?? '443') > 65535) return undefined;
  return `${match[1]}://${(match[2] as string).toLowerCase()}${match[3] === undefined ? '' : `:${match[3]}`}`;
}

/** `resourceUri`: the repository at the commit, or the input set when no repository is named. */
export function resourceUriOf(
  repository: string | undefined,
  commit: string | undefined,
  inputsSha256: string,
  serverUrl = DEFAULT_SERVER_URL,
): string {
  if (repository === undefined) return `shipgate:inputs/${inputsSha256}`;
  // A ref that is not a commit (`--commit main`) is percent-encoded, so that it cannot add a query or fragment.
  const ref = commit === undefined ? '' : `@${encodeURIComponent(commit).replace(/%2F/gi, '/')}`;
  return `git+${serverUrl}/${certifiedRepository(repository)}${ref}`;
}

/** The repository, refused (ConfigError) when it is not a GitHub `owner/name`. */
function certifiedRepository(repository: string): string {
  const problem = checkRepository(repository);
  if (problem !== undefined) throw new ConfigError(`${problem}; the certificate cannot name it.`);
  return repository;
}

/**
 * The subject: named after the repository (else `release`), with the sha256 over the evaluated inputs
 * always (the one digest `verify` can recompute), and the commit under test as `gitCommit` when it is one.
 */
function subject(evaluation: Evaluation): { name: string; digest: Record<string, string> } {
  const commit = evaluation.commit === undefined ? undefined : certificateCommit(evaluation.commit);
  return {
    name: evaluation.repository ?? 'release',
    digest: {
      ...(commit !== undefined && GIT_OBJECT.test(commit) ? { gitCommit: commit } : {}),
      sha256: inputSetDigest(evaluation.inputs),
    },
  };
}

/** The policy file itself (or the preset): the first layer of the extends chain. */
function policyFile(evaluation: Evaluation): { source: string; sha256: string } {
  const first = evaluation.policy.chain[0];
  if (first === undefined || first.source !== evaluation.policy.source)
    throw new Error(
      `the policy chain (${evaluation.policy.chain.map((c) => c.source).join(' -> ') || 'empty'}) does not start with the policy ${evaluation.policy.source}.`,
    );
  return first;
}

/** Finding ids a certificate lists for in-file suppressions before it only counts them. */
const LISTED_IDS = 100;

export function buildCertificate(evaluation: Evaluation): Record<string, unknown> {
  const theSubject = subject(evaluation);
  const commit = evaluation.commit === undefined ? undefined : certificateCommit(evaluation.commit);
  const policy = policyFile(evaluation);
  return {
    _type: STATEMENT_TYPE,
    subject: [theSubject],
    predicateType: VSA_PREDICATE_TYPE,
    predicate: {
      verifier: { id: VERIFIER_ID, version: { shipgate: evaluation.shipgateVersion } },
      timeVerified: evaluation.evaluatedAt,
      resourceUri: resourceUriOf(
        evaluation.repository,
        commit,
        theSubject.digest.sha256 as string,
        evaluation.serverUrl,
      ),
      // SLSA VSA v1: `policy` is a resource descriptor, its digest that of the resource at `uri`.
      policy: { uri: policy.source, digest: { sha256: policy.sha256 } },
      inputAttestations: [
        ...sortByPath(evaluation.inputs).map((i) => ({ uri: i.path, digest: { sha256: i.sha256 } })),
        ...evaluation.evidence
          .filter((e) => e.kind !== 'policy')
          .map((e) => ({ uri: e.path, digest: { sha256: e.sha256 } })),
      ],
      verificationResult: 'PASSED',
      verifiedLevels: [`SHIPGATE_${evaluation.decision === 'approved' ? 'APPROVED' : 'APPROVED_WITH_CONDITIONS'}`],
      shipgate: {
        decision: evaluation.decision,
        mode: evaluation.mode,
        ...(commit !== undefined ? { commit } : {}),
        // The folder the evaluation ran in: reports that name files by absolute path were read relative to
        // it, and `verify`, evaluating them again in another checkout, reads them the same way.
        root: evaluation.root,
        ...(evaluation.rootReal !== undefined ? { rootReal: evaluation.rootReal } : {}),
        // Where the outputs went, for `verify` to skip what the inputs' globs skipped and nothing more: the
        // folder relative to the root when inside it, else null (outside the root, so no folder inside it
        // was skipped). Always written: a certificate without the key is one from before it, which `verify`
        // reads as having used the policy's outputs.dir, and an evaluation given --out outside the root must
        // not be taken for one (a report added to that folder would go unchecked).
        outputs: evaluation.outputs ?? null,
        // The whole extends chain, layer by layer; `digest` is over every layer's source and sha256.
        policy: {
          digest: evaluation.policy.digest,
          chain: evaluation.policy.chain.map((c) => ({ source: c.source, sha256: c.sha256, origin: c.origin })),
          // Named by the run (--policy) rather than the default: no policy file could have replaced it.
          ...(evaluation.policy.named ? { named: true } : {}),
        },
        totals: evaluation.totals,
        open: evaluation.open,
        gates: evaluation.gates.map((g) => ({
          id: g.id,
          enforcement: g.enforcement,
          status: g.status,
          summary: g.summary,
        })),
        conditions: evaluation.conditions,
        // Evidence a pull request changed, listed and not applied (the Action): part of the conditions, so
        // `verify` gives the same list to the evaluation it derives again.
        ...(evaluation.exceptions.pending.length > 0 ? { pending: evaluation.exceptions.pending } : {}),
        warnings: evaluation.warnings,
        exceptionsApplied: evaluation.exceptions.applied.map((a) => ({
          id: a.id,
          type: a.type,
          expires: a.expires,
          approvedBy: a.approvedBy,
          findings: a.findings,
        })),
        // Every exception that excepted nothing, as the markdown lists them: invalid ones, and valid ones
        // that match no finding.
        exceptionsNotApplied: [
          ...evaluation.exceptions.rejected.map((r) => ({ id: r.id, status: r.status, reason: r.reason })),
          ...evaluation.exceptions.unused.map((u) => ({ id: u.id, status: 'unused', reason: 'matches no finding' })),
        ],
        // Findings excepted by suppressions in the reports (no approver, no expiry), and findings whose
        // severity the policy set: neither may hide behind the counts.
        inFileSuppressions: {
          findings: evaluation.exceptions.inFile.length,
          ids: evaluation.exceptions.inFile.slice(0, LISTED_IDS),
        },
        severityOverrides: evaluation.severityOverrides ?? [],
        evidence: evaluation.evidence,
      },
    },
  };
}

export function renderCertificateJson(evaluation: Evaluation): string {
  return `${JSON.stringify(buildCertificate(evaluation), null, 2)}\n`;
}

export function renderCertificateMarkdown(evaluation: Evaluation): string {
  const out: string[] = [];
  out.push('# Security approval certificate', '');
  out.push(
    `**${evaluation.decision === 'approved' ? 'Approved' : 'Approved with conditions'}** for release by shipgate ${escapeMarkdown(evaluation.shipgateVersion)} on ${evaluation.evaluatedAt}.`,
    '',
  );
  if (evaluation.repository) out.push(`- Repository: ${escapeMarkdown(certifiedRepository(evaluation.repository))}`);
  if (evaluation.commit) out.push(`- Commit: ${escapeMarkdown(certificateCommit(evaluation.commit))}`);
  const policy = policyFile(evaluation);
  out.push(`- Policy: ${escapeMarkdown(policy.source)} (sha256 ${policy.sha256})`);
  out.push(
    `- Policy chain: ${escapeMarkdown(evaluation.policy.chain.map((c) => c.source).join(' -> '))} (sha256 over the chain ${evaluation.policy.digest})`,
  );
  out.push(`- Mode: ${evaluation.mode}`, '');
  out.push('## Gates', '');
  out.push(
    markdownTable(
      ['Gate', 'Enforcement', 'Status', 'Summary'],
      evaluation.gates.map((g) => [g.id, g.enforcement, g.status, g.summary]),
    ),
  );
  out.push('', '## Open findings', '');
  out.push(
    markdownTable(
      ['', ...SEVERITIES],
      [
        ['open', ...SEVERITIES.map((s) => String(evaluation.open[s]))],
        ['all', ...SEVERITIES.map((s) => String(evaluation.totals[s]))],
      ],
    ),
  );
  out.push('', '## Conditions', '');
  out.push(
    evaluation.conditions.length === 0
      ? 'None.'
      : evaluation.conditions.map((c) => `- ${escapeMarkdown(c, 2000)}`).join('\n'),
  );
  if (evaluation.warnings.length > 0) {
    out.push('', '## Warnings', '');
    out.push(evaluation.warnings.map((w) => `- ${escapeMarkdown(w, 2000)}`).join('\n'));
  }
  out.push('', ...renderExceptionSections(evaluation));
  const inFile = evaluation.exceptions.inFile;
  if (inFile.length > 0) {
    out.push('', '## Suppressions honored', '');
    out.push(
      `${inFile.length} finding(s) are excepted by suppressions recorded in the reports (the policy sets exceptions.inFileSuppressions: honor); they have no approver and no expiry: ${inFile.slice(0, LISTED_IDS).join(', ')}${inFile.length > LISTED_IDS ? `, and ${inFile.length - LISTED_IDS} more (see scan-results.json)` : ''}.`,
    );
  }
  const overrides = evaluation.severityOverrides ?? [];
  if (overrides.length > 0) {
    out.push('', '## Severity overrides', '');
    out.push(
      markdownTable(
        ['Override (place in severity.overrides)', 'Match', 'Severity set', 'Findings', 'Severity before'],
        overrides.map((o) => [
          String(o.override),
          o.match,
          o.severity,
          String(o.findings),
          Object.entries(o.from)
            .map(([severity, n]) => `${severity} ${n}`)
            .join(', '),
        ]),
      ),
    );
  }
  out.push('', '## Evidence', '');
  out.push(
    markdownTable(
      ['File', 'Kind', 'sha256'],
      [
        ...sortByPath(evaluation.inputs).map((i) => [i.path, `scan (${i.format})`, i.sha256]),
        ...evaluation.evidence.map((e) => [e.path, `${e.kind} (${e.origin})`, e.sha256]),
      ],
    ),
  );
  out.push(
    '',
    'The machine-readable certificate is `security-approval-certificate.json` (an in-toto Statement with a SLSA VSA predicate).',
  );
  return `${out.join('\n')}\n`;
}
