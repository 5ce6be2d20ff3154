/** Plain-text tables for the bench's output (no colours: it is read in logs and docs too). */

export function table(headers: string[], rows: string[][], rightAligned: ReadonlySet<number> = new Set()): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (rightAligned.has(i) ? c.padStart(widths[i] as number) : c.padEnd(widths[i] as number)))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function formatMs(ms: number | null): string {
  if (ms === null || Number.isNaN(ms)) return '—';
  if (ms < 10) return `${ms.toFixed(1)} ms`;
  if (ms < 10_000) return `${Math.round(ms).toLocaleString('en-US')} ms`;
  return `${(ms / 1000).toFixed(1)} s`;
}

export function formatBytes(bytes: number): string {
  if (Math.abs(bytes) >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  return `${(bytes / 1024).toFixed(1)} KB`;
}

export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

/** A budget's verdict beside its figure. */
export function mark(status: 'pass' | 'fail' | 'not run' | undefined): string {
  return status === 'pass' ? ' ok' : status === 'fail' ? ' FAIL' : '';
}
