/**
 * scan-results.json: decision, totals, open counts, inputs, gates, and every finding (DESIGN 6).
 * Rendered as chunks (one finding per line) so a large evaluation is written without one huge string.
 */
import type { Evaluation } from '../evaluation.js';
import type { EvaluatedFinding } from '../gates/types.js';
import { TextMemo } from '../strings.js';

export const SCAN_RESULTS_SCHEMA = 'https://shipgate.dev/schemas/scan-results.schema.json';

/** A finding as every output shows it: a fixed field order, nothing internal. */
export function findingForOutput(f: EvaluatedFinding): Record<string, unknown> {
  return {
    id: f.id,
    identity: f.identity,
    scanType: f.scanType,
    ruleId: f.ruleId,
    title: f.title,
    severity: f.severity,
    countedSeverity: f.countedSeverity,
    severitySource: f.severitySource,
    aliases: f.aliases,
    cwe: f.cwe,
    location: f.location,
    ...(f.package ? { package: f.package } : {}),
    sources: f.sources,
    ...(f.suppressions ? { suppressions: f.suppressions } : {}),
    ...(f.baselineState ? { baselineState: f.baselineState } : {}),
    excepted: f.excepted,
    ...(f.exceptionId ? { exceptionId: f.exceptionId } : {}),
  };
}

/** Everything but the findings. */
function header(evaluation: Evaluation): Record<string, unknown> {
  return {
    $schema: SCAN_RESULTS_SCHEMA,
    shipgateVersion: evaluation.shipgateVersion,
    evaluatedAt: evaluation.evaluatedAt,
    decision: evaluation.decision,
    mode: evaluation.mode,
    ...(evaluation.commit ? { commit: evaluation.commit } : {}),
    totals: evaluation.totals,
    open: evaluation.open,
    inputs: evaluation.inputs.map((input) => ({
      path: input.path,
      sha256: input.sha256,
      size: input.size,
      format: input.format,
      ...(input.scanType ? { scanType: input.scanType } : {}),
      tools: input.runs.map((r) => ({
        tool: r.tool,
        ...(r.toolVersion ? { version: r.toolVersion } : {}),
        scanType: r.scanType,
        completed: r.completed,
        problems: r.problems,
        results: r.resultCount,
        ...(r.commit ? { commit: r.commit } : {}),
      })),
      counts: input.counts,
      warnings: input.warnings,
    })),
    gates: evaluation.gates,
    conditions: evaluation.conditions,
    exceptions: evaluation.exceptions,
    warnings: evaluation.warnings,
  };
}

/**
 * JSON encodings of the strings findings share (scan types, severities, rule ids, titles, severity
 * sources, CWE and alias ids): each distinct string is escaped once, not once per finding (bounded:
 * see TextMemo).
 */
export class JsonStrings extends TextMemo {
  constructor(max?: number) {
    super((value) => JSON.stringify(value), max);
  }

  array(values: readonly string[]): string {
    if (values.length === 0) return '[]';
    let json = `[${this.get(values[0] as string)}`;
    for (let i = 1; i < values.length; i += 1) json += `,${this.get(values[i] as string)}`;
    return `${json}]`;
  }
}

/**
 * `JSON.stringify(findingForOutput(f))`, written out by hand: the same text (a test holds them
 * equal on every fixture), in about half the time, because the strings findings share are encoded
 * once and no intermediate object is built. The hot path of writing scan-results.json.
 */
export function findingJson(f: EvaluatedFinding, strings: JsonStrings = new JsonStrings()): string {
  let json = `{"id":${JSON.stringify(f.id)},"identity":${JSON.stringify(f.identity)},"scanType":${strings.get(f.scanType)},"ruleId":${strings.get(f.ruleId)},"title":${strings.get(f.title)},"severity":${strings.get(f.severity)},"countedSeverity":${strings.get(f.countedSeverity)},"severitySource":${strings.get(f.severitySource)},"aliases":${strings.array(f.aliases)},"cwe":${strings.array(f.cwe)},"location":${JSON.stringify(f.location)}`;
  if (f.package) json += `,"package":${JSON.stringify(f.package)}`;
  // Sources keep the key order their ingestor gave them.
  json += `,"sources":${JSON.stringify(f.sources)}`;
  if (f.suppressions) json += `,"suppressions":${JSON.stringify(f.suppressions)}`;
  if (f.baselineState) json += `,"baselineState":${strings.get(f.baselineState)}`;
  json += `,"excepted":${f.excepted ? 'true' : 'false'}`;
  if (f.exceptionId) json += `,"exceptionId":${JSON.stringify(f.exceptionId)}`;
  return `${json}}`;
}

/**
 * The scan results as text chunks: the header pretty-printed, then one finding per line.
 * `onFinding` sees each finding's JSON as it is made (the SARIF thread is fed from it).
 */
export function* renderScanResultsChunks(
  evaluation: Evaluation,
  onFinding?: (json: string, finding: EvaluatedFinding) => void,
): Generator<string> {
  const head = JSON.stringify(header(evaluation), null, 2);
  yield `${head.slice(0, -2)},\n  "findings": [`;
  let first = true;
  const strings = new JsonStrings();
  for (const finding of evaluation.findings) {
    const json = findingJson(finding, strings);
    onFinding?.(json, finding);
    yield `${first ? '' : ','}\n    ${json}`;
    first = false;
  }
  yield `${first ? '' : '\n  '}]\n}\n`;
}

export function renderScanResults(evaluation: Evaluation): string {
  return [...renderScanResultsChunks(evaluation)].join('');
}
