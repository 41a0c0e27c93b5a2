import { type Gate } from './types.js';
export declare const scanCleanliness: Gate;
/** What a cell holding only a placeholder says, for a message: ` ('TBD' is a placeholder)`, else ''. */
export declare function placeholderNote(value: string | undefined): string;
