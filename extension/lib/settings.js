// The extension's settings, kept in chrome.storage.local (never synced: the
// API key stays on this device).

export const DEFAULT_BACKEND = 'http://127.0.0.1:8000';
export const LANGUAGES = ['en', 'id'];

const DEFAULTS = Object.freeze({
  backendUrl: DEFAULT_BACKEND,
  apiKey: '',
  language: '', // '' = follow the browser's language
  storeText: false, // privacy first: the person opts in
});

/** 'id' when the browser runs in Indonesian, else 'en'. */
export function browserLanguage() {
  const ui = (chrome.i18n && chrome.i18n.getUILanguage && chrome.i18n.getUILanguage()) || 'en';
  return ui.toLowerCase().startsWith('id') ? 'id' : 'en';
}

/** A backend base URL without a trailing slash; throws on anything but http(s). */
export function normalizeBackendUrl(raw) {
  const value = String(raw || '').trim() || DEFAULT_BACKEND;
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error('BAD_URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('BAD_URL');
  if (url.username || url.password || url.search || url.hash) throw new Error('BAD_URL');
  return (url.origin + url.pathname).replace(/\/+$/, '');
}

export async function loadSettings() {
  const stored = await chrome.storage.local.get(Object.keys(DEFAULTS));
  const s = { ...DEFAULTS, ...stored };
  return {
    backendUrl: s.backendUrl || DEFAULT_BACKEND,
    apiKey: typeof s.apiKey === 'string' ? s.apiKey.trim() : '',
    language: LANGUAGES.includes(s.language) ? s.language : browserLanguage(),
    languageChoice: LANGUAGES.includes(s.language) ? s.language : '',
    storeText: s.storeText === true,
  };
}

/** Validates and stores; returns the settings as loadSettings() reads them. */
export async function saveSettings(values) {
  const clean = {
    backendUrl: normalizeBackendUrl(values.backendUrl),
    apiKey: String(values.apiKey || '').trim(),
    language: LANGUAGES.includes(values.language) ? values.language : '',
    storeText: values.storeText === true,
  };
  await chrome.storage.local.set(clean);
  return loadSettings();
}
