// One pass over Zoho's specs that makes them usable by a JSON Schema 2020-12 validator. Each step fixes a quirk
// of the published files; the specs on disk stay untouched (we work on the parsed copy).
//
// 1. `$ref`s become absolute URIs (`https://…/Contact.json#/components/…`), so any fragment can be compiled on
//    its own. Refs into files that are not in the subset (Actor.json, Article.json: see spec/SOURCES.md) become `{}`.
// 2. `pattern`s (and patternProperties keys) are rewritten from Java regex syntax (see patterns.ts); any that
//    still fails to compile is dropped and listed in `droppedPatterns`.
// 3. `allOf` + `additionalProperties: false`: the generator puts `additionalProperties: false` on every branch
//    of an allOf (and often on the allOf's parent), which under JSON Schema semantics rejects every object whose
//    properties come from more than one branch: Zoho's own examples would fail. We inline `$ref` branches, strip
//    `additionalProperties: false` from branches and parent, and put `unevaluatedProperties: false` on the
//    outermost allOf instead: "no properties beyond those the branches declare", which is what the spec means.
import type { Json, JsonObject, SpecDocs } from './load';
import { jsPattern } from './patterns';

export const SPEC_BASE = 'https://zoho-desk-oas.invalid/v1.0/';

export interface PreparedSpecs {
  docs: SpecDocs;
  resolve(ref: string): Json | undefined;
  droppedPatterns: string[];
  danglingRefs: string[];
}

const SKIP_KEYS = new Set(['examples', 'example']);

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function eachChild(node: Json, visit: (child: Json, key: string) => void) {
  if (Array.isArray(node)) node.forEach((child, index) => visit(child, String(index)));
  else if (isObject(node)) for (const [key, child] of Object.entries(node)) if (!SKIP_KEYS.has(key)) visit(child, key);
}

export function absoluteRef(ref: string, file: string): string {
  const hash = ref.indexOf('#');
  const filePart = hash < 0 ? ref : ref.slice(0, hash);
  const fragment = hash < 0 ? '' : ref.slice(hash);
  const target = filePart === '' ? file : filePart.replace(/^\.\//, '');
  return SPEC_BASE + target + fragment;
}

export function prepareSpecs(original: SpecDocs): PreparedSpecs {
  const docs: SpecDocs = new Map([...original].map(([file, doc]) => [file, structuredClone(doc)]));
  const droppedPatterns: string[] = [];
  const danglingRefs: string[] = [];

  function resolve(ref: string): Json | undefined {
    if (!ref.startsWith(SPEC_BASE)) return undefined;
    const [file = '', fragment = ''] = ref.slice(SPEC_BASE.length).split('#');
    let node: Json | undefined = docs.get(file);
    for (const raw of fragment.split('/').slice(1)) {
      if (!isObject(node) && !Array.isArray(node)) return undefined;
      const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
      node = Array.isArray(node) ? node[Number(key)] : node[key];
    }
    return node;
  }

  // 1. Absolute refs.
  for (const [file, doc] of docs) {
    const walk = (node: Json) => {
      if (isObject(node) && typeof node.$ref === 'string') {
        node.$ref = absoluteRef(node.$ref, file);
        const target = node.$ref.slice(SPEC_BASE.length).split('#')[0]!;
        if (!docs.has(target)) {
          danglingRefs.push(`${file} → ${node.$ref}`);
          delete node.$ref;
        }
      }
      eachChild(node, walk);
    };
    walk(doc);
  }

  // 2. Patterns.
  for (const [file, doc] of docs) {
    const walk = (node: Json) => {
      if (isObject(node)) {
        if (typeof node.pattern === 'string') {
          const js = jsPattern(node.pattern);
          if (js === null) {
            droppedPatterns.push(`${file}: ${node.pattern}`);
            delete node.pattern;
          } else node.pattern = js;
        }
        if (isObject(node.patternProperties)) {
          const rewritten: JsonObject = {};
          for (const [key, value] of Object.entries(node.patternProperties)) {
            const js = jsPattern(key);
            if (js === null) droppedPatterns.push(`${file}: patternProperties ${key}`);
            else rewritten[js] = value;
          }
          node.patternProperties = rewritten;
        }
      }
      eachChild(node, (child, key) => {
        // The regex string was handled above; a property *named* "pattern" is an object and is still walked.
        if (key === 'pattern' && typeof child === 'string') return;
        walk(child);
      });
    };
    walk(doc);
  }

  // 3. allOf with closed branches.
  const branches = new WeakSet<object>();
  let closed = false;
  const inlineBranch = (branch: Json, stack: string[]): Json => {
    if (!isObject(branch)) return branch;
    let node = branch;
    if (typeof node.$ref === 'string' && !stack.includes(node.$ref)) {
      const target = resolve(node.$ref);
      if (isObject(target)) {
        const { $ref, ...siblings } = node;
        stack = [...stack, $ref as string];
        node = { ...structuredClone(target), ...siblings };
      }
    }
    branches.add(node);
    if (node.additionalProperties === false || node.unevaluatedProperties === false) closed = true;
    if (node.additionalProperties === false) delete node.additionalProperties;
    if (node.unevaluatedProperties === false) delete node.unevaluatedProperties;
    if (Array.isArray(node.allOf)) node.allOf = node.allOf.map((child) => inlineBranch(child, stack));
    return node;
  };
  // Branches that declare the same property (or both constrain array `items`) would still clash one level
  // down (e.g. groupContacts: one branch's `data` items allow only `account`, the other's only `fieldValue`
  // and `contacts`). `allOf[{p: A}, {p: B}]` equals `{p: allOf[A, B]}` plus the branches without p, so we hoist
  // such properties to the parent as a new allOf, which this same pass then treats as a root of its own.
  const processRoot = (node: JsonObject) => {
    closed = node.additionalProperties === false;
    node.allOf = (node.allOf as Json[]).map((child) => inlineBranch(child, []));
    const leaves: JsonObject[] = [];
    const collect = (branch: Json) => {
      if (!isObject(branch)) return;
      leaves.push(branch);
      if (Array.isArray(branch.allOf)) branch.allOf.forEach(collect);
    };
    node.allOf.forEach(collect);
    const occurrences = new Map<string, Json[]>();
    for (const holder of [node, ...leaves]) {
      if (!isObject(holder.properties)) continue;
      for (const [name, schema] of Object.entries(holder.properties)) {
        occurrences.set(name, [...(occurrences.get(name) ?? []), schema]);
      }
    }
    for (const [name, schemas] of occurrences) {
      if (schemas.length < 2) continue;
      for (const leaf of leaves) if (isObject(leaf.properties)) delete leaf.properties[name];
      const properties = isObject(node.properties) ? node.properties : (node.properties = {});
      properties[name] = { allOf: schemas };
    }
    const items = [node, ...leaves].filter((holder) => holder.items !== undefined).map((holder) => holder.items!);
    if (items.length > 1) {
      for (const leaf of leaves) delete leaf.items;
      node.items = { allOf: items };
    }
    if (closed) {
      delete node.additionalProperties;
      node.unevaluatedProperties = false;
    }
  };
  for (const doc of docs.values()) {
    const walk = (node: Json) => {
      if (isObject(node) && Array.isArray(node.allOf) && !branches.has(node)) processRoot(node);
      eachChild(node, walk);
    };
    walk(doc);
  }

  return { docs, resolve, droppedPatterns, danglingRefs };
}
