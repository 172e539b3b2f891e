import { useState } from 'react';
import { useApp } from '../../app/app-context';
import { setDeclaration } from '../../data/expenses/claim-commands';
import type { StoredClaim } from '../../data/expenses/records';
import { describeStorageError } from '../../data/storage-errors';
import type { Declaration } from '../../domain/expenses/claim';
import { DECLARATION_WORDING } from '../../domain/expenses/claim';
import { useAnnounce } from '../../ui/Announcer';
import { Checkbox } from '../../ui/Field';

const KEYS = Object.keys(DECLARATION_WORDING) as (keyof Declaration)[];

/** The claimant's declaration: every box ticked by them before the claim is submitted. */
export function DeclarationSection({ claim }: { claim: StoredClaim }) {
  const { db, commandContext } = useApp();
  const announce = useAnnounce();
  const draft = claim.status === 'draft';
  // Ticks show at once; the stored claim follows a moment later.
  const [ticked, setTicked] = useState<Declaration>(claim.declaration);

  async function tick(key: keyof Declaration, checked: boolean) {
    const next = { ...ticked, [key]: checked };
    setTicked(next);
    try {
      const result = await setDeclaration(db, claim.id, next, commandContext());
      if (!result.ok && 'conflict' in result) announce(result.conflict, 'error');
    } catch (error) {
      announce(describeStorageError(error), 'error');
    }
  }

  return (
    <section aria-labelledby="declaration-title" className="settings-block">
      <h2 id="declaration-title">Declaration</h2>
      {draft ? (
        <fieldset className="group">
          <legend>The claimant confirms (read each one to them):</legend>
          {KEYS.map((key) => (
            <Checkbox
              key={key}
              label={DECLARATION_WORDING[key]}
              checked={ticked[key]}
              onChange={(checked) => void tick(key, checked)}
            />
          ))}
        </fieldset>
      ) : (
        <ul>
          {KEYS.map((key) => (
            <li key={key}>
              {claim.declaration[key] ? 'Confirmed: ' : 'Not confirmed: '}
              {DECLARATION_WORDING[key]}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
