import { useState } from 'react';
import type { Topic } from '../../domain/board/topics';
import { convenerNames } from '../../domain/board/topics';
import { useAnnounce } from '../../ui/Announcer';
import { Dialog } from '../../ui/Dialog';
import { SelectField } from '../../ui/Field';
import { FormFooter } from '../../ui/FormFooter';
import { useBoardApi } from './use-board';

/** Folding a duplicate into this topic: both conveners stay, and it can be undone. */
export function MergeDialog({ keep, onClose }: { keep: Topic; onClose: () => void }) {
  const { loaded, run } = useBoardApi();
  const announce = useAnnounce();
  const candidates = Object.values(loaded.state.topics)
    .filter((t) => t.id !== keep.id && t.status !== 'merged')
    .sort((a, b) => a.title.localeCompare(b.title, 'en-GB'));
  const [duplicateId, setDuplicateId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function merge(event: React.FormEvent) {
    event.preventDefault();
    const duplicate = loaded.state.topics[duplicateId];
    if (!duplicate) {
      setError('Choose the duplicate to merge in.');
      return;
    }
    setSaving(true);
    const result = await run({ type: 'topic.merge', keepId: keep.id, duplicateId });
    setSaving(false);
    if (!result.ok) {
      setError(result.reason);
      return;
    }
    announce(`'${duplicate.title}' merged into '${keep.title}'.`);
    onClose();
  }

  return (
    <Dialog title={`Merge a duplicate into '${keep.title}'`} onClose={onClose}>
      {candidates.length === 0 ? (
        <>
          <p>There are no other topics to merge.</p>
          <div className="form-actions">
            <button type="button" className="button button--secondary" onClick={onClose}>
              Close
            </button>
          </div>
        </>
      ) : (
        <form onSubmit={merge} noValidate>
          <p>
            The duplicate’s conveners and tags join this topic, and the duplicate leaves the board.
            Its title stays on record, and you can undo the merge.
          </p>
          <SelectField
            label="Duplicate"
            value={duplicateId}
            options={[
              { value: '', label: 'Choose a topic' },
              ...candidates.map((t) => ({
                value: t.id,
                label: `${t.title} (${convenerNames(t.conveners, loaded.personName)})`,
              })),
            ]}
            onChange={setDuplicateId}
          />
          <FormFooter error={error} saving={saving} submitLabel="Merge" onCancel={onClose} />
        </form>
      )}
    </Dialog>
  );
}
