import { createLoader } from 'nuqs/server';
import { tableParsers } from '../../../../../components/ui/table-state';

/** The registrants table's page size and pages, read from the URL on the server (#8 screen 4). */
export const loadEventPageView = createLoader(tableParsers);
