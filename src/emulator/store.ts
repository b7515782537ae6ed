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
  /** A spec example stored by `seed: 'examples'` in a collection the service derives; it stands in for that item. */
  seeded?: boolean;
}

const FORMAT = 'cloud-connect-emulator/1';

interface DataFile {
  format: typeof FORMAT;
  seq: number;
  collections: Record<string, StoredRecord[]>;
}

/**
 * In-memory state, optionally persisted as one JSON file, written through: every mutation happens synchronously
 * inside a request handler (so no two handlers interleave), and the handler then awaits `durable()` before it
 * answers. Each write is atomic (temporary file, fsync, rename, fsync of the folder), so a crash leaves either the
 * previous or the next complete file; writes are serialised, and every request that changed the state while one
 * write was under way is covered by the next one (group commit), so concurrency costs one write per batch.
 */
export class Store {
  #seq = 0;
  readonly #collections = new Map<string, StoredRecord[]>();
  readonly #file: string | undefined;
  /** Bumped by every change; `#savedVersion` is the highest one known to be on disk. */
  #version = 0;
  #savedVersion = 0;
  #writing: Promise<void> | undefined;
  #tmpCounter = 0;

  private constructor(file: string | undefined) {
    this.#file = file;
  }

  /**
   * Opens a store, loading `file` when it exists. A file that is not ours is refused rather than overwritten, and
   * the file is written once before this resolves, so a folder that does not exist or cannot be written stops the
   * start-up instead of failing every write later.
   */
  static async open(options: { file?: string } = {}): Promise<Store> {
    const store = new Store(options.file);
    const file = options.file;
    if (file !== undefined) {
      await removeStaleTemporaries(file);
      const data = await readDataFile(file);
      if (data) {
        store.#seq = data.seq;
        for (const [key, records] of Object.entries(data.collections)) store.#collections.set(key, records);
      }
      store.#version = 1;
      await store.durable().catch((error: unknown) => {
        throw new Error(`Cannot write the data file ${file}: ${(error as Error).message}. Create its folder, make it writable, or pass another data file.`);
      });
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
    this.#changed();
  }

  remove(collection: string, id: string): void {
    const list = this.#collections.get(collection);
    const index = list?.findIndex((record) => record.id === id) ?? -1;
    if (list && index >= 0) {
      list.splice(index, 1);
      this.#changed();
    }
  }

  /**
   * Changes a stored record: `change` mutates it (its item, its pending transitions), and the store records that
   * the state changed, so the next `durable()` writes it before the request is answered.
   */
  update(record: StoredRecord, change: () => void): void {
    change();
    this.#changed();
  }

  #changed(): void {
    this.#version++;
  }

  /** Counts changes, so a caller can tell whether its handler changed anything and must wait for `durable()`. */
  get version(): number {
    return this.#version;
  }

  /**
   * Resolves once every change made before the call is on disk (at once without a file). Rejects when the write
   * fails; the change then stays in memory and the next write tries again.
   */
  async durable(): Promise<void> {
    if (this.#file === undefined) return;
    const wanted = this.#version;
    while (this.#savedVersion < wanted) {
      if (this.#writing) {
        // Another request's write is under way; it may have started before our change, so wait and look again.
        await this.#writing.catch(() => {});
        continue;
      }
      const version = this.#version;
      const data: DataFile = { format: FORMAT, seq: this.#seq, collections: Object.fromEntries(this.#collections) };
      this.#writing = writeAtomically(this.#file, JSON.stringify(data), ++this.#tmpCounter).then(() => {
        this.#savedVersion = Math.max(this.#savedVersion, version);
      });
      try {
        await this.#writing;
      } finally {
        this.#writing = undefined;
      }
    }
  }

  /** Writes whatever is not on disk yet; for `close()`. */
  flush(): Promise<void> {
    return this.durable();
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
