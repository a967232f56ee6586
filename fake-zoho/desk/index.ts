// The Desk API core: createDeskApi(world) answers `/api/v1/*` requests like Zoho Desk, checked against Zoho's
// OpenAPI specs on the way in (route, token, org, query, body: checks.ts) and on the way out (every JSON
// response is validated against the operation's schema for its status; failures are kept, the response is
// still sent).
import { loadOas, type Oas, type SpecOperation } from '../oas';
import type { DeskApi, FakeRequest, FakeResponse, TokenInfo } from '../types';
import type { World } from '../worlds/world';
import { check } from './checks';
import type { DeskOptions } from './context';
import { errorReply, MESSAGES, type Reply } from './errors';
import { HANDLERS } from './routes';

export interface DeskApiWithWorld extends DeskApi {
  /** The live (mutable) world, for the control API and tests. */
  world(): World;
}

/**
 * Serves `world` and changes it in place (the server shell and its agent page read the same object); reset()
 * restores it, in place too, to what it was when the API was created.
 */
export function createDeskApi(world: World, oas: Oas = loadOas()): DeskApiWithWorld {
  const initial = structuredClone(world);
  const current = world;
  const options: DeskOptions = { badgesShape: 'data' };
  let validationErrors: string[] = [];

  function respond(reply: Reply, route: string | null, validate: (json: unknown) => string[]): FakeResponse {
    if (reply.json === undefined) return { status: reply.status };
    if (route) for (const problem of validate(reply.json)) validationErrors.push(`${route} → ${reply.status}: ${problem}`);
    return {
      status: reply.status,
      headers: { 'content-type': 'application/json;charset=UTF-8' },
      body: JSON.stringify(reply.json),
    };
  }

  return {
    handle(request: FakeRequest, auth: TokenInfo | null): FakeResponse {
      const checked = check(oas, current, request, auth);
      if ('status' in checked) {
        const operation = oas.find(request.method, request.path)?.operation;
        return respond(checked, operation?.route ?? null, (json) => validateAgainst(operation, checked.status, json));
      }
      const { operation } = checked;
      const handler = HANDLERS[operation.route];
      let reply: Reply;
      try {
        reply = handler
          ? handler({ ...checked, world: current, options })
          : errorReply(501, 'INTERNAL_SERVER_ERROR', `The fake Zoho does not implement ${operation.route}.`);
      } catch (error) {
        // A bug in the fake, not a Desk behaviour: answer like Desk's 500 and make the tests see it.
        validationErrors.push(`${operation.route} threw: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
        reply = errorReply(500, 'INTERNAL_SERVER_ERROR', MESSAGES.internal);
      }
      return respond(reply, operation.route, (json) => {
        // The bare-array badges shape is the spec's example, not its schema: check the items inside `data`.
        const shaped = operation.route === 'GET /api/v1/users/{userId}/badges' && Array.isArray(json) ? { data: json } : json;
        return validateAgainst(operation, reply.status, shaped);
      });
    },
    routeOf(method: string, path: string): string | null {
      return oas.find(method, path)?.operation.route ?? null;
    },
    snapshot() {
      return {
        orgs: current.orgs.map((org) => ({
          id: org.id,
          portalName: org.portalName,
          contacts: org.contacts,
          memberships: org.memberships,
          userBadges: org.userBadges,
          userLabels: org.userLabels,
          userGroups: org.userGroups,
        })),
      };
    },
    reset() {
      const fresh = structuredClone(initial);
      current.agents = fresh.agents;
      current.orgs = fresh.orgs;
      options.badgesShape = 'data';
      validationErrors = [];
    },
    setBadgesShape(shape) {
      options.badgesShape = shape;
    },
    responseValidationErrors() {
      return [...validationErrors];
    },
    world() {
      return current;
    },
  };

  function validateAgainst(operation: SpecOperation | undefined, status: number, json: unknown): string[] {
    const schema = operation?.responses.get(String(status)) ?? operation?.responses.get('default');
    if (!schema) return [];
    return oas.validate(schema, json).map((issue) => `${issue.pointer} ${issue.message}`);
  }
}
