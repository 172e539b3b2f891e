import type { Schedule } from '../../domain/board/schedule';

/**
 * The grid in large type: slots down the side, spaces across, a topic and its host in each
 * cell. The slot running now is marked in words as well as by its outline.
 */
export function VenueGrid({
  schedule,
  currentSlotId,
}: {
  schedule: Schedule;
  currentSlotId: string | undefined;
}) {
  if (schedule.rows.length === 0 || schedule.columns.length === 0) {
    return <p className="venue-screen__empty">The grid is not set up yet.</p>;
  }
  return (
    <table className="venue-grid">
      <caption className="visually-hidden">
        The grid: time slots down the side, spaces across the top
      </caption>
      <thead>
        <tr>
          <th scope="col" className="venue-grid__time">
            Time
          </th>
          {schedule.columns.map((column) => (
            <th key={column.spaceId} scope="col">
              <span className="venue-grid__space">{column.name}</span>
              <span className="venue-grid__details">{column.details}</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {schedule.rows.map((row) => {
          const now = row.slotId === currentSlotId;
          return (
            <tr
              key={row.slotId}
              className={`venue-grid__row${now ? ' venue-grid__row--now' : ''}`}
              data-slot-id={row.slotId}
            >
              <th scope="row" className="venue-grid__time">
                {now && <span className="venue-grid__now">Now</span>}
                <span>{row.times}</span>
                {row.label && <span className="venue-grid__label">{row.label}</span>}
              </th>
              {row.kind === 'break' ? (
                <td className="venue-grid__break" colSpan={schedule.columns.length}>
                  {row.label || 'Break'}
                </td>
              ) : (
                row.cells.map((cell) => (
                  <td key={cell.spaceId} data-space-id={cell.spaceId}>
                    {cell.title && (
                      <>
                        <span className="venue-grid__topic">{cell.title}</span>
                        <span className="venue-grid__host">{cell.conveners}</span>
                      </>
                    )}
                    {cell.pinned && <span className="venue-grid__pinned">Pinned</span>}
                  </td>
                ))
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
