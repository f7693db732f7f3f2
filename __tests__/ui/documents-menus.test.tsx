import { fireEvent, screen, within } from '@testing-library/react';
import { EventDocumentsMenu } from '../../components/documents/event-documents-menu';
import { SessionDocumentsMenu } from '../../components/documents/session-documents-menu';
import { renderScreen } from '../support/render';

jest.mock('next/navigation', () => ({ useRouter: () => ({ push: jest.fn(), refresh: jest.fn() }) }));

// #10 §3, §5–§7: the « Documents » menus link to the authenticated downloads; the export asks who to export.
const NOT_STAFF = { invitationSummary: null, certificateCount: null };

describe('EventDocumentsMenu', () => {
  it('offers the sign-in sheet blank and filled, and the export of the registrants the user chooses', async () => {
    renderScreen(<EventDocumentsMenu event={{ id: '12', name: 'Séance « Hygiène »' }} sheets learners={NOT_STAFF} />);
    fireEvent.click(screen.getByRole('button', { name: 'Documents de « Séance « Hygiène » »' }));
    const menu = await screen.findByRole('menu');
    expect(within(menu).getByRole('menuitem', { name: 'Vierge, à imprimer (PDF)' }).getAttribute('href')).toBe('/documents/events/12/sign-in-sheet.pdf');
    expect(within(menu).getByRole('menuitem', { name: 'Remplie avec les présences enregistrées (PDF)' }).getAttribute('href')).toBe('/documents/events/12/sign-in-sheet.pdf?filled=1',
    );
    fireEvent.click(within(menu).getByRole('menuitem', { name: 'Exporter les inscrits…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Exporter les inscrits de « Séance « Hygiène » »' });
    expect(within(dialog).getByRole('radio', { name: 'Les apprenants' })).toHaveProperty('checked', true);
    expect(within(dialog).getByRole('link', { name: 'Télécharger en CSV' }).getAttribute('href')).toBe('/documents/events/12/registrants.csv?roles=LEARNER');
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Les apprenants et les formateurs' }));
    expect(within(dialog).getByRole('link', { name: 'Télécharger en CSV' }).getAttribute('href')).toBe('/documents/events/12/registrants.csv?roles=LEARNER,TRAINER');
    expect(within(dialog).getByRole('link', { name: 'Télécharger en Excel (.xlsx)' }).getAttribute('href')).toBe('/documents/events/12/registrants.xlsx?roles=LEARNER,TRAINER',
    );
  });
});

describe('SessionDocumentsMenu', () => {
  it('exports the session’s trainers in English', async () => {
    renderScreen(<SessionDocumentsMenu session={{ id: '7', title: 'Spring session' }} exports learners={NOT_STAFF} />, { locale: 'en' });
    fireEvent.click(screen.getByRole('button', { name: 'Documents of “Spring session”' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Export registrants…' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Trainers' }));
    expect(within(dialog).getByRole('link', { name: 'Download as Excel (.xlsx)' }).getAttribute('href')).toBe('/documents/sessions/7/registrants.xlsx?roles=TRAINER');
  });
});

describe('the invitations and certificates section', () => {
  it('on an ended event: sending is disabled with its reason, the PDFs link to the downloads', async () => {
    renderScreen(
      <EventDocumentsMenu event={{ id: '12', name: 'Accueil' }} sheets learners={{ invitationSummary: { open: false, learners: 2 }, certificateCount: 1 }} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Documents de « Accueil »' }));
    const menu = await screen.findByRole('menu');
    const send = within(menu).getByRole('menuitem', { name: /Envoyer la convocation/ });
    expect(send).toHaveProperty('disabled', true);
    expect(send.textContent).toContain('Terminée : aucune convocation n’est envoyée.');
    expect(within(menu).getByRole('menuitem', { name: 'Convocations (PDF)' }).getAttribute('href')).toBe('/documents/events/12/invitations.pdf');
    expect(within(menu).getByRole('menuitem', { name: 'Attestations de présence (PDF, 1)' }).getAttribute('href')).toBe('/documents/events/12/certificates.pdf');
    // The sign-in sheet's section is still there.
    within(menu).getByRole('menuitem', { name: 'Vierge, à imprimer (PDF)' });
  });

  it('on a session with no attended hours: the certificates are disabled, sending asks for a confirmation', async () => {
    renderScreen(
      <SessionDocumentsMenu session={{ id: '7', title: 'Printemps' }} exports={false} learners={{ invitationSummary: { open: true, learners: 3 }, certificateCount: 0 }} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Documents de « Printemps »' }));
    const menu = await screen.findByRole('menu');
    expect(within(menu).getByRole('menuitem', { name: /Certificats de réalisation/ })).toHaveProperty('disabled', true);
    expect(within(menu).queryByRole('menuitem', { name: 'Exporter les inscrits…' })).toBeNull();
    fireEvent.click(within(menu).getByRole('menuitem', { name: /Envoyer la convocation/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Envoyer la convocation : Printemps' });
    within(dialog).getByRole('button', { name: 'Envoyer à 3 apprenants' });
  });

  it('shows no menu to whoever is neither staff nor allowed the sheets', () => {
    const { container } = renderScreen(<EventDocumentsMenu event={{ id: '12', name: 'Accueil' }} sheets={false} learners={NOT_STAFF} />);
    expect(container.querySelector('button')).toBeNull();
  });
});
