/** The static registry of format ingestors. Adding a format is one import and one entry here. */
import { bandit } from './bandit.js';
import { checkov } from './checkov.js';
import { dependencyCheck } from './dependency-check.js';
import { gitlab } from './gitlab.js';
import { gitleaks } from './gitleaks.js';
import { govulncheck } from './govulncheck.js';
import { grype } from './grype.js';
import { npmAudit } from './npm-audit.js';
import { nuclei } from './nuclei.js';
import { pipAudit } from './pip-audit.js';
import { snyk } from './snyk.js';
import { yarnAudit } from './yarn-audit.js';
import { zap } from './zap.js';
import { osvScanner } from './osv-scanner.js';
import { sarif } from './sarif.js';
import { semgrep } from './semgrep.js';
import { trivy } from './trivy.js';
import { trufflehog } from './trufflehog.js';
import type { Ingestor } from './types.js';

export const INGESTORS: readonly Ingestor[] = createRegistry([
  sarif,
  trivy,
  grype,
  osvScanner,
  dependencyCheck,
  npmAudit,
  yarnAudit,
  snyk,
  pipAudit,
  govulncheck,
  gitleaks,
  trufflehog,
  zap,
  nuclei,
  semgrep,
  bandit,
  checkov,
  gitlab,
]);

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
