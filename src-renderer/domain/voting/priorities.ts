import type { Issue, IssueStatus } from './issues';
import { openIssues, survivorOf } from './issues';
import { defaultDotBudget } from './methods';
import type { ProposalInput } from './proposal';
import { rankWithNearTies } from './ranking';
import type { Round, RoundSettingsInput } from './round';
import { isResultVisible } from './round';
import { defaultRule } from './rules';
import type { Tally } from './tally';
import { compareLabels } from './wording';

/**
 * A prioritisation round is an ordinary dot-voting round on a proposal whose source is the
 * issue list; each option's id is the issue's id, which is what lets history follow an issue
 * from meeting to meeting and through merges.
 */
export function prioritisationProposal(taskforceId: string, eventId: string): ProposalInput {
  return {
    eventId,
    title: 'Prioritise our issues',
    text: 'Place your dots on the issues that matter most to you.',
    source: { kind: 'issue-list', taskforceId },
  };
}

export function prioritisationRoundSettings(
  issues: readonly Issue[],
  taskforceId: string,
  choices: { anonymous: boolean; hiddenUntilRevealed: boolean; dotBudget?: number },
): RoundSettingsInput {
  const options = openIssues(issues, taskforceId).map((issue) => ({
    id: issue.id,
    label: issue.title,
  }));
  return {
    method: 'dots',
    rule: defaultRule('dots'),
    anonymous: choices.anonymous,
    hiddenUntilRevealed: choices.hiddenUntilRevealed,
    options,
    dotBudget: choices.dotBudget ?? defaultDotBudget(options.length),
  };
}

/** One meeting of the taskforce's series; `date` is "YYYY-MM-DD". */
export interface Meeting {
  eventId: string;
  date: string;
  title: string;
}

export interface PriorityPoint {
  rank: number;
  tied: boolean;
  dots: number;
  /** 0–1 of the dots cast at that meeting. */
  share: number;
}

export interface PriorityMeeting extends Meeting {
  /** The round the column is drawn from; undefined if the meeting held none (or none shown). */
  roundId?: string;
  voters: number;
  dotsCast: number;
}

export interface IssuePriorityLine {
  issueId: string;
  title: string;
  /** "unknown" for an option whose issue is no longer on the list. */
  status: IssueStatus | 'unknown';
  /** Issues merged into this one, whose dots are counted here, for a note under the chart. */
  mergedFrom: { issueId: string; title: string }[];
  /** One per meeting, in meeting order; null where the issue was not on that ballot. */
  points: (PriorityPoint | null)[];
}

export interface PriorityHistory {
  meetings: PriorityMeeting[];
  lines: IssuePriorityLine[];
}

type DotsTally = Extract<Tally, { method: 'dots' }>;

/**
 * How each issue's priority moved across the series, for a chart. Merges are applied to the
 * whole history: an absorbed issue's dots at every meeting count for its survivor and the
 * meeting is re-ranked, so each line is an issue as it stands today. An issue added mid-series
 * has no point (null) before its first ballot. Only rounds whose results are visible count,
 * and where a meeting held several prioritisation rounds, its latest.
 */
export function priorityHistory(
  meetings: readonly Meeting[],
  rounds: readonly Round[],
  tallies: readonly Tally[],
  issues: readonly Issue[],
): PriorityHistory {
  const ordered = [...meetings].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : compareLabels(a.title, b.title),
  );
  const dotsTallies = new Map(
    tallies.filter((t): t is DotsTally => t.method === 'dots').map((t) => [t.roundId, t] as const),
  );
  const byId = new Map(issues.map((issue) => [issue.id, issue]));
  const labels = new Map<string, string>();
  const columns: PriorityMeeting[] = [];
  const perMeeting: Map<string, PriorityPoint>[] = [];

  for (const meeting of ordered) {
    const round = latestShownRound(meeting.eventId, rounds, dotsTallies);
    const tally = round ? dotsTallies.get(round.id) : undefined;
    if (!round || !tally) {
      columns.push({ ...meeting, voters: 0, dotsCast: 0 });
      perMeeting.push(new Map());
      continue;
    }
    const folded = new Map<string, number>();
    for (const entry of tally.ranking) {
      const id = survivorOf(entry.optionId, issues);
      folded.set(id, (folded.get(id) ?? 0) + entry.dots);
      if (!byId.has(id)) labels.set(id, entry.label);
    }
    const ranked = rankWithNearTies(
      [...folded].map(([id, dots]) => ({
        id,
        label: byId.get(id)?.title ?? labels.get(id) ?? '',
        dots,
      })),
    );
    columns.push({ ...meeting, roundId: round.id, voters: tally.voters, dotsCast: tally.dotsCast });
    perMeeting.push(
      new Map(
        ranked.map((e) => [e.id, { rank: e.rank, tied: e.tied, dots: e.dots, share: e.share }]),
      ),
    );
  }

  const ids = new Set<string>(issues.filter((i) => i.status !== 'merged').map((i) => i.id));
  for (const points of perMeeting) for (const id of points.keys()) ids.add(id);
  const lines = [...ids].map((id): IssuePriorityLine => {
    const issue = byId.get(id);
    return {
      issueId: id,
      title: issue?.title ?? labels.get(id) ?? '',
      status: issue?.status ?? 'unknown',
      mergedFrom: issues
        .filter(
          (other) =>
            other.status === 'merged' && other.id !== id && survivorOf(other.id, issues) === id,
        )
        .map((other) => ({ issueId: other.id, title: other.title })),
      points: perMeeting.map((points) => points.get(id) ?? null),
    };
  });
  return { meetings: columns, lines: lines.sort(byRecentRank) };
}

function latestShownRound(
  eventId: string,
  rounds: readonly Round[],
  tallies: ReadonlyMap<string, DotsTally>,
): Round | undefined {
  return rounds
    .filter(
      (r) =>
        r.eventId === eventId && r.method === 'dots' && isResultVisible(r) && tallies.has(r.id),
    )
    .sort((a, b) =>
      a.openedAt < b.openedAt ? 1 : a.openedAt > b.openedAt ? -1 : b.number - a.number,
    )[0];
}

/**
 * Lines in the order the group last saw them: by rank at the latest meeting, then by the
 * meeting before for issues not on that ballot, and so on; never-ranked issues last.
 */
function byRecentRank(a: IssuePriorityLine, b: IssuePriorityLine): number {
  for (let i = a.points.length - 1; i >= 0; i--) {
    const [pa, pb] = [a.points[i] ?? null, b.points[i] ?? null];
    if (pa && pb && pa.rank !== pb.rank) return pa.rank - pb.rank;
    if (pa && !pb) return -1;
    if (!pa && pb) return 1;
  }
  return compareLabels(a.title, b.title);
}
