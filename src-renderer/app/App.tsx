import type { TwoFeetDb } from '../data/db';
import { EventsArea } from '../features/events/EventsArea';
import { PeopleArea } from '../features/people/PeopleArea';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import type { Platform } from '../platform/platform';
import { AnnouncerProvider } from '../ui/Announcer';
import { AppProvider, type StorageStatus } from './app-context';
import { ComingSoon } from './ComingSoon';
import { useRoute } from './routes';
import { Shell } from './Shell';
import { VersionChangeBanner } from './VersionChangeBanner';

interface AppProps {
  db: TwoFeetDb;
  platform: Platform;
  storage: StorageStatus;
  versionChanged: boolean;
}

export function App({ db, platform, storage, versionChanged }: AppProps) {
  const { area, rest } = useRoute();
  return (
    <AppProvider db={db} platform={platform} storage={storage}>
      <AnnouncerProvider>
        <Shell area={area}>
          {versionChanged && <VersionChangeBanner />}
          {area === 'events' && <EventsArea rest={rest} />}
          {area === 'people' && <PeopleArea rest={rest} />}
          {area === 'settings' && <SettingsScreen />}
          {!['events', 'people', 'settings'].includes(area) && <ComingSoon area={area} />}
        </Shell>
      </AnnouncerProvider>
    </AppProvider>
  );
}
