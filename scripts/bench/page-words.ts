import type { Random } from './seeded-random';

/**
 * Words and names for the synthetic pages: plain lower-case ASCII, so nothing in them needs
 * escaping and no accidental brand term (the mentions page adds those on purpose) appears.
 */
const WORDS = (
  'garden soil compost seed water light shade bed tool spade rake hose pot plant root leaf ' +
  'flower fruit tree shrub hedge lawn grass mulch path fence gate season spring summer autumn ' +
  'winter frost rain sun week month year guide tip method result problem answer reason idea ' +
  'small large early late quick slow simple careful better easy hard common rare local fresh ' +
  'grow prune sow water feed cut dig plant harvest store keep check choose use try find learn ' +
  'the a of and to in for with on at from by about into over after before under between ' +
  'this that these those each every most some many few more less very often always never'
).split(' ');

export function words(rng: Random, n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(rng.pick(WORDS));
  return out.join(' ');
}

/** A capitalised phrase: a heading, an anchor text, a post title. */
export function title(rng: Random, n: number): string {
  const w = words(rng, n);
  return w.charAt(0).toUpperCase() + w.slice(1);
}

const FIRST = ['Ana', 'Ben', 'Cleo', 'Dev', 'Eli', 'Fay', 'Gus', 'Hana', 'Ivo', 'June', 'Kai', 'Lena', 'Milo', 'Nia', 'Otto', 'Pia'];
const LAST = ['Moss', 'Reed', 'Stone', 'Field', 'Brook', 'Hill', 'Wood', 'Lake', 'Marsh', 'Vale', 'Ford', 'Dale'];

export function personName(rng: Random): string {
  return `${rng.pick(FIRST)} ${rng.pick(LAST)}`;
}

/** Other sites the pages link to: a stable list, so some are linked many times (as on real pages). */
export const EXTERNAL_HOSTS: readonly string[] = Array.from({ length: 240 }, (_, i) => `site${i}.example`);
