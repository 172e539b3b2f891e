import { useState } from 'react';
import { useApp } from '../../app/app-context';
import { tallyOf } from '../../data/voting/queries';
import { FILE_TYPES, safeFileName } from '../../exports/file-types';
import type { DecisionOutcome } from '../../domain/voting/outcome';
import { summariseDecision } from '../../domain/voting/outcome';
import type { ProposalRecord } from '../../domain/voting/records';
import type { Round } from '../../domain/voting/round';

interface Props {
  proposal: ProposalRecord;
  rounds: readonly Round[];
  outcome: DecisionOutcome;
  meeting: string;
  names: ReadonlyMap<string, string>;
}

/** Saves the decision record as a PDF: proposal, every round, the outcome. */
export function DecisionDownload({ proposal, rounds, outcome, meeting, names }: Props) {
  const { db, platform } = useApp();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  async function download() {
    setBusy(true);
    setMessage(null);
    try {
      const [{ makeDecisionPdf }, tallies] = await Promise.all([
        import('../../exports/voting-decision-pdf'),
        Promise.all(rounds.map((round) => tallyOf(db, round))),
      ]);
      const summary = summariseDecision(proposal, rounds, tallies, outcome);
      const data = await makeDecisionPdf(summary, meeting, (id) => names.get(id) ?? id);
      const saved = await platform.saveFile({
        suggestedName: `${safeFileName('decision', proposal.title)}.pdf`,
        type: FILE_TYPES.pdf,
        data,
      });
      if (saved.saved) setMessage({ text: `Saved ${saved.fileName}.`, error: false });
      else if (saved.error) setMessage({ text: saved.error, error: true });
    } catch {
      setMessage({ text: 'The PDF could not be made. Try again.', error: true });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div aria-busy={busy}>
      <button type="button" className="button button--secondary" disabled={busy} onClick={download}>
        {busy ? 'Making the PDF…' : 'Download the decision record (PDF)'}
      </button>
      {message && (
        <p
          className={message.error ? 'notice notice--error' : 'notice notice--success'}
          role="status"
        >
          {message.text}
        </p>
      )}
    </div>
  );
}
