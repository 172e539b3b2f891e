import { useDeferredValue, useRef, useState } from 'react';
import { useApp } from '../../app/app-context';
import { routeHref } from '../../app/routes';
import { type Person, displayName } from '../../domain/people/person';
import { PAGE_SIZE, Pager, lastPage, number, pageRangeText } from './Pager';
import { PersonFormDialog } from './PersonFormDialog';
import { usePeoplePage } from './use-people-page';
import { useSlashToSearch } from '../../ui/use-slash-to-search';
import './people.css';

/** #/people: the register, searched as you type and paged so it stays fast with 5,000 people. */
export function PeopleScreen() {
  const { db } = useApp();
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  // The page belongs to one search: a new search starts again at the first page.
  const [paging, setPaging] = useState({ query: '', page: 0 });
  const page = paging.query === deferredQuery ? paging.page : 0;
  const [adding, setAdding] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLHeadingElement>(null);
  useSlashToSearch(searchRef);
  const data = usePeoplePage(db, deferredQuery, page);
  const searching = deferredQuery.trim() !== '';

  function goToPage(next: number) {
    setPaging({ query: deferredQuery, page: next });
    listRef.current?.focus();
  }

  return (
    <section aria-labelledby="people-title">
      <div className="page-header">
        <h1 id="people-title">People</h1>
        <div className="people-actions">
          <button type="button" className="button" onClick={() => setAdding(true)}>
            Add person
          </button>
          <a className="button button--secondary" href={routeHref('people', 'import')}>
            Import from a spreadsheet
          </a>
        </div>
      </div>
      <ul className="people-links">
        <li>
          <a href={routeHref('people', 'consent-forms')}>Consent forms</a>
        </li>
        <li>
          <a href={routeHref('people', 'reach')}>Reach report</a>
        </li>
      </ul>

      {data === undefined ? (
        <p aria-busy="true">Loading people…</p>
      ) : data.registered === 0 ? (
        <EmptyRegister onAdd={() => setAdding(true)} />
      ) : (
        <>
          <div className="field people-search">
            <label className="field__label" htmlFor="people-search">
              Search people
            </label>
            <span className="field__hint" id="people-search-hint">
              By name, preferred name, email or phone. Press / to jump here.
            </span>
            <input
              ref={searchRef}
              id="people-search"
              type="search"
              value={query}
              autoComplete="off"
              aria-describedby="people-search-hint"
              onChange={(e) => setQuery(e.target.value)}
            />
          </div>
          <p
            role="status"
            aria-busy={data.query !== deferredQuery || data.page !== page || undefined}
          >
            {statusText(data.total, data.query.trim(), data.page)}
          </p>
          <h2 id="people-list-title" ref={listRef} tabIndex={-1} className="visually-hidden">
            {searching ? 'Matching people' : 'Everyone on the register'}
          </h2>
          {data.people.length > 0 && <PeopleTable people={data.people} />}
          <Pager page={page} total={data.total} label="People pages" onPage={goToPage} />
        </>
      )}
      {adding && <PersonFormDialog onClose={() => setAdding(false)} />}
    </section>
  );
}

function statusText(total: number, query: string, page: number): string {
  if (query === '')
    return pageRangeText(Math.min(page, lastPage(total)), total, ['person', 'people']);
  const matches = `${number(total)} ${total === 1 ? 'person matches' : 'people match'} “${query}”.`;
  return total > PAGE_SIZE
    ? `${matches} ${pageRangeText(page, total, ['match', 'matches'])}`
    : matches;
}

function PeopleTable({ people }: { people: Person[] }) {
  return (
    <div className="table-scroll">
      <table className="people-table" aria-labelledby="people-list-title">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Preferred name</th>
            <th scope="col">Pronouns</th>
            <th scope="col">Email</th>
            <th scope="col">Phone</th>
          </tr>
        </thead>
        <tbody>
          {people.map((person) => (
            <tr key={person.id}>
              <th scope="row">
                <a href={routeHref('people', person.id)}>{displayName(person)}</a>
                {person.preferredName && person.preferredName !== person.name && (
                  <div className="muted">{person.name}</div>
                )}
              </th>
              <td>{person.preferredName}</td>
              <td>{person.pronouns}</td>
              <td>{person.email}</td>
              <td>{person.phone}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function EmptyRegister({ onAdd }: { onAdd: () => void }) {
  return (
    <div className="empty-state">
      <h2>No one on the register yet</h2>
      <p>
        The register holds the people who take part in your taskforces: how to reach them, what they
        like to be called, and anything that helps them take part. It stays on this laptop.
      </p>
      <div className="people-actions people-actions--centred">
        <button type="button" className="button" onClick={onAdd}>
          Add the first person
        </button>
        <a className="button button--secondary" href={routeHref('people', 'import')}>
          Import people from a spreadsheet
        </a>
      </div>
    </div>
  );
}
