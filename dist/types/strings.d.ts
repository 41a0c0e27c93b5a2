/** String helpers: locale-independent comparisons (the same order on every machine, and far faster than localeCompare), and flat copies. */
/** Orders by UTF-16 code units. */
export declare function compareText(a: string, b: string): number;
/** Orders text with embedded numbers numerically: `/results/9` before `/results/10`. */
export declare function compareNatural(a: string, b: string): number;
/**
 * Returns a flat copy of a string built by concatenation. A template literal makes a tree of cons
 * strings (32 bytes a node) that keeps every part alive; an identity kept for each of 100,000 findings
 * is then several times its length. Joining two slices builds one sequential string.
 */
export declare function flatString(text: string): string;
/**
 * `encode`, remembered per distinct string, for the strings many records share (rule ids, titles,
 * paths, severities): each is encoded once, and equal strings get the same instance back. Bounded:
 * past `max` distinct strings, new ones are encoded each time and not kept, so a report of unique
 * strings cannot grow it without limit.
 */
export declare class TextMemo {
    private readonly encode;
    private readonly max;
    private readonly known;
    constructor(encode: (text: string) => string, max?: number);
    /** How many strings are remembered. */
    get size(): number;
    get(text: string): string;
}
/**
 * Text for a CI log, with no line that a runner reads as a workflow command. GitHub Actions takes a
 * line that starts with `::` once white space is trimmed (`::error::`, `::add-mask::`,
 * `::stop-commands::`; any Unicode white space, a no-break space or an ideographic space included), and
 * its legacy parser takes `##[` anywhere in a line (`x ##[error]y`). Reports are attacker-controlled: a
 * rule id or a file name with a line break in it could forge an annotation or silence shipgate's own.
 * Such a `::` gets a word joiner (U+2060, invisible) in front, which the runner does not trim, and every
 * `##[` one between `##` and `[`. shipgate's own commands go through `@actions/core`, never through this
 * text.
 */
export declare function neutralizeWorkflowCommands(text: string): string;
/**
 * Untrusted text (a report's values reach warnings, errors and progress lines) for a terminal or a CI
 * log: no terminal control sequence, no carriage return that would overwrite a line, and no line a CI
 * runner reads as a workflow command. Line breaks stay: messages may list problems one per line.
 */
export declare function forLog(text: string): string;
/**
 * Whether text names something a person can read: once white space and invisible characters are
 * removed, a letter or digit remains. `alice` and `fix in 1.2` have meaningful text; `\u200B`, `-`,
 * `**` and ` \u2060 ` have none (a register or exception with such an owner names nobody, and such a
 * plan or reason says nothing). `trim()` and `\S` keep U+200B and U+2060, so they are no test of this.
 */
export declare function meaningfulText(value: string | undefined | null): boolean;
/**
 * Bidirectional formatting characters (LRM, RLM, ALM, the embeddings, overrides and isolates): in a
 * title or path they can show text in another order than it has ("Trojan Source"). They are shown as
 * U+FFFD, so that the reader sees something is there.
 */
export declare const BIDI_CONTROLS: RegExp;
/**
 * Whether the text says nothing but placeholders: its words (runs of letters and digits, NFKC, lower
 * case, invisible characters removed) fall into runs of neighbours that each spell a placeholder, a
 * filler word or a word of when (see PLACEHOLDERS, FILLERS and WHEN): `for now` and `assign later`
 * say nothing of who or how. `will` and `soon`, which are names too, count only after a placeholder, a
 * filler or another word of when (`Will`, `Will Still` are names; `TBA soon` is a placeholder). Neighbours join because punctuation and spaces
 * split one placeholder (`T.B.D.`, `N/A`, `No-one`, `to be determined`) as well as separate two (`TBD
 * TBD`, `TBD / N/A`, `no owner`, `not yet assigned`). Words are never cut, so a name that only starts
 * or ends like one (`Tobe`, `Nona`) is no placeholder, and one word that is neither (`team`, `fix`)
 * makes the text a name or words.
 */
export declare function placeholderText(value: string | undefined | null): boolean;
/** Text that names someone or says something: meaningful (see meaningfulText), and not a placeholder. */
export declare function namesSomething(value: string | undefined | null): boolean;
/**
 * A name as compared with another to tell whether they are the same person (an exception's owner and
 * its approver): compatibility-normalized (NFKC: a full-width letter is the letter), without white space
 * or invisible characters, lower case. `security-lead\u200B` and ` Security-Lead` are `security-lead`.
 */
export declare function comparableName(value: string): string;
/**
 * Whether text holds a character that shows nothing and is not white space: a zero-width space, a
 * joiner, a byte order mark, a soft hyphen, a bidirectional mark, a variation selector, a Hangul filler,
 * a control character (what `comparableName` removes besides white space).
 */
export declare function hasInvisible(value: string): boolean;
/**
 * A value for a message, quoted as JSON, with invisible characters written as `\uXXXX` so that a
 * reader sees them: `"\u200B"`, not a pair of quotes that looks empty.
 */
export declare function showInvisible(value: string): string;
/** One character as a reader can see it in a message: `\u200B`, or `\u{E0041}` past the BMP. */
export declare function escapeCodePoint(c: string): string;
/**
 * A value for a message as `show` writes each character (an escape, or the character), whole when that
 * is at most `max` characters long, else cut to `max - 3` and `...`, never inside a piece; a long value
 * is read only as far as it is shown. `count` is how many characters are shown.
 */
export declare function shownCut(value: string, show: (c: string) => string, max?: number): {
    text: string;
    count: number;
    cut: boolean;
};
/**
 * A person's name reduced to what a reader tells apart, to decide whether two names are one person (an
 * exception's owner and its approver): compatibility-decomposed (NFKD: a full-width letter is the
 * letter), without combining marks (`é` is `e`), invisible characters, white space or punctuation
 * (`security‐lead`, `security_lead` and `security-lead.` are `securitylead`), lower case, and with the
 * Cyrillic and Greek letters and the Latin small capitals that look like a Latin letter read as it
 * (`security-lеad` with a Cyrillic `е`), bars read as `l`, and letters that look like a dash dropped
 * after a letter of another script.
 * Only letters and digits remain. Two names with one key are one person. The look-alike table is small,
 * so keys that differ do not prove two people; it errs on the side of one person, the safe side for an
 * approval.
 */
export declare function personKey(name: string, capitalsFirst?: boolean, capitalIAsL?: boolean): string;
/**
 * How two names are one person, for an exception's owner and approver, or undefined when they are two:
 * `name` when their person keys agree, read with look-alike capitals mapped before lower case (Greek
 * `Ν` looks like `N`) or after it (so that names differing only in case, `ΜΑΡΙΑ` and `μαρια`, agree
 * too); `address` when one's email address, @handle or GitHub address is the other's name or one of its
 * names (see namesOf), or two addresses share a local part (`security-lead@example.com` and
 * `security-lead`; `@alice` and `alice@example.com`; `https://github.com/security-lead` and
 * `security-lead`); `part` when one is a name of the other's list, brackets or quotes (`alice` and `bob,
 * alice`; `security-lead` and `Security Lead (security-lead)`), or is spelt by whole words of it
 * (`security-lead` and `ask security-lead`). A name of one word of letters alone (`will`, `security`)
 * is matched as a name of its own only: `Will Smith` and `will`, `Security Team` and `security` stay
 * two, as such a word may be anyone's. Sharing a local part at two domains errs on the side of one
 * person, the safe side for an approval.
 */
export declare function samePersonBy(a: string, b: string): 'name' | 'address' | 'part' | undefined;
/** Whether two names are one person, for an exception's owner and approver (see samePersonBy). */
export declare function samePerson(a: string, b: string): boolean;
/**
 * A value for a message, quoted as JSON, with every character outside printable ASCII written as
 * `\uXXXX`: names that look the same (`security‐lead` with U+2010, `security-lеad` with a Cyrillic `е`)
 * read differently.
 */
export declare function showCodePoints(value: string): string;
/**
 * A count as the command line and the Action take one: decimal digits only (no `0x10`, `1e3`, `1.0`,
 * sign or spaces, which `Number` would read), a safe integer above 0; undefined otherwise.
 */
export declare function positiveWholeNumber(text: string): number | undefined;
/**
 * Appends every item of `items` to `target`. `target.push(...items)` passes each item as an argument,
 * and V8 overflows the stack past about 120,000 of them (a report's findings, a gate's conditions).
 */
export declare function pushAll<T>(target: T[], items: readonly T[]): void;
