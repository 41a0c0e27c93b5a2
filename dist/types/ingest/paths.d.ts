/** decodeURIComponent, keeping the text as it is when it is not valid percent-encoding. */
export declare function safeDecode(text: string): string;
/**
 * Returns a relative POSIX path when `raw` lies under `root`; other absolute paths and URLs are kept
 * (normalized), since they still identify where the tool looked.
 */
export declare function normalizePath(root: string, raw: string): string;
