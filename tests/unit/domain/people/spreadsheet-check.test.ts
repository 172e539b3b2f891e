import { describe, expect, it } from 'vitest';
import { checkLooksLikeSpreadsheet } from '../../../../src-renderer/domain/people/spreadsheet-check';

describe('is this file a spreadsheet?', () => {
  it('accepts a comma-separated file and says how many columns it has', () => {
    const text = 'Name,Email,Phone\r\nSam Lee,sam@example.org,07700 900123\r\nAli Khan,,\r\n';
    expect(checkLooksLikeSpreadsheet(text)).toEqual({ ok: true, delimiter: ',', columns: 3 });
  });

  it('accepts semicolons and tabs, and a byte-order mark', () => {
    expect(checkLooksLikeSpreadsheet('\uFEFFName;Email\nSam;s@x.org\nAli;a@x.org\n')).toMatchObject(
      {
        ok: true,
        delimiter: ';',
      },
    );
    expect(checkLooksLikeSpreadsheet('Name\tEmail\nSam\ts@x.org\n')).toMatchObject({
      ok: true,
      delimiter: '\t',
    });
  });

  it('is not fooled by commas or line breaks inside quotation marks', () => {
    const text = 'Name,Address\n"Lee, Sam","1 High St,\nLeeds"\n"Khan, Ali","2 Low St"\n';
    expect(checkLooksLikeSpreadsheet(text)).toEqual({ ok: true, delimiter: ',', columns: 2 });
  });

  it('accepts a list of names in one column', () => {
    expect(checkLooksLikeSpreadsheet('Name\nSam Lee\nAli Khan\n')).toEqual({
      ok: true,
      delimiter: ',',
      columns: 1,
    });
  });

  it('refuses an empty file', () => {
    for (const text of ['', '  \n\n', '\uFEFF']) {
      const check = checkLooksLikeSpreadsheet(text);
      expect(check.ok).toBe(false);
      if (!check.ok) expect(check.message).toMatch(/^The file is empty/);
    }
  });

  it('refuses an Excel workbook or other zip file, saying how to save it as CSV', () => {
    const check = checkLooksLikeSpreadsheet(
      'PK\u0003\u0004\u0014\u0000\u0006\u0000[Content_Types].xml',
    );
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.message).toMatch(/Excel workbook \(\.xlsx\).*CSV UTF-8/);
  });

  it('refuses a PDF', () => {
    const check = checkLooksLikeSpreadsheet('%PDF-1.7\n%âãÏÓ\n1 0 obj\n');
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.message).toMatch(/PDF document/);
  });

  it('refuses binary content: NUL bytes or many control characters', () => {
    const png = '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR';
    const nul = checkLooksLikeSpreadsheet(png);
    expect(nul.ok).toBe(false);
    if (!nul.ok) expect(nul.message).toMatch(/not a spreadsheet saved as text/);
    const garbage = 'Name,Email\n' + '\u0001\u0002\u0003abc\ufffd'.repeat(50);
    expect(checkLooksLikeSpreadsheet(garbage).ok).toBe(false);
  });

  it('refuses prose whose lines do not line up into columns', () => {
    const letter =
      'Dear Sam, thank you for coming.\nWe met, talked, and agreed three things.\nBest wishes\nDana, Ali, Bea and Cal\n';
    const check = checkLooksLikeSpreadsheet(letter);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.message).toMatch(/do not line up into the same columns/);
  });

  it('refuses a file with only a heading row', () => {
    const check = checkLooksLikeSpreadsheet('Name,Email,Phone\n');
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.message).toMatch(/only one row/);
  });

  it('refuses a file whose quotation mark is never closed', () => {
    const check = checkLooksLikeSpreadsheet('Name,Notes\nSam,"started a note\nAli,fine\n');
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.message).toMatch(/never closed/);
  });
});
