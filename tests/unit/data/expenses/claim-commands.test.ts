import { describe, expect, it, vi } from 'vitest';
import {
  createClaim,
  setDeclaration,
  updateClaimDetails,
} from '../../../../src-renderer/data/expenses/claim-commands';
import {
  attachReceipt,
  removeLine,
  removeReceipt,
  saveLine,
} from '../../../../src-renderer/data/expenses/line-commands';
import { amount, mileage } from '../../domain/expenses/fixtures';
import { ctx, freshDb, snapshot } from '../fresh-db';
import { EVENT_ID, PDF, PNG, counter, draftFor, seedEvent } from './expenses-fixture';

describe('claim commands', () => {
  it('starts a draft with attendance read from check-in, and audits it', async () => {
    const db = freshDb();
    await seedEvent(db);
    const sam = await draftFor(db, 'p-sam');
    const jo = await draftFor(db, 'p-jo', counter('j'));
    expect(sam).toMatchObject({ status: 'draft', attendanceConfirmed: true, lines: [], trail: [] });
    expect(jo.attendanceConfirmed).toBe(false);
    const audit = await db.auditLog.toArray();
    expect(audit.map((a) => a.action)).toEqual(['claim-created', 'claim-created']);
    expect(audit.every((a) => !a.summary.includes('Sam'))).toBe(true);
  });

  it('a carer is confirmed by the participant they came with being checked in', async () => {
    const db = freshDb();
    await seedEvent(db);
    const made = await createClaim(
      db,
      {
        claimantId: 'p-jo',
        claimantRole: 'carer',
        onBehalfOfPersonId: 'p-sam',
        eventId: EVENT_ID,
        costCode: '',
        paymentDetailsRef: '',
      },
      ctx(),
    );
    expect(made.ok && made.value.attendanceConfirmed).toBe(true);
  });

  it('writes nothing when the details are wrong or refer to nobody', async () => {
    const db = freshDb();
    await seedEvent(db);
    const before = await snapshot(db);
    const noClaimant = await createClaim(
      db,
      {
        claimantId: '',
        claimantRole: 'participant',
        eventId: EVENT_ID,
        costCode: '',
        paymentDetailsRef: '',
      },
      ctx(),
    );
    expect(!noClaimant.ok && 'errors' in noClaimant && noClaimant.errors.claimantId).toBeTruthy();
    const ghost = await createClaim(
      db,
      {
        claimantId: 'p-ghost',
        claimantRole: 'participant',
        eventId: 'e-ghost',
        costCode: '',
        paymentDetailsRef: '',
      },
      ctx(),
    );
    expect(!ghost.ok && 'errors' in ghost && ghost.errors).toMatchObject({
      claimantId: expect.stringContaining('no longer on the register'),
      eventId: expect.stringContaining('no longer exists'),
    });
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a stale edit of the details', async () => {
    const db = freshDb();
    await seedEvent(db);
    const claim = await draftFor(db);
    const details = {
      claimantId: 'p-sam',
      claimantRole: 'participant' as const,
      eventId: EVENT_ID,
      costCode: 'HC-2',
      paymentDetailsRef: 'Ref 9',
    };
    const first = await updateClaimDetails(db, claim.id, claim.version, details, ctx());
    expect(first.ok && first.value).toMatchObject({ costCode: 'HC-2', version: 2 });
    const stale = await updateClaimDetails(
      db,
      claim.id,
      claim.version,
      { ...details, costCode: 'X' },
      ctx(),
    );
    expect(!stale.ok && 'conflict' in stale).toBe(true);
    expect((await db.claims.get(claim.id))?.costCode).toBe('HC-2');
  });

  it('prices lines as they are saved: mileage from the policy, amounts kept in pence', async () => {
    const db = freshDb();
    await seedEvent(db);
    const claim = await draftFor(db);
    await saveLine(db, claim.id, amount({ id: 'l-bus', amountPence: 1250 }), ctx());
    const saved = await saveLine(
      db,
      claim.id,
      mileage({ id: 'l-car', miles: 12.3, passengers: 1 }),
      ctx(),
    );
    expect(saved.ok && saved.value.lines.map((l) => [l.id, l.amountPence])).toEqual([
      ['l-bus', 1250],
      // 12.3 × 45p = 553.5p → 554p; one passenger 12.3 × 5p = 61.5p → 62p.
      ['l-car', 616],
    ]);
    const replaced = await saveLine(
      db,
      claim.id,
      amount({ id: 'l-bus', amountPence: 1240 }),
      ctx(),
    );
    expect(replaced.ok && replaced.value.lines.map((l) => l.amountPence)).toEqual([1240, 616]);
  });

  it('refuses a bad line and writes nothing', async () => {
    const db = freshDb();
    await seedEvent(db);
    const claim = await draftFor(db);
    const before = await snapshot(db);
    const negative = await saveLine(db, claim.id, amount({ amountPence: -500 }), ctx());
    expect(!negative.ok && 'errors' in negative && negative.errors.amountPence).toMatch(/negative/);
    const absurd = await saveLine(db, claim.id, amount({ amountPence: 5_000_000 }), ctx());
    expect(!absurd.ok && 'errors' in absurd && absurd.errors.amountPence).toMatch(/most one line/);
    const noRoute = await saveLine(db, claim.id, mileage({ from: ' ' }), ctx());
    expect(!noRoute.ok && 'errors' in noRoute && noRoute.errors.from).toBeTruthy();
    expect(await snapshot(db)).toEqual(before);
  });

  it('stores receipts in the database, linked to their line, and removes them with it', async () => {
    const db = freshDb();
    await seedEvent(db);
    const claim = await draftFor(db);
    await saveLine(db, claim.id, amount({ id: 'l-bus' }), ctx());
    const photo = await attachReceipt(
      db,
      claim.id,
      'l-bus',
      { fileName: 'bus.png', bytes: PNG },
      ctx(),
      counter('r'),
    );
    const pdf = await attachReceipt(
      db,
      claim.id,
      'l-bus',
      { fileName: 'bus.pdf', bytes: PDF },
      ctx(),
      counter('s'),
    );
    expect(photo.ok && photo.value).toMatchObject({
      id: 'r-1',
      lineId: 'l-bus',
      type: 'image/png',
      size: PNG.length,
    });
    expect(pdf.ok && pdf.value.type).toBe('application/pdf');
    expect((await db.receipts.get('r-1'))?.bytes).toEqual(PNG);
    expect((await db.claims.get(claim.id))?.lines[0]?.receiptIds).toEqual(['r-1', 's-1']);

    await removeReceipt(db, 's-1', ctx());
    expect((await db.claims.get(claim.id))?.lines[0]?.receiptIds).toEqual(['r-1']);
    await removeLine(db, claim.id, 'l-bus', ctx());
    expect(await db.receipts.count()).toBe(0);
    expect((await db.tombstones.toArray()).map((t) => t.id).sort()).toEqual(['r-1', 's-1']);
  });

  it('refuses a file that is not a photo or PDF, or too large, and writes nothing', async () => {
    const db = freshDb();
    await seedEvent(db);
    const claim = await draftFor(db);
    await saveLine(db, claim.id, amount({ id: 'l-bus' }), ctx());
    const before = await snapshot(db);
    const csv = await attachReceipt(
      db,
      claim.id,
      'l-bus',
      { fileName: 'bus.png', bytes: new TextEncoder().encode('a,b\n') },
      ctx(),
    );
    expect(!csv.ok && 'errors' in csv && csv.errors.file).toMatch(/not a photo/);
    const big = new Uint8Array(10_000_001);
    big.set(PNG);
    const huge = await attachReceipt(
      db,
      claim.id,
      'l-bus',
      { fileName: 'big.png', bytes: big },
      ctx(),
    );
    expect(!huge.ok && 'errors' in huge && huge.errors.file).toMatch(/over 10 MB/);
    expect(await snapshot(db)).toEqual(before);
  });

  it('leaves the database unchanged when a write in the transaction fails', async () => {
    const db = freshDb();
    await seedEvent(db);
    const claim = await draftFor(db);
    await saveLine(db, claim.id, amount({ id: 'l-bus' }), ctx());
    const before = await snapshot(db);
    vi.spyOn(db.claims, 'put').mockRejectedValueOnce(new Error('The disk is full'));
    await expect(
      attachReceipt(db, claim.id, 'l-bus', { fileName: 'bus.png', bytes: PNG }, ctx()),
    ).rejects.toThrow('The disk is full');
    expect(await snapshot(db)).toEqual(before);
  });

  it('ticks the declaration on a draft only', async () => {
    const db = freshDb();
    await seedEvent(db);
    const claim = await draftFor(db);
    const all = {
      notClaimedBefore: true,
      receiptsAttached: true,
      mileageIsActual: true,
      cheapestReasonableOption: true,
    };
    const ticked = await setDeclaration(db, claim.id, all, ctx());
    expect(ticked.ok && ticked.value.declaration).toEqual(all);
    await db.claims.update(claim.id, { status: 'submitted' });
    const late = await setDeclaration(db, claim.id, { ...all, notClaimedBefore: false }, ctx());
    expect(!late.ok && 'conflict' in late).toBe(true);
  });
});
