import { createLoader } from 'nuqs/server';
import { EVENT_SORT_PARAMS } from '../../../../../components/sessions/event-sort';

/** Reads the events tables' orders (`openSort`, `endedSort`) from the URL, on the server (#7 screen 5). */
export const loadSessionPageView = createLoader(EVENT_SORT_PARAMS);
