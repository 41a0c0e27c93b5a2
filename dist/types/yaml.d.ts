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
export declare function loadYaml(text: string): YamlDocument;
