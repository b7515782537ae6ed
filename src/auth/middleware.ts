import { checkDomainId, createCredentials, isTokenCredentials, type Credentials } from './credentials.js';
import { parseSdkDate } from './canonical.js';
import { sign } from './signer.js';
import { describeClockSkew } from './verify.js';

/**
 * A `Request` that remembers the string body it was built with, so the signer hashes exactly those bytes without
 * cloning and re-reading the stream. The memory is per object, so it stays right with any number of requests in
 * flight and whatever middleware runs first. Pass it to openapi-fetch as `createClient({ Request: SignableRequest })`;
 * openapi-fetch then accepts only instances of it from middlewares that replace the request.
 */
export interface SignableRequest extends Request {}

interface SignableRequestClass {
  new (input: RequestInfo | URL, init?: RequestInit): SignableRequest;
  /** The string body `request` was built with, if it is a `SignableRequest` built from one. */
  bodyOf(request: Request): string | undefined;
  /**
   * A copy for another attempt. It carries the remembered body, so it works even after the original was sent and
   * its body stream is spent. Without a remembered body it takes over the original's stream, which must be unread.
   */
  copy(request: Request): SignableRequest;
}

function defineSignableRequest(): SignableRequestClass {
  return class SignableRequest extends Request {
    readonly #sentBody: string | undefined;

    constructor(input: RequestInfo | URL, init?: RequestInit) {
      super(input, init);
      const body = init?.body;
      // Built from another request without a new body, this one takes over that request's body stream.
      this.#sentBody = typeof body === 'string' ? body : body === undefined && input instanceof Request ? SignableRequest.bodyOf(input) : undefined;
    }

    static bodyOf(request: Request): string | undefined {
      return #sentBody in request ? (request as SignableRequest).#sentBody : undefined;
    }

    static copy(request: Request): SignableRequest {
      const body = SignableRequest.bodyOf(request);
      return body === undefined ? new SignableRequest(request) : new SignableRequest(request, { body });
    }
  };
}

let signableRequestClass: SignableRequestClass | undefined;
const defined = () => (signableRequestClass ??= defineSignableRequest());

/**
 * Defined on first use: extending `Request` makes Node load its HTTP stack (about 40 ms), which importing the
 * client should not cost before the first call.
 */
export const SignableRequest = new Proxy(function SignableRequest() {} as unknown as SignableRequestClass, {
  construct: (_target, args: [RequestInfo | URL, RequestInit?]) => new (defined())(...args),
  get: (_target, property) => Reflect.get(defined(), property),
});

export interface AuthOptions {
  credentials: Credentials;
  /** The account (domain) id; sent, and signed under AK/SK, as `X-Domain-Id`. */
  domainId?: string;
  /** The clock used for `X-Sdk-Date`; defaults to the system clock. */
  now?: () => Date;
}

/**
 * An openapi-fetch `Middleware` (pass it to `client.use`), whose parts can also be called on their own by a transport
 * that signs each attempt; they only read `request` and `response`.
 */
export interface AuthMiddleware {
  onRequest(params: { request: Request }): Promise<Request>;
  /** Attaches the `clockSkewNote` of a 401 whose gateway `Date` is more than 15 minutes from the `X-Sdk-Date` sent. */
  onResponse(params: { request: Request; response: Response }): void;
  /**
   * Authenticates `request` in place and returns it. Under AK/SK each call stamps a fresh `X-Sdk-Date` and replaces
   * the signature, so a retry layer calls it again on every attempt's copy of the request.
   */
  sign(request: Request): Promise<Request>;
}

const clockSkewNotes = new WeakMap<Response, string>();

/**
 * The clock-skew explanation the auth middleware attached to a 401 response, if the gateway's `Date` was more than
 * 15 minutes from the `X-Sdk-Date` that was sent.
 */
export function clockSkewNote(response: Response): string | undefined {
  return clockSkewNotes.get(response);
}

async function bodyToSign(request: Request): Promise<string | Uint8Array | null> {
  const remembered = SignableRequest.bodyOf(request);
  if (remembered !== undefined || request.body === null) return remembered ?? null;
  if (request.bodyUsed) {
    throw new TypeError(
      'Cannot sign a request whose body was already read: sign before sending, or retry with SignableRequest.copy(request) of a SignableRequest.',
    );
  }
  return new Uint8Array(await request.clone().arrayBuffer());
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
    const signed = await sign(
      { method: request.method, url: request.url, headers: request.headers, body: await bodyToSign(request) },
      { credentials, domainId: domain, date: now() },
    );
    signed.apply(request.headers);
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
