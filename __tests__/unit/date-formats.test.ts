import { dateTimeFormat } from '../../lib/date-formats';
import { formatInstant, formatWithZone } from '../../components/ui/dates';

// #11: pages format hundreds of dates per render; a formatter is built once per language, options and zone.
describe('dateTimeFormat', () => {
  it('hands back the same formatter for the same language and options', () => {
    const first = dateTimeFormat('fr', { dateStyle: 'medium', timeZone: 'Europe/Paris' });
    expect(dateTimeFormat('fr', { dateStyle: 'medium', timeZone: 'Europe/Paris' })).toBe(first);
  });

  it('keeps languages, options and zones apart', () => {
    const paris = dateTimeFormat('fr', { timeStyle: 'short', timeZone: 'Europe/Paris' });
    expect(dateTimeFormat('en', { timeStyle: 'short', timeZone: 'Europe/Paris' })).not.toBe(paris);
    expect(dateTimeFormat('fr', { timeStyle: 'short', timeZone: 'Indian/Reunion' })).not.toBe(paris);
    expect(dateTimeFormat('fr', { timeStyle: 'medium', timeZone: 'Europe/Paris' })).not.toBe(paris);
    const instant = new Date('2027-03-03T08:00:00Z');
    expect(paris.format(instant)).toBe('09:00');
    expect(dateTimeFormat('fr', { timeStyle: 'short', timeZone: 'Indian/Reunion' }).format(instant)).toBe('12:00');
  });

  it('formats as before through the screens’ helpers', () => {
    const at = '2027-03-03T08:00:00Z';
    expect(formatInstant('fr', at, 'Europe/Paris', 'time')).toBe('09:00');
    expect(formatInstant('en', at, 'America/Montreal', 'time')).toBe('3:00 AM');
    expect(formatWithZone('fr', at, 'Europe/Paris', 'time')).toBe('09:00 (heure d’Europe centrale)');
  });
});
