/*
 * The service worker of the offline register (see resources/js/offline.js). It keeps, for use without network:
 * the registers (training/register.xhtml?id=…) the trainer opened or whose links their home page lists, and the
 * scripts, styles and fonts of the pages. Network first: online, every page is the server's; offline, the copy kept.
 * No other page is kept (a learner's file never is). Logging out clears it all (Clear-Site-Data).
 */
'use strict';

var REGISTERS = 'tremplin-registers';
var STATIC = 'tremplin-static-1';
var SCOPE = new URL(self.registration.scope);
var REGISTER_PATH = SCOPE.pathname + 'training/register.xhtml';

self.addEventListener('install', function () {
    self.skipWaiting();
});

self.addEventListener('activate', function (event) {
    event.waitUntil(caches.keys().then(function (names) {
        return Promise.all(names.filter(function (n) { return n !== REGISTERS && n !== STATIC; })
                .map(function (n) { return caches.delete(n); }));
    }).then(function () { return self.clients.claim(); }));
});

/** One copy per register, whatever else the address carries. */
function registerKey(url) {
    return url.origin + REGISTER_PATH + '?id=' + url.searchParams.get('id');
}

function isStatic(url) {
    return url.pathname.indexOf(SCOPE.pathname + 'jakarta.faces.resource/') === 0
            || url.pathname.indexOf(SCOPE.pathname + 'resources/') === 0 || url.pathname === SCOPE.pathname + 'favicon.ico';
}

function keep(cacheName, key, response) {
    // only the page asked for: not the login page a lapsed session is sent to instead
    if (response.ok && !response.redirected && response.type === 'basic') {
        return caches.open(cacheName).then(function (cache) { return cache.put(key, response); });
    }
    return Promise.resolve();
}

function networkFirst(request, cacheName, key) {
    return fetch(request).then(function (response) {
        return keep(cacheName, key, response.clone()).then(function () { return response; });
    }, function (offline) {
        return caches.open(cacheName).then(function (cache) { return cache.match(key); }).then(function (kept) {
            if (kept) {
                return kept;
            }
            throw offline;
        });
    });
}

self.addEventListener('fetch', function (event) {
    var request = event.request;
    if (request.method !== 'GET') {
        return;
    }
    var url = new URL(request.url);
    if (url.origin !== SCOPE.origin) {
        return;
    }
    if (url.pathname === REGISTER_PATH && url.searchParams.get('id')) {
        event.respondWith(networkFirst(request, REGISTERS, registerKey(url)));
    } else if (isStatic(url)) {
        event.respondWith(networkFirst(request, STATIC, request.url));
    }
});

/** {keep: [addresses]}: the registers of the coming days, read now so that they open without network. */
self.addEventListener('message', function (event) {
    if (!event.data || !Array.isArray(event.data.keep)) {
        return;
    }
    event.waitUntil(Promise.all(event.data.keep.map(function (address) {
        var url = new URL(address);
        if (url.origin !== SCOPE.origin || url.pathname !== REGISTER_PATH) {
            return Promise.resolve();
        }
        return fetch(address, {credentials: 'same-origin'}).then(function (response) {
            return keep(REGISTERS, registerKey(url), response);
        }, function () { /* offline now: the copy kept stays */ });
    })));
});
