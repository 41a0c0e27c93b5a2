import type { ScanType } from '../model.js';
/** One supported report format, as `shipgate formats` lists it. */
export interface FormatDescription {
    /** The format id (the ingestor id; `format:` in a policy input). */
    id: string;
    title: string;
    /** The scan types its findings get. */
    scanTypes: ScanType[];
    /** How a report of this format is recognized. */
    detection: string;
}
/** Every supported format, in registry order. */
export declare function listFormats(): FormatDescription[];
export declare function renderFormats(format: 'text' | 'json'): string;
