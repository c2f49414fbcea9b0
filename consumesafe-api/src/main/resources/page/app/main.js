// The page: a check by name or barcode, its answer, settings, the last answers and the offline shell.
import { $, el, clear } from './dom.js';
import { pickLanguage, useLanguage, currentLanguage, t, moment, countryName } from './i18n.js';
import { getJson, checkPath, readSearch, Offline, Problem } from './api.js';
import * as store from './store.js';
import { answerView, verdictHeading, chip } from './answer.js';
import { reportButton } from './report.js';
import { suggestions } from './suggest.js';
import { COUNTRIES } from './countries.js';

let shown = null; // { answer, search, notice } on screen, redrawn when the language changes
let inFlight;
let listsReady = Promise.resolve(); // the lists' titles name the listings of an answer

const chosenLists = () => {
  const chosen = store.settings().lists;
  const known = store.knownLists().map((list) => list.slug);
  return Array.isArray(chosen) && known.length ? chosen.filter((slug) => known.includes(slug)) : [];
};
// every list chosen is the same as no choice: the API then checks all of them, new ones included
const listsParameter = () => {
  const chosen = chosenLists();
  return chosen.length && chosen.length < store.knownLists().length ? chosen : [];
};
const keyOf = (search) => `${search.barcode ? `b:${search.barcode}` : `q:${search.q.toLowerCase()}`}|${listsParameter()}`;
const label = (search) => search.barcode || search.q;
const urlOf = (search) => `/?${new URLSearchParams(search.barcode ? { barcode: search.barcode } : { q: search.q })}`;

function announce(text) {
  $('announce').textContent = text;
}

function countrySelect(id, value) {
  const collator = new Intl.Collator(currentLanguage());
  const select = el('select', { id },
    el('option', { value: '' }, t('countryNone')),
    COUNTRIES.map((code) => [code, countryName(code)]).sort((a, b) => collator.compare(a[1], b[1]))
      .map(([code, name]) => el('option', { value: code, selected: code === value }, name)));
  return select;
}

function countryPrompt() {
  const select = countrySelect('country-inline', '');
  const save = el('button', { type: 'button', class: 'secondary' }, t('save'));
  save.addEventListener('click', () => {
    if (!select.value) return;
    store.saveSettings({ country: select.value });
    redraw();
  });
  return el('div', { class: 'country-prompt' }, el('label', { for: 'country-inline' }, t('countryPrompt')), select,
    save);
}

function context(search) {
  const ctx = {
    search,
    check: (next) => check(next),
    country: () => store.settings().country || '',
    listTitle: (slug) => store.knownLists().find((list) => list.slug === slug)?.title || slug,
    // the shopper's chosen lists first: a report proposes the first one
    lists: () => {
      const chosen = chosenLists();
      return [...store.knownLists()].sort((a, b) => Number(chosen.includes(b.slug)) - Number(chosen.includes(a.slug)));
    },
    askedText: () => label(search),
    countryPrompt,
    reportButton: (target) => reportButton(target, ctx),
  };
  return ctx;
}

function show(answer, search, notice) {
  shown = { answer, search, notice };
  const view = answer ? answerView(answer, context(search), notice()) : el('section', { class: 'answer-card' },
    notice(), el('p', { class: 'asked' }, label(search)));
  clear($('answer')).append(view);
}

function redraw() {
  if (shown) show(shown.answer, shown.search, shown.notice);
  drawRecent();
}

function offlineNotice(saved) {
  return () => el('div', { class: 'notice offline', role: 'alert' },
    el('p', {}, el('strong', {}, t('offline.title')), ' ', t('offline.cannotCheck')),
    saved ? el('p', {}, t('offline.saved', { date: moment(saved.at) })) : el('p', {}, t('offline.nothingSaved')));
}

function problemNotice(error) {
  let key = 'error.server';
  if (error.status === 429) key = 'error.busy';
  else if (error.fields.includes('barcode')) key = 'error.barcode';
  else if (error.fields.includes('q')) key = 'error.query';
  else if (error.fields.includes('lists')) key = 'error.lists';
  return () => el('div', { class: 'notice error', role: 'alert' }, el('p', {}, t(key)));
}

async function check(search, { push = true } = {}) {
  if (!search.q && !search.barcode) return;
  $('q').value = label(search);
  if (push && location.pathname + location.search !== urlOf(search)) history.pushState(null, '', urlOf(search));
  inFlight?.abort();
  inFlight = new AbortController();
  const box = $('answer');
  box.setAttribute('aria-busy', 'true');
  announce(t('checking'));
  try {
    const answer = await getJson(checkPath(search, listsParameter(), store.settings().country), inFlight.signal);
    store.saveAnswer(keyOf(search), search, label(search), answer);
    await listsReady;
    show(answer, search, () => null);
    performance.mark('consumesafe:verdict');
    announce(`${verdictHeading(answer)}: ${answer.readAs || label(search)}`);
  } catch (error) {
    if (error.name === 'AbortError') return;
    if (error instanceof Offline) {
      const saved = store.savedAnswer(keyOf(search));
      show(saved?.response, search, offlineNotice(saved));
      announce(t('offline.cannotCheck'));
    } else {
      show(null, search, problemNotice(error instanceof Problem ? error : new Problem(0)));
      announce(t('error.title'));
    }
  } finally {
    box.removeAttribute('aria-busy');
    drawRecent();
  }
}

function drawRecent() {
  const answers = store.answers();
  $('recent').hidden = !answers.length;
  clear($('recent-list')).append(...answers.map((saved) => {
    const link = el('a', { href: urlOf(saved.search) }, label(saved.search));
    link.addEventListener('click', (event) => {
      event.preventDefault();
      check(saved.search);
    });
    return el('li', {}, link, ' ', chip(saved.response.verdict, verdictHeading(saved.response)), ' ',
      el('span', { class: 'hint' }, t('checkedOn', { date: moment(saved.at) })));
  }));
}

function fromUrl() {
  const params = new URLSearchParams(location.search);
  if (params.get('barcode')) return { barcode: params.get('barcode') };
  if (params.get('q')) return { q: params.get('q') };
  return null;
}

async function refreshLists() {
  try {
    store.saveLists(await getJson('/api/v1/lists'));
  } catch {
    // offline: the lists kept from the last visit still name the listings
  }
}

function openSettings() {
  const chosen = chosenLists();
  const all = store.knownLists();
  clear($('lists-choices')).append(...all.map((list, index) => el('div', { class: 'choice' },
    el('input', { type: 'checkbox', id: `list-${index}`, value: list.slug, checked: !chosen.length
      || chosen.includes(list.slug) }),
    el('label', { for: `list-${index}` }, list.title))));
  if (!all.length) $('lists-choices').append(el('p', {}, t('listsUnavailable')));
  $('lists-error').hidden = true;
  $('country').replaceWith(countrySelect('country', store.settings().country || ''));
  $('settings').showModal();
}

function wireSettings() {
  $('open-settings').addEventListener('click', async () => {
    await refreshLists();
    openSettings();
  });
  $('settings-form').addEventListener('submit', (event) => {
    if (event.submitter?.value !== 'save') return;
    const boxes = [...$('lists-choices').querySelectorAll('input[type=checkbox]')];
    const ticked = boxes.filter((box) => box.checked).map((box) => box.value);
    if (boxes.length && !ticked.length) {
      event.preventDefault();
      $('lists-error').hidden = false;
      return;
    }
    store.saveSettings({ lists: boxes.length ? ticked : undefined, country: $('country').value || undefined });
    if (shown) check(shown.search, { push: false });
  });
  $('settings').addEventListener('close', () => $('open-settings').focus());
}

async function start() {
  await useLanguage(pickLanguage(store.settings().language, navigator.languages));
  $('language').value = currentLanguage();
  $('language').addEventListener('change', async () => {
    store.saveSettings({ language: $('language').value });
    await useLanguage($('language').value);
    redraw();
  });
  const input = $('q');
  suggestions(input, $('suggestions'), (name) => check({ q: name }));
  $('check-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const search = readSearch(input.value);
    if (search.q || search.barcode) check(search);
    else input.focus();
  });
  $('scan').addEventListener('click', async () => {
    const { openScanner, wireScannerTools } = await import('./scanner.js');
    if (!$('scan').dataset.wired) {
      wireScannerTools();
      $('scan').dataset.wired = 'yes';
    }
    openScanner((code) => check({ barcode: code }));
  });
  wireSettings();
  window.addEventListener('popstate', () => {
    const search = fromUrl();
    if (search) check(search, { push: false });
    else {
      shown = null;
      clear($('answer'));
    }
  });
  listsReady = refreshLists();
  const search = fromUrl();
  if (search) check(search, { push: false });
  drawRecent();
  document.documentElement.dataset.ready = 'true';
  if ('serviceWorker' in navigator) navigator.serviceWorker.register('/sw.js').catch(() => {});
}

start();
