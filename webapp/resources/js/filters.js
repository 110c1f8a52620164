// A list's filter form (form.auto-filter, a plain GET form): a choice in one of its drop-downs or boxes (or in a
// drop-down tied to it, select.auto-submit) is applied at once, and the control keeps the focus on the page that
// comes back, so that a keyboard or screen-reader user stays where they were. The text field applies with Enter,
// and the form's button stays for everyone (and without this script).
(function () {
    "use strict";
    var KEY = "tremplin.filterFocus";
    function apply(control) {
        var form = control.form;
        if (!form || !form.classList.contains("auto-filter")) {
            return;
        }
        try {
            sessionStorage.setItem(KEY, control.id);
        } catch (e) { /* no storage: the focus goes back to the top */ }
        if (form.requestSubmit) {
            form.requestSubmit();
        } else {
            form.submit();
        }
    }
    function setUp() {
        var id = null;
        try {
            id = sessionStorage.getItem(KEY);
            sessionStorage.removeItem(KEY);
        } catch (e) { /* no storage */ }
        var again = id && document.getElementById(id);
        if (again) {
            again.focus();
        }
        document.addEventListener("change", function (e) {
            var t = e.target;
            if (t.tagName === "SELECT" || t.type === "checkbox") {
                apply(t);
            }
        });
    }
    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", setUp);
    } else {
        setUp();
    }
})();
