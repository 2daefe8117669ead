// The desktop preview keeps a desktop's width (see .preview-desktop) and is drawn smaller to fit the console, so
// that it looks as the site does on a desktop, menu in one row. On a screen too small for that to stay readable it
// is left at full size, and the frame scrolls sideways.
(function () {
    'use strict';
    var frame = document.querySelector('.preview-desktop');
    if (!frame) {
        return;
    }
    var stage = frame.parentElement;
    var SMALLEST = 0.5;

    function fit() {
        var scale = stage.clientWidth / frame.offsetWidth;
        var fits = scale >= SMALLEST && scale < 1;
        frame.style.transform = fits ? 'scale(' + scale + ')' : '';
        frame.style.height = fits ? window.innerHeight * 0.75 / scale + 'px' : '';
        // a transform leaves the frame's full height in the layout: give back what it no longer covers
        frame.style.marginBottom = fits ? frame.offsetHeight * (scale - 1) + 'px' : '';
        stage.classList.toggle('preview-fitted', fits);
    }

    fit();
    window.addEventListener('resize', fit);
}());
