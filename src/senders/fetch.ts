import type { Answer, Sender } from './types.js';

/** Sends with a `fetch` implementation: the global one in browsers and edge runtimes, or the caller's. */
export function fetchSender(fetchImpl: typeof globalThis.fetch): Sender {
  return (request) => {
    const controller = new AbortController();
    const answer = (async (): Promise<Answer> => {
      const response = await fetchImpl(request.url, { method: request.method, headers: request.headers, body: request.body, signal: controller.signal });
      const body = await response.text();
      return {
        status: response.status,
        header: (name) => response.headers.get(name),
        headerList: () => [...response.headers],
        body,
      };
    })();
    return { answer, cancel: (reason) => controller.abort(reason) };
  };
}
