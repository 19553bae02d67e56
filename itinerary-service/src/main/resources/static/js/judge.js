// The judges' page: each score is saved as soon as it is chosen. Scores wait in the phone
// (localStorage) until the server has them, so a moment offline loses nothing; each is sent
// again until it is answered, and sending one twice sets the same score (idempotent).
(() => {
  const form = document.getElementById('sheet');
  if (!form) {
    return;
  }
  const status = document.getElementById('save-status');
  const csrf = form.querySelector('input[name="_csrf"]');
  const queueKey = form.dataset.queue;
  const load = () => JSON.parse(localStorage.getItem(queueKey) || '{}');
  const store = queue => localStorage.setItem(queueKey, JSON.stringify(queue));
  let sending = false;

  const say = text => { status.textContent = text; };

  async function flush() {
    if (sending) {
      return;
    }
    sending = true;
    try {
      for (const [key, score] of Object.entries(load())) {
        const body = new URLSearchParams({team: score.team, criterion: score.criterion, score: score.value});
        let answer;
        try {
          say(form.dataset.saving);
          answer = await fetch(form.dataset.scoreUrl, {method: 'POST', body, credentials: 'same-origin',
            headers: csrf ? {'X-CSRF-TOKEN': csrf.value} : {}});
        } catch (offline) {
          say(form.dataset.offline);
          return;
        }
        if (answer.status !== 204 && answer.status !== 409) {
          // Signed out (the answer is the sign-in page) or the server is away: kept for later.
          say(answer.redirected || answer.status === 401 || answer.status === 403 ? form.dataset.signedOut : form.dataset.offline);
          return;
        }
        const queue = load();
        if (queue[key] && queue[key].value === score.value) {
          delete queue[key];
          store(queue);
        }
        if (answer.status === 409) {
          say(await answer.text());
          return;
        }
      }
      say(form.dataset.saved);
    } finally {
      sending = false;
    }
  }

  form.querySelectorAll('select[data-score]').forEach(select => {
    const key = select.dataset.team + '|' + select.dataset.criterion;
    const waiting = load()[key];
    if (waiting && !select.disabled) {
      select.value = waiting.value; // typed before the page was reloaded offline
    }
    select.addEventListener('change', () => {
      if (!select.value) {
        return;
      }
      const queue = load();
      queue[key] = {team: select.dataset.team, criterion: select.dataset.criterion, value: select.value};
      store(queue);
      flush();
    });
  });
  window.addEventListener('online', flush);
  setInterval(flush, 5000);
  flush();
})();
