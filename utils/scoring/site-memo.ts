import { registrableDomain } from '../site';

/**
 * registrableDomain for one report, remembered per host: a big page has thousands of links to a
 * few hundred hosts, and each lookup walks the public suffix list.
 */
export function siteMemo(): (host: string) => string {
  const known = new Map<string, string>();
  return (host) => {
    let site = known.get(host);
    if (site === undefined) {
      site = registrableDomain(host);
      known.set(host, site);
    }
    return site;
  };
}
