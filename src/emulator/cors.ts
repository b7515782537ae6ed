import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError } from './errors.js';

/** Browser apps served from this machine, on any port. */
export const LOCAL_ORIGINS: readonly string[] = ['http://localhost:*', 'http://127.0.0.1:*', 'http://[::1]:*'];

/** What a signed or token request sends beyond the CORS-safelisted headers. */
const REQUEST_HEADERS = ['Authorization', 'Content-Type', 'X-Sdk-Date', 'X-Sdk-Content-Sha256', 'X-Domain-Id', 'X-Security-Token', 'X-Auth-Token'];
/** What a caller's code needs to read: the id to quote to support, and how long to back off after a 429. */
const EXPOSED_HEADERS = ['X-Request-Id', 'Retry-After'];
const METHODS = ['GET', 'POST', 'PUT', 'DELETE'];
/** How long a browser may reuse a preflight's answer, in seconds. */
const MAX_AGE = '600';

/**
 * Which browser origins may call the emulator. Patterns are exact origins (`https://app.example.com`), an origin
 * with any port (`http://localhost:*`), or `*` for every origin.
 */
export class Cors {
  readonly #patterns: readonly string[];

  constructor(patterns: readonly string[] = LOCAL_ORIGINS) {
    for (const pattern of patterns) {
      if (pattern !== '*' && !/^https?:\/\/[^/\s]+$/.test(pattern)) {
        throw new Error(`The CORS origin ${JSON.stringify(pattern)} is not an origin: use scheme://host[:port], scheme://host:* for any port, or *.`);
      }
    }
    this.#patterns = patterns;
  }

  allows(origin: string): boolean {
    return this.#patterns.some((pattern) => {
      if (pattern === '*' || pattern === origin) return true;
      if (!pattern.endsWith(':*')) return false;
      const base = pattern.slice(0, -2);
      // A default port leaves the origin without one, so `http://localhost` matches `http://localhost:*` too.
      return origin === base || (origin.startsWith(`${base}:`) && /^\d+$/.test(origin.slice(base.length + 1)));
    });
  }

  /** Sets the headers that let a browser page of an allowed origin read this answer (errors included). */
  decorate(req: IncomingMessage, res: ServerResponse): void {
    const origin = req.headers.origin;
    res.setHeader('Vary', 'Origin');
    if (origin === undefined || !this.allows(origin)) return;
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Expose-Headers', EXPOSED_HEADERS.join(', '));
  }

  /** A browser asking whether it may send a request: an OPTIONS with `Origin` and `Access-Control-Request-Method`. */
  static isPreflight(req: IncomingMessage): boolean {
    return req.method === 'OPTIONS' && req.headers.origin !== undefined && req.headers['access-control-request-method'] !== undefined;
  }

  /** Answers a preflight: 204 with what may be sent, or 403 when the origin is not allowed. */
  preflight(req: IncomingMessage, res: ServerResponse): void {
    const origin = req.headers.origin as string;
    if (!this.allows(origin)) {
      throw new ApiError(
        403,
        'APIGW.0201',
        `CORS: the origin ${origin} may not call this emulator; allow it with --cors-origin ${origin} (the corsOrigins option).`,
      );
    }
    // Exposed headers concern answers a page reads; a preflight has none.
    res.removeHeader('Access-Control-Expose-Headers');
    res.writeHead(204, {
      'Access-Control-Allow-Origin': origin,
      'Access-Control-Allow-Methods': METHODS.join(', '),
      'Access-Control-Allow-Headers': REQUEST_HEADERS.join(', '),
      'Access-Control-Max-Age': MAX_AGE,
    });
    res.end();
  }
}
