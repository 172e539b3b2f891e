import type { Page } from '@playwright/test';
import type { LabApi } from './lab-api';
import type { ProbeApi } from './probes';

type Method<T> = {
  [K in keyof T]: T[K] extends (...args: never[]) => unknown ? K : never;
}[keyof T];
type Fn<T, K extends keyof T> = T[K] extends (...args: infer A) => infer R
  ? { args: A; result: R }
  : never;

/** Calls a method of the lab page's window.twoFeetBench (see page/lab.ts). */
export function callLab<K extends Method<LabApi>>(
  page: Page,
  method: K,
  ...args: Fn<LabApi, K>['args']
): Promise<Awaited<Fn<LabApi, K>['result']>> {
  return page.evaluate(
    ({ method, args }) => {
      const api = window.twoFeetBench as unknown as Record<string, (...a: unknown[]) => unknown>;
      if (!api) throw new Error('The lab bundle is not loaded on this page.');
      return api[method]?.(...args);
    },
    { method: String(method), args: args as unknown[] },
  ) as Promise<Awaited<Fn<LabApi, K>['result']>>;
}

/** Calls a method of the app page's window.__benchProbe (see page/probes.ts). */
export function callProbe<K extends Method<ProbeApi>>(
  page: Page,
  method: K,
  ...args: Fn<ProbeApi, K>['args']
): Promise<Awaited<Fn<ProbeApi, K>['result']>> {
  return page.evaluate(
    ({ method, args }) => {
      const api = window.__benchProbe as unknown as Record<string, (...a: unknown[]) => unknown>;
      if (!api) throw new Error('The probes are not installed on this page.');
      return api[method]?.(...args);
    },
    { method: String(method), args: args as unknown[] },
  ) as Promise<Awaited<Fn<ProbeApi, K>['result']>>;
}
