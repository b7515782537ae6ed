import { fetchSender } from './fetch.js';
import { nodeSender } from './node.js';
import type { Sender } from './types.js';

/**
 * The sender a client uses without a `fetch` option, as resolved by the `node` condition of `#sender` (package.json
 * `imports`): `node:http` keep-alive in Node. Deno and Bun match `node` too (dist/node.js); they get `fetch` here.
 */
export function defaultSender(): Sender {
  return nodeSender() ?? fetchSender((input, init) => globalThis.fetch(input, init));
}
