import type { Middleware } from 'openapi-fetch';
import { checkDomainId, createCredentials, isTokenCredentials, type Credentials } from './credentials.js';
import { describeClockSkew, parseSdkDate, sign } from './signer.js';

/**
 * A `Request` that remembers the string body it was built with, so the signer hashes exactly those bytes without
 * cloning and re-reading the stream. The memory is per object, so it stays right with any number of requests in
 * flight and whatever middleware runs first. Pass it to openapi-fetch as `createClient({ Request: SignableRequest })`.
 */
export class SignableRequest extends Request {
  readonly #sentBody: string | undefined;

  constructor(input: RequestInfo | URL, init?: RequestInit) {
    super(input, init);
    this.#sentBody = typeof init?.body === 'string' ? init.body : undefined;
  }

  /** The string body `request` was built with, if it is a `SignableRequest` built from one. */
  static bodyOf(request: Request): string | undefined {
    return #sentBody in request ? (request as SignableRequest).#sentBody : undefined;
  }
}

export interface AuthOptions {
  credentials: Credentials;
  /** The account (domain) id; sent, and signed under AK/SK, as `X-Domain-Id`. */
  domainId?: string;
  /** The clock used for `X-Sdk-Date`; defaults to the system clock. */
  now?: () => Date;
}

export type AuthMiddleware = Middleware & {
  /**
   * Authenticates `request` in place and returns it. Under AK/SK each call stamps a fresh `X-Sdk-Date` and replaces
   * the signature, so a retry layer calls it again on every attempt's copy of the request.
   */
  sign(request: Request): Promise<Request>;
};

const clockSkewNotes = new WeakMap<Response, string>();

/**
 * The clock-skew explanation the auth middleware attached to a 401 response, if the gateway's `Date` was more than
 * 15 minutes from the `X-Sdk-Date` that was sent.
 */
export function clockSkewNote(response: Response): string | undefined {
  return clockSkewNotes.get(response);
}

/** Adds the authentication headers the Cloud Connect gateway expects to every request. */
export function createAuthMiddleware({ credentials: input, domainId, now = () => new Date() }: AuthOptions): AuthMiddleware {
  // A private, validated copy: later changes to the caller's object cannot desynchronise the cached HMAC key.
  const credentials = createCredentials(input);
  const domain = domainId === undefined ? undefined : checkDomainId(domainId);

  async function signRequest(request: Request): Promise<Request> {
    if (isTokenCredentials(credentials)) {
      if (domain !== undefined) request.headers.set('X-Domain-Id', domain);
      request.headers.set('X-Auth-Token', credentials.token);
      return request;
    }
    const body =
      SignableRequest.bodyOf(request) ?? (request.body === null ? null : new Uint8Array(await request.clone().arrayBuffer()));
    const signed = await sign(
      { method: request.method, url: request.url, headers: request.headers, body },
      { credentials, domainId: domain, date: now() },
    );
    for (const [name, value] of Object.entries(signed.headers)) request.headers.set(name, value);
    return request;
  }

  return {
    sign: signRequest,
    onRequest: ({ request }) => signRequest(request),
    onResponse({ request, response }) {
      // Only a signed request can be refused for its date; the date it carried is what the gateway compared.
      const sentAt = parseSdkDate(request.headers.get('X-Sdk-Date') ?? '');
      const note = sentAt === undefined ? undefined : describeClockSkew(response, sentAt);
      if (note !== undefined) clockSkewNotes.set(response, note);
    },
  };
}
