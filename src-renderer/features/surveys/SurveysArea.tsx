import { NotFound } from '../../app/NotFound';
import { routeHref } from '../../app/routes';
import { EventSurveysScreen } from './EventSurveysScreen';
import { FormPage } from './FormPage';
import { FormsScreen } from './FormsScreen';
import { KioskPinScreen } from './KioskPinScreen';
import { EditFormScreen, NewFormScreen } from './builder/BuilderScreen';
import { ChangeReportScreen } from './reports/ChangeReportScreen';
import { DueScreen } from './reports/DueScreen';
import { FeedbackSummaryScreen } from './reports/FeedbackSummaryScreen';
import './surveys.css';

/** The surveys area; `rest` is what follows "#/surveys/" in the address. */
export function SurveysArea({ rest }: { rest: string[] }) {
  const [first, second, third] = rest;
  const key = rest.join('/');
  if (first === undefined) return <FormsScreen />;
  if (first === 'new' && second) return <NewFormScreen key={key} template={second} />;
  if (first === 'form' && second && third === 'edit')
    return <EditFormScreen key={key} formId={second} />;
  if (first === 'form' && second && third === undefined)
    return <FormPage key={key} formId={second} />;
  if (first === 'feedback' && second)
    return <FeedbackSummaryScreen key={second} formId={second} eventId={third ?? ''} />;
  if (first === 'event' && second) return <EventSurveysScreen key={second} eventId={second} />;
  if (first === 'due') return <DueScreen />;
  if (first === 'change') return <ChangeReportScreen taskforceId={second ?? ''} />;
  if (first === 'kiosk-pin') return <KioskPinScreen />;
  return <NotFound what="Page" backHref={routeHref('surveys')} backLabel="← Surveys" />;
}
