// Reads Zoho's OpenAPI files as they are published, one JSON document per file name ("Contact.json").
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };
export type SpecDocs = Map<string, JsonObject>;

/** Zoho's specs as vendored with the project (their provenance: spec/SOURCES.md); nothing else is read. */
export const SPEC_DIR = path.join(import.meta.dirname, 'spec', 'v1.0');

export function loadSpecDocs(dir = SPEC_DIR): SpecDocs {
  const docs: SpecDocs = new Map();
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('.json')) continue;
    docs.set(file, JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as JsonObject);
  }
  if (docs.size === 0) throw new Error(`No OpenAPI JSON files in ${dir}`);
  return docs;
}
