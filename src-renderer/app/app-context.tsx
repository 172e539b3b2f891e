import { useLiveQuery } from 'dexie-react-hooks';
import { type ReactNode, createContext, useCallback, useContext, useMemo } from 'react';
import type { TwoFeetDb } from '../data/db';
import type { Persistence } from '../data/open-database';
import { DEFAULT_ACTOR, getFacilitatorName } from '../data/settings';
import type { CommandContext } from '../domain/record';
import type { Platform } from '../platform/platform';

export interface StorageStatus {
  /** true when the browser promised not to clear the data under storage pressure. */
  persisted: Persistence;
}

interface AppServices {
  db: TwoFeetDb;
  platform: Platform;
  storage: StorageStatus;
  /** Who is doing this and when: passed into every command. */
  commandContext: () => CommandContext;
}

const AppContext = createContext<AppServices | null>(null);

export function AppProvider(props: {
  db: TwoFeetDb;
  platform: Platform;
  storage: StorageStatus;
  children: ReactNode;
}) {
  const { db, platform, storage, children } = props;
  const actor = useLiveQuery(() => getFacilitatorName(db), [db], DEFAULT_ACTOR);
  const commandContext = useCallback(() => ({ now: new Date().toISOString(), actor }), [actor]);
  const value = useMemo(
    () => ({ db, platform, storage, commandContext }),
    [db, platform, storage, commandContext],
  );
  return <AppContext.Provider value={value}>{children}</AppContext.Provider>;
}

export function useApp(): AppServices {
  const services = useContext(AppContext);
  if (!services) throw new Error('useApp must be used inside AppProvider');
  return services;
}
