import { type AreaPath } from './routes';

const PLANNED: Partial<Record<AreaPath, { title: string; text: string }>> = {
  people: {
    title: 'People',
    text: 'The register of participants, taskforce membership, check-in on the day, consent per purpose and equality monitoring will be here.',
  },
  board: {
    title: 'Open-space board',
    text: 'The marketplace of topics, the grid of time slots and spaces, and the groups people join and leave by the law of two feet will be here.',
  },
  voting: {
    title: 'Voting',
    text: 'Consensus rounds (gradients of agreement, fist-to-five, consent rounds, thumbs and dot voting), decisions and priorities across meetings will be here.',
  },
  surveys: {
    title: 'Surveys',
    text: 'Feedback forms after each event, baseline and follow-up surveys, and kiosk mode for handing the laptop to a participant will be here.',
  },
  expenses: {
    title: 'Expenses',
    text: 'Expense claims captured on the day, checked and approved by finance staff, and exported for the finance system will be here.',
  },
  reports: {
    title: 'Reports',
    text: 'Event reports, taskforce progress reports, the annual participation report ("you said, we did") and backups will be here.',
  },
};

/** An area not built yet says what will be there, rather than showing nothing. */
export function ComingSoon({ area }: { area: AreaPath }) {
  const planned = PLANNED[area];
  if (!planned) return null;
  return (
    <section aria-labelledby="coming-soon-title">
      <h1 id="coming-soon-title">{planned.title}</h1>
      <p>{planned.text}</p>
      <p className="muted">This part of Two Feet is not ready yet.</p>
    </section>
  );
}
