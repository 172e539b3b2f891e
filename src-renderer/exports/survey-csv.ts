import { CSV_BOM, csvEscape } from '../domain/csv';
import type { CsvResponse } from '../domain/surveys/csv-rows';
import { toCsvRows } from '../domain/surveys/csv-rows';
import type { FormLookup, FormVersion } from '../domain/surveys/versioning';

/**
 * The answers to one form as a CSV file: one row per response with item answers and scores,
 * columns laid out as `columnsFrom` (normally the latest version). Written line by line rather
 * than through toCsv's named columns, because two questions may share the same wording.
 */
export function surveyAnswersCsv(
  responses: readonly CsvResponse[],
  lookup: FormLookup,
  columnsFrom: FormVersion,
): string {
  const lines = toCsvRows(responses, lookup, columnsFrom).map((fields) =>
    fields.map(csvEscape).join(','),
  );
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}
