import type { TwoFeetDb } from '../data/db';
import { EventsArea } from '../features/events/EventsArea';
import { LowSpaceNotice } from '../features/reports/backups/LowSpaceNotice';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import type { Platform } from '../platform/platform';
import { AnnouncerProvider } from '../ui/Announcer';
import { AppProvider, type StorageStatus } from './app-context';
import {
  BoardArea,
  ExpensesArea,
  KioskScreen,
  PeopleArea,
  ReportsArea,
  ScreenLoader,
  SurveysArea,
  VenueScreen,
  VotingArea,
} from './lazy-screens';
import { type Route, useRoute } from './routes';
import { Shell } from './Shell';
import { VersionChangeBanner } from './VersionChangeBanner';

interface AppProps {
  db: TwoFeetDb;
  platform: Platform;
  storage: StorageStatus;
  versionChanged: boolean;
}

export function App({ db, platform, storage, versionChanged }: AppProps) {
  const route = useRoute();
  return (
    <AppProvider db={db} platform={platform} storage={storage}>
      <AnnouncerProvider>
        {versionChanged && (route.area === 'venue' || route.area === 'kiosk') && (
          <VersionChangeBanner />
        )}
        <Screen route={route} versionChanged={versionChanged} />
      </AnnouncerProvider>
    </AppProvider>
  );
}

function Screen({ route, versionChanged }: { route: Route; versionChanged: boolean }) {
  const { area, rest } = route;
  if (area === 'venue' || area === 'kiosk') {
    const FullScreen = area === 'venue' ? VenueScreen : KioskScreen;
    return (
      <ScreenLoader>
        <FullScreen rest={rest} />
      </ScreenLoader>
    );
  }
  return (
    <Shell area={area}>
      <LowSpaceNotice />
      {versionChanged && <VersionChangeBanner />}
      <ScreenLoader>
        {area === 'events' && <EventsArea rest={rest} />}
        {area === 'people' && <PeopleArea rest={rest} />}
        {area === 'board' && <BoardArea rest={rest} />}
        {area === 'voting' && <VotingArea rest={rest} />}
        {area === 'surveys' && <SurveysArea rest={rest} />}
        {area === 'expenses' && <ExpensesArea rest={rest} />}
        {area === 'reports' && <ReportsArea rest={rest} />}
        {area === 'settings' && <SettingsScreen />}
      </ScreenLoader>
    </Shell>
  );
}
