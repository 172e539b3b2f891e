import { useEffect } from 'react';

/** The person whose page should take focus when it opens: set just before navigating there. */
let arriving: string | null = null;

/**
 * Adding a person closes the form and opens their page, so the button that opened the form is
 * gone. Call this before navigating; the page then puts focus on its title once it has loaded.
 */
export function focusPersonTitleOnArrival(personId: string): void {
  arriving = personId;
}

/** Used by a section of the person page: focuses the page title if this person was just added. */
export function usePersonTitleFocus(personId: string): void {
  useEffect(() => {
    if (arriving !== personId) return;
    arriving = null;
    // PersonPage gives its title tabIndex -1, so a script can focus it without adding a Tab stop.
    document.getElementById('person-title')?.focus();
  }, [personId]);
}
