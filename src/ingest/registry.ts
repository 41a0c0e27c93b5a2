/** The static registry of format ingestors. Adding a format is one import and one entry here. */
import { dependencyCheck } from './dependency-check.js';
import { grype } from './grype.js';
import { osvScanner } from './osv-scanner.js';
import { sarif } from './sarif.js';
import { trivy } from './trivy.js';
import type { Ingestor } from './types.js';

export const INGESTORS: readonly Ingestor[] = createRegistry([sarif, trivy, grype, osvScanner, dependencyCheck]);

/** Builds a registry; refuses duplicate ids. */
export function createRegistry(ingestors: readonly Ingestor[]): readonly Ingestor[] {
  const seen = new Set<string>();
  for (const ingestor of ingestors) {
    if (seen.has(ingestor.id)) throw new Error(`Two ingestors share the id '${ingestor.id}'.`);
    seen.add(ingestor.id);
  }
  return ingestors;
}

export function findIngestor(id: string, registry: readonly Ingestor[] = INGESTORS): Ingestor | undefined {
  return registry.find((ingestor) => ingestor.id === id);
}
