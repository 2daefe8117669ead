/*
 * Asks before a screen is left with work typed but not saved, on the forms marked data-unsaved-warning (a list
 * entry, the clinic's details, an inquiry's note, the menu's labels). The page editor has its own, with autosave.
 * A field's value is compared with what it held when the screen opened; a text in the formatted-text editor
 * (TinyMCE) counts as changed when the editor says so, since its box is only filled in when the form is sent.
 */
(function () {
    'use strict';
    var forms = Array.prototype.slice.call(document.querySelectorAll('form[data-unsaved-warning]'));
    if (forms.length === 0) {
        return;
    }

    function written(form) {
        return Array.prototype.filter.call(form.elements, function (field) {
            // what a person fills in; buttons come and go (scripts add some), and a box that becomes the
            // formatted-text editor (rich-text.js) is judged by the editor
            return field.name && !/^(hidden|button|submit|reset|image)$/.test(field.type)
                && !field.hasAttribute('data-editor-base');
        }).map(function (field) {
            return field.type === 'checkbox' || field.type === 'radio' ? field.checked : field.value;
        }).join('\u0000');
    }

    var opened = forms.map(written);
    var leaving = false;

    function changed() {
        var rich = window.tinymce ? window.tinymce.get() : [];
        return forms.some(function (form, index) {
            return written(form) !== opened[index];
        }) || rich.some(function (editor) {
            return editor.isDirty();
        });
    }

    document.addEventListener('submit', function () {
        leaving = true;
    });
    window.addEventListener('beforeunload', function (event) {
        if (!leaving && changed()) {
            event.preventDefault();
            event.returnValue = '';
        }
    });
})();
