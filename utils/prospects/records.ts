import type { LinkSnapshot, Prospect, ProspectRow } from './types';
import { prospectWords, sortTitle } from './words';

/**
 * How rows are stored: a prospect row carries two derived fields for the dashboard's text search
 * and title sort (read by listing.ts; until version 3 they were indexed); they are added on every
 * write and never leave the data layer, so callers see the contract's ProspectRow.
 */
export interface IndexFields {
  words: string[];
  sortTitle: string;
}

export type ProspectRecord = ProspectRow & IndexFields;

/** One visit's snapshot, in the `snapshots` table, pointing at its prospect. */
export type SnapshotRecord = LinkSnapshot & { id: number; prospectId: number };

/** A row ready to write, with its index fields computed from its current content. */
export function withIndexFields<T extends Omit<ProspectRow, 'id'>>(row: T): T & IndexFields {
  return { ...row, words: prospectWords(row), sortTitle: sortTitle(row.title) };
}

/** The row without the index fields (and without snapshots, should a full prospect be given). */
export function toRow(record: ProspectRecord | (Prospect & { id: number })): ProspectRow {
  return {
    id: record.id,
    url: record.url,
    domain: record.domain,
    title: record.title,
    pageType: record.pageType,
    verdict: record.verdict,
    score: record.score,
    reasons: record.reasons,
    status: record.status,
    notes: record.notes,
    tags: record.tags,
    contacts: record.contacts,
    firstSeen: record.firstSeen,
    lastChecked: record.lastChecked,
    updatedAt: record.updatedAt,
  };
}

export function toSnapshot(record: LinkSnapshot): LinkSnapshot {
  const snapshot: LinkSnapshot = { checkedAt: record.checkedAt, toMySites: record.toMySites, toCompetitors: record.toCompetitors };
  if (record.mentions) snapshot.mentions = record.mentions;
  return snapshot;
}

/** A visit's snapshot as a new row of the `snapshots` table (only the snapshot's own fields). */
export function snapshotRow(prospectId: number, snapshot: LinkSnapshot): Omit<SnapshotRecord, 'id'> {
  return { ...toSnapshot(snapshot), prospectId };
}
