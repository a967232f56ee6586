// Ajv in JSON Schema 2020-12 mode (OAS 3.1), holding every prepared spec document under its absolute URI so the
// absolute `$ref`s written by prepare.ts resolve. `strict: false`: the documents carry OAS keywords (example,
// style, discriminator…) and formats like int64 on strings that Ajv would otherwise refuse.
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsImport from 'ajv-formats';
import type { JsonObject } from './load';
import { SPEC_BASE, type PreparedSpecs } from './prepare';

// ajv-formats is CommonJS; under ESM its default export may arrive wrapped.
const addFormats = ((addFormatsImport as unknown as { default?: unknown }).default ?? addFormatsImport) as (
  ajv: Ajv2020,
) => Ajv2020;

export interface ValidationIssue {
  /** JSON pointer of the offending value; for a missing property, the pointer it would have. */
  pointer: string;
  keyword: string;
  message: string;
}

export class SpecValidator {
  private readonly ajv: Ajv2020;
  private readonly compiled = new WeakMap<object, ValidateFunction>();

  constructor(specs: PreparedSpecs) {
    this.ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false, logger: false });
    addFormats(this.ajv);
    for (const [file, doc] of specs.docs) this.ajv.addSchema(doc, SPEC_BASE + file);
  }

  validate(schema: JsonObject, value: unknown): ValidationIssue[] {
    let validateFn = this.compiled.get(schema);
    if (!validateFn) {
      validateFn = this.ajv.compile(schema);
      this.compiled.set(schema, validateFn);
    }
    if (validateFn(value)) return [];
    return (validateFn.errors ?? []).map(toIssue);
  }
}

function toIssue(error: ErrorObject): ValidationIssue {
  const params = error.params as Record<string, unknown>;
  let pointer = error.instancePath;
  if (error.keyword === 'required' && typeof params.missingProperty === 'string') pointer += `/${params.missingProperty}`;
  if (error.keyword === 'additionalProperties' && typeof params.additionalProperty === 'string') {
    pointer += `/${params.additionalProperty}`;
  }
  if (error.keyword === 'unevaluatedProperties' && typeof params.unevaluatedProperty === 'string') {
    pointer += `/${params.unevaluatedProperty}`;
  }
  return { pointer: pointer || '/', keyword: error.keyword, message: error.message ?? error.keyword };
}
