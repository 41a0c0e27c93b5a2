/** The documented tool-name table: which scan type a tool's run is, unless the policy says otherwise. */
import type { ScanType } from '../model.js';
/** Ordered: the first pattern that matches the tool name wins. */
export declare const TOOL_SCAN_TYPES: readonly {
    pattern: RegExp;
    tool: string;
    scanType: ScanType;
}[];
/** The scan type of a tool by name; `other` when the table does not know it. */
export declare function scanTypeForTool(tool: string): ScanType;
/** Trivy and WizCLI tag each rule with what it is; a misconfiguration or secret rule is not a dependency finding. */
export declare function scanTypeFromTags(tags: readonly string[]): ScanType | undefined;
/** What a multi-purpose tool may have scanned; undefined for a tool whose name says its scan type. */
export declare function multiPurposeScans(tool: string): string | undefined;
