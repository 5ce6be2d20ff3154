import { pageReading } from '../analysis/page-reading';
import { runSteps } from '../analysis/steps';
import type { Placement } from '../analysis/types';
import { mentionScanSteps, type MentionScanOptions, type MentionScanResult } from './scan';
import type { MentionTerm } from './types';

/**
 * The whole scan at once, reading the page as the link analysis does (tests, DOMParser
 * documents, scripts). `placementOf` stands in for an analysis' placements.
 */
export function scanMentions(
  doc: Document,
  terms: MentionTerm[],
  opts: Omit<MentionScanOptions, 'reading'> & { placementOf?: (el: Element) => Placement } = {},
): MentionScanResult {
  const { placementOf, ...rest } = opts;
  return runSteps(mentionScanSteps(doc, terms, { ...rest, reading: pageReading(() => placementOf) }));
}
