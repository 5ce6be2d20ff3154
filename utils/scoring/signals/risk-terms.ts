/**
 * Wording that marks a risky page for link building: paid or sponsored posts, guest posts for
 * sale, site-submission directories, and the spam niches (gambling, pills, payday loans…).
 * Whole words and phrases, case aside, in English and a few words of the other languages the
 * page-type classifier reads.
 */

/** A whole-word, case-insensitive pattern of phrases (`\s+` between words). */
function phrases(list: readonly string[], flags = 'iu'): RegExp {
  const body = list.map((p) => p.trim().split(/\s+/).join('\\s+')).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, flags);
}

/** The page itself is paid for, or says its links are. */
export const PAID_WORDING = phrases([
  'sponsored (?:post|article|content|story)', 'paid (?:post|article|content|partnership|placement)', 'advertorial',
  '(?:this|the) (?:post|article|page) (?:may )?contains? affiliate links', 'affiliate disclosure',
  'gesponserter (?:beitrag|artikel)', 'bezahlter (?:beitrag|artikel)', 'article sponsorisé', 'publireportage', 'publi-rédactionnel',
  'artículo patrocinado', 'contenido patrocinado', 'articolo sponsorizzato', 'contenuto sponsorizzato', 'artigo patrocinado',
  'gesponsord (?:artikel|bericht)',
]);

/** Says its content is sponsored, or earns from affiliate links: common on honest pages too. */
export const MILD_PAID_WORDING = phrases(['sponsored by', '(?:this|the) (?:post|article|page) (?:may )?contains? affiliate links', 'affiliate disclosure']);

/** Asks for guest posts… */
export const GUEST_WORDING = phrases(['write for us', 'guest posts?', 'guest posting', 'submit (?:a |your )?(?:guest )?post', 'schreiben sie für uns', 'gastbeitrag', 'écrire pour nous', 'escribe para nosotros', 'scrivi per noi'], 'giu');
/** …and names a price: guest posts for sale. */
export const PRICE_WORDING = /(?:[$€£]\s?\d|\d\s?(?:[$€£]|usd|eur|gbp)(?![\p{L}])|(?<![\p{L}])(?:price|prices|pricing|fee|fees|rate card|per post|per article|preis|preise|prix|tarif|precio|prezzo|preço)(?![\p{L}]))/iu;

/** A directory that takes site submissions. */
export const SUBMIT_WORDING = phrases([
  'submit (?:your |a )?(?:site|url|link|website)', 'add (?:your |a )?(?:site|url|link|website)', 'suggest a (?:site|link|website)',
  'seite eintragen', 'webseite eintragen', 'soumettre (?:un |votre )?site', 'ajouter (?:un |votre )?site', 'añadir (?:tu )?(?:sitio|web)',
  'aggiungi (?:il tuo )?sito', 'site toevoegen',
]);

/** Spam niches: each term is a name shown to the user and its pattern. */
export const SPAM_TERMS: ReadonlyArray<readonly [string, RegExp]> = [
  ['casino', phrases(['casinos?', 'kasinos?', 'casinò'])],
  // Not "betting" alone: news bets on things all the time.
  ['betting', phrases(['sports betting', 'online betting', 'betting (?:sites?|odds|tips|offers?|bonus(?:es)?)', 'sportsbooks?', 'bookmakers?', 'sportwetten', 'paris sportifs', 'apuestas deportivas', 'scommesse sportive'])],
  ['poker', phrases(['poker'])],
  ['slots', phrases(['slot machines?', 'slot games?', 'online slots', 'free slots', 'spielautomaten', 'tragamonedas'])],
  ['viagra', phrases(['viagra'])],
  ['cialis', phrases(['cialis'])],
  ['levitra', phrases(['levitra', 'kamagra'])],
  ['payday loan', phrases(['payday loans?', 'cash advance loans?', 'title loans?', 'no credit check loans?'])],
  ['CBD', phrases(['cbd(?: oil| gummies)?'])],
  ['escort', phrases(['escorts?', 'escort service'])],
  ['porn', phrases(['porn', 'porno'])],
  ['replica watches', phrases(['replica (?:watches|handbags|bags)'])],
  ['essay writing service', phrases(['essay writing services?', 'buy essays?'])],
  ['buy followers', phrases(['buy (?:instagram |tiktok |twitter )?followers', 'buy likes'])],
];

/** The first match of a pattern in a text, lower-cased and folded, or null. */
export function matchIn(re: RegExp, text: string): string | null {
  const m = re.exec(text);
  return m ? m[0].toLowerCase().replace(/\s+/g, ' ') : null;
}
