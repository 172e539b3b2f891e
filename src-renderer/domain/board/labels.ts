import type { BoardCommand } from './commands';
import { slotName, slotTimes } from './grid';
import { WANDERING } from './movement';
import { nameOfCell } from './placement';
import type { BoardState } from './state';

/**
 * What a command does, in a few words, for the Undo and Redo buttons and their tooltips:
 * "move 'Access to GPs' to 11:00, Garden room". Read against the board as it was just before
 * the command, so the names are the ones the facilitator saw when acting.
 */
export function describeCommand(
  command: BoardCommand,
  before: BoardState,
  personName: (personId: string) => string = () => 'someone',
): string {
  const title = (topicId: string) => `'${before.topics[topicId]?.title ?? 'a topic'}'`;
  const slot = (slotId: string) => {
    const found = before.slots[slotId];
    return found ? slotName(found) : 'a time slot';
  };
  const space = (spaceId: string) => before.spaces[spaceId]?.name ?? 'a space';
  switch (command.type) {
    case 'topic.add':
      return `add topic '${command.input.title.trim()}'`;
    case 'topic.edit':
      return `edit topic ${title(command.topicId)}`;
    case 'topic.remove':
      return `remove topic ${title(command.topicId)}`;
    case 'topic.merge':
      return `merge ${title(command.duplicateId)} into ${title(command.keepId)}`;
    case 'topic.unmerge':
      return `split ${title(command.duplicateId)} from ${title(command.keepId)}`;
    case 'slot.add':
      return `add the ${slotTimes(command.input)} slot`;
    case 'slot.edit':
      return `change ${slot(command.slotId)}`;
    case 'slot.remove':
      return `remove ${slot(command.slotId)}`;
    case 'space.add':
      return `add space ${command.input.name.trim()}`;
    case 'space.edit':
      return `change space ${space(command.spaceId)}`;
    case 'space.remove':
      return `remove space ${space(command.spaceId)}`;
    case 'topic.place':
      return `move ${title(command.topicId)} to ${nameOfCell(before, command.cell)}`;
    case 'topic.unplace':
      return `move ${title(command.topicId)} back to the queue`;
    case 'cell.swap':
      return `swap ${nameOfCell(before, command.a)} and ${nameOfCell(before, command.b)}`;
    case 'cell.pin':
      return `pin ${nameOfCell(before, command.cell)}`;
    case 'cell.unpin':
      return `unpin ${nameOfCell(before, command.cell)}`;
    case 'person.move': {
      const name = personName(command.personId);
      if (command.to === null) return `take ${name} out of the groups in ${slot(command.slotId)}`;
      if (command.to === WANDERING) return `move ${name} to wandering`;
      return `move ${name} to ${title(command.to)}`;
    }
    case 'group.record':
      return `save the notes of ${title(command.topicId)}`;
    case 'group.clear':
      return `clear the notes of ${title(command.topicId)}`;
    default:
      return 'a change';
  }
}
