/*
 * The media library's upload form, made friendlier: pictures may be dropped on the box, files over the limit are
 * named before anything is sent, and a bar shows the upload's progress. The form is sent whole (with its ViewState),
 * as it would be without this script; the screen's main part is then replaced by the one the server answers with
 * (its messages say what was uploaded and what was refused), and this script binds to its new form.
 */
(function () {
    'use strict';

    function replaceMain(answer, address) {
        var fresh = answer && answer.getElementById('main');
        if (!fresh) {
            window.location.assign(address);
            return;
        }
        var main = document.getElementById('main');
        main.replaceWith(document.adoptNode(fresh));
        window.history.replaceState(null, '', address);
        fresh.focus();
        enhance();
    }

    function enhance() {
        var form = document.getElementById('upload');
        var input = document.getElementById('files');
        if (!form || !input || !window.FormData || !window.XMLHttpRequest) {
            return;
        }
        var zone = form.querySelector('.drop-zone');
        var bar = document.getElementById('upload-progress');
        var status = document.getElementById('upload-status');
        var button = document.getElementById('upload-button');
        var limit = 15 * 1024 * 1024;

        function say(text) {
            status.textContent = text;
        }

        ['dragenter', 'dragover'].forEach(function (type) {
            zone.addEventListener(type, function (event) {
                event.preventDefault();
                zone.classList.add('drop-zone-active');
            });
        });
        ['dragleave', 'drop'].forEach(function (type) {
            zone.addEventListener(type, function () {
                zone.classList.remove('drop-zone-active');
            });
        });
        zone.addEventListener('drop', function (event) {
            event.preventDefault();
            if (event.dataTransfer && event.dataTransfer.files.length) {
                input.files = event.dataTransfer.files;
                describeChoice();
            }
        });
        input.addEventListener('change', describeChoice);

        function describeChoice() {
            var n = input.files.length;
            say(n === 0 ? '' : n === 1 ? '1 picture chosen: ' + input.files[0].name + '. Press Upload.'
                : n + ' pictures chosen. Press Upload.');
        }

        form.addEventListener('submit', function (event) {
            var tooLarge = Array.prototype.filter.call(input.files, function (file) {
                return file.size > limit;
            });
            if (tooLarge.length) {
                event.preventDefault();
                say(tooLarge.map(function (file) { return file.name; }).join(', ')
                    + (tooLarge.length === 1 ? ' is' : ' are') + ' larger than 15 MB. Please choose a smaller copy.');
                return;
            }
            if (!input.files.length) {
                return; // the server says what is missing
            }
            event.preventDefault();
            var data = new FormData(form);
            data.append(button.name, button.value);
            var request = new XMLHttpRequest();
            request.open('POST', form.action);
            request.upload.addEventListener('progress', function (progress) {
                if (progress.lengthComputable) {
                    var percent = Math.round(progress.loaded * 100 / progress.total);
                    bar.value = percent;
                    say('Uploading: ' + percent + ' %');
                }
            });
            request.responseType = 'document';
            request.addEventListener('load', function () {
                replaceMain(request.response, request.responseURL || form.action);
            });
            request.addEventListener('error', function () {
                bar.hidden = true;
                button.disabled = false;
                say('The upload did not get through. Check the connection and press Upload again.');
            });
            bar.hidden = false;
            button.disabled = true;
            say('Uploading…');
            request.send(data);
        });
    }

    enhance();
}());
