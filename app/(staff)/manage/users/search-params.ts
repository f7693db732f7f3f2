import { createLoader, parseAsString } from 'nuqs/server';
import { tableParsers } from '../../../../components/ui/table-state';

/** The users table's filter (#8): words in the name or e-mail address. */
export const userFilters = {
  q: parseAsString.withDefault(''),
};

export const loadUsersView = createLoader({ ...tableParsers, ...userFilters });

/** The API lists people by last name only: the one order, shown on the name column. */
export const USERS_SORT = { id: 'name', desc: false };
