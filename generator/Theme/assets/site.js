// "Cỡ chữ A+ A-": progressive enhancement. Without JavaScript the buttons stay hidden and the page reads as usual.
(function () {
  var KEY = "bantin-font-step", MIN = -2, MAX = 5;
  function read() { try { return parseInt(localStorage.getItem(KEY) || "0", 10) || 0; } catch (e) { return 0; } }
  function apply(step) { document.documentElement.style.fontSize = (100 + step * 10) + "%"; }
  var step = read();
  apply(step);
  // Marks the page before it is drawn, so the stylesheet shows the A+/A- box from the first paint: un-hiding it only
  // at DOMContentLoaded would push the page down (a layout shift, worst on phones where the box takes its own row).
  document.documentElement.classList.add("js");
  document.addEventListener("DOMContentLoaded", function () {
    // print.css prints each link's address; the resolved href is the full URL a reader can type from paper.
    var links = document.querySelectorAll("main a[href]");
    for (var i = 0; i < links.length; i++) {
      if (links[i].getAttribute("href").charAt(0) !== "#") links[i].setAttribute("data-print-url", links[i].href);
    }
    var box = document.querySelector("[data-font-size]");
    if (!box) return;
    box.hidden = false;
    box.addEventListener("click", function (event) {
      var button = event.target.closest("button[data-font]");
      if (!button) return;
      step = Math.max(MIN, Math.min(MAX, step + (button.getAttribute("data-font") === "up" ? 1 : -1)));
      apply(step);
      try { localStorage.setItem(KEY, String(step)); } catch (e) { /* private mode: size lasts for this page only */ }
    });
  });
})();
