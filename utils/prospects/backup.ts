import type { Prospect } from './types';

/**
 * The JSON backup: every prospect in full, snapshots included, without ids (they are local to
 * one browser's database; the URL is the identity). Written in chunks so a large database never
 * has to be one string, yet the chunks concatenate to a single JSON document:
 * `{ "format": "linkscout-backup", "version": 1, "exportedAt": "…", "prospects": [ … ] }`.
 */

export const BACKUP_FORMAT = 'linkscout-backup';
/** Raise when the shape changes; import.ts refuses versions newer than this. */
export const BACKUP_VERSION = 1;

function withoutId(p: Prospect): Prospect {
  const copy = { ...p };
  delete copy.id;
  return copy;
}

/** The backup document in chunks: the opening, one chunk per non-empty batch, the closing. */
export async function* backupChunks(batches: AsyncIterable<Prospect[]>, exportedAt: Date): AsyncGenerator<string> {
  const head = JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: exportedAt.toISOString() });
  // Reopen the object to append the array: `{"format":…,"exportedAt":"…"` + `,"prospects":[`.
  yield `${head.slice(0, -1)},"prospects":[`;
  let first = true;
  for await (const batch of batches) {
    if (!batch.length) continue;
    // One prospect per line keeps a large backup readable in a text editor.
    const items = batch.map((p) => `\n${JSON.stringify(withoutId(p))}`).join(',');
    yield first ? items : `,${items}`;
    first = false;
  }
  yield '\n]}\n';
}
