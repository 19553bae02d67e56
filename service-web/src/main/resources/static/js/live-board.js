// A page that refreshes its #board when the server says what it shows changed (server-sent
// events on #main's data-stream, each a version; the page knows its own as data-version). The
// stream reconnects by itself after a network drop and then says the version again. Used by the
// hotpot leaderboard and the who-is-here board.
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
