// The sqlite migrations in order. Imported explicitly: bundling loses file globs (stack-notes.md).
import { Initial1795701920499Sqlite } from './1795701920499-Initial';
import { Accounts1795702817723Sqlite } from './1795702817723-Accounts';
import { CatalogueIndex1795705390327Sqlite } from './1795705390327-CatalogueIndex';
import { LocationTemplateOwner1796115810115Sqlite } from './1796115810115-LocationTemplateOwner';
import { SessionsTable1796118297111Sqlite } from './1796118297111-SessionsTable';
import { EventSessionName1796128874195Sqlite } from './1796128874195-EventSessionName';
import { LocationTemplateTablesSqlite1796125227594 } from './1796125227594-LocationTemplateTables';
import { RegistrationSqlite1796129000000 } from './1796129000000-Registration';
import { CatalogueCalendarsSqlite1796129000001 } from './1796129000001-CatalogueCalendars';
import { EventNameIndexSqlite1796129000002 } from './1796129000002-EventNameIndex';
import { AttendanceAndOutboxSqlite1796136600000 } from './1796136600000-AttendanceAndOutbox';
import { MessagesSqlite1796136800000 } from './1796136800000-Messages';
import { InvitationSendingSqlite1796137100000 } from './1796137100000-InvitationSending';
import { InscriptionSessionEventIndexSqlite1796137300000 } from './1796137300000-InscriptionSessionEventIndex';
import { ResponseCacheVersionSqlite1796137600000 } from './1796137600000-ResponseCacheVersion';
import { GrowthIndexesSqlite1796224000000 } from './1796224000000-GrowthIndexes';

export const sqliteMigrations = [Initial1795701920499Sqlite, Accounts1795702817723Sqlite, CatalogueIndex1795705390327Sqlite, LocationTemplateOwner1796115810115Sqlite, SessionsTable1796118297111Sqlite, EventSessionName1796128874195Sqlite, LocationTemplateTablesSqlite1796125227594, RegistrationSqlite1796129000000, CatalogueCalendarsSqlite1796129000001, EventNameIndexSqlite1796129000002, AttendanceAndOutboxSqlite1796136600000, MessagesSqlite1796136800000, InvitationSendingSqlite1796137100000, InscriptionSessionEventIndexSqlite1796137300000, ResponseCacheVersionSqlite1796137600000, GrowthIndexesSqlite1796224000000];
