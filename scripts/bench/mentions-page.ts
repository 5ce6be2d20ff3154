import { benchBrand, BRAND_COUNT, brandTexts } from './bench-brands';
import { EXTERNAL_HOSTS, title, words } from './page-words';
import { seededRandom } from './seeded-random';

/**
 * A long article (about `textChars` characters of text, 2 MB by default) for the brand
 * mentions scan: every 60–180 words one of the 200 bench brand terms, mostly unlinked, some
 * linked to the brand's own domain, some linked to another site, a few in hidden text; plus a
 * header, in-text links to other sites and a footer, so the link analysis has its usual work.
 */
export interface MentionsPage {
  html: string;
  /** Characters of text written (markup excluded). */
  textChars: number;
  /** Brand terms written, by how: what the scan should find (before its cap). */
  mentions: { unlinked: number; linkedToOwn: number; linkedElsewhere: number; hidden: number };
  links: number;
}

export const MENTIONS_TEXT_CHARS = 2_000_000;

export function mentionsPage(textChars = MENTIONS_TEXT_CHARS, seed = 1): MentionsPage {
  const rng = seededRandom(seed * 104_729 + 13);
  const terms = Array.from({ length: BRAND_COUNT }, (_, i) => {
    const brand = benchBrand(i);
    return { texts: brandTexts(brand), domain: brand.domains[0] as string };
  });
  const mentions = { unlinked: 0, linkedToOwn: 0, linkedElsewhere: 0, hidden: 0 };
  let chars = 0;
  let links = 0;
  const text = (s: string): string => {
    chars += s.length;
    return s;
  };
  const link = (href: string, s: string): string => {
    links++;
    return `<a href="${href}">${text(s)}</a>`;
  };

  const nav: string[] = [];
  for (let i = 0; i < 24; i++) nav.push(`<li>${link(`/topic/${i}`, title(rng, 1))}</li>`);
  const body: string[] = [];
  let untilMention = 60 + rng.int(120);
  while (chars < textChars) {
    if (body.length % 12 === 0) body.push(`<h2>${text(title(rng, 5))}</h2>`);
    const parts: string[] = [];
    let wordsLeft = 40 + rng.int(60);
    while (wordsLeft > 0) {
      const n = Math.min(wordsLeft, untilMention);
      parts.push(text(words(rng, n)));
      wordsLeft -= n;
      untilMention -= n;
      if (untilMention > 0) continue;
      untilMention = 60 + rng.int(120);
      const brand = rng.pick(terms);
      const term = rng.pick(brand.texts);
      const how = rng.next();
      if (how < 0.08) {
        mentions.linkedToOwn++;
        parts.push(link(`https://www.${brand.domain}/`, term));
      } else if (how < 0.16) {
        mentions.linkedElsewhere++;
        parts.push(link(`https://${rng.pick(EXTERNAL_HOSTS)}/review`, term));
      } else if (how < 0.2) {
        mentions.hidden++;
        parts.push(`<span style="display:none">${text(term)}</span>`);
      } else {
        mentions.unlinked++;
        parts.push(text(term));
      }
    }
    if (rng.chance(0.3)) parts.push(link(`https://${rng.pick(EXTERNAL_HOSTS)}/${words(rng, 2).replace(/ /g, '-')}`, words(rng, 3)));
    body.push(`<p>${parts.join(' ')}.</p>`);
  }
  const footer: string[] = [];
  for (let i = 0; i < 16; i++) footer.push(`<li>${link(`/page/${i}`, title(rng, 2))}</li>`);

  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Brand mentions: a long review of garden tools</title>
<style>body{font:16px/1.5 Georgia,serif;max-width:900px;margin:0 auto;padding:16px}nav ul,footer ul{list-style:none;display:flex;flex-wrap:wrap;gap:10px;padding:0}</style></head>
<body><header><nav aria-label="Topics"><ul>${nav.join('')}</ul></nav></header>
<main><article><h1>The long review</h1>
${body.join('\n')}
</article></main>
<footer><ul>${footer.join('')}</ul></footer></body></html>
`;
  return { html, textChars: chars, mentions, links };
}
