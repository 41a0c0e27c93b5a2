/**
 * The library entry (`import { run } from 'shipgate'`): the same evaluation the CLI and the Action run,
 * its options and result, the model it speaks, the renderers of its text and job summary, and its errors.
 */
export { run, DEFAULT_MAX_FINDINGS, DEFAULT_STREAM_ABOVE_BYTES } from './run.js';
export type { RunOptions, RunResult } from './run.js';
export type { Evaluation } from './evaluation.js';
export type { EvaluatedFinding, GateResult, GateStatus } from './gates/types.js';
export { GATE_STATUSES } from './gates/types.js';
export type {
  Decision,
  Finding,
  FindingSource,
  InputRecord,
  Location,
  PackageRef,
  ScanType,
  Severity,
  SeverityCounts,
  Suppression,
  ToolRun,
} from './model.js';
export { DECISIONS, SCAN_TYPES, SEVERITIES } from './model.js';
export type { Enforcement, GateId, Policy } from './policy/types.js';
export { ENFORCEMENTS, GATE_IDS } from './policy/types.js';
export type { Clock, Logger } from './logger.js';
export { silentLogger } from './logger.js';
export type { EvidenceFile, EvidenceReader } from './evidence/source.js';
export { listFormats } from './commands/formats.js';
export type { FormatDescription } from './commands/formats.js';
export { verifyCertificate } from './commands/verify.js';
export type { VerifyOptions } from './commands/verify.js';
export { renderText } from './report/text.js';
export type { TextOptions } from './report/text.js';
export { renderComment, renderJobSummary } from './report/summary.js';
export {
  ConfigError,
  ExitCode,
  InputError,
  OutputError,
  ShipgateError,
  TrustError,
  isShipgateError,
} from './errors.js';
export { SHIPGATE_VERSION } from './version.js';
