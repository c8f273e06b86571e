// The message catalogue in force: Vietnamese by default, English when the user switches (kept in
// localStorage: a preference, not a secret). Components read `m()` while rendering; the app re-renders on a switch.
import { en } from './en';
import { vi, type Messages } from './vi';

export type Lang = 'vi' | 'en';
const catalogues: Record<Lang, Messages> = { vi, en };

function initial(): Lang {
  try {
    return localStorage.getItem('dondoc.lang') === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

let lang: Lang = initial();
const listeners = new Set<() => void>();

export const m = (): Messages => catalogues[lang];
export const currentLang = (): Lang => lang;

export function setLang(next: Lang): void {
  lang = next;
  try {
    localStorage.setItem('dondoc.lang', next);
  } catch {
    // private mode: the choice lasts for the page
  }
  document.documentElement.lang = next;
  listeners.forEach((l) => l());
}

export function onLangChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The API's messages are "Vietnamese / English": the half of the user's language. */
export function localized(message: string): string {
  const i = message.indexOf(' / ');
  if (i < 0) return message;
  return lang === 'vi' ? message.slice(0, i) : message.slice(i + 3);
}
