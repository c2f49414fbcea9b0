// The public API, as any client calls it; the page has no endpoint of its own.
export class Offline extends Error {}

export class Problem extends Error {
  constructor(status, body) {
    super(body?.detail || `HTTP ${status}`);
    this.status = status;
    this.fields = (body?.errors || []).map((error) => error.field);
  }
}

async function send(path, init) {
  if (navigator.onLine === false) throw new Offline();
  let response;
  try {
    response = await fetch(path, { ...init, headers: { Accept: 'application/json', ...init?.headers } });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    throw new Offline();
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new Problem(response.status, body);
  return body;
}

export const getJson = (path, signal) => send(path, { signal });

export const postJson = (path, body) => send(path, {
  method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' },
});

// A search is either a name or a barcode; lists and country come from the shopper's settings.
export function checkPath(search, lists, country) {
  const params = new URLSearchParams(search.barcode ? { barcode: search.barcode } : { q: search.q });
  if (lists?.length) params.set('lists', lists.join(','));
  if (country) params.set('country', country);
  return `/api/v1/check?${params}`;
}

// Digits (spaces and dashes allowed), a GS1 Digital Link address or an element string (01)... are barcodes.
export function readSearch(text) {
  const typed = text.trim();
  const digits = typed.replace(/[\s-]/g, '');
  if (/^\d{8,14}$/.test(digits)) return { barcode: digits };
  if (/^https?:\/\/\S+\/01\/\d{8,14}/i.test(typed) || /^\(01\)\d{14}/.test(typed)) return { barcode: typed };
  return { q: typed };
}
