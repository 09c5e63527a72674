/* Waspada: "Was this right?" under a verdict. When the server keeps cases the
 * verdict carries a `case_id`; the two buttons send POST /v1/feedback with it.
 * Listens to the `waspada:result` event app.js dispatches after each verdict
 * and on every language switch (a switch keeps the answer already given). */
(function () {
  'use strict';

  var STRINGS = {
    en: {
      heading: 'Was this right?',
      note: 'Your answer helps people who review checked ads improve Waspada. ' +
        'Only the answer is sent.',
      yes: 'Yes, the result is right', no: 'No, the result is wrong',
      sending: 'Sending…', thanks: 'Thank you: your answer was recorded.',
      failed: 'Your answer could not be sent ({reason}). Try again later.'
    },
    id: {
      heading: 'Apakah hasil ini benar?',
      note: 'Jawaban Anda membantu peninjau iklan memperbaiki Waspada. ' +
        'Hanya jawaban Anda yang dikirim.',
      yes: 'Ya, hasilnya benar', no: 'Tidak, hasilnya salah',
      sending: 'Mengirim…', thanks: 'Terima kasih: jawaban Anda sudah dicatat.',
      failed: 'Jawaban Anda tidak terkirim ({reason}). Coba lagi nanti.'
    }
  };

  var state = { caseId: null, lang: 'en', status: null, reason: '' };

  function $(id) { return document.getElementById(id); }

  function paint() {
    var words = STRINGS[state.lang] || STRINGS.en;
    var card = $('feedback-card');
    if (!card) return;
    card.hidden = !state.caseId;
    $('feedback-heading').textContent = words.heading;
    $('feedback-note').textContent = words.note;
    $('feedback-yes').textContent = words.yes;
    $('feedback-no').textContent = words.no;
    var done = state.status === 'sent' || state.status === 'sending';
    $('feedback-yes').disabled = done;
    $('feedback-no').disabled = done;
    var text = '';
    if (state.status === 'sending') text = words.sending;
    else if (state.status === 'sent') text = words.thanks;
    else if (state.status === 'failed') text = words.failed.replace('{reason}', state.reason);
    $('feedback-status').textContent = text;
    card.setAttribute('data-state', state.status || 'open');
  }

  function send(correct) {
    var caseId = state.caseId;
    if (!caseId || state.status === 'sending' || state.status === 'sent') return;
    state.status = 'sending';
    paint();
    fetch('/v1/feedback', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: JSON.stringify({ case_id: caseId, correct: correct, channel: 'web' })
    }).then(function (resp) {
      if (state.caseId !== caseId) return;
      if (resp.ok) {
        state.status = 'sent';
      } else {
        state.status = 'failed';
        state.reason = String(resp.status);
        return resp.json().then(function (body) {
          if (body && body.error && typeof body.error.code === 'string') state.reason = body.error.code;
        }).catch(function () {});
      }
    }).catch(function () {
      if (state.caseId !== caseId) return;
      state.status = 'failed';
      state.reason = 'network';
    }).then(function () {
      if (state.caseId === caseId) paint();
    });
  }

  document.addEventListener('waspada:result', function (event) {
    var detail = event.detail || {};
    var data = detail.data || {};
    var caseId = typeof data.case_id === 'string' ? data.case_id : null;
    if (caseId !== state.caseId) {
      state.caseId = caseId;
      state.status = null;
      state.reason = '';
    }
    state.lang = detail.lang === 'id' ? 'id' : 'en';
    paint();
  });

  document.addEventListener('DOMContentLoaded', function () {
    var yes = $('feedback-yes');
    var no = $('feedback-no');
    if (yes) yes.addEventListener('click', function () { send(true); });
    if (no) no.addEventListener('click', function () { send(false); });
  });
})();
