import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from '../../../scripts/bench/bench-args';

function args(argv: string[]) {
  const r = parseBenchArgs(argv);
  if (!r.ok) throw new Error(`expected success, got: ${r.error}`);
  return r.args;
}

function error(argv: string[]) {
  const r = parseBenchArgs(argv);
  if (r.ok) throw new Error('expected a usage error');
  return r.error;
}

describe('parseBenchArgs', () => {
  it('defaults to a table, 5 runs and 2 with a stopped worker, every page, the store at 100,000 rows, no forced build, not strict', () => {
    expect(args([])).toEqual({ json: false, runs: 5, coldRuns: 2, only: null, skipStore: false, rows: 100_000, build: false, strict: false, help: false });
  });

  it('takes --cold-runs 0 to leave the stopped-worker runs out', () => {
    expect(args(['--cold-runs', '0']).coldRuns).toBe(0);
  });

  it('reads every option, with a value after a space or an equals sign', () => {
    expect(args(['--json', '--runs', '3', '--cold-runs=1', '--only=links-10k,deep-5000', '--skip-store', '--rows', '5000', '--build', '--strict'])).toEqual({
      json: true,
      runs: 3,
      coldRuns: 1,
      only: ['links-10k', 'deep-5000'],
      skipStore: true,
      rows: 5000,
      build: true,
      strict: true,
      help: false,
    });
  });

  it('refuses counts that are not positive whole numbers, and unknown options', () => {
    expect(error(['--runs', '0'])).toMatch(/--runs needs a positive whole number/);
    expect(error(['--rows', '1.5'])).toMatch(/--rows/);
    expect(error(['--runs'])).toMatch(/--runs/);
    expect(error(['--only'])).toMatch(/--only needs page names/);
    expect(error(['--cold-runs', '-1'])).toMatch(/--cold-runs needs a whole number/);
    expect(error(['--cold-runs'])).toMatch(/--cold-runs/);
    expect(error(['--cold-runs='])).toMatch(/--cold-runs needs a whole number/);
    expect(error(['--cold-runs', '1.5'])).toMatch(/--cold-runs needs a whole number/);
    expect(error(['--fast'])).toMatch(/Unknown argument --fast/);
    expect(error(['--json=yes'])).toMatch(/takes no value/);
  });
});
