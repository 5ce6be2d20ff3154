import { afterEach, describe, expect, it, vi } from 'vitest';
import { blobFromChunks, exportFileName, saveBlob } from '@/utils/options/download';
import { formatBytes, formatDateTime, formatDay, plural } from '@/utils/options/format';

describe('formatting', () => {
  it('sizes in readable units', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(1023)).toBe('1023 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(5 * 1024 ** 3)).toBe('5 GB');
    expect(formatBytes(123.4 * 1024 ** 2)).toBe('123 MB');
  });
  it('dates by the local calendar', () => {
    const local = new Date(2025, 0, 5, 9, 7);
    expect(formatDay(local.toISOString())).toBe('2025-01-05');
    expect(formatDateTime(local.toISOString())).toBe('2025-01-05 09:07');
  });
  it('shows an imported date it cannot read as it was written', () => expect(formatDay('last tuesday')).toBe('last tuesday'));
  it('counts in words', () => {
    expect(plural(1, 'prospect')).toBe('1 prospect');
    expect(plural(12345, 'prospect')).toBe('12,345 prospects');
  });
});

describe('export files', () => {
  afterEach(() => vi.useRealTimers());

  it('are named for the day of the export', () => {
    const day = new Date(2025, 10, 21, 23, 59);
    expect(exportFileName('csv', day)).toBe('linkscout-prospects-2025-11-21.csv');
    expect(exportFileName('json', day)).toBe('linkscout-backup-2025-11-21.json');
  });

  it('join every streamed chunk in order', async () => {
    async function* chunks() {
      yield '\uFEFFurl,title\r\n';
      yield 'https://a.example/,A\r\n';
    }
    const blob = await blobFromChunks(chunks(), 'text/csv');
    expect(blob.type).toBe('text/csv');
    expect(await blob.text()).toBe('\uFEFFurl,title\r\nhttps://a.example/,A\r\n');
  });

  it('are saved through a temporary download link that leaves nothing behind', () => {
    vi.useFakeTimers();
    const clicked: { download: string; href: string }[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ download: this.download, href: this.href });
    });
    const revoke = vi.spyOn(URL, 'revokeObjectURL');
    saveBlob(new Blob(['x']), 'linkscout-prospects-2025-11-21.csv');
    expect(click).toHaveBeenCalledTimes(1);
    expect(clicked[0]!.download).toBe('linkscout-prospects-2025-11-21.csv');
    expect(clicked[0]!.href).toMatch(/^blob:/);
    expect(document.querySelectorAll('a[download]')).toHaveLength(0);
    vi.runAllTimers();
    expect(revoke).toHaveBeenCalledWith(clicked[0]!.href);
  });
});
