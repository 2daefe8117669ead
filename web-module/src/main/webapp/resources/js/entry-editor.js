/*
 * A list entry's editor (admin/lists/edit.xhtml): its text box becomes the formatted-text editor (rich-text.js), and
 * the keyboard goes to the question when "Delete…" asks for a confirmation.
 */
(function () {
    'use strict';
    var body = document.getElementById('bodyHtml');
    if (window.tinymce && window.clinicRichText && body) {
        var label = document.querySelector('label[for="bodyHtml"]');
        window.clinicRichText(body, (label ? label.textContent : 'Text') + '.', function () {});
    }
    var confirmation = document.getElementById('delete-confirmation');
    if (confirmation) {
        confirmation.focus();
    }
})();
