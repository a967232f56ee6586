// The gatekeeping Desk does before any state is touched, in Desk's order: route, token, org, query, body.
import { dataCenterOfDeskHost } from '../hosts';
import type { JsonObject, Oas, SpecOperation, SpecParameter } from '../oas';
import type { FakeRequest, TokenInfo } from '../types';
import type { Org, World } from '../worlds/world';
import {
  errorReply,
  invalidData,
  invalidField,
  invalidOauth,
  MESSAGES,
  notFound,
  unprocessable,
  type FieldError,
  type Reply,
} from './errors';

export interface Checked {
  operation: SpecOperation;
  pathParams: Record<string, string>;
  /** Declared query parameters, coerced to their schema types (numbers, booleans, arrays). */
  query: Record<string, unknown>;
  /** The parsed JSON body, or undefined when the operation takes none. */
  body: unknown;
  /** Null only for operations that take no orgId (GET /api/v1/organizations). */
  org: Org | null;
  agent: World['agents'][number];
  auth: TokenInfo;
}

const ORG_ID = 'orgId';

function schemaTypes(schema: JsonObject): string[] {
  const type = schema.type;
  if (Array.isArray(type)) return type.filter((t): t is string => typeof t === 'string');
  return typeof type === 'string' ? [type] : [];
}

/** A query string value as the schema would type it; a value that does not convert stays a string and fails. */
export function coerce(raw: string, schema: JsonObject): unknown {
  const types = schemaTypes(schema);
  if (types.includes('array') && !types.includes('string')) {
    const items = typeof schema.items === 'object' && schema.items !== null && !Array.isArray(schema.items) ? schema.items : {};
    return raw.split(',').map((part) => coerce(part, items as JsonObject));
  }
  // Paging counts are typed ["integer","string","null"] in some operations: as int32 they are numbers, so their
  // minimum and maximum apply (64-bit ids stay strings: a double cannot hold them).
  if (types.includes('integer') && schema.format === 'int32' && /^\d{1,9}$/.test(raw)) return Number(raw);
  if (types.includes('string') || types.length === 0) return raw;
  if ((types.includes('integer') || types.includes('number')) && /^-?\d+(\.\d+)?$/.test(raw)) return Number(raw);
  if (types.includes('boolean') && (raw === 'true' || raw === 'false')) return raw === 'true';
  return raw;
}

function orgIdOf(request: FakeRequest): string | undefined {
  const header = request.headers.orgid;
  if (header !== undefined && header !== '') return header;
  return request.query.get(ORG_ID) ?? undefined;
}

export function check(oas: Oas, world: World, request: FakeRequest, auth: TokenInfo | null): Checked | Reply {
  const found = oas.find(request.method, request.path);
  if (!found) return notFound();
  const { operation, pathParams } = found;

  const dataCenter = dataCenterOfDeskHost(request.host);
  if (!auth || !dataCenter || auth.dataCenter !== dataCenter) return invalidOauth();
  const agent = world.agents.find((candidate) => candidate.email === auth.agentEmail);
  if (!agent || agent.dataCenter !== dataCenter) return invalidOauth();
  // Desk's answer to a token granted without the operation's scope (a grant older than a new feature).
  if (operation.scopes.length > 0 && !operation.scopes.some((scope) => auth.scopes.includes(scope))) {
    return errorReply(401, 'SCOPE_MISMATCH', MESSAGES.scopeMismatch);
  }

  const declared = new Map<string, SpecParameter>();
  for (const parameter of operation.parameters) if (parameter.in === 'query') declared.set(parameter.name, parameter);

  let org: Org | null = null;
  if (declared.has(ORG_ID)) {
    const orgId = orgIdOf(request);
    if (orgId === undefined) {
      return unprocessable("The 'orgId' header is missing.", [invalidField('/orgId', "The 'orgId' header is required.", 'missing')]);
    }
    if (!/^[0-9]+$/.test(orgId)) {
      return unprocessable("The value passed for the 'orgId' header is invalid.", [invalidField('/orgId', 'Not a valid organization id.')]);
    }
    org = world.orgs.find((candidate) => candidate.id === orgId) ?? null;
    if (!org || !agent.orgIds.includes(orgId) || org.dataCenter !== dataCenter) {
      return errorReply(403, 'OAUTH_ORG_MISMATCH', MESSAGES.orgMismatch);
    }
  }

  const query: Record<string, unknown> = {};
  const problems: FieldError[] = [];
  for (const name of new Set(request.query.keys())) {
    const parameter = declared.get(name);
    if (!parameter) {
      return unprocessable(`An extra parameter '${name}' is found in the query string.`, [
        invalidField(name, `The parameter '${name}' is not allowed for this URL.`),
      ]);
    }
    const values = request.query.getAll(name);
    const value = coerce(values[0]!, parameter.schema);
    if (values.length > 1 || oas.validate(parameter.schema, value).length > 0) {
      problems.push(invalidField(name, `The value passed for the '${name}' query parameter is invalid.`));
    }
    query[name] = value;
  }
  for (const parameter of declared.values()) {
    if (parameter.required && !request.query.has(parameter.name)) {
      problems.push(invalidField(parameter.name, `The '${parameter.name}' query parameter is required.`, 'missing'));
    }
  }
  for (const parameter of operation.parameters) {
    if (parameter.in !== 'path') continue;
    const value = pathParams[parameter.name] ?? '';
    if (oas.validate(parameter.schema, value).length > 0) {
      problems.push(invalidField(parameter.name, `The value passed for '${parameter.name}' is invalid.`));
    }
  }
  if (problems.length > 0) return unprocessable(problems[0]!.errorMessage, problems);

  let body: unknown;
  if (operation.requestBody) {
    if (request.body.trim() === '') {
      return errorReply(422, 'EMPTY_PAYLOAD', 'The request body is empty.', [invalidField('/', 'A JSON body is required.', 'missing')]);
    }
    try {
      body = JSON.parse(request.body);
    } catch {
      return errorReply(400, 'BAD_REQUEST', 'The request body is not valid JSON.');
    }
    const schema = operation.requestBody.schema;
    if (schema) {
      const issues = oas.validate(schema, body);
      if (issues.length > 0) {
        const seen = new Set<string>();
        const errors: FieldError[] = [];
        for (const issue of issues) {
          if (seen.has(issue.pointer)) continue;
          seen.add(issue.pointer);
          errors.push(invalidField(issue.pointer, issue.message, issue.keyword === 'required' ? 'missing' : 'invalid'));
        }
        return invalidData(errors);
      }
    }
  }

  return { operation, pathParams, query, body, org, agent, auth };
}
