import type { Ingestor } from './types.js';
/** The parts of a package URL (`pkg:type/namespace/name@version?qualifiers#subpath`) a finding needs. */
export declare function parsePurl(purl: string): {
    ecosystem: string;
    name: string;
    version?: string;
} | undefined;
export declare const dependencyCheck: Ingestor;
