import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locale } from '../lib/locale';

export type Messages = { [key: string]: string | Messages };

const loaded = new Map<Locale, Messages>();

/**
 * The UI strings of a language: one file per namespace in `messages/<locale>/`, named for the namespace
 * (`messages/fr/sessionForm.json` holds `sessionForm.*`). Small files keep each screen's strings beside
 * each other and let screens be built side by side without touching a shared file. Read once per process:
 * the files only change with a deployment.
 */
export function loadMessages(locale: Locale): Messages {
  let messages = loaded.get(locale);
  if (!messages) {
    const folder = path.join(process.cwd(), 'messages', locale);
    messages = Object.fromEntries(
      readdirSync(folder)
        .filter((file) => file.endsWith('.json'))
        .sort()
        .map((file) => [path.basename(file, '.json'), JSON.parse(readFileSync(path.join(folder, file), 'utf8')) as Messages]),
    );
    loaded.set(locale, messages);
  }
  return messages;
}
