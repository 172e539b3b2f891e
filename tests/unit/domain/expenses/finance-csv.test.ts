import { describe, expect, it } from 'vitest';
import type { FinanceExportClaim } from '../../../../src-renderer/domain/expenses/finance-csv';
import { CSV_BOM, csvEscape, toCsv } from '../../../../src-renderer/domain/csv';
import {
  FINANCE_COLUMNS,
  PAYROLL_COLUMNS,
  checkFinanceTotals,
  financeRows,
  payrollRows,
} from '../../../../src-renderer/domain/expenses/finance-csv';
import type { InvolvementPayment } from '../../../../src-renderer/domain/expenses/involvement';
import { amount, claim, mileage } from './fixtures';

/** A strict RFC 4180 reader, so the test checks the text a finance system would read. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let field = '';
  let row: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += char;
  }
  return rows;
}

const exportClaims: FinanceExportClaim[] = [
  {
    claim: claim({
      id: 'claim-1',
      costCode: '00123',
      status: 'approved',
      lines: [
        mileage({ id: 'l1', miles: 12.3, passengers: 1, amountPence: 616 }),
        amount({ id: 'l2', description: 'Bus, "Leeds", return', receiptIds: ['r1', 'r2'] }),
      ],
    }),
    claimantName: 'Ann O’Neill',
    event: { title: 'LGBT & Cancer: meeting 2', date: '2026-11-22' },
  },
  {
    claim: claim({
      id: 'claim-2',
      claimantId: 'person-2',
      eventId: 'event-1',
      costCode: 'TF-9',
      status: 'submitted',
      lines: [
        amount({ id: 'l3', category: 'other', description: '=HYPERLINK("x")', amountPence: 1 }),
      ],
    }),
    claimantName: '@Robin',
    event: { title: 'LGBT & Cancer: meeting 2', date: '2026-11-22' },
  },
];

describe('financeRows', () => {
  const rows = financeRows(exportClaims);

  it('gives one row per line with every column as text', () => {
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual({
      claim_id: 'claim-1',
      line_id: 'l1',
      claimant_id: 'person-1',
      claimant_name: 'Ann O’Neill',
      event_id: 'event-1',
      event_title: 'LGBT & Cancer: meeting 2',
      event_date: '2026-11-22',
      line_date: '2026-11-22',
      category: 'mileage',
      description: 'Car or van: Leeds to York, 12.3 miles, 1 passenger',
      amount_pence: '616',
      amount_gbp: '6.16',
      cost_code: '00123',
      status: 'approved',
      receipt_refs: '',
    });
    expect(rows[1]).toMatchObject({ amount_gbp: '4.50', receipt_refs: 'r1; r2' });
    expect(rows[2]).toMatchObject({ claim_id: 'claim-2', amount_pence: '1', amount_gbp: '0.01' });
  });

  it('keeps the column order fixed', () => {
    expect(FINANCE_COLUMNS).toEqual([
      'claim_id',
      'line_id',
      'claimant_id',
      'claimant_name',
      'event_id',
      'event_title',
      'event_date',
      'line_date',
      'category',
      'description',
      'amount_pence',
      'amount_gbp',
      'cost_code',
      'status',
      'receipt_refs',
    ]);
    expect(Object.keys(rows[0] ?? {})).toEqual([...FINANCE_COLUMNS]);
  });
});

describe('checkFinanceTotals', () => {
  const rows = financeRows(exportClaims);
  const claims = exportClaims.map((e) => e.claim);

  it('passes when the rows add up to the claim totals', () => {
    expect(checkFinanceTotals(rows, claims)).toEqual({
      ok: true,
      rowsTotalPence: 616 + 450 + 1,
      claimsTotalPence: 616 + 450 + 1,
    });
  });

  it('fails when a row is missing', () => {
    const result = checkFinanceTotals(rows.slice(1), claims);
    expect(result).toMatchObject({
      ok: false,
      rowsTotalPence: 451,
      claimsTotalPence: 1_067,
      problem: 'The rows add up to 4.51 but the claims total 10.67.',
    });
  });

  it('fails on pence that are not whole, or pounds that disagree with pence', () => {
    const [first, ...rest] = rows;
    if (!first) throw new Error('no rows');
    expect(checkFinanceTotals([{ ...first, amount_pence: '6.16' }, ...rest], claims).problem).toBe(
      'Row 1: the amount is not a whole number of pence.',
    );
    expect(checkFinanceTotals([{ ...first, amount_gbp: '6.15' }, ...rest], claims).problem).toBe(
      'Row 1: the amount in pounds does not match the amount in pence.',
    );
  });
});

describe('csvEscape', () => {
  it('quotes every field and doubles inner quotes', () => {
    expect(csvEscape('plain')).toBe('"plain"');
    expect(csvEscape('')).toBe('""');
    expect(csvEscape('a,b')).toBe('"a,b"');
    expect(csvEscape('say "hi"')).toBe('"say ""hi"""');
    expect(csvEscape('two\nlines')).toBe('"two\nlines"');
  });

  it('keeps leading zeros of ids and codes as the same text', () => {
    expect(csvEscape('00123')).toBe('"00123"');
    expect(csvEscape('07700 900123')).toBe('"07700 900123"');
  });

  it.each([
    ['=SUM(A1:A9)', `"'=SUM(A1:A9)"`],
    ['+44 7700 900123', `"'+44 7700 900123"`],
    ['-2+3', `"'-2+3"`],
    ['@cmd', `"'@cmd"`],
    ['\t=1', `"'\t=1"`],
    ['\r=1', `"'\r=1"`],
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
  ])('neutralises the formula %j', (value, expected) => {
    expect(csvEscape(value)).toBe(expected);
  });

  it('leaves a formula character that is not at the start alone', () => {
    expect(csvEscape('A=B')).toBe('"A=B"');
    expect(csvEscape(' =1')).toBe('" =1"');
  });
});

describe('toCsv', () => {
  it('writes a byte-order mark, the header and CRLF lines that read back to the same rows', () => {
    const rows = financeRows(exportClaims);
    const text = toCsv(FINANCE_COLUMNS, rows);
    expect(text.startsWith(CSV_BOM)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    const table = parseCsv(text.slice(CSV_BOM.length));
    expect(table[0]).toEqual([...FINANCE_COLUMNS]);
    expect(table).toHaveLength(4);
    expect(table[2]?.[FINANCE_COLUMNS.indexOf('description')]).toBe('Bus, "Leeds", return');
    expect(table[3]?.[FINANCE_COLUMNS.indexOf('description')]).toBe(`'=HYPERLINK("x")`);
    expect(table[3]?.[FINANCE_COLUMNS.indexOf('claimant_name')]).toBe("'@Robin");
    expect(table[1]?.[FINANCE_COLUMNS.indexOf('cost_code')]).toBe('00123');
    const pence = table.slice(1).map((r) => Number(r[FINANCE_COLUMNS.indexOf('amount_pence')]));
    expect(pence.reduce((a, b) => a + b, 0)).toBe(1_067);
  });
});

describe('payrollRows', () => {
  const payment = (partial: Partial<InvolvementPayment>): InvolvementPayment => ({
    personId: 'person-1',
    eventId: 'event-1',
    duration: 'full-day',
    declined: false,
    amountPence: 15_000,
    policyEffectiveFrom: '2026-04-06',
    ...partial,
  });
  const event = { title: 'Meeting 2', date: '2026-11-22' };

  it('lists payable involvement payments and leaves declined ones out', () => {
    const rows = payrollRows([
      { paymentId: 'pay-1', payment: payment({}), personName: 'Ann', event },
      {
        paymentId: 'pay-2',
        payment: payment({ personId: 'person-2', declined: true, amountPence: 0 }),
        personName: 'Bo',
        event,
      },
      {
        paymentId: 'pay-3',
        payment: payment({ personId: 'person-3', duration: 'up-to-4-hours', amountPence: 7_500 }),
        personName: 'Cy',
        event,
      },
    ]);
    expect(rows).toEqual([
      {
        payment_id: 'pay-1',
        person_id: 'person-1',
        person_name: 'Ann',
        event_id: 'event-1',
        event_title: 'Meeting 2',
        event_date: '2026-11-22',
        duration: 'full-day',
        amount_pence: '15000',
        amount_gbp: '150.00',
      },
      expect.objectContaining({ payment_id: 'pay-3', amount_gbp: '75.00' }),
    ]);
    expect(Object.keys(rows[0] ?? {})).toEqual([...PAYROLL_COLUMNS]);
  });
});
