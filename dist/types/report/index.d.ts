/** Every output file, rendered from the evaluation (DESIGN 6). Pure: no file system. */
import type { Evaluation } from '../evaluation.js';
import { type FindingsRegister } from '../evidence/register.js';
import { type SarifSelection } from './sarif.js';
import type { EvaluatedFinding } from '../gates/types.js';
/** An output's content: text, or text chunks for the outputs that list every finding. */
export type OutputContent = string | Iterable<string>;
/** File name -> content, in a fixed order. `onFinding` sees each finding's scan-results.json line as it is made. */
export declare function renderOutputs(evaluation: Evaluation, register: FindingsRegister | undefined, options?: {
    onFinding?: (json: string, finding: EvaluatedFinding) => void;
    /** Which findings shipgate.sarif holds; default all up to SARIF_MAX_RESULTS. */
    sarif?: SarifSelection;
}): Promise<Map<string, OutputContent>>;
