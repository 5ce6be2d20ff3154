import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { UNCLOSED_QUOTE_MESSAGE } from '@/utils/csv/read-table';
import {
  domainOfCell,
  guessAuthorityMapping,
  mapAuthorityRows,
  parseMetric,
  readAuthorityCsv,
  type AuthorityTable,
} from '@/utils/settings/authority-csv';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/csv/authority');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');

/** What the options page does: read, take the guessed mapping as is, map. */
function importAsGuessed(name: string) {
  const table = readAuthorityCsv(fixture(name));
  const mapping = guessAuthorityMapping(table.columns, table.rows);
  return { table, mapping, ...mapAuthorityRows(table, mapping) };
}

describe('exports from SEO tools, mapped as guessed', () => {
  it('Ahrefs: "Domain", "Domain Rating", quoted thousands, a "#" column that is not a metric', () => {
    const { mapping, records, errors } = importAsGuessed('ahrefs-domain-rating.csv');
    expect(mapping.domainColumn).toBe('Domain');
    expect(mapping.metrics.map((m) => m.name)).toEqual(['Domain Rating', 'Ref. domains', 'Organic traffic', 'Organic keywords']);
    expect(errors).toEqual([]);
    expect(records.map((r) => r.domain)).toEqual(['searchengineland.com', 'backlinko.com', 'gardenista.com', 'thespruce.com', 'smallbizseo.blog']);
    expect(records[0]?.metrics).toEqual({ 'Domain Rating': 91, 'Ref. domains': 98312, 'Organic traffic': 1204877, 'Organic keywords': 512033 });
  });

  it('Ahrefs: an empty traffic cell leaves traffic out for that domain, never 0', () => {
    const { records } = importAsGuessed('ahrefs-domain-rating.csv');
    const small = records.find((r) => r.domain === 'smallbizseo.blog');
    expect(small?.metrics).toEqual({ 'Domain Rating': 12, 'Ref. domains': 143, 'Organic keywords': 87 });
    expect(small?.metrics).not.toHaveProperty('Organic traffic');
  });

  it('Semrush: "Authority Score", "1.2M" and "98.1K", "n/a" as no data, a subdomain under its own name', () => {
    const { mapping, records, errors } = importAsGuessed('semrush-authority-score.csv');
    expect(mapping.domainColumn).toBe('Domain');
    expect(errors).toEqual([]);
    expect(records.find((r) => r.domain === 'ahrefs.com')?.metrics).toEqual({
      'Authority Score': 79,
      'Organic Traffic': 1_200_000,
      Backlinks: 38_400_000,
      'Referring Domains': 98_100,
    });
    expect(records.find((r) => r.domain === 'blog.hubspot.com')?.metrics).toEqual({
      'Authority Score': 88,
      'Organic Traffic': 8_500_000,
      'Referring Domains': 301_200,
    });
    expect(records.find((r) => r.domain === 'tinyknitting.co.uk')?.metrics.Backlinks).toBe(2500);
  });

  it('Moz: "Root Domain", percentages; en.wikipedia.org keeps its own figures beside wikipedia.org', () => {
    const { mapping, records, errors } = importAsGuessed('moz-domain-authority.csv');
    expect(mapping.domainColumn).toBe('Root Domain');
    expect(records.find((r) => r.domain === 'homebrewersguild.net')?.metrics).toEqual({
      'Domain Authority': 34,
      'Linking Root Domains': 1204,
      'Spam Score': 7,
    });
    expect(errors).toEqual([]);
    expect(records.map((r) => r.domain)).toEqual(['wikipedia.org', 'nytimes.com', 'en.wikipedia.org', 'homebrewersguild.net']);
  });

  it('a semicolon-separated European export: "12.345" is twelve thousand, "1,5" is one and a half', () => {
    const { table, records, errors } = importAsGuessed('european-semicolon.csv');
    expect(table.decimal).toBe(',');
    expect(errors).toEqual([]);
    expect(records).toEqual([
      { domain: 'zeit.de', metrics: { 'Domain Rating': 91, 'Organic traffic': 12_345_678, Backlinks: 1200, 'Spam score': 1.5 } },
      { domain: 'lemonde.fr', metrics: { 'Domain Rating': 92, 'Organic traffic': 8_765_432, Backlinks: 3456, 'Spam score': 0.8 } },
      { domain: 'kochbar.de', metrics: { 'Domain Rating': 55, 'Organic traffic': 12_345, Backlinks: 987, 'Spam score': 2 } },
      { domain: 'xn--bckerei-hansen-5hb.de', metrics: { 'Domain Rating': 21, 'Organic traffic': 1234, Backlinks: 45, 'Spam score': 0.25 } },
    ]);
  });

  it('a UTF-8 file with a BOM: the BOM is not part of the first header; IDN hosts and URLs become punycode domains', () => {
    const { table, mapping, records, errors } = importAsGuessed('utf8-bom.csv');
    expect(table.columns).toEqual(['Website', 'DA', 'Traffic']);
    expect(mapping.domainColumn).toBe('Website');
    expect(errors).toEqual([]);
    expect(records).toEqual([
      { domain: 'xn--bcher-kva.de', metrics: { DA: 64, Traffic: 120_000 } },
      { domain: 'xn--mller-shop-9db.de', metrics: { DA: 38, Traffic: 8500 } },
      { domain: new URL('http://例え.jp').hostname, metrics: { DA: 22, Traffic: 900 } },
      { domain: 'example.org', metrics: { DA: 50, Traffic: 1000 } },
    ]);
    expect(records[2]?.domain).toMatch(/^xn--[a-z0-9-]+\.jp$/);
  });

  it('a tab-separated Majestic export: "Item" is the domain column', () => {
    const { table, mapping, records, errors } = importAsGuessed('majestic-tab.tsv');
    expect(table.decimal).toBe('.');
    expect(mapping).toEqual({
      domainColumn: 'Item',
      metrics: ['TrustFlow', 'CitationFlow', 'RefDomains', 'ExtBackLinks'].map((name) => ({ column: name, name })),
    });
    expect(errors).toEqual([]);
    expect(records[0]).toEqual({ domain: 'bbc.co.uk', metrics: { TrustFlow: 92, CitationFlow: 88, RefDomains: 1_204_567, ExtBackLinks: 987_654_321 } });
  });
});

describe('bad rows are reported by row number with the bad value, the rest imported', () => {
  const { records, errors } = importAsGuessed('bad-rows.csv');

  it('keeps the good rows, an empty or "-"/"n/a" cell simply absent', () => {
    expect(records).toEqual([
      { domain: 'good-site.com', metrics: { DR: 45, Traffic: 1200 } },
      { domain: 'empty-metric.net', metrics: { Traffic: 300 } },
      { domain: 'no-data.com', metrics: {} },
    ]);
  });

  it('explains every skipped row', () => {
    expect(errors).toEqual([
      { row: 3, message: '"Total" is not a domain or URL.' },
      { row: 4, message: '"not a domain" is not a domain or URL.' },
      { row: 5, message: 'DR "abc" is not a number.' },
      { row: 6, message: 'good-site.com is already in row 2; the first is kept.' },
      { row: 9, message: 'has 4 cells but the header has 3 columns; a number like "12,345" may be missing its quotes.' },
      { row: 10, message: '"ftp://files.example.com" is not a domain or URL.' },
    ]);
  });
});

describe('parseMetric', () => {
  it.each([
    ['12,345', '.', 12345],
    ['1,234,567', '.', 1234567],
    ['12 345', '.', 12345],
    ['12\u00a0345', ',', 12345],
    ["12'345", '.', 12345],
    ['12.345', ',', 12345],
    ['12.345', '.', 12.345],
    ['12,345', ',', 12.345],
    ['1,5', '.', 1.5],
    ['0,25', ',', 0.25],
    ['1.234.567,89', ',', 1234567.89],
    ['1,234,567.89', '.', 1234567.89],
    ['1 234,5', ',', 1234.5],
    ['1.2K', '.', 1200],
    ['1,1k', ',', 1100],
    ['3M', '.', 3_000_000],
    ['2.5B', '.', 2_500_000_000],
    ['45%', '.', 45],
    ['4,5 %', ',', 4.5],
    ['-12', '.', -12],
    [' 7 ', '.', 7],
  ] as const)('reads %j (decimal %s) as %d', (cell, decimal, expected) => {
    expect(parseMetric(cell, decimal)).toBe(expected);
  });

  it.each(['abc', '12abc', '1 2', '1,2,3', '12..3', 'K', '', '--5', '1e5', '0x10'])('refuses %j', (cell) => {
    expect(parseMetric(cell, '.')).toBeNull();
  });
});

describe('a backlink export (source and target)', () => {
  it('takes the linking page, which its metrics describe, not the user’s own site it links to (Semrush, Ahrefs)', () => {
    const table = readAuthorityCsv('Page ascore,Source title,Source url,Target url,Domain ascore\n12,Tips,https://blog.example.org/tips,https://mysite.example/,40\n');
    expect(guessAuthorityMapping(table.columns, table.rows).domainColumn).toBe('Source url');
    const ahrefs = readAuthorityCsv('Referring page title,Referring page URL,Domain rating,Target URL\nTips,https://blog.example.org/tips,40,https://mysite.example/\n');
    expect(guessAuthorityMapping(ahrefs.columns, ahrefs.rows).domainColumn).toBe('Referring page URL');
  });

  it('keeps a linking page’s site-wide figures under its site (a URL with a path), a bare host under itself', () => {
    const table = readAuthorityCsv('Source url,Domain ascore\nhttps://blog.example.org/tips,40\nshop.example.net,22\n');
    const { records } = mapAuthorityRows(table, { domainColumn: 'Source url', metrics: [{ column: 'Domain ascore', name: 'Domain ascore' }] });
    expect(records.map((r) => r.domain)).toEqual(['example.org', 'shop.example.net']);
  });
});

describe('subdomains in an import', () => {
  it('a subdomain listed beside its site keeps its own figures; www is the site itself', () => {
    const table = readAuthorityCsv('Domain,Domain Authority\nblog.example.com,12\nexample.com,78\nwww.example.com,80\n');
    const { records, errors } = mapAuthorityRows(table, { domainColumn: 'Domain', metrics: [{ column: 'Domain Authority', name: 'Domain Authority' }] });
    expect(records).toEqual([
      { domain: 'blog.example.com', metrics: { 'Domain Authority': 12 } },
      { domain: 'example.com', metrics: { 'Domain Authority': 78 } },
    ]);
    expect(errors).toEqual([{ row: 4, message: 'example.com is already in row 3; the first is kept.' }]);
  });
});

describe('domainOfCell', () => {
  it.each([
    ['https://www.Example.com/page', 'example.com'],
    ['www.example.com', 'example.com'],
    ['blog.example.co.uk', 'example.co.uk'],
    ['example.com/*', 'example.com'],
    ['*.example.com', 'example.com'],
    ['http://example.com:8080/x?y=1', 'example.com'],
    ['EXAMPLE.COM.', 'example.com'],
    ['user.github.io', 'user.github.io'],
    ['bücher.de', 'xn--bcher-kva.de'],
  ])('reads %j as %j', (cell, domain) => {
    expect(domainOfCell(cell)).toBe(domain);
  });

  it.each(['Total', 'localhost', 'not a domain', '', 'mailto:a@example.com', 'ftp://example.com', 'https://user:pw@example.com/', 'example..com'])(
    'refuses %j',
    (cell) => {
      expect(domainOfCell(cell)).toBeNull();
    },
  );
});

describe('readAuthorityCsv', () => {
  it('skips blank lines but keeps spreadsheet row numbers for errors', () => {
    const table = readAuthorityCsv('\r\nDomain,DR\r\n\r\na.com,1\r\n\r\nb.com,x\r\n');
    expect(table.rows).toEqual([['a.com', '1'], ['b.com', 'x']]);
    expect(mapAuthorityRows(table, { domainColumn: 'Domain', metrics: [{ column: 'DR', name: 'DR' }] }).errors).toEqual([
      { row: 6, message: 'DR "x" is not a number.' },
    ]);
  });

  it('names the row whose quote is never closed', () => {
    const table = readAuthorityCsv('Domain,Traffic\na.com,"1,200\nb.com,5\n');
    expect(mapAuthorityRows(table, { domainColumn: 'Domain', metrics: [{ column: 'Traffic', name: 'Traffic' }] })).toEqual({
      records: [],
      errors: [{ row: 2, message: UNCLOSED_QUOTE_MESSAGE }],
    });
  });

  it('names blank and repeated headers so each column can be chosen', () => {
    expect(readAuthorityCsv('Domain,,Traffic,traffic\na.com,1,2,3\n').columns).toEqual(['Domain', 'Column 2', 'Traffic', 'traffic (2)']);
  });

  it('guesses decimal commas in a tab-separated file from its numbers', () => {
    expect(readAuthorityCsv('Domain\tSpam\na.com\t1,5\nb.com\t0,25\n').decimal).toBe(',');
    expect(readAuthorityCsv('Domain\tSpam\na.com\t1.5\nb.com\t12,345\n').decimal).toBe('.');
    // Only dot-grouped whole numbers (a German "Unicode text" export): thousands, not decimals.
    const german = readAuthorityCsv('Domain\tDR\tRef domains\nexample.com\t45\t1.234\nbar.net\t20\t2.000\n');
    expect(german.decimal).toBe(',');
    const { records } = mapAuthorityRows(german, { domainColumn: 'Domain', metrics: [{ column: 'Ref domains', name: 'Ref domains' }] });
    expect(records.map((r) => r.metrics['Ref domains'])).toEqual([1234, 2000]);
    // With nothing to tell either way, the dot.
    expect(readAuthorityCsv('Domain\tDR\na.com\t45\n').decimal).toBe('.');
  });

  it('follows an Excel "sep=" line', () => {
    const table = readAuthorityCsv('sep=;\nDomain;DR\na.com;4,5\n');
    expect(table.columns).toEqual(['Domain', 'DR']);
    expect(mapAuthorityRows(table, guessAuthorityMapping(table.columns, table.rows)).records).toEqual([{ domain: 'a.com', metrics: { DR: 4.5 } }]);
  });
});

describe('guessAuthorityMapping', () => {
  it('does not take "Domain Rating" or "Referring domains" for the domain column', () => {
    expect(guessAuthorityMapping(['Domain Rating', 'Referring domains', 'Target URL']).domainColumn).toBe('Target URL');
    expect(guessAuthorityMapping(['Domain Rating', 'Site']).domainColumn).toBe('Site');
  });

  it('prefers "Domain" to "URL" when a file has both', () => {
    expect(guessAuthorityMapping(['URL', 'Domain', 'DR']).domainColumn).toBe('Domain');
  });

  it('from headers alone, suggests the columns named like metrics', () => {
    expect(guessAuthorityMapping(['#', 'Domain', 'Domain Rating', 'First seen', 'Organic traffic', 'Language']).metrics).toEqual([
      { column: 'Domain Rating', name: 'Domain Rating' },
      { column: 'Organic traffic', name: 'Organic traffic' },
    ]);
  });

  it('with rows, suggests the columns that are mostly numbers, whatever their name', () => {
    const columns = ['Domain', 'Score X', 'Country', 'Checked'];
    const rows = [
      ['a.com', '12', 'DE', '2024-05-01'],
      ['b.com', '1,5K', 'FR', '2024-05-02'],
      ['c.com', '', 'US', '2024-05-03'],
    ];
    expect(guessAuthorityMapping(columns, rows).metrics).toEqual([{ column: 'Score X', name: 'Score X' }]);
  });

  it('with rows and no telling header, finds the column of domains', () => {
    expect(guessAuthorityMapping(['Name', 'Links'], [['alpha.com', '1'], ['beta.org', '2']]).domainColumn).toBe('Name');
  });

  it('finds no domain column rather than a wrong one', () => {
    expect(guessAuthorityMapping(['Keyword', 'Volume'], [['seo tools', '1200']]).domainColumn).toBeNull();
  });
});

describe('mapAuthorityRows', () => {
  const table: AuthorityTable = { columns: ['Domain', 'DR'], rows: [['a.com', '5']] };

  it('explains a mapping it cannot use instead of importing nothing silently', () => {
    expect(mapAuthorityRows(table, { domainColumn: null, metrics: [] }).errors).toEqual([
      { row: 1, message: 'Choose the column that holds the domains.' },
    ]);
    expect(mapAuthorityRows(table, { domainColumn: 'Domain', metrics: [{ column: 'UR', name: 'UR' }] }).errors).toEqual([
      { row: 1, message: 'There is no column named "UR".' },
    ]);
    expect(
      mapAuthorityRows(table, { domainColumn: 'Domain', metrics: [{ column: 'DR', name: 'DR' }, { column: 'Domain', name: 'dr' }] }).errors,
    ).toEqual([{ row: 1, message: 'Two metrics are named "dr".' }]);
  });

  it('names the metrics as the user renamed them, and numbers rows from 2 when the table has no row numbers', () => {
    const result = mapAuthorityRows(
      { columns: ['Domain', 'DR'], rows: [['a.com', '5'], ['b.com', 'high']] },
      { domainColumn: 'Domain', metrics: [{ column: 'DR', name: 'Ahrefs DR' }] },
    );
    expect(result.records).toEqual([{ domain: 'a.com', metrics: { 'Ahrefs DR': 5 } }]);
    expect(result.errors).toEqual([{ row: 3, message: 'Ahrefs DR "high" is not a number.' }]);
  });

  it('maps 50,000 rows, every one of them', () => {
    const lines = ['Domain,Domain Rating,Organic traffic,Ref. domains'];
    for (let i = 0; i < 50_000; i++) lines.push(`https://www.site-${i}.com/,${i % 100},"${(i * 37).toLocaleString('en')}",${i % 5000}`);
    const table = readAuthorityCsv(lines.join('\r\n'));
    const mapping = guessAuthorityMapping(table.columns, table.rows);
    // Its speed is not timed here (speed goals live in `npm run bench`); about 0.25 s of CPU.
    const { records, errors } = mapAuthorityRows(table, mapping);
    expect(errors).toEqual([]);
    expect(records).toHaveLength(50_000);
    expect(records[49_999]).toEqual({ domain: 'site-49999.com', metrics: { 'Domain Rating': 99, 'Organic traffic': 49_999 * 37, 'Ref. domains': 4999 } });
  });
});
