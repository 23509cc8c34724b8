// Sortable tables: a click on a header with data-type sorts the body rows by that column
// (data-v of the cell when present, else its text), toggling ascending and descending.
(function () {
  "use strict";
  var tables = document.querySelectorAll("table.sortable");
  Array.prototype.forEach.call(tables, function (table) {
    var heads = table.querySelectorAll("thead th[data-type]");
    Array.prototype.forEach.call(heads, function (th) {
      th.tabIndex = 0;
      var sort = function () {
        var col = th.cellIndex, num = th.getAttribute("data-type") === "num";
        var asc = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(heads, function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", asc ? "ascending" : "descending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        var key = function (row) {
          var cell = row.cells[col];
          if (!cell) { return num ? 0 : ""; }
          var v = cell.hasAttribute("data-v") ? cell.getAttribute("data-v") : cell.textContent.trim();
          return num ? (parseFloat(v) || 0) : v;
        };
        rows.sort(function (a, b) {
          var x = key(a), y = key(b);
          var c = num ? x - y : String(x).localeCompare(String(y), "ar");
          return asc ? c : -c;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      };
      th.addEventListener("click", sort);
      th.addEventListener("keydown", function (e) { if (e.key === "Enter") { sort(); } });
    });
  });
})();
