// The mysql migrations in order. Imported explicitly: bundling loses file globs (stack-notes.md).
import { Initial1795701920499Mysql } from './1795701920499-Initial';
import { Accounts1795702817723Mysql } from './1795702817723-Accounts';
import { CatalogueIndex1795705390327Mysql } from './1795705390327-CatalogueIndex';
import { LocationTemplateOwner1796115810115Mysql } from './1796115810115-LocationTemplateOwner';
import { SessionsTable1796118297111Mysql } from './1796118297111-SessionsTable';
import { EventSessionName1796128874195Mysql } from './1796128874195-EventSessionName';
import { LocationTemplateTablesMysql1796125227594 } from './1796125227594-LocationTemplateTables';
import { RegistrationMysql1796129000000 } from './1796129000000-Registration';
import { CatalogueCalendarsMysql1796129000001 } from './1796129000001-CatalogueCalendars';
import { EventNameIndexMysql1796129000002 } from './1796129000002-EventNameIndex';
import { AttendanceAndOutboxMysql1796136600000 } from './1796136600000-AttendanceAndOutbox';
import { MessagesMysql1796136800000 } from './1796136800000-Messages';
import { InvitationSendingMysql1796137100000 } from './1796137100000-InvitationSending';
import { InscriptionSessionEventIndexMysql1796137300000 } from './1796137300000-InscriptionSessionEventIndex';
import { ResponseCacheVersionMysql1796137600000 } from './1796137600000-ResponseCacheVersion';
import { GrowthIndexesMysql1796224000000 } from './1796224000000-GrowthIndexes';

export const mysqlMigrations = [Initial1795701920499Mysql, Accounts1795702817723Mysql, CatalogueIndex1795705390327Mysql, LocationTemplateOwner1796115810115Mysql, SessionsTable1796118297111Mysql, EventSessionName1796128874195Mysql, LocationTemplateTablesMysql1796125227594, RegistrationMysql1796129000000, CatalogueCalendarsMysql1796129000001, EventNameIndexMysql1796129000002, AttendanceAndOutboxMysql1796136600000, MessagesMysql1796136800000, InvitationSendingMysql1796137100000, InscriptionSessionEventIndexMysql1796137300000, ResponseCacheVersionMysql1796137600000, GrowthIndexesMysql1796224000000];
