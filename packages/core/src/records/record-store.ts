import { createStore, promisifyRequest } from 'idb-keyval';
import type { UseStore } from 'idb-keyval';
import { canonicalJson } from './canonical-json.js';
import type { JsonValue } from './canonical-json.js';
import type { ConsentRecord, RecordBody } from './consent-record.js';
import { sha256HexSync } from './sha256.js';

/** The IndexedDB database and object store of the records log (a store of our own). */
export const RECORDS_DB = 'consentry-records';
export const RECORDS_STORE = 'log';
/**
 * Web Lock taken around each append, so tabs append one at a time (the transaction alone
 * already guarantees one chain; the lock keeps appends of all tabs in a fair queue).
 */
export const APPEND_LOCK = 'consentry-records-append';
/**
 * How long IndexedDB may take to open (ms). An open can wait for ever: in Chromium, a page
 * left while it was creating the database (a decision followed at once by a navigation)
 * holds it, and the next page's open stays pending. Past this, the page keeps its records in
 * memory and in the journal, and a later page writes them.
 */
export const OPEN_TIMEOUT = 3000;

// Keys inside the one object store, so one transaction can write a record, its outbox entry
// and the new head atomically: ['r', seq] → record, ['i', id] → seq (ids already written),
// ['o', seq] → undelivered record, 'head' → { seq, hash } of the last record.
const HEAD = 'head';
const RECORDS = keyRange('r');
const OUTBOX = keyRange('o');

/** Keys `[prefix, 0]` … `[prefix, Infinity]`, made when read (no IndexedDB globals at import). */
function keyRange(prefix: string): () => IDBKeyRange {
  return () => IDBKeyRange.bound([prefix, 0], [prefix, Infinity]);
}

interface Head {
  seq: number;
  hash: string;
}

/** Options of `createRecordStore`. */
export interface RecordStoreOptions {
  /** idb-keyval store; `null` keeps records in memory only; omitted = our own IndexedDB store. */
  store?: UseStore | null;
  /** Web Locks; `null` turns locking off; omitted = `navigator.locks` when the browser has it. */
  locks?: LockManager | null;
  /** Ms the store may take to open before the log falls back to memory; default `OPEN_TIMEOUT`. */
  openTimeout?: number;
  /** Whether appended records also go to the outbox (an endpoint is set). */
  outbox: boolean;
  /** Called once, when storage fails and the log falls back to memory for this page. */
  onFailure(error: unknown): void;
}

/** The chained, persistent part of the records log. */
export interface RecordStore {
  /** `indexeddb`, or `memory` once storage failed (or was turned off). */
  readonly kind: 'indexeddb' | 'memory';
  /** Chains `body` after the last record (of any tab) and stores it; null when its id is already in the log. */
  append(body: RecordBody): Promise<ConsentRecord | null>;
  /** Every record, in chain order. */
  list(): Promise<ConsentRecord[]>;
  /** Records not yet delivered, in chain order. */
  outbox(): Promise<ConsentRecord[]>;
  /** Removes a delivered record from the outbox. */
  delivered(record: ConsentRecord): Promise<void>;
}

/**
 * The hash a record carries: SHA-256 (hex) of its canonical JSON without `hash`. Computed in
 * script, synchronously: records are small, and a Web Crypto call per record costs more in
 * thread hops than the hashing itself (bench/records.bench.mjs, verify of 10,000 records).
 */
export function hashRecord(record: Omit<ConsentRecord, 'hash'> | ConsentRecord): string {
  return sha256HexSync(unsignedJson(record));
}

function unsignedJson(record: Omit<ConsentRecord, 'hash'> | ConsentRecord): string {
  const { hash: _ignored, ...rest } = record as ConsentRecord;
  void _ignored;
  return canonicalJson(rest as unknown as JsonValue);
}

// Chaining hashes synchronously (script SHA-256, a few microseconds for a record) lets the
// read of the head and the write of the record share one IndexedDB transaction: readwrite
// transactions on one store run one at a time across every tab (IndexedDB 3.0, "transaction
// scheduling"), so two tabs can never chain onto the same head.
function chain(body: RecordBody, head: Head | null): ConsentRecord {
  const unsigned = { ...body, seq: head ? head.seq + 1 : 0, previousHash: head ? head.hash : null };
  return { ...unsigned, hash: hashRecord(unsigned) };
}

/**
 * Creates the store behind a records log: IndexedDB through idb-keyval when it works, memory
 * when it does not (STANDARDS.md S-4: private modes, blocked storage, quota), never throwing.
 */
export function createRecordStore(options: RecordStoreOptions): RecordStore {
  let idb: UseStore | null | undefined = options.store;
  let failed = false;
  let head: Head | null = null; // last head seen, so a memory tail continues the chain
  const memory: ConsentRecord[] = [];
  const memoryOutbox = new Map<string, ConsentRecord>();

  const fail = (error: unknown): void => {
    if (failed) return;
    failed = true;
    options.onFailure(error);
  };

  /** `store`, whose first use must open within the deadline; every use fails after it did not. */
  const withDeadline = (store: UseStore): UseStore => {
    let opened: Promise<unknown> | undefined;
    const open = (): Promise<unknown> =>
      (opened ??= new Promise((resolve, reject) => {
        const timeout = options.openTimeout ?? OPEN_TIMEOUT;
        const timer = setTimeout(() => reject(new Error(`IndexedDB did not open within ${timeout} ms (another page of this site may hold it)`)), timeout);
        store('readonly', () => undefined).then(
          (value) => {
            clearTimeout(timer);
            resolve(value);
          },
          (error: unknown) => {
            clearTimeout(timer);
            reject(error);
          },
        );
      }));
    return (mode, callback) => open().then(() => store(mode, callback));
  };
  const useStore = (): UseStore | null => {
    if (failed) return null;
    if (idb === undefined) {
      try {
        idb = withDeadline(createStore(RECORDS_DB, RECORDS_STORE));
      } catch (error) {
        fail(error); // indexedDB missing, or a SecurityError in a sandboxed frame
        return null;
      }
    }
    return idb;
  };
  if (options.store === null) failed = true;
  else if (options.store) idb = withDeadline(options.store);

  // Reads the head and writes the record, its id entry, its outbox entry and the new head in
  // one transaction: all of it happens, or none. An id already in the log is not written
  // again (null), so replaying a journal entry or a buffered decision is harmless.
  const appendIn = (store: UseStore, body: RecordBody): Promise<ConsentRecord | null> =>
    store('readwrite', (objects) => {
      let record: ConsentRecord | null = null;
      const known = objects.get(['i', body.id]);
      const read = objects.get(HEAD);
      read.onsuccess = () => {
        head = (read.result as Head | undefined) ?? null;
        if (known.result !== undefined) return;
        record = chain(body, head);
        objects.put(record, ['r', record.seq]);
        objects.put(record.seq, ['i', record.id]);
        if (options.outbox) objects.put(record, ['o', record.seq]);
        objects.put({ seq: record.seq, hash: record.hash } satisfies Head, HEAD);
      };
      return promisifyRequest(objects.transaction).then(() => record);
    });

  const appendNow = async (body: RecordBody): Promise<ConsentRecord | null> => {
    const store = useStore();
    if (store) {
      try {
        const record = await appendIn(store, body);
        if (record) head = { seq: record.seq, hash: record.hash };
        return record;
      } catch (error) {
        fail(error);
      }
    }
    if (memory.some((record) => record.id === body.id)) return null;
    const record = chain(body, head);
    head = { seq: record.seq, hash: record.hash };
    memory.push(record);
    if (options.outbox) memoryOutbox.set(record.id, record);
    return record;
  };

  const readRange = async (range: () => IDBKeyRange): Promise<ConsentRecord[]> => {
    const store = idb === null ? null : (idb ?? useStore());
    if (!store) return [];
    try {
      return await store('readonly', (objects) => promisifyRequest(objects.getAll(range()) as IDBRequest<ConsentRecord[]>));
    } catch (error) {
      fail(error);
      return [];
    }
  };

  return {
    get kind() {
      return failed ? 'memory' : 'indexeddb';
    },
    append(body) {
      const locks = options.locks === undefined ? globalThis.navigator?.locks : options.locks;
      // lib.dom types request() as Promise<Promise<T>> for an async callback; it resolves to T.
      if (locks && !failed) return locks.request(APPEND_LOCK, () => appendNow(body)) as unknown as Promise<ConsentRecord | null>;
      return appendNow(body);
    },
    async list() {
      // After a failure the records already in IndexedDB may still be readable; the memory
      // tail continues their chain, so together they verify.
      return [...(await readRange(RECORDS)), ...memory];
    },
    async outbox() {
      return [...(await readRange(OUTBOX)), ...memoryOutbox.values()];
    },
    async delivered(record) {
      if (memoryOutbox.delete(record.id)) return;
      const store = idb ?? null;
      if (!store) return;
      try {
        await store('readwrite', (objects) => {
          objects.delete(['o', record.seq]);
          return promisifyRequest(objects.transaction);
        });
      } catch (error) {
        fail(error);
      }
    },
  };
}
