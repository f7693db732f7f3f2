import { createLoader } from 'nuqs/server';
import { EVENT_SEARCH_PARAMS, EVENT_SORT_PARAMS } from '../../../../../components/sessions/event-sort';

/** Reads the events tables' orders (`openSort`, `endedSort`) and search (`eventSearch`) from the URL, on the server (#7 screen 5, #8 screen 1). */
export const loadSessionPageView = createLoader({ ...EVENT_SORT_PARAMS, ...EVENT_SEARCH_PARAMS });
