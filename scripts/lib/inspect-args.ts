import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_SETTINGS, type Brand, type Settings } from '../../utils/settings/types';

/** Command line of `npm run inspect`: pure parsing, no I/O (see tests/unit/scripts/inspect-args.test.ts). */
export interface InspectArgs {
  /** One JSON object per page per line instead of the readable summary. */
  json: boolean;
  /** Write the output to this file instead of stdout. */
  out: string | null;
  /** Files (.html, .html.gz) and URLs, in the order given. */
  inputs: string[];
  /** Build the extension first when the build is missing or stale (false: `--no-build`). */
  build: boolean;
  /** How long a page may take to load, in milliseconds. */
  timeoutMs: number;
  help: boolean;
  /** Settings for the verdict from --topic, --site and --competitor; null when none was given. */
  settings: Settings | null;
}

export type ParsedArgs = { ok: true; args: InspectArgs } | { ok: false; error: string };

export const DEFAULT_TIMEOUT_MS = 30_000;

export const USAGE = `Usage: npm run inspect -- [options] <file-or-url>...

Opens each page in headless Chromium with the built Linkscout extension, clicks its toolbar
button and prints what the popup reports: counts by placement, rel and visibility, and the
first content links with their strength.

Inputs: local .html / .html.gz files (served from a loopback server) or http(s) URLs.

Options:
  --json            one JSON object per page per line
  --out FILE        write the output to FILE instead of stdout
  --timeout SECS    page load timeout (default ${DEFAULT_TIMEOUT_MS / 1000})
  --no-build        use .output/chrome-mv3 as it is, even when older than the sources
  -h, --help        show this help

Settings for the verdict (each repeatable; stored in the extension as its options page does):
  --topic TEXT          a topic you want links for, e.g. --topic "link building"
  --site DOMAIN         one of your own sites
  --competitor DOMAIN   a competitor's site (its mentions are found too)
  --brand NAME          your brand's name (the first) and other names it goes by; with --brand,
                        the JSON gains \`mentions\` and the summary counts them by link state

Exit code: 0 when every input was inspected, 1 when any failed, 2 on a usage error.`;

/**
 * Brands as the options page would hold them: one brand named by the first --brand (the others
 * its aliases) owning the --site domains; each --competitor domain a competitor brand.
 */
function withBrands(settings: Settings, names: string[]): Settings {
  const [name, ...aliases] = names;
  const brands: Brand[] = name ? [{ name, aliases, domains: [...settings.mySites], products: [], people: [] }] : [];
  const competitorBrands: Brand[] = settings.competitors.map((d) => ({ name: d, aliases: [], domains: [d], products: [], people: [] }));
  return { ...settings, brands, competitorBrands };
}

const SETTING_OF = { '--topic': 'topics', '--site': 'mySites', '--competitor': 'competitors' } as const;

export function parseInspectArgs(argv: readonly string[]): ParsedArgs {
  const args: InspectArgs = { json: false, out: null, inputs: [], build: true, timeoutMs: DEFAULT_TIMEOUT_MS, help: false, settings: null };
  let onlyInputs = false;
  const brandNames: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (onlyInputs || arg === '-' || !arg.startsWith('-')) {
      args.inputs.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyInputs = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : null;
    const value = (): string | null => {
      if (inline !== null) return inline;
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith('-') && next !== '-')) return null;
      i++;
      return next;
    };
    switch (name) {
      case '--json':
      case '--no-build':
      case '--help':
      case '-h':
        if (inline !== null) return { ok: false, error: `${name} takes no value` };
        if (name === '--json') args.json = true;
        else if (name === '--no-build') args.build = false;
        else args.help = true;
        break;
      case '--out':
      case '-o': {
        const v = value();
        if (!v) return { ok: false, error: `${name} needs a file name` };
        args.out = v;
        break;
      }
      case '--timeout': {
        const v = value();
        const secs = v === null ? NaN : Number(v);
        if (!Number.isFinite(secs) || secs <= 0) return { ok: false, error: `--timeout needs a number of seconds, got ${v ?? 'nothing'}` };
        args.timeoutMs = Math.round(secs * 1000);
        break;
      }
      case '--topic':
      case '--site':
      case '--competitor':
      case '--brand': {
        const v = value()?.trim();
        if (!v) return { ok: false, error: `${name} needs a value` };
        args.settings ??= { ...DEFAULT_SETTINGS, mySites: [], competitors: [], topics: [] };
        if (name === '--brand') brandNames.push(v);
        else args.settings[SETTING_OF[name]].push(v);
        break;
      }
      default:
        return { ok: false, error: `Unknown option ${name}` };
    }
  }
  if (!args.help && args.inputs.length === 0) return { ok: false, error: 'Give at least one file or URL to inspect.' };
  if (args.settings) args.settings = withBrands(args.settings, brandNames);
  return { ok: true, args };
}

/** What an input names: a web page to open as is, or a local file to serve over loopback. */
export type InspectInput = { kind: 'url'; url: string } | { kind: 'file'; path: string };

export function classifyInput(arg: string, cwd: string): InspectInput {
  if (/^file:/i.test(arg)) return { kind: 'file', path: fileURLToPath(arg) };
  // Any other scheme is handed to the browser, which explains what it can't open.
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(arg)) return { kind: 'url', url: arg };
  return { kind: 'file', path: path.resolve(cwd, arg) };
}
