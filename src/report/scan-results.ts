/** scan-results.json: decision, totals, open counts, inputs, every finding, gates (DESIGN 6). */
import type { Evaluation } from '../evaluation.js';

export const SCAN_RESULTS_SCHEMA = 'https://shipgate.dev/schemas/scan-results.schema.json';

/** The scan results as a plain object (also what `--format json` prints). */
export function buildScanResults(evaluation: Evaluation): Record<string, unknown> {
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
    findings: evaluation.findings.map(({ countedSeverity, ...finding }) => ({
      ...finding,
      countedSeverity,
      excepted: finding.excepted,
      ...(finding.exceptionId ? { exceptionId: finding.exceptionId } : {}),
    })),
  };
}

export function renderScanResults(evaluation: Evaluation): string {
  return `${JSON.stringify(buildScanResults(evaluation), null, 2)}\n`;
}
