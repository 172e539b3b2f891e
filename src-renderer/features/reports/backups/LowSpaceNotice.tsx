import { useEffect, useState } from 'react';
import { checkFreeSpace, type FreeSpace, readableSize } from '../../../data/backup/free-space';

/** Warns when the space left for Two Feet's data is low; shows nothing otherwise. */
export function LowSpaceNotice() {
  const [space, setSpace] = useState<FreeSpace | undefined>();
  useEffect(() => {
    let live = true;
    void checkFreeSpace().then((found) => {
      if (live) setSpace(found);
    });
    return () => {
      live = false;
    };
  }, []);
  if (!space?.low) return null;
  return (
    <div className="notice notice--warning" role="status" data-testid="low-space">
      <p>
        <strong>This computer is running out of space:</strong> about{' '}
        {readableSize(space.freeBytes)} is left for Two Feet’s data. When it runs out, nothing new
        can be saved. Free some disk space, and save a backup now.
      </p>
    </div>
  );
}
