// The main menu (or the console's), enhanced. Without this script every link is still reachable: on a phone the
// "Menu" link opens the folded menu (CSS :target), and on a desktop a sub-menu opens on hover and on keyboard focus.
// With it, "Menu" is a toggle button and each sub-menu a disclosure (WAI-ARIA practices): its button opens and closes
// it, Escape closes it and returns focus to the button (an open sub-menu first, then the folded menu), and a sub-menu
// closes when focus or a click goes elsewhere. Nothing here changes the layout as the page loads: the markup is drawn
// as it will stay.
(function () {
    // the public site's menu, or the console's
    var menuButton = document.querySelector('.menu-button');
    var nav = menuButton && document.getElementById(menuButton.getAttribute('aria-controls'));
    if (!nav) {
        return;
    }
    document.documentElement.classList.add('menu-enhanced');

    menuButton.setAttribute('role', 'button');
    menuButton.setAttribute('aria-expanded', 'false');
    var setMenuOpen = function (open) {
        menuButton.setAttribute('aria-expanded', String(open));
        nav.classList.toggle('open', open);
    };
    var toggleMenu = function (event) {
        event.preventDefault();
        setMenuOpen(menuButton.getAttribute('aria-expanded') !== 'true');
    };
    menuButton.addEventListener('click', toggleMenu);
    menuButton.addEventListener('keydown', function (event) {
        if (event.key === ' ') {
            toggleMenu(event);
        }
    });
    document.addEventListener('keydown', function (event) {
        if (event.key === 'Escape' && !event.defaultPrevented && menuButton.getAttribute('aria-expanded') === 'true'
                && (event.target === menuButton || nav.contains(event.target))) {
            setMenuOpen(false);
            menuButton.focus();
        }
    });

    var toggles = Array.prototype.slice.call(nav.querySelectorAll('.submenu-toggle'));
    var setOpen = function (toggle, open) {
        toggle.setAttribute('aria-expanded', String(open));
    };
    var closeAllBut = function (kept) {
        toggles.forEach(function (toggle) {
            if (toggle !== kept) {
                setOpen(toggle, false);
            }
        });
    };
    nav.classList.add('disclosures');
    toggles.forEach(function (toggle) {
        var entry = toggle.parentNode;
        toggle.removeAttribute('tabindex');
        toggle.removeAttribute('aria-hidden');
        toggle.addEventListener('click', function () {
            closeAllBut(toggle);
            setOpen(toggle, toggle.getAttribute('aria-expanded') !== 'true');
        });
        entry.addEventListener('keydown', function (event) {
            if (event.key === 'Escape' && toggle.getAttribute('aria-expanded') === 'true') {
                event.preventDefault(); // the folded menu stays open: one Escape closes one level
                setOpen(toggle, false);
                toggle.focus();
            }
        });
        entry.addEventListener('focusout', function (event) {
            if (event.relatedTarget && !entry.contains(event.relatedTarget)) {
                setOpen(toggle, false);
            }
        });
    });
    document.addEventListener('click', function (event) {
        if (!nav.contains(event.target)) {
            closeAllBut(null);
        }
    });
})();
