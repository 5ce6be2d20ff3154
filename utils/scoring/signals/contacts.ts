/**
 * Contacts: whether the page shows a way to reach the people behind it. An address or a contact
 * page makes outreach easy; profiles and an author name are a start; nothing means digging.
 * It counts for little: a missing contact link is common and the site may still have one.
 */
import type { Contacts } from '../../prospects/types';
import { decisiveness, type SignalResult } from './signal-result';
import { listing, plural } from './wording';

const WEIGHT = 0.5;

const NETWORK_NAMES: Array<[RegExp, string]> = [
  [/^(?:x|twitter)\.com$/, 'X/Twitter'],
  [/^linkedin\.com$/, 'LinkedIn'],
  [/^(?:facebook|fb)\.com$/, 'Facebook'],
  [/^instagram\.com$/, 'Instagram'],
  [/^youtube\.com$/, 'YouTube'],
  [/^github\.com$/, 'GitHub'],
  [/^bsky\.app$/, 'Bluesky'],
  [/^tiktok\.com$/, 'TikTok'],
  [/^pinterest\./, 'Pinterest'],
  [/^threads\./, 'Threads'],
];

/** "LinkedIn", or the server of a Mastodon-like profile. */
export function networkName(profile: string): string {
  const host = profile.replace(/^https?:\/\//, '').split('/')[0] ?? '';
  return NETWORK_NAMES.find(([re]) => re.test(host))?.[1] ?? host;
}

/** A contact page as a reader would recognise it: its path. */
function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}

export function contactsSignal(contacts: Contacts): SignalResult {
  const { emails, contactPages, socialProfiles, author } = contacts;
  const networks = [...new Set(socialProfiles.map(networkName))];
  const evidence = [
    ...emails.map((e) => `e-mail: ${e}`),
    ...contactPages.map((p) => `contact page: ${pathOf(p)}`),
    ...socialProfiles.map((p) => `${networkName(p)}: ${p}`),
    ...(author ? [`author: ${author}`] : []),
  ];
  const found = [
    emails.length ? plural(emails.length, 'e-mail address', 'e-mail addresses') : '',
    contactPages.length ? plural(contactPages.length, 'contact page') : '',
    networks.length ? `profiles on ${listing(networks.slice(0, 4))}` : '',
    author ? `the author (${author})` : '',
  ].filter(Boolean);

  const result = (tone: 'good' | 'neutral' | 'bad', value: number, summary: string, reason: string): SignalResult => ({
    signal: { id: 'contacts', tone, summary, evidence },
    value,
    weight: WEIGHT,
    reasons: [{ text: reason, weight: decisiveness(value, WEIGHT) }],
  });

  if (emails.length) return result('good', 80, `Reachable: ${found.join('; ')}`, `E-mail on the page: ${emails.slice(0, 2).join(', ')}`);
  if (contactPages.length) return result('good', 70, `Reachable: ${found.join('; ')}`, `Contact page linked: ${pathOf(contactPages[0]!)}`);
  if (found.length) return result('neutral', 55, `Only ${found.join('; ')}`, `No e-mail or contact page; only ${found.join('; ')}`);
  return result('bad', 35, 'No contact details on the page', 'No contact details on the page');
}
