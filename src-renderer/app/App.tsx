import type { TwoFeetDb } from '../data/db';
import { BoardArea } from '../features/board/BoardArea';
import { EventsArea } from '../features/events/EventsArea';
import { ExpensesArea } from '../features/expenses/ExpensesArea';
import { PeopleArea } from '../features/people/PeopleArea';
import { LowSpaceNotice } from '../features/reports/backups/LowSpaceNotice';
import { ReportsArea } from '../features/reports/ReportsArea';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { KioskScreen } from '../features/surveys/KioskScreen';
import { SurveysArea } from '../features/surveys/SurveysArea';
import { VenueScreen } from '../features/venue/VenueScreen';
import { VotingArea } from '../features/voting/VotingArea';
import type { Platform } from '../platform/platform';
import { AnnouncerProvider } from '../ui/Announcer';
import { AppProvider, type StorageStatus } from './app-context';
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
  if (area === 'venue') return <VenueScreen rest={rest} />;
  if (area === 'kiosk') return <KioskScreen rest={rest} />;
  return (
    <Shell area={area}>
      <LowSpaceNotice />
      {versionChanged && <VersionChangeBanner />}
      {area === 'events' && <EventsArea rest={rest} />}
      {area === 'people' && <PeopleArea rest={rest} />}
      {area === 'board' && <BoardArea rest={rest} />}
      {area === 'voting' && <VotingArea rest={rest} />}
      {area === 'surveys' && <SurveysArea rest={rest} />}
      {area === 'expenses' && <ExpensesArea rest={rest} />}
      {area === 'reports' && <ReportsArea rest={rest} />}
      {area === 'settings' && <SettingsScreen />}
    </Shell>
  );
}
