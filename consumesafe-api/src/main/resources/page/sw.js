// The service worker of version @VERSION@: keeps the app shell for offline use. Answers are not cached here: the
// page keeps the last ones itself, with their date, and a check made offline says it cannot answer now.
const CACHE = 'consumesafe-@VERSION@';
const SHELL = "@SHELL@";

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((key) => key.startsWith('consumesafe-') && key !== CACHE)
      .map((key) => caches.delete(key))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  // the shell for /?q=... and /?barcode=... too; a newer version arrives with a newer service worker
  if (event.request.mode === 'navigate' && url.pathname === '/') {
    event.respondWith(caches.match('/', { cacheName: CACHE }).then((cached) => cached || fetch(event.request)));
  } else if (url.pathname.startsWith('/app/')) {
    event.respondWith(caches.match(event.request, { cacheName: CACHE })
      .then((cached) => cached || fetch(event.request)));
  }
});
