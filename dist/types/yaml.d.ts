export declare const FORBIDDEN_KEYS: Set<string>;
/** A loaded YAML document and where each of its nodes sits. */
export interface YamlDocument {
    value: unknown;
    /** "line L, column C" of the node at a JSON pointer (the key, when `key` is set), or of the nearest ancestor. */
    positionOf(pointer: string, key?: boolean): string;
}
/** A YAML problem: the reason and where. */
export declare class YamlError extends Error {
    readonly reason: string;
    readonly where: string;
    constructor(reason: string, where: string);
}
/**
 * What loadYaml reads of a text: its value, and the offset of each key and value by JSON pointer.
 * The built-in presets' parts are read at build time (scripts/gen-presets.mjs), so that an evaluation
 * under a preset does not start the YAML parser.
 */
export interface YamlParts {
    value: unknown;
    keys: Map<string, number>;
    values: Map<string, number>;
}
export declare function loadYaml(text: string): YamlDocument;
/** The document of `text` from its parts (see readYamlParts). */
export declare function yamlDocument(text: string, parts: YamlParts): YamlDocument;
/** Reads `text` strictly (see the top of this file); a YamlError names the first problem and its place. */
export declare function readYamlParts(text: string): YamlParts;
