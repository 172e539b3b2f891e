import { useState } from 'react';
import { useApp } from '../../app/app-context';
import { describeStorageError } from '../../data/storage-errors';
import { changeIssueStatus } from '../../data/voting/issue-commands';
import type { TaskforceEvent } from '../../domain/event';
import type { Issue, IssueStatus } from '../../domain/voting/issues';
import { ISSUE_STATUS_LABELS } from '../../domain/voting/issues';
import { compareLabels } from '../../domain/voting/wording';
import { useAnnounce } from '../../ui/Announcer';
import { ConfirmDialog } from '../../ui/Dialog';
import { AddIssueDialog } from './AddIssueDialog';
import { MergeIssueDialog } from './MergeIssueDialog';

type Open =
  | { kind: 'none' }
  | { kind: 'add' }
  | { kind: 'merge'; issue: Issue }
  | { kind: 'close'; issue: Issue };

interface Props {
  taskforceId: string;
  issues: readonly Issue[];
  events: readonly TaskforceEvent[];
}

const GROUPS: { status: IssueStatus; title: string; empty: string }[] = [
  { status: 'line-of-enquiry', title: 'Agreed lines of enquiry', empty: 'None agreed yet.' },
  { status: 'open', title: 'Open issues', empty: 'No open issues.' },
  { status: 'closed', title: 'Closed issues', empty: 'None closed.' },
  { status: 'merged', title: 'Merged issues', empty: 'None merged.' },
];

/** The taskforce's issue list: add, promote, merge, agree as a line of enquiry, close. */
export function IssueList({ taskforceId, issues, events }: Props) {
  const { db, commandContext } = useApp();
  const announce = useAnnounce();
  const [open, setOpen] = useState<Open>({ kind: 'none' });
  const close = () => setOpen({ kind: 'none' });
  const titles = new Map(issues.map((issue) => [issue.id, issue.title]));

  async function setStatus(issue: Issue, status: Exclude<IssueStatus, 'merged'>, done: string) {
    close();
    try {
      const result = await changeIssueStatus(db, issue.id, status, issue.version, commandContext());
      if (result.ok) announce(done);
      else
        announce(
          'conflict' in result ? result.conflict : (result.errors.status ?? 'That did not work.'),
          'error',
        );
    } catch (error) {
      announce(describeStorageError(error), 'error');
    }
  }

  return (
    <section aria-labelledby="issues-title" className="voting-section">
      <div className="page-header">
        <h2 id="issues-title">Issue list</h2>
        <button type="button" className="button" onClick={() => setOpen({ kind: 'add' })}>
          Add an issue
        </button>
      </div>
      {issues.length === 0 && (
        <p>
          No issues yet. Add what the taskforce wants to look into, or promote a topic or a group’s
          outcome from one of its meetings.
        </p>
      )}
      {issues.length > 0 &&
        GROUPS.map((group) => {
          const list = issues
            .filter((issue) => issue.status === group.status)
            .sort((a, b) => compareLabels(a.title, b.title));
          if (list.length === 0 && (group.status === 'merged' || group.status === 'closed'))
            return null;
          return (
            <div key={group.status} className="issue-group">
              <h3>
                {group.title} ({list.length})
              </h3>
              {list.length === 0 ? (
                <p>{group.empty}</p>
              ) : (
                <ul className="issue-list">
                  {list.map((issue) => (
                    <li key={issue.id} className="issue">
                      <div>
                        <strong>{issue.title}</strong>{' '}
                        <span className={`badge badge--issue-${issue.status}`}>
                          {ISSUE_STATUS_LABELS[issue.status]}
                        </span>
                        {issue.description && <p className="proposal-text">{issue.description}</p>}
                        {issue.mergedInto && (
                          <p className="muted">
                            Merged into “{titles.get(issue.mergedInto) ?? 'another issue'}”.
                          </p>
                        )}
                      </div>
                      <IssueActions
                        issue={issue}
                        onMerge={() => setOpen({ kind: 'merge', issue })}
                        onClose={() => setOpen({ kind: 'close', issue })}
                        onStatus={setStatus}
                      />
                    </li>
                  ))}
                </ul>
              )}
            </div>
          );
        })}
      {open.kind === 'add' && (
        <AddIssueDialog taskforceId={taskforceId} events={events} onClose={close} />
      )}
      {open.kind === 'merge' && (
        <MergeIssueDialog issue={open.issue} issues={issues} onClose={close} />
      )}
      {open.kind === 'close' && (
        <ConfirmDialog
          title="Close this issue?"
          message={
            <p>
              “{open.issue.title}” will leave the list that prioritisation rounds vote on. You can
              reopen it later.
            </p>
          }
          confirmLabel="Close issue"
          onConfirm={() => void setStatus(open.issue, 'closed', `“${open.issue.title}” closed.`)}
          onCancel={close}
        />
      )}
    </section>
  );
}

function IssueActions({
  issue,
  onMerge,
  onClose,
  onStatus,
}: {
  issue: Issue;
  onMerge: () => void;
  onClose: () => void;
  onStatus: (issue: Issue, status: Exclude<IssueStatus, 'merged'>, done: string) => Promise<void>;
}) {
  if (issue.status === 'merged') return null;
  const small = 'button button--secondary button--small';
  return (
    <div className="issue__actions">
      {issue.status === 'open' && (
        <button
          type="button"
          className="button button--small"
          onClick={() =>
            void onStatus(issue, 'line-of-enquiry', `“${issue.title}” agreed as a line of enquiry.`)
          }
          aria-label={`Agree as a line of enquiry: “${issue.title}”`}
        >
          Agree as a line of enquiry
        </button>
      )}
      {issue.status !== 'open' && (
        <button
          type="button"
          className={small}
          onClick={() => void onStatus(issue, 'open', `“${issue.title}” reopened.`)}
          aria-label={`Reopen “${issue.title}”`}
        >
          Reopen
        </button>
      )}
      {issue.status !== 'closed' && (
        <button
          type="button"
          className={small}
          onClick={onMerge}
          aria-label={`Merge into another issue: “${issue.title}”`}
        >
          Merge into another issue
        </button>
      )}
      {issue.status === 'open' && (
        <button
          type="button"
          className={small}
          onClick={onClose}
          aria-label={`Close “${issue.title}”`}
        >
          Close
        </button>
      )}
    </div>
  );
}
