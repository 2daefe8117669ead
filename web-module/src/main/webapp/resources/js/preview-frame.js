// The desktop preview keeps a desktop's width (see .preview-desktop) and is drawn smaller to fit the console, so
// that it looks as the site does on a desktop, menu in one row. On a screen too small for that to stay readable it
// is left at full size, and the frame scrolls sideways (then, and only then, the stage is a tab stop to scroll).
(function () {
    'use strict';
    var frame = document.querySelector('.preview-desktop');
    if (!frame) {
        return;
    }
    var stage = frame.parentElement;
    var SMALLEST = 0.5;
    var fittedTo = null;

    function fit() {
        if (stage.clientWidth === fittedTo) {
            return; // only the height changed, by this script itself
        }
        fittedTo = stage.clientWidth;
        frame.style.transform = frame.style.height = frame.style.marginBottom = '';
        var scale = stage.clientWidth / frame.offsetWidth;
        var fits = scale >= SMALLEST && scale < 1;
        if (fits) {
            frame.style.transform = 'scale(' + scale + ')';
            frame.style.height = frame.offsetHeight / scale + 'px';
            // a transform leaves the frame's full height in the layout: give back what it no longer covers
            frame.style.marginBottom = frame.offsetHeight * (scale - 1) + 'px';
        }
        stage.classList.toggle('preview-fitted', fits);
        stage.tabIndex = fits ? -1 : 0;
    }

    fit();
    // the console's width changes with the window, a scroll bar, the fonts: fit again, after the observer's turn
    new ResizeObserver(function () {
        window.requestAnimationFrame(fit);
    }).observe(stage);
    window.addEventListener('resize', function () {
        fittedTo = null; // a new window height: a new 75vh
        fit();
    });
}());
