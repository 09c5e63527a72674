import { CheckError, modelInfo } from '../lib/api.js';
import { loadSettings, normalizeBackendUrl, saveSettings } from '../lib/settings.js';
import { format, uiStrings } from '../lib/strings.js';

const form = document.getElementById('options');
const status = document.getElementById('status');
let ui = {};

async function translate(lang) {
  ui = await uiStrings(lang);
  document.documentElement.lang = lang;
  document.title = ui.optionsTitle;
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = ui[node.dataset.i18n];
}

function say(text, kind = 'ok') {
  status.textContent = text;
  status.dataset.kind = kind;
}

function values() {
  return {
    backendUrl: form.backendUrl.value,
    apiKey: form.apiKey.value,
    language: form.language.value,
    storeText: form.storeText.checked,
  };
}

async function init() {
  const s = await loadSettings();
  form.backendUrl.value = s.backendUrl;
  form.apiKey.value = s.apiKey;
  form.language.value = s.language;
  form.storeText.checked = s.storeText;
  await translate(s.language);
  document.body.dataset.ready = 'true';
}

// The page follows the language choice at once, before saving.
form.language.addEventListener('change', () => void translate(form.language.value));

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  try {
    const saved = await saveSettings(values());
    form.backendUrl.value = saved.backendUrl;
    say(ui.optSaved);
  } catch {
    say(ui.errBadUrl, 'error');
  }
});

document.getElementById('test').addEventListener('click', async () => {
  say('');
  let settings;
  try {
    settings = { ...values(), backendUrl: normalizeBackendUrl(form.backendUrl.value) };
    settings.apiKey = settings.apiKey.trim();
  } catch {
    say(ui.errBadUrl, 'error');
    return;
  }
  try {
    const info = await modelInfo(settings);
    say(format(ui.optTestOk, { version: info.model_version }));
  } catch (error) {
    const kind = error instanceof CheckError ? error.kind : 'other';
    const text = {
      unreachable: format(ui.errUnreachable, { url: settings.backendUrl }),
      auth: ui.errAuth,
      rate_limited: format(ui.errRateLimited, { seconds: error.retryAfter || 10 }),
      not_ready: ui.errNotReady,
    }[kind] || format(ui.errOther, { code: error.code || 'ERROR', message: error.detail || error.message });
    say(text, 'error');
  }
});

void init();
