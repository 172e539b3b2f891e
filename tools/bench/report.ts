import { BUDGET_MS, type Measurement, type WaitKind } from './operation';
import { median, percentile } from './stats';

export interface Row {
  operation: string;
  kind: WaitKind;
  budgetMs: number;
  samples: number;
  medianMs: number;
  p95Ms: number;
  floor: string;
  floorMedianMs: number;
  /** medianMs / floorMedianMs: how many times the least possible work the operation costs. */
  ratio: number;
  verdict: 'OK' | 'SLOW: shows progress' | 'SLOW';
  extra: Record<string, { medianMs: number; p95Ms: number }>;
  info: Record<string, unknown>;
  warnings: string[];
  raw: { samples: number[]; floorSamples: number[] };
}

/**
 * The verdict compares the p95 (what a user meets on a bad day, not just a typical one) with
 * the budget of the kind of wait. Over budget, it says whether the user saw progress in every
 * run that went over.
 */
export function toRow(m: Measurement): Row {
  const budgetMs = BUDGET_MS[m.kind];
  const medianMs = median(m.samples);
  const p95Ms = percentile(m.samples, 95);
  const floorMedianMs = median(m.floorSamples);
  let verdict: Row['verdict'] = 'OK';
  if (!(p95Ms <= budgetMs)) {
    const slowRuns = m.samples.map((ms, i) => ({ ms, i })).filter(({ ms }) => ms > budgetMs);
    const showedProgress =
      m.progress !== undefined && slowRuns.every(({ i }) => m.progress?.[i] === true);
    verdict = showedProgress ? 'SLOW: shows progress' : 'SLOW';
  }
  const extra: Row['extra'] = {};
  for (const [name, values] of Object.entries(m.extra ?? {})) {
    extra[name] = { medianMs: round(median(values)), p95Ms: round(percentile(values, 95)) };
  }
  return {
    operation: m.operation,
    kind: m.kind,
    budgetMs,
    samples: m.samples.length,
    medianMs: round(medianMs),
    p95Ms: round(p95Ms),
    floor: m.floor,
    floorMedianMs: round(floorMedianMs),
    ratio: Math.round((medianMs / floorMedianMs) * 100) / 100,
    verdict,
    extra,
    info: m.info ?? {},
    warnings: m.warnings ?? [],
    raw: { samples: m.samples.map(round), floorSamples: m.floorSamples.map(round) },
  };
}

/** Timings are kept to the microsecond: the page's clock is no finer. */
function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}

/** Milliseconds with as many decimals as make sense at that size. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '–';
  if (ms >= 100) return ms.toFixed(0);
  if (ms >= 10) return ms.toFixed(1);
  if (ms >= 1) return ms.toFixed(2);
  return ms.toFixed(3);
}

export function formatRatio(ratio: number): string {
  if (!Number.isFinite(ratio)) return '–';
  return ratio >= 10 ? `${ratio.toFixed(0)}×` : `${ratio.toFixed(1)}×`;
}

const HEADERS = [
  'operation',
  'median ms',
  'p95 ms',
  'floor',
  'floor median ms',
  'ratio',
  'verdict',
] as const;
const NUMERIC = new Set([1, 2, 4, 5]);

/** A Markdown table, padded so that it also reads well in a terminal. */
export function formatTable(rows: readonly Row[]): string {
  const cells = rows.map((r) => [
    r.operation,
    formatMs(r.medianMs),
    formatMs(r.p95Ms),
    r.floor,
    formatMs(r.floorMedianMs),
    formatRatio(r.ratio),
    r.verdict === 'OK' ? `OK (< ${r.budgetMs} ms)` : `${r.verdict} (> ${r.budgetMs} ms)`,
  ]);
  const widths = HEADERS.map((h, c) =>
    Math.max(h.length, ...cells.map((row) => cellAt(row, c).length)),
  );
  const line = (row: readonly string[]) =>
    `| ${row
      .map((cell, c) => {
        const width = widths[c] ?? 0;
        return NUMERIC.has(c) ? cell.padStart(width) : cell.padEnd(width);
      })
      .join(' | ')} |`;
  const rule = `|${widths.map((w, c) => (NUMERIC.has(c) ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`;
  return [line(HEADERS), rule, ...cells.map(line)].join('\n');
}

function cellAt(row: readonly string[], column: number): string {
  return row[column] ?? '';
}
