/*
 * A list entry's editor (admin/lists/edit.xhtml): its text box becomes the formatted-text editor (rich-text.js),
 * a picture chosen from the list shows at once (before, only after saving), and a button beside the list opens
 * the media library's pictures (picture-chooser.js) to choose one by sight. form-problems.js brings "Delete…"'s
 * question to the keyboard.
 */
(function () {
    'use strict';
    var body = document.getElementById('bodyHtml');
    if (window.tinymce && window.clinicRichText && body) {
        var label = document.querySelector('label[for="bodyHtml"]');
        window.clinicRichText(body, (label ? label.textContent : 'Text') + '.', function () {});
    }
    var choice = document.getElementById('imagePath');
    var previews = document.getElementById('imagePath-previews');
    if (!choice || !previews) {
        return;
    }

    function show(src, width, height) {
        var preview = document.getElementById('imagePath-preview');
        if (!src) {
            if (preview) {
                preview.hidden = true;
            }
            return;
        }
        if (!preview) {
            preview = document.createElement('img');
            preview.id = 'imagePath-preview';
            preview.className = 'photo-choice';
            preview.alt = '';
            choice.parentNode.insertBefore(preview, choice);
        }
        preview.removeAttribute('width');
        preview.removeAttribute('height');
        if (width) {
            preview.width = width;
            preview.height = height;
        }
        preview.src = src;
        preview.hidden = false;
    }

    function showChosen(thumbnail) {
        var known = Array.prototype.find.call(previews.children, function (item) {
            return item.getAttribute('data-path') === choice.value;
        });
        if (known) {
            show(known.getAttribute('data-src'), Number(known.getAttribute('data-width')),
                Number(known.getAttribute('data-height')));
        } else {
            show(choice.value && thumbnail);
        }
    }

    choice.addEventListener('change', function () {
        showChosen();
    });

    // The list of names stays, for the keyboard and without scripts; the button shows the pictures themselves.
    var choicesUrl = choice.getAttribute('data-picture-choices');
    if (choicesUrl && window.clinicPictureChooser) {
        var button = document.createElement('button');
        button.type = 'button';
        button.id = 'imagePath-choose';
        button.className = 'button-secondary choose-picture';
        button.textContent = 'See the pictures and choose…';
        choice.parentNode.insertBefore(button, choice.nextSibling);
        button.addEventListener('click', function () {
            window.clinicPictureChooser(choicesUrl, {
                chosen: function (picture) {
                    var listed = Array.prototype.some.call(choice.options, function (option) {
                        return option.value === picture.path;
                    });
                    if (!listed) { // uploaded in another tab since this page was opened
                        choice.add(new Option(picture.name, picture.path));
                    }
                    choice.value = picture.path;
                    showChosen(picture.thumbnail);
                },
                closed: function () {
                    button.focus();
                },
                failed: function (text) {
                    document.getElementById('imagePath-error').textContent = text;
                }
            });
        });
    }
})();
