import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState } from 'react';
import { useApp } from '../../app/app-context';
import { routeHref } from '../../app/routes';
import { addProposal } from '../../data/voting/proposal-commands';
import type { ProposalField, ProposalSource } from '../../domain/voting/proposal';
import { proposalFromGroupOutcome, proposalFromTopic } from '../../domain/voting/proposal';
import type { ProposalRecord } from '../../domain/voting/records';
import { compareLabels } from '../../domain/voting/wording';
import { useAnnounce } from '../../ui/Announcer';
import { Dialog } from '../../ui/Dialog';
import { SelectField, TextAreaField, TextField } from '../../ui/Field';
import { FormFooter } from '../../ui/FormFooter';
import { useFormSubmit } from '../../ui/use-form-submit';
import { ChoiceGroup } from './ChoiceGroup';

type SourceKind = ProposalSource['kind'];

interface Props {
  eventId: string;
  onClose: () => void;
}

/** A proposal from a board topic, from what a group concluded, or from free text. */
export function NewProposalDialog({ eventId, onClose }: Props) {
  const { db, commandContext } = useApp();
  const announce = useAnnounce();
  const formRef = useRef<HTMLFormElement>(null);
  const { errors, formError, saving, submit } = useFormSubmit<ProposalRecord, ProposalField>(
    formRef,
  );
  const [kind, setKind] = useState<SourceKind>('free-text');
  const [sourceId, setSourceId] = useState('');
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const board = useLiveQuery(async () => {
    const topics = (await db.boardTopics.where('eventId').equals(eventId).toArray())
      .filter((topic) => topic.status !== 'merged')
      .sort((a, b) => compareLabels(a.title, b.title));
    const records = await db.boardGroupRecords.where('eventId').equals(eventId).toArray();
    const titles = new Map(topics.map((topic) => [topic.id, topic.title]));
    const groups = records
      .filter((record) => titles.has(record.topicId))
      .map((record) => ({ record, title: titles.get(record.topicId) ?? '' }));
    return { topics, groups };
  }, [db, eventId]);

  function choose(nextKind: SourceKind, id: string) {
    setKind(nextKind);
    setSourceId(id);
    const topic = board?.topics.find((t) => t.id === id);
    const group = board?.groups.find((g) => g.record.id === id);
    const filled =
      nextKind === 'topic' && topic
        ? proposalFromTopic(topic, eventId)
        : nextKind === 'group-outcome' && group
          ? proposalFromGroupOutcome(
              { groupId: group.record.id, title: group.title, keyPoints: group.record.keyPoints },
              eventId,
            )
          : undefined;
    if (filled) {
      setTitle(filled.title);
      setText(filled.text);
    }
  }

  async function save(event: React.FormEvent) {
    event.preventDefault();
    const source: ProposalSource =
      kind === 'topic'
        ? { kind, topicId: sourceId }
        : kind === 'group-outcome'
          ? { kind, groupId: sourceId }
          : { kind: 'free-text' };
    const saved = await submit(() =>
      addProposal(db, { eventId, title, text, source }, commandContext()),
    );
    if (saved) {
      announce(`Proposal “${saved.title}” added.`);
      onClose();
      window.location.hash = routeHref('voting', 'proposal', saved.id);
    }
  }

  const topics = board?.topics ?? [];
  const groups = board?.groups ?? [];
  return (
    <Dialog title="New proposal" onClose={onClose}>
      <form ref={formRef} onSubmit={save} noValidate>
        <ChoiceGroup<SourceKind>
          legend="Where does it come from?"
          value={kind}
          options={[
            { value: 'free-text', label: 'Our own wording' },
            { value: 'topic', label: 'A topic on the board' },
            { value: 'group-outcome', label: 'What a group concluded' },
          ]}
          onChange={(next) => choose(next, '')}
        />
        {kind === 'topic' && (
          <SelectField
            label="Topic"
            value={sourceId}
            options={[
              { value: '', label: 'Choose a topic' },
              ...topics.map((t) => ({ value: t.id, label: t.title })),
            ]}
            onChange={(id) => choose('topic', id)}
            error={errors.source}
            hint={topics.length === 0 ? 'This meeting has no topics on the board yet.' : undefined}
          />
        )}
        {kind === 'group-outcome' && (
          <SelectField
            label="Group"
            value={sourceId}
            options={[
              { value: '', label: 'Choose a group' },
              ...groups.map((g) => ({ value: g.record.id, label: g.title })),
            ]}
            onChange={(id) => choose('group-outcome', id)}
            error={errors.source}
            hint={groups.length === 0 ? 'No group has kept notes at this meeting yet.' : undefined}
          />
        )}
        <TextField label="Title" value={title} onChange={setTitle} error={errors.title} required />
        <TextAreaField
          label="The proposal"
          hint="The wording people are asked to agree to."
          value={text}
          onChange={setText}
          error={errors.text}
        />
        <FormFooter
          error={formError}
          saving={saving}
          submitLabel="Add proposal"
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
