import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { StaticServer } from '../lib/static-server';
import { largestCorpusPages } from './corpus-pages';
import { DEEP_DEPTH, deepPage, deepPageLinks } from './deep-page';
import { linkPage } from './link-page';
import type { BenchPage } from './measure-page';
import { mentionsPage, MENTIONS_TEXT_CHARS } from './mentions-page';

/** How many of the corpus' largest pages (by links) the bench measures. */
export const CORPUS_PAGES = 4;

interface Planned {
  name: string;
  /** Write the page and say what it is; called only for pages that run. */
  make(): { file: string; note: string; mentions?: boolean };
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/**
 * Every page the bench knows, in the order it runs them: the synthetic ones are written into
 * `dir` (only those asked for: the 50k page takes a moment), the corpus' largest are served from
 * where they are. `notes` gets a line when the corpus is missing.
 */
export function planPages(dir: string, repoRoot: string, notes: string[]): Planned[] {
  const write = (name: string, html: string): string => {
    const file = path.join(dir, `${name}.html`);
    writeFileSync(file, html);
    return file;
  };
  const planned: Planned[] = [1_000, 10_000, 50_000].map((n) => ({
    name: `links-${n / 1000}k`,
    make: () => {
      const page = linkPage(n);
      return { file: write(`links-${n / 1000}k`, page.html), note: `synthetic, ${n.toLocaleString('en-US')} links, ${mb(Buffer.byteLength(page.html))}` };
    },
  }));
  planned.push({
    name: 'mentions-2mb',
    make: () => {
      const page = mentionsPage();
      const written = page.mentions.unlinked + page.mentions.linkedToOwn + page.mentions.linkedElsewhere + page.mentions.hidden;
      return {
        file: write('mentions-2mb', page.html),
        note: `${mb(page.textChars)} of text (asked ${mb(MENTIONS_TEXT_CHARS)}), 200 brand terms, ${written.toLocaleString('en-US')} written, ${page.links} links`,
        mentions: true,
      };
    },
  });
  planned.push({
    name: `deep-${DEEP_DEPTH}`,
    make: () => ({ file: write(`deep-${DEEP_DEPTH}`, deepPage()), note: `${DEEP_DEPTH.toLocaleString('en-US')} nested elements built by its script, ${deepPageLinks()} links` }),
  });
  // The hostile fixture with a megabyte of anchor text: linear string work, or a freeze.
  planned.push({
    name: 'huge-anchor',
    make: () => ({ file: path.join(repoRoot, 'tests/fixtures/hostile/huge-anchor-text.html'), note: 'a link whose text is 1 MB (tests/fixtures/hostile)' }),
  });
  const corpus = largestCorpusPages(repoRoot, CORPUS_PAGES);
  if (!corpus) notes.push('Corpus pages skipped: ../shared/corpus is not there.');
  for (const pick of corpus ?? []) {
    planned.push({
      name: `corpus-${pick.page.set}-${pick.page.id.slice(0, 10)}`,
      make: () => ({ file: pick.page.htmlPath, note: `corpus ${pick.page.pageType}, ${pick.linkTags.toLocaleString('en-US')} link tags, ${mb(pick.bytes)}, ${hostOf(pick.page.url)}` }),
    });
  }
  return planned;
}

/** Write (or find) each page and serve it. */
export function servePages(planned: Planned[], server: StaticServer): BenchPage[] {
  return planned.map((p) => {
    const made = p.make();
    return { name: p.name, url: server.add(made.file), note: made.note, mentions: made.mentions ?? false };
  });
}
