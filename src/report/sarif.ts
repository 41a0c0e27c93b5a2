/** shipgate.sarif: the normalized findings as SARIF 2.1.0; excepted findings carry an external, accepted suppression. */
import { compareText } from '../strings.js';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { Evaluation } from '../evaluation.js';
import type { EvaluatedFinding } from '../gates/types.js';
import type { Severity } from '../model.js';
import { SEVERITY_RANK } from '../model.js';
import type { CountedSeverity } from '../policy/types.js';
import { topFindings } from './text.js';

/** What a SARIF result is made from: a finding, or its line in scan-results.json parsed back. */
export type SarifFinding = Pick<
  EvaluatedFinding,
  | 'id'
  | 'ruleId'
  | 'title'
  | 'severity'
  | 'countedSeverity'
  | 'severitySource'
  | 'scanType'
  | 'aliases'
  | 'sources'
  | 'location'
  | 'package'
  | 'excepted'
  | 'exceptionId'
  | 'suppressions'
>;

/**
 * Returns the function that makes one SARIF result per finding. Self-contained (no outside names):
 * the output thread runs it from its source text, so both threads write the same bytes.
 */
export function defineSarifResult(folder = '', base?: string): (finding: SarifFinding) => Result {
  // The largest line a region holds: the SARIF SDK (and the consumers built on it) read lines as 32-bit
  // integers and give up on the whole log, silently, past it. A finding on a larger line keeps its file.
  // (Declared here: the SARIF thread runs this function from its source text.)
  const MAX_SARIF_LINE = 2_147_483_647;
  // The longest URI an artifact location holds, as written (percent-encoded, with its folder or file://):
  // the SARIF SDK reads URIs as .NET's System.Uri, which takes at most 65,519 characters, and past it
  // skips the whole log, silently (no result, no notification). 7,280 CJK characters or 21,840
  // spaces reach it. A finding whose file's URI is longer is placed as a finding without a file is.
  const MAX_SARIF_URI = 65_519;
  const LEVEL: Record<Severity, Result.level> = {
    critical: 'error',
    high: 'error',
    medium: 'warning',
    low: 'note',
    info: 'none',
    unknown: 'warning',
  };
  const SCORE: Record<Severity, string | undefined> = {
    critical: '9.5',
    high: '8.0',
    medium: '5.5',
    low: '2.0',
    info: undefined,
    unknown: undefined,
  };
  // An RFC 3986 reference: each segment percent-encoded (a space, '%', '#', or a ':' that would read as
  // a scheme); an absolute path is a file URI, since a relative reference may not begin with '/'.
  // Relative paths are the root's: from the repository's top they are under the root's folder.
  const toUri = (given: string): string => {
    const absolute = given.startsWith('/') || /^[A-Za-z]:\//.test(given);
    const path = absolute ? given : `${folder}${given}`;
    const encoded = path
      .split('/')
      // A lone surrogate cannot be percent-encoded: it becomes U+FFFD, as in any UTF-8 output.
      .map((segment) =>
        encodeURIComponent(
          segment.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'),
        ),
      )
      .join('/');
    if (path.startsWith('/')) return `file://${encoded}`;
    if (/^[A-Za-z]:\//.test(path)) return `file:///${encoded}`;
    return encoded;
  };
  return (finding) => {
    const result: Result = {
      ruleId: finding.ruleId,
      level: LEVEL[finding.countedSeverity],
      message: { text: `${finding.title} [${finding.severity}; ${finding.severitySource}]` },
      partialFingerprints: { shipgateFindingId: finding.id },
      properties: {
        shipgateId: finding.id,
        severity: finding.severity,
        ...(SCORE[finding.countedSeverity] ? { 'security-severity': SCORE[finding.countedSeverity] } : {}),
        scanType: finding.scanType,
        aliases: finding.aliases,
        sources: finding.sources.map((s) => `${s.tool} ${s.input}#${s.pointer}`),
      },
    };
    // GitHub code scanning refuses a whole log when one result has no physical location: a finding
    // without a file (a package, a URL) is placed in the report it came from, and named logically. So is
    // a finding whose file's URI is too long for the SDK, with its path as the logical name: the SDK reads
    // a logical name as text, whatever its length. (The message stays the finding's: code scanning shows
    // it on the alert, where tens of thousands of characters of path would bury the title.)
    const own = finding.location.path ? toUri(finding.location.path) : undefined;
    const placed = own !== undefined && own.length <= MAX_SARIF_URI;
    const report = finding.sources[0]?.input;
    const fallback = placed || !report ? undefined : toUri(report);
    // The report's path is one the system opened (at most 4,096 bytes on Linux, 12,288 characters
    // encoded); were its URI too long as well, the result would have no location, which code scanning
    // refuses with an error, where the SDK would have dropped the log without one.
    const uri = placed ? own : fallback !== undefined && fallback.length <= MAX_SARIF_URI ? fallback : undefined;
    const logical = placed
      ? undefined
      : finding.location.path ||
        (finding.location.url ??
          (finding.package
            ? `${finding.package.name}${finding.package.version ? `@${finding.package.version}` : ''}`
            : undefined));
    if (uri)
      result.locations = [
        {
          physicalLocation: {
            // A relative reference is from the repository's top, the base versionControlProvenance maps
            // (when the run has one); a file:// URI is absolute, and may name no base.
            artifactLocation: { uri, ...(base && !uri.startsWith('file:') ? { uriBaseId: base } : {}) },
            ...(placed && finding.location.startLine && finding.location.startLine <= MAX_SARIF_LINE
              ? {
                  region: {
                    startLine: finding.location.startLine,
                    ...(finding.location.endLine &&
                    finding.location.endLine >= finding.location.startLine &&
                    finding.location.endLine <= MAX_SARIF_LINE
                      ? { endLine: finding.location.endLine }
                      : {}),
                  },
                }
              : {}),
          },
          ...(logical ? { logicalLocations: [{ fullyQualifiedName: logical }] } : {}),
        },
      ];
    // A finding excepted by the suppressions its report recorded (inFileSuppressions: honor) carries
    // those, as the tool wrote them; only a shipgate exception is an external suppression of its own.
    const recorded = finding.exceptionId === 'in-file-suppression' ? (finding.suppressions ?? []) : [];
    if (finding.excepted)
      result.suppressions =
        recorded.length > 0
          ? recorded.map((s) => ({
              kind: s.kind === 'inSource' ? 'inSource' : 'external',
              status: 'accepted',
              justification: s.justification || 'suppressed in the report, with no justification',
            }))
          : [
              {
                kind: 'external',
                status: 'accepted',
                justification: `shipgate exception ${finding.exceptionId ?? ''}`.trim(),
              },
            ];
    return result;
  };
}

const atTop = defineSarifResult();

/** Text before the first result line and after the last one. */
export interface SarifFrame {
  head: string;
  /** After the last result line. */
  tail: string;
  /** In place of any result line and `tail`, when there are no results. */
  emptyTail: string;
  /** The base id of the repository's top, that relative URIs name: when the run has versionControlProvenance. */
  uriBaseId?: string;
}

/**
 * The base id of the repository's top, as versionControlProvenance maps it (SARIF 2.1.0 3.23.9) and
 * as CodeQL names it in every log GitHub code scanning reads (code scanning reads a relative URI from
 * the repository's top whatever its base id).
 */
export const SARIF_REPOSITORY_BASE = '%SRCROOT%';

/** The separator before result line `index` (0-based). */
export const SARIF_RESULT_INDENT = '\n        ';

/** GitHub code scanning refuses a whole upload with a run of more results than this. */
export const SARIF_MAX_RESULTS = 25_000;

/** GitHub code scanning refuses a rule with more tags than this. */
const MAX_TAGS = 20;

/** Which findings shipgate.sarif holds, and how many it leaves out. */
export interface SarifSelection {
  /** Whether the log holds this finding (one of the findings the selection was made from). */
  holds(f: EvaluatedFinding): boolean;
  total: number;
  omitted: number;
  max: number;
}

/**
 * Every finding, or, past `max`, the first `max` in display order (open before excepted, worst first,
 * then by id): the order of every other list of findings shipgate writes.
 */
export function sarifSelection(findings: readonly EvaluatedFinding[], max = SARIF_MAX_RESULTS): SarifSelection {
  const total = findings.length;
  if (total <= max) return { holds: () => true, total, omitted: 0, max };
  // Held by object, not by id: hashing an object is cheaper than hashing its id string, and this is
  // asked once per finding per pass.
  const held = new Set<object>(topFindings(findings, Math.max(0, max)));
  return { holds: (f) => held.has(f), total, omitted: total - held.size, max: held.size };
}

/** What a team does about a finding of any rule, as shipgate sees it. */
const RULE_HELP =
  "To clear a finding of this rule: fix it and scan again; or give it an owner, a remediation plan and a due date in the findings register; or record an approved, dated exception in the repository. The finding id those files use is the result's partialFingerprints.shipgateFindingId.";

/** The CVSS-like score GitHub code scanning reads as a rule's security severity (9.0+ critical, 7.0+ high...). */
const RULE_SCORE: Record<CountedSeverity, string | undefined> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '2.0',
  info: undefined,
};

/** The log around its results: the tool with the rules the findings use, the commit. */
export function sarifFrame(evaluation: Evaluation, selection = sarifSelection(evaluation.findings)): SarifFrame {
  const rules = new Map<string, ReportingDescriptor>();
  // GitHub takes an alert's security severity from its rule, not the result: a rule gets its worst
  // held finding's, so no alert shows as less severe than shipgate counts it.
  const worst = new Map<string, CountedSeverity>();
  for (const finding of evaluation.findings) {
    if (!selection.holds(finding)) continue;
    const before = worst.get(finding.ruleId);
    if (before === undefined || SEVERITY_RANK[finding.countedSeverity] > SEVERITY_RANK[before])
      worst.set(finding.ruleId, finding.countedSeverity);
    if (!rules.has(finding.ruleId))
      rules.set(finding.ruleId, {
        id: finding.ruleId,
        shortDescription: { text: finding.title },
        // GitHub code scanning requires both (the SARIF validator's GitHub rules check it).
        fullDescription: {
          text: `Reported by ${[...new Set(finding.sources.map((s) => s.tool))].join(', ')} as ${finding.ruleId} (${finding.scanType} scan): ${finding.title}`,
        },
        help: { text: RULE_HELP },
        properties: { tags: ['security', finding.scanType, ...finding.cwe].slice(0, MAX_TAGS) },
      });
  }
  for (const [id, rule] of rules) {
    const score = RULE_SCORE[worst.get(id) ?? 'info'];
    if (score !== undefined && rule.properties) rule.properties['security-severity'] = score;
  }
  const uriBaseId = evaluation.commit && evaluation.repository ? SARIF_REPOSITORY_BASE : undefined;
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'shipgate',
            version: evaluation.shipgateVersion,
            informationUri: 'https://github.com/shipgate/shipgate',
            rules: [...rules.values()].sort((a, b) => compareText(a.id, b.id)),
          },
        },
        // The repository's top is mapped to a base id that every relative URI names, so a reader (and the
        // SARIF validator's SARIF2007) can tell each file's place in the repository. The base has no uri:
        // where the checkout lay is of the machine that ran, not of the repository.
        ...(uriBaseId
          ? {
              versionControlProvenance: [
                {
                  repositoryUri: `${evaluation.serverUrl ?? 'https://github.com'}/${evaluation.repository}`,
                  revisionId: evaluation.commit,
                  mappedTo: { uriBaseId },
                },
              ],
              originalUriBaseIds: {
                [uriBaseId]: {
                  description: {
                    text: 'The top of the repository that versionControlProvenance names: relative URIs are from there.',
                  },
                },
              },
            }
          : {}),
        ...(selection.omitted > 0
          ? {
              properties: {
                findings: selection.total,
                omitted: selection.omitted,
                omittedReason: `GitHub code scanning refuses a run of more than ${selection.max} results: this log holds the first ${selection.max} findings, open before excepted and worst first; every finding is in scan-results.json.`,
              },
            }
          : {}),
        results: [],
      },
    ],
  };
  const text = JSON.stringify(log, null, 2);
  const marker = '"results": []';
  const at = text.lastIndexOf(marker);
  const rest = `]${text.slice(at + marker.length)}\n`;
  return {
    head: `${text.slice(0, at)}"results": [`,
    tail: `\n      ${rest}`,
    emptyTail: rest,
    ...(uriBaseId ? { uriBaseId } : {}),
  };
}

/** shipgate.sarif as text chunks: the log with one result per line. */
export function* renderSarifChunks(
  evaluation: Evaluation,
  selection = sarifSelection(evaluation.findings),
): Generator<string> {
  const { head, tail, emptyTail, uriBaseId } = sarifFrame(evaluation, selection);
  const toResult =
    evaluation.repositoryFolder || uriBaseId ? defineSarifResult(evaluation.repositoryFolder, uriBaseId) : atTop;
  yield head;
  let first = true;
  for (const finding of evaluation.findings) {
    if (!selection.holds(finding)) continue;
    yield `${first ? '' : ','}${SARIF_RESULT_INDENT}${JSON.stringify(toResult(finding))}`;
    first = false;
  }
  yield first ? emptyTail : tail;
}

export function renderSarif(evaluation: Evaluation): string {
  return [...renderSarifChunks(evaluation)].join('');
}
