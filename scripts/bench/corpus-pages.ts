import { corpusExists, corpusRoot, loadCorpus, readPageHtml, type CorpusPage } from '../lib/corpus';

/** Link tags with an href in a page's markup: a cheap size measure to pick the corpus' largest pages by. */
export function countLinkTags(html: string): number {
  return html.match(/<(?:a|area)\s[^>]*?\bhref\s*=/gi)?.length ?? 0;
}

export interface CorpusPick {
  page: CorpusPage;
  linkTags: number;
  bytes: number;
}

/**
 * The `n` corpus pages with the most links in their markup (ties: the larger page); null when
 * the corpus (../shared/corpus) is not there.
 */
export function largestCorpusPages(repoRoot: string, n: number): CorpusPick[] | null {
  const root = corpusRoot(repoRoot);
  if (!corpusExists(root)) return null;
  const picks = loadCorpus(root).map((page) => {
    const html = readPageHtml(page);
    return { page, linkTags: countLinkTags(html), bytes: Buffer.byteLength(html) };
  });
  return picks.sort((a, b) => b.linkTags - a.linkTags || b.bytes - a.bytes).slice(0, n);
}
