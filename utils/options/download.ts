import { localDate } from './format';

/** `linkscout-prospects-2025-11-21.csv`: dated by the user's calendar day. */
export function exportFileName(kind: 'csv' | 'json', now: Date): string {
  return kind === 'csv' ? `linkscout-prospects-${localDate(now)}.csv` : `linkscout-backup-${localDate(now)}.json`;
}

/** Gather streamed text chunks into one Blob (the browser keeps it out of the JS heap). */
export async function blobFromChunks(chunks: AsyncIterable<string>, type: string): Promise<Blob> {
  const parts: string[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  return new Blob(parts, { type });
}

/** Save a Blob as a file through a temporary `<a download>`; the object URL is released afterwards. */
export function saveBlob(blob: Blob, fileName: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  doc.body.append(a);
  try {
    a.click();
  } finally {
    a.remove();
    // Revoked on the next task: revoking at once can cancel the download in some browsers.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
