import type { FormDefinition, Question, Section } from './form';
import { INSTRUMENTS } from './instruments';
import type { Instrument } from './instruments/types';

/**
 * Ready-made forms. They are definitions only: the data layer gives them a form id and stores
 * them as version 1, after which a taskforce can adapt them (each edit makes a new version).
 * Ids are fixed words so that answers line up across taskforces and exports.
 */

const question = {
  help: '',
  easyRead: '',
  required: false,
  allowDecline: true,
};

export function feedbackFormTemplate(): FormDefinition {
  return {
    title: 'Event feedback',
    description:
      'Tell us what you thought of today. You do not need to give your name, and your answers ' +
      'help us make the next event better.',
    purpose: 'feedback',
    sections: [
      {
        id: 'the-event',
        title: 'The event',
        help: '',
        questions: [
          {
            ...question,
            id: 'how-was-it',
            kind: 'single-choice',
            text: 'Overall, how was today?',
            easyRead: 'Was today good?',
            required: true,
            options: [
              { id: 'excellent', label: 'Excellent' },
              { id: 'good', label: 'Good' },
              { id: 'ok', label: 'OK' },
              { id: 'poor', label: 'Poor' },
              { id: 'very-poor', label: 'Very poor' },
            ],
          },
          {
            ...question,
            id: 'got-out-of-it',
            kind: 'multiple-choice',
            text: 'What did you get out of taking part today?',
            help: 'Choose as many as you like.',
            easyRead: 'What was good for you today?',
            options: [
              { id: 'met-people', label: 'I met people with similar experiences' },
              { id: 'learned', label: 'I learned something new' },
              { id: 'had-my-say', label: 'I had my say on things that matter to me' },
              { id: 'listened-to', label: 'I felt listened to' },
              { id: 'improve-services', label: 'I used my experience to help improve services' },
              { id: 'enjoyed', label: 'I enjoyed myself' },
              { id: 'something-else', label: 'Something else' },
            ],
          },
          {
            ...question,
            id: 'connected',
            kind: 'agreement-scale',
            text: 'I connected with other people today.',
            easyRead: 'I got to know other people today.',
          },
        ],
      },
      {
        id: 'the-day',
        title: 'Venue, food and accessibility',
        help: '',
        questions: [
          {
            ...question,
            id: 'venue',
            kind: 'agreement-scale',
            text: 'The venue was comfortable and easy to get to.',
            easyRead: 'The place was good and easy to get to.',
          },
          {
            ...question,
            id: 'food',
            kind: 'agreement-scale',
            text: 'The food and drink were good.',
          },
          {
            ...question,
            id: 'access-needs',
            kind: 'single-choice',
            text: 'Were your access needs met?',
            easyRead: 'Did you get the help you needed to take part?',
            options: [
              { id: 'fully', label: 'Yes, fully' },
              { id: 'partly', label: 'Partly' },
              { id: 'not-met', label: 'No' },
              { id: 'no-needs', label: 'I did not have any access needs' },
            ],
          },
          {
            ...question,
            id: 'come-again',
            kind: 'single-choice',
            text: 'Would you come to another event like this?',
            easyRead: 'Would you come again?',
            options: [
              { id: 'yes', label: 'Yes' },
              { id: 'maybe', label: 'Maybe' },
              { id: 'no', label: 'No' },
            ],
          },
        ],
      },
      {
        id: 'anything-else',
        title: 'Anything else',
        help: '',
        questions: [
          {
            ...question,
            id: 'anything-else',
            kind: 'long-text',
            text: 'Is there anything else you would like to tell us?',
            help: "Please do not write anyone's name.",
          },
        ],
      },
    ],
  };
}

/**
 * The same form serves the baseline and every follow-up, so the answers stay comparable; the
 * wave is recorded with each response, not in the form.
 */
export function baselineSurveyTemplate(
  instruments: readonly Instrument[] = INSTRUMENTS,
): FormDefinition {
  return {
    title: 'Taskforce survey (baseline and follow-up)',
    description:
      'These questions help the taskforce see what changes for the people who take part. ' +
      'Your answers are kept against a participant number, not your name. You can choose ' +
      '"Prefer not to answer" for any question.',
    purpose: 'survey',
    sections: instruments.map((instrument) => instrumentSection(instrument)),
  };
}

/**
 * A section that is one instrument: every item, each on the instrument's own response scale.
 * Items are required but can be declined, so a set is either complete, declined or — only if
 * the kiosk was left mid-way — incomplete.
 */
export function instrumentSection(instrument: Instrument, sectionId = instrument.id): Section {
  return {
    id: sectionId,
    title: instrument.measure,
    help: instrument.instructions,
    instrument: { instrumentId: instrument.id, scoringVersion: instrument.scoringVersion },
    questions: instrument.items.map((item): Question => {
      const base = {
        ...question,
        id: `${sectionId}.${item.id}`,
        text: item.text,
        required: true,
        itemId: item.id,
      };
      const scale = instrument.responseScale;
      if (scale.kind === 'scale-0-10') {
        return {
          ...base,
          kind: 'scale-0-10',
          lowLabel: scale.lowLabel,
          highLabel: scale.highLabel,
        };
      }
      const options = scale.options.map((option) => ({ id: option.code, label: option.label }));
      if (item.presentOptionsReversed) options.reverse();
      return { ...base, kind: 'single-choice', options };
    }),
  };
}
