// A refused form comes back with its problems listed or its fields marked, and on a long screen they may be far
// below where the page opens: focus moves to the list of problems, or else to the first field marked invalid, and
// brings it into view, so that nobody takes the page that came back for a success and a screen reader starts there.
// A question that waits for an answer ("Delete … for good?", "Take … off the public site?") is brought to the
// keyboard the same way.
(function () {
    var problem = document.querySelector('main .error-summary[tabindex="-1"]')
        || document.querySelector('main [aria-invalid="true"]')
        || document.getElementById('delete-confirmation') || document.getElementById('unpublish-confirmation');
    if (problem) {
        problem.focus();
    }
})();
