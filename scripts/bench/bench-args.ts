/** Command line of `npm run bench` (pure parsing: tests/unit/bench/bench-args.test.ts). */
export interface BenchArgs {
  json: boolean;
  runs: number;
  /** Further inspections per page with the service worker stopped before the click (0: none). */
  coldRuns: number;
  /** Page names to run (all when null). */
  only: string[] | null;
  skipStore: boolean;
  rows: number;
  /** Rebuild the extension first even when the build looks current. */
  build: boolean;
  /** Exit non-zero when a budget fails. */
  strict: boolean;
  help: boolean;
}

export const BENCH_USAGE = `Usage: npm run bench -- [options]

Runs the built Linkscout extension in headless Chromium on synthetic and corpus pages and prints
analysis time against the page's floor, the longest main-thread task, heap growth, popup time,
bundle sizes and the prospects store at scale, each beside its budget.

Options:
  --json           one JSON document instead of the table
  --runs N         fresh inspections per page (default 5); the median is shown
  --cold-runs N    more per page with Linkscout's service worker stopped first, as Chrome
                   stops it after 30 s idle (default 2; 0 for none); popup→verdict cold
  --only A,B       only these pages (names as in the table: links-1k, links-10k, …)
  --skip-store     leave out the prospects store step
  --rows N         prospects for the store step (default 100000)
  --build          rebuild the extension first (otherwise only when missing or older than the sources)
  --strict         exit 1 when any budget fails (otherwise failures are printed, exit 0)
  -h, --help       this help`;

export type ParsedBenchArgs = { ok: true; args: BenchArgs } | { ok: false; error: string };

export function parseBenchArgs(argv: readonly string[]): ParsedBenchArgs {
  const args: BenchArgs = { json: false, runs: 5, coldRuns: 2, only: null, skipStore: false, rows: 100_000, build: false, strict: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : null;
    const value = (): string | null => inline ?? (argv[i + 1] !== undefined && !(argv[i + 1] as string).startsWith('--') ? (argv[++i] as string) : null);
    const whole = (): number | null => {
      const v = value();
      const n = v === null ? NaN : Number(v);
      return Number.isInteger(n) && n > 0 ? n : null;
    };
    const flag = (set: () => void): ParsedBenchArgs | null => {
      if (inline !== null) return { ok: false, error: `${name} takes no value` };
      set();
      return null;
    };
    let failed: ParsedBenchArgs | null = null;
    switch (name) {
      case '--json':
        failed = flag(() => (args.json = true));
        break;
      case '--skip-store':
        failed = flag(() => (args.skipStore = true));
        break;
      case '--build':
        failed = flag(() => (args.build = true));
        break;
      case '--strict':
        failed = flag(() => (args.strict = true));
        break;
      case '--help':
      case '-h':
        failed = flag(() => (args.help = true));
        break;
      case '--runs':
      case '--rows': {
        const n = whole();
        if (n === null) return { ok: false, error: `${name} needs a positive whole number` };
        if (name === '--runs') args.runs = n;
        else args.rows = n;
        break;
      }
      case '--cold-runs': {
        const v = value();
        if (v === null || !/^\d+$/.test(v)) return { ok: false, error: '--cold-runs needs a whole number (0 for none)' };
        args.coldRuns = Number(v);
        break;
      }
      case '--only': {
        const names = (value() ?? '').split(',').map((s) => s.trim()).filter(Boolean);
        if (names.length === 0) return { ok: false, error: '--only needs page names, e.g. --only links-10k,deep-5000' };
        args.only = [...(args.only ?? []), ...names];
        break;
      }
      default:
        return { ok: false, error: `Unknown argument ${arg}` };
    }
    if (failed) return failed;
  }
  return { ok: true, args };
}
