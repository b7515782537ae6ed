import { open, readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';

export type Item = Record<string, unknown>;

/** A state change the emulator carries out later, as Huawei does for 202 answers. */
export interface Pending {
  /** Epoch milliseconds when it happens. */
  at: number;
  /** Remove the record (after DELETING), or move its state field to `to`. */
  remove?: boolean;
  field?: string;
  to?: string;
  /** Set when the change is to an item kept inside this record's array `field` (a site network's connections). */
  embedded?: { field: string; id: string };
}

export interface StoredRecord {
  id: string;
  /** Creation order; list order and markers rest on it. */
  seq: number;
  domainId: string;
  /** Ids of the resources the record is nested under, by path parameter name. */
  parents: Record<string, string>;
  /** The resource as the API shows it. */
  item: Item;
  pending?: Pending[];
}

const FORMAT = 'cloud-connect-emulator/1';

interface DataFile {
  format: typeof FORMAT;
  seq: number;
  collections: Record<string, StoredRecord[]>;
}

/**
 * In-memory state, optionally persisted as one JSON file. Every mutation happens synchronously inside a request
 * handler, so no two handlers interleave; writes to disk are debounced, serialised and atomic (temporary file,
 * fsync, rename), so a crash leaves either the previous or the next complete file.
 */
export class Store {
  #seq = 0;
  readonly #collections = new Map<string, StoredRecord[]>();
  readonly #file: string | undefined;
  readonly #flushDelayMs: number;
  #dirty = false;
  #timer: NodeJS.Timeout | undefined;
  #writing: Promise<void> | undefined;
  #tmpCounter = 0;
  readonly #onError: (error: unknown) => void;

  private constructor(file: string | undefined, flushDelayMs: number, onError: (error: unknown) => void) {
    this.#file = file;
    this.#flushDelayMs = flushDelayMs;
    this.#onError = onError;
  }

  /** Opens a store, loading `file` when it exists. A file that is not ours is refused rather than overwritten. */
  static async open(options: { file?: string; flushDelayMs?: number; onError?: (error: unknown) => void } = {}): Promise<Store> {
    const store = new Store(options.file, options.flushDelayMs ?? 100, options.onError ?? (() => {}));
    if (options.file !== undefined) {
      await removeStaleTemporaries(options.file);
      const data = await readDataFile(options.file);
      if (data) {
        store.#seq = data.seq;
        for (const [key, records] of Object.entries(data.collections)) store.#collections.set(key, records);
      }
    }
    return store;
  }

  nextSeq(): number {
    return ++this.#seq;
  }

  /** The collection's records in creation order; the array is live, so callers must not mutate it. */
  records(collection: string): readonly StoredRecord[] {
    return this.#collections.get(collection) ?? [];
  }

  collectionKeys(): string[] {
    return [...this.#collections.keys()];
  }

  insert(collection: string, record: StoredRecord): void {
    const list = this.#collections.get(collection) ?? [];
    list.push(record);
    this.#collections.set(collection, list);
    this.changed();
  }

  remove(collection: string, id: string): void {
    const list = this.#collections.get(collection);
    const index = list?.findIndex((record) => record.id === id) ?? -1;
    if (list && index >= 0) {
      list.splice(index, 1);
      this.changed();
    }
  }

  /** Marks the state as modified and schedules a flush. */
  changed(): void {
    this.#dirty = true;
    if (this.#file === undefined || this.#timer !== undefined) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.flush().catch(this.#onError);
    }, this.#flushDelayMs);
  }

  /** Writes the current state if it changed since the last write; resolves once it is on disk. */
  async flush(): Promise<void> {
    if (this.#file === undefined) return;
    if (this.#timer !== undefined) {
      clearTimeout(this.#timer);
      this.#timer = undefined;
    }
    // One write at a time: a later flush waits, then writes whatever changed meanwhile.
    while (this.#writing) await this.#writing.catch(() => {});
    if (!this.#dirty) return;
    this.#dirty = false;
    const data: DataFile = { format: FORMAT, seq: this.#seq, collections: Object.fromEntries(this.#collections) };
    const text = JSON.stringify(data);
    this.#writing = writeAtomically(this.#file, text, ++this.#tmpCounter).catch((error: unknown) => {
      this.#dirty = true;
      throw error;
    });
    try {
      await this.#writing;
    } finally {
      this.#writing = undefined;
    }
  }
}

/** Temporary files of writes a crash interrupted; the data file itself is always the last complete write. */
async function removeStaleTemporaries(file: string): Promise<void> {
  const dir = path.dirname(file);
  const prefix = `${path.basename(file)}.`;
  const names = await readdir(dir).catch(() => [] as string[]);
  await Promise.all(names.filter((name) => name.startsWith(prefix) && name.endsWith('.tmp')).map((name) => rm(path.join(dir, name), { force: true })));
}

async function readDataFile(file: string): Promise<DataFile | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  let data: Partial<DataFile>;
  try {
    data = JSON.parse(text) as Partial<DataFile>;
  } catch (error) {
    throw new Error(`${file} is not valid JSON (${(error as Error).message}); move it away or pass another data file.`);
  }
  if (data?.format !== FORMAT || typeof data.seq !== 'number' || typeof data.collections !== 'object' || data.collections === null) {
    throw new Error(`${file} is not a Cloud Connect emulator data file (expected "format": "${FORMAT}"); move it away or pass another data file.`);
  }
  return data as DataFile;
}

async function writeAtomically(file: string, text: string, counter: number): Promise<void> {
  const tmp = `${file}.${process.pid}.${counter}.tmp`;
  try {
    const handle = await open(tmp, 'w');
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, file);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
  // The rename is only durable once the directory entry is; some platforms cannot open a directory, which is fine.
  try {
    const dir = await open(path.dirname(file), 'r');
    try {
      await dir.sync();
    } finally {
      await dir.close();
    }
  } catch {
    // Best effort: the data itself is already synced.
  }
}
