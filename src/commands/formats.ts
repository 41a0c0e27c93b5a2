/** `shipgate formats`: every supported format, how it is detected, and its scan types. */
import { INGESTORS } from '../ingest/registry.js';
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
export function listFormats(): FormatDescription[] {
  return INGESTORS.map((i) => ({ id: i.id, title: i.title, scanTypes: [...i.scanTypes], detection: i.detection }));
}

export function renderFormats(format: 'text' | 'json'): string {
  const rows = listFormats();
  if (format === 'json') return `${JSON.stringify(rows, null, 2)}\n`;
  const width = Math.max(...rows.map((r) => r.id.length));
  return `${rows
    .map(
      (r) =>
        `${r.id.padEnd(width)}  ${r.title}\n${' '.repeat(width)}  scan types: ${r.scanTypes.join(', ')}\n${' '.repeat(width)}  detected by: ${r.detection}`,
    )
    .join(
      '\n',
    )}\n\nDeclare a format per input in the policy (inputs: [{ path, format }]) when detection is ambiguous.\n`;
}
