/**
 * The one way main answers the renderer. Every channel goes through `handle`, so every one of
 * them checks who is asking, validates every argument, and answers with an IpcResult whose error
 * is plain English: a handler never throws across IPC (Electron would turn that into an opaque
 * rejected promise with main's stack in it).
 */
import { ipcMain } from 'electron';
import type { IpcMainInvokeEvent } from 'electron';
import type { z } from 'zod';
import { IPC_CHANNELS } from '../../shared/api';
import type { IpcResult, TwoFeetApi } from '../../shared/api';
import { isAppPageUrl } from '../app-page';
import { messageForUser } from './user-facing-error';

export type Capability = keyof TwoFeetApi;
export type ArgsOf<K extends Capability> = Parameters<TwoFeetApi[K]>;
export type ValueOf<K extends Capability> =
  Awaited<ReturnType<TwoFeetApi[K]>> extends IpcResult<infer V> ? V : never;

export type Handler<K extends Capability> = (
  args: ArgsOf<K>,
  event: IpcMainInvokeEvent,
) => Promise<ValueOf<K>> | ValueOf<K>;

/**
 * Registers the handler for one capability of TwoFeetApi. Keyed by capability rather than raw
 * channel so that the argument schema and the handler's result are type-checked against the
 * contract; the channel name comes from IPC_CHANNELS.
 */
export type Handle = <K extends Capability>(
  capability: K,
  argsSchema: z.ZodType<ArgsOf<K>>,
  handler: Handler<K>,
) => void;

/** What each capability does, for messages like "That request to save a file was refused." */
const ACTIONS: Record<Capability, string> = {
  saveFile: 'save a file',
  openFile: 'open a file',
  appVersion: 'read the app version',
  openVenueScreen: 'open the venue screen',
  setKioskMode: 'change kiosk mode',
  backupDue: 'check whether a backup is due',
  storeBackup: 'store a backup',
  listBackups: 'list the backups',
  readBackup: 'read a backup',
};

export const UNTRUSTED_SENDER_MESSAGE =
  'This request did not come from the Two Feet window, so it was refused.';

/** `pageUrl` is the app's own page: the only page allowed to call main. */
export function createHandle(pageUrl: string): Handle {
  return <K extends Capability>(
    capability: K,
    argsSchema: z.ZodType<ArgsOf<K>>,
    handler: Handler<K>,
  ) => {
    const action = ACTIONS[capability];
    ipcMain.handle(
      IPC_CHANNELS[capability],
      async (event, ...args: unknown[]): Promise<IpcResult<ValueOf<K>>> => {
        if (!isTrustedSender(event, pageUrl)) {
          console.warn(`Refused ${IPC_CHANNELS[capability]} from ${senderUrl(event)}`);
          return { ok: false, error: UNTRUSTED_SENDER_MESSAGE };
        }
        const parsed = argsSchema.safeParse(args);
        if (!parsed.success) {
          return {
            ok: false,
            error: `That request to ${action} was refused. ${describeIssue(parsed.error)}`,
          };
        }
        try {
          return { ok: true, value: await handler(parsed.data, event) };
        } catch (error) {
          console.error(`${IPC_CHANNELS[capability]} failed`, error);
          return { ok: false, error: messageForUser(error, action) };
        }
      },
    );
  };
}

/**
 * Only the main frame of the app's own page may call main. The preload only runs there, but a
 * frame that navigated elsewhere, or an injected iframe, must not inherit its powers.
 */
function isTrustedSender(event: IpcMainInvokeEvent, pageUrl: string): boolean {
  try {
    const frame = event.senderFrame;
    return frame !== null && frame.parent === null && isAppPageUrl(frame.url, pageUrl);
  } catch {
    // Reading a frame that has since been destroyed throws.
    return false;
  }
}

function senderUrl(event: IpcMainInvokeEvent): string {
  try {
    return event.senderFrame?.url ?? 'a closed frame';
  } catch {
    return 'a closed frame';
  }
}

/** The first problem, in words; the schemas give their own messages for anything a user sees. */
function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'It was not valid.';
  if (issue.code === 'unrecognized_keys') {
    return `It had unexpected fields: ${issue.keys.join(', ')}.`;
  }
  if (issue.path.length === 0 && (issue.code === 'too_big' || issue.code === 'too_small')) {
    return 'It had the wrong number of arguments.';
  }
  return issue.message;
}
