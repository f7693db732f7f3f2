import { Message } from '../entities';

/** What the e-mail of a message needs to know about its context. */
export interface MessageMailContext {
  /** The session's title, or « event — session » for an event's registrants. */
  about: string;
  senderName: string | null;
  locale: string;
}

export interface MessageMail {
  subject: string;
  text: string;
  html: string;
}

const escapeHtml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const FOOTER = {
  fr: (about: string, sender: string | null) => `Message${sender ? ` de ${sender}` : ''} aux apprenant·es de « ${about} », envoyé depuis Cursus.`,
  en: (about: string, sender: string | null) => `Message${sender ? ` from ${sender}` : ''} to the learners of “${about}”, sent from Cursus.`,
};

/**
 * R13: the wording of a message's e-mail, in the learner's language. The one place it is written, so that the
 * EMAIL template (#10 §4) can take over here. Every value is HTML-escaped in the html part (#10: no value
 * injects markup); line breaks of the body are kept.
 */
export function messageMail(message: Pick<Message, 'subject' | 'body'>, context: MessageMailContext): MessageMail {
  const footer = (context.locale === 'en' ? FOOTER.en : FOOTER.fr)(context.about, context.senderName);
  const paragraphs = message.body.split(/\r?\n/).map(escapeHtml).join('<br>\n');
  return {
    subject: message.subject,
    text: `${message.body}\n\n--\n${footer}\n`,
    html: `<!doctype html>\n<html><body>\n<p>${paragraphs}</p>\n<hr>\n<p style="color:#555;font-size:90%">${escapeHtml(footer)}</p>\n</body></html>\n`,
  };
}
