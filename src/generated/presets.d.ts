/** The built-in presets as the YAML reader read them, by scripts/gen-presets.mjs. */
export const PRESET_PARTS: Record<string, { sha256: string; parts: string }>;
