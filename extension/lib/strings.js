// Interface strings in the language chosen in the options, which may differ
// from the browser's (chrome.i18n only follows the browser). The one source
// is _locales/<lang>/messages.json, also used by chrome.i18n for the manifest.

const cache = new Map();

export async function uiStrings(lang) {
  if (!cache.has(lang)) {
    const response = await fetch(chrome.runtime.getURL(`_locales/${lang}/messages.json`));
    const raw = await response.json();
    const table = {};
    for (const [key, entry] of Object.entries(raw)) table[key] = entry.message;
    cache.set(lang, table);
  }
  return cache.get(lang);
}

/** Fill {name} placeholders. */
export function format(template, vars = {}) {
  return String(template).replace(/\{(\w+)\}/g, (whole, name) =>
    Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : whole,
  );
}
