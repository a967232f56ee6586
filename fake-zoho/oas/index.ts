// Zoho Desk's OpenAPI specs as a route table plus a validator. Loading compiles nothing up front; schemas are
// compiled on first use and cached, and the whole thing is cached per spec directory.
import { loadSpecDocs, SPEC_DIR, type JsonObject } from './load';
import { prepareSpecs } from './prepare';
import { buildRoutes, type SpecOperation } from './routes';
import { SpecValidator, type ValidationIssue } from './validator';

export type { Json, JsonObject } from './load';
export type { SpecOperation, SpecParameter } from './routes';
export type { ValidationIssue } from './validator';
export { SPEC_DIR } from './load';

export interface Oas {
  operations: SpecOperation[];
  /** The operation for this method and path; `pathKnown` tells a wrong method from an unknown path. */
  find(method: string, path: string): { operation: SpecOperation; pathParams: Record<string, string> } | null;
  pathKnown(path: string): boolean;
  validate(schema: JsonObject, value: unknown): ValidationIssue[];
  /** Spec patterns that could not be turned into JS regexes (expected: none). */
  droppedPatterns: string[];
  /** `$ref`s into files outside the subset; replaced by `{}`. */
  danglingRefs: string[];
}

const cache = new Map<string, Oas>();

export function loadOas(dir = SPEC_DIR): Oas {
  const cached = cache.get(dir);
  if (cached) return cached;
  const specs = prepareSpecs(loadSpecDocs(dir));
  const operations = buildRoutes(specs).sort((a, b) => b.specificity - a.specificity);
  const validator = new SpecValidator(specs);
  const oas: Oas = {
    operations,
    find(method, path) {
      const upper = method.toUpperCase();
      for (const operation of operations) {
        if (operation.method !== upper) continue;
        const pathParams = operation.match(path);
        if (pathParams) return { operation, pathParams };
      }
      return null;
    },
    pathKnown(path) {
      return operations.some((operation) => operation.match(path) !== null);
    },
    validate: (schema, value) => validator.validate(schema, value),
    droppedPatterns: specs.droppedPatterns,
    danglingRefs: specs.danglingRefs,
  };
  cache.set(dir, oas);
  return oas;
}
