import { describe, expect, it } from 'vitest';
import type {
  FormDefinition,
  Question,
  Section,
} from '../../../../src-renderer/domain/surveys/form';
import { validateFormDefinition } from '../../../../src-renderer/domain/surveys/form-validation';
import { uclaLoneliness } from '../../../../src-renderer/domain/surveys/instruments/ucla-loneliness';
import { instrumentSection } from '../../../../src-renderer/domain/surveys/templates';

const yesNo = (id: string, extra: Partial<Question> = {}): Question =>
  ({
    id,
    kind: 'yes-no',
    text: 'Did you enjoy it?',
    help: '',
    easyRead: '',
    required: false,
    allowDecline: true,
    ...extra,
  }) as Question;

function form(sections: Section[], extra: Partial<FormDefinition> = {}): FormDefinition {
  return { title: 'Feedback', description: '', purpose: 'feedback', sections, ...extra };
}

const section = (id: string, questions: Question[], extra: Partial<Section> = {}): Section => ({
  id,
  title: 'About today',
  help: '',
  questions,
  ...extra,
});

function errorsOf(definition: FormDefinition): Record<string, string | undefined> {
  const result = validateFormDefinition(definition);
  return result.ok ? {} : result.errors;
}

describe('validateFormDefinition', () => {
  it('accepts a small form and trims its text', () => {
    const result = validateFormDefinition(
      form(
        [section('s1', [yesNo('q1', { text: '  Did you enjoy it?  ' })], { title: ' Today ' })],
        {
          title: '  Feedback ',
        },
      ),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.title).toBe('Feedback');
    expect(result.value.sections[0]?.title).toBe('Today');
    expect(result.value.sections[0]?.questions[0]?.text).toBe('Did you enjoy it?');
  });

  it('asks for a title, a section title and question text', () => {
    const errors = errorsOf(
      form([section('s1', [yesNo('q1', { text: ' ' })], { title: '' })], { title: '   ' }),
    );
    expect(errors.title).toBe('Enter a title.');
    expect(errors['sections.0.title']).toBe('Enter a section title.');
    expect(errors['sections.0.questions.0.text']).toBe('Enter the question.');
  });

  it('needs at least one section, and a question in every section', () => {
    expect(errorsOf(form([])).sections).toBe('Add at least one section.');
    expect(errorsOf(form([section('s1', [])]))['sections.0.questions']).toBe(
      'Add at least one question.',
    );
  });

  it('refuses a choice question without at least two options', () => {
    const none: Question = { ...yesNo('q1'), kind: 'single-choice', options: [] };
    const one: Question = {
      ...yesNo('q2'),
      kind: 'multiple-choice',
      options: [{ id: 'a', label: 'A' }],
    };
    const errors = errorsOf(form([section('s1', [none, one])]));
    expect(errors['sections.0.questions.0.options']).toBe(
      'Add at least two options to choose from.',
    );
    expect(errors['sections.0.questions.1.options']).toBe(
      'Add at least two options to choose from.',
    );
  });

  it('refuses duplicate option ids, duplicate labels and blank labels', () => {
    const q = (options: { id: string; label: string }[]): Question => ({
      ...yesNo('q'),
      kind: 'single-choice',
      options,
    });
    const dupId = errorsOf(
      form([
        section('s', [
          q([
            { id: 'a', label: 'A' },
            { id: 'a', label: 'B' },
          ]),
        ]),
      ]),
    );
    expect(dupId['sections.0.questions.0.options']).toBe('Another option already uses the id "a".');
    const dupLabel = errorsOf(
      form([
        section('s', [
          q([
            { id: 'a', label: 'Good' },
            { id: 'b', label: 'good ' },
          ]),
        ]),
      ]),
    );
    expect(dupLabel['sections.0.questions.0.options']).toBe('The option "good" appears twice.');
    const blank = errorsOf(
      form([
        section('s', [
          q([
            { id: 'a', label: 'Good' },
            { id: 'b', label: '' },
          ]),
        ]),
      ]),
    );
    expect(blank['sections.0.questions.0.options']).toBe('Enter every option.');
  });

  it('refuses duplicate question ids, even across sections, and duplicate section ids', () => {
    const errors = errorsOf(form([section('s1', [yesNo('q1')]), section('s1', [yesNo('q1')])]));
    expect(errors['sections.1.id']).toBe('Another section already uses the id "s1".');
    expect(errors['sections.1.questions.0.id']).toBe('Another question already uses the id "q1".');
    expect(errors['sections.0.questions.0.id']).toBeUndefined();
  });

  it('refuses ids that could clash with object keys or error keys', () => {
    const errors = errorsOf(form([section('s1', [yesNo('_form'), yesNo('has space')])]));
    expect(errors['sections.0.questions.0.id']).toMatch(/letters, digits/);
    expect(errors['sections.0.questions.1.id']).toMatch(/letters, digits/);
  });

  it('refuses an unknown question kind', () => {
    const odd = { ...yesNo('q1'), kind: 'ranking' } as unknown as Question;
    expect(errorsOf(form([section('s1', [odd])]))['sections.0.questions.0.kind']).toBe(
      'Choose what kind of question this is.',
    );
  });

  describe('instrument sections', () => {
    const ucla = () => instrumentSection(uclaLoneliness, 'loneliness');

    it('accepts a section with every item on the instrument scale, in any option order', () => {
      const base = ucla();
      const reordered: Section = {
        ...base,
        questions: base.questions.map((q) =>
          q.kind === 'single-choice' ? { ...q, options: [...q.options].reverse() } : q,
        ),
      };
      expect(validateFormDefinition(form([reordered])).ok).toBe(true);
    });

    it('refuses a section that leaves out an item, since the set could never be scored', () => {
      const base = ucla();
      const errors = errorsOf(form([{ ...base, questions: base.questions.slice(0, 2) }]));
      expect(errors['sections.0.instrument']).toBe(
        'Ask every item of UCLA 3-item Loneliness Scale; missing: How often do you feel isolated from others?.',
      );
    });

    it('refuses an item asked on a different scale', () => {
      const base = ucla();
      const [first, ...rest] = base.questions;
      if (!first || first.kind !== 'single-choice') throw new Error('template changed');
      const changed = {
        ...first,
        options: [...first.options.slice(0, 2), { id: 'always', label: 'Always' }],
      };
      const errors = errorsOf(form([{ ...base, questions: [changed, ...rest] }]));
      expect(errors['sections.0.questions.0.itemId']).toBe(
        'This question must offer the UCLA 3-item Loneliness Scale answers.',
      );
    });

    it('refuses the same item twice, an unknown item and an unknown instrument', () => {
      const base = ucla();
      const [a, b, c] = base.questions;
      if (!a || !b || !c) throw new Error('template changed');
      const twice = errorsOf(form([{ ...base, questions: [a, { ...b, itemId: a.itemId }, c] }]));
      expect(twice['sections.0.questions.1.itemId']).toBe(
        'This item is already asked in this section.',
      );
      const unknownItem = errorsOf(form([{ ...base, questions: [a, b, { ...c, itemId: 'sad' }] }]));
      expect(unknownItem['sections.0.questions.2.itemId']).toMatch(/Choose which item/);
      const unknown = errorsOf(
        form([{ ...base, instrument: { instrumentId: 'phq-9', scoringVersion: 1 } }]),
      );
      expect(unknown['sections.0.instrument']).toBe(
        'This section uses an instrument the app does not know.',
      );
      const future = errorsOf(
        form([{ ...base, instrument: { instrumentId: 'ucla-3', scoringVersion: 9 } }]),
      );
      expect(future['sections.0.instrument']).toMatch(/scoring version/);
    });

    it('refuses an instrument item in an ordinary section', () => {
      const errors = errorsOf(form([section('s1', [yesNo('q1', { itemId: 'companionship' })])]));
      expect(errors['sections.0.questions.0.itemId']).toBe(
        'Only questions in an instrument section can be instrument items.',
      );
    });
  });
});
