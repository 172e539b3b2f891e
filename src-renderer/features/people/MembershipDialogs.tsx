import { useRef, useState } from 'react';
import { useApp } from '../../app/app-context';
import { joinTaskforce, recordLeaving } from '../../data/membership-commands';
import { formatLongDate, localDate } from '../../domain/dates';
import {
  MEMBERSHIP_ROLES,
  type Membership,
  type MembershipField,
  type MembershipRole,
  ROLE_LABELS,
} from '../../domain/people/membership';
import type { Taskforce } from '../../domain/taskforce';
import { useAnnounce } from '../../ui/Announcer';
import { Dialog } from '../../ui/Dialog';
import { SelectField, TextField } from '../../ui/Field';
import { useFormSubmit } from '../../ui/use-form-submit';
import { FormFooter } from '../../ui/FormFooter';

const ROLE_OPTIONS = MEMBERSHIP_ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

interface JoinProps {
  personId: string;
  personName: string;
  taskforces: Taskforce[];
  onClose: () => void;
}

export function JoinTaskforceDialog({ personId, personName, taskforces, onClose }: JoinProps) {
  const { db, commandContext } = useApp();
  const announce = useAnnounce();
  const formRef = useRef<HTMLFormElement>(null);
  const [taskforceId, setTaskforceId] = useState(taskforces[0]?.id ?? '');
  const [role, setRole] = useState<MembershipRole>('member');
  const [joinedOn, setJoinedOn] = useState(localDate(new Date()));
  const { errors, formError, saving, submit } = useFormSubmit<Membership, MembershipField>(formRef);

  async function save(event: React.FormEvent) {
    event.preventDefault();
    const saved = await submit(() =>
      joinTaskforce(db, { personId, taskforceId, role, joinedOn }, commandContext()),
    );
    if (saved) {
      const name = taskforces.find((t) => t.id === taskforceId)?.name ?? 'the taskforce';
      announce(`${personName} joined ${name} as ${ROLE_LABELS[role].toLowerCase()}.`);
      onClose();
    }
  }

  return (
    <Dialog title={`${personName} joins a taskforce`} onClose={onClose}>
      <form ref={formRef} onSubmit={save} noValidate>
        <SelectField
          label="Taskforce"
          value={taskforceId}
          options={taskforces.map((t) => ({ value: t.id, label: t.name }))}
          onChange={setTaskforceId}
          error={errors.taskforceId}
        />
        <SelectField
          label="Role"
          value={role}
          options={ROLE_OPTIONS}
          onChange={setRole}
          error={errors.role}
        />
        <TextField
          label="Date they joined"
          type="date"
          value={joinedOn}
          onChange={setJoinedOn}
          error={errors.joinedOn}
          required
        />
        <FormFooter
          error={formError}
          saving={saving}
          submitLabel="Join taskforce"
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}

interface LeaveProps {
  membership: Membership;
  taskforceName: string;
  personName: string;
  onClose: () => void;
  /** Called instead of onClose once leaving is recorded: the button that opened this is gone. */
  onLeft: () => void;
  /** Where focus goes when the dialog closes and its opener is gone. */
  returnFocus: () => HTMLElement | null | undefined;
}

/** The membership ends on the date they left: from that day they are a past member. */
export function RecordLeavingDialog({
  membership,
  taskforceName,
  personName,
  onClose,
  onLeft,
  returnFocus,
}: LeaveProps) {
  const { db, commandContext } = useApp();
  const announce = useAnnounce();
  const formRef = useRef<HTMLFormElement>(null);
  const [leftOn, setLeftOn] = useState(localDate(new Date()));
  const { errors, formError, saving, submit } = useFormSubmit<Membership, MembershipField>(formRef);

  async function save(event: React.FormEvent) {
    event.preventDefault();
    const saved = await submit(() =>
      recordLeaving(db, membership.id, leftOn, membership.version, commandContext()),
    );
    if (saved) {
      announce(`${personName} left ${taskforceName} on ${formatLongDate(leftOn)}.`);
      onLeft();
    }
  }

  return (
    <Dialog
      title={`${personName} leaves ${taskforceName}`}
      onClose={onClose}
      returnFocus={returnFocus}
    >
      <form ref={formRef} onSubmit={save} noValidate>
        <p>
          {ROLE_LABELS[membership.role]} since {formatLongDate(membership.joinedOn)}.
        </p>
        <TextField
          label="Date they left"
          hint="From this day they are a past member."
          type="date"
          value={leftOn}
          onChange={setLeftOn}
          error={errors.leftOn ?? errors.joinedOn}
          required
          autoFocus
        />
        <FormFooter
          error={formError}
          saving={saving}
          submitLabel="Record leaving"
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
