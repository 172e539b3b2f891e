import { useState } from 'react';
import type { Section } from '../../../domain/surveys/form';
import { INSTRUMENTS } from '../../../domain/surveys/instruments';
import { SelectField } from '../../../ui/Field';
import { measureSection } from './draft';

/** Adds a published questionnaire as a section, each at most once per form. */
export function AddMeasure({
  sections,
  onAdd,
}: {
  sections: readonly Section[];
  onAdd: (section: Section) => void;
}) {
  const [measureId, setMeasureId] = useState('');
  const unused = INSTRUMENTS.filter(
    (i) => !sections.some((s) => s.instrument?.instrumentId === i.id),
  );
  if (unused.length === 0) return null;
  return (
    <fieldset className="group">
      <legend>Add a measure (a published questionnaire, scored for the change report)</legend>
      <SelectField
        label="Measure"
        value={measureId}
        options={[
          { value: '', label: 'Choose a measure' },
          ...unused.map((i) => ({ value: i.id, label: `${i.measure}: ${i.name}` })),
        ]}
        onChange={setMeasureId}
      />
      <button
        type="button"
        className="button button--secondary"
        disabled={measureId === ''}
        onClick={() => {
          const instrument = unused.find((i) => i.id === measureId);
          if (instrument) onAdd(measureSection(instrument));
          setMeasureId('');
        }}
      >
        Add the measure
      </button>
    </fieldset>
  );
}
