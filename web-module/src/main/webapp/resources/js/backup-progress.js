// The backups screen while a backup is being made (#backup-under-way): asks the server every few seconds whether it
// is done (data-ask: a few bytes of JSON; the screen itself is not fetched each time, since every fetch of a Faces
// screen takes one of the session's few saved screens from the person's other tabs). Once it is done, the screen is
// fetched once, its list put in place of this one, and the status line says how the backup went. It stops asking
// after a quarter of an hour or when the answer is not one (signed out, server gone): "Check again" reloads by hand,
// as it does without scripts.
(function () {
    'use strict';

    var EVERY_MS = 3000;
    var GIVE_UP_AFTER_MS = 15 * 60 * 1000;
    var news = document.getElementById('backup-news');
    var since = Date.now();

    function fetched(url) {
        return fetch(url, {credentials: 'same-origin', redirect: 'manual', cache: 'no-store'}).then(function (answer) {
            if (!answer.ok) {
                throw new Error('No answer to ' + url + ': ' + (answer.status || answer.type));
            }
            return answer;
        });
    }

    function watch() {
        var underWay = document.getElementById('backup-under-way');
        if (news && underWay && Date.now() - since < GIVE_UP_AFTER_MS) {
            window.setTimeout(function () { ask(underWay.getAttribute('data-ask')); }, EVERY_MS);
        }
    }

    function ask(url) {
        fetched(url).then(function (answer) { return answer.json(); }).then(function (state) {
            if (state.underWay) {
                watch();
            } else {
                showDone();
            }
        }).catch(function () { /* the "Check again" link still works */ });
    }

    function showDone() {
        fetched(window.location.pathname).then(function (answer) { return answer.text(); }).then(function (html) {
            var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('backup-state');
            var shown = document.getElementById('backup-state');
            if (!fresh || !shown) {
                return;
            }
            shown.replaceWith(document.importNode(fresh, true));
            var started = document.querySelector('main > .messages'); // "The backup has started": no longer news
            if (started) {
                started.remove();
            }
            var newest = document.querySelector('#backups tbody tr');
            var failed = newest && newest.classList.contains('row-urgent');
            news.className = failed ? 'callout callout-warning' : 'callout callout-success';
            news.textContent = newest ? newest.getAttribute('data-summary') : 'The backup is done.';
            watch(); // another may have started meanwhile
        }).catch(function () { /* the "Check again" link still works */ });
    }

    watch();
}());
