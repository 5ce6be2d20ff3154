/**
 * The corpus's page types in Linkscout's terms, for `npm run eval:pagetype`. The corpus has no
 * resource, directory or guest-post pages: those are measured by unit fixtures only.
 */
import type { CorpusPage } from './corpus';
import type { PageType } from '../../utils/scoring/page-type';

const MAP: Record<string, PageType> = {
  listing: 'listing',
  collection: 'listing',
  article: 'article',
  forum: 'forum',
  documentation: 'other',
  product: 'other',
  service: 'other',
};

/** Our type for a corpus page (aeb pages are articles), or null for a type we do not map. */
export function expectedPageType(page: Pick<CorpusPage, 'set' | 'pageType'>): PageType | null {
  if (page.set === 'aeb') return 'article';
  return MAP[page.pageType] ?? null;
}
