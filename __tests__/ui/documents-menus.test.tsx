import { fireEvent, screen, within } from '@testing-library/react';
import { EventDocumentsMenu } from '../../components/documents/event-documents-menu';
import { SessionDocumentsMenu } from '../../components/documents/session-documents-menu';
import { renderScreen } from '../support/render';

// #10 §3, §7: the « Documents » menus link to the authenticated downloads; the export asks who to export.
describe('EventDocumentsMenu', () => {
  it('offers the sign-in sheet blank and filled, and the export of the registrants the user chooses', async () => {
    renderScreen(<EventDocumentsMenu event={{ id: '12', name: 'Séance « Hygiène »' }} />);
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
    renderScreen(<SessionDocumentsMenu session={{ id: '7', title: 'Spring session' }} />, { locale: 'en' });
    fireEvent.click(screen.getByRole('button', { name: 'Documents of “Spring session”' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Export registrants…' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Trainers' }));
    expect(within(dialog).getByRole('link', { name: 'Download as Excel (.xlsx)' }).getAttribute('href')).toBe('/documents/sessions/7/registrants.xlsx?roles=TRAINER');
  });
});
