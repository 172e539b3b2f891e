import { routeHref } from '../../../app/routes';

export interface KioskTarget {
  formId: string;
  eventId: string;
  participantId?: string | undefined;
  waveId?: string | undefined;
}

/** "#/kiosk/<formId>/<eventId>[/<participantId>/<waveId>]" */
export function kioskHref(target: KioskTarget): string {
  const who = target.participantId && target.waveId ? [target.participantId, target.waveId] : [];
  return routeHref('kiosk', target.formId, target.eventId, ...who);
}

export function kioskTargetFrom(rest: readonly string[]): KioskTarget | null {
  const [formId, eventId, participantId, waveId] = rest;
  if (!formId || !eventId) return null;
  return { formId, eventId, participantId, waveId };
}

/** Every address the locked kiosk may move between: the same form at the same event. */
export function kioskPrefix(target: KioskTarget): string {
  return routeHref('kiosk', target.formId, target.eventId);
}
