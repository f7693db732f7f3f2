import PDFDocument from 'pdfkit';
import type { Locale } from '../locale';
import { FONT } from './fonts';

/** What every Cursus PDF carries in its metadata and its footer. */
export interface PdfMeta {
  title: string;
  locale: Locale;
  /** Printed in the footer, to quote the document (e.g. `EMARG-12-20270303`); none when omitted. */
  reference?: string;
  /** Defaults to now; pass the domain clock's now so tests and the data agree. */
  createdAt?: Date;
  layout?: 'portrait' | 'landscape';
}

export const MARGIN = 40;
/** Room kept below the content for the footer lines. */
const FOOTER_HEIGHT = 34;

const footerWords = {
  fr: {
    page: (n: number, count: number) => `Page ${n} / ${count}`,
    reference: (ref: string) => `Réf. ${ref}`,
    fingerprint: (hash: string) => `Empreinte SHA-256 des données du document : ${hash}`,
  },
  en: {
    page: (n: number, count: number) => `Page ${n} of ${count}`,
    reference: (ref: string) => `Ref. ${ref}`,
    fingerprint: (hash: string) => `SHA-256 fingerprint of the document's data: ${hash}`,
  },
} satisfies Record<Locale, unknown>;

/** An A4 document with the DejaVu fonts registered, its metadata set and its pages kept for the footers. */
export function openPdf(meta: PdfMeta): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    size: 'A4',
    layout: meta.layout ?? 'portrait',
    margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: MARGIN + FOOTER_HEIGHT },
    bufferPages: true,
    lang: meta.locale,
    displayTitle: true,
    info: { Title: meta.title, Author: 'Cursus', Creator: 'Cursus', CreationDate: meta.createdAt ?? new Date() },
  });
  doc.registerFont(FONT.regular.name, FONT.regular.file());
  doc.registerFont(FONT.bold.name, FONT.bold.file());
  doc.font(FONT.regular.name);
  return doc;
}

/**
 * Writes the footer of every page (page n of N, the reference, the data's fingerprint, and an optional line of
 * the page's own), then ends the document and gives its bytes.
 */
export function closePdf(doc: PDFKit.PDFDocument, meta: PdfMeta, fingerprint: string, pageLines: (string | undefined)[] = []): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const words = footerWords[meta.locale];
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    // Text below the bottom margin would open a new page: the footer is written with no bottom margin.
    doc.page.margins.bottom = 0;
    const width = doc.page.width - 2 * MARGIN;
    const y = doc.page.height - MARGIN - FOOTER_HEIGHT + 6;
    const first = [meta.title, meta.reference && words.reference(meta.reference), words.page(i - start + 1, count)].filter(Boolean).join(' · ');
    doc.font(FONT.regular.name).fontSize(7.5).fillColor('#333333');
    const own = pageLines[i - start];
    if (own) doc.text(own, MARGIN, y - 12, { width, lineBreak: false, ellipsis: true });
    doc.moveTo(MARGIN, y - 2).lineTo(MARGIN + width, y - 2).lineWidth(0.5).strokeColor('#999999').stroke();
    doc.text(first, MARGIN, y + 2, { width, lineBreak: false, ellipsis: true });
    // Never cut: a truncated fingerprint proves nothing.
    doc.text(words.fingerprint(fingerprint), MARGIN, y + 12, { width });
    doc.page.margins.bottom = bottom;
  }
  doc.fillColor('black');
  doc.end();
  return done;
}
