import { useEffect, useRef } from 'react';
import { useAnnounce } from '../../ui/Announcer';
import { useBoardApi } from './use-board';

/**
 * Undo and Redo, labelled with what they would undo or redo. Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y
 * (⌘ on a Mac) work anywhere on the board except while typing in a field or a dialog.
 */
export function UndoRedo() {
  const { undo, redo, view } = useBoardApi();
  const announce = useAnnounce();
  async function step(which: 'undo' | 'redo') {
    const result = await (which === 'undo' ? undo() : redo());
    if (result.ok) announce(`${which === 'undo' ? 'Undone' : 'Redone'}: ${result.label}.`);
    else announce(result.reason, 'error');
  }
  const stepRef = useRef(step);
  useEffect(() => {
    stepRef.current = step;
  });

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const target = event.target as HTMLElement;
      if (target.closest('input, textarea, select, [contenteditable="true"], dialog')) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault();
        void stepRef.current('undo');
      } else if ((key === 'z' && event.shiftKey) || key === 'y') {
        event.preventDefault();
        void stepRef.current('redo');
      }
    }
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div className="form-actions board-undo" role="group" aria-label="Undo and redo">
      <button
        type="button"
        className="button button--secondary"
        disabled={!view.canUndo}
        title={view.undoLabel ? `${view.undoLabel} (Ctrl+Z)` : 'Nothing to undo'}
        onClick={() => void step('undo')}
      >
        {view.undoLabel ?? 'Undo'}
      </button>
      <button
        type="button"
        className="button button--secondary"
        disabled={!view.canRedo}
        title={view.redoLabel ? `${view.redoLabel} (Ctrl+Shift+Z)` : 'Nothing to redo'}
        onClick={() => void step('redo')}
      >
        {view.redoLabel ?? 'Redo'}
      </button>
    </div>
  );
}
