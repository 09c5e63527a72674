/* Waspada: a visible notice when the served model lacks the full real data.
 * Reads GET /v1/model once; when `training_data.full_real_data` is false (or,
 * for older models, `data.synthetic_only` is true) it shows a banner at the
 * top of the page saying what the model learned from and that it is weaker.
 * Follows the page's language (the <html lang> that app.js sets). Plain DOM,
 * textContent only. */
(function () {
  'use strict';

  var STRINGS = {
    en: {
      title: 'This server runs a weaker model.',
      body: 'It was trained without the full real datasets (it learned from: {what}). ' +
        'It may mark legitimate job ads as risky. Use it to try Waspada, not to decide ' +
        'about a real ad; the server\u2019s operator can add the datasets (see data/README.md).',
      unknown: 'the project\u2019s generated ads and part of the real data'
    },
    id: {
      title: 'Server ini memakai model yang lebih lemah.',
      body: 'Model ini dilatih tanpa seluruh dataset nyata (dipelajari dari: {what}). ' +
        'Model ini bisa menandai lowongan yang sah sebagai berisiko. Pakai untuk mencoba ' +
        'Waspada, bukan untuk memutuskan tentang iklan nyata; pengelola server dapat ' +
        'menambahkan datasetnya (lihat data/README.md).',
      unknown: 'iklan buatan proyek dan sebagian data nyata'
    }
  };

  var info = null;

  function lacksFullData(model) {
    var td = model && model.training_data;
    if (td && typeof td.full_real_data === 'boolean') return !td.full_real_data;
    return !!(model && model.data && model.data.synthetic_only);
  }

  function render() {
    var box = document.getElementById('model-notice');
    if (!box || !info) return;
    var lang = (document.documentElement.lang || 'en').slice(0, 2);
    var words = STRINGS[lang] || STRINGS.en;
    var td = info.training_data || {};
    var what = td.summary || words.unknown;
    box.textContent = '';
    var strong = document.createElement('strong');
    strong.textContent = words.title + ' ';
    var span = document.createElement('span');
    span.textContent = words.body.replace('{what}', what);
    box.appendChild(strong);
    box.appendChild(span);
    box.hidden = false;
  }

  function ensureBox() {
    var box = document.getElementById('model-notice');
    if (box) return box;
    box = document.createElement('div');
    box.id = 'model-notice';
    box.className = 'model-notice';
    box.setAttribute('role', 'note');
    box.hidden = true;
    var main = document.getElementById('main');
    if (main) main.insertBefore(box, main.firstChild);
    return box;
  }

  function start() {
    ensureBox();
    fetch(new URL('v1/model', document.baseURI).href, { headers: { 'Accept': 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (model) {
        if (model && lacksFullData(model)) {
          info = model;
          render();
          document.documentElement.setAttribute('data-model-full', 'false');
        } else if (model) {
          document.documentElement.setAttribute('data-model-full', 'true');
        }
      })
      .catch(function () { /* no notice when the model cannot be read */ });
    new MutationObserver(render).observe(document.documentElement, {
      attributes: true, attributeFilter: ['lang']
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
