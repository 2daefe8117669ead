/*
 * A list entry's editor (admin/lists/edit.xhtml): its text box becomes the formatted-text editor (rich-text.js),
 * and a picture chosen from the list shows at once (before, only after saving). form-problems.js brings "Delete…"'s
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
    if (choice && previews) {
        choice.addEventListener('change', function () {
            var preview = document.getElementById('imagePath-preview');
            var chosen = Array.prototype.find.call(previews.children, function (item) {
                return item.getAttribute('data-path') === choice.value;
            });
            if (!chosen) {
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
            preview.width = Number(chosen.getAttribute('data-width'));
            preview.height = Number(chosen.getAttribute('data-height'));
            preview.src = chosen.getAttribute('data-src');
            preview.hidden = false;
        });
    }
})();
