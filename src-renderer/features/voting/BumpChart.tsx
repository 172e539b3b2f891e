import type { PriorityPoint } from '../../domain/voting/priorities';

interface Line {
  issueId: string;
  title: string;
  points: (PriorityPoint | null)[];
}

interface Props {
  columns: readonly string[];
  lines: readonly Line[];
  /** The table with the same figures. */
  describedBy: string;
}

const COLUMN_GAP = 200;
const ROW_GAP = 44;
const LEFT = COLUMN_GAP / 2;
const TOP = 48;
const LABEL_SPACE = 260;
/** Six line styles (colour and dash), so that lines can be told apart without colour too. */
const STYLES = 6;

/** A bump chart: meetings left to right, rank 1 at the top, one line per issue. */
export function BumpChart({ columns, lines, describedBy }: Props) {
  const maxRank = Math.max(1, ...lines.flatMap((line) => line.points.map((p) => p?.rank ?? 1)));
  const width = LEFT + Math.max(1, columns.length - 1) * COLUMN_GAP + LABEL_SPACE;
  const height = TOP + (maxRank - 1) * ROW_GAP + 40;
  const x = (i: number) => LEFT + i * COLUMN_GAP;
  const y = (rank: number) => TOP + (rank - 1) * ROW_GAP;

  return (
    <svg
      className="bump-chart"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label="Chart of each issue's rank at each meeting"
      aria-describedby={describedBy}
    >
      {columns.map((title, i) => (
        <g key={i}>
          <line className="bump-chart__axis" x1={x(i)} x2={x(i)} y1={TOP - 16} y2={height - 16} />
          <text
            className="bump-chart__column"
            x={x(i)}
            y={20}
            textAnchor={i === 0 ? 'start' : 'middle'}
          >
            {short(title, 22)}
          </text>
        </g>
      ))}
      {lines.map((line, index) => {
        const style = `bump-chart__line bump-chart__line--${index % STYLES}`;
        const placed = line.points
          .map((point, i) => (point ? { i, point } : null))
          .filter((p): p is { i: number; point: PriorityPoint } => p !== null);
        const last = placed[placed.length - 1];
        return (
          <g key={line.issueId} className={style}>
            <polyline
              fill="none"
              points={placed.map(({ i, point }) => `${x(i)},${y(point.rank)}`).join(' ')}
            />
            {placed.map(({ i, point }) => (
              <g key={i}>
                <circle cx={x(i)} cy={y(point.rank)} r={13} />
                <text
                  className="bump-chart__rank"
                  x={x(i)}
                  y={y(point.rank) + 5}
                  textAnchor="middle"
                >
                  {point.tied ? `=${point.rank}` : point.rank}
                </text>
              </g>
            ))}
            {last && (
              <text
                className="bump-chart__label"
                x={x(last.i) + 20}
                y={y(last.point.rank) + 5 + labelNudge(lines, index, last)}
              >
                {short(line.title, 30)}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}

/** Labels of issues tied at the same place are moved apart so they do not overprint. */
function labelNudge(
  lines: readonly Line[],
  index: number,
  last: { i: number; point: PriorityPoint },
): number {
  let before = 0;
  for (let j = 0; j < index; j++) {
    const other = lines[j]?.points;
    const end = other ? [...other].reverse().find((p) => p !== null) : undefined;
    const endIndex = other
      ? other.length - 1 - [...other].reverse().findIndex((p) => p !== null)
      : -1;
    if (end && endIndex === last.i && end.rank === last.point.rank) before += 1;
  }
  return before * 16;
}

function short(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
