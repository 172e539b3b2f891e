import type { CollisionDetection, KeyboardCoordinateGetter, UniqueIdentifier } from '@dnd-kit/core';
import { pointerWithin } from '@dnd-kit/core';
import type { ArrowKey } from './drop-navigation';
import { isArrowKey } from './drop-navigation';

/**
 * A dnd-kit keyboard coordinate getter that jumps from drop target to drop target. `next` says
 * which target an arrow key leads to (drop-navigation.ts); the dragged card is then centred on
 * that target, so centreWithin (below) reports it as the target it is over.
 * `home` is where the dragged item started, for the first key press before anything is "over".
 */
export function jumpBetweenTargets(
  next: (current: string | null, key: ArrowKey) => string | null,
  home: (active: UniqueIdentifier) => string | null,
): KeyboardCoordinateGetter {
  return (event, { active, context }) => {
    if (!isArrowKey(event.code)) return undefined;
    event.preventDefault();
    const { collisionRect, droppableRects, over } = context;
    if (!collisionRect) return undefined;
    const current = over ? String(over.id) : home(active);
    const target = next(current, event.code);
    const rect = target === null ? undefined : droppableRects.get(target);
    if (!rect) return undefined;
    return {
      x: rect.left + (rect.width - collisionRect.width) / 2,
      y: rect.top + (rect.height - collisionRect.height) / 2,
    };
  };
}

/**
 * What a drag is over: the target under the pointer or finger; for the keyboard (no pointer),
 * the target under the centre of the dragged card. Over nothing, nothing happens on drop.
 */
export const centreWithin: CollisionDetection = (args) => {
  if (args.pointerCoordinates) return pointerWithin(args);
  const rect = args.collisionRect;
  const centre = { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  return pointerWithin({ ...args, pointerCoordinates: centre });
};
