/* Waspada: who is behind the ad. Renders the verdict's `entities` (contacts,
 * destinations, pay offered, organisations) under the red flags, from the
 * `waspada:result` event that app.js dispatches after each verdict and on
 * every language switch. Plain DOM, textContent only: entity texts come from
 * the ad and are never treated as markup. */
(function () {
  'use strict';

  var STRINGS = {
    en: {
      heading: 'Who is behind this ad',
      note: 'Contacts, places and pay the ad names. Search for a number or ' +
        'handle before you reply: warnings about scams often name them.',
      contacts: 'Contacts', places: 'Destination', pay: 'Pay offered',
      organizations: 'Organisation',
      per_month: '≈ US$ {n} per month',
      types: {
        phone: 'phone', whatsapp: 'WhatsApp', telegram: 'Telegram', line: 'LINE',
        wechat: 'WeChat', zalo: 'Zalo', instagram: 'Instagram', handle: 'handle',
        email: 'e-mail', url: 'link', short_link: 'short link (hides where it goes)'
      }
    },
    id: {
      heading: 'Siapa di balik iklan ini',
      note: 'Kontak, tempat, dan gaji yang disebut iklan. Cari nomor atau akun ' +
        'ini sebelum membalas: peringatan penipuan sering menyebutkannya.',
      contacts: 'Kontak', places: 'Tujuan', pay: 'Gaji yang ditawarkan',
      organizations: 'Organisasi',
      per_month: '≈ US$ {n} per bulan',
      types: {
        phone: 'telepon', whatsapp: 'WhatsApp', telegram: 'Telegram', line: 'LINE',
        wechat: 'WeChat', zalo: 'Zalo', instagram: 'Instagram', handle: 'akun',
        email: 'e-mail', url: 'tautan', short_link: 'tautan pendek (menyembunyikan tujuannya)'
      }
    }
  };
  var GROUPS = ['contacts', 'places', 'pay', 'organizations'];

  function groupOf(type) {
    if (type === 'destination') return 'places';
    if (type === 'money') return 'pay';
    if (type === 'organization') return 'organizations';
    return 'contacts';
  }

  function describe(entity, words) {
    var label = entity.text;
    if (entity.type === 'money' && entity.normalized) {
      var usd = parseInt(entity.normalized, 10);
      if (!isNaN(usd)) return label + ' (' + words.per_month.replace('{n}', usd.toLocaleString()) + ')';
    }
    if (entity.type === 'destination' && entity.normalized) {
      var place = entity.normalized.split(':');
      return place.length === 2 && place[1] !== label ? label + ' (' + place[1] + ')' : label;
    }
    var kind = words.types[entity.type];
    if (kind) {
      var shown = entity.normalized && entity.normalized !== entity.text ? ' · ' + entity.normalized : '';
      return label + ' (' + kind + shown + ')';
    }
    return label;
  }

  function render(event) {
    var detail = event.detail || {};
    var data = detail.data || {};
    var words = STRINGS[detail.lang] || STRINGS.en;
    var card = document.getElementById('entities-card');
    var list = document.getElementById('entities-list');
    if (!card || !list) return;
    while (list.firstChild) list.removeChild(list.firstChild);
    var entities = Array.isArray(data.entities) ? data.entities : [];
    var grouped = {};
    entities.forEach(function (entity) {
      if (!entity || typeof entity.text !== 'string') return;
      var group = groupOf(entity.type);
      var line = describe(entity, words);
      grouped[group] = grouped[group] || [];
      if (grouped[group].indexOf(line) < 0) grouped[group].push(line);
    });
    var any = false;
    GROUPS.forEach(function (group) {
      if (!grouped[group]) return;
      any = true;
      var term = document.createElement('dt');
      term.textContent = words[group];
      list.appendChild(term);
      grouped[group].forEach(function (line) {
        var value = document.createElement('dd');
        value.textContent = line;
        value.setAttribute('data-group', group);
        list.appendChild(value);
      });
    });
    document.getElementById('entities-heading').textContent = words.heading;
    document.getElementById('entities-note').textContent = words.note;
    card.hidden = !any;
  }

  document.addEventListener('waspada:result', render);
})();
