// The desk's scanning page. Each scan gets an idempotency key and waits in the phone
// (localStorage) until the server has answered it, so scans made offline are sent when the
// network is back, and a scan sent twice counts once. The camera reads QR codes through
// html5-qrcode; a typed badge number works without it (and without this script the form posts).
(() => {
  const form = document.getElementById('scan');
  if (!form) {
    return;
  }
  const place = document.getElementById('place');
  const code = document.getElementById('code');
  const answer = document.getElementById('answer');
  const queueLine = document.getElementById('queue');
  const csrf = form.querySelector('input[name="_csrf"]');
  const QUEUE = 'accreditation.desk.queue';
  const PLACE = 'accreditation.desk.place';
  const load = () => JSON.parse(localStorage.getItem(QUEUE) || '[]');
  const store = queue => localStorage.setItem(QUEUE, JSON.stringify(queue));
  let sending = false;
  let latest = null;

  const newKey = () => {
    if (window.crypto && crypto.randomUUID) {
      return crypto.randomUUID();
    }
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    return Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
  };

  function showQueue() {
    const waiting = load().length;
    queueLine.textContent = waiting ? form.dataset.queued.replace('{0}', waiting) : '';
  }

  function line(className, text) {
    const p = document.createElement('p');
    p.className = className;
    p.textContent = text;
    return p;
  }

  function show(result) {
    answer.className = result.accepted ? 'green' : 'red';
    answer.replaceChildren(line('verdict', result.accepted ? form.dataset.accepted : form.dataset.refused),
      line('who', result.displayName || form.dataset.unknown));
    if (result.nativeName) {
      answer.append(line('native', result.nativeName));
    }
    if (result.locality) {
      answer.append(line('delegation', result.locality + ' (' + result.country + ')'));
    }
    if (result.reason) {
      answer.append(line('reason', result.reason));
    }
    if (result.accepted && result.zoneNames && result.zoneNames.length) {
      answer.append(line('hint', form.dataset.zones + ': ' + result.zoneNames.join(', ')));
    }
  }

  function notice(text, state = 'amber') {
    answer.className = state;
    answer.replaceChildren(line('reason', text));
  }

  async function flush() {
    if (sending) {
      return;
    }
    sending = true;
    try {
      for (const scan of load()) {
        let reply;
        try {
          reply = await fetch(form.dataset.scanUrl, {method: 'POST', credentials: 'same-origin',
            headers: Object.assign({'Content-Type': 'application/json', 'Accept': 'application/json'},
              csrf ? {'X-CSRF-TOKEN': csrf.value} : {}),
            body: JSON.stringify(scan)});
        } catch (offline) {
          if (scan.key === latest) {
            notice(form.dataset.offline);
          }
          return;
        }
        if (reply.redirected || reply.status === 401 || reply.status === 403) {
          notice(form.dataset.signedOut);
          return;
        }
        if (reply.status >= 500) {
          if (scan.key === latest) {
            notice(form.dataset.offline);
          }
          return;
        }
        // Answered (accepted, refused, or a problem with the scan itself): it is done either way.
        store(load().filter(waiting => waiting.key !== scan.key));
        const body = await reply.json().catch(() => ({}));
        if (scan.key === latest) {
          if (reply.ok) {
            show(body);
          } else {
            notice(body.detail || body.title || form.dataset.refused);
          }
        }
      }
    } finally {
      sending = false;
      showQueue();
    }
  }

  function scan(text) {
    if (!text || !place.value) {
      return;
    }
    latest = newKey();
    const queue = load();
    queue.push({key: latest, code: text.trim(), placeId: place.value, scannedAt: new Date().toISOString()});
    store(queue);
    code.value = '';
    // The last verdict must not stand for this badge while its answer is on the way.
    notice(form.dataset.checking.replace('{0}', text.trim()), 'checking');
    showQueue();
    flush();
  }

  form.addEventListener('submit', event => {
    event.preventDefault();
    if (!form.reportValidity()) {
      return;
    }
    scan(code.value);
    code.focus();
  });
  place.value = place.value || localStorage.getItem(PLACE) || '';
  place.addEventListener('change', () => localStorage.setItem(PLACE, place.value));

  const cameraButton = document.getElementById('camera');
  const reader = document.getElementById('reader');
  if (window.Html5Qrcode && navigator.mediaDevices) {
    cameraButton.hidden = false;
    let camera = null;
    let lastText = null;
    let lastAt = 0;
    cameraButton.addEventListener('click', async () => {
      if (camera) {
        await camera.stop().catch(() => {});
        camera = null;
        reader.hidden = true;
        cameraButton.textContent = form.dataset.camera;
        return;
      }
      reader.hidden = false;
      camera = new Html5Qrcode('reader');
      try {
        await camera.start({facingMode: 'environment'}, {fps: 10, qrbox: 250}, text => {
          const now = Date.now();
          if (text === lastText && now - lastAt < 3000) {
            return; // the same badge still in front of the camera
          }
          lastText = text;
          lastAt = now;
          if (form.reportValidity()) {
            scan(text);
          }
        });
        cameraButton.textContent = form.dataset.cameraStop;
      } catch (unavailable) {
        camera = null;
        reader.hidden = true;
        notice(form.dataset.cameraUnavailable);
      }
    });
  }
  window.addEventListener('online', flush);
  setInterval(flush, 5000);
  showQueue();
  flush();
})();
