import type { Brand } from '../../utils/settings/types';

/**
 * The brands the mentions page is scanned for: one of the user's own and 19 competitors, ten
 * terms each (name, four aliases, the domain in its two written forms, two products, one
 * person), so buildTerms gives 200 terms. Names are made-up words that occur in no other text
 * of the bench pages.
 */
const SYLLABLES = ['zor', 'vex', 'qua', 'lin', 'dro', 'kel', 'mir', 'tav', 'pex', 'ulo', 'syn', 'bri', 'gat', 'fol', 'nep', 'wyr'];
const PRODUCTS = ['Pulse', 'Orbit', 'Forge', 'Atlas'];
const PEOPLE_FIRST = ['Mara', 'Tobin', 'Ilse', 'Rafe', 'Odile'];

export const BRAND_COUNT = 20;
export const TERMS_PER_BRAND = 10;

function brandWord(i: number): string {
  const a = SYLLABLES[i % SYLLABLES.length] as string;
  // The second syllable shifts once the first has gone round, so no two names are the same.
  const b = SYLLABLES[(i + 7 + Math.floor(i / SYLLABLES.length) * 5) % SYLLABLES.length] as string;
  const c = SYLLABLES[(i * 5 + 11) % SYLLABLES.length] as string;
  const w = `${a}${b}${c}`;
  return w.charAt(0).toUpperCase() + w.slice(1);
}

export function benchBrand(i: number): Brand {
  const name = brandWord(i);
  const domain = `${name.toLowerCase()}.example`;
  return {
    name,
    aliases: [`${name} Labs`, `${name} Inc.`, `${name}HQ`, `the ${name} team`],
    domains: [domain],
    products: [`${name} ${PRODUCTS[i % PRODUCTS.length]}`, `${name} ${PRODUCTS[(i + 1) % PRODUCTS.length]}`],
    people: [`${PEOPLE_FIRST[i % PEOPLE_FIRST.length]} ${name}son`],
  };
}

export function benchBrands(): { brands: Brand[]; competitorBrands: Brand[] } {
  const all = Array.from({ length: BRAND_COUNT }, (_, i) => benchBrand(i));
  return { brands: all.slice(0, 1), competitorBrands: all.slice(1) };
}

/** Every term's text as written in the page (the domain also with `www.`). */
export function brandTexts(brand: Brand): string[] {
  const domains = brand.domains.flatMap((d) => [d, `www.${d}`]);
  return [brand.name, ...brand.aliases, ...domains, ...brand.products, ...brand.people];
}
