// The console's idle warning. The server ends a session after the idle time (data-idle-seconds on <body>); this
// script only tells the person before it happens and, when the time is up, leaves the screen for the sign-in page,
// so that what was on it (an inquiry is health information) does not stay in view.
//
// - Nothing here polls: the one request is the one the person asks for with "Stay signed in". Typing, clicking or
//   scrolling does not extend the session; submitting a form does, because it is a request (and loads a new page,
//   which starts this script again).
// - Open console tabs share when the server last heard from this browser (localStorage, a timestamp only), so that
//   working in one tab does not sign the others out early, and "Stay signed in" in one closes the warning in all.
// - The warning is a non-modal alertdialog: focus moves to its button, the rest of the page stays usable, Escape
//   closes it (the time still runs out). Its motion is CSS only and honours prefers-reduced-motion.
(function () {
    'use strict';

    var body = document.body;
    var idleSeconds = parseInt(body.getAttribute('data-idle-seconds'), 10);
    var keepAliveUrl = body.getAttribute('data-keep-alive-url');
    var timedOutUrl = body.getAttribute('data-timed-out-url');
    if (!(idleSeconds > 0) || !keepAliveUrl || !timedOutUrl) {
        return;
    }

    var STORE = 'pks-console-last-contact';
    var LONGEST_TIMEOUT = 2147483647;
    var idleMs = idleSeconds * 1000;
    // one minute before the end; for idle times under two minutes (tests), at 80 % of the time
    var warnBeforeMs = idleSeconds < 120 ? idleMs * 0.2 : 60000;

    // The page was just served, so the server heard from us no earlier than now.
    var ownContact = Date.now();
    var timer = null;
    var dialog = null;
    var stayButton = null;
    var problem = null;
    var returnFocusTo = null;
    var dismissed = false;
    var asking = false;
    var leaving = false;

    function readShared() {
        try {
            return parseInt(window.localStorage.getItem(STORE), 10) || 0;
        } catch (unavailable) {
            return 0;
        }
    }

    function lastContact() {
        return Math.max(ownContact, readShared());
    }

    function noteContact(at) {
        ownContact = Math.max(ownContact, at);
        try {
            if (readShared() < ownContact) {
                window.localStorage.setItem(STORE, String(ownContact));
            }
        } catch (unavailable) {
            // private mode or storage off: this tab keeps its own time
        }
    }

    function schedule() {
        if (leaving) {
            return;
        }
        window.clearTimeout(timer);
        var now = Date.now();
        var deadline = lastContact() + idleMs;
        var warnAt = deadline - warnBeforeMs;
        if (now >= deadline) {
            timeUp();
            return;
        }
        if (now < warnAt) {
            // a newer contact (here or in another tab) moved the end away
            dismissed = false;
            if (dialog) {
                closeWarning();
            }
            timer = window.setTimeout(schedule, Math.min(warnAt - now, LONGEST_TIMEOUT));
            return;
        }
        if (!dialog && !dismissed) {
            showWarning(deadline - now);
        }
        timer = window.setTimeout(schedule, Math.min(deadline - now, LONGEST_TIMEOUT));
    }

    function inWords(ms) {
        var seconds = Math.max(1, Math.round(ms / 1000));
        if (seconds >= 55) {
            return 'one minute';
        }
        return seconds === 1 ? '1 second' : seconds + ' seconds';
    }

    function element(name, id, className, text) {
        var node = document.createElement(name);
        if (id) {
            node.id = id;
        }
        if (className) {
            node.className = className;
        }
        if (text) {
            node.textContent = text;
        }
        return node;
    }

    function showWarning(remainingMs) {
        returnFocusTo = document.activeElement;
        dialog = element('div', 'idle-dialog', 'idle-dialog');
        dialog.setAttribute('role', 'alertdialog');
        dialog.setAttribute('aria-labelledby', 'idle-dialog-title');
        dialog.setAttribute('aria-describedby', 'idle-dialog-text');
        dialog.appendChild(element('h2', 'idle-dialog-title', 'idle-dialog-title', 'Are you still there?'));
        dialog.appendChild(element('p', 'idle-dialog-text', null, 'For privacy you will be signed out in '
            + inWords(remainingMs) + ' because nothing has happened for a while.'));
        problem = element('p', 'idle-dialog-problem', 'field-error');
        problem.setAttribute('aria-live', 'assertive');
        dialog.appendChild(problem);
        var actions = element('p', null, 'page-actions');
        stayButton = element('button', 'idle-dialog-stay', 'button', 'Stay signed in');
        stayButton.type = 'button';
        stayButton.addEventListener('click', stay);
        actions.appendChild(stayButton);
        dialog.appendChild(actions);
        document.addEventListener('keydown', onKey);
        body.appendChild(dialog);
        stayButton.focus();
    }

    function closeWarning() {
        document.removeEventListener('keydown', onKey);
        var hadFocus = dialog.contains(document.activeElement);
        dialog.parentNode.removeChild(dialog);
        dialog = null;
        stayButton = null;
        problem = null;
        if (hadFocus) {
            var target = returnFocusTo && document.contains(returnFocusTo) && returnFocusTo !== body
                ? returnFocusTo : document.getElementById('main');
            if (target) {
                target.focus();
            }
        }
        returnFocusTo = null;
    }

    function onKey(event) {
        if (dialog && (event.key === 'Escape' || event.key === 'Esc')) {
            event.preventDefault();
            dismissed = true;
            closeWarning();
        }
    }

    function stay() {
        if (asking) {
            return;
        }
        asking = true;
        stayButton.setAttribute('aria-disabled', 'true');
        problem.textContent = '';
        if (!window.fetch) {
            // an old browser: loading the page again is a request too
            window.location.reload();
            return;
        }
        window.fetch(keepAliveUrl, {
            method: 'GET',
            credentials: 'same-origin',
            cache: 'no-store',
            redirect: 'manual'
        }).then(function (response) {
            asking = false;
            if (response.type === 'opaqueredirect' || !response.ok) {
                // the session has already ended (the server sends us to the sign-in page, or refuses)
                timeUp();
                return;
            }
            noteContact(Date.now());
            if (dialog) {
                closeWarning();
            }
            dismissed = false;
            schedule();
        }, function () {
            asking = false;
            if (stayButton) {
                stayButton.removeAttribute('aria-disabled');
                problem.textContent = 'The console could not be reached. Check the internet connection and '
                    + 'press the button again.';
            }
        });
    }

    function timeUp() {
        if (leaving) {
            return;
        }
        leaving = true;
        window.clearTimeout(timer);
        // replace: the screen that timed out does not stay in the tab's history
        window.location.replace(timedOutUrl);
    }

    // Timers are late after a laptop sleeps or a tab rests in the background: check again when it is back.
    document.addEventListener('visibilitychange', function () {
        if (!document.hidden) {
            schedule();
        }
    });
    window.addEventListener('focus', schedule);
    window.addEventListener('pageshow', function (event) {
        if (event.persisted) {
            schedule();
        }
    });
    window.addEventListener('storage', function (event) {
        if (event.key === STORE) {
            schedule();
        }
    });

    noteContact(ownContact);
    schedule();
})();
