import type { Brand } from '@/utils/settings/types';
import { buildTerms } from '@/utils/mentions/terms';
import type { MentionTerm } from '@/utils/mentions/types';

/** A brand with only the fields a test cares about. */
export function brand(name: string, over: Partial<Brand> = {}): Brand {
  return { name, aliases: [], domains: [], products: [], people: [], ...over };
}

/** The user's brand Acme (acme.com, product Acme Rocket) and the competitor Rival (rival.io). */
export const ACME_AND_RIVAL: MentionTerm[] = buildTerms({
  brands: [brand('Acme', { domains: ['acme.com'], products: ['Acme Rocket'] })],
  competitorBrands: [brand('Rival', { domains: ['rival.io'] })],
});

/**
 * A fixture loaded into the test window's own document. Ranges need it: happy-dom collapses
 * a range whose ends are in a DOMParser document (browsers do not).
 */
export function loadLiveFixture(html: Document): Document {
  document.head.innerHTML = html.head.innerHTML;
  document.body.innerHTML = html.body.innerHTML;
  return document;
}
