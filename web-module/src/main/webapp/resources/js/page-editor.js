/*
 * The page editor (admin/pages/edit.xhtml): turns the text box into TinyMCE, tells the server whether the form
 * changed (so that Publish does not make a revision of nothing), autosaves every few seconds while the text changes
 * into the editor's own copy through a Faces ajax request (so it carries the form's ViewState), counts the
 * description's characters and asks before the page is left with unsaved work. Changes are found by comparing what
 * the fields hold with what they held when the page opened, whatever way the text was changed.
 * TinyMCE itself is set up by rich-text.js.
 */
(function () {
    'use strict';

    var AUTOSAVE_MILLIS = 5000;
    var form = document.getElementById('editor');
    if (!form) {
        return;
    }
    var changed = document.getElementById('changed');
    var body = document.getElementById('bodyHtml');
    var autosaveButton = document.getElementById('autosave');
    var leaving = false;
    var saved = null;
    var autosaved = null;

    /** Everything the form sends that a person writes, as one string: compared, never sent. */
    function snapshot() {
        if (window.tinymce && window.tinymce.activeEditor) {
            window.tinymce.triggerSave();
        }
        return ['title', 'bodyHtml', 'metaDescription', 'reviewedBy', 'reviewedOn'].map(function (id) {
            var field = document.getElementById(id);
            return field ? field.value : '';
        }).join('\u0000');
    }

    // the server says so when it shows text that is not saved (brought back, kept through a conflict, refused)
    var unsaved = form.getAttribute('data-unsaved') === 'true';

    function isChanged() {
        return unsaved || (saved !== null && snapshot() !== saved);
    }

    /** Called once the text is in its final form (TinyMCE normalises it when it starts). */
    function remember() {
        saved = snapshot();
        autosaved = saved;
        // without this script the field stays "true", so the server saves whatever is sent
        changed.value = unsaved ? 'true' : 'false';
    }

    form.addEventListener('submit', function () {
        leaving = true;
        if (isChanged()) {
            changed.value = 'true';
        }
    });
    document.addEventListener('submit', function () {
        leaving = true;
    });
    window.addEventListener('beforeunload', function (event) {
        if (!leaving && isChanged()) {
            event.preventDefault();
            event.returnValue = '';
        }
    });

    window.setInterval(function () {
        if (saved === null || !window.faces) {
            return;
        }
        var now = snapshot();
        if (now === autosaved) {
            return;
        }
        autosaved = now;
        changed.value = unsaved || now !== saved ? 'true' : 'false';
        // as a click on the button: Faces runs a button's action only for a "click" event from it
        window.faces.ajax.request(autosaveButton, new Event('click'), {execute: '@form', render: 'autosave-status'});
    }, AUTOSAVE_MILLIS);

    var description = document.getElementById('metaDescription');
    var count = document.getElementById('metaDescription-count');
    if (description && count) {
        description.addEventListener('input', function () {
            count.textContent = description.value.length + ' characters now.';
        });
    }

    if (window.tinymce && window.clinicRichText && body) {
        window.clinicRichText(body, 'Page text.', remember);
    } else {
        remember();
    }
})();
