/**
 * What went wrong with the browser's storage, said plainly, and how much of it Linkscout uses.
 * IndexedDB reports problems as DOMException names, which Dexie wraps (an AbortError or
 * OpenFailedError with the cause as `inner`, a BulkError with `failures`), so the whole chain
 * is searched and the most telling cause wins.
 */

const SENTENCES: readonly (readonly [names: readonly string[], sentence: string])[] = [
  [
    ['QuotaExceededError'],
    "Your browser's storage for Linkscout is full: nothing was saved and nothing stored was lost. Free space or export and delete old prospects.",
  ],
  [
    ['VersionError'],
    'Your saved prospects were written by a newer version of Linkscout. Update the extension to open them; nothing was changed.',
  ],
  [
    // No error has this name: an upgrade waiting on another connection fires a `blocked` event
    // (Dexie's db.on('blocked')), which the UI can pass here as it is.
    ['blocked'],
    'Linkscout is being updated, but another of its tabs or windows still has the old version open. Close it (or reload it); nothing was lost.',
  ],
  [
    ['VersionChangeError'],
    'Linkscout was updated in another tab or window. Reload this page to go on; nothing was lost.',
  ],
  [
    ['InvalidStateError', 'UnknownError', 'MissingAPIError', 'SecurityError', 'NotAllowedError'],
    "Linkscout can't use your browser's storage here: it may be a private window, or site data may be blocked in the browser's settings. Prospects can't be saved until storage is available.",
  ],
  [
    ['DatabaseClosedError'],
    "Linkscout's storage was closed, perhaps by an update of the extension. Reload this page to go on; nothing was lost.",
  ],
  [
    ['OpenFailedError'],
    "Linkscout couldn't open its storage. Reload the page; if it keeps happening, restart the browser. Nothing stored was changed.",
  ],
  [['ConstraintError'], 'That page is already saved as a prospect; nothing was changed.'],
  [
    ['TimeoutError', 'AbortError', 'TransactionInactiveError'],
    'The browser stopped the change before it was stored, so nothing was saved. Try again.',
  ],
];

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  inner?: unknown;
  cause?: unknown;
  failures?: unknown;
}

function isObject(value: unknown): value is ErrorLike {
  return typeof value === 'object' && value !== null;
}

/** The error and every cause nested in it, outermost first. */
function chain(err: unknown): ErrorLike[] {
  const out: ErrorLike[] = [];
  const queue: unknown[] = [err];
  while (queue.length && out.length < 20) {
    const e = queue.shift();
    if (!isObject(e) || out.includes(e)) continue;
    out.push(e);
    queue.push(e.inner, e.cause);
    if (Array.isArray(e.failures)) queue.push(...(e.failures as unknown[]));
    else if (isObject(e.failures)) queue.push(...Object.values(e.failures));
  }
  return out;
}

/** A sentence the UI can show for a storage failure (or for any other error thrown by the data layer). */
export function describeStorageError(err: unknown): string {
  const errors = chain(err);
  const names = new Set(
    errors.flatMap((e) => [e.name, e instanceof Event ? e.type : undefined]).filter((n): n is string => typeof n === 'string'),
  );
  for (const [known, sentence] of SENTENCES) {
    if (known.some((n) => names.has(n))) return sentence;
  }
  // Data-layer refusals are already written for the user.
  const own = errors.find((e) => e.name === 'ProspectError' && typeof e.message === 'string');
  if (own) return String(own.message);
  const detail = errors.map((e) => e.message).find((m): m is string => typeof m === 'string' && m.trim() !== '');
  return `Linkscout couldn't read or write its storage${detail ? ` (${detail.trim()})` : ''}. Try again; nothing stored was changed.`;
}

export interface StorageUsage {
  /** Bytes used by the extension's origin, when the browser says. */
  usage: number | null;
  /** Bytes it may use, when the browser says. */
  quota: number | null;
  /** Whether the browser promised not to evict the data under storage pressure. */
  persisted: boolean | null;
}

function storageManager(): StorageManager | null {
  return typeof navigator !== 'undefined' && navigator.storage ? navigator.storage : null;
}

/** How much storage is used and allowed; nulls where the browser doesn't tell. */
export async function storageUsage(): Promise<StorageUsage> {
  const storage = storageManager();
  let usage: number | null = null;
  let quota: number | null = null;
  let persisted: boolean | null = null;
  try {
    if (typeof storage?.estimate === 'function') {
      const estimate = await storage.estimate();
      usage = estimate.usage ?? null;
      quota = estimate.quota ?? null;
    }
  } catch {
    // Some browsers refuse the estimate in private windows: unknown, not an error to show.
  }
  try {
    if (typeof storage?.persisted === 'function') persisted = await storage.persisted();
  } catch {
    persisted = null;
  }
  return { usage, quota, persisted };
}

/** Asks the browser to keep Linkscout's data under storage pressure; false when refused or not supported. */
export async function requestPersistence(): Promise<boolean> {
  const storage = storageManager();
  if (typeof storage?.persist !== 'function') return false;
  try {
    return await storage.persist();
  } catch {
    return false;
  }
}
