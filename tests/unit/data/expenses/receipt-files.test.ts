import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  fileSize,
  receiptFileProblem,
  receiptMimeType,
} from '../../../../src-renderer/data/expenses/receipt-files';

const fixture = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/expenses/${name}`));

describe('receipt files', () => {
  it('knows a photo or a PDF by its first bytes, not its name', () => {
    expect(receiptMimeType(fixture('receipt.png'))).toBe('image/png');
    expect(receiptMimeType(fixture('receipt.pdf'))).toBe('application/pdf');
    expect(receiptMimeType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(receiptMimeType(fixture('not-a-receipt.txt'))).toBeUndefined();
  });

  it('says why a file cannot be a receipt', () => {
    expect(receiptFileProblem(new Uint8Array())).toMatch(/empty/);
    expect(receiptFileProblem(fixture('not-a-receipt.txt'))).toMatch(/not a photo/);
    expect(receiptFileProblem(fixture('receipt.png'))).toBeUndefined();
  });

  it('gives sizes in words', () => {
    expect(fileSize(131)).toBe('131 bytes');
    expect(fileSize(350_400)).toBe('350 KB');
    expect(fileSize(2_400_000)).toBe('2.4 MB');
  });
});
