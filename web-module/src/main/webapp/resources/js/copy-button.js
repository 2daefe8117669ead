// "Copy link" buttons: a <button data-copies="FIELD-ID" hidden> next to a read-only field is shown, and copies the
// field's text when pressed; the status line after it (data-copied-status) says so. Without scripts the button stays
// hidden and the field can be selected and copied by hand; focusing it selects all of it either way.
(function () {
    'use strict';

    function copy(field) {
        if (navigator.clipboard && window.isSecureContext) {
            return navigator.clipboard.writeText(field.value);
        }
        field.select(); // plain HTTP (a test machine): the older way, from the selection
        return document.execCommand('copy') ? Promise.resolve() : Promise.reject(new Error('copy refused'));
    }

    Array.prototype.forEach.call(document.querySelectorAll('button[data-copies]'), function (button) {
        var field = document.getElementById(button.getAttribute('data-copies'));
        var status = document.getElementById(button.getAttribute('data-copied-status'));
        if (!field || !status) {
            return;
        }
        field.addEventListener('focus', function () { field.select(); });
        button.hidden = false;
        button.addEventListener('click', function () {
            copy(field).then(function () {
                status.textContent = 'Copied. Paste it into your message with Ctrl+V (or ⌘+V, or a long press on a '
                    + 'phone).';
            }, function () {
                field.focus();
                status.textContent = 'Your browser did not let the page copy it: the link is selected, copy it with '
                    + 'Ctrl+C (or ⌘+C).';
            });
        });
    });
}());
