/** What the user told Linkscout about their own work; kept in extension storage (WXT storage). */
export interface Settings {
  /** Registrable domains the user builds links to, e.g. `example.com`. */
  mySites: string[];
  /** Competitors' registrable domains. */
  competitors: string[];
  /** Keywords or short phrases describing what the user wants links for. */
  topics: string[];
  /** The user's own brands, whose mentions on a page Linkscout finds (linked or not). */
  brands: Brand[];
  /** Competitors' brands, found the same way; their links are judged against their own domains. */
  competitorBrands: Brand[];
}

/** A brand as the user describes it; every name in it is a term to find on pages. */
export interface Brand {
  /** The brand's name as the user writes it, e.g. "Acme". */
  name: string;
  /** Other names it goes by: "ACME Corp", "Acme Inc." */
  aliases: string[];
  /** Registrable domains that are its own: "acme.com". */
  domains: string[];
  /** Optional product names ("Acme Rocket") and people ("Jane Doe, CEO of Acme" → "Jane Doe"). */
  products: string[];
  people: string[];
}

export const DEFAULT_SETTINGS: Settings = { mySites: [], competitors: [], topics: [], brands: [], competitorBrands: [] };

/** One domain's metrics from an authority CSV, as imported (names are the CSV's own, e.g. `DR`). */
export interface AuthorityRecord {
  /** The host without `www.` (a subdomain listed on its own) or a registrable domain, lower-case punycode. */
  domain: string;
  metrics: Record<string, number>;
}

/** About the last authority import: kept beside the rows so the popup can say where numbers came from. */
export interface AuthorityImportMeta {
  /** ISO date-time of the import. */
  importedAt: string;
  fileName: string;
  rows: number;
  /** Metric names in the order the user mapped them. */
  metrics: string[];
}

/** A domain's authority, or unknown: never estimated. */
export type Authority =
  | { known: true; domain: string; metrics: Record<string, number>; importedAt: string; source: string }
  | { known: false; domain: string; reason: string };
