// Service worker: context menus, the toolbar button, and every request to the
// Waspada server (the page never talks to it). Checks run in the tab through
// chrome.scripting, which activeTab allows after the person's click.
import { CheckError, capabilities, scoreImage, scoreText, sendFeedback } from './lib/api.js';
import { loadSettings } from './lib/settings.js';
import { format, uiStrings } from './lib/strings.js';

export const MENU_SELECTION = 'waspada-check-selection';
export const MENU_IMAGE = 'waspada-check-image';
const CONTENT_FILES = ['content/offsets.js', 'content/extract.js', 'content/panel.js'];

// What the last menu refresh created (chrome.contextMenus cannot be listed).
const menus = new Map();
let advicePromise = null;

function advice() {
  if (!advicePromise) {
    advicePromise = fetch(chrome.runtime.getURL('advice.json')).then((r) => r.json()).catch(() => null);
  }
  return advicePromise;
}

/** (Re)create the menus in the interface language; the image entry only if the server reads images. */
export async function refreshMenus() {
  const settings = await loadSettings();
  const ui = await uiStrings(settings.language);
  const caps = await capabilities(settings, { fresh: true });
  await chrome.contextMenus.removeAll();
  menus.clear();
  const create = (props) =>
    new Promise((resolve) => {
      chrome.contextMenus.create(props, () => {
        // A duplicate id from a racing refresh is harmless.
        void chrome.runtime.lastError;
        resolve();
      });
    });
  await create({ id: MENU_SELECTION, title: ui.menuCheckSelection, contexts: ['selection'] });
  menus.set(MENU_SELECTION, ui.menuCheckSelection);
  if (caps.image) {
    await create({ id: MENU_IMAGE, title: ui.menuCheckImage, contexts: ['image'] });
    menus.set(MENU_IMAGE, ui.menuCheckImage);
  }
  await chrome.action.setTitle({ title: ui.actionTitle });
  return Object.fromEntries(menus);
}

function errorText(ui, error, settings) {
  const kind = error instanceof CheckError ? error.kind : 'other';
  switch (kind) {
    case 'unreachable':
      return format(ui.errUnreachable, { url: settings.backendUrl });
    case 'auth':
      return ui.errAuth;
    case 'rate_limited':
      return format(ui.errRateLimited, { seconds: error.retryAfter || 10 });
    case 'too_long':
      return ui.errTooLong;
    case 'not_ready':
      return ui.errNotReady;
    case 'image':
      return error.detail;
    default:
      return format(ui.errOther, {
        code: (error && error.code) || 'ERROR',
        message: (error && (error.detail || error.message)) || '',
      });
  }
}

async function inTab(target, func, args = []) {
  const [result] = await chrome.scripting.executeScript({ target, func, args });
  return result ? result.result : undefined;
}

async function showOnToolbar(tabId, message) {
  // Pages the extension may not script (browser pages, the web store): the
  // only place left to say so is the button itself.
  try {
    await chrome.action.setBadgeText({ tabId, text: '!' });
    await chrome.action.setTitle({ tabId, title: message });
  } catch {
    // The tab has gone.
  }
}

/**
 * Check text in a tab. mode 'selection' (context menu) or 'page' (toolbar).
 * Resolves to what the panel shows, for the tests and the console.
 */
export async function checkInTab(tab, { mode, frameId = 0, srcUrl = null, selectionText = '' }) {
  const settings = await loadSettings();
  const ui = await uiStrings(settings.language);
  const target = frameId ? { tabId: tab.id, frameIds: [frameId] } : { tabId: tab.id };
  await chrome.action.setBadgeText({ tabId: tab.id, text: '' }).catch(() => {});
  try {
    await chrome.scripting.insertCSS({ target, files: ['content/highlight.css'] });
    await chrome.scripting.executeScript({ target, files: CONTENT_FILES });
  } catch (error) {
    await showOnToolbar(tab.id, ui.errPage);
    return { error: ui.errPage, errorKind: 'page', detail: String(error && error.message) };
  }
  let captured = await inTab(target, (m, u, l) => globalThis.__waspada.begin(m, u, l), [mode, ui, settings.language]);
  captured = captured || { text: '', source: null };
  if (mode === 'selection' && !captured.text && selectionText && selectionText.trim()) {
    // Text selected inside a form field is not part of the page's selection
    // ranges: check what the menu saw, without marks.
    captured = { ...captured, text: selectionText.trim(), source: 'selection' };
  }
  const show = (outcome) => inTab(target, (o) => globalThis.__waspada.finish(o), [outcome]);
  const base = { lang: settings.language, source: captured.source, text: captured.text, seq: captured.seq };

  if (mode !== 'image' && !captured.text) {
    const outcome = { ...base, error: ui.errNoText, errorKind: 'no_text' };
    outcome.shown = await show(outcome);
    return outcome;
  }
  let outcome;
  try {
    const caps = await capabilities(settings);
    let verdict;
    if (mode === 'image') {
      verdict = await checkImage(settings, srcUrl, ui);
    } else {
      verdict = await scoreText(settings, captured.text, caps, captured.url);
    }
    const all = await advice();
    const byRisk = all && all.verdicts && all.verdicts[verdict.risk];
    outcome = {
      ...base,
      verdict,
      advice: byRisk ? byRisk[settings.language] || byRisk.en : null,
      feedback: caps.feedback,
      chars: mode === 'image' ? (verdict.text || '').length : Array.from(captured.text).length,
      backendHost: new URL(settings.backendUrl).host,
    };
  } catch (error) {
    outcome = { ...base, error: errorText(ui, error, settings), errorKind: error.kind || 'other' };
  }
  outcome.shown = await show(outcome);
  return outcome;
}

async function checkImage(settings, srcUrl, ui) {
  let blob;
  try {
    const response = await fetch(srcUrl, { credentials: 'omit' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    blob = await response.blob();
  } catch (error) {
    // Typically an image on another site that does not allow reading it.
    throw new CheckError('image', { detail: format(ui.errImage, { reason: error.message }) });
  }
  const name = (new URL(srcUrl).pathname.split('/').pop() || 'image').slice(0, 100);
  return scoreImage(settings, blob, name);
}

/** What the context menu calls; tests call it through the service worker. */
export async function onMenuClick(info, tab) {
  if (!tab || tab.id === undefined) return null;
  if (info.menuItemId === MENU_SELECTION) {
    return checkInTab(tab, { mode: 'selection', frameId: info.frameId || 0, selectionText: info.selectionText || '' });
  }
  if (info.menuItemId === MENU_IMAGE) return checkInTab(tab, { mode: 'image', frameId: info.frameId || 0, srcUrl: info.srcUrl });
  return null;
}

/** What the toolbar button calls: the selection if any, else the main text block. */
export async function onActionClicked(tab) {
  return checkInTab(tab, { mode: 'page' });
}

async function onMessage(message) {
  if (message && message.type === 'waspada:feedback') {
    const settings = await loadSettings();
    try {
      const caps = await capabilities(settings);
      await sendFeedback(settings, String(message.caseId), message.correct === true, caps);
      return { ok: true };
    } catch (error) {
      const ui = await uiStrings(settings.language);
      return { ok: false, message: errorText(ui, error, settings) };
    }
  }
  return undefined;
}

chrome.runtime.onInstalled.addListener(() => void refreshMenus());
chrome.runtime.onStartup.addListener(() => void refreshMenus());
chrome.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && (changes.language || changes.backendUrl || changes.apiKey)) void refreshMenus();
});
chrome.contextMenus.onClicked.addListener((info, tab) => void onMenuClick(info, tab));
chrome.action.onClicked.addListener((tab) => void onActionClicked(tab));
chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (!message || message.type !== 'waspada:feedback' || sender.id !== chrome.runtime.id) return false;
  onMessage(message).then(sendResponse);
  return true; // answer asynchronously
});

// For the browser tests (and the service worker's console): the same
// functions the menus and the button call.
globalThis.waspada = {
  onMenuClick,
  onActionClicked,
  refreshMenus,
  menus: () => Object.fromEntries(menus),
};
