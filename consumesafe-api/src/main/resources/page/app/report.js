// "Report a mistake or a missing product" from the answer itself: POST /api/v1/reports, prefilled from what the
// shopper is looking at, with a proposal a curator can apply when a target is known.
import { el } from './dom.js';
import { t } from './i18n.js';
import { postJson, Offline, Problem } from './api.js';

let forms = 0;

function field(id, label, control) {
  return el('div', { class: 'field' }, el('label', { for: id }, label), control);
}

function select(id, options, value) {
  return el('select', { id }, options.map(([optionValue, text]) =>
    el('option', { value: optionValue, selected: optionValue === value }, text)));
}

function proposalFor(kind, values, target) {
  if (!target) return undefined;
  if (kind === 'MISSING_ENTRY' && values.list) {
    return { list: values.list, severity: values.severity, reason: values.text };
  }
  if (kind === 'SUGGESTED_ALTERNATIVE' && values.brand) {
    return { brand: values.brand, name: values.name || undefined, origin: values.origin || undefined,
      note: values.text };
  }
  return undefined;
}

export function reportForm(target, context) {
  const n = ++forms;
  const id = (name) => `report-${n}-${name}`;
  const kinds = target
    ? [['CORRECTION', t('report.kind.CORRECTION')], ['MISSING_ENTRY', t('report.kind.MISSING_ENTRY')],
      ['SUGGESTED_ALTERNATIVE', t('report.kind.SUGGESTED_ALTERNATIVE')]]
    : [['MISSING_ENTRY', t('report.kind.MISSING_PRODUCT')]];
  const lists = context.lists();
  const about = target ? t('report.about', { name: target.name, asked: context.askedText() })
    : t('report.missing', { asked: context.askedText() });
  const kind = select(id('kind'), kinds, kinds[0][0]);
  const list = select(id('list'), lists.map((entry) => [entry.slug, entry.title]), lists[0]?.slug);
  const severity = select(id('severity'), ['HIGH', 'MEDIUM', 'LOW'].map((value) => [value, t(`severity.${value}`)]),
    'MEDIUM');
  const brand = el('input', { id: id('brand'), maxlength: 200 });
  const name = el('input', { id: id('name'), maxlength: 200 });
  const origin = el('input', { id: id('origin'), maxlength: 2, value: context.country() || '', autocomplete: 'off',
    'aria-describedby': id('origin-hint') });
  const text = el('textarea', { id: id('text'), rows: 4, maxlength: 4000, required: true });
  text.value = `${about}\n`;
  const contact = el('input', { id: id('contact'), maxlength: 200, autocomplete: 'email' });
  const listingFields = el('div', { class: 'group' }, field(id('list'), t('report.list'), list),
    field(id('severity'), t('report.severity'), severity));
  const alternativeFields = el('div', { class: 'group' }, field(id('brand'), t('report.brand'), brand),
    field(id('name'), t('report.product'), name),
    field(id('origin'), t('report.origin'), origin), el('p', { id: id('origin-hint'), class: 'hint' },
      t('report.originHint')));
  const result = el('p', { class: 'report-result', role: 'status' });
  const submit = el('button', { type: 'submit', class: 'primary' }, t('report.send'));

  const showFields = () => {
    listingFields.hidden = !(target && kind.value === 'MISSING_ENTRY' && lists.length);
    alternativeFields.hidden = !(target && kind.value === 'SUGGESTED_ALTERNATIVE');
  };
  kind.addEventListener('change', showFields);
  showFields();

  const form = el('form', { class: 'report', 'aria-labelledby': id('title'), novalidate: true },
    el('h4', { id: id('title') }, target ? t('report.title') : t('report.titleMissing')),
    field(id('kind'), t('report.kind'), kind), listingFields, alternativeFields,
    field(id('text'), t('report.text'), text),
    field(id('contact'), t('report.contact'), contact),
    el('div', { class: 'actions' }, submit), result);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!text.value.trim()) {
      result.textContent = t('report.needText');
      text.focus();
      return;
    }
    const values = { list: list.value, severity: severity.value, brand: brand.value.trim(), name: name.value.trim(),
      origin: origin.value.trim().toUpperCase(), text: text.value.trim() };
    const body = { kind: kind.value, text: values.text, contact: contact.value.trim() || undefined,
      target: target ? { kind: target.kind, id: target.id } : undefined,
      proposal: proposalFor(kind.value, values, target) };
    submit.disabled = true;
    result.textContent = t('report.sending');
    try {
      const received = await postJson('/api/v1/reports', body);
      form.dataset.reportId = received.id;
      result.replaceChildren(t('report.received', { status: t(`report.status.${received.status}`) }), ' ',
        el('a', { href: `/api/v1/reports/${encodeURIComponent(received.id)}` }, t('report.reference',
          { id: received.id.slice(0, 8) })));
    } catch (error) {
      submit.disabled = false;
      if (error instanceof Offline) result.textContent = t('report.offline');
      else if (error instanceof Problem && error.status === 429) result.textContent = t('error.busy');
      else if (error instanceof Problem && error.fields.length) {
        result.textContent = t('report.fixField', { field: error.fields.join(', '), detail: error.message });
      } else result.textContent = t('error.server');
    }
  });
  return form;
}

// A button that opens the form under itself, and closes it again.
export function reportButton(target, context) {
  const wrapper = el('div', { class: 'report-box' });
  const button = el('button', { type: 'button', class: 'secondary', 'aria-expanded': 'false' },
    target ? t('report.open') : t('report.openMissing'));
  button.addEventListener('click', () => {
    const open = button.getAttribute('aria-expanded') === 'true';
    button.setAttribute('aria-expanded', String(!open));
    if (open) {
      wrapper.querySelector('form')?.remove();
    } else {
      const form = reportForm(target, context);
      wrapper.append(form);
      form.querySelector('select, textarea')?.focus();
    }
  });
  wrapper.append(button);
  return wrapper;
}
