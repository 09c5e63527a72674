/* Waspada: what the text is. Shows the verdict's `document_type` (job ad,
 * warning or news, other scam or promotion, other) and, when the model read
 * the text as something other than a job ad, the NOT_A_JOB_AD notice that
 * explains why the risk is low although red flags are listed, or any other
 * notice (RED_FLAG_PATTERN) with the server's message. Listens to the
 * `waspada:result` event app.js dispatches after each verdict and on every
 * language switch. textContent only. */
(function () {
  'use strict';

  var STRINGS = {
    en: {
      line: 'This text reads as: {type} ({p}% sure).',
      types: {
        job_ad: 'a job ad',
        warning_or_news: 'a warning or news report',
        other_scam_or_promo: 'a prize, loan, gambling or investment promotion',
        other: 'something other than a job ad (a listing, notice, message or link)'
      },
      notices: {
        warning_or_news: 'This reads as a warning or news report, not a job offer. ' +
          'The red flags it names are listed below, but the risk is low.',
        other_scam_or_promo: 'This reads as a prize, loan, gambling or investment ' +
          'promotion, not a job offer. It may still be a scam of another kind.',
        other: 'This does not read as a job offer, so the risk is low. The red ' +
          'flags below, if any, are listed for information.'
      }
    },
    id: {
      line: 'Teks ini tampak sebagai: {type} ({p}% yakin).',
      types: {
        job_ad: 'lowongan kerja',
        warning_or_news: 'peringatan atau berita',
        other_scam_or_promo: 'promosi hadiah, pinjaman, judi atau investasi',
        other: 'bukan lowongan kerja (iklan jual-beli, pengumuman, pesan atau tautan)'
      },
      notices: {
        warning_or_news: 'Teks ini tampak seperti peringatan atau berita, bukan ' +
          'lowongan kerja. Tanda bahaya yang disebut tetap ditampilkan, tetapi risikonya rendah.',
        other_scam_or_promo: 'Teks ini tampak seperti promosi hadiah, pinjaman, judi ' +
          'atau investasi, bukan lowongan kerja. Bisa saja tetap penipuan jenis lain.',
        other: 'Teks ini tidak tampak seperti lowongan kerja, jadi risikonya rendah. ' +
          'Tanda bahaya di bawah (jika ada) hanya sebagai informasi.'
      }
    }
  };

  function render(event) {
    var detail = event.detail || {};
    var data = detail.data || {};
    var words = STRINGS[detail.lang] || STRINGS.en;
    var box = document.getElementById('doctype-box');
    var line = document.getElementById('doctype-line');
    var notice = document.getElementById('doctype-notice');
    if (!box || !line || !notice) return;
    var type = data.document_type;
    if (typeof type !== 'string' || !words.types[type]) {
      box.hidden = true;
      return;
    }
    var p = typeof data.document_type_probability === 'number'
      ? Math.round(data.document_type_probability * 100) : null;
    line.textContent = words.line.replace('{type}', words.types[type])
      .replace(' ({p}% sure)', p === null ? '' : ' ({p}% sure)')
      .replace(' ({p}% yakin)', p === null ? '' : ' ({p}% yakin)')
      .replace('{p}', String(p));
    var notices = Array.isArray(data.notices) ? data.notices : [];
    var notAnAd = notices.some(function (n) { return n && n.code === 'NOT_A_JOB_AD'; });
    // Other notices (RED_FLAG_PATTERN: a rule that raised the risk on its
    // own) come with the server's message, in the language asked for.
    var others = notices.filter(function (n) {
      return n && n.code !== 'NOT_A_JOB_AD' && typeof n.message === 'string';
    });
    notice.textContent = notAnAd ? (words.notices[type] || '')
      : others.map(function (n) { return n.message; }).join(' ');
    notice.hidden = !notice.textContent;
    box.setAttribute('data-notice', notAnAd ? 'NOT_A_JOB_AD'
      : (others.length ? others[0].code : ''));
    box.setAttribute('data-type', type);
    box.setAttribute('data-not-an-ad', notAnAd ? 'true' : 'false');
    box.hidden = false;
  }

  document.addEventListener('waspada:result', render);
})();
