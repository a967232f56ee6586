import http2 from 'node:http2';
import type { Socket } from 'node:net';
import { AccountsServer } from './accounts/index';
import { agentPage } from './agent-page/index';
import { Clock } from './clock';
import { createControl, handleControlRequest, type FakeZohoControl } from './control';
import { createDeskApi } from './desk/index';
import { cutOff, isGone, requestHeaders, requestHost, type FakeHttpRequest, type FakeHttpResponse } from './exchange';
import { ConcurrencyLimits, FaultPlan, faultResponse } from './faults';
import { classifyHost, hostResolverRules, hostWithoutPort, type DeskDomains, type HostTarget } from './hosts';
import { htmlResponse, jsonResponse } from './html';
import { RequestLog } from './request-log';
import { certificate } from './tls';
import type { DeskApi, FakeRequest, FakeResponse, TokenInfo } from './types';
import { loadWorld } from './worlds/index';

export type { FakeZohoControl } from './control';
export type { FaultKind, FaultSpec } from './faults';
export type { LogEntry } from './request-log';

export type World = Awaited<ReturnType<typeof loadWorld>>;

export interface FakeZohoOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** A world name for loadWorld; its default world when absent. */
  world?: string;
  /** Latency of every route without its own setting. */
  latencyMs?: number;
  /** Default true: no line per request on stdout. Exceptions are always printed. */
  quiet?: boolean;
  /** Desk's domain mapping: host names (support.example.com) that serve the agent pages of a data center's portals. */
  domains?: DeskDomains;
}

export interface FakeZoho {
  port: number;
  /** https://127.0.0.1:<port>, where the control API lives. */
  origin: string;
  /** For Chromium's --host-resolver-rules: every Desk and accounts host → the fake. */
  hostResolverRules: string;
  /** The mapped host names it serves agent pages on besides Zoho's (FakeZohoOptions.domains). */
  domains: readonly string[];
  control: FakeZohoControl;
  /** The world the fake serves (read it for ids and emails; change state through the API or control). */
  world: World;
  close(): Promise<void>;
}

const AGENT_ROUTE = 'GET /agent/*';

/** Starts one HTTPS server on 127.0.0.1 that plays every Zoho host, told apart by the Host header. */
export async function startFakeZoho(options: FakeZohoOptions = {}): Promise<FakeZoho> {
  const world = await loadWorld(options.world);
  const deskApi: DeskApi = createDeskApi(world);
  const clock = new Clock();
  const accounts = new AccountsServer(world, clock);
  const defaultLatencyMs = options.latencyMs ?? 0;
  const faults = new FaultPlan(defaultLatencyMs);
  const concurrency = new ConcurrencyLimits();
  const log = new RequestLog();
  const quiet = options.quiet ?? true;
  const domains: DeskDomains = options.domains ?? {};
  const sockets = new Set<Socket>();
  const hanging = new Set<FakeHttpResponse>();

  const releaseHanging = () => {
    for (const res of hanging) cutOff(res);
    hanging.clear();
  };
  const control = createControl({ deskApi, accounts, faults, concurrency, log, clock, defaultLatencyMs, releaseHanging });

  const tokenInfo = (authorization: string | undefined): TokenInfo | null => {
    const token = /^Zoho-oauthtoken\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
    return token ? accounts.tokens.lookup(token) : null;
  };

  const routeOf = (target: HostTarget, method: string, path: string): string => {
    if (target.kind === 'accounts') return accounts.routeOf(method, path);
    if (target.kind === 'desk' && path.startsWith('/api/v1/')) return deskApi.routeOf(method, path) ?? `${method} ${path}`;
    if (method === 'GET' && (path === '/agent' || path.startsWith('/agent/'))) return AGENT_ROUTE;
    return `${method} ${path}`;
  };

  const dispatch = (target: HostTarget, request: FakeRequest): FakeResponse => {
    if (target.kind === 'accounts') return accounts.handle(request, target.dataCenter);
    if (target.kind !== 'desk' && target.kind !== 'domain') return htmlResponse(404, 'Not found', '<h1>Not found</h1>');
    if (target.kind === 'desk' && request.path.startsWith('/api/v1/')) return deskApi.handle(request, tokenInfo(request.headers.authorization));
    if (request.method === 'GET' && (request.path === '/agent' || request.path.startsWith('/agent/'))) {
      return agentPage(world, target.dataCenter, request.path);
    }
    return htmlResponse(404, 'Not found', '<h1>Not found</h1>');
  };

  /** Zoho's own answer to a request; a bug in the fake is a 500 with a pointer to its console, not a crash. */
  const answer = (target: HostTarget, request: FakeRequest): FakeResponse => {
    try {
      return dispatch(target, request);
    } catch (error) {
      console.error(`fake-zoho: ${request.method} ${request.host}${request.path} threw`, error);
      return jsonResponse(500, { errorCode: 'INTERNAL_SERVER_ERROR', message: 'The fake threw; see its console.' });
    }
  };

  const handle = async (req: FakeHttpRequest, res: FakeHttpResponse) => {
    const started = Date.now();
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', 'https://fake.invalid');
    const headers = requestHeaders(req);
    const request: FakeRequest = {
      method: (req.method ?? 'GET').toUpperCase(),
      host: hostWithoutPort(requestHost(req)),
      path: url.pathname,
      query: url.searchParams,
      headers,
      body: Buffer.concat(chunks).toString('utf8'),
    };
    const target = classifyHost(request.host, domains);
    if (target.kind === 'control') return send(res, await handleControlRequest(control, request));
    if (target.kind === 'unknown') {
      return send(res, { status: 421, headers: { 'content-type': 'text/plain' }, body: `${request.host} is not a Zoho host the fake plays` });
    }

    const route = routeOf(target, request.method, request.path);
    const entry = log.start({ host: request.host, method: request.method, path: request.path, query: url.search.slice(1), headers, body: request.body, route });
    const finish = (status: number | 'hang' | 'reset', fault?: string) => {
      entry.status = status;
      if (fault) entry.fault = fault;
      entry.durationMs = Date.now() - started;
      if (!quiet) console.log(`${status} ${request.method} https://${request.host}${request.path}${url.search}${fault ? ` (fault ${fault})` : ''}`);
    };

    if (request.method === 'OPTIONS') {
      // Desk calls come from the extension's service worker with host permissions; a preflight is still answered.
      send(res, {
        status: 204,
        headers: {
          'access-control-allow-origin': headers.origin ?? '*',
          'access-control-allow-methods': 'GET, POST, PATCH, PUT, DELETE, OPTIONS',
          'access-control-allow-headers': 'authorization, orgid, content-type',
          'access-control-max-age': '600',
        },
      });
      return finish(204);
    }

    // Counted from arrival to answer, as Zoho counts an org's concurrent calls; a call past the limit does nothing.
    const orgId = target.kind === 'desk' && request.path.startsWith('/api/v1/') ? (headers.orgid ?? url.searchParams.get('orgId')) : undefined;
    const release = orgId ? concurrency.admit(orgId) : () => {};
    if (!release) {
      const limited = faultResponse({ route, kind: 429 });
      send(res, limited);
      return finish(limited.status, 'concurrency');
    }
    res.on('close', release);

    const delay = faults.latencyOf(route);
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    if (isGone(res)) return finish('reset');

    const fault = faults.take(route);
    if (fault?.kind === 'hang' || fault?.kind === 'lost-answer') {
      if (fault.kind === 'lost-answer') entry.outcome = answer(target, request).status;
      hanging.add(res);
      res.on('close', () => hanging.delete(res));
      return finish('hang', fault.kind);
    }
    if (fault?.kind === 'reset') {
      cutOff(req);
      return finish('reset', 'reset');
    }
    const response = fault ? faultResponse(fault) : answer(target, request);
    send(res, response);
    finish(response.status, fault ? String(fault.kind) : undefined);
  };

  const { key, cert } = await certificate(Object.keys(domains));
  const server = http2.createSecureServer({ key, cert, allowHTTP1: true }, (req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('fake-zoho: request failed', error);
      if (!res.headersSent) send(res, jsonResponse(500, { errorCode: 'INTERNAL_SERVER_ERROR', message: String(error) }));
    });
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  // A client that gives up mid-handshake (Chromium does, often) is not the fake's problem.
  server.on('tlsClientError', () => {});

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('fake-zoho: the server has no TCP address');
  const port = address.port;

  let closing: Promise<void> | undefined;
  return {
    port,
    origin: `https://127.0.0.1:${port}`,
    hostResolverRules: hostResolverRules(port, Object.keys(domains)),
    domains: Object.keys(domains),
    control,
    world,
    close() {
      closing ??= new Promise<void>((resolve) => {
        releaseHanging();
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      });
      return closing;
    },
  };
}

function send(res: FakeHttpResponse, response: FakeResponse): void {
  if (isGone(res) || res.writableEnded) return;
  const headers: Record<string, string> = { ...response.headers };
  const hasType = Object.keys(headers).some((name) => name.toLowerCase() === 'content-type');
  if (response.body !== undefined && response.body !== '' && !hasType) headers['content-type'] = 'application/json;charset=UTF-8';
  res.writeHead(response.status, headers);
  const body = response.status === 204 || response.status === 304 ? undefined : response.body;
  if (body === undefined) res.end();
  else res.end(body);
}
