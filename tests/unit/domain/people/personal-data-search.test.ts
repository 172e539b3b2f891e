import { describe, expect, it } from 'vitest';
import { findPersonalData } from '../../../../src-renderer/domain/people/personal-data-search';

const sam = {
  id: 'p-sam-1',
  name: 'Sam Lee',
  email: 'Sam.Lee@example.org',
  phone: '07700 900123',
  address: '14 Canal Street, Manchester',
};

describe('finding a person’s details anywhere', () => {
  it('finds each kind of detail, however it is written, at any depth', () => {
    const tables = {
      notes: [
        { id: 'n1', text: 'Spoke to SAM   LEE today' },
        { id: 'n2', nested: { list: ['write to sam.lee@EXAMPLE.org'] } },
        { id: 'n3', phone: '+44 (0)7700-900-123' },
        { id: 'n4', ref: 'p-sam-1' },
        { id: 'n5', where: '14 canal street, manchester' },
      ],
      maps: [{ id: 'm1', byPerson: { 'p-sam-1': 3 } }],
    };
    const found = findPersonalData(tables, sam).map(
      (f) => `${f.table}/${f.record}/${f.path}/${f.found}`,
    );
    expect(found).toEqual([
      'notes/n1/text/name',
      'notes/n2/nested.list.0/email',
      'notes/n3/phone/phone',
      'notes/n4/ref/id',
      'notes/n5/where/address',
      'maps/m1/byPerson.(key)/id',
    ]);
  });

  it('does not match other people who merely share part of a detail', () => {
    const tables = {
      notes: [
        { id: 'x1', text: 'Sam Leeson and Samantha Lee came' },
        { id: 'x2', text: 'p-sam-10 and p-sam-1x' },
        { id: 'x3', phone: '07700 9001234' },
        { id: 'x4', email: 'tsam.lee@example.org.uk' },
      ],
    };
    const found = findPersonalData(tables, sam).map((f) => `${f.record}/${f.found}`);
    // The email contains Sam's address inside a longer one: a checker should rather say so.
    expect(found).toEqual(['x4/email']);
  });

  it('looks for a preferred name only when it is more than a first name', () => {
    const tables = {
      notes: [
        { id: 'n1', text: 'Sammy Davis' },
        { id: 'n2', text: 'Sammy Lee-Jones' },
      ],
    };
    expect(findPersonalData(tables, { ...sam, preferredName: 'Sammy' })).toEqual([]);
    expect(
      findPersonalData(tables, { ...sam, preferredName: 'Sammy Lee' }).map((f) => f.record),
    ).toEqual(['n2']);
  });

  it('labels records without an id by their position', () => {
    expect(findPersonalData({ loose: [{ who: 'Sam Lee' }] }, sam)).toEqual([
      { table: 'loose', record: '#0', path: 'who', found: 'name' },
    ]);
  });
});
