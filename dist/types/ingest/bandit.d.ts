import type { Ingestor } from './types.js';
/**
 * The title of an issue of a hardcoded-password test. Bandit quotes the password in its text
 * (`Possible hardcoded password: 'hunter2'`); a secret value is never copied into a finding (DESIGN), so
 * the title is Bandit's wording with the value masked, whatever the text says.
 */
export declare const PASSWORD_TITLE = "Possible hardcoded password: '***'";
/** Whether the issues of a Bandit test quote a hardcoded password in their text (B105, B106, B107). */
export declare function quotesPassword(testId: string): boolean;
export declare const bandit: Ingestor;
