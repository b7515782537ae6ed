const UNRESERVED = /[A-Za-z0-9\-_.~]/;
const ALL_UNRESERVED = /^[A-Za-z0-9\-_.~]*$/;
const utf8 = new TextEncoder();

/**
 * Percent-encodes a string with the RFC 3986 unreserved set, the encoding Huawei's gateway uses for
 * canonical URIs and query strings (unlike `encodeURIComponent`, it also encodes `!'()*`).
 */
export function encodeRfc3986(value: string): string {
  // Ids and names are usually plain already; checking once is much cheaper than testing every character.
  if (ALL_UNRESERVED.test(value)) return value;
  let out = '';
  for (const char of value) {
    if (UNRESERVED.test(char)) {
      out += char;
    } else {
      for (const byte of utf8.encode(char)) out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    }
  }
  return out;
}

/**
 * Encodes one path parameter as a single path segment. `.` and `..` are refused because URL parsers
 * collapse them (even percent-encoded), which would silently address a different resource.
 */
export function encodePathSegment(name: string, value: unknown): string {
  const text = String(value);
  if (text === '' || text === '.' || text === '..') {
    throw new TypeError(
      `Path parameter "${name}" is ${JSON.stringify(text)}: an empty, "." or ".." value would change the request path. Pass the resource's real id.`,
    );
  }
  return encodeRfc3986(text);
}

const PATH_TEMPLATE = /\{([^{}]+)\}/g;

/** openapi-fetch `pathSerializer`: fills `{name}` templates, each value encoded as one segment. */
export function serializePath(pathname: string, pathParams: Record<string, unknown>): string {
  return pathname.replace(PATH_TEMPLATE, (template, name: string) => {
    const value = pathParams[name];
    if (value === undefined || value === null) return template;
    return encodePathSegment(name, value);
  });
}
