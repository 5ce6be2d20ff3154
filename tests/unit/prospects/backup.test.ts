import { describe, expect, it } from 'vitest';
import { backupChunks } from '@/utils/prospects/backup';
import type { Prospect } from '@/utils/prospects/types';
import {
  bareProspect,
  resourcePageWithHistory,
  trickyProspects,
  unlinkedMentionOnIdnDomain,
  withoutId,
} from '../../fixtures/csv/prospects/sample-prospects';

async function* batchesOf(...batches: Prospect[][]): AsyncGenerator<Prospect[]> {
  for (const batch of batches) yield batch;
}

async function collect(chunks: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const chunk of chunks) out.push(chunk);
  return out;
}

const exportedAt = new Date('2024-06-03T14:00:00.000Z');

describe('backupChunks', () => {
  it('streams one JSON document: format, version, export time and every prospect in full', async () => {
    const chunks = await collect(backupChunks(batchesOf([resourcePageWithHistory, bareProspect], [unlinkedMentionOnIdnDomain]), exportedAt));
    const doc = JSON.parse(chunks.join(''));
    expect(doc).toEqual({
      format: 'linkscout-backup',
      version: 1,
      exportedAt: '2024-06-03T14:00:00.000Z',
      prospects: [resourcePageWithHistory, bareProspect, unlinkedMentionOnIdnDomain].map(withoutId),
    });
    expect(doc.prospects[0].snapshots).toHaveLength(2);
  });

  it('leaves the local ids out', async () => {
    const text = (await collect(backupChunks(batchesOf([resourcePageWithHistory]), exportedAt))).join('');
    expect(resourcePageWithHistory.id).toBe(17);
    expect(JSON.parse(text).prospects[0]).not.toHaveProperty('id');
  });

  it('yields a chunk per batch, so a large export is never one string', async () => {
    const batches = [trickyProspects().slice(0, 5), trickyProspects().slice(5, 10), trickyProspects().slice(10)];
    const chunks = await collect(backupChunks(batchesOf(...batches), exportedAt));
    // Opening, three batches, closing.
    expect(chunks).toHaveLength(5);
    expect(chunks[1]).toContain('case-0');
    expect(chunks[1]).not.toContain('case-5');
    expect(JSON.parse(chunks.join('')).prospects).toEqual(trickyProspects().map(withoutId));
  });

  it('is a valid document with no prospects, and skips empty batches without a stray comma', async () => {
    expect(JSON.parse((await collect(backupChunks(batchesOf(), exportedAt))).join('')).prospects).toEqual([]);
    const text = (await collect(backupChunks(batchesOf([], [bareProspect], []), exportedAt))).join('');
    expect(JSON.parse(text).prospects).toEqual([withoutId(bareProspect)]);
  });
});
