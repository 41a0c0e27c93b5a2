/** Every output file, rendered from the evaluation (DESIGN 6). Pure: no file system. */
import type { Evaluation } from '../evaluation.js';
import { renderUpdatedRegister, type FindingsRegister } from '../evidence/register.js';
import { renderCertificateJson, renderCertificateMarkdown } from './certificate.js';
import { renderDispositionRecordChunks } from './disposition-record.js';
import { renderScanResultsChunks } from './scan-results.js';
import { renderScopeRegister } from './scope-register.js';
import { renderSarifChunks, sarifSelection, type SarifSelection } from './sarif.js';
import type { EvaluatedFinding } from '../gates/types.js';
import { formatLocation } from './text.js';

/** An output's content: text, or text chunks for the outputs that list every finding. */
export type OutputContent = string | Iterable<string>;

/** File name -> content, in a fixed order. `onFinding` sees each finding's scan-results.json line as it is made. */
export async function renderOutputs(
  evaluation: Evaluation,
  register: FindingsRegister | undefined,
  options: {
    onFinding?: (json: string, finding: EvaluatedFinding) => void;
    /** Which findings shipgate.sarif holds; default all up to SARIF_MAX_RESULTS. */
    sarif?: SarifSelection;
  } = {},
): Promise<Map<string, OutputContent>> {
  const files = new Map<string, OutputContent>();
  files.set('scan-results.json', renderScanResultsChunks(evaluation, options.onFinding));
  files.set('scope-register.json', renderScopeRegister(evaluation));
  files.set('disposition-record.md', renderDispositionRecordChunks(evaluation));
  files.set('shipgate.sarif', renderSarifChunks(evaluation, options.sarif ?? sarifSelection(evaluation.findings)));
  // Rendered as they are written, after the large outputs above: no row object per new finding.
  const { register: registerCsv, backlog } = renderUpdatedRegister(
    register ?? { source: 'findings-register.csv', columns: [], rows: [] },
    evaluation.findings,
    formatLocation,
    evaluation.today,
    new Set(evaluation.exceptions.applied.filter((e) => e.type === 'false-positive').map((e) => e.id)),
  );
  files.set('findings-register.csv', registerCsv);
  files.set('security-remediation-backlog.csv', backlog);
  if (evaluation.decision !== 'rejected') {
    files.set('security-approval-certificate.md', renderCertificateMarkdown(evaluation));
    files.set('security-approval-certificate.json', renderCertificateJson(evaluation));
  }
  return files;
}
