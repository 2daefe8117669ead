/*
 * A dialog of the media library's pictures, each with its thumbnail, name and text alternative, from
 * /admin/media/choices (MediaChoicesServlet), for the editor's picture button (rich-text.js) and a list entry's
 * photo (entry-editor.js). The caller says what choosing does (chosen(picture)), where the focus goes back when
 * the dialog closes (closed()) and how to tell that the library could not be reached (failed(text)). A native
 * <dialog>: the keyboard stays inside it and Escape closes it.
 */
window.clinicPictureChooser = (function () {
    'use strict';
    var choosing = false; // a second click while the list is on its way, or the dialog is open, does nothing
    return function (choicesUrl, caller) {
        if (choosing) {
            return;
        }
        choosing = true;

        function element(name, className, text) {
            var made = document.createElement(name);
            if (className) {
                made.className = className;
            }
            if (text) {
                made.textContent = text;
            }
            return made;
        }

        function choiceButton(picture, dialog) {
            var button = element('button', 'picture-choice');
            button.type = 'button';
            var thumbnail = element('img');
            thumbnail.src = picture.thumbnail;
            thumbnail.alt = '';
            thumbnail.loading = 'lazy';
            button.appendChild(thumbnail);
            button.appendChild(element('span', 'picture-choice-name', picture.name));
            button.appendChild(element('span', 'picture-choice-alt' + (picture.ready ? '' : ' picture-choice-missing'),
                picture.description));
            button.addEventListener('click', function () {
                dialog.close();
                caller.chosen(picture);
            });
            return button;
        }

        function open(pictures) {
            var dialog = element('dialog', 'picture-chooser');
            dialog.setAttribute('aria-labelledby', 'picture-chooser-title');
            dialog.appendChild(element('h2', 'picture-chooser-title', 'Choose a picture')).id = 'picture-chooser-title';
            if (pictures.length === 0) {
                dialog.appendChild(element('p', 'empty-state', 'The media library has no pictures yet. Upload one under '
                    + '"Media" in the console menu, then come back to this page.'));
            } else {
                dialog.appendChild(element('p', 'hint', 'From the media library, newest first. A picture\'s text '
                    + 'alternative comes with it; one that has none yet needs it, in the media library, before it '
                    + 'can be published.')).id = 'picture-chooser-hint';
                dialog.setAttribute('aria-describedby', 'picture-chooser-hint');
                var list = element('ul', 'picture-choices');
                pictures.forEach(function (picture) {
                    list.appendChild(element('li')).appendChild(choiceButton(picture, dialog));
                });
                dialog.appendChild(list);
            }
            var actions = dialog.appendChild(element('p', 'page-actions'));
            var cancel = actions.appendChild(element('button', 'button-secondary', 'Cancel'));
            cancel.type = 'button';
            cancel.addEventListener('click', function () {
                dialog.close();
            });
            dialog.addEventListener('close', function () {
                dialog.remove();
                choosing = false;
                caller.closed();
            });
            document.body.appendChild(dialog);
            dialog.showModal();
        }

        function tell(text) {
            choosing = false;
            caller.failed(text);
        }

        fetch(choicesUrl, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
            .then(function (response) {
                if (response.redirected) { // to the sign-in page: the session has ended
                    tell('You have been signed out, so the media library could not be opened. Sign in again in '
                        + 'another tab, then try again here.');
                } else if (!response.ok) {
                    throw new Error(response.status);
                } else {
                    return response.json().then(open);
                }
            })
            .catch(function () {
                tell('The media library could not be reached just now. Save your text, reload the page and try again.');
            });
    };
})();
