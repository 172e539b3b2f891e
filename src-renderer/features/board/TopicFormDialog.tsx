import { useRef, useState } from 'react';
import { newId } from '../../data/ids';
import type { Topic, TopicField, TopicInput } from '../../domain/board/topics';
import { convenerNames, validateTopic } from '../../domain/board/topics';
import { useAnnounce } from '../../ui/Announcer';
import { Dialog } from '../../ui/Dialog';
import { TextAreaField, TextField } from '../../ui/Field';
import { FormFooter } from '../../ui/FormFooter';
import type { PersonChoice } from './PersonChoiceField';
import { PersonChoiceField, choiceOf, convenerOf } from './PersonChoiceField';
import { useBoardApi } from './use-board';
import { useBoardForm } from './use-board-form';

/** Adding a topic as it is pitched, or correcting one. */
export function TopicFormDialog({ existing, onClose }: { existing?: Topic; onClose: () => void }) {
  const { loaded } = useBoardApi();
  const announce = useAnnounce();
  const formRef = useRef<HTMLFormElement>(null);
  const [title, setTitle] = useState(existing?.title ?? '');
  const [description, setDescription] = useState(existing?.description ?? '');
  const [tags, setTags] = useState(existing?.tags.join(', ') ?? '');
  const [convener, setConvener] = useState<PersonChoice>(choiceOf(existing?.conveners[0]));
  // After a merge a topic has more conveners; the form edits the first and keeps the others.
  const others = existing?.conveners.slice(1) ?? [];
  const { errors, formError, saving, submit } = useBoardForm<TopicInput, TopicField>(formRef);
  const [topicId] = useState(() => existing?.id ?? newId());

  async function save(event: React.FormEvent) {
    event.preventDefault();
    const first = convenerOf(convener);
    const input: TopicInput = {
      title,
      description,
      tags: tags.split(','),
      conveners: first ? [first, ...others] : others,
    };
    const done = await submit(validateTopic(input), (value) =>
      existing
        ? { type: 'topic.edit', topicId: existing.id, input: value }
        : { type: 'topic.add', topicId, input: value },
    );
    if (done) {
      announce(
        existing
          ? `Topic '${input.title.trim()}' saved.`
          : `Topic '${input.title.trim()}' added to the queue.`,
      );
      onClose();
    }
  }

  return (
    <Dialog title={existing ? `Edit '${existing.title}'` : 'Add a topic'} onClose={onClose}>
      <form ref={formRef} onSubmit={save} noValidate>
        <TextField
          label="Title"
          value={title}
          onChange={setTitle}
          error={errors.title}
          required
          autoFocus
        />
        <PersonChoiceField
          label="Convener"
          hint="Who pitched it and will host the group."
          value={convener}
          people={loaded.checkedIn}
          onChange={setConvener}
          error={errors.conveners}
          noneLabel="Choose the convener"
        />
        {others.length > 0 && (
          <p className="muted">Also convening: {convenerNames(others, loaded.personName)}.</p>
        )}
        <TextAreaField
          label="Short description"
          value={description}
          onChange={setDescription}
          error={errors.description}
          rows={3}
        />
        <TextField
          label="Tags"
          hint="Optional. Separate tags with commas, for example: access, mental health."
          value={tags}
          onChange={setTags}
          error={errors.tags}
        />
        <FormFooter
          error={formError}
          saving={saving}
          submitLabel={existing ? 'Save topic' : 'Add topic'}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
