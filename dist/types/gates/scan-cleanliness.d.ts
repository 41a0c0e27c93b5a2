import { type EvaluatedFinding, type Gate, type GateContext, type PlanRow } from './types.js';
export declare const scanCleanliness: Gate;
/**
 * Open findings allowed open with a plan, as the conditions of the release that list them (DESIGN 5):
 * each finding of a `requirePlan` severity by itself, with its owner, due date and register row, and the
 * others counted per severity with their first ids. scan-cleanliness lists them; with scan-cleanliness
 * off, disposition-integrity lists the findings it lets through on a plan here too, in the same words,
 * so that an approval says what it relied on whichever gate looked. Findings listed by themselves are
 * at most MAX_NAMED_FINDINGS, the rest counted: with scan-cleanliness off, no `max` bounds how many
 * highs a register may keep open.
 */
export declare class PlanConditions {
    private readonly named;
    private readonly counted;
    private readonly requirePlan;
    private readonly source;
    constructor(context: GateContext);
    /** An open finding that `row` gives a current plan (the caller has checked that it does). */
    add(finding: EvaluatedFinding, row: PlanRow): void;
    /** The conditions: the findings named one by one, then a line per severity counted. */
    list(): string[];
}
/** What a cell holding only a placeholder says, for a message: ` ('TBD' is a placeholder)`, else ''. */
export declare function placeholderNote(value: string | undefined): string;
