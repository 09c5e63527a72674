// Talking to the Waspada server: POST /v1/score, POST /v1/feedback,
// POST /v1/score/image, and what the server offers (from /openapi.json).
// Every failure becomes a CheckError whose `kind` the panel turns into a
// sentence a person understands.

const TIMEOUT_MS = 30000;
const CAPABILITIES_TTL_MS = 60000;

export class CheckError extends Error {
  constructor(kind, { status = 0, code = '', detail = '', retryAfter = null } = {}) {
    super(`${kind}${code ? ' ' + code : ''}${detail ? ': ' + detail : ''}`);
    this.kind = kind; // unreachable | auth | rate_limited | too_long | not_ready | image | other
    this.status = status;
    this.code = code;
    this.detail = detail;
    this.retryAfter = retryAfter;
  }

  toJSON() {
    return {
      kind: this.kind,
      status: this.status,
      code: this.code,
      detail: this.detail,
      retryAfter: this.retryAfter,
    };
  }
}

function headers(settings, json = true) {
  const h = { Accept: 'application/json' };
  if (json) h['Content-Type'] = 'application/json';
  if (settings.apiKey) h['X-API-Key'] = settings.apiKey;
  return h;
}

async function request(settings, path, init) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  let response;
  try {
    response = await fetch(settings.backendUrl + path, {
      ...init,
      signal: controller.signal,
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'error',
    });
  } catch (error) {
    // Refused connection, DNS failure, CORS refusal and timeouts all look
    // alike from here: the server could not be reached as configured.
    throw new CheckError('unreachable', { detail: String(error && error.message) });
  } finally {
    clearTimeout(timer);
  }
  if (response.ok) return response.json();
  throw await errorFrom(response);
}

/** Map an HTTP error response to a CheckError. */
export async function errorFrom(response) {
  let code = '';
  let detail = '';
  try {
    const body = await response.json();
    if (body && body.error) {
      code = String(body.error.code || '');
      detail = String(body.error.message || '');
    }
  } catch {
    detail = response.statusText || '';
  }
  const status = response.status;
  if (status === 401 || status === 403) return new CheckError('auth', { status, code, detail });
  if (status === 429) {
    const seconds = Number.parseInt(response.headers.get('Retry-After') || '', 10);
    return new CheckError('rate_limited', {
      status,
      code,
      detail,
      retryAfter: Number.isFinite(seconds) && seconds > 0 ? seconds : 10,
    });
  }
  if (status === 413 || code === 'AD_TOO_LONG' || code === 'BODY_TOO_LARGE') {
    return new CheckError('too_long', { status, code, detail });
  }
  if (status === 503 && code === 'MODEL_NOT_READY') return new CheckError('not_ready', { status, code, detail });
  return new CheckError('other', { status, code: code || `HTTP ${status}`, detail });
}

const capabilityCache = new Map();

/**
 * What this server offers beyond POST /v1/score, read from its OpenAPI
 * document. Servers without /openapi.json (or unreachable ones) offer
 * nothing optional, so optional UI stays absent rather than broken.
 */
export async function capabilities(settings, { fresh = false } = {}) {
  const key = settings.backendUrl;
  const hit = capabilityCache.get(key);
  if (!fresh && hit && Date.now() - hit.at < CAPABILITIES_TTL_MS) return hit.value;
  let value = { known: false, feedback: false, image: false, storeText: false, channel: false, sourceUrl: false, feedbackChannel: false };
  try {
    const spec = await request(settings, '/openapi.json', { method: 'GET', headers: headers(settings, false) });
    const paths = (spec && spec.paths) || {};
    const schemas = (spec && spec.components && spec.components.schemas) || {};
    const scoreFields = (schemas.ScoreRequest && schemas.ScoreRequest.properties) || {};
    const feedbackFields = (schemas.FeedbackRequest && schemas.FeedbackRequest.properties) || {};
    value = {
      known: true,
      feedback: Boolean(paths['/v1/feedback'] && paths['/v1/feedback'].post),
      image: Boolean(paths['/v1/score/image'] && paths['/v1/score/image'].post),
      storeText: 'store_text' in scoreFields,
      channel: 'channel' in scoreFields,
      sourceUrl: 'source_url' in scoreFields,
      feedbackChannel: 'channel' in feedbackFields,
    };
  } catch {
    // Leave every optional feature off.
  }
  capabilityCache.set(key, { at: Date.now(), value });
  return value;
}

/**
 * Score one text; `lang` is the language of the flag titles and messages.
 * `pageUrl` (where the ad was seen) is sent only when the person allows
 * keeping ads as cases.
 */
export async function scoreText(settings, text, caps, pageUrl = null) {
  const body = { text, explain: true, lang: settings.language };
  // Requests are strict on the server (unknown fields are a 422): send the
  // case fields only where the server's ScoreRequest declares them.
  if (caps.storeText) body.store_text = settings.storeText;
  if (caps.channel) body.channel = 'extension';
  if (caps.sourceUrl && settings.storeText && pageUrl && /^https?:/.test(pageUrl)) {
    body.source_url = pageUrl.split('#')[0].slice(0, 2048);
  }
  return request(settings, '/v1/score', {
    method: 'POST',
    headers: headers(settings),
    body: JSON.stringify(body),
  });
}

export async function sendFeedback(settings, caseId, correct, caps = {}) {
  const body = { case_id: caseId, correct: correct === true };
  if (caps.feedbackChannel) body.channel = 'extension';
  return request(settings, '/v1/feedback', {
    method: 'POST',
    headers: headers(settings),
    body: JSON.stringify(body),
  });
}

export async function scoreImage(settings, blob, filename) {
  const form = new FormData();
  form.append('file', blob, filename || 'image');
  // No Content-Type: fetch sets the multipart boundary itself.
  return request(settings, `/v1/score/image?lang=${encodeURIComponent(settings.language)}`, {
    method: 'POST',
    headers: headers(settings, false),
    body: form,
  });
}

export async function modelInfo(settings) {
  return request(settings, '/v1/model', { method: 'GET', headers: headers(settings, false) });
}
