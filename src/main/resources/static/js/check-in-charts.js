// Draws each key result's value over time from its history table; each point is coloured by
// the owner's confidence at that check-in, and the target is a dashed line.
document.addEventListener('DOMContentLoaded', () => {
  if (typeof Chart === 'undefined') {
    return;
  }
  const colours = { ON_TRACK: '#1d6f42', AT_RISK: '#b36b00', OFF_TRACK: '#b42318' };
  document.querySelectorAll('canvas.check-in-chart').forEach((canvas) => {
    const rows = Array.from(document.querySelectorAll(`#${canvas.dataset.history} tbody tr`));
    const target = Number(canvas.dataset.target);
    new Chart(canvas, {
      type: 'line',
      data: {
        // the first cell shows the date in the viewer's own time zone
        labels: rows.map((row) => row.querySelector('time').textContent.split(',')[0]),
        datasets: [
          {
            label: 'Value',
            data: rows.map((row) => Number(row.dataset.value)),
            borderColor: '#15324b',
            pointBackgroundColor: rows.map((row) => colours[row.dataset.confidence]),
            pointBorderColor: rows.map((row) => colours[row.dataset.confidence]),
            pointRadius: 4,
            stepped: canvas.dataset.kind === 'MILESTONE'
          },
          {
            label: 'Target',
            data: rows.map(() => target),
            borderColor: '#6c757d',
            borderDash: [4, 4],
            pointRadius: 0
          }
        ]
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        plugins: { legend: { display: false } },
        scales: { x: { ticks: { maxTicksLimit: 8 } } }
      }
    });
  });
});
