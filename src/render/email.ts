// A contact record as an e-mail message (RFC 5322, UTF-8 plain text) that any mail program opens.
import { formatDate } from '../domain/dates.js';

/** RFC 2047: a header value in UTF-8, as mail programs read it. */
function encodedWord(text: string): string {
  return /^[\x20-\x7e]*$/.test(text) ? text : `=?UTF-8?B?${Buffer.from(text, 'utf8').toString('base64')}?=`;
}

/** The message, marked unsent: spis sends nothing itself. */
export function contactEmail(m: { from?: string; to: string; date: string; provider: string; text: string }): string {
  return [
    ...(m.from ? [`From: ${m.from}`] : []),
    `To: ${m.to}`,
    `Subject: ${encodedWord(`Zápis z kontaktu ${formatDate(m.date, 'cs')} – ${m.provider}`)}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    'X-Unsent: 1',
    '',
    // Plain text, made for reading in a mail program; every line ends in CRLF (RFC 5322).
    m.text.replace(/\r?\n/g, '\r\n'),
  ].join('\r\n');
}
