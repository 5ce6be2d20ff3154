import type { Prospect } from './types';

/**
 * Whether Linkscout has judged the page: a verdict always lists its reasons, while a row imported
 * from a plain list of URLs (another tool's export) has none, only the defaults of import.ts.
 */
export function isJudged(p: Pick<Prospect, 'reasons'>): boolean {
  return p.reasons.length > 0;
}
