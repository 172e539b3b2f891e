import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState } from 'react';
import { useApp } from '../../app/app-context';
import { routeHref } from '../../app/routes';
import type { SurveyFormRecord } from '../../data/surveys/records';
import { searchWords } from '../../domain/text';
import { TextField } from '../../ui/Field';
import { useSlashToSearch } from '../../ui/use-slash-to-search';
import { PAGE_SIZE, Pager, pageRangeText } from '../people/Pager';
import { SurveysNav } from './SurveysNav';
import { TEMPLATES } from './builder/BuilderScreen';

const PURPOSE_LABELS = {
  feedback: 'Feedback (anonymous)',
  survey: 'Survey (linked to participants)',
};

/** #/surveys: every form, searchable, and the ways to start a new one. */
export function FormsScreen() {
  const { db } = useApp();
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(0);
  const searchRef = useRef<HTMLInputElement>(null);
  useSlashToSearch(searchRef);
  const words = searchWords(query);
  const forms = useLiveQuery(async (): Promise<SurveyFormRecord[]> => {
    const [first, ...others] = words;
    const found = first
      ? await db.surveyForms.where('words').startsWith(first).distinct().toArray()
      : await db.surveyForms.toArray();
    return found
      .filter((f) => others.every((w) => f.words.some((fw) => fw.startsWith(w))))
      .sort((a, b) => a.title.localeCompare(b.title, 'en-GB'));
  }, [db, words.join(' ')]);

  const shown = forms?.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE) ?? [];
  return (
    <section aria-labelledby="surveys-title">
      <div className="page-header">
        <h1 id="surveys-title">Surveys</h1>
      </div>
      <SurveysNav current="forms" />
      <section aria-labelledby="new-form-title" className="settings-block">
        <h2 id="new-form-title">Start a new form</h2>
        <div className="survey-actions">
          {Object.entries(TEMPLATES).map(([key, template]) => (
            <a
              key={key}
              className="button button--secondary"
              href={routeHref('surveys', 'new', key)}
            >
              New: {template.label}
            </a>
          ))}
        </div>
      </section>
      <section aria-labelledby="forms-title">
        <h2 id="forms-title">Forms</h2>
        <div
          ref={(el) => {
            searchRef.current = el?.querySelector('input') ?? null;
          }}
        >
          <TextField
            label="Search forms"
            hint='Type a word of the title. Press "/" to come back here.'
            type="search"
            value={query}
            onChange={(value) => {
              setQuery(value);
              setPage(0);
            }}
          />
        </div>
        {forms === undefined ? (
          <p aria-busy="true">Loading forms…</p>
        ) : (
          <>
            <p role="status">
              {query
                ? `${forms.length} ${forms.length === 1 ? 'form matches' : 'forms match'} “${query.trim()}”.`
                : pageRangeText(page, forms.length, ['form', 'forms'])}
            </p>
            {forms.length === 0 && !query && (
              <div className="empty-state">
                <p>
                  No forms yet. Start with the event feedback form or the baseline survey: both are
                  ready to use and you can change them.
                </p>
              </div>
            )}
            <ul className="survey-list">
              {shown.map((form) => (
                <li key={form.id} className="survey-list__item">
                  <div>
                    <h3>
                      <a href={routeHref('surveys', 'form', form.id)}>{form.title}</a>
                    </h3>
                    <p className="muted">
                      {PURPOSE_LABELS[form.purpose]}, version {form.latestVersion}
                    </p>
                  </div>
                </li>
              ))}
            </ul>
            <Pager page={page} total={forms.length} label="Form pages" onPage={setPage} />
          </>
        )}
      </section>
    </section>
  );
}
