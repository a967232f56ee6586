import { constants, type Http2ServerRequest, type Http2ServerResponse } from 'node:http2';
import type { IncomingMessage, ServerResponse } from 'node:http';

// Zoho's hosts speak HTTP/2 to browsers, and so does the fake: a browser then sends all of a view's concurrent calls
// over one connection, where HTTP/1.1 would hold every call past the sixth to one host until a connection is free.
// Node's own HTTPS clients (the tests' control calls) still speak HTTP/1.1. What differs between the two lives here.

export type FakeHttpRequest = IncomingMessage | Http2ServerRequest;
export type FakeHttpResponse = ServerResponse | Http2ServerResponse;

const isHttp2 = (message: FakeHttpRequest | FakeHttpResponse): message is Http2ServerRequest | Http2ServerResponse =>
  'stream' in message && message.stream !== undefined;

/** The host the request names: HTTP/2 carries it as `:authority`, HTTP/1.1 as Host. */
export function requestHost(req: FakeHttpRequest): string | undefined {
  return req.headers.host ?? (req.headers[':authority'] as string | undefined);
}

/** The request's headers, without HTTP/2's pseudo-headers (`:method`, `:path`…), each as one string. */
export function requestHeaders(req: FakeHttpRequest): Record<string, string | undefined> {
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (!name.startsWith(':')) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  if (headers.host === undefined) headers.host = requestHost(req);
  return headers;
}

/**
 * Cuts the exchange off without an answer, as a dropped connection does: on HTTP/2 only this request's stream,
 * since the connection carries the others too.
 */
export function cutOff(message: FakeHttpRequest | FakeHttpResponse): void {
  if (isHttp2(message)) message.stream.close(constants.NGHTTP2_INTERNAL_ERROR);
  else message.socket?.destroy();
}

/** The client went away (or the exchange was cut off): nothing can be sent any more. */
export function isGone(res: FakeHttpResponse): boolean {
  return isHttp2(res) ? res.stream.destroyed || res.stream.closed : res.destroyed;
}
