import { useId, useState } from 'react';
import type { GradientPoint } from '../../domain/voting/methods';
import { GRADIENT_LABELS, GRADIENT_POINTS } from '../../domain/voting/methods';
import type { DecisionRule, RuleFor } from '../../domain/voting/rules';
import { GRADIENT_RULE_PRESETS } from '../../domain/voting/rules';
import { Checkbox, SelectField } from '../../ui/Field';
import { NumberField } from './NumberField';

interface Props {
  rule: DecisionRule;
  onChange: (rule: DecisionRule) => void;
  error?: string | undefined;
}

const CUSTOM = 'custom';

/**
 * The decision rule, chosen with the group before anyone votes. Fist-to-five: the lowest
 * number of fingers that counts as support. Gradients: a rule the group often picks, or "nobody
 * at" the points they choose. The other methods have a fixed rule.
 */
export function RuleFields({ rule, onChange, error }: Props) {
  if (rule.method === 'fist-to-five') {
    return (
      <NumberField
        label="Lowest number of fingers that still counts as support"
        hint="Usually 3: comfortable to let it pass."
        value={rule.minimum}
        min={1}
        max={5}
        onChange={(minimum) =>
          onChange({ ...rule, minimum: minimum as RuleFor<'fist-to-five'>['minimum'] })
        }
        error={error}
      />
    );
  }
  if (rule.method === 'gradients')
    return <GradientRule rule={rule} onChange={onChange} error={error} />;
  return null;
}

function GradientRule({
  rule,
  onChange,
  error,
}: {
  rule: RuleFor<'gradients'>;
  onChange: (rule: DecisionRule) => void;
  error?: string | undefined;
}) {
  const hintId = useId();
  const preset = GRADIENT_RULE_PRESETS.find((p) => JSON.stringify(p.rule) === JSON.stringify(rule));
  const [customMode, setCustomMode] = useState(preset === undefined);
  const custom = rule.conditions.length === 1 ? rule.conditions[0] : undefined;
  const blocked: GradientPoint[] = custom?.kind === 'max-count' ? custom.points : [];

  function toggle(point: GradientPoint, on: boolean) {
    const points = on ? [...blocked, point] : blocked.filter((p) => p !== point);
    const sorted = [...new Set(points)].sort((a, b) => a - b);
    onChange({
      method: 'gradients',
      kind: 'conditions',
      conditions: sorted.length === 0 ? [] : [{ kind: 'max-count', points: sorted, max: 0 }],
    });
  }

  return (
    <>
      <SelectField
        label="Decision rule the group chose"
        value={customMode ? CUSTOM : (preset?.id ?? CUSTOM)}
        options={[
          ...GRADIENT_RULE_PRESETS.map((p) => ({ value: p.id, label: p.label })),
          { value: CUSTOM, label: 'Our own: nobody at the points we tick' },
        ]}
        onChange={(id) => {
          const chosen = GRADIENT_RULE_PRESETS.find((p) => p.id === id);
          setCustomMode(chosen === undefined);
          onChange(
            chosen ? chosen.rule : { method: 'gradients', kind: 'conditions', conditions: [] },
          );
        }}
        error={error}
      />
      {customMode && (
        <fieldset className="group" aria-describedby={hintId}>
          <legend>Nobody may be at</legend>
          <span className="field__hint" id={hintId}>
            The round is agreed only if nobody votes at a ticked point.
          </span>
          {GRADIENT_POINTS.map((point) => (
            <Checkbox
              key={point}
              label={`${point} ${GRADIENT_LABELS[point]}`}
              checked={blocked.includes(point)}
              onChange={(on) => toggle(point, on)}
            />
          ))}
        </fieldset>
      )}
    </>
  );
}
