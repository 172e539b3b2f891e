import type { Answer, Answers } from './answers';
import { DECLINED_LABEL, answerFor } from './answers';
import type { FormDefinition, Question } from './form';
import { allQuestions, optionLabel } from './form';
import { findInstrument } from './instruments';
import type { Instrument, InstrumentLookup, Score } from './instruments/types';
import { scoreResponse } from './scoring';
import type { FormLookup, FormVersion } from './versioning';

export interface CsvResponse {
  /** null for anonymous feedback. */
  participantId: string | null;
  /** '' when the response is not part of a survey wave. */
  waveId: string;
  completedOn: string;
  formId: string;
  formVersion: number;
  answers: Answers;
}

interface QuestionColumn {
  questionId: string;
  header: string;
}

/**
 * One row per response: item answers as their labels, then each instrument's score, worked out
 * from the answers now. All cells are strings and the header is the first row; quoting, the
 * byte-order mark and protection against spreadsheet formulas belong to the CSV writer.
 * Record-level data: it is for the taskforce lead, so nothing is suppressed here.
 */
export function toCsvRows(
  responses: readonly CsvResponse[],
  formFor: FormLookup,
  columnsFrom: FormVersion,
  lookup: InstrumentLookup = findInstrument,
): string[][] {
  const mine = responses.filter((r) => r.formId === columnsFrom.formId);
  const versions = readVersions(mine, formFor, columnsFrom);
  const questionColumns = collectQuestionColumns(columnsFrom, versions.values());
  const instruments = collectInstruments(columnsFrom, versions.values(), lookup);

  const header = ['Participant id', 'Wave', 'Completed on', 'Form version'];
  header.push(...questionColumns.map((column) => column.header));
  for (const instrument of instruments) header.push(...scoreHeaders(instrument));

  const rows = [header];
  for (const response of mine) {
    const form = versions.get(response.formVersion);
    if (!form) continue;
    const row = [
      response.participantId ?? '',
      response.waveId,
      response.completedOn,
      String(response.formVersion),
    ];
    const asked = new Map(allQuestions(form).map((question) => [question.id, question]));
    for (const column of questionColumns) {
      const question = asked.get(column.questionId);
      row.push(question ? answerCell(question, answerFor(response.answers, question.id)) : '');
    }
    const scores = new Map(
      scoreResponse(form, response.answers, lookup).map((m) => [m.instrument.id, m.score]),
    );
    for (const instrument of instruments)
      row.push(...scoreCells(instrument, scores.get(instrument.id)));
    rows.push(row);
  }
  return rows;
}

function readVersions(
  responses: readonly CsvResponse[],
  formFor: FormLookup,
  columnsFrom: FormVersion,
): Map<number, FormDefinition> {
  const versions = new Map<number, FormDefinition>([[columnsFrom.version, columnsFrom]]);
  const numbers = [...new Set(responses.map((r) => r.formVersion))].sort((a, b) => a - b);
  for (const number of numbers) {
    if (versions.has(number)) continue;
    const form = formFor(columnsFrom.formId, number);
    if (form) versions.set(number, form);
  }
  return versions;
}

/** Columns follow the chosen version; questions only in other versions are added at the end. */
function collectQuestionColumns(
  columnsFrom: FormDefinition,
  versions: Iterable<FormDefinition>,
): QuestionColumn[] {
  const columns = new Map<string, QuestionColumn>();
  for (const form of [columnsFrom, ...versions]) {
    for (const question of allQuestions(form)) {
      if (!columns.has(question.id)) {
        columns.set(question.id, { questionId: question.id, header: question.text });
      }
    }
  }
  return [...columns.values()];
}

function collectInstruments(
  columnsFrom: FormDefinition,
  versions: Iterable<FormDefinition>,
  lookup: InstrumentLookup,
): Instrument[] {
  const found = new Map<string, Instrument>();
  for (const form of [columnsFrom, ...versions]) {
    for (const section of form.sections) {
      const instrument = section.instrument ? lookup(section.instrument.instrumentId) : undefined;
      if (instrument && !found.has(instrument.id)) found.set(instrument.id, instrument);
    }
  }
  return [...found.values()];
}

function scoreHeaders(instrument: Instrument): string[] {
  const headers = [`${instrument.measure}: score`];
  if (instrument.rawLabel) headers.push(`${instrument.measure}: ${instrument.rawLabel}`);
  headers.push(`${instrument.measure}: scoring status`, `${instrument.measure}: scoring version`);
  return headers;
}

function scoreCells(instrument: Instrument, score: Score | undefined): string[] {
  const scored = score?.status === 'scored' ? score : undefined;
  const cells = [scored ? scored.value.toFixed(instrument.decimals) : ''];
  if (instrument.rawLabel) cells.push(scored ? String(scored.raw) : '');
  cells.push(score?.status ?? '', score ? String(score.scoringVersion) : '');
  return cells;
}

export function answerCell(question: Question, answer: Answer | undefined): string {
  if (!answer) return '';
  switch (answer.kind) {
    case 'declined':
      return DECLINED_LABEL;
    case 'choice':
      return optionLabel(question, answer.optionId) ?? answer.optionId;
    case 'choices':
      return answer.optionIds.map((id) => optionLabel(question, id) ?? id).join('; ');
    case 'number':
      return String(answer.value);
    case 'text':
      return answer.text;
  }
}
