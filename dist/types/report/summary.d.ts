import type { Evaluation } from '../evaluation.js';
/** The hidden marker that identifies shipgate's pull request comment. */
export declare const COMMENT_MARKER = "<!-- shipgate:release-gate-report -->";
/**
 * The marker of the comment for one root: the plain marker at the repository's top; with the root's
 * folder for a root below it (`services/api/`), so that two steps gating two folders of a monorepo keep
 * a comment each instead of overwriting one another's. shipgate's own comment starts with exactly this line.
 */
export declare function commentMarker(root?: string): string;
/** GitHub's limits: job summary 1 MiB, comment body 65,536 characters. */
export declare const SUMMARY_LIMIT_BYTES: number;
export declare const COMMENT_LIMIT_CHARS: number;
/**
 * The job summary (GITHUB_STEP_SUMMARY), under 1 MiB. `root` is the root's folder in the repository
 * (`services/api/`), named in the heading; '' at the top.
 */
export declare function renderJobSummary(evaluation: Evaluation, root?: string): string;
/** The pull request comment body, under 65,536 characters, starting with the root's hidden marker. */
export declare function renderComment(evaluation: Evaluation, root?: string): string;
/** The heading of a report about the root: its folder after the title, for a root below the top. */
export declare function headingFor(title: string, root?: string): string;
/** The overrides' sentence as markdown lines after a table, or none. */
export declare function overridesNote(evaluation: Pick<Evaluation, 'severityOverrides'>): string[];
