import { RECORD_SCHEMA } from './consent-record.js';
import type { RecordBody } from './consent-record.js';

/** localStorage key prefix of records not yet in the log; one key per record id. */
export const JOURNAL_PREFIX = 'consentry:record:';

/** Records written synchronously at decision time, until the log has them. */
export interface RecordJournal {
  /** Keeps `body` until `remove(body.id)`. */
  add(body: RecordBody): void;
  remove(id: string): void;
  /** Bodies a page (this one, an earlier one, another tab) left behind, oldest first. */
  pending(): RecordBody[];
}

/**
 * A synchronous journal in `localStorage`. IndexedDB is asynchronous: a page that navigates in
 * the same task as the decision (the gate reloads after a withdrawal, a link is followed)
 * is gone before the record's transaction runs. The journal entry is written before the
 * click returns and replayed by the next records log of the origin; appends are idempotent
 * by record id, so a replay of a record already written does nothing. One key per record,
 * so tabs never overwrite each other's entries. `onFailure` is told once if the storage throws.
 */
export function createRecordJournal(onFailure: (error: unknown) => void): RecordJournal {
  let failed = false;
  const use = <T>(action: (storage: Storage) => T, fallback: T): T => {
    if (failed) return fallback;
    try {
      return action(globalThis.localStorage);
    } catch (error) {
      failed = true;
      onFailure(error);
      return fallback;
    }
  };
  return {
    add(body) {
      use((storage) => storage.setItem(JOURNAL_PREFIX + body.id, JSON.stringify(body)), undefined);
    },
    remove(id) {
      use((storage) => storage.removeItem(JOURNAL_PREFIX + id), undefined);
    },
    pending() {
      return use((storage) => {
        const bodies: RecordBody[] = [];
        for (let i = 0; i < storage.length; i++) {
          const key = storage.key(i);
          if (!key?.startsWith(JOURNAL_PREFIX)) continue;
          const body = parse(storage.getItem(key));
          // Data from storage is checked, never trusted: anything else is dropped.
          if (body && JOURNAL_PREFIX + body.id === key) {
            bodies.push(body);
          } else {
            storage.removeItem(key);
            i--;
          }
        }
        return bodies.sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : 0));
      }, []);
    },
  };
}

function parse(text: string | null): RecordBody | undefined {
  try {
    const value: unknown = JSON.parse(text ?? '');
    const body = value as RecordBody;
    const ok =
      typeof value === 'object' &&
      value !== null &&
      body.schema === RECORD_SCHEMA &&
      typeof body.id === 'string' &&
      typeof body.consentId === 'string' &&
      typeof body.time === 'string' &&
      typeof body.action === 'string' &&
      typeof body.choices === 'object' &&
      body.choices !== null;
    return ok ? body : undefined;
  } catch {
    return undefined; // not JSON: dropped like any other foreign value
  }
}
