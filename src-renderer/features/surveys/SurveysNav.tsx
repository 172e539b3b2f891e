import { routeHref } from '../../app/routes';

const LINKS = [
  { key: 'forms', label: 'Forms', href: routeHref('surveys') },
  { key: 'due', label: 'Who is due a survey', href: routeHref('surveys', 'due') },
  { key: 'change', label: 'Change over time', href: routeHref('surveys', 'change') },
  { key: 'kiosk-pin', label: 'Kiosk PIN', href: routeHref('surveys', 'kiosk-pin') },
] as const;

/** The parts of the surveys area; the current one is marked for screen readers. */
export function SurveysNav({ current }: { current: (typeof LINKS)[number]['key'] }) {
  return (
    <nav aria-label="Surveys" className="survey-subnav">
      {LINKS.map((link) => (
        <a key={link.key} href={link.href} aria-current={link.key === current ? 'page' : undefined}>
          {link.label}
        </a>
      ))}
    </nav>
  );
}
