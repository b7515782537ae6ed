/** `UpdateCloudConnection` → `updateCloudConnection`; `CreateP2PSiteNetwork` → `createP2PSiteNetwork`. */
export function methodNameOf(operationId: string): string {
  return operationId.charAt(0).toLowerCase() + operationId.slice(1);
}

/**
 * The anchor GitHub gives a Markdown heading: lower case, punctuation dropped, spaces to hyphens.
 * `Cloud Connections` → `cloud-connections`; `Site-to-site Connection Management` → `site-to-site-connection-management`.
 */
export function githubAnchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** A property key as TypeScript needs it: bare when it is an identifier, quoted otherwise. */
export function tsPropertyKey(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : JSON.stringify(name);
}
