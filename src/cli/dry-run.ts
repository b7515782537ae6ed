/** What `--dry-run` prints: the signed request as it would leave, with every secret replaced. */
export interface CapturedRequest {
  method: string;
  url: string;
  headers: [string, string][];
  body: string;
}

const SECRET_HEADERS = new Set(['x-auth-token', 'x-security-token']);
const REDACTED = '[redacted]';

/** Keeps the access key and signed header list of `Authorization` (they identify, not authorise) and hides the signature. */
export function redactHeader(name: string, value: string): string {
  const lower = name.toLowerCase();
  if (SECRET_HEADERS.has(lower)) return REDACTED;
  if (lower === 'authorization') return value.replace(/Signature=[^,\s]+/, `Signature=${REDACTED}`);
  return value;
}

/** A stand-in for fetch that records the request instead of sending it. */
export class CaptureFetch {
  captured: CapturedRequest | undefined;
  readonly fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    this.captured = {
      method: request.method,
      url: request.url,
      headers: [...request.headers].map(([name, value]) => [name, redactHeader(name, value)]),
      body: request.body ? await request.text() : '',
    };
    throw new DryRunStop();
  };
}

/** Thrown by CaptureFetch so the client gives up at once; never reaches the user. */
export class DryRunStop extends Error {
  override name = 'DryRunStop';
}

const shellQuote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

export function formatDryRun(request: CapturedRequest): string {
  const headers = request.headers.map(([name, value]) => `${name}: ${value}`);
  const curl = [
    `curl -X ${request.method} ${shellQuote(request.url)}`,
    ...request.headers.filter(([name]) => name !== 'content-length').map(([name, value]) => `  -H ${shellQuote(`${name}: ${value}`)}`),
    ...(request.body ? [`  --data ${shellQuote(request.body)}`] : []),
  ].join(' \\\n');
  return [
    `${request.method} ${request.url}`,
    ...headers,
    '',
    request.body || '(no body)',
    '',
    '# The same request with curl (the signature is redacted: sign it again or use the CLI):',
    curl,
  ].join('\n');
}
