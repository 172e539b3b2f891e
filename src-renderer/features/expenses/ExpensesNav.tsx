import { routeHref } from '../../app/routes';

const LINKS = [
  { path: '', label: 'Claims' },
  { path: 'policy', label: 'Policy' },
  { path: 'involvement', label: 'Involvement payments' },
] as const;

/** The expenses area's own screens; the current one is marked for screen readers. */
export function ExpensesNav({ current }: { current: (typeof LINKS)[number]['path'] }) {
  return (
    <nav aria-label="Expenses" className="expenses-nav">
      <ul>
        {LINKS.map((link) => (
          <li key={link.path}>
            <a
              href={link.path ? routeHref('expenses', link.path) : routeHref('expenses')}
              aria-current={link.path === current ? 'page' : undefined}
            >
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
