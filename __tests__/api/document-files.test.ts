/**
 * #10 §3 and §7 over the app's own routes (/documents/…): the sign-in sheet PDF (blank and filled) read back
 * with pdf-parse, the registrant exports parsed back with csv-parse and exceljs, and who gets them (the
 * session's staff; another organisation's manager and the learners 404, anonymous 401). SQLite or MariaDB.
 */
import { randomBytes } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { NextRequest } from 'next/server';
import { systemActor } from '../../domain/actor';
import { createApiToken } from '../../domain/api-tokens';
import { systemClock } from '../../domain/clock';
import { createEvent } from '../../domain/events';
import { addInscription } from '../../domain/inscriptions';
import { createLocation } from '../../domain/locations';
import { setMembership } from '../../domain/memberships';
import { createOrganisation } from '../../domain/organisations';
import { createSession } from '../../domain/sessions';
import { createTraining } from '../../domain/trainings';
import { createUser } from '../../domain/users';
import { Attendance, AttendanceMethod, AttendanceStatus, AttendanceValidation, InscriptionMode, InscriptionRole, MembershipRole, User } from '../../entities';
import { authHeaders, type HttpHarness, openHttpHarness } from '../support/http-harness';
import { readPdf } from '../support/pdf-text';

jest.setTimeout(120_000);

let h: HttpHarness;
const sys = () => ({ manager: h.dataSource.manager, clock: systemClock, actor: systemActor });

interface Person {
  id: number;
  token: string;
}

async function person(firstName: string, lastName: string): Promise<Person> {
  const user = await createUser(sys(), { email: `${firstName.toLowerCase().replace(/\W/g, '')}-${randomBytes(3).toString('hex')}@example.org`, firstName, lastName });
  const { token } = await createApiToken(sys(), `${firstName} token`, user.id);
  return { id: user.id, token };
}

const w = {} as {
  admin: Person;
  managerA: Person;
  managerB: Person;
  trainer: Person;
  helene: Person;
  zoe: Person;
  aelf: Person;
  waiting: Person;
  sessionId: number;
  eventId: number;
  secondEventId: number;
  longEventId: number;
};

beforeAll(async () => {
  h = await openHttpHarness();
  const s = sys();
  const orgA = (await createOrganisation(s, { name: 'Université de Lyon' })).id;
  const orgB = (await createOrganisation(s, { name: 'Groupe Hospitalier Sud' })).id;
  w.admin = await person('Claire', 'Dubois');
  w.managerA = await person('Isabelle', 'Moreau');
  w.managerB = await person('Sandrine', 'Payet');
  w.trainer = await person('Hélène', 'Fontaine');
  w.helene = await person('Hélène', 'Dupré');
  w.zoe = await person('Zoé', 'Brûlé');
  w.aelf = await person('Ælfrida', 'Ωmega');
  w.waiting = await person('=HYPERLINK("http://evil")', 'Attente');
  await h.dataSource.manager.update(User, { id: w.admin.id }, { isAdmin: true });
  await setMembership(s, w.managerA.id, orgA, MembershipRole.MANAGER);
  await setMembership(s, w.managerB.id, orgB, MembershipRole.MANAGER);
  await setMembership(s, w.helene.id, orgA, MembershipRole.MEMBER);
  const training = await createTraining(s, { code: 'HYG-1', title: 'Hygiène hospitalière', organisationIds: [orgA] });
  const session = await createSession(s, training.id, {
    title: 'Session de printemps',
    startDate: new Date('2027-03-01T00:00:00Z'),
    endDate: new Date('2027-03-31T00:00:00Z'),
    maxUsers: 3,
  });
  const location = await createLocation(s, { name: 'Hôpital Édouard-Herriot', address: '5 place d’Arsonval, 69003 Lyon', timeZone: 'Europe/Paris' });
  await addInscription(s, { sessionId: session.id, userId: w.trainer.id, role: InscriptionRole.TRAINER });
  for (const learner of [w.helene, w.zoe, w.aelf, w.waiting]) await addInscription(s, { sessionId: session.id, userId: learner.id, role: InscriptionRole.LEARNER });
  const event = await createEvent(s, session.id, {
    name: 'Séance « Hygiène des mains »',
    // 09:00–17:00 in Paris (UTC+1 in March): a morning and an afternoon.
    startAt: new Date('2027-03-03T08:00:00Z'),
    endAt: new Date('2027-03-03T16:00:00Z'),
    locationId: location.id,
    locationExtra: 'Salle 204',
    inscriptionMode: InscriptionMode.AUTOMATIC,
    trainerIds: [w.trainer.id],
  });
  const second = await createEvent(s, session.id, {
    name: 'Séance de pratique',
    startAt: new Date('2027-03-10T13:00:00Z'),
    endAt: new Date('2027-03-10T16:00:00Z'),
    inscriptionMode: InscriptionMode.AUTOMATIC,
  });
  const records: Partial<Attendance>[] = [
    { userId: w.helene.id, status: AttendanceStatus.PRESENT, recordedById: w.trainer.id, recordedAt: new Date('2027-03-03T08:12:00Z'), method: AttendanceMethod.STAFF },
    { userId: w.zoe.id, status: AttendanceStatus.ABSENT_EXCUSED, comment: 'Rendez-vous médical', recordedById: w.trainer.id, recordedAt: new Date('2027-03-03T08:15:00Z'), method: AttendanceMethod.STAFF },
    { userId: w.aelf.id, status: AttendanceStatus.PRESENT, recordedById: w.aelf.id, recordedAt: new Date('2027-03-03T08:01:00Z'), method: AttendanceMethod.SELF, correctionReason: 'Arrivée confirmée par la feuille papier' },
  ];
  await h.dataSource.manager.insert(Attendance, records.map((r) => ({ eventId: event.id, comment: null, correctionReason: null, ...r })));
  await h.dataSource.manager.insert(AttendanceValidation, { eventId: event.id, validatedById: w.trainer.id, validatedAt: new Date('2027-03-03T16:30:00Z') });

  // A long list: 45 learners on an event of a session of their own.
  const big = await createSession(s, training.id, { title: 'Session nombreuse', startDate: new Date('2027-03-01T00:00:00Z'), endDate: new Date('2027-03-31T00:00:00Z') });
  for (let i = 0; i < 45; i++) {
    const user = await createUser(s, { email: `long-${i}-${randomBytes(3).toString('hex')}@example.org`, firstName: 'Élève', lastName: `Numéro ${String(i + 1).padStart(2, '0')}` });
    await addInscription(s, { sessionId: big.id, userId: user.id, role: InscriptionRole.LEARNER });
  }
  const long = await createEvent(s, big.id, {
    name: 'Grand amphi',
    startAt: new Date('2027-03-04T08:00:00Z'),
    endAt: new Date('2027-03-04T11:00:00Z'),
    inscriptionMode: InscriptionMode.AUTOMATIC,
  });
  Object.assign(w, { sessionId: session.id, eventId: event.id, secondEventId: second.id, longEventId: long.id });
});

afterAll(() => h.close());

async function download(owner: 'events' | 'sessions', id: number | string, file: string, who?: Person, cookie?: string) {
  const route = owner === 'events' ? await import('../../app/documents/events/[id]/[file]/route') : await import('../../app/documents/sessions/[id]/[file]/route');
  const url = `http://localhost/documents/${owner}/${id}/${file}`;
  const request = new NextRequest(url, { headers: { ...authHeaders({ token: who?.token }), ...(cookie ? { cookie } : {}) } });
  const path = file.split('?')[0];
  const response = await route.GET(request, { params: Promise.resolve({ id: String(id), file: path }) });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    disposition: response.headers.get('content-disposition'),
    cache: response.headers.get('cache-control'),
    bytes: Buffer.from(await response.arrayBuffer()),
  };
}

/** pdf.js puts table cells on their own lines or side by side: compare on single spaces. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('the sign-in sheet (#10 §3)', () => {
  it('blank: the header in the event’s zone, each learner with a signature cell per half-day, the trainers’ countersignature', async () => {
    const file = await download('events', w.eventId, 'sign-in-sheet.pdf', w.managerA);
    expect(file).toMatchObject({ status: 200, type: 'application/pdf', cache: 'private, no-store' });
    expect(file.disposition).toBe(`attachment; filename="emargement-${w.eventId}.pdf"`);
    const pdf = await readPdf(file.bytes);
    const text = flat(pdf.text);
    expect(pdf.info.Title).toBe("Feuille d'émargement — Séance « Hygiène des mains »");
    for (const expected of [
      "Feuille d'émargement",
      'Formation : Hygiène hospitalière (HYG-1)',
      'Session : Session de printemps',
      'Séance : Séance « Hygiène des mains »',
      'mercredi 3 mars 2027, 09:00 – 17:00 (fuseau Europe/Paris)',
      'Hôpital Édouard-Herriot — 5 place d’Arsonval, 69003 Lyon — Salle 204',
      'Formateurs : Hélène Fontaine',
      'Hélène Dupré',
      'Université de Lyon',
      'Zoé Brûlé',
      'Ælfrida Ωmega',
      'Matin 09:00 – 13:00',
      'Après-midi 13:00 – 17:00',
      'Contre-signature des formateurs',
      'Empreinte SHA-256 des données du document',
      'Page 1 / 1',
    ])
      expect(text).toContain(expected);
    expect(text).not.toContain('Présent');
    expect(text).not.toContain('validé');
  });

  it('filled: each learner’s recorded status, who recorded it, when and how, a correction’s reason and the validation', async () => {
    const pdf = await readPdf((await download('events', w.eventId, 'sign-in-sheet.pdf?filled=1', w.trainer)).bytes);
    const text = flat(pdf.text);
    expect(text).toContain('Présent — enregistré par Hélène Fontaine le 03/03/2027 09:12 (fuseau Europe/Paris) (par le personnel)');
    expect(text).toContain('Absent excusé — enregistré par Hélène Fontaine le 03/03/2027 09:15');
    expect(text).toContain('Commentaire : Rendez-vous médical');
    expect(text).toContain('Présent — enregistré par Ælfrida Ωmega le 03/03/2027 09:01 (fuseau Europe/Paris) (auto-émargement)');
    expect(text).toContain('Correction après validation : Arrivée confirmée par la feuille papier');
    // On the session's waiting list (capacity 3): not on the event's sheet.
    expect(text).not.toContain('Attente');
    expect(text).toContain('Émargement validé par Hélène Fontaine le 03/03/2027 17:30 (fuseau Europe/Paris).');
    expect(text).toContain('Matin 09:00 – 13:00');
  });

  it('is written in the reader’s language (the switch’s cookie)', async () => {
    const pdf = await readPdf((await download('events', w.eventId, 'sign-in-sheet.pdf?filled=1', w.trainer, 'cursus-lang=en')).bytes);
    const text = flat(pdf.text);
    expect(text).toContain('Sign-in sheet');
    expect(text).toContain('Wednesday, March 3, 2027, 09:00 – 17:00 (Europe/Paris time)');
    expect(text).toContain('Present — recorded by Hélène Fontaine');
    expect(text).toContain('Morning 09:00 – 13:00');
    expect(text).toContain('Page 1 of 1');
  });

  it('flows a long list onto more pages, the header and the column titles on each', async () => {
    const pdf = await readPdf((await download('events', w.longEventId, 'sign-in-sheet.pdf', w.managerA)).bytes);
    expect(pdf.pages.length).toBeGreaterThan(1);
    for (const page of pdf.pages.map(flat)) {
      expect(page).toContain("Feuille d'émargement");
      expect(page).toContain('Séance : Grand amphi');
      if (page.includes('Élève')) expect(page).toContain('Apprenant Organisation Matin 09:00 – 12:00');
    }
    expect(pdf.pages.filter((page) => page.includes('Élève')).length).toBeGreaterThan(1);
    expect(flat(pdf.text)).toContain('Élève Numéro 45');
    // 09:00–12:00: a morning only.
    expect(flat(pdf.text)).toContain('Matin 09:00 – 12:00');
    expect(flat(pdf.text)).not.toContain('Après-midi');
  });

  it('is for the session’s staff only: another organisation’s manager and a learner 404, anonymous 401', async () => {
    expect((await download('events', w.eventId, 'sign-in-sheet.pdf', w.admin)).status).toBe(200);
    expect((await download('events', w.eventId, 'sign-in-sheet.pdf', w.managerB)).status).toBe(404);
    expect((await download('events', w.eventId, 'sign-in-sheet.pdf?filled=1', w.helene)).status).toBe(404);
    expect((await download('events', w.eventId, 'sign-in-sheet.pdf')).status).toBe(401);
    expect((await download('events', 999999, 'sign-in-sheet.pdf', w.admin)).status).toBe(404);
    expect((await download('events', 'x1', 'sign-in-sheet.pdf', w.admin)).status).toBe(404);
    expect((await download('events', w.eventId, 'nothing.pdf', w.admin)).status).toBe(404);
    expect((await download('sessions', w.sessionId, 'sign-in-sheet.pdf', w.admin)).status).toBe(404);
  });
});

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const csvRows = (bytes: Buffer) => parse(bytes, { bom: true, delimiter: ';', relax_column_count: false }) as string[][];

async function sheetRows(bytes: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return { name: sheet.name, rows };
}

describe('the registrant exports (#10 §7, seed 003)', () => {
  it('an event’s learners as CSV: UTF-8 with a BOM, `;`, CRLF, the columns in the reader’s language, attendance', async () => {
    const file = await download('events', w.eventId, 'registrants.csv', w.managerA);
    expect(file).toMatchObject({ status: 200, type: 'text/csv; charset=utf-8' });
    expect(file.disposition).toBe(`attachment; filename="inscrits-seance-${w.eventId}.csv"`);
    expect(file.bytes.subarray(0, 3)).toEqual(BOM);
    expect(file.bytes.toString('utf8')).toContain('\r\n');
    const [header, ...rows] = csvRows(file.bytes);
    expect(header).toEqual(['Nom', 'Prénom', 'E-mail', 'Organisation', 'Rôle', 'État', 'Présence']);
    expect(rows.map((r) => [r[0], r[1], r[3], r[4], r[5], r[6]])).toEqual([
      ['Brûlé', 'Zoé', '', 'Apprenant', 'Confirmé', 'Absent excusé'],
      ['Dupré', 'Hélène', 'Université de Lyon', 'Apprenant', 'Confirmé', 'Présent'],
      ['Ωmega', 'Ælfrida', '', 'Apprenant', 'Confirmé', 'Présent'],
    ]);
    expect(rows[1][2]).toMatch(/^hlne-[0-9a-f]+@example\.org$/);
  });

  it('learners and trainers, or trainers only, as the caller chooses; an unknown role is a bad request', async () => {
    const both = csvRows((await download('events', w.eventId, 'registrants.csv?roles=LEARNER,TRAINER', w.trainer)).bytes);
    expect(both.slice(1).map((r) => `${r[1]} ${r[0]}: ${r[4]}`)).toEqual([
      'Zoé Brûlé: Apprenant',
      'Hélène Dupré: Apprenant',
      'Hélène Fontaine: Formateur',
      'Ælfrida Ωmega: Apprenant',
    ]);
    const trainers = csvRows((await download('events', w.eventId, 'registrants.csv?roles=TRAINER', w.trainer, 'cursus-lang=en')).bytes);
    expect(trainers).toEqual([
      ['Last name', 'First name', 'E-mail', 'Organisation', 'Role', 'State', 'Attendance'],
      ['Fontaine', 'Hélène', expect.stringMatching(/@example\.org$/), '', 'Trainer', 'Confirmed', ''],
    ]);
    expect((await download('events', w.eventId, 'registrants.csv?roles=LEARNER,ADMIN', w.trainer)).status).toBe(400);
  });

  it('a session’s registrants with each learner’s outcome and hours, a formula-like name defused', async () => {
    const file = await download('sessions', w.sessionId, 'registrants.csv?roles=LEARNER', w.managerA);
    expect(file.disposition).toBe(`attachment; filename="inscrits-session-${w.sessionId}.csv"`);
    const [header, ...rows] = csvRows(file.bytes);
    expect(header.slice(6)).toEqual(['Présence', 'Heures suivies', 'Heures prévues']);
    const byName = Object.fromEntries(rows.map((r) => [r[0], r]));
    // 8 hours on the 3rd (present), 3 on the 10th (not recorded yet): partial, 8 of 11.
    expect(byName['Dupré'].slice(6)).toEqual(['Partielle', '8', '11']);
    expect(byName['Brûlé'].slice(6)).toEqual(['Aucune', '0', '11']);
    // On the session's waiting list (capacity 3): listed with its state, no attendance.
    expect(byName['Attente'][1]).toBe(`'=HYPERLINK("http://evil")`);
    expect(byName['Attente'].slice(5)).toEqual(["Liste d'attente", '', '', '']);
  });

  it('the same as .xlsx, numbers kept as numbers', async () => {
    const file = await download('sessions', w.sessionId, 'registrants.xlsx?roles=LEARNER,TRAINER', w.admin);
    expect(file.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const { name, rows } = await sheetRows(file.bytes);
    expect(name).toBe('Inscrits Session de printemps');
    expect(rows[0]).toEqual(['Nom', 'Prénom', 'E-mail', 'Organisation', 'Rôle', 'État', 'Présence', 'Heures suivies', 'Heures prévues']);
    const dupre = rows.find((r) => r[0] === 'Dupré')!;
    expect(dupre.slice(3)).toEqual(['Université de Lyon', 'Apprenant', 'Confirmé', 'Partielle', 8, 11]);
    expect(rows.find((r) => r[0] === 'Fontaine')!.slice(4, 6)).toEqual(['Formateur', 'Confirmé']);
    const event = await sheetRows((await download('events', w.eventId, 'registrants.xlsx', w.trainer)).bytes);
    expect(event.rows.find((r) => r[0] === 'Brûlé')!.slice(4)).toEqual(['Apprenant', 'Confirmé', 'Absent excusé']);
  });

  it('is scoped like the sheet: another organisation’s manager and a learner 404, anonymous 401', async () => {
    for (const [owner, id] of [['events', w.eventId], ['sessions', w.sessionId]] as const)
      for (const file of ['registrants.csv', 'registrants.xlsx?roles=TRAINER']) {
        expect((await download(owner, id, file, w.managerB)).status).toBe(404);
        expect((await download(owner, id, file, w.zoe)).status).toBe(404);
        expect((await download(owner, id, file)).status).toBe(401);
      }
  });
});

describe('viewerCan.documents (the menus show only when the downloads answer)', () => {
  const QUERY = `query($event: ID!, $session: ID!) { event(id: $event) { viewerCan { documents } } session(id: $session) { viewerCan { documents } } }`;
  const ask = (who: Person) => h.graphql(QUERY, { event: String(w.eventId), session: String(w.sessionId) }, { token: who.token });

  it('is true for the session’s staff and false for its learners', async () => {
    for (const staff of [w.admin, w.managerA, w.trainer])
      expect((await ask(staff)).body.data).toEqual({ event: { viewerCan: { documents: true } }, session: { viewerCan: { documents: true } } });
    expect((await ask(w.helene)).body.data).toEqual({ event: { viewerCan: { documents: false } }, session: { viewerCan: { documents: false } } });
  });

  it('another organisation’s manager does not even see the event', async () => {
    const answer = await ask(w.managerB);
    expect(answer.body.errors[0].extensions.code).toBe('NOT_FOUND');
  });
});
