import { textDocumentsPdf } from '../../lib/pdf';
import { fingerprintOf } from '../../lib/pdf/fingerprint';
import { readPdf } from '../support/pdf-text';

describe('textDocumentsPdf (#10, the PDF basics)', () => {
  it('writes each document on its own page with every accent and script extractable, and its metadata', async () => {
    const bytes = await textDocumentsPdf(
      [
        { title: 'Convocation — Séance « Hygiène »', text: 'Madame Hélène Fontaine,\nvous êtes convoquée à Lyon (Œuvre, façade, naïve, Ærø, Ελληνικά, Русский).', footer: 'Pour Hélène Fontaine' },
        { title: 'Attestation', text: 'Zoé Brûlé a suivi 3,5 heures.' },
      ],
      { title: 'Convocations', locale: 'fr', reference: 'CONV-12', createdAt: new Date('2027-03-03T08:00:00Z') },
    );
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const pdf = await readPdf(bytes);
    expect(pdf.pages).toHaveLength(2);
    expect(pdf.pages[0]).toContain('Convocation — Séance « Hygiène »');
    expect(pdf.pages[0]).toContain('Hélène Fontaine');
    expect(pdf.pages[0]).toContain('Ελληνικά, Русский');
    expect(pdf.pages[0]).toContain('Pour Hélène Fontaine');
    expect(pdf.pages[1]).toContain('Zoé Brûlé a suivi 3,5 heures.');
    expect(pdf.pages[1]).not.toContain('Pour Hélène Fontaine');
    expect(pdf.pages[1]).toContain('Page 2 / 2');
    expect(pdf.pages[1]).toContain('Réf. CONV-12');
    expect(pdf.info.Title).toBe('Convocations');
    expect(String(pdf.info.CreationDate)).toContain('20270303');
  });

  it('prints the fingerprint of its data, which changes with one letter of the text', async () => {
    const docs = [{ title: 'Attestation', text: 'Présent' }];
    const meta = { title: 'Attestations', locale: 'en' as const };
    const pdf = await readPdf(await textDocumentsPdf(docs, meta));
    const hash = fingerprintOf({ title: 'Attestations', documents: docs });
    expect(pdf.text.replace(/\s+/g, '')).toContain(hash);
    expect(pdf.text).toContain('SHA-256 fingerprint');
    expect(fingerprintOf({ title: 'Attestations', documents: [{ title: 'Attestation', text: 'Présente' }] })).not.toBe(hash);
  });

  it('flows a long text onto more pages, each with its footer', async () => {
    const text = Array.from({ length: 200 }, (_, i) => `Ligne ${i + 1} de la séance.`).join('\n');
    const pdf = await readPdf(await textDocumentsPdf([{ title: 'Long', text }], { title: 'Long', locale: 'fr' }));
    expect(pdf.pages.length).toBeGreaterThan(2);
    expect(pdf.text).toContain('Ligne 200 de la séance.');
    expect(pdf.pages.at(-1)).toContain(`Page ${pdf.pages.length} / ${pdf.pages.length}`);
  });
});
