import { signInSheetPdf, type SignInSheetData } from '../../lib/pdf/sign-in-sheet';
import { readPdf } from '../support/pdf-text';

// Each check renders a PDF and reads it back in a child process: seconds on a busy machine.
jest.setTimeout(60_000);

const sheet = (halfDays: string[], learners: SignInSheetData['learners']): SignInSheetData => ({
  title: "Feuille d'émargement",
  facts: [{ label: 'Séance', value: 'Stage de trois jours' }],
  note: 'Chaque apprenant signe à chaque demi-journée.',
  columns: { name: 'Apprenant', organisation: 'Organisation', halfDays },
  learners,
  noLearners: 'Aucun apprenant inscrit à cette séance.',
  trainersTitle: 'Contre-signature des formateurs',
  trainerColumn: 'Formateur',
  trainers: [],
  closing: ['Édité le 01/03/2027.'],
});

const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('the sign-in sheet layout (lib/pdf/sign-in-sheet.ts)', () => {
  it('gives an event of three days (six half-days) landscape pages, four half-days per table, learners on each', async () => {
    const days = ['lun. 1 mars', 'mar. 2 mars', 'mer. 3 mars'].flatMap((d) => [`Matin\n${d}`, `Après-midi\n${d}`]);
    const bytes = await signInSheetPdf(sheet(days, [{ name: 'Hélène Dupré', organisation: 'Université de Lyon' }]), { title: 'Stage', locale: 'fr' });
    const pdf = await readPdf(bytes);
    expect(pdf.pages).toHaveLength(2);
    expect(flat(pdf.pages[0])).toContain('Matin lun. 1 mars');
    expect(flat(pdf.pages[0])).toContain('Après-midi mar. 2 mars');
    expect(flat(pdf.pages[0])).not.toContain('mer. 3 mars');
    expect(flat(pdf.pages[1])).toContain('Matin mer. 3 mars Après-midi mer. 3 mars');
    for (const page of pdf.pages.map(flat)) {
      expect(page).toContain('Hélène Dupré');
      expect(page).toContain('Contre-signature des formateurs');
    }
    expect(flat(pdf.pages[1])).toContain('Édité le 01/03/2027.');
  });

  it('says when nobody is registered, and keeps a blank row for the trainer to sign', async () => {
    const pdf = await readPdf(await signInSheetPdf(sheet(['Matin'], []), { title: 'Vide', locale: 'fr' }));
    expect(flat(pdf.text)).toContain('Aucun apprenant inscrit à cette séance.');
    expect(flat(pdf.text)).toContain('Formateur Organisation Matin');
  });
});
