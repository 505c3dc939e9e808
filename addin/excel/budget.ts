/**
 * Syncing under Excel's limits (HOSTS.md): Excel on the web rejects a request or response over
 * 5 MB, and a read of more than 5,000,000 cells may come back null. Work is queued, its size
 * estimated, and `context.sync()` called only when the next piece would not fit, so an action
 * takes as few syncs as the limits allow, and a 200,000-row sheet is read and written in chunks.
 */
import type { ExcelContextLike } from './office-api';

/** Excel on the web: bytes per request or response. */
export const payloadLimitBytes = 5_000_000;
/** Every platform: cells per read of one range. */
export const cellLimitPerRead = 5_000_000;

/** What one sync may carry, with a margin for Office.js's own envelope (ids, property names). */
export const syncBudgetBytes = 3_000_000;
/** Envelope of one queued operation (its object path and method), counted on top of its data. */
export const operationOverheadBytes = 120;

/** The JSON size of a value as it travels (what the limit counts). */
export function jsonBytes(value: unknown): number {
  return value === undefined ? 0 : JSON.stringify(value).length;
}

/** Queues work against a byte budget and syncs when the next piece would not fit; counts syncs. */
export class SyncBudget {
  private pending = 0;
  syncs = 0;

  constructor(
    private readonly context: ExcelContextLike,
    private readonly budget = syncBudgetBytes,
  ) {}

  /** Makes room for an operation of about `bytes` (syncing what is queued first when needed). */
  async reserve(bytes: number): Promise<void> {
    const size = bytes + operationOverheadBytes;
    if (this.pending > 0 && this.pending + size > this.budget) await this.flush();
    this.pending += size;
  }

  /** Syncs whatever is queued (nothing queued: no sync). */
  async flush(): Promise<void> {
    if (this.pending === 0) return;
    this.pending = 0;
    this.syncs++;
    await this.context.sync();
  }

  /** A sync whatever is queued: to read what was just loaded. */
  async sync(): Promise<void> {
    this.pending = 0;
    this.syncs++;
    await this.context.sync();
  }

  /** The bytes a sync may carry. */
  get capacity(): number {
    return this.budget;
  }
}
