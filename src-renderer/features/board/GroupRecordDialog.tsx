import { useRef, useState } from 'react';
import type { GroupAction, GroupRecordInput } from '../../domain/board/group-record';
import { groupRecordId, validateGroupRecord } from '../../domain/board/group-record';
import type { Topic } from '../../domain/board/topics';
import { useAnnounce } from '../../ui/Announcer';
import { Dialog } from '../../ui/Dialog';
import { TextAreaField, TextField } from '../../ui/Field';
import { FormFooter } from '../../ui/FormFooter';
import { PersonChoiceField, choiceOf, convenerOf } from './PersonChoiceField';
import type { PersonChoice } from './PersonChoiceField';
import { useBoardApi } from './use-board';
import { useBoardForm } from './use-board-form';

const EMPTY_ACTION: GroupAction = { what: '', who: '', byWhen: '' };

/** What a group writes down: key points, actions (what, who, by when) and who reports back. */
export function GroupRecordDialog({ topic, onClose }: { topic: Topic; onClose: () => void }) {
  const { loaded } = useBoardApi();
  const announce = useAnnounce();
  const formRef = useRef<HTMLFormElement>(null);
  const existing = loaded.state.groupRecords[groupRecordId(topic.id)];
  const [points, setPoints] = useState(existing?.keyPoints.join('\n') ?? '');
  const [actions, setActions] = useState<GroupAction[]>(
    existing && existing.actions.length > 0
      ? existing.actions.map((a) => ({ ...a }))
      : [EMPTY_ACTION],
  );
  const [reporter, setReporter] = useState<PersonChoice>(choiceOf(existing?.reporter));
  const { errors, formError, saving, submit } = useBoardForm<GroupRecordInput, string>(formRef);
  const setAction = (i: number, key: keyof GroupAction) => (value: string) =>
    setActions((list) => list.map((a, j) => (j === i ? { ...a, [key]: value } : a)));
  const pointError =
    errors.keyPoints ??
    Object.entries(errors).find(([key, message]) => key.startsWith('keyPoints.') && message)?.[1];

  async function save(event: React.FormEvent) {
    event.preventDefault();
    const input: GroupRecordInput = {
      keyPoints: points.split('\n'),
      actions,
      reporter: convenerOf(reporter),
    };
    const done = await submit(validateGroupRecord(input), (value) => ({
      type: 'group.record',
      topicId: topic.id,
      input: value,
    }));
    if (done) {
      announce(`Group record for '${topic.title}' saved.`);
      onClose();
    }
  }

  return (
    <Dialog title={`Group record: ${topic.title}`} onClose={onClose}>
      <form ref={formRef} onSubmit={save} noValidate>
        <TextAreaField
          label="Key points"
          hint="One point per line."
          value={points}
          onChange={setPoints}
          error={pointError}
          rows={5}
        />
        <fieldset className="group">
          <legend>Actions</legend>
          {errors.actions && <p className="field__error">{errors.actions}</p>}
          {actions.map((action, i) => (
            <div key={i} className="group-action">
              <TextField
                label={`Action ${i + 1}: what`}
                value={action.what}
                onChange={setAction(i, 'what')}
                error={errors[`actions.${i}.what`]}
              />
              <div className="field-row">
                <TextField
                  label={`Action ${i + 1}: who`}
                  value={action.who}
                  onChange={setAction(i, 'who')}
                  error={errors[`actions.${i}.who`]}
                />
                <TextField
                  label={`Action ${i + 1}: by when`}
                  type="date"
                  value={action.byWhen}
                  onChange={setAction(i, 'byWhen')}
                  error={errors[`actions.${i}.byWhen`]}
                />
              </div>
              {actions.length > 1 && (
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => setActions((list) => list.filter((_, j) => j !== i))}
                >
                  Remove action {i + 1}
                </button>
              )}
            </div>
          ))}
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setActions((list) => [...list, EMPTY_ACTION])}
          >
            Add another action
          </button>
        </fieldset>
        <PersonChoiceField
          label="Who reports back"
          hint="Who tells the whole room what the group found."
          value={reporter}
          people={loaded.checkedIn}
          onChange={setReporter}
          error={errors.reporter}
          noneLabel="Not chosen yet"
        />
        <FormFooter
          error={formError}
          saving={saving}
          submitLabel="Save group record"
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
