// Draws an answer of /api/v1/check. Every verdict shows colour, an icon and words; UNKNOWN is never drawn as clean.
import { el, webAddress } from './dom.js';
import { t, plural, day, countryName } from './i18n.js';

const ICONS = { LISTED: '✕', NOT_LISTED: '✓', UNKNOWN: '?' };
const CLASSES = { LISTED: 'listed', NOT_LISTED: 'clean', UNKNOWN: 'unknown' };

export function verdictHeading(answer) {
  if (answer.verdict !== 'UNKNOWN') return t(`verdict.${answer.verdict}`);
  return t(`unknown.${answer.unknownReason || 'NOT_IN_CATALOG'}`);
}

function verdictDetail(answer) {
  if (answer.verdict !== 'UNKNOWN') return t(`verdict.${answer.verdict}.detail`);
  return t(`unknown.${answer.unknownReason || 'NOT_IN_CATALOG'}.detail`);
}

export function chip(verdict, words) {
  return el('span', { class: `chip ${CLASSES[verdict] || 'unknown'}` },
    el('span', { class: 'chip-icon', 'aria-hidden': 'true' }, ICONS[verdict] || '?'),
    words || t(verdict === 'UNKNOWN' ? 'chip.UNKNOWN' : `verdict.${verdict}`));
}

const kind = (value) => t(`kind.${value}`);
const sameStep = (a, b) => a && b && a.kind === b.kind && a.id === b.id;

function ownership(match) {
  const listed = (step) => match.listings.some((listing) => sameStep(listing.on, step));
  return el('ol', { class: 'path' }, match.path.map((step) => el('li', { class: listed(step) ? 'step listed' : 'step' },
    el('span', { class: 'step-kind' }, kind(step.kind)), ' ',
    el('bdi', { class: 'step-name' }, step.name),
    listed(step) && ' ', listed(step) && el('span', { class: 'mark' }, el('span', { 'aria-hidden': 'true' }, '✕ '), t('listedHere')))));
}

function listing(entry, context) {
  const sources = entry.sources.map((source) => {
    const href = webAddress(source);
    return el('li', {}, href ? el('a', { href, rel: 'noopener noreferrer', target: '_blank' }, source) : source);
  });
  return el('li', { class: `listing severity-${entry.severity.toLowerCase()}` },
    el('p', { class: 'listing-head' },
      el('strong', {}, el('bdi', {}, context.listTitle(entry.list))), ' · ',
      el('span', { class: 'severity' }, t('severity'), ' ', t(`severity.${entry.severity}`))),
    el('p', { class: 'reason', dir: 'auto' }, entry.reason),
    el('p', { class: 'meta' }, t('on', { name: entry.on.name || kind(entry.on.kind) }),
      entry.since ? ` · ${t('since', { date: day(entry.since) })}` : ''),
    sources.length ? el('div', { class: 'sources' }, el('span', {}, t('sources')), el('ul', {}, sources)) : null);
}

function alternatives(match, context) {
  const country = context.country();
  const offered = [...match.alternatives]
    .sort((a, b) => Number(b.origin === country && !!country) - Number(a.origin === country && !!country));
  const rejected = match.rejectedAlternatives || [];
  if (!offered.length && !rejected.length) return null;
  return el('section', { class: 'alternatives' },
    el('h4', {}, t('alternatives')),
    offered.length ? el('ul', {}, offered.map((alternative) => el('li', {},
      el('button', { type: 'button', class: 'link', onclick: () => context.check({ q: alternative.name }) },
        el('bdi', {}, alternative.name)),
      alternative.brand && alternative.brand !== alternative.name ? ` (${alternative.brand})` : '',
      alternative.origin ? el('span', { class: alternative.origin === country ? 'origin local' : 'origin' },
        alternative.origin === country ? t('fromYourCountry', { country: countryName(country) })
          : t('from', { country: countryName(alternative.origin) })) : null,
      alternative.note ? el('p', { class: 'note', dir: 'auto' }, alternative.note) : null))) : el('p', {}, t('noAlternative')),
    !country && offered.some((alternative) => alternative.origin) ? context.countryPrompt() : null,
    rejected.length ? el('div', { class: 'rejected' },
      el('h5', {}, t('rejected')),
      el('ul', {}, rejected.map((entry) => el('li', { dir: 'auto' }, entry.name ? el('strong', {}, entry.name, ': ') : null,
        entry.why)))) : null);
}

function matchCard(match, context, index) {
  const titleId = `match-${index}`;
  return el('article', { class: 'match', 'aria-labelledby': titleId },
    el('h3', { id: titleId }, el('bdi', {}, match.name), ' ', el('span', { class: 'kind' }, kind(match.kind)), ' ', chip(match.verdict)),
    el('h4', {}, t('ownership')),
    ownership(match),
    el('h4', {}, t('why')),
    match.listings.length
      ? [el('p', {}, plural('listingCount', match.listings.length)),
        el('ul', { class: 'listings' }, match.listings.map((entry) => listing(entry, context)))]
      : el('p', {}, t('noListing')),
    alternatives(match, context),
    context.reportButton({ kind: match.kind, id: match.id, name: match.name }, match));
}

function didYouMean(answer, context) {
  const entries = answer.didYouMean || [];
  if (!entries.length) return null;
  return el('section', { class: 'did-you-mean', 'aria-labelledby': 'did-you-mean-title' },
    el('h3', { id: 'did-you-mean-title' }, t('didYouMean')),
    el('p', { class: 'hint' }, t('didYouMeanHint')),
    el('ul', {}, entries.map((entry) => el('li', {},
      el('button', { type: 'button', class: 'link', onclick: () => context.check({ q: entry.name }) }, el('bdi', {}, entry.name)),
      ' ', el('span', { class: 'kind' }, kind(entry.kind)), ' ', chip(entry.verdict)))));
}

// The whole answer; `notice` is an element shown above it (offline, saved on a date).
export function answerView(answer, context, notice) {
  const verdictClass = CLASSES[answer.verdict] || 'unknown';
  const asked = context.search.barcode ? t('askedBarcode', { code: context.search.barcode })
    : t('askedName', { name: context.search.q });
  return el('section', { class: 'answer-card', 'aria-labelledby': 'verdict-title', 'data-verdict': answer.verdict },
    notice,
    el('p', { class: 'asked' }, asked),
    answer.corrected && answer.readAs ? el('p', { class: 'corrected' }, t('readAs', { name: answer.readAs })) : null,
    el('div', { class: `verdict ${verdictClass}` },
      el('span', { class: 'verdict-icon', 'aria-hidden': 'true' }, ICONS[answer.verdict] || '?'),
      el('div', {}, el('h2', { id: 'verdict-title' }, verdictHeading(answer)),
        el('p', {}, verdictDetail(answer)))),
    answer.matches.map((match, index) => matchCard(match, context, index)),
    didYouMean(answer, context),
    answer.matches.length ? null : context.reportButton(null, null));
}
