import { closePdf, MARGIN, openPdf, type PdfMeta } from './document';
import { fingerprintOf } from './fingerprint';
import { FONT } from './fonts';

/** A sign-in sheet with every word already in the reader's language (the domain builds it: domain/sign-in-sheet.ts). */
export interface SignInSheetData {
  title: string;
  /** The header, repeated on every page: training, session, event, date and times, location, trainers. */
  facts: { label: string; value: string }[];
  note: string;
  columns: { name: string; organisation: string; halfDays: string[] };
  /** `record`: the filled variant's text for the row (status, who, when, how); absent, the cells stay blank to sign. */
  learners: { name: string; organisation: string; record?: string }[];
  noLearners: string;
  trainersTitle: string;
  /** The trainers' table's first column title (« Formateur »). */
  trainerColumn: string;
  trainers: { name: string; organisation: string }[];
  /** Lines after the tables: the validation, the production date. */
  closing: string[];
}

const NAME_WIDTH = 150;
const ORGANISATION_WIDTH = 110;
/** Half-day columns per table: two fit a portrait page, four a landscape one; more go to further pages. */
const HALF_DAYS_PER_TABLE = { portrait: 2, landscape: 4 } as const;
const SIGNING_HEIGHT = 36;
const PADDING = 4;
const BORDER = '#555555';

const chunks = <T>(list: T[], size: number): T[][] =>
  list.length ? Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size)) : [[]];

/**
 * The feuille d'émargement (#10 §3) as a PDF: a header (repeated on each page), the learners' table with a
 * signature cell per half-day (or, filled, the recorded attendance across them), then the trainers'
 * countersignature cells per half-day. Long lists flow onto more pages with the header and the column titles
 * again; more half-days than a page holds give one set of tables per group of half-days.
 */
export function signInSheetPdf(sheet: SignInSheetData, meta: PdfMeta): Promise<Buffer> {
  const layout = sheet.columns.halfDays.length > HALF_DAYS_PER_TABLE.portrait ? 'landscape' : 'portrait';
  const doc = openPdf({ ...meta, layout });
  const width = doc.page.width - 2 * MARGIN;
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  // « Lieu : » in French, "Location:" in English.
  const separator = meta.locale === 'fr' ? ' : ' : ': ';
  const groups = chunks(sheet.columns.halfDays.map((label, index) => ({ label, index })), HALF_DAYS_PER_TABLE[layout]);

  function header() {
    doc.font(FONT.bold.name).fontSize(15).fillColor('black').text(sheet.title, MARGIN, MARGIN, { width });
    doc.moveDown(0.3);
    for (const fact of sheet.facts) {
      doc.font(FONT.bold.name).fontSize(9).text(`${fact.label}${separator}`, { continued: true, width });
      doc.font(FONT.regular.name).text(fact.value);
    }
    doc.moveDown(0.3);
    doc.font(FONT.regular.name).fontSize(8).fillColor('#333333').text(sheet.note, { width }).fillColor('black');
    doc.moveDown(0.6);
  }

  function cell(text: string, x: number, y: number, w: number, h: number, bold = false) {
    doc.rect(x, y, w, h).lineWidth(0.6).strokeColor(BORDER).stroke();
    if (text) doc.font(bold ? FONT.bold.name : FONT.regular.name).fontSize(bold ? 8.5 : 8).fillColor('black').text(text, x + PADDING, y + PADDING, { width: w - 2 * PADDING });
  }

  const textHeight = (text: string, w: number, bold = false) =>
    doc.font(bold ? FONT.bold.name : FONT.regular.name).fontSize(bold ? 8.5 : 8).heightOfString(text || ' ', { width: w - 2 * PADDING }) + 2 * PADDING;

  /** One table: its title row, then rows, opening a page (header and titles again) when the next row does not fit. */
  function table(titles: string[], widths: number[], rows: { cells: string[]; span?: string }[], heading?: string) {
    const drawTitles = () => {
      const h = Math.max(...titles.map((t, i) => textHeight(t, widths[i], true)));
      const y = doc.y;
      let x = MARGIN;
      titles.forEach((t, i) => {
        doc.rect(x, y, widths[i], h).fillColor('#e8e8e8').fill();
        cell(t, x, y, widths[i], h, true);
        x += widths[i];
      });
      doc.y = y + h;
    };
    const newPage = () => {
      doc.addPage();
      header();
      if (heading) doc.font(FONT.bold.name).fontSize(10).text(heading, MARGIN, doc.y, { width }).moveDown(0.3);
      drawTitles();
    };
    if (heading) {
      if (doc.y + 60 > bottom()) newPage();
      else {
        doc.font(FONT.bold.name).fontSize(10).text(heading, MARGIN, doc.y, { width }).moveDown(0.3);
        drawTitles();
      }
    } else drawTitles();
    for (const row of rows) {
      const fixed = row.span === undefined ? row.cells : row.cells.slice(0, 2);
      const spanWidth = widths.slice(2).reduce((a, b) => a + b, 0);
      const h = Math.max(SIGNING_HEIGHT, ...fixed.map((t, i) => textHeight(t, widths[i], i === 0)), row.span ? textHeight(row.span, spanWidth) : 0);
      if (doc.y + h > bottom()) newPage();
      const y = doc.y;
      let x = MARGIN;
      fixed.forEach((t, i) => {
        cell(t, x, y, widths[i], h, i === 0);
        x += widths[i];
      });
      if (row.span !== undefined) cell(row.span, x, y, spanWidth, h);
      doc.y = y + h;
    }
  }

  groups.forEach((group, g) => {
    if (g > 0) doc.addPage();
    header();
    const signatureWidth = (width - NAME_WIDTH - ORGANISATION_WIDTH) / Math.max(group.length, 1);
    const widths = [NAME_WIDTH, ORGANISATION_WIDTH, ...group.map(() => signatureWidth)];
    const titles = [sheet.columns.name, sheet.columns.organisation, ...group.map((h) => h.label)];
    if (sheet.learners.length) {
      table(
        titles,
        widths,
        sheet.learners.map((l) => ({ cells: [l.name, l.organisation, ...group.map(() => '')], span: l.record })),
      );
    } else doc.font(FONT.regular.name).fontSize(9).text(sheet.noLearners, MARGIN, doc.y, { width });
    doc.moveDown(1);
    // With no trainer named, one blank row still leaves room for whoever teaches to sign.
    const trainerRows = (sheet.trainers.length ? sheet.trainers : [{ name: '', organisation: '' }]).map((t) => ({ cells: [t.name, t.organisation, ...group.map(() => '')] }));
    table([sheet.trainerColumn, ...titles.slice(1)], widths, trainerRows, sheet.trainersTitle);
  });
  doc.moveDown(0.8);
  for (const line of sheet.closing) {
    if (doc.y + 14 > bottom()) doc.addPage();
    doc.font(FONT.regular.name).fontSize(9).fillColor('black').text(line, MARGIN, doc.y, { width });
  }
  return closePdf(doc, { ...meta, layout }, fingerprintOf({ title: meta.title, sheet }));
}
