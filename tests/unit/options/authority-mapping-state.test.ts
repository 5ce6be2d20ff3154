import { describe, expect, it } from 'vitest';
import { changeDomainColumn, mappingFromChoices, mappingProblems, metricChoices } from '@/utils/options/authority-mapping-state';

// Columns as an Ahrefs-style export names them.
const columns = ['Target', 'Domain Rating', 'Ref. domains', 'Organic traffic', 'Notes'];
const guess = { domainColumn: 'Target', metrics: [{ column: 'Domain Rating', name: 'DR' }, { column: 'Organic traffic', name: 'Organic traffic' }] };

describe('authority column mapping', () => {
  it('prefills the form from the guess: every other column listed, guessed metrics ticked and named', () =>
    expect(metricChoices(columns, guess)).toEqual([
      { column: 'Domain Rating', include: true, name: 'DR' },
      { column: 'Ref. domains', include: false, name: 'Ref. domains' },
      { column: 'Organic traffic', include: true, name: 'Organic traffic' },
      { column: 'Notes', include: false, name: 'Notes' },
    ]));

  it('turns the ticked choices back into a mapping in column order, names trimmed', () => {
    const choices = metricChoices(columns, guess).map((c) => (c.column === 'Ref. domains' ? { ...c, include: true, name: '  RD ' } : c));
    expect(mappingFromChoices('Target', choices)).toEqual({
      domainColumn: 'Target',
      metrics: [
        { column: 'Domain Rating', name: 'DR' },
        { column: 'Ref. domains', name: 'RD' },
        { column: 'Organic traffic', name: 'Organic traffic' },
      ],
    });
  });

  it('choosing another domain column takes it out of the metrics and lists the old one, keeping other choices', () => {
    const next = changeDomainColumn(columns, metricChoices(columns, guess), 'Notes');
    expect(next.map((c) => c.column)).toEqual(['Target', 'Domain Rating', 'Ref. domains', 'Organic traffic']);
    expect(next.find((c) => c.column === 'Target')).toEqual({ column: 'Target', include: false, name: 'Target' });
    expect(next.find((c) => c.column === 'Domain Rating')?.name).toBe('DR');
  });

  it('explains what is missing before an import is possible', () => {
    expect(mappingProblems({ domainColumn: null, metrics: [] })).toEqual(['Choose the column that holds the domains.', 'Tick at least one metric column.']);
    expect(mappingProblems({ domainColumn: 'Target', metrics: [{ column: 'A', name: '' }] })).toEqual(['Every ticked metric needs a name.']);
    expect(mappingProblems({ domainColumn: 'Target', metrics: [{ column: 'A', name: 'DR' }, { column: 'B', name: 'dr' }] })[0]).toContain('“dr”');
    expect(mappingProblems(guess)).toEqual([]);
  });
});
