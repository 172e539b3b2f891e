import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState } from 'react';
import { useApp } from '../../app/app-context';
import { addIssue, promoteToIssue } from '../../data/voting/issue-commands';
import type { TaskforceEvent } from '../../domain/event';
import type { Issue, IssueField } from '../../domain/voting/issues';
import { compareLabels } from '../../domain/voting/wording';
import { useAnnounce } from '../../ui/Announcer';
import { Dialog } from '../../ui/Dialog';
import { SelectField, TextAreaField, TextField } from '../../ui/Field';
import { FormFooter } from '../../ui/FormFooter';
import { useFormSubmit } from '../../ui/use-form-submit';
import { ChoiceGroup } from './ChoiceGroup';

type Kind = 'free-text' | 'topic' | 'group-outcome';

interface Props {
  taskforceId: string;
  events: readonly TaskforceEvent[];
  onClose: () => void;
}

/** A new issue in the taskforce's words, or a topic or group outcome promoted from a meeting. */
export function AddIssueDialog({ taskforceId, events, onClose }: Props) {
  const { db, commandContext } = useApp();
  const announce = useAnnounce();
  const formRef = useRef<HTMLFormElement>(null);
  const { errors, formError, saving, submit } = useFormSubmit<Issue, IssueField>(formRef);
  const [kind, setKind] = useState<Kind>('free-text');
  const [sourceId, setSourceId] = useState('');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const eventIds = events.map((e) => e.id);
  const board = useLiveQuery(async () => {
    const meeting = new Map(events.map((e) => [e.id, e.title]));
    const topics = (await db.boardTopics.where('eventId').anyOf(eventIds).toArray()).filter(
      (t) => t.status !== 'merged',
    );
    const titles = new Map(topics.map((t) => [t.id, t.title]));
    const groups = (await db.boardGroupRecords.where('eventId').anyOf(eventIds).toArray()).filter(
      (g) => titles.has(g.topicId),
    );
    const label = (title: string, eventId: string) =>
      `${title} (${meeting.get(eventId) ?? 'a meeting'})`;
    return {
      topics: topics
        .map((t) => ({ value: t.id, label: label(t.title, t.eventId) }))
        .sort((a, b) => compareLabels(a.label, b.label)),
      groups: groups
        .map((g) => ({ value: g.id, label: label(titles.get(g.topicId) ?? '', g.eventId) }))
        .sort((a, b) => compareLabels(a.label, b.label)),
    };
  }, [db, eventIds.join('|')]);

  async function save(event: React.FormEvent) {
    event.preventDefault();
    const ctx = commandContext();
    const saved = await submit(() =>
      kind === 'free-text'
        ? addIssue(db, { taskforceId, title, description, source: { kind: 'free-text' } }, ctx)
        : promoteToIssue(
            db,
            taskforceId,
            kind === 'topic' ? { kind, topicId: sourceId } : { kind, groupRecordId: sourceId },
            ctx,
          ),
    );
    if (saved) {
      announce(`“${saved.title}” added to the issue list.`);
      onClose();
    }
  }

  const choices = kind === 'topic' ? (board?.topics ?? []) : (board?.groups ?? []);
  return (
    <Dialog title="Add an issue" onClose={onClose}>
      <form ref={formRef} onSubmit={save} noValidate>
        <ChoiceGroup<Kind>
          legend="Where does it come from?"
          value={kind}
          options={[
            { value: 'free-text', label: 'Our own wording' },
            { value: 'topic', label: 'A topic from one of the meetings' },
            { value: 'group-outcome', label: 'What a group concluded at one of the meetings' },
          ]}
          onChange={(next) => {
            setKind(next);
            setSourceId('');
          }}
        />
        {kind === 'free-text' ? (
          <>
            <TextField
              label="Title"
              value={title}
              onChange={setTitle}
              error={errors.title}
              required
            />
            <TextAreaField
              label="Description"
              value={description}
              onChange={setDescription}
              error={errors.description}
              rows={3}
            />
          </>
        ) : (
          <SelectField
            label={kind === 'topic' ? 'Topic' : 'Group'}
            value={sourceId}
            options={[
              { value: '', label: kind === 'topic' ? 'Choose a topic' : 'Choose a group' },
              ...choices,
            ]}
            onChange={setSourceId}
            error={errors.source ?? errors.title}
            hint={
              choices.length === 0
                ? 'Nothing to promote yet from this taskforce’s meetings.'
                : undefined
            }
          />
        )}
        {errors.taskforceId && (
          <div className="notice notice--error" role="alert">
            {errors.taskforceId}
          </div>
        )}
        <FormFooter
          error={formError}
          saving={saving}
          submitLabel="Add to the issue list"
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
