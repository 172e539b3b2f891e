import type { TwoFeetDb } from './db';

export const DEFAULT_ACTOR = 'Unnamed facilitator';

export async function getFacilitatorName(db: TwoFeetDb): Promise<string> {
  const row = await db.settings.get('facilitatorName');
  return typeof row?.value === 'string' && row.value !== '' ? row.value : DEFAULT_ACTOR;
}

export async function setFacilitatorName(db: TwoFeetDb, name: string): Promise<void> {
  await db.settings.put({ key: 'facilitatorName', value: name.trim() });
}
