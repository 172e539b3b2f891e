import { StrictMode } from 'react';
import { type Root, createRoot } from 'react-dom/client';
import { App } from './app/App';
import { prefetchScreens } from './app/lazy-screens';
import { FULL_SCREENS, routeFromHash } from './app/routes';
import { StartupError } from './app/StartupError';
import { backupBeforeUpgrade, startDailyBackups } from './data/backup/automatic-backups';
import { canRecoverFrom } from './data/backup/recover';
import { describeOpenError } from './data/storage-errors';
import { openDatabase, requestPersistentStorage } from './data/open-database';
import { detectPlatform } from './platform';
import { applyDisplayMode, storedDisplayMode } from './ui/display-mode';
import './ui/tokens.css';
import './ui/base.css';
import './ui/controls.css';
import './app/shell.css';
import './features/events/events.css';

applyDisplayMode(storedDisplayMode());

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);
void start(root);

async function start(root: Root) {
  const platform = detectPlatform();
  let versionChanged = false;
  let render = () => {};
  await backupBeforeUpgrade(platform);
  const opened = await openDatabase(() => {
    versionChanged = true;
    render();
  });
  if (!opened.ok) {
    const recovery = canRecoverFrom(opened.error) ? platform : undefined;
    root.render(<StartupError message={describeOpenError(opened.error)} platform={recovery} />);
    return;
  }
  const storage = { persisted: await requestPersistentStorage(platform.kind) };
  render = () =>
    root.render(
      <StrictMode>
        <App db={opened.db} platform={platform} storage={storage} versionChanged={versionChanged} />
      </StrictMode>,
    );
  render();
  // One window makes the daily backup and fetches the other screens' code ahead of a click:
  // not the venue screen or a kiosk beside it.
  if (!FULL_SCREENS.some((area) => routeFromHash(window.location.hash).area === area)) {
    startDailyBackups(opened.db, platform);
    prefetchScreens();
  }
}
