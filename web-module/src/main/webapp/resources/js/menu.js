// On a phone, the menu folds behind a "Menu" button so that the page itself comes first. Without this script the
// menu simply stays open: nothing depends on it.
(function () {
    var nav = document.querySelector('.site-nav');
    var button = document.querySelector('.menu-button');
    if (!nav || !button) {
        return;
    }
    document.documentElement.classList.add('menu-folds');
    button.hidden = false;
    button.addEventListener('click', function () {
        var open = button.getAttribute('aria-expanded') === 'true';
        button.setAttribute('aria-expanded', String(!open));
        nav.classList.toggle('open', !open);
    });
})();
