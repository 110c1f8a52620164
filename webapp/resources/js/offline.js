/*
 * The offline register (a progressive web app, no native app).
 *
 * - Every signed-in page registers the service worker (/sw.js), which keeps the registers a trainer opened or will
 *   open in the coming days (the links of their home page and "my sessions") usable without network.
 * - On a register, the marks go first to the outbox of this browser (IndexedDB, one entry per learner, each with
 *   its own client id and the time the register was read), then to PUT /api/sessions/{id}/attendance. Without
 *   network they stay there, shown as "not yet sent", and go when the network returns; a resend is harmless (the
 *   server knows the client id). If someone else changed a line since the register was read, the server refuses
 *   the batch with the lines in conflict and the trainer chooses, line by line.
 * - Logging out clears it all (the server also sends Clear-Site-Data); the login page forgets the cached registers.
 * All texts come from the page (data-* attributes rendered from the bundles).
 */
(function () {
    'use strict';

    var DB = 'tremplin-offline';
    var STORE = 'outbox';

    function openDb() {
        return new Promise(function (resolve, reject) {
            var req = indexedDB.open(DB, 1);
            req.onupgradeneeded = function () {
                req.result.createObjectStore(STORE, {keyPath: 'key'});
            };
            req.onsuccess = function () { resolve(req.result); };
            req.onerror = function () { reject(req.error); };
        });
    }

    function tx(mode, work) {
        return openDb().then(function (db) {
            return new Promise(function (resolve, reject) {
                var t = db.transaction(STORE, mode);
                var result = work(t.objectStore(STORE));
                t.oncomplete = function () { db.close(); resolve(result && result.result !== undefined ? result.result : result); };
                t.onerror = function () { db.close(); reject(t.error); };
            });
        });
    }

    function pending(sessionId) {
        return tx('readonly', function (store) { return store.getAll(); }).then(function (all) {
            return sessionId == null ? all : all.filter(function (e) { return e.sessionId === sessionId; });
        });
    }

    function put(entries) {
        return tx('readwrite', function (store) { entries.forEach(function (e) { store.put(e); }); });
    }

    /** Removes the entries sent, unless a newer mark replaced one meanwhile (another client id). */
    function removeSent(entries) {
        return tx('readwrite', function (store) {
            entries.forEach(function (sent) {
                var req = store.get(sent.key);
                req.onsuccess = function () {
                    if (req.result && req.result.clientId === sent.clientId) {
                        store.delete(sent.key);
                    }
                };
            });
        });
    }

    function clientId() {
        if (window.crypto && crypto.randomUUID) {
            return crypto.randomUUID();
        }
        var bytes = crypto.getRandomValues(new Uint8Array(16));
        return Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
    }

    function format(pattern) {
        var args = Array.prototype.slice.call(arguments, 1);
        return pattern.replace(/\{(\d)\}/g, function (m, n) { return args[n] === undefined ? m : args[n]; });
    }

    /** Sends a session's outbox; resolves to 'sent', 'none', 'offline', 'expired', 'conflict' or 'refused'. */
    function send(api, sessionId) {
        return pending(sessionId).then(function (entries) {
            if (!entries.length) {
                return {state: 'none'};
            }
            var body = entries.map(function (e) {
                return {learnerId: e.learnerId, status: e.status, remark: e.remark, clientId: e.clientId, seenAt: e.seenAt};
            });
            return fetch(api, {
                method: 'PUT', credentials: 'same-origin', cache: 'no-store',
                headers: {'Content-Type': 'application/json', 'Accept': 'application/json', 'X-Tremplin-Page': 'register'},
                body: JSON.stringify(body)
            }).then(function (res) {
                if (res.ok) {
                    return removeSent(entries).then(function () { return {state: 'sent', count: entries.length}; });
                }
                if (res.status === 401) {
                    return {state: 'expired', count: entries.length};
                }
                return res.json().catch(function () { return {}; }).then(function (problem) {
                    if (res.status === 409 && problem.conflicts) {
                        return {state: 'conflict', conflicts: problem.conflicts, entries: entries};
                    }
                    // refused for good (the session was cancelled, a learner left the group): drop the marks, say why
                    return tx('readwrite', function (store) {
                        entries.forEach(function (e) { store.delete(e.key); });
                    }).then(function () { return {state: 'refused', detail: problem.detail || res.statusText}; });
                });
            }, function () {
                return {state: 'offline', count: entries.length};
            });
        });
    }

    // ---- the register page ----

    function Register(form) {
        this.form = form;
        this.data = form.dataset;
        this.sessionId = Number(form.dataset.session);
        this.status = document.getElementById('syncStatus');
        this.names = {};
        var self = this;
        form.dataset.statusNames.split(';').forEach(function (pair) {
            var at = pair.indexOf('=');
            self.names[pair.substring(0, at)] = pair.substring(at + 1);
        });
    }

    Register.prototype.rows = function () {
        return Array.prototype.map.call(this.form.querySelectorAll('fieldset.status-set'), function (set) {
            var row = set.closest('tr');
            var checked = set.querySelector('input[type=radio]:checked');
            var remark = row.querySelector('input.remark-input');
            return {
                learnerId: Number(set.dataset.learner), stored: set.dataset.status || '', storedRemark: set.dataset.remark || '',
                status: checked ? checked.value : '', remark: remark ? remark.value.trim() : '', set: set, row: row,
                name: set.querySelector('legend').textContent.trim(), remarkInput: remark
            };
        });
    };

    Register.prototype.counts = function () {
        var rows = this.rows();
        var marked = rows.filter(function (r) { return r.status; }).length;
        var followed = rows.filter(function (r) { return r.status === 'PRESENT' || r.status === 'LATE'; }).length;
        document.getElementById('register:counts').textContent = format(this.data.counts, marked, rows.length, followed);
        return {marked: marked, members: rows.length};
    };

    Register.prototype.say = function (text, warn) {
        this.status.textContent = text;
        this.status.className = 'msg ' + (warn ? 'msg-warn' : 'msg-info');
        this.status.hidden = !text;
    };

    /** Shows the outbox on the rows: its marks chosen, each row marked "not yet sent". */
    Register.prototype.show = function (entries) {
        var byLearner = {};
        entries.forEach(function (e) { byLearner[e.learnerId] = e; });
        this.rows().forEach(function (r) {
            var e = byLearner[r.learnerId];
            r.row.querySelector('.pending-mark').hidden = !e;
            r.row.classList.toggle('row-pending', !!e);
            if (e) {
                var radio = r.set.querySelector('input[value="' + e.status + '"]');
                if (radio) {
                    radio.checked = true;
                }
                if (r.remarkInput && e.remark != null) {
                    r.remarkInput.value = e.remark;
                }
            }
        });
        this.counts();
    };

    Register.prototype.save = function () {
        var self = this;
        var rows = this.rows();
        var remarkAlone = rows.filter(function (r) { return r.remark && !r.status; })[0];
        if (remarkAlone) {
            this.say(format(this.data.remarkAlone, remarkAlone.name), true);
            remarkAlone.set.querySelector('input[type=radio]').focus();
            return Promise.resolve();
        }
        if (!rows.some(function (r) { return r.status; })) {
            this.say(this.data.nothing, true);
            return Promise.resolve();
        }
        var seenAt = this.data.readAt;
        return pending(this.sessionId).then(function (queued) {
            var queuedBy = {};
            queued.forEach(function (e) { queuedBy[e.learnerId] = e; });
            var entries = rows.filter(function (r) {
                var q = queuedBy[r.learnerId];
                var before = q ? {status: q.status, remark: q.remark} : {status: r.stored, remark: r.storedRemark};
                return r.status && (r.status !== before.status || r.remark !== (before.remark || ''));
            }).map(function (r) {
                return {key: self.sessionId + ':' + r.learnerId, sessionId: self.sessionId, learnerId: r.learnerId,
                    status: r.status, remark: r.remark, clientId: clientId(), seenAt: seenAt, api: self.data.api};
            });
            return put(entries);
        }).then(function () { return self.flush(true); });
    };

    /** Sends the outbox; after a save that went through, reads the register again from the server. */
    Register.prototype.flush = function (saving) {
        var self = this;
        return send(this.data.api, this.sessionId).then(function (result) {
            if (result.state === 'sent' || (saving && result.state === 'none')) {
                var counts = self.counts();
                sessionStorage.setItem('tremplin.register.saved.' + self.sessionId,
                        format(self.data.saved, counts.marked, counts.members));
                location.reload();
                return result.state;
            }
            return pending(self.sessionId).then(function (entries) {
                self.show(entries);
                if (result.state === 'offline') {
                    self.say(format(self.data.pending, entries.length), true);
                } else if (result.state === 'expired') {
                    self.say(format(self.data.expired, entries.length), true);
                } else if (result.state === 'conflict') {
                    self.conflicts(result.conflicts, result.entries);
                } else if (result.state === 'refused') {
                    self.say(format(self.data.refused, result.detail), true);
                }
                return result.state;
            });
        });
    };

    Register.prototype.conflicts = function (conflicts, entries) {
        var self = this;
        var section = document.getElementById('conflicts');
        var list = document.getElementById('conflictList');
        list.textContent = '';
        var rows = {};
        this.rows().forEach(function (r) { rows[r.learnerId] = r; });
        var left = conflicts.length;
        this.say(format(this.data.conflict, conflicts.length), true);
        conflicts.forEach(function (c) {
            var entry = entries.filter(function (e) { return e.learnerId === c.learnerId; })[0];
            var row = rows[c.learnerId];
            var item = document.createElement('li');
            item.dataset.learner = c.learnerId;
            var text = document.createElement('p');
            text.textContent = format(self.data.conflictLine, row ? row.name : c.learnerId, self.names[c.yours] || c.yours,
                    c.by || '?', self.names[c.theirs] || c.theirs, new Date(c.at).toLocaleString(document.documentElement.lang));
            item.appendChild(text);
            var settle = function (keepMine) {
                var done = keepMine
                        ? put([Object.assign({}, entry, {clientId: clientId(), seenAt: c.at})])
                        : tx('readwrite', function (store) { store.delete(entry.key); });
                done.then(function () {
                    item.remove();
                    if (!keepMine && row) {
                        var theirs = row.set.querySelector('input[value="' + c.theirs + '"]');
                        if (theirs) {
                            theirs.checked = true;
                        }
                        row.set.dataset.status = c.theirs;
                    }
                    left -= 1;
                    if (left === 0) {
                        section.hidden = true;
                        self.flush(true);
                    }
                });
            };
            [[self.data.keepMine, true], [self.data.keepTheirs, false]].forEach(function (choice) {
                var button = document.createElement('button');
                button.type = 'button';
                button.className = 'ui-button ui-widget ui-corner-all ' + (choice[1] ? '' : 'ui-button-outlined') + ' conflict-choice';
                button.textContent = choice[0];
                button.addEventListener('click', function () { settle(choice[1]); });
                item.appendChild(button);
            });
            list.appendChild(item);
        });
        section.hidden = false;
    };

    Register.prototype.start = function () {
        var self = this;
        var form = this.form;
        var saved = sessionStorage.getItem('tremplin.register.saved.' + this.sessionId);
        if (saved) {
            sessionStorage.removeItem('tremplin.register.saved.' + this.sessionId);
            this.say(saved, false);
        }
        if (this.data.open !== 'true') {
            return;
        }
        form.addEventListener('change', function (event) {
            if (event.target.type === 'radio') {
                self.counts();
            }
        });
        // "all present" and "save" stay in this page: they work the same without network
        document.addEventListener('click', function (event) {
            var button = event.target.closest && event.target.closest('button');
            if (!button || !form.contains(button)) {
                return;
            }
            if (button.id === 'register:allPresent') {
                event.preventDefault();
                event.stopPropagation();
                self.rows().forEach(function (r) {
                    r.set.querySelector('input[value="PRESENT"]').checked = true;
                });
                self.counts();
            } else if (button.id === 'register:save') {
                event.preventDefault();
                event.stopPropagation();
                self.save();
            }
        }, true);
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            self.save();
        });
        // the event may come a moment before requests go through again: a few tries, a second or two apart
        window.addEventListener('online', function () {
            var tries = 0;
            var again = function () {
                self.flush(false).then(function (state) {
                    if (state === 'offline' && ++tries < 6) {
                        setTimeout(again, 1500);
                    }
                });
            };
            again();
        });
        // and every half minute while marks wait (a network back without the event, a server that was down)
        setInterval(function () {
            if (navigator.onLine && document.getElementById('conflicts').hidden) {
                pending(self.sessionId).then(function (entries) {
                    if (entries.length) {
                        self.flush(false);
                    }
                });
            }
        }, 30000);
        window.addEventListener('offline', function () {
            pending(self.sessionId).then(function (entries) {
                self.say(entries.length ? format(self.data.pending, entries.length) : self.data.offline, true);
            });
        });
        pending(this.sessionId).then(function (entries) {
            if (entries.length) {
                self.show(entries);
                self.flush(false);
            } else if (!navigator.onLine) {
                self.say(self.data.offline, true);
            }
        });
    };

    // ---- every page ----

    function everyPage() {
        var state = document.getElementById('appState');
        if (!state || !('serviceWorker' in navigator) || !window.indexedDB) {
            return;
        }
        if (state.dataset.loggedIn !== 'true') {
            // signed out: the registers kept for offline use go (the outbox stays until a logout: ids, no names)
            if (window.caches) {
                caches.delete('tremplin-registers');
            }
            return;
        }
        navigator.serviceWorker.register(state.dataset.sw, {scope: state.dataset.scope}).then(function () {
            return navigator.serviceWorker.ready;
        }).then(function (registration) {
            // the registers of the coming days listed on this page (trainer's home, "my sessions"), read now
            var links = Array.prototype.map.call(document.querySelectorAll('a.session-card[href*="register.xhtml"]'),
                    function (a) { return a.href; }).slice(0, 12);
            if (links.length && registration.active) {
                registration.active.postMessage({keep: links});
            }
        }).catch(function () { /* no offline use in this browser */ });
        var form = document.getElementById('register');
        if (form && form.dataset.session) {
            new Register(form).start();
        } else if (navigator.onLine) {
            // marks left in the outbox by a register closed before the network came back
            pending(null).then(function (entries) {
                var sessions = {};
                entries.forEach(function (e) { sessions[e.sessionId] = e.api; });
                Object.keys(sessions).forEach(function (id) { send(sessions[id], Number(id)); });
            });
        }
        var logout = document.getElementById('nav:logout');
        if (logout) {
            logout.addEventListener('click', function (event) {
                if (logout.dataset.confirmed) {
                    return;
                }
                event.preventDefault();
                event.stopPropagation();
                pending(null).then(function (entries) {
                    if (!entries.length || window.confirm(format(state.dataset.logoutPending, entries.length))) {
                        logout.dataset.confirmed = 'true';
                        logout.click();
                    }
                });
            }, true);
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', everyPage);
    } else {
        everyPage();
    }
}());
