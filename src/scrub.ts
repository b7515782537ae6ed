import { isTokenCredentials, type Credentials } from './auth/credentials.js';

export const REDACTED = '[redacted]';
/** Shorter values would blank ordinary words out of messages; real keys and tokens are far longer. */
const MIN_SECRET_LENGTH = 4;

/**
 * Removes the client's credentials (access key, secret key, security token, IAM token) from text that came from the
 * server, which may echo a request header back, before the text reaches an error or a log event. Each secret is
 * also looked for percent-encoded and JSON-escaped, the forms an echo is likely to take.
 */
export function scrubberFor(credentials: Credentials): (text: string) => string {
  const values = isTokenCredentials(credentials) ? [credentials.token] : [credentials.accessKey, credentials.secretKey, credentials.securityToken];
  const secrets = new Set<string>();
  for (const value of values) {
    if (value === undefined || value.length < MIN_SECRET_LENGTH) continue;
    secrets.add(value);
    secrets.add(encodeURIComponent(value));
    secrets.add(JSON.stringify(value).slice(1, -1));
  }
  // Longest first, so a secret that contains another is removed whole.
  const ordered = [...secrets].sort((a, b) => b.length - a.length);
  return (text) => {
    for (const secret of ordered) if (text.includes(secret)) text = text.split(secret).join(REDACTED);
    return text;
  };
}
