import { campaignToEndLoneliness } from './campaign-to-end-loneliness';
import { communityLifeInfluence } from './community-life-influence';
import { generalSelfEfficacy } from './general-self-efficacy';
import { onsWorthwhile } from './ons-worthwhile';
import { rosenberg } from './rosenberg';
import { swemwbs } from './swemwbs';
import type { Instrument } from './types';
import { directLoneliness, uclaLoneliness } from './ucla-loneliness';

/** Every instrument the app can score, in the order the baseline survey asks them. */
export const INSTRUMENTS: readonly Instrument[] = [
  generalSelfEfficacy,
  rosenberg,
  swemwbs,
  uclaLoneliness,
  directLoneliness,
  campaignToEndLoneliness,
  onsWorthwhile,
  communityLifeInfluence,
];

const BY_ID = new Map(INSTRUMENTS.map((instrument) => [instrument.id, instrument]));

export function findInstrument(instrumentId: string): Instrument | undefined {
  return BY_ID.get(instrumentId);
}
