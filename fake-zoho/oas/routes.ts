// The route table: every (method, path template) the specs declare, with its parameters, request body and
// responses already resolved through OAS-level `$ref`s (parameters, requestBodies, responses are not schemas,
// so the validator cannot follow those refs itself).
import type { Json, JsonObject } from './load';
import type { PreparedSpecs } from './prepare';

export type ParameterLocation = 'query' | 'header' | 'path' | 'cookie';

export interface SpecParameter {
  name: string;
  in: ParameterLocation;
  required: boolean;
  schema: JsonObject;
  /** form + explode false: an array comes as one comma-separated value. */
  explode: boolean;
}

export interface SpecOperation {
  method: string;
  template: string;
  /** "GET /api/v1/contacts/{contactId}" */
  route: string;
  file: string;
  operationId: string;
  parameters: SpecParameter[];
  requestBody: { required: boolean; schema: JsonObject | null } | null;
  /** Status code ("200", "204", "422", "default") → JSON schema of the body, null when the response has none. */
  responses: Map<string, JsonObject | null>;
  /** The OAuth scopes of the operation's `security`; Zoho lets any one of them through. Empty: none checked. */
  scopes: string[];
  match(path: string): Record<string, string> | null;
  /** Literal segments: "/contacts/inviteAsEndUser" must win over "/contacts/{contactId}". */
  specificity: number;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function scopesOf(security: Json | undefined): string[] {
  if (!Array.isArray(security)) return [];
  return security.flatMap((requirement) =>
    isObject(requirement) ? Object.values(requirement).flatMap((scopes) => (Array.isArray(scopes) ? scopes.filter((s): s is string => typeof s === 'string') : [])) : [],
  );
}

export function buildRoutes(specs: PreparedSpecs): SpecOperation[] {
  const deref = (node: Json | undefined): Json | undefined => {
    let current = node;
    for (let hops = 0; isObject(current) && typeof current.$ref === 'string' && hops < 10; hops++) {
      current = specs.resolve(current.$ref);
    }
    return current;
  };

  const toParameter = (raw: Json | undefined): SpecParameter | null => {
    const parameter = deref(raw);
    if (!isObject(parameter) || typeof parameter.name !== 'string' || typeof parameter.in !== 'string') return null;
    return {
      name: parameter.name,
      in: parameter.in as ParameterLocation,
      required: parameter.required === true || parameter.in === 'path',
      schema: isObject(parameter.schema) ? parameter.schema : {},
      explode: parameter.explode !== false,
    };
  };

  const jsonSchemaOf = (raw: Json | undefined): JsonObject | null => {
    const holder = deref(raw);
    if (!isObject(holder) || !isObject(holder.content)) return null;
    const json = holder.content['application/json'];
    return isObject(json) && isObject(json.schema) ? json.schema : null;
  };

  const operations: SpecOperation[] = [];
  for (const [file, doc] of specs.docs) {
    if (!isObject(doc.paths)) continue;
    for (const [template, rawItem] of Object.entries(doc.paths)) {
      const item = deref(rawItem);
      if (!isObject(item)) continue;
      const shared = Array.isArray(item.parameters) ? item.parameters : [];
      const names: string[] = [];
      const pattern = template
        .split(/(\{[^}]+\})/)
        .map((part) => {
          const param = /^\{([^}]+)\}$/.exec(part);
          if (!param) return escapeRegExp(part);
          names.push(param[1]!);
          return '([^/]+)';
        })
        .join('');
      const regex = new RegExp(`^${pattern}$`);
      const specificity = template.split('/').filter((segment) => segment && !segment.startsWith('{')).length;
      for (const method of METHODS) {
        const operation = item[method];
        if (!isObject(operation)) continue;
        const byKey = new Map<string, SpecParameter>();
        for (const raw of [...shared, ...(Array.isArray(operation.parameters) ? operation.parameters : [])]) {
          const parameter = toParameter(raw);
          if (parameter) byKey.set(`${parameter.in}:${parameter.name}`, parameter);
        }
        const body = deref(operation.requestBody);
        const responses = new Map<string, JsonObject | null>();
        if (isObject(operation.responses)) {
          for (const [status, response] of Object.entries(operation.responses)) responses.set(status, jsonSchemaOf(response));
        }
        operations.push({
          method: method.toUpperCase(),
          template,
          route: `${method.toUpperCase()} ${template}`,
          file,
          operationId: typeof operation.operationId === 'string' ? operation.operationId : `${method} ${template}`,
          parameters: [...byKey.values()],
          requestBody: isObject(body) ? { required: body.required === true, schema: jsonSchemaOf(body) } : null,
          responses,
          scopes: scopesOf(operation.security),
          specificity,
          match(path: string) {
            const found = regex.exec(path);
            if (!found) return null;
            const params: Record<string, string> = {};
            try {
              names.forEach((name, index) => {
                params[name] = decodeURIComponent(found[index + 1]!);
              });
            } catch {
              return null; // a malformed %-escape is not a path Desk knows
            }
            return params;
          },
        });
      }
    }
  }
  return operations;
}
