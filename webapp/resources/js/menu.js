// Below 1024 px the main menu folds behind the "Menu" button of the header (tablets: the menu would take
// two or three lines). Without this script the button stays hidden and the menu open.
(function () {
    "use strict";
    function setUp() {
        var button = document.getElementById("menuToggle");
        var header = button && button.closest(".app-header");
        if (!header) {
            return;
        }
        header.classList.add("menu-folds");
        button.addEventListener("click", function () {
            var open = button.getAttribute("aria-expanded") !== "true";
            button.setAttribute("aria-expanded", String(open));
            header.classList.toggle("menu-open", open);
        });
        document.addEventListener("keydown", function (e) {
            if (e.key === "Escape" && header.classList.contains("menu-open")) {
                button.setAttribute("aria-expanded", "false");
                header.classList.remove("menu-open");
                button.focus();
            }
        });
    }
    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", setUp);
    } else {
        setUp();
    }
})();
