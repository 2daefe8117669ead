/*
 * The editor's picture button (rich-text.js): a dialog of the media library's pictures, each with its thumbnail,
 * name and text alternative, from /admin/media/choices (MediaChoicesServlet). Choosing one puts it into the text
 * where the cursor is (or in place of the picture selected); its text alternative and caption come from the
 * library when the page is shown. A native <dialog>: the keyboard stays inside it, Escape closes it, and the focus
 * goes back to the text.
 */
window.clinicPictureChooser = function (editor, choicesUrl) {
    'use strict';
    if (editor.clinicChoosingPicture) {
        return; // a second click while the list is on its way, or the dialog is open
    }
    editor.clinicChoosingPicture = true;

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
            editor.insertContent(editor.dom.createHTML('img', {src: picture.path}));
        });
        return button;
    }

    function open(pictures) {
        var dialog = element('dialog', 'picture-chooser');
        dialog.setAttribute('aria-labelledby', 'picture-chooser-title');
        dialog.appendChild(element('h2', 'picture-chooser-title', 'Choose a picture')).id = 'picture-chooser-title';
        if (pictures.length === 0) {
            dialog.appendChild(element('p', 'empty-state', 'The media library has no pictures yet. Upload one under '
                + '"Media library" in the console menu, then come back to this page.'));
        } else {
            dialog.appendChild(element('p', 'hint', 'From the media library, newest first. A picture\'s text '
                + 'alternative comes with it. One without needs it, in the media library, before the page can be '
                + 'published.')).id = 'picture-chooser-hint';
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
            editor.clinicChoosingPicture = false;
            editor.focus();
        });
        document.body.appendChild(dialog);
        dialog.showModal();
    }

    function tell(text) {
        editor.clinicChoosingPicture = false;
        editor.notificationManager.open({text: text, type: 'error'});
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
