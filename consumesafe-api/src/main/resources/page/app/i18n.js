// Texts of the page in English, French and Arabic; numbers and dates formatted by the browser for the language.
export const LANGUAGES = ['en', 'fr', 'ar'];
const RIGHT_TO_LEFT = new Set(['ar']);
let messages = {};
let language = 'en';
let locale = 'en'; // the browser's own variant of the language (ar-TN, fr-CA) formats dates and numbers

export function pickLanguage(stored, browserLanguages) {
  if (LANGUAGES.includes(stored)) return stored;
  for (const tag of browserLanguages || []) {
    const base = String(tag).toLowerCase().split('-')[0];
    if (LANGUAGES.includes(base)) return base;
  }
  return 'en';
}

export async function useLanguage(code) {
  messages = (await import(`./i18n/${code}.js`)).default;
  language = code;
  locale = (navigator.languages || []).find((tag) => tag.toLowerCase().split('-')[0] === code) || code;
  const root = document.documentElement;
  root.lang = code;
  root.dir = RIGHT_TO_LEFT.has(code) ? 'rtl' : 'ltr';
  translate(document);
  document.title = t('pageTitle');
}

export const currentLanguage = () => language;

export function t(key, values = {}) {
  const text = messages[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
}

// "{n} listings" in the grammatical number the language needs (Arabic has six).
export function plural(key, count) {
  const form = new Intl.PluralRules(locale).select(count);
  const text = messages[`${key}.${form}`] ?? messages[`${key}.other`];
  return (text ?? key).replace('{n}', number(count));
}

export function translate(root) {
  for (const node of root.querySelectorAll('[data-t]')) node.textContent = t(node.dataset.t);
  for (const node of root.querySelectorAll('[data-t-label]')) node.setAttribute('aria-label', t(node.dataset.tLabel));
}

export const number = (value) => new Intl.NumberFormat(locale).format(value);

// A date without a time (a listing's since-date) is the same day everywhere: format it in UTC.
export const day = (iso) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })
  .format(new Date(`${iso}T00:00:00Z`));

export const moment = (millis) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })
  .format(new Date(millis));

export function countryName(code) {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) || code;
  } catch {
    return code;
  }
}
