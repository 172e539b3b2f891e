import type { Answer } from '../answers';

/** One point of an instrument's response scale; what it is worth is the instrument's business. */
export interface ScaleOption {
  code: string;
  label: string;
}

export type ResponseScale =
  | { kind: 'options'; options: readonly ScaleOption[] }
  | { kind: 'scale-0-10'; lowLabel: string; highLabel: string };

export interface InstrumentItem {
  id: string;
  /** Exact wording for public instruments; a short label where the wording is licensed. */
  text: string;
  /** Scored the other way round (Rosenberg items 2, 5, 6, 8 and 9). */
  reversed?: boolean;
  /** Show the scale from its other end, as the instrument's guidance asks, to avoid rote answers. */
  presentOptionsReversed?: boolean;
}

export type Direction = 'higher-is-better' | 'lower-is-better';

/** "% at or above / at or below a value", e.g. agrees they can influence decisions (≥ 1). */
export type ThresholdRule = { label: string; atLeast: number } | { label: string; atMost: number };

export type Score =
  | {
      status: 'scored';
      instrumentId: string;
      scoringVersion: number;
      /** The published score (SWEMWBS: the metric score from the conversion table). */
      value: number;
      /** Before any conversion (SWEMWBS: the raw sum 7–35); equal to value for the others. */
      raw: number;
      /** For categorical measures: which answer group it fell into (e.g. 'dont-know'). */
      category?: string;
    }
  | { status: 'incomplete'; instrumentId: string; scoringVersion: number; missing: string[] }
  | {
      status: 'declined';
      instrumentId: string;
      scoringVersion: number;
      declined: string[];
      missing: string[];
    }
  /** Answers that cannot be read on this scale: only from damaged or hand-edited data. */
  | { status: 'invalid'; instrumentId: string; scoringVersion: number; invalid: string[] };

export type ScoredScore = Extract<Score, { status: 'scored' }>;

/** Answers keyed by the instrument's item ids. */
export type ItemAnswers = Readonly<Record<string, Answer | undefined>>;

export interface Instrument {
  id: string;
  name: string;
  /** What it measures, in the taskforce's words: "Confidence", "Self-esteem"... */
  measure: string;
  /** Goes up whenever the scoring changes; every score says which version produced it. */
  scoringVersion: number;
  licence: string;
  /** What respondents are told before the items. */
  instructions: string;
  items: readonly InstrumentItem[];
  responseScale: ResponseScale;
  direction: Direction;
  range: { min: number; max: number };
  /** Decimal places the score is published with (SWEMWBS metric scores have 2). */
  decimals: number;
  /** Present when the raw sum is worth its own CSV column (it differs from the score). */
  rawLabel?: string;
  /** Which figure leads in a report: the mean score, or the % meeting the threshold. */
  headline: 'mean' | 'threshold';
  /** Only where a published headline indicator exists; otherwise the lead chooses one. */
  suggestedThreshold?: ThresholdRule;
  /** Scores a set of answers. Never fills in a missing answer. */
  score(answers: ItemAnswers): Score;
}

export type InstrumentLookup = (instrumentId: string) => Instrument | undefined;
