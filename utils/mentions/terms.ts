import type { Brand, Settings } from '../settings/types';
import { MAX_TERM_LENGTH, type MentionOwner, type MentionTerm, type TermKind } from './types';
import { foldText } from './fold';

/** Shorter terms ("A", "X") would match all over any page. */
const MIN_FOLDED_LENGTH = 2;

/**
 * The bare domain a user typed, as written in text: lower case, without scheme, path, port,
 * trailing dot or `www.` ("https://www.Acme.com/" → "acme.com"); '' when it is not a domain.
 */
export function bareDomain(input: string): string {
  let d = input.trim().toLowerCase();
  d = d.replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/[/?#].*$/, '').replace(/:\d+$/, '').replace(/\.$/, '');
  if (d.startsWith('www.')) d = d.slice(4);
  return /^[^\s.]+(\.[^\s.]+)+$/.test(d) ? d : '';
}

/**
 * Every term to look for, brands first, then competitors: names, aliases, products, people,
 * and each domain in the two forms people write it (`acme.com`, `www.acme.com`). A text that
 * folds to one already listed for the same brand is left out. Domain terms also tell the scan
 * which links are the brand's own.
 */
export function buildTerms(settings: Pick<Settings, 'brands' | 'competitorBrands'>): MentionTerm[] {
  const terms: MentionTerm[] = [];
  const add = (owner: MentionOwner, brand: Brand, seen: Map<string, MentionTerm>) => {
    const name = brand.name.trim() || bareDomain(brand.domains[0] ?? '');
    if (!name) return;
    const push = (text: string, kind: TermKind) => {
      const t = text.trim();
      const folded = foldText(t);
      if (t.length > MAX_TERM_LENGTH || folded.length < MIN_FOLDED_LENGTH) return;
      const listed = seen.get(folded);
      // A domain also typed as the name or an alias ("Booking.com"): that term is the domain,
      // which tells the scan the brand's own links.
      if (listed) {
        if (kind === 'domain') listed.kind = 'domain';
        return;
      }
      const term: MentionTerm = { text: t, brand: name, owner, kind };
      seen.set(folded, term);
      terms.push(term);
    };
    push(brand.name, 'name');
    for (const a of brand.aliases) push(a, 'alias');
    for (const raw of brand.domains) {
      const d = bareDomain(raw);
      if (!d) continue;
      push(d, 'domain');
      push(`www.${d}`, 'domain');
    }
    for (const p of brand.products) push(p, 'product');
    for (const p of brand.people) push(p, 'person');
  };
  for (const b of settings.brands) add('brand', b, new Map());
  for (const b of settings.competitorBrands) add('competitor', b, new Map());
  return terms;
}
