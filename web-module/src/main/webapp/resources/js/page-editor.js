/*
 * The page editor (admin/pages/edit.xhtml): turns the text box into TinyMCE, tells the server whether the form
 * changed (so that Publish does not make a revision of nothing), autosaves every few seconds while the text changes
 * into the editor's own copy through a Faces ajax request (so it carries the form's ViewState), counts the
 * description's characters and asks before the page is left with unsaved work. Changes are found by comparing what
 * the fields hold with what they held when the page opened, whatever way the text was changed.
 *
 * The toolbar offers exactly the markup the server's sanitizer keeps (HtmlSanitizer), so nothing written here
 * vanishes on save; no style attributes, since the public site's policy allows no inline styles.
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

    // after "Delete this page…", the question is where the keyboard is
    var confirmation = document.getElementById('delete-confirmation');
    if (confirmation) {
        confirmation.focus();
    }

    if (window.tinymce && body) {
        window.tinymce.init({
            target: body,
            base_url: body.getAttribute('data-editor-base'),
            suffix: '.min',
            content_css: body.getAttribute('data-editor-css'),
            menubar: false,
            branding: false,
            promotion: false,
            statusbar: false,
            height: 520,
            plugins: 'lists link autolink',
            toolbar: 'undo redo | blocks | bold italic | bullist numlist | link blockquote | removeformat',
            block_formats: 'Paragraph=p; Heading=h2; Subheading=h3; Small heading=h4',
            // the sanitizer's list (content-module HtmlSanitizer): b and i become strong and em
            valid_elements: 'h2,h3,h4,p,br,hr,ul,ol,li,dl,dt,dd,strong/b,em/i,small,sub,sup,abbr[title],code,'
                + 'blockquote[cite],q[cite],cite,figure,figcaption,a[href|title],img[src|alt|width|height]',
            valid_styles: {'*': ''},
            convert_unsafe_embeds: true,
            paste_data_images: false,
            entity_encoding: 'raw',
            relative_urls: false,
            remove_script_host: true,
            link_assume_external_targets: false,
            link_target_list: false,
            link_title: false,
            iframe_aria_text: 'Page text. Press Alt+F10 to reach the toolbar.',
            init_instance_callback: remember
        });
    } else {
        remember();
    }
})();
