/*
 * The console's formatted-text editor: TinyMCE, served by the site itself, on a text box that carries
 * data-editor-base (where TinyMCE lives), data-editor-css (the public text's look) and, for pictures,
 * data-picture-choices (the address of the media library's pictures, as JSON). The toolbar offers exactly the markup the server's
 * sanitizer keeps (HtmlSanitizer), so nothing written here vanishes on save; no style attributes, since the public
 * site's policy allows no inline styles. A picture is chosen from the library only (picture-chooser.js): its text
 * alternative, sizes and caption come from the library when the page is shown. On a narrow screen the toolbar
 * wraps onto a second row rather than hiding buttons behind an unnamed "more" button.
 */
window.clinicRichText = function (textarea, label, ready) {
    'use strict';
    var pictures = textarea.getAttribute('data-picture-choices');
    window.tinymce.init({
        target: textarea,
        base_url: textarea.getAttribute('data-editor-base'),
        suffix: '.min',
        content_css: textarea.getAttribute('data-editor-css'),
        menubar: false,
        branding: false,
        promotion: false,
        statusbar: false,
        height: Number(textarea.getAttribute('data-editor-height') || 520),
        plugins: 'lists link autolink',
        toolbar: 'undo redo | blocks | bold italic | bullist numlist | link blockquote' + (pictures ? ' picture' : '')
            + ' | removeformat',
        toolbar_mode: 'wrap',
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
        iframe_aria_text: label + ' Press Alt+F10 to reach the toolbar.',
        setup: function (editor) {
            if (pictures) {
                editor.ui.registry.addButton('picture', {
                    icon: 'image',
                    tooltip: 'Insert a picture from the media library',
                    onAction: function () {
                        window.clinicPictureChooser(pictures, {
                            chosen: function (picture) { // where the cursor is, or in place of the picture selected
                                editor.insertContent(editor.dom.createHTML('img', {src: picture.path}));
                            },
                            closed: function () {
                                editor.focus();
                            },
                            failed: function (text) {
                                editor.notificationManager.open({text: text, type: 'error'});
                            }
                        });
                    }
                });
            }
            editor.on('focus input', function () {
                keepAboveTheSaveBar(editor.getContainer());
            });
        },
        init_instance_callback: ready
    });

    // The save bar stays at the foot of the window (admin.css, .editor-actions): while someone types, the page
    // scrolls so that the bottom of the editor, where the words appear, is not behind it; never so far that the
    // editor's toolbar leaves the top of a short window (a small laptop, a zoomed page).
    function keepAboveTheSaveBar(editor) {
        var bar = document.querySelector('.editor-actions');
        if (bar) {
            var box = editor.getBoundingClientRect();
            var hidden = Math.min(box.bottom - bar.getBoundingClientRect().top, box.top);
            if (hidden > 0) {
                window.scrollBy(0, hidden);
            }
        }
    }
};
