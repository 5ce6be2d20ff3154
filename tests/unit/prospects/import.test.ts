import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { backupChunks } from '@/utils/prospects/backup';
import { prospectsToCsv } from '@/utils/prospects/csv-export';
import { decodeCsvFile, readCsvTable, STRAY_QUOTE_MESSAGE, UNCLOSED_QUOTE_MESSAGE } from '@/utils/csv/read-table';
import { parseProspectFile } from '@/utils/prospects/import';
import { normalizeProspectUrl } from '@/utils/prospects/normalize-url';
import type { Prospect } from '@/utils/prospects/types';
import {
  bareProspect,
  resourcePageWithHistory,
  TRICKY_VALUES,
  trickyProspects,
  unlinkedMentionOnIdnDomain,
  withoutId,
} from '../../fixtures/csv/prospects/sample-prospects';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/csv/prospects');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');

const NOW = new Date('2024-07-01T12:00:00.000Z');

async function backupOf(prospects: Prospect[]): Promise<string> {
  async function* one() {
    yield prospects;
  }
  let text = '';
  for await (const chunk of backupChunks(one(), new Date('2024-06-03T14:00:00.000Z'))) text += chunk;
  return text;
}

const samples = () => [resourcePageWithHistory, bareProspect, unlinkedMentionOnIdnDomain, ...trickyProspects()];

describe('round trips lose nothing', () => {
  it('the sample URLs are already normalised, as saved prospects are', () => {
    for (const p of samples()) expect(normalizeProspectUrl(p.url)).toBe(p.url);
  });

  it('CSV export → import gives back every prospect, snapshots and tricky text included', () => {
    const preview = parseProspectFile(prospectsToCsv(samples()), 'linkscout-prospects.csv', NOW);
    expect(preview.errors).toEqual([]);
    expect(preview.format).toBe('csv');
    expect(preview.duplicatesInFile).toBe(0);
    expect(preview.prospects).toEqual(samples().map(withoutId));
  });

  it.each(TRICKY_VALUES.map((value, i) => [value, i] as const))('keeps %j exactly through CSV', (value, i) => {
    const p = trickyProspects()[i];
    if (!p) throw new Error('missing sample');
    const [back] = parseProspectFile(prospectsToCsv([p]), 'x.csv', NOW).prospects;
    expect(back?.title).toBe(value);
    expect(back?.notes).toBe(value);
    expect(back?.contacts.author).toBe(value);
    expect(back?.snapshots[0]?.toMySites[0]?.text).toBe(value);
  });

  it('JSON backup → import gives back every prospect, without ids', async () => {
    const preview = parseProspectFile(await backupOf(samples()), 'linkscout-backup.json', NOW);
    expect(preview.errors).toEqual([]);
    expect(preview.format).toBe('json');
    expect(preview.prospects).toEqual(samples().map(withoutId));
    expect(preview.prospects[0]).not.toHaveProperty('id');
  });
});

describe('telling JSON from CSV by content', () => {
  it('reads a backup saved with a .csv name as JSON, and a CSV saved as .json or .txt as CSV', async () => {
    expect(parseProspectFile(await backupOf([bareProspect]), 'backup.csv', NOW).format).toBe('json');
    const csv = prospectsToCsv([bareProspect]);
    expect(parseProspectFile(csv, 'prospects.json', NOW)).toMatchObject({ format: 'csv', errors: [] });
    expect(parseProspectFile(csv, 'download', NOW).prospects).toEqual([withoutId(bareProspect)]);
  });

  it('says so when a .json file is neither a backup nor a CSV', () => {
    expect(parseProspectFile('hello there', 'notes.json', NOW).errors).toEqual([
      { row: 1, message: 'This file is named .json but is neither a Linkscout backup nor a CSV with a "url" column.' },
    ]);
  });
});

describe('a list of URLs from another tool', () => {
  const preview = parseProspectFile(fixture('url-list-from-another-tool.csv'), 'urls.csv', NOW);

  it('fills what the file lacks: status new, no verdict yet, dates now, empty contacts', () => {
    const spruce = preview.prospects.find((p) => p.domain === 'thespruce.com');
    expect(spruce).toEqual({
      url: normalizeProspectUrl('https://www.thespruce.com/resources'),
      domain: 'thespruce.com',
      title: 'Gardening resources',
      pageType: 'other',
      verdict: 'worth-a-look',
      score: 0,
      reasons: [],
      status: 'new',
      notes: '',
      tags: ['resources'],
      contacts: { emails: [], contactPages: [], socialProfiles: [], author: null },
      snapshots: [],
      firstSeen: '2024-07-01T12:00:00.000Z',
      lastChecked: '2024-07-01T12:00:00.000Z',
      updatedAt: '2024-07-01T12:00:00.000Z',
    });
  });

  it('merges a URL listed twice as an import merges into a stored row: both rows’ notes and tags kept, and counts the duplicate', () => {
    expect(preview.errors).toEqual([]);
    expect(preview.prospects).toHaveLength(3);
    expect(preview.duplicatesInFile).toBe(1);
    const tools = preview.prospects[0];
    expect(tools?.title).toBe('Best garden tools for 2024');
    expect(tools?.status).toBe('contacted');
    expect(tools?.tags).toEqual(['tools', 'gardening', 'outreach']);
    expect(tools?.notes).toBe('Emailed the editor on Monday.\r\nFollow up in a week.\nSecond list had it too');
  });

  it('keeps what the later row of a duplicate adds: its status over "new", its notes, e-mails and tags', () => {
    const csv = [
      'url,status,notes,tags,emails',
      'https://x.example/a,new,first note,t1,a@x.example',
      'https://X.example/a/#top,contacted,second note - called Bob,t2,b@x.example',
    ].join('\r\n');
    const preview = parseProspectFile(csv, 'x.csv', NOW);
    expect(preview.duplicatesInFile).toBe(1);
    expect(preview.prospects).toHaveLength(1);
    expect(preview.prospects[0]).toMatchObject({
      status: 'contacted',
      notes: 'first note\nsecond note - called Bob',
      tags: ['t1', 't2'],
      contacts: expect.objectContaining({ emails: ['a@x.example', 'b@x.example'] }),
    });
  });

  it('keeps a leading apostrophe that is the text’s own, and takes off only the one the export put before a formula', () => {
    const csv = "url,title,notes\r\nhttps://x.example/a,'Tis the season,'quoted' note\r\nhttps://x.example/b,'=1+1,''quoted\r\n";
    const titles = parseProspectFile(csv, 'x.csv', NOW).prospects.map((p) => [p.title, p.notes]);
    expect(titles).toEqual([
      ["'Tis the season", "'quoted' note"],
      ['=1+1', "'quoted"],
    ]);
  });

  it('reads a status written in capitals', () => {
    expect(preview.prospects[2]).toMatchObject({ status: 'replied', tags: ['guest post'], title: 'Write for us' });
  });

  it('takes the later row of a duplicate for fields the first left empty', () => {
    const csv = 'url,title,notes\r\nhttps://a.example.com/x,,\r\nhttps://a.example.com/x,Title from row 3,Note from row 3\r\n';
    const [p] = parseProspectFile(csv, 'x.csv', NOW).prospects;
    expect(p).toMatchObject({ title: 'Title from row 3', notes: 'Note from row 3' });
  });

  it('reads a semicolon-separated list from a European spreadsheet', () => {
    const csv = 'URL;Title;Tags\r\nhttps://a.example.com/x;Un titre, avec virgule;"seo; local"\r\n';
    const preview = parseProspectFile(csv, 'liste.csv', NOW);
    expect(preview.errors).toEqual([]);
    expect(preview.prospects[0]).toMatchObject({ title: 'Un titre, avec virgule', tags: ['seo', 'local'] });
  });

  it('reads plain URLs with no header, one per line, and names the row that is not one', () => {
    const preview = parseProspectFile(fixture('urls-without-header.txt'), 'urls.txt', NOW);
    expect(preview.prospects.map((p) => p.domain)).toEqual(['gardenista.com', 'thespruce.com', 'smallbizseo.blog']);
    expect(preview.errors).toEqual([{ row: 4, message: 'url: "mailto:editor@thespruce.com" is not an http(s) URL' }]);
  });

  it('normalises each URL and takes the domain from it', () => {
    const [p] = parseProspectFile('url,domain\r\nHTTPS://Blog.Gardenista.COM/posts/x,wrong.example\r\n', 'x.csv', NOW).prospects;
    expect(p?.url).toBe(normalizeProspectUrl('https://blog.gardenista.com/posts/x'));
    expect(p?.url).toContain('blog.gardenista.com');
    expect(p?.domain).toBe('gardenista.com');
  });
});

describe('rows that cannot be imported', () => {
  const preview = parseProspectFile(fixture('bad-rows.csv'), 'bad-rows.csv', NOW);
  const errorAt = (row: number) => preview.errors.find((e) => e.row === row)?.message;

  it('imports the good rows only', () => {
    expect(preview.prospects.map((p) => p.title)).toEqual(['Fine row', 'Multi-line note row']);
    expect(preview.prospects[1]?.notes).toBe('line one\r\nline two');
  });

  it('names each bad row by its spreadsheet row, a multi-line cell counting as one row', () => {
    expect(preview.errors.map((e) => e.row)).toEqual([3, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('says what is wrong and shows the bad value', () => {
    expect(errorAt(3)).toBe('url: "ftp://files.example.com/list" is not an http(s) URL');
    expect(errorAt(5)).toBe('status: "pending" is not one of new, contacted, replied, won, lost, ignored');
    expect(errorAt(6)).toBe('score: 150 is above 100');
    expect(errorAt(7)).toMatch(/^verdict: "great" is not one of strong, worth-a-look, weak, avoid$/);
    expect(errorAt(8)).toMatch(/^page type: "podcast" is not one of resource, article/);
    expect(errorAt(9)).toMatch(/^first seen: "05\/01\/2024" is not an ISO date/);
    expect(errorAt(10)).toMatch(/^snapshots: .* is not a JSON list of snapshots$/);
    expect(errorAt(11)).toBe('url: is empty');
    expect(errorAt(12)).toMatch(/^first seen: "2024-02-30" is not an ISO date/);
  });

  it('names the row whose quote is never closed instead of losing the rest of the file silently', () => {
    const csv = 'url,title\r\nhttps://a.example.com/1,Fine\r\nhttps://a.example.com/2,"Unclosed\r\nhttps://a.example.com/3,Swallowed\r\n';
    const preview = parseProspectFile(csv, 'x.csv', NOW);
    expect(preview.prospects.map((p) => p.title)).toEqual(['Fine']);
    expect(preview.errors).toEqual([{ row: 3, message: UNCLOSED_QUOTE_MESSAGE }]);
  });

  it('names the row whose cell starts with a lone quote ("Best" tools) instead of losing the rows it swallowed silently', () => {
    const csv = [
      'url,title',
      'https://a.example.com/1,Fine',
      'https://a.example.com/2,"Best" SEO tools',
      'https://a.example.com/3,Swallowed',
      'https://a.example.com/4,Swallowed too',
      'https://a.example.com/5,"Quoted, properly"',
      'https://a.example.com/6,After',
    ].join('\r\n');
    const preview = parseProspectFile(csv, 'x.csv', NOW);
    expect(preview.errors).toEqual([{ row: 3, message: STRAY_QUOTE_MESSAGE }]);
    expect(preview.prospects.map((p) => p.title)).toEqual(['Fine', 'After']);
    // A cell closed and followed by more text, with no quote after it: the stray quote is named, not an unclosed one.
    expect(parseProspectFile('url,title\r\nhttps://a.example.com/1,"closed"x\r\n', 'x.csv', NOW).errors).toEqual([{ row: 2, message: STRAY_QUOTE_MESSAGE }]);
  });

  it('says which column is missing when there is no url column', () => {
    expect(parseProspectFile('title,notes\r\nA page,\r\n', 'x.csv', NOW)).toEqual({
      format: 'csv',
      prospects: [],
      errors: [{ row: 1, message: 'No "url" column: the first row must name the columns (url, and optionally title, status, tags, notes).' }],
      duplicatesInFile: 0,
    });
  });

  it('says an empty file is empty', () => {
    expect(parseProspectFile('\uFEFF\r\n\r\n', 'x.csv', NOW).errors).toEqual([{ row: 0, message: 'The file is empty.' }]);
  });

  it('reads a score written as text in a spreadsheet, and rejects one that is not a number', () => {
    const csv = 'url,score\r\nhttps://a.example.com/1, 42 \r\nhttps://a.example.com/2,high\r\n';
    const preview = parseProspectFile(csv, 'x.csv', NOW);
    expect(preview.prospects[0]?.score).toBe(42);
    expect(preview.errors).toEqual([{ row: 3, message: 'score: "high" is not a number from 0 to 100' }]);
  });

  it('rejects a contact page that is not an http(s) link, so it never becomes one', () => {
    const csv = 'url,contact pages\r\nhttps://a.example.com/1,javascript:alert(1)\r\n';
    expect(parseProspectFile(csv, 'x.csv', NOW).errors).toEqual([
      { row: 2, message: 'contact pages #1: "javascript:alert(1)" is not an http(s) URL' },
    ]);
  });
});

describe('JSON backups', () => {
  it('refuses a backup from a newer Linkscout as a whole, importing nothing', () => {
    const preview = parseProspectFile(fixture('backup-from-a-newer-version.json'), 'linkscout-backup.json', NOW);
    expect(preview.prospects).toEqual([]);
    expect(preview.errors).toHaveLength(1);
    expect(preview.errors[0]?.row).toBe(0);
    expect(preview.errors[0]?.message).toMatch(/newer Linkscout \(backup version 2; this one reads up to 1\)\. Update Linkscout/);
  });

  it('refuses JSON that is not a Linkscout backup, or is cut short', async () => {
    expect(parseProspectFile('{"prospects":[]}', 'x.json', NOW).errors[0]?.message).toBe('This JSON file is not a Linkscout backup.');
    expect(parseProspectFile('[{"url":"https://a.example.com/"}]', 'x.json', NOW).errors[0]?.message).toBe(
      'This JSON file is not a Linkscout backup.',
    );
    const cut = (await backupOf([resourcePageWithHistory])).slice(0, 200);
    expect(parseProspectFile(cut, 'x.json', NOW).errors[0]?.message).toMatch(/^The file is not valid JSON .*cut short\.$/);
  });

  it('reports a bad prospect by its position in the backup and keeps the others', async () => {
    const broken = { ...withoutId(bareProspect), url: 'https://b.example.com/', status: 'archived' };
    const text = (await backupOf([bareProspect])).replace('\n]}', `,\n${JSON.stringify(broken)}\n]}`);
    const preview = parseProspectFile(text, 'x.json', NOW);
    expect(preview.prospects).toEqual([withoutId(bareProspect)]);
    expect(preview.errors).toEqual([{ row: 2, message: 'status: "archived" is not one of new, contacted, replied, won, lost, ignored' }]);
  });

  it('rejects a snapshot link that is not http(s) or has an unknown placement', async () => {
    const bad = {
      ...withoutId(bareProspect),
      snapshots: [{ checkedAt: '2024-06-01T00:00:00.000Z', toMySites: [{ href: 'data:text/html,x', domain: '', text: '', rel: [], placement: 'popup', counts: true }], toCompetitors: [] }],
    };
    const text = (await backupOf([])).replace('\n]}', `\n${JSON.stringify(bad)}\n]}`);
    expect(parseProspectFile(text, 'x.json', NOW).errors[0]?.message).toBe(
      'snapshots #1 toMySites #1 href: "data:text/html,x" is not an http(s) URL; snapshots #1 toMySites #1 placement: "popup" is not one of content, header, navigation, sidebar, footer, comments, related, author, other',
    );
  });

  it('says what a hand-edited backup lacks', () => {
    const text = JSON.stringify({ format: 'linkscout-backup', version: 1, prospects: ['https://a.example.com/', { title: 'No URL' }] });
    expect(parseProspectFile(text, 'x.json', NOW).errors).toEqual([
      { row: 1, message: '"https://a.example.com/" is not a prospect' },
      { row: 2, message: 'url: is missing' },
    ]);
  });

  it('merges a URL that appears twice in a backup', async () => {
    const again: Prospect = { ...bareProspect, tags: ['later'], notes: 'from the second copy' };
    const preview = parseProspectFile(await backupOf([bareProspect, again]), 'x.json', NOW);
    expect(preview.duplicatesInFile).toBe(1);
    expect(preview.prospects).toEqual([{ ...withoutId(bareProspect), tags: ['later'], notes: 'from the second copy' }]);
  });
});

describe('readCsvTable', () => {
  it('skips blank lines but counts them in the row numbers, and follows an Excel "sep=" line', () => {
    const table = readCsvTable('sep=;\r\nurl;title\r\n\r\nhttps://a.example.com/;A, B\r\n');
    expect(table).toMatchObject({ delimiter: ';', columns: ['url', 'title'], rows: [['https://a.example.com/', 'A, B']], rowNumbers: [3] });
  });
});

describe('decodeCsvFile', () => {
  const utf16le = (text: string) => {
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) bytes[2 + i * 2] = text.charCodeAt(i);
    return bytes;
  };

  it('reads a UTF-16 file with a BOM, as Ahrefs exports "for Excel"', () => {
    expect(decodeCsvFile(utf16le('Domain\tDR\r\nb\u00fccher.de\t64\r\n'))).toBe('Domain\tDR\r\nbücher.de\t64\r\n');
  });

  it('reads UTF-8, with or without a BOM, as UTF-8', () => {
    const text = 'url,title\r\nhttps://a.example.com/,Müller – 🔗\r\n';
    expect(decodeCsvFile(new TextEncoder().encode(text))).toBe(text);
    expect(decodeCsvFile(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]))).toBe(text);
  });

  it('reads bytes that are not UTF-8 as Windows-1252, as Excel saves a plain CSV on Windows', () => {
    // "Müller – 5 €" in Windows-1252: ü is 0xFC, the dash 0x96, € 0x80; none is valid UTF-8 there.
    const bytes = [0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x20, 0x96, 0x20, 0x35, 0x20, 0x80];
    expect(decodeCsvFile(new Uint8Array(bytes))).toBe('Müller – 5 €');
  });
});
