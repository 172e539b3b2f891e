import type { Answers } from './answers';
import type { Figure, Suppress } from './figures';
import { countFigure, meanFigure, percentFigure, suppressSmallCounts } from './figures';
import type { Direction, Instrument, Score, ThresholdRule } from './instruments/types';
import { itemAnswers } from './scoring';
import type { FormLookup } from './versioning';
import { formVersionKey } from './versioning';
import type { Section } from './form';

/** A survey response as the report needs it: answers against a participant id, never a name. */
export interface WaveResponse {
  participantId: string;
  waveId: string;
  /** ISO date or timestamp; when one wave was answered twice, the later answer counts. */
  completedOn: string;
  formId: string;
  formVersion: number;
  answers: Answers;
}

export interface Observation {
  participantId: string;
  waveId: string;
  completedOn: string;
  score: Score;
}

export interface ChangeOptions {
  baselineWave: string;
  followUpWave: string;
  /** "% at or above / below" before and after; defaults to the instrument's suggestion. */
  threshold?: ThresholdRule | null;
  /** A change must be bigger than this to count as improved or worse (default: any change). */
  minImprovement?: number;
  suppress?: Suppress;
}

export interface MeasureChange {
  instrumentId: string;
  measure: string;
  name: string;
  scoringVersion: number;
  direction: Direction;
  headline: 'mean' | 'threshold';
  baselineWave: string;
  followUpWave: string;
  /** People with a scored answer at both waves: every figure below rests on them. */
  pairs: Figure;
  meanBaseline: Figure;
  meanFollowUp: Figure;
  /** Follow-up minus baseline, in the instrument's own units (so negative can be good). */
  meanChange: Figure;
  /** Percentages of pairs, with the instrument's direction taken into account. */
  improved: Figure;
  unchanged: Figure;
  worse: Figure;
  threshold?: { rule: ThresholdRule; before: Figure; after: Figure };
  /** Why others are not in the pairs, so that nobody silently drops out of a report. */
  unpaired: { baselineOnly: Figure; followUpOnly: Figure; notScored: Figure };
}

export function meetsThreshold(value: number, rule: ThresholdRule): boolean {
  return 'atLeast' in rule ? value >= rule.atLeast : value <= rule.atMost;
}

/** Paired baseline → follow-up change for one instrument. */
export function pairedChange(
  instrument: Instrument,
  observations: readonly Observation[],
  options: ChangeOptions,
): MeasureChange {
  const suppress = options.suppress ?? suppressSmallCounts;
  const rule = options.threshold === undefined ? instrument.suggestedThreshold : options.threshold;
  const margin = options.minImprovement ?? 0;
  const { baseline, followUp } = latestPerWave(observations, instrument.id, options);

  const before: number[] = [];
  const after: number[] = [];
  const changes: number[] = [];
  let improved = 0;
  let worse = 0;
  let notScored = 0;
  let baselineOnly = 0;
  const sign = instrument.direction === 'higher-is-better' ? 1 : -1;
  for (const [participantId, baselineObservation] of baseline) {
    const first = baselineObservation.score;
    const second = followUp.get(participantId)?.score;
    if (!second) {
      baselineOnly++;
      continue;
    }
    if (first.status !== 'scored' || second.status !== 'scored') {
      notScored++;
      continue;
    }
    before.push(first.value);
    after.push(second.value);
    const change = second.value - first.value;
    changes.push(change);
    if (change * sign > margin) improved++;
    else if (change * sign < -margin) worse++;
  }
  let followUpOnly = 0;
  for (const participantId of followUp.keys()) if (!baseline.has(participantId)) followUpOnly++;

  const n = changes.length;
  const share = (count: number) => percentFigure(count, n, suppress);
  const meeting = (values: number[]) =>
    rule ? values.filter((value) => meetsThreshold(value, rule)).length : 0;
  return {
    instrumentId: instrument.id,
    measure: instrument.measure,
    name: instrument.name,
    scoringVersion: instrument.scoringVersion,
    direction: instrument.direction,
    headline: instrument.headline,
    baselineWave: options.baselineWave,
    followUpWave: options.followUpWave,
    pairs: countFigure(n, suppress),
    meanBaseline: meanFigure(before, suppress),
    meanFollowUp: meanFigure(after, suppress),
    meanChange: meanFigure(changes, suppress),
    improved: share(improved),
    unchanged: share(n - improved - worse),
    worse: share(worse),
    ...(rule
      ? { threshold: { rule, before: share(meeting(before)), after: share(meeting(after)) } }
      : {}),
    unpaired: {
      baselineOnly: countFigure(baselineOnly, suppress),
      followUpOnly: countFigure(followUpOnly, suppress),
      notScored: countFigure(notScored, suppress),
    },
  };
}

/** Each participant's latest observation at the baseline and at the follow-up, in one pass. */
function latestPerWave(
  observations: readonly Observation[],
  instrumentId: string,
  waves: { baselineWave: string; followUpWave: string },
): { baseline: Map<string, Observation>; followUp: Map<string, Observation> } {
  const baseline = new Map<string, Observation>();
  const followUp = new Map<string, Observation>();
  for (const observation of observations) {
    if (observation.score.instrumentId !== instrumentId) continue;
    const latest =
      observation.waveId === waves.baselineWave
        ? baseline
        : observation.waveId === waves.followUpWave
          ? followUp
          : undefined;
    if (!latest) continue;
    const current = latest.get(observation.participantId);
    if (!current || observation.completedOn >= current.completedOn) {
      latest.set(observation.participantId, observation);
    }
  }
  return { baseline, followUp };
}

/**
 * Scores every response for the given instruments, reading each with its own form version.
 * Responses whose version cannot be found are left out (the data layer keeps every version);
 * so are responses to other waves when `waveIds` is given, before any scoring is done.
 */
export function observationsFor(
  responses: readonly WaveResponse[],
  formFor: FormLookup,
  instruments: readonly Instrument[],
  waveIds?: ReadonlySet<string>,
): Observation[] {
  const sectionsByVersion = new Map<string, Map<string, Section> | null>();
  const observations: Observation[] = [];
  for (const response of responses) {
    if (waveIds && !waveIds.has(response.waveId)) continue;
    const key = formVersionKey(response.formId, response.formVersion);
    let sections = sectionsByVersion.get(key);
    if (sections === undefined) {
      const form = formFor(response.formId, response.formVersion);
      sections = form ? instrumentSections(form.sections) : null;
      sectionsByVersion.set(key, sections);
    }
    if (sections === null) continue;
    for (const instrument of instruments) {
      const section = sections.get(instrument.id);
      if (!section) continue;
      observations.push({
        participantId: response.participantId,
        waveId: response.waveId,
        completedOn: response.completedOn,
        score: instrument.score(itemAnswers(section, response.answers)),
      });
    }
  }
  return observations;
}

function instrumentSections(sections: readonly Section[]): Map<string, Section> {
  const byInstrument = new Map<string, Section>();
  for (const section of sections) {
    const id = section.instrument?.instrumentId;
    if (id !== undefined && !byInstrument.has(id)) byInstrument.set(id, section);
  }
  return byInstrument;
}

export interface ChangeReportOptions {
  baselineWave: string;
  followUpWave: string;
  /** Per instrument id: a rule, or null for none; missing ids use the instrument's suggestion. */
  thresholds?: Readonly<Record<string, ThresholdRule | null>>;
  minImprovement?: Readonly<Record<string, number>>;
  suppress?: Suppress;
}

/** A taskforce's change on every measure, baseline against one follow-up wave. */
export function changeReport(
  responses: readonly WaveResponse[],
  formFor: FormLookup,
  instruments: readonly Instrument[],
  options: ChangeReportOptions,
): MeasureChange[] {
  const waveIds = new Set([options.baselineWave, options.followUpWave]);
  const byInstrument = new Map<string, Observation[]>();
  for (const observation of observationsFor(responses, formFor, instruments, waveIds)) {
    const id = observation.score.instrumentId;
    const group = byInstrument.get(id);
    if (group) group.push(observation);
    else byInstrument.set(id, [observation]);
  }
  return instruments.map((instrument) => {
    const id = instrument.id;
    const thresholds = options.thresholds ?? {};
    return pairedChange(instrument, byInstrument.get(id) ?? [], {
      baselineWave: options.baselineWave,
      followUpWave: options.followUpWave,
      ...(Object.hasOwn(thresholds, id) ? { threshold: thresholds[id] ?? null } : {}),
      ...(options.minImprovement && Object.hasOwn(options.minImprovement, id)
        ? { minImprovement: options.minImprovement[id] }
        : {}),
      ...(options.suppress ? { suppress: options.suppress } : {}),
    });
  });
}
