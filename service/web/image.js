/* Waspada: ads posted as pictures. A person chooses a file, drops one on the
 * page, or pastes a screenshot; the picture goes to POST /v1/score/image, the
 * verdict is shown by app.js (window.WaspadaPage.showResult) and this script
 * draws the picture with the flagged words boxed, from the verdict's `boxes`.
 * The text read from the picture goes into the text box, so a person can
 * correct it and check it again as text. Plain DOM, textContent only. */
(function () {
  'use strict';

  var IMAGE_URL = '/v1/score/image';
  var TYPES = ['image/png', 'image/jpeg', 'image/webp'];
  var MAX_BYTES = 10 * 1024 * 1024;

  var STRINGS = {
    en: {
      drop_title: 'Or check a picture of the ad',
      drop_hint: 'A flyer or a screenshot (PNG, JPEG or WebP): choose a file, drop it here, or paste it with Ctrl+V.',
      choose: 'Choose a picture',
      reading: 'Reading the picture… (a few seconds)',
      read_done: 'Text read from the picture: it is in the box above, correct it and check again if needed.',
      picture_heading: 'The picture, with the warning signs boxed',
      picture_hint: 'Red boxes: red flags. Amber boxes: words the model weighed most.',
      picture_alt: 'The picture you checked',
      boxes_count: '{n} marked area(s)',
      err_type: 'This file is not a PNG, JPEG or WebP picture.',
      err_big: 'The picture is too large. Send a smaller or more compressed one.',
      err_damaged: 'The picture is damaged or incomplete. Save it again and retry.',
      err_no_text: 'No text could be read from this picture. Try a sharper picture, or paste the text.',
      err_other: 'The picture could not be checked.',
      err_network: 'Could not reach the Waspada service.'
    },
    id: {
      drop_title: 'Atau periksa gambar iklannya',
      drop_hint: 'Brosur atau tangkapan layar (PNG, JPEG, atau WebP): pilih berkas, seret ke sini, atau tempel dengan Ctrl+V.',
      choose: 'Pilih gambar',
      reading: 'Membaca gambar… (beberapa detik)',
      read_done: 'Teks dari gambar ada di kotak di atas: perbaiki dan periksa lagi bila perlu.',
      picture_heading: 'Gambar, dengan tanda bahaya diberi kotak',
      picture_hint: 'Kotak merah: tanda bahaya. Kotak kuning: kata yang paling ditimbang model.',
      picture_alt: 'Gambar yang Anda periksa',
      boxes_count: '{n} area ditandai',
      err_type: 'Berkas ini bukan gambar PNG, JPEG, atau WebP.',
      err_big: 'Gambar terlalu besar. Kirim gambar yang lebih kecil.',
      err_damaged: 'Gambar rusak atau tidak lengkap. Simpan ulang lalu coba lagi.',
      err_no_text: 'Tidak ada teks yang terbaca dari gambar ini. Coba gambar yang lebih tajam, atau tempel teksnya.',
      err_other: 'Gambar tidak dapat diperiksa.',
      err_network: 'Tidak dapat terhubung ke layanan Waspada.'
    }
  };

  var state = { file: null, dataUrl: null, busy: false, shown: false, lang: null };

  function $(id) { return document.getElementById(id); }
  function lang() {
    var page = window.WaspadaPage;
    var l = page && page.lang ? page.lang() : document.documentElement.lang;
    return STRINGS[l] ? l : 'en';
  }
  function t(key, vars) {
    var s = STRINGS[lang()][key] || STRINGS.en[key] || key;
    if (vars) Object.keys(vars).forEach(function (k) { s = s.replace('{' + k + '}', vars[k]); });
    return s;
  }
  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text) node.textContent = text;
    return node;
  }

  // ------------------------------------------------------------- the parts
  function build() {
    var zone = el('div', { id: 'image-drop', 'class': 'image-drop', tabindex: '-1' });
    zone.appendChild(el('p', { id: 'image-drop-title', 'class': 'label' }));
    zone.appendChild(el('p', { id: 'image-drop-hint', 'class': 'hint' }));
    var input = el('input', {
      id: 'image-file', type: 'file', accept: TYPES.join(','), 'class': 'visually-hidden',
      'aria-labelledby': 'image-drop-title'
    });
    var button = el('button', { type: 'button', id: 'image-btn', 'class': 'btn' });
    zone.appendChild(input);
    zone.appendChild(button);
    zone.appendChild(el('p', { id: 'image-status', 'class': 'status', role: 'status', 'aria-live': 'polite' }));
    zone.appendChild(el('div', { id: 'image-error', 'class': 'error-box', role: 'alert', hidden: '' }));
    var actions = document.querySelector('#ad-form .actions');
    actions.parentNode.insertBefore(zone, actions);

    var card = el('section', { id: 'picture-card', 'class': 'card picture-card', 'aria-labelledby': 'picture-heading', hidden: '' });
    card.appendChild(el('h3', { id: 'picture-heading' }));
    card.appendChild(el('p', { id: 'picture-hint', 'class': 'hint' }));
    var frame = el('div', { id: 'picture-frame', 'class': 'picture-frame' });
    frame.appendChild(el('img', { id: 'picture-img', alt: '' }));
    card.appendChild(frame);
    card.appendChild(el('p', { id: 'picture-count', 'class': 'muted small' }));
    var adView = $('ad-view').closest('section');
    adView.parentNode.insertBefore(card, adView);

    button.addEventListener('click', function () { input.click(); });
    input.addEventListener('change', function () {
      if (input.files && input.files[0]) send(input.files[0]);
      input.value = '';
    });
    ['dragenter', 'dragover'].forEach(function (name) {
      document.addEventListener(name, function (e) {
        if (!hasFiles(e)) return;
        e.preventDefault();
        zone.classList.add('dragging');
      });
    });
    document.addEventListener('dragleave', function (e) {
      if (e.target === document.documentElement || e.target === zone) zone.classList.remove('dragging');
    });
    document.addEventListener('drop', function (e) {
      if (!hasFiles(e)) return;
      e.preventDefault();  // never let the browser navigate to the file
      zone.classList.remove('dragging');
      var file = e.dataTransfer.files[0];
      if (file) send(file);
    });
    document.addEventListener('paste', function (e) {
      var items = (e.clipboardData && e.clipboardData.items) || [];
      for (var i = 0; i < items.length; i++) {
        if (items[i].kind === 'file' && items[i].type.indexOf('image/') === 0) {
          var file = items[i].getAsFile();
          if (file) {
            e.preventDefault();
            send(file);
            return;
          }
        }
      }
    });
    Array.prototype.forEach.call(document.querySelectorAll('.lang-btn'), function (btn) {
      btn.addEventListener('click', function () {
        texts();
        // Flag messages come in the asked language: ask again for the picture.
        if (state.shown && state.file && state.lang !== lang()) send(state.file, true);
      });
    });
    $('clear-btn').addEventListener('click', function () {
      state.file = null;
      state.shown = false;
      $('picture-card').hidden = true;
      clearError();
      $('image-status').textContent = '';
    });
    document.addEventListener('waspada:result', draw);
    texts();
  }

  function hasFiles(e) {
    var types = e.dataTransfer && e.dataTransfer.types;
    return !!types && Array.prototype.indexOf.call(types, 'Files') >= 0;
  }

  function texts() {
    $('image-drop-title').textContent = t('drop_title');
    $('image-drop-hint').textContent = t('drop_hint');
    $('image-btn').textContent = t('choose');
    $('picture-heading').textContent = t('picture_heading');
    $('picture-hint').textContent = t('picture_hint');
    $('picture-img').setAttribute('alt', t('picture_alt'));
  }

  function clearError() {
    var box = $('image-error');
    box.hidden = true;
    box.textContent = '';
  }

  function showError(key, code) {
    var box = $('image-error');
    box.textContent = t(key) + (code ? ' (' + code + ')' : '');
    box.hidden = false;
    $('image-status').textContent = '';
  }

  function errorKey(code, status) {
    if (code === 'IMAGE_UNSUPPORTED_TYPE' || code === 'UNSUPPORTED_MEDIA_TYPE') return 'err_type';
    if (code === 'IMAGE_NO_TEXT') return 'err_no_text';
    if (code === 'IMAGE_TRUNCATED' || code === 'IMAGE_INVALID' || code === 'IMAGE_EMPTY') return 'err_damaged';
    if (status === 413) return 'err_big';
    return 'err_other';
  }

  // --------------------------------------------------------------- sending
  function send(file, quiet) {
    clearError();
    if (TYPES.indexOf(file.type) < 0 && file.type) {
      showError('err_type', file.type);
      return;
    }
    if (file.size > MAX_BYTES) {
      showError('err_big');
      return;
    }
    if (state.busy) return;
    state.busy = true;
    $('image-status').textContent = t('reading');
    $('image-btn').disabled = true;
    var asked = lang();
    var form = new FormData();
    form.append('file', file, file.name || 'picture');
    form.append('lang', asked);
    var reading = new Promise(function (resolve) {
      var reader = new FileReader();
      reader.onload = function () { resolve(reader.result); };
      reader.onerror = function () { resolve(null); };
      reader.readAsDataURL(file);  // data: URLs are what the page's CSP allows
    });
    fetch(IMAGE_URL, { method: 'POST', body: form, headers: { 'Accept': 'application/json' } })
      .then(function (resp) {
        return resp.text().then(function (raw) {
          var data = null;
          try { data = raw ? JSON.parse(raw) : null; } catch (e) { data = null; }
          if (!resp.ok || !data || typeof data.score !== 'number') {
            var code = data && data.error && data.error.code;
            showError(errorKey(code, resp.status), code || 'HTTP ' + resp.status);
            return;
          }
          return reading.then(function (url) {
            state.file = file;
            state.dataUrl = url;
            state.lang = asked;
            state.shown = true;
            if (!quiet && typeof data.ocr_text === 'string') $('ad-text').value = data.ocr_text;
            $('image-status').textContent = t('read_done');
            window.WaspadaPage.showResult(data, { quiet: !!quiet });
          });
        });
      })
      .catch(function () { showError('err_network'); })
      .then(function () {
        state.busy = false;
        $('image-btn').disabled = false;
      });
  }

  // --------------------------------------------------------------- drawing
  function draw(e) {
    var detail = e.detail || {};
    var data = detail.data || {};
    var card = $('picture-card');
    if (!data.image || !state.dataUrl) {
      // A verdict on text: the picture (if any) no longer matches it.
      card.hidden = true;
      state.shown = false;
      return;
    }
    var frame = $('picture-frame');
    Array.prototype.slice.call(frame.querySelectorAll('.img-box')).forEach(function (n) { n.remove(); });
    $('picture-img').src = state.dataUrl;
    var w = data.image.width, h = data.image.height, count = 0;
    function add(boxes, kind, label) {
      (boxes || []).forEach(function (b) {
        var box = el('span', { 'class': 'img-box ' + kind, title: label, role: 'img', 'aria-label': label });
        box.style.left = (100 * b.x / w) + '%';
        box.style.top = (100 * b.y / h) + '%';
        box.style.width = (100 * b.width / w) + '%';
        box.style.height = (100 * b.height / h) + '%';
        frame.appendChild(box);
        count++;
      });
    }
    (data.flags || []).forEach(function (flag) {
      (flag.evidence || []).forEach(function (ev) {
        add(ev.boxes, 'flag', (flag.title || flag.rule_id) + ': ' + ev.text);
      });
    });
    var showModel = $('show-model') && $('show-model').checked;
    if (showModel) {
      (data.highlights || []).forEach(function (hl) {
        if (hl.weight > 0) add(hl.boxes, 'model', hl.text);
      });
    }
    $('picture-count').textContent = t('boxes_count', { n: count });
    card.hidden = false;
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', build);
  } else {
    build();
  }
}());
