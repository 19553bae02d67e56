// The who-is-here board refreshes itself when the server says the day's scans changed
// (server-sent events); the stream reconnects by itself after a network drop and says the version again.
(() => {
  const main = document.getElementById('main');
  const source = new EventSource(main.dataset.stream);
  source.addEventListener('changed', async event => {
    if (event.data === main.dataset.version) {
      return;
    }
    const answer = await fetch(window.location.href, {credentials: 'same-origin'});
    const page = new DOMParser().parseFromString(await answer.text(), 'text/html');
    document.getElementById('board').replaceWith(page.getElementById('board'));
    main.dataset.version = page.getElementById('main').dataset.version;
  });
})();
