import { describe, expect, it } from 'vitest';
import { hasControlCharacters, withoutControlCharacters } from '../../../src-renderer/domain/text';

describe('withoutControlCharacters', () => {
  it('takes out bidirectional overrides, so a name reads as it is stored', () => {
    const name = withoutControlCharacters('receipt\u202Egnp.exe');
    expect(name).toBe('receiptgnp.exe');
    expect(hasControlCharacters(name)).toBe(false);
  });

  it('takes out NUL, bell and delete, and makes tabs and line breaks spaces', () => {
    expect(withoutControlCharacters('a\u0000b\u0007c\u007f')).toBe('abc');
    expect(withoutControlCharacters('bus\tticket\r\n.png')).toBe('bus ticket  .png');
  });

  it('leaves ordinary, accented, right-to-left and emoji names alone', () => {
    for (const name of ['Zoë’s taxi.jpg', 'مريم \u200F.png', '🚌 fare.pdf', '<b>x</b>.png']) {
      expect(withoutControlCharacters(name)).toBe(name);
    }
  });
});
