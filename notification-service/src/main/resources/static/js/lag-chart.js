// Draws the consumer-lag history (total lag per consumer group) with uPlot, refreshed every 10 s.
(function () {
  const box = document.getElementById('lag-chart');
  if (!box || !window.uPlot) { return; }
  let plot = null;
  let groups = [];

  function draw(samples) {
    const names = [...new Set(samples.flatMap(s => Object.keys(s.lagByGroup)))].sort();
    const data = [samples.map(s => Date.parse(s.at) / 1000)]
      .concat(names.map(g => samples.map(s => s.lagByGroup[g] ?? 0)));
    if (!plot || names.join() !== groups.join()) {
      if (plot) { plot.destroy(); }
      groups = names;
      const palette = ['#a4262c', '#1f6feb', '#2e7d32', '#8250df', '#b35900', '#0a7d7d'];
      plot = new uPlot({
        width: Math.max(320, box.clientWidth), height: 220,
        series: [{}].concat(names.map((g, i) => ({ label: g, stroke: palette[i % palette.length], width: 2 }))),
        axes: [{}, { label: 'lag (records)' }],
        scales: { y: { range: (u, min, max) => [0, Math.max(5, max)] } }
      }, data, box);
    } else {
      plot.setData(data);
    }
  }

  function refresh() {
    fetch(box.dataset.source, { credentials: 'same-origin' })
      .then(answer => answer.ok ? answer.json() : [])
      .then(samples => { if (samples.length) { draw(samples); } })
      .catch(() => {});
  }
  refresh();
  setInterval(refresh, 10000);
})();
