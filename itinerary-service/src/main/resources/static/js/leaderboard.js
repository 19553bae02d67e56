// The leaderboard refreshes its board when the server says the contest changed (server-sent
// events); the stream reconnects by itself after a network drop and then says the version again.
(() => {
  const main = document.getElementById('main');
  const source = new EventSource(main.dataset.stream);
  source.addEventListener('changed', async event => {
    if (event.data === main.dataset.version) {
      return;
    }
    const answer = await fetch(window.location.href, {credentials: 'same-origin'});
    const page = new DOMParser().parseFromString(await answer.text(), 'text/html');
    const fresh = page.getElementById('main');
    document.getElementById('board').replaceWith(page.getElementById('board'));
    main.dataset.version = fresh.dataset.version;
  });
})();
