/** One request as plain strings: what the client builds and signs, and what a sender puts on the wire. */
export interface Outgoing {
  method: string;
  /** Absolute URL. */
  url: string;
  /** Header names in lower case; a sender may add to it (e.g. `content-length`). */
  headers: Record<string, string>;
  body?: string;
}

/** A complete answer: the body is read to the end before a sender resolves, so timeouts and signals cover it too. */
export interface Answer {
  status: number;
  /** A header's value by lower-case name, or null. */
  header(name: string): string | null;
  /** Every header, for rebuilding a `Response`. */
  headerList(): [string, string][];
  body: string;
}

/** A request in flight; `cancel` stops it (the socket or fetch is dropped) after the caller gave up on it. */
export interface Sending {
  answer: Promise<Answer>;
  cancel(reason: unknown): void;
}

export type Sender = (request: Outgoing) => Sending;
