import { randomUUID } from 'node:crypto';
import { STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { ApiError, invalidParameter } from './errors.js';

// The HTTP plumbing under the emulator: answers, bodies, request targets, and the requests Node cannot even parse.

const JSON_TYPE = 'application/json;charset=UTF-8';

export const newRequestId = (): string => randomUUID().replace(/-/g, '');

export function send(res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}): void {
  if (body === undefined) {
    res.writeHead(status, headers);
    res.end();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': JSON_TYPE, 'Content-Length': String(Buffer.byteLength(text)), ...headers });
  res.end(text);
}

export function sendError(res: ServerResponse, requestId: string, error: ApiError): void {
  send(res, error.status, { error_code: error.code, error_msg: error.message, request_id: requestId }, error.headers);
}

/** The client went away before its request was complete: nobody is left to answer, and nothing is worth logging. */
export class ClientGone extends Error {
  constructor() {
    super('The client closed the connection before the request was complete.');
  }
}

/**
 * Reads the body up to `limit` bytes. Past the limit the rest is drained unread (so the client still sees the
 * 413 instead of a reset connection), and a sender that keeps going far beyond it is cut off.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    const chunks: Buffer[] = [];
    let size = 0;
    let ended = false;
    let tooLarge = Number.isFinite(declared) && declared > limit;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      if (tooLarge) {
        if (size > limit * 16) req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      ended = true;
      if (tooLarge) reject(new ApiError(413, 'APIGW.0201', `Request entity too large: the body exceeds ${limit} bytes.`));
      else resolve(Buffer.concat(chunks));
    });
    // A hang-up shows as 'error' (ECONNRESET, "aborted") or as a bare 'close'; either way the body never completes.
    req.on('error', () => reject(new ClientGone()));
    req.on('close', () => {
      if (!ended) reject(new ClientGone());
    });
  });
}

/**
 * The path and query of a request target. Origin form (`/path?query`) is what clients send; proxies may send the
 * absolute form (`http://host/path`). Anything else (`*` outside OPTIONS, a bare word, an unparsable URL) is a 400.
 */
export function splitTarget(target: string): { rawPath: string; rawQuery: string } {
  let pathAndQuery = target;
  if (!target.startsWith('/')) {
    const url = URL.canParse(target) ? new URL(target) : undefined;
    if (url?.protocol !== 'http:' && url?.protocol !== 'https:') {
      throw new ApiError(400, 'APIGW.0201', `Bad request target ${JSON.stringify(target.slice(0, 100))}: send a path such as /v3/{domain_id}/ccaas/cloud-connections.`);
    }
    pathAndQuery = url.pathname + url.search;
  }
  const mark = pathAndQuery.indexOf('?');
  return mark < 0 ? { rawPath: pathAndQuery, rawQuery: '' } : { rawPath: pathAndQuery.slice(0, mark), rawQuery: pathAndQuery.slice(mark + 1) };
}

export function decode(text: string, where: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    throw invalidParameter(`The ${where} contains a malformed percent-escape: ${JSON.stringify(text)}.`);
  }
}

/** Query values by name, each a list (`?id=a&id=b`); `+` stays a plus, as the signer reads it. */
export function parseQuery(rawQuery: string): Map<string, string[]> {
  const values = new Map<string, string[]>();
  for (const part of rawQuery.split('&')) {
    if (part === '') continue;
    const equals = part.indexOf('=');
    const name = decode(equals < 0 ? part : part.slice(0, equals), 'query string');
    const value = equals < 0 ? '' : decode(part.slice(equals + 1), 'query string');
    values.set(name, [...(values.get(name) ?? []), value]);
  }
  return values;
}

export function isJsonType(contentType: string | undefined): boolean {
  return contentType === undefined || /^application\/([\w.+-]*\+)?json\s*(;|$)/i.test(contentType.trim());
}

/** Writes a complete Huawei-style error straight to a socket that has no `ServerResponse` (parse errors, CONNECT). */
export function answerOnSocket(socket: Duplex, status: number, message: string, extra: Record<string, string> = {}): void {
  const requestId = newRequestId();
  const body = JSON.stringify({ error_code: 'APIGW.0201', error_msg: message, request_id: requestId });
  const headers = { 'Content-Type': JSON_TYPE, 'Content-Length': String(Buffer.byteLength(body)), 'X-Request-Id': requestId, Connection: 'close', ...extra };
  const head = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`).join('');
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\n${head}\r\n${body}`);
}

/** Why Node's parser refused a request, as the status and message the gateway would give. */
function describeParseError(code: string | undefined): { status: number; message: string } {
  switch (code) {
    case 'HPE_HEADER_OVERFLOW':
      return { status: 431, message: 'Request headers too large: shorten the request target or the headers.' };
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return { status: 408, message: 'Request timeout: the request was not complete in time.' };
    case 'HPE_INVALID_METHOD':
      return { status: 400, message: 'Bad request: the method is not an HTTP method; use GET, POST, PUT or DELETE.' };
    case 'HPE_INVALID_URL':
      return { status: 400, message: 'Bad request: the request target is not a valid URL path.' };
    default:
      return { status: 400, message: `Bad request: the request is not valid HTTP/1.1 (${code ?? 'unparsable'}).` };
  }
}

/**
 * The server's `clientError` handler. A reset connection is a client hanging up: close quietly. A request Node
 * could not parse gets a 4xx error body, unless an answer on that connection has already begun (then only closing
 * is safe).
 */
export function onClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  // `_httpMessage` is the answer Node is writing on this socket, if any; its own default handler checks it too.
  const answering = (socket as Duplex & { _httpMessage?: ServerResponse })._httpMessage?.headersSent === true;
  if (error.code === 'ECONNRESET' || !socket.writable || answering) {
    socket.destroy();
    return;
  }
  const { status, message } = describeParseError(error.code);
  answerOnSocket(socket, status, message);
}
