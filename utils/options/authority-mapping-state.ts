import type { AuthorityMapping } from '../settings/authority-csv';

/** One non-domain column of the authority CSV, as the mapping form shows it. */
export interface MetricChoice {
  column: string;
  include: boolean;
  /** The metric's name in Linkscout (editable; defaults to the column's name). */
  name: string;
}

/** The form's rows for a guessed mapping: every column but the domain, the guessed metrics ticked. */
export function metricChoices(columns: readonly string[], mapping: AuthorityMapping): MetricChoice[] {
  return columns
    .filter((c) => c !== mapping.domainColumn)
    .map((column) => {
      const guessed = mapping.metrics.find((m) => m.column === column);
      return { column, include: guessed !== undefined, name: guessed?.name ?? column };
    });
}

/** Choosing another domain column: that column leaves the metric list, the old one joins it unticked. */
export function changeDomainColumn(columns: readonly string[], choices: readonly MetricChoice[], domainColumn: string | null): MetricChoice[] {
  return columns
    .filter((c) => c !== domainColumn)
    .map((column) => choices.find((c) => c.column === column) ?? { column, include: false, name: column });
}

/** The mapping the form stands for: ticked metrics in column order, names trimmed. */
export function mappingFromChoices(domainColumn: string | null, choices: readonly MetricChoice[]): AuthorityMapping {
  return {
    domainColumn,
    metrics: choices.filter((c) => c.include).map((c) => ({ column: c.column, name: c.name.trim() })),
  };
}

/** Why the mapping cannot be imported yet, in words; empty when it can. */
export function mappingProblems(mapping: AuthorityMapping): string[] {
  const problems: string[] = [];
  if (!mapping.domainColumn) problems.push('Choose the column that holds the domains.');
  if (mapping.metrics.length === 0) problems.push('Tick at least one metric column.');
  if (mapping.metrics.some((m) => m.name === '')) problems.push('Every ticked metric needs a name.');
  const names = mapping.metrics.map((m) => m.name.toLocaleLowerCase()).filter((n) => n !== '');
  const twice = [...new Set(names.filter((n, i) => names.indexOf(n) !== i))];
  if (twice.length > 0) problems.push(`Two metrics are named “${twice.join('”, “')}”: give each its own name.`);
  return problems;
}
