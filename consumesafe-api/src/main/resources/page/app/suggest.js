// Suggestions as the shopper types (/api/v1/search), as an ARIA combobox: arrows move, Enter picks, Escape closes.
import { el, clear } from './dom.js';
import { t } from './i18n.js';
import { getJson } from './api.js';

const DELAY = 150;

export function suggestions(input, list, pick) {
  let timer;
  let pending;
  let active = -1;

  const options = () => [...list.querySelectorAll('[role=option]')];
  const close = () => {
    clear(list).hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const highlight = (index) => {
    const all = options();
    active = (index + all.length) % all.length;
    all.forEach((option, i) => option.setAttribute('aria-selected', String(i === active)));
    input.setAttribute('aria-activedescendant', all[active].id);
    all[active].scrollIntoView({ block: 'nearest' });
  };
  const show = (results) => {
    clear(list);
    results.forEach((result, index) => {
      const option = el('li', { id: `suggestion-${index}`, role: 'option', 'aria-selected': 'false' },
        el('span', {}, result.name), ' ', el('span', { class: 'kind' }, t(`kind.${result.kind}`)));
      option.addEventListener('mousedown', (event) => event.preventDefault());
      option.addEventListener('click', () => {
        close();
        pick(result.name);
      });
      list.append(option);
    });
    list.hidden = !results.length;
    input.setAttribute('aria-expanded', String(results.length > 0));
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    pending?.abort();
    const typed = input.value.trim();
    if (typed.replace(/[^\p{L}\p{N}]/gu, '').length < 2 || /^\d+$/.test(typed)) {
      close();
      return;
    }
    timer = setTimeout(async () => {
      pending = new AbortController();
      try {
        const answer = await getJson(`/api/v1/search?${new URLSearchParams({ q: typed, limit: 8 })}`, pending.signal);
        if (input.value.trim() === typed) show(answer.results);
      } catch {
        close(); // offline or refused: typing and checking still work
      }
    }, DELAY);
  });
  input.addEventListener('keydown', (event) => {
    if (list.hidden) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      highlight(active + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      const name = options()[active].firstChild.textContent;
      close();
      pick(name);
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
  return { close };
}
