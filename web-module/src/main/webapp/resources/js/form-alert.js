// A refused submission comes back with what to check listed under the heading: focus moves to that list (without
// scrolling, so the crisis line stays where it was), so that the next Tab reaches its links to the fields and a
// screen reader starts there.
(function () {
    var alert = document.querySelector('.form-alert[tabindex="-1"]');
    if (alert) {
        alert.focus({preventScroll: true});
    }
})();
