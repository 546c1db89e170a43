/**
 * Optimistic writes as operations, not snapshots. Each item a write touches (one tag in the lists,
 * one tag id on one conversation) has an entry while any write on it is pending: the state the
 * server last confirmed, and the pending writes in the order they were made. What shows is the
 * newest pending write's effect, else the confirmed state. A refused write just leaves the entry,
 * so its undo never erases what a later write did or what the server has said since; a write the
 * server accepted becomes the confirmed state, whatever order the answers arrive in.
 */

/** Where one item's state lives, and how to read and put it there. */
export interface LedgerSlot<S> {
  /** Names the item: writes with the same key are about the same thing. */
  key: string;
  /** The state on screen now. */
  read: () => S;
  /** Shows `state`. Keeps what it needs to put a removed item back where it was. */
  write: (state: S) => void;
}

/** One write in the ledger, to settle once the server answers. */
export interface PendingWrite<S> {
  /** The server did it: `confirmed` (default: the write's own effect) is now the truth. */
  succeeded: (confirmed?: S) => void;
  /** The server refused, or the write was dropped before it was sent: it leaves the ledger. */
  failed: () => void;
}

interface Operation<S> {
  /** `undefined`: the write shows nothing until the server answers (e.g. an update). */
  effect: S | undefined;
}

interface Entry<S> {
  slot: LedgerSlot<S>;
  confirmed: S;
  pending: Operation<S>[];
}

/** The pending writes of one cache (or one component), by item; see the module comment. */
export interface WriteLedger {
  /** Records a write on `slot`'s item and shows `effect` at once (when given). */
  begin: <S>(slot: LedgerSlot<S>, effect?: S) => PendingWrite<S>;
  /**
   * The server said what the item is (a 404, a fetched answer): the new confirmed state; it shows
   * unless a write made later is still pending.
   */
  confirm: <S>(slot: LedgerSlot<S>, state: S) => void;
  /** Shows every pending write's effect again, after a fetch put the server's older rows in place. */
  reapply: () => void;
}

/** A ledger with no pending writes. */
export function createWriteLedger(): WriteLedger {
  const entries = new Map<string, Entry<unknown>>();

  // The newest pending write that shows something; what is on screen while it is pending.
  const topOf = <S,>(entry: Entry<S>) => entry.pending.findLast((operation) => operation.effect !== undefined);

  function show<S>(entry: Entry<S>) {
    const top = topOf(entry);
    entry.slot.write(top ? (top.effect as S) : entry.confirmed);
    if (entry.pending.length === 0) entries.delete(entry.slot.key);
  }

  function entryFor<S>(slot: LedgerSlot<S>): Entry<S> {
    let entry = entries.get(slot.key) as Entry<S> | undefined;
    if (!entry) {
      entry = { slot, confirmed: slot.read(), pending: [] };
      entries.set(slot.key, entry as Entry<unknown>);
    }
    return entry;
  }

  return {
    begin<S>(slot: LedgerSlot<S>, effect?: S): PendingWrite<S> {
      const entry = entryFor(slot);
      const operation: Operation<S> = { effect };
      entry.pending.push(operation);
      if (effect !== undefined) entry.slot.write(effect);
      let settled = false;
      const settle = (confirmed: S | undefined) => {
        if (settled) return;
        settled = true;
        entry.pending.splice(entry.pending.indexOf(operation), 1);
        if (confirmed !== undefined) entry.confirmed = confirmed;
        show(entry);
      };
      return {
        succeeded: (confirmed) => {
          settle(confirmed === undefined ? effect : confirmed);
        },
        failed: () => {
          settle(undefined);
        },
      };
    },
    reapply() {
      for (const entry of entries.values()) {
        const top = topOf(entry);
        if (top) entry.slot.write(top.effect);
      }
    },
    confirm<S>(slot: LedgerSlot<S>, state: S) {
      const entry = entries.get(slot.key) as Entry<S> | undefined;
      if (!entry) {
        slot.write(state);
        return;
      }
      entry.confirmed = state;
      show(entry);
    },
  };
}

/** Several writes made by one request, settled together. */
export function settleAll(writes: readonly PendingWrite<never>[]): { succeeded: () => void; failed: () => void } {
  return {
    succeeded: () => {
      for (const write of writes) write.succeeded();
    },
    failed: () => {
      for (const write of writes) write.failed();
    },
  };
}
