import { type ReactNode } from 'react';
import { AREAS, type AreaPath } from './routes';

/** Header, navigation and the main landmark; a skip link jumps straight to the content. */
export function Shell({ area, children }: { area: AreaPath; children: ReactNode }) {
  return (
    <div className="shell">
      <a className="skip-link" href="#main" onClick={skipToMain}>
        Skip to content
      </a>
      <header className="shell__header">
        <p className="shell__brand">Two Feet</p>
        <nav aria-label="Main">
          <ul className="shell__nav">
            {AREAS.map((item) => (
              <li key={item.path}>
                <a href={`#/${item.path}`} aria-current={item.path === area ? 'page' : undefined}>
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" className="shell__main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}

/** The hash holds the route, so the skip link moves focus instead of changing the hash. */
function skipToMain(event: React.MouseEvent) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}
