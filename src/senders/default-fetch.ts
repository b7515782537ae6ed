import { fetchSender } from './fetch.js';
import type { Sender } from './types.js';

/**
 * The sender a client uses without a `fetch` option in browsers and edge runtimes (`#sender` without the `node`
 * condition): the global `fetch`, looked up at each call so that a page or test may replace it. This module is what
 * keeps the Node sender, and any trace of `node:http`, out of browser bundles.
 */
export function defaultSender(): Sender {
  return fetchSender((input, init) => globalThis.fetch(input, init));
}
