import type { TwoFeetDb } from '../data/db';
import { EventsScreen } from '../features/events/EventsScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import type { Platform } from '../platform/platform';
import { AnnouncerProvider } from '../ui/Announcer';
import { AppProvider, type StorageStatus } from './app-context';
import { ComingSoon } from './ComingSoon';
import { useArea } from './routes';
import { Shell } from './Shell';
import { VersionChangeBanner } from './VersionChangeBanner';

interface AppProps {
  db: TwoFeetDb;
  platform: Platform;
  storage: StorageStatus;
  versionChanged: boolean;
}

export function App({ db, platform, storage, versionChanged }: AppProps) {
  const area = useArea();
  return (
    <AppProvider db={db} platform={platform} storage={storage}>
      <AnnouncerProvider>
        <Shell area={area}>
          {versionChanged && <VersionChangeBanner />}
          {area === 'events' && <EventsScreen />}
          {area === 'settings' && <SettingsScreen />}
          {area !== 'events' && area !== 'settings' && <ComingSoon area={area} />}
        </Shell>
      </AnnouncerProvider>
    </AppProvider>
  );
}
