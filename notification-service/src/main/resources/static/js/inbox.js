// After an alert is acknowledged on this page, the keyboard stays in the list: focus moves to the
// next alert still waiting for acknowledgement. The acknowledged item may be replaced by the live
// stream before the button's own answer arrives, so the alert is remembered by id when the request starts.
(function () {
  let acknowledging = null;
  document.addEventListener('htmx:beforeRequest', function (event) {
    const item = event.detail.elt.closest ? event.detail.elt.closest('li.alert') : null;
    acknowledging = item ? item.id : null;
  });
  document.addEventListener('htmx:afterSettle', function () {
    if (!acknowledging) { return; }
    const waiting = Array.from(document.querySelectorAll('li.alert:not(.acknowledged) form button'))
      .filter(function (button) { return button.closest('li.alert').id !== acknowledging; });
    acknowledging = null;
    if (waiting.length) { waiting[0].focus(); }
  });
})();

// Listing only the urgent alerts still waiting, a new alert that is not urgent is not shown (it is in "all").
document.addEventListener('htmx:sseMessage', function () {
  const list = document.getElementById('alerts');
  if (list && list.dataset.show === 'urgent') {
    list.querySelectorAll('li.alert:not(.urgent)').forEach(function (item) { item.remove(); });
  }
});

// An alert can arrive twice (in the list the page loaded, then pushed): the newer copy takes the older one's place.
document.addEventListener('htmx:sseMessage', function () {
  const seen = new Map();
  document.querySelectorAll('#alerts > li.alert').forEach(function (item) {
    const newer = seen.get(item.id);
    if (newer) { item.replaceWith(newer); } else { seen.set(item.id, item); }
  });
});
