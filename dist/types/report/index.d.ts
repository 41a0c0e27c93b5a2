/** Every output file, rendered from the evaluation (DESIGN 6). Pure: no file system. */
import type { Evaluation } from '../evaluation.js';
import { type FindingsRegister } from '../evidence/register.js';
/** An output's content: text, or text chunks for the outputs that list every finding. */
export type OutputContent = string | Iterable<string>;
/** File name -> content, in a fixed order. */
export declare function renderOutputs(evaluation: Evaluation, register: FindingsRegister | undefined): Promise<Map<string, OutputContent>>;
